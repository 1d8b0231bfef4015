"""What gets parsed: the *view* of a text that attribution needs, and the way back.

Parsing a whole article to attribute five quotes wastes most of the parser's time. This module
picks the sentences that hold or introduce a quotation, plus ``context`` sentences before each
(where the source is often named), and hands only those to the parser, one sentence per text.
On the way it rewrites what French models trip on and, optionally, *elides* the content of long
direct quotes (the words inside a quote are not needed to find who said it): the content is
replaced by a short :data:`PLACEHOLDER` that fills the same syntactic slot.

Every offset handed back is in the caller's ORIGINAL text: an :class:`OffsetMap` maps each view
position back, normalised characters one for one, and the placeholder's words to the whole span
of the content they replace. The returned :class:`ParsedDoc` has ``text`` = the original text
and its sentences in text order.

>>> from quoteattr.model import MarkStyle, Quote, QuoteKind, Span
>>> text = "Il pleut. « Nous partirons demain », a déclaré Marie."
>>> quote = Quote(Span(12, 33), Span(10, 35), (Span(12, 33),), MarkStyle.GUILLEMETS)
>>> [s.text for s in select_sentences(text, [quote])]
['Il pleut.', '« Nous partirons demain », a déclaré Marie.']
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

from quoteattr.errors import ParserError
from quoteattr.lang.fr.verbs import INCISE_ONLY_VERBS, REPORTING_VERBS, lemma_of
from quoteattr.model import MarkStyle, Quote, QuoteKind, Span
from quoteattr.parse.segment import sentences as split_sentences
from quoteattr.parse.types import ParsedDoc, Sentence, Word
from quoteattr.protocols import Parser

__all__ = [
    "ANNOUNCING_GAP",
    "DEFAULT_CONTEXT",
    "ELIDE_MIN_CHARS",
    "NORMALISE",
    "PLACEHOLDER",
    "OffsetMap",
    "ViewChunk",
    "build_view",
    "elision_spans",
    "parse_for_attribution",
    "parse_many_for_attribution",
    "select_sentences",
]

#: Sentences kept before each sentence that holds a quote (for speaker resolution).
DEFAULT_CONTEXT = 2

#: A direct quote's content is elided only from this many characters on (shorter quotes
#: cost the parser little, and their words may be all the frame has).
ELIDE_MIN_CHARS = 40

#: What replaces an elided quote's content (see docs/parsing.md for the measurement).
PLACEHOLDER = "Ça suffit"

#: One-for-one character rewrites applied to the view (lengths never change, so offsets map
#: back by identity): the curly apostrophe, which the French models tokenise badly ("l’" stays
#: one token with lemma "l’"), the narrow no-break space, which they never saw in training, and
#: English curly quotes “ ”, which they parse worse than the « » they learnt French quotations in
#: (measured in docs/parsing.md).
NORMALISE: dict[str, str] = {"’": "'", "\u202f": "\u00a0", "“": "«", "”": "»"}

#: Spaces inside guillemets become no-break spaces, the typography the models parse best
#: (measured in docs/parsing.md): "« Oui »" → "«\u00a0Oui\u00a0»".
_PADDED_MARKS = ("«", "»")
_SPACES = (" ", "\u00a0", "\u202f")
#: Marks French sets after a space, which typesetters make a no-break one (« a-t-il dit\u202f: »);
#: the models tokenise a no-break space as a word of its own and learnt these marks after a plain
#: space, so that is what they get (measured in docs/parsing.md).
_SPACED_MARKS = frozenset(":;!?")


@attrs.frozen
class _Piece:
    view_start: int
    view_end: int
    start: int
    end: int
    elided: bool


@attrs.frozen
class OffsetMap:
    """Maps positions in a view text back to the original text.

    ``pieces`` tile the view in order; a copied piece maps one for one, an elided piece maps
    any position inside it to the start (for a start) or end (for an end) of what it replaced.
    """

    pieces: tuple[_Piece, ...]
    _starts: tuple[int, ...] = attrs.field(init=False, eq=False, repr=False)
    _elided: tuple[_Piece, ...] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(p.view_start for p in self.pieces))
        object.__setattr__(self, "_elided", tuple(p for p in self.pieces if p.elided))

    def span(self, start: int, end: int, source: str | None = None) -> Span:
        """The original span of view ``[start, end)``."""
        return Span(self.start(start), self.end(end), source=source)

    def start(self, pos: int) -> int:
        """The original position of a view position used as a start."""
        piece = self.pieces[max(0, bisect.bisect_right(self._starts, pos) - 1)]
        if piece.elided:
            return piece.start
        return min(piece.end, piece.start + (pos - piece.view_start))

    def end(self, pos: int) -> int:
        """The original position of a view position used as an end."""
        piece = self.pieces[max(0, bisect.bisect_left(self._starts, pos) - 1)]
        if piece.elided:
            return piece.end
        return min(piece.end, piece.start + (pos - piece.view_start))

    def is_elided(self, start: int, end: int) -> bool:
        """Whether view ``[start, end)`` touches an elided piece."""
        return any(p.view_start < end and start < p.view_end for p in self._elided)


@attrs.frozen
class ViewChunk:
    """One sentence as the parser sees it: ``text``, and the map back to the original."""

    text: str
    sentence: Span
    offsets: OffsetMap


#: A sentence kept for a quote that is longer than this many characters is parsed only around
#: its quotes (the longest kept sentence of the evaluation corpora has 2,805).
MAX_SENTENCE_CHARS = 5_000
#: How many characters on each side of a quote's marks such a window keeps.
SENTENCE_WINDOW = 1_000


def select_sentences(
    text: str, quotes: Sequence[Quote], *, context: int = DEFAULT_CONTEXT, indirect: bool = False
) -> list[Span]:
    """The sentences of ``text`` that hold a quote, introduce one, or come ``context`` before one.

    A sentence introduces a quote when it ends with a colon right before it ("Il a déclaré :"
    then the quote in the next paragraph). No quotes, no sentences, unless ``indirect`` is set:
    then the sentences the surface scan of :mod:`quoteattr.parse.scan` says may hold indirect
    speech are kept too.
    """
    if context < 0:
        raise ValueError(f"context must be >= 0, got {context}")
    if not quotes and not indirect:
        return []
    spans = split_sentences(text)
    ends = [s.end for s in spans]
    keep: set[int] = set()
    anchors: dict[int, list[tuple[int, int]]] = {}  # the quotes each kept sentence is kept for
    if indirect:
        from quoteattr.parse.scan import may_report, opens_cleft

        for i, span in enumerate(spans):
            sentence = text[span.start : span.end]
            if may_report(sentence):
                keep.add(i)
            if i > 0 and opens_cleft(sentence):
                keep.add(i - 1)  # « Le projet sera abandonné. C'est ce qu'a annoncé le maire. »
    for quote in quotes:
        first = bisect.bisect_right(ends, quote.marks.start)
        for i in range(first, len(spans)):
            if spans[i].start >= max(quote.marks.end, quote.marks.start + 1):
                break
            keep.add(i)
            anchors.setdefault(i, []).append((quote.marks.start, quote.marks.end))
            keep.update(range(max(0, i - context), i))
            if i > 0 and text[spans[i - 1].start : spans[i - 1].end].endswith(":"):
                keep.add(i - 1)
            if i + 1 < len(spans) and _signature_after(text, quote, spans[i + 1]):
                keep.add(i + 1)  # « … »⏎— Service de presse du salon: the line that signs it
        if (
            first > 0
            and quote.mark is not MarkStyle.DIALOGUE_DASH
            and _announces(text, spans[first - 1], quote)
        ):
            keep.add(first - 1)  # « X a réagi. « … » »: the sentence that announces the quote
    kept: list[Span] = []
    for i in sorted(keep):
        kept.extend(_bounded(text, spans[i], anchors.get(i, [(spans[i].end, spans[i].end)])))
    return kept


#: What may lie between a sentence and the quote it announces: spaces, one paragraph break
#: (the parse keeps such a sentence, and the rule ``speech_before`` reads it).
ANNOUNCING_GAP = regex.compile(r"[ \t\u00a0\u202f]*(?:\n[ \t\u00a0\u202f]*){0,2}")
_WORDS = regex.compile(r"\p{L}+")


def _announces(text: str, sentence: Span, quote: Quote) -> bool:
    """Whether ``sentence`` ends right before ``quote`` and holds a speech verb form: it may
    announce the quote (« Le maire a réagi. « … » »), so the rules need its parse."""
    if ANNOUNCING_GAP.fullmatch(text, sentence.end, quote.marks.start) is None:
        return False
    words = _WORDS.findall(text, sentence.start, sentence.end)
    lemmas = {lemma_of(w, w) for w in words if w[:1].islower()}
    return any(lemma in REPORTING_VERBS and lemma not in INCISE_ONLY_VERBS for lemma in lemmas)


def _signature_after(text: str, quote: Quote, sentence: Span) -> bool:
    """Whether ``sentence`` opens with a dash right under ``quote`` (only spaces between)."""
    gap = text[quote.marks.end : sentence.start]
    return not gap.strip() and text[sentence.start : sentence.start + 1] in {"—", "–"}


def _bounded(text: str, sentence: Span, anchors: Sequence[tuple[int, int]]) -> list[Span]:
    """``sentence``, or for one longer than :data:`MAX_SENTENCE_CHARS` (a text with no full stop,
    a 1,000,000-character line), the windows of :data:`SENTENCE_WINDOW` characters around its
    quotes, cut at spaces: a parse never grows with the length of a line."""
    if len(sentence) <= MAX_SENTENCE_CHARS:
        return [sentence]
    windows: list[list[int]] = []
    for start, end in sorted(anchors):
        low = max(sentence.start, start - SENTENCE_WINDOW)
        high = min(sentence.end, end + SENTENCE_WINDOW)
        if windows and low <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], high)
        else:
            windows.append([low, high])
    out: list[Span] = []
    for low, high in windows:
        if low > sentence.start:
            space = text.find(" ", low, high)
            low = space + 1 if space >= 0 else low
        if high < sentence.end:
            space = text.rfind(" ", low, high)
            high = space if space > low else high
        out.append(Span(low, high, source=text))
    return out


def elision_spans(quotes: Sequence[Quote], *, min_chars: int = ELIDE_MIN_CHARS) -> list[Span]:
    """The content spans worth eliding: outermost direct quotes at least ``min_chars`` long that
    hold no quote of their own.

    A quote counts as direct when the scanner says so, or, when it left the kind at its
    default, when its content reads as a whole utterance (capitalised, several words).
    """
    spans: list[Span] = []
    nested = [q.marks for q in quotes if q.depth > 0]
    for quote in quotes:
        if quote.depth > 0 or quote.kind in (QuoteKind.TERM, QuoteKind.INDIRECT):
            continue
        if quote.kind is QuoteKind.PARTIAL and not _reads_as_utterance(quote):
            continue
        if any(quote.span.start <= inner.start and inner.end <= quote.span.end for inner in nested):
            continue  # a story told in marks: the quotes inside it need their frame parsed
        for seg in quote.segments or (quote.span,):
            if len(seg) >= min_chars:
                spans.append(Span(seg.start, seg.end))
    return _disjoint(spans)


def _reads_as_utterance(quote: Quote) -> bool:
    source = quote.span.source
    if source is None:
        return False
    content = source[quote.span.start : quote.span.end]
    return bool(content) and content[0].isupper() and len(content.split()) >= 6


def build_view(
    text: str,
    sentences: Sequence[Span],
    elide: Sequence[Span] = (),
    *,
    normalise: bool = True,
    placeholder: str | None = None,
) -> list[ViewChunk]:
    """One :class:`ViewChunk` per sentence: normalised, with the ``elide`` spans replaced.

    ``placeholder`` defaults to :data:`PLACEHOLDER`.
    """
    if placeholder is None:
        placeholder = PLACEHOLDER
    spans = _disjoint(elide)
    starts = [s.start for s in spans]
    ends = [s.end for s in spans]
    chunks = []
    for sent in sentences:
        pieces: list[_Piece] = []
        parts: list[str] = []
        cursor = sent.start
        vpos = 0
        # The spans are disjoint, so their ends are sorted too: slice out those touching the sentence.
        first = bisect.bisect_right(ends, sent.start)
        last = bisect.bisect_left(starts, sent.end)
        for span in spans[first:last]:
            start, end = max(span.start, sent.start), min(span.end, sent.end)
            if start >= end or start < cursor:
                continue
            if start > cursor:
                parts.append(text[cursor:start])
                pieces.append(_Piece(vpos, vpos + start - cursor, cursor, start, False))
                vpos += start - cursor
            parts.append(placeholder)
            pieces.append(_Piece(vpos, vpos + len(placeholder), start, end, True))
            vpos += len(placeholder)
            cursor = end
        if cursor < sent.end or not pieces:
            parts.append(text[cursor : sent.end])
            pieces.append(_Piece(vpos, vpos + sent.end - cursor, cursor, sent.end, False))
        view = "".join(parts)
        if normalise:
            view = _normalise(view)
        chunks.append(
            ViewChunk(
                text=view, sentence=Span(sent.start, sent.end, source=text), offsets=OffsetMap(tuple(pieces))
            )
        )
    return chunks


def _disjoint(spans: Sequence[Span]) -> list[Span]:
    """``spans`` sorted, dropping any that overlaps one kept before it (the longest at a start wins)."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < span.end and (not kept or span.start >= kept[-1].end):
            kept.append(span)
    return kept


