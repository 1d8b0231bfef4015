"""Scale: cost against document length, and throughput over a corpus (figures in docs/scale.md).

Run with ``pytest benchmarks/bench_scale.py --benchmark-only -s`` (outside the normal test run):

* ``test_bench_repeat_*``: the founding article repeated to 250 k and to 1 M characters, timed
  in one run (best of two rounds each); the second prints ``time(1 M) / time(250 k)`` (linear
  is 4; issue 10 asks <= 5).
* ``test_bench_throughput_*``: the 180 Wikinews articles (winer-dev + winer-train) with one
  process, ``extract_many(n_process=2)`` and ``quoteattr.dask.extract_bag`` on a
  ``LocalCluster`` of 2 worker processes; models are loaded before timing.

Timings are the machine's of the moment: run them on a quiet machine for figures to quote.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from quoteattr import Extractor

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
SEED = ROOT / "seeds" / "000_be13844ad7484d12.txt"
_timings: dict[str, float] = {}


def repeated(size: int) -> str:
    """The founding article repeated (a blank line between copies) and cut to ``size`` characters."""
    base = SEED.read_text(encoding="utf-8") + "\n\n"
    return (base * (size // len(base) + 1))[:size]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    extractor = Extractor(parser="spacy")
    extractor.extract(repeated(20_000))  # load the model before timing
    return extractor


@pytest.mark.parametrize("size", [250_000, 1_000_000])
def test_bench_repeat(benchmark: BenchmarkFixture, extractor: Extractor, size: int) -> None:
    text = repeated(size)
    found = benchmark.pedantic(lambda: len(extractor.extract(text).quotes), rounds=2, iterations=1)
    _timings[str(size)] = benchmark.stats.stats.min  # the quieter of two rounds: others share the machine
    print(f"\n{size:,} characters: {found} quotes in {_timings[str(size)]:.1f} s (best of 2)")
    assert found > 0
    if size == 1_000_000 and "250000" in _timings:
        ratio = _timings["1000000"] / _timings["250000"]
        print(f"time(1 M) / time(250 k) = {ratio:.2f} (linear: 4)")


@pytest.fixture(scope="module")
def wikinews() -> list[str]:
    paths = sorted((CORPORA / "winer-dev" / "docs").rglob("*.txt"))
    paths += sorted((CORPORA / "winer-train" / "docs").rglob("*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


def _report(name: str, benchmark: BenchmarkFixture, texts: list[str]) -> None:
    seconds = benchmark.stats.stats.mean
    chars = sum(map(len, texts))
    print(
        f"\n{name}: {len(texts)} articles in {seconds:.2f} s: {len(texts) / seconds:.1f} articles/s, "
        f"{chars / seconds / 1000:.0f} k characters/s"
    )


def test_bench_throughput_one_process(
    benchmark: BenchmarkFixture, extractor: Extractor, wikinews: list[str]
) -> None:
    count = benchmark.pedantic(lambda: len(list(extractor.extract_many(wikinews))), rounds=1, iterations=1)
    assert count == len(wikinews)
    _report("1 process", benchmark, wikinews)


def test_bench_throughput_n_process_2(benchmark: BenchmarkFixture, wikinews: list[str]) -> None:
    extractor = Extractor(parser="spacy")

    def run() -> int:
        return len(list(extractor.extract_many(wikinews, n_process=2)))

    run()  # the pool starts and loads its models per call: time a second call like the first
    count = benchmark.pedantic(run, rounds=1, iterations=1)
    assert count == len(wikinews)
    _report(
        "extract_many(n_process=2), workers started and models loaded inside the timing", benchmark, wikinews
    )


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


def test_bench_throughput_local_cluster_2(
    benchmark: BenchmarkFixture, client: object, wikinews: list[str]
) -> None:
    import dask.bag as db

    from quoteattr.dask import extract_bag

    extract_bag(db.from_sequence(wikinews[:4], npartitions=2), parser="spacy").compute()  # load the models
    bag = db.from_sequence(wikinews, npartitions=12)
    count = benchmark.pedantic(
        lambda: len(extract_bag(bag, parser="spacy").compute()), rounds=1, iterations=1
    )
    assert count == len(wikinews)
    _report("LocalCluster(2 worker processes), models loaded", benchmark, wikinews)
