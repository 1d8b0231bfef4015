"""The result of scoring: frozen metric values, rendered as an aligned table or as JSON.

A ratio whose denominator is 0 has no value (``None``, shown as "-"), never a made-up 0 or 1.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from quoteattr.evaluate.kinds import KindRow, format_kinds

__all__ = ["CONFIDENCE_BANDS", "DocumentReport", "QuoteScores", "Ratio", "Report", "band_label", "band_of"]

#: Columns of the kind confusion, in this order ("none": no prediction found the gold span).
CONFUSION_COLUMNS: tuple[str, ...] = ("direct", "partial", "term", "indirect", "none")
#: Lower bounds of the confidence bands of the speaker calibration table (each band runs to the
#: next bound; the last one to 1 included).
CONFIDENCE_BANDS: tuple[float, ...] = (0.0, 0.5, 0.7, 0.8, 0.9)


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f} %"


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@attrs.frozen
class Ratio:
    """``hits`` out of ``total``; :attr:`value` is ``None`` when ``total`` is 0."""

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        """``hits / total``, or ``None`` when there is nothing to count."""
        return None if self.total == 0 else self.hits / self.total

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hits + other.hits, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        """``{"hits", "total", "value"}``."""
        return {"hits": self.hits, "total": self.total, "value": _round(self.value)}


@attrs.frozen
class QuoteScores:
    """Quote detection at one matching level: ``threshold`` is 0.3, 0.8, … or ``None`` for exact.

    ``found`` of ``gold`` gold spans were covered; ``right`` of ``predicted`` scored predictions
    were covered by the gold.
    """

    threshold: float | None
    found: int
    gold: int
    right: int
    predicted: int

    @property
    def label(self) -> str:
        """ "overlap >= 0.3", …, or "exact"."""
        return "exact" if self.threshold is None else f"overlap >= {self.threshold:g}"

    @property
    def recall(self) -> float | None:
        return Ratio(self.found, self.gold).value

    @property
    def precision(self) -> float | None:
        return Ratio(self.right, self.predicted).value

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall.

        ``None`` when both are undefined (no gold quote, no prediction); an undefined one can
        only sit beside a 0 (nothing predicted, so nothing found), and then F1 is 0.
        """
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        if not p or not r:
            return 0.0
        return 2 * p * r / (p + r)

    def to_dict(self) -> dict[str, Any]:
        return {
            "threshold": "exact" if self.threshold is None else self.threshold,
            "gold": self.gold,
            "found": self.found,
            "recall": _round(self.recall),
            "predicted": self.predicted,
            "right": self.right,
            "precision": _round(self.precision),
            "f1": _round(self.f1),
        }


@attrs.frozen
class Scores:
    """Every metric for one set of documents (the whole run, or one document)."""

    quotes: tuple[QuoteScores, ...]
    speaker: Ratio
    speaker_found: Ratio
    speaker_precision: Ratio
    calibration: tuple[Ratio, ...]
    by_resolution: tuple[tuple[str, Ratio], ...]
    """Speaker precision per way the name was found (``resolved_by``; "-" when not given)."""
    cue: Ratio
    cue_form: Ratio
    kind: Ratio
    confusion: tuple[tuple[str, str, int], ...]
    gold_quotes: int
    gold_terms: int
    predictions: int
    predictions_unscored: int

    def confusion_table(self) -> dict[str, dict[str, int]]:
        """``{gold kind: {predicted kind or "none": count}}``, zeros included."""
        table: dict[str, dict[str, int]] = {}
        for gold, predicted, count in self.confusion:
            row = table.setdefault(gold, dict.fromkeys(CONFUSION_COLUMNS, 0))
            row[predicted] = row.get(predicted, 0) + count
        return table

    def to_dict(self) -> dict[str, Any]:
        return {
            "counts": {
                "gold_quotes": self.gold_quotes,
                "gold_terms": self.gold_terms,
                "predictions": self.predictions,
                "predictions_unscored": self.predictions_unscored,
            },
            "quotes": [q.to_dict() for q in self.quotes],
            "speaker": self.speaker.to_dict(),
            "speaker_found": self.speaker_found.to_dict(),
            "speaker_precision": self.speaker_precision.to_dict(),
            "calibration": [
                {"band": band_label(i), **ratio.to_dict()} for i, ratio in enumerate(self.calibration)
            ],
            "by_resolution": {way: ratio.to_dict() for way, ratio in self.by_resolution},
            "cue": self.cue.to_dict(),
            "cue_form": self.cue_form.to_dict(),
            "kind": self.kind.to_dict(),
            "kind_confusion": self.confusion_table(),
        }


@attrs.frozen
class DocumentReport:
    """The scores of one document."""

    doc: str
    scores: Scores


