"""One flat row per quote: the columns that :func:`~quoteattr.export.frame.to_frame` and the CSV
output share.

>>> from quoteattr import find_quotations
>>> extraction = find_quotations("Il a parlé d'un « montage ».")
>>> [(row["doc"], row["start"], row["text"], row["kind"]) for row in quote_rows([extraction])]
[(0, 18, 'montage', 'term')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from quoteattr.model import Extraction, Quote

__all__ = ["COLUMNS", "DocId", "as_extractions", "doc_ids", "quote_row", "quote_rows"]

#: A document's id: a name (``"2016/01/a"``) or a position.
DocId = str | int

#: The columns of a quote row, in order. ``mention*`` is where the quote's own sentence names its
#: source (``None`` when it does not); ``speaker_title`` is the role found with the name.
COLUMNS: tuple[str, ...] = (
    "doc",
    "start",
    "end",
    "text",
    "kind",
    "speaker",
    "speaker_title",
    "mention",
    "mention_start",
    "mention_end",
    "cue",
    "confidence",
    "rule",
    "resolved_by",
)


def as_extractions(extractions: Extraction | Iterable[Extraction]) -> list[Extraction]:
    """``extractions`` as a list; one :class:`Extraction` is a list of one."""
    if isinstance(extractions, Extraction):
        return [extractions]
    items = list(extractions)
    for position, item in enumerate(items):
        if not isinstance(item, Extraction):
            raise TypeError(
                f"expected quoteattr.Extraction objects, got {type(item).__name__} at position {position}"
            )
    return items


def doc_ids(count: int, ids: Sequence[DocId] | None) -> list[DocId]:
    """The ids of ``count`` documents: ``ids`` as given, or the positions ``0 … count-1``."""
    if ids is None:
        return list(range(count))
    given = list(ids)
    if len(given) != count:
        raise ValueError(f"got {count} extractions but {len(given)} ids; pass one id per extraction")
    return given


def quote_row(doc: DocId, quote: Quote, text: str) -> dict[str, Any]:
    """The row of one ``quote`` of the document ``doc`` whose text is ``text``."""
    speaker = quote.speaker
    mention = None if speaker is None else speaker.mention
    return {
        "doc": doc,
        "start": quote.start,
        "end": quote.end,
        "text": quote.span.text_in(text),
        "kind": quote.kind.value,
        "speaker": None if speaker is None else speaker.name,
        "speaker_title": None if speaker is None else speaker.title,
        "mention": None if mention is None else mention.text_in(text),
        "mention_start": None if mention is None else mention.start,
        "mention_end": None if mention is None else mention.end,
        "cue": None if quote.cue is None else quote.cue.lemma,
        "confidence": quote.confidence,
        "rule": quote.rule,
        "resolved_by": None if speaker is None or speaker.resolved_by is None else speaker.resolved_by.value,
    }


def quote_rows(
    extractions: Extraction | Iterable[Extraction], ids: Sequence[DocId] | None = None
) -> Iterator[dict[str, Any]]:
    """One row (a dict keyed by :data:`COLUMNS`) per quote, documents in order, quotes in text order."""
    items = as_extractions(extractions)
    for doc, extraction in zip(doc_ids(len(items), ids), items, strict=True):
        for quote in extraction.quotes:
            yield quote_row(doc, quote, extraction.text)
