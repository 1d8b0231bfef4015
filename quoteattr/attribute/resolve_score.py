"""Choosing what a mention refers to among the names a document gives, with the scores used.

Every weight is named here so the choices can be read and tuned in one place:
nearer is better (one point per sentence), subjects beat other positions, the previous quote's
speaker is preferred in a run of quotes, and a description must share a role with a name.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Iterator, Sequence

import attrs
import regex

from quoteattr.attribute.entities import PREPOSITIONS, DocumentIndex, Occurrence, header_end
from quoteattr.attribute.entities.runs import PERIPHRASIS_ROLES, phrase_key
from quoteattr.attribute.names import Token, fold, name_matches, starts_person_name, tokenize
from quoteattr.attribute.resolve_rules import opens_sentence
from quoteattr.attribute.resolve_text import _DEFINITE_SINGULAR_WORDS, has_own_complement
from quoteattr.attribute.rules.verbs import AUXILIARY_FORMS
from quoteattr.lang.fr.bodies import ORDINALS
from quoteattr.lang.fr.press import PRESS_NAME_WORDS
from quoteattr.lang.fr.pronouns import RELATIVE_PRONOUNS
from quoteattr.lang.fr.roles import (
    BAR_CIVILITIES,
    BAR_ROLES,
    CASE_PARTIES,
    CHAIR_ROLES,
    COUNTRY_NATIONALITIES,
    HEAD_TITLES,
    HEAD_WORDS,
    HYPERNYM_ROLES,
    INSTITUTION_METONYMS,
    NATIONALITY_NOUNS,
    OFFICES,
    ORGANISATION_NOUNS,
    ORGANISATION_UNITS,
    PARLIAMENT_SEATS,
    PRELATE_CIVILITIES,
    PROXY_ROLES,
    PUBLIC_AUTHORITIES,
    QUALIFIED_OFFICES,
    RANKED_OFFICE_PERIPHRASES,
    RANKED_OFFICES,
    ROLE_EQUIVALENTS,
    ROLES_NO_PRELATE_HOLDS,
    SEATS_OF_POWER,
    TEAM_PLAYER_ROLES,
    TEAM_STAFF_ROLES,
    UNCHAIRED_SEATS,
    department_fields,
    other_body,
    role_noun,
    role_of,
    state_body_may_take_up,
)
from quoteattr.lang.fr.titles import DE_FORMS, DETERMINERS
from quoteattr.lang.fr.verbs import conjugated_speech_form, finite_speech_form
from quoteattr.model import Span

__all__ = [
    "DEFENDANT_NOUNS",
    "Candidate",
    "Said",
    "acronym_expansion",
    "aged_person",
    "bracketed_expansion",
    "chain_start",
    "compatible",
    "counterpart_person",
    "defendant_person",
    "describe_candidates",
    "has_specific_role",
    "head_of_person",
    "headed_name",
    "headline_person",
    "inner_person",
    "just_before",
    "named_after_office",
    "national_body",
    "nationality_person",
    "next_incise_speaker",
    "offices_clash",
    "org_fullest",
    "others_named_since",
    "paragraph_newcomer",
    "person_fullest",
    "pronoun_candidates",
    "ranked_otherwise",
    "salient_person",
    "sentence_text",
    "sole_person",
    "taken_up_description",
    "the_two_named",
]

#: A pronoun's antecedent is sought at most this many sentences back.
PRONOUN_REACH = 8
#: Past this many sentences back, no antecedent is sought at all.
PRONOUN_LAST_RESORT = 80
#: A description's referent is sought at most this many sentences back.
DESCRIPTION_REACH = 200
#: Bonus for an antecedent in subject position (no preposition before it, or nsubj in the parse).
SUBJECT_BONUS = 0.5
#: Bonus for a person over an organisation when both fit a pronoun.
PERSON_BONUS = 0.25
#: Bonus for the two people named last as the antecedent of "ils" (when no group is named).
PAIR_BONUS = 0.25
#: Bonus for an antecedent whose gender is known and agrees (over one of unknown gender).
AGREEMENT_BONUS = 0.3
#: Cost of a name of unknown gender for "elle"/"elles": women are mostly named with a civility or
#: a given name that marks their gender, while a bare surname ("Grosjean") is most often a man's.
FEMININE_UNKNOWN_COST = 0.7
#: Cost of a subject of a clause set under another subject of its sentence (« la présidente a
#: défendu son budget alors que l'opinion devient méfiante. « … », explique-t-elle »): a
#: pronoun goes on with the subject the sentence is about, the main clause's.
SUBORDINATE_SUBJECT_COST = 0.2
#: Past the reach, each further sentence costs this much (the last-named character still wins).
FAR_COST = 0.01
#: Score lost by a pronoun's candidate that is a thing's or a place's name rather than a person's.
THING_NAME_COST = 1.5
#: Bonus for the previous quote's speaker: a run of quotes keeps its speaker.
PREVIOUS_SPEAKER_BONUS = 0.9
#: A description matching the very role noun written with a name ("le ministre" / "le ministre X").
SAME_ROLE_SCORE = 2.0
#: A description sharing a domain with a name's role ("le diplomate" / "le secrétaire d'État").
SAME_DOMAIN_SCORE = 1.0
#: Each further word of the description found in the name's title ("américain").
SHARED_WORD_SCORE = 0.5
#: Cost per sentence of distance for a description's referent.
DESCRIPTION_DISTANCE_COST = 0.05
#: Domains too general to link a description to a name by themselves ("l'homme", "la voisine").
_GENERIC_DOMAINS = frozenset({"person", "kin"})
#: The field of roles that say what someone is to a place or a service, no office (« étudiant »,
#: « riverain », « retraité »): one person may hold one of them and an office.
_STATUS_DOMAIN = "public"
_ANTECEDENT_KINDS = frozenset({"person", "organisation", "name", "group", "description"})
_HYPERNYMS = frozenset(fold(word) for word in HYPERNYM_ROLES)
_FUNCTION_WORDS = frozenset({"de", "des", "du", "d'", "d’", "la", "le", "l'", "l’", "les", "et"})


@attrs.frozen
class Said:
    """One resolved quote: where, which entity, with what gender/number and kind."""

    position: int
    entity: int
    gender: str
    number: str
    kind: str
    title: str | None = None
    head: str = ""
    """The organisation noun its name opens on (« parquet ») for an organisation, else the one its
    title opens on (« association », the noun its mention gave it), else ""."""
    initials: bool = False
    """Whether its name is written as initials (« le PNF », « la PSNI »)."""


@attrs.frozen
class Candidate:
    """A possible referent with its score: a name in the text, or the previous quote's speaker."""

    score: float
    position: int
    occurrence: Occurrence | None = None
    said: Said | None = None
    pair: tuple[Occurrence, Occurrence] | None = None


def compatible(gender: str, number: str, other_gender: str, other_number: str) -> bool:
    """Gender and number agree, an unknown one agreeing with both."""
    if gender and other_gender and gender != other_gender:
        return False
    return not (number and other_number and number != other_number)


def person_fullest(
    index: DocumentIndex, tokens: Sequence[str], limit: int, gender: str = ""
) -> Occurrence | None:
    """The fullest name in the document that ``tokens`` can abbreviate ("Blinken" → "Antony Blinken").

    Longest first; among equals, a person over other kinds, then the nearest before ``limit``,
    then the first after it. A lone first name ("Claude") stands for a full name only when one
    full name starts with it.
    """
    if not tokens:
        return None
    if len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 1:
        for group in index.organisation_groups:  # in order of first appearance: the first is the first
            o = group.first
            if len(o.tokens) > 1 and o.tokens[-1] == tokens[0] and not _complement_word(o.tokens[-2]):
                return o  # "RTK" → "Autorité … (RTK)"; not « le groupe d'études de la BR »
    # Each group holds occurrences equal but for their place (entities.DocumentIndex): the tests on
    # what an occurrence is run once per group, the nearest one is found by bisection.
    matches = [
        g
        for g in index.last_groups.get(fold(tokens[-1]), ())
        if name_matches(tokens, g.first.tokens) and compatible(gender, "", g.first.gender, "")
    ]  # "le père Marsac" is not "Rosalie Marsac"
    if len(tokens) == 1 and all(len(g.first.tokens) == 1 for g in matches):
        # no fuller name ends with the word, only the word alone: « Felix » after « Félix
        # Adomou » is a given name, that of the one full name it opens
        firsts = [
            g
            for g in index.first_groups.get(fold(tokens[0]), ())
            if g.first.kind != "place"
            and (
                g.first.kind == "person"
                or starts_person_name(tokens[0])
                or fold(g.first.tokens[-1]) in PRESS_NAME_WORDS  # « le Washington » for the Post
            )
            and compatible(gender, "", g.first.gender, "")
            and not _between_marks(index.text, g.first.span)
        ]  # a name in marks labels a thing (« son comparateur « Zentra Achats » »), no one's full name;
        # a word that opens a body's name is no given name: « Toyota » is not « Toyota France », its
        # subsidiary; but a paper is called by its first word (« le Washington » is the Post)
        if len({fold(g.first.name) for g in firsts}) == 1:
            matches = firsts
    if not matches:
        return None

    def rank(found: tuple[Occurrence, int]) -> tuple[int, int, int, int]:
        o, order = found
        before = o.span.start < limit
        return (len(o.tokens), int(o.kind == "person"), o.span.start if before else -o.span.start, -order)

    best = max((g.nearest(limit) for g in matches), key=rank)[0]
    return _extended(index, best, limit, gender) or best


def _complement_word(token: str) -> bool:
    """Whether ``token`` is « de » or an article: the initials after it are a complement's, the
    name of another body than the one before (« le groupe d'études de la BR » is not the BR)."""
    return token.lower() in DE_FORMS or token.lower() in DETERMINERS


def _extended(index: DocumentIndex, name: Occurrence, limit: int, gender: str) -> Occurrence | None:
    """« Elena Quesada » when the text also names « Elena Quesada Mora »: a person's name of two
    words or more that another name opens, word for word, is that fuller name (a second surname,
    as Spanish and Portuguese names carry, which the text then drops); ``None`` when no name or
    several different ones extend it."""
    if len(name.tokens) < 2 or name.kind not in {"person", "name"}:
        return None
    words = [fold(t) for t in name.tokens]
    longer = [
        g
        for g in index.first_groups.get(words[0], ())
        if len(g.first.tokens) > len(words)
        and [fold(t) for t in g.first.tokens[: len(words)]] == words
        and g.first.kind in {"person", "name"}
        and compatible(gender, "", g.first.gender, "")
    ]
    if len({fold(g.first.name) for g in longer}) != 1:
        return None
    return longer[0].nearest(limit)[0]


def org_fullest(index: DocumentIndex, name: str, head: str, limit: int) -> Occurrence | None:
    """The fullest organisation name with the same head noun that contains every word of ``name``.

    "le conseil" → "Conseil de sécurité arménien"; "le parquet" → "parquet fédéral de Belgique".
    Only a phrase with a name in it (a capital) takes a description up: none for "la direction"
    when the text says only "la direction de la filiale".
    """
    words = {fold(t.text) for t in tokenize(name)} - _FUNCTION_WORDS
    head_key = fold(head)
    matches = [
        g
        for g in index.organisation_groups
        if fold(g.first.head) == head_key
        and words <= {fold(t) for t in g.first.tokens}
        and len(g.first.tokens) >= 1
    ]
    if not matches:
        return None

    def rank(found: tuple[Occurrence, int]) -> tuple[bool, int, int, int]:
        # a name the writer gives, before one only a quotation spells (« … de l'Ordre souverain
        # de Malte … », the text itself saying « l'Ordre de Malte »)
        o, order = found
        before = o.span.start < limit
        return (not o.quoted, len(o.tokens), o.span.start if before else -o.span.start, -order)

    best = max((g.nearest(limit) for g in matches), key=rank)[0]
    if not any(c.isupper() for c in best.name):
        # a longer lowercase phrase with the same head (« la direction de la filiale », « la
        # fédération de la pêche des eaux douces ») is another description, not a name: it may
        # be another body, and the description as written is the safer answer
        return None
    return best if len(best.tokens) > 1 or best.name[:1].isupper() else None


#: Links of a pronoun chain may lie at most this many sentences apart.
CHAIN_GAP = 1


def _fits(occurrence: Occurrence, gender: str, number: str) -> bool:
    """Whether a pronoun of ``gender`` and ``number`` can stand for ``occurrence``."""
    if occurrence.quoted or occurrence.kind not in _ANTECEDENT_KINDS:
        return False
    plural = occurrence.kind == "group" and occurrence.number != "s"
    if (number == "p") != plural:
        return False
    return compatible(gender, "", occurrence.gender, "")


#: « que » or « qu' » and at most three words before a name: the subject of a completive clause
#: (« estimant que le sprinteur jamaïcain Paul Roux … »), which the clause speaks of.
_COMPLETIVE_BEFORE = regex.compile(r"(?i)\bqu(?:e|['’])(?:[ \u00a0]*[\p{L}'’-]+){0,3}[ \u00a0]*\Z")


def _breaks_chain(index: DocumentIndex, occurrence: Occurrence, gender: str, number: str) -> bool:
    """Whether ``occurrence`` is a new subject the pronouns after it may stand for: a subject, or
    a name opening its sentence, whatever the parse made of it."""
    if occurrence.after_verb or not _fits(occurrence, gender, number):
        return False
    before = index.text[index.sentence_start(occurrence.span.start) : occurrence.span.start]
    if _COMPLETIVE_BEFORE.search(before):
        return False  # « Il estime que Paul Roux « … », a-t-il dit »: the subject of what he says
    opening = not before.strip(" \t\n\u00a0\u202f—–-«")
    return occurrence.subject or opening


def chain_start(index: DocumentIndex, limit: int, gender: str, number: str) -> int | None:
    """Where the chain of subject pronouns that a pronoun at ``limit`` continues begins, if any.

    A subject pronoun that takes up the subject pronoun of the sentence before it keeps its
    referent, whoever was named in between as an object: in « Après une minute, la Française a
    tenté une prise sur Martin, mais elle a cédé. « … », a-t-elle expliqué », « elle » is still the
    Française, not Martin. The chain runs back over pronouns of the same gender and number, each
    at most :data:`CHAIN_GAP` sentences from the next, and breaks at a subject that fits them.
    """
    links = [p for p in index.pronouns_between(0, limit) if (p.gender, p.number) == (gender, number)]
    start: int | None = None
    current = limit
    for link in reversed(links):
        if index.sentence_of(current) - index.sentence_of(link.start) > CHAIN_GAP:
            break
        between = Span(link.start, current)
        if any(_breaks_chain(index, o, gender, number) for o in index.within(between)):
            break
        start = current = link.start
    return start


def _addressed(index: DocumentIndex, occurrence: Occurrence) -> bool:
    """« — M'entend-elle ? demanda Clémence à Aimée. — Certes, répondit celle-ci »: a given
    name alone that the index typed a place for the preposition before it (« à Aimée », as « à
    Paris ») is the person the document names so elsewhere, with no place label from the parser;
    « celle-ci », « ce dernier » take up the referent named last, an addressee as well."""
    if occurrence.kind != "place" or occurrence.ent == "LOC" or len(occurrence.tokens) != 1:
        return False
    if not starts_person_name(occurrence.tokens[0]):
        return False  # « à Saint-Front », « à Paris »: no given name, a place
    name = fold(occurrence.name)
    same = index.by_last.get(fold(occurrence.tokens[-1]), ())
    return any(o.kind in {"person", "name"} and fold(o.name) == name for o in same)


#: What joins two names of an enumeration: a comma, « et », or both.
_LIST_JOINT = regex.compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:et[ \u00a0]+)?|et[ \u00a0]+)")
#: How many names, at least, make an enumeration.
_LIST_LENGTH = 3


def _enumerated(index: DocumentIndex, occurrence: Occurrence) -> bool:
    """Whether ``occurrence`` is a person's name among at least three joined by commas and « et »
    (« Anne Roux, Paul Dano, Marc Vidal et Julie Morel seront jurés »): a member of a list, whom a
    singular pronoun further on does not take up; « il » is someone the text speaks of alone."""
    if occurrence.kind not in {"person", "name"}:
        return False
    count = 1
    for step in (-1, 1):
        current = occurrence
        for other in _neighbours(index, occurrence, step):
            left, right = (other, current) if step < 0 else (current, other)
            if not _joined(index.text, left, right):
                break
            count += 1
            current = other
    return count >= _LIST_LENGTH


