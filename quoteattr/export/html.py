"""A review page: each document's text with its quotes highlighted, one colour per speaker.

:func:`render_html` makes one self-contained HTML page (inline CSS and a few lines of inline JS,
nothing fetched from the network) for any number of documents: a header with the counts by kind
(and, folded, who is quoted: the chart by gender and the top sources of :func:`quoteattr.report`),
a side list of speakers with their number of quotes (click one to bring out its quotes), a table
of contents when there are several documents, then each document's text, exactly as given, with
every quote wrapped in a ``<mark>``. The speaker's name stands at the start of the quote; hovering
or focusing (Tab) a quote shows its kind, cue, rule and confidence. Quotes with no source and the
diagnostics (an unclosed «, a stray ») are shown, not hidden. :func:`render_fragment` is the same
view for one document without the page around it (what a notebook shows for an
:class:`~quoteattr.model.Extraction`).

The text is written so that the browser's ``textContent`` of a document's text block is the
document's text, character for character (``\\r`` included), and every quote element carries
``data-start`` and ``data-end``: offsets into that text.

>>> from quoteattr import find_quotations
>>> page = render_html([find_quotations("Il a parlé d'un « montage ».")], ids=["a"])
>>> page.startswith("<!DOCTYPE html>") and 'data-start="18" data-end="25"' in page
True
"""

from __future__ import annotations

import functools
import html
from collections import Counter
from collections.abc import Iterable, Sequence
from importlib import resources

import attrs

from quoteattr.export.rows import DocId, as_extractions, doc_ids
from quoteattr.model import Extraction, Quote, QuoteKind

__all__ = ["NO_SOURCE", "UNNAMED", "render_fragment", "render_html", "speaker_hue"]

#: The label of a quote (not a term) that has no speaker.
NO_SOURCE = "no source"
#: The label of a quote whose source the text points at ("il") but never names.
UNNAMED = "unnamed source"
#: Hues (degrees) of the first speakers, chosen far apart; later ones step by the golden angle.
_HUES = (212, 28, 140, 285, 350, 48, 182, 100, 322, 245)
_GOLDEN_ANGLE = 137.508
_KIND_ORDER = (QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.INDIRECT, QuoteKind.TERM)


def speaker_hue(index: int) -> int:
    """The hue of the ``index``-th speaker (in order of first quote): well apart for the first ten.

    >>> [speaker_hue(i) for i in (0, 1, 10)]
    [212, 28, 295]
    """
    if index < len(_HUES):
        return _HUES[index]
    return round(index * _GOLDEN_ANGLE) % 360


@attrs.frozen
class _Range:
    """A stretch of text to wrap in an element: one segment of a quote, or a diagnostic's span."""

    start: int
    end: int
    order: int
    first_open: str  # the opening tag of the range's first piece
    open: str  # the opening tag of a piece reopened after a crossing range closed
    close: str


def _attr(value: object) -> str:
    return html.escape(str(value), quote=True)


def _text(text: str) -> str:
    # The HTML parser turns "\r\n" into "\n"; a character reference keeps the "\r" in the DOM.
    return html.escape(text, quote=False).replace("\r", "&#13;")


def _weave(text: str, ranges: Sequence[_Range]) -> str:
    """``text`` escaped, with each range wrapped in its tags; crossing ranges are split in pieces."""
    starts: dict[int, list[_Range]] = {}
    for item in ranges:
        starts.setdefault(item.start, []).append(item)
    bounds = sorted({0, len(text)} | {r.start for r in ranges} | {r.end for r in ranges})
    out: list[str] = []
    stack: list[_Range] = []
    position = 0
    for bound in bounds:
        out.append(_text(text[position:bound]))
        position = bound
        ending = [i for i, item in enumerate(stack) if item.end == bound]
        if ending:
            lowest = ending[0]
            reopen = [item for item in stack[lowest:] if item.end != bound]
            out.extend(item.close for item in reversed(stack[lowest:]))
            del stack[lowest:]
            for item in reopen:
                out.append(item.open)
                stack.append(item)
        for item in sorted(starts.get(bound, ()), key=lambda r: (-r.end, r.order)):
            out.append(item.first_open)
            if item.end == item.start:
                out.append(item.close)
            else:
                stack.append(item)
    out.extend(item.close for item in reversed(stack))
    return "".join(out)


