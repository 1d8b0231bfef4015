"""Possessives: « son avocat », « sa famille », « dont l'avocat », named after their owner;
« son homologue », the owner's other party.

The owner is the one the possessive's pronoun stands for, the subject opening the sentence of a
closing tag, a singular collective (« la famille ») or the antecedent of « dont »; the source is
then written as the text would write it in full (« avocat de Paul Roux »). A counterpart (« son
homologue », « son adversaire ») is the nearest other person, never the owner.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import attrs
import regex

from quoteattr.attribute.entities import Occurrence
from quoteattr.attribute.entities.context import PREPOSITIONS
from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.names import Token, fold, has_name, tokenize
from quoteattr.attribute.resolve_base import _Resolved, _ResolverBase
from quoteattr.attribute.resolve_rules import clean_phrase, fuller_description
from quoteattr.attribute.resolve_score import counterpart_person, has_specific_role
from quoteattr.attribute.resolve_text import (
    _ELIDING,
    _OWNED_GROUPS,
    _OWNER_POSSESSIVES,
    _TO_APPOSED_NAME,
    _of,
)
from quoteattr.attribute.vet import head_noun
from quoteattr.lang.fr.press import ACCOUNT_NOUNS
from quoteattr.lang.fr.roles import (
    CHAIR_ROLES,
    COUNTERPART_NOUNS,
    KINDRED_ORGANISATIONS,
    ORGANISATION_NOUNS,
    SINGULAR_GROUPS,
    role_of,
)
from quoteattr.lang.fr.titles import DEFINITE_ARTICLES, DETERMINERS
from quoteattr.model import ResolvedBy, Span

#: A fronted source phrase up to its possessive, opening a sentence: « Selon », « D'après »,
#: « Pour », a linking word before them (« Et selon », « Et, selon », « Mais pour »).
_FRONTED_SOURCE = regex.compile(
    r"[\s\u00a0]*(?i:(?:et|mais),?[\s\u00a0]+)?(?i:selon|d['’][\s\u00a0]?après|pour)[\s\u00a0]+"
)
#: What may stand between that phrase's comma and the name of the subject: an article and a
#: title in small letters (« le président », « la ministre de la Culture »), or nothing.
_TITLE_BEFORE = regex.compile(r"[\s\u00a0]*(?:(?:le|la|l['’])[\s\u00a0]*[\p{Ll}'’ \u00a0-]+)?")
#: The word right after a name, in small letters (no comma, no capital between).
_NEXT_WORD = regex.compile(r"[ \u00a0]+(\p{Ll}[\p{Ll}'’-]*)")
#: How far the comma closing such a phrase, and the subject after it, may be.
_FRONTED_REACH = 60


class _Possessives(_ResolverBase):
    """The possessive steps of :class:`~quoteattr.attribute.resolve.Resolver`."""

    def _owned(self, mention: Mention, limit: int) -> _Resolved | None:
        """ "sa famille", "son avocat": the relatives or the role of the person the possessive
        stands for, named as the text would write it in full ("famille d'Ousmane Sow"). ``None``
        for any other phrase, or when the owner is no named person."""
        tokens = tokenize(mention.span.text_in(self._text))
        if len(tokens) == 3 and tokens[0].lower == "dont" and tokens[1].lower in DEFINITE_ARTICLES:
            return self._owned_by_antecedent(mention, tokens[2].text, limit)
        if len(tokens) != 2 or tokens[0].lower not in _OWNER_POSSESSIVES:
            return None
        noun = tokens[1].text
        one = tokens[0].lower != "ses" and role_of(noun.lower()) is not None  # not "une de ses tantes"
        if not one and noun.lower() not in _OWNED_GROUPS:
            return None
        # a tag after the words it reports: after the quote (``limit`` before the mention), or
        # after an unmarked clause, whose source is resolved from its own place
        opener = self._sentence_opener(mention.span) if mention.span.start >= limit else None
        # « D'après son entourage, la présidente Anne Morel a tranché … »: the subject after it
        opener = opener or self._subject_after_source(mention.span)
        if opener is not None:  # « Le président, qui …, « se réjouit » …, a fait savoir son entourage »
            kind = "group" if noun.lower() in _OWNED_GROUPS else "described"
            return _Resolved(name=f"{noun.lower()} {_of(opener)}", kind=kind, by=ResolvedBy.ANTECEDENT)
        owner_span = self._possessive_span(mention, tokens)
        kind = "group" if noun.lower() in _OWNED_GROUPS else "described"
        collective = self._collective_owner(owner_span, limit) if one else None
        if collective is not None:  # « La famille a porté plainte. Pour son avocat, … »
            return _Resolved(name=f"{noun.lower()} {collective}", kind=kind, by=ResolvedBy.ANTECEDENT)
        if fold(noun) in CHAIR_ROLES:
            return self._chair_of(owner_span, noun, limit)
        owner = self._pronoun(Mention(owner_span, owner_span, MentionKind.PRONOUN), limit, person=True)
        if owner.by is ResolvedBy.WORDS or owner.kind not in {"person", "described"}:
            return None  # a family, a lawyer, relatives are a person's: not "famille d'AFP"
        return _Resolved(name=f"{noun.lower()} {_of(owner.name)}", kind=kind, by=ResolvedBy.ANTECEDENT)

    def _chair_of(self, owner_span: Span, noun: str, limit: int) -> _Resolved | None:
        """« son président »: the one who chairs the body the possessive stands for
        (« L'Autorité de sûreté a rendu son avis. Son président a rappelé … » → « président de
        l'Autorité de sûreté »). A body has a president, a person none: ``None`` when the
        possessive takes up no body, never a person named before."""
        owner = self._pronoun(Mention(owner_span, owner_span, MentionKind.PRONOUN), limit)
        if owner.by is ResolvedBy.WORDS or owner.kind != "organisation" or not owner.name:
            return None
        return _Resolved(name=f"{noun.lower()} {_of(owner.name)}", kind="described", by=ResolvedBy.ANTECEDENT)

    def _account_owner(self, span: Span, limit: int) -> _Resolved | None:
        """« « … », peut-on lire sur son compte X »: what is posted on one's own account, page or
        blog (:data:`ACCOUNT_NOUNS`) is its owner's, the one the possessive stands for, as « il »
        would take them up there (a person or a body), never the platform the account is on.
        ``None`` for any other phrase, or when the owner is no one named."""
        tokens = tokenize(span.text_in(self._text))
        if (
            len(tokens) < 2
            or tokens[0].lower not in _OWNER_POSSESSIVES
            or tokens[1].lower not in ACCOUNT_NOUNS
        ):
            return None
        owner_span = self._possessive_span(Mention(span, span, MentionKind.DOCUMENT), tokens)
        owner = self._pronoun(Mention(owner_span, owner_span, MentionKind.PRONOUN), limit)
        if owner.by is ResolvedBy.WORDS or owner.kind not in {"person", "organisation", "described"}:
            return None
        return owner

    def _owned_body(self, mention: Mention, limit: int) -> _Resolved | None:
        """« son syndicat », « son parti »: the body of that kind that the title of the person the
        possessive stands for names (« Paul Roux, président du syndicat de généralistes SN Santé,
        a évoqué … « … », selon son syndicat » → SN Santé), a name after the noun or one of its
        kind (« présidente du Rassemblement des Verts » for « son parti »). ``None`` for any other
        phrase, when the owner is no named person, or when their titles name no such body, or
        two."""
        tokens = tokenize(mention.span.text_in(self._text))
        if len(tokens) != 2 or tokens[0].lower not in {"son", "sa"}:
            return None
        noun = tokens[1].lower
        if noun not in ORGANISATION_NOUNS:
            return None
        owner_span = self._possessive_span(mention, tokens)
        owner = self._pronoun(Mention(owner_span, owner_span, MentionKind.PRONOUN), limit, person=True)
        if owner.by is ResolvedBy.WORDS or owner.kind != "person" or not owner.name:
            return None
        kin = {fold(n) for n in KINDRED_ORGANISATIONS.get(noun, frozenset({noun}))} | {fold(noun)}
        bodies: dict[str, str] = {}
        for occurrence in self._index.preceding(limit):
            if occurrence.kind != "person" or not occurrence.title:
                continue
            if self._from_occurrence(occurrence, limit).name != owner.name:
                continue
            for body in self._bodies_in_title(occurrence, kin):
                bodies.setdefault(fold(body), body)
        if len(bodies) != 1:
            return None
        (name,) = bodies.values()
        return _Resolved(name=name, kind="organisation", by=ResolvedBy.ORGANISATION)

    def _bodies_in_title(self, person: Occurrence, kin: set[str]) -> list[str]:
        """The names of the bodies a person's title, where the text writes it beside the name,
        names after a noun of ``kin`` (« syndicat de généralistes SN Santé » → SN Santé) or
        opening on one (« Rassemblement des Verts »)."""
        title = person.title or ""
        near = max(0, person.span.start - len(title) - 40)
        start = self._text.find(title, near, person.span.end + len(title) + 40)
        if start < 0:
            return []
        span = Span(start, start + len(title), source=self._text)
        found: list[str] = []
        for body in self._index.within(span):
            # the index may type a body's name after a role as a person (« SN Santé »): within
            # the title, after a noun of its kind, it is that body whatever its type
            if body.kind not in {"organisation", "name", "complement", "person"} or not has_name(body.name):
                continue
            before = [fold(t.text) for t in tokenize(self._text[start : body.span.start])]
            own = [fold(t) for t in body.tokens[:1]]
            if any(word in kin for word in before + own):
                found.append(body.name)
        return found

    def _counterpart(self, mention: Mention, limit: int, gender: str) -> _Resolved | None:
        """« son homologue », « son adversaire » (:data:`COUNTERPART_NOUNS`): the other party of the
        person the possessive stands for (:func:`counterpart_person`), never that person, though
        the text may have titled them so (« Rui Roux a reçu son homologue irlandais, Ciarán
        Whelan. … M. Whelan a reconnu … Son homologue s'est montré plus optimiste » is Rui Roux).
        ``None`` for any other phrase, or when the owner or no other person is found."""
        tokens = tokenize(mention.span.text_in(self._text))
        if len(tokens) != 2 or tokens[0].lower not in {"son", "sa"}:
            return None
        if tokens[1].lower not in COUNTERPART_NOUNS:
            return None
        owner_span = self._possessive_span(mention, tokens)
        owner = self._pronoun(Mention(owner_span, owner_span, MentionKind.PRONOUN), limit, person=True)
        if owner.by is ResolvedBy.WORDS or owner.kind != "person" or owner.name is None:
            return None
        other = counterpart_person(self._index, mention.span.start, owner.name, gender)
        if other is None:
            return None
        return attrs.evolve(self._from_occurrence(other, limit), by=ResolvedBy.ROLE)

    def _possessive_span(self, mention: Mention, tokens: Sequence[Token]) -> Span:
        """Where the possessive opening ``mention`` (its first token) stands in the text."""
        return Span(
            mention.span.start + tokens[0].start, mention.span.start + tokens[0].end, source=self._text
        )

    def _collective_owner(self, owner: Span, limit: int) -> str | None:
        """« de la famille de Weiming Zhao » when a possessive stands for a singular collective
        (:data:`SINGULAR_GROUPS`: « la famille », « l'entourage », « la défense ») that « il » /
        « elle » would stand for there, as the text names it most fully; else ``None``. A role is
        a collective's as well as a person's: « La famille compte saisir la justice. Pour son
        avocat, … » is the family's lawyer, not the victim's."""
        found = self._pronoun(Mention(owner, owner, MentionKind.PRONOUN), limit)
        head = head_noun(found.name or "") or ""
        if found.kind != "group" or head not in SINGULAR_GROUPS:
            return None
        name = fuller_description(self._text, f"sa {head}") or (found.name or head)
        if name[:1].lower() in _ELIDING:
            return "de l'" + name
        return ("de la " if SINGULAR_GROUPS[head] == "f" else "du ") + name

    def _sentence_opener(self, span: Span) -> str | None:
        """The person (a name or a role description) that opens the sentence of ``span`` as its
        subject, as it should be written after « de », or ``None``: a possessive in a tag closing a
        sentence (« Le président du conseil régional, qui n'a pas pris part au débat, « se réjouit »
        de l'issue du vote, a fait savoir son entourage ») is that subject's, the one whose words
        the sentence reports, not someone named before it."""
        start = self._index.sentence_start(span.start)
        found = list(itertools.islice(self._index.within(Span(start, span.start)), 4))
        if not found or self._text[start : found[0].span.start].strip() or not found[0].subject:
            return None
        first = found[0]
        if first.kind == "description":  # « Le maire de Lyon, Paul Roux, »: the name apposed
            for later in found[1:]:
                if later.kind == "person":
                    if _TO_APPOSED_NAME.fullmatch(self._text, first.span.end, later.span.start):
                        first = later
                    break
                if later.kind not in {"complement", "place"}:
                    break
        if first.kind == "person":
            return self._from_occurrence(first, span.start).name
        if first.kind == "description" and has_specific_role(first.name):
            return clean_phrase(self._description_words(first))
        return None

    def _subject_after_source(self, span: Span) -> str | None:
        """The person named as the subject right after a fronted source phrase that opens its
        sentence on a possessive (« D'après son entourage, la présidente Anne Morel a tranché … »,
        « Selon ses proches, Paul Roux … »): French names the possessor after it, the one
        whose circle speaks of them; ``None`` when no such phrase holds ``span``, or no named
        person opens the clause after its comma."""
        start = self._index.sentence_start(span.start)
        if _FRONTED_SOURCE.fullmatch(self._text, start, span.start) is None:
            return None
        comma = self._text.find(",", span.end, span.end + _FRONTED_REACH)
        if comma < 0:
            return None
        found = list(itertools.islice(self._index.within(Span(comma + 1, comma + 1 + _FRONTED_REACH)), 3))
        if not found or _TITLE_BEFORE.fullmatch(self._text, comma + 1, found[0].span.start) is None:
            return None
        first = found[0]
        if first.kind == "description" and len(found) > 1 and found[1].kind == "person":
            between = self._text[first.span.end : found[1].span.start]
            if not between.strip() or _TO_APPOSED_NAME.fullmatch(between):
                first = found[1]  # « le président Paul Roux », « le maire, Paul Roux, »
        if first.kind != "person":
            return None
        # the subject's verb right after the name (« Anne Morel ne se représentera pas »); a
        # comma or a preposition makes it the phrase's apposed name (« Selon son avocat, Pierre
        # Martin, au micro de RTL, … »: the lawyer)
        after = _NEXT_WORD.match(self._text, first.span.end)
        if after is None or after.group(1).lower() in PREPOSITIONS | DETERMINERS.keys():
            return None
        return self._from_occurrence(first, span.start).name

    def _owned_by_antecedent(self, mention: Mention, noun: str, limit: int) -> _Resolved | None:
        """« Paul Roux, dont l'avocat a affirmé … »: « dont » stands for the phrase before its
        comma, so the source is that one's lawyer (« avocat de Paul Roux »), as « son avocat » is;
        ``None`` when no named person or body stands there, or the noun is no role or group."""
        group = noun.lower() in _OWNED_GROUPS
        if not group and role_of(noun.lower()) is None:
            return None
        before = self._text[: mention.span.start].rstrip()
        if not before.endswith(","):
            return None
        end = len(before[:-1].rstrip())
        owner = next((o for o in self._index.preceding(mention.span.start) if o.span.end == end), None)
        if owner is None or owner.kind not in {"person", "name", "organisation"}:
            return None
        name = self._from_occurrence(owner, limit).name
        kind = "group" if group else "described"
        return _Resolved(name=f"{noun.lower()} {_of(name)}", kind=kind, by=ResolvedBy.ANTECEDENT)
