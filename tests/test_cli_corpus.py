"""``quoteattr extract`` on corpora: directories, --glob, '-', --output, csv/html, the progress bar."""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path
from typing import Any

import pytest
from review_dom import read_review

from quoteattr import cli
from quoteattr.export.rows import COLUMNS
from quoteattr.progress import Progress, wants_bar

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_be13844ad7484d12.txt"
WINER_TRAIN = ROOT.parent / "shared" / "corpora" / "winer-train"
SAID = "« Nous ne céderons pas », a déclaré Paul Durand."


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """docs/2016/01/a.txt, docs/2016/b.txt, docs/notes.md: two articles and a note."""
    root = tmp_path / "docs"
    (root / "2016" / "01").mkdir(parents=True)
    (root / "2016" / "01" / "a.txt").write_text(SAID, encoding="utf-8")
    (root / "2016" / "b.txt").write_text("Il a parlé d'un « montage ».", encoding="utf-8")
    (root / "notes.md").write_text("Une « note ».", encoding="utf-8")
    return root


def test_directory_is_read_recursively_with_ids_relative_to_it(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["extract", "--parser", "none", "--format", "jsonl", str(corpus)]) == cli.EXIT_OK
    captured = capsys.readouterr()
    rows = jsonl(captured.out)
    assert [(r["doc"], r["text"]) for r in rows] == [
        ("2016/01/a", "Nous ne céderons pas"),
        ("2016/b", "montage"),
    ]
    assert captured.err == ""  # stderr is no terminal here: no progress bar


def test_glob_chooses_the_files_of_a_directory(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["extract", "--parser", "none", "--format", "jsonl", "--glob", "*.md", str(corpus)]) == 0
    assert [(r["doc"], r["text"]) for r in jsonl(capsys.readouterr().out)] == [("notes.md", "note")]


