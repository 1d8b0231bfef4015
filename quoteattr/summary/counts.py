"""Who is quoted, counted: quotes and distinct sources per gender and kind, top sources, documents.

>>> from quoteattr.model import Extraction, MarkStyle, Quote, Span, Speaker
>>> text = "« Oui », a dit Mme Borne."
>>> speaker = Speaker("Élisabeth Borne", kind="person", gender="female")
>>> quote = Quote(Span(2, 5), Span(0, 7), (Span(2, 5),), MarkStyle.GUILLEMETS, speaker=speaker)
>>> summary = report([Extraction(text, quotes=(quote,))])
>>> summary.quotes, summary.women_share, summary.top_sources[0].name
(1, 1.0, 'Élisabeth Borne')
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from quoteattr.model import Extraction, Gender, Quote, QuoteKind, SpeakerKind

__all__ = ["DocumentCount", "GenderCount", "KindCount", "Report", "SourceCount", "report"]

#: How many sources :func:`report` lists by default.
TOP_SOURCES = 10


@attrs.frozen
class GenderCount:
    """Quotes and distinct sources of one gender."""

    gender: Gender
    quotes: int
    sources: int

    def to_dict(self) -> dict[str, Any]:
        return {"gender": self.gender.value, "quotes": self.quotes, "sources": self.sources}


@attrs.frozen
class KindCount:
    """Quotes and distinct sources of one kind (person, group, organisation …)."""

    kind: SpeakerKind
    quotes: int
    sources: int

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "quotes": self.quotes, "sources": self.sources}


@attrs.frozen
class SourceCount:
    """One source across the documents: how often quoted, in how many documents."""

    name: str
    kind: SpeakerKind
    gender: Gender
    quotes: int
    documents: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind.value,
            "gender": self.gender.value,
            "quotes": self.quotes,
            "documents": self.documents,
        }


@attrs.frozen
class DocumentCount:
    """One document: its quotes (terms excluded), how many have a source, per gender."""

    doc: str
    quotes: int
    attributed: int
    by_gender: tuple[GenderCount, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "quotes": self.quotes,
            "attributed": self.attributed,
            "by_gender": [g.to_dict() for g in self.by_gender],
        }


@attrs.frozen
class Report:
    """Counts over a set of extractions (see :func:`report`).

    ``quotes`` counts reported speech (terms excluded), ``attributed`` those with a named source
    (a speaker whose ``name`` is ``None``, a mention the document never names, counts as none).
    ``by_gender`` and ``by_kind`` list every :class:`Gender` and :class:`SpeakerKind`, in their
    order, with the quotes attributed to them and their distinct sources; a source is the same
    across documents when its name is (case and accents aside).
    """

    documents: int
    quotes: int
    attributed: int
    by_gender: tuple[GenderCount, ...]
    by_kind: tuple[KindCount, ...]
    top_sources: tuple[SourceCount, ...]
    per_document: tuple[DocumentCount, ...]

    @property
    def women_share(self) -> float | None:
        """Women among the distinct quoted persons whose gender is known (``None`` if none is)."""
        counts = {g.gender: g.sources for g in self.by_gender}
        known = counts.get(Gender.FEMALE, 0) + counts.get(Gender.MALE, 0)
        return None if known == 0 else counts.get(Gender.FEMALE, 0) / known

    @property
    def women_quote_share(self) -> float | None:
        """Women's share of the quotes of persons whose gender is known."""
        counts = {g.gender: g.quotes for g in self.by_gender}
        known = counts.get(Gender.FEMALE, 0) + counts.get(Gender.MALE, 0)
        return None if known == 0 else counts.get(Gender.FEMALE, 0) / known

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "quotes": self.quotes,
            "attributed": self.attributed,
            "women_share": self.women_share,
            "women_quote_share": self.women_quote_share,
            "by_gender": [g.to_dict() for g in self.by_gender],
            "by_kind": [k.to_dict() for k in self.by_kind],
            "top_sources": [s.to_dict() for s in self.top_sources],
            "per_document": [d.to_dict() for d in self.per_document],
        }


def _key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", " ".join(name.casefold().split()))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _spoken(quote: Quote) -> bool:
    return quote.kind is not QuoteKind.TERM


@attrs.define
class _Source:
    name: str
    kind: SpeakerKind
    gender: Gender
    quotes: int = 0
    documents: set[int] = attrs.field(factory=set)


def report(
    extractions: Iterable[Extraction], *, docs: Sequence[str] | None = None, top: int = TOP_SOURCES
) -> Report:
    """Count who is quoted in ``extractions``: per gender and kind, top sources, per document.

    ``docs`` names the documents (default: their position, from 1); ``top`` is how many sources
    :attr:`Report.top_sources` lists, most quoted first. A quote counts for its speaker's
    gender and kind as the gender stage set them (``docs/gender.md``); terms are not counted.
    """
    sources: dict[str, _Source] = {}
    per_document: list[DocumentCount] = []
    total = attributed = 0
    for index, extraction in enumerate(extractions):
        spoken = [q for q in extraction.quotes if _spoken(q)]
        doc_quotes: Counter[Gender] = Counter()
        doc_sources: dict[Gender, set[str]] = {}
        for quote in spoken:
            speaker = quote.speaker
            if speaker is None or speaker.name is None:
                continue  # no source, or one the document never names
            key = _key(speaker.name)
            source = sources.setdefault(key, _Source(speaker.name, speaker.kind, speaker.gender))
            if source.gender is Gender.UNKNOWN and speaker.gender is not Gender.UNKNOWN:
                source.gender, source.kind = speaker.gender, speaker.kind
            source.quotes += 1
            source.documents.add(index)
            doc_quotes[speaker.gender] += 1
            doc_sources.setdefault(speaker.gender, set()).add(key)
        name = docs[index] if docs is not None and index < len(docs) else str(index + 1)
        doc_attributed = sum(doc_quotes.values())
        by_gender = tuple(
            GenderCount(g, doc_quotes[g], len(doc_sources.get(g, ()))) for g in Gender if doc_quotes[g]
        )
        per_document.append(DocumentCount(name, len(spoken), doc_attributed, by_gender))
        total += len(spoken)
        attributed += doc_attributed
    gender_quotes: Counter[Gender] = Counter()
    gender_sources: Counter[Gender] = Counter()
    kind_quotes: Counter[SpeakerKind] = Counter()
    kind_sources: Counter[SpeakerKind] = Counter()
    for source in sources.values():
        gender_quotes[source.gender] += source.quotes
        gender_sources[source.gender] += 1
        kind_quotes[source.kind] += source.quotes
        kind_sources[source.kind] += 1
    ranked = sorted(sources.values(), key=lambda s: (-s.quotes, -len(s.documents), _key(s.name)))
    return Report(
        documents=len(per_document),
        quotes=total,
        attributed=attributed,
        by_gender=tuple(GenderCount(g, gender_quotes[g], gender_sources[g]) for g in Gender),
        by_kind=tuple(KindCount(k, kind_quotes[k], kind_sources[k]) for k in SpeakerKind),
        top_sources=tuple(
            SourceCount(s.name, s.kind, s.gender, s.quotes, len(s.documents)) for s in ranked[: max(top, 0)]
        ),
        per_document=tuple(per_document),
    )
