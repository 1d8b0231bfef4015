"""Running the finders over a document and giving each clause its source: :data:`FINDERS` in
order over each sentence, a clause overlapping one found before dropped (:func:`detect_indirect`);
each clause's mention resolved into a speaker, with the finder's :data:`CONFIDENCE`
(:func:`resolve_found`); a clause cued by a present participle or a coordinated verb given the
speaker of the quote just before it (:func:`continue_participles`); all three at once
(:func:`find_indirect`). The UD labels the finders read are in :data:`LABELS`.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quoteattr.attribute.engine import SpeakerResolver
from quoteattr.attribute.indirect.common import Finder, Found, _Context, _pseudo
from quoteattr.attribute.indirect.incises import cleft_clause, comme_clause, incise_clause
from quoteattr.attribute.indirect.nouns import noun_clause
from quoteattr.attribute.indirect.sources import point_of_view_relative, source_clause
from quoteattr.attribute.indirect.verbs import verb_clause
from quoteattr.attribute.mentions import MentionKind
from quoteattr.lang.fr.pronouns import PRONOUNS
from quoteattr.model import Cue, Quote
from quoteattr.parse.types import ParsedDoc

__all__ = [
    "CONFIDENCE",
    "FINDERS",
    "LABELS",
    "continue_participles",
    "detect_indirect",
    "find_indirect",
    "resolve_found",
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
_SENTENCE_END = regex.compile(r"[.!?]\s+\p{Lu}|\n")

#: The finders, in the order they are tried (a later clause overlapping an earlier one is dropped).
FINDERS: tuple[Finder, ...] = (
    verb_clause,
    incise_clause,
    source_clause,
    point_of_view_relative,
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
                if _inside_its_source(item):
                    continue  # « rappelle l'UFC-Que Choisir », « Choisir » read as an infinitive
                near = (*before, *here)
                if any(
                    item.span.overlap(k.span) > 0.5 * min(len(item.span), len(k.span))
                    and not _report_within(item, k)
                    and not _report_within(k, item)
                    for k in near
                ):
                    continue
                here.append(item)
        kept.extend(here)
        before = here
    return sorted(kept, key=lambda f: f.span.start)


def _report_within(inner: Found, outer: Found) -> bool:
    """Whether ``inner`` is speech reported inside ``outer``'s clause by a speech verb of that
    clause (« Le journal a rapporté que le président a déclaré à X qu'il ne viendrait pas »: the
    paper's clause runs from « le président » to the end, the president's is « il ne viendrait
    pas »): both are returned, as a partial quote inside a clause is, each with its source."""
    cue = inner.attribution.cue_span if inner.attribution is not None else None
    outer_cue = outer.attribution.cue_span if outer.attribution is not None else None
    source = outer.attribution.mention if outer.attribution is not None else None
    return (
        # a speech verb's clause held by another report (not by an aside on « comme »: « X a dit
        # que …, comme le souligne Y » gives the clause to X alone)
        inner.rule == "indirect_verb"
        and outer.rule != "indirect_comme"
        # the outer words need a source of their own: « …, a-t-on appris » reports none
        and source is not None
        and source.kind is not MentionKind.IMPERSONAL
        and cue is not None
        and outer_cue is not None
        and cue.start != outer_cue.start
        and outer.span.start <= cue.start
        and cue.end <= inner.span.start
        and outer.span.start <= inner.span.start
        and inner.span.end <= outer.span.end
    )


def _inside_its_source(item: Found) -> bool:
    """Whether a clause lies within the words of its own source's mention: a word of a name the
    tagger read as a verb (« rappelle l'UFC-Que Choisir »), no reported clause."""
    mention = None if item.attribution is None else item.attribution.mention
    return mention is not None and mention.span.start <= item.span.start and item.span.end <= mention.span.end


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
    if mention is None or (mention.kind is MentionKind.IMPERSONAL and found.cue is None):
        return attrs.evolve(quote, cue=cue)
    # « La CGT appellera à la grève, a confirmé le syndicat »: the clause is the writer's words,
    # and a description after it, or set inside it (« La chambre départementale des notaires l'avait
    # relevé, selon l'instance »), may take up the body the clause names before it
    after = mention.kind is MentionKind.DESCRIPTION and mention.span.start > span.start
    resolution = resolver.resolution(mention, before=mention.span.start if after else span.start)
    speaker = resolution.speaker
    if speaker.name is None or speaker.name.casefold().lstrip("-") in PRONOUNS:
        # a source the document never names, or an anaphor left unresolved: the mention is kept,
        # no name is given (a wrong name is worse than none), as for quotes in marks
        unnamed = attrs.evolve(speaker, name=None, entity=None)
        return attrs.evolve(quote, cue=cue, speaker=unnamed)
    confidence = round(CONFIDENCE[item.rule] * resolution.certainty, 3)
    return attrs.evolve(quote, cue=cue, speaker=speaker, confidence=confidence)
