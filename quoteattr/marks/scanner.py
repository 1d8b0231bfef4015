"""Pairing quotation marks with a stack, paragraph by paragraph.

Marks are paired by style, not counted: a “ inside « … » opens a nested quote, a » closes the
innermost open « even with a “ still open inside it (that one is reported as unclosed); a “ set
where only a closing mark can stand (after a word, before a comma) closes a “, as some sites type
it for both; a « glued to the word before it closes an open « (« « Rien n'est exclu« , a dit X »),
as pages whose marks were converted the wrong way round show, and a » that opens words which such
a « closes opens them; two single marks stand for a double one (‘’…’’), as some agencies type it. ASCII
apostrophes quote too, as some wire pages type them ('Nous partirons', a dit X), but only in pairs within
a paragraph: one before a word, after a space or an opening mark, and the next one after a word or a
stop, before a space or punctuation (:func:`single_straight_pairs`); an apostrophe in l'État is none. A quote
left open at the end of its paragraph continues into the next one only when that paragraph
reopens it (« or » at its head, French style); otherwise it ends with its paragraph and a
diagnostic says so. A paragraph that opens with a dialogue dash is speech up to its end (see
:mod:`.dialogue`).

The scanner jumps from mark to mark with one compiled regular expression; apostrophes between
letters (l’État) are never visited.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from quoteattr.lang.fr.marks import (
    CLOSER_STYLE,
    INNER_PADDING,
    OPENER_STYLE,
    REOPEN_MARKS,
    STRAIGHT_DOUBLE,
    STRAIGHT_DOUBLE_VARIANTS,
    STYLE_CLOSERS,
)
from quoteattr.marks import diagnostics
from quoteattr.marks.dialogue import dialogue_start, dialogue_turns
from quoteattr.marks.paragraphs import paragraphs
from quoteattr.model import Diagnostic, MarkStyle

__all__ = ["MAX_DEPTH", "STRAIGHT_MARKS", "RawQuote", "scan", "single_straight_pairs"]

MAX_DEPTH: Final = 8
"""Quotes nest at most this deep; French typography rarely goes past three levels, and a run of
unbalanced opening marks must not make the scanner quadratic."""

STRAIGHT_MARKS: Final = re.compile("|".join(map(re.escape, (STRAIGHT_DOUBLE, *STRAIGHT_DOUBLE_VARIANTS))))
"""The ASCII double quote and what pages type for it (:data:`STRAIGHT_DOUBLE_VARIANTS`), each one
straight mark; the index's quoted regions pair them as the scanner does."""
_SINGLE_OPENER: Final = re.compile(r"(?<![\w'’])'(?=[^\W\d_])")
"""An ASCII apostrophe that may open a quote: before a letter, after no word nor apostrophe (the
'80s, with a figure after it, are years)."""
_SINGLE_CLOSER: Final = re.compile(r"(?<=[\w.!?…])'(?=[\s)\]}>»”’›—–\-/:;,.!?…]|\Z)")
"""An ASCII apostrophe that may close a quote: after a word or a stop, before spacing or punctuation."""
_ELIDED_WORD: Final = re.compile(r"(?i)\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)\Z")
"""A word French elides, right before an apostrophe spaced off its next word (« jusqu' à »)."""
_ELIDED_REACH: Final = 8
"""How far back from an apostrophe its elided word may start (« lorsqu' »)."""
_MARK: Final = re.compile(
    r"[«»‹›“”‘„’]|" + STRAIGHT_MARKS.pattern + "|" + _SINGLE_OPENER.pattern + "|" + _SINGLE_CLOSER.pattern
)
"""Every mark; a ’ between two letters (an apostrophe) is skipped by the scanner, and an ASCII
apostrophe is visited only where it may open or close a quote."""
_GUILLEMET: Final = re.compile(r"[«»]")
_OPENING_CONTEXT: Final = frozenset(" \u00a0\u202f\t\n\r([{<«“‘‹„—–-/:;,.!?…")
"""What may stand before an opening straight quote."""
_ELISION: Final = frozenset("'’")
"""The apostrophe of an elided word, before an opening straight quote when a letter follows it
(« qualifié d'"acte hostile" », « qu'"aucun remaniement" »)."""
_CLOSING_CONTEXT: Final = frozenset(" \u00a0\u202f\t\n\r)]}>»”’›—–-/:;,.!?…")
"""What may stand after a closing straight quote."""
_DOUBLED_OPENERS: Final = frozenset({"‘’", "‘‘"})
_DOUBLED_CLOSER: Final = "’’"
"""Two single marks typed for a double one, as some agencies do (« ‘’Nous partirons’’, a dit X »)."""
_STOPS: Final = frozenset(".!?…")
"""The stops a closing mark may follow (« …pas terminé.“ »)."""


