"""The rule-based French paragraph and sentence splitter (no model)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.parse.segment import paragraphs, protected_ranges, segment, sentences


def texts_of(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il pleut. Il vente.", ["Il pleut.", "Il vente."]),
        ("Vraiment ? Oui ! Bon… Partons.", ["Vraiment ?", "Oui !", "Bon…", "Partons."]),
        # A quote that goes on after its inner full stop is one frame sentence.
        (
            "« Il pleut. Il vente », a-t-il dit. Elle sourit.",
            ["« Il pleut. Il vente », a-t-il dit.", "Elle sourit."],
        ),
        ("Il a dit : “Non. Jamais.” Puis il est parti.", ["Il a dit : “Non. Jamais.”", "Puis il est parti."]),
        ('Il a crié "Assez. Sortez." Elle obéit.', ['Il a crié "Assez. Sortez."', "Elle obéit."]),
        # A quote closed right after its full stop ends the sentence when a capital follows.
        ("Il a dit : « Non. » Puis il est parti.", ["Il a dit : « Non. »", "Puis il est parti."]),
        # ... but not when the incise follows in lower case.
        ("« Non. » dit-elle. Il part.", ["« Non. » dit-elle.", "Il part."]),
        # Abbreviations and initials.
        ("M. Dupont est là. Mme. Durand aussi.", ["M. Dupont est là.", "Mme. Durand aussi."]),
        ("Le Dr. Martin et St. Paul. Fin.", ["Le Dr. Martin et St. Paul.", "Fin."]),
        ("J. Chirac et J.-P. Sartre. Fin.", ["J. Chirac et J.-P. Sartre.", "Fin."]),
        # a capital and a full stop before a quote mark end a sentence (the network X)
        ("Elle a réagi sur X. « Non », a-t-elle écrit.", ["Elle a réagi sur X.", "« Non », a-t-elle écrit."]),
        (
            "César meurt en 44 av. J.-C. Auguste lui succède.",
            ["César meurt en 44 av. J.-C. Auguste lui succède."],
        ),
        ("Il mesure 3.5 mètres. Voilà.", ["Il mesure 3.5 mètres.", "Voilà."]),
        # a full stop glued between small letters and a capitalised word (text pasted from the web)
        ("Il a parlé du front.Selon Paul, rien.", ["Il a parlé du front.", "Selon Paul, rien."]),
        # ... and between a closing mark and a capitalised word
        (
            "Il ouvre le « Forum Europe ».Cette réunion dure.",
            ["Il ouvre le « Forum Europe ».", "Cette réunion dure."],
        ),
        (
            "Voir www.Orbis.fr ou paul.Roux@orbis.fr. Fin.",
            ["Voir www.Orbis.fr ou paul.Roux@orbis.fr.", "Fin."],
        ),
        # WiNER artefacts: a space before the full stop and before the closing mark.
        ("Un essai nucléaire . » Le Japon proteste .", ["Un essai nucléaire . »", "Le Japon proteste ."]),
        ("Kilju , une boisson . Elle est forte.", ["Kilju , une boisson .", "Elle est forte."]),
        # Dialogue dashes open a new sentence.
        ("— Bonjour. — Salut, dit-il.", ["— Bonjour.", "— Salut, dit-il."]),
        # A stray, never closed « protects nothing.
        ("Il parle d'un « montage. Elle rit.", ["Il parle d'un « montage.", "Elle rit."]),
        # Lower case after a full stop: no new sentence.
        ("Il a vu etc. et il est parti.", ["Il a vu etc. et il est parti."]),
        ("", []),
        ("   \n\n  ", []),
        # A news dateline opening a paragraph is no part of its first sentence.
        ("(Lyon) La mairie a annoncé la fermeture.", ["(Lyon)", "La mairie a annoncé la fermeture."]),
        ("NANTES (AFP) - Le maire a démissionné.", ["NANTES (AFP) -", "Le maire a démissionné."]),
        (
            "BREST, Finistère, 3 mai (Reuters) - Le port ferme.",
            ["BREST, Finistère, 3 mai (Reuters) -", "Le port ferme."],
        ),
        ("QUIMPER | Le maire a démissionné.", ["QUIMPER |", "Le maire a démissionné."]),
        # but not a bracket inside a word, nor a dateline that does not open its paragraph
        ("(Re)voir le film est un plaisir.", ["(Re)voir le film est un plaisir."]),
        ("Le maire (Lyon) La suite demain.", ["Le maire (Lyon) La suite demain."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert texts_of(text) == expected


def test_paragraphs_split_on_line_breaks_and_skip_blank_lines() -> None:
    text = "Titre\n\n  Premier paragraphe. Deux phrases.  \nSecond.\n\n\n"
    assert [p.text for p in paragraphs(text)] == ["Titre", "Premier paragraphe. Deux phrases.", "Second."]


def test_sentences_never_cross_a_paragraph_even_inside_an_open_quote() -> None:
    text = "« Il pleut.\n« Il vente », dit-il."
    assert texts_of(text) == ["« Il pleut.", "« Il vente », dit-il."]


def test_segment_groups_sentences_by_paragraph() -> None:
    text = "Un. Deux.\n\nTrois."
    assert [[s.text for s in para] for para in segment(text)] == [["Un.", "Deux."], ["Trois."]]


def test_sentences_within_a_span_keep_offsets_into_the_whole_text() -> None:
    from quoteattr.model import Span

    text = "Avant. Dedans un. Dedans deux. Après."
    inner = Span(7, 30, source=text)
    spans = sentences(text, within=inner)
    assert [s.text for s in spans] == ["Dedans un.", "Dedans deux."]
    assert spans[0].start == 7


def test_protected_ranges_nest_and_ignore_unclosed_marks() -> None:
    text = "« Il a dit “non” » et « rien"
    ranges = protected_ranges(text)
    assert (0, 17) in ranges
    assert (11, 15) in ranges
    assert all(text[a] in "«“" for a, _ in ranges)
    assert len(ranges) == 2


FRENCHISH = st.lists(
    st.sampled_from(
        [*list("abcdeéèàM J.!?…,;:«»“”\"—-' \xa0\u202f\n"), "Il", "Mme", "M.", " . ", "av. J.-C."]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(FRENCHISH)
def test_sentence_spans_are_in_bounds_ordered_trimmed_and_disjoint(text: str) -> None:
    spans = sentences(text)
    previous_end = 0
    for span in spans:
        assert 0 <= previous_end <= span.start < span.end <= len(text)
        assert not span.text[0].isspace()
        assert not span.text[-1].isspace()
        # a line break stays inside a sentence only before a line that goes on with it, one that
        # opens on a comma, a semicolon or a small letter
        for line in span.text.split("\n")[1:]:
            opening = line.lstrip(" \t\u00a0\u202f")
            assert opening[:1] in {",", ";"} or opening[:1].islower()
        previous_end = span.end
    # Nothing but whitespace is dropped.
    covered = "".join(s.text for s in spans)
    assert "".join(text.split()) == "".join(covered.split())


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_string_splits_without_error_into_spans_of_it(text: str) -> None:
    for span in sentences(text):
        assert text[span.start : span.end] == span.text
        assert span.text.strip()


def test_a_sentence_of_a_hard_wrapped_text_runs_over_its_line_breaks() -> None:
    # laid out at a fixed width with a blank line between paragraphs, as OCR and plain-text
    # archives are: a line break inside a paragraph ends nothing
    paragraph = (
        "« Ce soir, le pays a choisi l'unité », a lancé\nla présidente élue devant des milliers de "
        "partisans. Elle\na remercié ses électeurs.\nLa foule a chanté jusqu'à minuit."
    )
    text = "\n\n".join([paragraph] * 3)
    found = [s.text for s in sentences(text)]
    assert found[:3] == [
        "« Ce soir, le pays a choisi l'unité », a lancé\nla présidente élue devant des milliers de "
        "partisans.",
        "Elle\na remercié ses électeurs.",
        "La foule a chanté jusqu'à minuit.",
    ]
    assert [len(p) for p in segment(text)] == [3, 3, 3]
