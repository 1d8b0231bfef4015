"""Indirect speech: reported clauses without quotation marks, found on the parse and attributed
like quotes.

Each form is a small named finder ``finder(ctx, index) -> list[Found]`` over one parsed sentence;
they run in the order of :data:`FINDERS` and a clause overlapping one found earlier is dropped.

- :func:`verb_clause`: a speech verb and its complement: « Le ministre a déclaré que **le projet
  serait abandonné** », « n'a pas précisé si **…** », « a affirmé **être déterminé** », « a demandé
  aux habitants de **rester chez eux** ». Two coordinated que-clauses (or *de* + infinitives) are
  two quotes.
- :func:`incise_clause`: unmarked words before an incise: « **Le projet sera abandonné**, a-t-il dit ».
- :func:`source_clause`: « Selon la police, **trois personnes ont été blessées** », « **…**, selon
  X. », « Pour X, **…** »; where *selon X* sits inside the clause the span is the whole clause.
- :func:`noun_clause`: « l'annonce que **…** », « la déclaration selon laquelle **…** » (a speech
  noun of `CLAUSE_NOUNS`; not « la rumeur », which is no one's words).
- :func:`cleft_clause`: « **Le projet sera abandonné**. C'est ce qu'a annoncé le maire. »
- :func:`comme_clause`: « Comme l'a rappelé le procureur, **l'enquête ne fait que commencer** ».

The source is found exactly as for a quote in marks: each clause is located in the parse as a
quote without marks, and the sentence rules of :mod:`quoteattr.attribute.rules`
(:func:`~quoteattr.attribute.rules.governing_verb`, :func:`~quoteattr.attribute.rules.incise_after`,
:func:`~quoteattr.attribute.rules.source_preposition`) give its cue and source mention, which the
document resolver turns into a name. A clause that is wholly one quotation (« a déclaré que « … » »)
is that quote only; a clause holding a partial quote contains it.

The rules read the UD labels in :data:`LABELS`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

import attrs
import regex

from quoteattr.attribute.echo import cleft_after
from quoteattr.attribute.engine import SpeakerResolver
from quoteattr.attribute.entities.titles import PRE_ROLE_ADJECTIVES
from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.phrases import OPENING_MARKS, mention_from, past_quoted_name
from quoteattr.attribute.rules import (
    Attribution,
    cue_lemma,
    governing_verb,
    incise_after,
    source_preposition,
)
from quoteattr.attribute.rules.attribution import CONFIDENCE as RULE_CONFIDENCE
from quoteattr.attribute.rules.prepositions import ASIDE_END, aside_verb, comme_aside, in_keeping_with
from quoteattr.attribute.rules.subjects import given_an_age, is_subject, speaker_of_verb
from quoteattr.attribute.rules.verbs import AUXILIARY_FORMS, causative_passive, present_of_second_group
from quoteattr.attribute.site import Locator, QuoteSite
from quoteattr.attribute.tenses import coordinated_main_verb
from quoteattr.attribute.vet import head_noun, source_noun
from quoteattr.lang.fr.cues import DOCUMENT_NOUNS, SPEECH_NOUNS
from quoteattr.lang.fr.indirect import (
    ATTRIBUTE_VERBS,
    CALL_VERBS,
    CLAUSE_MARKERS,
    CLAUSE_NOUNS,
    CLAUSE_VERBS,
    IMPERSONAL_GOVERNORS,
    INFINITIVE_MARKERS,
    OBJECT_INFINITIVE_VERBS,
    QUE_FORMS,
    QUESTION_WORDS,
    SOURCE_NOUNS,
    TIME_WORDS,
)
from quoteattr.lang.fr.pronouns import PRONOUNS, SUBJECT_PRONOUNS
from quoteattr.lang.fr.roles import GROUP_NOUNS, ORGANISATION_NOUNS, role_of
from quoteattr.lang.fr.sources import (
    POINT_OF_VIEW_PREPOSITIONS,
    SOURCE_LOCUTIONS,
    SOURCE_PREPOSITIONS,
    opens_clause,
)
from quoteattr.lang.fr.verbs import OPINION_VERBS, PHRASAL_CUES, REPORTING_VERBS, finite_speech_form, lemma_of
from quoteattr.model import Cue, MarkStyle, Quote, QuoteKind, Span
from quoteattr.parse.types import ParsedDoc, Sentence, Word

__all__ = [
    "CONFIDENCE",
    "FINDERS",
    "LABELS",
    "Found",
    "cleft_clause",
    "comme_clause",
    "continue_participles",
    "detect_indirect",
    "find_indirect",
    "incise_clause",
    "noun_clause",
    "resolve_found",
    "source_clause",
    "verb_clause",
]

#: The UD labels the finders read themselves (the sentence rules they call read
#: :data:`quoteattr.attribute.rules.LABELS`).
LABELS: frozenset[str] = frozenset(
    {"nsubj", "nsubj:pass", "expl:subj", "obj", "obl:agent", "aux", "aux:pass", "aux:tense", "ccomp",
     "acl", "acl:relcl", "mark", "conj", "case"}
)  # fmt: skip

#: How sure each finder is when the source is found: the share of its clauses found in the gold
#: with the right speaker on winer-train ``tune`` (verb 84/108, source 25/34, incise 7/10),
#: rounded down; the noun finder had no clause to measure on, and the cleft finder one (right),
#: so it takes the incise's figure, the nearest construction (a source named after the words),
#: as does the aside on *comme* (none on ``tune``; one, right, on the UD news studied part).
#: A resolved speaker's confidence is this times the resolution's certainty; a clause whose
#: source is not found gets :data:`NO_SOURCE_CONFIDENCE`.
CONFIDENCE: dict[str, float] = {
    "indirect_verb": 0.75,
    "indirect_incise": 0.7,
    "indirect_source": 0.7,
    "indirect_noun": 0.5,
    "indirect_cleft": 0.7,
    "indirect_comme": 0.7,
}
NO_SOURCE_CONFIDENCE = 0.3
#: How far back (characters) a participle's clause looks for the speaker it continues.
CONTINUE_CHARS = 200
CONTINUED_CONFIDENCE = 0.7

#: Closing marks kept at the end of a clause that ends with a partial quote.
_CLOSERS = frozenset({"»", "”", '"', "›"})
#: Subordinators whose "que" opens an adverbial clause, not a reported one ("alors que", "bien que").
_NOT_REPORTING_QUE = frozenset(
    {"alors", "bien", "ainsi", "avant", "après", "pour", "parce", "tandis", "dès", "sans", "afin", "pendant",
     "depuis", "même", "tant", "plutôt", "sinon", "moins", "plus", "autre", "lors"}
)  # fmt: skip
_RELATIVES = frozenset({"laquelle", "lequel", "lesquelles", "lesquels"})
#: Words that complete « ne » into a negation (« ne … pas »); without one, « ne … que » is *only*.
_NEGATION_WORDS = frozenset(
    {"pas", "plus", "jamais", "rien", "guère", "point", "aucun", "aucune", "personne", "nullement"}
)
_APPOSED_RELATIVES = frozenset({"qui", "dont", *_RELATIVES})
_SE = frozenset({"se", "s'", "s’"})
_SENTENCE_END = regex.compile(r"[.!?]\s+\p{Lu}|\n")
#: The most words of a source phrase that opens a clause (« Selon un document accompagnant le décret, »).
_MAX_SOURCE = 14
#: The most words between a speech verb and the start of its reported words.
_MAX_GAP = 16
#: Stems of the verbs of a judgement besides the copula (see :func:`_judgement`).
_JUDGEMENT_STEMS = ("rest", "demeur", "sembl", "paraî", "parai", "constitu", "représent")
#: The most words of a circumstance before a clause-opening source (« Vers 18 h 15, selon X, »).
_MAX_CIRCUMSTANCE = 4
#: A source phrase this short at the end of a sentence closes the clause before it (« … selon X. »).
_SHORT_SOURCE = 7
_BEFORE_INFINITIVE = frozenset({"ne", "n'", "n’", "pas", "plus", "jamais", "rien", "guère", "point"})
_CLITIC_OBJECTS = frozenset(
    {"le", "la", "les", "l'", "l’", "lui", "leur", "y", "en", "se", "s'", "s’", "me", "m'", "te", "nous",
     "vous"}
)  # fmt: skip
#: Words after a comma that open a clause of the writer's own (« …, tandis que … »).
_CLAUSE_BREAKERS = frozenset(
    {"tandis", "alors", "bien", "même", "car", "puis", "lorsque", "quand", "avant", "après"}
)
_INVERTED = ("-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle", "-t-on")
#: The euphonic *t* of « a-t-il », a token of its own for some tokenizers (« a », « -t », « -il »).
_EUPHONIC_T = frozenset({"-t", "-t-"})


def _inverted_part(word: Word) -> bool:
    """Whether ``word`` is an inverted subject clitic or the euphonic *t* before one, written as
    one token (« -t-il ») or two (« -t », « -il »)."""
    text = word.text.lower()
    return text in _EUPHONIC_T or text.startswith(_INVERTED)


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


def _marker(sent: Sentence, clause: Word) -> Word | None:
    """The subordinator that opens ``clause`` ("que", "si", "de"), if it comes before it."""
    for child in sent.children(clause):
        if child.deprel == "mark" and child.start < clause.start:
            return child
    return None


def _speaker_like(sent: Sentence, noun: Word) -> bool:
    """Whether a source phrase's head can be a source: a name, a pronoun, a person, a group,
    an organisation, a medium or a document (« selon la police », « selon elle », « selon un
    rapport »), not a measure or a circumstance (« selon les estimations », « selon leur âge »)."""
    if noun.upos in {"PROPN", "PRON"} or noun.text[:1].isupper():
        return True  # a name, even one the tagger took for a common noun ("le Midi Libre")
    if given_an_age(sent, noun):
        return True  # « pour l'arrière de 31 ans »: someone, whatever the noun
    lemma = noun.lemma.lower()
    return (
        lemma in SOURCE_NOUNS
        or role_of(lemma) is not None
        or lemma in ORGANISATION_NOUNS
        or lemma in GROUP_NOUNS
        or lemma in DOCUMENT_NOUNS
        or lemma in SPEECH_NOUNS
    )


def _verb_like(sent: Sentence, word: Word) -> bool:
    """A verb, or a speech verb's participle right after its auxiliary whatever the tagger said
    of either (« a tweeté que », the participle tagged a name and « a » a verb)."""
    if word.upos == "VERB":
        return True
    if word.upos not in {"NOUN", "ADJ", "PROPN", "X"} or word.index == 0 or not word.text[:1].islower():
        return False
    before = sent[word.index - 1]
    auxiliary = before.upos == "AUX" or before.text.lower() in AUXILIARY_FORMS
    if auxiliary and lemma_of(word.text, word.lemma) in REPORTING_VERBS:
        return True
    # « Le syndicat déplore que … », « Le président juge que … », « Elle juge toutefois que »: a
    # finite speech form the tagger took for a noun or an adjective, before « que » (an adverb
    # between) and after a noun phrase or a subject pronoun
    k = word.index + 1
    if k < len(sent) and sent[k].upos == "ADV" and sent[k].text.lower() not in _NEGATION_WORDS:
        k += 1
    after = sent[k].text.lower() if k < len(sent) else ""
    finite = finite_speech_form(word.text.lower())
    subject = before.upos in {"NOUN", "PROPN", "ADJ"} or before.text.lower() in SUBJECT_PRONOUNS
    # « Une fleuriste, qui n'a pas souhaité donner son nom, juge que »: after a relative aside
    subject = subject or (before.text == "," and _closes_relative_aside(sent, before.index))
    # or before « à » / « de » and an infinitive (« La monarchie absolue demande à être appelée »)
    infinitive = (
        after in INFINITIVE_MARKERS and k + 1 < len(sent) and sent[k + 1].feats.get("VerbForm") == "Inf"
    )
    return finite and (after in QUE_FORMS or infinitive) and subject


def _closes_relative_aside(sent: Sentence, comma: int) -> bool:
    """Whether the comma at ``comma`` closes an aside opened by a comma and a relative pronoun
    (« , qui … , », « , dont … , »), with no other comma between."""
    k = comma - 1
    while k > 0 and sent[k].text != ",":
        k -= 1
    return k > 0 and k + 1 < comma and sent[k + 1].text.lower() in _RELATIVE_OPENERS


#: The lemmas of the verbs that may report a clause: an opinion only with a quotation in its
#: clause (:func:`verb_clause`).
_CLAUSE_LEMMAS = CLAUSE_VERBS | CALL_VERBS | ATTRIBUTE_VERBS | OPINION_VERBS


def _reports(ctx: _Context, sent: Sentence, verb: Word) -> bool:
    """Whether ``verb`` is a speech verb that can report a clause here: not inside a quotation,
    not a passive without agent (« ils sont accusés de … »: the subject is the one spoken of), not
    a reflexive use that is no speech verb (« se proposer de »), not « on dit que » (no source)."""
    if not _verb_like(sent, verb) or ctx.in_quote(verb) or causative_passive(sent, verb):
        return False  # « il s'est fait dire que … »: told, not telling
    lemma = cue_lemma(sent, verb)
    if lemma not in _CLAUSE_LEMMAS:
        return False
    children = sent.children(verb)
    reflexive = any(c.text.lower() in _SE and c.deprel != "nsubj" for c in children if c.start < verb.start)
    # « s'est engagée à » has « être » too, which a parser reads as a passive: not with « se »
    participle = verb.feats.get("VerbForm") == "Part" and verb.feats.get("Tense") == "Past"
    passive = any(c.deprel == "aux:pass" for c in children) or (
        not reflexive
        # an auxiliary stands before its participle: « était » after it is another clause's;
        # a speech verb takes « être » only in the passive, whatever label the parser gave it
        # (« sont invités à consulter »)
        and (any(c.deprel == "nsubj:pass" for c in children) or participle)
        and any(c.upos == "AUX" and c.lemma == "être" and c.index < verb.index for c in children)
    )
    if passive and not any(c.deprel == "obl:agent" for c in children):
        return False
    if reflexive:
        lemma = _with_clitic(lemma)
    if reflexive and not lemma.startswith(("se ", "s'")):
        return False
    if lemma in ATTRIBUTE_VERBS and lemma not in CLAUSE_VERBS and _attribute_at(sent, verb) is None:
        return False
    if _impersonal_frame(sent, verb):
        return False
    return not any(
        c.deprel in {"nsubj", "expl:subj"} and c.text.lower().lstrip("-") == "on" for c in children
    )


def _impersonal_frame(sent: Sentence, verb: Word) -> bool:
    """Whether the speech verb is an infinitive an impersonal phrase governs (« Il faut noter que
    … », « Il est à noter que … », « il convient de rappeler que … »), or one that heads its
    sentence (« À noter que … »): the writer's own voice, which no source speaks."""
    if verb.feats.get("VerbForm") != "Inf":
        return False
    if verb.head < 0:  # « À noter que … »: « à » and the infinitive, no subject
        children = sent.children(verb)
        # « A noter », the capital typed without its accent
        opened = any(c.text.lower() in {"à", "a"} and c.index == verb.index - 1 for c in children)
        return opened and not any(is_subject(c) for c in children)
    governor = sent.words[verb.head]
    if governor.lemma.lower() not in IMPERSONAL_GOVERNORS:
        return False
    if governor.lemma.lower() == "être" and not any(
        c.text.lower() == "à" for c in sent.children(verb) if c.start < verb.start
    ):
        return False  # « Son but est de dire que … » has a subject of its own
    return any(
        c.deprel in {"nsubj", "expl:subj", "expl"} and c.text.lower() in {"il", "-il"}
        for c in sent.children(governor)
    )


