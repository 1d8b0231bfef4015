"""What the finders of indirect speech share: the :class:`Found` clause each returns and the
:data:`Finder` type; the :class:`_Context` of one document they read (its parse, its quotes in marks,
where a clause sits among them); the span of a clause's words (:func:`_span_of`); the source a
finder reads itself after a *selon*-type word (:func:`_preposition_source`); the speech verbs read
on the surface where the parse slips (:func:`_verb_like`, the verb of an incise :func:`_inverted_verb`);
and the word sets several finders use.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

import attrs

from quoteattr.attribute.phrases import inverted_run_after, mention_from
from quoteattr.attribute.rules import Attribution
from quoteattr.attribute.rules.attribution import CONFIDENCE as RULE_CONFIDENCE
from quoteattr.attribute.rules.subjects import inverted_subject
from quoteattr.attribute.rules.verbs import (
    AUXILIARY_FORMS,
    CLITICS,
    COORDINATING_OPENERS,
    SE_FORMS,
    infinitive_at,
)
from quoteattr.attribute.site import Locator, QuoteSite
from quoteattr.lang.fr.incises import EUPHONIC_T
from quoteattr.lang.fr.indirect import CLAUSE_VERBS, INFINITIVE_MARKERS, QUE_FORMS, TIME_WORDS
from quoteattr.lang.fr.pronouns import SUBJECT_PRONOUNS
from quoteattr.lang.fr.verbs import (
    INCISE_MODALS,
    LEARNING_VERBS,
    PHRASAL_CUES,
    REPORTING_VERBS,
    finite_speech_form,
    lemma_of,
    pronominal,
)
from quoteattr.model import MarkStyle, Quote, QuoteKind, Span
from quoteattr.parse.types import ParsedDoc, Sentence, Word

__all__ = ["Finder", "Found"]

#: Closing marks kept at the end of a clause that ends with a partial quote.
_CLOSERS = frozenset({"»", "”", '"', "›"})
_RELATIVES = frozenset({"laquelle", "lequel", "lesquelles", "lesquels"})

#: Words after a comma that open a clause of the writer's own (« …, tandis que … »).
_CLAUSE_BREAKERS = frozenset(
    {"tandis", "alors", "bien", "même", "car", "puis", "lorsque", "quand", "avant", "après"}
)


@attrs.frozen
class Found:
    """A reported clause found in sentence ``index``: its ``span``, the finder's ``rule`` and what
    the quote rules found for it (cue and source mention), if anything."""

    index: int
    span: Span
    rule: str
    attribution: Attribution | None


@attrs.frozen
class _Context:
    doc: ParsedDoc
    quotes: tuple[Quote, ...]

    # One Locator for the document's quotes, built once: a clause is located as a quote without
    # marks among them (a new Locator per clause sorted every quote again: quadratic; issue 10).
    _locator: Locator = attrs.field(init=False, eq=False, repr=False)

    @_locator.default
    def _make_locator(self) -> Locator:
        return Locator(self.doc, self.quotes)

    def site(self, span: Span) -> QuoteSite:
        """Where a clause sits in the parse, located as a quote without marks among the others."""
        return self._locator.locate(_pseudo(span))

    # The quotes' marks sorted by start, with the furthest end reached by any of them so far: "is
    # this inside some quote's marks" is then a bisection, not a scan of every quote for every
    # word (which grows with the square of a long text; issue 10).
    _starts: list[int] = attrs.field(init=False, eq=False, repr=False)
    _reach: list[int] = attrs.field(init=False, eq=False, repr=False)

    @_starts.default
    def _sorted_starts(self) -> list[int]:
        return sorted(q.marks.start for q in self.quotes)

    @_reach.default
    def _furthest_ends(self) -> list[int]:
        reach: list[int] = []
        for quote in sorted(self.quotes, key=lambda q: q.marks.start):
            reach.append(max(quote.marks.end, reach[-1] if reach else -1))
        return reach

    def _inside_marks(self, start: int, end: int) -> bool:
        """Whether some quote's marks start at or before ``start`` and end at or after ``end``."""
        i = bisect.bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end

    def in_quote(self, word: Word) -> bool:
        """Whether ``word`` lies inside a quotation's marks (reporting inside a quote is not annotated).

        :meth:`_inside_marks` written out: the finders ask it of every word (~50,000 a corpus).
        """
        span = word.span
        i = bisect.bisect_right(self._starts, span.start)
        return i > 0 and self._reach[i - 1] >= span.end

    def wholly_quoted(self, span: Span, words: Sequence[Word] = ()) -> bool:
        """Whether ``span`` is no more than one quotation with its marks, or (given its ``words``)
        quotations joined by punctuation and conjunctions only (« « A » et « B » »)."""
        if self._inside_marks(span.start, span.end - 1):  # the marks, and one character after them
            return True
        inside = [w for w in words if span.start <= w.start and w.end <= span.end]
        return (
            bool(inside)
            and any(self.in_quote(w) for w in inside)
            # « « … » jeudi »: a date after the quotation is the writer's, not a clause
            and all(
                self.in_quote(w) or w.upos in {"PUNCT", "CCONJ"} or w.text.lower() in TIME_WORDS
                for w in inside
            )
        )