def _normalise(view: str) -> str:
    chars = [NORMALISE.get(c, c) for c in view]
    if "”" in view:
        for i, c in enumerate(view):
            # a ” right before a word, after no word, opens its quote (« a dit :”Nous partirons.” »:
            # some sites type the closing mark for both): the models get the opening «
            before_word = i + 1 < len(view) and view[i + 1].isalnum()
            if c == "”" and before_word and (i == 0 or not view[i - 1].isalnum()):
                chars[i] = "«"
    for i, c in enumerate(chars):
        if c in _SPACES and (
            (i > 0 and chars[i - 1] == _PADDED_MARKS[0])
            or (i + 1 < len(chars) and chars[i + 1] == _PADDED_MARKS[1])
        ):
            chars[i] = "\u00a0"
        elif c in _SPACES and i + 1 < len(chars) and chars[i + 1] in _SPACED_MARKS:
            chars[i] = " "
    return "".join(chars)


def parse_for_attribution(
    text: str,
    quotes: Sequence[Quote],
    parser: Parser,
    *,
    context: int = DEFAULT_CONTEXT,
    elide: bool = True,
    indirect: bool = False,
) -> ParsedDoc:
    """Parse what attribution needs of ``text``; every offset in the result is into ``text``.

    A text without quotes parses nothing (an empty :class:`ParsedDoc`). A backend that declares
    ``accepts_rewrites = False`` (pre-parsed CoNLL-U) gets the original text untouched, and only
    its sentences that overlap the selected ones are kept.
    """
    return parse_many_for_attribution(
        [(text, quotes)], parser, context=context, elide=elide, indirect=indirect
    )[0]


