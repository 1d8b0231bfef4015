"""Shared test fixtures: where the read-only corpora live, and the founding article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
UD = SHARED / "ud"
SEED_DOC = "000_be13844ad7484d12"
SEED_TEXT_PATH = ROOT / "seeds" / f"{SEED_DOC}.txt"
SEED_GOLD_PATH = ROOT / "seeds" / f"{SEED_DOC}.gold.jsonl"


def read_gold(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> list[dict[str, Any]]:
    return read_gold(SEED_GOLD_PATH)
