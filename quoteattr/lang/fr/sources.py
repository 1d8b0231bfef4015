"""French prepositions and locutions that introduce the source of reported words.

Source: the project's own knowledge of French grammar (prepositional phrases of source or point
of view: "selon X", "d'après X", "pour X, …", "aux yeux de X", "de l'avis de X", "à en croire X").
Written for quoteattr; not copied from another project's list.

Each locution is given as its words, lowercased, with its cue lemma as the gold writes it. The
locution ends right before the source's noun phrase.
"""

from __future__ import annotations

__all__ = ["POINT_OF_VIEW_PREPOSITIONS", "SOURCE_LOCUTIONS", "SOURCE_PREPOSITIONS"]

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
    ("au", "dire", "de"): "au dire de",
    ("aux", "dires", "de"): "aux dires de",
    ("aux", "dires", "du"): "aux dires de",
    ("de", "source"): "de source",
    ("selon", "les", "mots", "de"): "selon",
    ("selon", "les", "termes", "de"): "selon",
    ("citant",): "citer",
}
