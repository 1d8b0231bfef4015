"""A surface scan for sentences that may hold indirect speech, so only those are parsed.

No parser, no model: a sentence is kept when one of its words is a form of a clause-taking speech
verb (:data:`quoteattr.lang.fr.indirect.CLAUSE_VERBS`, forms read by
:func:`quoteattr.lang.fr.verbs.lemma_of`), a clause-taking speech noun, or when it holds a
source preposition or locution (:data:`quoteattr.lang.fr.indirect.SURFACE_CUE`: *selon*,
*d'après*, *pour X,* …). It errs on the side of keeping: a kept sentence that holds no reported
clause costs a parse, a missed one costs a quote.

>>> may_report("Le ministre a déclaré que le projet serait abandonné.")
True
>>> may_report("Selon la police, trois personnes ont été blessées.")
True
>>> may_report("Le match a eu lieu dimanche à Lyon.")
False
"""

from __future__ import annotations

import functools

import regex

from quoteattr.lang.fr.indirect import CLAUSE_NOUNS, CLAUSE_VERBS, SURFACE_CUE
from quoteattr.lang.fr.verbs import lemma_of

__all__ = ["may_report", "speech_form"]

_STEM_CHANGES: tuple[tuple[str, str], ...] = (("ell", "el"), ("ett", "et"), ("è", "é"), ("è", "e"))
#: How far after a speech form (characters) its reported words may open.
_LOOKAHEAD = 60
#: What opens reported words: a subordinator, de/à, or a word shaped like an infinitive.
_OPENER = regex.compile(
    r"\b(?:que|qu['’]|si|s['’]ils?|comment|pourquoi|de|d['’]|à)(?:\b|(?<=['’]))|\b\p{L}+(?:er|ir|re|oir)\b",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"\p{Ll}[\p{L}]+")


@functools.lru_cache(maxsize=1 << 16)
def speech_form(word: str) -> bool:
    """Whether the lowercase ``word`` is a form of a clause-taking speech verb or noun.

    >>> speech_form("affirmant"), speech_form("annonce"), speech_form("maison")
    (True, True, False)
    """
    if word in CLAUSE_NOUNS or lemma_of(word, word) in CLAUSE_VERBS:
        return True
    # stems that change in the present: rappelle → rappeler, révèle → révéler, achète → acheter
    for ending, replaced in _STEM_CHANGES:
        if ending in word:
            variant = word.replace(ending, replaced, 1)
            if lemma_of(variant, variant) in CLAUSE_VERBS:
                return True
    return False


def may_report(sentence: str) -> bool:
    """Whether ``sentence`` may hold indirect speech (see the module docstring).

    A speech form counts when something can follow it as reported words (a *que* / *si* / *de* /
    *à* or an infinitive-shaped word within a few words), or when a comma comes before it (an
    incise: « …, a-t-il dit »): « Rien à signaler. » is no report.

    >>> may_report("Rien à signaler."), may_report("Il a indiqué avoir publié une mise à jour.")
    (False, True)
    """
    if SURFACE_CUE.search(sentence) is not None:
        return True
    for match in _WORD.finditer(sentence):
        if not speech_form(match.group()):
            continue
        after = sentence[match.end() : match.end() + _LOOKAHEAD]
        if _OPENER.search(after) is not None or "," in sentence[: match.start()]:
            return True
    return False
