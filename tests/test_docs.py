"""The self-contained examples in docs/ run as written (docs/api.md's, which need spaCy, run in
tests/test_extract_model.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.mark.parametrize("page", ["diagnostics.md", "gender.md", "resolution.md", "scale.md"])
def test_examples_run(page: str) -> None:
    blocks = re.findall(r"```python\n(.*?)```", (DOCS / page).read_text(encoding="utf-8"), re.S)
    assert blocks, f"docs/{page} lost its example"
    for block in blocks:
        exec(compile(block, f"docs/{page}", "exec"), {})
