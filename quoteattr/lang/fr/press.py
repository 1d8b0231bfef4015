"""French press titles that hold their article: « Le Monde », « La Croix », « Les Échos ».

A sentence-initial article is no part of a name in general (« Le Parlement européen a voté »: the
body is the « Parlement européen »), but it is part of these titles: « Le Monde assure que … »
speaks for « Le Monde », never « Monde ». Lowercase, accents kept, the article first.

Source: the project's own list of national and regional French-language newspapers and
magazines whose masthead opens on an article (written for quoteattr, not copied from another
list). Titles without an article (« Libération », « Ouest-France ») need none of this, and titles that
are also a region, a body or a common noun (« L'Union », « La Provence », « La Presse ») are left
out: « L'Union cycliste internationale » is no newspaper.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

import regex

__all__ = [
    "ACCOUNT_NOUNS",
    "BROADCASTERS",
    "INTERVIEWED_PARTICIPLES",
    "MEDIUM_NOUNS",
    "MEDIUM_VENUE",
    "NEWS_AGENCIES",
    "PRESS_NAME_WORDS",
    "PRESS_NOUNS",
    "PRESS_TITLES",
    "TOLD_NOUNS",
    "press_title_length",
]

#: Titles whose article is part of the name, lowercased.
PRESS_TITLES: frozenset[str] = frozenset(
    {
        "le monde", "le figaro", "le parisien", "la croix", "les échos", "le point", "l'express",
        "l'obs", "l'humanité", "le canard enchaîné", "le journal du dimanche", "l'équipe",
        "le temps", "le soir", "le progrès", "le télégramme", "la voix du nord",
        "le dauphiné libéré", "la dépêche du midi", "la dépêche", "le courrier picard",
        "le républicain lorrain", "l'est républicain", "la nouvelle république", "le bien public",
        "la charente libre", "le populaire du centre", "les dernières nouvelles d'alsace",
        "le journal de saône-et-loire", "le maine libre", "le courrier de l'ouest",
        "la presse de la manche", "le monde diplomatique", "le nouvel obs",
        "le nouvel observateur", "les inrocks", "les inrockuptibles", "le quotidien du médecin",
        "la gazette des communes",
    }
)  # fmt: skip

#: Common nouns news takes a newspaper or a magazine up by, once it has named it (« Le Parisien
#: révèle … Le quotidien affirme que … », « …, a ajouté le titre »: a publication in news jargon),
#: lowercase.
PRESS_NOUNS: frozenset[str] = frozenset(
    {"journal", "quotidien", "hebdomadaire", "mensuel", "magazine", "bimensuel", "titre"}
)

#: Words that make a name a newspaper's in any language (« le Journal du Dimanche », « le New
#: Herald Times », « la Gazette de Vernon »), folded.
PRESS_NAME_WORDS: frozenset[str] = frozenset(
    {"journal", "times", "post", "gazette", "tribune", "herald", "courrier", "quotidien", "hebdo"}
)


#: French-language radio and television names, lowercase, as news writes them: « France Info »
#: is a radio, not a woman named France. The project's own list of the national public and private
#: channels of France, Belgium, Switzerland and Québec and the international French-language
#: ones; names that are common words too (« Arte » aside, « La Une », « Télé-Québec ») are left to
#: the parse.
BROADCASTERS: frozenset[str] = frozenset(
    {
        "france info", "franceinfo", "france inter", "france culture", "france bleu",
        "france musique", "france 2", "france 3", "france 4", "france 5", "france 24", "france ô",
        "france télévisions", "radio france", "europe 1", "rtl", "rtl2", "rmc", "rmc info",
        "bfmtv", "bfm tv", "bfm business", "bfm paris", "lci", "cnews", "tf1", "tmc", "m6", "c8",
        "arte", "rfi", "tv5monde", "tv5 monde", "radio-canada", "ici radio-canada", "tva", "lcn",
        "rtbf", "rtl-tvi", "rtl tvi", "bel rtl", "rts", "sud radio", "public sénat",
        "lcp", "radio classique", "africa radio", "africa 24", "radio nova",
    }
)  # fmt: skip

#: News agencies as the French press names them, lowercase (« a déclaré à l'AFP », « selon
#: Reuters »): the project's own list of the world agencies and of the national agencies French
#: news quotes most.
NEWS_AGENCIES: frozenset[str] = frozenset(
    {
        "afp", "agence france-presse", "agence france presse", "reuters", "ap", "associated press",
        "belga", "ats", "keystone-ats", "ansa", "efe", "dpa", "xinhua", "chine nouvelle", "kyodo",
        "anadolu", "tass", "ria novosti", "interfax", "aps", "map", "tap", "ani", "pti", "yonhap",
        "bloomberg",
    }
)  # fmt: skip

#: Nouns of those a speaker tells, after « à » (« a déclaré le préfet à la presse »), lowercase.
TOLD_NOUNS: frozenset[str] = frozenset({"presse", "journalistes", "médias", "journaliste"})

#: The words news sets before the name of the radio, channel or paper someone spoke to, ending
#: right before that name (its article included): « au micro de la DW », « à l'antenne de
#: France Bleu », « invité de France Inter », « dans les colonnes du Soir », « à nos confrères
#: de VTM ». The name after them is where the words were said, never who said them. From French
#: press usage (the project's own list).
MEDIUM_VENUE = regex.compile(
    r"(?:\b(?:au|aux)\s+micros?|\b(?:à|sur)\s+l['’]antenne|\bsur\s+le\s+plateau|\bsur\s+les\s+ondes"
    r"|\bdans\s+les\s+colonnes|\bconfrères|\binvitée?s?)"
    r"\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’])\Z",
    regex.IGNORECASE,
)

#: Nouns of the place in a medium where someone speaks, the nouns of :data:`MEDIUM_VENUE` (« au
#: micro de », « à l'antenne de », « sur le plateau de », « dans les colonnes du »): the name in
#: their « de » complement is the medium's, never the speaker's.
MEDIUM_NOUNS: frozenset[str] = frozenset({"micro", "micros", "antenne", "plateau", "ondes", "colonnes"})

#: Nouns of the medium someone speaks on or in (« a promis sur sa radio de … », « a
#: annoncé sur son compte de … »): none of them takes an infinitive of its own, so a « de » and
#: an infinitive after one is the speech verb's clause, whatever the parser hung it on. The
#: project's own list, from the press's « sur » / « à » / « dans » of where words were said.
SPOKEN_ON_NOUNS: frozenset[str] = MEDIUM_NOUNS | frozenset(
    {"radio", "radios", "chaîne", "télévision", "télé", "site", "compte", "réseau", "réseaux", "page", "blog"}
)

#: Nouns of one's own channel of publication (« sur son compte X », « sur sa page Facebook », « sur
#: son blog »): what is posted there is its owner's words, whatever platform it is on.
ACCOUNT_NOUNS: frozenset[str] = frozenset({"compte", "page", "profil", "fil", "blog", "site", "chaîne"})

#: Participles of being asked questions by a medium (« interviewé sur France Info », « interrogée
#: par RTL », « joint par l'AFP »): a body named right after them with « sur » or « par » asked,
#: and is not who answers.
INTERVIEWED_PARTICIPLES: frozenset[str] = frozenset(
    stem + ending
    for stem in ("interviewé", "interrogé", "questionné", "joint", "contacté", "sollicité", "invité")
    for ending in ("", "e", "s", "es")
)


def _words_of(title: str) -> int:
    """How many words a title is written in, an elided article a word of its own."""
    return len(title.replace("'", "' ").split())


#: The most words a title of :data:`PRESS_TITLES` is written in.
_LONGEST = max(_words_of(title) for title in PRESS_TITLES)


def press_title_length(words: Iterable[str]) -> int:
    """How many of ``words`` (lowercase, the article first, an elided one apart: ``["l'",
    "express"]``) the longest title of :data:`PRESS_TITLES` they open spans; 0 when they open
    none.

    >>> press_title_length(["le", "monde", "diplomatique", "a"]), press_title_length(["le", "mondial"])
    (3, 0)
    """
    first = list(islice(words, _LONGEST))
    for length in range(len(first), 1, -1):
        if " ".join(first[:length]).replace("' ", "'").replace("’ ", "'") in PRESS_TITLES:
            return length
    return 0
