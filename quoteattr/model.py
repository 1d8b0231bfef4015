"""The typed results of quoteattr: spans, quotes, speakers, cues, diagnostics.

Every class here is a frozen, slotted ``attrs`` class. Later pipeline stages derive new
values with :func:`attrs.evolve`; nothing is mutated in place.

Offsets are always half-open ``[start, end)`` Python ``str`` indices (code points) into
the caller's original text, never into a normalised copy.

>>> text = "« Oui », a dit Paul."
>>> span = Span(2, 5, source=text)
>>> span.text
'Oui'
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

__all__ = [
    "Cue",
    "Diagnostic",
    "Entity",
    "Extraction",
    "Gender",
    "GenderEvidence",
    "GenderEvidenceKind",
    "MarkStyle",
    "Quote",
    "QuoteKind",
    "ResolvedBy",
    "Span",
    "Speaker",
    "SpeakerKind",
]


def _non_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{attribute.name} must be an int, got {type(value).__name__}: {value!r}")
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@attrs.frozen
class Span:
    """A half-open character range ``[start, end)`` into one text.

    ``source`` is the text the span was made for. It is kept by reference (never copied),
    takes no part in equality or hashing, and is not serialised: ``.text`` is derived from it.
    """

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)
    source: str | None = attrs.field(default=None, eq=False, repr=False, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"Span start must be <= end, got start={self.start}, end={self.end}")
        if self.source is not None and self.end > len(self.source):
            raise ValueError(f"Span end={self.end} is past the end of its text (length {len(self.source)})")

    @classmethod
    def _trusted(cls, start: int, end: int, source: str | None = None) -> Span:
        """An internal fast path: the span ``[start, end)``, built without the checks of
        :class:`Span` because the caller already knows ``0 <= start <= end <= len(source)``
        (a parsed word's offsets into the text it was parsed from). It saves half the cost of a
        span where tens of thousands are made per corpus; anything else calls ``Span(...)``."""
        span = object.__new__(cls)
        object.__setattr__(span, "start", start)
        object.__setattr__(span, "end", end)
        object.__setattr__(span, "source", source)
        return span

    @property
    def text(self) -> str:
        """The characters this span covers in the text it was made for."""
        if self.source is None:
            raise ValueError(
                f"Span({self.start}, {self.end}) was made without its source text; "
                "use span.text_in(text) or build it with Span(start, end, source=text)"
            )
        return self.source[self.start : self.end]

    def text_in(self, source: str) -> str:
        """The characters this span covers in ``source``."""
        if self.end > len(source):
            raise ValueError(f"Span end={self.end} is past the end of a text of length {len(source)}")
        return source[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlap(self, other: Span) -> int:
        """How many characters the two spans share."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def with_source(self, source: str) -> Span:
        """This span, attached to ``source``."""
        return Span(self.start, self.end, source=source)

    def to_list(self) -> list[int]:
        return [self.start, self.end]

    @classmethod
    def from_list(cls, value: Sequence[int], source: str | None = None) -> Span:
        if len(value) < 2:
            raise ValueError(f"a span is [start, end], got {value!r}")
        return cls(int(value[0]), int(value[1]), source=source)


class _ValueEnum(str, enum.Enum):
    """An enum of strings that prints as its value ("direct", not "QuoteKind.DIRECT")."""

    def __str__(self) -> str:
        return str(self.value)


class QuoteKind(_ValueEnum):
    """What a quoted span is (values follow the gold guidelines)."""

    DIRECT = "direct"
    """A whole utterance reproduced verbatim."""
    PARTIAL = "partial"
    """A fragment of someone's words woven into the writer's sentence."""
    TERM = "term"
    """Not reported speech: a title, a label, a scare quote."""
    INDIRECT = "indirect"
    """Reported speech without quotation marks: « X a déclaré que … », « selon X, … »."""


class MarkStyle(_ValueEnum):
    """Which quotation marks (or dialogue dash) delimit a quote."""

    GUILLEMETS = "guillemets"  # « … »
    SINGLE_GUILLEMETS = "single_guillemets"  # ‹ … ›
    CURLY_DOUBLE = "curly_double"  # “ … ”
    CURLY_SINGLE = "curly_single"  # ‘ … ’
    LOW_DOUBLE = "low_double"  # „ … “
    STRAIGHT_DOUBLE = "straight_double"  # " … "
    STRAIGHT_SINGLE = "straight_single"  # ' … ' (ASCII apostrophes used as marks)
    DIALOGUE_DASH = "dialogue_dash"  # — … (to the end of the paragraph)
    NONE = "none"  # no marks: an indirect quote (reported clause)


class SpeakerKind(_ValueEnum):
    """What a source is: a person, a group of people, an organisation, a document."""

    PERSON = "person"
    GROUP = "group"
    """Several people ("des témoins", "Aliev et Pachinian")."""
    ORGANISATION = "organisation"
    DOCUMENT = "document"
    """A statement, report or publication quoted with no issuer named ("un rapport de l'IGPN")."""
    UNKNOWN = "unknown"


class ResolvedBy(_ValueEnum):
    """How a speaker's name was found from the mention (see ``docs/attribution.md``)."""

    SPELLED = "spelled"
    """The mention gives the name, whole or in part: « Blinken », « le ministre Antony Blinken »."""
    ANTECEDENT = "antecedent"
    """A pronoun's or a relative « qui »'s antecedent, named earlier: « il », « qui »."""
    PREVIOUS_SPEAKER = "previous_speaker"
    """The previous quote's speaker, for a pronoun: « … », a-t-il ajouté."""
    ROLE = "role"
    """A description tied to a name the text gives elsewhere: « le ministre » → Antony Blinken."""
    SOLE_PERSON = "sole_person"
    """A role description taken as the one person the text names (« la chanteuse »), or as the
    person of the headline when the text gives them a role of that field (« le boxeur »)."""
    SALIENT = "salient"
    """A definite role description taken as the person the text named just before, whose role
    fits: « …, le gardien, Mehdi Saïdi. « … », a expliqué le portier »."""
    ORGANISATION = "organisation"
    """A bare organisation noun for the organisation named just before: « le groupe »."""
    ISSUER = "issuer"
    """A statement for the organisation or person that issued it: « le communiqué »."""
    WORDS = "words"
    """The mention's own words, the text naming no one further: « un témoin », « le rapport »."""


class Gender(_ValueEnum):
    """A source's gender as the text gives it (see ``docs/gender.md``)."""

    FEMALE = "female"
    MALE = "male"
    MIXED = "mixed"
    """A group the text shows to hold both women and men."""
    GROUP = "group"
    """A group whose genders the text does not give (or all of one gender: "group-male" in gold)."""
    ORG = "org"
    """Not a person: an organisation or a document."""
    UNKNOWN = "unknown"
    """A person the text gives no gender for ("un porte-parole", the masculine default)."""


class GenderEvidenceKind(_ValueEnum):
    """Which kind of words decided a source's gender or kind."""

    TITLE = "title"
    """A civility before the name: « Mme Borne », « M. Blinken »."""
    PRONOUN = "pronoun"
    """A pronoun that refers to the source: « elle a ajouté », « a-t-il dit »."""
    ROLE = "role"
    """A determiner or role noun at a mention: « la ministre », « la directrice »."""
    AGREEMENT = "agreement"
    """A participle or adjective agreeing with the source: « s'est dite prête », « interrogée par »."""
    COORDINATION = "coordination"
    """The members of a group named together: « Mme Merkel et M. Macron »."""
    GIVEN_NAME = "given_name"
    """The source's given name, from :mod:`quoteattr.lang.fr.given_names` (the last resort)."""
    NOUN = "noun"
    """The noun that makes a source a group, an organisation or a document (« les autorités »)."""


def _confidence(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name} must be between 0 and 1, got {value!r}")


def _span_or_none(value: Any, source: str | None) -> Span | None:
    return None if value is None else Span.from_list(value, source)


@attrs.frozen
class Cue:
    """The verb or expression that attributes a quote: ``lemma`` ("déclarer", "selon", ":")."""

    lemma: str
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"lemma": self.lemma, "span": None if self.span is None else self.span.to_list()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str | None = None) -> Cue:
        return cls(lemma=str(data["lemma"]), span=_span_or_none(data.get("span"), source))


