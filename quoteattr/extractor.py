"""The public entry point: quotes with their sources, from one call.

(Contract fixed; attribution being written.)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from quoteattr.marks import find_quotations
from quoteattr.model import Extraction
from quoteattr.protocols import Parser

__all__ = ["Extractor", "extract"]

ParserSpec = str | Parser | None


class Extractor:
    """Finds quotes and their sources. The parser model is loaded once, lazily.

    ``parser`` is "auto" | "spacy" | "stanza" | "conllu" | a :class:`Parser` instance | ``None``
    (detection only, no attribution).
    """

    def __init__(self, parser: ParserSpec = "auto") -> None:
        self._parser_spec = parser

    def extract(self, text: str) -> Extraction:
        return find_quotations(text)

    def extract_many(
        self, texts: Iterable[str], *, batch_size: int = 16, n_process: int = 1
    ) -> Iterator[Extraction]:
        for text in texts:
            yield self.extract(text)


def extract(text: str, parser: ParserSpec = "auto") -> Extraction:
    """Extract quotes and sources from one text with a fresh :class:`Extractor`."""
    return Extractor(parser=parser).extract(text)
