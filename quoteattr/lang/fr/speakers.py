"""What can be the source of reported speech in French: the words that never are, and the
nouns that can be.

A source is a person, a group, an organisation or a document. A place speaks only by metonymy for
its government, and then it is named alone ("la Russie a démenti"), never as a complement inside
a person's description ("le directeur du club de Lille").

Provenance: written for quoteattr. The function words are the French relative, demonstrative and
personal pronouns (Grevisse, *Le Bon Usage*, §§ 653-735); the thing suffixes are the French derivational
suffixes that form nouns of actions, states, qualities and results (Riegel et al., *Grammaire
méthodique du français*, ch. XX, "la suffixation": -tion/-sion, -ment, -age, -ure, -ité, -isme,
-ance/-ence, -at, -if, -ise); the time and event nouns are the French names of days, months,
parts of the day and spans of time, and the commonest nouns of an event (TLFi); the lone
adjectives are the French adjectives of identity, order and exclusion that stand for a noun left
out (Grevisse, §§ 217, 739: « un autre », « la seule »); the adverbs of degree are those that grade an
adjective (Grevisse, §§ 993-994: « très », « bien », « peu », « trop »); the
collective nouns are common French nouns for a set of people or
a body that speaks (Trésor de la langue française informatisé, entries "famille", "entourage").
No list was copied from another project.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "BODY_PHRASES",
    "COLLECTIVE_SOURCES",
    "COMPANY_PARTICIPLES",
    "DEGREE_ADVERBS",
    "LONE_ADJECTIVES",
    "NEGATIVE_DETERMINERS",
    "NOT_SOURCES",
    "THING_SUFFIXES",
    "TIME_AND_EVENT_NOUNS",
]

#: Words that are never a source's name: relatives, demonstratives and personal pronouns left
#: unresolved ("qui", "cela", "-ils"), written as the rules found them, lowercase, without the
#: hyphen of an inversion.
NOT_SOURCES: Final[frozenset[str]] = frozenset(
    {
        "qui", "que", "qu'", "qu’", "quoi", "dont", "lequel", "laquelle", "lesquels", "lesquelles",
        "ce", "c'", "c’", "ceci", "cela", "ça", "celui", "celle", "ceux", "celles", "celui-ci",
        "celle-ci", "ceux-ci", "celles-ci", "celui-là", "celle-là", "tout", "tous", "rien",
        "je", "j'", "j’", "tu", "il", "elle", "nous", "vous", "ils", "elles", "on", "l'on", "l’on",
        "t-il", "t-elle", "t-on", "me", "te", "se", "lui", "leur", "eux", "y", "en", "moi", "toi",
        "soi", "un", "une",
        "chacun", "chacune", "personne", "aucun", "aucune", "certains", "certaines", "plusieurs",
    }
)  # fmt: skip

#: Determiners that deny their noun: a phrase they open names no one who spoke (« Nulle raison ne
#: justifie ce geste : « … » », « Aucun élu n'a voulu commenter »).
NEGATIVE_DETERMINERS: Final[frozenset[str]] = frozenset({"aucun", "aucune", "nul", "nulle", "nuls", "nulles"})

#: Common nouns for people taken together, or for a body or person that speaks, that the role,
#: organisation, group, document and speech-noun lists (:mod:`quoteattr.lang.fr.roles`,
#: :mod:`quoteattr.lang.fr.cues`) do not have.
COLLECTIVE_SOURCES: Final[frozenset[str]] = frozenset(
    {
        "famille", "entourage", "collectif", "collectifs", "camp", "clan", "équipes", "public", "foule",
        "peuple", "opposition", "majorité", "gouvernements", "administration", "justice", "diplomatie",
        "presse", "médias", "veuf", "personne", "personnes", "individu", "individus", "voix",
        "internaute", "internautes", "élève", "élèves", "lycéen", "lycéens", "lycéenne", "lycéennes",
        "monarque", "souverain", "souveraine", "star", "vedette", "télévision", "rédaction",
        "institution", "institutions", "chancellerie", "communauté", "formation", "personnage",
        "personnages", "personnalité", "personnalités", "otage", "otages",
    }
)  # fmt: skip

#: Public bodies named by a common noun and its adjective, whose noun alone names a thing by its
#: ending (« la sécurité civile », « la protection civile », « la sécurité routière »): lowercase,
#: the noun and its adjective. « La sécurité civile du département a déconseillé les baignades »
#: reports the body's words.
BODY_PHRASES: Final[frozenset[str]] = frozenset(
    {
        "sécurité civile", "protection civile", "défense civile", "sécurité routière",
        "sécurité sociale", "aviation civile", "garde nationale", "garde côtière",
        "administration pénitentiaire", "protection judiciaire",
    }
)  # fmt: skip

#: Endings of French nouns of actions, states, qualities and results ("l'implication", "le
#: résultat", "l'objectif", "la baisse" has none): a common noun with one of these, and in no
#: list of sources, names a thing, never a source.
THING_SUFFIXES: Final[tuple[str, ...]] = (
    "tion", "tions", "sion", "sions", "ment", "ments", "age", "ages", "ure", "ures", "ité",
    "ités", "isme", "ismes", "ance", "ances", "ence", "ences", "at", "ats", "if", "ifs", "ise",
    "ises",
)  # fmt: skip

#: Nouns of a time or a span of time and of an event, lowercase: a day, a date or an occasion
#: never speaks, though a parser may take the time adjunct of a subject for the subject (« Le
#: suspect arrêté lundi à Lyon a avoué … » is the suspect's, not « lundi à Lyon »'s), and a
#: sentence may make an event its subject (« La 12e édition du salon a ouvert ses portes »).
TIME_AND_EVENT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
        "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre", "matin", "soir", "midi", "minuit", "hier", "demain", "soirée",
        "matinée", "nuit", "jour", "jours", "journée", "veille", "lendemain", "surlendemain", "week-end",
        "semaine", "mois", "année", "an", "heure", "heures", "minute", "minutes", "fois",
        "période", "époque", "début", "fin", "édition", "éditions", "guerre",
        # the events news reports, which a parse may take for a subject (« une cyberattaque
        # samedi soir a paralysé … : »)
        "attaque", "attaques", "cyberattaque", "attentat", "attentats", "incendie", "accident",
        "grève", "grèves", "crise", "réunion", "séance", "cérémonie", "match", "scrutin", "procès",
        "audience", "sommet", "débat", "vote", "question", "questions", "réforme", "affaire",
        "menace", "menaces", "conclave", "drame", "polémique", "tempête", "catastrophe",
        "épidémie", "pandémie", "séisme", "crue", "finale", "concert", "spectacle",
    }
)  # fmt: skip

#: Adjectives that stand for a noun the sentence leaves out, lowercase: of identity (« même »),
#: otherness (« autre ») and exclusion (« seul »). Alone, without that noun
#: or the name it takes up, such a phrase names no one: « Un autre est plus prudent », « la
#: seule qui décide », left unresolved, are no source's name.
LONE_ADJECTIVES: Final[frozenset[str]] = frozenset(
    {
        "autre", "autres", "seul", "seule", "seuls", "seules", "même", "mêmes",
    }
)  # fmt: skip

#: Past participles of company (lemmas), whose complement names someone else beside the noun
#: they follow (« l'écrivain accompagné de son éditeur Paul Roux », « la ministre entourée de
#: ses conseillers »): that name is never the noun's own. From French usage (written for
#: quoteattr).
COMPANY_PARTICIPLES: Final[frozenset[str]] = frozenset(
    {"accompagner", "entourer", "escorter", "flanquer", "suivre", "épauler", "assister", "rejoindre"}
)


#: Adverbs of degree, which grade an adjective or a participle used as one: « des sources bien
#: informées », « un témoin très ému ». A participle they grade right after its noun is an
#: adjective of the noun phrase, not a verb of the clause.
DEGREE_ADVERBS: Final[frozenset[str]] = frozenset(
    {"bien", "très", "mal", "peu", "trop", "fort", "si", "aussi", "plus", "moins", "mieux", "assez"}
)