def _neighbours(index: DocumentIndex, occurrence: Occurrence, step: int) -> Iterator[Occurrence]:
    """The names of people before (``step`` -1, nearest first) or after (1) ``occurrence``."""
    at = bisect.bisect_left(index.starts, occurrence.span.start)
    while at < len(index.occurrences) and index.occurrences[at] is not occurrence:
        at += 1
    at += step
    while 0 <= at < len(index.occurrences):
        other = index.occurrences[at]
        if other.kind in {"person", "name"}:
            yield other
        at += step


def _joined(text: str, left: Occurrence, right: Occurrence) -> bool:
    """Whether only a comma or « et » stands between two names."""
    if left.span.end > right.span.start:
        return False
    return _LIST_JOINT.fullmatch(text, left.span.end, right.span.start) is not None


#: At most this many characters between a person's name and the title apposed to it (« , »).
_TITLE_GAP = 3


def _in_person_title(index: DocumentIndex, occurrence: Occurrence, gender: str, number: str) -> bool:
    """Whether ``occurrence`` is a body named in the title apposed to the person named right
    before it (« Paul Roux, directeur de l'office fluvial de Loire »): part of what the text
    says of that person, not a referent of its own that « ce dernier » could take up. Only when
    the person fits the pronoun's ``gender`` and ``number``: « cette dernière » after « Paul
    Roux, président de la fédération » is the federation."""
    if occurrence.kind == "person":
        return False
    for before in index.preceding(occurrence.span.start):
        if before.kind != "person":
            continue
        if number == "p" or not compatible(gender, "", before.gender, ""):
            return False
        title = before.title
        if not title or occurrence.name not in title:
            return False
        at = index.text.find(title, before.span.end, occurrence.span.end)
        return 0 <= at - before.span.end <= _TITLE_GAP
    return False


def pronoun_candidates(
    index: DocumentIndex,
    limit: int,
    gender: str,
    number: str,
    previous: Said | None,
    said_gender: Callable[[Said], str],
    *,
    last_mentioned: bool = False,
) -> list[Candidate]:
    """Antecedents of a pronoun at ``limit``, best first (an empty list when none fits).

    ``last_mentioned``: the pronoun is « ce dernier », « celle-ci », which points to the referent
    named last, whatever its function and whoever spoke before: the nearest one wins.
    """
    now = index.sentence_of(limit)
    candidates: list[Candidate] = []
    singles: list[tuple[int, Occurrence]] = []  # for "ils": the two people named last
    chain = None if last_mentioned else chain_start(index, limit, gender, number)
    # the chain's first pronoun takes up a subject: not an object named in its own sentence
    # (« … a tenté une prise sur Martin, mais elle a cédé »), nor anyone named after it
    floor = len(index.text) + 1 if chain is None else index.sentence_start(chain)
    for occurrence in index.preceding(limit):
        start = occurrence.span.start
        if start >= floor and (
            chain is None or start > chain or not occurrence.subject or occurrence.after_verb
        ):
            continue
        distance = now - index.sentence_of(occurrence.span.start)
        if distance > PRONOUN_LAST_RESORT:
            break
        if (occurrence.quoted and start != index.headline_subject) or index.in_subheading(start):
            continue  # a section's title is no part of the narration; a headline's subject is
        if last_mentioned and _in_person_title(index, occurrence, gender, number):
            continue  # « Paul Roux, président du conseil régional. Ce dernier … » is Paul Roux
        addressed = last_mentioned and _addressed(index, occurrence)
        if occurrence.kind not in _ANTECEDENT_KINDS and not addressed:
            continue
        if (
            number == "p"
            and occurrence.kind in {"person", "name"}
            and occurrence.subject
            and distance <= PRONOUN_REACH
        ):
            singles.append((distance, occurrence))
        if distance > PRONOUN_REACH:
            # beyond the reach, only as a last resort: the character named last (fiction)
            far = PRONOUN_REACH + 1 + (distance - PRONOUN_REACH) * FAR_COST
        else:
            far = float(distance)
        if number == "p" and (occurrence.kind != "group" or occurrence.number == "s"):
            continue
        if number == "s" and occurrence.kind == "group" and occurrence.number != "s":
            continue  # « elle » is « la famille », never « les témoins »
        if number == "s" and not last_mentioned and _enumerated(index, occurrence):
            continue  # one of a list of names: « il » takes up someone the text speaks of alone
        if not compatible(gender, "", occurrence.gender, ""):
            continue
        score = -far
        if occurrence.subject and not occurrence.after_verb and not last_mentioned:
            score += SUBJECT_BONUS  # not "regardait Florent": the object of a verb
            if _subordinate_subject(index, occurrence):
                score -= SUBORDINATE_SUBJECT_COST
        if occurrence.kind == "person" and not last_mentioned:
            score += PERSON_BONUS
        if occurrence.ent in _NOT_PERSON_ENTITIES:
            score -= THING_NAME_COST  # "il" is not "Royaume-Uni", whatever its distance
        if gender and occurrence.gender == gender:
            score += AGREEMENT_BONUS
        elif gender == "f" and not occurrence.gender and occurrence.kind in {"person", "name"}:
            score -= FEMININE_UNKNOWN_COST
        candidates.append(Candidate(score=score, position=occurrence.span.start, occurrence=occurrence))
    pair = _implicit_pair(singles, gender)
    if pair is not None:
        distance, first, second = pair
        candidates.append(
            Candidate(score=-float(distance) + PAIR_BONUS, position=second.span.start, pair=(second, first))
        )
    if (
        previous is not None
        and previous.kind not in {"document", "unknown", "place"}
        and not last_mentioned
        and not index.in_subheading(previous.position)  # a section's title, no narration
    ):
        distance = now - index.sentence_of(previous.position)
        plural = previous.number == "p" or previous.kind == "group"
        fits_number = (number == "p") == plural or not number
        if distance <= PRONOUN_REACH and fits_number and compatible(gender, "", said_gender(previous), ""):
            score = -float(distance) + PREVIOUS_SPEAKER_BONUS
            candidates.append(Candidate(score=score, position=previous.position, said=previous))
    candidates.sort(key=lambda c: (c.score, c.position), reverse=True)
    return candidates


def _subordinate_subject(index: DocumentIndex, occurrence: Occurrence) -> bool:
    """Whether ``occurrence``, a subject, opens a clause a subordinating word sets under a
    subject named before it in its sentence (« Paul Roux a démissionné parce que la direction
    … », « … alors que l'opinion devient méfiante »), its article between them."""
    start = index.sentence_start(occurrence.span.start)
    opening = _SUBORDINATOR_BEFORE.search(index.text, start, occurrence.span.start)
    if opening is None:
        return False
    return any(
        other.subject and not other.after_verb and other.span.end <= opening.start()
        for other in index.within(Span(start, opening.start()))
    )


#: A subordinating word and an article right before a phrase (« que la », « lorsqu'un »,
#: « alors que le »): the phrase is the subject of the clause it opens.
_SUBORDINATOR_BEFORE = regex.compile(
    r"(?i)\b(?:que|qu['’]|lorsque|lorsqu['’]|quand|puisque|puisqu['’]|si|s['’])[ \u00a0]*"
    r"(?:(?:le|la|les|l['’]|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs)[ \u00a0]*)?\Z"
)


def _implicit_pair(
    singles: Sequence[tuple[int, Occurrence]], gender: str
) -> tuple[int, Occurrence, Occurrence] | None:
    """The two different people named last, for a "ils" with no group named: (distance, a, b)."""
    first: Occurrence | None = None
    for distance, occurrence in singles:
        if gender == "f" and occurrence.gender == "m":
            continue  # "elles" needs two women
        if first is None:
            first = occurrence
        elif fold(occurrence.tokens[-1]) != fold(first.tokens[-1]):
            return distance, first, occurrence
    return None


def _own_part(title: str) -> str:
    """The part of a title that says what its holder is, before a role noun set as a complement
    (:func:`_complement_at`): « l'avocat du maire, Me Paul Roux » is the lawyer, not the mayor;
    the whole title when it holds no such complement (« secrétaire général de l'Union »)."""
    tokens = tokenize(title)
    folded = [fold(t.text) for t in tokens]
    for i, t in enumerate(tokens):
        if i > 0 and role_of(t.text) is not None and _complement_at(folded, i):
            preposition = i - 1 if folded[i - 1] in _OF_ROLE else i - 2
            return title[: tokens[preposition].start].rstrip()
    return title


def _role_words(title: str) -> tuple[set[str], set[str]]:
    """The folded words of a title and the domains of its role nouns, those of its holder's own
    part (:func:`_own_part`)."""
    return _own_words(_own_part(title))


def _own_words(title: str) -> tuple[set[str], set[str]]:
    """:func:`_role_words` of a title already cut to its holder's own part."""
    tokens = tokenize(title)
    domains = department_fields(fold(title))
    for t in tokens:
        role = role_of(t.text)
        if role is not None:
            domains.update(role[1])
    return {fold(t.text) for t in tokens}, domains


def _specific_domains(title: str) -> set[str]:
    """The domains of a title's specific role nouns: a hypernym (« responsable », « dirigeant »,
    `HYPERNYM_ROLES`) says too little of a person to rule out a more specific role (« la
    responsable du chantier » may be « l'archéologue »). The department a title names may put its
    holder in a field too (`department_fields`: « porte-parole du ministère des Affaires
    étrangères » is a diplomat)."""
    domains = department_fields(fold(title))
    for t in tokenize(title):
        role = role_of(t.text)
        if role is not None and fold(t.text) not in _HYPERNYMS:
            domains.update(role[1])
    return domains - _GENERIC_DOMAINS


def _fields_fit(fields: set[str], role: str, domains: set[str]) -> bool:
    """Whether a person whose roles lie in ``fields`` may be described by ``role`` of ``domains``:
    a field they share that is not only one of posts (« le lieutenant X » is not « le major »),
    or any shared field for a hypernym, which names every post of its field (« le préfet X » is
    « le haut fonctionnaire »)."""
    shared = fields & domains
    return bool(shared) if fold(role) in _HYPERNYMS else bool(shared - _POSITION_DOMAINS)


def _description_score(
    head: str, adjectives: set[str], domains: set[str], title: str | None, *, hypernym: bool = True
) -> float:
    if not title or domains <= {"kin"}:
        return 0.0  # "le père", "la mère": someone's relative, not the "père Marsac" of the text
    own_part = _own_part(title)
    words, title_domains = _own_words(own_part)
    score = 0.0
    head_key = fold(head)
    spelled_out = ROLE_EQUIVALENTS.get(head_key, ())
    own = fold(own_part)
    if head_key in words or head_key.rstrip("sx") in words or any(f in own for f in spelled_out):
        score = SAME_ROLE_SCORE  # « le PDG » is « le président-directeur général » named before
    elif hypernym and head_key in _HYPERNYMS and (domains - _GENERIC_DOMAINS) & title_domains:
        score = SAME_DOMAIN_SCORE
    else:
        return 0.0
    if _countries_clash(adjectives, words):
        return 0.0  # « le chef du gouvernement marocain » is not « … tunisien »: another post
    score += SHARED_WORD_SCORE * len(_unmarked(adjectives) & _unmarked(words))
    return score


@attrs.frozen
class _Post:
    """What a role phrase says of the post it names, read once per phrase (:func:`_post`): its
    first role noun, folded and in the masculine (« la présidente du … » → president); the
    capitalised words of its « de » complement, folded, the body whose post it is (« la
    présidente de la FAE » → fae; none for « le président du club »); the initials of that
    complement's words (« de l'Organisation mondiale de la santé » → oms); and whether it names a
    body by the place it sits in (« le Quai d'Orsay », « Bercy »: `INSTITUTION_METONYMS`,
    `SEATS_OF_POWER`), which no spelling compares."""

    head: str
    names: frozenset[str]
    initials: str
    seat: bool


#: The abbreviations of « Saint » and « Sainte » in place names, folded: « St Aurèle » and
#: « Saint-Aurèle » name one commune.
_SAINTS = {"st": "saint", "ste": "sainte", "st.": "saint", "ste.": "sainte"}


@functools.lru_cache(maxsize=1 << 12)
def _post(words: str) -> _Post:
    """:class:`_Post` of a role phrase; cached, as every candidate's title is read against one
    description, and the same titles against every description of a text."""
    tokens = list(tokenize(words))
    head = next((_masculine(fold(role_noun(t.lower))) for t in tokens if role_of(t.lower) is not None), "")
    start = next((k for k, t in enumerate(tokens) if t.lower in DE_FORMS and k > 0), None)
    complement = tokens[start + 1 :] if start is not None else []
    names = frozenset(
        _SAINTS.get(part, part)
        for t in complement
        if t.text[:1].isupper() and t.lower not in DETERMINERS
        for part in (fold(t.text), *fold(t.text).split("-"))
    )
    kept = [t for t in complement if t.lower not in DETERMINERS and t.lower not in DE_FORMS]
    initials = "".join(fold(t.text)[:1] for t in kept if t.text[:1].isalpha())
    folded = fold(words)
    seat = any(place in folded for place in (*INSTITUTION_METONYMS, *SEATS_OF_POWER))
    return _Post(head, names, initials, seat)


def _another_body(index: DocumentIndex, occurrence: Occurrence, words: str) -> bool:
    """Whether every role the text gives ``occurrence`` is a post of another body than the
    description's ``words`` name (:func:`_bodies_clash`)."""
    titles = [t for t in (occurrence.title, _apposed_after(index.text, occurrence)) if t]
    return bool(titles) and all(_bodies_clash(words, t) for t in titles)


def _bodies_clash(words: str, title: str | None) -> bool:
    """Whether a description's ``words`` and a person's ``title`` name two posts: two offices of
    one role noun (:func:`offices_clash`), or the same post of two bodies, their complements
    sharing no name: « la présidente de la FAE » is not « la présidente de
    l'Office des transports », nor « le ministre de la Justice » « le ministre de l'Intérieur ». Initials
    may stand for the name spelled out (« le directeur de l'OMS » is « le directeur de
    l'Organisation mondiale de la santé »)."""
    if not title:
        return False
    if offices_clash(words, title):
        return True  # « le ministre de la Culture » is not « le Premier ministre X »
    mine, other = _post(words), _post(title)
    if not mine.names or not other.names or mine.names & other.names or mine.head != other.head:
        return False  # another role may be another post of the same person (« député » and « président »)
    if mine.seat or other.seat:
        return False  # « le porte-parole du Quai d'Orsay » is the foreign ministry's
    return other.initials not in mine.names and mine.initials not in other.names


#: The role nouns of :data:`RANKED_OFFICES`.
_RANKED_NOUNS = frozenset(noun for _, noun in RANKED_OFFICES)


@functools.lru_cache(maxsize=1 << 12)
def _office(words: str) -> tuple[str, bool] | None:
    """The office a phrase names by a role noun of :data:`RANKED_OFFICES`, and whether it is the
    ranked one: the rank right before the noun (« le Premier ministre » → (« ministre », True),
    « le ministre de l'Intérieur » → (« ministre », False)) or a periphrasis of the ranked office
    (« le chef du gouvernement », :data:`RANKED_OFFICE_PERIPHRASES`), or the unranked office of
    another periphrasis (« le locataire de Bercy », a minister); ``None`` when it names none."""
    folded = [fold(t.text) for t in tokenize(words)]
    phrase = " ".join(folded)
    for periphrasis, noun in RANKED_OFFICE_PERIPHRASES.items():
        if periphrasis in phrase:
            return noun, True
    role = periphrasis_role(words)
    if role is not None and fold(role) in _RANKED_NOUNS:
        return fold(role), False  # « le locataire de Bercy », « le chef de la diplomatie »: a minister
    for k, word in enumerate(folded):
        if word in _RANKED_NOUNS:
            return word, k > 0 and (folded[k - 1], word) in RANKED_OFFICES
    return None


def offices_clash(words: str, title: str) -> bool:
    """Whether a description and a title name the same role noun as two offices, one ranked and
    one not (:data:`RANKED_OFFICES`): « le ministre de la Culture » is not « le Premier
    ministre hongrois, X », nor « le chef du gouvernement » « le ministre de l'Intérieur, X »; or
    qualified two ways (:data:`QUALIFIED_OFFICES`): « le secrétaire général » is not « le
    secrétaire d'État américain, X »."""
    mine, other = _office(words), _office(title)
    if mine is not None and other is not None and mine[0] == other[0] and mine[1] != other[1]:
        return True
    mine_q, other_q = _qualified_office(words), _qualified_office(title)
    return mine_q is not None and other_q is not None and mine_q[0] == other_q[0] and mine_q[1] != other_q[1]


