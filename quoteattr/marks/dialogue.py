"""Dialogue lines: a paragraph that opens with a dash is direct speech up to its end.

« — Oui, dit-il, c'est vrai. » Not dialogue: a dash inside a sentence (a parenthetical – like this –,
the date-line dash of news, "24 mars 2018 . –"), a dash followed by « (the guillemets carry the
quote), and the signature line under a quotation in news ("— Paul Ferrand, secrétaire
général de la Ligue arabe"). Several turns on one line ("— Vraiment ? — Oui.") give one quote each.
"""

from __future__ import annotations

import re
from typing import Final

from quoteattr.lang.fr.given_names import is_written_given_name
from quoteattr.lang.fr.incises import FIRST_SECOND_PERSON, SPEECH_VERB_FORMS
from quoteattr.lang.fr.marks import DIALOGUE_DASHES, INNER_PADDING
from quoteattr.lang.fr.roles import role_of
from quoteattr.marks.tags import split_turns

__all__ = ["dialogue_start", "dialogue_turns", "is_signature"]

_SPACE: Final = "[ \u00a0\u202f\t]"
_DASH: Final = re.compile(_SPACE + r"*(?:" + "|".join(map(re.escape, DIALOGUE_DASHES)) + r")" + _SPACE + r"*")
_WORD: Final = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*['’]?")
_LETTERS: Final = re.compile(r"[^\W\d_]+")
_SIGNATURE_NAME_WORDS: Final = (2, 4)
"""A signature names its author in two to four capitalised words ("Ban Ki-moon", "Barack Obama")."""
_SUBJECT_WORDS: Final = frozenset(("il", "elle", "ils", "elles", "on", "ce", "c'", "c’", "ça", "cela"))
"""A role under a signature is a noun phrase: a subject pronoun means a sentence, hence speech."""
_SIGNATURE_ROLE_WORDS: Final = 10
"""and gives the author's role in at most this many words ("Président des États-Unis d'Amérique")."""
_SIGNATURE_LINE_WORDS: Final = 8
"""A signature line under a quotation, with no comma, is at most this many words ("Société Dark Star")."""
_ROLE_OPENERS: Final = frozenset({"le", "la", "l", "un", "une"})
"""Words that open the role in « Stéphanie, témoin », « Paul, un voisin »."""
_CLOSERS: Final = ("»", "» .", "».", "”", "”.")
"""How a paragraph that closes a quotation ends."""


def is_signature(line: str) -> bool:
    """Whether ``line`` (after its dash) reads as a signature: a name, a comma, a role, no speech.

    >>> is_signature("Paul Ferrand , Secrétaire général de la Ligue arabe.")
    True
    >>> is_signature("Monsieur Boissard, vous êtes là ?")
    False
    """
    name, comma, role = line.partition(",")
    if not comma or any(mark in line for mark in "!?…«»:;—–"):
        return False
    name_words = _WORD.findall(name)
    role_words = _WORD.findall(role)
    low, high = _SIGNATURE_NAME_WORDS
    if not low <= len(name_words) <= high or not 1 <= len(role_words) <= _SIGNATURE_ROLE_WORDS:
        return False
    if any(word.lower() in SPEECH_VERB_FORMS for word in role_words):
        return False  # "— Encore Hortense, répondit la cousine": a speech tag, not a role
    if not all(word[0].isupper() for word in name_words):
        return False
    return not any(
        word.lower() in FIRST_SECOND_PERSON or word.lower() in _SUBJECT_WORDS
        for word in name_words + role_words
    )


def _role_after_comma(line: str) -> bool:
    """Whether what follows the line's first comma opens with a role or an article (« , témoin »,
    « , une habitante »), not a verb (« Marie, viens ici »)."""
    _, comma, rest = line.partition(",")
    first = _LETTERS.findall(rest.lower())[:1]
    return bool(comma and first) and (first[0] in _ROLE_OPENERS or role_of(first[0]) is not None)


def dialogue_start(text: str, start: int, end: int) -> int:
    """Where the speech of a dialogue line begins, or -1 if ``text[start:end]`` is not one."""
    match = _DASH.match(text, start, end)
    if match is None:
        return -1
    content = match.end()
    if content >= end or text[content] in '«“"‹„':
        return -1
    if is_signature(text[content:end]) or _signs_quote_above(text, start, content, end):
        return -1
    return content


def _signs_quote_above(text: str, start: int, content: int, end: int) -> bool:
    """A short line under a paragraph that closes a quotation, with no sentence of its own (no
    final stop, no speech verb): the quotation's source signing it, as news print it
    (« … »⏎⏎— Service de presse du salon), not a dialogue turn."""
    above = text[:start].rstrip(" \t\u00a0\u202f\n")
    if not above.endswith(_CLOSERS):
        return False
    line = text[content:end].strip()
    words = _WORD.findall(line)
    parts = _LETTERS.findall(line.lower())  # "dit-elle" is "dit" and "elle"
    named = (
        any(w[:1].isupper() for w in words[1:])  # « Société Dark Star »
        or any(p in {"de", "du", "des", "d"} for p in parts)  # « Service de presse du salon »
        # « Stéphanie, témoin »
        or (len(words) > 1 and is_written_given_name(words[0]) and _role_after_comma(line))
    )
    return (
        2 <= len(words) <= _SIGNATURE_LINE_WORDS
        and named  # a name or a noun with its complement, not « — Mais non »
        and line[:1].isupper()
        and not line.endswith((".", "!", "?", "…"))
        and not any(mark in line for mark in "«»“”:;")
        and not any(p in SPEECH_VERB_FORMS or p in _SUBJECT_WORDS or p in FIRST_SECOND_PERSON for p in parts)
    )


def dialogue_turns(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """The turns of the dialogue line whose speech is ``text[start:end]``: ``(dash, start, end)``.

    ``dash`` is the offset of the dash that opens the turn (the line's own dash for the first).
    """
    turns: list[tuple[int, int, int]] = []
    for turn_start, turn_end in split_turns(text, start, end):
        dash = turn_start
        while dash > 0 and text[dash - 1] in INNER_PADDING:
            dash -= 1
        dash -= 1
        while dash > 0 and text[dash - 1] == "-":  # the first hyphen of a "--" dash
            dash -= 1
        turns.append((max(dash, 0), turn_start, turn_end))
    return turns
