"""Resumable corpus runs: whole documents, a record of the finished ones, nothing lost, nothing twice."""

from __future__ import annotations

import collections
import doctest
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from quoteattr import Extraction, Extractor
from quoteattr.cli import EXIT_INTERRUPTED, EXIT_OK, EXIT_UNAVAILABLE, main
from quoteattr.resume import ResumableOutput, ResumeError, progress_path

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
WINER_TRAIN = CORPORA / "winer-train" / "docs"


def test_a_kill_mid_document_is_cut_back_to_the_last_finished_one(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    with ResumableOutput(path) as out:
        out.write_document("a", ['{"doc": "a", "n": 1}', '{"doc": "a", "n": 2}'])
        out.write_document("empty", [])
    # what a SIGKILL can leave: half of the next document's lines, half of its record line
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"doc": "b", "n": 1}\n{"doc": "b", "n"')
    with progress_path(path).open("a", encoding="utf-8") as handle:
        handle.write('{"doc": "b", "off')
    with ResumableOutput(path, resume=True) as out:
        assert out.done == {"a", "empty"}
        assert out.resumed == 2
        out.write_document("b", ['{"doc": "b", "n": 1}'])
    assert path.read_text(encoding="utf-8").splitlines() == [
        '{"doc": "a", "n": 1}',
        '{"doc": "a", "n": 2}',
        '{"doc": "b", "n": 1}',
    ]
    with ResumableOutput(path, resume=True) as out:  # a finished run resumed does nothing
        assert out.done == {"a", "empty", "b"}
    assert len(path.read_text(encoding="utf-8").splitlines()) == 3


def test_lines_written_without_their_record_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    with ResumableOutput(path) as out:
        out.write_document("a", ["A"])
    with path.open("a", encoding="utf-8") as handle:
        handle.write("B1\nB2\n")  # whole lines, but the kill came before the record
    with ResumableOutput(path, resume=True) as out:
        assert out.done == {"a"}
    assert path.read_text(encoding="utf-8") == "A\n"


def test_without_resume_the_output_starts_afresh(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "out.jsonl"
    with ResumableOutput(path) as out:
        out.write_document("a", ["A"])
    with ResumableOutput(path) as out:
        assert out.done == frozenset()
    assert path.read_text(encoding="utf-8") == ""
    assert progress_path(path).read_text(encoding="utf-8") == ""


def test_resume_refuses_an_output_it_cannot_trust(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text("A\n", encoding="utf-8")
    with pytest.raises(ResumeError, match="record of finished documents"):
        ResumableOutput(path, resume=True)
    progress_path(path).write_text('{"doc": "a", "offset": 99}\n', encoding="utf-8")
    with pytest.raises(ResumeError, match="changed since"):
        ResumableOutput(path, resume=True)
    missing = tmp_path / "new.jsonl"
    with ResumableOutput(missing, resume=True) as out:  # nothing to resume: a fresh start
        assert out.done == frozenset()


ARTICLES = {
    "a.txt": "« Nous sommes prêts », a déclaré Paul.",
    "b.txt": "Rien à signaler ici.",
    "c.txt": "Il parle d'un « montage » et d'une « farce ».",
}


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path / name) for name in ARTICLES]


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_cli_resume_skips_finished_documents(tmp_path: Path, articles: list[str]) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--parser", "none", "--format", "jsonl", "-o", str(out), *articles]) == EXIT_OK
    full = _lines(out)
    assert [json.loads(line)["doc"] for line in full] == ["a", "c", "c"]
    assert [json.loads(line)["doc"] for line in _lines(progress_path(out))] == ["a", "b", "c"]
    assert (
        main(["extract", "--parser", "none", "--format", "jsonl", "-o", str(out), "--resume", *articles]) == 0
    )
    assert _lines(out) == full


def test_cli_resume_needs_a_jsonl_output(capsys: pytest.CaptureFixture[str], articles: list[str]) -> None:
    assert main(["extract", "--parser", "none", "--resume", *articles]) == EXIT_UNAVAILABLE
    assert "--resume needs --output FILE and --format jsonl" in capsys.readouterr().err


def test_cli_resume_refuses_two_documents_with_one_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], articles: list[str]
) -> None:
    (tmp_path / "sub").mkdir()
    twin = tmp_path / "sub" / "a.txt"
    twin.write_text("« Autre », dit-il.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = [
        "extract",
        "--parser",
        "none",
        "--format",
        "jsonl",
        "-o",
        str(out),
        "--resume",
        *articles,
        str(twin),
    ]
    assert main(args) == EXIT_UNAVAILABLE
    assert "both have the id 'a': pass --root DIR" in capsys.readouterr().err


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], articles: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Extractor.extract_many

    def interrupted(self: Extractor, texts: object, **options: int) -> Iterator[Extraction]:
        for n, extraction in enumerate(real(self, texts, **options)):  # type: ignore[arg-type]
            if n == 2:
                raise KeyboardInterrupt
            yield extraction

    monkeypatch.setattr(Extractor, "extract_many", interrupted)
    out = tmp_path / "out.jsonl"
    args = ["extract", "--parser", "none", "--format", "jsonl", "-o", str(out), *articles]
    assert main(args) == EXIT_INTERRUPTED
    err = capsys.readouterr().err
    assert "interrupted after 2 of 3 documents" in err
    assert "run the same command with --resume to finish" in err
    assert [json.loads(line)["doc"] for line in _lines(out)] == ["a"]
    monkeypatch.setattr(Extractor, "extract_many", real)
    assert main([*args, "--resume"]) == EXIT_OK
    assert "2 documents already done" in capsys.readouterr().err
    assert [json.loads(line)["doc"] for line in _lines(out)] == ["a", "c", "c"]


def _extract_command(out: Path) -> list[str]:
    """The run over the winer-train folder (doc ids relative to it), one document per parser call."""
    options = ["--parser", "spacy", "--format", "jsonl", "--batch-size", "1", "-o", str(out)]
    return [sys.executable, "-m", "quoteattr", "extract", *options, str(WINER_TRAIN)]


@pytest.mark.model
@pytest.mark.corpus
def test_sigkill_halfway_then_resume_gives_the_uninterrupted_lines(tmp_path: Path) -> None:
    assert len(list(WINER_TRAIN.rglob("*.txt"))) == 150
    reference = tmp_path / "reference.jsonl"
    assert main(_extract_command(reference)[3:]) == EXIT_OK
    out = tmp_path / "killed.jsonl"
    record = progress_path(out)
    process = subprocess.Popen(_extract_command(out), stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and process.poll() is None:
            if record.exists() and len(record.read_bytes().splitlines()) >= 75:
                break
            time.sleep(0.05)
        assert process.poll() is None, "the run ended before it could be killed halfway"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL
    done = len(record.read_bytes().splitlines())
    assert 75 <= done < 150
    resumed = subprocess.run([*_extract_command(out), "--resume"], capture_output=True, text=True)
    assert resumed.returncode == EXIT_OK, resumed.stderr
    assert "documents already done" in resumed.stderr
    expected = _lines(reference)
    assert len(expected) > 400
    assert collections.Counter(_lines(out)) == collections.Counter(expected)


def test_the_module_examples_run() -> None:
    import quoteattr.resume

    result = doctest.testmod(quoteattr.resume)
    assert result.attempted >= 5
    assert result.failed == 0