def _infinitive_at(sent: Sentence, i: int) -> bool:
    """Whether an infinitive (possibly compound, negated or with clitics, or quoted: « de
    « peser de tout son poids » ») opens at word ``i``."""
    if i < len(sent) and sent[i].text in OPENING_MARKS:
        i += 1
    while i < len(sent) and (
        sent[i].text.lower() in _BEFORE_INFINITIVE
        or (sent[i].upos == "PRON" and sent[i].text.lower() in _CLITIC_OBJECTS)
    ):
        i += 1
    if i >= len(sent):
        return False
    word = sent[i]
    return word.upos in {"VERB", "AUX"} and word.feats.get("VerbForm") == "Inf"


def _in_object(sent: Sentence, verb: Word, word: Word) -> bool:
    """Whether ``word`` belongs to the noun-phrase object of ``verb`` (« a annoncé la mesure que … »)."""
    current = word
    for ancestor in (word, *sent.ancestors(word)):
        if ancestor is verb:
            return current.deprel == "obj"
        current = ancestor
    return False


def _in_oblique(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` sits inside a prepositional phrase (« au « 20 Heures » de TF1 »)."""
    for ancestor in (word, *sent.ancestors(word)):
        if any(c.deprel == "case" for c in sent.children(ancestor)):
            return True
        if ancestor.upos in {"VERB", "AUX"}:
            return False
    return False


def _clause_start(sent: Sentence, verb: Word) -> tuple[int, bool] | None:
    """Where the reported words after ``verb`` begin, and whether they are an infinitive.

    Read from the surface, which survives the parser's slips: after the verb come at most a few
    adverbs, obliques and dates (« a annoncé, dimanche 24 janvier, que », « a demandé à la ministre
    que »), then *que* / *si* / *comment* / *pourquoi*, *de* / *à* + infinitive, or a bare
    infinitive (« a affirmé ne pas être »); right after the verb, an interrogative opens an
    indirect question it stays in (« n'a pas précisé depuis quels pays »). A noun-phrase object
    before them stops the search; an *à* + infinitive after a noun is that noun's (« dans un
    entretien à paraître »), save after a call verb's object.
    """
    if _with_clitic(cue_lemma(sent, verb)) in ATTRIBUTE_VERBS:
        attribute = _attribute_at(sent, verb)
        if attribute is not None:
            return attribute, False  # « s'est dit prêt à discuter »: the attribute is what was said
    verb_lemma = lemma_of(verb.text, verb.lemma)
    call_only = verb_lemma in CALL_VERBS and verb_lemma not in CLAUSE_VERBS
    modifier_end = -1  # the last word of an « à » + infinitive that modifies a noun
    titled_end = -1  # the closing mark of a title in marks after a preposition
    for i in range(verb.index + 1, min(len(sent), verb.index + 1 + _MAX_GAP)):
        word = sent[i]
        low = word.text.lower()
        if i <= titled_end:
            continue
        if low == "«" and sent[i - 1].upos in {"ADP", "DET"} and i - 1 > verb.index:
            # « a assuré au « 20 Heures » de TF1 être prêt »: a title after « au », where it was
            # said, not what was
            titled_end = _closing_mark(sent, i)
            continue
        if call_only:  # « a appelé (les habitants) à rester »: only à + infinitive is reported
            if low == "à" and _infinitive_at(sent, i + 1):
                return i + 1, True
            if word.upos in {"VERB", "AUX", "SCONJ"} or low in {";", ":", ".", "«", "»"}:
                return None
            continue
        if low == "," and i - 1 > verb.index:
            past_aside = _past_addressee_aside(sent, i)
            if past_aside is not None:
                return past_aside  # « a demandé aux habitants, inquiets depuis lundi, de rester »
        if (verb_lemma, word.lemma.lower()) in PHRASAL_CUES:
            continue  # « a fait savoir que »: the noun or verb of the phrase, not the reported words
        if _the_fact_that(sent, i):
            return i + 3, False  # « dénoncent le fait que … »: the clause named as a fact
        before = sent[i - 1].text.lower()
        # "bien que" is concessive at the head of a clause, not in « précise bien que »
        concessive = before in _NOT_REPORTING_QUE and not (before == "bien" and i - 1 == verb.index + 1)
        if low in QUE_FORMS and _restrictive(sent, verb, i):
            return None  # « Ils ne confirment que la mort de 220 civils »: « only », no clause
        if low in QUESTION_WORDS and not (i + 1 < len(sent) and sent[i + 1].text.lower() == "même"):
            # an indirect question keeps its interrogative, and the preposition before it; right
            # after the verb only (adverbs apart): after a noun, « où » is a relative's
            start = i - 1 if i - 1 > verb.index and sent[i - 1].upos == "ADP" else i
            if all(w.upos == "ADV" for w in sent.words[verb.index + 1 : start]):
                return start, False
            return None
        cut = i + 1 < len(sent) and sent[i + 1].text in {"'", "’"}  # « qu'« », « d'« » cut in three
        if low == "qu" and cut and not concessive:
            return i + 2, False  # « précise qu'« … » »: the tokenizer cut « qu » from its apostrophe
        elided_de = low == "d" and cut and i + 3 < len(sent) and sent[i + 2].text in OPENING_MARKS
        if elided_de and _infinitive_at(sent, i + 3):
            return i + 2, True  # « a promis d'« agir vite » et de … »
        if (
            low in CLAUSE_MARKERS
            and not concessive
            and (low not in {"s'", "s’"} or (i + 1 < len(sent) and sent[i + 1].text.lower() in {"il", "ils"}))
        ):
            return i + 1, False
        if i <= modifier_end:
            continue
        noun_before = sent[i - 1].upos == "NOUN" and i - 1 > verb.index
        if low == "à" and noun_before and verb_lemma not in OBJECT_INFINITIVE_VERBS | CALL_VERBS:
            modifier_end = i + 1  # « répond dans un entretien à paraître dimanche »: the noun's
            continue
        if low in INFINITIVE_MARKERS and _infinitive_at(sent, i + 1):
            if before in _ADVERBIAL_BEFORE_DE:
                return None  # « a-t-il déclaré, avant de regretter … »: when, not what was said
            return i + 1, True
        if _infinitive_at(sent, i) and low not in INFINITIVE_MARKERS:
            # « a dit « prendre acte » de la sanction »: the clause opens on the quote's mark
            if i - 1 > verb.index and sent[i - 1].upos == "ADP" and before not in INFINITIVE_MARKERS:
                return None  # « jugé pour avoir frappé », « sans avoir dit »: the preposition's
            return i, True
        if word.upos in {"VERB", "AUX", "SCONJ", "CCONJ"} or low in {";", ":", ".", "«", "»"}:
            return None
        name_part = word.upos == "X" and word.text[:1].isupper()  # « au juge Renaud Van Ruymbeke »
        if (
            word.upos not in {"ADV", "PUNCT", "ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON"}
            and not name_part
        ):
            return None
        addressee = lemma_of(verb.text, verb.lemma) in OBJECT_INFINITIVE_VERBS  # « accuse X de … »
        # « la veille »: a time noun and its article
        timed = low in TIME_WORDS or (
            word.upos == "DET" and word.head >= 0 and sent[word.head].text.lower() in TIME_WORDS
        )
        in_object = _in_object(sent, verb, word) and word.upos != "PRON"
        if in_object and not timed and not addressee:
            return None
        bare = word.upos == "NOUN" and not any(c.deprel == "case" for c in sent.children(word))
        if bare and not timed and not addressee and not _in_oblique(sent, word):
            return None  # « sans cacher la déception de … »: a noun phrase of its own
    return None


def _past_addressee_aside(sent: Sentence, comma: int) -> tuple[int, bool] | None:
    """Where the reported words begin past an aside set off by commas after a speech verb's
    addressee or oblique (« a demandé à une commission, composée de cinq prélats et présidée par
    l'archevêque, d'enquêter sur … »): the aside holds no finite verb and no subordinating
    conjunction, and *que* / *si*, or *de* / *à* and an infinitive, follow its closing comma at
    once; ``None`` otherwise."""
    for k in range(comma + 1, min(len(sent), comma + 1 + _MAX_ASIDE)):
        word = sent[k]
        if word.text == ",":
            if k == comma + 1 or k + 1 >= len(sent):
                return None
            after = sent[k + 1].text.lower()
            if after in QUE_FORMS or after == "si":
                return k + 2, False
            if after in INFINITIVE_MARKERS and _infinitive_at(sent, k + 2):
                return k + 2, True
            return None
        if word.upos == "SCONJ" or word.feats.get("VerbForm") == "Fin" or word.text in {":", ";", "«", "»"}:
            return None
    return None


#: The most words of an aside set off by commas after an addressee (« à une commission,
#: composée de cinq prélats et présidée par l'archevêque Silvano Tomasi, d'enquêter »).
_MAX_ASIDE = 14

#: Words that make « de » + infinitive an adverbial of the clause, not what its verb reports:
#: « avant de », « afin de », « au lieu de », « loin de », « plutôt que de ».
_ADVERBIAL_BEFORE_DE = frozenset({"avant", "afin", "lieu", "loin", "faute", "plutôt"})

#: The most words of a title in marks (« au « 20 Heures » de TF1 »).
_MAX_TITLE = 6


def _closing_mark(sent: Sentence, opening: int) -> int:
    """The index of the » closing a short title opened at ``opening``, or ``len(sent)`` when it
    is not closed within :data:`_MAX_TITLE` words (then no clause follows)."""
    for j in range(opening + 1, min(len(sent), opening + 2 + _MAX_TITLE)):
        if sent[j].text == "»":
            return j
    return len(sent)


def _the_fact_that(sent: Sentence, i: int) -> bool:
    """Whether « le fait que » starts at word ``i``: a clause made a noun, what a speech verb
    before it reports (« Les écologistes dénoncent le fait que rien n'ait été fait »)."""
    words = [w.text.lower() for w in sent.words[i : i + 3]]
    return len(words) == 3 and words[0] == "le" and words[1] == "fait" and words[2] in QUE_FORMS


def _with_clitic(lemma: str) -> str:
    """The reflexive lemma of an attribute verb whose clitic stands before its auxiliary, which
    :func:`cue_lemma` does not see (« s'est déclarée » → « se déclarer »); other lemmas as given."""
    for reflexive in (f"se {lemma}", f"s'{lemma}"):
        if reflexive in ATTRIBUTE_VERBS:
            return reflexive
    return lemma


def _attribute_at(sent: Sentence, verb: Word) -> int | None:
    """Where the attribute after « s'est dit » begins (« s'est dit très inquiet »), if an adjective
    or a past participle follows the verb, across adverbs."""
    for i in range(verb.index + 1, min(len(sent), verb.index + 4)):
        word = sent[i]
        if word.upos == "ADV":
            continue
        participle = word.upos == "VERB" and word.feats.get("VerbForm") == "Part"
        if word.text[:1].isupper():
            return None  # « a déclaré Dmitri Peskov », « Dmitri » tagged an adjective: a name
        if word.upos == "ADJ" or (participle and not word.text.lower().endswith("ant")):
            return verb.index + 1
        return None
    return None


def _restrictive(sent: Sentence, verb: Word, que: int) -> bool:
    """Whether the « que » at word ``que`` answers a « ne » before ``verb`` with no other negation
    word between (« ne … que », *only*): « il n'a confirmé que trois morts » reports no clause,
    « il n'a pas dit que … » does."""
    before = sent.words[max(0, verb.index - 4) : verb.index]
    ne = [w.index for w in before if w.text.lower() in {"ne", "n'", "n’"}]
    if not ne:
        return False
    between = sent.words[ne[-1] : que]
    if any(w.text.lower() in QUE_FORMS for w in between):
        return False  # « il ne fait que répéter que … »: the « ne … que » closed before the verb
    return not any(w.text.lower() in _NEGATION_WORDS for w in between)


def _compound(sent: Sentence, word: Word) -> bool:
    return word.feats.get("VerbForm") == "Part" and any(
        c.upos == "AUX" and c.deprel.startswith("aux") for c in sent.children(word)
    )


def _same_tense_coordinate(sent: Sentence, verb: Word, word: Word, clause: Sequence[Word]) -> bool:
    """« X a déclaré que Trump « ne comprend pas » et a exprimé … », « a affirmé que … et rendu
    hommage »: a past participle with no subject of its own, after a compound speech verb, while
    the clause itself is in another tense, continues the speech verb, not the clause. Not a
    participle with an auxiliary of its own (« que le budget, …, serait maintenu »: the clause's
    verb), nor one the parse hangs on a noun of the clause (« qu'une journée, baptisée « … »,
    aurait lieu »: an apposition between commas)."""
    if word.upos != "VERB" or word.feats.get("VerbForm") != "Part" or not _compound(sent, verb):
        return False
    if any(c.deprel in {"nsubj", "nsubj:pass", "expl:subj"} for c in sent.children(word)):
        return False
    if any(c.deprel.startswith("aux") for c in sent.children(word)):
        return False
    if word.deprel == "acl" and any(w.index == word.head for w in clause):
        return False
    return not any(_compound(sent, w) or w.feats.get("VerbForm") == "Part" for w in clause)


#: At most this many words of a subject between a coordinator and its speech verb.
_OTHER_SUBJECT_WORDS = 4


def _other_speaker_after(sent: Sentence, i: int) -> bool:
    """Whether a clause of its own starts at word ``i`` (after « et », « mais » or a comma): a
    subject, then a finite speech verb whose subject it is (« …, mais les syndicats affirment le
    contraire »). Such a clause reports someone else's words; it is never part of the first
    speaker's (a clause of theirs would repeat « que »)."""
    subject: list[Word] = []
    j = i
    while j < len(sent) and sent[j].upos in {"DET", "NOUN", "PROPN", "ADJ", "PRON"}:
        subject.append(sent[j])
        j += 1
        if len(subject) > _OTHER_SUBJECT_WORDS:
            return False
    if not subject or j >= len(sent) or sent[j].upos != "VERB" or sent[j].feats.get("VerbForm") != "Fin":
        return False
    verb = sent[j]
    said = lemma_of(verb.text, verb.lemma) in REPORTING_VERBS
    return said and any(w.head == verb.index and w.deprel in {"nsubj", "nsubj:pass"} for w in subject)


def _ends_clause(ctx: _Context, sent: Sentence, i: int, verb: Word, clause: Sequence[Word] = ()) -> bool:
    """Whether word ``i`` ends a reported clause (it is not part of it)."""
    word = sent[i]
    low = word.text.lower()
    if low in {";", ":"}:
        return True
    if low in {"et", "mais", ","}:
        j = i + 1
        while j < len(sent) and sent[j].upos in {"AUX", "ADV"}:
            j += 1
        if (
            j < len(sent)
            and sent[j].head == verb.index
            and sent[j].deprel == "conj"
            and sent[j].upos == "VERB"
        ):
            return True  # « a déclaré que … et a exprimé … »: the speech verb's own coordinate
        if low != "," and j < len(sent) and _same_tense_coordinate(sent, verb, sent[j], clause):
            # after a bare comma, a participle is set off on the noun before it (« ce bombardement,
            # survenu quelques jours plus tôt, »): French joins a second participle with « et »
            return True
        if j < len(sent) and coordinated_main_verb(sent, sent[j]) is verb:
            return True  # « … n'était prévue et a qualifié … »: the parse hung it inside
        if _other_speaker_after(sent, i + 1):
            return True  # « …, mais les syndicats affirment le contraire »: another's words
    following = sent[i + 1] if i + 1 < len(sent) else None
    if low == "," and following is not None:
        nxt = following.text.lower()
        if nxt in _CLAUSE_BREAKERS or nxt in SOURCE_PREPOSITIONS or nxt in {"d'", "d’"}:
            return True
        if (
            following.upos == "VERB"
            and following.feats.get("VerbForm") == "Part"
            and following.text.endswith("ant")
        ):
            return True  # « …, ajoutant que … »
        if nxt == "tout" and i + 3 < len(sent) and _opens_gerund(sent, i + 2):
            return True  # « …, tout en jugeant … »: the main clause's subject's gerund
        if _inverted_verb(sent, i + 1):
            return True  # « …, a-t-il ajouté »
        if nxt == "comme" and aside_verb(sent, following) is not None:
            return True  # « …, comme l'a rappelé le maire »: an aside on the clause, not in it
        if following.upos in {"AUX", "VERB"} and _in_relative(sent, verb):
            return True  # « X, dont l'avocat a affirmé qu'il …, a été entendu »: the main clause
    if _opens_gerund(sent, i):
        return True  # « … en accusant … »
    return low in SOURCE_PREPOSITIONS and len(sent) - i <= _SHORT_SOURCE  # « … selon I-Télé. »


def _opens_gerund(sent: Sentence, i: int) -> bool:
    """Whether word ``i`` is the « en » of a gerund (« en accusant »), whatever the tag of the
    participle after it (a parser reads « tout en jugeant » as a fixed adverb)."""
    if sent[i].text.lower() != "en" or i + 1 >= len(sent):
        return False
    following = sent[i + 1]
    return following.text.endswith("ant") and following.upos in {"VERB", "AUX"}


def _may_speak(words: str) -> bool:
    """Whether an incise's inverted subject can name a source: a name or pronoun (a capital, a
    clitic « -t-il »), or a phrase whose head noun can (:func:`~quoteattr.attribute.vet.source_noun`:
    « a affirmé le ministre », « a indiqué le communiqué »). A noun of a thing is the verb's
    object, which a parser may leave after a misread clause (« …, a jugé le résultat « injuste » »)."""
    if any(w[:1].isupper() or "-" in w for w in words.split()):
        return True
    head = head_noun(words)
    return head is None or source_noun(head)


#: Words that open a relative clause after a comma: « Paul Roux, qui dirige l'enquête, ».
_RELATIVE_OPENERS = frozenset(
    {"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"}
)


def _outside_relatives(words: Sequence[Word]) -> list[Word]:
    """``words`` without those of a relative clause set off by commas (« Paul Roux, qui dirige
    l'enquête, »): its verb is the subject's description, not a clause's own verb."""
    kept: list[Word] = []
    inside = False
    for k, word in enumerate(words):
        if word.text == ",":
            after = words[k + 1].text.lower() if k + 1 < len(words) else ""
            inside = after in _RELATIVE_OPENERS
        elif not inside:
            kept.append(word)
    return kept


def _in_relative(sent: Sentence, verb: Word) -> bool:
    """Whether the speech verb sits in a relative clause set off by commas (« X, dont l'avocat a
    affirmé …, », « X, qui a assuré …, »): the sentence's own verb comes after its closing comma."""
    for word in reversed(sent.words[: verb.index]):
        if word.text in {".", ";", ":", "«", "»"}:
            return False
        if word.text.lower() in {"dont", "qui"}:
            return word.index > 0 and sent[word.index - 1].text == ","
    return False


def _split_at(sent: Sentence, i: int, infinitive: bool) -> int | None:
    """Where a coordinated clause opens at word ``i`` (« et que … », « , de … »), or ``None``."""
    low = sent[i].text.lower()
    if low not in {"et", "mais", "ou", ","} and not (
        low == "que" and i > 0 and sent[i - 1].text.lower() == "ainsi"
    ):
        return None
    j = i + 1
    if j < len(sent) and sent[j].text.lower() == "ainsi":
        j += 1
    if j < len(sent) and sent[j].text.lower() == "que" and infinitive:
        j += 1
    if j >= len(sent):
        return None
    nxt = sent[j].text.lower()
    if not infinitive and nxt in QUE_FORMS:
        return j + 1
    if infinitive and nxt in INFINITIVE_MARKERS and _infinitive_at(sent, j + 1):
        return j + 1
    return None


def _clauses(ctx: _Context, sent: Sentence, verb: Word, start: int, infinitive: bool) -> list[list[Word]]:
    """The reported clause(s) from word ``start`` on: to the end of the sentence or the first
    boundary outside quotation marks, cut in two at a coordinated *que* / *de*."""
    out: list[list[Word]] = [[]]
    i = start
    while i < len(sent):
        word = sent[i]
        if not ctx.in_quote(word):
            if _ends_clause(ctx, sent, i, verb, out[-1]):
                break
            split = _split_at(sent, i, infinitive)
            if split is not None:
                out.append([])
                i = split
                continue
        out[-1].append(word)
        i += 1
    return [words for words in out if words]


def verb_clause(ctx: _Context, index: int) -> list[Found]:
    """X a déclaré que … / n'a pas précisé si … / a affirmé être … / a demandé à Y de …"""
    sent = ctx.doc.sentences[index]
    found: list[Found] = []
    for verb in sent:
        if not _reports(ctx, sent, verb):
            continue
        located = _clause_start(sent, verb)
        if located is None:
            continue
        start, infinitive = located
        for words in _clauses(ctx, sent, verb, start, infinitive):
            if verb.deprel == "acl" and not present_of_second_group(verb):
                # « un communiqué indiquant que … a été publié »: the clause
                last = max(w.index for w in sent.subtree(verb))  # ends with the noun's phrase
                words = [w for w in words if w.index <= last]
            span = _span_of(ctx, words)
            if span is None or ctx.wholly_quoted(span):
                continue
            if cue_lemma(sent, verb) in OPINION_VERBS and not _holds_a_quote(ctx, span):
                # « Un élu pense que sa démission serait mal choisie « s'il … » »: the marks say
                # the opinion was voiced; without them it is a thought (GUIDELINES.md)
                continue
            site = ctx.site(span)
            attribution = governing_verb(site)
            if (
                attribution is None
                or attribution.cue_span is None
                or attribution.cue_span.start != verb.start
            ):
                # the parser hung the clause elsewhere (« X, le ministre, a annoncé, dimanche, que … »
                # parsed as a relative clause): the words say it is the verb's, so is the source
                attribution = _verb_attribution(site, index, verb)
            found.append(Found(index, span, "indirect_verb", attribution))
    return found


def _holds_a_quote(ctx: _Context, span: Span) -> bool:
    """Whether a quotation in marks lies within ``span``."""
    return any(span.start <= q.start and q.end <= span.end for q in ctx.quotes)


def _verb_attribution(site: QuoteSite, index: int, verb: Word) -> Attribution:
    """The cue and source of ``verb`` for a clause the parse does not hang on it: the verb's
    subject, found by the same function the quote rules use."""
    sent = site.sentence(index)
    mention = speaker_of_verb(site, index, verb, inverted=False)
    return Attribution(
        rule="reporting_verb",
        confidence=0.85 if mention is not None else 0.4,
        cue=cue_lemma(sent, verb),
        cue_span=verb.span.with_source(site.doc.text),
        mention=mention,
        frame="verb",
    )


def _inverted_verb(sent: Sentence, i: int) -> Word | None:
    """The speech verb of an incise opening at word ``i``: "a-t-il dit", "affirme X"."""
    first = i
    while i < len(sent) and (sent[i].upos == "AUX" or _inverted_part(sent[i])):
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
    elif (
        not (verb.upos == "VERB" or _verb_like(sent, verb))
        or lemma_of(verb.text, verb.lemma) not in REPORTING_VERBS
    ):
        return None
    if verb.feats.get("VerbForm") == "Part" and i == first:
        return None  # « …, déclaré cette décision »: a participle whose auxiliary came before
    clitic = any(w.text.lower().startswith(_INVERTED) for w in sent.words[first : i + 3])
    for c in sent.children(verb):
        if clitic or c.deprel not in {"nsubj", "expl:subj"} or c.start >= verb.start or c.index >= first:
            continue  # with its clitic subject, a subject the parser gave it before the incise is none
        # « Les enquêteurs privilégient la piste, a précisé le procureur »: a subject with a
        # finite verb of its own before the incise belongs to that clause, not to the incise
        own_verb = any(
            w.upos in {"VERB", "AUX"} and w.feats.get("VerbForm") == "Fin"
            for w in _outside_relatives(sent.words[c.index + 1 : first])
        )
        if not own_verb and not _object_of_verb_before(sent, c):
            return None
    after = [w for w in sent.words[i + 1 : i + 3] if w.upos != "ADV"]
    named = bool(after) and after[0].upos in {"DET", "PROPN", "NOUN"}
    return verb if clitic or named else None


def _object_of_verb_before(sent: Sentence, noun: Word) -> bool:
    """Whether ``noun`` follows a finite verb in its own clause (no conjunction, relative or
    comma between): that verb's object, whatever the parser made it (« Des ouvriers ont découvert
    les restes d'un dinosaure, a annoncé le muséum »: not the subject of « annoncé »; « Elle a
    indiqué que le chauffeur … » opens a clause of its own)."""
    for word in reversed(sent.words[: noun.index]):
        if word.upos in {"SCONJ", "PRON"} or word.text in {",", ";", ":"} or word.text.lower() in QUE_FORMS:
            return False
        if word.upos in {"VERB", "AUX"} and word.feats.get("VerbForm") == "Fin":
            return True
    return False


def _finite(sent: Sentence, word: Word) -> bool:
    """A finite verb, or one the tagger took for a participle though a subject stands before it
    (« Philippe Darnaud, …, fait l'objet d'une plainte, a confirmé le parquet »: « fait » read
    as the participle): a participle takes no subject of its own."""
    if word.feats.get("VerbForm") == "Fin":
        return True
    return (
        word.upos in {"VERB", "AUX"}
        and word.feats.get("VerbForm") == "Part"
        and any(
            c.deprel in {"nsubj", "nsubj:pass"} and c.start < word.start and c.upos in {"NOUN", "PROPN"}
            for c in sent.children(word)
        )
    )


def incise_clause(ctx: _Context, index: int) -> list[Found]:
    """« Le projet sera abandonné, a-t-il dit » / « Trois écoles ont été touchées, a affirmé l'ONU. »
    / « Les effectifs vont augmenter assure le ministre. » (no comma: the speech verb and its
    subject close the sentence after a clause of its own)."""
    sent = ctx.doc.sentences[index]
    for word in sent:
        if word.index < 1 or ctx.in_quote(word):
            continue
        if word.text == ",":
            verb = _inverted_verb(sent, word.index + 1)
        elif sent[word.index - 1].text != "," and _closing_incise(sent, word):
            verb = word
        else:
            continue
        if verb is None or _after_comme(sent, verb):
            continue  # « …, comme le souligne X »: an aside, read by comme_clause
        before = sent.words[: word.index]
        reported = _after_colon(ctx, before)
        if not any(_finite(sent, w) and not ctx.in_quote(w) for w in _outside_relatives(reported)):
            # « Derrière la banderole, la déléguée, a dénoncé … », « Paul Roux, qui dirige
            # l'enquête, a décrit une scène »: a subject, no clause; unless the incise splits
            # the reported words (« Cette aide, a-t-elle ajouté, transitera par l'UA »)
            return _split_by_incise(ctx, index, reported, verb)
        span = _span_of(ctx, before)
        if span is None or ctx.wholly_quoted(span) or len(before) < 3:
            return []
        topic_span = _span_of(ctx, reported)
        if reported is not before and (topic_span is None or ctx.wholly_quoted(topic_span, reported)):
            return []  # « Réforme des retraites : « … », prévient X »: a headline's topic and a quote
        attribution = incise_after(ctx.site(span))
        if attribution is None or attribution.cue_span is None or attribution.cue_span.start != verb.start:
            return []
        if attribution.mention is not None and not _may_speak(attribution.mention.span.text_in(ctx.doc.text)):
            return []  # « …, a jugé le résultat « injuste » »: the verb's object, no speaker
        return [Found(index, span, "indirect_incise", attribution)]
    return []


#: At most this many words between an incise's verb and the comma that closes the incise: its
#: inverted subject (« a déclaré le ministre de la Santé, »).
_INCISE_SUBJECT_WORDS = 8


def _split_by_incise(ctx: _Context, index: int, opening: Sequence[Word], verb: Word) -> list[Found]:
    """« Cette aide, a-t-elle ajouté, transitera par l'Union africaine »: an incise set off by
    commas inside unmarked reported words, after a phrase with no verb of its own (a subject, a
    date) and before the rest of the clause. The reported clause is the longest unbroken part
    (the guidelines' rule); the source is the incise's. A verb of its own in the opening words
    makes it no split clause (« Paul Roux, qui …, a décrit une scène, puis … » is read elsewhere).
    """
    sent = ctx.doc.sentences[index]
    if not opening or any(w.upos in {"VERB", "AUX"} or ctx.in_quote(w) for w in opening):
        return []
    reach = sent.words[verb.index + 1 : verb.index + 2 + _INCISE_SUBJECT_WORDS]
    closing = next((w for w in reach if w.text == ","), None)
    if closing is None or any(w.upos in {"VERB", "AUX"} for w in reach if w.start < closing.start):
        return []
    rest = sent.words[closing.index + 1 :]
    if not any(w.upos in {"VERB", "AUX"} and not ctx.in_quote(w) for w in rest):
        return []
    first, last = _span_of(ctx, opening), _span_of(ctx, rest)
    if first is None or last is None or ctx.wholly_quoted(last, rest):
        return []
    attribution = incise_after(ctx.site(first))
    if attribution is None or attribution.cue_span is None or attribution.cue_span.start != verb.start:
        return []
    if attribution.mention is not None and not _may_speak(attribution.mention.span.text_in(ctx.doc.text)):
        return []
    longest = last if last.end - last.start >= first.end - first.start else first
    return [Found(index, longest, "indirect_incise", attribution)]


def cleft_clause(ctx: _Context, index: int) -> list[Found]:
    """« Le projet sera abandonné. C'est ce qu'a annoncé lundi le maire. »: the cleft *c'est ce
    que* + a speech verb right after a sentence takes that whole sentence as what was said
    (:func:`~quoteattr.attribute.echo.cleft_after` reads the cleft, as for a quote before it); a
    verb of thought or perception (« c'est ce qu'a constaté X ») reports no words."""
    sent = ctx.doc.sentences[index]
    words = list(sent.words)
    while words and words[-1].upos == "PUNCT" and words[-1].text not in _CLOSERS:
        words.pop()
    span = _span_of(ctx, words)
    if span is None or ctx.wholly_quoted(span, words):
        return []
    if not any(w.feats.get("VerbForm") == "Fin" and not ctx.in_quote(w) for w in words):
        return []  # a title or a list, no clause
    attribution = cleft_after(ctx.doc.text, span.end)
    if attribution is None or attribution.cue not in CLAUSE_VERBS:
        return []
    return [Found(index, span, "indirect_cleft", attribution)]


def comme_clause(ctx: _Context, index: int) -> list[Found]:
    """« Comme l'a rappelé le procureur, **l'enquête ne fait que commencer** »: an aside on
    *comme* whose speech verb takes up the clause it is set in (the neuter « l' » or « le ») and
    has its subject after it says whose words the rest of the sentence reports. The aside opens
    the sentence or follows a comma; the reported words are the longest unbroken part of the
    sentence outside it (as for an incise), a part with a verb of its own outside any quotation
    and not wholly one quotation. The source is read as for a quote beside such an aside
    (:func:`~quoteattr.attribute.rules.prepositions.comme_aside`): not when the sentence has
    another speech verb (« X a dit que …, comme l'a rappelé Y » is X's), nor when the subject
    cannot speak (« comme l'indique son nom »)."""
    sent = ctx.doc.sentences[index]
    words = sent.words
    for comme in words:
        if comme.text.lower() != "comme" or ctx.in_quote(comme):
            continue
        opens = all(w.upos == "PUNCT" for w in words[: comme.index])
        if not opens and words[comme.index - 1].text != ",":
            continue
        verb = aside_verb(sent, comme)
        if verb is None or not any(
            w.text.lower() in _ASIDE_CLITIC_OBJECTS for w in words[comme.index : verb.index]
        ):
            continue
        end = next((w.index for w in words[verb.index + 1 :] if w.text in ASIDE_END), len(words))
        parts = [
            [w for w in part if w.text not in {",", "."}] for part in (words[: comme.index], words[end:])
        ]
        reported = max(parts, key=len)
        if not any(w.upos in {"VERB", "AUX"} and not ctx.in_quote(w) for w in reported):
            continue
        span = _span_of(ctx, reported)
        if span is None or len(reported) < 3 or ctx.wholly_quoted(span, reported):
            continue
        attribution = comme_aside(ctx.site(span))
        if attribution is None or attribution.cue_span is None or attribution.cue_span.start != verb.start:
            continue
        return [Found(index, span, "indirect_comme", attribution)]
    return []


def _after_comme(sent: Sentence, verb: Word) -> bool:
    """Whether ``verb`` follows « comme » with only a clitic or auxiliaries between them."""
    for word in reversed(sent.words[: verb.index]):
        low = word.text.lower()
        if low == "comme":
            return True
        if low not in _ASIDE_CLITIC_OBJECTS and low not in AUXILIARY_FORMS:
            return False
    return False


#: The neuter clitic that makes « comme » + a speech verb an aside on the clause around it.
_ASIDE_CLITIC_OBJECTS = frozenset({"l'", "l’", "le"})


def _after_colon(ctx: _Context, words: Sequence[Word]) -> Sequence[Word]:
    """The words after the last colon outside any quotation, or ``words`` when there is none."""
    colons = [k for k, w in enumerate(words) if w.text == ":" and not ctx.in_quote(w)]
    return words[colons[-1] + 1 :] if colons else words


def _closing_incise(sent: Sentence, verb: Word) -> bool:
    """« … assure Christophe Castaner. »: a speech verb whose subject follows it and ends the
    sentence, after words that hold a finite verb of their own."""
    if verb.upos != "VERB" or verb.feats.get("VerbForm") != "Fin":
        return False
    if lemma_of(verb.text, verb.lemma) not in REPORTING_VERBS or _inverted_verb(sent, verb.index) is None:
        return False
    subjects = [c for c in sent.children(verb) if c.deprel in {"nsubj", "expl:subj"}]
    if not subjects or any(c.start < verb.start for c in subjects):
        return False
    tail = [
        w for w in sent.words if w.start > verb.start and w.index not in _subtree_indices(sent, subjects[0])
    ]
    if any(w.upos != "PUNCT" for w in tail):
        return False
    return any(
        w.upos in {"VERB", "AUX"} and w.feats.get("VerbForm") == "Fin" for w in sent.words[: verb.index]
    )


def _subtree_indices(sent: Sentence, word: Word) -> frozenset[int]:
    return frozenset(w.index for w in sent.subtree(word))


_LOCUTION_HEADS = frozenset(locution[0] for locution in SOURCE_LOCUTIONS)


def _source_word(sent: Sentence, lowered: Sequence[str], position: int) -> tuple[int, int] | None:
    """Where a source preposition or locution begins and ends (word indices), at ``position``;
    ``lowered`` holds the sentence's words lowercased, apostrophes as '."""
    low = lowered[position]
    if low in SOURCE_PREPOSITIONS:
        return position, position
    if low == "après" and position > 0 and sent[position - 1].text.lower() in {"d'", "d’"}:
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
    the sentence: « Mais », « Ainsi, », « Vers 18 h 15, », « Dimanche, »; not a subject."""
    return len(words) <= _MAX_CIRCUMSTANCE and all(
        w.upos in {"ADV", "CCONJ", "PUNCT", "ADP", "NUM"}
        or w.text.lower() in TIME_WORDS
        or any(c.isdigit() for c in w.text)
        for w in words
    )


def _trailing_at(ctx: _Context, sent: Sentence, lowered: Sequence[str], comma: Word) -> bool:
    """Whether ``comma`` opens a source that ends its sentence (« …, selon la préfecture. »)."""
    if comma.text != "," or ctx.in_quote(comma) or comma.index + 1 >= len(sent):
        return False
    located = _source_word(sent, lowered, comma.index + 1)
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
        and (located := _source_word(sent, lowered, w.index)) is not None
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
        # « selon le rapport publié jeudi »: a participle on the source noun is part of the phrase
        describing = (
            w.upos == "VERB"
            and w.deprel in {"acl", "amod"}
            and w.feats.get("VerbForm") == "Part"
            and w.feats.get("Tense") != "Pres"
            and last <= w.head <= end
        )
        if w.upos in {"VERB", "AUX"} and not describing:
            break
        if _new_phrase(sent, w, end):
            break  # « aurait fait selon les secours trois blessés »: the verb's object, not theirs
        end = w.index
    return end


def _new_phrase(sent: Sentence, word: Word, end: int) -> bool:
    """Whether ``word``, right after the source phrase's last word ``end``, opens a noun phrase
    of its own: an article or a number straight after a noun, with no preposition to hang it on
    the noun (a date goes on: « le rapport publié jeudi 12 mars »)."""
    before = sent[end]
    if before.upos not in {"NOUN", "PROPN", "ADJ"} or before.text.lower() in TIME_WORDS:
        return False
    if word.upos == "DET":
        return word.text.lower() not in {"du", "des", "au", "aux"}
    dated = word.index + 1 < len(sent) and sent[word.index + 1].text.lower() in TIME_WORDS
    return word.upos == "NUM" and not dated


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
        return attribution  # « Selon le secrétaire général, Ban Ki-moon, … »: the name apposed
    cut = attrs.evolve(
        mention,
        span=Span(mention.span.start, limit, source=mention.span.source),
        words=tuple(i for i in mention.words if i <= end),
        conjuncts=tuple(c for c in mention.conjuncts if c.end <= limit),
    )
    return attrs.evolve(attribution, mention=cut)


def _count_past_comma(sent: Sentence, end: int) -> bool:
    """Whether a figure follows the comma after the source phrase's last word ``end``: the next
    count of a list, another source's (« 13 500 selon la police, 100 000 selon les
    organisateurs »), never an apposition to this one."""
    return end + 2 < len(sent) and sent[end + 1].text == "," and sent[end + 2].text[:1].isdigit()


def _subject_past_comma(sent: Sentence, mention: Mention, end: int) -> bool:
    """Whether ``mention`` runs past the comma after the source phrase's last word ``end`` to a
    name a verb follows: the clause's subject (« Selon la commission, Alain Guérin a pénétré … »),
    not a name apposed to the source, which a comma closes (« Selon le secrétaire général, Ban
    Ki-moon, il s'agit … »)."""
    if sent[end + 1].text != "," or not mention.words:
        return False
    after = max(mention.words) + 1
    return after < len(sent) and sent[after].upos in {"VERB", "AUX"}


#: At most this many words in a count scoped by its source (« 13 500 à 14 000 personnes »).
_COUNT_WORDS = 6
#: Words that may open a count: « plus de 3 000 », « environ 200 », « près de 50 ».
_COUNT_OPENERS = frozenset({"plus", "moins", "environ", "près", "quelque", "au"})


def _count_before(sent: Sentence, first: int) -> list[Word] | None:
    """The count right before a source preposition, set off by a comma before it (« …, 13 500 à
    14 000 personnes selon la police, 100 000 selon les organisateurs »): a figure each source
    gives, its own reported words; ``None`` when the words before are no count."""
    k = first - 1
    found: list[Word] = []
    while k >= 0 and sent[k].text not in {",", ";", ":", "(", "«", "»", "—"}:
        found.insert(0, sent[k])
        k -= 1
    if not found or len(found) > _COUNT_WORDS or k < 0 or sent[k].text != ",":
        return None
    # a figure, whatever its tag (« 13 500 » is tagged a determiner), and no verb
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
    capitalised word the tagger did not take for a noun (a foreign name tagged X)."""
    head = next((w for w in sent.words[last + 1 : end + 1] if w.text[:1].isupper()), None)
    if head is None or head.upos not in {"X", "PROPN", "NOUN", "ADJ"}:
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
    (« 100 000 selon les organisateurs »)."""
    inside = range(last + 1, end + 1)
    head = next(
        (w for w in sent.words[last + 1 : end + 1] if w.upos in {"NOUN", "PROPN"} and w.head not in inside),
        None,
    )
    cue = SOURCE_PREPOSITIONS.get(lowered[last])
    if head is None or cue is None:
        return None
    return _preposition_source(ctx, index, head, cue, sent[first])


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


#: Endings of a past participle (« cité », « interrogée », « joints », « pris »).
_PARTICIPLE_ENDINGS = (
    "é",
    "ée",
    "és",
    "ées",
    "i",
    "ie",
    "is",
    "ies",
    "u",
    "ue",
    "us",
    "ues",
    "t",
    "te",
    "ts",
    "tes",
)


def _past_apposition(ctx: _Context, words: Sequence[Word]) -> list[Word]:
    """``words`` (from the comma after a source) without what is said of the source between two
    commas: a relative (« Selon l'AFP, qui cite des sources sécuritaires, … »), a bare role
    (« Selon Jean Dupont, maire de la commune, … », « …, l'un des enquêteurs, … »), the
    source's name (« Pour le délégué du parti, Arnaud Roux, … ») or a past participle said of it
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
    named = inset[0].upos == "PROPN" and all(w.upos == "PROPN" or w.text[:1].isupper() for w in inset)
    # « Selon Paul Roux, interrogé par l'AFP, … »: a past participle said of the source, or a
    # word before its agent « par » (« cité par Reuters », whatever the tagger made of « cité »)
    described = (inset[0].feats.get("VerbForm") == "Part" and inset[0].feats.get("Tense") == "Past") or (
        len(inset) > 1
        and inset[1].text.lower() == "par"
        and inset[0].text.lower().endswith(_PARTICIPLE_ENDINGS)
    )
    if not (bare_role or one_of or relative or named or described):
        return words
    return words[commas[1] :]


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


def source_clause(ctx: _Context, index: int) -> list[Found]:
    """Selon X, … / …, selon X. / Pour X, … / d'après X, … / de l'avis de X, …"""
    sent = ctx.doc.sentences[index]
    words = sent.words
    lowered = [w.text.lower().replace("’", "'") for w in words]
    counts: list[Found] = []
    for word in words:
        located = _source_word(sent, lowered, word.index)
        if located is None or ctx.in_quote(word):
            continue
        first, last = located
        if last + 1 < len(words) and words[last + 1].text.lower() in _RELATIVES:
            continue  # "selon laquelle": a noun cue
        if in_keeping_with(sent, words[last]):
            continue  # « selon les critères X », « diffère selon les facultés »: no source
        # « Le maire est catégorique : selon lui, … »: a colon or a semicolon ends the clause before
        breaks = [k for k, w in enumerate(words[:first]) if w.text in {":", ";"} and not ctx.in_quote(w)]
        before = list(words[breaks[-1] + 1 if breaks else 0 : first])
        opener = _circumstance(before)
        split = segment = False
        end = _source_extent(sent, last)
        if opener:  # « Selon un document accompagnant le décret, … »: the source runs to the comma
            end = _comma_after(ctx, sent, last, end)
        if end == last:
            continue
        after = list(words[end + 1 :])
        comma_after = bool(after) and after[0].text == ","
        # nothing after the source but punctuation, or an apposition to it (« …, selon Paul James,
        # ambassadeur en Pologne. »)
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
            # « …, 13 500 personnes selon la police, 100 000 selon les organisateurs, … »: each
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
        elif opener and comma_after:
            # « Selon X, « … », alors que … »: the writer's own clause is not X's
            clause = probe = _before_breaker(ctx, after)
            if not _apposed_quote(ctx, clause):  # « Selon X, chercheuse, « … » » is the quote alone
                clause = probe = _before_breaker(ctx, _past_apposition(ctx, after))
            trailing = _trailing_source(ctx, sent, lowered, clause)
            if trailing is not None:  # « Selon X, A, B, selon Y. »: B is Y's, not X's
                clause = probe = trailing[0]
                split = trailing[1]
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
        if attribution is None:  # a name the tagger left untyped (« Selon The Tablet »)
            attribution = _named_source(ctx, sent, index, lowered, first, last, end)
        if attribution is None or attribution.cue_span is None:
            continue
        if not (words[first].start <= attribution.cue_span.start <= words[last].end):
            continue
        mention = attribution.mention
        nouns = [
            w
            for w in words[last + 1 : end + 1]
            if mention is not None and w.start >= mention.span.start and w.upos in {"NOUN", "PROPN", "PRON"}
        ]
        # « selon les recherches menées par l'organisation X »: a source named inside the phrase
        if not any(_speaker_like(sent, noun) for noun in nouns):
            continue
        reported = Found(index, span, "indirect_source", _within_source(attribution, sent, end))
        if count is None and split:
            counts.append(reported)  # the trailing source's segment is found next
            continue
        if count is None:
            return [*counts, reported]
        counts.append(reported)  # a list of counts: each with its own source
    return counts


def noun_clause(ctx: _Context, index: int) -> list[Found]:
    """l'annonce que … / la déclaration selon laquelle … (the source: the noun's possessor or its verb)."""
    sent = ctx.doc.sentences[index]
    found: list[Found] = []
    for noun in sent:
        lemma = noun.lemma.lower()
        if noun.upos != "NOUN" or lemma not in CLAUSE_NOUNS | DOCUMENT_NOUNS or ctx.in_quote(noun):
            continue
        for child in sent.children(noun):
            if child.deprel not in {"acl", "acl:relcl", "ccomp"} or child.start < noun.start:
                continue
            marker = _marker(sent, child)
            words = sent.subtree(child)
            relative = [w for w in words if w.text.lower() in _RELATIVES and w.index <= child.index]
            selon = relative and relative[0].index > 0 and sent[relative[0].index - 1].text.lower() == "selon"
            if selon:
                words = tuple(w for w in words if w.index > relative[0].index)
            elif (
                marker is not None
                and marker.text.lower() in QUE_FORMS
                and marker.upos == "SCONJ"
                and lemma in CLAUSE_NOUNS
            ):
                words = tuple(w for w in words if w is not marker)
            else:
                continue
            span = _span_of(ctx, words)
            if span is None or ctx.wholly_quoted(span):
                continue
            if lemma in CLAUSE_NOUNS:
                attribution = governing_verb(ctx.site(span))
            else:
                # « un rapport selon lequel … »: the document says it
                attribution = _preposition_source(ctx, index, noun, "selon", sent[relative[0].index - 1])
            found.append(Found(index, span, "indirect_noun", attribution))
    return found


#: The finders, in the order they are tried (a later clause overlapping an earlier one is dropped).
FINDERS: tuple[Finder, ...] = (
    verb_clause,
    incise_clause,
    source_clause,
    noun_clause,
    cleft_clause,
    comme_clause,
)


def find_indirect(
    text: str,
    doc: ParsedDoc,
    quotes: Sequence[Quote],
    resolver: SpeakerResolver,
    finders: Sequence[Finder] = FINDERS,
) -> tuple[Quote, ...]:
    """The indirect quotes of ``text`` (offsets into ``text``), in text order, with their sources.

    ``quotes`` are the document's quotes in marks (a clause that is wholly one of them is left
    out); ``resolver`` turns source mentions into names, as for those quotes.
    """
    out = [resolve_found(text, item, resolver) for item in detect_indirect(doc, quotes, finders)]
    return continue_participles(text, quotes, out)


def detect_indirect(
    doc: ParsedDoc, quotes: Sequence[Quote], finders: Sequence[Finder] = FINDERS
) -> list[Found]:
    """The reported clauses of the parse, in text order, with what the rules found for each (no
    source resolved yet); ``quotes`` are the quotes in marks, whose spans are all that is read."""
    ctx = _Context(doc=doc, quotes=tuple(quotes))
    kept: list[Found] = []
    before: list[Found] = []  # the clauses kept in the sentence before: a clause lies in its sentence
    for index in range(len(doc.sentences)):
        here: list[Found] = []
        for finder in finders:
            for item in finder(ctx, index):
                near = (*before, *here)
                if any(item.span.overlap(k.span) > 0.5 * min(len(item.span), len(k.span)) for k in near):
                    continue
                here.append(item)
        kept.extend(here)
        before = here
    return sorted(kept, key=lambda f: f.span.start)


def continue_participles(text: str, quotes: Sequence[Quote], found: Sequence[Quote]) -> tuple[Quote, ...]:
    """``found`` (reported clauses, in text order) with a clause cued by a present participle
    given the speaker of the quote or clause just before it (:func:`_continued`)."""
    out: list[Quote] = []
    for quote in found:
        before = [*quotes, *out]
        participle = _participle(text, quote) and not _gerund_with_subject(text, quote, before)
        shares = participle or _coordinated(text, quote, before)
        out.append(_continued(text, quote, before) if shares else quote)
    return tuple(out)


#: « en » (and an adverb or a clitic) right before a participle: a gerund.
_GERUND_BEFORE = regex.compile(r"\ben[ \u00a0]+(?:\p{Ll}+['’ \u00a0]+)?\Z")


def _gerund_with_subject(text: str, quote: Quote, before: Sequence[Quote]) -> bool:
    """Whether the cue is a gerund (« en expliquant ») whose clause already has its source: a
    gerund's subject is that of the verb it hangs on, which the parse gives (« Reuters a rompu
    avec Adnan Hajj, qui se défendait en expliquant avoir … »: Hajj), not the speaker of the
    clause before it; unless the parse hung it inside that clause (« a déclaré que le projet
    serait abandonné, en expliquant … »: not « le projet »)."""
    cue = quote.cue
    speaker = quote.speaker
    if speaker is None or speaker.mention is None or cue is None or cue.span is None:
        return False
    if _GERUND_BEFORE.search(text, max(0, cue.span.start - 20), cue.span.start) is None:
        return False
    mention = speaker.mention
    return not any(q.start <= mention.start and mention.end <= q.end for q in before)


#: Between a quote and the verb coordinated with the verb it holds or hangs on: « et », a
#: negation's « ne » at most.
_COORDINATE_GAP = regex.compile(r"[\s»”\"\u00a0\u202f]*et[ \u00a0]+(?:ne[ \u00a0]+|n['’][ \u00a0]*)?")


def _coordinated(text: str, quote: Quote, before: Sequence[Quote]) -> bool:
    """Whether a clause with no source is cued by a verb joined by « et » right after a quote of
    its sentence (« Julien Roux « conteste toute accusation » et affirme avoir … »): the two verbs
    share their subject, whatever the parser hung them on."""
    cue = quote.cue
    if quote.speaker is not None or cue is None or cue.span is None:
        return False
    return any(
        q.speaker is not None and _COORDINATE_GAP.fullmatch(text, q.end, cue.span.start) is not None
        for q in before
        if q.end <= cue.span.start
    )


def _participle(text: str, quote: Quote) -> bool:
    """Whether the cue is a present participle (« …, ajoutant que … »), which shares the subject
    of the clause it hangs on."""
    cue = quote.cue
    return cue is not None and cue.span is not None and cue.span.text_in(text).endswith("ant")


def _continued(text: str, quote: Quote, before: Sequence[Quote]) -> Quote:
    """The speaker of the nearest attributed quote ending before ``quote`` in the same sentence,
    within :data:`CONTINUE_CHARS` (« « … », a-t-il dit, affirmant que … », « X déclare que …
    en accusant … »: the participle shares the subject of the clause just reported)."""
    earlier = [
        q for q in before if q.speaker is not None and q.speaker.name is not None and q.end <= quote.start
    ]
    if not earlier:
        return quote
    last = max(earlier, key=lambda q: q.end)
    between = text[last.end : quote.start]
    if quote.start - last.end > CONTINUE_CHARS or _SENTENCE_END.search(between):
        return quote
    return attrs.evolve(
        quote, speaker=last.speaker, rule=f"{quote.rule}:continued", confidence=CONTINUED_CONFIDENCE
    )


def resolve_found(text: str, item: Found, resolver: SpeakerResolver) -> Quote:
    """The indirect quote of a clause found by :func:`detect_indirect`, its source resolved."""
    span = item.span.with_source(text)
    quote = attrs.evolve(_pseudo(span), rule=item.rule, confidence=NO_SOURCE_CONFIDENCE)
    found = item.attribution
    if found is None:
        return quote
    mention = found.mention
    cue = None if found.cue is None else Cue(lemma=found.cue, span=found.cue_span)
    if mention is None or mention.kind is MentionKind.IMPERSONAL:
        return attrs.evolve(quote, cue=cue)
    resolution = resolver.resolution(mention, before=span.start)
    speaker = resolution.speaker
    if speaker.name is None or speaker.name.casefold().lstrip("-") in PRONOUNS:
        # a source the document never names, or an anaphor left unresolved: the mention is kept,
        # no name is given (a wrong name is worse than none), as for quotes in marks
        unnamed = attrs.evolve(speaker, name=None, entity=None)
        return attrs.evolve(quote, cue=cue, speaker=unnamed)
    confidence = round(CONFIDENCE[item.rule] * resolution.certainty, 3)
    return attrs.evolve(quote, cue=cue, speaker=speaker, confidence=confidence)
