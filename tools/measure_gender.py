"""Measure source genders on WiNER-train: accuracy on tune and check, confusion, women's share.

    python tools/measure_gender.py [--corpora ../shared/corpora] [--parser spacy] [--errors]

Prints, for each split of ``winer-train/split.json``, how many gold sources quoteattr names
(matched as ``quoteattr evaluate`` matches speakers), gender accuracy on them and the confusion
table; then the share of women among quoted persons, quoteattr's against gold. ``--errors``
lists the wrong genders of ``tune`` (study those only: ``check`` is for honest reporting).
The figures are copied into docs/gender.md; tests/test_gender_corpus.py calls :func:`measure`.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import attrs

from quoteattr import Extraction, Extractor, Gender
from quoteattr.attribute.gender import person_findings
from quoteattr.attribute.gender_cues import WEIGHT_LINKED, Finding
from quoteattr.evaluate.gender import GenderScores, GoldSource, read_gold_sources, score_genders, women_share
from quoteattr.evaluate.match import names_match

DEFAULT_CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


@attrs.frozen
class Measure:
    """The gender figures of one run over WiNER-train."""

    splits: dict[str, GenderScores]
    women_predicted: float | None
    women_gold: float | None
    women_gold_named: float | None
    persons_predicted: int
    errors: tuple[str, ...]
    finders: dict[str, dict[str, tuple[int, int]]]
    """Per split, per finder: (gold persons it gives a gender for, of which right)."""


def _quoted_genders(extraction: Extraction) -> list[Gender]:
    """The genders of the sources some quote of this document is attributed to."""
    used = {q.speaker.entity for q in extraction.quotes if q.speaker is not None}
    return [e.gender for i, e in enumerate(extraction.speakers) if i in used]


def measure(corpora: Path = DEFAULT_CORPORA, parser: str = "spacy") -> Measure:
    """Extract every WiNER-train document and score the genders of its sources."""
    root = corpora / "winer-train"
    split: dict[str, list[str]] = json.loads((root / "split.json").read_text(encoding="utf-8"))
    gold = read_gold_sources(root / "speakers.jsonl")
    docs = [d for part in split.values() for d in part]
    texts = [(root / "docs" / f"{d}.txt").read_text(encoding="utf-8") for d in docs]
    results = dict(zip(docs, Extractor(parser=parser).extract_many(texts), strict=True))
    splits = {
        name: score_genders(gold, {d: results[d].speakers for d in part}) for name, part in split.items()
    }
    predicted = [g for r in results.values() for g in _quoted_genders(r)]
    named_gold = [
        s.gender
        for s in gold
        if s.doc in results and any(names_match(e.name, s.speaker) for e in results[s.doc].speakers)
    ]
    return Measure(
        splits=splits,
        women_predicted=women_share(predicted),
        women_gold=women_share(s.gender for s in gold),
        women_gold_named=women_share(named_gold),
        persons_predicted=sum(g in {Gender.FEMALE, Gender.MALE} for g in predicted),
        errors=tuple(_errors(gold, results, split.get("tune", []))),
        finders={name: _finders(gold, results, part) for name, part in split.items()},
    )


def _label(finding: Finding) -> str:
    kind = finding.evidence.kind.value
    if kind == "pronoun":
        kind += " (linked)" if finding.weight >= WEIGHT_LINKED else " (nearby)"
    return f"{kind} -> {finding.evidence.gender.value}"


def _finders(
    gold: tuple[GoldSource, ...], results: dict[str, Extraction], docs: list[str]
) -> dict[str, tuple[int, int]]:
    """Each finder alone on the named gold persons: how many it speaks for, how many rightly."""
    counts: dict[str, list[int]] = {}
    part = set(docs)
    for source in gold:
        if source.doc not in part or source.gender not in {Gender.FEMALE, Gender.MALE}:
            continue
        extraction = results[source.doc]
        match = next((e for e in extraction.speakers if names_match(e.name, source.speaker)), None)
        if match is None:
            continue
        votes: dict[str, Counter[Gender]] = {}
        for finding in person_findings(extraction.text, None, match):
            votes.setdefault(_label(finding), Counter())[finding.evidence.gender] += 1
        for label, vote in votes.items():
            said = vote.most_common(1)[0][0]
            entry = counts.setdefault(label, [0, 0])
            entry[0] += 1
            entry[1] += said is source.gender
    return {label: (n, right) for label, (n, right) in sorted(counts.items())}


def _errors(gold: tuple[GoldSource, ...], results: dict[str, Extraction], tune: list[str]) -> list[str]:
    out = []
    for source in gold:
        if source.doc not in tune:
            continue
        match = next((e for e in results[source.doc].speakers if names_match(e.name, source.speaker)), None)
        if match is not None and match.gender is not source.gender:
            evidence = "; ".join(str(e) for e in match.gender_evidence) or "no evidence"
            out.append(
                f"{source.doc}  {source.speaker!r}: gold {source.gender}, got {match.gender} ({evidence})"
            )
    return out


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f} %"


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    options.add_argument("--parser", default="spacy")
    options.add_argument("--errors", action="store_true", help="list the wrong genders of tune")
    args = options.parse_args()
    result = measure(args.corpora, args.parser)
    for name, scores in result.splits.items():
        print(
            f"== {name}: {scores.named} of {scores.sources} gold sources named; "
            f"gender accuracy {_percent(scores.accuracy)} ({scores.correct}/{scores.named})"
        )
        print(scores.table())
    print(
        f"women among quoted persons of known gender: quoteattr {_percent(result.women_predicted)} "
        f"({result.persons_predicted} persons); gold {_percent(result.women_gold)} (all gold sources), "
        f"{_percent(result.women_gold_named)} (gold sources quoteattr names)"
    )
    for name, finders in result.finders.items():
        print(f"== each finder alone on the named gold persons of {name}: persons it speaks for, right")
        for label, (n, right) in finders.items():
            print(f"{label:<34} {n:>4} {right:>4}  {_percent(right / n)}")
    if args.errors:
        print("\n".join(result.errors))


if __name__ == "__main__":
    main()