def _pseudo(span: Span) -> Quote:
    return Quote(span, span, (span,), MarkStyle.NONE, kind=QuoteKind.INDIRECT)


Finder = Callable[[_Context, int], list[Found]]


def _span_of(ctx: _Context, words: Sequence[Word]) -> Span | None:
    """The span from the first to the last of ``words``, trimmed of punctuation at both ends
    (a closing quotation mark at the end is kept: the clause ends with a partial quote)."""
    ordered = sorted(words, key=lambda w: w.start)
    while ordered and ordered[0].upos == "PUNCT" and ordered[0].text not in {"«", "“", '"', "‹"}:
        ordered.pop(0)
    while ordered and ordered[-1].upos == "PUNCT" and ordered[-1].text not in _CLOSERS:
        ordered.pop()
    if not ordered:
        return None
    start, end = ordered[0].start, ordered[-1].end
    if start >= end:
        return None
    return Span(start, end, source=ctx.doc.text)


def _preposition_source(ctx: _Context, index: int, head: Word, cue: str, cue_word: Word) -> Attribution:
    """The source a clause's finder read itself after *selon*-type words, as the rule
    ``source_preposition`` gives it: the phrase headed by ``head``."""
    sent = ctx.doc.sentences[index]
    text = ctx.doc.text
    return Attribution(
        rule="source_preposition",
        confidence=RULE_CONFIDENCE["source_preposition"],
        cue=cue,
        cue_span=cue_word.span.with_source(text),
        mention=mention_from(sent, index, head, text),
        frame="preposition",
    )


#: Words that complete « ne » into a negation (« ne … pas »); without one, « ne … que » is *only*.
_NEGATION_WORDS = frozenset(
    {"pas", "plus", "jamais", "rien", "guère", "point", "aucun", "aucune", "personne", "nullement"}
)
_INVERTED = ("-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle", "-t-on")


def _inverted_part(word: Word) -> bool:
    """Whether ``word`` is an inverted subject clitic or the euphonic *t* before one, written as
    one token (« -t-il ») or two (« -t », « -il »)."""
    text = word.text.lower()
    return text in EUPHONIC_T or text.startswith(_INVERTED)


#: Determiners that open an incise's inverted subject (« …, juge le ministre »): no noun in
#: apposition after a comma takes one (« …, juge de paix »).
_INCISE_SUBJECT_DETERMINERS = frozenset(
    {"le", "la", "l'", "l’", "les", "son", "sa", "ses", "leur", "leurs", "un", "une", "cet", "cette"}
)


#: Articles that are never an object clitic (« le », « la », « les » are, before a verb).
_ARTICLES_ONLY = frozenset({"au", "aux", "du", "des", "un", "une"})


