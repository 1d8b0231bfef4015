"""The state the resolver keeps for one document, and the steps all its parts share.

:class:`~quoteattr.attribute.resolve.Resolver` is cut by job into parts, each a class in its own
``resolve_*`` module, over :class:`_ResolverBase`: the document's text, parse and index, the
entities resolved so far and the quotes said, with the few steps every part uses (a name found in
the text resolved, a source taken up, the quote said last, an entity registered). Here too: a
resolution before it is registered (:class:`_Resolved`) and the reaches, in sentences, the parts
look back over. The steps one part calls in another are declared here for the type checker only,
so that each method is defined once, in one part.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from quoteattr.attribute.entities import DocumentIndex, Occurrence, index_document
from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.names import fold
from quoteattr.attribute.resolve_rules import clean_phrase, fuller_description
from quoteattr.attribute.resolve_score import Said, inner_person
from quoteattr.attribute.resolve_text import _ROLE_WITH_COMPLEMENT
from quoteattr.lang.fr.sources import SOURCE_PREPOSITIONS
from quoteattr.model import ResolvedBy, Span
from quoteattr.parse.types import ParsedDoc


@attrs.frozen
class _Resolved:
    """A mention's resolution before it is registered as an entity."""

    name: str
    kind: str
    title: str | None = None
    gender: str = ""
    number: str = "s"
    by: ResolvedBy = ResolvedBy.SPELLED


#: How many sentences back a statement's issuer ("Dans une déclaration, le ministère …") is sought.
_DOCUMENT_REACH = 6
#: How many sentences back a statement named without its issuer is the one a mention refers to.
_BARE_DOCUMENT_REACH = 2
#: How many sentences back the nearest organisation may stand for an unattributed statement.
_ORGANISATION_REACH = 3
#: How many sentences back a pair named under a plural role is taken up (« les deux juges »).
_PAIR_REACH = 3
#: How many sentences (a quote's own sentences count) may lie between a speaker known by a
#: description and the « a-t-il ajouté » that continues them.
_CONTINUED_REACH = 3


#: Entity kinds as :class:`~quoteattr.model.Entity` documents them, from the resolver's own.
#: The kinds of occurrence a resolution keeps as the written words say.
_WRITTEN_KINDS = frozenset({"person", "organisation", "group", "document", "described"})
_ENTITY_KINDS = {"described": "person", "name": "unknown", "place": "unknown", "complement": "unknown"}


def _key(name: str) -> str:
    """One source's key: its name folded, a hyphen read as a space (« Météo France » is
    « Météo-France » written loosely)."""
    return " ".join(fold(name).replace("-", " ").split())


def _word_char(char: str) -> bool:
    """Whether ``char`` (one character or none) goes on a word: a letter, a digit or a hyphen."""
    return bool(char) and (char.isalnum() or char in "-_")


