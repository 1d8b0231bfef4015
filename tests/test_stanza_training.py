"""tools/train_stanza.py without training anything: trainer flags, cache keys, cache restore."""

from __future__ import annotations

import importlib
import importlib.util
import json
import threading
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from quoteattr.parse.stanza_backend import StanzaParser, french_models_available

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "train_stanza_under_test", ROOT / "tools" / "train_stanza.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fake_files(tmp_path: Path) -> dict[str, Path]:
    names = (
        "train_gold",
        "train_txt",
        "train_labels",
        "train_mwt",
        "dev_gold",
        "dev_txt",
        "dev_labels",
        "dev_mwt",
    )
    return {name: tmp_path / name for name in names}


@pytest.mark.parametrize("profile", ["ci", "full"])
@pytest.mark.parametrize("processor", ["tokenize", "mwt", "pos", "lemma", "depparse"])
def test_every_flag_is_one_stanzas_trainer_accepts(
    trainer: ModuleType, tmp_path: Path, profile: str, processor: str
) -> None:
    module = importlib.import_module(trainer._MODULES[processor])
    args = [
        *trainer._trainer_args(processor, fake_files(tmp_path), tmp_path / "saved", tmp_path / "pred.conllu"),
        *trainer.PROFILES[profile].flags(processor),
    ]
    parsed = vars(module.build_argparse().parse_args(args))  # argparse exits on an unknown flag
    assert parsed["save_dir"] == str(tmp_path / "saved")
    if processor in ("pos", "depparse"):
        assert parsed["pretrain"] is False  # no word vectors: nothing to download
        assert parsed["batch_size"] <= 1000
    if profile == "ci" and processor in ("mwt", "lemma"):
        assert parsed["dict_only"] is True


def test_cache_key_depends_on_the_profile_and_is_stable(trainer: ModuleType) -> None:
    ci = trainer.cache_key("ci")
    assert ci == trainer.cache_key("ci")
    assert ci != trainer.cache_key("full")
    assert len(ci) == 16
    int(ci, 16)


def test_cache_dir_follows_quoteattr_cache(
    trainer: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("QUOTEATTR_CACHE", str(tmp_path))
    assert trainer.cache_dir() == tmp_path
    monkeypatch.delenv("QUOTEATTR_CACHE")
    assert trainer.cache_dir() == Path.home() / ".cache" / "quoteattr"


def write_fake_models(folder: Path, trainer: ModuleType) -> None:
    for processor in trainer.PROCESSORS:
        path = folder / "fr" / processor / f"{trainer.PACKAGE}.pt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    (folder / trainer.MANIFEST).write_text(json.dumps({"package": trainer.PACKAGE}), encoding="utf-8")


def test_ensure_model_trains_once_then_restores(
    trainer: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[Path] = []

    def fake_train(output_dir: Path, **kwargs: Any) -> dict[str, Any]:
        calls.append(output_dir)
        write_fake_models(output_dir, trainer)
        return {}

    monkeypatch.setattr(trainer, "train_models", fake_train)
    key = trainer.cache_key("ci")
    stale = tmp_path / f"stanza-fr-ci-{key}.abc123.partial"  # left by a run that was killed
    (stale / "fr").mkdir(parents=True)
    first = trainer.ensure_model("ci", cache=tmp_path, log=lambda message: None)
    second = trainer.ensure_model("ci", cache=tmp_path, log=lambda message: None)
    assert first == second == tmp_path / f"stanza-fr-ci-{trainer.cache_key('ci')}"
    assert len(calls) == 1
    assert calls[0] != first  # trained aside, then moved into place whole
    assert visible(tmp_path) == [first.name]  # no partial folder left, the stale one removed
    assert french_models_available(first)
    assert StanzaParser(first).models_dir == first


def test_an_interrupted_training_leaves_nothing_behind(
    trainer: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def failing_train(output_dir: Path, **kwargs: Any) -> dict[str, Any]:
        (output_dir / "fr").mkdir()
        raise RuntimeError("stanza.models.tagger failed with exit code 1")

    monkeypatch.setattr(trainer, "train_models", failing_train)
    with pytest.raises(RuntimeError, match="tagger failed"):
        trainer.ensure_model("ci", cache=tmp_path, log=lambda message: None)
    assert visible(tmp_path) == []


def test_parallel_callers_wait_for_one_training(
    trainer: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[Path] = []
    started = threading.Event()

    def slow_train(output_dir: Path, **kwargs: Any) -> dict[str, Any]:
        calls.append(output_dir)
        started.set()
        time.sleep(0.5)  # long enough for the second caller to reach the lock
        write_fake_models(output_dir, trainer)
        return {}

    monkeypatch.setattr(trainer, "train_models", slow_train)
    results: list[Path] = []
    first = threading.Thread(
        target=lambda: results.append(trainer.ensure_model("ci", cache=tmp_path, log=lambda m: None))
    )
    first.start()
    assert started.wait(10)
    second = trainer.ensure_model("ci", cache=tmp_path, log=lambda message: None)
    first.join(10)
    assert results == [second]
    assert len(calls) == 1


def visible(folder: Path) -> list[str]:
    """Folder entries other than the lock files."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def test_raw_text_is_one_sentence_per_line_from_the_text_comments(
    trainer: ModuleType, tmp_path: Path
) -> None:
    gold = tmp_path / "gold.conllu"
    gold.write_text(
        "# sent_id = 1\n# text = Il a dit oui.\n1\tIl\t_\t_\t_\t_\t0\troot\t_\t_\n\n"
        "# text = Elle a répondu « non ».\n1\tElle\t_\t_\t_\t_\t0\troot\t_\t_\n\n",
        encoding="utf-8",
    )
    assert trainer._raw_text(gold) == "Il a dit oui.\nElle a répondu « non ».\n"
