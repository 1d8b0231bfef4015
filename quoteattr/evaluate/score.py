"""Scoring predictions against gold: quote detection, speakers, cues and kinds.

The rules, stated exactly in ``docs/evaluation.md``:

* Only ``direct`` and ``partial`` predictions count as predictions; ``term`` (and ``indirect``)
  predictions are the tool saying "not a quote" (they appear only in the kind confusion).
* Gold ``term`` spans are neither required nor penalised: a prediction sharing more characters
  with gold terms than with gold quotes is left out of precision.
* A gold quote is *found* at threshold t when the segments of the (counted) predictions of its
  document cover at least t of its characters; a prediction is *right* when the gold quotes
  cover at least t of its segments. "exact" needs identical offsets.
* A found gold quote (at 0.3) is *matched* to the prediction that overlaps it most; speaker, cue
  and kind accuracy compare it with that prediction.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from quoteattr.evaluate.gold import QuoteRecord
from quoteattr.evaluate.kinds import KindRow, by_kind, has_indirect, without_indirect
from quoteattr.evaluate.match import (
    covered_share,
    cue_form_matches,
    cue_matches,
    fold,
    merge,
    names_match,
    overlap,
)
from quoteattr.evaluate.report import (
    CONFIDENCE_BANDS,
    DocumentReport,
    QuoteScores,
    Ratio,
    Report,
    Scores,
    band_of,
)
from quoteattr.model import QuoteKind

__all__ = ["MATCH_THRESHOLD", "SCORED_KINDS", "THRESHOLDS", "score"]

#: The overlap levels quote precision/recall are reported at (exact matching comes on top).
THRESHOLDS: tuple[float, ...] = (0.3, 0.8)
#: The overlap at which a gold quote counts as found for speaker, cue and kind accuracy.
MATCH_THRESHOLD = 0.3
#: Prediction kinds that claim reported speech and so count in quote precision.
SCORED_KINDS: frozenset[QuoteKind] = frozenset({QuoteKind.DIRECT, QuoteKind.PARTIAL})


def score(
    gold: Iterable[QuoteRecord],
    predictions: Iterable[QuoteRecord],
    *,
    thresholds: Sequence[float] = THRESHOLDS,
) -> Report:
    """Score ``predictions`` against ``gold`` (records from :func:`read_jsonl`).

    Documents are matched by ``doc`` id. Predictions for a document with no gold line still
    count (as wrong) and the document is listed in :attr:`Report.docs_without_gold`.
    """
    for threshold in thresholds:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"an overlap threshold is a share in (0, 1], got {threshold!r}")
    gold, predictions = tuple(gold), tuple(predictions)
    kinds: tuple[KindRow, ...] = ()
    if has_indirect(gold, predictions):  # indirect speech is its own kind: see quoteattr.evaluate.kinds
        kinds = by_kind(gold, predictions, lambda g, p: score(g, p, thresholds=thresholds))
        gold, predictions = tuple(without_indirect(gold)), tuple(without_indirect(predictions))
    gold_by_doc: dict[str, list[QuoteRecord]] = defaultdict(list)
    pred_by_doc: dict[str, list[QuoteRecord]] = defaultdict(list)
    for record in gold:
        gold_by_doc[record.doc].append(record)
    for record in predictions:
        pred_by_doc[record.doc].append(record)
    docs = sorted(gold_by_doc.keys() | pred_by_doc.keys())
    documents = tuple(
        DocumentReport(doc, _score_document(gold_by_doc.get(doc, []), pred_by_doc.get(doc, []), thresholds))
        for doc in docs
    )
    return Report(
        overall=_combine([d.scores for d in documents], thresholds),
        documents=documents,
        docs_without_gold=tuple(doc for doc in docs if doc not in gold_by_doc),
        kinds=kinds,
    )


_Candidate = tuple[QuoteRecord, list[tuple[int, int]], int]
"""A prediction with its merged segments and their size, computed once per document."""


def _candidates(predictions: Iterable[QuoteRecord]) -> list[_Candidate]:
    prepared = []
    for prediction in predictions:
        pieces = merge(prediction.segments)
        prepared.append((prediction, pieces, sum(end - start for start, end in pieces)))
    return prepared


def _best_match(record: QuoteRecord, candidates: Sequence[_Candidate]) -> QuoteRecord | None:
    """The candidate overlapping ``record`` most (ties: the tighter one, then the earlier one)."""
    best: tuple[int, float, int] | None = None
    chosen = None
    for candidate, pieces, size in candidates:
        if (
            pieces
            and (pieces[0][0] >= record.end or pieces[-1][1] <= record.start)
            and record.start < record.end
        ):
            continue
        shared = overlap(record.span, pieces)
        if shared == 0 and not (record.start == record.end and record.span in candidate.segments):
            continue
        key = (shared, shared / size if size else 1.0, -candidate.start)
        if best is None or key > best:
            best, chosen = key, candidate
    return chosen


def _pieces(records: Iterable[QuoteRecord]) -> list[tuple[int, int]]:
    return [segment for record in records for segment in record.segments]


def _score_document(
    gold: Sequence[QuoteRecord], predictions: Sequence[QuoteRecord], thresholds: Sequence[float]
) -> Scores:
    quotes = [g for g in gold if g.kind is not QuoteKind.TERM]
    terms = [g for g in gold if g.kind is QuoteKind.TERM]
    counted = [p for p in predictions if p.kind in SCORED_KINDS]
    quote_pieces = merge(g.span for g in quotes)
    term_pieces = merge(g.span for g in terms)
    scored = [p for p in counted if not _overlap_all(p, term_pieces) > _overlap_all(p, quote_pieces)]
    predicted_pieces = _pieces(counted)
    predicted_union = merge(predicted_pieces)
    gold_cover = [covered_share([g.span], predicted_union, predicted_pieces) for g in quotes]
    candidates = _candidates(counted)
    matches = [
        _best_match(g, candidates) if share >= MATCH_THRESHOLD else None
        for g, share in zip(quotes, gold_cover, strict=True)
    ]
    speaker, speaker_found, cue, cue_form, kind = _accuracies(quotes, matches)
    precision, calibration, by_resolution = _speaker_precision(quotes, matches)
    return Scores(
        by_resolution=by_resolution,
        quotes=_detection(quotes, counted, scored, gold_cover, predicted_pieces, thresholds),
        speaker=speaker,
        speaker_found=speaker_found,
        speaker_precision=precision,
        calibration=calibration,
        cue=cue,
        cue_form=cue_form,
        kind=kind,
        confusion=_kind_confusion(gold, predictions),
        gold_quotes=len(quotes),
        gold_terms=len(terms),
        predictions=len(predictions),
        predictions_unscored=len(predictions) - len(scored),
    )


def _detection(
    quotes: Sequence[QuoteRecord],
    counted: Sequence[QuoteRecord],
    scored: Sequence[QuoteRecord],
    gold_cover: Sequence[float],
    predicted_pieces: Sequence[tuple[int, int]],
    thresholds: Sequence[float],
) -> tuple[QuoteScores, ...]:
    """Found gold quotes and right predictions at each threshold, then at exact offsets."""
    quote_spans = [g.span for g in quotes]
    quote_union = merge(quote_spans)
    pred_cover = [covered_share(p.segments, quote_union, quote_spans) for p in scored]
    levels = [
        QuoteScores(
            threshold,
            sum(share >= threshold for share in gold_cover),
            len(quotes),
            sum(share >= threshold for share in pred_cover),
            len(scored),
        )
        for threshold in thresholds
    ]
    exact_pieces = set(predicted_pieces) | {p.span for p in counted}
    gold_spans = set(quote_spans)
    levels.append(
        QuoteScores(
            None,
            sum(span in exact_pieces for span in quote_spans),
            len(quotes),
            sum(p.span in gold_spans or all(s in gold_spans for s in p.segments) for p in scored),
            len(scored),
        )
    )
    return tuple(levels)


def _accuracies(
    quotes: Sequence[QuoteRecord], matches: Sequence[QuoteRecord | None]
) -> tuple[Ratio, Ratio, Ratio, Ratio, Ratio]:
    """Speaker (end to end, over found), cue lemma, cue form and kind accuracy."""
    speaker = speaker_found = cue = cue_form = kind = Ratio()
    for g, match in zip(quotes, matches, strict=True):
        if g.speaker is not None and not g.speaker_unscored:
            said = match is not None and _speaker_right(match, g)
            speaker += Ratio(int(said), 1)
            if match is not None:
                speaker_found += Ratio(int(said), 1)
        if match is None:
            continue
        if g.cue is not None:
            cue += Ratio(int(_cue_right(match, g.cue)), 1)
        elif g.cue_form is not None:
            cue_form += Ratio(int(_cue_form_right(match, g.cue_form)), 1)
        kind += Ratio(int(match.kind is g.kind), 1)
    return speaker, speaker_found, cue, cue_form, kind


def _speaker_precision(
    quotes: Sequence[QuoteRecord], matches: Sequence[QuoteRecord | None]
) -> tuple[Ratio, tuple[Ratio, ...], tuple[tuple[str, Ratio], ...]]:
    """Speaker precision over the found scorable gold quotes whose prediction names a speaker; the
    same per band of the prediction's confidence (a prediction without one is in the lowest); and
    the same per ``resolved_by`` of the prediction ("-" when it has none), by name."""
    bands = [Ratio() for _ in CONFIDENCE_BANDS]
    ways: dict[str, Ratio] = {}
    for g, match in zip(quotes, matches, strict=True):
        if match is None or match.speaker is None or g.speaker is None or g.speaker_unscored:
            continue
        right = Ratio(int(_speaker_right(match, g)), 1)
        bands[band_of(match.confidence if match.confidence is not None else 0.0)] += right
        way = match.resolved_by or "-"
        ways[way] = ways.get(way, Ratio()) + right
    return sum(bands, Ratio()), tuple(bands), tuple(sorted(ways.items()))


def _kind_confusion(
    gold: Sequence[QuoteRecord], predictions: Sequence[QuoteRecord]
) -> tuple[tuple[str, str, int], ...]:
    """(gold kind, kind of the best prediction of any kind or "none", count) for every gold line."""
    confusion: Counter[tuple[str, str]] = Counter()
    pieces = _pieces(predictions)
    union = merge(pieces)
    candidates = _candidates(predictions)
    for g in gold:
        share = covered_share([g.span], union, pieces)
        match = _best_match(g, candidates) if share >= MATCH_THRESHOLD else None
        confusion[g.kind.value, "none" if match is None else match.kind.value] += 1
    return tuple((g, p, n) for (g, p), n in sorted(confusion.items()))


def _overlap_all(prediction: QuoteRecord, others: Sequence[tuple[int, int]]) -> int:
    """Characters of the prediction's (merged) segments that the merged ``others`` cover."""
    return sum(overlap(piece, others) for piece in merge(prediction.segments))