@attrs.define
class RawQuote:
    """A quote being built by the scanner (mutable, internal); :func:`scan` returns them finished."""

    style: MarkStyle
    mark_start: int
    parent: int | None
    rule: str
    segment_start: int = -1
    segments: list[tuple[int, int]] = attrs.field(factory=list)
    mark_end: int = -1
    closed: bool = True
    dialogue: bool = False


@attrs.define
class _State:
    text: str
    quotes: list[RawQuote] = attrs.field(factory=list)
    stack: list[int] = attrs.field(factory=list)
    diagnostics: list[Diagnostic] = attrs.field(factory=list)
    skip: int = -1  # offset of a reopening mark already consumed
    dialogue_block: bool = False  # a « left open before dialogue lines; their » closes it silently
    in_turn: bool = False  # straight marks pair in turn, whatever their spacing (:func:`_scan_paragraph`)
    single_pairs: dict[int, dict[int, int]] = attrs.field(factory=dict)  # paragraph start: its ' pairs
    single_closers: set[int] = attrs.field(factory=set)  # where those pairs close

    def open(self, style: MarkStyle, position: int, length: int = 1) -> None:
        if len(self.stack) >= MAX_DEPTH:
            self.diagnostics.append(diagnostics.too_deep(self.text, position, MAX_DEPTH))
            return
        parent = self.stack[-1] if self.stack else None
        rule = f"marks:{style.value}"
        quote = RawQuote(style, position, parent, rule, segment_start=position + length)
        self.quotes.append(quote)
        self.stack.append(len(self.quotes) - 1)

    def close(self, level: int, position: int, length: int = 1) -> None:
        """Close the quote at stack ``level`` with the mark at ``position``; those above it stay unclosed."""
        while len(self.stack) > level + 1:
            self.end_unclosed(self.stack[-1], position)
        quote = self.quotes[self.stack.pop()]
        quote.segments.append((quote.segment_start, position))
        quote.mark_end = position + length

    def end_unclosed(self, index: int, position: int, *, report: bool = True) -> None:
        quote = self.quotes[index]
        self.stack.remove(index)
        quote.segments.append((quote.segment_start, position))
        quote.mark_end = position
        quote.closed = not report
        if report:
            self.diagnostics.append(diagnostics.unclosed(self.text, quote.mark_start, position, quote.style))

    def level_of(self, *styles: MarkStyle) -> int:
        for level in range(len(self.stack) - 1, -1, -1):
            if self.quotes[self.stack[level]].style in styles:
                return level
        return -1


def _straight(state: _State, position: int, para_start: int, para_end: int, length: int = 1) -> None:
    """Open or close a straight quote with the mark of ``length`` characters at ``position``
    (two for « '' »), by its spacing."""
    text = state.text
    end = position + length
    before = text[position - 1] if position > para_start else " "
    after = text[end] if end < para_end else " "
    elided = before in _ELISION and after.isalpha()
    can_open = (before in _OPENING_CONTEXT or elided) and end < para_end
    can_close = after in _CLOSING_CONTEXT
    level = state.level_of(MarkStyle.STRAIGHT_DOUBLE)
    if state.in_turn:
        if level >= 0:
            state.close(level, position, length)
        elif end < para_end:
            state.open(MarkStyle.STRAIGHT_DOUBLE, position, length)
        else:
            state.diagnostics.append(diagnostics.stray(text, position))
        return
    if level >= 0 and can_close:
        state.close(level, position, length)
    elif can_open:
        state.open(MarkStyle.STRAIGHT_DOUBLE, position, length)
    elif can_close:
        state.diagnostics.append(diagnostics.stray(text, position))


def _single_straight(state: _State, position: int, para_start: int) -> None:
    """Open or close a quote with the ASCII apostrophe at ``position`` when it is one of a pair
    of its paragraph (:func:`single_straight_pairs`); any other is an apostrophe."""
    pairs = state.single_pairs.get(para_start, {})
    if position in pairs:
        state.open(MarkStyle.STRAIGHT_SINGLE, position)
    elif position in state.single_closers and (level := state.level_of(MarkStyle.STRAIGHT_SINGLE)) >= 0:
        state.close(level, position)


