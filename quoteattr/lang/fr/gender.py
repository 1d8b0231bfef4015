"""French words that tell a source's gender, or that it is not one person.

Provenance: written for quoteattr from French grammar (agreement of the past participle with
*être* and of the pronominal verbs; the *Grevisse*, §§ 936-947, is the reference) and from the
feminine forms of the Académie française's 2019 report *La féminisation des noms de métiers et
de fonctions*; the nouns of fixed gender are the usual examples of French grammars ("la
victime", "la personne", "le témoin" say nothing of who they are). No list was copied from
another project. The role nouns themselves are in :mod:`quoteattr.lang.fr.roles`, the
civilities in :mod:`quoteattr.lang.fr.titles`, the given names in
:mod:`quoteattr.lang.fr.given_names`.

Genders are ``"m"`` and ``"f"``.
"""

from __future__ import annotations

from typing import Final

from quoteattr.lang.fr.titles import WEEKDAYS

__all__ = [
    "AGREEMENT_LEADS",
    "COLLECTIVE_NOUNS",
    "COPULAR_VERBS",
    "FIXED_GENDER_NOUNS",
    "GENDERED_ADJECTIVES",
    "GROUP_DETERMINERS",
    "IMPERSONAL_IL_NEXT",
    "NOT_PARTICIPLES",
    "ORGANISATION_PLURALS",
    "ORGANISATION_SUFFIXES",
    "PARTICIPLE_ENDINGS",
    "PEOPLE_COLLECTIVES",
    "PEOPLE_PLURAL_ENDINGS",
    "QUANTITY_NOUNS",
    "ROLE_PHRASE_BREAKS",
    "participle_gender",
]

#: Nouns whose grammatical gender is fixed whatever the person's: "la victime", "la star",
#: "le témoin", "la personne". A determiner before them tells nothing of the person.
FIXED_GENDER_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "victime",
        "personne",
        "personnalité",
        "star",
        "vedette",
        "recrue",
        "sentinelle",
        "figure",
        "source",
        "idole",
        "icône",
        "témoin",
        "individu",
        "membre",
        "mannequin",
        "otage",
        "personnage",
        "génie",
        "gens",
        "famille",
        "entourage",
    }
)

#: Words that make the next participle or adjective agree with the subject before them:
#: "Marie s'est dite prête", "la ministre est arrivée", "elle se dit convaincue". Lowercase,
#: apostrophes as "'"; a lead of two words is written with one space.
AGREEMENT_LEADS: Final[frozenset[str]] = frozenset(
    {
        "s'est",
        "s'était",
        "se sera",
        "se serait",
        "se dit",
        "se disait",
        "se disant",
        "se déclare",
        "se déclarant",
        "se montre",
        "se montrant",
        "s'estime",
        "s'estimant",
        "se sent",
        "se sentant",
        "se veut",
        "est",
        "était",
        "sera",
        "serait",
        "fut",
        "a été",
        "avait été",
        "aurait été",
        "étant",
        "semble",
        "paraît",
        "reste",
        "demeure",
    }
)

#: Participle endings, feminine then masculine, singular: "déclarée" / "déclaré", "dite" / "dit",
#: "écrite", "faite", "conduite", "prise" / "pris", "venue" / "venu", "partie" / "parti". Not a
#: bare "-ite": "explicite", "insolite" are adjectives of both genders.
PARTICIPLE_ENDINGS: Final[tuple[tuple[str, str], ...]] = (
    ("ée", "f"),
    ("dite", "f"),
    ("crite", "f"),
    ("aite", "f"),
    ("uite", "f"),
    ("ise", "f"),
    ("ue", "f"),
    ("ie", "f"),
    ("é", "m"),
    ("dit", "m"),
    ("crit", "m"),
    ("ait", "m"),
    ("uit", "m"),
    ("is", "m"),
    ("u", "m"),
    ("i", "m"),
)

