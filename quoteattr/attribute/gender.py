"""The gender stage: what each resolved source is, and its gender, with the words that decided.

Runs after resolution, on the document's text, its parse and the resolved sources with all
their mentions (:attr:`Extraction.speakers`); sets ``kind``, ``gender`` and ``gender_evidence``
on each source, and on the speaker of each quote, with :func:`attrs.evolve`.

Evidence from the document first (:mod:`.gender_cues`: titles, linked pronouns, role nouns,
agreement, pronouns near a name; the members of a group), then the given name as the last
resort. A masculine that French uses by default (« le porte-parole », « il » for an unnamed
role) is evidence only for a named person. ``docs/gender.md`` has the rules and their limits.

>>> from quoteattr.model import Entity, Span
>>> text = "La ministre Agnès Buzyn a parlé. Elle a ajouté : « Non. »"
>>> [entity] = assign_genders(text, None, [Entity("Agnès Buzyn", (Span(12, 23, source=text),), "person")])
>>> entity.gender.value, [e.text for e in entity.gender_evidence]
('female', ['La ministre', 'Elle a ajouté'])
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs
import regex

from quoteattr.attribute.gender_cues import (
    DocumentText,
    Finding,
    Place,
    agreement,
    linked_pronouns,
    nearby_pronouns,
    roles,
    titles,
)
from quoteattr.attribute.names import fold, is_capitalised, starts_person_name, tokenize
from quoteattr.lang.fr.gender import (
    COLLECTIVE_NOUNS,
    FIXED_GENDER_NOUNS,
    GROUP_DETERMINERS,
    ORGANISATION_PLURALS,
    ORGANISATION_SUFFIXES,
    PEOPLE_COLLECTIVES,
    PEOPLE_PLURAL_ENDINGS,
    QUANTITY_NOUNS,
)
from quoteattr.lang.fr.given_names import GIVEN_NAMES, given_name_gender, is_given_name
from quoteattr.lang.fr.pronouns import PRONOUNS
from quoteattr.lang.fr.roles import DOCUMENT_NOUNS, GROUP_NOUNS, ORGANISATION_NOUNS, role_of
from quoteattr.lang.fr.titles import BARE_DE, CIVILITIES, DE_FORMS, DETERMINERS, NAME_PARTICLES
from quoteattr.model import (
    Entity,
    Gender,
    GenderEvidence,
    GenderEvidenceKind,
    Quote,
    Span,
    SpeakerKind,
)
from quoteattr.parse.types import ParsedDoc

__all__ = [
    "assign_genders",
    "describe_speakers",
    "organisation_member",
    "person_findings",
    "with_speaker_genders",
]

#: Weight of a given name, used only when the document's evidence is silent or evenly split.
WEIGHT_GIVEN_NAME = 1.0
#: How many occurrences of a source's surname in the text are read for evidence.
MAX_PLACES = 12
#: Named-entity labels of the parse that mark a source as no person.
NOT_PERSON_ENTS = frozenset({"ORG", "LOC"})

_GENDERS = {"f": Gender.FEMALE, "m": Gender.MALE}
#: Words of rank that open a role written with capitals ("Premier ministre Ewa Lindqvist").
_RANKS = frozenset({"premier", "premiere", "vice", "haut", "haute", "grand", "grande", "ancien", "ancienne"})
_MEMBER_SPLIT = regex.compile(r"\s*,\s*|\s+et\s+")


def describe_speakers(
    text: str, doc: ParsedDoc | None, quotes: Sequence[Quote], speakers: Sequence[Entity]
) -> tuple[tuple[Quote, ...], tuple[Entity, ...]]:
    """Sources with their kind and gender, and quotes whose speakers carry them.

    The stage as the extractor runs it: :func:`assign_genders` then :func:`with_speaker_genders`.
    """
    described = assign_genders(text, doc, speakers)
    return with_speaker_genders(quotes, described), described


def with_speaker_genders(quotes: Sequence[Quote], speakers: Sequence[Entity]) -> tuple[Quote, ...]:
    """Each quote's speaker with the name, kind, gender and evidence of its entity in
    ``speakers`` (the name one source goes by in the whole text: « Météo-France » for every quote
    of it, though one was tagged « Météo France »)."""
    out: list[Quote] = []
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or speaker.entity is None or not 0 <= speaker.entity < len(speakers):
            out.append(quote)
            continue
        entity = speakers[speaker.entity]
        speaker = attrs.evolve(
            speaker,
            name=entity.name,
            kind=entity.kind,
            gender=entity.gender,
            gender_evidence=entity.gender_evidence,
        )
        out.append(attrs.evolve(quote, speaker=speaker))
    return tuple(out)


def assign_genders(text: str, doc: ParsedDoc | None, speakers: Iterable[Entity]) -> tuple[Entity, ...]:
    """Every source of one document with its ``kind``, ``gender`` and ``gender_evidence``.

    ``text`` is the caller's whole text, ``doc`` its parse (or ``None``: the text alone is read),
    ``speakers`` the resolved sources with every mention of them. Never raises on messy input.
    """
    ctx = DocumentText(text, doc)
    return tuple(_describe(ctx, entity) for entity in speakers)


# -- kinds -----------------------------------------------------------------------------------


def _noun_kind(ctx: DocumentText, entity: Entity) -> tuple[SpeakerKind, GenderEvidence] | None:
    """A group, organisation or document by the noun heading a mention ("des témoins")."""
    for mention in entity.mentions:
        tokens = list(tokenize(mention.text_in(ctx.text)))
        if not tokens or (len(tokens) == 1 and tokens[0].lower in PRONOUNS):
            continue
        plural = tokens[0].lower in GROUP_DETERMINERS or tokens[0].lower in BARE_DE
        while tokens and (tokens[0].lower in DETERMINERS or tokens[0].lower in GROUP_DETERMINERS):
            tokens = tokens[1:]  # "les deux", "des"
        if len(tokens) > 2 and tokens[0].lower in QUANTITY_NOUNS:
            tokens, plural = tokens[2:], True  # "des milliers de manifestants"
        if not tokens:
            continue
        head, proper = tokens[0].lower, is_capitalised(tokens[0].text)
        span = Span(mention.start, mention.end, source=ctx.text)
        if head in DOCUMENT_NOUNS and not proper:
            return SpeakerKind.DOCUMENT, GenderEvidence(GenderEvidenceKind.NOUN, span, Gender.ORG)
        institution = head in ORGANISATION_PLURALS or head in ORGANISATION_NOUNS or head in COLLECTIVE_NOUNS
        if institution and (not proper or len(tokens) == 1):  # "le ministère", "l'Élysée"
            return SpeakerKind.ORGANISATION, GenderEvidence(GenderEvidenceKind.NOUN, span, Gender.ORG)
        people = head in GROUP_NOUNS or role_of(head) is not None or head.endswith(PEOPLE_PLURAL_ENDINGS)
        if (plural and people and not proper) or head in GROUP_NOUNS or head in PEOPLE_COLLECTIVES:
            return SpeakerKind.GROUP, GenderEvidence(GenderEvidenceKind.NOUN, span, Gender.GROUP)
    return None


def _named(name: str, *, indefinite: bool = False) -> bool:
    """Whether a source's name holds a proper name, not only a role ("Le préfet du département").
    ``indefinite``: the text brings the source in with « un » or « une ». A name in the « de »
    complement of an indefinite description in small letters is a place's or
    a body's, not the source's (« un agent de sécurité de la ville d'Orvay », « un élu de
    Haute-Garonne »): someone new and unnamed, whose masculine role says nothing of them."""
    tokens = list(tokenize(name))
    content = [t for t in tokens if t.lower not in DETERMINERS]
    # someone new, brought in by an indefinite article: « un conseiller de Haute-Loire »
    described = indefinite and bool(content) and not is_capitalised(content[0].text)
    complement = False
    for token in tokens:
        lower = token.lower
        if lower in DE_FORMS or token.text == ",":
            complement = lower in DE_FORMS
            continue
        if described and complement and not starts_person_name(token.text):
            continue  # « de la ville d'Orvay »; not « de la Santé Agnès Roux »
        if len(token.text) < 2 or not is_capitalised(token.text):
            continue
        if lower in DETERMINERS or lower in CIVILITIES or lower in PRONOUNS or role_of(lower) is not None:
            continue
        if lower in ORGANISATION_NOUNS or lower in GROUP_NOUNS:
            continue
        return True
    return False


# -- places ----------------------------------------------------------------------------------


def _name_words(name: str) -> list[str]:
    return [
        t.text
        for t in tokenize(name)
        if is_capitalised(t.text) and t.lower not in NAME_PARTICLES and t.lower not in CIVILITIES
    ]


def _places(ctx: DocumentText, entity: Entity, named: bool) -> list[Place]:
    """The mentions of a source, and (for a named one) every place its surname occurs."""
    places = [Place(m.start, m.end, named=False, linked=True) for m in entity.mentions]
    words = _name_words(entity.name)
    if not named or not words:
        return places
    surname = words[-1]
    if len(surname) < 3:
        return places
    seen = {p.start for p in places}
    found: list[Place] = []
    for start in _whole_word_starts(ctx.text, surname):
        # start the place at the given names written before the surname ("Agnès Buzyn")
        i = ctx.index_at(start)
        k = i
        while k > 0 and ctx.tokens[k - 1].text in words and not ctx.gap(k - 1, k).strip():
            k -= 1
        first = ctx.tokens[k].start if k < i else start
        end = start + len(surname)
        found.append(Place(first, end, named=True, linked=first in seen or start in seen))
        if len(found) >= MAX_PLACES:
            break
    mentions = [
        attrs.evolve(p, named=True)
        if any(f.start <= p.start < f.end or p.start <= f.start < p.end for f in found)
        else p
        for p in places
    ]
    return found + [p for p in mentions if not p.named]


# -- decisions -------------------------------------------------------------------------------


@attrs.frozen
class _Decision:
    gender: Gender
    evidence: tuple[GenderEvidence, ...]


def _given_name(ctx: DocumentText, entity: Entity, places: Sequence[Place]) -> Finding | None:
    """The gender of the source's given name: the first word of its name that is no role."""
    words = [w for w in _name_words(entity.name) if role_of(w) is None and fold(w) not in _RANKS]
    if not words:
        return None
    given = words[0]
    gender = given_name_gender(fold(given))
    if not gender or (len(words) == 1 and fold(given) not in GIVEN_NAMES):
        return None  # a lone surname is no given name, even one ending like "-ine"
    start = next((p.start for p in places if ctx.text.startswith(given, p.start)), None)
    if start is None:
        found = ctx.text.find(given)
        if found < 0:
            return None
        start = found
    span = Span(start, start + len(given), source=ctx.text)
    return Finding(GenderEvidence(GenderEvidenceKind.GIVEN_NAME, span, _GENDERS[gender]), WEIGHT_GIVEN_NAME)


