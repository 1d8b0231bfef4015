"""Memory of a long stream: ``extract_many`` over many texts keeps a constant resident size.

Run with ``pytest benchmarks/bench_memory.py --benchmark-only -s``. The texts are the Wikinews
articles of ../shared/corpora cycled (each copy numbered, so no two texts are equal), generated
lazily; the resident set size (RSS) is read from ``/proc/self/statm`` along the way and printed.
Figures: docs/scale.md.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from quoteattr import Extractor

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    """This process's resident set size now, in MB (Linux)."""
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * PAGE / 1e6


def stream(count: int) -> Iterator[str]:
    paths = sorted((CORPORA / "winer-train" / "docs").rglob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    for n, text in enumerate(itertools.islice(itertools.cycle(texts), count)):
        yield f"Dépêche {n}.\n\n{text}"


def _run(extractor: Extractor, count: int, every: int) -> list[tuple[int, float]]:
    samples = [(0, rss_mb())]
    for n, _ in enumerate(extractor.extract_many(stream(count), batch_size=16), start=1):
        if n % every == 0:
            samples.append((n, rss_mb()))
    return samples


@pytest.mark.parametrize(
    ("parser", "count", "every"),
    [(None, 1_000_000, 100_000), ("spacy", 3_000, 500)],
    ids=["detection", "spacy"],
)
def test_bench_stream_rss(benchmark: BenchmarkFixture, parser: str | None, count: int, every: int) -> None:
    extractor = Extractor(parser=parser)
    list(extractor.extract_many(stream(32)))  # load the model first: its memory is not the stream's
    samples = benchmark.pedantic(lambda: _run(extractor, count, every), rounds=1, iterations=1)
    print(f"\n{parser or 'detection only'}: {count:,} texts; RSS MB by texts done:")
    print("  " + ", ".join(f"{n:,}: {mb:.0f}" for n, mb in samples))
    growth = samples[-1][1] - samples[1][1]
    print(f"  growth from the first sample to the last: {growth:+.0f} MB")
