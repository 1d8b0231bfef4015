"""Where a quote sits in the parse: its sentences, the words inside it, and its frame.

The *frame* of a quote is the writer's own words around it: the words of the quote's sentences
that lie inside no quotation (except the quotes that enclose this one, whose words are the frame
of a nested quote). Rules look for cues and sources only in the frame.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

from quoteattr.errors import ConfigurationError
from quoteattr.model import MarkStyle, Quote, Span
from quoteattr.parse.types import ParsedDoc, Sentence, Word

__all__ = ["Locator", "QuoteSite", "locate", "require_parse"]


#: No word indices: what ``inside`` and ``quoted`` hold for a sentence they do not list.
_NO_WORDS: frozenset[int] = frozenset()
#: A letter: what a speech tag the scanner cut off inside a quote's marks is written with.
_LETTER = regex.compile(r"\p{L}")


def require_parse(doc: ParsedDoc | None) -> ParsedDoc:
    """``doc`` itself; raise :class:`ConfigurationError` when there is no parse to walk."""
    if not isinstance(doc, ParsedDoc):
        raise ConfigurationError(
            f"attribution rules walk a dependency parse and got {type(doc).__name__}; "
            "parse the text first (quoteattr.parse.prepare.parse_for_attribution) or use "
            "Extractor(parser=None) for detection only"
        )
    return doc


@attrs.frozen
class QuoteSite:
    """A quote located in a :class:`ParsedDoc`.

    ``first``/``last`` index the sentences holding the opening and closing marks (``-1`` when the
    quote lies outside every parsed sentence). ``inside`` maps a sentence index to the indices of
    its words inside the quote's content; ``quoted`` to the indices of its words inside any quote
    that does not enclose this one (the frame is everything else).
    """

    quote: Quote
    doc: ParsedDoc
    first: int
    last: int
    inside: dict[int, frozenset[int]]
    quoted: dict[int, frozenset[int]]
    # frame_before() and frame_after(), kept once read: every rule asks for them again
    _before: tuple[Word, ...] | None = attrs.field(default=None, init=False, eq=False, repr=False)
    _after: tuple[tuple[int, Word], ...] | None = attrs.field(default=None, init=False, eq=False, repr=False)
    # tail_tag, read once: every word's frame test asks for it
    _tail: bool | None = attrs.field(default=None, init=False, eq=False, repr=False)

    @property
    def located(self) -> bool:
        """Whether the quote lies in parsed sentences (rules only run when it does)."""
        return self.first >= 0 and self.last >= 0

    def sentence(self, index: int) -> Sentence:
        """The parsed sentence ``index`` of the document."""
        return self.doc.sentences[index]

    def is_inside(self, sentence: int, word: Word) -> bool:
        """Whether ``word`` (of sentence ``sentence``) is part of this quote's content."""
        return word.index in self.inside.get(sentence, _NO_WORDS)

    def is_frame(self, sentence: int, word: Word) -> bool:
        """Whether ``word`` belongs to the writer's frame around this quote."""
        if word.index in self.inside.get(sentence, _NO_WORDS):
            return False
        if word.index in self.quoted.get(sentence, _NO_WORDS):
            return False
        return not self._is_mark(word)

    def _is_mark(self, word: Word) -> bool:
        """The word is one of this quote's own marks (a dialogue line has only its opening dash,
        a quote whose tag closes it inside its marks its closing mark after the tag)."""
        quote = self.quote
        if quote.marks.start <= word.start and word.end <= quote.span.start:
            return True
        if quote.mark is MarkStyle.DIALOGUE_DASH:
            return False
        if self.tail_tag:
            return word.start >= quote.marks.end - 1 and word.end <= quote.marks.end
        return quote.span.end <= word.start and word.end <= quote.marks.end

    @property
    def tail_tag(self) -> bool:
        """Whether the quote's speech tag stands inside its marks, after its words, where the
        scanner cut it off (« « Vous partirez demain, dit le comte. » »): the tag is the frame
        after the quote, as a dialogue line's is."""
        found = self._tail
        if found is None:
            quote = self.quote
            found = (
                quote.mark is not MarkStyle.DIALOGUE_DASH
                and quote.span.end < quote.marks.end
                and _LETTER.search(self.doc.text, quote.span.end, quote.marks.end) is not None
            )
            object.__setattr__(self, "_tail", found)
        return found

    @property
    def after_offset(self) -> int:
        """Where the frame after the quote begins (a dialogue line runs on into its tag, and so
        does a quote whose tag closes it inside its marks)."""
        if self.quote.mark is MarkStyle.DIALOGUE_DASH or self.tail_tag:
            return self.quote.span.end
        return self.quote.marks.end

    def frame_before(self) -> tuple[Word, ...]:
        """Frame words of the first sentence before the opening mark, in order."""
        found = self._before
        if found is None:
            found = self._frame_before()
            object.__setattr__(self, "_before", found)
        return found

    def _frame_before(self) -> tuple[Word, ...]:
        if self.first < 0:
            return ()
        sent = self.sentence(self.first)
        return tuple(
            w
            for w in sent
            if w.end <= self.quote.marks.start and self.is_frame(self.first, w) and not w.text.isspace()
        )

    def frame_after(self) -> tuple[tuple[int, Word], ...]:
        """Frame words after the quote, in order, with their sentence index.

        For a quote cut by a speech tag (several segments on one line), the words between the
        first two segments come first: they are the tag.
        """
        found = self._after
        if found is None:
            found = self._frame_after()
            object.__setattr__(self, "_after", found)
        return found

    def _frame_after(self) -> tuple[tuple[int, Word], ...]:
        if self.last < 0:
            return ()
        segments = self.quote.segments
        if len(segments) > 1 and self.first >= 0:
            gap = Span(segments[0].end, segments[1].start)
            tag = tuple(
                (index, w)
                for index in range(self.first, self.last + 1)
                for w in self.sentence(index)
                if gap.contains(w.span) and not self._in_other_quote(index, w)
            )
            if tag:
                return tag
        sent = self.sentence(self.last)
        references = _reference_words(sent)
        return tuple(
            (self.last, w)
            for w in sent
            if w.start >= self.after_offset
            and self.is_frame(self.last, w)
            and not w.text.isspace()
            and w.index not in references
        )

    def _in_other_quote(self, sentence: int, word: Word) -> bool:
        return word.index in self.quoted.get(sentence, _NO_WORDS)

    def top_words(self) -> tuple[tuple[int, Word], ...]:
        """The quote's words whose head lies outside the quote (or that are roots)."""
        out: list[tuple[int, Word]] = []
        for index, words in sorted(self.inside.items()):
            sent = self.sentence(index)
            for w in sent:
                if w.index in words and (w.head < 0 or w.head not in words) and w.upos != "PUNCT":
                    out.append((index, w))
        return tuple(out)

    def inside_words(self) -> tuple[tuple[int, Word], ...]:
        """Every word of the quote's content, with its sentence index."""
        return tuple(
            (index, w)
            for index, words in sorted(self.inside.items())
            for w in self.sentence(index)
            if w.index in words
        )