def _participle_after_article(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` is a past participle right after an article that is never a clitic: a
    participle made a noun (« aux accusés », « des élus »), no verb."""
    return (
        word.index > 0
        and word.feats.get("VerbForm") == "Part"
        and word.feats.get("Tense") == "Past"
        and sent[word.index - 1].text.lower() in _ARTICLES_ONLY
    )


def _verb_like(sent: Sentence, word: Word) -> bool:
    """A verb, or a speech verb's participle right after its auxiliary whatever the tagger said
    of either (« a tweeté que », the participle tagged a name and « a » a verb), or its gerund
    (« en confiant que », « confiant » tagged an adjective). Not a participle right after an
    article that is never a clitic (« fait observer aux accusés que … », « la plainte du
    blessé »): a noun, whatever the tagger said."""
    if _participle_after_article(sent, word):
        return False
    if word.upos == "VERB":
        return True
    gerund = word.index > 0 and sent[word.index - 1].text.lower() == "en" and word.text.endswith("ant")
    if gerund and lemma_of(word.text, word.lemma) in REPORTING_VERBS:
        return True  # « il a continué en confiant que … »: a gerund, « confiant » tagged an adjective
    if word.upos == "AUX" and any(
        c.deprel == "xcomp" and (lemma_of(word.text, word.lemma), c.lemma.lower()) in PHRASAL_CUES
        for c in sent.children(word)
    ):
        # « a toutefois fait savoir que », « a laissé entendre que »: the verb of a phrase of
        # saying tagged an auxiliary, its infinitive hung on it
        return True
    glued = sent[word.index + 1] if word.index + 1 < len(sent) else None
    if glued is not None and _inverted_part(glued) and word.text[:1].islower():
        # « …, rectifie-t-elle, … » (the verb tagged a conjunction): French glues an inverted
        # subject clitic to a verb only
        return finite_speech_form(word.text.lower())
    if (
        word.upos not in {"NOUN", "ADJ", "PROPN", "X", "ADV"}
        or word.index == 0
        or not word.text[:1].islower()
    ):
        return False
    before = sent[word.index - 1]
    auxiliary = before.upos == "AUX" or before.text.lower() in AUXILIARY_FORMS
    if auxiliary and lemma_of(word.text, word.lemma) in REPORTING_VERBS:
        return True
    following = sent[word.index + 1] if word.index + 1 < len(sent) else None
    if (
        before.text == ","
        and following is not None
        and (following.text[:1].isupper() or following.text.lower() in _INCISE_SUBJECT_DETERMINERS)
    ):
        # « …, annonce Météorama dans son point du matin », « …, juge le ministre »: a finite
        # speech form after a comma, a name or a determiner after it, is an incise's verb,
        # whatever the tagger took it for (« juge », « note », « critique » are nouns too)
        return finite_speech_form(word.text.lower())
    # « Le syndicat déplore que … », « Le président juge que … », « Elle juge toutefois que »: a
    # finite speech form the tagger took for a noun or an adjective, before « que » (an adverb
    # between) and after a noun phrase or a subject pronoun
    k = word.index + 1
    if k < len(sent) and sent[k].upos == "ADV" and sent[k].text.lower() not in _NEGATION_WORDS:
        k += 1
    after = sent[k].text.lower() if k < len(sent) else ""
    finite = finite_speech_form(word.text.lower())
    # (a participle may close the noun phrase: « Les parents des élèves inscrits rappellent »)
    participle = before.upos == "VERB" and before.feats.get("VerbForm") == "Part"
    subject = before.upos in {"NOUN", "PROPN", "ADJ"} or participle or before.text.lower() in SUBJECT_PRONOUNS
    # « Une fleuriste, qui n'a pas souhaité donner son nom, juge que »: after a relative aside
    subject = subject or (before.text == "," and _closes_relative_aside(sent, before.index))
    # « Son entraîneur, Marc Petit, juge qu'il … »: a sentence has a verb, and one with no finite
    # verb up to the comma that closes its subject's aside has it right after that comma
    subject = subject or (before.text == "," and not _finite_before(sent, word))
    # « Météo France annonce un statu quo mais note que »: after « et », « mais », the coordinate
    # of the verb before, with its subject
    subject = subject or before.text.lower() in COORDINATING_OPENERS
    # or before « à » / « de » and an infinitive (« La junte militaire demande à être reconnue »)
    # or before an infinitive, bare or after « à » / « de » (« rappellent avoir reçu … »)
    infinitive = (
        after in INFINITIVE_MARKERS and k + 1 < len(sent) and sent[k + 1].feats.get("VerbForm") == "Inf"
    ) or (k < len(sent) and sent[k].upos in {"VERB", "AUX"} and sent[k].feats.get("VerbForm") == "Inf")
    return finite and (after in QUE_FORMS or infinitive) and subject


def _finite_before(sent: Sentence, word: Word) -> bool:
    """Whether a finite verb or auxiliary stands in ``sent`` before ``word``, whatever the parse
    made its head (« Le président du Medef, Paul Roux, juge qu'il faut … »: none; the parser
    made « faut » the sentence's head and the president its subject)."""
    return any(
        w.upos in {"VERB", "AUX"} and w.feats.get("VerbForm") == "Fin" for w in sent.words[: word.index]
    )


def _closes_relative_aside(sent: Sentence, comma: int) -> bool:
    """Whether the comma at ``comma`` closes an aside opened by a comma and a relative pronoun
    (« , qui … , », « , dont … , »), with no other comma between."""
    k = comma - 1
    while k > 0 and sent[k].text != ",":
        k -= 1
    return k > 0 and k + 1 < comma and sent[k + 1].text.lower() in _RELATIVE_OPENERS


#: Words that open a relative clause after a comma: « Paul Roux, qui dirige l'enquête, ».
_RELATIVE_OPENERS = frozenset(
    {"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"}
)


def _outside_relatives(words: Sequence[Word]) -> list[Word]:
    """``words`` without those of a relative clause set off by commas (« Paul Roux, qui dirige
    l'enquête, »): its verb is the subject's description, not a clause's own verb. A relative
    whose closing comma the writer left out ends where the parse of its verb does (« Quelque 600
    personnes, qui campaient au bord du fleuve ont été évacuées »: « ont été évacuées » is the
    clause's own)."""
    by_index = {w.index: w for w in words}
    kept: list[Word] = []
    inside = False
    relative: Word | None = None
    for k, word in enumerate(words):
        if word.text == ",":
            after = words[k + 1] if k + 1 < len(words) else None
            inside = after is not None and after.text.lower() in _RELATIVE_OPENERS
            verb = by_index.get(after.head) if inside and after is not None else None
            relative = verb if verb is not None and verb.deprel.startswith("acl") else None
        elif inside and relative is not None and not _under(by_index, word, relative):
            inside = False
            kept.append(word)
        elif not inside:
            kept.append(word)
    return kept


def _under(by_index: dict[int, Word], word: Word, top: Word) -> bool:
    """Whether ``word`` is ``top`` or hangs under it in the parse, through the words of
    ``by_index``."""
    seen: set[int] = set()
    while word.index != top.index:
        if word.index in seen or word.head not in by_index:
            return False
        seen.add(word.index)
        word = by_index[word.head]
    return True


#: At most this many words in the subject of an incise that splits a clause (« a expliqué le
#: maire de la commune, »).
_SPLIT_SUBJECT_WORDS = 8

#: Words that join a new verb to the one before it rather than go on with the clause an incise
#: splits (« …, a dénoncé la réforme, puis est parti »).
_JOINING_WORDS = frozenset(
    {"et", "puis", "mais", "ou", "car", "donc", "ni", "avant", "après", "afin", "pour"}
)


def _splits_a_clause(sent: Sentence, i: int) -> bool:
    """Whether the speech verb at ``i`` and its subject after it, set off by commas, split a
    clause: « Cette décision, a expliqué le maire, permettra de réduire les coûts ». The subject
    (a noun phrase with no verb) ends at a comma, and right after it the split clause goes on
    with its own finite verb (a negation, a clitic or an adverb before it), not with a relative
    (« dénonce un projet, qui détruirait … ») or a word that joins a new verb to the speech verb
    (« Derrière la banderole, la déléguée, a dénoncé la réforme, puis est partie »). The parser
    makes the noun before the incise the verb's subject."""
    reach = sent.words[i + 1 : i + 2 + _SPLIT_SUBJECT_WORDS]
    comma = next((w for w in reach if w.text == ","), None)
    if comma is None or comma.index == i + 1:
        return False
    subject = sent.words[i + 1 : comma.index]
    if subject[0].upos not in {"DET", "PROPN", "NOUN"} or any(w.upos in {"VERB", "AUX"} for w in subject):
        return False
    for word in sent.words[comma.index + 1 :]:
        low = word.text.lower()
        if low in _JOINING_WORDS:
            return False
        if word.upos in {"VERB", "AUX"}:
            return word.feats.get("VerbForm") == "Fin"
        if word.upos != "ADV" and low not in CLITICS and low not in _NEGATION_WORDS:
            return False  # « …, qui détruirait … »: a relative on the noun, no split clause
    return False


def _modal_infinitive(sent: Sentence, verb: Word) -> Word | None:
    """The speech verb a modal of intent takes as its infinitive, right after it or after « à » /
    « de » (« …, a tenu à préciser le maire », « …, a voulu rappeler Paul Roux »): the incise's
    speech verb, whose subject the modal shares; not after « devoir » (« …, devrait compléter le
    tour de table » is a clause of its own)."""
    if verb.upos not in {"VERB", "AUX"} or verb.lemma.lower() not in INCISE_MODALS:
        return None
    k = infinitive_at(sent.words, verb.index + 1)
    if k < 0 or sent[k].upos != "VERB":
        return None
    infinitive = sent[k]
    return infinitive if lemma_of(infinitive.text, infinitive.lemma) in REPORTING_VERBS else None


#: The auxiliaries' present participles: a verb group they open is no incise's.
_PARTICIPLE_AUXILIARIES = frozenset({"ayant", "étant"})


def _inverted_verb(sent: Sentence, i: int) -> Word | None:
    """The speech verb of an incise opening at word ``i``: "a-t-il dit", "affirme X", "a encore
    précisé X"."""
    first = i
    auxiliary = False
    reflexive = i < len(sent) and sent[i].text.lower() in SE_FORMS
    if reflexive:
        i += 1  # « …, s'est félicité X », « …, se félicite X »: the verb is reflexive
    # « a-t-il dit », and an adverb after the auxiliary: « a encore précisé », « a aussi indiqué »
    while i < len(sent) and (
        sent[i].upos == "AUX" or _inverted_part(sent[i]) or (auxiliary and sent[i].upos == "ADV")
    ):
        auxiliary = auxiliary or sent[i].upos == "AUX"
        i += 1
    if i >= len(sent):
        return None
    verb = sent[i]
    if (
        i + 1 < len(sent)
        and verb.upos in {"VERB", "AUX"}
        and PHRASAL_CUES.get((lemma_of(verb.text, verb.lemma), sent[i + 1].lemma.lower())) in CLAUSE_VERBS
    ):
        i += 1
        verb = sent[i]  # « …, a fait savoir la compagnie »: the verb of the phrase
    elif (infinitive := _modal_infinitive(sent, verb)) is not None:
        i = infinitive.index
        verb = infinitive  # « …, a tenu à préciser le maire »: the modal's speech infinitive
    elif not (verb.upos == "VERB" or _verb_like(sent, verb)) or (
        # « …, a-t-on appris de source policière »: a verb of learning passes on what its source
        # said, as it does after a quote (the source is the one heard from)
        lemma_of(verb.text, verb.lemma) not in REPORTING_VERBS | LEARNING_VERBS
        and not (reflexive and pronominal(lemma_of(verb.text, verb.lemma)) is not None)
    ):
        return None
    if verb.feats.get("VerbForm") == "Part" and i == first and not _present_homograph(verb):
        return None  # « …, déclaré cette décision »: a participle whose auxiliary came before
    if any(w.text.lower() in _PARTICIPLE_AUXILIARIES for w in sent.words[first:i]):
        return None  # « …, ayant fait de la victoire son but »: an incise's verb is finite
    if any(
        w.deprel.startswith("aux") and w.head == verb.index and sent[w.index + 1].text == ","
        for w in sent.words[: max(0, first - 1)]
    ):
        return None  # « Le syndicat a, de son côté, contesté … »: its auxiliary came before the aside
    clitic = any(w.text.lower().startswith(_INVERTED) for w in sent.words[first : i + 3])
    if not clitic and any(w.text.lower() == "été" for w in sent.words[first:i]):
        # « Le vol du tableau, une toile de 1890, a été signalé lundi, précise le musée »: a
        # passive is the clause's own verb, an incise's is active (but « …, a-t-il été précisé »)
        return None
    for c in sent.children(verb):
        if clitic or c.deprel not in {"nsubj", "expl:subj"} or c.start >= verb.start or c.index >= first:
            continue  # with its clitic subject, a subject the parser gave it before the incise is none
        # « Les enquêteurs privilégient la piste, a précisé le procureur »: a subject with a
        # finite verb of its own before the incise belongs to that clause, not to the incise
        own_verb = any(
            w.upos in {"VERB", "AUX"} and w.feats.get("VerbForm") == "Fin"
            for w in _outside_relatives(sent.words[c.index + 1 : first])
        )
        if _in_relative_after_clause(sent, c, first):
            continue
        if not own_verb and not _object_of_verb_before(sent, c) and not _splits_a_clause(sent, i):
            return None
    if reflexive and not clitic and not _determined_after(sent, verb):
        return None  # « X et Y, se sont exprimées tour à tour »: the verb of the subject before it
    return verb if clitic or _subject_after(sent, verb) else None


def _determined_after(sent: Sentence, verb: Word) -> bool:
    """Whether the inverted subject read after ``verb`` (past dates, adverbs, an addressee)
    opens on a determiner or a name, as a subject does; a bare common noun is none (« tour à
    tour »)."""
    run = inverted_run_after(sent, verb, verb.index + 1)
    return bool(run) and (run[0].upos in {"DET", "PROPN"} or run[0].text[:1].isupper())


def _in_relative_after_clause(sent: Sentence, noun: Word, first: int) -> bool:
    """Whether ``noun`` lies in a relative set off by a comma (« , dont un quart dans l'Ain »)
    after a clause with a finite verb of its own, both before the incise opening at word
    ``first``: a noun of a relative belongs to it, not to a verb after it (« Les crues ont
    touché 300 maisons, dont un quart dans l'Ain, a déclaré le préfet »: the prefect's incise).
    Not when only a subject stands outside the relative (« Le maire, dont le fils …, a dénoncé
    … » has no clause before the verb)."""
    before = sent.words[:first]
    outside = _outside_relatives(before)
    if any(w.index == noun.index for w in outside):
        return False
    return any(w.upos in {"VERB", "AUX"} and w.feats.get("VerbForm") == "Fin" for w in outside)


def _present_homograph(word: Word) -> bool:
    """Whether a word tagged a past participle is spelt as the present (third person singular) of
    its verb, as those of *dire* and *écrire* and their compounds are (« dit », « écrit »,
    « prédit »), or a first-group form without its accent (« résume »: the tagger's slip for
    « résumé »): with no auxiliary before it and its subject after it, it is that present, the
    verb of an incise (« Le chantier reprendra lundi, écrit la Gazette de Vernon », « …, dit
    Paul Roux »)."""
    lemma = lemma_of(word.text, word.lemma)
    form = word.text.lower()
    if lemma.endswith("er") and form == lemma[:-1]:
        return True  # « résume », « explique »: a first-group present the tagger took for a participle
    return lemma.endswith("ire") and form == lemma[:-2] + "t"


def _subject_after(sent: Sentence, verb: Word) -> bool:
    """Whether a noun phrase follows an incise's ``verb`` as its inverted subject: right after it
    (an adverb between), or past what French sets between the two, read from the word order (an
    addressee: « …, a déclaré à l'AFP Paul Roux », a date or an aside set off by commas: « …, a
    affirmé, ce mardi, le ministre ») or from the tree (« …, ajoute quant à lui le parquet »).
    Nothing after the complement (« …, a déclaré à l'AFP. ») is no incise, nor a verb with more
    to come (:func:`_only_a_subject_after`)."""
    after = [w for w in sent.words[verb.index + 1 : verb.index + 3] if w.upos != "ADV"]
    if after and after[0].upos in {"DET", "PROPN", "NOUN"}:
        return True
    if not _only_a_subject_after(sent, verb):
        return False
    if inverted_run_after(sent, verb, verb.index + 1):
        return True
    subject = inverted_subject(sent, verb)
    return subject is not None and subject.start > verb.start


#: Words after which an incise's subject is described, not continued: a relative pronoun.
_DESCRIBING = frozenset({"qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"})


def _only_a_subject_after(sent: Sentence, verb: Word) -> bool:
    """Whether the words after an incise's ``verb`` hold no verb and no quotation of their own,
    up to the end of the sentence or a relative or a participle that describes its subject
    (« …, a déclaré à l'AFP Paul Roux, confirmant une information »). An incise closes the
    sentence with its subject; a verb with an object, a quotation or another verb after it heads
    a clause of its own, its subject before it (« Paul Roux, médecin à Lyon, appelle pour sa part
    les familles à rester calmes », « Marie Roux, qui se rendait à Lyon, a salué de son côté
    « un accueil parfait » »)."""
    words = sent.words
    for k in range(verb.index + 1, len(words)):
        word = words[k]
        low = word.text.lower()
        if low in _DESCRIBING:
            return True
        following = words[k + 1] if k + 1 < len(words) else None
        if low == "," and following is not None and following.text.lower().endswith("ant"):
            return True  # « , confirmant … »: a participle on the subject
        if low in {"«", "“", '"'} or (word.upos in {"VERB", "AUX"} and not word.text[:1].isupper()):
            return False
    return True


def _object_of_verb_before(sent: Sentence, noun: Word) -> bool:
    """Whether ``noun`` follows a finite verb in its own clause (no conjunction, relative or
    comma between): that verb's object, whatever the parser made it (« Des ouvriers ont découvert
    les restes d'un dinosaure, a annoncé le muséum »: not the subject of « annoncé »; « Elle a
    indiqué que le chauffeur … » opens a clause of its own). A date set off by commas between
    the verb and its object is passed over (« Les douanes ont saisi, lundi, un lot de montres, a
    indiqué le parquet »)."""
    words = sent.words[: noun.index]
    k = len(words) - 1
    while k >= 0:
        word = words[k]
        if word.text == ",":
            opening = _date_aside_before(words, k)
            if opening is None:
                return False
            k = opening - 1
            continue
        if word.upos in {"SCONJ", "PRON"} or word.text in {";", ":"} or word.text.lower() in QUE_FORMS:
            return False
        if word.upos in {"VERB", "AUX"} and word.feats.get("VerbForm") == "Fin":
            return True
        k -= 1
    return False


#: Words of a date set off by commas (« , lundi, », « , ce mardi 17 mai, »), beside the time words.
_DATE_ASIDE_WORDS = frozenset({"ce", "le", "dernier", "prochain"})


def _date_aside_before(words: Sequence[Word], comma: int) -> int | None:
    """The index of the comma that opens a date set off by commas and closed by the comma at
    ``comma`` (« , lundi, », « , ce mardi 17 mai, »), or ``None``."""
    j = comma - 1
    while j >= 0 and words[j].text != ",":
        low = words[j].text.lower()
        if not (low in TIME_WORDS or low in _DATE_ASIDE_WORDS or words[j].upos == "NUM"):
            return None
        j -= 1
    return j if 0 <= j < comma - 1 else None