def _vote(findings: Sequence[Finding]) -> _Decision | None:
    totals = {Gender.FEMALE: 0.0, Gender.MALE: 0.0}
    for finding in findings:
        totals[finding.evidence.gender] += finding.weight
    if totals[Gender.FEMALE] == totals[Gender.MALE]:
        return None
    winner = Gender.FEMALE if totals[Gender.FEMALE] > totals[Gender.MALE] else Gender.MALE
    evidence: list[GenderEvidence] = []
    for finding in sorted(findings, key=lambda f: -f.weight):
        if finding.evidence.gender is winner and finding.evidence not in evidence:
            evidence.append(finding.evidence)
    return _Decision(winner, tuple(sorted(evidence, key=lambda e: e.span.start)))


def _document_findings(ctx: DocumentText, entity: Entity, places: Sequence[Place]) -> list[Finding]:
    return [
        *titles(ctx, places),
        *linked_pronouns(ctx, places),
        *roles(ctx, places),
        *agreement(ctx, places),
        *nearby_pronouns(ctx, places, [fold(w) for w in _name_words(entity.name)]),
    ]


def person_findings(text: str, doc: ParsedDoc | None, entity: Entity) -> tuple[Finding, ...]:
    """Every piece of person evidence found for ``entity``, before any is weighed or dropped.

    For auditing and for measuring each finder alone (``tools/measure_gender.py``): the given
    name is included even when the document's evidence decides.
    """
    ctx = DocumentText(text, doc)
    named = _named(entity.name, indefinite=_brought_in_indefinite(ctx, entity))
    places = _places(ctx, entity, named)
    given = _given_name(ctx, entity, places) if named else None
    return (*_document_findings(ctx, entity, places), *(() if given is None else (given,)))


