"""The French attribution data: reporting verbs, noun cues, source prepositions."""

from __future__ import annotations

import pytest

from quoteattr.lang.fr.cues import DOCUMENT_NOUNS, NOUN_CUES, SPEECH_NOUNS
from quoteattr.lang.fr.incises import _ER_VERBS
from quoteattr.lang.fr.roles import role_of
from quoteattr.lang.fr.sources import POINT_OF_VIEW_PREPOSITIONS, SOURCE_LOCUTIONS, SOURCE_PREPOSITIONS
from quoteattr.lang.fr.verbs import (
    DIALOGUE_VERBS,
    INCISE_ONLY_VERBS,
    IRREGULAR_FORMS,
    PHRASAL_CUES,
    PRONOMINAL_VERBS,
    REPORTING_VERBS,
    lemma_of,
    pronominal,
)


def test_at_least_150_reporting_lemmas() -> None:
    assert len(REPORTING_VERBS) >= 150


@pytest.mark.parametrize(
    "lemma",
    [
        "déclarer", "affirmer", "ajouter", "estimer", "indiquer", "préciser", "souligner", "expliquer",
        "assurer", "dénoncer", "lancer", "confier", "marteler", "s'interroger", "s'exclamer", "dire",
        "répondre", "reprendre", "s'écrier", "demander", "murmurer", "balbutier", "répliquer",
    ],
)  # fmt: skip
def test_the_verbs_the_issue_names(lemma: str) -> None:
    assert lemma in REPORTING_VERBS


def test_phrasal_cues_cover_faire_valoir_and_faire_savoir() -> None:
    assert PHRASAL_CUES[("faire", "valoir")] == "faire valoir"
    assert PHRASAL_CUES[("faire", "savoir")] == "faire savoir"
    assert PHRASAL_CUES[("présenter", "vœu")] == "présenter ses vœux"


def test_data_is_lowercase_and_pronominal_verbs_carry_their_clitic() -> None:
    for lemma in REPORTING_VERBS:
        assert lemma == lemma.lower(), lemma
    for lemma in PRONOMINAL_VERBS:
        assert lemma.startswith(("se ", "s'")), lemma
    assert REPORTING_VERBS | {"laisser tomber"} >= INCISE_ONLY_VERBS
    assert DIALOGUE_VERBS <= REPORTING_VERBS


@pytest.mark.parametrize(
    ("form", "model_lemma", "expected"),
    [
        ("indique", "indique", "indiquer"),  # the model returned the form
        ("twitté", "twitté", "twitter"),
        ("répondit", "répondit", "répondre"),
        ("reprit", "reprit", "reprendre"),
        ("écria", "écria", "s'écrier"),
        ("flâne", "flâne", "flâne"),  # no reporting verb's form: left alone
        # a stem that changes in some forms: a grave accent
        ("martèle", "martèle", "marteler"),
        ("complète", "complet", "compléter"),  # the tagger's adjective, the verb's form
        ("déclaré", "déclarer", "déclarer"),  # already right
        ("marche", "marcher", "marcher"),  # not a reporting verb: left alone
        ("prévenait", "prévenait", "prévenir"),  # imperfect on the participle's stem « prévenant »
        ("reconnaissaient", "reconnaissaient", "reconnaître"),
        ("avertissait", "avertissait", "avertir"),  # a second-group verb, every form
        ("garantit", "garantit", "garantir"),
        ("répondra", "répondra", "répondra"),  # no future: « il répondra » reports nothing yet
        ("déclarera", "déclarera", "déclarer"),  # but a first-group verb's every form is read
        ("affirmeraient", "affirmeraient", "affirmer"),
        ("garantie", "garantie", "garantie"),  # the noun, not a form of « garantir »
        ("niais", "niais", "niais"),  # an adjective: « nier » is first-group, no derived imperfect
        # the press's incise verbs (« « … », rassure le préfet », « Le maire abonde : »)
        ("rassure", "rassure", "rassurer"),
        ("abonde", "abonde", "abonder"),
        ("décrypte", "décrypte", "décrypter"),
        ("analyse", "analyse", "analyse"),  # first a noun: « l'analyse des os » reports nothing
        ("infirme", "infirme", "infirme"),  # first an adjective
        ("alléguait", "alléguait", "alléguer"),  # « Le laboratoire alléguait que … »
    ],
)
def test_lemma_of_repairs_only_reporting_verbs(form: str, model_lemma: str, expected: str) -> None:
    assert lemma_of(form, model_lemma) == expected


