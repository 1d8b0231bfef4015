"""French abbreviations that end in a full stop without ending a sentence.

Source: the project's own knowledge of French typography (the abbreviations listed in the
Imprimerie nationale's *Lexique des règles typographiques* and in common press usage: civil
titles, ecclesiastical titles, references). Compared case-sensitively, without the final dot.
Single capital letters (initials: "J. Chirac") are handled by the segmenter itself.
"""

from __future__ import annotations

__all__ = ["ABBREVIATIONS", "DOTTED_ABBREVIATIONS", "TITLES"]

#: Titles and forms of address, before a name: "M. Dupont", "Mme. Durand" (an old-fashioned dot).
TITLES: frozenset[str] = frozenset(
    {"M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mes", "Mgr", "Dr", "Pr", "St", "Ste", "Sts", "Stes"}
)

#: References and common shortened words: "p. 12", "cf. supra", "av. J.-C.", "env. 300".
REFERENCES: frozenset[str] = frozenset(
    {
        "art", "av", "apr", "cf", "chap", "coll", "dir", "éd", "env", "ex", "fig", "hab",
        "ibid", "id", "vol", "p", "pp", "n", "no", "nº", "op", "cit", "sq", "sqq", "tél", "vs",
        "Cie", "Sté", "Ets", "Av", "Bd", "bd", "boul", "gén", "Gén", "Col", "Cdt", "Lt", "Sgt",
        "janv", "févr", "avr", "juill", "sept", "oct", "nov", "déc",
    }
)  # fmt: skip

#: Every abbreviation above: the word before the dot, dot excluded.
ABBREVIATIONS: frozenset[str] = TITLES | REFERENCES

#: Abbreviations written with inner dots, matched as a whole before the final dot:
#: "J.-C." (Jésus-Christ, in "av. J.-C."), "c.-à-d." (c'est-à-dire), "N.-D." (Notre-Dame).
DOTTED_ABBREVIATIONS: tuple[str, ...] = ("J.-C", "c.-à-d", "N.-D", "S.-E", "LL.-MM")