@functools.lru_cache(maxsize=1 << 12)
def _qualified_office(words: str) -> tuple[str, str] | None:
    """The role noun of :data:`QUALIFIED_OFFICES` a phrase names and its qualifier right after it
    (« le secrétaire d'État » → (« secretaire », « d'etat »)); ``None`` when it names none, or
    leaves it unqualified (« le secrétaire du club »)."""
    folded = [fold(t.text) for t in tokenize(words)]
    for k, word in enumerate(folded):
        qualifiers = QUALIFIED_OFFICES.get(word)
        if qualifiers is None:
            continue
        after = "".join(folded[k + 1 : k + 3])
        one = folded[k + 1] if k + 1 < len(folded) else ""
        found = one if one in qualifiers else after if after in qualifiers else None
        return None if found is None else (word, "general" if found.startswith("general") else found)
    return None


def posts_of_two_bodies(description: str, other: str) -> bool:
    """Whether two descriptions name the same post of two bodies (« le leader du Rassemblement citoyen », « le
    leader du parti Horizon »), or two offices of one role noun: never one person's
    (:func:`_bodies_clash`)."""
    return _bodies_clash(description, other)


def _voices_clash(words: str, title: str) -> bool:
    """Whether a spokesperson's description ``words`` and a ``title`` speak for two others, their
    complements sharing no word (« le porte-parole du gouvernement » is not « X, porte-parole de
    l'opposition »; « la porte-parole des pompiers » is « X, porte-parole du service des pompiers
    de la ville »). A role with no complement speaks for anyone."""
    mine, other = _spoken_for(words), _spoken_for(title)
    return bool(mine) and bool(other) and not mine & other


def _spoken_for(words: str) -> set[str]:
    """The folded words, singular, of the complement after a role's noun (« du service de
    secours » → service, secours), articles and « de » left out."""
    tokens = list(tokenize(words))
    start = next((k for k, t in enumerate(tokens) if role_of(t.lower) is not None), None)
    if start is None:
        return set()
    return {
        fold(t.text).removesuffix("s")
        for t in tokens[start + 1 :]
        if t.text[:1].isalpha() and t.lower not in DETERMINERS and t.lower not in DE_FORMS
    }


def _unmarked(words: set[str]) -> set[str]:
    """Folded words in the masculine: an adjective agrees with its noun, so « la diplomatie
    tunisienne » and « le ministre tunisien » share « tunisien » (:func:`_masculine`)."""
    return {_masculine(w) for w in words}


#: Feminine endings of French adjectives that double or change their consonant, with the
#: masculine's (« tunisienne » → « tunisien », « bretonne » → « breton », « officielle »,
#: « muette », « active »); any other « e » is dropped (« marocaine » → « marocain »).
_FEMININE_ENDINGS = (("enne", "en"), ("onne", "on"), ("elle", "el"), ("ette", "et"), ("ive", "if"))


def _masculine(word: str) -> str:
    """A folded adjective in its masculine form (a word of four letters or fewer kept as is).

    >>> _masculine("tunisienne"), _masculine("marocaine"), _masculine("general")
    ('tunisien', 'marocain', 'general')
    """
    if len(word) <= 4:
        return word
    for feminine, masculine in _FEMININE_ENDINGS:
        if word.endswith(feminine):
            return word[: -len(feminine)] + masculine
    return word[:-1] if word.endswith("e") else word


#: Adjectives of nationality, folded, in the masculine (:data:`NATIONALITY_NOUNS`).
_NATIONALITIES = frozenset(_masculine(fold(noun)) for noun in NATIONALITY_NOUNS)


#: The countries of :data:`COUNTRY_NATIONALITIES` as their folded words, with their nationality
#: folded in the masculine; not the names that are also given names (« Maurice », « Salvador »).
_COUNTRY_WORDS = tuple(
    (frozenset(fold(t.text) for t in tokenize(country)), _masculine(fold(nationality)))
    for country, nationality in COUNTRY_NATIONALITIES.items()
    if country not in {"Maurice", "Salvador"}
)


def _nations(words: set[str]) -> set[str]:
    """The nationalities a set of folded words names, by an adjective (« tunisien ») or by a
    country (« du Togo » → togolais, « de la Corée du Nord » → nord-coréen)."""
    named = _unmarked(words) & _NATIONALITIES
    return named | {nationality for country, nationality in _COUNTRY_WORDS if country <= words}


def _countries_clash(own: set[str], other: set[str]) -> bool:
    """Whether two sets of folded words each name a country and no country in common (« chef du
    gouvernement marocain » and « chef du gouvernement tunisien », « le chef de l'État ghanéen »
    and « président du Togo »: two posts)."""
    own_countries = _nations(own)
    other_countries = _nations(other)
    return bool(own_countries) and bool(other_countries) and not own_countries & other_countries


def posts_of_two_countries(description: str, title: str | None) -> bool:
    """Whether a description and a title name the posts of two countries (« le chef du
    gouvernement marocain », « chef du gouvernement tunisien »): never the same person's."""
    if not title:
        return False
    return _countries_clash(
        {fold(t.text) for t in tokenize(description)}, {fold(t.text) for t in tokenize(title)}
    )


def _bare_name(said: Said) -> bool:
    """A source known only by a name that says nothing of a person (no title, no gender: « selon
    Greenpeace »), which an organisation noun may take up (« fustige l'association »)."""
    return said.kind == "person" and not said.gender and not said.title


def national_body(words: str) -> bool:
    """Whether a description names a nation's body (« le gouvernement canadien », « la délégation
    chinoise »): a lowercase nationality adjective says whose it is, so it takes up no
    organisation or source named before."""
    return any(t.lower in NATIONALITY_NOUNS for t in tokenize(words) if t.text.islower())


def periphrasis_role(words: str) -> str | None:
    """The role a periphrasis stands for (« le chef de l'État » → président, « le locataire de
    Bercy » → ministre, `ROLE_PERIPHRASES`), else ``None``; a former holder's too (« l'ex-chef de
    l'État », « l'ancien chef de l'État »); one followed by a nationality too (« le chef de la
    diplomatie suisse »); a rank in a world ranking is an athlete's (« la numéro 5 mondiale »)."""
    tokens = tokenize(words)
    # « le chef de la diplomatie suisse »: the periphrasis, then whose it is
    while len(tokens) > 1 and tokens[-1].text.islower() and tokens[-1].lower in NATIONALITY_NOUNS:
        key = _periphrasis_key(tokens)
        if key in PERIPHRASIS_ROLES:
            break
        tokens = tokens[:-1]
    key = _periphrasis_key(tokens)
    return "athlète" if _WORLD_RANK.fullmatch(key) else PERIPHRASIS_ROLES.get(key)


#: A rank in a world ranking, folded: « la numéro 5 mondiale », « le numéro un mondial » (the
#: key drops « un »), « l'ex-numéro 3 mondial »: an athlete's, whoever holds it.
_WORLD_RANK = regex.compile(r"numero(?: (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix))? mondiale?")


def _periphrasis_key(tokens: Sequence[Token]) -> str:
    first, _, rest = phrase_key(tokens).partition(" ")
    # « l'ancien chef de l'État », « le futur chef du gouvernement »: the periphrasis after the
    # word that sets its holder in time
    timed = first in _FORMER_WORDS or first in _NEXT_WORDS
    return rest if timed and rest else role_noun(f"{first} {rest}".strip())


#: Words before a role that make its holder a former one, folded (« l'ancien chef de l'État »);
#: the prefix « ex- » is :func:`~quoteattr.lang.fr.roles.role_noun`'s.
_FORMER_WORDS = frozenset({"ex", "ancien", "ancienne"})


def sentence_text(index: DocumentIndex, offset: int) -> str:
    """The raw-text sentence that holds ``offset``."""
    following = index.sentence_of(offset)
    end = index.boundaries[following] if following < len(index.boundaries) else len(index.text)
    return index.text[index.sentence_start(offset) : end]


def ranked_otherwise(words: str, head: str, given: str) -> bool:
    """Whether the description ``words``, of head noun ``head``, ranks its body or person by an
    ordinal (« le deuxième syndicat ») that ``given``, the words where the candidate was named or
    titled, sets against another rank of the same noun: a rank tells one from the others of its
    kind (« le premier syndicat d'infirmiers, Alliance, … Le deuxième syndicat a réagi » is
    another union, though « Alliance … Le premier syndicat d'infirmiers a réagi » is Alliance).

    >>> ranked_otherwise("le deuxième syndicat", "syndicat", "le premier syndicat d'infirmiers, Alliance")
    True
    >>> ranked_otherwise("le deuxième syndicat", "syndicat", "Alliance a réagi")
    False
    """
    ranks = {fold(t.text) for t in tokenize(words)} & ORDINALS
    if not ranks:
        return False
    tokens = [fold(t.text) for t in tokenize(given)]
    key = fold(head)
    stated = {t for t, after in itertools.pairwise(tokens) if t in ORDINALS and after == key}
    return bool(stated) and not ranks <= stated


#: The « de » complement after a role noun that says whom or what it speaks for (« le
#: représentant du bureau », « la porte-parole de la ministre »).
_SPOKEN_FOR = regex.compile(
    r"(?i)\b(?:" + "|".join(map(regex.escape, sorted(PROXY_ROLES))) + r")[ \u00a0]+(?:de|du|des|d['’])"
)


def describe_candidates(
    index: DocumentIndex,
    words: str,
    head: str,
    limit: int,
    previous: Said | None,
) -> Occurrence | Said | None:
    """The named person (or organisation) a description stands for, or ``None`` to keep it as is.

    A role description ("le haut diplomate américain") goes to the nearest person before it whose
    title shares the role or its domain, more so when it shares words ("américain"); an
    organisation description ("le parquet") to the fullest organisation with that head noun.
    """
    tokens = [t for t in tokenize(words) if t.lower not in DETERMINERS]
    if not tokens:
        return None
    # « l'ex-président » is a former president: the role noun without the prefix
    head = role_noun(head.lower().replace("’", "'").rsplit("'", 1)[-1]) if head else ""
    head_word = head if head and (role_of(head) or head in ORGANISATION_NOUNS) else ""
    if not head_word:
        for token in tokens:
            noun = role_noun(token.lower)
            if role_of(noun) is not None or noun in ORGANISATION_NOUNS:
                head_word = noun
                break
    periphrasis = periphrasis_role(words)
    if periphrasis is not None:
        # « la représentante de l'État » is the prefect; « le garde des Sceaux », « le locataire
        # de Bercy » hold no role noun of their own, but are the minister all the same
        head_word = periphrasis
    if not head_word:
        return None
    if head_word in ORGANISATION_NOUNS:
        found = org_fullest(index, words, head_word, limit)
        if found is not None:
            return found
        now = index.sentence_of(limit)
        national = national_body(words)  # « le gouvernement canadien »: no anaphor
        if (
            not any(c.isupper() for c in words[1:])
            and not national
            and head_word not in ORGANISATION_UNITS  # « la direction » of which company?
            and head_word not in PUBLIC_AUTHORITIES  # « la préfecture » is no firm quoted before
            and previous is not None
            # an unknown name without a gender (« selon Airbus »), not a person described (« un
            # habitant », whose article gives a gender): « la région » is no passer-by
            and (
                previous.kind == "organisation"
                or (previous.kind == "unknown" and not previous.gender)
                or _bare_name(previous)
            )
            and not other_body(head_word, previous.head)  # « la région » is no parquet
            # « le centre de surveillance des crues »: a noun whose own complement says which body it
            # is takes up only a body named with that noun, not the authorities quoted before
            and (not has_own_complement(words) or fold(previous.head) == fold(head_word))
            # « le parquet » takes up « le PNF », never « l'entreprise Ribaud Terrassements »
            and state_body_may_take_up(head_word, previous.head, initials=previous.initials)
            and now - index.sentence_of(previous.position) <= 3
            and not ranked_otherwise(words, head_word, sentence_text(index, previous.position))
        ):
            return previous
        return None
    role = role_of(head_word)
    if role is None:
        return None
    gender = role[0]
    if not gender:
        for t in tokenize(words):
            if t.lower in DETERMINERS and DETERMINERS[t.lower][0]:
                gender = DETERMINERS[t.lower][0]
                break
    domains = set(role[1])
    adjectives = {fold(t.text) for t in tokens if t.lower != head_word} - _FUNCTION_WORDS
    # « le représentant de l'office commercial de Taïwan » speaks for the body its complement
    # names: a member of it, never someone the text titles by another role of the field
    hypernym = not (head_word in PROXY_ROLES and _SPOKEN_FOR.search(words) is not None)
    now = index.sentence_of(limit)
    best: tuple[float, int, Occurrence | Said] | None = None
    period = _period(words)
    former = _former(words)
    # the words of the description the previous speaker's title lacks (« le leader conservateur »
    # after « le premier ministre X »), and the previous speaker's score without its bonus
    lacking: set[str] = set()
    unfavoured = 0.0
    if (
        previous is not None
        and previous.title
        and not _periods_clash(period, previous.title)
        and not (former and _held_now(previous.title, head_word))
        and not _team_sides_clash(head_word, [previous.title])
    ):
        score = (
            0.0
            if _bodies_clash(words, previous.title)
            else _description_score(head_word, adjectives, domains, previous.title, hypernym=hypernym)
        )
        if score > 0 and (not gender or not previous.gender or previous.gender == gender):
            distance = now - index.sentence_of(previous.position)
            unfavoured = score - DESCRIPTION_DISTANCE_COST * distance
            best = (unfavoured + SHARED_WORD_SCORE, previous.position, previous)
            lacking = _unmarked(adjectives - _PERIOD_WORDS.keys()) - _unmarked(
                _own_words(_own_part(previous.title))[0]
            )
    other: tuple[float, int, Occurrence] | None = None  # the best of the others whose title has them
    for occurrence in index.preceding(limit):
        distance = now - index.sentence_of(occurrence.span.start)
        if distance > DESCRIPTION_REACH:
            break
        if not _is_person(occurrence):
            continue  # the tagger's person, or a given name and a surname it left untyped
        if gender and occurrence.gender and occurrence.gender != gender:
            continue
        # « le professeur Marc Dautremer, infectiologue … et coordinateur de l'essai »: the title
        # before the name and the apposition after it both say what the person is
        apposed = _apposed_after(index.text, occurrence) or None
        before = _apposed_before(index.text, occurrence) or None
        if _titled_in_another_time(index, occurrence, period):
            continue  # « le prochain président » is not « le président sortant X »
        if former and any(_held_now(title, head_word) for title in (occurrence.title, apposed, before)):
            continue  # « l'ancienne maire » is not « la maire X », whom the text titles now
        if _team_sides_clash(head_word, [occurrence.title, apposed, before]):
            continue  # « l'entraîneur X » is no « capitaine »
        score = max(
            (
                _description_score(head_word, adjectives, domains, title, hypernym=hypernym)
                for title in (occurrence.title, apposed, before)
                if not _bodies_clash(words, title)
            ),
            default=0.0,
        )
        score = max(
            score,
            _description_score(
                head_word, set(), domains, _counterpart_title(index, occurrence, apposed), hypernym=hypernym
            ),
        )
        if score <= 0:
            continue
        total = score - DESCRIPTION_DISTANCE_COST * distance
        if best is None or (total, occurrence.span.start) > (best[0], best[1]):
            best = (total, occurrence.span.start, occurrence)
        titled = (t for t in (occurrence.title, apposed, before) if t)
        has_them = lacking and any(lacking & _unmarked(_own_words(_own_part(t))[0]) for t in titled)
        if has_them and (other is None or (total, occurrence.span.start) > (other[0], other[1])):
            other = (total, occurrence.span.start, occurrence)
    if best is not None and best[2] is previous and other is not None and other[0] > unfavoured:
        # a word of the description that another's title holds is evidence; having spoken last is
        # only salience: « le premier ministre X … « … », a-t-il dit. Le leader conservateur a
        # riposté … » is the conservative named before X spoke
        return other[2]
    return None if best is None else best[2]


