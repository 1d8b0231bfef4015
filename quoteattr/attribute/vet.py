"""The last sieve of resolution: a source must be someone who can speak.

The rules find the words a sentence gives for a quote's source, and the resolver turns them into
a name. Parsers slip (a relative hung on the wrong noun, a thing tagged as the subject), and a
wrong name costs a user more than a missing one: a study that counts who is quoted would count
"Bordeaux" or "résultat définitif" as a voice. So before a name is given, it is checked against
what French allows a source to be (:mod:`quoteattr.lang.fr.speakers`): a person, a group, an
organisation or a document; a place only on its own, for its government ("la Russie a démenti");
never a pronoun or relative left unresolved, never a common noun that names a thing.

>>> is_source("cela", kind="unknown", mention="cela")
False
>>> is_source("résultat définitif", kind="unknown", mention="Le résultat définitif")
False
>>> is_source("boxeur de 23 ans", kind="unknown", mention="le boxeur de 23 ans")
True
>>> is_source("Syrie", kind="place", mention="le chef de mission pour la Syrie")
False
>>> is_source("Russie", kind="place", mention="la Russie")
True
>>> is_source("Clémence", kind="unknown", mention="Clémence")
True
>>> is_source("M", kind="person", mention="M.")
False
>>> is_source("trois", kind="unknown", mention="trois")
False
>>> is_source("Le", kind="person", mention="Le")
False
>>> is_source("sécurité civile du département", kind="unknown", mention="La sécurité civile du département")
True
"""

from __future__ import annotations

import regex

from quoteattr.attribute.names import has_name, tokenize
from quoteattr.lang.fr.cues import DOCUMENT_NOUNS, SPEECH_NOUNS
from quoteattr.lang.fr.roles import GROUP_NOUNS, ORGANISATION_NOUNS, role_of
from quoteattr.lang.fr.speakers import (
    BODY_PHRASES,
    COLLECTIVE_SOURCES,
    LONE_ADJECTIVES,
    NEGATIVE_DETERMINERS,
    NOT_SOURCES,
    THING_SUFFIXES,
    TIME_AND_EVENT_NOUNS,
)
from quoteattr.lang.fr.titles import CIVILITIES, DETERMINERS, NUMBER_WORDS

__all__ = [
    "ADJECTIVES_BEFORE_HEAD",
    "DESCRIBED_KINDS",
    "counted_things",
    "head_noun",
    "is_source",
    "listed_source",
    "source_noun",
]

#: Resolution kinds whose name is a common-noun phrase, no name of theirs: checked word by word.
DESCRIBED_KINDS = frozenset({"unknown", "described"})
#: Adjectives and quantifiers that may stand before the head noun of a description.
ADJECTIVES_BEFORE_HEAD = frozenset(
    {
        "haut", "haute", "hauts", "hautes", "ancien", "ancienne", "anciens", "nouveau", "nouvel",
        "nouvelle", "nouveaux", "premier", "première", "jeune", "jeunes", "vieux", "vieil", "vieille",
        "futur", "future", "actuel", "actuelle", "grand", "grande", "petit", "petite", "célèbre",
        "ex", "vice", "sous", "autre", "autres", "même", "mêmes", "seul", "seule", "certains",
        "certaines", "plusieurs", "nombreux", "nombreuses", "deux", "trois", "quatre", "cinq", "dix",
        "quelques", "différents", "différentes", "principal", "principale", "principaux", "simple",
        # how many times one won what the noun says: « le quadruple champion olympique »
        "double", "triple", "quadruple", "quintuple", "sextuple", "septuple", "multiple",
    }
)  # fmt: skip


def source_noun(noun: str) -> bool:
    """Whether a common noun can name a source: a role, an organisation, a group, a document, a
    collective, or any noun that does not name a thing by its suffix ("le postillon", "l'aveugle"
    can speak; "l'implication", "le résultat" cannot).

    >>> source_noun("chanteuse"), source_noun("objectif"), source_noun("gouvernement")
    (True, False, True)
    """
    word = noun.lower().replace("’", "'")
    if _listed_source(word) or word in SPEECH_NOUNS:
        return True
    return not word.endswith(THING_SUFFIXES)


def _listed_source(word: str) -> bool:
    """Whether a lowercase noun is one the lexicon lists as able to speak: a role, an
    organisation, a group, a document or a collective source."""
    return (
        role_of(word) is not None
        or word in ORGANISATION_NOUNS
        or word in GROUP_NOUNS
        or word in DOCUMENT_NOUNS
        or word in COLLECTIVE_SOURCES
    )


#: « autre », which a definite article makes the other of a known pair; the indefinite
#: determiners that leave it one more of some kind, unnamed.
#: A civility's abbreviation (« M. », « Mme », « Me », « Dr »): alone, the parser cut it from
#: the name it goes before, and it names no one.
_ABBREVIATED_CIVILITIES = frozenset(form.rstrip(".") for form in CIVILITIES if form.endswith("."))
_OTHER = frozenset({"autre", "autres"})
_INDEFINITE = frozenset({"un", "une", "d'", "des", "d'autres"})
#: An ordinal written in figures: « 71e », « 3ème », « 1er », « 2nde ».
_ORDINAL = regex.compile(r"\d+(?:e|er|re|ère|ème|eme|es|ers|nd|nde|è)")