def _speaker_right(prediction: QuoteRecord, gold: QuoteRecord) -> bool:
    if prediction.speaker is None:
        return False
    return any(names_match(prediction.speaker, name) for name in gold.speakers)


def _cue_right(prediction: QuoteRecord, lemma: str) -> bool:
    """The predicted lemma matches; a prediction with only a form is read as that form."""
    if prediction.cue is not None:
        return cue_matches(prediction.cue, lemma)
    return prediction.cue_form is not None and cue_form_matches(lemma, prediction.cue_form)


def _cue_form_right(prediction: QuoteRecord, form: str) -> bool:
    """The predicted lemma could be the form's; a prediction with only a form must be that form."""
    if prediction.cue is not None:
        return cue_form_matches(prediction.cue, form)
    return prediction.cue_form is not None and fold(prediction.cue_form).split() == fold(form).split()


def _sum_ways(parts: Iterable[tuple[tuple[str, Ratio], ...]]) -> tuple[tuple[str, Ratio], ...]:
    ways: dict[str, Ratio] = {}
    for part in parts:
        for way, ratio in part:
            ways[way] = ways.get(way, Ratio()) + ratio
    return tuple(sorted(ways.items()))


def _combine(parts: Sequence[Scores], thresholds: Sequence[float]) -> Scores:
    """Sum per-document counts into overall scores (micro-averaging)."""
    levels = [*thresholds, None]
    quotes = tuple(
        QuoteScores(
            level,
            sum(p.quotes[i].found for p in parts),
            sum(p.quotes[i].gold for p in parts),
            sum(p.quotes[i].right for p in parts),
            sum(p.quotes[i].predicted for p in parts),
        )
        for i, level in enumerate(levels)
    )
    confusion: Counter[tuple[str, str]] = Counter()
    for part in parts:
        for gold, predicted, count in part.confusion:
            confusion[gold, predicted] += count
    total = Ratio()
    return Scores(
        quotes=quotes,
        speaker=sum((p.speaker for p in parts), total),
        speaker_found=sum((p.speaker_found for p in parts), total),
        speaker_precision=sum((p.speaker_precision for p in parts), total),
        calibration=tuple(
            sum((p.calibration[i] for p in parts), total) for i in range(len(CONFIDENCE_BANDS))
        ),
        by_resolution=_sum_ways(p.by_resolution for p in parts),
        cue=sum((p.cue for p in parts), total),
        cue_form=sum((p.cue_form for p in parts), total),
        kind=sum((p.kind for p in parts), total),
        confusion=tuple((g, p, n) for (g, p), n in sorted(confusion.items())),
        gold_quotes=sum(p.gold_quotes for p in parts),
        gold_terms=sum(p.gold_terms for p in parts),
        predictions=sum(p.predictions for p in parts),
        predictions_unscored=sum(p.predictions_unscored for p in parts),
    )