def test_irregular_forms_point_to_known_lemmas() -> None:
    for form, lemma in IRREGULAR_FORMS.items():
        assert lemma in REPORTING_VERBS | {"maintenir"}, (form, lemma)


def test_noun_cues() -> None:
    assert {"déclaration", "communiqué", "propos", "message", "tweet", "entretien", "interview"} <= NOUN_CUES
    assert {"discours", "lettre"} <= NOUN_CUES
    assert "communiqué" in DOCUMENT_NOUNS
    assert "propos" in SPEECH_NOUNS


def test_source_prepositions() -> None:
    assert SOURCE_PREPOSITIONS["selon"] == "selon"
    assert SOURCE_PREPOSITIONS["d’après"] == "d'après"
    assert POINT_OF_VIEW_PREPOSITIONS["pour"] == "pour"
    assert SOURCE_LOCUTIONS[("aux", "yeux", "de")] == "aux yeux de"
    assert SOURCE_LOCUTIONS[("à", "en", "croire")] == "à en croire"
    assert SOURCE_LOCUTIONS[("si", "l'", "on", "en", "croit")] == "en croire"
    assert SOURCE_LOCUTIONS[("de", "l'", "avis", "de")] == "de l'avis de"


def test_verbs_that_report_only_in_an_incise_or_before_a_colon() -> None:
    # « rassure les habitants », « corrige une erreur », « s'amuse de … » report nothing
    for lemma in ("rassurer", "corriger", "rectifier", "abonder", "s'amuser", "s'agacer", "s'irriter"):
        assert lemma in REPORTING_VERBS
        assert lemma in INCISE_ONLY_VERBS


def test_the_feminine_forms_of_author_are_roles() -> None:
    # « l'auteure », as Québec and much of the press write it, as « l'autrice »
    assert role_of("auteure") == role_of("autrice") == ("f", ("arts",))


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        # the feminine in « -eure » of any role in « -eur » (« la chercheure »)
        ("chercheure", "chercheuse"),
        ("chercheures", "chercheuses"),
        # the circumflex on « i » and « u » the 1990 rectifications make optional
        ("entraineur", "entraîneur"),
        ("entraineurs", "entraîneur"),
    ],
)
def test_roles_keep_their_domains_in_the_spellings_french_allows(written: str, listed: str) -> None:
    assert role_of(written) == role_of(listed) is not None


@pytest.mark.parametrize("word", ["meilleure", "supérieure", "intérieure", "sure"])
def test_an_adjective_in_eure_is_no_role(word: str) -> None:
    # the feminine in « -eure » is a role's only when « -eur » is one
    assert role_of(word) is None


#: Verbs of the incise scan that report nothing with a clause or an object of their own: they
#: encourage, reason or suspect; « tempêter » is spelled as the noun « tempête » in its forms.
_INCISE_ONLY_SCAN = frozenset({"encourager", "raisonner", "soupçonner", "tempêter"})


def test_verbs_the_incise_scan_reads_as_saying_are_reporting_verbs() -> None:
    # « une avocate l'apostrophe : « … » »: what an incise reads as saying, the parse does too
    scanned = {verb for verb in _ER_VERBS if verb not in _INCISE_ONLY_SCAN}
    unlisted = {v for v in scanned if v not in REPORTING_VERBS and pronominal(v) is None}
    assert not unlisted
    assert {"apostropher", "haranguer", "admonester"} <= REPORTING_VERBS