#: Words that end like a participle but are none (adverbs, prepositions, pronouns): "il est
#: aussi", "elle est depuis", "il est ici".
NOT_PARTICIPLES: Final[frozenset[str]] = frozenset(
    {
        "aussi",
        "ainsi",
        "ici",
        "hypocrite",
        "crédit",
        "édit",
        "fruit",
        "bruit",
        "circuit",
        "produit",
        "conduit",
        "lait",
        "fait",
        "parmi",
        "depuis",
        "puis",
        "mais",
        "jamais",
        "aujourd'hui",
        *WEEKDAYS,
        "midi",
        "ceci",
        "lui",
        "celui",
        "qui",
        "voici",
        "lui-même",
        "elle-même",
        "encore",
        "assis",
        "près",
        "après",
        "désormais",
        "vie",
        # nouns in -é / -ée that open sentences ("Côté français, …", "Année après année, …")
        "côté",
        "été",
        "santé",
        "sécurité",
        "société",
        "liberté",
        "qualité",
        "réalité",
        "vérité",
        "majorité",
        "priorité",
        "communauté",
        "université",
        "comité",
        "marché",
        "café",
        "degré",
        "journée",
        "année",
        "armée",
        "idée",
        "soirée",
        "durée",
        "lycée",
        "musée",
        "fumée",
    }
)

#: Words that never stand between a role noun and the name it introduces: prepositions,
#: conjunctions, relatives, auxiliaries and days ("la chancelière a rencontré lundi Emmanuel
#: Macron" gives Macron no role). "de", "et" and adjectives may ("la ministre de l'Europe et des
#: Affaires étrangères Catherine Colonna").
ROLE_PHRASE_BREAKS: Final[frozenset[str]] = frozenset(
    {
        "avec",
        "pour",
        "par",
        "à",
        "sur",
        "contre",
        "selon",
        "chez",
        "entre",
        "après",
        "avant",
        "vers",
        "sans",
        "dans",
        "que",
        "qu'",
        "qu’",
        "qui",
        "dont",
        "mais",
        "ou",
        "car",
        "a",
        "ont",
        "est",
        "sont",
        "était",
        "avait",
        *WEEKDAYS,
        "hier",
        "aussi",
        "alors",
        "puis",
    }
)

#: Verbs through which an adjective agrees with the subject ("il semble satisfait", "elle reste
#: prudente"), beside être and the reflexives.
COPULAR_VERBS: Final[frozenset[str]] = frozenset({"sembler", "paraître", "rester", "demeurer", "devenir"})

#: Adjectives after an agreement lead whose two genders differ ("prêt" / "prête", "heureux" /
#: "heureuse"): lowercase -> gender. Participles are read from their endings instead.
GENDERED_ADJECTIVES: Final[dict[str, str]] = {
    "prêt": "m",
    "prête": "f",
    "heureux": "m",
    "heureuse": "f",
    "certain": "m",
    "certaine": "f",
    "content": "m",
    "contente": "f",
    "inquiet": "m",
    "inquiète": "f",
    "sûr": "m",
    "sûre": "f",
    "fier": "m",
    "fière": "f",
    "opposé": "m",
    "opposée": "f",
    "favorable": "",
    "attentif": "m",
    "attentive": "f",
    "soucieux": "m",
    "soucieuse": "f",
    "confiant": "m",
    "confiante": "f",
    "optimiste": "",
    "ravi": "m",
    "ravie": "f",
    "déçu": "m",
    "déçue": "f",
}

#: Words after "il" that make it impersonal ("il faut", "il y a", "il s'agit", "il est temps"):
#: such an "il" refers to no one.
IMPERSONAL_IL_NEXT: Final[frozenset[str]] = frozenset(
    {
        "y",
        "faut",
        "fallait",
        "faudra",
        "faudrait",
        "s'agit",
        "s'agissait",
        "semble",
        "semblait",
        "paraît",
        "reste",
        "restait",
        "suffit",
        "suffirait",
        "est",
        "était",
        "sera",
        "serait",
        "n'y",
        "ne",
        "n'est",
        "s'en",
        "pleut",
        "vaut",
        "importe",
        "existe",
        "manque",
    }
)

#: Determiners and quantifiers that make a noun phrase a group of people ("des témoins",
#: "plusieurs élus", "certains habitants").
GROUP_DETERMINERS: Final[frozenset[str]] = frozenset(
    {
        "les",
        "des",
        "ces",
        "plusieurs",
        "certains",
        "certaines",
        "quelques",
        "nombreux",
        "nombreuses",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "dix",
        "leurs",
        "ses",
        "aux",
    }
)

