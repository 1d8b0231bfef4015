"""Properties of the whole extractor with the real spaCy model, on generated French-like text.

Whatever the text: no exception, offsets inside it and in text order, every span slices back to
its text, and the same result whatever the batch size or the number of processes.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import speech_text

from quoteattr import Extraction, Extractor

pytestmark = pytest.mark.model

_EXTRACTOR = Extractor(parser="spacy")  # the model loads on first use, once for the module
_SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text: str, result: Extraction) -> None:
    assert result.text == text
    starts = [q.start for q in result.quotes]
    assert starts == sorted(starts)
    for quote in result.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert quote.text == text[quote.start : quote.end]
        assert quote.marks.start <= quote.start
        assert quote.end <= quote.marks.end <= len(text)
        for segment in quote.segments:
            assert quote.start <= segment.start <= segment.end <= quote.end
        if quote.speaker is not None and quote.speaker.mention is not None:
            mention = quote.speaker.mention
            assert 0 <= mention.start < mention.end <= len(text)
        if quote.cue is not None and quote.cue.span is not None:
            assert 0 <= quote.cue.span.start < quote.cue.span.end <= len(text)
        assert 0.0 <= quote.confidence <= 1.0
    for entity in result.speakers:
        for span in entity.mentions:
            assert 0 <= span.start <= span.end <= len(text)


@settings(_SETTINGS, max_examples=60)
@given(text=speech_text())
def test_any_text_gives_in_order_offsets_that_slice_back(text: str) -> None:
    _check(text, _EXTRACTOR.extract(text))


@settings(_SETTINGS, max_examples=25)
@given(texts=st.lists(speech_text(max_paragraphs=3), min_size=1, max_size=7), batch_size=st.integers(1, 5))
def test_the_batch_size_changes_nothing(texts: list[str], batch_size: int) -> None:
    one_by_one = [_EXTRACTOR.extract(text).to_dict() for text in texts]
    batched = [r.to_dict() for r in _EXTRACTOR.extract_many(texts, batch_size=batch_size)]
    assert batched == one_by_one


@settings(_SETTINGS, max_examples=2)
@given(texts=st.lists(speech_text(max_paragraphs=4), min_size=8, max_size=16))
def test_two_processes_give_the_serial_result(texts: list[str]) -> None:
    serial = [r.to_dict() for r in _EXTRACTOR.extract_many(texts, batch_size=3)]
    parallel = [r.to_dict() for r in _EXTRACTOR.extract_many(texts, batch_size=3, n_process=2)]
    assert parallel == serial