@attrs.frozen
class GenderEvidence:
    """Words of the text that tell a source's gender (or that it is no person).

    ``span`` covers the words in the document ("Mme", "elle a ajouté", "la ministre"); ``kind``
    says what they are and ``gender`` what they tell.

    >>> text = "Mme Borne a parlé."
    >>> evidence = GenderEvidence(GenderEvidenceKind.TITLE, Span(0, 3, source=text), Gender.FEMALE)
    >>> evidence.text, str(evidence)
    ('Mme', 'title « Mme » -> female')
    """

    kind: GenderEvidenceKind = attrs.field(converter=GenderEvidenceKind)
    span: Span
    gender: Gender = attrs.field(converter=Gender)

    @property
    def text(self) -> str:
        """The words, as the document writes them."""
        return self.span.text

    def __str__(self) -> str:
        words = self.span.text if self.span.source is not None else f"{self.span.start}-{self.span.end}"
        return f"{self.kind.value} « {words} » -> {self.gender.value}"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict; ``text`` is there for reading and ignored by ``from_dict``."""
        return {
            "kind": self.kind.value,
            "span": self.span.to_list(),
            "text": self.span.text if self.span.source is not None else None,
            "gender": self.gender.value,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str | None = None) -> GenderEvidence:
        return cls(
            kind=GenderEvidenceKind(data["kind"]),
            span=Span.from_list(data["span"], source),
            gender=Gender(data["gender"]),
        )


def _evidence_tuple(value: Any) -> tuple[GenderEvidence, ...]:
    return tuple(value)


@attrs.frozen
class Speaker:
    """The source of a quote.

    ``name`` is the canonical name the document gives ("Antony Blinken"), or ``None`` when the
    sentence points at a source the document never names ("il" with no one it can stand for, "qui"
    whose antecedent is a thing): a wrong name is worse than none, so the mention is kept and the
    name left out. ``mention`` is where the quote's own sentence refers to the source ("le haut
    diplomate américain", "il"), or ``None`` when that sentence names no source. ``title`` is the
    role found with the name ("secrétaire d'État"). ``entity`` indexes :attr:`Extraction.speakers`
    (``None`` for a speaker without a name). ``kind``, ``gender`` and ``gender_evidence`` are the
    entity's (see :class:`Entity` and ``docs/gender.md``). ``resolved_by`` says how the name was
    found from the mention (:class:`ResolvedBy`; ``None`` without a name), so a user can keep only
    the names the mention spells out, or audit the others.
    """

    name: str | None
    mention: Span | None = None
    title: str | None = None
    entity: int | None = None
    kind: SpeakerKind = attrs.field(default=SpeakerKind.UNKNOWN, converter=SpeakerKind)
    gender: Gender = attrs.field(default=Gender.UNKNOWN, converter=Gender)
    gender_evidence: tuple[GenderEvidence, ...] = attrs.field(default=(), converter=_evidence_tuple)
    resolved_by: ResolvedBy | None = attrs.field(
        default=None, converter=attrs.converters.optional(ResolvedBy)
    )

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mention": None if self.mention is None else self.mention.to_list(),
            "title": self.title,
            "entity": self.entity,
            "kind": self.kind.value,
            "gender": self.gender.value,
            "gender_evidence": [e.to_dict() for e in self.gender_evidence],
            "resolved_by": None if self.resolved_by is None else self.resolved_by.value,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str | None = None) -> Speaker:
        entity = data.get("entity")
        name = data["name"]
        return cls(
            name=None if name is None else str(name),
            mention=_span_or_none(data.get("mention"), source),
            title=data.get("title"),
            entity=None if entity is None else int(entity),
            kind=SpeakerKind(data.get("kind", "unknown")),
            gender=Gender(data.get("gender", "unknown")),
            gender_evidence=tuple(
                GenderEvidence.from_dict(e, source) for e in data.get("gender_evidence", ())
            ),
            resolved_by=data.get("resolved_by"),
        )


@attrs.frozen
class Entity:
    """A source the document quotes, with every mention of it that attribution used.

    ``kind`` is what the source is; ``gender`` what the document says of its gender, and
    ``gender_evidence`` the words that decided, to be checked (``docs/gender.md``). A plain
    string is accepted for ``kind`` and ``gender``:

    >>> Entity("Élisabeth Borne", kind="person", gender="female").gender
    <Gender.FEMALE: 'female'>
    """

    name: str
    mentions: tuple[Span, ...] = ()
    kind: SpeakerKind = attrs.field(default=SpeakerKind.UNKNOWN, converter=SpeakerKind)
    gender: Gender = attrs.field(default=Gender.UNKNOWN, converter=Gender)
    gender_evidence: tuple[GenderEvidence, ...] = attrs.field(default=(), converter=_evidence_tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mentions": [m.to_list() for m in self.mentions],
            "kind": self.kind.value,
            "gender": self.gender.value,
            "gender_evidence": [e.to_dict() for e in self.gender_evidence],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str | None = None) -> Entity:
        return cls(
            name=str(data["name"]),
            mentions=tuple(Span.from_list(m, source) for m in data.get("mentions", ())),
            kind=SpeakerKind(data.get("kind", "unknown")),
            gender=Gender(data.get("gender", "unknown")),
            gender_evidence=tuple(
                GenderEvidence.from_dict(e, source) for e in data.get("gender_evidence", ())
            ),
        )


@attrs.frozen
class Quote:
    """One quotation: its content, its marks, and (after attribution) who said it.

    ``span`` covers the content between the marks, trimmed of inner padding (space, U+00A0,
    U+202F); ``marks`` runs from the opening mark to the closing one. ``segments`` are the pieces
    of content actually quoted: one per paragraph for a quote reopened at each paragraph, the parts
    around a speech tag for dialogue. ``parent`` indexes the enclosing quote in
    :attr:`Extraction.quotes` (``None`` at depth 0).
    """

    span: Span
    marks: Span
    segments: tuple[Span, ...]
    mark: MarkStyle
    kind: QuoteKind = QuoteKind.PARTIAL
    depth: int = 0
    parent: int | None = None
    speaker: Speaker | None = None
    cue: Cue | None = None
    confidence: float = attrs.field(default=0.5, validator=_confidence)
    rule: str = "scanner"
    closed: bool = True

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def text(self) -> str:
        """The quote's content (marks and inner padding excluded)."""
        return self.span.text

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict; ``text`` is included for reading and ignored by ``from_dict``."""
        return {
            "start": self.span.start,
            "end": self.span.end,
            "text": self.span.text if self.span.source is not None else None,
            "marks": self.marks.to_list(),
            "segments": [s.to_list() for s in self.segments],
            "mark": self.mark.value,
            "kind": self.kind.value,
            "depth": self.depth,
            "parent": self.parent,
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
            "cue": None if self.cue is None else self.cue.to_dict(),
            "confidence": self.confidence,
            "rule": self.rule,
            "closed": self.closed,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str | None = None) -> Quote:
        parent = data.get("parent")
        return cls(
            span=Span(int(data["start"]), int(data["end"]), source=source),
            marks=Span.from_list(data["marks"], source),
            segments=tuple(Span.from_list(s, source) for s in data["segments"]),
            mark=MarkStyle(data["mark"]),
            kind=QuoteKind(data["kind"]),
            depth=int(data.get("depth", 0)),
            parent=None if parent is None else int(parent),
            speaker=None if data.get("speaker") is None else Speaker.from_dict(data["speaker"], source),
            cue=None if data.get("cue") is None else Cue.from_dict(data["cue"], source),
            confidence=float(data.get("confidence", 0.5)),
            rule=str(data.get("rule", "scanner")),
            closed=bool(data.get("closed", True)),
        )


@attrs.frozen
class Diagnostic:
    """Something odd in the input that quoteattr worked around (an unclosed «, a stray »).

    ``code`` is stable and machine-readable (see ``docs/diagnostics.md``).
    """

    code: str
    message: str
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "span": None if self.span is None else self.span.to_list(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str | None = None) -> Diagnostic:
        return cls(
            code=str(data["code"]),
            message=str(data["message"]),
            span=_span_or_none(data.get("span"), source),
        )


@attrs.frozen
class Extraction:
    """What quoteattr found in one text: quotes in text order, the sources, and diagnostics."""

    text: str
    quotes: tuple[Quote, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    speakers: tuple[Entity, ...] = ()
    parser: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "quotes": [q.to_dict() for q in self.quotes],
            "diagnostics": [d.to_dict() for d in self.diagnostics],
            "speakers": [s.to_dict() for s in self.speakers],
            "parser": self.parser,
        }

    def _repr_html_(self) -> str:
        """What a notebook (Jupyter, VS Code, Colab) shows: the text with its quotes highlighted.

        The same view as :func:`quoteattr.render_html`, for this one text.
        """
        from quoteattr.export.html import render_fragment

        return render_fragment(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Extraction:
        text = str(data["text"])
        return cls(
            text=text,
            quotes=tuple(Quote.from_dict(q, text) for q in data.get("quotes", ())),
            diagnostics=tuple(Diagnostic.from_dict(d, text) for d in data.get("diagnostics", ())),
            speakers=tuple(Entity.from_dict(s, text) for s in data.get("speakers", ())),
            parser=data.get("parser"),
        )
