"""Scoring source genders against gold: accuracy on the sources quoteattr names, a confusion table.

Gold is JSONL, one source per line: ``{"doc", "speaker", "gender"}`` (``evidence`` is read by
people, not here), genders as :class:`~quoteattr.model.Gender` values; ``group-male`` and
``group-female`` count as ``group``. A gold source is *named* when a source of the same
document matches it as ``quoteattr evaluate`` matches speakers (:func:`names_match`).

>>> from quoteattr.model import Entity
>>> gold = [GoldSource("d1", "Élisabeth Borne", Gender.FEMALE)]
>>> scores = score_genders(gold, {"d1": [Entity("Borne", gender="female")]})
>>> scores.named, scores.correct, scores.accuracy
(1, 1, 1.0)
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from quoteattr.errors import GoldFormatError
from quoteattr.evaluate.match import names_match
from quoteattr.model import Entity, Gender

__all__ = ["GenderScores", "GoldSource", "read_gold_sources", "score_genders", "women_share"]

#: Gold labels that are finer than :class:`Gender` and the value they count as.
_GOLD_ALIASES = {"group-male": "group", "group-female": "group"}


@attrs.frozen
class GoldSource:
    """One gold source of one document, with its gender."""

    doc: str
    speaker: str
    gender: Gender = attrs.field(converter=Gender)


def read_gold_sources(path: str | Path) -> tuple[GoldSource, ...]:
    """The sources of a gold JSONL file; a bad line raises :class:`GoldFormatError` naming it."""
    out: list[GoldSource] = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            gender = _GOLD_ALIASES.get(data["gender"], data["gender"])
            out.append(GoldSource(str(data["doc"]), str(data["speaker"]), Gender(gender)))
        except (ValueError, KeyError, TypeError) as exc:
            raise GoldFormatError(
                f"{path}:{number}: a gold source needs doc, speaker and gender "
                f"({', '.join(g.value for g in Gender)}), got {line[:80]!r} ({exc})"
            ) from exc
    return tuple(out)


@attrs.frozen
class GenderScores:
    """How the predicted genders of the named gold sources compare with gold."""

    sources: int
    named: int
    correct: int
    confusion: tuple[tuple[Gender, Gender, int], ...]
    """``(gold, predicted, count)`` for every pair seen."""

    @property
    def accuracy(self) -> float | None:
        """Correct genders among the named sources (``None`` when none is named)."""
        return None if self.named == 0 else self.correct / self.named

    def table(self) -> str:
        """The confusion table, gold in rows, predictions in columns."""
        counts = {(g, p): n for g, p, n in self.confusion}
        labels = list(Gender)
        lines = ["gold \\ predicted " + " ".join(f"{g.value:>8}" for g in labels)]
        for gold in labels:
            row = " ".join(f"{counts.get((gold, p), 0):>8}" for p in labels)
            lines.append(f"{gold.value:<17} {row}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "sources": self.sources,
            "named": self.named,
            "correct": self.correct,
            "accuracy": self.accuracy,
            "confusion": [[g.value, p.value, n] for g, p, n in self.confusion],
        }


def score_genders(gold: Iterable[GoldSource], predicted: Mapping[str, Sequence[Entity]]) -> GenderScores:
    """Compare the gender of each gold source with that of the predicted source naming it.

    ``predicted`` maps a doc id to its sources (:attr:`Extraction.speakers`); documents absent
    from it are not scored.
    """
    confusion: Counter[tuple[Gender, Gender]] = Counter()
    total = named = correct = 0
    for source in gold:
        if source.doc not in predicted:
            continue
        total += 1
        entities = predicted[source.doc]
        match = next((e for e in entities if names_match(e.name, source.speaker)), None)
        if match is None:
            continue
        named += 1
        correct += match.gender is source.gender
        confusion[(source.gender, match.gender)] += 1
    return GenderScores(
        sources=total,
        named=named,
        correct=correct,
        confusion=tuple((g, p, n) for (g, p), n in sorted(confusion.items(), key=lambda kv: kv[0])),
    )


def women_share(genders: Iterable[Gender]) -> float | None:
    """Women among the persons of known gender in ``genders`` (``None`` when there is none).

    >>> women_share([Gender.FEMALE, Gender.MALE, Gender.MALE, Gender.ORG])
    0.3333333333333333
    """
    counts = Counter(genders)
    known = counts[Gender.FEMALE] + counts[Gender.MALE]
    return None if known == 0 else counts[Gender.FEMALE] / known
