"""Paragraphs and sentences of French text, by rule, without a model.

The splitter is tuned for what attribution needs: a quotation and the words that introduce
or follow it stay in one *frame* sentence, so ``« Il pleut. Il vente », a-t-il dit.`` is one
sentence. It splits after ``.``, ``!``, ``?`` or ``…`` (and any closing marks after them) when
whitespace and then a capital letter, an opening mark or a dash follow, except:

- inside the content of a quotation that is closed later in the same paragraph;
- after an abbreviation ("M.", "Mme.", "Dr.", "av. J.-C.") or an initial ("J. Chirac");
- where the words run on ("3.5", "www.example.fr" never have a space after the dot); but a
  full stop glued between a word in small letters (or a closing mark) and a capitalised word
  (« sur le front.Selon le ministère », « “Choose Europe”.Cette conférence »), as pages pasted
  from the web lose the space, ends a sentence: no French word, number or address goes on so.

It tolerates the spaces that WiNER and OCR text put before punctuation ("nucléaire . »").
Offsets are exact and every span is trimmed of surrounding whitespace.

>>> text = "« Il pleut. Il vente », a-t-il dit. M. Dupont est parti."
>>> [s.text for s in sentences(text)]
['« Il pleut. Il vente », a-t-il dit.', 'M. Dupont est parti.']
"""

from __future__ import annotations

import bisect

import regex

from quoteattr.lang.fr.abbreviations import ABBREVIATIONS, DOTTED_ABBREVIATIONS
from quoteattr.marks.paragraphs import paragraphs as scanner_paragraphs
from quoteattr.model import Span

__all__ = ["in_dateline", "paragraphs", "protected_ranges", "segment", "sentences"]

_WHITESPACE = " \t\u00a0\u202f\u2009\u2007\u200b"

# A terminator run, then closing marks/brackets (WiNER may put spaces before each), then the gap.
_BOUNDARY = regex.compile(
    r"""
    (?P<term>[.!?…]+)
    (?P<close>(?:[\ \u00a0\u202f]*[»”"›’)\]])*)
    (?P<gap>[\s\u00a0\u202f]+|(?<=(?<![\p{L}\p{N}./@_-])(?!www\.)\p{Ll}{3,}\.|[»”]\.)(?=\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}@_]|[.-]\p{L})))
    (?=(?P<next>[\p{Lu}«“"‹(\[—–\-]|\d))
    """,
    regex.VERBOSE,
)
_LONGEST_WORD = 40  # how far back to look for the word before a full stop
_WORD_BEFORE = regex.compile(r"([\p{L}\p{N}.\-’']*)[ \u00a0\u202f]*$")

# Opening mark -> closing mark for the pairs that can be matched in order. Straight double
# quotes pair with each other; ‘ ’ are left out because ’ is the French apostrophe.
_PAIRS = {"«": "»", "“": "”", "‹": "›", "„": "“"}
_CLOSERS = {v: k for k, v in _PAIRS.items() if k != "„"}
_MARKS = regex.compile(r'[«»“”‹›„"]')


def paragraphs(text: str) -> list[Span]:
    """The paragraphs of ``text``, each trimmed of surrounding whitespace, blank ones skipped.

    They are the scanner's (:func:`quoteattr.marks.paragraphs.paragraphs`): a line (news wires
    and e-books break lines only between paragraphs), or, in a hard-wrapped text (laid out at a
    fixed width with a blank line between paragraphs, as OCR and plain-text exports are), a block
    of lines, so that a sentence runs on over its line breaks.
    """
    spans: list[Span] = []
    for start, end in scanner_paragraphs(text):
        span = _trim(text, start, end)
        if span is not None:
            spans.append(span)
    return spans