def _person(ctx: DocumentText, entity: Entity, named: bool) -> _Decision | None:
    """Female or male from the document, then from the given name; ``None`` when neither says."""
    places = _places(ctx, entity, named)
    findings = _document_findings(ctx, entity, places)
    # a masculine default speaks for a named person only, and after the given name
    document = [
        f for f in findings if not f.default or (named and f.evidence.kind is not GenderEvidenceKind.ROLE)
    ]
    decided = _vote(document)
    if decided is not None:
        return decided
    given = _given_name(ctx, entity, places) if named else None
    if given is not None:
        return _Decision(given.evidence.gender, (given.evidence,))
    if named:
        return _vote([f for f in findings if f.default])
    return None


def _group(ctx: DocumentText, entity: Entity) -> _Decision:
    """Mixed when the members named together are of both genders, else a group."""
    members = [m for m in _MEMBER_SPLIT.split(entity.name) if m.strip()]
    evidence: list[GenderEvidence] = []
    genders: set[Gender] = set()
    for member in members:
        if not _named(member):
            continue
        decided = _person(ctx, Entity(member, (), SpeakerKind.PERSON), named=True)
        if decided is None:
            continue
        genders.add(decided.gender)
        start = ctx.text.find(member)
        if start >= 0:
            span = Span(start, start + len(member), source=ctx.text)
            evidence.append(GenderEvidence(GenderEvidenceKind.COORDINATION, span, decided.gender))
    if genders == {Gender.FEMALE, Gender.MALE}:
        return _Decision(Gender.MIXED, tuple(evidence))
    if not genders and len(members) > 1 and all(organisation_member(m) for m in members):
        # "la CGT, l'Unsa et la CFDT", "les États-Unis et la France": organisations together
        spans = [(ctx.text.find(m.strip()), m.strip()) for m in members]
        found = [
            GenderEvidence(GenderEvidenceKind.NOUN, Span(i, i + len(m), source=ctx.text), Gender.ORG)
            for i, m in spans
            if i >= 0
        ]
        return _Decision(Gender.ORG, tuple(found))
    return _Decision(Gender.GROUP, tuple(evidence))


