"""Throughput of quotation detection (stage 1, no parser) over every corpus document.

Run with ``pytest benchmarks/bench_marks.py --benchmark-only -s`` (outside the normal test run); it
prints the throughput in MB/s of UTF-8 text on one core.
"""

from __future__ import annotations

from pathlib import Path

from pytest_benchmark.fixture import BenchmarkFixture

from quoteattr import find_quotations

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


def _texts() -> list[str]:
    paths = sorted(CORPORA.glob("*/docs/**/*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


def _detect_all(texts: list[str]) -> int:
    return sum(len(find_quotations(text).quotes) for text in texts)


def test_bench_find_quotations_all_corpus_docs(benchmark: BenchmarkFixture) -> None:
    texts = _texts()
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    found = benchmark(_detect_all, texts)
    seconds = benchmark.stats.stats.mean
    print(
        f"\nfind_quotations: {len(texts)} documents, {megabytes:.2f} MB, {found} quotes, "
        f"{seconds * 1000:.1f} ms per pass, {megabytes / seconds:.1f} MB/s"
    )
    assert found > 0


def test_bench_find_quotations_one_long_novel_chapter(benchmark: BenchmarkFixture) -> None:
    texts = _texts()
    longest = max(texts, key=len)
    megabytes = len(longest.encode("utf-8")) / 1e6
    benchmark(find_quotations, longest)
    seconds = benchmark.stats.stats.mean
    print(f"\nfind_quotations: longest document, {megabytes:.3f} MB, {megabytes / seconds:.1f} MB/s")
