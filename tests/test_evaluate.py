"""Scoring: quote detection at each threshold, terms, speakers, cues, kinds, bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quoteattr.errors import GoldFormatError
from quoteattr.evaluate import Report, read_jsonl, score

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
SEED_GOLD_PATH = ROOT / "seeds" / "000_be13844ad7484d12.gold.jsonl"

# A short French article written for these tests; offsets below index into it.
TEXT = (
    "« Nous ne céderons pas », a déclaré M. Paul Durand. "
    "Il a ajouté que la réforme était « prête pour le vote ». "
    "Le film « Les Ailes » sort mercredi."
)


def span(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def line(fragment: str, kind: str = "direct", speaker: str | None = None, **extra: Any) -> dict[str, Any]:
    start, end = span(fragment)
    data = {"doc": "a", "start": start, "end": end, "text": fragment, "kind": kind, "speaker": speaker}
    return data | extra


def write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


GOLD = [
    line("Nous ne céderons pas", "direct", "Paul Durand", cue="déclarer"),
    line("prête pour le vote", "partial", "Paul Durand", cue="ajouter"),
    line("Les Ailes", "term"),
]


def run(tmp_path: Path, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> Report:
    return score(
        read_jsonl(write(tmp_path / "gold.jsonl", gold)), read_jsonl(write(tmp_path / "p.jsonl", pred))
    )


def levels(report: Report) -> dict[str, tuple[int, int, int, int]]:
    return {q.label: (q.found, q.gold, q.right, q.predicted) for q in report.quotes}


def test_perfect_prediction_scores_everything_right(tmp_path: Path) -> None:
    report = run(tmp_path, GOLD, GOLD)
    assert [q.f1 for q in report.quotes] == [1.0, 1.0, 1.0]
    assert (report.speaker.hits, report.speaker.total) == (2, 2)
    assert report.cue.value == report.kind.value == 1.0


def test_half_covered_quote_is_found_at_03_but_not_08(tmp_path: Path) -> None:
    start, _ = span("Nous ne céderons pas")
    half = {"doc": "a", "start": start, "end": start + 10, "kind": "direct", "speaker": None}
    report = run(tmp_path, GOLD, [half])
    assert levels(report) == {
        "overlap >= 0.3": (1, 2, 1, 1),  # 10/20 of the gold covered; the prediction is all gold
        "overlap >= 0.8": (0, 2, 1, 1),
        "exact": (0, 2, 0, 1),
    }
    assert report.quotes[0].precision == 1.0
    assert report.quotes[0].recall == 0.5


def test_prediction_mostly_outside_gold_is_wrong_at_08(tmp_path: Path) -> None:
    start, end = span("prête pour le vote")
    wide = {"doc": "a", "start": start - 20, "end": end, "kind": "partial", "speaker": None}
    report = run(tmp_path, GOLD, [wide])
    assert levels(report)["overlap >= 0.3"] == (1, 2, 1, 1)  # 18 of 38 characters are gold
    assert levels(report)["overlap >= 0.8"] == (1, 2, 0, 1)


def test_gold_terms_are_neither_required_nor_penalised(tmp_path: Path) -> None:
    on_term = line("Les Ailes", "partial")
    term_kind = line("Nous ne céderons pas", "term")
    report = run(tmp_path, GOLD, [on_term, term_kind])
    assert levels(report)["overlap >= 0.3"] == (0, 2, 0, 0)  # both left out; the gold term not required
    assert report.overall.predictions == 2
    assert report.overall.predictions_unscored == 2
    table = report.overall.confusion_table()
    assert table["direct"]["term"] == 1  # the term-kind prediction shows in the confusion
    assert table["term"]["partial"] == 1


def test_indirect_predictions_are_not_counted(tmp_path: Path) -> None:
    report = run(tmp_path, GOLD, [line("Nous ne céderons pas", "indirect", "Paul Durand")])
    assert levels(report)["overlap >= 0.3"] == (0, 2, 0, 0)
    assert report.speaker.hits == 0


def test_false_positive_outside_any_gold_lowers_precision(tmp_path: Path) -> None:
    report = run(tmp_path, GOLD, [*GOLD, line("sort mercredi", "partial")])
    assert levels(report)["exact"] == (2, 2, 2, 3)
    assert report.quotes[-1].precision == pytest.approx(2 / 3)


def test_speaker_alt_and_unscored_and_null(tmp_path: Path) -> None:
    gold = [
        line("Nous ne céderons pas", "direct", "Paul Durand", speaker_alt=["le ministère de l'Intérieur"]),
        line("prête pour le vote", "partial", "la voisine", speaker_unscored=True),
        line("sort mercredi", "partial", None),
    ]
    pred = [
        line("Nous ne céderons pas", "direct", "ministère de l'Intérieur"),
        line("prête pour le vote", "partial", "quelqu'un d'autre"),
        line("sort mercredi", "partial", "Paul Durand"),
    ]
    report = run(tmp_path, gold, pred)
    assert (report.speaker.hits, report.speaker.total) == (1, 1)


def test_speaker_accuracy_end_to_end_counts_missed_quotes(tmp_path: Path) -> None:
    pred = [line("Nous ne céderons pas", "direct", "M. Durand")]
    report = run(tmp_path, GOLD, pred)
    assert (report.speaker.hits, report.speaker.total) == (1, 2)
    assert (report.speaker_found.hits, report.speaker_found.total) == (1, 1)


def test_wrong_and_missing_speaker_are_wrong(tmp_path: Path) -> None:
    pred = [
        line("Nous ne céderons pas", "direct", "Pierre Martin"),
        line("prête pour le vote", "partial", None),
    ]
    report = run(tmp_path, GOLD, pred)
    assert (report.speaker_found.hits, report.speaker_found.total) == (0, 2)


def test_speaker_precision_counts_only_named_speakers(tmp_path: Path) -> None:
    pred = [
        line("Nous ne céderons pas", "direct", "Pierre Martin", confidence=0.95),
        line("prête pour le vote", "partial", None, confidence=0.4),
    ]
    report = run(tmp_path, GOLD, pred)
    assert (report.speaker_precision.hits, report.speaker_precision.total) == (0, 1)
    right = [line("Nous ne céderons pas", "direct", "Durand"), line("prête pour le vote", "partial", None)]
    assert run(tmp_path, GOLD, right).speaker_precision.value == 1.0


def test_calibration_puts_each_named_speaker_in_its_confidence_band(tmp_path: Path) -> None:
    pred = [
        line("Nous ne céderons pas", "direct", "Paul Durand", confidence=0.95),
        line("prête pour le vote", "partial", "Pierre Martin", confidence=0.6),
    ]
    report = run(tmp_path, GOLD, pred)
    bands = {b["band"]: (b["hits"], b["total"]) for b in report.to_dict()["calibration"]}
    assert bands == {
        "[0, 0.5)": (0, 0),
        "[0.5, 0.7)": (0, 1),
        "[0.7, 0.8)": (0, 0),
        "[0.8, 0.9)": (0, 0),
        "[0.9, 1]": (1, 1),
    }
    assert "speaker by confidence" in report.format_table()


def test_speaker_precision_by_resolved_by_counts_each_way_a_name_was_found(tmp_path: Path) -> None:
    pred = [
        {**line("Nous ne céderons pas", "direct", "Paul Durand"), "resolved_by": "spelled"},
        {**line("prête pour le vote", "partial", "Pierre Martin"), "resolved_by": "antecedent"},
    ]
    report = run(tmp_path, GOLD, pred)
    ways = {way: (r["hits"], r["total"]) for way, r in report.to_dict()["by_resolution"].items()}
    assert ways == {"antecedent": (0, 1), "spelled": (1, 1)}
    assert "speaker by resolved_by" in report.format_table()
    unmarked = run(tmp_path, GOLD, [line("Nous ne céderons pas", "direct", "Paul Durand")])
    assert unmarked.to_dict()["by_resolution"] == {"-": {"hits": 1, "total": 1, "value": 1.0}}


def test_matched_prediction_is_the_best_overlapping_one(tmp_path: Path) -> None:
    start, end = span("Nous ne céderons pas")
    pred = [
        {"doc": "a", "start": start, "end": start + 4, "kind": "partial", "speaker": "Pierre Martin"},
        {"doc": "a", "start": start + 4, "end": end, "kind": "direct", "speaker": "Durand"},
    ]
    report = run(tmp_path, GOLD[:1], pred)
    assert report.speaker.value == 1.0
    assert report.kind.value == 1.0


def test_cue_lemma_and_cue_form(tmp_path: Path) -> None:
    gold = [
        line("Nous ne céderons pas", "direct", "Paul Durand", cue="déclarer"),
        line("prête pour le vote", "partial", "Paul Durand", cue=None, cue_form="ajouta"),
        line("sort mercredi", "partial", None, cue=None),
    ]
    pred = [
        line("Nous ne céderons pas", "direct", "Paul Durand", cue="Déclarer"),
        line("prête pour le vote", "partial", "Paul Durand", cue="ajouter"),
        line("sort mercredi", "partial", None, cue="dire"),
    ]
    report = run(tmp_path, gold, pred)
    assert (report.cue.hits, report.cue.total) == (1, 1)
    assert (report.cue_form.hits, report.cue_form.total) == (1, 1)
    wrong = [line("Nous ne céderons pas", "direct", cue="dire"), line("prête pour le vote", "partial")]
    report = run(tmp_path, gold, wrong)
    assert (report.cue.hits, report.cue_form.hits) == (0, 0)


def test_kind_accuracy_and_confusion(tmp_path: Path) -> None:
    pred = [line("Nous ne céderons pas", "partial"), line("prête pour le vote", "partial")]
    report = run(tmp_path, GOLD, pred)
    assert (report.kind.hits, report.kind.total) == (1, 2)
    table = report.overall.confusion_table()
    assert table["direct"]["partial"] == 1
    assert table["partial"]["partial"] == 1
    assert table["term"]["none"] == 1


def test_segments_of_a_dialogue_prediction_match_gold_segments(tmp_path: Path) -> None:
    text = "— Voyez, dit-il, nous cherchions le même livre."
    first, second = (2, 7), (17, len(text) - 1)
    gold = [
        {"doc": "d", "start": s, "end": e, "text": text[s:e], "kind": "direct", "speaker": "Boissard"}
        for s, e in (first, second)
    ]
    whole = {"doc": "d", "start": 2, "end": second[1], "kind": "direct", "speaker": "Boissard"}
    report = run(tmp_path, gold, [whole | {"segments": [list(first), list(second)]}])
    assert levels(report)["exact"] == (2, 2, 1, 1)
    report = run(tmp_path, gold, [whole])
    assert levels(report)["exact"] == (0, 2, 0, 1)
    assert levels(report)["overlap >= 0.3"] == (2, 2, 1, 1)
    assert levels(report)["overlap >= 0.8"] == (2, 2, 0, 1)  # the speech tag is 10 of 44 characters
    one_line_gold = [gold[0] | {"end": second[1], "text": text[2 : second[1]]}]
    report = run(tmp_path, one_line_gold, [whole | {"segments": [list(first), list(second)]}])
    assert levels(report)["exact"] == (1, 1, 1, 1)  # the span itself is the gold span


def test_documents_are_kept_apart_and_reported_one_by_one(tmp_path: Path) -> None:
    other = [r | {"doc": "b"} for r in GOLD]
    pred = [*GOLD, line("sort mercredi", "partial") | {"doc": "c"}]
    report = run(tmp_path, GOLD + other, pred)
    by_doc = {d.doc: d.scores for d in report.documents}
    assert by_doc["a"].quotes[-1].f1 == 1.0
    assert by_doc["b"].quotes[-1].recall == 0.0
    assert by_doc["c"].quotes[-1].precision == 0.0
    assert report.docs_without_gold == ("c",)
    data = json.loads(json.dumps(report.to_dict()))
    assert set(data["documents"]) == {"a", "b", "c"}
    assert data["quotes"][0] == {
        "threshold": 0.3,
        "gold": 4,
        "found": 2,
        "recall": 0.5,
        "predicted": 3,
        "right": 2,
        "precision": 0.6667,
        "f1": 0.5714,
    }


def test_no_prediction_gives_zero_recall_and_undefined_precision(tmp_path: Path) -> None:
    report = run(tmp_path, GOLD, [])
    assert report.quotes[0].recall == 0.0
    assert report.quotes[0].precision is None
    assert report.quotes[0].f1 == 0.0
    assert "-" in report.format_table()


def test_format_table_is_aligned(tmp_path: Path) -> None:
    table = run(tmp_path, GOLD, GOLD).format_table()
    rows = [r for r in table.splitlines() if r.startswith(("quotes", "overlap", "exact"))]
    assert len(rows) == 4
    assert len({len(r) for r in rows}) == 1
    assert "100.0 %" in table


def test_seed_gold_scored_against_itself_is_perfect() -> None:
    gold = read_jsonl(SEED_GOLD_PATH)
    report = score(gold, gold)
    assert all(q.precision == q.recall == q.f1 == 1.0 for q in report.quotes)
    assert report.speaker.value == report.cue.value == report.kind.value == 1.0
    assert report.speaker.total == 7


@pytest.mark.corpus
@pytest.mark.parametrize("corpus", ["winer-dev", "frlitbank-dev"])
def test_corpus_gold_reads_and_scores_perfectly_against_itself(corpus: str) -> None:
    gold = read_jsonl(CORPORA / corpus / "gold.jsonl")
    report = score(gold, gold)
    assert all(q.f1 == 1.0 for q in report.quotes)
    assert report.speaker.value == 1.0
    assert report.overall.speaker.total > 0


BAD_LINES = [
    ('{"doc": "a", "start": 1, "end": 3, "kind": "direct"', "not valid JSON"),
    ('["a", 1, 3]', "expected a JSON object"),
    ('{"doc": "a", "start": 1, "end": 3, "kind": "direct"}', "missing field(s) speaker"),
    ('{"doc": "a", "start": 5, "end": 3, "kind": "direct", "speaker": null}', "out of order"),
    ('{"doc": "a", "start": -1, "end": 3, "kind": "direct", "speaker": null}', "non-negative integer"),
    ('{"doc": "a", "start": "1", "end": 3, "kind": "direct", "speaker": null}', "non-negative integer"),
    ('{"doc": "a", "start": 1, "end": 3, "kind": "quote", "speaker": null}', "must be one of"),
    ('{"doc": "", "start": 1, "end": 3, "kind": "direct", "speaker": null}', "non-empty string"),
    ('{"doc": "a", "start": 1, "end": 3, "kind": "direct", "speaker": 4}', "string or null"),
    ('{"doc": "a", "start": 1, "end": 3, "text": "abcd", "kind": "direct", "speaker": null}', "4 characters"),
    ('{"doc": "a", "start": 1, "end": 3, "kind": "direct", "speaker": null, "mention": [3]}', "mention"),
    ('{"doc": "a", "start": 1, "end": 3, "kind": "term", "speaker": null, "confidence": 2}', "confidence"),
    ('{"doc": "a", "start": 1, "end": 3, "kind": "term", "speaker": null, "segments": [[0, 2]]}', "segments"),
    ('{"doc": "a", "start": 1, "end": 3, "kind": "term", "speaker": "x", "speaker_alt": "y"}', "speaker_alt"),
]


@pytest.mark.parametrize(("bad", "message"), BAD_LINES)
def test_bad_line_raises_naming_file_and_line(tmp_path: Path, bad: str, message: str) -> None:
    good = '{"doc": "a", "start": 0, "end": 2, "kind": "direct", "speaker": null}'
    path = tmp_path / "gold.jsonl"
    path.write_text(f"{good}\n\n{bad}\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=rf"gold\.jsonl:3: .*{message}".replace("(s)", r"\(s\)")):
        read_jsonl(path)


def test_not_utf8_raises_gold_format_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes('{"doc": "é"}\n'.encode("latin-1"))
    with pytest.raises(GoldFormatError, match=r"latin1\.jsonl: not UTF-8"):
        read_jsonl(path)


def test_gold_format_error_is_a_value_error() -> None:
    assert issubclass(GoldFormatError, ValueError)


def test_threshold_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="share in"):
        score([], [], thresholds=(0.0,))
