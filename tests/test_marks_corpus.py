"""Quotation detection against the gold corpora (read from ../shared/corpora, never copied here).

A span is a quote segment. A gold span is *found* when predicted segments cover at least 80 % of
it; a prediction is *right* when gold spans cover at least 80 % of it. The scorer is local on
purpose: detection is measured on its own, independently of :mod:`quoteattr.evaluate`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs
import pytest

from quoteattr import find_quotations
from quoteattr.model import Quote, QuoteKind

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
SEEDS = ROOT / "seeds"
OVERLAP = 0.8

pytestmark = pytest.mark.corpus

Range = tuple[int, int]


def _gold(path: Path) -> dict[str, list[Range]]:
    gold: dict[str, list[Range]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                gold[row["doc"]].append((row["start"], row["end"]))
    return gold


def _documents(corpus: Path) -> Iterator[tuple[str, str]]:
    docs = corpus / "docs"
    for path in sorted(docs.rglob("*.txt")):
        yield path.relative_to(docs).with_suffix("").as_posix(), path.read_text(encoding="utf-8")


def _covered(span: Range, others: Iterable[Range]) -> float:
    start, end = span
    shared = sum(max(0, min(end, b) - max(start, a)) for a, b in others)
    return shared / max(1, end - start)


def _segments(quotes: Iterable[Quote]) -> list[Range]:
    return [(s.start, s.end) for q in quotes for s in q.segments]


@attrs.frozen
class Score:
    """Counts of the local overlap scorer over one corpus."""

    gold: int
    found: int
    segments: int
    right_segments: int
    quotes: int
    right_quotes: int

    @property
    def recall(self) -> float:
        return self.found / self.gold

    @property
    def segment_precision(self) -> float:
        return self.right_segments / self.segments

    @property
    def quote_precision(self) -> float:
        return self.right_quotes / self.quotes


def _score(corpus: Path, *, skip_terms: bool) -> Score:
    gold = _gold(corpus / "gold.jsonl")
    counts = [0] * 6
    for doc, text in _documents(corpus):
        quotes = find_quotations(text).quotes
        predicted = _segments(quotes)
        spans = gold.get(doc, [])
        counts[0] += len(spans)
        counts[1] += sum(_covered(g, predicted) >= OVERLAP for g in spans)
        scored = [q for q in quotes if not (skip_terms and q.kind is QuoteKind.TERM)]
        segments = _segments(scored)
        counts[2] += len(segments)
        counts[3] += sum(_covered(p, spans) >= OVERLAP for p in segments)
        for quote in scored:
            length = sum(len(s) for s in quote.segments)
            inside = sum(_covered((s.start, s.end), spans) * len(s) for s in quote.segments)
            counts[4] += 1
            counts[5] += inside >= OVERLAP * length
    return Score(*counts)


def test_founding_article_spans_are_found_exactly_and_alone(seed_text: str) -> None:
    gold = sorted(_gold(SEEDS / "000_be13844ad7484d12.gold.jsonl")["000_be13844ad7484d12"])
    extraction = find_quotations(seed_text)
    assert len(gold) == 8
    assert sorted(_segments(extraction.quotes)) == gold
    assert extraction.diagnostics == ()


def test_winer_every_gold_span_exactly_and_no_other() -> None:
    corpus = CORPORA / "winer-dev"
    gold = _gold(corpus / "gold.jsonl")
    documents = list(_documents(corpus))
    assert len(documents) == 30
    for doc, text in documents:
        predicted = sorted(_segments(find_quotations(text).quotes))
        assert predicted == sorted(gold.get(doc, [])), doc


def test_frlitbank_recall_at_overlap_08() -> None:
    score = _score(CORPORA / "frlitbank-dev", skip_terms=False)
    assert score.gold == 578
    assert score.recall >= 0.98, score


def test_frlitbank_precision_per_quote_over_speech() -> None:
    # fr-litbank annotates speech only: titles, labels and scare quotes ("term" guesses) are not in
    # its gold, so they are left out of this precision; a quote is one prediction.
    score = _score(CORPORA / "frlitbank-dev", skip_terms=True)
    assert score.quote_precision >= 0.95, score


def test_frlitbank_precision_per_segment_does_not_regress() -> None:
    score = _score(CORPORA / "frlitbank-dev", skip_terms=False)
    assert score.segment_precision >= 0.89, score


@pytest.mark.xfail(
    strict=True,
    reason=(
        "the gold leaves out a 30-paragraph story told inside « » (Mademoiselle Fifi), a letter, a line of "
        "anonymous murmurs and every label in « »; each of their segments counts against precision"
    ),
)
def test_frlitbank_precision_per_segment_reaches_095() -> None:
    score = _score(CORPORA / "frlitbank-dev", skip_terms=False)
    assert score.segment_precision >= 0.95, score