@attrs.frozen
class _Speakers:
    """Every speaker name of the page, numbered in order of first quote, with its quote count."""

    index: dict[str, int]
    counts: Counter[str]

    @classmethod
    def of(cls, extractions: Sequence[Extraction]) -> _Speakers:
        index: dict[str, int] = {}
        counts: Counter[str] = Counter()
        for extraction in extractions:
            for quote in extraction.quotes:
                name = _name(quote)
                if name is not None:
                    index.setdefault(name, len(index))
                    counts[name] += 1
        return cls(index, counts)


def _name(quote: Quote) -> str | None:
    """The name of the quote's speaker, if the document gives one."""
    return None if quote.speaker is None else quote.speaker.name


def _unsourced(quote: Quote) -> bool:
    """A quote that is reported speech but has no named source (shown as such, never hidden)."""
    return _name(quote) is None and quote.kind is not QuoteKind.TERM


def _speaker_class(quote: Quote, speakers: _Speakers) -> str:
    name = _name(quote)
    if name is not None:
        return f"qa-sp qa-sp-{speakers.index[name]}"
    if quote.speaker is not None:
        return "qa-none qa-unnamed"
    return "qa-term" if quote.kind is QuoteKind.TERM else "qa-none"


def _label(quote: Quote) -> str:
    name = _name(quote)
    if name is not None:
        return name
    if quote.speaker is not None:
        return UNNAMED
    return "term" if quote.kind is QuoteKind.TERM else NO_SOURCE


def _tip(quote: Quote) -> str:
    speaker = quote.speaker
    lines = [f"{quote.kind.value} quote, {quote.start}–{quote.end}"]
    mention = None if speaker is None or speaker.mention is None else speaker.mention
    words = None if mention is None or mention.source is None else mention.text
    if speaker is not None and speaker.name is not None:
        said = speaker.name + (f" ({speaker.title})" if speaker.title else "")
        lines.append(f"speaker: {said}")
        if words is not None:
            lines.append(f"named here as: {words}")
    elif speaker is not None:
        lines.append("speaker: not named in the text" + (f" (it says “{words}”)" if words else ""))
    else:
        lines.append("speaker: none found")
    lines.append(f"cue: {quote.cue.lemma if quote.cue is not None else '–'}")
    lines.append(f"rule: {quote.rule}")
    lines.append(f"confidence: {quote.confidence:.2f}")
    return "\n".join(lines)


def _quote_ranges(doc: int, extraction: Extraction, speakers: _Speakers) -> list[_Range]:
    ranges: list[_Range] = []
    for number, quote in enumerate(extraction.quotes):
        key = f"qa-d{doc}-q{number}"
        name = _name(quote)
        who = "" if name is None else str(speakers.index[name])
        classes = f"qa-q qa-{quote.kind.value} {_speaker_class(quote, speakers)}"
        data = f'data-q="{key}" data-who="{who}" data-tip="{_attr(_tip(quote))}"'
        first = (
            f'<mark id="{key}" class="{classes} qa-first" {data} tabindex="0" '
            f'data-start="{quote.start}" data-end="{quote.end}" data-kind="{quote.kind.value}" '
            f'data-speaker="{_attr(_label(quote))}">'
        )
        rest = f'<mark class="{classes}" {data}>'
        pieces = [s for s in quote.segments if s.start >= quote.start and s.end <= quote.end] or [quote.span]
        for n, piece in enumerate(pieces):
            ranges.append(
                _Range(piece.start, piece.end, len(ranges), first if n == 0 else rest, rest, "</mark>")
            )
        mention = None if quote.speaker is None else quote.speaker.mention
        if mention is not None and mention.end <= len(extraction.text) and not quote.span.contains(mention):
            tag = (
                f'<span class="qa-mention {_speaker_class(quote, speakers)}" data-for="{key}" '
                f'title="{_attr("source of a quote: " + _label(quote))}">'
            )
            ranges.append(_Range(mention.start, mention.end, len(ranges), tag, tag, "</span>"))
    for diagnostic in extraction.diagnostics:
        span = diagnostic.span
        if span is None or span.end > len(extraction.text):
            continue
        title = _attr(f"{diagnostic.code}: {diagnostic.message}")
        tag = f'<span class="qa-diag-span" title="{title}">'
        ranges.append(_Range(span.start, span.end, len(ranges), tag, tag, "</span>"))
    return ranges