def parse_many_for_attribution(
    items: Sequence[tuple[str, Sequence[Quote]]],
    parser: Parser,
    *,
    context: int = DEFAULT_CONTEXT,
    elide: bool = True,
    indirect: bool = False,
) -> list[ParsedDoc]:
    """:func:`parse_for_attribution` for many ``(text, quotes)`` pairs, calling the parser once.

    ``indirect`` also parses the sentences that may hold indirect speech (:func:`select_sentences`).
    """
    selections = [
        select_sentences(text, quotes, context=context, indirect=indirect) for text, quotes in items
    ]
    if not getattr(parser, "accepts_rewrites", True):
        return _parse_untouched(items, selections, parser)
    views = [
        build_view(text, sel, elision_spans(quotes) if elide else ())
        for (text, quotes), sel in zip(items, selections, strict=True)
    ]
    flat = [chunk.text for view in views for chunk in view]
    # a chunk copied whole from its text is parsed straight into that text where the parser can
    # (its words are then built once); the others are mapped back here
    origins = [_origin(chunk, text) for (text, _), view in zip(items, views, strict=True) for chunk in view]
    parse_copies = getattr(parser, "parse_copies", None)
    parse_one = getattr(parser, "parse_sentences", None)
    if not flat:
        parsed = []
    elif callable(parse_copies):
        parsed = parse_copies(flat, origins)
    else:
        origins = [None] * len(flat)
        parsed = parse_one(flat) if callable(parse_one) else parser.parse(flat)
    if len(parsed) != len(flat):
        raise ParserError(f"parser {parser.name} returned {len(parsed)} parses for {len(flat)} texts")
    docs = []
    cursor = 0
    for (text, _), view in zip(items, views, strict=True):
        sents: list[Sentence] = []
        for chunk in view:
            if origins[cursor] is not None:
                sents.extend(parsed[cursor].sentences)
            else:
                sents.extend(_map_sentence(s, chunk, text) for s in parsed[cursor].sentences)
            cursor += 1
        used = tuple(
            Span(p.start, p.end, source=text) for chunk in view for p in chunk.offsets.pieces if p.elided
        )
        docs.append(ParsedDoc(text=text, sentences=tuple(sents), parser=parser.name, elided=used))
    return docs


