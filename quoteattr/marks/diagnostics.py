"""Stable diagnostic codes of quotation detection, and helpers that build them.

Messy input never raises: each oddity the scanner works around becomes a
:class:`~quoteattr.model.Diagnostic` on the :class:`~quoteattr.model.Extraction`.

========================  =====================================================================
code                      meaning
========================  =====================================================================
``unclosed-quote``        an opening mark with no closing one; the quote ends with its paragraph
``stray-closing-mark``    a closing mark with no opening one; it is skipped
``empty-quote``           a pair of marks with nothing but spacing between them; no quote made
``nesting-too-deep``      an opening mark inside too many open quotes; it is skipped
========================  =====================================================================
"""

from __future__ import annotations

from typing import Final

from quoteattr.model import Diagnostic, MarkStyle, Span

__all__ = [
    "EMPTY_QUOTE",
    "NESTING_TOO_DEEP",
    "STRAY_CLOSING_MARK",
    "UNCLOSED_QUOTE",
    "empty",
    "stray",
    "too_deep",
    "unclosed",
]

UNCLOSED_QUOTE: Final = "unclosed-quote"
STRAY_CLOSING_MARK: Final = "stray-closing-mark"
EMPTY_QUOTE: Final = "empty-quote"
NESTING_TOO_DEEP: Final = "nesting-too-deep"


def unclosed(text: str, mark_start: int, end: int, style: MarkStyle) -> Diagnostic:
    """An opening mark at ``mark_start`` never closed; the quote was ended at ``end``."""
    return Diagnostic(
        code=UNCLOSED_QUOTE,
        message=(
            f"opening {text[mark_start]!r} ({style.value}) at offset {mark_start} is never closed; "
            f"the quote was ended at offset {end}, the end of its paragraph or enclosing quote"
        ),
        span=Span(mark_start, end, source=text),
    )


def stray(text: str, position: int, length: int = 1) -> Diagnostic:
    """A closing mark at ``position`` that closes nothing; it was skipped."""
    return Diagnostic(
        code=STRAY_CLOSING_MARK,
        message=(
            f"closing {text[position : position + length]!r} at offset {position} has no opening mark "
            "before it in its paragraph; it was skipped"
        ),
        span=Span(position, position + length, source=text),
    )


def empty(text: str, start: int, end: int) -> Diagnostic:
    """Marks from ``start`` to ``end`` enclose no text; no quote was made."""
    return Diagnostic(
        code=EMPTY_QUOTE,
        message=f"the marks at offsets {start}-{end} enclose no text; no quote was made",
        span=Span(start, end, source=text),
    )


def too_deep(text: str, position: int, limit: int) -> Diagnostic:
    """An opening mark at ``position`` inside ``limit`` open quotes already; it was skipped."""
    return Diagnostic(
        code=NESTING_TOO_DEEP,
        message=(
            f"opening {text[position]!r} at offset {position} would nest deeper than {limit} quotes; "
            "it was skipped (check the text for unbalanced marks)"
        ),
        span=Span(position, position + 1, source=text),
    )
