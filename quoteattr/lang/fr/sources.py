"""French prepositions and locutions that introduce the source of reported words.

Source: the project's own knowledge of French grammar (prepositional phrases of source or point
of view: "selon X", "d'après X", "pour X, …", "aux yeux de X", "de l'avis de X", "à en croire X").
Written for quoteattr; not copied from another project's list.

Each locution is given as its words, lowercased, with its cue lemma as the gold writes it. The
locution ends right before the source's noun phrase.
"""

from __future__ import annotations

__all__ = [
    "CONFORMITY_NOUNS",
    "POINT_OF_VIEW_PREPOSITIONS",
    "SOURCE_LOCUTIONS",
    "SOURCE_PREPOSITIONS",
    "VARIATION_VERBS",
]

#: Single prepositions that introduce a source wherever they stand: "selon X", "d'après X".
SOURCE_PREPOSITIONS: dict[str, str] = {
    "selon": "selon",
    "d'après": "d'après",
    "d’après": "d'après",
    "suivant": "suivant",
}

#: "pour X, « … »": a source only at the head of a clause, followed by a comma.
POINT_OF_VIEW_PREPOSITIONS: dict[str, str] = {
    "pour": "pour",
}

#: Multi-word locutions (word sequences, lowercased, apostrophes normalised to ') → cue lemma.
SOURCE_LOCUTIONS: dict[tuple[str, ...], str] = {
    ("aux", "yeux", "de"): "aux yeux de",
    ("aux", "yeux", "du"): "aux yeux de",
    ("aux", "yeux", "des"): "aux yeux de",
    ("de", "l'", "avis", "de"): "de l'avis de",
    ("de", "l'", "avis", "du"): "de l'avis de",
    ("de", "l'", "avis", "des"): "de l'avis de",
    ("aux", "dires", "des"): "aux dires de",
    ("à", "en", "croire"): "à en croire",
    # « si l'on en croit X », « si on en croit X »: the same trust in the source's words
    ("si", "on", "en", "croit"): "en croire",
    ("si", "l'", "on", "en", "croit"): "en croire",
    ("au", "dire", "de"): "au dire de",
    ("aux", "dires", "de"): "aux dires de",
    ("aux", "dires", "du"): "aux dires de",
    ("de", "source"): "de source",
    ("selon", "les", "mots", "de"): "selon",
    ("selon", "les", "termes", "de"): "selon",
    ("citant",): "citer",
}

#: Nouns after which « selon » / « suivant » / « d'après » mean « in keeping with », not « in
#: the words of »: « selon les critères ACUITY », « selon les plans de l'architecte X », « selon
#: la loi », « selon l'intensité lumineuse ». A name in their complement is no source.
CONFORMITY_NOUNS: frozenset[str] = frozenset(
    {
        "critère", "norme", "règle", "plan", "modalité", "disposition", "procédure", "méthode",
        "principe", "instruction", "barème", "cérémonial", "rite", "tradition", "coutume", "usage",
        "modèle", "schéma", "recette", "loi", "article", "code", "calendrier", "formule", "logique",
        "intensité", "quantité", "besoin", "cas", "saison", "niveau", "type", "catégorie", "âge",
        "taille", "poids", "mode", "manière", "façon",
    }
)  # fmt: skip

#: Verbs after which « selon X » means « depending on X »: « le contenu diffère selon les
#: facultés », « les prix varient selon la saison ».
VARIATION_VERBS: frozenset[str] = frozenset(
    {"varier", "différer", "changer", "dépendre", "fluctuer", "évoluer", "alterner", "osciller", "moduler"}
)
