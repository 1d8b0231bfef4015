"""What the index holds: each :class:`Occurrence` of a possible source, and the
:class:`DocumentIndex` the resolver reads, with its look-ups by position and by name.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Hashable, Iterator

import attrs

from quoteattr.attribute.names import (
    Token,
    before_particle,
    fold,
)
from quoteattr.attribute.recurring import Recurrence, recurrences
from quoteattr.model import Span

__all__ = [
    "DocumentIndex",
    "Occurrence",
    "SubjectPronoun",
    "joined_pair",
]


@attrs.frozen
class Occurrence:
    """One place where the document names a possible source.

    ``kind`` is "person", "organisation", "name" (a capitalised name of unknown type), "place",
    "complement" (a name after "de": "le communiqué de Net Sentinel"), "description" (a role:
    "le baron", which stands for a pronoun only through the named person with that role),
    "group" (two names joined by "et", a plural group noun) or "document". ``subject`` is true
    when no preposition governs the phrase (or the parse says it is a subject); ``quoted`` when
    it lies inside quotation marks. ``issuer`` is, for a document, the occurrence that issued it.
    ``ent`` is the parser's entity label for a name ("PER", "LOC", "ORG", "MISC"), "" where the
    sentence was not parsed or the parser gave none.
    """

    span: Span
    name: str
    tokens: tuple[str, ...]
    kind: str
    gender: str = ""
    number: str = "s"
    title: str | None = None
    civility: str | None = None
    subject: bool = False
    quoted: bool = False
    head: str = ""
    members: tuple[Occurrence, ...] = ()
    issuer: Occurrence | None = None
    from_run: bool = False
    after_verb: bool = False
    ent: str = ""


def joined_pair(text: str, left: Occurrence, right: Occurrence) -> Occurrence:
    """Two sources joined by « et » as one group (« Anne Morel et Paul Roux », « Lumen Prod et
    Vastel »): feminine only when both are."""
    return Occurrence(
        span=Span(left.span.start, right.span.end, source=text),
        name=f"{left.span.text_in(text)} et {right.span.text_in(text)}",
        tokens=(*left.tokens, "et", *right.tokens),
        kind="group",
        gender="f" if {left.gender, right.gender} == {"f"} else "m",
        number="p",
        subject=left.subject,
        quoted=left.quoted,
        head="et",
        members=(left, right),
    )


@attrs.frozen
class SubjectPronoun:
    """A third-person subject pronoun of the narration (« elle a concédé », « a-t-il dit »), with
    its gender and number: the links of a chain of sentences about one referent."""

    start: int
    gender: str
    number: str


@attrs.frozen
class DocumentIndex:
    """Everything the resolver reads about a document, built once."""

    text: str
    tokens: tuple[Token, ...]
    occurrences: tuple[Occurrence, ...]
    boundaries: tuple[int, ...]  # sorted offsets where a sentence starts
    pronouns: tuple[SubjectPronoun, ...] = ()  # in text order
    subheadings: tuple[tuple[int, int], ...] = ()  # the body's section titles, in text order
    narrative_boundaries: tuple[int, ...] | None = None  # sentence starts outside quotation marks
    headline_subject: int | None = None  # the start of the person a headline is about (see index_document)
    headline_body: Occurrence | None = None  # the one body a headline is about (see index_document)

    starts: tuple[int, ...] = attrs.field(eq=False, repr=False)

    @starts.default
    def _starts(self) -> tuple[int, ...]:
        return tuple(o.span.start for o in self.occurrences)

    pronoun_starts: tuple[int, ...] = attrs.field(eq=False, repr=False)

    @pronoun_starts.default
    def _pronoun_starts(self) -> tuple[int, ...]:
        return tuple(p.start for p in self.pronouns)

    by_last: dict[str, tuple[Occurrence, ...]] = attrs.field(eq=False, repr=False)

    @by_last.default
    def _by_last(self) -> dict[str, tuple[Occurrence, ...]]:
        found: dict[str, list[Occurrence]] = {}
        for occurrence in self.occurrences:
            if occurrence.from_run:
                found.setdefault(fold(occurrence.tokens[-1]), []).append(occurrence)
                if occurrence.kind not in {"person", "name"}:
                    continue
                # « Henri Villemur de Castel » is « Villemur » too: the press drops the part
                # a particle opens (names.name_matches)
                tokens = occurrence.tokens
                for k in range(1, len(tokens) - 2):
                    if before_particle(tokens, k):
                        found.setdefault(fold(tokens[k]), []).append(occurrence)
        return {key: tuple(value) for key, value in found.items()}

    by_first: dict[str, tuple[Occurrence, ...]] = attrs.field(eq=False, repr=False)

    @by_first.default
    def _by_first(self) -> dict[str, tuple[Occurrence, ...]]:
        found: dict[str, list[Occurrence]] = {}
        for occurrence in self.occurrences:
            if occurrence.from_run and len(occurrence.tokens) > 1:
                found.setdefault(fold(occurrence.tokens[0]), []).append(occurrence)
        return {key: tuple(value) for key, value in found.items()}

    # The same pools grouped by what an occurrence is (all but its span): a document-wide search
    # tests each distinct name once and finds the nearest occurrence by bisection, so it costs
    # the number of distinct names, not of occurrences (recurring.py; linear cost, issue 10).
    last_groups: dict[str, tuple[Recurrence[Occurrence], ...]] = attrs.field(eq=False, repr=False)

    @last_groups.default
    def _last_groups(self) -> dict[str, tuple[Recurrence[Occurrence], ...]]:
        return {key: recurrences(pool, key=_sans_span) for key, pool in self.by_last.items()}

    first_groups: dict[str, tuple[Recurrence[Occurrence], ...]] = attrs.field(eq=False, repr=False)

    @first_groups.default
    def _first_groups(self) -> dict[str, tuple[Recurrence[Occurrence], ...]]:
        return {key: recurrences(pool, key=_sans_span) for key, pool in self.by_first.items()}

    organisation_groups: tuple[Recurrence[Occurrence], ...] = attrs.field(eq=False, repr=False)

    @organisation_groups.default
    def _organisation_groups(self) -> tuple[Recurrence[Occurrence], ...]:
        pool = [o for o in self.occurrences if o.kind == "organisation"]
        return recurrences(pool, key=_sans_span)

    def sentence_of(self, offset: int) -> int:
        """The raw-text sentence index of a character offset."""
        return bisect.bisect_right(self.boundaries, offset)

    def narrative_distance(self, start: int, end: int) -> int:
        """How many sentences of the narration open after ``start`` and by ``end``: the sentences
        a quotation holds are its speaker's, not the text's, and do not count."""
        found = self.boundaries if self.narrative_boundaries is None else self.narrative_boundaries
        return max(0, bisect.bisect_right(found, end) - bisect.bisect_right(found, start))

    def in_subheading(self, offset: int) -> bool:
        """Whether ``offset`` lies in a subheading of the body (:attr:`subheadings`)."""
        i = bisect.bisect_right(self.subheadings, (offset, len(self.text) + 1)) - 1
        return i >= 0 and self.subheadings[i][0] <= offset < self.subheadings[i][1]

    def sentence_start(self, offset: int) -> int:
        """Where the raw-text sentence of a character offset begins."""
        return self.start_back(offset, 0)

    def start_back(self, offset: int, sentences: int) -> int:
        """Where the raw-text sentence ``sentences`` before the one of a character offset begins;
        the text's start when there are fewer before it."""
        i = self.sentence_of(offset) - sentences
        return self.boundaries[i - 1] if i > 0 else 0

    def sentence_end(self, offset: int) -> int:
        """Where the raw-text sentence of a character offset ends: the next one's start, or the
        text's end."""
        i = self.sentence_of(offset)
        return self.boundaries[i] if i < len(self.boundaries) else len(self.text)

    def within(self, span: Span) -> Iterator[Occurrence]:
        """Occurrences that lie inside ``span``, in text order."""
        for i in range(
            bisect.bisect_left(self.starts, span.start), bisect.bisect_left(self.starts, span.end)
        ):
            occurrence = self.occurrences[i]
            if occurrence.span.end <= span.end:
                yield occurrence

    def pronouns_between(self, start: int, end: int) -> tuple[SubjectPronoun, ...]:
        """The subject pronouns that open at ``start`` or after and before ``end``, in text order."""
        return self.pronouns[
            bisect.bisect_left(self.pronoun_starts, start) : bisect.bisect_left(self.pronoun_starts, end)
        ]

    def preceding(self, limit: int) -> Iterator[Occurrence]:
        """Occurrences that end at or before ``limit``, nearest first."""
        for i in range(bisect.bisect_left(self.starts, limit) - 1, -1, -1):
            occurrence = self.occurrences[i]
            if occurrence.span.end <= limit:
                yield occurrence


#: Every field of an occurrence but its span, read in one call.
_WHAT_IT_IS = operator.attrgetter(*(field.name for field in attrs.fields(Occurrence) if field.name != "span"))


def _sans_span(occurrence: Occurrence) -> Hashable:
    """What an occurrence is, without where it stands: equal for every repeat of one name. The
    tuple of its other fields compares as the occurrence would with its span set aside, and costs
    a fraction of an ``attrs.evolve`` (made for every occurrence of every document)."""
    found: Hashable = _WHAT_IT_IS(occurrence)
    return found