def _kind_counts(extractions: Sequence[Extraction]) -> str:
    quotes = [q for e in extractions for q in e.quotes]
    kinds = Counter(q.kind for q in quotes)
    parts = [
        f'<span class="qa-count qa-{k.value}">{k.value} <b>{kinds[k]}</b></span>'
        for k in _KIND_ORDER
        if kinds[k]
    ]
    none = sum(1 for q in quotes if _unsourced(q))
    diagnostics = sum(len(e.diagnostics) for e in extractions)
    none_class = " qa-alert-none" if none else ""
    diag_class = " qa-alert-diag" if diagnostics else ""
    parts.append(f'<span class="qa-count{none_class}">{NO_SOURCE} <b>{none}</b></span>')
    parts.append(f'<span class="qa-count{diag_class}">diagnostics <b>{diagnostics}</b></span>')
    documents = len(extractions)
    lead = (
        f"<b>{documents}</b> document{'s' if documents != 1 else ''}, "
        f"<b>{len(quotes)}</b> quote{'s' if len(quotes) != 1 else ''}"
    )
    return f'<p class="qa-counts">{lead} {"".join(parts)}</p>'


def _speaker_list(extractions: Sequence[Extraction], speakers: _Speakers) -> str:
    items = [
        f'<li><button type="button" class="qa-who qa-sp-{number}" data-who="{number}" aria-pressed="false">'
        f'<span class="qa-swatch"></span><span class="qa-name">{_attr(name)}</span>'
        f'<span class="qa-n">{speakers.counts[name]}</span></button></li>'
        for name, number in sorted(
            speakers.index.items(), key=lambda item: (-speakers.counts[item[0]], item[1])
        )
    ]
    quotes = [q for e in extractions for q in e.quotes if _name(q) is None]
    for key, label, count in (
        ("none", NO_SOURCE, sum(1 for q in quotes if _unsourced(q))),
        (
            "term",
            "terms (not speech)",
            sum(1 for q in quotes if q.kind is QuoteKind.TERM),
        ),
    ):
        if count:
            items.append(
                f'<li><button type="button" class="qa-who qa-{key}" data-who="{key}" aria-pressed="false">'
                f'<span class="qa-swatch"></span><span class="qa-name">{label}</span>'
                f'<span class="qa-n">{count}</span></button></li>'
            )
    body = "".join(items) or '<li class="qa-empty">no quotes</li>'
    return (
        '<nav class="qa-speakers" aria-label="speakers"><h2>Speakers</h2>'
        '<p class="qa-hint">click a name to bring out its quotes</p>'
        f"<ul>{body}</ul></nav>"
    )


def _contents(titles: Sequence[str], extractions: Sequence[Extraction]) -> str:
    items = []
    for number, (title, extraction) in enumerate(zip(titles, extractions, strict=True)):
        warn = ' <span class="qa-warn" title="diagnostics">!</span>' if extraction.diagnostics else ""
        items.append(
            f'<li><a href="#qa-d{number}">{_attr(title)}</a> '
            f'<span class="qa-n">{len(extraction.quotes)}</span>{warn}</li>'
        )
    return f'<nav class="qa-toc" aria-label="documents"><h2>Documents</h2><ol>{"".join(items)}</ol></nav>'


def _document(number: int, title: str, extraction: Extraction, speakers: _Speakers) -> str:
    count = len(extraction.quotes)
    meta = f"{count} quote{'s' if count != 1 else ''}"
    if extraction.parser:
        meta += f" · parser {_attr(extraction.parser)}"
    diagnostics = ""
    if extraction.diagnostics:
        rows = "".join(
            f"<li><code>{_attr(d.code)}</code> {_attr(d.message)}"
            + ("" if d.span is None else f' <span class="qa-at">at {d.span.start}–{d.span.end}</span>')
            + "</li>"
            for d in extraction.diagnostics
        )
        diagnostics = f'<ul class="qa-diags" aria-label="diagnostics">{rows}</ul>'
    body = _weave(extraction.text, _quote_ranges(number, extraction, speakers))
    return (
        f'<section class="qa-doc" id="qa-d{number}" data-doc="{_attr(title)}">'
        f'<h2 class="qa-title">{_attr(title)}</h2><p class="qa-meta">{meta}</p>{diagnostics}'
        f'<div class="qa-text" lang="fr">{body}</div></section>'
    )


