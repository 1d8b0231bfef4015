"""Words that introduce the title of a work: the nouns of works (« son roman », « un nouvel album »)
and the verbs of bringing one out (« a publié », « intitulé »).

A short capitalised quotation right after one of them is the work's title, a term, never someone's
words: « son dernier roman, « Les Jours tranquilles » », « qui a publié « Matins clairs » ». Verbs
that also report speech stay out: « écrire » (« a-t-il écrit : « … » »), « sortir », which in
speech means to come out with words (« il a sorti : « … » »), « présenter ».

Source: the project's own lists, written for quoteattr from the kinds of works French news
reviews (books, records, films, shows, exhibitions, games), lowercase.
"""

from __future__ import annotations

__all__ = ["PUBLISHING_VERBS", "WORK_NOUNS"]

#: Nouns of a work whose title may follow in marks, singular and plural.
WORK_NOUNS: frozenset[str] = frozenset(
    {
        "livre", "livres", "roman", "romans", "essai", "essais", "ouvrage", "ouvrages", "recueil",
        "recueils", "nouvelle", "nouvelles", "biographie", "autobiographie", "mémoires", "bd",
        "album", "albums", "disque", "disques", "single", "chanson", "chansons", "tube", "tubes",
        "morceau", "film", "films", "long-métrage", "court-métrage", "documentaire",
        "documentaires", "téléfilm", "série", "séries", "feuilleton", "pièce", "spectacle",
        "spectacles", "opéra", "comédie", "émission", "émissions", "exposition", "expositions",
        "tableau", "toile", "jeu", "jeux", "podcast", "podcasts", "clip", "clips",
    }
)  # fmt: skip

#: Lemmas of verbs whose object in marks is a work's title.
PUBLISHING_VERBS: frozenset[str] = frozenset(
    {
        "publier", "éditer", "rééditer", "intituler", "réaliser", "composer", "enregistrer",
        "co-écrire", "coécrire",
    }
)  # fmt: skip