#: Words that set a role's holder in time: one to come (« le prochain président », « la future
#: ministre », « le président élu », « le nouveau maire ») or one gone (« le président sortant »,
#: « l'ancien maire », « l'ex-ministre », and the one beaten: « le candidat malheureux », « le
#: président défait »), folded.
_NEXT_WORDS = ("prochain", "prochaine", "futur", "future", "nouveau", "nouvelle", "elu", "elue")
_GONE_WORDS = (
    "sortant", "sortante", "ancien", "ancienne", "ex", "precedent", "precedente",
    "battu", "battue", "defait", "defaite", "malheureux", "malheureuse",
)  # fmt: skip
_PERIOD_WORDS: dict[str, str] = {**dict.fromkeys(_NEXT_WORDS, "next"), **dict.fromkeys(_GONE_WORDS, "gone")}


def _period(words: str) -> str:
    """Whether a role phrase sets its holder to come (« next »), gone (« gone »), or neither ("")."""
    folded = (fold(t.text) for t in tokenize(words.replace("-", " ")))
    periods = {_PERIOD_WORDS[word] for word in folded if word in _PERIOD_WORDS}
    return periods.pop() if len(periods) == 1 else ""


def _former(words: str) -> bool:
    """Whether a role phrase names a role its holder had and no longer has (« l'ancien
    champion », « l'ex-ministre »), not one they are leaving (« le maire sortant »)."""
    return any(fold(t.text) in _FORMER_WORDS for t in tokenize(words.replace("-", " ")))


#: Words that make a role one its holder had (folded).
_FORMER_WORDS = frozenset({"ancien", "ancienne", "anciens", "anciennes", "ex"})


def _held_now(title: str | None, head: str) -> bool:
    """Whether ``title`` names the role ``head`` with no word of time (« la maire écologiste »):
    a role written plain is held now, so its holder is not the one a description calls its
    former holder (« l'ancienne maire »: someone else)."""
    if not title or not head:
        return False
    return not _period(title) and any(role_noun(t.lower) == head for t in tokenize(title))


def _periods_clash(period: str, title: str) -> bool:
    """Whether a description set in ``period`` and a person's ``title`` name holders of different
    times: « le prochain président » is not « le président sortant Marc Duval », nor « l'ancien
    maire » the new one."""
    other = _period(title)
    return bool(period and other and period != other)


def of_another_time(index: DocumentIndex, person: Occurrence, words: str) -> bool:
    """Whether the description ``words`` sets its holder in a time (`_period`) that a title or
    apposition the text gives ``person`` (any occurrence of the name) clashes with."""
    return _titled_in_another_time(index, person, _period(words))


def _titled_in_another_time(index: DocumentIndex, person: Occurrence, period: str) -> bool:
    """:func:`of_another_time` for a description's ``period`` read once (a loop over candidates)."""
    if not period:
        return False
    named = index.by_last.get(fold(person.tokens[-1]), ())
    titles = (
        t
        for o in named
        for t in (o.title, _apposed_after(index.text, o), _apposed_before(index.text, o))
        if t
    )
    return any(_periods_clash(period, t) for t in titles)


#: How many sentences back the person whose counterpart « son homologue » is may be named.
COUNTERPART_REACH = 3


def _counterpart_title(index: DocumentIndex, occurrence: Occurrence, apposed: str | None) -> str | None:
    """The post of a person introduced as someone's counterpart (« Son homologue montrevelois,
    Bruno Castaing »; ``apposed``: what is apposed after their name): the title of the nearest
    person named before them, at most :data:`COUNTERPART_REACH` sentences back, with a title of
    another kind (« l'entraîneur de Vernazac, Patrice Lheureux »); ``None`` for anyone else."""
    if not _counterpart(occurrence.title or apposed):
        return None
    here = index.sentence_of(occurrence.span.start)
    for other in index.preceding(occurrence.span.start):
        if here - index.sentence_of(other.span.start) > COUNTERPART_REACH:
            break
        if other.kind == "person" and other.title and not _counterpart(other.title):
            return other.title
    return None


#: How many sentences back the other party of « son homologue » may be named: a meeting's two
#: sides are named at its start and may not be named again for a few paragraphs.
OTHER_PARTY_REACH = 12


def counterpart_person(index: DocumentIndex, limit: int, owner: str, gender: str) -> Occurrence | None:
    """The other party of ``owner`` (a name), for « son homologue », « son adversaire » whose
    possessive stands for them: the nearest person named before ``limit``, at most
    :data:`OTHER_PARTY_REACH` sentences back, of ``gender``, who is not ``owner`` (« Interrogé sur
    ce désaccord, M. Whelan a reconnu … Son homologue s'est montré plus optimiste » is the one
    Whelan met, not Whelan); their fullest name. ``None`` when no one else fits."""
    here = index.sentence_of(limit)
    surname = fold(owner.split()[-1]) if owner.split() else ""
    for occurrence in index.preceding(limit):
        if here - index.sentence_of(occurrence.span.start) > OTHER_PARTY_REACH:
            break
        if not _named_person(index, occurrence) or fold(occurrence.tokens[-1]) == surname:
            continue
        if compatible(gender, "", occurrence.gender, ""):
            named = [o for o in index.by_last.get(fold(occurrence.tokens[-1]), ()) if _is_person(o)]
            return max(named or [occurrence], key=lambda o: len(o.tokens))
    return None


def _counterpart(title: str | None) -> bool:
    """Whether a title makes its person someone's counterpart (« son homologue montrevelois »)."""
    if not title:
        return False
    return "homologue" in {fold(t.text) for t in tokenize(title)}


#: Words that open the complement of a proper name's head ("Ordre de Malte", "Banque du Vatican").
_COMPLEMENT_LINKS = frozenset({"de", "du", "des", "d'", "pour", "sur", "contre"})
#: What may stand between a role and the name apposed to it: a comma, spaces, nothing else.
_APPOSED = regex.compile(r"[ \u00a0\u202f]*,?[ \u00a0\u202f]*")
#: The word (or punctuation) after an apposed name.
_NEXT_WORD = regex.compile(r"[ \t\u00a0\u202f]*([\p{L}'’]+|[^\s])")
#: The rest of a title up to the comma before the name apposed to it (« général du festival, »).
_TITLE_REST = regex.compile(r"(?:[ \u00a0]+(?:d['’]|l['’])?[\p{L}-]+){1,8}[ \u00a0]*,[ \u00a0]*")
#: Words that make the rest of a title a clause: « Le délégué a remercié les bénévoles, Paul … ».
_VERBAL = regex.compile(
    r"(?i)(?<![\p{L}'’])(?:a|ont|est|sont|avait|avaient|était|étaient|sera|seront|qui|que|et)(?![\p{L}'’])"
)


def _verbal(words: str) -> bool:
    """Whether the words after a role make it a clause (:data:`_VERBAL`), or hold a verb of
    speech (« Le syndicat réclame au ministre du Logement, Marc Petit, de … »: the minister is
    whom it asks, no name of the union's)."""
    return _VERBAL.search(words) is not None or any(finite_speech_form(t.lower) for t in tokenize(words))


#: Punctuation that closes an apposition.
_CLOSING = frozenset(",;:.)»")
#: The longest apposed name looked for after a role, in characters.
_MAX_APPOSED_NAME = 60


#: Entity labels of the parser for names that no personal pronoun stands for (an organisation
#: can be "il": "Airbus … a-t-il indiqué").
_NOT_PERSON_ENTITIES = frozenset({"LOC", "MISC"})


def _is_person(occurrence: Occurrence) -> bool:
    """A named person: so typed, or a given name and a surname ("à Nantes, Alain Roussel": a list
    after a place is typed a place, the given name says otherwise)."""
    if not occurrence.from_run or occurrence.quoted:
        return False
    given = bool(occurrence.gender) and len(occurrence.tokens) > 1 and occurrence.kind != "organisation"
    return occurrence.kind == "person" or given or _initials_and_surname(occurrence)


#: Opening and closing quotation marks, with the spaces French sets inside them.
_OPENING_MARK = regex.compile(r"[«“\"][ \u00a0\u202f]*$")
_CLOSING_MARK = regex.compile(r"[ \u00a0\u202f]*[»”\"]")


def _between_marks(text: str, span: Span) -> bool:
    """Whether the words at ``span`` are the whole of a quotation: a name set in marks."""
    return (
        _OPENING_MARK.search(text, max(0, span.start - 3), span.start) is not None
        and _CLOSING_MARK.match(text, span.end) is not None
    )


def _initials_and_surname(occurrence: Occurrence) -> bool:
    """« F.L. Copperman », « J.-P. Bruneau »: a person's initials, then the surname."""
    *initials, surname = occurrence.tokens
    return (
        occurrence.kind != "organisation"
        and bool(initials)
        and all(len(t) == 1 and t.isupper() for t in initials)
        and len(surname) > 1
        and surname[:1].isupper()
    )


def _may_be_person(index: DocumentIndex, occurrence: Occurrence) -> bool:
    """Whether a name of no known type may be a person's: a given name and a surname the text
    later writes alone (« Karl Brenning a démenti … dans le viseur de Brenning »), as news takes
    a person up, though no list knows the given name."""
    if occurrence.kind != "name" or occurrence.quoted or len(occurrence.tokens) != 2:
        return False
    alone = index.by_last.get(fold(occurrence.tokens[-1]), ())
    return any(len(o.tokens) == 1 and o.kind in {"name", "complement", "person"} for o in alone)


def _named_person(index: DocumentIndex, occurrence: Occurrence, *, given_alone: bool = False) -> bool:
    """A named person (:func:`_is_person`), or a bare surname the text gives a person elsewhere
    (« Le Français Théo Lemarchand … Lemarchand y a placé une attaque »: one name, one man).
    ``given_alone``: a listed given name alone that the tagger takes for no place nor body counts
    too (news names a witness so: « Karim attend sur un banc. « … », souffle ce
    quadragénaire »); for a demonstrative, which takes up whoever was just named, not for a
    description by role, which fiction's characters named by a given name would take."""
    if _is_person(occurrence):
        return True
    if occurrence.kind != "name" or occurrence.quoted or len(occurrence.tokens) != 1:
        return False
    if (
        given_alone
        and occurrence.from_run
        and occurrence.ent not in {"LOC", "ORG"}
        and starts_person_name(occurrence.tokens[0])
    ):
        return True  # « Karim attend sur un banc »: a witness named by a given name alone
    return any(o.kind == "person" for o in index.by_last.get(fold(occurrence.tokens[-1]), ()))


def _agent(text: str, span: Span) -> bool:
    """Whether the name at ``span`` follows « par »: the agent of a participle inside a phrase
    (« un porte-parole désigné par Paul Roux »), who is not the one the phrase describes."""
    return _AGENT_BEFORE.search(text, max(0, span.start - 8), span.start) is not None


_AGENT_BEFORE = regex.compile(r"(?i)\bpar\s+$")


def inner_person(index: DocumentIndex, span: Span) -> Occurrence | None:
    """The person a phrase names inside a role ("le directeur du club de Nantes, Luc Ferrandi", "le
    président de la BCE Draghi"): the last person-like name in it; places, organisations and
    complements after "de" are not people."""
    people = [o for o in index.within(span) if _is_person(o) and not _agent(index.text, o.span)]
    if people:
        return people[-1]
    # the name apposed right after the phrase the parser gave: "le président de la BCE, Draghi";
    # or after the rest of its title: « Le délégué | général du festival, Bruno Keller, »
    gap = _APPOSED.match(index.text, span.end)
    if gap is None:
        return None
    rest = _TITLE_REST.match(index.text, span.end)
    named_next = index.text[gap.end() : gap.end() + 1].isupper()
    if not named_next and "," not in gap.group() and rest is not None and not _verbal(rest.group()):
        gap = rest
    window = Span(gap.end(), gap.end() + _MAX_APPOSED_NAME)
    after = next((o for o in index.within(window) if o.span.start == gap.end() and _is_person(o)), None)
    if after is None:
        return None
    # juxtaposed ("le président de la BCE Draghi"), or closed by a comma or a preposition ("…,
    # Luc Ferrandi, a annoncé", "son avocat, Me Bastien Morel à l'AFP"); "Pour le ministre, Jean
    # Dupont devrait partir" opens a clause: not an apposition
    follow = _NEXT_WORD.match(index.text, after.span.end)
    word = "" if follow is None else follow.group(1).lower()
    closed = word[:1] in _CLOSING or word in PREPOSITIONS
    return after if "," not in gap.group() or closed else None


def headed_name(index: DocumentIndex, head: str) -> Occurrence | None:
    """The longest name of the text that ``head`` opens and a complement follows ("Ordre de
    Malte", "Conseil de sécurité"): the proper name a one-word capitalised head stands for, as a
    surname stands for a full name. Never a person's name: "Charles" is no head of "Charles de
    Gaulle" (a listed given name opens a person's name)."""
    key = fold(head)
    found = [
        o
        for o in index.by_first.get(key, ())
        if o.kind != "person"
        and not o.gender
        and not starts_person_name(o.tokens[0])
        and len(o.tokens) > 2
        and fold(o.tokens[1]) in _COMPLEMENT_LINKS
    ]
    return max(found, key=lambda o: (len(o.tokens), -o.span.start)) if found else None


#: Words an organisation's initials leave out: articles, prepositions, « et ».
_UNSPELLED = _FUNCTION_WORDS | _COMPLEMENT_LINKS | {"en", "à", "au", "aux"}
#: The fewest letters read as initials: « UE », « PS » stand for too many names.
_MIN_INITIALS = 3


def acronym_expansion(index: DocumentIndex, word: str, limit: int) -> Occurrence | None:
    """The organisation the text names in full whose initials ``word`` is: the first letters of
    its words but articles and prepositions (« l'ARS » for « l'Agence régionale de santé de
    Bretagne », « l'Inrap » for « l'Institut national de recherches archéologiques préventives
    »). Initials in capitals may leave out a place after « de » (« de Bretagne »); a word
    written as a name (« Inrap ») must spell every initial, and has at least four letters;
    initials in capitals and small letters (« la SdJ ») spell every word, a small letter for
    each small word (« la Société des journalistes »). The nearest such name wins, one before
    ``limit`` first; ``None`` when there is none."""
    letters = fold(word)
    capitals = word.isupper()
    if len(letters) < _MIN_INITIALS or not letters.isalpha():
        return None
    # « la SdJ »: initials whose small letters stand for the small words of the name
    mixed = word[:1].isupper() and word[-1:].isupper() and not capitals
    if not capitals and not mixed and not (word[:1].isupper() and len(letters) > _MIN_INITIALS):
        return None
    found = [
        o
        for o in index.occurrences
        if (o.kind == "organisation" or _unlisted_body(o))
        and len(o.tokens) >= len(letters)
        and (_abbreviates_every_word(word, o.tokens) if mixed else _abbreviates(letters, o.tokens, capitals))
    ]
    return min(found, key=lambda o: (o.span.start >= limit, abs(o.span.start - limit)), default=None)


def _unlisted_body(occurrence: Occurrence) -> bool:
    """Whether ``occurrence`` is a name of three words or more the index could not type, no
    given name opening it (« Vigilance Santé Monde », which « VSM » stands for): a body's name,
    which initials may stand for, not a person's."""
    return (
        occurrence.kind == "name"
        and len(occurrence.tokens) >= 3
        and not starts_person_name(occurrence.tokens[0])
    )


def _abbreviates(letters: str, tokens: Sequence[str], loose: bool) -> bool:
    """Whether ``letters`` are the initials of the words of ``tokens`` (see `acronym_expansion`);
    ``loose``: or of its first words, a « de » + capitalised place following them."""
    spelled = _spelled(tokens)
    initials = "".join(fold(tokens[i])[0] for i in spelled)
    if initials == letters:
        return True
    if not loose or len(initials) <= len(letters) or not initials.startswith(letters):
        return False
    after = spelled[len(letters) - 1] + 1
    return (
        after + 1 < len(tokens)
        and fold(tokens[after]) in {"de", "du", "d'"}
        and tokens[after + 1][:1].isupper()
    )


def _abbreviates_every_word(word: str, tokens: Sequence[str]) -> bool:
    """Whether initials written in capitals and small letters (« SdJ ») abbreviate every word of
    ``tokens``, a capital for each word of substance and a small letter for each article or
    preposition (« la Société des journalistes »)."""
    if len(word) != len(tokens):
        return False
    for letter, token in zip(word, tokens, strict=True):
        small = fold(token) in _UNSPELLED
        if fold(token)[:1] != fold(letter) or letter.islower() != small:
            return False
    return True


def _spelled(tokens: Sequence[str]) -> list[int]:
    """The indices of the words of ``tokens`` an organisation's initials spell: not its articles,
    prepositions and « et » (:data:`_UNSPELLED`), nor a word opening on no letter."""
    return [i for i, t in enumerate(tokens) if fold(t) not in _UNSPELLED and t[:1].isalpha()]


