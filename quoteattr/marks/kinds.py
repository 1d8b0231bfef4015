"""A first guess at a quote's kind from its surface; the attribution stage refines it with the parse.

- a full sentence, with its own capital and end punctuation, or a longer stretch that opens with a
  capital or speaks in the first or second person (*nous étudions*, *vous pouvez*) →
  :attr:`QuoteKind.DIRECT`;
- a short phrase with no end punctuation and no sign of a verb → :attr:`QuoteKind.TERM` candidate,
  unless it carries the marks of speech: an exclamation or a question inside (« Oh ! la sotte »),
  which a label rarely has;
- anything else → :attr:`QuoteKind.PARTIAL`.
"""

from __future__ import annotations

import re
from typing import Final

from quoteattr.model import QuoteKind

__all__ = ["guess_kind"]

_TERM_MAX_WORDS: Final = 4
"""A label in quotes ("loi travail", "gilets jaunes") is rarely longer than this."""
_SENTENCE_END: Final = re.compile(r"[.!?…]+[\s»”’\"›)\]]*$")
_WORD: Final = re.compile(r"\w+(?:[-'’]\w+)*")
_PRONOUN_SUBJECT: Final = re.compile(r"\b(?:je|j'|j’|tu|il|elle|on|nous|vous|ils|elles)\b", re.IGNORECASE)
_SPEAKER_PRONOUN: Final = re.compile(r"(?:^|\s)(?:je|j'|j’|tu|nous|vous)\b", re.IGNORECASE)
_SPOKEN: Final = re.compile(r"[!?]")
"""An exclamation or a question inside the marks: speech, not a label."""
_DIRECT_MIN_WORDS: Final = 5
"""A quote this long that opens with a capital or says je/nous/vous is a whole utterance, not a fragment."""


def guess_kind(content: str) -> QuoteKind:
    """The kind a quote with this content most likely has, judged from the surface alone.

    >>> guess_kind("Nous sommes prêts.")
    <QuoteKind.DIRECT: 'direct'>
    >>> guess_kind("gilets jaunes")
    <QuoteKind.TERM: 'term'>
    """
    stripped = content.strip()
    if not stripped:
        return QuoteKind.PARTIAL
    first = stripped.lstrip("«“‘‹„\"'(—–- \u00a0\u202f")[:1]
    words = _WORD.findall(stripped)
    if first.isupper() and _SENTENCE_END.search(stripped):
        return QuoteKind.DIRECT
    if len(words) >= _DIRECT_MIN_WORDS and (first.isupper() or _SPEAKER_PRONOUN.search(stripped)):
        return QuoteKind.DIRECT
    if (
        len(words) <= _TERM_MAX_WORDS
        and not _SENTENCE_END.search(stripped)
        and not _PRONOUN_SUBJECT.search(stripped)
        and not _SPOKEN.search(stripped)
    ):
        return QuoteKind.TERM
    return QuoteKind.PARTIAL
