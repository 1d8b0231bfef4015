"""Words that the evaluation's speaker-name matching ignores or splits on.

Source: the project's own knowledge of French grammar and press usage (articles and contracted
prepositions from any French grammar, e.g. Grevisse, *Le Bon Usage*, §§ 580-590; forms of address
and titles as the Imprimerie nationale's *Lexique des règles typographiques* lists them). Every
word is written casefolded and without accents, because names are compared in that form (see
:mod:`quoteattr.evaluate.match`).
"""

from __future__ import annotations

__all__ = ["CONJUNCTIONS", "DETERMINERS", "HYPHENATED_PARTICLES", "TITLES"]

#: Articles and the prepositions that join the words of a name ("la Corée du Sud", "Conseil de
#: sécurité", "M. de Lormel"): dropped everywhere before two names are compared.
DETERMINERS: frozenset[str] = frozenset(
    {"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux"}
)

#: Forms of address, civil, noble, religious and official titles. One is dropped only when a
#: capitalised word follows it (after any determiner): "M. Fillon", "le président Macron",
#: "mère Angèle", "le comte de Hohenwald"; "la mère du suspect" keeps its "mère".
TITLES: frozenset[str] = frozenset(
    {
        # forms of address and their abbreviations
        "m", "mm", "mr", "monsieur", "messieurs", "mme", "mmes", "madame", "mesdames",
        "mlle", "mlles", "mademoiselle", "mesdemoiselles", "me", "maitre", "dr", "docteur",
        "pr", "professeur", "mgr", "monseigneur", "sir", "lord", "lady", "dame",
        # family and religious forms used before a first name in fiction
        "pere", "mere", "frere", "soeur", "abbe", "cure", "pasteur", "rabbin", "cardinal",
        "pape", "saint", "sainte",
        # nobility
        "roi", "reine", "prince", "princesse", "duc", "duchesse", "marquis", "marquise",
        "comte", "comtesse", "vicomte", "vicomtesse", "baron", "baronne", "chevalier",
        # offices and ranks
        "president", "presidente", "premier", "premiere", "ministre", "secretaire",
        "depute", "deputee", "senateur", "senatrice", "maire", "gouverneur", "prefet",
        "juge", "procureur", "commissaire", "inspecteur", "general", "colonel",
        "commandant", "capitaine", "lieutenant", "sergent", "caporal", "amiral", "marechal",
        "chancelier", "chanceliere", "ambassadeur", "ambassadrice", "porte-parole",
        "entraineur", "selectionneur", "patron", "directeur", "directrice",
    }
)  # fmt: skip

#: Words that join the names of several sources ("Aliev et Pachinian").
CONJUNCTIONS: frozenset[str] = frozenset({"et", "&"})

#: Particles joined to a surname by a hyphen that French press spelling keeps or drops: the
#: Arabic article in its transcriptions ("al-Joulani", "el-Sissi", "ash-Sharaa"). Split off and
#: dropped, so "Joulani" ~ "Abou Mohammed al-Joulani".
HYPHENATED_PARTICLES: frozenset[str] = frozenset(
    {"al", "el", "ad", "ed", "ar", "as", "ash", "at", "az", "an", "es", "ech"}
)
