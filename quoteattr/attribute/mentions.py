"""The noun phrases that attribution rules find as sources, before resolution.

A rule (:mod:`quoteattr.attribute.rules`) finds, for a quote, the words that name its source
in the sentence ("le secrétaire d'État américain Antony Blinken", "il", "le communiqué");
the resolver (:mod:`quoteattr.attribute.resolve`) turns that :class:`Mention` into the
canonical name the document gives.
"""

from __future__ import annotations

import enum

import attrs

from quoteattr.model import Span

__all__ = ["Mention", "MentionKind"]


class MentionKind(str, enum.Enum):
    NAME = "name"  # contains a proper noun: "Blinken", "le Conseil de sécurité arménien"
    PRONOUN = "pronoun"  # "il", "elle", "ils", the "-t-il" of an inversion
    DESCRIPTION = "description"  # a common-noun phrase: "le haut diplomate américain", "le ministre"
    DOCUMENT = "document"  # a statement: "un communiqué publié par le conseil", "la déclaration"
    IMPERSONAL = "impersonal"  # the "on" of "lit-on": the source is the document named next to it


@attrs.frozen
class Mention:
    """A source as written in the text.

    ``span`` covers the whole noun phrase (titles, apposition, conjuncts), in the original text;
    ``head`` the head word. ``sentence`` indexes :attr:`ParsedDoc.sentences` and ``words`` are the
    phrase's word indices in that sentence (empty for a mention found without a parse).
    ``conjuncts`` holds the spans of each source when several are joined ("Aliev et Pachinian").
    """

    span: Span
    head: Span
    kind: MentionKind
    sentence: int = -1
    words: tuple[int, ...] = ()
    conjuncts: tuple[Span, ...] = ()
