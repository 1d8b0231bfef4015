"""Irregular stems of French reporting verbs, to recognise an inflected cue as a lemma's form.

Source: the project's own knowledge of French conjugation (Bescherelle, *La Conjugaison pour
tous*: the passé simple, imparfait and participle stems of the irregular verbs that introduce
dialogue). Regular verbs need no entry: their stem is the infinitive without -er/-ir/-re/-oir.
Keys are infinitive endings, so "prendre" also covers "reprendre" and "comprendre"; everything
is casefolded and written without accents.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["AUXILIARIES", "IRREGULAR_STEMS", "REFLEXIVE_PREFIXES"]

#: Infinitive ending -> the stems its other forms start with ("prit", "prenait", "fit", "faisait").
IRREGULAR_STEMS: Mapping[str, tuple[str, ...]] = {
    "prendre": ("pri", "pren"),
    "faire": ("fi", "fai", "fe", "fass"),
    "mettre": ("mi", "met"),
    "venir": ("vin", "vien", "ven"),
    "tenir": ("tin", "tien", "ten"),
    "voir": ("vi", "voy", "ver"),
    "dire": ("di",),
    "ecrire": ("ecri",),
    "suivre": ("suiv", "suiv"),
    "avoir": ("eu", "av", "a"),
    "etre": ("fu", "et", "es"),
}

#: Reflexive pronouns that open a pronominal verb: "s'écria", "se disait", "se défendre".
REFLEXIVE_PREFIXES: tuple[str, ...] = ("se ", "s'", "me ", "m'", "te ", "t'", "nous ", "vous ")

#: Auxiliaries of compound tenses and the gerund's "en", dropped before the verb itself is
#: compared: "s'est dit", "a répondu", "en criant".
AUXILIARIES: frozenset[str] = frozenset(
    {"en", "est", "etait", "fut", "a", "avait", "eut", "ai", "as", "ont", "avaient", "sont", "etaient"}
)