def protected_ranges(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The ``(open, close)`` positions of quotation marks that pair up in ``text[start:end]``.

    Marks are paired like brackets (« with », “ with ”, " with the next "), so a “…” inside
    «…» nests. An opening mark that is never closed in the range protects nothing: one stray
    « must not glue the rest of a paragraph into one sentence.
    """
    stop = len(text) if end is None else end
    stack: list[tuple[str, int]] = []
    ranges: list[tuple[int, int]] = []
    for match in _MARKS.finditer(text, start, stop):
        mark = match.group()
        pos = match.start()
        if mark == '"':
            if stack and stack[-1][0] == '"':
                ranges.append((stack.pop()[1], pos))
            else:
                stack.append((mark, pos))
        elif mark in _PAIRS and not (mark == "“" and stack and stack[-1][0] == "„"):
            stack.append((mark, pos))
        else:
            opener = "„" if mark == "“" else _CLOSERS.get(mark)
            # Close the nearest matching opener, dropping unclosed ones above it.
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == opener:
                    ranges.append((stack[depth][1], pos))
                    del stack[depth:]
                    break
    ranges.sort()
    return ranges


def sentences(text: str, within: Span | None = None) -> list[Span]:
    """The sentences of ``text`` (or of the paragraphs inside ``within``), in order."""
    start, end = (0, len(text)) if within is None else (within.start, within.end)
    spans: list[Span] = []
    for para in paragraphs(text):  # of the whole text: whether it is hard-wrapped is the text's
        if para.start < end and start < para.end:
            spans.extend(_split_paragraph(text, max(para.start, start), min(para.end, end)))
    return spans


def segment(text: str) -> list[list[Span]]:
    """The sentences of ``text`` grouped by paragraph: ``segment(text)[p][s]``."""
    return [_split_paragraph(text, p.start, p.end) for p in paragraphs(text)]


#: A news dateline opening a paragraph, before the first sentence's subject: a place in brackets
#: (« (Genève) Le conseil fédéral a décidé … »), or a place in capitals, maybe with a country,
#: a date and an agency, then a dash or a bar (« LYON (AFP) - », « BREST, Finistère, 3 mai
#: (Reuters) - », « QUIMPER | »). It says where the news comes from; no part of the sentence.
_DATELINE = regex.compile(
    r"\(\p{Lu}[\p{L}'’. -]{1,40}\)[ \u00a0]+(?=\p{Lu})"
    r"|\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*(?:,[^()\n|–—]{1,40})?(?:[ \u00a0]*\([^()\n]{1,30}\))?"
    r"[ \u00a0]*[-–—|][ \u00a0]+(?=\p{Lu})"
)


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]`` lie in the dateline that opens their line
    (:data:`_DATELINE`: « NANTES, 3 mai (AFP) – La CFDT … »): where the news was filed, a
    place whatever its capitals make it look like.

    >>> text = "NANTES, 3 mai (AFP) – La CFDT a parlé."
    >>> in_dateline(text, 0, 6), in_dateline(text, 25, 29)
    (True, False)
    """
    line = text.rfind("\n", 0, start) + 1
    found = _DATELINE.match(text, line)
    return found is not None and end <= found.end()


def _split_paragraph(text: str, start: int, end: int) -> list[Span]:
    inside = _inside_quotes(text, start, end)
    spans: list[Span] = []
    cursor = start
    dateline = _DATELINE.match(text, start, end)
    if dateline is not None:  # « (Genève) Le conseil fédéral a décidé … »: a sentence apart
        span = _trim(text, start, dateline.end())
        if span is not None:
            spans.append(span)
        cursor = dateline.end()
    for match in _BOUNDARY.finditer(text, start, end):
        term_start = match.start("term")
        cut = match.end("close")
        if _continues(inside, term_start, cut) or _after_abbreviation(text, cursor, term_start, match):
            continue
        span = _trim(text, cursor, cut)
        if span is not None:
            spans.append(span)
        cursor = match.end("gap")
    last = _trim(text, cursor, end)
    if last is not None:
        spans.append(last)
    return spans


def _inside_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Maximal protected ranges (outermost pairs only), sorted."""
    merged: list[tuple[int, int]] = []
    for left, right in protected_ranges(text, start, end):
        if merged and left < merged[-1][1]:
            continue  # nested inside the previous outer pair
        merged.append((left, right))
    return merged


def _continues(ranges: list[tuple[int, int]], pos: int, cut: int) -> bool:
    """Whether ``pos`` is inside a quotation that goes on after ``cut`` (not closed by then).

    ``ranges`` are disjoint and sorted, so only the last one opening before ``pos`` can hold it.
    """
    i = bisect.bisect_left(ranges, (pos, -1)) - 1
    return i >= 0 and ranges[i][1] >= cut


#: The first character after the spaces that follow a full stop.
_NEXT_CHARACTER = regex.compile(r"[ \t\u00a0\u202f]*(\S)")


def _after_abbreviation(text: str, cursor: int, term_start: int, match: regex.Match[str]) -> bool:
    if match.group("term") != "." or match.group("close"):
        return False
    before = _WORD_BEFORE.search(text, max(cursor, term_start - _LONGEST_WORD), term_start)
    word = before.group(1) if before else ""
    if not word or text[term_start - 1] in _WHITESPACE:
        return False  # "nucléaire ." (WiNER): a real full stop
    if word in ABBREVIATIONS or any(word.endswith(a) for a in DOTTED_ABBREVIATIONS):
        return True
    last = word.rsplit(".", 1)[-1].rsplit("-", 1)[-1]
    # An initial: one capital letter ("J. Chirac", "J.-P. Sartre"), not a word or a number, and
    # a name after it: « a réagi sur X. « C'est une honte » » ends a sentence on the network X
    if len(last) != 1 or not last.isupper():
        return False
    following = _NEXT_CHARACTER.match(text, match.end())
    return following is None or following.group(1).isupper()


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and (text[start].isspace() or text[start] in _WHITESPACE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _WHITESPACE):
        end -= 1
    return Span(start, end, source=text) if start < end else None
