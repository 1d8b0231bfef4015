"""How long speaker resolution takes: indexing a document's names, and resolving its mentions.

Run with ``pytest benchmarks/bench_resolve.py --benchmark-only`` (outside the normal test run).
The documents are the fr-litbank dev novels (the longest texts at hand: up to ~150 000
characters each), read from ``../shared/corpora``.
"""

from __future__ import annotations

import json
from pathlib import Path

from pytest_benchmark.fixture import BenchmarkFixture

from quoteattr.attribute.entities import index_document
from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.resolve import Resolver
from quoteattr.lang.fr.pronouns import pronoun_features
from quoteattr.model import Span

FRLITBANK = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "frlitbank-dev"


def _texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((FRLITBANK / "docs").glob("*.txt"))}


def _mentions() -> dict[str, list[tuple[int, int, int]]]:
    found: dict[str, list[tuple[int, int, int]]] = {}
    with (FRLITBANK / "gold.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            gold = json.loads(line)
            if gold.get("mention"):
                found.setdefault(gold["doc"], []).append(
                    (gold["mention"][0], gold["mention"][1], gold["start"])
                )
    return found


def test_bench_index_frlitbank(benchmark: BenchmarkFixture) -> None:
    texts = _texts()

    def run() -> int:
        return sum(len(index_document(text).occurrences) for text in texts.values())

    occurrences = benchmark(run)
    size = sum(len(t) for t in texts.values())
    print(f"\n{len(texts)} documents, {size} characters, {occurrences} names indexed")


def test_bench_resolve_frlitbank_gold_mentions(benchmark: BenchmarkFixture) -> None:
    texts = _texts()
    mentions = _mentions()

    def run() -> int:
        resolved = 0
        for doc, text in texts.items():
            resolver = Resolver(text)
            for start, end, before in sorted(mentions.get(doc, []), key=lambda m: m[2]):
                span = Span(start, end, source=text)
                pronoun = pronoun_features(span.text) is not None
                kind = MentionKind.PRONOUN if pronoun else MentionKind.NAME
                resolver.resolve(Mention(span=span, head=span, kind=kind), before=before)
                resolved += 1
        return resolved

    resolved = benchmark(run)
    print(f"\n{resolved} mentions resolved (index included)")
