"""A surface scan for sentences that may hold indirect speech, so only those are parsed.

No parser, no model: a sentence is kept when one of its words is a form of a clause-taking speech
verb (:data:`quoteattr.lang.fr.indirect.CLAUSE_VERBS`, forms read by
:func:`quoteattr.lang.fr.verbs.lemma_of`), a clause-taking speech noun, or when it holds a
source preposition or locution (:data:`quoteattr.lang.fr.indirect.SURFACE_CUE`: *selon*,
*d'après*, *pour X,* …). It errs on the side of keeping: a kept sentence that holds no reported
clause costs a parse, a missed one costs a quote.

>>> may_report("Le ministre a déclaré que le projet serait abandonné.")
True
>>> may_report("Selon la police, trois personnes ont été blessées.")
True
>>> may_report("Le match a eu lieu dimanche à Lyon.")
False
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from quoteattr.lang.fr.cues import CLEFT_OPENER, SPEECH_NOUNS
from quoteattr.lang.fr.incises import AUXILIARY_ADVERBS
from quoteattr.lang.fr.indirect import (
    CLAUSE_NOUNS,
    CLAUSE_VERBS,
    NO_CLAUSE_VERBS,
    QUESTION_WORDS,
    SCAN_IGNORED_FORMS,
    SURFACE_CUES,
)
from quoteattr.lang.fr.verbs import (
    LEARNING_FORMS,
    MODAL_INCISE_FORMS,
    PRESS_VERBS,
    conjugated_speech_form,
    lemma_of,
    pronominal,
)

__all__ = ["may_report", "opens_cleft", "speech_form"]

#: Spellings of a stem that change in some forms (rappelle, achète; « ç » before « a » and « o »:
#: annonçant), and the infinitive's.
_STEM_CHANGES: tuple[tuple[str, str], ...] = (
    ("ell", "el"), ("ett", "et"), ("è", "é"), ("è", "e"), ("ç", "c")
)  # fmt: skip
#: How far after a speech form (characters) a *que* / *si* clause may open (obliques and dates
#: come between: « a annoncé, dimanche 24 janvier, que »).
CLAUSE_REACH = 60
#: How far after a speech form an infinitive may open (« invitent les ressortissants à éviter »).
INFINITIVE_REACH = 50
#: How far before a speech form the comma of an incise may be, an auxiliary between (« …, a
#: indiqué », « …, ont indiqué », « …, avaient indiqué », « …, a-t-il ajouté »), and an adverb
#: after it (« …, a également indiqué »).
INCISE_REACH = 24
#: The same with a modal between (« …, ont tenu à »).
MODAL_INCISE_REACH = 24
_CLAUSE_OPENER = regex.compile(
    r"\b(?:que\b|qu['’]|si\b|s['’]ils?\b|comment\b|pourquoi\b|selon\ laquelle|"
    + "|".join(rf"{word}\b" for word in sorted(QUESTION_WORDS))
    + ")",
    regex.IGNORECASE,
)
_INFINITIVE = (
    # « ne pas être », « n'avoir rien dit », « ne disposer d'aucune donnée »
    r"(?:ne\s+(?:pas|plus|jamais|rien|guère|point)\s+|ne\s+|n['’]\s*)?"
    r"(?:(?:se|s['’]|l['’]|les?|la|y|en|lui|leur)\s*){0,2}"
    r"\p{L}{2,}(?:er|ir|re|oir)\b"
)
#: *de* / *à* + an infinitive-shaped word (« de rester », « d'avoir », « à ne pas venir »), or an
#: infinitive right after the speech form, an adverb apart at most (« a affirmé ne pas être »,
#: « rappellent régulièrement avoir »).
_INFINITIVE_OPENER = regex.compile(
    rf"\b(?:de\s+|d['’]\s*|à\s+)(?:[«“\"]\s*)?{_INFINITIVE}|^\s*(?:\p{{L}}+ment\s+)?{_INFINITIVE}",
    regex.IGNORECASE,
)
#: The most characters of an aside set off by commas between a speech form and its infinitive.
ASIDE_REACH = 50
#: An infinitive past a short aside set off by commas right after the speech form: « a annoncé,
#: lundi, embaucher … », « ont assuré, en marge du colloque, ne pas avoir … ».
_INFINITIVE_PAST_ASIDE = regex.compile(
    rf"\s*,[^,.;:«»]{{1,{ASIDE_REACH}}},\s*{_INFINITIVE}", regex.IGNORECASE
)
#: A compound infinitive anywhere shortly after the speech form, past an oblique: « avoir
#: trouvé », « être allé »; or « être » and its attribute (« a confirmé le 3 mai être à
#: l'origine de la fuite », « a assuré hier être prêt »).
_COMPOUND_INFINITIVE = regex.compile(
    r"\b(?:avoir|être)\s+\p{Ll}{2,}(?:é|ée|és|ées|i|ie|is|u|ue|us|t|te|ts)\b|\bêtre\s+(?:à|en|prêts?|prêtes?)\b"
)
#: Adverbs between an incise's auxiliary and its participle (« …, a encore précisé X »).
_ADVERB_AFTER_AUXILIARY = "(?:" + "|".join(regex.escape(a) for a in AUXILIARY_ADVERBS) + ")"
#: A name right after the speech form: its inverted subject (« …, assure Christophe Castaner. »).
_INVERTED_NAME = regex.compile(r"\s+\p{Lu}")  # used with .match(sentence, end)
#: The comma of an incise before a speech form: a word (the auxiliary) and an adverb between at
#: most, a reflexive clitic before them (« …, s'est félicité X »).
_INCISE_COMMA = regex.compile(
    r",\s*(?:s['’]\s*|se\s+)?(?:[\p{L}-]+\s*)?(?:(?<=\s)" + _ADVERB_AFTER_AUXILIARY + r"\s+)?$"
)
#: The comma of an incise whose modal comes before the speech form, its auxiliary and « à » or
#: « de » between (« …, a tenu à préciser X », « …, a voulu rappeler X »).
_MODAL_INCISE_COMMA = regex.compile(
    r",\s*(?:[\p{L}-]+\s+)?(?:" + "|".join(sorted(MODAL_INCISE_FORMS)) + r")\s+(?:à\s+|de\s+|d['’]\s*)?$"
)
_WORD = regex.compile(r"\p{Ll}[\p{L}]+")
#: An aside on « comme » right before a speech form, its neuter clitic and an auxiliary between
#: (« comme le souligne », « comme l'a rappelé »): the aside reports the rest of its sentence.
_COMME_ASIDE = regex.compile(r"(?i)\bcomme\s+(?:l['’]\s*|le\s+)(?:(?:a|ont|avait|avaient)\s+)?$")
#: How far before a speech form (characters) the « comme » of its aside may be.
COMME_REACH = 20


@functools.lru_cache(maxsize=1 << 16)
def speech_form(word: str) -> bool:
    """Whether the lowercase ``word`` is a form of a clause-taking speech verb or noun.

    >>> speech_form("affirmant"), speech_form("annonce"), speech_form("maison")
    (True, True, False)
    """
    if word in SCAN_IGNORED_FORMS:
        return False
    if word in CLAUSE_NOUNS or lemma_of(word, word) in CLAUSE_VERBS:
        return True
    # stems that change in the present: rappelle → rappeler, révèle → révéler, achète → acheter;
    # « ç » before a and o: annonçait → annoncer
    for ending, replaced in _STEM_CHANGES:
        if ending in word:
            variant = word.replace(ending, replaced, 1)
            if lemma_of(variant, variant) in CLAUSE_VERBS:
                return True
    return False


#: A reflexive clitic and the auxiliary of a compound tense right before a verb form: « s'est »,
#: with at most two adverbs after the auxiliary (« s'est d'ailleurs engagée », « s'est ensuite dit »).
_REFLEXIVE_BEFORE = regex.compile(
    r"(?i)\b(?:se\s+|s['’]\s*)"
    r"(?:(?:est|sont|était|étaient|sera|seront|serait|seraient)\s+(?:\p{L}+(?:['’]\p{L}+)?\s+){0,2})?$"
)
#: How far back from a verb form its reflexive clitic may stand.
_REFLEXIVE_REACH = 40


@functools.lru_cache(maxsize=1 << 16)
def _pronominal_speech_form(word: str) -> bool:
    """Whether the lowercase ``word`` is a form of a verb whose pronominal use takes a clause
    (« engagée »: « s'engager »). A question of the word alone, asked of every word of every
    scanned sentence: cached like :func:`speech_form`."""
    reflexive = pronominal(lemma_of(word, word))
    return reflexive is not None and reflexive in CLAUSE_VERBS


def _reflexive_speech_form(sentence: str, start: int, word: str) -> bool:
    """Whether ``word`` at ``start``, after a reflexive clitic, is a form of a clause-taking
    pronominal speech verb (« s'est engagée à développer », « s'engage à »): the verb alone
    (« engager ») reports nothing. The word is looked up before the text before it is searched
    for the clitic: few words are such forms."""
    if not _pronominal_speech_form(word):
        return False
    return _REFLEXIVE_BEFORE.search(sentence, max(0, start - _REFLEXIVE_REACH), start) is not None


def may_report(sentence: str) -> bool:
    """Whether ``sentence`` may hold indirect speech (see the module docstring).

    A speech verb form counts when reported words can open right after it (*que* / *si* /
    *comment* / *pourquoi* within :data:`CLAUSE_REACH` characters, *de* / *à* or an
    infinitive-shaped word within :data:`INFINITIVE_REACH`), or when a comma comes just before it
    (an incise: « …, a-t-il dit »); a speech noun counts before *que* or *selon laquelle*.
    « Rien à signaler. » is no report.

    >>> may_report("Rien à signaler."), may_report("Il a indiqué avoir publié une mise à jour.")
    (False, True)
    """
    if any(cue.search(sentence) is not None for cue in SURFACE_CUES):
        return True
    for match in _words(sentence):
        word = match.group()
        if word[:1].isupper():
            word = word.lower()  # the sentence's first word, « Soulignant »
        if word in SCAN_IGNORED_FORMS and _verb_before_que(sentence, match.start(), match.end()):
            return True  # « Un proche avance que … »: no noun takes « que » right after it
        if not speech_form(word) and not _reflexive_speech_form(sentence, match.start(), word):
            if _incise_form(sentence, match.start(), match.end(), word) or _learned_incise(
                sentence, match.start(), word
            ):
                return True
            continue
        end = match.end()
        if _CLAUSE_OPENER.search(sentence, end, end + CLAUSE_REACH) is not None:
            return True
        if word in CLAUSE_NOUNS and lemma_of(word, word) not in CLAUSE_VERBS:
            continue  # a noun takes a que-clause only
        if _INFINITIVE_OPENER.search(sentence[end : end + INFINITIVE_REACH]) is not None:
            return True
        if _COMPOUND_INFINITIVE.search(sentence, end, end + INFINITIVE_REACH) is not None:
            return True  # « a annoncé sur son site avoir trouvé un accord »
        if _INFINITIVE_PAST_ASIDE.match(sentence, end) is not None:
            return True  # « a annoncé, lundi, embaucher … »
        if _INCISE_COMMA.search(sentence, max(0, match.start() - INCISE_REACH), match.start()) is not None:
            return True
        if _MODAL_INCISE_COMMA.search(sentence, max(0, match.start() - MODAL_INCISE_REACH), match.start()):
            return True
        if _INVERTED_NAME.match(sentence, end) is not None:
            return True
        if _CLOSING_CLITIC.match(sentence, end) is not None:
            return True  # « Il faudra des jours estime-t-il. »: a tag, whether a comma was typed or not
        if _COMME_ASIDE.search(sentence, max(0, match.start() - COMME_REACH), match.start()) is not None:
            return True  # « …, comme le souligne la rectrice. »
    return False


#: « que » right after a word, one adverb between at most: « avance que », « avance aussi que ».
_QUE_RIGHT_AFTER = regex.compile(r"\s+(?:\p{Ll}+ment\s+|aussi\s+|même\s+|encore\s+)?qu(?:e\b|['’])")
#: A determiner right before a word: it is a noun (« l'avance que le club a prise »).
_DETERMINER_BEFORE = regex.compile(
    r"(?i)\b(?:l['’]|une?|les?|la|des|son|sa|ses|leur|leurs|cette|cet|ces|du|notre|votre)\s*$"
)


def _verb_before_que(sentence: str, start: int, end: int) -> bool:
    """Whether a form the scan ignores as mostly a noun (« une avance ») is a verb here: no
    determiner before it and « que » right after it, an adverb between at most (« Un proche
    avance aussi que … »); « l'avance que le club a prise » opens a relative on the noun."""
    if _DETERMINER_BEFORE.search(sentence, max(0, start - 8), start) is not None:
        return False
    return _QUE_RIGHT_AFTER.match(sentence, end) is not None


def _words(sentence: str) -> Iterator[regex.Match[str]]:
    """The words of ``sentence`` a speech form may be: those in small letters, and its first
    word when it is a present participle, capitalised as a sentence opens (« Soulignant que le
    projet était prêt, la maire a demandé … »: fronted before the subject it shares)."""
    first = _FIRST_WORD.match(sentence)
    if first is not None:
        yield first
    yield from _WORD.finditer(sentence)


#: A sentence's first word, a present participle capitalised: « Soulignant », « Rappelant ».
_FIRST_WORD = regex.compile(r"[\s«“\"(—–-]*\K\p{Lu}\p{Ll}+ant(?![\p{L}'’])")


#: A determiner or a capital right after a verb: the start of its inverted subject.
_SUBJECT_AFTER = regex.compile(r"\s+(?:\p{Lu}|(?:l[ae]|les|l['’]|une?|des|ces?|cette|ses|sa|son|leurs?)\b)")


#: The press's speech verbs that may report words in an incise (not those that take no clause:
#: « …, Laurence fit l'autre », « …, chante la foule » report nothing).
_INCISE_PRESS_VERBS: frozenset[str] = PRESS_VERBS - NO_CLAUSE_VERBS


def _incise_form(sentence: str, start: int, end: int, word: str) -> bool:
    """Whether ``word`` is a form of a press speech verb that reports words in an incise only, or
    one the scan ignores elsewhere, set as an incise: a comma before it, its subject after it
    (« …, ont poursuivi les sources », « …, avance l'institut », « …, rectifie-t-elle, … »). An
    incise reports the words before it; the verb alone is no cue (« une avance », « poursuivre
    l'enquête »), nor its infinitive (« …, poursuivre la route »)."""
    lemma = lemma_of(word, word)
    if lemma == word:
        return False  # an infinitive (« …, poursuivre la route »), or no verb at all
    pressed = lemma in _INCISE_PRESS_VERBS and conjugated_speech_form(word)
    if not pressed and not _pronominal_incise(sentence, start, lemma):
        return False
    if _INCISE_COMMA.search(sentence, max(0, start - INCISE_REACH), start) is None:
        return False
    return (
        _SUBJECT_AFTER.match(sentence, end) is not None or _INVERTED_CLITIC.match(sentence, end) is not None
    )


#: How far back from a verb form of a pronominal incise its clitic may stand: right before it
#: (« se désole », « s'inquiète »), no auxiliary between.
_CLITIC_REACH = 4


def _pronominal_incise(sentence: str, start: int, lemma: str) -> bool:
    """Whether the verb form at ``start``, after its reflexive clitic, is one of a pronominal
    verb of reaction that tags words it follows (« …, se désole X », « …, s'inquiète-t-elle »):
    alone it names a feeling, in an incise it reports the words before it."""
    return (
        pronominal(lemma) is not None
        and _REFLEXIVE_BEFORE.search(sentence, max(0, start - _CLITIC_REACH), start) is not None
    )


#: An inverted subject clitic glued to the verb before it (« -il », « -t-elle »).
_GLUED_CLITIC = r"[-‐–](?:t[-‐–])?(?:il|elle|ils|elles|on)"
#: An inverted subject clitic glued to a speech verb, closing its sentence or set off by a comma:
#: the verb is a tag whatever came before it (« … pour affiner le bilan estime-t-il. »).
_CLOSING_CLITIC = regex.compile(_GLUED_CLITIC + r"\s*[.!?…,;]")
#: An inverted subject clitic glued to its verb: « rectifie-t-elle », « renchérit-il ».
_INVERTED_CLITIC = regex.compile(_GLUED_CLITIC + r"\b")


def _learned_incise(sentence: str, start: int, word: str) -> bool:
    """Whether ``word`` is a form of a verb of learning set as an incise (« …, a-t-on appris de
    source policière », « …, apprend-on auprès de la préfecture »): the press passes on what it
    heard from a source, named after the verb."""
    if word not in LEARNING_FORMS:
        return False
    return _INCISE_COMMA.search(sentence, max(0, start - INCISE_REACH), start) is not None


#: « C'est ce qu'a annoncé X », « C'est ce que affirme X »: a cleft that takes the sentence before
#: it as what was said.
_CLEFT = regex.compile(r"\s*" + CLEFT_OPENER)
#: How far after the cleft (characters) its speech verb may come (« qu'a notamment tenu à
#: rappeler »).
CLEFT_REACH = 40


def opens_cleft(sentence: str) -> bool:
    """Whether ``sentence`` opens with *c'est ce que* and a speech verb form soon after, or with
    *c'est* and a speech noun (« C'est le message du maire »): the sentence before it may then
    be reported speech, and is worth parsing.

    >>> opens_cleft("C'est ce qu'a annoncé lundi le maire."), opens_cleft("C'est ce qu'il voulait.")
    (True, False)
    >>> opens_cleft("C'est le message du maire."), opens_cleft("C'est le cas du maire.")
    (True, False)
    """
    found = _CLEFT.match(sentence)
    if found is None:
        named = _NOUN_CLEFT.match(sentence)
        return named is not None and named["noun"].lower().rstrip("sx") in _SPEECH_SINGULARS
    return any(
        speech_form(m.group()) for m in _WORD.finditer(sentence, found.end(), found.end() + CLEFT_REACH)
    )


#: « C'est le message du maire », « Tel est l'avertissement de X »: a cleft that names the
#: sentence before it by a speech noun (`SPEECH_NOUNS`).
_NOUN_CLEFT = regex.compile(
    r"\s*(?:[Cc]['’]est|[Cc]e\s+sont|[Tt]el(?:le)?s?\s+(?:est|sont)|[Vv]oilà)\s+"
    r"(?:(?:le|la|les|un|une|ce|cet|cette|ces)\s+|l['’]\s*)(?:(?:premier|première|dernier|dernière|nouveau|nouvel"
    r"|nouvelle|seul|seule)\s+)?(?P<noun>\p{Ll}+)\b"
)
_SPEECH_SINGULARS = frozenset(noun.rstrip("sx") for noun in SPEECH_NOUNS)