def _parse_untouched(
    items: Sequence[tuple[str, Sequence[Quote]]], selections: list[list[Span]], parser: Parser
) -> list[ParsedDoc]:
    wanted = [i for i, sel in enumerate(selections) if sel]
    parsed = parser.parse([items[i][0] for i in wanted]) if wanted else []
    by_item = dict(zip(wanted, parsed, strict=True))
    docs = []
    for i, (text, _) in enumerate(items):
        doc = by_item.get(i)
        if doc is None:
            docs.append(ParsedDoc(text=text, sentences=(), parser=parser.name))
            continue
        keep = tuple(s for s in doc.sentences if any(s.span.overlap(sel) for sel in selections[i]))
        docs.append(ParsedDoc(text=text, sentences=keep, parser=doc.parser or parser.name))
    return docs


def _origin(chunk: ViewChunk, text: str) -> tuple[str, int] | None:
    """``(text, shift)`` when ``chunk`` is ``text[shift : shift + len(chunk.text)]`` with characters
    rewritten one for one (one piece, nothing elided, as most chunks are); else ``None``."""
    pieces = chunk.offsets.pieces
    if len(pieces) != 1 or pieces[0].elided:
        return None
    return text, pieces[0].start - pieces[0].view_start


def _map_sentence(sentence: Sentence, chunk: ViewChunk, text: str) -> Sentence:
    offsets = chunk.offsets
    if len(offsets.pieces) == 1 and not offsets.pieces[0].elided:
        return _shift_sentence(sentence, chunk, text)
    words = []
    for word in sentence.words:
        vs, ve = word.span.start, word.span.end
        span = offsets.span(vs, ve, source=text)
        word_text = word.text
        if not offsets.is_elided(vs, ve) and chunk.text[vs:ve] == word.text:
            word_text = text[span.start : span.end]  # undo the normalisation
        words.append(  # built directly: attrs.evolve is slow, and this runs for every parsed word
            Word(
                word.index, word_text, word.lemma, word.upos, word.head, word.deprel, span, word.feats,
                ent=word.ent, ent_iob=word.ent_iob,
            )
        )  # fmt: skip
    return Sentence(
        span=offsets.span(sentence.span.start, sentence.span.end, source=text), words=tuple(words)
    )


def _shift_sentence(sentence: Sentence, chunk: ViewChunk, text: str) -> Sentence:
    """:func:`_map_sentence` for a chunk copied whole from ``text`` (one piece, nothing elided,
    as most are): every view position maps by one shift, to the same spans
    :meth:`OffsetMap.span` gives, which are in bounds by construction (no span checks)."""
    (piece,) = chunk.offsets.pieces
    shift, limit = piece.start - piece.view_start, piece.end
    view = chunk.text
    words = []
    for word in sentence.words:
        vs, ve = word.span.start, word.span.end
        start, end = min(limit, shift + vs), min(limit, shift + ve)
        word_text = word.text
        if view[vs:ve] == word_text:
            word_text = text[start:end]  # undo the normalisation
        words.append(
            Word(
                word.index, word_text, word.lemma, word.upos, word.head, word.deprel,
                Span._trusted(start, end, text), word.feats, ent=word.ent, ent_iob=word.ent_iob,
            )
        )  # fmt: skip
    return Sentence(
        span=chunk.offsets.span(sentence.span.start, sentence.span.end, source=text), words=tuple(words)
    )
