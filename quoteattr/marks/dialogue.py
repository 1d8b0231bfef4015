"""Dialogue lines: a paragraph that opens with a dash is direct speech up to its end.

« — Oui, dit-il, c'est vrai. » Not dialogue: a dash inside a sentence (a parenthetical – like this –,
the date-line dash of news, "24 mars 2018 . –"), a dash followed by « (the guillemets carry the
quote), and the signature line under a quotation in news ("— Barack Obama, président des
États-Unis"). Several turns on one line ("— Vraiment ? — Oui.") give one quote each.
"""

from __future__ import annotations

import re
from typing import Final

from quoteattr.lang.fr.incises import FIRST_SECOND_PERSON, SPEECH_VERB_FORMS
from quoteattr.lang.fr.marks import DIALOGUE_DASHES, INNER_PADDING
from quoteattr.marks.tags import split_turns

__all__ = ["dialogue_start", "dialogue_turns", "is_signature"]

_SPACE: Final = "[ \u00a0\u202f\t]"
_DASH: Final = re.compile(_SPACE + r"*(?:" + "|".join(map(re.escape, DIALOGUE_DASHES)) + r")" + _SPACE + r"*")
_WORD: Final = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*['’]?")
_SIGNATURE_NAME_WORDS: Final = (2, 4)
"""A signature names its author in two to four capitalised words ("Ban Ki-moon", "Barack Obama")."""
_SUBJECT_WORDS: Final = frozenset(("il", "elle", "ils", "elles", "on", "ce", "c'", "c’", "ça", "cela"))
"""A role under a signature is a noun phrase: a subject pronoun means a sentence, hence speech."""
_SIGNATURE_ROLE_WORDS: Final = 10
"""and gives the author's role in at most this many words ("Président des États-Unis d'Amérique")."""


def is_signature(line: str) -> bool:
    """Whether ``line`` (after its dash) reads as a signature: a name, a comma, a role, no speech.

    >>> is_signature("Barack Obama , Président des États-Unis d'Amérique.")
    True
    >>> is_signature("Monsieur Bouvard, vous êtes là ?")
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
        return False  # "— Toujours Laurence, répondit l'actrice": a speech tag, not a role
    if not all(word[0].isupper() for word in name_words):
        return False
    return not any(
        word.lower() in FIRST_SECOND_PERSON or word.lower() in _SUBJECT_WORDS
        for word in name_words + role_words
    )


def dialogue_start(text: str, start: int, end: int) -> int:
    """Where the speech of a dialogue line begins, or -1 if ``text[start:end]`` is not one."""
    match = _DASH.match(text, start, end)
    if match is None:
        return -1
    content = match.end()
    if content >= end or text[content] in '«“"‹„':
        return -1
    if is_signature(text[content:end]):
        return -1
    return content


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
