"""Reads a review page (quoteattr.render_html) back without a browser, as tests need it.

:func:`read_review` walks the HTML with the standard library's parser and returns, for each
document block, its text as the DOM holds it and, for each quote element, the positions of the
text it covers and its attributes. The browser tests check the same in Chromium.
"""

from __future__ import annotations

from html.parser import HTMLParser

import attrs

__all__ = ["ReviewDocument", "read_review"]


@attrs.define
class ReviewDocument:
    """One ``.qa-text`` block: its text, and per quote id the covered positions and attributes."""

    text: str = ""
    covered: dict[str, set[int]] = attrs.field(factory=dict)
    first: dict[str, dict[str, str]] = attrs.field(factory=dict)
    mentions: dict[str, set[int]] = attrs.field(factory=dict)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.documents: list[ReviewDocument] = []
        self._depth = 0  # element depth inside the current .qa-text, 0 when outside
        self._open: list[tuple[str, str | None, str | None]] = []  # (tag, quote id, mention-for)

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attributes}
        if self._depth == 0:
            if tag == "div" and "qa-text" in found.get("class", "").split():
                self.documents.append(ReviewDocument())
                self._depth = 1
            return
        self._depth += 1
        classes = found.get("class", "").split()
        quote = found.get("data-q") if "qa-q" in classes else None
        if quote is not None and "qa-first" in classes:
            self.documents[-1].first[quote] = found
        self._open.append((tag, quote, found.get("data-for") if "qa-mention" in classes else None))

    def handle_endtag(self, tag: str) -> None:
        if self._depth == 0:
            return
        self._depth -= 1
        if self._depth > 0:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._depth == 0:
            return
        document = self.documents[-1]
        start = len(document.text)
        document.text += data
        positions = set(range(start, start + len(data)))
        for _, quote, mention in self._open:
            if quote is not None:
                document.covered.setdefault(quote, set()).update(positions)
            if mention is not None:
                document.mentions.setdefault(mention, set()).update(positions)


def read_review(page: str) -> list[ReviewDocument]:
    """The document blocks of a review page, in order."""
    reader = _Reader()
    reader.feed(page)
    reader.close()
    return reader.documents
