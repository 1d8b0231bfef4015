"""How long scoring takes: a whole corpus's gold against itself, and name matching alone.

Run with ``pytest benchmarks/test_bench_evaluate.py`` (outside the normal test run).
"""

from __future__ import annotations

from pathlib import Path

from pytest_benchmark.fixture import BenchmarkFixture

from quoteattr.evaluate import names_match, read_jsonl, score

FRLITBANK_GOLD = (
    Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "frlitbank-dev" / "gold.jsonl"
)

PAIRS = [
    ("M. Fillon", "François Fillon"),
    ("le Conseil de sécurité arménien", "Conseil de sécurité arménien"),
    ("Pachinian", "Aliev et Pachinian"),
    ("le secrétaire d'État américain Antony Blinken", "Antony Blinken"),
    ("Office des réseaux et des postes numériques (ORPN)", "ORPN"),
]


def test_bench_score_frlitbank_gold_against_itself(benchmark: BenchmarkFixture) -> None:
    gold = read_jsonl(FRLITBANK_GOLD)
    report = benchmark(score, gold, gold)
    print(f"\n{len(gold)} gold lines scored; F1 exact = {report.quotes[-1].f1}")


def test_bench_read_frlitbank_gold(benchmark: BenchmarkFixture) -> None:
    records = benchmark(read_jsonl, FRLITBANK_GOLD)
    print(f"\n{len(records)} lines read")


def test_bench_names_match(benchmark: BenchmarkFixture) -> None:
    def run() -> int:
        return sum(names_match(p, g) for p, g in PAIRS)

    print(f"\n{benchmark(run)} of {len(PAIRS)} pairs match")