@attrs.frozen
class Report:
    """What :func:`quoteattr.evaluate.score` returns: overall scores and one entry per document.

    >>> from quoteattr.evaluate import parse_jsonl, score
    >>> gold = parse_jsonl(['{"doc": "a", "start": 0, "end": 4, "kind": "direct", "speaker": "Paul"}'])
    >>> score(gold, gold).quotes[0].f1
    1.0
    """

    overall: Scores
    documents: tuple[DocumentReport, ...] = ()
    docs_without_gold: tuple[str, ...] = ()
    kinds: tuple[KindRow, ...] = ()
    """Scores by kind (in marks, indirect, all) when gold or predictions hold indirect speech;
    ``overall`` then covers the quotes in marks alone (:mod:`quoteattr.evaluate.kinds`)."""

    @property
    def quotes(self) -> tuple[QuoteScores, ...]:
        """Quote detection at each matching level, loosest first, exact last."""
        return self.overall.quotes

    @property
    def speaker(self) -> Ratio:
        """End-to-end speaker accuracy over scorable gold quotes."""
        return self.overall.speaker

    @property
    def speaker_found(self) -> Ratio:
        """Speaker accuracy over the scorable gold quotes that were found."""
        return self.overall.speaker_found

    @property
    def speaker_precision(self) -> Ratio:
        """Of the found scorable gold quotes whose prediction names a speaker, the share named right."""
        return self.overall.speaker_precision

    @property
    def calibration(self) -> tuple[Ratio, ...]:
        """Speaker precision per confidence band (:data:`CONFIDENCE_BANDS`), lowest band first."""
        return self.overall.calibration

    @property
    def cue(self) -> Ratio:
        """Cue lemma accuracy over found gold quotes with a ``cue``."""
        return self.overall.cue

    @property
    def cue_form(self) -> Ratio:
        """Cue accuracy over found gold quotes with only a ``cue_form`` (heuristic)."""
        return self.overall.cue_form

    @property
    def kind(self) -> Ratio:
        """Kind accuracy over found non-term gold quotes."""
        return self.overall.kind

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict: overall scores, then ``documents`` keyed by doc id."""
        data = self.overall.to_dict()
        data["docs_without_gold"] = list(self.docs_without_gold)
        data["documents"] = {d.doc: d.scores.to_dict() for d in self.documents}
        if self.kinds:
            data["kinds"] = [row.to_dict() for row in self.kinds]
        return data

    def format_table(self) -> str:
        """The overall scores as a small aligned plain-text table."""
        s = self.overall
        lines = [
            f"gold: {s.gold_quotes} quotes + {s.gold_terms} terms in {len(self.documents)} documents; "
            f"predictions: {s.predictions} ({s.predictions_unscored} not scored: kind term/indirect "
            "or on a gold term)",
            "",
        ]
        lines += _aligned(
            [("quotes", "gold", "found", "recall", "pred", "right", "precision", "F1")]
            + [
                (
                    q.label,
                    str(q.gold),
                    str(q.found),
                    _percent(q.recall),
                    str(q.predicted),
                    str(q.right),
                    _percent(q.precision),
                    _percent(q.f1),
                )
                for q in s.quotes
            ]
        )
        lines.append("")
        lines += _aligned(
            [("accuracy", "right", "of", "share")]
            + [
                (name, str(r.hits), str(r.total), _percent(r.value))
                for name, r in (
                    ("speaker (all scorable gold)", s.speaker),
                    ("speaker (found quotes)", s.speaker_found),
                    ("speaker precision (named)", s.speaker_precision),
                    ("cue lemma (found, gold cue)", s.cue),
                    ("cue form (found, gold cue_form)", s.cue_form),
                    ("kind (found quotes)", s.kind),
                )
            ]
        )
        lines.append("")
        lines += _aligned(
            [("speaker by confidence", "right", "of", "share")]
            + [
                (band_label(i), str(r.hits), str(r.total), _percent(r.value))
                for i, r in enumerate(s.calibration)
            ]
        )
        if s.by_resolution:
            lines.append("")
            lines += _aligned(
                [("speaker by resolved_by", "right", "of", "share")]
                + [(way, str(r.hits), str(r.total), _percent(r.value)) for way, r in s.by_resolution]
            )
        lines.append("")
        table = s.confusion_table()
        lines += _aligned(
            [("gold \\ predicted", *CONFUSION_COLUMNS)]
            + [(gold, *(str(row[c]) for c in CONFUSION_COLUMNS)) for gold, row in table.items()]
        )
        if self.kinds:
            lines += ["", *format_kinds(self.kinds)]
        if self.docs_without_gold:
            lines += ["", f"documents with predictions but no gold line: {len(self.docs_without_gold)}"]
        return "\n".join(lines)

    def format_documents(self) -> str:
        """One aligned row per document: quote counts, F1 at each level, speaker hits/total."""
        return format_documents(self)


def band_label(index: int) -> str:
    """The confidence band ``index`` of :data:`CONFIDENCE_BANDS` as text: "[0.8, 0.9)", "[0.9, 1]"."""
    low = CONFIDENCE_BANDS[index]
    if index + 1 == len(CONFIDENCE_BANDS):
        return f"[{low:g}, 1]"
    return f"[{low:g}, {CONFIDENCE_BANDS[index + 1]:g})"


def band_of(confidence: float) -> int:
    """The index in :data:`CONFIDENCE_BANDS` of the band ``confidence`` falls in."""
    return sum(confidence >= low for low in CONFIDENCE_BANDS[1:])


def _f1_at(scores: Scores, index: int) -> str:
    return _percent(scores.quotes[index].f1)


def format_documents(report: Report) -> str:
    """One row per document: gold and predicted counts, F1 at each level, speaker accuracy."""
    levels = [q.label.replace("overlap >= ", "F1@") for q in report.quotes]
    rows = [("document", "gold", "pred", *levels, "speaker")]
    for document in report.documents:
        s = document.scores
        rows.append(
            (
                document.doc,
                str(s.gold_quotes),
                str(s.predictions - s.predictions_unscored),
                *(_f1_at(s, i) for i in range(len(levels))),
                f"{s.speaker.hits}/{s.speaker.total}",
            )
        )
    return "\n".join(_aligned(rows))


def _aligned(rows: Sequence[Sequence[str]]) -> list[str]:
    """First column left-aligned, the others right-aligned, two spaces apart."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ).rstrip()
        for row in rows
    ]
