"""Stage 1: quotation detection from the surface, no parser."""

from __future__ import annotations

from quoteattr.model import Extraction

__all__ = ["find_quotations"]


def find_quotations(text: str) -> Extraction:
    """Find every quotation in ``text`` without a parser (placeholder: being written)."""
    if not isinstance(text, str):
        raise TypeError(f"find_quotations() takes a str, got {type(text).__name__}")
    return Extraction(text=text)
