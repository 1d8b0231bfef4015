"""Speaker resolution within one document: from a :class:`Mention` to the name the document gives.

The attribution rules find, for each quote, the words that name its source ("Blinken", "le haut
diplomate américain", "il", "le communiqué"); :class:`Resolver` turns them into the source's
fullest name in the document, the role found with it, and an entity shared by every quote of
the same source.

>>> text = (
...     "Le secrétaire d’État américain Antony Blinken était à New York. "
...     "« Nous sommes encouragés », a déclaré Blinken."
... )
>>> from quoteattr.attribute.mentions import Mention, MentionKind
>>> from quoteattr.model import Span
>>> start = text.rindex("Blinken")
>>> span = Span(start, start + 7, source=text)
>>> speaker = Resolver(text).resolve(Mention(span, span, MentionKind.NAME))
>>> speaker.name, speaker.title
('Antony Blinken', 'secrétaire d’État américain')

The rules are written out with their limits in ``docs/resolution.md``.

The resolver is cut by job: this module holds the public class, the dispatch by kind of mention
and names; its other parts are in ``resolve_organisations.py``, ``resolve_pronouns.py``,
``resolve_descriptions.py``, ``resolve_possessives.py``, ``resolve_documents.py``, over the
state and shared steps of ``resolve_base.py``; the surface patterns they read are in
``resolve_text.py``.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

import attrs
import regex

from quoteattr.attribute.entities import DocumentIndex, Occurrence, is_family
from quoteattr.attribute.gender import organisation_member
from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.names import (
    Token,
    fold,
    has_name,
    is_acronym,
    name_matches,
    starts_person_name,
    tokenize,
)
from quoteattr.attribute.resolve_base import _key, _Resolved, _ResolverBase
from quoteattr.attribute.resolve_descriptions import _Descriptions
from quoteattr.attribute.resolve_documents import _Documents
from quoteattr.attribute.resolve_organisations import _Organisations
from quoteattr.attribute.resolve_possessives import _Possessives
from quoteattr.attribute.resolve_pronouns import _Pronouns
from quoteattr.attribute.resolve_rules import (
    clean_phrase,
    parse_name_phrase,
    pronoun_of,
    surname_with_capital_article,
)
from quoteattr.attribute.resolve_score import (
    Said,
    acronym_expansion,
    bracketed_expansion,
    headed_name,
    inner_person,
    org_fullest,
    person_fullest,
)
from quoteattr.attribute.resolve_text import (
    _COMPLEMENT_BEFORE,
    _FROM_MOUTHS,
    _ISSUED_BY,
    _ISSUED_OF,
    _KIN_CIVILITIES,
    _PHRASE_STOP,
    _RELATIVE_GAP,
    _SIGNED_BY,
    _THROUGH_VOICE,
    _agent_words,
    _indefinite,
    _organisation_head,
    _two_parties,
)
from quoteattr.attribute.vet import counted_things, head_noun, is_source
from quoteattr.errors import ConfigurationError
from quoteattr.lang.fr.press import PRESS_TITLES
from quoteattr.lang.fr.roles import COUNTRY_NATIONALITIES, DOCUMENT_NOUNS, INFORMATION_NOUNS, role_of
from quoteattr.lang.fr.titles import DETERMINERS
from quoteattr.model import Entity, ResolvedBy, Span, Speaker

__all__ = ["Resolution", "Resolver"]

#: The participles that make a statement its agent's: published, issued, sent, signed (« le
#: rapport, publié mardi par la Cour des comptes »), not drafted or presented for another body.
_PUBLISHED = regex.compile(r"(?i)(?:publi|diffus|rendu|transm|envoy|sign|communiqu)")
#: The comma that sets off a participle after a noun phrase: « le rapport, publié … ».
_DETACHED = regex.compile(r"[ \u00a0]*,[ \u00a0]*")

#: Brackets closing a name's phrase (« Anne Roux (PS) », « Paul Roux (45 ans) »): after a
#: person's name they hold a party, an age or a place, no part of the name.
_BRACKETS_AT_END = regex.compile(r"[ \t\u00a0\u202f]*\([^()\n]{1,40}\)[ \t\u00a0\u202f]*$")
#: A person named, then « et » and a number of others of their kind, who speak with them: « Marc
#: Dulin et quatre autres élus », « Anne Roux et plusieurs autres maires », « … et ses avocats ».
_SPACE = r"[ \t\u00a0\u202f]+"
_OTHERS_WITH = regex.compile(
    rf"{_SPACE}et{_SPACE}(?P<group>(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+|plusieurs"
    rf"|quelques|d['’]autres){_SPACE}(?:autres{_SPACE})?|(?:ses|leurs){_SPACE})\p{{Ll}}[\p{{L}}'’-]*s\b.*)$"
)

#: Kinds of resolution that name a body, not people (a country speaks for its government).
_BODIES = frozenset({"organisation", "place"})
#: An article right before a word (« la », « les », « l' »).
_ARTICLE_BEFORE = regex.compile(r"(?i)\b(?:le|la|les)\s+\Z|\bl['’]\Z")
#: Kinds of name that may be joined into one source (a country speaks for its government).
_JOINABLE = frozenset({"person", "name", "organisation", "place", "complement"})
#: An apposition closing a phrase after its names: a comma, an article, a description in small
#: letters (« …, le distributeur d'électricité »).
_APPOSED_TAIL = regex.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:le|la|les|l['’]|un|une|des)[ \u00a0]*\p{Ll}[^,;:.!?«»]*"
)
#: Between two joined names: a comma or « et », and the next one's article (« et les États-Unis »).
_NAME_JOIN = regex.compile(
    rf"(?i)[ \t\u00a0\u202f]*(?:,|et)[ \t\u00a0\u202f]*(?:(?:le|la|les){_SPACE}|l['’])?"
)
_LAST_JOIN = regex.compile(rf"(?i)[ \t\u00a0\u202f]*et{_SPACE}(?:(?:le|la|les){_SPACE}|l['’])?")
#: What may open a phrase before its joined names: an article, then lower-case nouns and
#: adjectives (« les médias locaux »), never a preposition's complement.
_PHRASE_BEFORE_NAMES = regex.compile(
    rf"(?i)(?:(?:le|la|les|l['’]|un|une|des){_SPACE}?)?(?:(?!(?:de|du|des|d|à|au|aux|par|pour|chez|avec|et)\b)"
    rf"\p{{Ll}}[\p{{Ll}}-]*{_SPACE})*"
)
_CLOSING = ' \t\u00a0\u202f,.;:)»”"'
#: A comma right before a name that closes the words before it.
_COMMA_BEFORE = regex.compile(r",[ \t\u00a0\u202f]*\Z")


def _without_civility(occurrence: Occurrence) -> str:
    """A full name as the text gives it, less the civility before it (« Me Paul Roux » is Paul
    Roux); kept before a surname alone, which it is part of the way the text names them (« Mme de
    Valbrun »)."""
    civility = occurrence.civility
    if civility is None or not occurrence.name.startswith(civility):
        return occurrence.name
    rest = occurrence.name[len(civility) :].lstrip(". \u00a0\u202f")
    words = rest.split()
    return rest if len(words) > 1 and words[0][:1].isupper() else occurrence.name


@attrs.frozen
class Resolution:
    """A mention's speaker and how sure the resolution is (1 for a name the mention spells out,
    less for a pronoun's antecedent or the person an article is about)."""

    speaker: Speaker
    certainty: float = 1.0