def _sits_as_closer(text: str, position: int, para_start: int, para_end: int) -> bool:
    """Whether a “ stands where only a closing mark can: right after a word or a stop, before a
    space, a punctuation mark or the paragraph's end (« “Rien n'est exclu“, a dit le procureur »:
    some sites type the opening mark for both). An opening “ comes before a word."""
    before = text[position - 1] if position > para_start else " "
    after = text[position + 1] if position + 1 < para_end else " "
    return not before.isspace() and before not in _OPENING_CONTEXT - _STOPS and after in _CLOSING_CONTEXT


def _sits_as_opener(text: str, position: int, para_start: int, para_end: int) -> bool:
    """Whether a ” with no “ open stands where only an opening mark can: after a space, a colon,
    a bracket or the paragraph's head and right before a word, and either after a colon or with
    a ” set as a closer later in the paragraph (« a-t-il dit :”Nous partirons.” », « de ”bons
    résultats” »: some sites type the closing mark for both). A ” after a word stays a stray."""
    before = text[position - 1] if position > para_start else " "
    after = text[position + 1] if position + 1 < para_end else " "
    if not (before.isspace() or before in "(:") or not after.isalnum():
        return False
    if text[para_start:position].rstrip().endswith(":"):
        return True
    closer = text.find("”", position + 1, para_end)
    if closer < 0:
        return False
    following = text[closer + 1] if closer + 1 < para_end else " "
    return not text[closer - 1].isspace() and following in _CLOSING_CONTEXT


def _opens_reversed(text: str, position: int, para_start: int, end: int) -> bool:
    """Whether a » with no « open stands for an opening mark: it comes after a space or an
    elided word and before words, and the paragraph's next guillemet is a « set as a closer
    (« la compagnie explique » avoir tout déclaré« . »: marks converted the wrong way round).
    A stray » before a normal quote stays a stray."""
    before = text[position - 1] if position > para_start else " "
    if not (before.isspace() or before in _ELISION or before in _OPENING_CONTEXT):
        return False
    following = _GUILLEMET.search(text, position + 1, end)
    return (
        following is not None
        and following.group() == "«"
        and following.start() > position + 1
        and any(c.isalnum() for c in text[position + 1 : following.start()])
        and _sits_as_closer(text, following.start(), para_start, end)
    )


def single_straight_pairs(text: str, start: int, end: int) -> dict[int, int]:
    """The ASCII apostrophes of ``text[start:end]`` (a paragraph) that quote, opener to closer:
    each one that may open (:data:`_SINGLE_OPENER`) with the next one that may close
    (:data:`_SINGLE_CLOSER`), when no other opener stands between them and the quote holds a
    letter. « 'Pour tout dire, je m'attendais à pire', a reconnu X » is one quote; the
    apostrophes of « l'État » or « aujourd'hui » are none."""
    openers = [m.start() for m in _SINGLE_OPENER.finditer(text, start, end)]
    if not openers:
        return {}
    closers = [
        m.start()
        for m in _SINGLE_CLOSER.finditer(text, openers[0], end)
        # « jusqu' à »: the apostrophe of an elided word spaced off the next one closes nothing
        if not _ELIDED_WORD.search(text, max(start, m.start() - _ELIDED_REACH), m.start())
    ]
    pairs: dict[int, int] = {}
    j, closed = 0, -1
    for k, opener in enumerate(openers):
        if opener < closed:
            continue  # inside the quote just paired
        while j < len(closers) and closers[j] <= opener:
            j += 1
        if j == len(closers):
            break
        if k + 1 < len(openers) and openers[k + 1] < closers[j]:
            continue  # another opener before the closer: this one opens nothing
        pairs[opener] = closed = closers[j]
    return pairs


def _between_letters(text: str, position: int) -> bool:
    return 0 < position < len(text) - 1 and text[position - 1].isalpha() and text[position + 1].isalpha()


