"""Indirect quotes scored as their own kind, beside the quotes in marks and both together."""

from __future__ import annotations

from quoteattr.evaluate import parse_jsonl, score
from quoteattr.evaluate.gold import QuoteRecord

TEXT = "« Nous ne céderons pas », a déclaré Paul Durand. Il a ajouté que la réforme serait votée."


def record(fragment: str, kind: str, speaker: str | None) -> str:
    start = TEXT.index(fragment)
    return (
        f'{{"doc": "a", "start": {start}, "end": {start + len(fragment)}, "kind": "{kind}", '
        f'"speaker": {"null" if speaker is None else repr(speaker).replace(chr(39), chr(34))}}}'
    )


GOLD = parse_jsonl(
    [
        record("Nous ne céderons pas", "direct", "Paul Durand"),
        record("la réforme serait votée", "indirect", "Paul Durand"),
    ]
)


def rows(gold: tuple[QuoteRecord, ...], pred: tuple[QuoteRecord, ...]) -> dict[str, tuple[float | None, ...]]:
    report = score(gold, pred)
    return {
        row.label: (row.scores.quotes[0].f1, row.scores.speaker.value, row.scores.speaker_precision.value)
        for row in report.kinds
    }


def test_perfect_prediction_is_perfect_in_every_row() -> None:
    assert rows(GOLD, GOLD) == {
        "in marks": (1.0, 1.0, 1.0),
        "indirect": (1.0, 1.0, 1.0),
        "all": (1.0, 1.0, 1.0),
    }


def test_the_main_table_keeps_the_quotes_in_marks_alone() -> None:
    only_marks = GOLD[:1]
    report = score(GOLD, only_marks)
    assert report.overall.gold_quotes == 1
    assert report.quotes[0].f1 == 1.0  # an indirect line missed does not lower the quotes in marks
    assert rows(GOLD, only_marks)["indirect"] == (0.0, 0.0, None)


def test_a_wrong_indirect_speaker_lowers_indirect_precision_only() -> None:
    pred = parse_jsonl(
        [
            record("Nous ne céderons pas", "direct", "Paul Durand"),
            record("la réforme serait votée", "indirect", "Marie Curie"),
        ]
    )
    scores = rows(GOLD, pred)
    assert scores["in marks"] == (1.0, 1.0, 1.0)
    assert scores["indirect"] == (1.0, 0.0, 0.0)
    assert scores["all"] == (1.0, 0.5, 0.5)


def test_no_indirect_anywhere_means_no_kind_table() -> None:
    report = score(GOLD[:1], GOLD[:1])
    assert report.kinds == ()
    assert "by kind" not in report.format_table()
    assert "by kind" in score(GOLD, GOLD).format_table()
    assert [row["label"] for row in score(GOLD, GOLD).to_dict()["kinds"]] == ["in marks", "indirect", "all"]
