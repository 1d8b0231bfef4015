"""Paragraphs of a text, as half-open character ranges.

A quote never runs past its paragraph unless the next one reopens it, so the scanner works paragraph
by paragraph. A paragraph is a line; in a hard-wrapped text (a book laid out at a fixed width, with a
blank line between paragraphs) it is a block of lines between blank lines.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["is_hard_wrapped", "paragraphs"]

_LINE: Final = re.compile(r"[^\n\r\u2028\u2029]+")
_BLOCK: Final = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
_WRAP_WIDTH: Final = 100
"""A hard-wrapped text has (nearly) no line longer than this many characters."""
_WRAPPED_SHARE: Final = 0.6
"""Share of non-blank lines that must sit in multi-line blocks for a text to count as hard-wrapped."""
_MIN_WRAPPED_LINES: Final = 6


def is_hard_wrapped(text: str) -> bool:
    """Whether ``text`` looks laid out at a fixed width, with blank lines between paragraphs."""
    if "\n" not in text:
        return False
    lines = [m.group() for m in _LINE.finditer(text) if m.group().strip()]
    if len(lines) < _MIN_WRAPPED_LINES:
        return False
    long_lines = sum(1 for line in lines if len(line) > _WRAP_WIDTH)
    if long_lines > len(lines) // 50:
        return False
    in_blocks = 0
    for block in _BLOCK.finditer(text):
        count = block.group().count("\n") + 1
        if count > 1:
            in_blocks += count
    return in_blocks >= _WRAPPED_SHARE * len(lines)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs of ``text`` as ``(start, end)`` ranges, blank ones left out, in order.

    >>> paragraphs("Un.\\n\\nDeux.")
    [(0, 3), (5, 10)]
    """
    pattern = _BLOCK if is_hard_wrapped(text) else _LINE
    return [(m.start(), m.end()) for m in pattern.finditer(text) if not m.group().isspace()]
