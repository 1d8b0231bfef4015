"""How long the gender stage takes on the longest texts at hand (fr-litbank dev novels).

Run with ``pytest benchmarks/bench_gender.py --benchmark-only -s`` (outside the normal test run).
Each novel's gold speakers stand in for the resolved sources, with their gold mentions; the
stage reads every occurrence of their names in up to ~150 000 characters.
"""

from __future__ import annotations

import json
from pathlib import Path

from pytest_benchmark.fixture import BenchmarkFixture

from quoteattr.attribute.gender import assign_genders
from quoteattr.model import Entity, Span

FRLITBANK = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "frlitbank-dev"


def _documents() -> list[tuple[str, list[Entity]]]:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((FRLITBANK / "docs").glob("*.txt"))}
    mentions: dict[str, dict[str, list[Span]]] = {}
    with (FRLITBANK / "gold.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            gold = json.loads(line)
            if gold.get("speaker") and gold.get("mention"):
                text = texts[gold["doc"]]
                span = Span(gold["mention"][0], gold["mention"][1], source=text)
                mentions.setdefault(gold["doc"], {}).setdefault(gold["speaker"], []).append(span)
    return [
        (texts[doc], [Entity(name, tuple(spans), "person") for name, spans in by_name.items()])
        for doc, by_name in mentions.items()
    ]


def test_bench_gender_frlitbank(benchmark: BenchmarkFixture) -> None:
    documents = _documents()

    def run() -> int:
        return sum(len(assign_genders(text, None, entities)) for text, entities in documents)

    sources = benchmark(run)
    characters = sum(len(text) for text, _ in documents)
    print(f"\n{len(documents)} novels, {characters} characters, {sources} sources")
