"""Properties of quotation detection on generated French-like text (hypothesis)."""

from __future__ import annotations

import json

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from strategies import MARKS, balanced_quotes, french_text, french_words

from quoteattr import find_quotations
from quoteattr.lang.fr.marks import INNER_PADDING
from quoteattr.marks.diagnostics import STRAY_CLOSING_MARK, UNCLOSED_QUOTE
from quoteattr.marks.scanner import MAX_DEPTH
from quoteattr.model import Extraction


@given(st.text())
def test_never_raises_on_any_string(text: str) -> None:
    assert find_quotations(text).text == text


@given(french_text())
def test_never_raises_on_french_like_text_with_random_marks(text: str) -> None:
    find_quotations(text)


@given(st.one_of(french_text(), st.text(alphabet=st.sampled_from('«»“”‘’"‹›„—–- a.,!?\n'))))
def test_every_span_is_in_bounds_and_slices_back_to_its_text(text: str) -> None:
    extraction = find_quotations(text)
    for quote in extraction.quotes:
        for span in (quote.span, quote.marks, *quote.segments):
            assert 0 <= span.start <= span.end <= len(text)
            assert span.text == text[span.start : span.end]
        assert quote.segments, "a quote has at least one segment"
        assert quote.marks.contains(quote.span)
        assert all(quote.span.contains(s) for s in quote.segments)
        assert [s.start for s in quote.segments] == sorted(s.start for s in quote.segments)
        for segment in quote.segments:
            assert segment.text, "no empty segment"
            assert segment.text[0] not in INNER_PADDING
            assert segment.text[-1] not in INNER_PADDING
    for diagnostic in extraction.diagnostics:
        assert diagnostic.span is not None
        assert 0 <= diagnostic.span.start <= diagnostic.span.end <= len(text)


@given(st.one_of(french_text(), st.text(alphabet=st.sampled_from('«»“”‘’"‹›„— a.\n'))))
def test_quotes_nest_properly(text: str) -> None:
    quotes = find_quotations(text).quotes
    starts = [(q.marks.start, -q.marks.end) for q in quotes]
    assert starts == sorted(starts), "quotes come in text order"
    for quote in quotes:
        if quote.parent is None:
            assert quote.depth == 0
            continue
        parent = quotes[quote.parent]
        assert quote.parent < quotes.index(quote)
        assert parent.marks.contains(quote.marks)
        assert quote.depth == parent.depth + 1


@given(french_text())
def test_serialisation_round_trips_exactly(text: str) -> None:
    extraction = find_quotations(text)
    assert Extraction.from_dict(extraction.to_dict()) == extraction
    assert Extraction.from_dict(json.loads(json.dumps(extraction.to_dict()))) == extraction


@given(balanced_quotes())
def test_balanced_guillemets_are_all_found_with_their_content(case: tuple[str, list[str]]) -> None:
    text, contents = case
    extraction = find_quotations(text)
    assert [q.text for q in extraction.quotes] == contents
    assert all(q.closed for q in extraction.quotes)
    assert extraction.diagnostics == ()


@settings(max_examples=200)
@given(balanced_quotes(), st.sampled_from(("«", "“", "‹")), st.data())
def test_an_extra_opening_mark_is_reported_as_unclosed(
    case: tuple[str, list[str]], mark: str, data: st.DataObject
) -> None:
    text, _ = case
    words = text.split(" ")
    at = data.draw(st.integers(0, len(words)))
    broken = " ".join([*words[:at], mark, *words[at:]])
    codes = [d.code for d in find_quotations(broken).diagnostics]
    assert UNCLOSED_QUOTE in codes


@given(balanced_quotes(), st.sampled_from(("»", "”", "›")), st.data())
def test_an_extra_closing_mark_is_reported_and_never_raises(
    case: tuple[str, list[str]], mark: str, data: st.DataObject
) -> None:
    text, _ = case
    words = text.split(" ")
    at = data.draw(st.integers(0, len(words)))
    broken = " ".join([*words[:at], mark, *words[at:]])
    codes = [d.code for d in find_quotations(broken).diagnostics]
    # An extra » either closes nothing (stray) or closes a quote early, leaving the real » stray.
    assert STRAY_CLOSING_MARK in codes or UNCLOSED_QUOTE in codes


def test_strategy_marks_cover_every_style() -> None:
    assert {"«", "»", "“", "”", "‘", "’", '"', "‹", "›", "„", "—"} <= set(MARKS)


@given(st.lists(st.one_of(french_words(), st.sampled_from(("«", "»"))), max_size=30))
def test_guillemets_are_reported_exactly_when_unbalanced(pieces: list[str]) -> None:
    text = " ".join(pieces)
    depth, deepest, balanced = 0, 0, True
    for piece in pieces:
        depth += {"«": 1, "»": -1}.get(piece, 0)
        deepest = max(deepest, depth)
        balanced = balanced and depth >= 0
    assume(deepest <= MAX_DEPTH)  # deeper runs are cut short on purpose (nesting-too-deep)
    balanced = balanced and depth == 0
    codes = {d.code for d in find_quotations(text).diagnostics}
    if balanced:
        assert not codes & {UNCLOSED_QUOTE, STRAY_CLOSING_MARK}
    else:
        assert codes & {UNCLOSED_QUOTE, STRAY_CLOSING_MARK}
