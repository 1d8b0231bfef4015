"""The examples in every module's docstrings run as written: they are documentation, and a
documented call that no longer works is a bug."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import quoteattr

MODULES = sorted(m.name for m in pkgutil.walk_packages(quoteattr.__path__, "quoteattr."))
#: Modules whose examples the docs point users to: they must keep some.
WITH_EXAMPLES = [
    "quoteattr.cli_formats",
    "quoteattr.export.csv",
    "quoteattr.export.frame",
    "quoteattr.export.html",
    "quoteattr.export.rows",
    "quoteattr.progress",
    "quoteattr.attribute.gender",
    "quoteattr.marks.paragraphs",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    if name in WITH_EXAMPLES:
        assert result.attempted > 0, f"{name} lost its examples"


def test_every_module_is_walked() -> None:
    assert set(WITH_EXAMPLES) <= set(MODULES)
    assert len(MODULES) > 60
