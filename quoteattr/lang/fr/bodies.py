"""French common nouns that take up a body of one kind the text has named: « la centrale », « l'agence ».

News names a body once (« la Confédération des artisans du Nord », « le gestionnaire du réseau
Valtris », « la FTV ») and then speaks of it by a noun of its kind, definite: « la centrale » is a
trade union confederation, « l'agence » an agency, « le gestionnaire » the company that runs a
network, « la plus haute juridiction du pays » a country's supreme court. Such a noun takes up the
one body of that kind the text names; the kind of a named body is known by the noun its name opens
on, the noun set before it or after it in apposition (:data:`BODY_KINDS`), or for a few bodies
French news names by their initials alone, by those initials (:data:`KIND_ACRONYMS`).

Source: the project's own knowledge of French usage and of French public life: the national trade
union confederations (those that take part in national bargaining, and the unions that sign with
them), and the public agencies French news names by their initials. Written for quoteattr, not
copied from another list. Lowercase, accents kept; acronyms folded (lowercase, no accents).
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "BODY_KINDS",
    "FIRM_NAME_ENDINGS",
    "HIGHEST_COURT_NOUNS",
    "KIND_ACRONYMS",
    "ORDINALS",
    "SUPREME_COURT_NAMES",
    "TEAM_NOUNS",
    "is_union",
]

#: Words a firm's name ends on, in English and in French, as business news quotes them: « Harbor
#: Asset Management », « Wexley Securities », « Orvane Capital Partners », « Drel Holding ». A run
#: of capitalised words ending on one is one firm, no complement and a person's name after it.
#: Folded (lowercase, no accents). Written for quoteattr from the legal forms and trades of firms.
FIRM_NAME_ENDINGS: Final[frozenset[str]] = frozenset(
    {"management", "securities", "capital", "partners", "partenaires", "group", "groupe", "bank",
     "banque", "investments", "investment", "investissements", "advisors", "advisers", "research",
     "holdings", "holding", "associates", "associes", "consulting", "markets", "asset", "assets",
     "fund", "funds", "trust", "finance", "gestion", "inc", "ltd", "llc", "sa", "sas", "ag", "gmbh",
     "corporation", "corp", "company", "co", "plc"}
)  # fmt: skip

#: The French trade union confederations and unions news names by their initials alone (« la
#: CGT », « FO », « l'Unsa »): « la centrale » takes one of them up.
_UNION_ACRONYMS: Final[frozenset[str]] = frozenset(
    {"cgt", "cfdt", "fo", "cftc", "cfe-cgc", "cgc", "unsa", "fsu", "solidaires", "sud", "cnt", "snes",
     "snuipp", "unef"}
)  # fmt: skip

#: Public agencies news names by their initials alone (« la Nasa », « l'ESA », « l'Ademe »):
#: space, nuclear, energy, health and environment agencies; not news agencies (« l'AFP »), which
#: a byline names in almost every article.
_AGENCY_ACRONYMS: Final[frozenset[str]] = frozenset(
    {"nasa", "esa", "cnes", "jaxa", "roscosmos", "aiea", "aie", "anses", "ansm", "ademe", "ema", "frontex",
     "ars", "anssi"}
)  # fmt: skip

#: Ordinal adjectives, folded, that rank a body among those of its kind (« le premier syndicat
#: d'infirmiers », « la deuxième banque du pays »); « second » is « deuxième ».
ORDINALS: Final[frozenset[str]] = frozenset(
    {
        "premier",
        "premiere",
        "second",
        "seconde",
        "deuxieme",
        "troisieme",
        "quatrieme",
        "cinquieme",
        "sixieme",
        "septieme",
        "huitieme",
        "neuvieme",
        "dixieme",
    }
)

#: Nouns of a body of people who work together, which news brings in with « une » and then
#: speaks of by its members (« Une équipe de l'Inserm a suivi 3 000 patients. … concluent les
#: chercheurs »).
TEAM_NOUNS: Final[frozenset[str]] = frozenset({"équipe"})

#: A noun that takes up a body of its kind -> the nouns a body of that kind is named with: the
#: noun its name opens on (« la Confédération … »), the noun before it (« le syndicat Solidaires »)
#: or in apposition after it (« Valtris, le gestionnaire du réseau »).
BODY_KINDS: Final[dict[str, frozenset[str]]] = {
    # « la centrale (syndicale) »: a trade union confederation
    "centrale": frozenset({"centrale", "syndicat", "confédération", "fédération"}),
    "agence": frozenset({"agence"}),
    # firms named by the network or the site they run: « le gestionnaire du réseau X »
    "gestionnaire": frozenset({"gestionnaire"}),
    "exploitant": frozenset({"exploitant"}),
    "opérateur": frozenset({"opérateur"}),
    # a court, whatever noun its name opens on: « la Cour des droits de l'enfant … le tribunal »
    "tribunal": frozenset({"tribunal", "cour", "juridiction"}),
    "cour": frozenset({"cour", "tribunal"}),
    "juridiction": frozenset({"juridiction", "cour", "tribunal"}),
    # the prosecution, by the name the law gives it (Code de procédure pénale, art. 31): « le
    # parquet de X … a souligné le ministère public »
    "ministère public": frozenset({"parquet"}),
}

#: Nouns -> the initials of bodies of their kind (:data:`_UNION_ACRONYMS`, :data:`_AGENCY_ACRONYMS`).
KIND_ACRONYMS: Final[dict[str, frozenset[str]]] = {"centrale": _UNION_ACRONYMS, "agence": _AGENCY_ACRONYMS}

#: Nouns of a court that, « le plus haut » before them, name a country's supreme court: « le plus
#: haut tribunal du pays », « la plus haute juridiction ».
HIGHEST_COURT_NOUNS: Final[frozenset[str]] = frozenset({"tribunal", "juridiction", "cour", "instance"})

#: The names of supreme courts, lowercase: « la Cour suprême », « la Cour de cassation », « le
#: Conseil d'État », « le Conseil constitutionnel », « la Cour constitutionnelle ».
SUPREME_COURT_NAMES: Final[tuple[str, ...]] = (
    "cour suprême", "cour de cassation", "conseil d'état", "conseil constitutionnel",
    "cour constitutionnelle",
)  # fmt: skip


def is_union(name: str) -> bool:
    """Whether ``name`` is a trade union's: its initials (« FO », « SUD-PTT », « la CGT-Cheminots »)
    or a name opening on « syndicat ».

    >>> is_union("SUD-PTT"), is_union("Syndicat national des journalistes"), is_union("Amazon")
    (True, True, False)
    """
    words = name.lower().replace("’", "'").split()
    while words and words[0] in {"le", "la", "l'", "les"}:
        words = words[1:]
    if not words:
        return False
    return words[0].split("-")[0] in _UNION_ACRONYMS or words[0].startswith("syndicat")