class Locator:
    """Locates the quotes of one document in its parse, with bisection (a long article with
    thousands of quotes stays linear-time)."""

    def __init__(self, doc: ParsedDoc, quotes: Sequence[Quote]) -> None:
        self.doc = doc
        self._starts = [sent.span.start for sent in doc.sentences]
        self._quotes = sorted(quotes, key=lambda q: q.marks.start)
        self._quote_starts = [q.marks.start for q in self._quotes]
        self._longest = max((len(q.marks) for q in self._quotes), default=0)

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence holding ``offset``, or -1."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return -1
        span = self.doc.sentences[i].span
        return i if span.start <= offset < max(span.end, span.start + 1) else -1

    def covering(self, span: Span) -> list[int]:
        """The indices of the sentences overlapping ``span``."""
        lo = max(0, bisect.bisect_right(self._starts, span.start) - 1)
        hi = bisect.bisect_left(self._starts, span.end)
        return [
            i
            for i in range(lo, hi)
            if self.doc.sentences[i].span.start < span.end and span.start < self.doc.sentences[i].span.end
        ]

    def quotes_within(self, start: int, end: int) -> list[Quote]:
        """The quotes whose marks overlap ``[start, end)``."""
        lo = bisect.bisect_left(self._quote_starts, start - self._longest)
        hi = bisect.bisect_left(self._quote_starts, end)
        return [q for q in self._quotes[lo:hi] if q.marks.start < end and start < q.marks.end]

    def locate(self, quote: Quote) -> QuoteSite:
        """Where ``quote`` sits in the parse."""
        doc = self.doc
        first = self.sentence_at(quote.marks.start)
        if first < 0:
            first = self.sentence_at(quote.span.start)
        closing = quote.span.end if quote.mark is MarkStyle.DIALOGUE_DASH else quote.marks.end
        last = self.sentence_at(max(closing - 1, quote.marks.start))
        if last < 0:
            last = self.sentence_at(max(quote.span.end - 1, quote.span.start))
        if first < 0 or last < 0:
            covering = self.covering(quote.marks)
            if covering:
                first = covering[0] if first < 0 else first
                last = covering[-1] if last < 0 else last
        if first > last >= 0:
            first, last = last, first
        inside: dict[int, frozenset[int]] = {}
        quoted: dict[int, frozenset[int]] = {}
        if first >= 0:
            segments = [(seg.start, seg.end) for seg in quote.segments]
            for index in range(first, last + 1):
                inside[index] = _touching(doc.sentences[index], segments)
            # the sentence before may introduce the quote ("X a déclaré :"): index its quotes too
            window = doc.sentences[max(0, first - 1)].span.start, doc.sentences[last].span.end
            foreign = [
                (other.span.start, other.span.end)
                for other in self.quotes_within(*window)
                if other is not quote and not other.marks.contains(quote.marks)
            ]
            for index in range(max(0, first - 1), last + 1):
                quoted[index] = _touching(doc.sentences[index], foreign)
        return QuoteSite(quote=quote, doc=doc, first=first, last=last, inside=inside, quoted=quoted)


def _touching(sent: Sentence, ranges: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The indices of the words of ``sent`` that share a character with one of ``ranges``
    (``[start, end)`` pairs): what ``any(span.overlap(word.span) ...)`` says, without building a
    call per word and range (this runs for every word of every located quote's sentences)."""
    if not ranges:
        return _NO_WORDS
    found = []
    for word in sent.words:
        start, end = word.span.start, word.span.end
        for low, high in ranges:
            if max(low, start) < min(high, end):
                found.append(word.index)
                break
    return frozenset(found)


def locate(quote: Quote, doc: ParsedDoc, others: Sequence[Quote] = ()) -> QuoteSite:
    """Locate ``quote`` in ``doc``; ``others`` are the document's other quotes."""
    return Locator(doc, others).locate(quote)


def _reference_words(sent: Sentence) -> frozenset[int]:
    """The words of the reference marks in ``sent`` (« [1] », « [12] »): a footnote call a
    quotation often carries before its speech tag (« « … » [1], a-t-il expliqué »), which says
    nothing of who speaks."""
    words = sent.words
    return frozenset(
        k
        for i in range(len(words) - 2)
        if words[i].text == "[" and words[i + 1].text.isdigit() and words[i + 2].text == "]"
        for k in (i, i + 1, i + 2)
    )
