"""quoteattr.to_frame and the CSV rows: one row per quote, the same columns."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pandas as pd
import pytest
from hypothesis import given, settings
from strategies import extractions

import quoteattr
from quoteattr.errors import OptionalDependencyError
from quoteattr.export.csv import BOM, write_csv
from quoteattr.export.rows import COLUMNS, quote_rows
from quoteattr.model import Extraction, MarkStyle, Quote, QuoteKind, ResolvedBy, Span, Speaker

TEXT = "« Nous ne céderons pas », a déclaré Paul Durand, ministre."


def _attributed() -> Extraction:
    name = TEXT.index("Paul Durand")
    span = Span(2, 22, source=TEXT)
    quote = Quote(
        span=span,
        marks=Span(0, 24, source=TEXT),
        segments=(span,),
        mark=MarkStyle.GUILLEMETS,
        kind=QuoteKind.DIRECT,
        speaker=Speaker(
            "Paul Durand",
            mention=Span(name, name + 11, source=TEXT),
            title="ministre",
            resolved_by=ResolvedBy.SPELLED,
        ),
        confidence=0.95,
        rule="incise",
    )
    return Extraction(text=TEXT, quotes=(quote,))


def test_frame_columns_types_and_values() -> None:
    detected = quoteattr.find_quotations("Il a parlé d'un « montage ».")
    frame = quoteattr.to_frame([_attributed(), detected], ids=["a", "b"])
    assert tuple(frame.columns) == COLUMNS
    record = frame.to_dict("records")[0]
    assert pd.isna(record.pop("cue"))  # no cue: pandas' missing value
    assert record == {
        "doc": "a",
        "start": 2,
        "end": 22,
        "text": "Nous ne céderons pas",
        "kind": "direct",
        "speaker": "Paul Durand",
        "speaker_title": "ministre",
        "mention": "Paul Durand",
        "mention_start": 36,
        "mention_end": 47,
        "confidence": 0.95,
        "rule": "incise",
        "resolved_by": "spelled",
    }
    assert str(frame["start"].dtype) == "int64"
    assert str(frame["mention_start"].dtype) == "Int64"  # a missing mention is <NA>, never a float
    assert pd.isna(frame.loc[1, "mention_start"])
    assert list(frame["doc"]) == ["a", "b"]


def test_frame_default_ids_are_positions_and_one_extraction_is_accepted() -> None:
    texts = ["Rien.", "« Oui », a dit Paul.", "Un « mot »."]
    frame = quoteattr.to_frame([quoteattr.find_quotations(t) for t in texts])
    assert list(frame["doc"]) == [1, 2]
    assert list(quoteattr.to_frame(_attributed())["text"]) == ["Nous ne céderons pas"]


def test_unnamed_source_keeps_its_mention() -> None:
    text = "« Nous resterons », a-t-il dit."
    pronoun = text.index("il")
    span = Span(2, 16, source=text)
    speaker = Speaker(None, mention=Span(pronoun, pronoun + 2, source=text))
    quote = Quote(span, Span(0, 18), (span,), MarkStyle.GUILLEMETS, speaker=speaker)
    (row,) = quote_rows(Extraction(text=text, quotes=(quote,)))
    assert (row["speaker"], row["mention"], row["mention_start"]) == (None, "il", pronoun)


def test_empty_frame_keeps_its_columns() -> None:
    frame = quoteattr.to_frame([])
    assert frame.empty
    assert tuple(frame.columns) == COLUMNS


def test_missing_pandas_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` now fails
    with pytest.raises(OptionalDependencyError, match=r'pip install "quoteattr\[pandas\]"') as info:
        quoteattr.to_frame([_attributed()])
    assert isinstance(info.value, ImportError)


def test_importing_quoteattr_loads_neither_pandas_nor_tqdm() -> None:
    code = "import sys, quoteattr; print([m for m in ('pandas', 'tqdm', 'spacy') if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_csv_is_spreadsheet_friendly_and_reads_back() -> None:
    text = 'Il a dit : « oui, "peut-être"\nnon ». Fin.'
    start = text.index("oui")
    span = Span(start, text.index(" »"), source=text)
    quote = Quote(span, Span(start - 2, span.end + 2), (span,), MarkStyle.GUILLEMETS)
    out = io.StringIO(newline="")
    assert write_csv([_attributed(), Extraction(text=text, quotes=(quote,))], out, ids=["a", "b"]) == 2
    data = out.getvalue()
    assert data.startswith(BOM + "doc,start,end,")  # Excel decodes UTF-8 only with the mark
    assert "\r\n" in data
    rows = list(csv.DictReader(io.StringIO(data.removeprefix(BOM), newline="")))
    assert [row["text"] for row in rows] == ["Nous ne céderons pas", 'oui, "peut-être"\nnon']
    assert rows[0]["mention_start"] == "36"
    assert rows[1]["speaker"] == ""  # missing is an empty cell


def test_pandas_reads_the_csv_back_to_the_frame() -> None:
    out = io.StringIO(newline="")
    write_csv([_attributed()], out, ids=["a"])
    back = pd.read_csv(io.StringIO(out.getvalue()), dtype={"mention_start": "Int64", "mention_end": "Int64"})
    frame = quoteattr.to_frame([_attributed()], ids=["a"])
    assert list(back.columns) == list(frame.columns)  # pandas drops the byte-order mark
    assert back.loc[0, "text"] == frame.loc[0, "text"]
    assert back.loc[0, "mention_end"] == frame.loc[0, "mention_end"]


@settings(max_examples=100, deadline=None)
@given(extractions())
def test_any_extraction_rows_slice_back_and_survive_csv(extraction: Extraction) -> None:
    rows = list(quote_rows(extraction, ids=["d"]))
    assert len(rows) == len(extraction.quotes)
    for row in rows:
        assert extraction.text[row["start"] : row["end"]] == row["text"]
    out = io.StringIO(newline="")
    write_csv(extraction, out, ids=["d"], bom=False)
    back = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert [r["text"] for r in back] == [r["text"] for r in rows]
    assert [r["speaker"] for r in back] == [r["speaker"] or "" for r in rows]


@pytest.mark.model
def test_seed_frame_has_its_eight_quotes(seed_text: str) -> None:
    marks = ["direct", "partial", "term"]  # the seed's eight quotes in marks
    extraction = quoteattr.Extractor(parser="spacy", kinds=marks).extract(seed_text)
    frame = quoteattr.to_frame([extraction], ids=["seed"])
    assert len(frame) == 8
    assert list(frame["speaker"].fillna("-")) == [
        q.speaker.name if q.speaker else "-" for q in extraction.quotes
    ]
    assert frame.loc[0, "speaker"] == "Antony Blinken"
    assert frame.loc[0, "speaker_title"] == "secrétaire d’État américain"
    assert all(
        seed_text[s:e] == t for s, e, t in zip(frame["start"], frame["end"], frame["text"], strict=True)
    )
