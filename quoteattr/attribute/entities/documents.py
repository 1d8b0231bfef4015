"""Who issued a statement: "un communiqué publié par le conseil", "selon un rapport de l'ONU"."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from quoteattr.attribute.entities.occurrence import Occurrence, joined_pair
from quoteattr.attribute.names import (
    Token,
)
from quoteattr.lang.fr.verbs import conjugated_speech_form

__all__ = [
    "find_issuer",
]

_PUBLISHED = regex.compile(
    r"\b(?:publi|diffus|adress|envoy|rend|sign|post|émi|émet|lu|li)\w*", regex.IGNORECASE
)


#: A relative pronoun opening what follows a comma (« …, qui appelle … »).
_RELATIVE_AFTER = regex.compile(r"[ \u00a0]*(?:qui|dont|où)\b", regex.IGNORECASE)
#: A means preposition and the document's determiner between an issuer and its document (« la
#: préfecture *dans un* communiqué »).
_MEANS_GAP = regex.compile(r"[ \u00a0]+(?:dans|par)[ \u00a0]+\p{L}+[ \u00a0]*", regex.IGNORECASE)

#: Participles whose agent got, read or passed on a document, not issued it: « un communiqué
#: reçu par l'AFP », « une note consultée par Le Monde », « un rapport cité par la presse ».
_RECEIVED = regex.compile(
    r"\b(?:re[çc]u|obtenu|consult[ée]|cit[ée]|relay[ée]|repris|r[ée]v[ée]l[ée]|d[ée]voil[ée])\w*",
    regex.IGNORECASE,
)

#: Participles of putting a statement out, whose agent may be a medium, not its author: « publié
#: par l'agence X », « diffusé par la télévision », « relayé par le site ».
_PUT_OUT = regex.compile(r"\b(?:publi|diffus|relay)\w*", regex.IGNORECASE)

#: What may stand between a document noun and its issuer: "communiqué du conseil", "communiqué
#: publié par le conseil", "déclaration commune de".
_ISSUED_BY = regex.compile(
    r"[ \u00a0]*(?:[\p{L}-]+[ \u00a0]+){0,2}?(?:de|du|des|d['’]|par)"
    r"(?:[ \u00a0]+(?:la|le|les|l['’]))?[ \u00a0]*|[ \u00a0]*(?:de[ \u00a0]+)?l['’][ \u00a0]*"
)


def find_issuer(
    text: str,
    token: Token,
    named: Sequence[Occurrence],
    named_starts: Sequence[int],
    sentence_start: int,
    sentence_end: int,
    *,
    fronted: bool = False,
) -> Occurrence | None:
    """Who issued the document named at ``token``: "du conseil", "publié par X", "…, X a dit".

    ``fronted``: the document is the means of a fronted phrase (« Dans un communiqué, … »), so
    the subject after its comma is its issuer, unless a relative opens what follows: in « a
    annoncé la préfecture dans un communiqué, qui appelle la population à … » the phrase is not
    fronted and the name right before it, the inverted subject, issued it. Any other document's
    comma opens no such clause:
    « Selon le rapport, la sensibilisation des enfants progresse » is what the report says (not
    the children's), « Le document de 42 pages décrit …, qui …. Les trois voitures … »
    is the document's own sentence.
    """
    window_end = min(sentence_end, token.end + 80)
    i = bisect.bisect_left(named_starts, token.end)
    after = named[i : bisect.bisect_left(named_starts, sentence_end, lo=i)]  # never past the sentence
    for occurrence in after:
        if occurrence.span.start >= window_end:
            break
        between = text[token.end : occurrence.span.start]
        if regex.search(r"[,;:.]", between):
            break
        if _ISSUED_BY.fullmatch(between) and not _RECEIVED.search(between):
            if _PUT_OUT.search(between) and _said_by_means(text[sentence_start : token.start]):
                # « a-t-il précisé dans une déclaration diffusée par l'agence X »: the statement
                # is the means of a speech verb, whose subject issued it; the agency put it out
                break
            return occurrence
    # "Dans un communiqué …, X a déclaré": the subject after the comma
    comma = text.find(",", token.end, sentence_end) if fronted else -1
    if comma >= 0 and _RELATIVE_AFTER.match(text, comma + 1):
        right_before = [o for o in named if o.span.end <= token.start and o.span.start >= sentence_start]
        if right_before and _MEANS_GAP.fullmatch(text, right_before[-1].span.end, token.start):
            return right_before[-1]
        comma = -1
    if comma >= 0:
        for occurrence in after:
            if occurrence.span.start > comma and occurrence.subject:
                return occurrence
    # "X a publié un communiqué": the subject before, in the same sentence
    j = bisect.bisect_left(named_starts, token.start)
    for k in range(j - 1, -1, -1):
        occurrence = named[k]
        if occurrence.span.start < sentence_start:
            break
        between = text[occurrence.span.end : token.start]
        published = _PUBLISHED.search(between) is not None or _said_by_means(between)
        if occurrence.subject and published and not regex.search(r"[«»“”]", between):
            # « X et Y ont annoncé par communiqué »: both, whichever of them the index read as
            # the subject
            following = named[k + 1] if k + 1 < j else None
            previous = named[k - 1] if k > 0 and named[k - 1].span.start >= sentence_start else None
            if following is not None and _JOINED.fullmatch(text, occurrence.span.end, following.span.start):
                return joined_pair(text, occurrence, following)
            if previous is not None and _JOINED.fullmatch(text, previous.span.end, occurrence.span.start):
                return joined_pair(text, previous, occurrence)
            return occurrence
    return None


#: « et » between two names, with spaces.
_JOINED = regex.compile(r"[ \u00a0]+et[ \u00a0]+")


#: A speech verb, then the means a statement was made by, up to the statement's noun: « ont
#: annoncé par communiqué », « a indiqué dans un communiqué ».
_BY_MEANS = regex.compile(r"(?i)(\p{L}+)[ \u00a0]+(?:par|dans[ \u00a0]+\p{L}+)[ \u00a0]*$")


def _said_by_means(between: str) -> bool:
    """Whether ``between``, the words from a subject to a statement's noun, ends on a speech verb
    and the means it was said by (:data:`_BY_MEANS`): the subject issued the statement."""
    found = _BY_MEANS.search(between)
    return found is not None and conjugated_speech_form(found.group(1).lower())
