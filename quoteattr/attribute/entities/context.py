"""The raw-text surroundings of a token (the word before it, a verb form after it) and the few
words of the parse the index reads, by offset.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from quoteattr.attribute.names import (
    Token,
)
from quoteattr.attribute.rules.verbs import PARTICIPLE_ENDINGS
from quoteattr.lang.fr.incises import AUXILIARY_ADVERBS, SPEECH_VERB_FORMS
from quoteattr.lang.fr.titles import (
    DETERMINERS,
)
from quoteattr.parse.types import ParsedDoc, Word

__all__ = [
    "PLACE_PREPOSITIONS",
    "PREPOSITIONS",
    "adjacent",
    "garbled",
    "has_lowercase_around",
    "in_brackets",
    "object_after_verb",
    "parse_words",
    "preceding",
    "word_at",
]

#: Prepositions that govern a noun phrase: a name right after one is not a subject.
PREPOSITIONS = frozenset(
    {
        "à",
        "au",
        "aux",
        "de",
        "d'",
        "d’",
        "du",
        "des",
        "par",
        "pour",
        "avec",
        "sans",
        "chez",
        "vers",
        "sur",
        "sous",
        "dans",
        "en",
        "entre",
        "contre",
        "selon",
        "après",
        "avant",
        "depuis",
        "envers",
        "devant",
        "derrière",
        "auprès",
        "parmi",
        "jusqu'",
        "jusqu’",
        "jusque",
    }
)


#: Prepositions after which a bare capitalised name is most likely a place ("à Erevan").
PLACE_PREPOSITIONS = frozenset({"à", "en", "au", "aux", "vers", "depuis", "dans"})


def adjacent(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start].strip(" \t\u00a0\u202f") == ""


def preceding(text: str, tokens: Sequence[Token], i: int) -> Token | None:
    """The token before ``tokens[i]`` if nothing but spaces separates them."""
    if i <= 0:
        return None
    previous = tokens[i - 1]
    return previous if adjacent(text, previous, tokens[i]) else None


#: Endings of finite verb forms of narration (imperfect, passé simple) that a following name
#: is the object of ("regardait Florent", "appela Tourneval"), from French conjugation.
_FINITE_ENDINGS = ("ait", "aient", "èrent", "irent", "urent")


_SHORT_FINITE_ENDINGS = ("a", "it", "ut")

#: Present forms of verbs whose object news names as a person (« Paul Roux cite l'évêque X »,
#: « le président reçoit Paul Roux », « Paul Roux devance Marc Petit »), which no ending tells
#: from a noun: a name right after one is its object, no subject.
_PRESENT_OBJECT_VERBS = frozenset(
    {
        "cite", "citent", "rencontre", "rencontrent", "reçoit", "reçoivent", "remercie",
        "remercient", "nomme", "nomment", "remplace", "remplacent", "soutient", "soutiennent",
        "devance", "devancent", "affronte", "affrontent", "retrouve", "retrouvent", "rejoint",
        "rejoignent", "interroge", "interrogent", "bat", "battent", "élimine", "éliminent",
        "limoge", "limogent", "désigne", "désignent", "accueille", "accueillent",
    }
)  # fmt: skip


_INVERTING = frozenset({"que", "qu'", "qu’", "où", "dont", "comme", "lorsque", "quand"})

#: « avoir » before a past participle: a compound past (« a rencontré », « avaient reçu »); not
#: « être », after which a name may be the inverted subject of a passive (« a été élu Paul Roux »).
_HAVE_FORMS = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient"})


_NOT_VERBS = frozenset({"voilà", "cela", "déjà", "petit", "salut", "la", "sa", "ta", "ma"})

#: The one-word adverbs that stand inside a verb group (« a également félicité »).
_ONE_WORD_ADVERBS = frozenset(a for a in AUXILIARY_ADVERBS if " " not in a)


def object_after_verb(text: str, tokens: Sequence[Token], first: int) -> bool:
    """Whether the word before ``tokens[first]``, in the same clause of ``text``, reads as a
    finite verb that is no speech verb, or a gerund (« en devançant »).

    A name right after such a verb is its object ("Claude regardait Florent"); an inverted
    subject comes after a speech verb ("dit Boissard") or a relative ("que blâma Boissard"). A
    sentence's end or a break between them makes the name open a clause of its own (« … aura
    lieu. Marc Dumas a déploré … »).
    """
    if first < 1:
        return False
    if _CLAUSE_BREAK.search(text, tokens[first - 1].end, tokens[first].start) is not None:
        return False
    word = tokens[first - 1].lower
    if not word.isalpha() or word in _NOT_VERBS or word in SPEECH_VERB_FORMS:
        return False
    if first >= 2 and tokens[first - 2].lower in DETERMINERS:
        return False  # "le petit Firmin", "la vieille Angèle"
    if first >= 2 and tokens[first - 2].lower in _INVERTING:
        return False
    auxiliary = first - 2
    while auxiliary >= 0 and tokens[auxiliary].lower in _ONE_WORD_ADVERBS:
        auxiliary -= 1  # « a également félicité Paul Roux »: an adverb inside the verb group
    if auxiliary >= 0 and tokens[auxiliary].lower in _HAVE_FORMS and word.endswith(PARTICIPLE_ENDINGS):
        return True  # « Paul Roux a rencontré Marc Dupont »: a compound past, then its object
    if first >= 2 and tokens[first - 2].lower == "en" and word.endswith("ant"):
        return True  # « en devançant Tom Smith »: a gerund, then its object
    if word in _PRESENT_OBJECT_VERBS:
        return True
    return word.endswith(_FINITE_ENDINGS) or (len(word) > 3 and word.endswith(_SHORT_FINITE_ENDINGS))


#: What ends a clause between two words: a sentence's end, a colon or semicolon, a quotation
#: mark, a line break.
_CLAUSE_BREAK = regex.compile(r"[.!?…;:«»“”\"\n]")


def has_lowercase_around(text: str, offset: int) -> bool:
    """Whether the line around ``offset`` has lowercase letters (a heading in capitals has none)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : len(text) if end < 0 else end]
    return any(c.islower() for c in line)


def in_brackets(text: str, offset: int) -> bool:
    """Whether ``offset`` lies inside round brackets opened on its line ("Leeds (Royaume-Uni)").

    Words in brackets are an aside: a place, an acronym, a party, never the subject of the
    sentence around them.
    """
    start = text.rfind("\n", 0, offset) + 1
    return text.rfind("(", start, offset) > text.rfind(")", start, offset)


def garbled(word: str) -> bool:
    """Two capitals then lowercase letters ("ÉDiteur", "LÉVy"): scanning noise, not a name.

    Names with an inner capital ("McDonald", "DiCaprio", "MacArthur") start with one capital.
    """
    return len(word) > 2 and word[0].isupper() and word[1].isupper() and any(c.islower() for c in word)


def parse_words(doc: ParsedDoc | None) -> list[Word]:
    if doc is None:
        return []
    return [w for sentence in doc.sentences for w in sentence.words]


def word_at(words: Sequence[Word], starts: Sequence[int], start: int, end: int) -> list[Word]:
    i = bisect.bisect_left(starts, start)
    found: list[Word] = []
    while i < len(words) and words[i].start < end:
        found.append(words[i])
        i += 1
    return found
