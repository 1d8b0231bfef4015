"""French prepositions and locutions that introduce the source of reported words.

Source: the project's own knowledge of French grammar (prepositional phrases of source or point
of view: "selon X", "d'après X", "pour X, …", "aux yeux de X", "de l'avis de X", "à en croire X").
Written for quoteattr; not copied from another project's list.

Each locution is given as its words, lowercased, with its cue lemma as the gold writes it. The
locution ends right before the source's noun phrase.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "CLAUSE_LINKERS",
    "CONFORMITY_NOUNS",
    "POINT_OF_VIEW_LOCUTIONS",
    "POINT_OF_VIEW_PREPOSITIONS",
    "SOURCE_LOCUTIONS",
    "SOURCE_PREPOSITIONS",
    "VARIATION_VERBS",
    "opens_clause",
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

#: Words after « pour » that make a locution of quantity or share, no one's point of view:
#: « des clients, pour la plupart retraités, », « pour l'essentiel », « pour partie », « pour
#: moitié ».
POINT_OF_VIEW_LOCUTIONS: frozenset[tuple[str, ...]] = frozenset(
    {("la", "plupart"), ("l'", "essentiel"), ("partie",), ("moitié",), ("beaucoup",), ("certains",)}
)

#: Conjunctions and adverbs that may open a clause before « pour X, »: « Mais pour le préfet, ».
CLAUSE_LINKERS: frozenset[str] = frozenset(
    {"mais", "et", "or", "pourtant", "cependant", "toutefois", "donc", "enfin", "ainsi"}
)
#: The punctuation after which a clause opens.
_CLAUSE_BREAKS = frozenset({",", ":", ";"})


def opens_clause(words: Sequence[str], position: int) -> bool:
    """Whether the word at ``position`` of a sentence's ``words`` opens a clause, where « pour X, »
    names a source: the sentence's first word, one after a comma, a colon or a semicolon, or one
    after a linking word that itself opens the clause (« Mais pour le préfet, « … » »).

    >>> opens_clause(["Mais", "pour", "le", "préfet"], 1), opens_clause(["Il", "vient", "pour"], 2)
    (True, False)
    """
    if position == 0 or words[position - 1] in _CLAUSE_BREAKS:
        return True
    linked = words[position - 1].lower() in CLAUSE_LINKERS
    return linked and (position == 1 or words[position - 2] in _CLAUSE_BREAKS)


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
    # the capital often written without its accent at the head of a sentence: « A en croire X, »
    ("a", "en", "croire"): "à en croire",
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
        "taille", "poids", "mode", "manière", "façon", "protocole", "posologie", "prescription",
        # what people are sorted by: « fichés suivant leurs opinions politiques », « selon leur
        # origine », « selon le sexe »
        "opinion", "origine", "sexe", "revenu", "profil", "nature", "durée", "distance", "religion",
        "appartenance", "nationalité",
    }
)  # fmt: skip

#: Verbs after which « selon X » means « depending on X »: « le contenu diffère selon les
#: facultés », « les prix varient selon la saison »; or « by X », what sorts or sizes a thing:
#: « des sphères qui se définissent selon la société », « classés selon leur âge ».
VARIATION_VERBS: frozenset[str] = frozenset(
    {"varier", "différer", "changer", "dépendre", "fluctuer", "évoluer", "alterner", "osciller", "moduler",
     "définir", "classer", "répartir", "adapter", "ajuster", "calculer"}
)  # fmt: skip
