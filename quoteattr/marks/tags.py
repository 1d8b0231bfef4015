"""Speech tags (incises) cut out of quoted speech, from the surface.

« — Oui, dit-il, c'est vrai. » is one utterance in two segments, *Oui* and *c'est vrai.*, around the
tag *dit-il*. A tag is recognised by the inversion of verb and subject after a punctuation mark:
a verb of saying followed by a subject pronoun (*dit-il*, *demanda-t-elle*, *m'écriai-je*), or a
narrative form of a verb of saying followed by its subject (*répondit Paul*, *s'écria la servante*,
*dit en souriant le père*). The tag runs to the next punctuation mark, through any narration that hangs
on it (*dit-il, en se levant,*); after it the speech resumes, unless (in a dialogue line) what follows
reads as narration.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

import regex

from quoteattr.lang.fr.abbreviations import TITLES
from quoteattr.lang.fr.given_names import is_written_given_name
from quoteattr.lang.fr.incises import (
    AUXILIARY_ADVERBS,
    CONTINUATION_STARTS,
    FIRST_SECOND_PERSON,
    INCISE_CLITICS,
    INVERTED_PRONOUNS,
    MAKE_FORMS,
    NOT_PARTICIPLES,
    SPEECH_VERB_FORMS,
    SUBJECT_STARTS,
    WEAK_CONTINUATION_STARTS,
    adverb_in_ment,
)
from quoteattr.lang.fr.indirect import TIME_WORDS
from quoteattr.lang.fr.marks import SPEAKER_CHANGE_DASHES
from quoteattr.lang.fr.roles import PERSON_NOUN_ENDINGS, role_of, speaking_noun
from quoteattr.lang.fr.titles import A_FORMS, CIVILITIES, DE_FORMS
from quoteattr.lang.fr.verbs import REPORTING_VERBS, lemma_of

__all__ = ["cut_speech_tags", "split_turns"]

_SPACE: Final = "[ \u00a0\u202f\t]"
_CLITIC: Final = "|".join(
    re.escape(c) + ("" if c.endswith(("'", "’")) else _SPACE + "+")
    for c in sorted(INCISE_CLITICS, key=len, reverse=True)
)
_PRONOUN: Final = "|".join(INVERTED_PRONOUNS)
_CANDIDATE: Final = re.compile(r"[,;!?….](?:" + _SPACE + r"*[»”])?" + _SPACE + r"+")
"""Where a tag may begin: after punctuation and spacing (a cheap scan; :data:`_TAG` checks each)."""
_ADVERB: Final = "|".join(re.escape(a) for a in AUXILIARY_ADVERBS)
_TAG: Final = re.compile(
    r"(?:(?:"
    + _CLITIC
    + r")?(?P<aux>a|avait|ont|avaient)(?P<auxinv>-(?:t-)?(?:"
    + _PRONOUN
    + r")\b)?"
    + _SPACE
    + r"+"
    r"(?:(?:" + _ADVERB + r")" + _SPACE + r"+)?)?"
    r"(?:" + _CLITIC + r")?(?P<verb>[^\W\d_A-Z][^\W\d_]*)(?P<inv>-(?:t-)?(?:" + _PRONOUN + r")\b)?"
)
"""The start of a tag: an optional auxiliary (*a confié X*, *a-t-il ajouté*) with the clitic of
the one told before it (*nous a indiqué X*, *m'a confié X*) and an adverb after it (*a encore
insisté X*), an optional clitic, a lower-case verb, an optional inverted subject pronoun."""
_NEXT_PUNCT: Final = re.compile(r"[,;:.!?…]+")
_WORD: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+|[^\W\d_]+['’]?")
_SENTENCE: Final = re.compile(r"[^.!?…]*[.!?…]*")
_NARRATIVE_ENDINGS: Final = ("ait", "aient", "èrent", "irent", "urent", "âmes", "îmes")
_THIRD_PERSON_NARRATIVE: Final = (
    "a",
    "ait",
    "aient",
    "èrent",
    "it",
    "irent",
    "ut",
    "urent",
    "int",
    "intrent",
)
_PARTICIPLE_ENDINGS: Final = ("é", "ée", "és", "ées", "ant", "ants")
_PARTICIPLE_FORMS: Final = ("é", "ée", "i", "ie", "u", "ue", "it", "ite", "t", "is", "ise")
"""Endings of a past participle after an auxiliary (*confié*, *dit*, *répondu*, *écrit*, *repris*)."""
_REFLEXIVE_AUXILIARIES: Final = frozenset(("est", "sont", "était", "étaient"))
_REFLEXIVE_PARTICIPLES: Final = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues")
"""Endings of the participle of a reflexive verb after its auxiliary (*moquée*, *exclamé*, *réjouie*)."""
_PRESENT_ENDINGS: Final = ("e", "ent", "d", "it")
"""Endings of the present of a verb of saying, 3rd person (*raconte*, *estiment*, *répond*,
*poursuit*): the tense of news, which tags its quotes « …, raconte un témoin, … »."""
_GERUND_START: Final = re.compile(
    r"(?:(?:et|puis|mais|tout) )?(?:en|ne|n['’]) "
    r"(?:(?:se|s['’]|me|m['’]|te|t['’]|lui|leur|y|le|la|les|l['’]) )*"
    r"[^\W\d_]+ants?\b"
)
_BE_HAVE_IMPERFECT: Final = frozenset(("était", "étaient", "avait", "avaient"))
"""Imparfait forms as common in speech as in narration: no sign of either."""
_CONDITIONAL: Final = ("rait", "raient")
_SECOND_PERSON_VERB: Final = ("ez", "ons")
_SIMPLE_PAST: Final = ("a", "it", "ut", "int", "èrent", "irent", "urent")
_SUBJECT_PRONOUNS: Final = frozenset(("il", "elle", "ils", "elles", "on"))
_GENERIC_INVERSION: Final = frozenset(("il", "elle", "on", "ils", "elles", "je"))
_NARRATIVE_INVERSION: Final = ("a", "ai", "it", "ait", "ut", "int", "èrent", "irent")
_SHORT_WORD: Final = 4
"""Words this short ending in -ait are mostly not narrative verbs (ait, fait)."""
_MIN_SPEECH_WORDS: Final = 3
"""A tail after a tag shorter than this, with no other sign of speech, is taken for narration."""
_LOOKAHEAD: Final = 40
_SUBJECT_WINDOW: Final = 5
"""How many words after the verb the subject of an incise may start (*dit avec douceur la bonne Hortense*)."""
_TRAILING: Final = " \u00a0\u202f\t\n\r,;:"
_APPOSED_NAME: Final = regex.compile(
    r"[ \u00a0\u202f]*\p{Lu}[\p{L}'’-]+"
    r"(?:[ \u00a0\u202f]+(?:(?:de|du|des|d['’]|van|von|le|la)[ \u00a0\u202f]*)?\p{Lu}[\p{L}'’-]*\.?){1,3}"
    r"[ \u00a0\u202f]*[.,;]"
)
"""A full name set off by a comma and closed by one or a stop, nothing else: the name of the tag's
subject in apposition (« …, confirme le procureur, Claire Vidal. Mais … »)."""
_ABBREVIATED: Final = regex.compile(
    r"(?<![\p{L}.])(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r")$"
)
"""A civility right before a stop (« M. », « Mme. »): the stop abbreviates it. Not an initial, which
fiction also writes for a whole name ending its sentence (« dit la marquise de T. Puis … »)."""
_NAME_AFTER: Final = regex.compile(r"[ \u00a0\u202f]*\p{Lu}")
_TURN: Final = re.compile(
    r"(?<=[.!?…»])"
    + _SPACE
    + r"*(?:"
    + "|".join(map(re.escape, SPEAKER_CHANGE_DASHES))
    + r")"
    + _SPACE
    + r"*"
)


def _has_subject(text: str, start: int, end: int) -> bool:
    """Whether a subject noun phrase opens within a few words after the verb (before any punctuation)."""
    stop = _NEXT_PUNCT.search(text, start, end)
    window = text[start : stop.start() if stop else end]
    if _series_goes_on(window) and not _names_a_speaker(window):
        return False  # « …, prônait la rupture et attisait les tensions »: a series, no tag
    for count, match in enumerate(_WORD.finditer(window)):
        if count >= _SUBJECT_WINDOW:
            return False
        word = match.group()
        if word[0].isupper() or word.lower() in SUBJECT_STARTS:
            return True
    return False


def _series_goes_on(window: str) -> bool:
    """Whether « et » or « puis » and a verb of the narrative tenses follow in ``window``, the words
    after a verb up to the next punctuation: the verb is one of a series sharing a subject (« La
    lettre dénonçait l'accord, prônait la rupture et attisait les tensions »); a tag closes its
    clause after its subject."""
    words = [m.group().lower() for m in _WORD.finditer(window)]
    return any(
        word in {"et", "puis"} and _narrative_form(following) for word, following in itertools.pairwise(words)
    )


def _names_a_speaker(window: str) -> bool:
    """Whether the words after a verb open on a name or a noun of someone who speaks (« déclara
    le maire et partit »: the mayor's tag, then what he did)."""
    words = [m.group() for m in _WORD.finditer(window)][:3]
    return any(w[:1].isupper() or speaking_noun(w.lower()) or _agent_noun(w.lower()) for w in words)


#: Endings of the third person of the simple past (« déclara », « dit », « parut »), read only on
#: words longer than :data:`_SHORT_WORD` - 1 letters: « la », « sa », « lit » are no verbs of a series.
_SIMPLE_PAST_ENDINGS: Final = ("a", "it", "ut")


def _narrative_form(word: str) -> bool:
    """Whether ``word`` reads as a verb of the narrative tenses (« attisait », « déclara »), not an
    article or a short word after « et » (« le maire et la préfète » is a coordinated subject)."""
    return word.endswith(_NARRATIVE_ENDINGS) or (
        len(word) >= _SHORT_WORD and word.endswith(_SIMPLE_PAST_ENDINGS)
    )


def _has_speaker(text: str, start: int, end: int) -> bool:
    """Whether someone who speaks follows the participle of a compound tag: a capitalised name,
    or an article and a noun of a role, an organisation or a group (*a confié le sélectionneur*),
    never a thing (*« Il a tout dit, a lancé le projet. »* goes on speaking)."""
    stop = _NEXT_PUNCT.search(text, start, end)
    words = [m.group() for m in _WORD.finditer(text[start : stop.start() if stop else end])]
    if words and words[0].lower() in _CIRCUMSTANCE_OPENERS:
        # « a affirmé devant les élus jeudi soir Marc Aubry »: where or when it was
        # said, then a person's name, its first capitalised word a given name
        named = next((w for w in words[1:_CIRCUMSTANCE_WINDOW] if w[0].isupper()), None)
        return (named is not None and _given_name(named)) or _described_after_recipient(words)
    words = _past_date(words)[:_SUBJECT_WINDOW]
    while words and (words[0].lower() in TIME_WORDS or _manner_adverb(words[0].lower())):
        words = words[1:]  # « a expliqué hier l'officier », « explique fermement X »: the verb's
    if not words:
        return False
    if words[0][0].isupper():
        return True
    if words[0].lower() not in SUBJECT_STARTS:
        return False
    if len(words) > 1 and words[1].lower() in CIVILITIES:
        return True  # « a dit le Dr Jean Morel »: a civility titles a person's name
    if _one_of_a_group([w.lower() for w in words]):
        return True
    if words[0].lower() in {"un", "une"} and any(_agent_noun(w.lower()) for w in words[1:3]):
        return True  # « explique un poissonnier »: someone new, known by what they do
    return any(speaking_noun(w.lower()) for w in words[1:3])


#: Endings of French nouns of people by what they do, besides :data:`PERSON_NOUN_ENDINGS`: the
#: trades in -ier, -ière (« un poissonnier », « une infirmière »).
_TRADE_ENDINGS: Final = ("ier", "ière")


def _agent_noun(word: str) -> bool:
    """Whether ``word`` reads as a noun of someone who does something (« vendeuse », « habitant »,
    « poissonnier »), as no list need hold it."""
    return word.endswith(PERSON_NOUN_ENDINGS + _TRADE_ENDINGS)


def _past_date(words: list[str]) -> list[str]:
    """``words`` (no numbers among them) past a date that opens them with its article or
    demonstrative: « a indiqué ce mardi 14 mai Paul Roux », « a dit le 3 mars la ministre »; the
    date is the verb's, the subject comes after it."""
    if len(words) > 1 and words[0].lower() in _DATE_ARTICLES and words[1].lower() in TIME_WORDS:
        k = 2
        while k < len(words) and words[k].lower() in TIME_WORDS:
            k += 1
        return words[k:]
    return words


#: The article and demonstratives a date opens on (« le 3 mars », « ce mardi », « cette nuit »).
_DATE_ARTICLES: Final = frozenset({"le", "ce", "cet", "cette"})


#: Prepositions that open a circumstance between a tag's verb and its subject (« a déclaré en
#: conférence de presse X », « a dit lors du conseil X », « a confié devant les élus X »).
_CIRCUMSTANCE_OPENERS: Final = frozenset(
    {"en", "lors", "au", "aux", "à", "dans", "devant", "pendant", "durant"}
)
#: How many words such a circumstance and the name after it may hold.
_CIRCUMSTANCE_WINDOW: Final = 10


def _described_after_recipient(words: list[str]) -> bool:
    """Whether ``words``, opening on « à » or « au » and the one the words were said to, go on to
    someone described by what they do: « a indiqué au Journal une porte-parole de la ville »,
    « a confié à la presse le ministre ». The subject comes after the one spoken to, never as
    its own article (« a répondu à la ministre » has none)."""
    if words[0].lower() not in A_FORMS:  # « a dit à la presse »: the one the words were said to
        return False
    first = 3 if len(words) > 2 and words[1].lower() in SUBJECT_STARTS else 2
    subject = words[first:_CIRCUMSTANCE_WINDOW]
    return (
        len(subject) > 1
        and subject[0].lower() in SUBJECT_STARTS
        and (speaking_noun(subject[1].lower()) or _agent_noun(subject[1].lower()))
    )


def _given_name(word: str) -> bool:
    """Whether ``word`` is a listed given name, or a compound one opening on one (« Jean-Marc »)."""
    return is_written_given_name(word) or is_written_given_name(word.split("-")[0])


#: Adverbs that may stand between a tag's verb and its subject, besides those in *-ment*.
_TAG_ADVERBS: Final = frozenset(
    {"encore", "aussi", "toutefois", "cependant", "néanmoins", "pourtant", "alors", "ensuite", "enfin"}
)


def _manner_adverb(word: str) -> bool:
    """Whether ``word``, after a tag's verb, is an adverb before its subject: « explique
    fermement X » (:func:`~quoteattr.lang.fr.incises.adverb_in_ment`), « ajoute toutefois X »."""
    return word in _TAG_ADVERBS or adverb_in_ment(word)


def _one_of_a_group(words: list[str]) -> bool:
    """Whether ``words`` open with one of a group, who speaks whoever the group is: « l'un de ses
    camarades », « une d'entre elles », « l'une des mères »."""
    start = 1 if words[0] in {"l'", "l’"} else 0
    return len(words) > start + 1 and words[start] in {"un", "une"} and words[start + 1] in _OF_GROUP


_OF_GROUP: Final = frozenset({"de", "d'", "d’", "des", "du"})
"""What joins « l'un » to the group it is one of (« l'un des », « une d'entre »)."""


def _is_tag(text: str, punct: int, match: re.Match[str], end: int, *, present: bool) -> bool:
    """Whether ``match`` (the words after the punctuation at ``punct``) opens a speech tag; a verb
    in the present (*raconte un témoin*) only when ``present``."""
    mark = text[punct]
    if mark == "." and text[punct - 1 : punct] == ".":
        return False  # an ellipsis written "...", not the end of a sentence
    verb = match.group("verb").lower()
    inversion = match.group("inv")
    if match.group("aux"):
        # « Je suis fier, a confié Didier Deschamps. Nous … »: a compound tense, the participle of
        # a reporting verb, its subject inverted after the auxiliary or after the participle
        if not verb.endswith(_PARTICIPLE_FORMS) or lemma_of(verb, verb) not in REPORTING_VERBS:
            return False
        return bool(match.group("auxinv")) or _has_speaker(text, match.end("verb"), end)
    if inversion:
        if verb in SPEECH_VERB_FORMS or _reflexive_compound(text, match):
            return True
        # An unknown verb in a 3rd-person (or je) inversion followed by punctuation: pensa-t-elle,
        # hasarda-t-il. A 2nd-person one is a question or an aside of the speech (entendez-vous).
        after = text[match.end() : match.end() + 2].lstrip(" \u00a0")
        return (
            mark != "."
            and inversion.rsplit("-", 1)[-1] in _GENERIC_INVERSION
            and verb.endswith(_NARRATIVE_INVERSION)
            and after[:1] in {",", ".", ";", ""}
        )
    if verb not in SPEECH_VERB_FORMS or _makes_something(verb, text, match.end("verb")):
        return False
    if verb.endswith(_THIRD_PERSON_NARRATIVE) and _has_subject(text, match.end("verb"), end):
        return True
    # « Le feu s'est répandu, raconte un gendarme, sur 400 mètres »: a present of saying with
    # someone who speaks after it; no other French clause puts a subject after its verb of saying
    # right after a comma (an imperative, « Voyons, demande à ta mère », has no subject)
    return present and verb.endswith(_PRESENT_ENDINGS) and _has_speaker(text, match.end("verb"), end)


def _reflexive_compound(text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` is a reflexive verb's auxiliary with its subject inverted, then a
    participle: « s'est-elle moquée », « s'est-il exclamé », « se sont-ils emportés »; whatever
    the verb, only an incise inverts its subject there."""
    clitic = text[match.start() : match.start("verb")].lower()
    if match.group("verb").lower() not in _REFLEXIVE_AUXILIARIES or clitic not in {"s'", "s’", "se "}:
        return False
    participle = _WORD.match(text, match.end() + 1)
    if text[match.end() : match.end() + 1] != " " or participle is None:
        return False
    ends_tag = text[participle.end() : participle.end() + 1] in {",", ".", ";", "!", "…"}
    word = participle.group()
    return ends_tag and word.islower() and word.endswith(_REFLEXIVE_PARTICIPLES)


def _makes_something(verb: str, text: str, start: int) -> bool:
    """*faire* with a partitive or an indefinite plural after it: its object, never its subject.

    *faire* heads a tag (*« Il neige, fit le vieux »*) but is first the commonest transitive verb,
    and what it makes comes as *des*, *du*, *de la* (*faire des offres*, *du bruit*, *de la
    peine*). An incise's subject is somebody in particular: « …, me faisaient des offres
    intéressantes. » goes on speaking.
    """
    if verb not in MAKE_FORMS:
        return False
    following = _WORD.search(text, start, start + _LOOKAHEAD)
    return following is not None and following.group().lower() in DE_FORMS


def _speaks(words: list[str], sentence: str) -> bool:
    """Signs of speech: the speaker and addressee (je, vous, mon …, venez), an imperative with
    its clitic (sauvons-nous, dites-moi), an exclamation, a question."""
    parts = [part for w in words for part in w.split("-")]
    return any(
        w in FIRST_SECOND_PERSON or (len(w) > _SHORT_WORD and w.endswith(_SECOND_PERSON_VERB)) for w in parts
    ) or any(mark in sentence for mark in "!?")


def _speech_resumes(sentence: str, rest: str, *, after_narration: bool) -> bool:
    """Whether the words after a tag in a dialogue line are speech again rather than narration.

    ``sentence`` is the first sentence after the tag, ``rest`` everything up to the end of the line.
    Speech shows its speaker and addressee or an exclamation or question; narration shows the
    narrative tenses (imparfait, passé simple), a gerund, or is a short verbless tail (*mécontent.*).
    After a tag that ran on into narration (*dit-il, en se levant, …*) only a clear sign of speech
    counts.
    """
    words = [w.lower() for w in _WORD.findall(sentence)]
    if not words:
        return False
    if _speaks(words, sentence):
        return True
    if after_narration or any(_is_narrative_verb(w) for w in words):
        return False
    for pronoun, verb in itertools.pairwise(words):
        if (
            pronoun in _SUBJECT_PRONOUNS
            and len(verb) > _SHORT_WORD - 2
            and verb.endswith(_SIMPLE_PAST)
            and not verb.endswith("ait")
        ):
            return False  # il alla, elle répondit
    if _starts_gerund(words):
        return False
    rest_words = [w.lower() for w in _WORD.findall(rest)]
    return len(words) >= _MIN_SPEECH_WORDS or _speaks(rest_words, rest)


def _is_narrative_verb(word: str) -> bool:
    """An imparfait or passé simple form (disait, partirent), not a conditional (serait) of speech,
    nor a present of a verb in -faire or -traire (il défait, il extrait: their imparfait is
    défaisait, extrayait)."""
    return (
        len(word) > _SHORT_WORD
        and word.endswith(_NARRATIVE_ENDINGS)
        and not word.endswith(_CONDITIONAL)
        and not word.endswith(_PRESENT_IN_AIT)
        and word not in _BE_HAVE_IMPERFECT
    )


#: Endings in « -ait » of a present, not an imparfait: faire, traire and their compounds.
_PRESENT_IN_AIT: Final = ("fait", "trait")


def _starts_gerund(words: list[str]) -> bool:
    """*en riant*, *ne pouvant*, *et en se levant*, *tout en parlant*."""
    return _GERUND_START.match(" ".join(words)) is not None


def _continues_narration(text: str, position: int, end: int, *, closed_by_mark: bool) -> bool:
    """Whether the words at ``position`` (after a comma closing a tag) carry on the narration."""
    matches = list(_WORD.finditer(text, position, min(end, position + _LOOKAHEAD)))
    if not matches or matches[0].start() - position > 2:
        return False
    words = [m.group().lower() for m in matches]
    first = words[0]
    if first.endswith(("'", "’")) and len(words) > 1:
        first += words[1]
    participle = first.endswith(_PARTICIPLE_ENDINGS) and first not in NOT_PARTICIPLES
    if first in CONTINUATION_STARTS or participle or _starts_gerund(words):
        return True
    if role_of(first) is not None:
        return True  # « a dit Paul Martin, chef du service. »: his role in apposition, no article
    if _APPOSED_NAME.match(text, position, end) is not None:
        return True  # « confirme la procureure, Claire Vidal. »: her name in apposition
    return not closed_by_mark and first in WEAK_CONTINUATION_STARTS


def _tag_end(text: str, start: int, end: int, *, closed_by_mark: bool) -> tuple[int, str, bool]:
    """Where the tag starting at ``start`` ends (just after its punctuation), that punctuation, and
    whether the tag ran on into narration (*dit-il, en se levant,*)."""
    position = start
    extended = False
    while True:
        punct = _NEXT_PUNCT.search(text, position, end)
        if punct is None:
            return end, "", extended
        mark = punct.group()[0]
        if _abbreviates(text, punct):
            position = punct.end()  # « …, a affirmé M. Lavergne. Les services … »: not the tag's end
            continue
        if mark in ",:" and _continues_narration(text, punct.end(), end, closed_by_mark=closed_by_mark):
            position = punct.end()
            extended = True
            continue
        return punct.end(), mark, extended


def _abbreviates(text: str, punct: re.Match[str]) -> bool:
    """Whether the punctuation ``punct`` is the stop of an abbreviated civility before a name
    (« a affirmé M. Lavergne », « a dit Mme. Roux »), which ends no tag."""
    if punct.group() != ".":
        return False
    before = _ABBREVIATED.search(text, max(0, punct.start() - 5), punct.start())
    return before is not None and _NAME_AFTER.match(text, punct.end()) is not None


def _trim_piece(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    left = piece.lstrip(_TRAILING)
    start += len(piece) - len(left)
    return start, start + len(left.rstrip(_TRAILING))


def cut_speech_tags(
    text: str, start: int, end: int, *, closed_by_mark: bool, closed: bool = False
) -> list[tuple[int, int]]:
    """The speech pieces of ``text[start:end]`` with every speech tag cut out, trimmed.

    ``closed_by_mark`` says the range ends at a closing quotation mark, so whatever follows a tag up
    to it is still speech; in a dialogue line (ended by the paragraph) a narrative sentence after the
    tag ends the speech. ``closed`` says the quote's closing mark was found: only then does a tag in
    the present count (« Le feu s'est répandu, raconte un gendarme, sur la voie »); an unclosed
    quote runs to the end of its paragraph, a guess that may take in the writer's own sentences.

    >>> s = "Voyez, dit-il, nous cherchions le même livre."
    >>> [s[a:b] for a, b in cut_speech_tags(s, 0, len(s), closed_by_mark=False)]
    ['Voyez', 'nous cherchions le même livre.']
    """
    pieces: list[tuple[int, int]] = []
    position = start
    while position < end:
        match = _next_tag(text, position, end, present=closed and closed_by_mark)
        if match is None:
            pieces.append((position, end))
            break
        pieces.append((position, match.start()))
        resume, mark, extended = _tag_end(text, match.end(), end, closed_by_mark=closed_by_mark)
        if not mark:
            break
        if not closed_by_mark:
            sentence = _SENTENCE.match(text, resume, end)
            rest = text[resume:end]
            if sentence is None or not _speech_resumes(sentence.group(), rest, after_narration=extended):
                break
        position = resume
    trimmed = (_trim_piece(text, a, b) for a, b in pieces)
    return [(a, b) for a, b in trimmed if a < b]


def _next_tag(text: str, start: int, end: int, *, present: bool = False) -> re.Match[str] | None:
    """The first speech tag in ``text[start:end]``, as a match of :data:`_TAG`, or ``None``."""
    for candidate in _CANDIDATE.finditer(text, start, end):
        match = _TAG.match(text, candidate.end(), end)
        if match is not None and _is_tag(text, candidate.start(), match, end, present=present):
            return match
    return None


def split_turns(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut where a dash after end-of-sentence punctuation marks a new speaker.

    >>> s = "Comment ? -- Oh ! rien."
    >>> [s[a:b] for a, b in split_turns(s, 0, len(s))]
    ['Comment ?', 'Oh ! rien.']
    """
    turns: list[tuple[int, int]] = []
    position = start
    for match in _TURN.finditer(text, start, end):
        turns.append((position, match.start()))
        position = match.end()
    turns.append((position, end))
    return [(a, b) for a, b in turns if a < b]