def organisation_member(member: str) -> bool:
    """A member of a coordination that is no person: an acronym, a name after an article, an
    organisation noun ("la CGT", "l'Unsa", "le ministère", "la France")."""
    tokens = list(tokenize(member))
    if not tokens:
        return False
    if any(len(t.text) > 1 and t.text.isupper() for t in tokens):
        return True  # "CGT", "OMS"
    first = tokens[0].lower
    if first in DETERMINERS and len(tokens) > 1:
        head = tokens[1]
        if is_capitalised(head.text) and fold(head.text) not in GIVEN_NAMES:
            return True  # an article before a name: "l'Unsa", "la France"
        return head.lower in ORGANISATION_NOUNS or head.lower in COLLECTIVE_NOUNS
    return False


#: A name opening with a capitalised article of its own: « La Croix », « Les Échos », « The Guardian ».
_TITLE_ARTICLE = regex.compile(r"(?:The|Les?|La|L['’])\s*\p{Lu}")


def _article_before_name(ctx: DocumentText, entity: Entity) -> GenderEvidence | None:
    """An article right before the name: « la Syrie », « le Royaume-Uni », « l'Élysée », « en Turquie ».

    French puts no article before a person's name, but does before a country, a region, an
    institution; a capitalised article is part of a name ("Le Drian") and does not count, so the
    article is sought in lowercase, inside a sentence ("la Turquie" for a source named "La Turquie").
    """
    words = [w for w in _name_words(entity.name) if role_of(w) is None and fold(w) not in _RANKS]
    if _TITLE_ARTICLE.match(entity.name):
        # "The Lantern", "La Croix", "Le Parisien": a title opening with its own article names a
        # paper or an institution; a person's name with one ("Marine Le Pen") opens with a given name
        start = max(ctx.text.find(entity.name), 0)
        span = (
            Span(start, start + len(entity.name), source=ctx.text) if start else Span(0, 0, source=ctx.text)
        )
        return GenderEvidence(GenderEvidenceKind.NOUN, span, Gender.ORG)
    bare = regex.sub(r"^(?:[Ll]es?|[Ll]a|[Ll]['’]|The)\s*(?=\p{Lu})", "", entity.name)  # "La Turquie"
    if not words or not bare.startswith(words[0]):
        return None  # "président qatarien du PSG": a description, not a name
    for start in _whole_word_starts(ctx.text, words[0], hyphen=False):
        article = _ARTICLE_BEFORE.search(ctx.text, max(0, start - _ARTICLE_REACH), start)
        if article is not None:
            end = start + len(words[0])
            return GenderEvidence(
                GenderEvidenceKind.NOUN, Span(article.start(), end, source=ctx.text), Gender.ORG
            )
    return None


