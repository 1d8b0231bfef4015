"""The finder of a clause a source preposition attributes, :func:`source_clause`
(« Selon X, … », « …, selon X. », « Pour X, … », « d'après X », « de l'avis de X »): how far the
source phrase runs, which part of the sentence is the source's (the clause, a count, a segment
between commas, a relative clause) and the source read where the quote rules find none.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr.attribute.entities.titles import PRE_ROLE_ADJECTIVES
from quoteattr.attribute.indirect.common import (
    _CLAUSE_BREAKERS,
    _CLOSERS,
    _RELATIVES,
    Found,
    _Context,
    _preposition_source,
    _span_of,
)
from quoteattr.attribute.mentions import Mention
from quoteattr.attribute.phrases import head_of_phrase_ending, last_mentioned, past_quoted_name
from quoteattr.attribute.rules import Attribution, source_preposition
from quoteattr.attribute.rules.prepositions import in_keeping_with
from quoteattr.attribute.rules.subjects import given_an_age, mention_at
from quoteattr.attribute.rules.verbs import PARTICIPLE_ENDINGS
from quoteattr.lang.fr.cues import DOCUMENT_NOUNS, SPEECH_NOUNS
from quoteattr.lang.fr.incises import AUXILIARY_ADVERBS
from quoteattr.lang.fr.indirect import QUE_FORMS, SOURCE_NOUNS, TIME_WORDS
from quoteattr.lang.fr.roles import GROUP_NOUNS, ORGANISATION_NOUNS, role_of
from quoteattr.lang.fr.sources import (
    POINT_OF_VIEW_PREPOSITIONS,
    POSSESSED_SOURCES,
    RELATIVE_SOURCE_PREPOSITIONS,
    SOURCE_LOCUTIONS,
    SOURCE_PREPOSITIONS,
    opens_clause,
    possessed_source,
)
from quoteattr.lang.fr.titles import ADDRESS_CIVILITIES, ELIDED_DE, POSSESSIVE_DETERMINERS
from quoteattr.lang.fr.verbs import REPORTING_VERBS, lemma_of
from quoteattr.model import Span
from quoteattr.parse.types import Sentence, Word

__all__ = ["source_clause", "source_word"]

_APPOSED_RELATIVES = frozenset({"qui", "dont", *_RELATIVES})

#: The most words of a source phrase that opens a clause (« Selon un rapport accompagnant le budget, »).
_MAX_SOURCE = 14

#: Stems of the verbs of a judgement besides the copula (see :func:`_judgement`).
_JUDGEMENT_STEMS = ("rest", "demeur", "sembl", "paraî", "parai", "constitu", "représent")
#: The most words of a circumstance before a clause-opening source (« Vers 18 h 15, selon X, »).
_MAX_CIRCUMSTANCE = 4


def _speaker_like(sent: Sentence, noun: Word) -> bool:
    """Whether a source phrase's head can be a source: a name, a pronoun, a person, a group,
    an organisation, a medium or a document (« selon la police », « selon elle », « selon un
    rapport »), not a measure or a circumstance (« selon les estimations », « selon leur âge »)."""
    if noun.upos in {"PROPN", "PRON"} or noun.text[:1].isupper():
        return True  # a name, even one the tagger took for a common noun ("le Midi Libre")
    if last_mentioned(sent, noun):
        return True  # « selon ce dernier »: the one named last, whoever it is
    if given_an_age(sent, noun):
        return True  # « pour l'arrière de 31 ans »: someone, whatever the noun
    lemma = noun.lemma.lower()
    return (
        lemma in SOURCE_NOUNS
        or role_of(lemma) is not None
        or lemma in ORGANISATION_NOUNS
        or lemma in GROUP_NOUNS
        or noun.text.lower() in GROUP_NOUNS  # « selon les parents »: a group named in the plural
        or lemma in DOCUMENT_NOUNS
        or lemma in SPEECH_NOUNS
    )


def _point_of_view(sent: Sentence, phrase: Sequence[Word]) -> bool:
    """Whether the phrase after « pour » gives someone's point of view: its head, the first noun,
    can speak (« Pour le syndicat, … »), not a circumstance that names someone further on
    (« Pour la première fois depuis le mandat de Paul Roux, … »)."""
    head = next((w for w in phrase if w.upos in {"NOUN", "PROPN", "PRON"}), None)
    return head is not None and _speaker_like(sent, head)


_LOCUTION_HEADS = frozenset(locution[0] for locution in SOURCE_LOCUTIONS)


def _possessed_at(sent: Sentence, lowered: Sequence[str], position: int) -> bool:
    """Whether a possessor's view or words (`POSSESSED_SOURCES`: « à ses yeux », « selon ses
    dires ») opens at ``position``; the sentence's words are read as written only past a cheap
    look at the two words (« à » and « en » are everywhere)."""
    if lowered[position] not in POSSESSED_SOURCES or position + 1 >= len(lowered):
        return False
    if lowered[position + 1] not in POSSESSIVE_DETERMINERS:
        return False
    return possessed_source([w.text for w in sent.words], position) is not None


def source_word(sent: Sentence, lowered: Sequence[str], position: int) -> tuple[int, int] | None:
    """Where a source preposition or locution begins and ends (word indices), at ``position``;
    ``lowered`` holds the sentence's words lowercased, apostrophes as '."""
    low = lowered[position]
    if _possessed_at(sent, lowered, position):
        return position, position  # « à ses yeux », « selon ses dires »: the possessor's view
    if low in SOURCE_PREPOSITIONS:
        return position, position
    if low == "après" and position > 0 and sent[position - 1].text.lower() in ELIDED_DE:
        return position - 1, position
    if low == "d'après":
        return position, position
    if low not in _LOCUTION_HEADS and low not in POINT_OF_VIEW_PREPOSITIONS:
        return None
    for locution in SOURCE_LOCUTIONS:
        if tuple(lowered[position : position + len(locution)]) == locution:
            return position, position + len(locution) - 1
    if low in POINT_OF_VIEW_PREPOSITIONS and opens_clause(lowered, position):
        return position, position
    return None


def _judgement(words: Sequence[Word]) -> bool:
    """Whether a sentence states a judgement (a copula, « rester », « il s'agit de »): what « pour
    X » set inside it by commas attributes to X (« La situation, pour le syndicat, reste grave »),
    unlike an action done for someone (« Le maire, pour sa famille, a tout sacrifié »)."""
    return any(
        w.deprel == "cop"
        or (w.upos in {"VERB", "AUX"} and w.lemma.lower() in {"être", "agir", "s'agir"})
        or (w.upos == "VERB" and w.text.lower().startswith(_JUDGEMENT_STEMS))
        for w in words
    )


#: Words that open a clause, which a source set off by commas may follow at once (« où, selon
#: elle, … », « mais, selon le parquet, … »).
_CLAUSE_OPENERS = QUE_FORMS | {"où", "mais", "car", "et", "donc", "si", "lorsque", "quand"}


def _opens_clause_before(words: Sequence[Word]) -> bool:
    """Whether ``words``, before a source preposition, end on a word opening a clause and a comma
    (« …, où, » before « selon elle, … »)."""
    return len(words) >= 2 and words[-1].text == "," and words[-2].text.lower() in _CLAUSE_OPENERS


#: Relative pronouns that open a clause a source may be set in (« qui avait, selon lui, »).
_RELATIVE_SUBJECTS = frozenset({"qui", "dont"})
#: The most words of a relative clause before the source set in it (« qui avait », « qui a
#: pourtant »).
_RELATIVE_LEAD = 4


def _relative_before(words: Sequence[Word]) -> int | None:
    """The index in ``words`` (before a source preposition, ending on a comma) of a relative
    pronoun that opens the last stretch between commas, a few words long (« , qui avait , »);
    ``None`` when there is none."""
    if len(words) < 3 or words[-1].text != ",":
        return None
    commas = [k for k, w in enumerate(words[:-1]) if w.text == ","]
    opening = commas[-1] + 1 if commas else 0
    lead = len(words) - 1 - opening
    if opening == 0 or lead > _RELATIVE_LEAD or words[opening].text.lower() not in _RELATIVE_SUBJECTS:
        return None
    return opening


def _circumstance(words: Sequence[Word]) -> bool:
    """Whether ``words`` (before a source preposition) are at most a short circumstance opening
    the sentence: « Mais », « Ainsi, », « Vers 18 h 15, », « Dimanche, », a connective locution
    whatever the tags of its words (« En effet, », « Par ailleurs, »); not a subject."""
    locution = " ".join(w.text.lower() for w in words if w.text != ",")
    if locution.replace("’", "'").replace("' ", "'") in _CONNECTIVES:
        return True
    return len(words) <= _MAX_CIRCUMSTANCE and all(
        w.upos in {"ADV", "CCONJ", "PUNCT", "ADP", "NUM"}
        or w.text.lower() in TIME_WORDS
        or any(c.isdigit() for c in w.text)
        for w in words
    )


#: Connective locutions that may open a sentence before a source: the adverbs and locutions of
#: order and contrast of `AUXILIARY_ADVERBS` (« en effet », « par ailleurs », « d'abord »).
_CONNECTIVES = frozenset(form.replace("’", "'") for form in AUXILIARY_ADVERBS)


def _trailing_at(ctx: _Context, sent: Sentence, lowered: Sequence[str], comma: Word) -> bool:
    """Whether ``comma`` opens a source that ends its sentence (« …, selon la préfecture. »)."""
    if comma.text != "," or ctx.in_quote(comma) or comma.index + 1 >= len(sent):
        return False
    located = source_word(sent, lowered, comma.index + 1)
    if located is None or lowered[located[0]] in POINT_OF_VIEW_PREPOSITIONS:
        return False
    rest = sent.words[_source_extent(sent, located[1]) + 1 :]
    return all(w.upos == "PUNCT" and w.text not in _CLOSERS for w in rest)


def _trailing_source(
    ctx: _Context, sent: Sentence, lowered: Sequence[str], clause: Sequence[Word]
) -> tuple[list[Word], bool] | None:
    """The part of a fronted source's ``clause`` that is its own, when another source ends the
    sentence (« Selon LCI, un bilan fait état de 5 blessés, qui auraient été intoxiqués, selon la
    préfecture »): the words before the comma that opens the segment the trailing source is set
    after (« un bilan fait état de 5 blessés »), and whether there is such a segment, or only
    the words before the trailing source's own comma; ``None`` with no trailing source."""
    for k, word in enumerate(clause):
        if not _trailing_at(ctx, sent, lowered, word):
            continue
        commas = [j for j in range(k) if clause[j].text == "," and not ctx.in_quote(clause[j])]
        if commas and commas[-1] > 0:
            return list(clause[: commas[-1]]), True
        return list(clause[:k]), False
    return None


def _fronted_source(
    ctx: _Context, sent: Sentence, lowered: Sequence[str], before: Sequence[Word]
) -> list[Word] | None:
    """The segment a trailing source is set after, when a source opens the sentence too: the
    words between the last two commas before it (« Selon LCI, un bilan fait état de 5 blessés,
    **qui auraient été intoxiqués**, selon la préfecture »); ``None`` when no source opens the
    sentence or no comma sets a segment apart from its clause."""
    commas = [k for k, w in enumerate(before) if w.text == "," and not ctx.in_quote(w)]
    if len(commas) < 2 or not _trailing_at(ctx, sent, lowered, before[commas[-1]]):
        return None
    opened = [
        k
        for k, w in enumerate(before[: commas[-2]])
        if not ctx.in_quote(w)
        and (located := source_word(sent, lowered, w.index)) is not None
        and lowered[located[0]] not in POINT_OF_VIEW_PREPOSITIONS
        and _circumstance(list(before[:k]))
    ]
    if not opened or commas[-2] <= opened[0]:
        return None
    source_comma = next((c for c in commas if c > opened[0]), None)
    if source_comma is None or source_comma >= commas[-2]:
        return None  # « Selon X, A, selon Y »: no segment of Y's own
    return list(before[commas[-2] + 1 : commas[-1]])


def _source_extent(sent: Sentence, last: int) -> int:
    """The last word of the source phrase after a preposition ending at word ``last`` (it stops
    at punctuation, a mark or a verb other than a past participle describing the source)."""
    end = last
    k = last + 1
    while k < len(sent):
        w = sent[k]
        k += 1
        named = past_quoted_name(sent, w.index)
        if named > w.index:  # « selon le président de l'association « Les Amis du Rail », »
            end = named - 1
            k = named
            continue
        if w.text in {",", ".", ";", ":", "!", "?", "»", "«", "["}:
            break  # « selon plusieurs sources [4] »: a reference mark ends the source
        if w.text == "et" and k < len(sent) and sent[k].text[:1].isdigit():
            break  # « selon la police et 9 000 selon les organisateurs »: the next count
        # « selon le rapport publié jeudi »: a participle on the source noun is part of the phrase
        describing = (
            w.upos == "VERB"
            and w.deprel in {"acl", "amod"}
            and w.feats.get("VerbForm") == "Part"
            and w.feats.get("Tense") != "Pres"
            and last <= w.head <= end
        )
        # « un rapport établi à partir d'un sondage »: a verb inside a locution of several
        # words (« à partir de ») is no verb of the clause
        if w.upos in {"VERB", "AUX"} and not describing and w.deprel != "fixed":
            break
        if _new_phrase(sent, w, end):
            break  # « aurait fait selon les secours trois blessés »: the verb's object, not theirs
        end = w.index
    return end


def _new_phrase(sent: Sentence, word: Word, end: int) -> bool:
    """Whether ``word``, right after the source phrase's last word ``end``, opens a noun phrase
    of its own: an article or a number straight after a noun, with no preposition to hang it on
    the noun (a date goes on: « le rapport publié jeudi 12 mars »; so does a name's number the
    parser hung on it: « selon Europe 1 »), or an approximate count (« selon la police plus de
    300 personnes »)."""
    before = sent[end]
    if before.upos not in {"NOUN", "PROPN", "ADJ"} or before.text.lower() in TIME_WORDS:
        return False
    if _count_opens(sent, word.index):
        return True  # « selon la police plus de 300 personnes »: a count of the clause
    if word.upos == "DET":
        return word.text.lower() not in {"du", "des", "au", "aux"}
    dated = word.index + 1 < len(sent) and sent[word.index + 1].text.lower() in TIME_WORDS
    # « selon Europe 1 », « d'après France 24 »: a number hung on the name before it is the name's
    numbered = before.upos == "PROPN" and before.text[:1].isupper() and word.head == before.index
    return word.upos == "NUM" and not dated and not numbered


def _count_opens(sent: Sentence, i: int) -> bool:
    """Whether an approximate count opens at word ``i``: « au moins », « plus de », « moins de »,
    « près de » or « environ », then a number (« au moins 12 morts »)."""
    words = [w.text.lower() for w in sent.words[i : i + 3]]
    if words[:2] in (["au", "moins"], ["plus", "de"], ["moins", "de"], ["près", "de"]):
        k = i + 2
    elif words[:1] == ["environ"]:
        k = i + 1
    else:
        return False
    return k < len(sent) and (sent[k].upos == "NUM" or sent[k].text[:1].isdigit())


def _within_source(attribution: Attribution, sent: Sentence, end: int) -> Attribution:
    """``attribution`` with its mention cut at the source phrase's last word ``end`` where the
    clause goes on right after it and the parse hung its next phrase on the source (« selon les
    secours trois blessés », « Selon la commission, Alain Guérin a pénétré »)."""
    mention = attribution.mention
    limit = sent[end].end
    if mention is None or mention.span.end <= limit or mention.head.end > limit:
        return attribution
    if end + 1 >= len(sent) or not (
        _new_phrase(sent, sent[end + 1], end)
        or _subject_past_comma(sent, mention, end)
        or _count_past_comma(sent, end)
    ):
        return attribution  # « Selon le secrétaire général, Paul Ferrand, … »: the name apposed
    cut = attrs.evolve(
        mention,
        span=Span(mention.span.start, limit, source=mention.span.source),
        words=tuple(i for i in mention.words if i <= end),
        conjuncts=tuple(c for c in mention.conjuncts if c.end <= limit),
    )
    return attrs.evolve(attribution, mention=cut)


def _count_past_comma(sent: Sentence, end: int) -> bool:
    """Whether a figure follows the comma or « et » after the source phrase's last word ``end``:
    the next count of a list, another source's (« 8 200 selon la police, 35 000 selon les
    organisateurs », « … et 35 000 selon les organisateurs »), never an apposition to this one."""
    return end + 2 < len(sent) and sent[end + 1].text in {",", "et"} and sent[end + 2].text[:1].isdigit()


def _subject_past_comma(sent: Sentence, mention: Mention, end: int) -> bool:
    """Whether ``mention`` runs past the comma after the source phrase's last word ``end`` to a
    name a verb follows: the clause's subject (« Selon la commission, Alain Guérin a pénétré … »),
    not a name apposed to the source, which a comma closes (« Selon le secrétaire général, Paul
    Ferrand, il faut … »)."""
    if sent[end + 1].text != "," or not mention.words:
        return False
    after = max(mention.words) + 1
    return after < len(sent) and sent[after].upos in {"VERB", "AUX"}


#: At most this many words in a count scoped by its source (« 8 200 à 9 000 personnes »).
_COUNT_WORDS = 6
#: Words that may open a count: « plus de 3 000 », « environ 200 », « près de 50 ».
_COUNT_OPENERS = frozenset({"plus", "moins", "environ", "près", "quelque", "au"})


def _count_before(sent: Sentence, first: int) -> list[Word] | None:
    """The count right before a source preposition, set off by a comma before it (« …, 8 200 à
    9 000 personnes selon la police, 35 000 selon les organisateurs »): a figure each source
    gives, its own reported words; ``None`` when the words before are no count."""
    k = first - 1
    found: list[Word] = []
    while k >= 0 and sent[k].text not in {",", ";", ":", "(", "«", "»", "—", "et"}:
        found.insert(0, sent[k])
        k -= 1
    # « 5 000 selon la police et 9 000 selon les organisateurs »: « et » joins a second count as
    # the comma does
    if not found or len(found) > _COUNT_WORDS or k < 0 or sent[k].text not in {",", "et"}:
        return None
    # a figure, whatever its tag (« 8 200 » is tagged a determiner), and no verb
    opens = found[0].text[:1].isdigit() or found[0].text.lower() in _COUNT_OPENERS
    figure = any(w.text[:1].isdigit() for w in found)
    verb = any(w.upos in {"VERB", "AUX"} for w in found)
    return found if opens and figure and not verb else None


def _comma_after(ctx: _Context, sent: Sentence, last: int, end: int) -> int:
    """The last word before the first comma after a clause-opening source phrase (``end`` if none
    comes within :data:`_MAX_SOURCE` words)."""
    k = last + 1
    while k < min(len(sent), last + 1 + _MAX_SOURCE):
        w = sent[k]
        k = max(k + 1, past_quoted_name(sent, k))  # a name in marks is the source's own
        if w.text == "," and not ctx.in_quote(w):
            return w.index - 1
        if w.text in {".", ";", ":", "«", "»"} and k == w.index + 1:
            break
    return end


def _named_source(
    ctx: _Context, sent: Sentence, index: int, lowered: Sequence[str], first: int, last: int, end: int
) -> Attribution | None:
    """The source of « selon X » when the quote rules find no noun after the preposition: a
    capitalised word the tagger did not take for a noun (a foreign name tagged X). A capitalised
    word inside a complement of the phrase's noun is no source, the noun is (« Pour cet
    expert des marchés agricoles en Bretagne, … »: the expert, not the place he
    deals with)."""
    head = next((w for w in sent.words[last + 1 : end + 1] if w.text[:1].isupper()), None)
    if head is None or head.upos not in {"X", "PROPN", "NOUN", "ADJ"}:
        return None
    if any(w.upos == "ADP" for w in sent.words[last + 1 : head.index]):
        head = next((w for w in sent.words[last + 1 : head.index] if w.upos == "NOUN"), None)
        if head is None:
            return None
    while head.head >= 0 and sent[head.head].start > head.start and sent[head.head].index <= end:
        head = sent[head.head]
    cue = SOURCE_PREPOSITIONS.get(lowered[last]) or POINT_OF_VIEW_PREPOSITIONS.get(lowered[last])
    if lowered[last] == "après":
        cue = "d'après"
    if cue is None:
        return None
    return _preposition_source(ctx, index, head, cue, sent[first])


def _count_source(
    ctx: _Context, sent: Sentence, index: int, lowered: Sequence[str], first: int, last: int, end: int
) -> Attribution | None:
    """The source of a count's « selon X » (or of a segment's, :func:`_fronted_source`) read from
    the words after the preposition up to ``end``: the noun no other word of them governs
    (« 35 000 selon les organisateurs »)."""
    inside = range(last + 1, end + 1)
    head = next(
        (w for w in sent.words[last + 1 : end + 1] if w.upos in {"NOUN", "PROPN"} and w.head not in inside),
        None,
    )
    cue = SOURCE_PREPOSITIONS.get(lowered[last])
    if head is None or cue is None:
        return None
    return _preposition_source(ctx, index, head, cue, sent[first])


def _past_apposition(ctx: _Context, words: Sequence[Word], depth: int = 1) -> list[Word]:
    """``words`` (from the comma after a source) without what is said of the source between two
    commas: a relative (« Selon l'AFP, qui cite des sources sécuritaires, … »), a bare role
    (« Selon Jean Dupont, maire de la commune, … », « …, l'un des enquêteurs, … »), the
    source's name (« Pour le délégué du parti, Arnaud Roux, … », « Pour son avocat, Me Paul
    Roux, … ») or a past participle said of it
    (« Selon Paul Roux, interrogé par l'AFP, … »)."""
    words = list(words)
    commas = [k for k, w in enumerate(words) if w.text == "," and not ctx.in_quote(w)]
    if len(commas) < 2 or commas[0] != 0 or commas[1] + 1 >= len(words):
        return words
    inset = [w for w in words[1 : commas[1]] if w.upos != "PUNCT"]
    if not inset:
        return words
    first = inset[0].text.lower()
    k = 1 if first in PRE_ROLE_ADJECTIVES and len(inset) > 1 else 0
    bare_role = inset[k].upos == "NOUN" and role_of(inset[k].text.lower()) is not None
    one_of = first in {"l'", "l’"} and len(inset) > 1 and inset[1].text.lower() in {"un", "une"}
    relative = first in _APPOSED_RELATIVES
    # the name may open on a civility, whatever the tagger made of it (« Pour son avocat, Me
    # Paul Roux, … »)
    civility = inset[0].text.lower().rstrip(".") in ADDRESS_CIVILITIES and len(inset) > 1
    named = (inset[0].upos == "PROPN" or civility) and all(
        w.upos == "PROPN" or w.text[:1].isupper() for w in inset
    )
    # « Selon Paul Roux, interrogé par l'AFP, … »: a past participle said of the source, or a
    # word before its agent « par » (« cité par Reuters », whatever the tagger made of « cité »)
    described = (inset[0].feats.get("VerbForm") == "Part" and inset[0].feats.get("Tense") == "Past") or (
        len(inset) > 1
        and inset[1].text.lower() == "par"
        and inset[0].text.lower().endswith(PARTICIPLE_ENDINGS)
    )
    if not (bare_role or one_of or relative or named or described):
        return words
    # « Pour Me Paul Roux, avocat de Marc Petit, rédacteur en chef du journal, … »: another
    # apposition may follow, said of the one before
    rest = words[commas[1] :]
    return _past_apposition(ctx, rest, depth + 1) if depth < _APPOSITIONS else rest


#: The most appositions set one after the other after a source that the clause is read past.
_APPOSITIONS = 3


def _before_colon(ctx: _Context, words: Sequence[Word]) -> list[Word]:
    """``words`` up to a colon outside quotation marks (what follows it is a quote of its own)."""
    out: list[Word] = []
    for word in words:
        if word.text == ":" and not ctx.in_quote(word):
            break
        out.append(word)
    return out


def _before_breaker(ctx: _Context, words: Sequence[Word]) -> list[Word]:
    """``words`` up to a comma that opens a clause of the writer's own (« , alors que … »)."""
    out: list[Word] = []
    for k, word in enumerate(words):
        nxt = words[k + 1].text.lower() if k + 1 < len(words) else ""
        if k > 0 and word.text == "," and nxt in _CLAUSE_BREAKERS and not ctx.in_quote(word):
            break
        out.append(word)
    return out


def _apposed_quote(ctx: _Context, words: Sequence[Word]) -> bool:
    """« Selon X, vice-président de Y, « … » »: the words before the quote are an apposition to the
    source (no verb, closed by its comma right before the quotation): the clause is the quote
    itself. Not « Pour X, avocate de Y, son client « n'était qu'un salarié » »: a subject after the
    apposition opens a clause of the writer's words around the quote."""
    words = list(words)
    while words and words[0].upos == "PUNCT" and words[0].text not in {"«", "“"}:
        words.pop(0)  # the comma after « Selon X »
    for k, word in enumerate(words):
        if word.text in {"«", "“"}:
            before = words[:k]
            return (
                bool(before)
                and not any(w.upos in {"VERB", "AUX"} for w in before)
                and before[-1].text in {",", ";", ":"}
            )
    return False


def _quote_and_tag(ctx: _Context, words: Sequence[Word]) -> bool:
    """« « Un accord est proche », rapporte Le Monde »: a quotation and its own speech tag, with
    no words of the writer's besides (the source phrase after it is the tag's, not a clause's)."""
    own = [w for w in words if not ctx.in_quote(w) and w.upos != "PUNCT"]
    if not own or len(own) == len(words) or not any(ctx.in_quote(w) for w in words):
        return False
    verbs = [w for w in own if w.upos in {"VERB", "AUX"}]
    main = [w for w in verbs if w.upos == "VERB"]
    if len(main) != 1 or own[0] not in verbs:
        return False
    return lemma_of(main[0].text, main[0].lemma) in REPORTING_VERBS


def _speech_verb_outside(ctx: _Context, words: Sequence[Word], source: int) -> bool:
    """Whether a finite speech verb other than the source word at ``source`` stands in ``words``
    outside quotation marks: « citant X » is then an aside on that verb's subject, the medium
    that reports, and the words are the verb's clause, never the whole sentence."""
    return any(
        w.index != source
        and w.upos == "VERB"
        and w.feats.get("VerbForm") == "Fin"
        and lemma_of(w.text, w.lemma) in REPORTING_VERBS
        and not ctx.in_quote(w)
        for w in words
    )


def source_clause(ctx: _Context, index: int) -> list[Found]:
    """Selon X, … / …, selon X. / Pour X, … / d'après X, … / de l'avis de X, …"""
    sent = ctx.doc.sentences[index]
    words = sent.words
    lowered = [w.text.lower().replace("’", "'") for w in words]
    counts: list[Found] = []
    for word in words:
        located = source_word(sent, lowered, word.index)
        if located is None or ctx.in_quote(word):
            continue
        first, last = located
        if last + 1 < len(words) and words[last + 1].text.lower() in _RELATIVES:
            continue  # "selon laquelle": a noun cue
        if last + 1 < len(words) and words[last + 1].text.lower() == "qui":
            continue  # « Paul Roux, selon qui … »: the relative's clause (`point_of_view_relative`)
        if in_keeping_with(sent, words[last]):
            continue  # « selon les critères X », « diffère selon les facultés »: no source
        # « Le maire est catégorique : selon lui, … »: a colon or a semicolon ends the clause before
        breaks = [k for k, w in enumerate(words[:first]) if w.text in {":", ";"} and not ctx.in_quote(w)]
        before = list(words[breaks[-1] + 1 if breaks else 0 : first])
        opener = _circumstance(before)
        split = segment = False
        end = _source_extent(sent, last)
        if opener:  # « Selon un rapport accompagnant le budget, … »: the source runs to the comma
            end = _comma_after(ctx, sent, last, end)
        if end == last:
            continue
        after = list(words[end + 1 :])
        comma_after = bool(after) and after[0].text == ","
        # nothing after the source but punctuation, or an apposition to it (« …, selon Paul Hendry,
        # ambassadeur en Estonie. »)
        # (an apposition opens on no preposition: « …, selon le parquet, d'un acte isolé » goes on)
        apposed = comma_after and len(after) > 1 and after[1].upos != "ADP"
        tail_empty = all(w.upos == "PUNCT" and w.text not in _CLOSERS for w in after) or (
            apposed and not any(w.upos in {"VERB", "AUX"} or w.text in _CLOSERS for w in after)
        )
        # « …, selon la ministre, qui s'exprimait sur France Inter. »: a relative on the source
        described = comma_after and len(after) > 1 and after[1].text.lower() in {"qui", "dont"}
        tail_empty = tail_empty or (described and not any(w.text in _CLOSERS for w in after))
        lead = sent.words[first].text.lower() in POINT_OF_VIEW_PREPOSITIONS
        # « La situation, pour le syndicat, reste grave »: set off by commas inside the clause
        inset = (
            lead
            and comma_after
            and bool(before)
            and before[-1].text == ","
            and len(after) > 2
            and _judgement(words)
        )
        count = None if lead else _count_before(sent, first)
        if count is not None:
            # « …, 8 200 personnes selon la police, 35 000 selon les organisateurs, … »: each
            # count is its own source's, which runs to the comma
            end = _comma_after(ctx, sent, last, end)
            clause = probe = count
        elif comma_after and _opens_clause_before(before):
            # « …, où, selon elle, aucun secours n'était arrivé »: the clause the word before it
            # opens is the source's, not the sentence around it
            clause = probe = _before_breaker(ctx, after)
        elif comma_after and (relative := _relative_before(before)) is not None:
            # « … de la majorité, qui avait, selon lui, reporté un audit »: the relative clause
            # the source is set in, from its pronoun, not the sentence around it
            probe = _before_breaker(ctx, after)
            clause = [*before[relative:], *words[first : end + 1], *probe]
        elif not lead and not comma_after and before and before[-1].text.lower() in _RELATIVE_SUBJECTS:
            # « Le syndicat réclame un moratoire, qui selon lui profite aux gros exploitants »:
            # the relative clause the source is set in, from its pronoun, not the sentence
            probe = _before_breaker(ctx, after)
            probe_span = _span_of(ctx, probe)
            if probe_span is None or ctx.wholly_quoted(probe_span, probe):
                continue  # « qui selon lui « profitent à … » »: the words are the quote alone
            clause = [before[-1], *words[first : end + 1], *probe]
        elif opener and comma_after:
            # « Selon X, « … », alors que … »: the writer's own clause is not X's
            clause = probe = _before_breaker(ctx, after)
            if not _apposed_quote(ctx, clause):  # « Selon X, chercheuse, « … » » is the quote alone
                clause = probe = _before_breaker(ctx, _past_apposition(ctx, after))
            trailing = _trailing_source(ctx, sent, lowered, clause)
            if trailing is not None:  # « Selon X, A, B, selon Y. »: B is Y's, not X's
                clause = probe = trailing[0]
                split = trailing[1]
        elif opener and not comma_after and after and _new_phrase(sent, after[0], end):
            # « Selon Berlin le traité sera signé en mai »: no comma, but a noun phrase of its
            # own opens right after the source's name; the clause is that phrase's
            clause = probe = _before_breaker(ctx, after)
        elif tail_empty and before and not lead:
            clause, probe = before, before
            fronted = _fronted_source(ctx, sent, lowered, before)
            if fronted is not None:  # « Selon X, A, B, selon Y. »: B alone is Y's
                clause = probe = fronted
                segment = True
        elif not lead or inset:
            clause, probe = list(words), (before if len(before) >= len(after) else after)
            if not before or not after:
                continue
            if lowered[first] == "citant" and _speech_verb_outside(ctx, words, first):
                continue  # « L'agence, citant des sources, affirme que … »: the verb reports, its own clause

        else:
            continue
        clause = _before_colon(ctx, clause)
        probe = _before_colon(ctx, probe)
        span = _span_of(ctx, clause)
        probe_span = _span_of(ctx, probe)
        if (
            span is None
            or probe_span is None
            or ctx.wholly_quoted(span, clause)
            or _apposed_quote(ctx, clause)
            or _quote_and_tag(ctx, clause)
        ):
            continue
        attribution = source_preposition(ctx.site(probe_span))
        elsewhere = (
            attribution is not None
            and attribution.cue_span is not None
            and not (words[first].start <= attribution.cue_span.start <= words[last].end)
        )
        if (count is not None or segment) and elsewhere:
            # the sentence's first source: this count or segment has its own, the phrase after
            # its preposition
            attribution = _count_source(ctx, sent, index, lowered, first, last, end)
        if attribution is None:  # a name the tagger left untyped (« Selon The Lantern »)
            attribution = _named_source(ctx, sent, index, lowered, first, last, end)
        if attribution is None or attribution.cue_span is None:
            continue
        if not (words[first].start <= attribution.cue_span.start <= words[last].end):
            continue
        mention = attribution.mention
        nouns = [
            w
            for w in words[last + 1 : end + 1]
            if mention is not None
            and w.start >= mention.span.start
            and (w.upos in {"NOUN", "PROPN", "PRON"} or last_mentioned(sent, w))
        ]
        # « selon les relevés effectués par l'organisation X »: a source named inside the phrase
        possessor = _possessed_at(sent, lowered, first)
        if not possessor and not any(_speaker_like(sent, noun) for noun in nouns):
            continue
        phrase = words[last + 1 : end + 1]
        if lowered[first] in POINT_OF_VIEW_PREPOSITIONS and not _point_of_view(sent, phrase):
            continue
        reported = Found(index, span, "indirect_source", _within_source(attribution, sent, end))
        if count is None and split:
            counts.append(reported)  # the trailing source's segment is found next
            continue
        if count is None:
            return [*counts, reported]
        counts.append(reported)  # a list of counts: each with its own source
    return counts


def point_of_view_relative(ctx: _Context, index: int) -> list[Found]:
    """« « … », a répondu l'association, pour qui la décision porte atteinte à la laïcité »: « pour
    qui » after someone who can speak opens their point of view, as « pour X, » does: the clause
    after it is their words (the relative's antecedent is the source); so do « selon qui » and
    « d'après qui » (« la maire, selon qui la ville ne peut plus suivre »), never the clause
    before them. Only after a comma or right after the inverted subject of a speech verb (« a
    poursuivi Paul Roux pour qui … »): with neither, « pour qui » is a beneficiary's (« les
    enfants pour qui nous travaillons »). The clause runs to the end of the sentence or a comma
    that opens a clause of the writer's own, holds a finite verb outside the marks and is not
    wholly one quotation."""
    sent = ctx.doc.sentences[index]
    words = sent.words
    lowered = [w.text.lower().replace("’", "'") for w in words]
    for word in words:
        i = word.index
        if i + 2 >= len(words) or lowered[i + 1] != "qui":
            continue
        if lowered[i] == "après" and i > 0 and lowered[i - 1] in ELIDED_DE:
            first = i - 1  # « d' » « après »
        elif lowered[i] in RELATIVE_SOURCE_PREPOSITIONS:
            first = i
        else:
            continue
        if ctx.in_quote(word):
            continue
        k = first - 1 if first > 0 and words[first - 1].text == "," else first
        subject = _incise_subject_before(sent, k - 1)
        head = subject if subject is not None else head_of_phrase_ending(sent, k - 1, past_appositions=True)
        if head is None or not _speaker_like(sent, head):
            continue
        if head.index == 0 and not _opens_a_sentence(ctx.doc.text, sent.span.start):
            continue  # the parser cut the sentence inside the phrase: its head lies before
        if k == first and subject is None:
            continue  # no comma, no speech verb: « les enfants pour qui … » is a beneficiary's
        clause = _before_breaker(ctx, [w for w in words[i + 2 :] if not (w.text == "," and w.index == i + 2)])
        while clause and clause[-1].upos == "PUNCT" and clause[-1].text not in _CLOSERS:
            clause.pop()
        if not any(w.upos in {"VERB", "AUX"} and not ctx.in_quote(w) for w in clause):
            continue
        span = _span_of(ctx, clause)
        if span is None or len(clause) < 3 or ctx.wholly_quoted(span, clause):
            continue
        attribution = Attribution(
            rule="point_of_view",
            confidence=0.7,
            cue="d'après" if first < i else lowered[i],
            cue_span=Span(words[first].start, word.end, source=ctx.doc.text),
            mention=mention_at(ctx.site(span), index, head),
            frame="preposition",
        )
        return [Found(index, span, "indirect_source", attribution)]
    return []


def _opens_a_sentence(text: str, start: int) -> bool:
    """Whether the text before ``start`` ends a sentence (or there is none): a parser may cut a
    sentence where the writer did not."""
    before = text[:start].rstrip()
    return not before or before[-1] in '.!?…»”"\n'


def _incise_subject_before(sent: Sentence, k: int) -> Word | None:
    """The inverted subject of the speech verb whose noun phrase (and its appositions) ends at
    word ``k``: « a poursuivi Paul Roux », « a tranché Lucía Ferreyra, de l'organisation Climat
    Justice Sud, » give « Paul », « Lucía », read from the surface (the first name or noun after
    the verb, past determiners and words of time), whatever the parser made of the phrase;
    ``None`` when no speech verb comes before it in the sentence, or another verb does."""
    j = k
    # a capitalised word is a name's, whatever its tag (« Bernard Accoyer », « Accoyer » a verb)
    while j >= 0 and (sent[j].upos not in {"VERB", "AUX"} or sent[j].text[:1].isupper()):
        if sent[j].text in {".", ";", ":", "«", "»"}:
            return None
        j -= 1
    if j < 0 or sent[j].upos != "VERB" or lemma_of(sent[j].text, sent[j].lemma) not in REPORTING_VERBS:
        return None
    for word in sent.words[j + 1 : k + 1]:
        if word.text.lower() in TIME_WORDS or (word.upos in {"DET", "ADV"} and not word.text[:1].isupper()):
            continue
        if word.upos in {"NOUN", "PROPN"} or word.text[:1].isupper():
            return word
        return None
    return None