def test_files_directories_and_stdin_together(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Un « mot »."))
    status = cli.main(
        ["extract", "--parser", "none", "--format", "jsonl", str(SEED), "-", str(corpus / "2016")]
    )
    assert status == 0
    docs = [r["doc"] for r in jsonl(capsys.readouterr().out)]
    assert docs[0] == "000_be13844ad7484d12"
    assert docs[-3:] == ["stdin", "01/a", "b"]


def test_output_file_instead_of_stdout(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert (
        cli.main(["extract", "--parser", "none", "--format", "jsonl", "--output", str(out), str(corpus)]) == 0
    )
    assert capsys.readouterr().out == ""
    assert [r["doc"] for r in jsonl(out.read_text(encoding="utf-8"))] == ["2016/01/a", "2016/b"]


def test_output_that_cannot_be_written_exits_2(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no" / "such" / "dir" / "out.jsonl"
    assert (
        cli.main(["extract", "--parser", "none", "--output", str(out), str(corpus)]) == cli.EXIT_UNAVAILABLE
    )
    err = capsys.readouterr().err
    assert f"quoteattr: {out}: cannot write the output there (No such file or directory)" in err


def test_a_file_not_utf8_among_good_ones(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    latin = corpus / "2016" / "01" / "latin.txt"
    latin.write_bytes("« Déjà là », a dit Aurélie.".encode("latin-1"))
    assert cli.main(["extract", "--parser", "none", "--format", "jsonl", str(corpus)]) == cli.EXIT_INPUT
    captured = capsys.readouterr()
    assert [r["doc"] for r in jsonl(captured.out)] == ["2016/01/a", "2016/b"]  # the others still done
    assert captured.err == (
        f"quoteattr: {latin}: not UTF-8 text (invalid start byte at byte 0); skipped "
        "(convert it first, e.g. `iconv -f latin1 -t utf-8`)\n"
    )


def test_a_missing_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere"
    assert cli.main(["extract", "--parser", "none", str(missing), str(SEED)]) == cli.EXIT_INPUT
    captured = capsys.readouterr()
    assert captured.err == f"quoteattr: {missing}: cannot read it (No such file or directory); skipped\n"
    assert captured.out.startswith(f"== {SEED}: 8 quotes")


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv", "html"])
def test_an_empty_directory(fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "sub" / "readme.md").write_text("rien", encoding="utf-8")
    assert cli.main(["extract", "--parser", "none", "--format", fmt, str(empty)]) == cli.EXIT_INPUT
    captured = capsys.readouterr()
    assert captured.err == f"quoteattr: {empty}: no file matching '*.txt' in this directory; skipped\n"
    if fmt == "csv":
        assert captured.out.splitlines() == ["\ufeff" + ",".join(COLUMNS)]  # a header, no row
    elif fmt == "html":
        assert "<b>0</b> documents" in captured.out
    else:
        assert captured.out == ""


def test_csv_output_one_row_per_quote(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "quotes.csv"
    assert cli.main(["extract", "--parser", "none", "--format", "csv", "-o", str(out), str(corpus)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdoc,start,end,text,")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["doc"], r["text"], r["kind"]) for r in rows] == [
        ("2016/01/a", "Nous ne céderons pas", "partial"),  # detection only: kinds before attribution
        ("2016/b", "montage", "term"),
    ]
    assert tuple(rows[0]) == COLUMNS


def test_html_output_is_the_review_page(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    assert cli.main(["extract", "--parser", "none", "--format", "html", "-o", str(out), str(corpus)]) == 0
    page = out.read_text(encoding="utf-8")
    documents = read_review(page)
    assert [d.text for d in documents] == [SAID, "Il a parlé d'un « montage »."]
    assert 'href="#qa-d1">2016/b</a>' in page


def test_progress_is_drawn_only_on_a_terminal_and_not_when_quiet() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert wants_bar(Terminal())
    assert not wants_bar(Terminal(), quiet=True)
    assert not wants_bar(io.StringIO())
    stream = Terminal()
    with Progress(2, stream=stream, enabled=True) as progress:
        progress.say("quoteattr: a.txt: skipped")
        progress.advance(2)
    drawn = stream.getvalue()
    assert "2/2" in drawn
    assert "quoteattr: a.txt: skipped\n" in drawn


def _run_in_terminal(args: list[str], cwd: Path) -> tuple[int, str]:
    """Run ``python -m quoteattr ARGS`` with stdout and stderr on a pseudo-terminal; its output."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "quoteattr", *args],
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
        cwd=cwd,
    )
    os.close(follower)
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(), b"".join(chunks).decode("utf-8", errors="replace")


def test_quiet_draws_nothing_even_on_a_terminal(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    status, terminal = _run_in_terminal(
        ["extract", "--parser", "none", "--format", "jsonl", "--quiet", "--output", str(out), str(corpus)],
        ROOT,
    )
    assert status == 0
    assert terminal == ""
    assert len(jsonl(out.read_text(encoding="utf-8"))) == 2


@pytest.mark.model
@pytest.mark.corpus
def test_winer_train_with_a_progress_bar_on_a_terminal_and_none_when_piped(tmp_path: Path) -> None:
    docs = WINER_TRAIN / "docs"
    gold_docs = {json.loads(line)["doc"] for line in (WINER_TRAIN / "gold.jsonl").open(encoding="utf-8")}
    assert len(gold_docs) == 150
    out = tmp_path / "out.jsonl"
    args = ["extract", "--format", "jsonl", "--output", str(out), str(docs)]
    status, terminal = _run_in_terminal(["extract", "--parser", "spacy", *args[1:]], ROOT)
    assert status == 0, terminal
    assert "150/150" in terminal  # documents done / total
    assert "doc/s" in terminal  # the rate (the time left sits between them: "[00:07<00:00, 21.4doc/s]")
    assert "\r" in terminal  # redrawn in place
    predicted = jsonl(out.read_text(encoding="utf-8"))
    assert {row["doc"] for row in predicted} == gold_docs  # every article done, ids as in the gold
    for row in predicted:
        text = (docs / f"{row['doc']}.txt").read_text(encoding="utf-8")
        assert text[row["start"] : row["end"]] == row["text"]

    piped = subprocess.run(
        [sys.executable, "-m", "quoteattr", "extract", "--parser", "none", *args[1:]],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert piped.returncode == 0
    # stderr is a pipe: no bar, only the documents' diagnostics, one line each
    assert "\r" not in piped.stderr
    assert "150/150" not in piped.stderr
    assert all(line.startswith("quoteattr: ") for line in piped.stderr.splitlines())


@pytest.mark.model
def test_founding_article_as_csv_gives_its_eight_quotes(tmp_path: Path) -> None:
    out = tmp_path / "seed.csv"
    marks = ["--kinds", "direct,partial,term"]  # the seed's eight quotes in marks
    assert (
        cli.main(["extract", "--parser", "spacy", *marks, "--format", "csv", "--output", str(out), str(SEED)])
        == 0
    )
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 8
    text = SEED.read_text(encoding="utf-8")
    assert all(text[int(r["start"]) : int(r["end"])] == r["text"] for r in rows)
    assert [r["speaker"] for r in rows][:4] == [
        "Antony Blinken",
        "Aliev et Pachinian",
        "Antony Blinken",
        "Ararat Mirzoyan",
    ]
    assert rows[5]["kind"] == "term"
    assert rows[5]["speaker"] == ""