def _scan_range(state: _State, start: int, end: int, para_start: int) -> int:
    """Pair the marks in ``text[start:end]``; return the offset of a » closing a dialogue block, or -1."""
    text = state.text
    for match in _MARK.finditer(text, start, end):
        position = match.start()
        if position == state.skip:
            continue
        mark = match.group()
        pair = text[position : position + 2]
        if pair in _DOUBLED_OPENERS and position + 2 < end and not text[position + 2].isspace():
            state.open(MarkStyle.CURLY_DOUBLE, position, 2)  # ‘’…’’: two single marks for a double
            state.skip = position + 1
            continue
        if pair == _DOUBLED_CLOSER and (level := state.level_of(MarkStyle.CURLY_DOUBLE)) >= 0:
            state.close(level, position, 2)
            state.skip = position + 1
            continue
        if mark == "’" and (not state.stack or _between_letters(text, position)):
            continue  # an apostrophe (l’État), or a ’ with no ‘ open
        if mark == "'":
            _single_straight(state, position, para_start)
        elif STRAIGHT_MARKS.fullmatch(mark):
            _straight(state, position, para_start, end, len(mark))
        elif mark == "“" and (level := state.level_of(MarkStyle.LOW_DOUBLE)) >= 0:
            state.close(level, position)
        elif mark == "“" and _sits_as_closer(text, position, para_start, end):
            if (level := state.level_of(MarkStyle.CURLY_DOUBLE)) >= 0:
                state.close(level, position)  # “…“: the opening mark typed for the closing one
            else:
                state.diagnostics.append(diagnostics.stray(text, position))
        elif (
            mark == "«"
            and _sits_as_closer(text, position, para_start, end)
            and ((level := state.level_of(MarkStyle.GUILLEMETS)) >= 0)
        ):
            state.close(level, position)  # « … «: the opening mark typed for the closing one
        elif mark in OPENER_STYLE:
            if mark == "‘" and _between_letters(text, position):
                continue
            state.open(OPENER_STYLE[mark], position)
        else:
            style = CLOSER_STYLE[mark]
            styles = (style, MarkStyle.LOW_DOUBLE) if mark == "”" else (style,)
            level = state.level_of(*styles)
            if level >= 0:
                state.close(level, position)
            elif mark == "’":
                continue  # an apostrophe after a word (les enfants’), not a quote
            elif mark == "»" and state.dialogue_block:
                state.dialogue_block = False
                return position
            elif mark == "»" and _opens_reversed(text, position, para_start, end):
                state.open(MarkStyle.GUILLEMETS, position)
            elif mark == "”" and _sits_as_opener(text, position, para_start, end):
                state.open(MarkStyle.CURLY_DOUBLE, position)  # ”…”: the closing mark typed for both
            else:
                state.diagnostics.append(diagnostics.stray(text, position))
    return -1


def _head(text: str, start: int, end: int) -> int:
    while start < end and text[start] in INNER_PADDING:
        start += 1
    return start


def _opens_utterance(text: str, position: int) -> bool:
    """Whether the mark at ``position`` opens its paragraph's last words as an utterance: it
    stands at the paragraph's head or after a colon or a sentence's end. Only such a quote runs on
    into the next paragraph; a straight mark left open mid-sentence (« le film de X "qui raconte
    … ») is a stray, and the next paragraph's first mark opens a quote of its own."""
    k = position
    while k > 0 and text[k - 1] in " \u00a0\u202f\t":
        k -= 1  # read back from the mark: no copy of the text before it
    return k == 0 or text[k - 1] in "\n:.!?…"


def _end_of_paragraph(state: _State, para_end: int, next_para: tuple[int, int] | None) -> None:
    """Continue the open quotes into the next paragraph if it reopens them, else end them here."""
    if not state.stack:
        return
    text = state.text
    bottom = state.quotes[state.stack[0]]
    head = _head(text, *next_para) if next_para else -1
    if (
        next_para
        and head < next_para[1]
        and text[head] in REOPEN_MARKS[bottom.style]
        and (bottom.style is not MarkStyle.STRAIGHT_DOUBLE or _opens_utterance(text, bottom.mark_start))
    ):
        for index in state.stack:
            quote = state.quotes[index]
            quote.segments.append((quote.segment_start, para_end))
            quote.segment_start = head + 1
        state.skip = head
        return
    starts_dialogue = next_para is not None and dialogue_start(text, *next_para) >= 0
    if next_para and not starts_dialogue and len(state.stack) == 1 and _closed_unreopened(state, next_para):
        bottom.segments.append((bottom.segment_start, para_end))
        bottom.segment_start = head
        return
    for index in reversed(state.stack[1:]):
        state.end_unclosed(index, para_end)
    if starts_dialogue and bottom.style is MarkStyle.GUILLEMETS:
        # « … then — … lines: the classic French dialogue block, closed by a » at the end of a line.
        state.end_unclosed(state.stack[0], para_end, report=False)
        state.dialogue_block = True
    else:
        state.end_unclosed(state.stack[0], para_end)


#: Styles whose closing mark is never their opening one: a closer of theirs says on its own that
#: the words before it were quoted.
_PAIRED_STYLES = frozenset({MarkStyle.GUILLEMETS, MarkStyle.CURLY_DOUBLE})