def head_noun(phrase: str) -> str | None:
    """The first word of a noun phrase past its determiners, ordinals in figures and leading
    adjectives; a lone adjective is its own head ("le vieux", "l'autre").

    >>> head_noun("le nouvel objectif de la réforme"), head_noun("le vieux"), head_noun("la 9e vague")
    ('objectif', 'vieux', 'vague')

    An adjective before « de » is the head too (« du » is no determiner there):

    >>> head_noun("le vieux du village"), head_noun("la jeune de la bande")
    ('vieux', 'jeune')
    """
    adjective = None
    for token in tokenize(phrase):
        if adjective is not None and token.lower in _OF:
            return adjective
        if token.lower in DETERMINERS or token.lower.isdigit() or _ORDINAL.fullmatch(token.lower):
            continue
        if token.lower in ADJECTIVES_BEFORE_HEAD:
            adjective = token.lower
            continue
        return token.lower
    return adjective


#: The preposition « de » and its contractions, which no noun's head is.
_OF = frozenset({"de", "d'", "d’", "du", "des"})


def _plain(words: str) -> str:
    return " ".join(words.lower().replace("’", "'").split()).strip(" -,;:")


def is_source(name: str, *, kind: str, mention: str) -> bool:
    """Whether ``name``, resolved with resolution ``kind`` from the words ``mention``, can be given
    as a quote's source (see the module docstring)."""
    words = _plain(name)
    written = _plain(mention)
    if not words or words in NOT_SOURCES or _lone_adjective(words, written):
        return False
    if words.rstrip(".") in _ABBREVIATED_CIVILITIES or _only_a_number(words) or words in DETERMINERS:
        return False  # « … crèches.Le juge … »: an article cut from its noun names no one
    if written in NOT_SOURCES and words == written.rstrip("'’"):
        return False  # « J'ai dit : « … » »: the elided pronoun as written, its apostrophe cut off
    if written.split(" ", 1)[0] in NEGATIVE_DETERMINERS:
        return False  # « Nulle raison ne justifie ce geste : « … » »: a denied noun is no one
    if kind == "place":
        # a country speaks for its government only when it is the whole mention
        own = [t.lower for t in tokenize(mention) if t.lower not in DETERMINERS]
        return own == [t.lower for t in tokenize(name)]
    head = head_noun(name)
    if kind in DESCRIBED_KINDS and head is not None and not _spelled_name(name, head, mention):
        # "l'implication de la Russie" is a thing, "Russie" or not; « la sécurité civile » a body;
        # « vendredi à Lyon », « la fin », « la 12e édition du salon » a time or an event
        return head not in TIME_AND_EVENT_NOUNS and (source_noun(head) or _body_phrase(name))
    return True


def listed_source(noun: str) -> bool:
    """Whether a lowercase noun, singular or plural, is one the lexicon lists as able to speak
    (a role, an organisation, a group, a document or a collective source); an unlisted noun
    that names no thing by its suffix may speak as well (:func:`source_noun`), but is not known to.

    >>> listed_source("syndicats"), listed_source("agriculteur"), listed_source("obstacles")
    (True, True, False)
    """
    word = noun.lower().replace("’", "'")
    singular = word[:-1] if word.endswith(("s", "x")) else word
    return _listed_source(word) or _listed_source(singular)


def counted_things(phrase: str) -> bool:
    """Whether ``phrase`` counts things, not people nor bodies: a number and a noun that is no
    role, organisation, group or collective source (« 300 hectares », « trois tonnes », « 1.200
    trains prévus »); « 300 manifestants », « deux syndicats » count those who may speak.

    >>> counted_things("300 hectares"), counted_things("300 manifestants"), counted_things("deux Allemands")
    (True, False, False)
    """
    words = [t for t in tokenize(phrase) if t.lower not in DETERMINERS]
    tokens = [t.lower for t in words]
    if len(tokens) < 2 or not (tokens[0] in NUMBER_WORDS or tokens[0][:1].isdigit()) or "%" in phrase:
        return False  # « 30 % des sondés »: a share of people, who may answer
    noun_word = next(
        (t for t in words[1:] if not t.lower[:1].isdigit() and t.lower not in NUMBER_WORDS), None
    )
    if noun_word is None or noun_word.text[:1].isupper():
        return False  # « deux Allemands »: people of a nation, or a name
    return not listed_source(noun_word.lower)


def _only_a_number(words: str) -> bool:
    """Whether ``words`` are a numeral, with or without an article (« trois », « les deux »,
    « 12 »): a count of people the parser left without its noun names no one."""
    tokens = [t.lower for t in tokenize(words) if t.lower not in DETERMINERS]
    return bool(tokens) and all(t in NUMBER_WORDS or t.isdigit() for t in tokens)


def _lone_adjective(words: str, written: str) -> bool:
    """Whether the name is an adjective whose noun the sentence left out (:data:`LONE_ADJECTIVES`)
    and the resolver did not find: « la seule qui décide », « un autre », « d'autres » name no
    one; but the definite « l'autre » is the other of a pair the text has set out (« l'un …
    l'autre »), which is how a reader knows them. The name may keep the elided article the
    mention opened on (« d'autres »)."""
    if words.startswith(("d'", "d’")):
        words = words[2:]  # « d'autres »: the article elided, as written
    if words not in LONE_ADJECTIVES:
        return False
    return words not in _OTHER or written.split(" ", 1)[0] in _INDEFINITE


def _body_phrase(name: str) -> bool:
    """Whether ``name`` opens on a public body's noun and adjective (:data:`BODY_PHRASES`)."""
    words = [t.lower for t in tokenize(name) if t.lower not in DETERMINERS]
    return " ".join(words[:2]) in BODY_PHRASES


def _spelled_name(name: str, head: str, mention: str) -> bool:
    """Whether the head of ``name`` is a capitalised name the mention itself writes: « répondit
    Clémence » names Clémence, whatever the ending (-ence) of her name."""
    written = next((t.text for t in tokenize(name) if t.lower == head), "")
    return has_name(written) and written in mention
