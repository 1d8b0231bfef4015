"""French prepositions and locutions that introduce the source of reported words.

Source: the project's own knowledge of French grammar (prepositional phrases of source or point
of view: "selon X", "d'après X", "pour X, …", "aux yeux de X", "de l'avis de X", "à en croire X").
Written for quoteattr; not copied from another project's list.

Each locution is given as its words, lowercased, with its cue lemma as the gold writes it. The
locution ends right before the source's noun phrase.
"""

from __future__ import annotations

from collections.abc import Sequence

from quoteattr.lang.fr.titles import POSSESSIVE_DETERMINERS

__all__ = [
    "CLAUSE_LINKERS",
    "CONFORMITY_NOUNS",
    "POINT_OF_VIEW_LOCUTIONS",
    "POINT_OF_VIEW_PREPOSITIONS",
    "POSSESSED_SOURCES",
    "RELATIVE_SOURCE_PREPOSITIONS",
    "SOURCE_LOCUTIONS",
    "SOURCE_PREPOSITIONS",
    "VARIATION_VERBS",
    "opens_clause",
    "possessed_source",
]

#: Single prepositions that introduce a source wherever they stand: "selon X", "d'après X".
SOURCE_PREPOSITIONS: dict[str, str] = {
    "selon": "selon",
    "d'après": "d'après",
    "d’après": "d'après",
    "suivant": "suivant",
}

#: Prepositions before a relative « qui » that give its antecedent's view or words: « le préfet
#: Paul Roux, pour qui « … » », « la maire, selon qui … », « d'après qui ».
RELATIVE_SOURCE_PREPOSITIONS: frozenset[str] = frozenset({"pour", "selon", "d'après"})

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
    after a linking word that itself opens the clause (« Mais pour le préfet, « … » »), or one after
    « tandis que », « alors que ».

    >>> opens_clause(["Mais", "pour", "le", "préfet"], 1), opens_clause(["Il", "vient", "pour"], 2)
    (True, False)
    """
    if position == 0 or words[position - 1] in _CLAUSE_BREAKS:
        return True
    if position >= 2 and (words[position - 2].lower(), words[position - 1].lower()) in _CONTRASTING:
        return True  # « …, tandis que pour son adjoint, « … » »: a clause of another voice
    linked = words[position - 1].lower() in CLAUSE_LINKERS
    return linked and (position == 1 or words[position - 2] in _CLAUSE_BREAKS)


#: The conjunctions that open a clause set against the one before (« tandis que », « alors
#: que »), where « pour X, » names another source.
_CONTRASTING = frozenset({("tandis", "que"), ("alors", "que")})


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
    # « de l'aveu même de X »: by X's own admission, X's words
    ("de", "l'", "aveu", "de"): "de l'aveu de",
    ("de", "l'", "aveu", "du"): "de l'aveu de",
    ("de", "l'", "aveu", "des"): "de l'aveu de",
    ("de", "l'", "aveu", "même", "de"): "de l'aveu de",
    ("de", "l'", "aveu", "même", "du"): "de l'aveu de",
    ("de", "l'", "aveu", "même", "des"): "de l'aveu de",
    ("selon", "les", "mots", "de"): "selon",
    ("selon", "les", "termes", "de"): "selon",
    ("citant",): "citer",
}

#: A preposition, then a possessive, then one of these nouns: the possessor is the source, whose
#: words or view the noun is (« à ses yeux, … », « selon ses dires, … », « en ses termes, « … » »,
#: « à son avis, … »). Keyed by the preposition (« a »: the capital written without its accent);
#: each noun maps to the cue lemma the gold writes. First and second persons are the speaker's
#: own words inside a quote, never a source the writer reports. « A » without its accent is the
#: preposition only as a sentence's capital (« il a son avis » is the verb).
POSSESSED_SOURCES: dict[str, dict[str, str]] = {
    "à": {"yeux": "aux yeux de", "avis": "à son avis", "sens": "à son sens", "dires": "aux dires de"},
    "a": {"yeux": "aux yeux de", "avis": "à son avis", "sens": "à son sens", "dires": "aux dires de"},
    "en": {"termes": "en ses termes", "mots": "en ses termes"},
    # « de son propre aveu, … »: by their own admission
    "de": {"aveu": "de l'aveu de"},
    "selon": {
        "dires": "selon", "propos": "selon", "termes": "selon", "mots": "selon", "paroles": "selon",
        "déclarations": "selon", "explications": "selon", "estimations": "selon", "prévisions": "selon",
        "calculs": "selon",
    },
    "d'après": {
        "dires": "d'après", "propos": "d'après", "termes": "d'après", "mots": "d'après",
        "déclarations": "d'après", "explications": "d'après", "estimations": "d'après",
        "prévisions": "d'après", "calculs": "d'après",
    },
}  # fmt: skip

#: Adjectives that may stand between the possessive and its noun (« selon ses propres termes »).
_BETWEEN = frozenset({"propres", "propre"})


def possessed_source(words: Sequence[str], position: int) -> tuple[str, int, int] | None:
    """The cue, the possessive's index and the noun's index of a :data:`POSSESSED_SOURCES`
    locution opening at ``position`` of a sentence's ``words`` as written, or ``None``.

    >>> possessed_source(["À", "ses", "yeux", ","], 0)
    ('aux yeux de', 1, 2)
    >>> possessed_source(["selon", "ses", "propres", "termes"], 0), possessed_source(["à", "mes", "yeux"], 0)
    (('selon', 1, 3), None)
    >>> possessed_source(["Il", "a", "son", "avis"], 1), possessed_source(["A", "son", "avis"], 0)
    (None, ('à son avis', 1, 2))
    """
    first = words[position].lower().replace("’", "'")
    if first == "a" and words[position] != "A":
        return None  # « il a son avis »: the verb
    nouns = POSSESSED_SOURCES.get(first)
    possessive = position + 1
    if nouns is None or possessive >= len(words):
        return None
    if words[possessive].lower() not in POSSESSIVE_DETERMINERS:
        return None
    noun = possessive + 1
    if noun < len(words) and words[noun].lower() in _BETWEEN:
        noun += 1
    if noun >= len(words) or words[noun].lower() not in nouns:
        return None
    return nouns[words[noun].lower()], possessive, noun


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