def _speaker_css(speakers: _Speakers) -> str:
    rules = []
    for number in speakers.index.values():
        hue = speaker_hue(number)
        rules.append(f".qa-sp-{number}{{--qa-bg:hsl({hue} 85% 88%);--qa-fg:hsl({hue} 60% 32%)}}")
    return "".join(rules)


@functools.cache
def _asset(name: str) -> str:
    """The text of a file shipped beside this module: the page's CSS (``review.css``,
    ``review-page.css``) and script (``review.js``), inlined so the page fetches nothing."""
    return resources.files("quoteattr.export").joinpath(name).read_text(encoding="utf-8")


def _titles(extractions: Sequence[Extraction], ids: Sequence[DocId] | None) -> list[str]:
    if ids is None:
        return [f"document {n + 1}" for n in range(len(extractions))]
    return [str(doc) for doc in doc_ids(len(extractions), ids)]


def _review(extractions: Sequence[Extraction], titles: Sequence[str], heading: str, extra: str = "") -> str:
    speakers = _Speakers.of(extractions)
    side = _speaker_list(extractions, speakers)
    if len(extractions) > 1:
        side += _contents(titles, extractions)
    documents = "".join(
        _document(n, title, e, speakers) for n, (title, e) in enumerate(zip(titles, extractions, strict=True))
    )
    return (
        f'<div class="qa-review"><style>{_asset("review.css")}{_speaker_css(speakers)}</style>'
        f'<header class="qa-header">{heading}{_kind_counts(extractions)}{extra}</header>'
        f'<div class="qa-layout"><aside class="qa-side">{side}</aside>'
        f'<main class="qa-main">{documents}</main></div></div>'
    )


def _who_is_quoted(extractions: Sequence[Extraction], titles: Sequence[str]) -> str:
    """The counts of :func:`quoteattr.report` (chart by gender, top sources), folded away."""
    from quoteattr.summary.counts import report
    from quoteattr.summary.render import report_section

    summary = report(extractions, docs=titles)
    if not summary.attributed:
        return ""
    return f'<details class="qa-gender"><summary>Who is quoted</summary>{report_section(summary)}</details>'


def render_html(
    extractions: Extraction | Iterable[Extraction],
    ids: Sequence[DocId] | None = None,
    *,
    title: str = "quoteattr: who said what",
) -> str:
    """One self-contained HTML page reviewing ``extractions`` (see the module docstring).

    ``ids`` name the documents (their headings and table of contents); by default they are
    "document 1", "document 2", …. Write the result to a ``.html`` file in UTF-8 and open it in
    any browser; it fetches nothing.

    >>> import quoteattr
    >>> page = render_html(quoteattr.find_quotations("« Oui », a dit Paul."))
    >>> 'data-start="2" data-end="5"' in page and "document 1</h2>" in page
    True
    """
    items = as_extractions(extractions)
    titles = _titles(items, ids)
    heading = f"<h1>{_attr(title)}</h1>"
    review = _review(items, titles, heading, _who_is_quoted(items, titles))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_attr(title)}</title><style>{_asset('review-page.css')}</style></head><body>"
        f"{review}<script>{_asset('review.js')}</script></body></html>\n"
    )


def render_fragment(extraction: Extraction, title: str | None = None) -> str:
    """The review of one document as an HTML block (styles inside), for a notebook cell.

    >>> from quoteattr import find_quotations
    >>> render_fragment(find_quotations("Un « mot »."), title="a").startswith('<div class="qa-review">')
    True
    """
    titles = [title if title is not None else "document"]
    return _review([extraction], titles, "") + f"<script>{_asset('review.js')}</script>"