#: The most words a name spelled out before its initials in brackets may have.
_MAX_SPELLED = 8
#: What ends the words a name in full may be made of, going back from its initials: a
#: punctuation mark, a quotation mark, a bracket, a line break.
_SPELLING_BREAK = regex.compile(r"[,;:.!?«»\"()\[\]\n]")


def bracketed_expansion(text: str, word: str, limit: int) -> str | None:
    """The name in full a text gives right before ``word`` in brackets, its initials, with them:
    « le Rassemblement des éleveurs libres (REL) … a dit le REL » is the « Rassemblement des
    éleveurs libres (REL) », and so is « le REL » after « le Rassemblement des éleveurs libres
    (REL, ex-UEL) ». French introduces an acronym once with the name it stands for; the
    fewest words before the brackets whose initials, articles and prepositions left out, spell
    ``word``, the first one capitalised. The nearest such brackets before ``limit`` win, else the
    first after; ``None`` when the text spells the initials out nowhere."""
    letters = fold(word)
    if not word.isupper() or len(letters) < 2 or not letters.isalpha():
        return None
    # the initials may open a list in the brackets: « (RN, ex-FN) », « (CFDT, majoritaire) »
    brackets = list(
        regex.finditer(r"\([ \u00a0]?" + regex.escape(word) + r"[ \u00a0]?(?:,[^()\n]{0,40})?\)", text)
    )
    # or the name in full in brackets after them: « le FLRV (Front de libération de la rive verte) »
    after = list(regex.finditer(r"\b" + regex.escape(word) + r"[ \u00a0]?\(([^()\n]{3,160})\)", text))
    found = [(b.start(), _spelled_before(text, b.start(), letters)) for b in brackets]
    found += [(a.start(), _spelled_after(a.group(1), letters)) for a in after]
    named = sorted((start, spelled) for start, spelled in found if spelled is not None)
    before = [n for n in named if n[0] < limit]
    ordered = list(reversed(before)) + [n for n in named if n[0] >= limit]
    return f"{ordered[0][1]} ({word})" if ordered else None


def _spelled_after(inside: str, letters: str) -> str | None:
    """The name in full that brackets after initials open with (« FLRV (Front de libération de
    la rive verte) »): its first words, the first capitalised, whose initials are ``letters``
    (see :func:`bracketed_expansion`), up to the end of the brackets or a comma; ``None`` when
    they spell something else."""
    words = [t.text for t in tokenize(inside.split(",")[0])]
    if not words or not words[0][:1].isupper():
        return None
    for size in range(1, min(_MAX_SPELLED, len(words)) + 1):
        initials = "".join(fold(words[i])[0] for i in _spelled(words[:size]))
        if initials == letters and size == len(words):
            return " ".join(words).replace("' ", "'").replace("’ ", "’")
        if len(initials) > len(letters):
            return None
    return None


def _spelled_before(text: str, end: int, letters: str) -> str | None:
    """The fewest words right before ``end``, within its phrase, whose initials are ``letters``
    (see :func:`bracketed_expansion`)."""
    chunk = text[max(0, end - 200) : end]
    breaks = list(_SPELLING_BREAK.finditer(chunk))
    words = [t.text for t in tokenize(chunk[breaks[-1].end() :] if breaks else chunk)]
    for size in range(1, min(_MAX_SPELLED, len(words)) + 1):
        suffix = words[-size:]
        if not suffix[0][:1].isupper() or fold(suffix[0]) in _UNSPELLED:
            continue  # « L'agence … »: the name opens on its own capital, not an article's
        initials = "".join(fold(suffix[i])[0] for i in _spelled(suffix))
        if initials == letters:
            return " ".join(suffix).replace("' ", "'").replace("’ ", "’")
        if len(initials) > len(letters):
            return None
    return None


def the_two_named(
    index: DocumentIndex, limit: int, role: str, reach: int
) -> tuple[Occurrence, Occurrence] | None:
    """The two people the text has just named, for « les deux » and a plural ``role`` (« les deux
    élus » after « Le maire, Paul Roux, … Son adjoint, Marc Vidal, … »): the persons named at most
    ``reach`` sentences before ``limit``, in text order, when there are just two and the text gives
    each a role of ``role``'s field; ``None`` otherwise (a third person, or one of another field:
    « les deux élus » is not a mayor and the farmer he met)."""
    found_role = role_of(role)
    if found_role is None or "kin" in found_role[1]:
        return None
    domains = set(found_role[1]) - _GENERIC_DOMAINS
    if not domains:
        return None
    now = index.sentence_of(limit)
    people: dict[str, Occurrence] = {}
    for occurrence in index.preceding(limit):
        if now - index.sentence_of(occurrence.span.start) > reach:
            break
        if _is_person(occurrence) and not occurrence.quoted:
            people.setdefault(fold(occurrence.tokens[-1]), occurrence)
    if len(people) != 2:
        return None
    if not all(_may_hold(index, o, role, domains, given=True) for o in people.values()):
        return None
    second, first = people.values()
    return first, second


def sole_person(
    index: DocumentIndex, limit: int, role: str, gender: str, words: str = ""
) -> Occurrence | None:
    """The one person a text has named before ``limit``, for a description by ``role`` nothing
    else resolves ("la chanteuse" in an article that names one singer and no one else); its
    fullest name; for a feminine description, men do not count (« la ministre » after a woman and
    a man named). ``None`` when no person, or more than one, was named, when the genders disagree,
    for a kin role ("le père" is someone's father), and when the person was given another role
    ("le major" is not the lieutenant the text named), or the same role of another body than the
    description's ``words`` name (« la présidente de la FAE » is not « la présidente du Conseil
    du trésor, Sonia Lebrun »)."""
    found_role = role_of(role)
    if found_role is None or "kin" in found_role[1]:
        return None
    found: dict[str, list[Occurrence]] = {}
    for occurrence in index.preceding(limit):
        # « la ministre »: a man the text names is no second candidate; but a masculine role
        # noun is French's default, a woman's too (« le ministre », « le prévenu »): it rules
        # out no one
        if _is_person(occurrence) and (gender != "f" or compatible(gender, "", occurrence.gender, "")):
            found.setdefault(fold(occurrence.tokens[-1]), []).append(occurrence)
            if len(found) > 1:
                return None  # a second person: stop here, not at the start of a long text
        elif gender != "f" and _may_be_person(index, occurrence):
            return None  # « Marc Lenoir … de Lenoir »: a name of no known type, maybe a second person
    if len(found) != 1:
        return None
    (named,) = found.values()
    best = max(named, key=lambda o: (len(o.tokens), -o.span.start))
    if not compatible(gender, "", best.gender, ""):
        return None
    if set(found_role[1]) & _OFFICE_DOMAINS and all(_withheld(o) for o in named):
        return None  # « le prévenu, Monsieur E., … traduit le juge »: a party the paper keeps unnamed
    return None if _titled_otherwise(index, named, role, words) else best


def _team_sides_clash(role: str, titles: Sequence[str | None]) -> bool:
    """Whether ``role`` names one side of a team, its staff or its players (`TEAM_STAFF_ROLES`,
    `TEAM_PLAYER_ROLES`), and ``titles``, what the text calls a person, name only the other:
    « l'entraîneur Paul Roux » is no « capitaine », « le gardien Paul Roux » no « technicien ». A
    title of both sides (« ancien joueur devenu entraîneur ») rules out neither."""
    noun = fold(role)
    if noun in TEAM_STAFF_ROLES:
        side, other = TEAM_STAFF_ROLES, TEAM_PLAYER_ROLES
    elif noun in TEAM_PLAYER_ROLES:
        side, other = TEAM_PLAYER_ROLES, TEAM_STAFF_ROLES
    else:
        return False
    words = {fold(t.text) for title in titles if title for t in tokenize(title)}
    return bool(words & other) and not words & side


def _withheld(occurrence: Occurrence) -> bool:
    """Whether a person is named by an initial for a surname (« Monsieur E. », « Karim B. »): a
    private party news keeps unnamed (a defendant, a victim, a witness), never an official.

    >>> _withheld(Occurrence(Span(0, 10), "Monsieur E", ("E",), "person", civility="Monsieur"))
    True
    >>> _withheld(Occurrence(span=Span(0, 9), name="Paul Roux", tokens=("Paul", "Roux"), kind="person"))
    False
    """
    last = occurrence.tokens[-1] if occurrence.tokens else ""
    initial = len(last.rstrip(".")) == 1 and last[:1].isupper()
    return initial and (len(occurrence.tokens) > 1 or occurrence.civility is not None)


def _titled_otherwise(
    index: DocumentIndex, named: Sequence[Occurrence], role: str, described: str = ""
) -> bool:
    """Whether the text gives the person ``named`` (their occurrences) a role that ``role`` is
    not: a title before the name, an apposition after it or a role set off before it
    (« Hélène Roux, secrétaire générale du syndicat, » is not « la ministre », nor « le maire
    sortant, Paul Roux, » « le préfet »), another seat (« son secrétaire général, Stéphane
    Lacombe » is not « le ministre »), or a civility (« Me Sarah Klein » is no judge, « Mgr Paul
    Roux » no pope: :func:`_civility_rules_out`)."""
    if _civility_rules_out(index, fold(named[0].tokens[-1]), role):
        return True  # « Me Sarah Klein » is a lawyer: no « juge »
    found_role = role_of(role)
    domains = set(found_role[1]) if found_role is not None else set()
    if domains & _OFFICE_DOMAINS and _known_by_given_name_alone(index, fold(named[0].tokens[-1])):
        return True  # « Son voisin, Joël » holds no office
    titles = [words for o in named for words in _roles_written(index, o)]
    if _team_sides_clash(role, titles):
        return True  # « l'entraîneur Paul Roux » is no « capitaine »
    if fold(role) in CASE_PARTIES:
        return _officer_of_the_court(titles)  # anyone may stand trial, no judge nor lawyer
    if titles and all(
        _description_score(role, set(), domains, t) <= 0 or _bodies_clash(described, t) for t in titles
    ):
        return True
    return _another_post(titles, role)


#: Domains of offices held by one person the text titles (a prosecutor, a minister, a prefect,
#: an officer, a bishop): a person named without a title is not taken for their holder (« Paul
#: Martin a été placé en garde à vue. Le procureur a indiqué … » is the prosecutor named before).
_OFFICE_DOMAINS = frozenset({"government", "justice", "police", "military", "diplomacy", "religion"})


def paragraph_newcomer(
    index: DocumentIndex, start: int, titled: tuple[int, str], gender: str, role: str
) -> Occurrence | None:
    """The person a paragraph brings in, for a definite description by role at ``start`` that
    ``titled``, a person the text gave that role before the paragraph, would otherwise take up:
    news opens a paragraph on someone new, by name only, and gives their role when it next
    speaks of them (« Dans le camp adverse, Isabelle Kervella ne cachait pas sa déception. … « … »,
    a ajouté l'entraîneuse. », though « son entraîneuse, Sandrine Faure » came a paragraph
    before; ``titled`` is where that person was last met and their name). The newcomer is the
    one person named in the paragraph before ``start``, as a
    subject, of the description's gender, with no role written anywhere in the text; the titled
    person is not named in the paragraph; ``role``, the description's role noun, is no office
    (:data:`_OFFICE_DOMAINS`). ``None`` otherwise."""
    found_role = role_of(role)
    if found_role is None or set(found_role[1]) & _OFFICE_DOMAINS:
        return None
    paragraph = index.text.rfind("\n", 0, start) + 1
    people: dict[str, list[Occurrence]] = {}
    for occurrence in index.within(Span(paragraph, start)):
        if _named_person(index, occurrence):
            people.setdefault(fold(occurrence.tokens[-1]), []).append(occurrence)
    if len(people) != 1:
        return None
    ((surname, named),) = people.items()
    position, titled_name = titled
    if position >= paragraph:
        return None
    if fold(titled_name.split()[-1]) == surname or not any(o.subject for o in named):
        return None
    best = max(named, key=lambda o: len(o.tokens))
    if not compatible(gender, "", best.gender, ""):
        return None
    everywhere = [o for o in index.by_last.get(surname, ()) if _is_person(o)] or named
    if any(_roles_written(index, o) for o in everywhere):
        return None
    return best


def _roles_written(index: DocumentIndex, occurrence: Occurrence) -> list[str]:
    """What the text says ``occurrence`` is, around its name: its title, the apposition after it
    and the role set off before it (« la rapporteure de la commission, la députée Sophie Roux »)."""
    found = (
        occurrence.title,
        _apposed_after(index.text, occurrence),
        _apposed_before(index.text, occurrence),
    )
    return [words for words in found if words]


#: A full stop closing a sentence before the next one, which may open on a mark of any kind.
_SENTENCE_CLOSED = regex.compile(r"(?<!\b\p{Lu})[.!?…][ \t\u00a0\u202f]+[\"«“]?[ \u00a0\u202f]*\p{Lu}")


#: The title a lawyer's civility gives (« Me », « Maître »): French calls a lawyer so.
_BAR_TITLE = frozenset({"avocat", "avocate"})


def _of_the_bar(occurrence: Occurrence) -> bool:
    """Whether ``occurrence`` is named with the bar's civility (« Me Olivier Brun »)."""
    return occurrence.civility is not None and fold(occurrence.civility).rstrip(".") in BAR_CIVILITIES


def _prelate(occurrence: Occurrence) -> bool:
    """Whether ``occurrence`` is named with a prelate's civility (« Mgr Paul Roux »)."""
    return occurrence.civility is not None and fold(occurrence.civility).rstrip(".") in PRELATE_CIVILITIES


def later_titled_person(
    index: DocumentIndex,
    start: int,
    role: str,
    gender: str,
    *,
    written: str = "",
    described: str = "",
    proxy: bool = False,
) -> Occurrence | None:
    """The one person the text titles by ``role`` after ``start``, for a definite description by
    that role no one before it fits: a text that speaks of « le procureur » and later names « le
    procureur Stefano Palazzi » has one prosecutor (« Le procureur pense avoir affaire à … ». …
    « contrairement à ce que demandait le procureur Stefano Palazzi »). ``None`` when no one, or
    more than one person, is titled so anywhere in the text, when they are titled so before the
    description's next sentence, or when the genders disagree. With ``written``, the title must
    hold every word of that description too: « l'avocat général » is not « l'avocat Paul Roux ».
    A title of another country than the description, ``described``, names someone else (« le
    sculpteur italien » is not « le sculpteur espagnol Luis Ortega »), as does the same post of
    another body (« le préfet de la Manche » is not « le préfet du Rhône, X »:
    :func:`_bodies_clash`). With ``proxy``, the role speaks for someone (« le porte-parole »), and
    a title that speaks for someone else names another (:func:`_voices_clash`)."""
    found_role = role_of(role)
    if found_role is None or not set(found_role[1]) - _GENERIC_DOMAINS:
        return None  # « la mère », « la jeune fille »: someone's, or anyone
    key = fold(role)
    needed = {fold(t.text) for t in tokenize(written)} - _FUNCTION_WORDS
    own = {fold(t.text) for t in tokenize(described)}
    found: dict[str, list[Occurrence]] = {}
    for occurrence in index.occurrences:
        if not _is_person(occurrence):
            continue
        titles = [
            _role_words(t)[0]
            for t in _roles_written(index, occurrence)
            if not _countries_clash(own, {fold(w.text) for w in tokenize(t)})
            and not _bodies_clash(described, t)
            and not (proxy and _voices_clash(described, t))
        ]
        if _of_the_bar(occurrence):
            titles.append(set(_BAR_TITLE))  # « Me Olivier Brun » is « l'avocat »
        if any(key in words and needed <= words for words in titles):
            found.setdefault(fold(occurrence.tokens[-1]), []).append(occurrence)
    if len(found) != 1:
        return None
    (named,) = found.values()
    if index.sentence_of(named[0].span.start) <= index.sentence_of(start) and (
        _SENTENCE_CLOSED.search(index.text, start, named[0].span.start) is None
    ):
        # titled before: the resolver's other steps had their chance; in the description's own
        # sentence, the title may be the description itself, a phrase closing before the name
        # (« Pour le ministre, Jean Dupont devrait partir »); a sentence that opens on a straight
        # mark is a new one (« …, a déclaré le procureur. "…", a dit le procureur Jean Roux »)
        return None
    best = max(named, key=lambda o: (len(o.tokens), -o.span.start))
    return best if compatible(gender, "", best.gender, "") else None


