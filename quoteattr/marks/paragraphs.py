"""Paragraphs of a text, as half-open character ranges.

A quote never runs past its paragraph unless the next one reopens it, so the scanner works
paragraph by paragraph. A paragraph is a line (with the lines after it that open on a comma or a
word in small letters, which go on with its sentence); in a hard-wrapped text (a book laid out at
a fixed width, with a blank line between paragraphs) it is a block of lines between blank lines,
except that a line opening with a dialogue dash after a finished sentence starts a new one.
"""

from __future__ import annotations

from typing import Final

from quoteattr.lang.fr.marks import DIALOGUE_DASHES

__all__ = ["is_hard_wrapped", "paragraphs", "unwrapped"]

_WRAP_WIDTH: Final = 100
"""A hard-wrapped text has (nearly) no line longer than this many characters."""
_WRAPPED_SHARE: Final = 0.6
"""Share of non-blank lines that must sit in multi-line blocks for a text to count as hard-wrapped."""
_MIN_WRAPPED_LINES: Final = 6
_SENTENCE_END: Final = frozenset(".!?…»”")


def is_hard_wrapped(text: str) -> bool:
    """Whether ``text`` looks laid out at a fixed width, with blank lines between paragraphs."""
    lines = text.splitlines()
    nonblank = 0
    long_lines = 0
    in_blocks = 0
    run = 0
    for line in [*lines, ""]:
        if line and not line.isspace():
            nonblank += 1
            run += 1
            long_lines += len(line) > _WRAP_WIDTH
            continue
        if run > 1:
            in_blocks += run
        run = 0
    if nonblank < _MIN_WRAPPED_LINES or long_lines > nonblank // 50 or len(lines) == nonblank:
        return False
    return in_blocks >= _WRAPPED_SHARE * nonblank


def _opens_dialogue_line(text: str, previous_end: int, line: str) -> bool:
    """In a hard-wrapped text, a line that opens with a dash after a finished sentence is a new turn."""
    return line.lstrip(" \t\u00a0").startswith(DIALOGUE_DASHES) and text[previous_end - 1] in _SENTENCE_END


def _continues(line: str) -> bool:
    """Whether a line goes on with the sentence of the line right before it: it opens on a
    comma, a semicolon or a word in small letters, which no French sentence opens on (a page
    copied from the web breaks its lines where it set a quotation or a link apart: « "On est
    satisfait", ⏎ a déclaré à l'AFP Paul Roux »)."""
    opening = line.lstrip(" \t\u00a0\u202f")
    return bool(opening) and (opening[0] in ",;" or opening[0].islower())


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs of ``text`` as ``(start, end)`` ranges, blank ones left out, in order.

    Line breaks are those of :meth:`str.splitlines` (``\\n``, ``\\r\\n``, ``\\r``, U+2028 …).

    >>> paragraphs("Un.\\n\\nDeux.")
    [(0, 3), (5, 10)]
    """
    return _paragraphs(text, wrapped=is_hard_wrapped(text))


#: The characters :meth:`str.splitlines` breaks a line at.
_LINE_BREAKS: Final = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _paragraphs(text: str, *, wrapped: bool) -> list[tuple[int, int]]:
    """:func:`paragraphs`, with whether ``text`` is hard-wrapped already known."""
    found: list[tuple[int, int]] = []
    block_start = -1
    block_end = -1
    position = 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip(_LINE_BREAKS)
        start, end = position, position + len(content)
        position += len(line)
        if not content or content.isspace():
            if block_start >= 0:
                found.append((block_start, block_end))
                block_start = -1
            continue
        if wrapped and block_start >= 0 and not _opens_dialogue_line(text, block_end, content):
            block_end = end
            continue
        if block_start >= 0 and _continues(content):
            block_end = end  # « "…" ⏎ , a lancé un agriculteur »: a line a page broke mid-sentence
            continue
        if block_start >= 0:
            found.append((block_start, block_end))
        block_start, block_end = start, end
    if block_start >= 0:
        found.append((block_start, block_end))
    return found


def _has_line_break(paragraph: str) -> bool:
    """Whether ``paragraph`` holds a line break (:data:`_LINE_BREAKS`)."""
    return any(mark in paragraph for mark in _LINE_BREAKS)


def unwrapped(text: str) -> str:
    """``text`` with every line break inside a paragraph made a space, one character for one, so
    offsets stay the same: a hard-wrapped text then reads one line per paragraph, as the parser
    and the rules that read the words around a quote expect (« a déclaré la présidente\\nélue »),
    and so does a line that goes on with the sentence before it (:func:`_continues`). Any other
    text comes back as it is.

    >>> unwrapped("Un\\nmot.\\n\\nDeux\\nmots.\\n\\nTrois.\\n\\nQuatre.\\n\\nCinq\\nmots.\\n\\nSix\\nmots.")
    'Un mot.\\n\\nDeux mots.\\n\\nTrois.\\n\\nQuatre.\\n\\nCinq mots.\\n\\nSix mots.'
    """
    wrapped = is_hard_wrapped(text)
    found = _paragraphs(text, wrapped=wrapped)
    if not wrapped and not any(_has_line_break(text[start:end]) for start, end in found):
        return text
    chars = list(text)
    for start, end in found:
        for k in range(start, end):
            if chars[k] in _LINE_BREAKS:
                chars[k] = " "
    return "".join(chars)
