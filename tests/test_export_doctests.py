"""The examples in the docstrings of the export, output and progress modules run as written."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "quoteattr.cli_formats",
    "quoteattr.export.csv",
    "quoteattr.export.frame",
    "quoteattr.export.html",
    "quoteattr.export.rows",
    "quoteattr.progress",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{name} lost its examples"
    assert result.failed == 0
