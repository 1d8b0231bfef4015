"""Scores by kind of reported speech: quotes in marks, indirect speech, and both together.

Indirect quotes (kind ``indirect``: a reported clause without marks) are scored as their own
kind, exactly as quotes are: gold ``indirect`` lines against ``indirect`` predictions, with the
same overlap levels, speaker accuracy and speaker precision. The main table of a report keeps the
quotes in marks alone, so indirect speech neither helps nor hurts their figures; the *all* row
counts both (a prediction of either kind may find a gold line of either kind).

>>> from quoteattr.evaluate import parse_jsonl, score
>>> gold = parse_jsonl([
...     '{"doc": "a", "start": 0, "end": 4, "kind": "direct", "speaker": "Paul"}',
...     '{"doc": "a", "start": 10, "end": 30, "kind": "indirect", "speaker": "Paul"}',
... ])
>>> [(row.label, row.scores.quotes[0].f1) for row in score(gold, gold).kinds]
[('in marks', 1.0), ('indirect', 1.0), ('all', 1.0)]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from quoteattr.evaluate.gold import QuoteRecord
from quoteattr.model import QuoteKind

if TYPE_CHECKING:
    from quoteattr.evaluate.report import Report, Scores

__all__ = ["KIND_LABELS", "KindRow", "by_kind", "format_kinds", "has_indirect", "without_indirect"]

#: The rows of the kind table, in order.
KIND_LABELS: tuple[str, ...] = ("in marks", "indirect", "all")


@attrs.frozen
class KindRow:
    """The scores of one kind of reported speech (``label`` one of :data:`KIND_LABELS`)."""

    label: str
    scores: Scores

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, **self.scores.to_dict()}


def has_indirect(*records: Sequence[QuoteRecord]) -> bool:
    """Whether any of the record lists holds an ``indirect`` line."""
    return any(r.kind is QuoteKind.INDIRECT for group in records for r in group)


def without_indirect(records: Sequence[QuoteRecord]) -> list[QuoteRecord]:
    """The records that are not ``indirect``."""
    return [r for r in records if r.kind is not QuoteKind.INDIRECT]


def _as_quote(records: Sequence[QuoteRecord], keep: Callable[[QuoteRecord], bool]) -> list[QuoteRecord]:
    # scored as "direct": the scorer counts direct/partial predictions, and the kind is not compared here
    return [
        attrs.evolve(r, kind=QuoteKind.DIRECT) if r.kind is QuoteKind.INDIRECT else r
        for r in records
        if keep(r)
    ]


def by_kind(
    gold: Sequence[QuoteRecord],
    predictions: Sequence[QuoteRecord],
    score: Callable[[Sequence[QuoteRecord], Sequence[QuoteRecord]], Report],
) -> tuple[KindRow, ...]:
    """One :class:`KindRow` per label of :data:`KIND_LABELS`, scored with ``score``."""

    def indirect(r: QuoteRecord) -> bool:
        return r.kind is QuoteKind.INDIRECT

    def anything(r: QuoteRecord) -> bool:
        return True

    marks = score(without_indirect(gold), without_indirect(predictions))
    only = score(_as_quote(gold, indirect), _as_quote(predictions, indirect))
    both = score(_as_quote(gold, anything), _as_quote(predictions, anything))
    return tuple(
        KindRow(label, report.overall) for label, report in zip(KIND_LABELS, (marks, only, both), strict=True)
    )


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f} %"


def format_kinds(rows: Sequence[KindRow]) -> list[str]:
    """The kind table's lines: gold and predicted counts, F1 at each level, speaker accuracy and precision."""
    if not rows:
        return []
    levels = [q.label.replace("overlap >= ", "F1@") for q in rows[0].scores.quotes]
    table = [("by kind", "gold", "pred", *levels, "speaker", "speaker precision")]
    for row in rows:
        s = row.scores
        table.append(
            (
                row.label,
                str(s.gold_quotes),
                str(s.predictions - s.predictions_unscored),
                *(_percent(q.f1) for q in s.quotes),
                _percent(s.speaker.value),
                _percent(s.speaker_precision.value),
            )
        )
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    return [
        "  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)).rstrip()
        for r in table
    ]
