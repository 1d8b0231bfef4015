"""Scoring quoteattr (or any tool) against gold quotes: ``quoteattr evaluate GOLD PRED``.

>>> from quoteattr.evaluate import parse_jsonl, score
>>> gold = parse_jsonl(['{"doc": "a", "start": 0, "end": 9, "kind": "direct", "speaker": "M. Paul Durand"}'])
>>> pred = parse_jsonl(['{"doc": "a", "start": 0, "end": 9, "kind": "direct", "speaker": "Durand"}'])
>>> score(gold, pred).speaker.value
1.0

The metrics are defined in ``docs/evaluation.md``.
"""

from __future__ import annotations

from quoteattr.evaluate.gold import QuoteRecord, parse_jsonl, read_jsonl
from quoteattr.evaluate.match import cue_form_matches, cue_matches, names_match
from quoteattr.evaluate.report import DocumentReport, QuoteScores, Ratio, Report, Scores
from quoteattr.evaluate.score import MATCH_THRESHOLD, THRESHOLDS, score

__all__ = [
    "MATCH_THRESHOLD",
    "THRESHOLDS",
    "DocumentReport",
    "QuoteRecord",
    "QuoteScores",
    "Ratio",
    "Report",
    "Scores",
    "cue_form_matches",
    "cue_matches",
    "names_match",
    "parse_jsonl",
    "read_jsonl",
    "score",
]