#: How sure each way of finding a name is: the share of right names it gave on the documents the
#: rules were studied on (WiNER-dev, WiNER-train ``tune``, fr-litbank-dev; ``quoteattr evaluate``
#: prints it as "speaker by resolved_by"), rounded down, a name the mention spells out being 1.
#: A quote's confidence is its rule's times this.
CERTAINTY: dict[ResolvedBy, float] = {
    ResolvedBy.SPELLED: 1.0,
    # 56 of 62; an incise's pronoun taken to the previous speaker was right 142 times in 150 on
    # the pages read in the 48th round, under the 95 % that confidence 0.8 stands for (0.95 × 0.84)
    ResolvedBy.PREVIOUS_SPEAKER: 0.84,
    ResolvedBy.ROLE: 0.8,  # 56 of 56 on the invented news, but 14 of 19 on unseen web news
    ResolvedBy.ISSUER: 0.84,  # 8 of 11 from an incise or a colon on the pages read in the 48th round
    ResolvedBy.ORGANISATION: 0.7,  # 7 of 10 (« le groupe » → Airbus, « la coalition » → …)
    ResolvedBy.ANTECEDENT: 0.75,  # 135 of 178
    ResolvedBy.WORDS: 0.7,  # 130 of 156, but 14 of 25 in news (tune)
    ResolvedBy.SOLE_PERSON: 0.7,
    ResolvedBy.SALIENT: 0.7,
}


