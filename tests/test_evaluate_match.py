"""The evaluation's matching rules: speaker names, cue lemmas, cue forms, span coverage."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.evaluate import cue_form_matches, cue_matches, names_match
from quoteattr.evaluate.match import coverage, merge, name_parties

NAME_TABLE = [
    # (predicted, gold, match?)
    ("François Fillon", "François Fillon", True),
    ("M. Fillon", "François Fillon", True),
    ("Fillon", "M. François Fillon", True),
    ("le Conseil de sécurité arménien", "Conseil de sécurité arménien", True),
    ("la Corée du Sud", "Corée du Sud", True),
    ("LA COREE DU SUD", "la Corée du Sud", True),
    ("Aliev et Pachinian", "Aliev et Pachinian", True),
    ("Pachinian et Aliev", "Aliev et Pachinian", True),
    ("Ilham Aliev et Nikol Pachinian", "Aliev et Pachinian", True),
    ("Pachinian", "Aliev et Pachinian", False),
    ("Aliev", "Aliev et Pachinian", False),
    ("Aliev et Pachinian", "Pachinian", False),
    ("Aliev, Pachinian et Poutine", "Poutine, Aliev et Pachinian", True),
    ("le président Macron", "Emmanuel Macron", True),
    ("Mme de Valbrun", "Valbrun", True),
    ("mère Angèle", "Angèle", True),
    ("le secrétaire d'État américain Antony Blinken", "Antony Blinken", True),
    ("Christophe Castaner, ministre de l'Intérieur", "Christophe Castaner", True),
    ("ORPN", "Office des réseaux et des postes numériques (ORPN)", True),
    ("l’Élysée", "l'Elysée", True),
    ("Antony", "Antony Blinken", False),
    ("Blinken", "Ararat Mirzoyan", False),
    ("le suspect", "la mère du suspect", False),
    ("une source policière", "une source judiciaire", False),
    ("Monsieur", "Monsieur", True),
    ("Joulani", "Abou Mohammed al-Joulani", True),
    ("el-Sissi", "Abdel Fattah al-Sissi", True),
    ("Aignan", "Nicolas Dupont-Aignan", False),
    ("Michel", "Jean-Michel", False),
    ("Binali Yıldırım", "Binali Yildirim", True),
    ("Lech Wałęsa", "Walesa", True),
    ("Œdipe", "Oedipe", True),
    ("Monsieur", "le baron", False),
]


@pytest.mark.parametrize(("predicted", "gold", "expected"), NAME_TABLE)
def test_name_matching_table(predicted: str, gold: str, expected: bool) -> None:
    assert names_match(predicted, gold) is expected


def test_name_parties_split_on_et_and_keep_apposition_commas() -> None:
    assert name_parties("Aliev et Pachinian") == (("aliev",), ("pachinian",))
    assert name_parties("la Corée du Sud") == (("coree", "sud"),)
    assert len(name_parties("Paul Durand, porte-parole du gouvernement")) == 1


CUE_TABLE = [
    ("déclarer", "déclarer", True),
    ("Déclarer", "declarer", True),
    ("d’après", "d'après", True),
    ("défendre", "se défendre", True),
    ("présenter", "présenter ses vœux", True),
    (":", ":", True),
    ("selon", "selon", True),
    ("dire", "déclarer", False),
    ("présenter ses excuses", "présenter ses vœux", False),
]


@pytest.mark.parametrize(("predicted", "gold", "expected"), CUE_TABLE)
def test_cue_lemma_table(predicted: str, gold: str, expected: bool) -> None:
    assert cue_matches(predicted, gold) is expected


CUE_FORM_TABLE = [
    ("dire", "dit", True),
    ("dire", "disait", True),
    ("répondre", "répondit", True),
    ("reprendre", "reprit", True),
    ("s'écrier", "s'écria", True),
    ("écrier", "s’écria", True),
    ("faire", "fit", True),
    ("prononcer", "prononça", True),
    ("dire", "s'est dit", True),
    ("crier", "en criant", True),
    ("prendre la parole", "prit la parole", True),
    ("demander", "dit", False),
    ("dire", "demanda", False),
    ("répéter", "répondit", False),
]


@pytest.mark.parametrize(("lemma", "form", "expected"), CUE_FORM_TABLE)
def test_cue_form_table(lemma: str, form: str, expected: bool) -> None:
    assert cue_form_matches(lemma, form) is expected


def test_merge_and_coverage() -> None:
    assert merge([(5, 9), (0, 3), (2, 4), (9, 9)]) == [(0, 4), (5, 9)]
    assert coverage([(0, 10)], [(0, 3), (2, 5)]) == pytest.approx(0.5)
    assert coverage([(0, 4), (6, 10)], [(0, 10)]) == 1.0
    assert coverage([(3, 3)], [(3, 3)]) == 1.0
    assert coverage([(3, 3)], [(0, 10)]) == 0.0


NAME_PIECES = [*"aàéeEÉlL'’ -,.()&MmtTŉ", "et", " et ", "de ", "M. ", "Paul", "Durand"]
NAMES = st.lists(st.sampled_from(NAME_PIECES), max_size=12).map("".join)


@settings(max_examples=200, deadline=None)
@given(NAMES, NAMES)
def test_name_matching_never_crashes_and_is_symmetric(a: str, b: str) -> None:
    assert names_match(a, b) is names_match(b, a)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(categories=["L"], max_codepoint=0x24F), min_size=1).map(str.title))
def test_a_name_matches_itself_and_its_case_variants(name: str) -> None:
    """Latin script (with its extensions: Turkish ı, Polish ł, Danish ø), any case."""
    assert names_match(name, name)
    assert names_match(name.upper(), name)