#: Endings of plural nouns for people not listed as roles: "lecteurs", "manifestants",
#: "journalistes", "Parisiens", "riverains", "Marseillais" (but not "attaques", "chiffres").
PEOPLE_PLURAL_ENDINGS: Final[tuple[str, ...]] = (
    "eurs",
    "euses",
    "rices",
    "ants",
    "antes",
    "ents",
    "entes",
    "istes",
    "iens",
    "iennes",
    "ains",
    "aines",
    "ais",
    "aises",
    "ois",
    "oises",
    "ciens",
    "logues",
    "aires",
)

#: Nouns of quantity before "de" and a plural of people: "des milliers de manifestants".
QUANTITY_NOUNS: Final[frozenset[str]] = frozenset(
    {"milliers", "centaines", "dizaines", "millions", "foule", "groupe", "poignée", "majorité",
     "millier", "centaine", "dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine",
     "cinquantaine", "soixantaine", "nombre"}
)  # fmt: skip

#: Capitalised words that end the name of a company or an institution ("Valve Corporation",
#: "Brévanne Télécom", "Renault Group"), folded (lowercase, accent-free). Never a person's name.
ORGANISATION_SUFFIXES: Final[frozenset[str]] = frozenset(
    {
        "corporation",
        "corp",
        "inc",
        "ltd",
        "limited",
        "gmbh",
        "plc",
        "llc",
        "sarl",
        "holding",
        "holdings",
        "group",
        "groupe",
        "company",
        "telecom",
        "telecoms",
        "airlines",
        "airways",
        "motors",
        "bank",
        "banque",
        "assurances",
        "media",
        "medias",
        "news",
        "press",
        "presse",
        "productions",
        "studios",
        "entertainment",
        "technologies",
        "systems",
        "pharma",
        "autoroutes",
        "energies",
        "foundation",
        "fondation",
        "institute",
        "university",
        "association",
        "federation",
        "international",
        "internationale",
        # a country or region after a name marks a national branch ("Wikimédia France", "Radio
        # France", "Amnesty Belgique"); a person named so ("Anatole France") opens with a given
        # name, which is read first
        "france",
        "belgique",
        "suisse",
        "canada",
        "quebec",
        "europe",
        "afrique",
    }
)

#: Singular nouns for several people speaking together ("sa famille", "l'entourage du
#: ministre", "le couple"): such a source is a group.
PEOPLE_COLLECTIVES: Final[frozenset[str]] = frozenset({"famille", "entourage", "couple", "foule", "proches"})

#: Plural nouns for institutions rather than people ("les autorités", "certains médias"):
#: such a source is an organisation.
ORGANISATION_PLURALS: Final[frozenset[str]] = frozenset(
    {
        "autorités",
        "médias",
        "syndicats",
        "associations",
        "organisations",
        "gouvernements",
        "services",
        "ministères",
        "entreprises",
        "sociétés",
        "partis",
        "pays",
        "états",
        "institutions",
        "secours",
        "pompiers",
        "forces",
    }
)


#: Singular nouns for an institution or a collective that speaks as one ("l'opposition",
#: "l'administration Trump", "la diplomatie canadienne"), beside the organisation nouns of
#: :data:`quoteattr.lang.fr.roles.ORGANISATION_NOUNS`.
COLLECTIVE_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "opposition",
        "collectif",
        "administration",
        "diplomatie",
        "monarchie",
        "majorité",
        "justice",
        "presse",
        "communauté",
        "rédaction",
        "défense",
        "accusation",
        "état",
        "république",
        "royaume",
        "pays",
        "ville",
        "commune",
        "province",
        "capitale",
        "équipe",
        "club",
        "sélection",
        "marque",
        "enseigne",
        "plateforme",
        "site",
        "revue",
        "sondage",
        "étude",
        "enquête",
        "rapport",
    }
)


def participle_gender(word: str) -> str:
    """``"f"``, ``"m"`` or ``""`` for a singular participle or adjective after an agreement lead.

    >>> participle_gender("dite"), participle_gender("déclaré"), participle_gender("Prête")
    ('f', 'm', 'f')
    >>> participle_gender("favorable"), participle_gender("ministre")
    ('', '')
    """
    lower = word.lower().replace("’", "'")
    if lower in NOT_PARTICIPLES:
        return ""
    if lower in GENDERED_ADJECTIVES:
        return GENDERED_ADJECTIVES[lower]
    if lower.endswith("s") and not lower.endswith(("is", "us")):
        return ""  # a plural, or no participle
    for ending, gender in PARTICIPLE_ENDINGS:
        if lower.endswith(ending) and len(lower) >= max(2, len(ending)):
            return gender
    return ""
