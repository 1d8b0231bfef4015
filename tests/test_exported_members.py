"""The public surface is exactly `quoteattr.__all__`, sorted, and importing has no side effects."""

from __future__ import annotations

import subprocess
import sys

import quoteattr


def test_all_is_sorted_and_complete() -> None:
    public = {name for name in dir(quoteattr) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(quoteattr, name)).__name__ == "module"}
    assert sorted(quoteattr.__all__, key=str.casefold) == sorted(set(quoteattr.__all__), key=str.casefold)
    assert set(quoteattr.__all__) - {"__version__"} == public - modules


def test_every_export_is_documented() -> None:
    for name in quoteattr.__all__:
        if name == "__version__":
            continue
        assert getattr(quoteattr, name).__doc__, f"quoteattr.{name} has no docstring"


def test_import_loads_no_parser_and_prints_nothing() -> None:
    code = (
        "import sys, quoteattr; "
        "heavy = [m for m in ('spacy', 'stanza', 'torch') if m in sys.modules]; "
        "print(heavy)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
    assert result.stderr == ""
