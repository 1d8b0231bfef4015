"""Bad input never loses the rest: one corpus run with the real spaCy model over messy files.

Each bad input gets its own message or diagnostic, the good files around it are still
extracted, and offsets stay exact into the text as read (CRLF kept).
"""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any

import pytest

from quoteattr import Extractor
from quoteattr.cli import EXIT_INPUT, main

pytestmark = pytest.mark.model

GOOD = "« Nous sommes prêts », a déclaré le ministre Paul Durand."
CRLF = "Paul Durand est arrivé.\r\n« Nous partirons demain », a-t-il déclaré.\r\n\r\n— Oui, dit Marie.\r\n"
LONG_LINE = "le mot " * 143_000 + "« Oui », a dit Paul Durand, « et non »"  # 1,001,031 characters, no break
ONLY_MARKS = '«»«» “” ‹›\n— — «\n»»» " " „“'
FILES: dict[str, bytes] = {
    "a-good.txt": GOOD.encode("utf-8"),
    "b-latin1.txt": "« Déjà », dit-il.".encode("latin-1"),
    "c-binary.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "d-empty.txt": b"",
    "e-crlf.txt": CRLF.encode("utf-8"),
    "f-long-line.txt": LONG_LINE.encode("utf-8"),
    "g-only-marks.txt": ONLY_MARKS.encode("utf-8"),
    "h-nul.txt": "\x00\x01 « Oui », a dit\x00 Paul.\x7f".encode(),
    "z-good.txt": GOOD.encode("utf-8"),
}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("messy")
    for name, data in FILES.items():
        (folder / name).write_bytes(data)
    (folder / "dir.txt").mkdir()
    inputs = [str(folder / name) for name in sorted([*FILES, "dir.txt"])]
    out = folder / "out.jsonl"
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main(["extract", "--parser", "spacy", "--format", "jsonl", "-o", str(out), *inputs])
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_doc.setdefault(row["doc"], []).append(row)
    return {"status": status, "err": err.getvalue(), "rows": by_doc, "folder": folder}


def test_the_run_goes_on_and_exits_1_for_the_unreadable(run: dict[str, Any]) -> None:
    assert run["status"] == EXIT_INPUT
    assert "Traceback" not in run["err"]
    assert [row["speaker"] for row in run["rows"]["a-good"]] == ["Paul Durand"]
    assert [row["speaker"] for row in run["rows"]["z-good"]] == ["Paul Durand"]  # after every bad file


def test_non_utf8_and_binary_files_are_named_and_skipped(run: dict[str, Any]) -> None:
    assert f"{run['folder'] / 'b-latin1.txt'}: not UTF-8 text (invalid start byte at byte 0)" in run["err"]
    assert f"{run['folder'] / 'c-binary.png'}: not UTF-8 text" in run["err"]
    assert "b-latin1" not in run["rows"]


def test_a_directory_without_text_files_is_named_and_skipped(run: dict[str, Any]) -> None:
    assert f"{run['folder'] / 'dir.txt'}: no file matching '*.txt' in this directory; skipped" in run["err"]


def test_an_empty_file_gives_no_quote_and_no_message(run: dict[str, Any]) -> None:
    assert "d-empty" not in run["rows"]
    assert "d-empty" not in run["err"]


def test_crlf_offsets_index_the_text_as_read(run: dict[str, Any]) -> None:
    rows = run["rows"]["e-crlf"]
    assert [row["text"] for row in rows] == ["Nous partirons demain", "Oui"]
    for row in rows:
        assert CRLF[row["start"] : row["end"]] == row["text"]
    assert rows[0]["speaker"] == "Paul Durand"
    assert rows[1]["speaker"] == "Marie"


def test_a_million_character_line_is_attributed_near_its_quotes(run: dict[str, Any]) -> None:
    rows = [row for row in run["rows"]["f-long-line"] if row["kind"] != "indirect"]  # quotes in marks
    for row in run["rows"]["f-long-line"]:
        assert LONG_LINE[row["start"] : row["end"]] == row["text"]
    expected = [(LONG_LINE.index("Oui"), "Oui"), (LONG_LINE.index("et non"), "et non")]
    assert [(row["start"], row["text"]) for row in rows] == expected
    assert [row["speaker"] for row in rows] == ["Paul Durand", "Paul Durand"]


def test_a_text_of_marks_only_gets_diagnostics(run: dict[str, Any]) -> None:
    messages = [line for line in run["err"].splitlines() if "g-only-marks.txt" in line]
    assert any("unclosed-quote" in line for line in messages)
    assert any("stray-closing-mark" in line for line in messages)
    for row in run["rows"].get("g-only-marks", []):
        assert ONLY_MARKS[row["start"] : row["end"]] == row["text"]


def test_control_characters_do_not_stop_attribution(run: dict[str, Any]) -> None:
    (row,) = run["rows"]["h-nul"]
    assert row["text"] == "Oui"


def test_the_extractor_reports_the_same_texts_as_diagnostics_not_errors() -> None:
    texts: list[Any] = [GOOD, b"bytes", None, "", ONLY_MARKS, GOOD]
    results = list(Extractor(parser="spacy").extract_many(texts, batch_size=2))
    assert [len(r.quotes) for r in results][:4] == [1, 0, 0, 0]
    assert [d.code for d in results[1].diagnostics] == ["not-a-text"]
    assert [d.code for d in results[2].diagnostics] == ["not-a-text"]
    assert results[3].diagnostics == ()
    assert {d.code for d in results[4].diagnostics} >= {"unclosed-quote", "stray-closing-mark"}
    assert results[5].quotes[0].speaker is not None
    assert results[5].quotes[0].speaker.name == "Paul Durand"
