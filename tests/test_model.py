"""The model's validators, helpers and serialisation round-trips."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import extractions, french_text, spans

from quoteattr.model import (
    Entity,
    Extraction,
    Gender,
    GenderEvidence,
    GenderEvidenceKind,
    MarkStyle,
    Quote,
    QuoteKind,
    ResolvedBy,
    Span,
    Speaker,
    SpeakerKind,
)

TEXT = "« Oui », a dit Paul."


@pytest.mark.parametrize(
    ("start", "end", "error", "words"),
    [
        (-1, 3, ValueError, "start must be >= 0"),
        (4, 2, ValueError, "start must be <= end"),
        (0, 99, ValueError, "past the end"),
        (1.0, 2, TypeError, "start must be an int, got float"),
        (True, 2, TypeError, "start must be an int, got bool"),
    ],
)
def test_span_rejects_bad_offsets_with_a_message_naming_them(
    start: object, end: int, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        Span(start, end, source=TEXT)  # type: ignore[arg-type]


def test_span_text_is_sliced_from_its_source() -> None:
    span = Span(2, 5, source=TEXT)
    assert span.text == "Oui"
    assert len(span) == 3
    assert span.text_in("« Non », dit-il.") == "Non"


def test_span_without_source_says_how_to_get_its_text() -> None:
    with pytest.raises(ValueError, match=r"with_source|text_in"):
        _ = Span(2, 5).text
    assert Span(2, 5).with_source(TEXT).text == "Oui"


def test_span_text_in_a_shorter_text_is_refused() -> None:
    with pytest.raises(ValueError, match="past the end"):
        Span(2, 50).text_in(TEXT)


def test_span_equality_ignores_the_source() -> None:
    assert Span(2, 5, source=TEXT) == Span(2, 5)
    assert hash(Span(2, 5, source=TEXT)) == hash(Span(2, 5))


def test_span_contains_and_overlap() -> None:
    outer, inner, apart = Span(0, 10), Span(2, 5), Span(8, 14)
    assert outer.contains(inner)
    assert not inner.contains(outer)
    assert outer.overlap(apart) == 2
    assert inner.overlap(apart) == 0


def test_span_from_list_needs_two_offsets() -> None:
    with pytest.raises(ValueError, match=r"\[start, end\]"):
        Span.from_list([3])


def _quote(**changes: object) -> Quote:
    span = Span(2, 5, source=TEXT)
    quote = Quote(span=span, marks=Span(0, 7, source=TEXT), segments=(span,), mark=MarkStyle.GUILLEMETS)
    return attrs.evolve(quote, **changes)


@pytest.mark.parametrize("confidence", [-0.1, 1.5])
def test_quote_confidence_must_lie_between_0_and_1(confidence: float) -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        _quote(confidence=confidence)


def test_quote_is_frozen() -> None:
    quote = _quote()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quote.depth = 2  # type: ignore[misc]


def test_quote_to_dict_reads_well_and_comes_back() -> None:
    quote = _quote(kind=QuoteKind.DIRECT)
    data = quote.to_dict()
    assert data["text"] == "Oui"
    assert data["mark"] == "guillemets"
    assert data["kind"] == "direct"
    assert Quote.from_dict(data, TEXT) == quote
    assert Quote.from_dict(data, TEXT).text == "Oui"


def test_enums_print_as_their_values() -> None:
    assert str(QuoteKind.TERM) == "term"
    assert str(MarkStyle.DIALOGUE_DASH) == "dialogue_dash"


@given(extractions())
def test_extraction_round_trips_through_a_dict(extraction: Extraction) -> None:
    assert Extraction.from_dict(extraction.to_dict()) == extraction


@given(extractions())
def test_extraction_round_trips_through_json(extraction: Extraction) -> None:
    restored = Extraction.from_dict(json.loads(json.dumps(extraction.to_dict())))
    assert restored == extraction
    assert restored.to_dict() == extraction.to_dict()


@given(st.data())
def test_restored_spans_are_attached_to_the_text(data: st.DataObject) -> None:
    text = data.draw(french_text())
    span = data.draw(spans(text))
    restored = Span.from_list(span.to_list(), text)
    assert restored.text == text[span.start : span.end]


def test_speaker_gender_and_evidence_come_back_from_a_dict() -> None:
    text = "« Oui », a dit Mme Borne."
    evidence = GenderEvidence(GenderEvidenceKind.TITLE, Span(15, 18, source=text), Gender.FEMALE)
    speaker = Speaker("Borne", kind=SpeakerKind.PERSON, gender=Gender.FEMALE, gender_evidence=(evidence,))
    data = speaker.to_dict()
    assert data["gender"] == "female"
    assert data["gender_evidence"] == [{"kind": "title", "span": [15, 18], "text": "Mme", "gender": "female"}]
    assert Speaker.from_dict(data, text) == speaker
    assert Speaker.from_dict(data, text).gender_evidence[0].text == "Mme"


def test_speaker_resolved_by_comes_back_from_a_dict_and_is_checked() -> None:
    speaker = Speaker("Paul Durand", resolved_by="antecedent")
    assert speaker.resolved_by is ResolvedBy.ANTECEDENT
    assert speaker.to_dict()["resolved_by"] == "antecedent"
    assert Speaker.from_dict(speaker.to_dict()) == speaker
    assert Speaker.from_dict({"name": "Paul"}).resolved_by is None  # older dicts
    with pytest.raises(ValueError, match="'guess' is not a valid ResolvedBy"):
        Speaker("Paul", resolved_by="guess")


def test_older_dicts_without_gender_read_as_unknown() -> None:
    speaker = Speaker.from_dict({"name": "Paul", "mention": None, "title": None, "entity": None})
    entity = Entity.from_dict({"name": "Paul", "mentions": [], "kind": "person"})
    assert (speaker.kind, speaker.gender, speaker.gender_evidence) == (
        SpeakerKind.UNKNOWN,
        Gender.UNKNOWN,
        (),
    )
    assert (entity.kind, entity.gender) == (SpeakerKind.PERSON, Gender.UNKNOWN)


def test_an_unknown_gender_is_refused_with_the_values_it_takes() -> None:
    with pytest.raises(ValueError, match="'femme' is not a valid Gender"):
        Entity("Borne", gender="femme")
