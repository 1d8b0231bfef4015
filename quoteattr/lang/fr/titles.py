"""French civilities, name particles and determiners used around person names.

Provenance: written for quoteattr from standard French usage (Grevisse, *Le Bon Usage*, §§ on
determiners and proper nouns; the Imprimerie nationale's *Lexique des règles typographiques* for
the abbreviated civilities M., Mme, Mlle, Dr, Me, Mgr). No list was copied from another project.

Genders are ``"m"``, ``"f"`` or ``""`` (either). Keys are lowercase.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ADDRESS_CIVILITIES",
    "ARTICLE_FORMS",
    "A_FORMS",
    "BARE_DE",
    "CAPITAL_PARTICLES",
    "CIVILITIES",
    "DEFINITE_ARTICLES",
    "DETERMINERS",
    "ELIDED_DE",
    "INDEFINITE_ARTICLES",
    "NAME_PARTICLES",
    "NOT_NAME_STARTS",
    "NUMBER_WORDS",
    "PLURAL_DETERMINERS",
    "PLURAL_QUANTIFIERS",
    "POSSESSIVE_DETERMINERS",
    "SIDE_POSTS",
    "opens_on_capital_particle",
]

#: Posts held at someone's side, whose title takes that someone after « à » (« l'adjoint au
#: maire », « la conseillère auprès du ministre », « l'attaché à la présidente »): there « au » and
#: a role go on with the title. After any other role (« a répondu le ministre au député X ») they
#: name whom the speaker addressed. Written for quoteattr from French usage.
SIDE_POSTS: Final[frozenset[str]] = frozenset(
    {
        "adjoint", "adjointe", "adjoints", "adjointes", "assistant", "assistante", "attaché",
        "attachée", "délégué", "déléguée", "conseiller", "conseillère", "chargé", "chargée",
        "secrétaire", "chef", "cheffe", "collaborateur", "collaboratrice",
    }
)  # fmt: skip

#: Civilities and forms of address that precede a name ("M. Blinken", "Mme de Valbrun",
#: "maître Dupont"). Abbreviations are given with and without their full stop.
CIVILITIES: Final[dict[str, str]] = {
    "m.": "m",
    "m": "m",
    "mm.": "m",
    "monsieur": "m",
    "messieurs": "m",
    "mme": "f",
    "mme.": "f",
    "mmes": "f",
    "madame": "f",
    "mesdames": "f",
    "mlle": "f",
    "mlle.": "f",
    "mlles": "f",
    "mademoiselle": "f",
    "mesdemoiselles": "f",
    "dr": "",
    "dr.": "",
    "docteur": "",
    "docteure": "f",
    "me": "",
    "me.": "",
    "maître": "",
    "mgr": "m",
    "mgr.": "m",
    "monseigneur": "m",
    "pr": "",
    "pr.": "",
    "professeur": "",
    "professeure": "f",
    "sir": "m",
    "lady": "f",
    "lord": "m",
    "don": "m",
    "doña": "f",
    "dom": "m",
    "frère": "m",
    "sœur": "f",
    "père": "m",
    "mère": "f",
    "abbé": "m",
    "l'abbé": "m",
    "l’abbé": "m",
}

#: Civilities of address, which go before a surname (« M. Roux », « Mme Lenoir », « Me Faure »,
#: « Dr Petit »), lowercase and without their full stop; not those of kin or of the Church
#: (« Père Noël », « Sœur Emmanuelle »), nor the article of « M. le Président ». Written for
#: quoteattr from French usage, a subset of :data:`CIVILITIES`.
ADDRESS_CIVILITIES: Final[frozenset[str]] = frozenset(
    {
        "m", "mm", "mme", "mmes", "mlle", "mlles", "me", "dr", "pr", "monsieur", "messieurs",
        "madame", "mesdames", "mademoiselle", "maître", "docteur", "docteure", "professeur",
        "professeure",
    }
)  # fmt: skip

#: English words that join the capitalised words of an English name kept as it is in a French
#: text (« l'Institute for the Study of Peace », « la Bank of Lorraine », « Smith and Sons »):
#: no French words, so between two capitals they are inside the name. Editor's list.
ENGLISH_NAME_LINKS: Final[frozenset[str]] = frozenset({"of", "for", "the", "and"})

#: Lowercase words that join the parts of a person's or place's name ("Charles de Gaulle",
#: "Hamad al Nuaimi", "Vincent van Gogh", "Abou Mohammed al-Joulani" is hyphenated instead).
NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    {
        "de",
        "d'",
        "d’",
        "du",
        "des",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "al",
        "el",
        "ben",
        "bin",
        "ibn",
        "bint",
        "da",
        "di",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "y",
        "la",
        "le",
        "zu",
    }
)

#: The particles of `NAME_PARTICLES` that open a surname written with a capital (« De Waele »,
#: « Van Damme », « Di Stefano »); not « Des », « Du », « Le », « La », articles that open sentences
#: (« Des Français ont … »).
CAPITAL_PARTICLES: Final[frozenset[str]] = frozenset(
    {"de", "van", "von", "der", "den", "di", "da", "del", "della", "dos", "das"}
)


def opens_on_capital_particle(first: str, second: str) -> bool:
    """Whether two words open a surname on its particle written with a capital: « De Waele »,
    inside a sentence a name, not « de » before a complement, whatever a tagger made of it."""
    return first[:1].isupper() and first.lower() in CAPITAL_PARTICLES and second[:1].isupper()


#: Definite articles, elided or not: « le maire », « la Russie », « les autorités », « l'ONU ».
DEFINITE_ARTICLES: Final[frozenset[str]] = frozenset({"le", "la", "les", "l'", "l’"})

#: Definite articles, alone or joined to « à » and « de » (« du Maroc », « au Sénégal », « aux
#: Pays-Bas »): what a capitalised word after them names is a place's, a thing's or a body's, never
#: a person's name, which takes no article.
ARTICLE_FORMS: Final[frozenset[str]] = DEFINITE_ARTICLES | {"du", "des", "au", "aux"}

#: The singular indefinite articles: « un témoin », « une voisine »: someone new, brought in.
INDEFINITE_ARTICLES: Final[frozenset[str]] = frozenset({"un", "une"})

#: Possessive determiners of a third person: « sa famille », « son avocat », « leur porte-parole ».
POSSESSIVE_DETERMINERS: Final[frozenset[str]] = frozenset({"son", "sa", "ses", "leur", "leurs"})

#: Determiners that open a noun phrase; stripped from the front of a name ("la Corée du Sud").
#: Value: ``(gender, number)`` with ``""`` for either.
DETERMINERS: Final[dict[str, tuple[str, str]]] = {
    "le": ("m", "s"),
    "la": ("f", "s"),
    "l'": ("", "s"),
    "l’": ("", "s"),
    "les": ("", "p"),
    "un": ("m", "s"),
    "une": ("f", "s"),
    "des": ("", "p"),
    "ce": ("m", "s"),
    "cet": ("m", "s"),
    "cette": ("f", "s"),
    "ces": ("", "p"),
    "son": ("", "s"),
    "sa": ("f", "s"),
    "ses": ("", "p"),
    "leur": ("", "s"),
    "leurs": ("", "p"),
    "mon": ("", "s"),
    "ma": ("f", "s"),
    "mes": ("", "p"),
    "ton": ("", "s"),
    "ta": ("f", "s"),
    "tes": ("", "p"),
    "notre": ("", "s"),
    "nos": ("", "p"),
    "votre": ("", "s"),
    "vos": ("", "p"),
    "du": ("m", "s"),
    "au": ("m", "s"),
    "aux": ("", "p"),
}

PLURAL_DETERMINERS: Final[frozenset[str]] = frozenset(k for k, (_, n) in DETERMINERS.items() if n == "p")

#: Quantifiers that open a plural noun phrase in place of an article, « de » before some
#: (« plusieurs élus », « de nombreux habitants », « certaines familles »): several people, never
#: one. Value: their gender, ``""`` for either. From French grammar (the indefinite determiners).
PLURAL_QUANTIFIERS: Final[dict[str, str]] = {
    "plusieurs": "",
    "quelques": "",
    "certains": "m",
    "certaines": "f",
    "nombreux": "m",
    "nombreuses": "f",
    "divers": "m",
    "diverses": "f",
    "différents": "m",
    "différentes": "f",
}

#: The elided *de*, with either apostrophe: of a complement (« le château d'Orsac »), of a
#: locution (« d'après »), or a name's particle (« d'Artagnan »).
ELIDED_DE: Final[frozenset[str]] = frozenset({"d'", "d’"})

#: *de* with no article fused in (not « du », « des »), bare or elided: the particle of a title
#: of nobility (« le baron de Lormel »), the preposition before a complement's own article
#: (« de la ville ») or a name (« de « Harlow Finance » »).
BARE_DE: Final[frozenset[str]] = frozenset({"de"}) | ELIDED_DE

#: The forms of the preposition *de* that join a complement to a noun ("le ministre *des* Affaires
#: étrangères", "le comte *de* Monte-Cristo"), contracted or elided.
DE_FORMS: Final[frozenset[str]] = frozenset({"de", "des", "du"}) | ELIDED_DE

#: The forms of the preposition *à*, bare or contracted with the article (« à la presse »,
#: « au maire », « aux Transports »).
A_FORMS: Final[frozenset[str]] = frozenset({"à", "au", "aux"})

#: The days of the week, lower-cased: time words, never names, though news capitalises them at a
#: sentence start ("Lundi, le ministre …").
WEEKDAYS: Final[tuple[str, ...]] = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

#: Cardinal numerals in words, which count people and name no one (« Trois gendarmes
#: reconnaissent … », « a dit l'un des trois »).
NUMBER_WORDS: Final[frozenset[str]] = frozenset(
    {
        "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante",
        "soixante", "cent", "mille",
    }
)  # fmt: skip

#: Capitalised words that open sentences but never begin a person's or organisation's name:
#: determiners, pronouns, prepositions, conjunctions and adverbs common at the head of a French
#: sentence or paragraph. A capitalised run starting with one of these is cut after it.
NOT_NAME_STARTS: Final[frozenset[str]] = frozenset(
    {
        # determiners
        "le",
        "la",
        "les",
        "l'",
        "l’",
        "un",
        "une",
        "des",
        "du",
        "ce",
        "cet",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "mon",
        "ma",
        "mes",
        "notre",
        "nos",
        "votre",
        "vos",
        "aucun",
        "aucune",
        "chaque",
        "tout",
        "toute",
        "tous",
        "toutes",
        "plusieurs",
        # adverbs of quantity before « de » + noun, which count people and name no one
        # (« Beaucoup d'agriculteurs estiment … », « Nombre d'élus regrettent … »)
        "beaucoup",
        "peu",
        "nombre",
        "certains",
        "certaines",
        "quelques",
        # numerals (NUMBER_WORDS, below), which count people and name no one
        # pronouns
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "je",
        "j'",
        "j’",
        "tu",
        "nous",
        "vous",
        "moi",
        "toi",
        "lui",
        "eux",
        "c'",
        "c’",
        "ceci",
        "cela",
        "ça",
        "qui",
        "que",
        "qu'",
        "qu’",
        "quoi",
        "celui",
        "celle",
        "ceux",
        "celles",
        "y",
        "en",
        # prepositions, conjunctions, adverbs
        "à",
        "au",
        "aux",
        "de",
        "d'",
        "d’",
        "dans",
        "par",
        "pour",
        "sur",
        "sous",
        "avec",
        "sans",
        "chez",
        "vers",
        "selon",
        "après",
        "avant",
        "depuis",
        "pendant",
        "entre",
        "contre",
        "malgré",
        "lors",
        "dès",
        # prepositions out of present participles and others a sentence opens on before a name
        # (« Concernant Valmex, … », « Durant la grève, … », « Parmi les élus, … », « Face à
        # Paul Roux, … »)
        "concernant",
        "durant",
        "suivant",
        "moyennant",
        "nonobstant",
        "parmi",
        "envers",
        "hormis",
        "via",
        "hors",
        "excepté",
        "outre",
        "sauf",
        "face",
        "suite",
        "faute",
        "afin",
        "puisque",
        "tandis",
        "lorsqu'",
        "lorsqu’",
        "et",
        "ou",
        "mais",
        "donc",
        "or",
        "ni",
        "car",
        "puis",
        "ensuite",
        "enfin",
        "alors",
        "ainsi",
        "aussi",
        "plus",
        "moins",
        "très",
        "déjà",
        "encore",
        "toujours",
        "jamais",
        "si",
        "quand",
        "lorsque",
        "comme",
        "parce",
        "pourtant",
        "cependant",
        "néanmoins",
        "toutefois",
        "oui",
        "non",
        "ah",
        "oh",
        "eh",
        "hé",
        "bon",
        "bien",
        "voilà",
        "voici",
        "hier",
        "aujourd'hui",
        "aujourd’hui",
        "demain",
        "ici",
        "là",
        *WEEKDAYS,
        # adjectives and participles opening a detached phrase about the subject: « Natif des
        # Forges de Méziré, il … », « Originaire de Lyon, elle … », « Âgé de 40 ans, … »
        "né",
        "née",
        "nés",
        "nées",
        "natif",
        "native",
        "natifs",
        "natives",
        "originaire",
        "originaires",
        # « Seul le Mouvement X n'a pas participé »: the adjective of exclusion before the
        # subject's article is no part of its name
        "seul",
        "seule",
        "seuls",
        "seules",
        "issu",
        "issue",
        "issus",
        "issues",
        "âgé",
        "âgée",
        "âgés",
        "âgées",
        # the rubric a news site sets before a headline (« Vidéo Lambertin : le gouvernement … »);
        # not « info » or « direct », which end names (« France Info »)
        "vidéo",
        "vidéos",
        "photo",
        "photos",
        "exclusif",
        "replay",
        "podcast",
        "reportage",
        "enquête",
        "témoignage",
        "tribune",
        "édito",
        "analyse",
        "décryptage",
        "chronique",
        "récit",
        "verbatim",
        "infographie",
    }
).union(NUMBER_WORDS)