class _ResolverBase:
    """What every part of the resolver reads and writes: the text, its parse and index, and the
    sources resolved so far (names, kinds, mentions, genders, titles, the quotes said)."""

    def __init__(self, text: str, doc: ParsedDoc | None = None) -> None:
        if not isinstance(text, str):
            raise TypeError(f"Resolver needs the document's text as a str, got {type(text).__name__}")
        self._text = text
        self._doc = doc
        self._index: DocumentIndex = index_document(text, doc)
        self._names: list[str] = []
        self._keys: dict[str, int] = {}
        self._kinds: list[str] = []
        self._mentions: list[list[Span]] = []
        self._genders: dict[int, str] = {}
        self._said: list[Said] = []
        # (position, -n) of self._said[n], sorted: the latest before a point by bisection.
        self._said_order: list[tuple[int, int]] = []
        self._mention_sets: list[set[Span]] = []
        self._titles: dict[int, str] = {}
        # the descriptions each source's mentions gave it (« le leader du parti X »), by name
        self._described_as: dict[str, list[str]] = {}
        # the occurrences being resolved, which a resolution leading back to them stops at
        self._resolving: set[Span] = set()

    def _previous_said(self, limit: int) -> Said | None:
        """The quote said last before ``limit`` (the first resolved of those at one position)."""
        return next(self._said_before(limit), None)

    def _said_before(self, limit: int, reach: int | None = None) -> Iterator[Said]:
        """The quotes said before ``limit``, the last first; with ``reach``, only those at most
        that many sentences back."""
        i = bisect.bisect_left(self._said_order, (limit,))
        now = self._index.sentence_of(limit) if reach is not None else 0
        while i:
            i -= 1
            said = self._said[-self._said_order[i][1]]
            if reach is not None and now - self._index.sentence_of(said.position) > reach:
                return
            yield said

    def _from_occurrence(self, occurrence: Occurrence, limit: int, gender: str = "") -> _Resolved:
        """The resolution of a name found in the text (an antecedent of a pronoun of ``gender``).
        An occurrence whose resolution leads back to itself (« L'ONG réclame … », the body's noun
        taken up as the body the text named before, which is that same noun) is kept as written."""
        if occurrence.span in self._resolving:
            kind = occurrence.kind if occurrence.kind in _WRITTEN_KINDS else "unknown"
            return _Resolved(name=clean_phrase(occurrence.name), kind=kind, by=ResolvedBy.WORDS)
        self._resolving.add(occurrence.span)
        try:
            return self._from_occurrence_once(occurrence, limit, gender)
        finally:
            self._resolving.discard(occurrence.span)

    def _from_occurrence_once(self, occurrence: Occurrence, limit: int, gender: str) -> _Resolved:
        if occurrence.kind == "group" and occurrence.members:
            names = [self._from_occurrence(m, limit).name for m in occurrence.members]
            return _Resolved(name=" et ".join(names), kind="group", gender=occurrence.gender, number="p")
        if occurrence.kind == "group":
            # « La famille conteste … Pour elle, … »: the group in the fullest form the text gives
            # it (« famille de Weiming Zhao »)
            name = fuller_description(self._text, occurrence.name) or occurrence.name
            return _Resolved(name=clean_phrase(name), kind="group", number="p")
        if occurrence.kind == "organisation" and not occurrence.from_run:
            return self._name(occurrence.span, max(limit, occurrence.span.end))
        if occurrence.kind == "description":
            span = occurrence.span
            inner = inner_person(self._index, span)
            if inner is not None:  # "Le Ministre de la Défense Antoni Kowalski": the person
                return self._name(inner.span, max(limit, inner.span.end), gender)
            return self._description(Mention(span, span, MentionKind.DESCRIPTION), occurrence.span.start)
        return self._name(occurrence.span, max(limit, occurrence.span.end), gender)

    def _after_source_word(self, span: Span) -> bool:
        """Whether the mention at ``span`` follows « selon » or « d'après » (« selon des témoins »)."""
        before = self._text[max(0, span.start - 10) : span.start].split()
        return bool(before) and before[-1].lower().replace("’", "'") in SOURCE_PREPOSITIONS

    def _taken_up(self, found: Occurrence | Said, limit: int, by: ResolvedBy) -> _Resolved:
        """What a description takes up, found ``by`` one way: a name in the text or a source
        already resolved (the previous quote's speaker)."""
        if isinstance(found, Occurrence):
            return attrs.evolve(self._from_occurrence(found, limit), by=by)
        return _Resolved(name=self._names[found.entity], kind=found.kind, gender=found.gender, by=by)

    def _description_words(self, occurrence: Occurrence) -> str:
        """A role description with its *de* complements, up to the next comma or verb (« le
        président du conseil régional »)."""
        found = _ROLE_WITH_COMPLEMENT.match(self._text, occurrence.span.start)
        return occurrence.name if found is None else found.group()

    # entities -------------------------------------------------------------------------------

    def _hyphenated(self, name: str) -> str:
        """The name as the text also writes it with hyphens between its capitalised words, else
        as it is: French joins the words of a compound name with hyphens, so that spelling is the
        name's own and the other a slip (« Météo France » after « Météo-France a placé … »)."""
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            return name
        joined = "-".join(words)  # a plain search: a pattern per name would crowd regex's cache
        at = self._text.find(joined)
        while at >= 0:
            end = at + len(joined)
            before = self._text[at - 1 : at] if at else ""
            after = self._text[end : end + 1]
            if not _word_char(before) and not _word_char(after):
                return joined
            at = self._text.find(joined, at + 1)
        return name

    def _register(self, resolved: _Resolved, span: Span) -> int:
        key = _key(resolved.name)
        index = self._keys.get(key)
        if index is None:
            index = len(self._names)
            self._keys[key] = index
            self._names.append(self._hyphenated(resolved.name))
            self._kinds.append(_ENTITY_KINDS.get(resolved.kind, resolved.kind))
            self._mentions.append([])
            self._mention_sets.append(set())
            if resolved.gender:
                self._genders[index] = resolved.gender
        elif resolved.name.count("-") > self._names[index].count("-"):
            self._names[index] = resolved.name  # the hyphenated spelling (:meth:`_hyphenated`)
        if resolved.title and index not in self._titles:
            self._titles[index] = resolved.title
        if span not in self._mention_sets[index]:
            self._mention_sets[index].add(span)
            self._mentions[index].append(span)
        return index

    # the steps of other parts that these call, declared for the type checker only: each is
    # defined once, in the class named
    if TYPE_CHECKING:
        # in resolve.Resolver
        def _name(self, span: Span, limit: int, gender: str = "") -> _Resolved: ...
        # in resolve_organisations._Organisations
        def _organisation(
            self, name: str, head: str, limit: int, title: str | None = None, *, brought_in: bool = False
        ) -> _Resolved: ...
        # in resolve_organisations._Organisations
        def _press_taken_up(self, words: str, head: str, limit: int) -> _Resolved | None: ...
        def _body_taken_up(self, words: str, limit: int) -> _Resolved | None: ...
        def _bodies_named_together(self, words: str, limit: int) -> _Resolved | None: ...
        def _team_taken_up(self, words: str, limit: int) -> _Resolved | None: ...
        # in resolve_organisations._Organisations
        def _kindred_description(self, words: str, limit: int) -> _Resolved | None: ...
        # in resolve_organisations._Organisations
        def _office_of_place(self, mention: Mention, head: str) -> _Resolved | None: ...
        # in resolve_organisations._Organisations
        def _unit_of(self, mention: Mention, head: str) -> _Resolved | None: ...
        def _named_right_after(self, mention: Mention) -> _Resolved | None: ...
        # in resolve_pronouns._Pronouns
        def _pronoun(
            self, mention: Mention, limit: int, *, person: bool = False, individual: bool = False
        ) -> _Resolved: ...
        # in resolve_descriptions._Descriptions
        def _description(self, mention: Mention, limit: int) -> _Resolved: ...
        # in resolve_possessives._Possessives
        def _owned(self, mention: Mention, limit: int) -> _Resolved | None: ...
        def _owned_body(self, mention: Mention, limit: int) -> _Resolved | None: ...
        def _account_owner(self, span: Span, limit: int) -> _Resolved | None: ...
        # in resolve_possessives._Possessives
        def _counterpart(self, mention: Mention, limit: int, gender: str) -> _Resolved | None: ...
        # in resolve_documents._Documents
        def _impersonal(self, mention: Mention, limit: int) -> _Resolved: ...
