"""quoteattr.report: counts per gender and kind, top sources, documents; its table, JSON and HTML."""

from __future__ import annotations

import json
import re
import xml.dom.minidom

import quoteattr
from quoteattr.model import Extraction, Gender, MarkStyle, Quote, QuoteKind, Span, Speaker, SpeakerKind
from quoteattr.summary.render import bar_chart, format_json, format_table, render_report_html

TEXT = "« Oui », a dit Mme Borne. « Non », a dit M. Blinken. « Si », a dit l'ONU."


def quote(words: str, speaker: Speaker | None, kind: QuoteKind = QuoteKind.DIRECT) -> Quote:
    start = TEXT.index(words)
    span = Span(start, start + len(words), source=TEXT)
    marks = Span(start - 2, start + len(words) + 2, source=TEXT)
    return Quote(span, marks, (span,), MarkStyle.GUILLEMETS, kind=kind, speaker=speaker)


BORNE = Speaker("Élisabeth Borne", kind=SpeakerKind.PERSON, gender=Gender.FEMALE)
BLINKEN = Speaker("Antony Blinken", kind=SpeakerKind.PERSON, gender=Gender.MALE)
ONU = Speaker("ONU", kind=SpeakerKind.ORGANISATION, gender=Gender.ORG)


def corpus() -> list[Extraction]:
    first = Extraction(TEXT, quotes=(quote("Oui", BORNE), quote("Non", BLINKEN), quote("Si", ONU)))
    # the same person in a second document, named without accents; a term and an unattributed quote
    second = Extraction(
        TEXT,
        quotes=(
            quote("Oui", Speaker("Elisabeth Borne", kind="person", gender="female")),
            quote("Non", None),
            quote("Si", BLINKEN, kind=QuoteKind.TERM),
        ),
    )
    return [first, second]


def test_counts_quotes_and_distinct_sources_per_gender() -> None:
    summary = quoteattr.report(corpus(), docs=["a", "b"])
    genders = {g.gender: (g.quotes, g.sources) for g in summary.by_gender}
    assert genders[Gender.FEMALE] == (2, 1)
    assert genders[Gender.MALE] == (1, 1)
    assert genders[Gender.ORG] == (1, 1)
    assert (summary.documents, summary.quotes, summary.attributed) == (2, 5, 4)
    assert summary.women_share == 0.5
    assert summary.women_quote_share == 2 / 3
    kinds = {k.kind: k.sources for k in summary.by_kind}
    assert kinds[SpeakerKind.PERSON] == 2
    assert kinds[SpeakerKind.ORGANISATION] == 1


def test_top_sources_most_quoted_first_with_their_documents() -> None:
    summary = quoteattr.report(corpus(), top=2)
    assert [(s.name, s.quotes, s.documents) for s in summary.top_sources] == [
        ("Élisabeth Borne", 2, 2),
        ("Antony Blinken", 1, 1),
    ]


def test_per_document_counts() -> None:
    summary = quoteattr.report(corpus(), docs=["a", "b"])
    first, second = summary.per_document
    assert (first.doc, first.quotes, first.attributed) == ("a", 3, 3)
    assert (second.doc, second.quotes, second.attributed) == ("b", 2, 1)
    assert [(g.gender, g.quotes) for g in second.by_gender] == [(Gender.FEMALE, 1)]


def test_an_empty_corpus_has_no_share() -> None:
    summary = quoteattr.report([])
    assert summary.women_share is None
    assert summary.top_sources == ()


def test_the_table_and_json_say_the_same() -> None:
    summary = quoteattr.report(corpus())
    table = format_table(summary)
    assert "women among persons of known gender: 50.0 %" in table
    assert re.search(r"female\s+2\s+1", table)
    data = json.loads(format_json(summary))
    assert data == json.loads(json.dumps(summary.to_dict()))
    assert data["by_gender"][0] == {"gender": "female", "quotes": 2, "sources": 1}


def test_the_html_page_holds_a_valid_svg_chart_and_needs_no_network() -> None:
    page = render_report_html(quoteattr.report(corpus(), docs=["a", "b"]))
    svg = re.search(r"<svg.*?</svg>", page, re.DOTALL)
    assert svg is not None
    xml.dom.minidom.parseString(svg.group())  # well-formed
    assert svg.group().count("<rect") == 6  # quotes and sources for female, male, org
    assert "http" not in page  # inline SVG in HTML needs no namespace URL either
    assert "<script" not in page
    assert "Élisabeth Borne" in page
    assert "<td>a</td><td>3</td><td>3</td><td>1</td><td>1</td>" in page  # per document


def test_bar_lengths_follow_the_counts() -> None:
    from quoteattr.summary.counts import GenderCount

    svg = bar_chart((GenderCount(Gender.FEMALE, 2, 1), GenderCount(Gender.MALE, 4, 2)))
    widths = [int(w) for w in re.findall(r'<rect x="\d+" y="\d+" width="(\d+)"', svg)]
    assert abs(widths[0] * 2 - widths[2]) <= 1  # female quotes are half the male quotes (rounded)
    assert abs(widths[1] * 2 - widths[3]) <= 1


def test_a_speaker_the_document_never_names_is_no_source() -> None:
    nameless = Speaker(None, mention=Span(0, 3, source=TEXT))
    summary = quoteattr.report([Extraction(TEXT, quotes=(quote("Oui", nameless), quote("Non", BLINKEN)))])
    assert (summary.quotes, summary.attributed) == (2, 1)
    assert [s.name for s in summary.top_sources] == ["Antony Blinken"]
