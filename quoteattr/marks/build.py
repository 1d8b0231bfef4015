"""Finishing the scanner's raw quotes into :class:`~quoteattr.model.Quote` objects.

Segments are cut (speech tags, changes of speaker) and trimmed of inner padding, empty quotes are
dropped with a diagnostic, quotes are put in text order and ``parent``/``depth`` recomputed.
"""

from __future__ import annotations

from typing import Final

from quoteattr.lang.fr.marks import INNER_PADDING
from quoteattr.marks import diagnostics
from quoteattr.marks.kinds import guess_kind
from quoteattr.marks.scanner import RawQuote
from quoteattr.marks.tags import cut_speech_tags
from quoteattr.model import Diagnostic, MarkStyle, Quote, QuoteKind, Span

__all__ = ["build_quotes"]

_CONFIDENCE: Final[dict[MarkStyle, float]] = {
    MarkStyle.GUILLEMETS: 0.95,
    MarkStyle.CURLY_DOUBLE: 0.9,
    MarkStyle.LOW_DOUBLE: 0.9,
    MarkStyle.SINGLE_GUILLEMETS: 0.85,
    MarkStyle.CURLY_SINGLE: 0.8,
    MarkStyle.STRAIGHT_DOUBLE: 0.75,
    MarkStyle.STRAIGHT_SINGLE: 0.7,
    MarkStyle.DIALOGUE_DASH: 0.85,
}
"""How sure the scanner is of a closed quote of each style (straight and single marks are ambiguous)."""
_UNCLOSED_FACTOR: Final = 0.5
"""An unclosed quote is half as sure: its end is a guess (the end of its paragraph)."""


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed past the inner padding on both sides."""
    piece = text[start:end]
    left = piece.lstrip(INNER_PADDING)
    start += len(piece) - len(left)
    return start, start + len(left.rstrip(INNER_PADDING))


def _segments(text: str, raw: RawQuote) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    for seg_start, seg_end in raw.segments:
        start, end = _trim(text, seg_start, seg_end)
        if start >= end:
            continue
        pieces.extend(cut_speech_tags(text, start, end, closed_by_mark=not raw.dialogue, closed=raw.closed))
    trimmed = (_trim(text, a, b) for a, b in pieces)
    return [(a, b) for a, b in trimmed if a < b]


def build_quotes(text: str, raws: list[RawQuote]) -> tuple[tuple[Quote, ...], list[Diagnostic]]:
    """Finished quotes in text order, and diagnostics for the raw quotes that enclose nothing."""
    found: list[Diagnostic] = []
    kept: dict[int, tuple[RawQuote, list[tuple[int, int]]]] = {}
    for index, raw in enumerate(raws):
        segments = _segments(text, raw)
        if segments:
            kept[index] = (raw, segments)
        elif raw.closed:
            found.append(diagnostics.empty(text, raw.mark_start, max(raw.mark_end, raw.mark_start)))
    order = sorted(kept, key=lambda i: (raws[i].mark_start, -raws[i].mark_end, i))
    new_index = {old: new for new, old in enumerate(order)}

    def surviving_parent(old: int) -> int | None:
        parent = raws[old].parent
        while parent is not None and parent not in kept:
            parent = raws[parent].parent
        return None if parent is None else new_index[parent]

    quotes: list[Quote] = []
    for old in order:
        raw, segments = kept[old]
        parent = surviving_parent(old)
        depth = 0 if parent is None else quotes[parent].depth + 1
        content = Span(segments[0][0], segments[-1][1], source=text)
        confidence = _CONFIDENCE[raw.style] * (1.0 if raw.closed else _UNCLOSED_FACTOR)
        kind = QuoteKind.DIRECT if raw.dialogue else guess_kind(content.text)
        quotes.append(
            Quote(
                span=content,
                marks=Span(raw.mark_start, max(raw.mark_end, content.end), source=text),
                segments=tuple(Span(a, b, source=text) for a, b in segments),
                mark=raw.style,
                kind=kind,
                depth=depth,
                parent=parent,
                confidence=confidence,
                rule=raw.rule,
                closed=raw.closed,
            )
        )
    return tuple(quotes), found
