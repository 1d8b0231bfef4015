"""Statements: a communiqué, a report, « lit-on », to the body or person that issued it.

The issuer inside the phrase, the issuer of the statement the text named before (its sequel, the
vehicle of a quote, the organisation just named as a subject, the body in focus for an impersonal
« on »), else the statement as written; an impersonal « on » reads from the phrase after it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

from quoteattr.attribute.entities import Occurrence
from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.names import fold, has_name, is_acronym, starts_person_name, tokenize
from quoteattr.attribute.resolve_base import (
    _BARE_DOCUMENT_REACH,
    _DOCUMENT_REACH,
    _ORGANISATION_REACH,
    _Resolved,
    _ResolverBase,
)
from quoteattr.attribute.resolve_rules import clean_phrase, document_phrase_after, tag_verb
from quoteattr.attribute.resolve_score import Said
from quoteattr.attribute.resolve_text import (
    _DEFINITE_SINGULAR,
    _OWNER_DETERMINERS,
    _READ_BY_ON,
    _SEQUEL_WORDS,
    _indefinite,
    _restrictive_tail,
)
from quoteattr.attribute.vet import head_noun
from quoteattr.lang.fr.indirect import SOURCE_NOUNS
from quoteattr.lang.fr.pronouns import CONTINUATION_VERBS
from quoteattr.lang.fr.roles import DOCUMENT_NOUNS, ORGANISATION_NOUNS, SEATS_OF_POWER, role_of
from quoteattr.lang.fr.titles import A_FORMS, DETERMINERS
from quoteattr.model import ResolvedBy, Span

#: Statements written by the press itself: an agency's dispatch, a newspaper's article.
_PRESS_TEXTS = frozenset({"dépêche", "article", "éditorial"})
#: « de même source », « de la même source »: the source just quoted, once more.
_SAME_SOURCE = regex.compile(r"(?i)(?:de[ \u00a0]+(?:la[ \u00a0]+)?)?même[ \u00a0]+source")


class _Documents(_ResolverBase):
    """The document steps of :class:`~quoteattr.attribute.resolve.Resolver`."""

    def _sequel_issuer(self, words: str, limit: int) -> _Resolved | None:
        """« un second communiqué », « un nouveau communiqué »: a statement that follows another
        of its kind comes from the issuer of the last one the text named, however far back;
        ``None`` when the words name no sequel or no such statement has an issuer."""
        tokens = [t.lower for t in tokenize(words)]
        if len(tokens) < 3 or tokens[1] not in _SEQUEL_WORDS:
            return None
        noun = tokens[2]
        for occurrence in self._index.preceding(limit):
            if occurrence.kind != "document" or occurrence.quoted or occurrence.issuer is None:
                continue
            if head_noun(occurrence.name) == noun:
                issuer = occurrence.issuer  # resolved where it stands: « de l'enseigne » there
                return attrs.evolve(self._from_occurrence(issuer, issuer.span.start), by=ResolvedBy.ISSUER)
        return None

    def _vehicle_issuer(self, occurrence: Occurrence, words: str) -> Said | None:
        """The source a statement was the vehicle of, taken up by ``words``: « « … », a justifié
        la préfète dans un communiqué. …, précise le texte » is the prefect's. The statement is
        brought in by « dans » in a sentence whose source was resolved, a person or a body, and
        the words take it up as « le texte », « le document » or by its own noun (« le
        communiqué »); ``None`` otherwise (« a-t-il dit au quotidien X. Le journal … » is the
        paper's)."""
        taken_up = _may_take_up(words, occurrence)
        before = self._text[max(0, occurrence.span.start - 6) : occurrence.span.start].split()
        if not taken_up or not before or before[-1].lower() != "dans":
            return None
        said = self._said_in_sentence(occurrence.span.start)
        return said if said is not None and said.kind in {"person", "organisation"} else None

    def _said_in_sentence(self, position: int) -> Said | None:
        """The last quote resolved in the sentence of ``position``, before it or after."""
        sentence = self._index.sentence_of(position)
        boundaries = self._index.boundaries
        end = boundaries[sentence] if sentence < len(boundaries) else len(self._text) + 1
        i = bisect.bisect_left(self._said_order, (end,))  # the quotes said before the sentence ends
        if i and self._index.sentence_of(self._said_order[i - 1][0]) == sentence:
            return self._said[-self._said_order[i - 1][1]]
        return None

    def _document(self, span: Span, limit: int) -> _Resolved:
        """A statement: the organisation or person that issued it, else the statement itself."""
        words = span.text_in(self._text)
        press = self._press_taken_up(words, head_noun(words) or "", limit)
        if press is not None:  # « Le Parisien révèle … Le quotidien affirme »: a newspaper
            return press
        # the occurrences inside the span, found by bisection (DocumentIndex.within): a scan of
        # the whole document for every quote grows with the square of a long text
        within = list(self._index.within(span))
        # not a phrase after a comma, in apposition to its issuer (« un communiqué de Turkey
        # Blocks, un organisme de surveillance »: the issuer named, then described)
        inside = [
            o
            for o in within
            if span.start < o.span.start
            and o.kind in {"person", "organisation", "name", "group"}
            and "," not in self._text[span.start : o.span.start]
        ]
        if inside:
            return self._from_occurrence(_member_over_party(self._text, inside), limit)
        same = [o for o in within if o.kind == "document"]
        if not same:  # « un rapport » heading the indexed « un rapport selon lequel … »
            first = next(iter(self._index.within(Span(span.start, len(self._text)))), None)
            if first is not None and first.span.start == span.start and first.kind == "document":
                same = [first]
        if same and same[0].issuer is not None:
            return attrs.evolve(self._from_occurrence(same[0].issuer, limit), by=ResolvedBy.ISSUER)
        sequel = self._sequel_issuer(words, min(limit, span.start))
        if sequel is not None:
            return sequel
        sentence = self._index.sentence_of(limit)
        # « selon des sondages », « d'après un rapport »: an indefinite brings in a statement of
        # its own, never one named before (« Cette annonce survient … selon des sondages »)
        # a press text (« la dépêche », « l'article ») is the press's own: it takes up no other
        # statement's issuer (« Le projet du médiateur de l'Onu … », dit la dépêche »)
        own = _indefinite(words) or head_noun(words) in _PRESS_TEXTS
        earlier = () if own else self._index.preceding(min(limit, span.start))
        definite = _definite(words)
        noun = fold(head_noun(words) or "")
        for occurrence in earlier:
            distance = sentence - self._index.sentence_of(occurrence.span.start)
            if distance > _DOCUMENT_REACH:
                break
            if occurrence.kind != "document" or occurrence.quoted:
                continue
            if occurrence.issuer is not None:
                return attrs.evolve(self._from_occurrence(occurrence.issuer, limit), by=ResolvedBy.ISSUER)
            # « le communiqué » takes up « un communiqué » by its own noun as far as an issuer is
            # sought; « le texte » only the statement just named
            own_noun = definite and noun == fold(head_noun(occurrence.name) or "")
            reach = _DOCUMENT_REACH if own_noun else _BARE_DOCUMENT_REACH
            issuer = self._vehicle_issuer(occurrence, words) if distance <= reach else None
            if issuer is not None:
                return self._taken_up(issuer, limit, ResolvedBy.ISSUER)
            fuller = len(occurrence.tokens) > len(words.split())
            if distance <= _BARE_DOCUMENT_REACH and fuller and _may_take_up(words, occurrence):
                # "le projet de résolution présenté par la Norvège …  Le texte charge …"; not
                # « … dans un communiqué. Le rapport affirme … »: a report is no communiqué
                return _Resolved(name=clean_phrase(occurrence.name), kind="document", by=ResolvedBy.WORDS)
        # « le communiqué », and « son communiqué », whose owner is the body just named
        for occurrence in self._index.preceding(limit):
            if (
                not definite
                or sentence - self._index.sentence_of(occurrence.span.start) > _ORGANISATION_REACH
            ):
                break
            phrase_org = occurrence.kind == "organisation" and not occurrence.from_run
            if phrase_org and occurrence.subject and not occurrence.quoted:
                # "Le ministère a réagi … « … », précise le communiqué"
                return attrs.evolve(self._from_occurrence(occurrence, limit), by=ResolvedBy.ISSUER)
        if not definite and _READ_BY_ON.search(self._text, max(0, span.start - 30), span.start):
            body = self._body_in_focus(sentence, limit)
            if body is not None:  # a body taken up by inference, as « le groupe » is: less sure
                return attrs.evolve(self._from_occurrence(body, limit), by=ResolvedBy.ORGANISATION)
        named = any(t.text[:1].isupper() for t in tokenize(words)[1:])
        if _indefinite(words) and not named and self._after_source_word(span):
            body = self._body_reported(span)
            if body is not None:  # « La mairie a fermé la piscine, selon un communiqué »: hers
                return attrs.evolve(self._from_occurrence(body, limit), by=ResolvedBy.ISSUER)
        if _indefinite(words) and not named and (span.start > limit or self._after_source_word(span)):
            # « Selon un rapport accompagnant le budget, … »: a statement brought in for the first
            # time, told apart by what the participle or relative after it says; one with a name
            # is told apart by it (« selon un sondage Odoxa réalisé jeudi » is « sondage Odoxa »)
            words += _restrictive_tail(self._text, span.end)
        return _Resolved(name=clean_phrase(words), kind="document", by=ResolvedBy.WORDS)

    def _body_in_focus(self, sentence: int, limit: int) -> Occurrence | None:
        """The body an unsigned statement read by « on » comes from (« SNCF Réseau a ouvert une
        enquête. « … », lit-on dans un communiqué »): the last subject named before it, within
        :data:`_ORGANISATION_REACH` sentences, when that is an organisation or a name of no known
        kind; ``None`` when it is a person (« Le maire a démissionné. « … », lit-on dans un
        communiqué » may be his office's or his party's) or nothing is near."""
        for occurrence in self._index.preceding(limit):
            if sentence - self._index.sentence_of(occurrence.span.start) > _ORGANISATION_REACH:
                return None
            if not occurrence.subject or occurrence.quoted or occurrence.kind == "document":
                continue
            if occurrence.kind in {"organisation", "name"}:
                return occurrence
            if occurrence.kind in {"person", "group", "description"}:
                return None
        return None

    def _body_reported(self, span: Span) -> Occurrence | None:
        """The body whose unsigned statement « selon un communiqué » closes the clause it reports:
        the subject of that clause, in the same sentence before it, when it is an organisation or a
        name of no known kind (« La mairie a décidé de fermer la piscine, selon un communiqué »);
        ``None`` when that subject is a person (whom a court's or a party's statement may be
        about) or anything else, or the statement opens the sentence."""
        sentence = self._index.sentence_of(span.start)
        for occurrence in self._index.preceding(span.start):
            if self._index.sentence_of(occurrence.span.start) != sentence:
                return None
            if not occurrence.subject or occurrence.quoted or occurrence.kind == "document":
                continue
            person = occurrence.kind == "name" and starts_person_name(occurrence.tokens[0])
            return occurrence if occurrence.kind in {"organisation", "name"} and not person else None
        return None

    def _impersonal(self, mention: Mention, limit: int) -> _Resolved:
        words = mention.span.text_in(self._text)
        if len(words.strip()) > 4:  # the mention already covers "dans un communiqué …"
            return self._document(mention.span, limit)
        phrase = document_phrase_after(self._text, mention.span.end)
        if phrase is None or _SAME_SOURCE.match(self._text, phrase.start):
            continued = self._source_continued(mention.span, limit)
            if continued is not None:
                return continued
        if phrase is None:
            return _Resolved(name=clean_phrase(words), kind="unknown", number="", by=ResolvedBy.WORDS)
        head = next((t.lower for t in tokenize(phrase.text_in(self._text)) if t.lower not in DETERMINERS), "")
        if head in DOCUMENT_NOUNS:
            return self._document(phrase, limit)
        if not self._speaks_there(phrase, head):
            return _Resolved(name=clean_phrase(words), kind="unknown", number="", by=ResolvedBy.WORDS)
        # "auprès du parquet de Paris", "de source policière": a source, not a statement
        return self._description(Mention(phrase, phrase, MentionKind.DESCRIPTION), limit)

    def _source_continued(self, span: Span, limit: int) -> _Resolved | None:
        """« « … », a indiqué la direction. Le trafic est « normal », a-t-on ajouté »: an
        impersonal « on » that adds, goes on or concludes right after a quote, in the same
        sentence or the next, is that quote's source (« de même source »), not anyone at large."""
        previous = self._previous_said(limit)
        if previous is None or previous.kind in {"unknown", "place"}:
            return None
        if self._index.sentence_of(limit) - self._index.sentence_of(previous.position) > 1:
            return None
        if tag_verb(self._text, span) not in CONTINUATION_VERBS:
            return None
        return _Resolved(
            name=self._names[previous.entity],
            kind=previous.kind,
            gender=previous.gender,
            number=previous.number,
            by=ResolvedBy.PREVIOUS_SPEAKER,
        )

    def _speaks_there(self, phrase: Span, head: str) -> bool:
        """Whether the place an impersonal « on » speaks at after « à » (« estime-t-on à
        l'Élysée », « dit-on à la CGT », « au ministère ») is a body that speaks: an organisation
        noun, initials, a seat of power; not a town (« a-t-on appris à Paris »). After « dans »
        or « sur », a body, a name or those who speak for one (« dit-on dans l'entourage du
        ministre »), not a place where words are heard (« entendait-on dans les files
        d'attente »). « chez » and « auprès de » already name a source."""
        before = self._text[max(0, phrase.start - 6) : phrase.start].split()
        preposition = before[-1].lower() if before else ""
        name = clean_phrase(phrase.text_in(self._text))
        if preposition in {"dans", "sur"}:
            speakers = head in ORGANISATION_NOUNS or head in SOURCE_NOUNS or role_of(head) is not None
            return speakers or has_name(name) or is_acronym(name)
        if preposition not in A_FORMS:
            return True
        return head in ORGANISATION_NOUNS or is_acronym(name) or fold(name) in SEATS_OF_POWER


#: Nouns of a statement that take up any statement named before (« le texte », « le document »).
_ANY_STATEMENT = frozenset({"texte", "document"})


def _definite(words: str) -> bool:
    """Whether a statement's words open on a definite article or a possessive (« le communiqué »,
    « son communiqué »): one the text named before."""
    return words.strip().lower().startswith((*_DEFINITE_SINGULAR, *_OWNER_DETERMINERS))


def _may_take_up(words: str, occurrence: Occurrence) -> bool:
    """Whether the statement described by ``words`` may be the one ``occurrence`` named: by its
    own noun (« un communiqué … le communiqué »), or by a noun any statement goes by (« le
    texte », « le document »); not another kind of statement (« … dans un communiqué. Le rapport
    affirme … » is another text)."""
    head = head_noun(words) or ""
    return not head or head in _ANY_STATEMENT or fold(head) == fold(head_noun(occurrence.name) or "")


def _member_over_party(text: str, inside: Sequence[Occurrence]) -> Occurrence:
    """The first source a statement's phrase names, but the person right after a party's name
    (« les propos de la sénatrice LR Anne Morel »: the party is the member's side, the
    member is who spoke)."""
    first = inside[0]
    if (
        len(inside) > 1
        and first.kind == "organisation"
        and inside[1].kind == "person"
        and not text[first.span.end : inside[1].span.start].strip()
    ):
        return inside[1]
    return first
