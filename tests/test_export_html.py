"""The HTML review page, read back without a browser (tests/test_browser.py renders it in Chromium)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from review_dom import read_review
from strategies import extractions

import quoteattr
from quoteattr.export.html import NO_SOURCE, UNNAMED, render_fragment, render_html, speaker_hue
from quoteattr.model import Cue, Diagnostic, Extraction, MarkStyle, Quote, QuoteKind, Span, Speaker

TEXT = "Le ministre Jean Dupont a parlé.\r\n« Le site <restera> ouvert & fier », a-t-il déclaré."


def _quote(text: str, content: str, **fields: object) -> Quote:
    start = text.index(content)
    span = Span(start, start + len(content), source=text)
    marks = Span(start - 2, span.end + 2, source=text)
    return Quote(span=span, marks=marks, segments=(span,), mark=MarkStyle.GUILLEMETS, **fields)  # type: ignore[arg-type]


def _pieces(quote: Quote) -> set[int]:
    pieces = [s for s in quote.segments if s.start >= quote.start and s.end <= quote.end] or [quote.span]
    return {i for piece in pieces for i in range(piece.start, piece.end)}


def _attributed() -> Extraction:
    mention = TEXT.index("il")
    quote = _quote(
        TEXT,
        "Le site <restera> ouvert & fier",
        kind=QuoteKind.DIRECT,
        speaker=Speaker("Jean Dupont", mention=Span(mention, mention + 2, source=TEXT), title="ministre"),
        cue=Cue("déclarer"),
        confidence=0.95,
        rule="incise",
    )
    return Extraction(text=TEXT, quotes=(quote,), parser="test")


def test_text_survives_exactly_with_markup_characters_and_crlf() -> None:
    (document,) = read_review(render_html(_attributed(), ids=["a"]))
    assert document.text == TEXT  # "<", "&" escaped, "\r" kept as a character reference
    assert "<restera>" not in render_html(_attributed())  # never live markup


def test_quote_element_carries_offsets_speaker_and_the_why() -> None:
    extraction = _attributed()
    (document,) = read_review(render_html(extraction))
    (quote,) = extraction.quotes
    first = document.first["qa-d0-q0"]
    assert (int(first["data-start"]), int(first["data-end"])) == (quote.start, quote.end)
    assert first["data-speaker"] == "Jean Dupont"
    assert first["tabindex"] == "0"  # reachable with Tab, where the tip shows on focus
    assert "cue: déclarer" in first["data-tip"]
    assert "rule: incise" in first["data-tip"]
    assert "confidence: 0.95" in first["data-tip"]
    assert "speaker: Jean Dupont (ministre)" in first["data-tip"]
    assert document.covered["qa-d0-q0"] == _pieces(quote)
    assert {TEXT[i] for i in document.mentions["qa-d0-q0"]} == set("il")


def test_unattributed_quotes_terms_and_diagnostics_are_shown() -> None:
    text = "Il parle d'un « montage ». « Bon », dit-on. Un « accord sans fin."
    term = _quote(text, "montage", kind=QuoteKind.TERM)
    orphan = _quote(text, "Bon", kind=QuoteKind.DIRECT)
    unclosed = text.index("« accord")
    diagnostic = Diagnostic("unclosed-quote", "« never closed", Span(unclosed, unclosed + 1, source=text))
    page = render_html(Extraction(text=text, quotes=(term, orphan), diagnostics=(diagnostic,)))
    (document,) = read_review(page)
    assert document.first["qa-d0-q0"]["data-speaker"] == "term"
    assert document.first["qa-d0-q1"]["data-speaker"] == NO_SOURCE
    assert "qa-none" in document.first["qa-d0-q1"]["class"].split()
    assert "<code>unclosed-quote</code> « never closed" in page
    assert 'class="qa-diag-span"' in page
    assert re.search(r"no source <b>1</b>", page)
    assert re.search(r"diagnostics <b>1</b>", page)
    assert re.search(r"term <b>1</b>", page)
    assert re.search(r"direct <b>1</b>", page)


def test_a_source_the_text_never_names_is_shown_as_unnamed() -> None:
    text = "« Nous resterons », a-t-il dit."
    pronoun = text.index("il")
    quote = _quote(
        text,
        "Nous resterons",
        kind=QuoteKind.DIRECT,
        speaker=Speaker(None, mention=Span(pronoun, pronoun + 2, source=text)),
        cue=Cue("dire"),
        rule="incise",
    )
    page = render_html(Extraction(text=text, quotes=(quote,)))
    (document,) = read_review(page)
    first = document.first["qa-d0-q0"]
    assert first["data-speaker"] == UNNAMED
    assert first["data-who"] == ""
    assert "qa-none" in first["class"].split()
    assert "speaker: not named in the text (it says “il”)" in first["data-tip"]
    assert {text[i] for i in document.mentions["qa-d0-q0"]} == set("il")
    assert re.search(r"no source <b>1</b>", page)
    assert '<span class="qa-name">no source</span><span class="qa-n">1</span>' in page


def test_crossing_and_nested_quotes_are_split_not_lost() -> None:
    text = "aaaa bbbb cccc dddd"
    outer = Quote(Span(0, 14, source=text), Span(0, 14), (Span(0, 14, source=text),), MarkStyle.GUILLEMETS)
    inner = Quote(Span(5, 9, source=text), Span(5, 9), (Span(5, 9, source=text),), MarkStyle.GUILLEMETS)
    crossing = Quote(
        Span(10, 19, source=text), Span(10, 19), (Span(10, 19, source=text),), MarkStyle.GUILLEMETS
    )
    extraction = Extraction(text=text, quotes=(outer, inner, crossing))
    (document,) = read_review(render_html(extraction))
    assert document.text == text
    for number, quote in enumerate(extraction.quotes):
        assert document.covered[f"qa-d0-q{number}"] == _pieces(quote)


def test_several_documents_get_a_table_of_contents_and_one_speaker_list() -> None:
    one, two = _attributed(), _attributed()
    page = render_html([one, two], ids=["2016/01/a", "2016/01/b"])
    assert page.count('<a href="#qa-d') == 2
    assert 'href="#qa-d1">2016/01/b</a>' in page
    assert page.count('class="qa-who qa-sp-0"') == 1  # the same name, one entry, counted twice
    assert re.search(r'<span class="qa-name">Jean Dupont</span><span class="qa-n">2</span>', page)
    assert [d.text for d in read_review(page)] == [TEXT, TEXT]
    assert '<nav class="qa-toc"' not in render_html(one)  # one document: no contents


def test_page_is_self_contained() -> None:
    page = render_html(_attributed())
    assert not re.search(r"(?:src|href)=\"(?!#)", page)  # no external resource, only in-page links
    assert "http://" not in page
    assert "https://" not in page
    assert "@import" not in page


def test_fragment_for_notebooks_and_extraction_repr_html() -> None:
    extraction = _attributed()
    fragment = render_fragment(extraction)
    assert fragment.startswith('<div class="qa-review">')
    assert "<html" not in fragment
    assert extraction._repr_html_() == fragment
    assert read_review(fragment)[0].text == TEXT


def test_ids_must_match_extractions() -> None:
    with pytest.raises(ValueError, match="2 extractions but 1 ids"):
        render_html([_attributed(), _attributed()], ids=["a"])
    with pytest.raises(TypeError, match=r"expected quoteattr\.Extraction objects, got str at position 0"):
        render_html(["not an extraction"])  # type: ignore[list-item]


def test_speaker_hues_stay_apart() -> None:
    hues = [speaker_hue(i) for i in range(10)]
    gaps = [min(abs(a - b), 360 - abs(a - b)) for i, a in enumerate(hues) for b in hues[i + 1 :]]
    assert min(gaps) >= 20


def test_detected_quotes_of_real_french_render_intact(seed_text: str) -> None:
    extraction = quoteattr.find_quotations(seed_text)
    (document,) = read_review(render_html(extraction))
    assert document.text == seed_text
    assert len(document.first) == len(extraction.quotes) == 8
    for number, quote in enumerate(extraction.quotes):
        assert document.covered[f"qa-d0-q{number}"] == _pieces(quote)


@settings(max_examples=150, deadline=None)
@given(extractions())
def test_any_extraction_renders_its_text_and_every_quote_exactly(extraction: Extraction) -> None:
    (document,) = read_review(render_html(extraction))
    assert document.text == extraction.text
    for number, quote in enumerate(extraction.quotes):
        key = f"qa-d0-q{number}"
        assert key in document.first  # every quote has its element, even an empty one
        assert document.covered.get(key, set()) == _pieces(quote)


def test_the_page_folds_in_who_is_quoted() -> None:
    page = render_html(_attributed(), ids=["a"])
    assert '<details class="qa-gender"><summary>Who is quoted</summary>' in page
    assert "<svg" in page
    assert '<details class="qa-gender">' not in render_fragment(_attributed())  # the page only