def _named_after_article(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` are an article and a name in capitals only (« La FNSU », « la Norvège »):
    a body's or a country's name, never a title, which has a noun in small letters (« la
    présidente du syndicat »)."""
    return (
        len(tokens) > 1
        and tokens[0].lower in DETERMINERS
        and all(t.text[:1].isupper() and role_of(t.text) is None for t in tokens[1:])
    )


class Resolver(_Documents, _Descriptions, _Possessives, _Pronouns, _Organisations, _ResolverBase):
    """Resolves the source mentions of one document to the names the document gives.

    ``text`` is the caller's whole original text; ``doc`` the parse of (some of) its sentences
    in the same offsets, or ``None``. The document's names are indexed once, here; each call to
    :meth:`resolve` then registers the source it finds in :meth:`entities`. Never raises on
    messy input: a mention nothing can resolve keeps its own words as the name.
    """

    # public API -----------------------------------------------------------------------------

    def resolve(self, mention: Mention, *, before: int | None = None) -> Speaker:
        """The speaker ``mention`` stands for; ``before`` is the quote's offset (antecedents precede it).

        Raises :class:`~quoteattr.errors.ConfigurationError` for a mention that does not lie in
        the text this resolver was built on.
        """
        return self.resolution(mention, before=before).speaker

    def resolution(
        self,
        mention: Mention,
        *,
        before: int | None = None,
        individual: bool = False,
        until: int | None = None,
    ) -> Resolution:
        """:meth:`resolve` with the certainty of the resolution. A mention that resolves to no
        possible source (:func:`~quoteattr.attribute.vet.is_source`) gets a speaker without a
        name, which is not registered. ``individual``: the words are one person's (a quote in
        the first person singular), so a pronoun takes up no organisation, group or document.
        ``until``: where the words they speak end (a quote's closing mark), which keeps them
        present up to there when the mention is a tag inside the marks and the quote runs on
        past it."""
        if mention.span.end > len(self._text) or mention.head.end > len(self._text):
            raise ConfigurationError(
                f"mention [{mention.span.start}, {mention.span.end}) lies past the end of the text "
                f"(length {len(self._text)}): build mentions on the same text given to Resolver(text)"
            )
        span = Span(mention.span.start, mention.span.end, source=self._text)
        limit = mention.span.start if before is None else min(before, mention.span.start)
        resolved = self._resolve(mention, limit, individual=individual)
        if resolved.by is ResolvedBy.WORDS and resolved.kind == "organisation":
            # « Vigie Exil alerte … l'ONG juge … ⏎ … L'ONG juge »: the body the
            # same words took up before
            resolved = self._body_called_so_before(span, limit) or resolved
        if resolved.name.count("(") > resolved.name.count(")"):
            # « L'Agence de presse du Nord (APN, officielle) »: a mention cut inside its
            # brackets keeps the name before them, never half a bracket
            resolved = attrs.evolve(resolved, name=resolved.name[: resolved.name.rfind("(")].rstrip())
        if resolved.kind in {"person", "name"}:
            resolved = attrs.evolve(resolved, name=self._first_spelling(resolved.name))
        if not is_source(resolved.name, kind=resolved.kind, mention=span.text_in(self._text)):
            return Resolution(Speaker(name=None, mention=span), certainty=0.0)
        entity = self._register(resolved, span)
        if mention.kind is MentionKind.DESCRIPTION:
            self._described_as.setdefault(resolved.name, []).append(span.text_in(self._text))
        # where the source was last present: its incise after the quote (« …, a-t-il tempéré »),
        # else the quote itself, to its end when it runs on past an incise inside its marks (« « …,
        # explique-t-il. … … » »); a long quote does not push its speaker out of reach
        position = limit if before is None else max(before, span.start)
        if until is not None and before is not None and before <= span.start < until:
            position = until
        bisect.insort(self._said_order, (position, -len(self._said)))
        title = self._titles.get(entity)
        named_head = _organisation_head(resolved.name) if resolved.kind == "organisation" else ""
        self._said.append(
            Said(
                position=position,
                entity=entity,
                gender=self._genders.get(entity, resolved.gender),
                number=resolved.number,
                kind=resolved.kind,
                title=title,
                # « L'association affirme … » for « Terres vives de Brévannes »: the noun its
                # mention gave it says its kind when its name does not
                head=named_head or _organisation_head(title or ""),
                initials=is_acronym(resolved.name.strip()),
            )
        )
        speaker = Speaker(
            name=resolved.name, mention=span, title=resolved.title, entity=entity, resolved_by=resolved.by
        )
        return Resolution(speaker, certainty=CERTAINTY[resolved.by])

    def entities(self) -> tuple[Entity, ...]:
        """The sources resolved so far, each with every mention of it, in order of first use."""
        return tuple(
            Entity(name=name, mentions=tuple(mentions), kind=kind)
            for name, mentions, kind in zip(self._names, self._mentions, self._kinds, strict=True)
        )

    def entity_of(self, speaker: Speaker) -> int | None:
        """The index in :meth:`entities` of ``speaker`` (by its entity, else by its name)."""
        if speaker.entity is not None and 0 <= speaker.entity < len(self._names):
            return speaker.entity
        return None if speaker.name is None else self._keys.get(_key(speaker.name))

    # dispatch -------------------------------------------------------------------------------

    def _resolve(self, mention: Mention, limit: int, *, individual: bool = False) -> _Resolved:
        if len(mention.conjuncts) < 2 and mention.kind is MentionKind.NAME:
            joined = self._joined_names(mention.span)
            if joined:
                mention = attrs.evolve(mention, conjuncts=joined)
        if len(mention.conjuncts) > 1:
            return self._conjoined(mention, limit)
        kind = mention.kind
        words = mention.span.text_in(self._text)
        bracketed = self._person_before_brackets(mention.span, words) if kind is MentionKind.NAME else None
        if bracketed is not None:  # « Anne Roux (PS) a précisé que … »: Anne Roux
            return self._resolve(
                Mention(span=bracketed, head=bracketed, kind=kind), limit, individual=individual
            )
        voice = _THROUGH_VOICE.search(words) or _FROM_MOUTHS.match(words)
        if voice is not None and kind in {MentionKind.NAME, MentionKind.DESCRIPTION}:
            # « L'opposition, par la voix de Karim Saïd, a jugé … »: the one who speaks for it;
            # « « … » est sorti des bouches des parents »: the parents, whose mouths they are
            start = mention.span.start + voice.end("speaker")
            spoken = Span(mention.span.start + voice.start("speaker"), start, source=self._text)
            named = MentionKind.NAME if has_name(spoken.text_in(self._text)) else MentionKind.DESCRIPTION
            return self._resolve(Mention(span=spoken, head=spoken, kind=named), limit, individual=individual)
        if kind in {MentionKind.NAME, MentionKind.DESCRIPTION, MentionKind.DOCUMENT}:
            owner = self._account_owner(mention.span, limit)
            if owner is not None:  # « peut-on lire sur son compte X »: the account's owner
                return owner
        others = _OTHERS_WITH.search(words) if kind is MentionKind.NAME else None
        if others is not None:
            # « Marc Dulin et quatre autres élus » speak together: the named one and the group
            first = Span(mention.span.start, mention.span.start + others.start(), source=self._text)
            leader = self._resolve(Mention(span=first, head=first, kind=kind), limit)
            if leader.kind == "person":
                group = f"{leader.name} et {' '.join(others.group('group').split())}"
                gender = leader.gender or "m"
                return _Resolved(name=group, kind="group", gender=gender, number="p", by=leader.by)
        if kind in {MentionKind.DESCRIPTION, MentionKind.DOCUMENT, MentionKind.NAME}:
            # a statement named as a document has its issuer read by the index first
            statement = kind is not MentionKind.DOCUMENT
            issuer = self._issuer_in_phrase(mention.span, limit, individual=individual, statement=statement)
            if issuer is not None:  # « les chiffres publiés jeudi par la préfecture »
                return issuer
        if words.strip().lower() == "qui":
            antecedent = self._antecedent_of_relative(mention.span)
            if antecedent is not None and antecedent.kind == "document":
                # « a annoncé la préfecture dans un communiqué, qui appelle à « … » »: its issuer
                return self._document(antecedent.span, limit)
            if antecedent is not None:  # "C'est Delorme qui a tendu la main :"
                return attrs.evolve(self._from_occurrence(antecedent, limit), by=ResolvedBy.ANTECEDENT)
        if kind is MentionKind.PRONOUN and pronoun_of(words) is None:
            kind = MentionKind.DESCRIPTION if words.strip() else kind
        if kind is MentionKind.PRONOUN:
            return self._pronoun(mention, limit, individual=individual)
        if kind is MentionKind.IMPERSONAL:
            return self._impersonal(mention, limit)
        if kind is MentionKind.DOCUMENT:
            document = self._document(mention.span, limit)
            if document.by is ResolvedBy.WORDS:
                # « le rapport, publié mardi par la Cour des comptes »: an issuer the index did
                # not read, the agent of a participle set off after the statement
                issuer = self._issuer_in_phrase(mention.span, limit, individual=individual, statement=True)
                if issuer is not None:
                    return issuer
            return document
        if kind is MentionKind.DESCRIPTION and surname_with_capital_article(self._text, mention.span):
            kind = MentionKind.NAME  # « dit Le Maire »: a surname, not « le maire »
        if kind is MentionKind.DESCRIPTION:
            resolved = self._description(mention, limit)
        else:
            resolved = self._name(mention.span, limit)
        inner = None if _two_parties(words) else inner_person(self._index, mention.span)
        if (
            inner is not None
            and fold(inner.tokens[-1]) not in fold(resolved.name).split()
            and not (
                resolved.kind == "person"
                and _COMPLEMENT_BEFORE.search(self._text, max(0, inner.span.start - 60), inner.span.start)
            )
            and not _full_name_over(resolved, inner)
        ):
            # "le directeur du club de Nantes, Luc Ferrandi": the person, not the club's town; but a
            # phrase that spells its own person keeps them when the other name is a complement's,
            # « le juge Armand Riberolles, successeur du juge Éric Halphen »: his predecessor
            return self._from_occurrence(inner, limit)
        return resolved

    def _person_before_brackets(self, span: Span, words: str) -> Span | None:
        """The span of the person's name a name phrase ending in brackets opens with (« Anne Roux
        (PS) », « Paul Roux (45 ans) »: a party, an age, a place; no part of the name), or
        ``None``: no brackets, or no person named right before them (« l'Agence nationale des
        routes (ANR) » keeps its initials)."""
        bracket = _BRACKETS_AT_END.search(words)
        if bracket is None:
            return None
        cut = Span(span.start, span.start + bracket.start(), source=self._text)
        person = any(
            o.span.end == cut.end
            and (o.kind == "person" or (o.kind == "name" and starts_person_name(o.tokens[0])))
            for o in self._index.within(cut)
        )
        return cut if person else None

    def _issuer_in_phrase(
        self, span: Span, limit: int, *, individual: bool, statement: bool = False
    ) -> _Resolved | None:
        """The body or person a piece of information (:data:`INFORMATION_NOUNS`: figures,
        results, a study …) was issued by, named in its own phrase: « une étude publiée mardi par
        le service statistique du ministère », « les chiffres de la préfecture »; with
        ``statement``, a statement (:data:`DOCUMENT_NOUNS`) whose issuer the index did not read,
        by its agent after a participle of issuing (« le rapport, publié mardi par la Cour des
        comptes »). The GUIDELINES
        give such words to their issuer, as a communiqué to the body that issued it (statements
        have theirs read by the index). The agent after « par » may run past the span the parser
        gave (« les résultats publiés | lundi par la commission électorale »), up to a comma, a
        date or another preposition; it must be a possible source (not « les chiffres du
        chômage », « une enquête réalisée par téléphone »)."""
        words = span.text_in(self._text)
        head = head_noun(words) or ""
        if head not in INFORMATION_NOUNS and not (statement and head.lower() in DOCUMENT_NOUNS):
            return None
        reach = span.end
        detached = _DETACHED.match(self._text, reach)
        if detached is not None and _ISSUED_BY.match(self._text, detached.end()) is not None:
            reach = detached.end()  # « le rapport, publié mardi par … »: the participle set off
        stop = _PHRASE_STOP.search(self._text, reach)
        # past the head: « communiqué » is no participle of issuing (« un communiqué reçu par »)
        at = words.lower().find(head.lower())
        begin = span.start + (at + len(head) if at >= 0 else 0)
        bound = stop.start() if stop is not None else len(self._text)
        issued = _ISSUED_BY.search(self._text, begin, bound)
        if issued is None:  # « le communiqué signé Paul Roux »: its signer
            issued = _SIGNED_BY.match(self._text, span.end + 1, bound)
        if head not in INFORMATION_NOUNS and (issued is None or _PUBLISHED.match(issued.group()) is None):
            # « le communiqué de la mairie »: a statement's own issuer, read by the index; a
            # statement drafted or presented by someone is the body's that adopts it (« la
            # résolution, rédigée par le Royaume-Uni »), only one published is the publisher's
            return None
        owned = None if issued is not None else _ISSUED_OF.match(words)
        if issued is not None:
            start = issued.start("agent")
            end = start + len(_agent_words(issued.group("agent")))
        elif owned is not None:
            start = span.start + owned.start("agent")
            end = start + len(_agent_words(owned.group("agent")))
        else:
            return None
        agent = Span(start, end, source=self._text)
        text = agent.text_in(self._text)
        opens = tokenize(text)[:1]
        named = has_name(text)
        if not opens or (issued is not None and not (named or opens[0].lower in DETERMINERS)):
            return None  # « réalisée par téléphone »: a means, no issuer (« du », « des » hold theirs)
        if statement and issued is not None and _press_title(text):
            return None  # « ce rapport, publié par Le Figaro »: a paper relays a statement, issues none
        kind = MentionKind.NAME if named else MentionKind.DESCRIPTION
        resolved = self._resolve(Mention(span=agent, head=agent, kind=kind), limit, individual=individual)
        if resolved.kind == "place" or not resolved.name:
            return None
        if not is_source(resolved.name, kind=resolved.kind, mention=text):
            return None  # « les chiffres du chômage »: a topic, no issuer
        return resolved

    def _antecedent_of_relative(self, relative: Span) -> Occurrence | None:
        """The name or phrase right before a relative "qui" (a comma between allowed): in French
        the antecedent of a subject relative stands just before it. « Qui » opening a sentence
        links it to the name the sentence before ends on (*relatif de liaison*: « …, a expliqué
        Marc Dubreuil. Qui estime que … »)."""
        linking = relative.text_in(self._text) == "Qui"
        for occurrence in self._index.preceding(relative.start):
            gap = _RELATIVE_GAP if not linking else _LINKING_GAP
            if gap.fullmatch(self._text, occurrence.span.end, relative.start) is None:
                return None
            if occurrence.kind in _RELATIVE_ANTECEDENTS and not occurrence.quoted:
                return occurrence
        return None

    def _joined_names(self, span: Span) -> tuple[Span, ...]:
        """The names a phrase ends on when « et » joins them and the parser did not (« selon les
        médias locaux Le Progrès et Lyon-Matin », « la Russie et les États-Unis », « Anne Roux,
        Marc Dupont et Paul Vidal »): each is a source, and together they are the phrase's. Only
        names that close the phrase, with nothing before the first but an article and its nouns
        and adjectives: a name after « de » is a complement (« le maire de Lyon et Paul Roux » is
        the mayor and Roux). Empty when the phrase names one source."""
        names = [o for o in self._index.within(span) if o.kind in _JOINABLE and not o.quoted]
        if len(names) < 2:
            return ()
        tail = self._text[names[-1].span.end : span.end]
        if tail.strip(_CLOSING) != "" and _APPOSED_TAIL.fullmatch(tail) is None:
            return ()  # « selon la préfecture et Enedis, le distributeur d'électricité »: an apposition
        run = [names[-1]]
        for occurrence in reversed(names[:-1]):
            if _NAME_JOIN.fullmatch(self._text, occurrence.span.end, run[0].span.start) is None:
                break
            run.insert(0, occurrence)
        joined = len(run) > 1 and _LAST_JOIN.fullmatch(self._text, run[-2].span.end, run[-1].span.start)
        if not joined:
            return ()
        before = _PHRASE_BEFORE_NAMES.fullmatch(self._text, span.start, run[0].span.start) is not None
        # « deux candidats de l'opposition, Anne Roux et Paul Petit »: the names apposed after a
        # comma to a phrase that names no one itself are who it is
        apposed = len(run) == len(names) and _COMMA_BEFORE.search(self._text, span.start, run[0].span.start)
        if not before and not apposed:
            return ()
        return tuple(o.span for o in run)

    def _conjoined(self, mention: Mention, limit: int) -> _Resolved:
        second = tokenize(mention.conjuncts[1].text_in(self._text))
        own_determiner = bool(second) and second[0].lower in DETERMINERS
        title = bool(second) and (second[0].text[:1].islower() or role_of(second[0].text) is not None)
        if len(mention.conjuncts) == 2 and title and not own_determiner:
            # "le ministre et porte-parole du gouvernement, X", « le fondateur et PDG de X, Y »:
            # two roles under one determiner are one person's
            return self._resolve(attrs.evolve(mention, conjuncts=()), limit)
        parts: list[tuple[Span, str, _Resolved]] = []
        for conjunct in self._without_apposed_titles(mention.conjuncts):
            text = conjunct.text_in(self._text)
            sub_kind = MentionKind.PRONOUN if pronoun_of(text) is not None else MentionKind.NAME
            if sub_kind is MentionKind.NAME and not any(c.isupper() for c in text):
                sub_kind = MentionKind.DESCRIPTION
            sub = Mention(span=conjunct, head=conjunct, kind=sub_kind, sentence=mention.sentence)
            parts.append((conjunct, text, self._resolve(sub, limit)))
        sources = [p for p in parts if not counted_things(p[1])]
        if len(sources) == 1 and len(parts) > 1:
            # « Le feu a détruit 300 hectares et les gendarmes ont prié … »: the parser joined
            # across two clauses; of the two, only the one that can speak is the source
            return sources[0][2]
        names: list[str] = []
        genders: set[str] = set()
        kinds: set[str] = set()
        for conjunct, text, part in parts:
            # an article before a name says a body (« la Russie », « les États-Unis »), whether or
            # not the parser left it in the conjunct
            article = _ARTICLE_BEFORE.search(self._text, max(0, conjunct.start - 6), conjunct.start)
            written = text if article is None else article.group() + text
            body = part.kind in _BODIES or (part.kind != "person" and organisation_member(written))
            if part.name not in names:
                names.append(part.name)
            genders.add(part.gender)
            kinds.add("organisation" if body else part.kind)
        if kinds <= _BODIES:
            # « la Russie et les États-Unis », « Le Progrès et Lyon-Matin »: bodies speaking
            # together, no group of people
            return _Resolved(name=" et ".join(names), kind="organisation", number="p")
        gender = "f" if genders == {"f"} else "m"
        return _Resolved(name=" et ".join(names), kind="group", gender=gender, number="p")

    def _without_apposed_titles(self, conjuncts: tuple[Span, ...]) -> list[Span]:
        """The conjuncts of a coordination, less a title the parser cut from the name apposed to
        it (« la présidente du syndicat (SIP), Karine Lemasson »: one person, not two): a conjunct
        that opens on a determiner or a small letter, followed by only a comma (and brackets)
        before a capitalised one. A name before the comma is one of a list (« Anne Roux, Marc
        Dupont et Paul Vidal »), with its article too (« La FNSU, Sud-Santé et la CFDT »)."""
        kept: list[Span] = []
        for k, conjunct in enumerate(conjuncts):
            following = conjuncts[k + 1] if k + 1 < len(conjuncts) else None
            if following is not None:
                gap = self._text[conjunct.end : following.start].strip(" \t\n\u00a0\u202f()")
                tokens = tokenize(conjunct.text_in(self._text))
                opening = tokens[:1]
                named = (
                    bool(opening) and opening[0].text[:1].isupper() and opening[0].lower not in DETERMINERS
                ) or _named_after_article(tokens)
                if gap == "," and self._text[following.start : following.start + 1].isupper() and not named:
                    continue
            kept.append(conjunct)
        return kept

    # NAME -----------------------------------------------------------------------------------

    def _body_called_so_before(self, span: Span, limit: int) -> _Resolved | None:
        """The one named source the text already called by the words at ``span``, a body's noun
        kept as written (« Vigie Exil alerte … l'ONG juge … ⏎ … L'ONG juge » is Vigie Exil again,
        however far back), or shortened to its noun (:func:`_shortened`): a text keeps its words
        for one body. ``None`` when they took up no named source before ``limit``, or two."""
        key = _key(span.text_in(self._text))
        found = {
            entity
            for entity, spans in enumerate(self._mentions)
            if has_name(self._names[entity])
            and _key(self._names[entity]) != key
            and any(s.end <= limit and _shortened(key, _key(s.text_in(self._text))) for s in spans)
        }
        if len(found) != 1:
            return None
        (entity,) = found
        return _Resolved(name=self._names[entity], kind="organisation", by=ResolvedBy.ORGANISATION)

    def _first_spelling(self, name: str) -> str:
        """``name`` as the text first writes it, when it writes it again with one letter off in
        one word (« Hélène Carvalho » … « a déclaré Hélène Carvaho », « Paul Lefebvre » …
        « Paul Lefevre »): a slip of the pen, one person, whom the first spelling names.
        Not two given names a letter apart (« Louis » and « Louise » are two people)."""
        words = name.split()
        if len(words) < 2:
            return name
        known = self._first_spellings.get(name)
        if known is not None:
            return known
        own = min((o.span.start for o in self._index.occurrences if o.name == name), default=len(self._text))
        found = name
        for occurrence in self._index.occurrences:
            if occurrence.span.start >= own:
                break
            if occurrence.kind in {"person", "name"} and _one_slip_apart(occurrence.name.split(), words):
                found = occurrence.name
                break
        self._first_spellings[name] = found
        return found

    @functools.cached_property
    def _first_spellings(self) -> dict[str, str]:
        """:meth:`_first_spelling` of the names met so far, read once per name."""
        return {}

    def _bearer_of_byname(self, name: str) -> Occurrence | None:
        """The person whose byname ``name`` is, as the text gives it right after their name
        (« Abdel Karim ben Nasri, dit AKN », « Paul Roux, surnommé Popaul »): a quote of « AKN »
        is theirs; ``None`` when the text gives the name as no one's byname. After « dit » only
        initials are a byname: « Paul, dit Marie » is Marie speaking."""
        if not name or not self._bynames:
            return None
        initials = is_acronym(name)
        for occurrence, start, said in self._bynames:
            end = start + len(name)
            whole = self._text.startswith(name, start) and not self._text[end : end + 1].isalnum()
            if (initials or not said) and whole:
                return occurrence
        return None

    @functools.cached_property
    def _bynames(self) -> tuple[tuple[Occurrence, int, bool], ...]:
        """Each name the text sets a byname after (:data:`_BYNAME`): the name, where the byname
        starts, and whether « dit » sets it; read once per text."""
        found: list[tuple[Occurrence, int, bool]] = []
        for occurrence in self._index.occurrences:
            if occurrence.kind in {"person", "name"}:
                mark = _BYNAME.match(self._text, occurrence.span.end)
                if mark is not None:
                    found.append((occurrence, mark.end(), mark.group("word").startswith("dit")))
        return tuple(found)

    def _name(self, span: Span, limit: int, gender: str = "") -> _Resolved:
        """The name ``span`` gives, in its fullest form; ``gender`` is that of a pronoun standing
        for it ("Fillon … a-t-il dit" is François Fillon, not Penelope Fillon)."""
        family = self._family(span)
        if family is not None and _one_of_the_family(self._text, span.start, family.span.start):
            # « le cadet des frères Berthet »: one of the family, the one of that name the text
            # names, else the words as written
            member = person_fullest(self._index, (family.tokens[-1],), limit)
            named = {
                o.name
                for o in self._index.by_last.get(fold(family.tokens[-1]), ())
                if len(o.tokens) > 1 and not is_family(o)
            }
            if (
                member is not None
                and member.kind in {"person", "name"}
                and len(member.tokens) > 1
                and len(named) == 1
            ):
                # the one of that name the text names in full: « Martin Berthet … le cadet des
                # frères Berthet »; two of them named, and which one is not said
                return attrs.evolve(self._from_occurrence(member, limit), by=ResolvedBy.ROLE)
            written = clean_phrase(span.text_in(self._text))
            return _Resolved(name=written, kind="described", by=ResolvedBy.WORDS)
        if family is not None:  # « les époux Balkany », « les Tiberi »: the family, not one of them
            return self._from_occurrence(family, limit)
        written = " ".join(span.text_in(self._text).split())
        if _press_title(written):
            # « Le Monde assure que … »: a title's article is its own, even opening a sentence
            return _Resolved(name=written[:1].upper() + written[1:], kind="organisation")
        phrase = parse_name_phrase(self._text, span)
        ministry = self._ministry(phrase.name, limit)
        if ministry is not None:
            return ministry
        initials = phrase.name.split()
        spelled = bracketed_expansion(self._text, initials[0], limit) if len(initials) == 1 else None
        if spelled is not None:  # « le REL » after « le Rassemblement des éleveurs libres (REL) »
            return _Resolved(name=spelled, kind="organisation", title=phrase.title)
        expanded = acronym_expansion(self._index, initials[0], limit) if len(initials) == 1 else None
        if expanded is not None:  # « l'ARS » after « l'Agence régionale de santé de Bretagne »
            return _Resolved(name=expanded.name, kind="organisation", title=phrase.title)
        bearer = self._bearer_of_byname(phrase.name)
        if bearer is not None:  # « AKN » after « Abdel Karim ben Nasri, dit AKN »
            return self._from_occurrence(bearer, limit)
        if phrase.organisation and phrase.title and phrase.name[:1].isupper():
            # "le groupe Airbus", "l'association Ports for Europe (P4E)": the name itself
            name = self._written_in_full(phrase.name, phrase.head, limit)
            return _Resolved(name=name, kind="organisation", title=phrase.title)
        if phrase.organisation:
            # « plusieurs ONG », « une ONG »: bodies the text brings in, none named before
            brought_in = _indefinite(written)
            return self._organisation(phrase.name, phrase.head, limit, phrase.title, brought_in=brought_in)
        if not phrase.tokens:  # "le chef de l'État": no name in it, a description
            return self._description(Mention(span, span, MentionKind.DESCRIPTION), limit)
        kin = phrase.civility is not None and phrase.civility.lower() in _KIN_CIVILITIES
        # « Un éleveur de 42 ans, Benoît, … », « …, a dit Benoît, un éleveur »: a given
        # name alone, set beside an indefinite noun, brings in someone new, not the full name it
        # opens (not a surname with its civility: « D'après M. Roux, une association … »)
        newcomer = (
            len(phrase.tokens) == 1
            and phrase.civility is None
            and starts_person_name(phrase.tokens[0])
            and _beside_an_indefinite(self._text, span, phrase.tokens[0])
        ) or self._introduced_alone(phrase.tokens, phrase.civility, span)
        # "le père Marsac" is the elder of the family, never "Blanche Marsac" or "Rosalie Marsac"
        best = (
            None
            if kin or newcomer
            else self._glued_honorific(phrase.tokens, limit, phrase.gender or gender)
            or person_fullest(self._index, phrase.tokens, limit, phrase.gender or gender)
        )
        title = phrase.title
        gender = phrase.gender
        kind = "person"
        name = phrase.written or phrase.name
        if best is not None:
            extra = best.tokens[: len(best.tokens) - len(phrase.tokens)]
            fuller = bool(extra) and not all(w.lower() in {"le", "la", "les"} for w in extra)
            if fuller or (phrase.civility is None and name == phrase.name):
                name = _without_civility(best)
            title = title or _title_of(self._index, best, limit)
            gender = gender or best.gender
            kind = "person" if best.kind in {"person", "name"} else best.kind
            if best.kind == "place":
                # only the parser's word makes it a place for sure: "à Donald Trump" is a person
                kind = "place" if best.ent == "LOC" else "unknown"
        if len(phrase.tokens) == 1 and (best is None or len(best.tokens) == 1):
            if (
                kind == "person"
                and phrase.civility is None
                and not title
                and phrase.tokens[0] in COUNTRY_NATIONALITIES
            ):
                # « Israël a promis de riposter »: a country speaking for its government, no one
                # of that given name, unless a civility or a title makes them a person
                kind = "unknown"
            headed = headed_name(self._index, phrase.tokens[0])
            if headed is not None:  # "l'Ordre" for "l'Ordre de Malte"
                return _Resolved(name=headed.name, kind="organisation", title=title, gender=gender)
        return _Resolved(name=name, kind=kind, title=title, gender=gender)

    def _introduced_alone(self, tokens: tuple[str, ...], civility: str | None, span: Span) -> bool:
        """Whether a given name alone is someone the text brought in by that name and a role
        apposed right after it, other than the role of the full name it opens: « Le ministre,
        Paul Lemaire, … « … », déplore Paul, gérant d'un hôtel » is a hotel manager, not the
        minister; the same name alone later is them too, until the full name comes back."""
        if len(tokens) != 1 or civility is not None or not starts_person_name(tokens[0]):
            return False
        word = fold(tokens[0])
        role: str | None = None
        full_roles: set[str] = set()
        alone = (o for o in self._index.by_last.get(word, ()) if len(o.tokens) == 1)
        pool = sorted((*alone, *self._index.by_first.get(word, ())), key=lambda o: o.span.start)
        for o in pool:  # the lone name and the full names it opens, in text order
            if o.span.start > span.start:
                break
            if o.kind not in {"person", "name"}:
                continue
            if len(o.tokens) == 1:
                role = _apposed_role(self._text, o.span.end) or role
            else:
                role = None  # the full name named again: a lone name may be theirs
                if o.title:
                    full_roles.add(_title_head(o.title))
        return role is not None and bool(full_roles) and role not in full_roles

    def _glued_honorific(self, tokens: tuple[str, ...], limit: int, gender: str) -> Occurrence | None:
        """The person a surname with its honorific glued to it stands for: « MRoux », « MeRoux »
        is « M. Roux », « Me Roux » with the dot or the space lost in the text, the Paul Roux
        the text names; ``None`` for any other name, or one the text gives no one to."""
        glued = _GLUED_HONORIFIC.fullmatch(tokens[0]) if len(tokens) == 1 else None
        if glued is None:
            return None
        found = person_fullest(self._index, (glued.group("name"),), limit, gender)
        return found if found is not None and found.kind == "person" else None

    def _family(self, span: Span) -> Occurrence | None:
        """The family ``span`` names (« les époux Balkany », :func:`~quoteattr.attribute.entities.is_family`),
        or ``None``."""
        return next((o for o in self._index.within(span) if is_family(o)), None)

    def _written_in_full(self, name: str, head: str, limit: int) -> str:
        """A body's ``name`` after its noun ``head``, in full where the text wrote more of it
        than the mention holds (« l'association Familles connectées », the parser leaving
        « connectées » out of the subject), else as it is."""
        body = org_fullest(self._index, name, head, limit)
        if body is None or len(body.tokens) < 2 or body.tokens[0].lower() != head:
            return name
        written = clean_phrase(body.name[len(body.tokens[0]) :])
        return written if len(written) > len(name) and written.startswith(name) else name


#: A singular head before the family it is one of: « le cadet des », « l'aînée des », « l'un
#: des », « la plus jeune des ».
_ONE_OF_THEM = regex.compile(
    r"(?i)(?:le|la|l['’]|un|une)[ \t\u00a0]*(?:plus[ \t\u00a0]+)?[\p{L}-]+[ \t\u00a0]+"
    r"(?P<of>(?:des|de[ \t\u00a0]+la)[ \t\u00a0]+)?"
)
_OF_THE = regex.compile(r"(?i)(?:des|de[ \t\u00a0]+la)[ \t\u00a0]")


#: An indefinite noun phrase set off by a comma right before a name (« Un éleveur de 42 ans,
#: Benoît »), or after it (« Benoît, un éleveur »).
_INDEFINITE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}'’])(?:un|une)[ \t\u00a0]+[^,.;:!?«»“”\n]{1,60},[ \t\u00a0]*$"
)
_INDEFINITE_AFTER = regex.compile(r"(?i)[ \t\u00a0]*,[ \t\u00a0]*(?:un|une)[ \t\u00a0]")


#: A role noun apposed right after a name, with no article (« Paul, gérant d'un hôtel »).
_APPOSED_WORD = regex.compile(r"[ \u00a0]*,[ \u00a0]*(\p{Ll}[\p{Ll}-]*)")


def _apposed_role(text: str, end: int) -> str | None:
    """The role noun apposed, with no article, right after a name ending at ``end`` (folded), or
    ``None``: « Paul, gérant d'un hôtel » → gerant."""
    match = _APPOSED_WORD.match(text, end)
    if match is None or role_of(match.group(1)) is None:
        return None
    return fold(match.group(1))


def _one_slip_apart(first: Sequence[str], second: Sequence[str]) -> bool:
    """Whether two names of as many words differ in one word only, by one letter added, dropped
    or changed (« Lefebvre » / « Lefevre »), a word of four letters or more, not two listed given
    names (« Louis » / « Louise »)."""
    if len(first) != len(second):
        return False
    differing = [(a, b) for a, b in zip(first, second, strict=True) if a.casefold() != b.casefold()]
    if len(differing) != 1:
        return False
    ((a, b),) = differing
    if min(len(a), len(b)) < _SLIP_LENGTH or (starts_person_name(a) and starts_person_name(b)):
        return False
    return _one_edit(a, b)


def _one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


#: The shortest word a slip of the pen is read in: shorter words differ by a letter as names do.
_SLIP_LENGTH = 4


def _shortened(key: str, earlier: str) -> bool:
    """Whether the folded words ``key`` are ``earlier``, or the same body's noun with the
    adjectives after it dropped, as a text shortens its description of a body once given (« la
    compagnie aérienne … La compagnie conseille », « l'association écologiste … l'association
    ajoute »). Not past a complement: « la compagnie des guides » is another body."""
    if key == earlier:
        return True
    if len(key.split()) > 2 or not earlier.startswith(key + " "):
        return False
    dropped = earlier[len(key) :].split()
    return len(dropped) <= _DROPPED_ADJECTIVES and not any(
        word in _COMPLEMENT_OPENERS or word in _CLAUSE_OPENERS or "'" in word for word in dropped
    )


#: How many adjectives a shortened description of a body drops after its noun.
_DROPPED_ADJECTIVES = 2
#: Folded words that open a complement or a clause, never an adjective of a body's noun.
_COMPLEMENT_OPENERS = frozenset({"de", "du", "des", "a", "au", "aux", "en", "pour", "sur", "par", "avec"})
_CLAUSE_OPENERS = frozenset({"et", "ou", "qui", "que", "dont"})


#: What sets a byname after a person's name: « , dit », « , surnommé », « alias », an opening
#: mark after them (« surnommé « Popaul » »).
_BYNAME = regex.compile(r"[ \u00a0]*,?[ \u00a0]*(?P<word>dite?|surnommée?|alias)[ \u00a0]+(?:«[ \u00a0]*)?")


def _press_title(words: str) -> bool:
    """Whether ``words``, spaced as written, are a newspaper's or a broadcaster's title (« Le
    Monde », « l’Équipe »: :data:`~quoteattr.lang.fr.press.PRESS_TITLES`)."""
    return " ".join(words.split()).lower().replace("’", "'") in PRESS_TITLES


def _title_head(title: str) -> str:
    """The first word of a title, folded: what kind of role it is (« gérant d'un hôtel » → gerant)."""
    words = title.split()
    return fold(words[0]) if words else ""


def _beside_an_indefinite(text: str, span: Span, word: str) -> bool:
    """Whether the lone name ``word`` of the mention ``span`` is apposed to an indefinite noun
    phrase, before or after it: the writer brings in someone new by a given name only (« Un
    éleveur de 42 ans, Benoît, venu de Luçon, … »), never one named in full before."""
    at = text.rfind(word, span.start, span.end)
    if at < 0:
        return False
    before = _INDEFINITE_BEFORE.search(text, max(0, at - 80), at)
    return before is not None or _INDEFINITE_AFTER.match(text, at + len(word)) is not None


def _one_of_the_family(text: str, start: int, family: int) -> bool:
    """Whether the words from ``start`` to the family named at ``family`` are a singular head and
    « des »: the phrase names one of the family (« le cadet des frères Berthet »), its « des »
    before the family's span or the span's first word."""
    head = _ONE_OF_THEM.fullmatch(text, start, family)
    return head is not None and (head.group("of") is not None or _OF_THE.match(text, family) is not None)


def _full_name_over(resolved: _Resolved, inner: Occurrence) -> bool:
    """Whether ``resolved`` is a person's full name the phrase spells (a given name, a surname)
    and ``inner`` a lone word that opens on no given name: « Yann Kerhervé le secrétaire du
    syndicat CGT marins Lorient » is Yann Kerhervé, whatever the tagger made of « Lorient »."""
    words = resolved.name.split()
    return (
        resolved.kind == "person"
        and len(words) > 1
        and starts_person_name(words[0])
        and len(inner.tokens) == 1
        and not starts_person_name(inner.tokens[0])
    )


#: Between a name closing a sentence and the « Qui » opening the next one.
_LINKING_GAP = regex.compile(r"[.!?…][ \t\u00a0\u202f]+")

#: Kinds of occurrence a relative "qui" that reports speech can stand for.
_RELATIVE_ANTECEDENTS = frozenset({"person", "name", "organisation", "group", "description", "document"})


#: An honorific glued to the surname it stands before (« MRoux », « MeRoux », « MmeRoux »).
_GLUED_HONORIFIC = regex.compile(r"(?:Mme|Mlle|Me|M)(?P<name>\p{Lu}\p{Ll}[\p{L}'’-]*)")


def _title_of(index: DocumentIndex, best: Occurrence, limit: int) -> str | None:
    """A role the document gives with this person's name anywhere (nearest before first)."""
    titled = [
        g
        for g in index.last_groups.get(fold(best.tokens[-1]), ())
        if g.first.title
        and g.first.kind == "person"
        and (name_matches(best.tokens, g.first.tokens) or name_matches(g.first.tokens, best.tokens))
    ]  # each group: one name and title, all its places (DocumentIndex.last_groups)
    if not titled:
        return None
    before = [found for g in titled if (found := g.nearest_before(limit, last_of_ties=True)) is not None]
    if before:
        return max(before, key=lambda found: (found[0].span.start, found[1]))[0].title
    return min(titled, key=lambda g: g.order[0]).first.title