def named_after_office(
    index: DocumentIndex, start: int, role: str, gender: str, speaks: Callable[[Occurrence], bool]
) -> Occurrence | None:
    """The one person a whole text names, for a definite description by an office
    (:data:`_OFFICE_DOMAINS`: a minister, a prosecutor, a prefect) at ``start`` when the text
    names that person only after it: news gives an official's post first and the name later,
    bare, as that of someone already known (« Les crues ont causé trois morts, a déclaré mardi le
    ministre de l'Intérieur. « … », a-t-il ajouté. Paul Verdier a salué le travail des secours »).

    A person the text names bare, with no title nor apposition, is one the reader is meant to
    know; someone it introduces gets an age or a role (« Jean Marteau, 67 ans, », « Jean
    Marteau, un riverain, »). So the person must be named in full (a given name and a surname),
    of the description's gender (both known), with no age after the name and no role the text
    gives that is not this one (:func:`_titled_otherwise`), and be the subject of a speech verb
    somewhere (``speaks``), as the official is: a suspect or a victim, the one other person a
    short report may name, is not. ``None`` when the text names a second person, or a name that
    may be a person's, anywhere; when the person was named before ``start`` (the one person named
    before is :func:`sole_person`'s), or fails one of these tests."""
    found_role = role_of(role)
    if found_role is None or not set(found_role[1]) & _OFFICE_DOMAINS:
        return None
    found: dict[str, list[Occurrence]] = {}
    for occurrence in index.occurrences:
        if _is_person(occurrence):
            found.setdefault(fold(occurrence.tokens[-1]), []).append(occurrence)
            if len(found) > 1:
                return None
        elif _may_be_person(index, occurrence):
            return None
    if len(found) != 1:
        return None
    (named,) = found.values()
    if named[0].span.start < start:
        return None
    best = max(named, key=lambda o: (len(o.tokens), -o.span.start))
    if len(best.tokens) < 2 or not gender or best.gender != gender:
        return None
    if any(_AGE_APPOSED.match(index.text, o.span.end) for o in named):
        return None  # « Jean Marteau, 67 ans, raconte »: someone the text introduces
    if _titled_otherwise(index, named, role) or not any(speaks(o) for o in named):
        return None
    return best


def next_incise_speaker(
    index: DocumentIndex, start: int, role: str, gender: str, speaks: Callable[[Occurrence], bool]
) -> Occurrence | None:
    """The person the text names next after a definite description by an office
    (:data:`_OFFICE_DOMAINS`) at ``start``, bare, as the subject of a speech verb: news gives the
    post first, then the name of someone the reader is meant to know (« Le ministre de
    la Culture dit avoir « bon espoir ». « … », a déclaré Paul Verdier. », « … adressé par la
    ministre. Anne Vidal a déploré … »).

    The first person named after ``start``, within :data:`NEXT_SPEAKER_REACH` sentences (counted
    from the last subject pronoun of ``gender`` that takes the description up, :func:`_chain_end`:
    « « … », a assuré le ministre. … « … », a-t-il dit. Il veut … « … », a souligné Marc Dumas »), must be
    that subject (right after a speech verb form in the incise of a quote, or before one:
    ``speaks``), named in full, of the description's gender (both known), never named before
    ``start``, with no age after the name and no role the text gives that is not this one
    (:func:`_titled_otherwise`), and no second bare person named in that stretch
    (:func:`_another_bare_person`); ``None`` otherwise."""
    found_role = role_of(role)
    if found_role is None or not set(found_role[1]) & _OFFICE_DOMAINS or not gender:
        return None
    # the pronouns that take the description up keep it present (« « … », a assuré le ministre.
    # … « … », a-t-il dit. Il veut … « … », a souligné Marc Dumas »)
    last = _chain_end(index, start, gender, len(index.text)) + NEXT_SPEAKER_REACH
    for occurrence in _named_after(index, start, last):
        before = max(0, occurrence.span.start - _INCISE_REACH)
        incise = _INCISE_VERB_BEFORE.search(index.text, before, occurrence.span.start)
        inverted = incise is not None and conjugated_speech_form(incise["verb"].lower())
        if not (_is_person(occurrence) or _may_be_person(index, occurrence)):
            if occurrence.kind == "name" and (inverted or speaks(occurrence)):
                # « « … » assure Marc-Henri-Dumas, rappelant que le gouvernement a promis … »:
                # the first one named speaking is a name of no known kind; no telling it is not
                # the one the post stands for
                return None
            continue
        if (
            not (inverted or speaks(occurrence))
            or not _is_person(occurrence)
            or len(occurrence.tokens) < 2
            or occurrence.gender != gender
            or _AGE_APPOSED.match(index.text, occurrence.span.end)
        ):
            return None
        surname = fold(occurrence.tokens[-1])
        named = [o for o in index.by_last.get(surname, ()) if _is_person(o)]
        if any(o.span.start < start for o in named) or _titled_otherwise(index, named, role):
            return None
        if _another_bare_person(index, occurrence, last):
            return None  # « Paul Verdier a salué … Marc Lenoir a dénoncé … »: no telling
        return occurrence
    return None


def _another_bare_person(index: DocumentIndex, found: Occurrence, last: int) -> bool:
    """Whether the text names, after ``found`` and up to sentence ``last``, a person other than
    ``found`` with no title nor apposition, whom a post named before might as well be."""
    surname = fold(found.tokens[-1])
    for occurrence in _named_after(index, found.span.start, last):
        bare = not occurrence.title and not _apposed_after(index.text, occurrence)
        if _is_person(occurrence) and fold(occurrence.tokens[-1]) != surname and bare:
            return True
    return False


def _named_after(index: DocumentIndex, start: int, last: int) -> Iterator[Occurrence]:
    """The occurrences outside quotes that start after ``start``, up to sentence ``last``, in
    text order."""
    for i in range(bisect.bisect_right(index.starts, start), len(index.occurrences)):
        occurrence = index.occurrences[i]
        if index.sentence_of(occurrence.span.start) > last:
            return
        if occurrence.span.start > start and not occurrence.quoted:
            yield occurrence


#: How far back (characters) from a name its incise's verb may start.
_INCISE_REACH = 40
#: How many sentences after an office's description the next incise may name its holder.
NEXT_SPEAKER_REACH = 2

#: A speech verb right before an inverted subject, in the incise after a quote: « », a déclaré ».
_INCISE_VERB_BEFORE = regex.compile(
    r"[»”\"][ \u00a0]*,?[ \u00a0]*(?:(?:a|avait)[ \u00a0]+)?(?:\p{Ll}+[ \u00a0]+)?"
    r"(?P<verb>\p{Ll}+)[ \u00a0]+\Z"
)


#: An age set after a name, as news introduces someone the reader does not know: « Jean
#: Marteau, 67 ans, », « Jean Marteau (67 ans) ».
_AGE_APPOSED = regex.compile(r"[ \u00a0]*[,(][ \u00a0]*\d{1,3}[ \u00a0\u202f]+ans\b")


def head_of_person(index: DocumentIndex, words: str, gender: str) -> Occurrence | None:
    """The one person the text titles head of the organisation a description by a word for its
    head names (:data:`HEAD_WORDS`, :data:`HEAD_TITLES`): « le secrétaire général de l'Union,
    Pierre Vandermeer, … Le chef de l'Union a réagi » is Vandermeer, the same organisation after
    both; the initials the description gives in brackets name it too (« le patron de l'Agence
    régionale des océans (ARO) » … « Josef Marek, directeur général de l'ARO »), and so do
    initials that spell the name the other gives in full (:func:`_initials_of`). ``None`` for
    any other description, when no one, or more than one person, is titled so, or when the
    genders disagree."""
    tokens = [fold(t.text) for t in tokenize(words)]
    if len(tokens) < 4 or tokens[0] not in {"le", "la", "l'"} or tokens[1] not in HEAD_WORDS:
        return None
    if tokens[2] not in {"de", "du", "des", "d'"}:
        return None
    owners = _owner_forms(index.text, words, tokens[2:])
    found: dict[str, list[Occurrence]] = {}
    for occurrence in index.occurrences:
        roles = _roles_written(index, occurrence)
        if _is_person(occurrence) and any(_heads(role, owner) for role in roles for owner in owners):
            found.setdefault(fold(occurrence.tokens[-1]), []).append(occurrence)
    if len(found) != 1:
        return None
    (named,) = found.values()
    best = max(named, key=lambda o: (len(o.tokens), -o.span.start))
    return best if compatible(gender, "", best.gender, "") else None


def _owner_forms(text: str, words: str, owner: list[str]) -> list[list[str]]:
    """The folded words of the organisation a description names after its preposition, and its
    initials when the text gives them in brackets right after its name (« de l'Agence régionale
    des océans (ARO) » is « de l'ARO » too)."""
    found = _OWNER_NAME.search(words)
    if found is None:
        return [owner]
    initials = regex.search(regex.escape(found.group(1)) + _INITIALS_AFTER, text)
    if initials is None:
        return [owner]
    folded = fold(initials.group(1))
    return [owner, [owner[0], "l'", folded], [owner[0], folded], ["du", folded]]


#: The organisation's name after the head's preposition (« l'Agence régionale des océans »).
_OWNER_NAME = regex.compile(r"\b(?:de|du|des|d['’])[ \u00a0]*(.+)$")
#: Initials in brackets right after an organisation's name: « (ARO) ».
_INITIALS_AFTER = r"[ \u00a0]*\((\p{Lu}{2,8})\)"


def _heads(role: str, owner: Sequence[str], *, spelled: bool = True) -> bool:
    """Whether ``role`` is a head's title (:data:`HEAD_TITLES`) of ``owner``, the folded words
    of an organisation after its preposition (« secrétaire général de l'Union »); ``spelled``:
    or of its initials, or of the name they spell (:func:`_initials_of`)."""
    initials = _INITIALS_CLOSING.search(role)
    if initials is not None:
        # « directeur de l'Agence régionale des océans (ARO) » heads « l'ARO » too; the
        # initials it gives are the organisation's, never others its words would spell
        named = role[: initials.start()]
        if _heads(named, owner, spelled=False):
            return True
        owned = _OWNER_NAME.search(named)
        return (
            owned is not None
            and owner[-1:] == [fold(initials.group(1))]
            and _head_title(named[: owned.start()])
        )
    tokens = _folded_past_articles(role)
    title = tokens[: len(tokens) - len(owner)]
    if tokens[len(title) :] == list(owner) and " ".join(title) in HEAD_TITLES:
        return True
    return spelled and any(
        tokens[cut] in DE_FORMS
        and " ".join(tokens[:cut]) in HEAD_TITLES
        and _initials_of(tokens[cut:], owner)
        for cut in range(1, len(tokens) - 1)
    )


def _initials_of(owned: Sequence[str], owner: Sequence[str]) -> bool:
    """Whether two organisations after their preposition, folded, are one written in full and
    its initials: « de l'Agence régionale des océans » and « de l'ARO ». French news
    gives either, and the title in one and its head word in the other (« le chef de
    l'Agence régionale des océans … la directrice générale de l'ARO, Anna Berg »)."""
    first, second = _past_link(owned), _past_link(owner)
    return any(
        len(initials) == 1
        and len(full) > 1
        and len(initials[0]) >= _MIN_INITIALS
        and initials[0].isalpha()
        and _abbreviates(initials[0], full, False)
        for initials, full in ((first, second), (second, first))
    )


def _past_link(owner: Sequence[str]) -> list[str]:
    """The folded words of an organisation past its preposition and article (« de l' »)."""
    return _past_articles(list(owner[1:]) if owner[:1] and owner[0] in DE_FORMS else list(owner))


def _head_title(words: str) -> bool:
    """Whether ``words``, after any article, are a head's title (:data:`HEAD_TITLES`)."""
    return " ".join(_folded_past_articles(words)) in HEAD_TITLES


def _folded_past_articles(words: str) -> list[str]:
    """The folded words of ``words`` past the articles that open them."""
    return _past_articles([fold(t.text) for t in tokenize(words)])


def _past_articles(folded: list[str]) -> list[str]:
    """``folded`` words past the articles that open them."""
    while folded and folded[0] in DETERMINERS:
        folded = folded[1:]
    return folded


#: Initials in brackets that close a title, after its organisation's name: « (OMS) ».
_INITIALS_CLOSING = regex.compile(r"[ \u00a0]*\((\p{Lu}{2,8})\)[ \u00a0]*$")


def _another_post(titles: Sequence[str], role: str) -> bool:
    """Whether ``role`` is a seat (:data:`OFFICES`) and ``titles`` give a person a specific role
    but never that one: one seat, one holder (« Stéphane Lacombe, secrétaire général du syndicat »
    holds no minister's seat)."""
    if fold(role) not in OFFICES:
        return False
    specific = any(_specific_domains(words) for words in titles)
    seat = OFFICES[fold(role)]
    held = any(fold(role) in _role_words(words)[0] or seat in _offices(words) for words in titles)
    return specific and not held


#: The longest first line (characters) read as a headline.
HEADLINE_MAX_CHARS = 200


def headline_person(
    index: DocumentIndex, limit: int, role: str, gender: str, *, lead: bool = False
) -> Occurrence | None:
    """The one person a headline names, for a definite description by ``role`` that no titled
    person matches: a news article is about the person of its headline (« Mohamed Zerouali reçu par
    le roi » … « le boxeur de 23 ans a exprimé »). Its fullest name, or ``None``: no headline (a
    first line longer than :data:`HEADLINE_MAX_CHARS`, or none before ``limit``), no person or
    two in it, genders that disagree, a kin role, or a person the text gives roles of other
    fields only, in titles or appositions ("le ministre" is not the boxer of the headline); a
    person it gives no role at all is the one the article is about, taken for known (« Paul Roux
    à Lunel » … « a expliqué le directeur artistique »), under a headline that is no sentence
    (« Paul Roux affirme que … ⏎ » heads nothing: the post the body names is someone else's).
    With ``lead``, the description stands in the body's first sentence and no one is named in the
    body before it: the lead describes the person its headline named (« Le prix de la critique à
    Marc Aubry ⏎ « … », a lancé le romancier lyonnais »), whatever role the text gives them."""
    found_role = role_of(role)
    if found_role is None or "kin" in found_role[1]:
        return None
    end = index.text.find("\n")
    if end < 0 or end > HEADLINE_MAX_CHARS or end >= limit:
        return None
    # a headline is terse: its names are people when the text itself says so, or, for the lead,
    # when the headline writes a given name and a surname
    people: dict[str, list[Occurrence]] = {}
    for occurrence in index.preceding(limit):
        if _is_person(occurrence) or (lead and occurrence.span.end <= end and occurrence.kind == "person"):
            people.setdefault(fold(occurrence.tokens[-1]), []).append(occurrence)
    if lead:
        # « Daumal : la réforme des ports se fera ⏎ …, a déclaré la ministre de la Mer. Claire
        # Daumal a promis … »: the headline's surname, which the body names in
        # full after its lead, is a person's
        headed = {fold(o.tokens[-1]) for o in index.occurrences if o.span.end <= end and o.kind == "name"}
        for occurrence in index.occurrences:
            if (
                occurrence.span.start >= limit
                and _is_person(occurrence)
                and fold(occurrence.tokens[-1]) in headed
            ):
                people.setdefault(fold(occurrence.tokens[-1]), []).append(occurrence)
    named = {
        fold(o.tokens[-1])
        for o in index.occurrences
        if o.span.end <= end and o.kind in {"person", "name"} and fold(o.tokens[-1]) in people
    }
    if len(named) != 1:
        return None
    (surname,) = named
    mentions = people[surname]
    best = max(mentions, key=lambda o: (len(o.tokens), -o.span.start))
    if not compatible(gender, "", best.gender, ""):
        return None
    domains = set(found_role[1]) - _GENERIC_DOMAINS
    described = [o.title for o in mentions if o.title] + [_apposed_after(index.text, o) for o in mentions]
    given = [words for words in described if words]  # the roles the text gives the person
    if not lead and given and not any(domains & _role_words(words)[1] for words in given):
        return None  # a role the text gives the person must be of the same field
    if not lead and not given and header_end(index.text) == 0:
        return None  # a first line that is a sentence names no one the article is about
    if _another_post(given, role):
        return None  # a seat the person of the headline was never given
    return best