#: An article (or « du », « au », « en ») right before a name, with the spaces after it.
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:le|la|l['’]|du|au|en)\s*\Z")
_ARTICLE_REACH = 12


def _word_char(char: str, hyphen: bool) -> bool:
    return char.isalpha() or char.isnumeric() or (hyphen and char == "-")


def _whole_word_starts(text: str, word: str, *, hyphen: bool = True) -> list[int]:
    """Where ``word`` stands in ``text`` as a whole word (no letter, digit, or with ``hyphen`` a
    hyphen, touching it), in order. A plain string search: a pattern compiled per name costs more
    than the search itself."""
    starts = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before_ok = at == 0 or not _word_char(text[at - 1], hyphen)
        after_ok = end == len(text) or not _word_char(text[end], hyphen)
        if before_ok and after_ok:
            starts.append(at)
        at = text.find(word, at + 1)
    return starts


def _organisation_signal(ctx: DocumentText, entity: Entity, places: Sequence[Place]) -> GenderEvidence | None:
    """Words that make a named source an organisation: « la société Vinci », an ORG entity label.

    An article or an organisation noun right before the name, a company word in or after it
    (« Valve Corporation », « Brévanne Télécom »), or the parse's entity labels on its places (ORG
    or LOC, and never PER).
    """
    article = _article_before_name(ctx, entity)
    if article is not None:
        return article
    for word in _name_words(entity.name)[1:]:
        if fold(word) in ORGANISATION_SUFFIXES:  # "Brévanne Télécom", "Air France Airlines"
            start = ctx.text.find(word)
            if start >= 0:
                return GenderEvidence(
                    GenderEvidenceKind.NOUN, Span(start, start + len(word), source=ctx.text), Gender.ORG
                )
    for place in places:
        j = ctx.index_at(place.end)
        if place.named and j < len(ctx.tokens) and not ctx.gap(j - 1, j).strip():
            suffix = ctx.tokens[j]
            if fold(suffix.text) in ORGANISATION_SUFFIXES and is_capitalised(suffix.text):
                span = Span(place.start, suffix.end, source=ctx.text)  # "Valve Corporation"
                return GenderEvidence(GenderEvidenceKind.NOUN, span, Gender.ORG)
        i = ctx.index_at(place.start)
        if i >= 1 and i < len(ctx.tokens) and not ctx.gap(i - 1, i).strip():
            noun = ctx.tokens[i - 1]
            common = not is_capitalised(noun.text)  # "la Défense Antoni X": a role's domain, not a noun
            if common and (noun.lower in ORGANISATION_NOUNS or noun.lower in COLLECTIVE_NOUNS):
                span = Span(noun.start, ctx.tokens[i].end, source=ctx.text)
                return GenderEvidence(GenderEvidenceKind.NOUN, span, Gender.ORG)
    labels = _parse_labels(ctx, places) or set()
    if labels & NOT_PERSON_ENTS and "PER" not in labels:
        return _at_first_place(ctx, places)
    return None


def _parse_labels(ctx: DocumentText, places: Sequence[Place]) -> set[str] | None:
    """The entity labels the parse gives the name's places; ``None`` when it read none of them."""
    read = [found[1] for place in places if (found := ctx.words_in(place.start, place.end)) is not None]
    return None if not read else {w.ent for words in read for w in words if w.ent}


def _at_first_place(ctx: DocumentText, places: Sequence[Place]) -> GenderEvidence:
    """The name where the text first gives it, as the evidence of an organisation."""
    first = places[0]
    return GenderEvidence(GenderEvidenceKind.NOUN, Span(first.start, first.end, source=ctx.text), Gender.ORG)


def _lone_name(ctx: DocumentText, entity: Entity, places: Sequence[Place]) -> GenderEvidence | None:
    """A one-word name with no given name and no sign of a person: news names people in full,
    so « selon Greenpeace », « Sanef a indiqué » are organisations."""
    words = _name_words(entity.name)
    if len(words) != 1 or len(tokenize(entity.name)) != 1 or not places:
        return None
    return _at_first_place(ctx, places)


def _no_person_sign(ctx: DocumentText, places: Sequence[Place]) -> GenderEvidence | None:
    """A name the parse read and never took for a person's, with no given name, civility, role,
    pronoun nor agreement anywhere in the text: news names a person with at least one of them,
    so « Vélopass Rennes a annoncé » is an organisation. Without a parse, nothing is concluded."""
    labels = _parse_labels(ctx, places)
    if labels is None or "PER" in labels:
        return None
    return _at_first_place(ctx, places)


def _opens_with_given_name(name: str) -> bool:
    """Whether a name of two words or more opens with a given name, epicene ones included."""
    words = [w for w in _name_words(name) if role_of(w) is None and fold(w) not in _RANKS]
    if len(words) < 2 or not name.startswith(words[0]):
        return False
    first = fold(words[0])
    return is_given_name(first) or bool(given_name_gender(first))


def _head_of_fixed_gender(name: str) -> bool:
    """Whether a description is headed by a noun of fixed gender ("source judiciaire", "victime")."""
    words = [t.lower for t in tokenize(name) if t.lower not in DETERMINERS]
    return bool(words) and words[0] in FIXED_GENDER_NOUNS


def _proves_a_person(evidence: GenderEvidence) -> bool:
    """A civility, a given name or a feminine role: no country or company has one."""
    if evidence.kind in {GenderEvidenceKind.TITLE, GenderEvidenceKind.GIVEN_NAME}:
        return True
    return evidence.kind is GenderEvidenceKind.ROLE and evidence.gender is Gender.FEMALE


def _describe(ctx: DocumentText, given: Entity) -> Entity:
    # mentions past the end of the text (an entity from another text) are not read
    inside = tuple(m for m in given.mentions if m.end <= len(ctx.text))
    entity = given if inside == given.mentions else attrs.evolve(given, mentions=inside)
    described = _described(ctx, entity)
    return attrs.evolve(described, mentions=given.mentions)


def _brought_in_indefinite(ctx: DocumentText, entity: Entity) -> bool:
    """Whether every mention of a source opens on « un » or « une »: someone new, unnamed."""
    opening = [m.text_in(ctx.text).split(maxsplit=1)[:1] for m in entity.mentions]
    return bool(opening) and all(o and o[0].lower() in {"un", "une"} for o in opening)


def _described(ctx: DocumentText, entity: Entity) -> Entity:
    kind = entity.kind
    noun = None
    if kind in {SpeakerKind.PERSON, SpeakerKind.UNKNOWN}:
        noun = _noun_kind(ctx, entity)
        if noun is not None:
            kind = noun[0]
    found: tuple[GenderEvidence, ...] = () if noun is None else (noun[1],)
    if kind is SpeakerKind.ORGANISATION and noun is None and _opens_with_given_name(entity.name):
        kind = SpeakerKind.PERSON  # "Christophe Castaner" taken for an organisation
    if kind in {SpeakerKind.ORGANISATION, SpeakerKind.DOCUMENT}:
        return attrs.evolve(entity, kind=kind, gender=Gender.ORG, gender_evidence=found)
    if kind is SpeakerKind.GROUP:
        decided = _group(ctx, entity)
        if decided.gender is Gender.ORG:
            kind = SpeakerKind.ORGANISATION
        return attrs.evolve(
            entity, kind=kind, gender=decided.gender, gender_evidence=decided.evidence or found
        )
    named = _named(entity.name, indefinite=_brought_in_indefinite(ctx, entity))
    if not named and _head_of_fixed_gender(entity.name):
        # "la source policière … précise-t-elle": the pronoun and adjectives agree with "source"
        return attrs.evolve(entity, kind=SpeakerKind.PERSON, gender=Gender.UNKNOWN, gender_evidence=())
    person = _person(ctx, entity, named)
    places = _places(ctx, entity, named)
    proven = person is not None and any(_proves_a_person(e) for e in person.evidence)
    if named and not proven and not _opens_with_given_name(entity.name):
        signal = _organisation_signal(ctx, entity, places)
        pronouns_only = person is not None and all(
            e.kind is GenderEvidenceKind.PRONOUN and e.gender is Gender.FEMALE for e in person.evidence
        )
        if signal is None and (person is None or pronouns_only):
            # "Sanef … elle ne fera pas": a one-word name that only "elle" refers to is a company
            signal = _lone_name(ctx, entity, places)
        if signal is None and person is None:
            signal = _no_person_sign(ctx, places)
        if signal is not None:
            return attrs.evolve(
                entity, kind=SpeakerKind.ORGANISATION, gender=Gender.ORG, gender_evidence=(signal,)
            )
    if person is not None:
        return attrs.evolve(
            entity, kind=SpeakerKind.PERSON, gender=person.gender, gender_evidence=person.evidence
        )
    return attrs.evolve(entity, kind=kind, gender=Gender.UNKNOWN, gender_evidence=())