def _closed_unreopened(state: _State, paragraph: tuple[int, int]) -> bool:
    """Whether ``paragraph`` closes the one quote left open before it without reopening it: the
    quote opens an utterance (:func:`_opens_utterance`) in « » or “ ”, and the paragraph's first
    quotation mark is that style's closer (« D'après lui, rien n'a changé. « Nous parlons. ⏎ Je
    ne céderai pas », dit-il. »: the writer left out the « French sets at the head of each
    paragraph of a long quotation). A closer with nothing open in its paragraph is otherwise a
    stray: the two marks are one quote's."""
    bottom = state.quotes[state.stack[0]]
    if bottom.style not in _PAIRED_STYLES or not _opens_utterance(state.text, bottom.mark_start):
        return False
    marks = (m.group() for m in _MARK.finditer(state.text, *paragraph) if m.group() != "’")
    return next(marks, "") in STYLE_CLOSERS[bottom.style]  # ’ is an apostrophe as often


def _dialogue(state: _State, para_start: int, para_end: int, content_start: int) -> None:
    """Make one quote per turn of the dialogue line ``text[content_start:para_end]``."""
    first_nested = len(state.quotes)
    closer = _scan_range(state, content_start, para_end, para_start)
    end = closer if closer >= 0 else para_end
    for index in reversed(list(state.stack)):
        state.end_unclosed(index, end)
    nested = state.quotes[first_nested:]
    del state.quotes[first_nested:]
    turns = dialogue_turns(state.text, content_start, end)
    turn_indices: list[int] = []
    for dash, turn_start, turn_end in turns:
        quote = RawQuote(
            MarkStyle.DIALOGUE_DASH,
            dash,
            None,
            "marks:dialogue",
            segments=[(turn_start, turn_end)],
            mark_end=turn_end,
            dialogue=True,
        )
        state.quotes.append(quote)
        turn_indices.append(len(state.quotes) - 1)
    offset = len(state.quotes)
    for quote in nested:
        if quote.parent is None:
            quote.parent = max(
                (i for i in turn_indices if state.quotes[i].mark_start <= quote.mark_start), default=None
            )
            if quote.parent is not None:  # a mark left open in a turn runs to the end of the line
                turn = state.quotes[quote.parent]
                turn.mark_end = max(turn.mark_end, quote.mark_end)
        else:
            quote.parent += offset - first_nested
        state.quotes.append(quote)


def _scan_paragraph(state: _State, para_start: int, para_end: int) -> int:
    """Pair the marks of a paragraph that is no dialogue line (see :func:`_scan_range`).

    Straight double marks are read by their spacing. When that reading leaves one of them open at
    the paragraph's end though the paragraph holds an even number of them, they are paired in turn
    instead, the first with the second, the third with the fourth: a straight mark cannot open a
    quote inside one it opened (a nested quote takes other marks), so the one whose spacing
    misleads is a closer. « Selon les auteurs, "des petits malins … à travers le monde "dans des
    paradis fiscaux, c'était … » closes at « monde ». Only with no quote open from the paragraph
    before, whose marks this paragraph may close."""
    first_quote, first_diagnostic, skip = len(state.quotes), len(state.diagnostics), state.skip
    fresh = not state.stack
    if state.text.find("'", para_start, para_end) >= 0:
        pairs = single_straight_pairs(state.text, para_start, para_end)
        state.single_pairs[para_start] = pairs
        state.single_closers.update(pairs.values())
    closer = _scan_range(state, para_start, para_end, para_start)
    if (
        closer >= 0
        or not fresh
        or not any(state.quotes[i].style is MarkStyle.STRAIGHT_DOUBLE for i in state.stack)
        or len(STRAIGHT_MARKS.findall(state.text, para_start, para_end)) % 2
    ):
        return closer
    del state.quotes[first_quote:]
    del state.diagnostics[first_diagnostic:]
    state.stack.clear()
    state.skip = skip
    state.in_turn = True
    try:
        return _scan_range(state, para_start, para_end, para_start)
    finally:
        state.in_turn = False


def scan(text: str) -> tuple[list[RawQuote], list[Diagnostic]]:
    """Every quote of ``text`` with its raw segments (untrimmed), and the diagnostics found."""
    state = _State(text)
    paras = paragraphs(text)
    for number, (para_start, para_end) in enumerate(paras):
        next_para = paras[number + 1] if number + 1 < len(paras) else None
        content_start = -1 if state.stack else dialogue_start(text, para_start, para_end)
        if content_start >= 0:
            _dialogue(state, para_start, para_end, content_start)
        else:
            closer = _scan_paragraph(state, para_start, para_end)
            if closer < 0:
                state.dialogue_block = False
        _end_of_paragraph(state, para_end, next_para)
    return state.quotes, state.diagnostics