def in_lead(index: DocumentIndex, start: int) -> bool:
    """Whether ``start`` lies in the first sentence of the body under a headline (a header of
    short lines that do not end as sentences do, :func:`~quoteattr.attribute.entities.header_end`;
    its first line at most :data:`HEADLINE_MAX_CHARS`), no person named in the body before it. A
    first line that is a sentence heads nothing: « Paul Roux affirme que … ⏎ Le ministre dit … »
    is two paragraphs of a body."""
    end = index.text.find("\n")
    header = header_end(index.text)
    if end < 0 or end > HEADLINE_MAX_CHARS or header == 0 or start < header:
        return False
    body = len(index.text) - len(index.text[header:].lstrip())
    if index.sentence_of(start) != index.sentence_of(body):
        return False
    return not any(_is_person(o) and o.span.start >= body for o in index.preceding(start))


def headline_role_holder(index: DocumentIndex, person: Occurrence, role: str) -> bool:
    """Whether the headline describes by ``role`` the person the body then opens on: news heads a
    piece with a role and names its holder in the first sentence (« La rectrice reçoit les
    grévistes ⏎ Anne Diallo a tenu une réunion mardi … »). The headline, its first line
    (at most :data:`HEADLINE_MAX_CHARS`), must hold a definite description whose head is that
    role, and ``person`` must be the subject that opens the next line's first sentence."""
    end = index.text.find("\n")
    if end < 0 or end > HEADLINE_MAX_CHARS:
        return False
    headline = tokenize(index.text[:end])
    key = fold(role)
    described = any(
        fold(word.text) == key and k > 0 and headline[k - 1].lower in _DEFINITE_SINGULAR_WORDS
        for k, word in enumerate(headline)
    )
    if not described:
        return False
    body = len(index.text) - len(index.text[end:].lstrip())
    return person.span.start == body and person.subject


#: An apposition after a name: a comma, then words up to the next comma or full stop.
_APPOSITION = regex.compile(r"[ \t\u00a0\u202f]*,([^,.;:()«»\n]{1,80})")


def _apposed_after(text: str, occurrence: Occurrence) -> str:
    """The words apposed after a name ("Karim Benali, seul athlète marocain médaillé, …"), when
    they describe a person: a role noun among their first words (not « Youssef Benali, une comédie
    sur un chauffeur d'autocar », which describes his film)."""
    found = _APPOSITION.match(text, occurrence.span.end)
    if found is None:
        return ""
    apposed = found.group(1)
    words = tokenize(apposed)
    auxiliary = next((k for k, t in enumerate(words) if t.lower in AUXILIARY_FORMS), None)
    if auxiliary is not None:
        if not opens_sentence(text, occurrence.span.start) or words[0].lower in RELATIVE_PRONOUNS:
            # an auxiliary makes the words after the comma a clause of their own, no apposition:
            # « Interrogé sur l'absence de Karim Benzema, le technicien a répondu », « Paul Roux,
            # dont l'avocat a dit … »
            return ""
        # a name that opens its sentence is its subject: the role after it is its apposition,
        # the verb the sentence's, its closing comma left out (« Paul Roux, le maire de Valmont
        # est inquiet »)
        apposed = apposed[: words[auxiliary].start].rstrip()
        words = words[:auxiliary]
    while words and words[0].lower in DETERMINERS:
        words = words[1:]
    head = words[:_APPOSED_HEAD_WORDS]
    return apposed if any(role_of(t.text) is not None for t in head) else ""


#: A description set off by a comma before a name and its title: « la rapporteure de la
#: commission, la députée Sophie Roux », « les efforts du secrétaire général de l'Union des
#: Nations Alliées (UNA), Pierre Vandermeer » (an article contracted with « de » or « à », an
#: acronym in brackets); as long as a body's full name makes it (« le secrétaire général de
#: l'Office de coordination et de soutien des Nations Alliées pour les réfugiés du Sud (OCSNA),
#: X »).
_APPOSED_BEFORE = regex.compile(
    r"\b(?:(?:[Ll][ea]|[Dd]u|[Aa]u)[ \u00a0]+|[Ll]['’][ \u00a0]*)"
    r"(?P<role>(?:[^,.;:!?«»()\n]|\(\p{Lu}{2,8}\)){2,130}?),[ \u00a0]*"
    r"(?:(?:le|la|l['’])[ \u00a0]*[\p{Ll}'’ \u00a0-]{0,40})?\Z"
)


def _apposed_before(text: str, occurrence: Occurrence) -> str:
    """The role description set off by a comma before a name and its title (« contestés par la
    rapporteure de la commission, la députée Sophie Roux »): another thing the text says the
    person is; "" when none, or when it names no role in its first words. Of the articles that
    may open it, the first whose first words name a role (« les efforts du secrétaire général de
    l'Union, Pierre Vandermeer »: « secrétaire général de l'Union »)."""
    start = max(0, occurrence.span.start - 180)
    for found in _APPOSED_BEFORE.finditer(text, start, occurrence.span.start, overlapped=True):
        role: str = found.group("role")
        between = tokenize(text[found.end("role") : occurrence.span.start])
        if between and between[-1].lower in PREPOSITIONS:
            continue  # « le septième président, le premier socialiste après Louis Marchand »
        head = tokenize(role)[:_APPOSED_HEAD_WORDS]
        if any(role_of(t.text) is not None for t in head) and _noun_phrase(role):
            return role
    return ""


def _noun_phrase(words: str) -> bool:
    """Whether ``words`` may be one noun phrase: in it, a determiner comes after a preposition
    or a conjunction (« secrétaire général de l'Union et de ses alliés »), and no auxiliary; a
    determiner after anything else opens a verb's object, in a clause (« Le journaliste va voir
    un autre élu, Paul Roux » says nothing of what Paul Roux is)."""
    tokens = [t.lower for t in tokenize(words)]
    for i, word in enumerate(tokens):
        if word in AUXILIARY_FORMS:
            return False
        determiner = word in DETERMINERS and word not in PREPOSITIONS
        if determiner and (i == 0 or tokens[i - 1] not in PREPOSITIONS | _CONJUNCTIONS):
            return False
    return True


#: Conjunctions that join the nouns of one noun phrase.
_CONJUNCTIONS = frozenset({"et", "ou"})


#: How many words open an apposition's head: « seul athlète marocain », « ancien haut diplomate ».
_APPOSED_HEAD_WORDS = 3


#: A definite description takes up a person named, or taken up by a subject pronoun
#: (:func:`_last_taken_up`), at most this many sentences before it.
SALIENT_REACH = 2
#: The previous quote's speaker is taken up from a sentence farther: their quote keeps them
#: present (« « … », a rappelé Paul Roux. Le parti a perdu. Puis tout a changé. « … », s'insurge
#: l'opposant »).
SAID_REACH = SALIENT_REACH + 1
#: How far back a person named may lie when subject pronouns took them up since.
_TAKEN_UP_REACH = 6


def _last_taken_up(index: DocumentIndex, occurrence: Occurrence, limit: int) -> int:
    """The sentence of the last subject pronoun before ``limit`` that takes up the person named at
    ``occurrence``, or that of the name: a paragraph of news keeps its person through the pronouns
    of a chain (:func:`chain_start`), each at most :data:`CHAIN_GAP` sentences from the one before,
    of the person's gender and no one who fits them named as a subject between (« Annie Lerond a
    haussé le ton. Avec un collectif, elle a multiplié les actions. Rien n'y a fait. « … », résume
    l'élue »)."""
    return _chain_end(index, occurrence.span.end, occurrence.gender, limit)


def _chain_end(index: DocumentIndex, position: int, gender: str, limit: int) -> int:
    """The sentence of the last subject pronoun of ``gender`` between ``position`` and ``limit``
    in the chain that begins at ``position`` (each pronoun at most :data:`CHAIN_GAP` sentences
    from the one before, no one who fits it named as a subject between), or that of
    ``position``."""
    sentence = index.sentence_of(position)
    if not gender:
        return sentence
    last = position
    for pronoun in index.pronouns_between(last, limit):
        if index.sentence_of(pronoun.start) - sentence > CHAIN_GAP:
            break
        if (pronoun.gender, pronoun.number) != (gender, "s"):
            continue
        between = Span(last, pronoun.start)
        if any(_breaks_chain(index, o, pronoun.gender, "s") for o in index.within(between)):
            break
        sentence, last = index.sentence_of(pronoun.start), pronoun.start
    return sentence


def salient_person(
    index: DocumentIndex,
    limit: int,
    role: str,
    gender: str,
    previous: Said | None,
    previous_name: str = "",
    *,
    posted: bool = False,
    words: str = "",
    continued: bool = False,
) -> Occurrence | Said | None:
    """The person the text was just speaking of, for a definite description by ``role`` that no
    name's title matches (an empty ``role``: a demonstrative, whatever role it names): news takes
    up the person it has just named by what they are or did
    (« …, leur capitaine, Romain Lefèvre. « … », a raconté le buteur »; « Le gardien, Mehdi
    Saïdi, … « … », a expliqué le portier »).

    The candidates are the persons named, or the previous quote's speaker (``previous_name``, the
    name it was resolved to, lets its appositions in the text count as its roles), at most
    :data:`SALIENT_REACH` sentences back, of the description's gender, whose roles (titles and
    appositions) share a field with ``role`` or are not given (« le Serbe Dragan Petrović » can be
    « le technicien », « le procureur X » cannot be « le ministre »); a field of posts
    (:data:`_POSITION_DOMAINS`) is not enough (« le lieutenant X » is not « le major »). The
    nearest sentence wins, a subject before an object; two different people there make it
    ``None``, as do a kin role (« le père » is someone's father) and a general one (« l'homme »).
    No one the text titles in another time than the description, ``words``, sets (« le nouveau
    maire » is not « le maire sortant X », `of_another_time`) is a candidate. A role the
    description says its holder had (`_former`: « l'ancien champion de judo ») is what they
    were: the titles of today the text gives them do not rule them out (« le président du
    comité, Paul Roux »).

    A role that is what someone is to a place or a service (« le locataire », « l'étudiant »)
    takes up a witness news names by a given name alone too (« Chaque matin, Karim traverse son
    appartement. « … », raconte le locataire »), as a demonstrative does; a profession does not.

    A tag that goes on (``continued``: « a ajouté », « a poursuivi ») with a role that is what
    someone is to a place or a service, no office (« l'étudiant », « la retraitée »), may take up
    the previous speaker whatever office the text gave them: a candidate can be a student
    (« …, a reconnu le candidat Paul Roux. « … », a ajouté l'étudiant de 23 ans »).

    A description that names the post in full (``posted``: « le ministre de l'Intérieur », « la
    directrice du musée ») brings in its holder rather than taking up someone: past the sentence
    before it in its paragraph (where news describes again whom it just quoted: « « … », a
    déclaré X. L'ancienne maire de Dole a promis … »), it goes only to a person the text gives a
    role of that field, never to one it gives none.
    """
    domains: set[str] = set()
    if role:  # no role: a demonstrative (« ce retraité »), which takes up whoever was named
        found_role = role_of(role)
        if found_role is None or not set(found_role[1]) - _GENERIC_DOMAINS or "kin" in found_role[1]:
            return None
        domains = set(found_role[1]) - _GENERIC_DOMAINS
    period = _period(words)
    former = _former(words)
    now = index.sentence_of(limit)
    ranked: list[tuple[tuple[int, bool], str, Occurrence | Said]] = []
    for occurrence in index.preceding(limit):
        if now - index.sentence_of(occurrence.span.start) > _TAKEN_UP_REACH:
            break
        person = _named_person(index, occurrence, given_alone=not role or _STATUS_DOMAIN in domains)
        if not person or not compatible(gender, "", occurrence.gender, ""):
            continue
        distance = now - _last_taken_up(index, occurrence, limit)
        if distance > SALIENT_REACH:
            continue
        if _titled_in_another_time(index, occurrence, period):
            continue
        if _another_body(index, occurrence, words):
            continue  # « la présidente de la FAE » is not « la présidente de l'Office des transports X »
        if domains & _OFFICE_DOMAINS and _withheld(occurrence):
            continue  # « Monsieur E. » is a party the paper keeps unnamed, no official
        given = posted and not just_before(index, occurrence.span.start, limit)
        # « l'ancien champion de judo » is what the person was: a title of today in another
        # field (« le président du comité, Paul Roux ») does not rule them out
        if role and not former and not _may_hold(index, occurrence, role, domains, given=given, office=given):
            continue
        # a name right after a verb that reports nothing is its object (« Paul Roux a rencontré
        # Marc Dupont », unparsed), not a subject
        subject = occurrence.subject and not occurrence.after_verb
        # a person named in passing, in a complement and with no title, counts a sentence farther
        # than one titled or a subject (« Le sélectionneur X a annoncé sa liste. Interrogé sur
        # l'absence de Y, le technicien a répondu » is X)
        passing = bool(role) and not subject and not occurrence.title
        ranked.append(((distance + passing, not subject), fold(occurrence.tokens[-1]), occurrence))
    another_time = previous is not None and (
        _periods_clash(period, previous.title or "") or _bodies_clash(words, previous.title)
    )
    if (
        previous is not None
        and previous.kind == "person"
        and compatible(gender, "", previous.gender, "")
        and not another_time
    ):
        # the sentences of their own words do not push them out of reach: a long quote, then « a
        # ajouté le Néerlandais »
        distance = index.narrative_distance(previous.position, limit)
        roles = _specific_domains(previous.title) if previous.title else set()
        given = posted and not just_before(index, previous.position, limit)
        own_title = bool(previous.title) and fold(role) in _role_words(previous.title or "")[0]
        fits = not role or not roles or own_title or (not given and _fields_fit(roles, role, domains))
        fits = fits and not (role and _team_sides_clash(role, [previous.title]))
        # « …, a dit le président de la métropole, X. Le ministre a répété : »: another
        fits = fits and not (previous.title and _chair_for_a_seat(role, [previous.title]))
        # « …, a confié le maire, X. Le ministre doit venir lundi. Il a promis »: another
        fits = fits and not (previous.title and _another_seat(role, _seats([previous.title])))
        surname = fold(previous_name.split()[-1]) if previous_name else ""
        fits = fits and not (role and surname and _civility_rules_out(index, surname, role))
        named = [o for o in index.by_last.get(surname, ()) if _is_person(o)]
        if fits and role and not roles:
            # their quote gave no role, but the text may have (« Me Frédéric Sanial, l'avocat de
            # l'accusé, a soutenu … »): the lawyer is not « l'accusé ». A post named in full in
            # the first sentence of the next paragraph describes them again if the text gives
            # them no role at all (« …, a déclaré Paul Roux. ⏎ « … », a ajouté le directeur de
            # l'usine »)
            undescribed = not any(o.title or _apposed_after(index.text, o) for o in named)
            given = given and not (undescribed and _opens_next_paragraph(index, previous.position, limit))
            fits = (bool(named) or not given) and all(
                _may_hold(index, o, role, domains, given=given, office=given) for o in named
            )
        elif not fits:
            # the role their quote gave is one of several the text gives them (« Sandrine Le
            # Goff, infirmière et déléguée syndicale … a affirmé la syndicaliste »)
            fits = any(_may_hold(index, o, role, domains, given=True, office=given) for o in named) or (
                continued and domains <= {_STATUS_DOMAIN}
            )
        if distance <= SAID_REACH and fits:
            ranked.append(((distance, False), f"said:{previous.entity}", previous))
    if not ranked:
        return None
    best = min(rank for rank, _, _ in ranked)
    top = [(key, found) for rank, key, found in ranked if rank == best]
    if len({key for key, _ in top if not key.startswith("said:")}) > 1:
        return None  # two people in the same place: no telling which one
    return top[0][1]


def others_named_since(index: DocumentIndex, found: Occurrence, limit: int, gender: str) -> bool:
    """Whether the text names, from the sentence of ``found`` up to ``limit``, a person of
    ``gender`` other than ``found`` (« Louisa entra avec madame François. La jeune femme … »: two
    women just named, either may be meant)."""
    start = index.sentence_start(found.span.start)
    surname = fold(found.tokens[-1])
    for occurrence in index.preceding(limit):
        if occurrence.span.start < start:
            return False
        # a given name alone is someone too (« Louisa entra »)
        person = _named_person(index, occurrence) or (occurrence.kind == "name" and bool(occurrence.gender))
        if (
            person
            and compatible(gender, "", occurrence.gender, "")
            and fold(occurrence.tokens[-1]) != surname
        ):
            return True
    return False


