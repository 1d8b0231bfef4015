"""The evaluation corpora (../shared/corpora) run end to end, for the corpus tests: gold and
predictions of one corpus, or one part of its ``split.json``, with a chosen parser."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from quoteattr import Extractor
from quoteattr.cli import quote_to_json
from quoteattr.evaluate import QuoteRecord, parse_jsonl, read_jsonl
from quoteattr.parse.spacy_backend import SpacyParser

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


@cache
def extracted(
    corpus: str, split: str | None = None, model: str | None = None
) -> tuple[tuple[QuoteRecord, ...], tuple[QuoteRecord, ...]]:
    """Gold and predictions, every kind, for ``corpus`` (or one part of its ``split.json``),
    parsed by spaCy's ``model`` (``None``: the default French pipeline)."""
    gold = tuple(read_jsonl(CORPORA / corpus / "gold.jsonl"))
    if split is not None:
        part = set(json.loads((CORPORA / corpus / "split.json").read_text(encoding="utf-8"))[split])
        gold = tuple(r for r in gold if r.doc in part)
    docs = sorted({record.doc for record in gold})
    texts = [(CORPORA / corpus / "docs" / f"{doc}.txt").read_text(encoding="utf-8") for doc in docs]
    extractor = Extractor(parser="spacy" if model is None else SpacyParser(model=model))
    lines = [
        json.dumps(quote_to_json(doc, quote))
        for doc, extraction in zip(docs, extractor.extract_many(texts), strict=True)
        for quote in extraction.quotes
    ]
    return gold, tuple(parse_jsonl(lines))