def _opens_next_paragraph(index: DocumentIndex, position: int, limit: int) -> bool:
    """Whether ``limit`` lies in the first sentence of the paragraph right after ``position``'s."""
    start = index.sentence_start(limit)
    between = index.text[position:start]
    lines = [line for line in between.split("\n")[1:] if line.strip()]
    return "\n" in between and not lines


def just_before(index: DocumentIndex, position: int, limit: int) -> bool:
    """Whether ``position`` lies in the sentence of ``limit`` or the one before, in its paragraph."""
    near = index.sentence_of(limit) - index.sentence_of(position) <= 1
    return near and "\n" not in index.text[position:limit]


#: An age stated after a name, in its sentence: « Michel Aubert, 58 ans, », « X, un ingénieur de
#: 38 ans ».
_STATED_AGE = regex.compile(r"[^.!?«»“”]{0,80}?(?<![\d,.])(\d{1,3})[ \u00a0\u202f]+ans\b")
#: How many sentences back a person described by their age is looked for.
AGE_REACH = 5


def aged_person(index: DocumentIndex, limit: int, low: int, high: int, gender: str) -> Occurrence | None:
    """The person an age description takes up (« le quinquagénaire » for « Michel Aubert, 58
    ans »): the nearest person before ``limit``, at most :data:`AGE_REACH` sentences back, whose
    age the text gives right after their name, between ``low`` and ``high``."""
    now = index.sentence_of(limit)
    for occurrence in index.preceding(limit):
        if now - index.sentence_of(occurrence.span.start) > AGE_REACH:
            break
        if not _is_person(occurrence) or not compatible(gender, "", occurrence.gender, ""):
            continue
        stated = _STATED_AGE.match(index.text, occurrence.span.end)
        if stated is not None and low <= int(stated.group(1)) <= high:
            return occurrence
    return None


#: What a trial report says of the person tried, right after their name (« Gérard Roux, 67 ans,
#: est poursuivi pour … », « …, jugé depuis lundi », « …, qui comparaît pour vol ») or right
#: before it (« requis contre Gérard Roux », « le procès de Gérard Roux »).
_TRIED_AFTER = regex.compile(
    r"[^.!?«»“”]{0,80}?\b(?:(?:est|était|sont|a[ \u00a0]+été|avait[ \u00a0]+été)[ \u00a0]+)?"
    r"(?:poursuivie?s?|jugée?s?|comparaît|comparaissait|comparaissent|comparaissaient|"
    r"accusée?s?[ \u00a0]+d|mise?s?[ \u00a0]+en[ \u00a0]+examen|inculpée?s?|renvoyée?s?[ \u00a0]+devant|"
    # the verdict says who was tried: « X, condamné à … », « X a été acquitté »
    r"condamnée?s?|acquittée?s?|relaxée?s?)\b"
)
_TRIED_BEFORE = regex.compile(
    r"(?:(?:requis|requiert|réclamé|réclame|procès)[^.!?«»“”]{0,40}?\b(?:contre|de|d['’])"
    # « La cour a condamné mercredi soir Julien Ferrand », a date or a time between
    r"|\b(?:condamné|condamne|condamnait|acquitté|acquitte|relaxé|relaxe)(?:[ \u00a0]+\p{Ll}+){0,3})"
    r"[ \u00a0]*\Z"
)
#: The nouns of the person a trial tries, whom the text names.
DEFENDANT_NOUNS = frozenset({"prévenu", "prévenue", "accusé", "accusée"})


def defendant_person(index: DocumentIndex, limit: int, gender: str) -> Occurrence | None:
    """The person « le prévenu » or « l'accusé » takes up: the one person named before ``limit``
    whom the text says is tried, prosecuted or charged, right after their name (« Gérard Roux,
    67 ans, est poursuivi pour homicides involontaires ») or before it (« trois ans requis contre
    Gérard Roux »), of the description's gender; ``None`` when none or two are."""
    found: dict[str, Occurrence] = {}
    for occurrence in index.preceding(limit):
        if not _is_person(occurrence) or not compatible(gender, "", occurrence.gender, ""):
            continue
        before = index.text[max(0, occurrence.span.start - 60) : occurrence.span.start]
        tried = _TRIED_AFTER.match(index.text, occurrence.span.end) is not None
        if tried or _TRIED_BEFORE.search(before) is not None:
            key = fold(occurrence.tokens[-1])
            if key not in found or len(occurrence.tokens) > len(found[key].tokens):
                found[key] = occurrence
    return next(iter(found.values())) if len(found) == 1 else None


#: Fields of the parts a trial gives people other than the defendant's: lawyers, judges,
#: prosecutors, witnesses, investigators.
_TRIAL_FIELDS = frozenset({"justice", "police"})


def may_be_tried(index: DocumentIndex, name: str, said_title: str | None = None) -> bool:
    """Whether the person ``name`` may be « le prévenu »: the text (or ``said_title``, the title
    their quote gave them) gives them no role of a trial's other parts (:data:`_TRIAL_FIELDS`)
    but a defendant's (« L'avocat de la défense, Frédéric Sanial, » is not « l'accusé »), nor
    calls them « Me » (« Me Sarah Klein » pleads)."""
    titles = [said_title or ""]
    surname = fold(name.split()[-1]) if name.split() else ""
    for occurrence in index.by_last.get(surname, ()):
        if not _is_person(occurrence):
            continue
        if _of_the_bar(occurrence):
            return False
        titles += _roles_written(index, occurrence)
    for title in titles:
        for token in tokenize(title):
            role = role_of(token.text)
            if role is not None and token.lower not in DEFENDANT_NOUNS and set(role[1]) & _TRIAL_FIELDS:
                return False
    return True


#: Fields whose roles are posts held by one person each: « le major » is not the lieutenant the
#: text named, « le ministre » not its president, though their fields are the same. In the other
#: fields a role says what someone does or did (« le capitaine » is also « le buteur »).
_POSITION_DOMAINS = frozenset(
    {"government", "justice", "police", "military", "diplomacy", "religion", "nobility"}
)


#: Determiners that take up what the text has just mentioned: « cette source », « ce retraité ».
DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
#: Words after which a description taken up from the text stops (its verb, a relative, a list).
_DESCRIPTION_STOPS = frozenset(
    {
        "qui", "que", "qu'", "qu’", "dont", "et", "ou", "selon", "a", "ont", "est", "sont", "était",
        "étaient", "fut", "furent", "avait", "avaient", "aurait", "auraient", "serait", "seraient",
    }
)  # fmt: skip
#: The longest description taken up, in words after its head noun.
_TAKEN_UP_WORDS = 5
#: Articles and prepositions, elided or not: a phrase cut after one of them is cut mid-way.
_PHRASE_OPENERS = frozenset(
    {"à", "au", "aux", "de", "d", "du", "des", "l", "le", "la", "les", "en", "dans", "par", "pour", "sur"}
)
#: The determiners that bring a referent in, for a demonstrative to take up: « une source … ».
_INTRODUCING = frozenset({"un", "une", "des"})


def taken_up_description(text: str, limit: int, head: str) -> str | None:
    """The description a demonstrative takes up: the nearest indefinite phrase before ``limit``
    whose head noun is ``head``, as the text wrote it (« D'après une source diplomatique européenne, … ».
    « …, a confié cette source » → « une source diplomatique européenne »), up to a comma, a
    relative or a verb; ``None`` when the text wrote no such phrase."""
    tokens = tokenize(text[:limit])
    key = fold(head)
    for i in range(len(tokens) - 2, 0, -1):
        if fold(tokens[i].text) != key or tokens[i - 1].lower not in _INTRODUCING:
            continue
        last = i
        for k in range(i + 1, min(len(tokens), i + 1 + _TAKEN_UP_WORDS)):
            gap = text[tokens[k - 1].end : tokens[k].start]
            if any(c in gap for c in ",.;:!?«»()\n") or tokens[k].lower in _DESCRIPTION_STOPS:
                break
            word = tokens[k].lower
            if finite_speech_form(word) and not word.endswith("ant"):
                break  # « Un rapport de la brigade décrit … »: the sentence's verb (not « demandant »)
            last = k
        while last > i and tokens[last].lower.rstrip("'’") in _PHRASE_OPENERS:
            last -= 1  # « une source demandant l'anonymat à l' »: cut short, not mid-complement
        return text[tokens[i - 1].start : tokens[last].end]
    return None


def nationality_person(index: DocumentIndex, limit: int, noun: str, gender: str) -> Occurrence | None:
    """The person a nationality describes (« la Jamaïcaine », « l'Américain »): the nearest
    person before ``limit`` the text gave that nationality (« la Jamaïcaine Shanice Whitfield »),
    else the person just named (:func:`salient_person`), of the description's gender."""
    key = fold(noun)
    for occurrence in index.preceding(limit):
        if not _is_person(occurrence) or not compatible(gender, "", occurrence.gender, ""):
            continue
        titles = [o.title for o in index.by_last.get(fold(occurrence.tokens[-1]), ()) if o.title]
        if any(key in {fold(t.text) for t in tokenize(title)} for title in titles):
            return occurrence
    found = salient_person(index, limit, "", gender, None)
    return found if isinstance(found, Occurrence) else None


def _chair_for_a_seat(role: str, described: Sequence[str]) -> bool:
    """Whether ``role`` is a seat that chairs nothing (`UNCHAIRED_SEATS`: « le ministre ») and
    one of the titles ``described`` makes its holder chair a body (« président de la
    métropole »): the seat is someone else's."""
    return OFFICES.get(fold(role)) in UNCHAIRED_SEATS and any(
        CHAIR_ROLES & _role_words(words)[0] for words in described
    )


def _seats(described: Sequence[str]) -> set[str]:
    """The seats (`OFFICES`) the titles ``described`` give their holder."""
    return {office for words in described for office in _offices(words)}


def _another_seat(role: str, held: set[str]) -> bool:
    """Whether ``role`` is a seat (`OFFICES`: « le ministre ») and ``held``, the seats the text
    gives someone (:func:`_seats`), are others: one seat, one holder (« le maire de la commune,
    Paul Roux » is not « le ministre », nor « le conseiller municipal X » « le maire »)."""
    return bool(held) and fold(role) in OFFICES and OFFICES[fold(role)] not in held


def _may_hold(
    index: DocumentIndex,
    occurrence: Occurrence,
    role: str,
    domains: set[str],
    *,
    given: bool = False,
    office: bool = False,
) -> bool:
    """Whether the person named by ``occurrence`` may hold ``role``: a title, apposition or role
    set off before the name of theirs (any occurrence of the same name) has that role, or shares
    a field with it that is not one of posts (not for an ``office``, a post named in full past
    the sentence just before), or none gives them a role (unless the role must be ``given``). A
    seat the text gives them rules out another seat's noun, and a seat that chairs nothing
    (`UNCHAIRED_SEATS`: a minister, a prefect, a prosecutor) rules out « le président » unless
    the text says they chair a body."""
    surname = fold(occurrence.tokens[-1])
    if domains & _OFFICE_DOMAINS and _known_by_given_name_alone(index, surname):
        return False  # « Son voisin, Joël, … Selon le Premier ministre »: no official
    described = [words for o in index.by_last.get(surname, ()) for words in _roles_written(index, o)]
    if _team_sides_clash(role, described):
        return False  # « l'entraîneur Paul Roux » is no « capitaine », whatever field they share
    if _civility_rules_out(index, surname, role):
        return False  # « Me Julie Moreau » pleads; « l'avocate générale », « le juge » is another
    held = _seats(described)
    if _another_seat(role, held):
        return False  # « le conseiller municipal X » is not « le maire »: one seat, one holder
    if OFFICES.get(fold(role)) == OFFICES["parlementaire"] and _another_post(described, role):
        return False  # « X, secrétaire d'État » holds no seat in parliament: « le parlementaire »
    fields: set[str] = set()
    for words in described:
        if fold(role) in _role_words(words)[0]:
            return True
        fields |= _specific_domains(words)
    if held & UNCHAIRED_SEATS and fold(role) in CHAIR_ROLES:
        return False  # « le ministre de l'Agriculture X » is not « le président »
    if _chair_for_a_seat(role, described):
        return False  # and the reverse: « le président de la métropole X » is not « le ministre »
    if not fields:
        return not given
    if fold(role) in CASE_PARTIES:
        return not _officer_of_the_court(described)  # « l'ancien entraîneur X » may be « l'accusé »
    # a post named in full (« le ministre de l'Agriculture ») past the sentence just before is an
    # office: someone the text gave another specific role (« le président de l'interprofession »)
    # does not hold it
    return not office and _fields_fit(fields, role, domains)


def _officer_of_the_court(titles: Sequence[str]) -> bool:
    """Whether one of ``titles`` makes its holder an officer of the court (« le juge », « l'avocat
    de la défense », « le procureur »): a role of justice that is no party to the case
    (`CASE_PARTIES`), which no accused, suspect or plaintiff is."""
    for title in titles:
        words, _ = _role_words(title)
        if "justice" in _specific_domains(title) and not words & CASE_PARTIES:
            return True
    return False


def _known_by_given_name_alone(index: DocumentIndex, key: str) -> bool:
    """Whether the text names the person of ``key`` (a folded last word) only by a listed given
    name, never with a surname: a private person, a witness (« Son voisin, Joël, … »); news names
    an official in full or by surname, so no office of the state, the courts, the police, the
    army, diplomacy or a church is theirs."""
    named = index.by_last.get(key, ())
    return bool(named) and all(len(o.tokens) == 1 and starts_person_name(o.tokens[0]) for o in named)


def _civility_rules_out(index: DocumentIndex, surname: str, role: str) -> bool:
    """Whether the civility the text gives the person of ``surname`` (folded) rules ``role``
    out: the bar's (:func:`_role_the_bar_never_holds`), or a prelate's before a role no one
    called « Mgr » holds (« Mgr Paul Roux » serves the pope; « le pape » is another)."""
    if _role_the_bar_never_holds(index, surname, role):
        return True
    return fold(role) in ROLES_NO_PRELATE_HOLDS and any(_prelate(o) for o in index.by_last.get(surname, ()))


def _role_the_bar_never_holds(index: DocumentIndex, surname: str, role: str) -> bool:
    """Whether the text calls the person of ``surname`` (folded) « Me » or « Maître », an officer
    of the bar, and ``role`` is one the bar never holds: a role of a field (`role_of`) other
    than the bar's own (`BAR_ROLES`). French gives that civility to a lawyer, a notary or a
    bailiff, in that capacity: « Me Sarah Klein » is no « juge », no « prévenue », no
    « présidente » of the court, though « l'avocate », « son conseil » and « la jeune femme »."""
    found = role_of(role)
    if found is None or not set(found[1]) - _GENERIC_DOMAINS or fold(role) in BAR_ROLES:
        return False
    return any(_of_the_bar(o) for o in index.by_last.get(surname, ()))


#: Prepositions before a role noun that make it a complement: « adjoint au maire », « chef de
#: cabinet du préfet », « proche de la ministre ».
_OF_ROLE = frozenset({"au", "aux", "du", "des", "de", "d'", "a"})


def _complement_at(tokens: Sequence[str], i: int) -> bool:
    """Whether the folded word at ``i`` (> 0) is the complement of the noun before it: a
    preposition of :data:`_OF_ROLE` before it, or before its article (« adjoint au maire »,
    « proche de la ministre »)."""
    article = i >= 2 and tokens[i - 1] in {"la", "le", "les", "l'"}
    return tokens[i - 1] in _OF_ROLE or (article and tokens[i - 2] in _OF_ROLE)


def _offices(words: str) -> set[str]:
    """The seats a title gives its holder: « maire et conseillère départementale » both, not the
    maire of « adjoint au maire » nor of « proche de la maire »."""
    tokens = [fold(t.text) for t in tokenize(words)]
    seats = {
        OFFICES[t] for i, t in enumerate(tokens) if t in OFFICES and (i == 0 or not _complement_at(tokens, i))
    }
    # a deputy or a senator holds a seat in parliament: « le parlementaire »
    return seats | ({OFFICES["parlementaire"]} if seats & PARLIAMENT_SEATS else set())


def has_specific_role(words: str) -> bool:
    """Whether a description names a role of its own ("une source proche", "le porte-parole").

    A speaker known only by such a description can be the antecedent of the next quote's
    pronoun; one described in general terms ("le vieux", "la jeune femme") is more likely a
    character the text names elsewhere, so the pronoun looks for names instead.
    """
    for token in tokenize(words):
        role = role_of(token.text)
        if role is not None:
            return bool(set(role[1]) - _GENERIC_DOMAINS)
    return False
