"""Descriptions: a source known by a role or a feature (« le ministre », « la Jamaïcaine », « le prévenu »).

A description takes up the person or body the text names (the one it titles so, the one just named,
the one named in the next sentence, a pair under a plural role) or, when the text names no one it
fits, stays as written, told apart by what follows it (« un lycéen qui a pu se mettre à l'abri »).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs
import regex

from quoteattr.attribute.entities import Occurrence
from quoteattr.attribute.mentions import Mention
from quoteattr.attribute.names import Token, fold, has_name, starts_person_name, tokenize
from quoteattr.attribute.resolve_base import _ORGANISATION_REACH, _PAIR_REACH, _Resolved, _ResolverBase
from quoteattr.attribute.resolve_rules import NamePhrase, clean_phrase, fuller_description, parse_name_phrase
from quoteattr.attribute.resolve_score import (
    _GENERIC_DOMAINS,
    DEFENDANT_NOUNS,
    DEMONSTRATIVES,
    SALIENT_REACH,
    Said,
    aged_person,
    compatible,
    defendant_person,
    describe_candidates,
    has_specific_role,
    head_of_person,
    headline_person,
    headline_role_holder,
    in_lead,
    inner_person,
    later_titled_person,
    may_be_tried,
    named_after_office,
    nationality_person,
    next_incise_speaker,
    of_another_time,
    offices_clash,
    others_named_since,
    paragraph_newcomer,
    periphrasis_role,
    posts_of_two_bodies,
    posts_of_two_countries,
    salient_person,
    sentence_text,
    sole_person,
    taken_up_description,
    the_two_named,
)
from quoteattr.attribute.resolve_text import (
    _APPOSITION_CLOSE,
    _COMPLEMENT_BEFORE,
    _DEFINITE_SINGULAR,
    _DEFINITE_SINGULAR_WORDS,
    _LAST_WORDS,
    _NAMED_NEXT,
    _NAMED_NEXT_DEFINITE,
    _PARENT_STATUS_WORDS,
    _PERSON_BROUGHT_IN,
    _PERSON_IN_GENERAL,
    _SAME_SOURCE,
    _STATED_AGE_DESCRIPTION,
    _VERB_AFTER_SUBJECT,
    PARENT_GENDERS,
    _before_verb,
    _indefinite,
    _introduced_form,
    _of_someone_new,
    _posted,
    _restrictive_tail,
    office_of_place,
)
from quoteattr.attribute.vet import DESCRIBED_KINDS, head_noun
from quoteattr.lang.fr.incises import SIDE_LOCUTIONS
from quoteattr.lang.fr.press import PRESS_NOUNS
from quoteattr.lang.fr.pronouns import CONTINUATION_VERBS, PERIPHRASIS_GENDERS, REPLY_VERBS
from quoteattr.lang.fr.roles import (
    AGE_NOUNS,
    BENCH_ROLES,
    HYPERNYM_ROLES,
    NATIONALITY_NOUNS,
    PERSON_NOUN_ENDINGS,
    PERSON_NOUNS,
    PROXY_ROLES,
    RELATION_NOUNS,
    looks_like_demonym,
    nationality_gender,
    role_of,
    speaking_noun,
)
from quoteattr.lang.fr.titles import DE_FORMS, DETERMINERS, WEEKDAYS
from quoteattr.lang.fr.verbs import (
    CLAUSE_ONLY_VERBS,
    FIRST_GROUP_PARTICIPLE_ENDINGS,
    INCISE_ONLY_VERBS,
    conjugated_speech_form,
    lemma_of,
)
from quoteattr.model import ResolvedBy, Span

#: Capitalised words alone, the rest of an organisation's name (« Group », « Systèmes »).
_CAPITALISED_RUN = regex.compile(r"(?:[ \u00a0]+\p{Lu}[\p{L}'’&-]*)*[ \u00a0]*")

#: « le premier », « la seconde »: which of two people named together, by their order.
_ORDINALS = {"premier": 0, "première": 0, "second": 1, "seconde": 1, "deuxième": 1}
_FOLDED_ORDINALS = frozenset(fold(word) for word in _ORDINALS)


def _ranked(words: str, length: int) -> tuple[int, Sequence[Token]] | None:
    """The rank (:data:`_ORDINALS`) and the words of a description of ``length`` words that a
    definite article and an ordinal open (« la première », « le second témoin »), else ``None``."""
    tokens = tokenize(words)
    if len(tokens) != length or tokens[0].lower not in _DEFINITE_SINGULAR_WORDS:
        return None
    rank = _ORDINALS.get(tokens[1].lower)
    return None if rank is None else (rank, tokens)


#: A non-reflexive object clitic right after a subject: it stands for someone other than the
#: subject (« Le metteur en scène lui a répondu »).
_OBJECT_CLITIC_AFTER = regex.compile(r"[ \u00a0]+(?i:lui|leur|l['’]|le|la|les)(?=[ \u00a0'’])")


#: « un autre », « une autre » standing alone for a source (the noun left out).
_ANOTHER = regex.compile(r"(?i)(une?)[ \u00a0]+(autre)")
#: « les deux élus », « ces deux responsables »: a pair taken up by the noun of their field.
_THE_TWO = regex.compile(r"(?i)(?:les|ces)[ \u00a0]+deux[ \u00a0]+(?P<noun>\p{Ll}[\p{L}-]*)")
#: « l'allié politique de X », « le fidèle bras droit de X »: a person told by their tie to X.
_RELATED = regex.compile(
    r"(?i:l['’]|le|la)[ \u00a0]*(?:\p{Ll}+[ \u00a0]+)?(?P<noun>"
    + "|".join(sorted(RELATION_NOUNS, key=len, reverse=True))
    + r")(?:[ \u00a0]+\p{Ll}+)?[ \u00a0]+(?:de[ \u00a0]+|d['’][ \u00a0]*)"
    r"(?P<other>\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*)*)"
)
#: Locutions of a tag that set its speaker against the source before: « a insisté de son côté le
#: premier ministre », « a estimé pour sa part la maire », « a déclaré à son tour X ».
_ANOTHER_SIDE = regex.compile(
    r"(?i)\b(?:"
    + "|".join(locution.replace(" ", r"[ \u00a0]+") for locution in SIDE_LOCUTIONS)
    + r"|quant[ \u00a0]+à[ \u00a0]+(?:lui|elle|eux|elles))\b"
)
#: A tonic pronoun set off by commas right after a subject (« Le directeur, lui, a assuré … »,
#: « La mairie, elle, dément »): it sets that subject against the person the text spoke of just
#: before, who is then not the one it describes.
_CONTRASTED = regex.compile(r"[ \u00a0]*,[ \u00a0]*(?i:lui|elle|eux|elles)[ \u00a0]*,")
#: How far around a description its tag's locutions are looked for (characters).
_SIDE_REACH = 30
#: How many sentences back the source « un autre » adds one more to may have been quoted.
_ANOTHER_REACH = 2
#: « un des », « l'une des »: the partitive a source of a kind may be written with.
_ONE_OF = regex.compile(r"(?i)(?:l['’]\s*)?une?\s+(?:des|d['’]entre)\s+")


def _one_of_kind(name: str) -> str | None:
    """The singular noun phrase of a source known by its words (« pêcheur de Sète » →
    itself, « un des pêcheurs » → « pêcheur »); ``None`` when the plural cannot be undone
    from the role lists (only « -s » and « -x » endings of a listed role are)."""
    one_of = _ONE_OF.match(name)
    if one_of is None:
        return name if role_of((head_noun(name) or "").lower()) is not None else None
    rest = name[one_of.end() :]
    head, _, tail = rest.partition(" ")
    if head[-1:] not in {"s", "x"} or role_of(head[:-1].lower()) is None:
        return None
    return f"{head[:-1]} {tail}".strip()


#: Spaces between a comma and the words around it.
_SPACES = " \u00a0\u202f"
#: How far back a name ending at a comma is looked for (its first character).
_NAME_REACH = 80
#: How many sentences back a speaker has « just spoken » for a person in general (« l'homme »)
#: to be someone else: their own sentence or the one after it (a turn of dialogue and the
#: narration that follows it).
_JUST_SPOKE = 1
#: A coordination right after a phrase: « Jean Mbala, un voisin et une passante ont dit ».
_COORDINATION_AFTER = regex.compile(r"[ \u00a0]*,?[ \u00a0]*(?:et|ou)\b")
#: A sentence's opening past participle and « par », before its agent: « Interrogée par ».
_PARTICIPLE_THEN_AGENT = regex.compile(
    rf"\s*\p{{Lu}}\p{{Ll}}*(?:{'|'.join(FIRST_GROUP_PARTICIPLE_ENDINGS)})\s+par\s+"
)


#: The nouns a demonstrative takes a source up by (« cette source », « ces sources »), folded,
#: with their number.
_SOURCE_NOUNS = {"source": "s", "sources": "p"}


class _Descriptions(_ResolverBase):
    """The description steps of :class:`~quoteattr.attribute.resolve.Resolver`."""

    def _pair_just_quoted(self, words: str, limit: int) -> _Resolved | None:
        """What a definite plural role (« les auteurs », « les deux chercheurs ») takes up when the
        last source quoted, at most :data:`SALIENT_REACH` sentences back, is two people the text
        names (« Dans leur ouvrage, Denis Robert et Ernest Backes expliquent … Selon les auteurs,
        … »): those two; ``None`` for any other description or source."""
        noun = head_noun(words) or ""
        if not words.strip().lower().startswith("les ") or role_of(noun.lower()) is None:
            return None
        said = self._previous_said(limit)
        if said is None or said.kind != "group":
            return None
        if self._index.sentence_of(limit) - self._index.sentence_of(said.position) > SALIENT_REACH:
            return None
        name = self._names[said.entity]
        parts = name.split(" et ")
        if len(parts) != 2 or not all(has_name(p) and starts_person_name(p.split()[0]) for p in parts):
            return None
        return _Resolved(name=name, kind="group", gender=said.gender, number="p", by=ResolvedBy.SALIENT)

    def _previous_person_said(self, limit: int) -> Said | None:
        """The last quote before ``limit`` said by a person: a group or a body quoted since
        (« Plusieurs médias ont parlé d'un « vaccin miracle », une expression que la chercheuse
        juge … ») does not make the person the text was speaking of any less present."""
        return next((said for said in self._said_before(limit) if said.kind == "person"), None)

    def _met(self, found: Occurrence | Said) -> tuple[int, str]:
        """Where a candidate was last met in the text, and its name."""
        if isinstance(found, Occurrence):
            return found.span.start, found.name
        return found.position, self._names[found.entity]

    def _description(self, mention: Mention, limit: int) -> _Resolved:
        words = mention.span.text_in(self._text)
        phrase = parse_name_phrase(self._text, mention.span)
        related = self._related(words, limit, phrase.gender)
        if related is not None:  # « l'allié de X » is not X, whose name the phrase holds
            return related
        if phrase.tokens or (phrase.organisation and has_name(phrase.name)):
            return self._name(mention.span, limit)  # "un groupe de Gilets jaunes": it has a name
        head = mention.head.text_in(self._text) if mention.head.end <= len(self._text) else ""
        named = None if phrase.organisation else self._named_next(mention.span, phrase.gender)
        if named is not None:
            return named
        apposed = self._apposed_to_name(mention.span, words, phrase) or self._title_run_on(
            mention.span, words
        )
        if apposed is not None:
            return apposed
        same = self._same_source(words, limit) or self._another(words, limit)
        if same is not None:
            return same
        demonstrative = self._demonstrative(mention, limit, phrase.gender)
        if demonstrative is not None:
            return demonstrative
        described = (
            self._ordinal(words, limit, phrase.gender)
            or self._ordinal_of_kind(words, limit)
            or self._nationality(words, limit)
            or self._aged(words, limit, phrase.gender)
            or self._defendant(words, limit, phrase.gender)
            or self._title_word(words, limit)
        )
        if described is not None:
            return described
        in_general = self._person_in_general(mention, limit)
        if in_general is not None:
            return in_general
        counterpart = self._counterpart(mention, limit, phrase.gender)
        if counterpart is not None:  # « son homologue »: not the one « son » stands for
            return counterpart
        # « le titre » names a newspaper in news jargon, though it is no organisation noun
        noun = phrase.head if phrase.organisation else (head_noun(words) or "")
        press = (
            self._press_taken_up(words, noun, limit) if phrase.organisation or noun in PRESS_NOUNS else None
        )
        if press is not None:  # « Le Parisien révèle … Le quotidien affirme »
            return press
        # « La CGT dénonce … La centrale affirme »: a body's noun no organisation's name opens on
        body = self._body_taken_up(words, limit) if not phrase.organisation and phrase.number == "s" else None
        if body is not None:
            return body
        # "un élu socialiste", "une source proche": an indefinite brings in someone new, never a
        # person the text named before
        indefinite = _indefinite(words)
        # « a ajouté le gérant d'une radio locale »: someone new, no one named before;
        # a name after it may still say who (« L'avocat d'une victime estime … » in a headline)
        new = not phrase.organisation and _of_someone_new(words)
        found = (
            None
            if indefinite or new
            else describe_candidates(self._index, words, head, limit, self._previous_said(limit))
        )
        if found is not None and found.kind == "person" and phrase.number == "p":
            found = None  # « les deux ministres », « les chercheurs »: more than the one person named
        plural = phrase.number == "p" and not indefinite
        pair = self._titled_pair(words, limit) if plural else None
        if pair is not None:  # « Les juges X et Y … les deux juges »
            return self._taken_up(pair, limit, ResolvedBy.ROLE)
        bodies = self._bodies_named_together(words, limit) if plural else None
        if bodies is not None:  # « les associations X et Y … les deux associations »
            return bodies
        team = self._team_taken_up(words, limit) if plural else None
        if team is not None:  # « Une équipe de l'Inserm … concluent les chercheurs »
            return team
        spoken = self._pair_just_quoted(words, limit) if plural else None
        if spoken is not None:  # « Denis Robert et Ernest Backes expliquent … Selon les auteurs »
            return spoken
        two = self._the_two(words, limit) if plural else None
        if two is not None:  # « Le maire, X, … Son adjoint, Y, … s'accordent les deux élus »
            return two
        role = periphrasis_role(words) or (head if role_of(head) else (head_noun(words) or ""))
        if (
            found is not None
            and found.kind == "person"
            and words.strip().lower().startswith(_DEFINITE_SINGULAR)
            and _OBJECT_CLITIC_AFTER.match(self._text, mention.span.end) is None
        ):
            # « Dans le camp adverse, Isabelle Kervella … a ajouté l'entraîneuse »: the person the
            # paragraph brings in, not the one titled so before it; unless a clitic makes the one
            # just named the verb's object (« Le metteur en scène lui a répondu »: someone else)
            brought = paragraph_newcomer(
                self._index, mention.span.start, self._met(found), phrase.gender, role
            )
            if brought is not None:
                return attrs.evolve(self._from_occurrence(brought, limit), by=ResolvedBy.SALIENT)
        if found is not None:
            # « le groupe » → Airbus is an organisation taken up; « le ministre » → Blinken a role
            by = ResolvedBy.ORGANISATION if found.kind == "organisation" else ResolvedBy.ROLE
            return self._taken_up(found, limit, by)
        if phrase.organisation:
            named_after = self._named_right_after(mention)
            if named_after is not None:  # « La société de cars à petits prix Volabus a annoncé »
                return named_after
            unit = self._unit_of(mention, phrase.head) or self._office_of_place(mention, phrase.head)
            if unit is not None:
                return unit
            owned = self._owned_body(mention, limit)
            if owned is not None:  # « selon son syndicat »: the union its owner's title names
                return owned
            # « plusieurs ONG », « une association »: bodies the text brings in, none named before
            organisation = self._organisation(phrase.name, phrase.head, limit, brought_in=indefinite)
            if organisation.by == ResolvedBy.WORDS and phrase.number == "s":
                # « l'agence américaine » after « la Nasa »: no body named before with its noun
                return self._body_taken_up(words, limit) or organisation
            return organisation
        kindred = self._kindred_description(words, limit)
        if kindred is not None:
            return kindred
        head_of = head_of_person(self._index, words, phrase.gender)
        if head_of is not None:  # « le secrétaire général de l'Union, X » … « le chef de l'Union »
            return attrs.evolve(self._from_occurrence(head_of, len(self._text)), by=ResolvedBy.ROLE)
        # « le porte-parole » speaks for someone else: never the one person named, nor the last
        specific = (
            role_of(role) is not None and role not in HYPERNYM_ROLES and role.lower() not in PROXY_ROLES
        )
        if (
            specific
            and not new
            and phrase.number == "s"
            and words.strip().lower().startswith(_DEFINITE_SINGULAR)
        ):
            # "la chanteuse", "le boxeur de 23 ans": the one person the article names; not "la
            # jeune femme" or "l'homme", which as often bring in someone new
            person = sole_person(self._index, limit, role, phrase.gender, words)
            if person is not None and of_another_time(self._index, person, words):
                person = None  # « le prochain président » is not « le président sortant X »
            if person is not None and self._answers_them(person, limit, mention.span):
                person = None  # « « … », a dit Paul Roux. « … », a répondu le maire »
            if person is not None and (
                not (_posted(words, role) and person.title is None)
                or headline_role_holder(self._index, person, role)
            ):
                # « Le ministre de la Culture dit … »: a post named in full brings in its holder,
                # not the one person named so far, whom the text gave no role; unless the
                # headline gave them that role before the body named them
                return attrs.evolve(self._from_occurrence(person, limit), by=ResolvedBy.SOLE_PERSON)
            salient = self._salient(limit, role, phrase.gender, words, mention.span)
            if salient is not None:
                return salient
            # the headline's person only when no one the text just named fits: « Auteur des deux
            # buts, Malik Sissoko … », a estimé l'attaquant » is Sissoko, not the coach of the title
            lead = in_lead(self._index, mention.span.start)
            person = headline_person(self._index, limit, role, phrase.gender, lead=lead)
            if person is not None:
                return attrs.evolve(self._from_occurrence(person, limit), by=ResolvedBy.SOLE_PERSON)
        general = role in HYPERNYM_ROLES and role.lower() not in PROXY_ROLES
        if (
            general
            and not new
            and phrase.number == "s"
            and words.strip().lower().startswith(_DEFINITE_SINGULAR)
        ):
            # « Le maire, Jean Dupont, et son adjointe, Marie Durand, … a assuré l'élue »: a
            # general role, definite, takes up the person just named whose field it shares; it is
            # too general for the one person of a whole text or of its headline
            salient = self._salient(limit, role, phrase.gender, words, mention.span, general=True)
            if salient is not None:
                return salient
            described = self._described_subject(limit, role, phrase.gender, words)
            if described is not None:
                return described
        named = None if phrase.organisation else self._named_next(mention.span, phrase.gender, definite=True)
        if named is not None:
            return named
        # « l'avocat général », a magistrate by its class, is as specific as its own words: the
        # one person the text titles with them later; so is « le porte-parole », who speaks for
        # someone else but is the one the text then titles spokesperson
        exact = role in HYPERNYM_ROLES and periphrasis_role(words) == role
        proxy = role.lower() in PROXY_ROLES and role_of(role) is not None
        if (
            (specific or exact or proxy)
            and phrase.number == "s"
            and words.strip().lower().startswith(_DEFINITE_SINGULAR)
            and not self._names_its_holder(mention.span)
        ):
            person = later_titled_person(
                self._index,
                mention.span.start,
                (head_noun(words) or "") if exact else role,
                phrase.gender,
                written=words if exact else "",
                described=words,
                proxy=proxy,
            )
            if person is not None:
                return attrs.evolve(self._from_occurrence(person, len(self._text)), by=ResolvedBy.ROLE)
            # the periphrasis of a general role has no office of its own to look for further
            finders = (named_after_office, next_incise_speaker) if specific else ()
            for find in finders:
                # « …, a déclaré le ministre. … Paul Verdier a salué … »; « Le ministre dit avoir
                # « bon espoir ». « … », a déclaré Paul Verdier »
                person = find(self._index, mention.span.start, role, phrase.gender, self._speaks)
                if person is not None:
                    found_by = ResolvedBy.SOLE_PERSON
                    return attrs.evolve(self._from_occurrence(person, len(self._text)), by=found_by)
        sentence_start = self._index.sentence_start(mention.span.start)
        fuller = office_of_place(self._text, sentence_start, mention.span) or fuller_description(
            self._text, words
        )
        if fuller is None:
            owned = self._owned(mention, limit)
            if owned is not None:
                return owned
        newcomer = indefinite and mention.span.start > limit
        # « un moniteur de l'école de ski »: someone new, whom no name will take up, is known by
        # what they do, as by a role, though no list holds the noun (an agent noun); not « un
        # homme », as general as a name left out, nor « une voix intérieure »
        unlisted = (
            indefinite
            and phrase.number == "s"
            and role_of(role or "") is None
            and (role or "").endswith(PERSON_NOUN_ENDINGS)
        )
        told_apart = self._told_apart(words, role, indefinite, phrase.number)
        kind = "described" if has_specific_role(words) or unlisted or told_apart else "unknown"
        if fuller is None and (newcomer or self._after_source_word(mention.span)):
            # « …, raconte un gendarme ayant participé à l'opération. », « Selon les policiers qui
            # l'ont interpellé, … »: someone new, told apart by what the relative or participle
            # after them says of them; after « selon » nothing but the source comes before the comma
            fuller = clean_phrase(words + _restrictive_tail(self._text, mention.span.end))
        elif fuller is None and indefinite and mention.span.start == limit:
            # « Un bénévole posté au 31e kilomètre affirme … »: the subject before its verb, told
            # apart by a participle after it, up to that verb
            fuller = clean_phrase(words + _before_verb(_restrictive_tail(self._text, mention.span.end)))
        elif fuller is None:
            fuller = _introduced_form(self._text, words, mention.span.start)
        return _Resolved(
            name=fuller or clean_phrase(words),
            kind=kind,
            gender=phrase.gender,
            number=phrase.number,
            by=ResolvedBy.WORDS,
        )

    def _related(self, words: str, limit: int, gender: str) -> _Resolved | None:
        """The person just quoted, for a description by their tie to someone else named after
        « de » (:data:`RELATION_NOUNS`): « « … », a écrit Paul Ndour. « … », a dit l'allié
        politique de Marc Sylla » is Paul Ndour, never Marc Sylla. ``None`` for any other
        description, when no person was quoted at most :data:`SALIENT_REACH` sentences back, when
        that person is of another gender or is the one named after « de »."""
        found = _RELATED.fullmatch(words.strip())
        if found is None:
            return None
        previous = self._previous_person_said(limit)
        if previous is None or not compatible(gender, "", previous.gender, ""):
            return None
        if self._index.sentence_of(limit) - self._index.sentence_of(previous.position) > SALIENT_REACH:
            return None
        name = fold(self._names[previous.entity]).split()
        if not name or name[-1] in fold(found["other"]).split():
            return None  # « …, a dit Marc Sylla. « … », selon l'allié de Sylla »: someone else
        return self._taken_up(previous, limit, ResolvedBy.SALIENT)

    def _own_noun_brought_in(self, limit: int, role: str) -> bool:
        """Whether an indefinite with the general role's own noun brought someone in at most
        :data:`SALIENT_REACH` sentences back (« selon un responsable syndical. Un représentant de
        la CGT a confirmé … « … », a dit le responsable syndical »): the definite takes that
        one up, not someone known by a more specific role of its field."""
        brought_in = regex.compile(
            rf"\b(?i:un|une)[ \u00a0]+(?:\p{{Ll}}+[ \u00a0]+)?(?i:{regex.escape(role)})\b"
        )
        return brought_in.search(self._text, self._index.start_back(limit, SALIENT_REACH), limit) is not None

    def _described_subject(self, limit: int, role: str, gender: str, words: str) -> _Resolved | None:
        """The person a general role (:data:`HYPERNYM_ROLES`) takes up when the text has known
        them only by a more specific role of the same field, as the subject of a sentence just
        before (« L'avocat général a requis trente ans. « … », a tonné le magistrat »), or as the
        source just quoted (« Le procureur l'interroge : « … ». Le magistrat poursuit : « … » »):
        that description as the text wrote it. A magistrate is of the bench (:data:`BENCH_ROLES`, an
        « avocat général »), never a lawyer. The nearest such subject at most
        :data:`SALIENT_REACH` sentences back, singular and of the role's gender, and of the same
        office as the description's ``words`` (« le chef du gouvernement » is no « ministre des
        Finances », :func:`offices_clash`); ``None`` when there is none."""
        found_role = role_of(role.lower())
        if found_role is None:
            return None
        domains = set(found_role[1]) - _GENERIC_DOMAINS
        magistrate = fold(role) in {"magistrat", "magistrate"}

        def fits(name: str, head: str) -> bool:
            specific = role_of(head.lower())
            if specific is None or not domains & set(specific[1]) or fold(head) == fold(role):
                return False
            if offices_clash(words, name):
                return False
            # « l'avocat de la défense » is no magistrate
            return not magistrate or fold(head) in BENCH_ROLES or "avocat general" in fold(name)

        if self._own_noun_brought_in(limit, role):
            return None
        previous = self._previous_said(limit)
        if previous is not None and previous.kind in DESCRIBED_KINDS and previous.number == "s":
            # « Le procureur l'interroge : « … ». Le magistrat poursuit » past the quote's sentences
            name = self._names[previous.entity]
            if fits(name, head_noun(name) or "") and compatible(gender, "", previous.gender, ""):
                return self._taken_up(previous, limit, ResolvedBy.PREVIOUS_SPEAKER)
        now = self._index.sentence_of(limit)
        for occurrence in self._index.preceding(limit):
            if now - self._index.sentence_of(occurrence.span.start) > SALIENT_REACH:
                return None
            if occurrence.kind != "description" or not occurrence.subject or occurrence.quoted:
                continue
            if occurrence.number != "s" or not compatible(gender, "", occurrence.gender, ""):
                continue
            if not fits(occurrence.name, occurrence.head or head_noun(occurrence.name) or ""):
                continue
            return _Resolved(
                name=fuller_description(self._text, occurrence.name)
                or clean_phrase(self._description_words(occurrence)),
                kind="described",
                gender=occurrence.gender or gender,
                by=ResolvedBy.ROLE,
            )
        return None

    def _speaks(self, occurrence: Occurrence) -> bool:
        """Whether the name at ``occurrence`` is the subject of a speech verb right after it
        (« Paul Verdier a aussi précisé », « Paul Verdier appelle à la vigilance »), outside a
        quote; not of one that reports only in an incise or with a clause, which has its
        ordinary sense there (« Paul Verdier a fait appel », « soutient le projet »)."""
        if not occurrence.subject or occurrence.after_verb or occurrence.quoted:
            return False
        verb = _VERB_AFTER_SUBJECT.match(self._text, occurrence.span.end)
        if verb is None:
            return False
        word = verb["verb"].lower()
        ordinary = lemma_of(word, word) in INCISE_ONLY_VERBS | CLAUSE_ONLY_VERBS
        return conjugated_speech_form(word) and not ordinary

    @staticmethod
    def _told_apart(words: str, role: str, indefinite: bool, number: str) -> bool:
        """Whether someone new, known by a person noun of no field (« un habitant », « une
        voisine »), is told apart by a complement of the noun (« un habitant du quartier des
        Tilleuls », « une voisine de palier »): a described source, whom the next pronoun takes
        up, not « un habitant » or « un homme » alone, as general as a name left out."""
        found = role_of(role) if role else None
        if not indefinite or number != "s" or found is None or "kin" in found[1]:
            return False
        tokens = [t.lower for t in tokenize(words)]
        noun = tokens.index(role.lower()) if role.lower() in tokens else -1
        return 0 <= noun < len(tokens) - 1 and tokens[noun + 1] in DE_FORMS

    def _apposed_to_name(self, span: Span, words: str, phrase: NamePhrase) -> _Resolved | None:
        """The person named right before an indefinite description set after a comma: « des
        partisans du pasteur Jean Mbala, un chef religieux qui s'est proclamé « prophète » »
        describes Jean Mbala, the apposition says what he is; not a description coordinated
        after him (« Jean Mbala, un voisin et … »), nor one of another gender."""
        if phrase.number != "s" or phrase.organisation or not _indefinite(words):
            return None
        if _COORDINATION_AFTER.match(self._text, span.end) is not None:
            return None
        before = self._text[: span.start].rstrip(_SPACES)
        if not before.endswith(","):
            return None
        end = len(before[:-1].rstrip(_SPACES))
        for occurrence in self._index.within(Span(max(0, end - _NAME_REACH), end)):
            if occurrence.span.end == end and occurrence.kind == "person" and not occurrence.quoted:
                if not compatible(phrase.gender, "", occurrence.gender, ""):
                    return None
                if self._agent_of_opening(occurrence.span.start):
                    return None
                return attrs.evolve(self._from_occurrence(occurrence, end), by=ResolvedBy.ROLE)
        return None

    def _agent_of_opening(self, start: int) -> bool:
        """Whether the name at ``start`` is the agent of a past participle that opens its
        sentence (« Interrogé par Paul Roux, un ancien adjoint … »): a detached participle
        is said of the sentence's subject, so the noun phrase after the comma is that subject,
        the one asked, not a word on the one asking."""
        opening = self._text[self._index.sentence_start(start) : start]
        return _PARTICIPLE_THEN_AGENT.fullmatch(opening) is not None

    def _title_run_on(self, span: Span, words: str) -> _Resolved | None:
        """The person whose title a description cut short opens: « a déclaré le patron de
        Horlogia Group Paul Vernier » read as « le patron de Horlogia » is Paul Vernier, named
        after the rest of the organisation's name (capitalised words only) with the title
        « patron de Horlogia Group »; ``None`` when no such person follows."""
        own = fold(clean_phrase(words))
        for occurrence in self._index.within(Span(span.end, min(len(self._text), span.end + _NAME_REACH))):
            if _CAPITALISED_RUN.fullmatch(self._text, span.end, occurrence.span.start) is None:
                return None
            if occurrence.kind == "person" and fold(occurrence.title or "").startswith(own + " "):
                return attrs.evolve(
                    self._from_occurrence(occurrence, occurrence.span.end), by=ResolvedBy.ROLE
                )
        return None

    def _named_next(self, span: Span, gender: str, *, definite: bool = False) -> _Resolved | None:
        """The name the next sentence gives the person a description at the end of a sentence
        stands for: « …, raconte une habitante. Cette aide-soignante de 52 ans, Nadia Ferrand,
        affirme … », « …, a réagi son porte-parole. Ce dernier, Grégory Lamaison, … », « …, selon
        son avocat. L'avocat, José Figueira, … » (``definite``: tried only when no name before
        the description fits). The demonstrative that opens the sentence, or the definite article
        before the description's own noun, takes up the one just described, and the name apposed
        to it is theirs; its gender must agree."""
        if definite:  # « …, selon son avocat. L'avocat, José Figueira, … »: the same noun
            found = _NAMED_NEXT_DEFINITE.match(self._text, span.end)
            if found is not None and found.group("noun") != head_noun(span.text_in(self._text)):
                found = None
        else:
            found = _NAMED_NEXT.match(self._text, span.end)
        if found is None:
            return None
        feminine = (found.group(1) or found.group(2) or "").lower() in {"cette", "celle", "la"}
        if not compatible(gender, "", "f" if feminine else "m", ""):
            return None
        for occurrence in self._index.within(Span(found.end(), found.end() + 80)):
            if occurrence.span.start != found.end():
                break
            closed = _APPOSITION_CLOSE.match(self._text, occurrence.span.end) is not None
            if occurrence.kind in {"person", "name"} and closed:
                return attrs.evolve(
                    self._from_occurrence(occurrence, occurrence.span.end), by=ResolvedBy.ROLE
                )
        return None

    def _salient(
        self,
        limit: int,
        role: str,
        gender: str,
        words: str = "",
        span: Span | None = None,
        *,
        general: bool = False,
    ) -> _Resolved | None:
        """A definite description by ``role`` taken up as the person just named
        (:func:`~quoteattr.attribute.resolve_score.salient_person`), the previous source's
        appositions in the text counting as its roles; ``words``, the description, may name the
        post in full (« le ministre de l'Intérieur »), unless its role is ``general`` (a role of a
        field, never a post). Never the previous source when the tag at ``span`` sets its speaker
        against them (« a insisté de son côté le premier ministre »), nor when a tonic pronoun
        between commas sets it against whoever the text spoke of (« Le directeur, lui, a assuré »),
        nor a person whose title is a post of another country, nor one the text described as the
        same post of another body (« a rétorqué le leader du parti Horizon … a assuré le leader du
        Rassemblement citoyen »: two leaders)."""
        previous = self._previous_person_said(limit)
        previous_name = "" if previous is None else self._names[previous.entity]
        posted = not general and _posted(words, role)
        continued = span is not None and self._tag_lemma(span) in CONTINUATION_VERBS
        salient = salient_person(
            self._index,
            limit,
            role,
            gender,
            previous,
            previous_name,
            posted=posted,
            words=words,
            continued=continued,
        )
        if salient is None:
            return None
        if span is not None and _CONTRASTED.match(self._text, span.end) is not None:
            return None  # « Le directeur, lui, a assuré … »: someone else than the one just named
        taken = self._taken_up(salient, limit, ResolvedBy.SALIENT)
        if (
            span is not None
            and previous_name
            and taken.name == previous_name
            and self._sets_apart(span, previous)
        ):
            return None
        if posts_of_two_countries(words, taken.title):
            return None  # « le chef du gouvernement marocain » after « … tunisien Karim Mansour »
        if any(posts_of_two_bodies(words, described) for described in self._described_as.get(taken.name, ())):
            return None  # « le leader du Rassemblement citoyen » after « le leader du parti Horizon »
        return taken

    def _names_its_holder(self, span: Span) -> bool:
        """Whether the description at ``span`` holds the name of the person it describes (« le
        ministre Paul Roux »); a person in its « de » complement is someone else (« l'avocat de
        Marc Ollier » is not Ollier)."""
        inner = inner_person(self._index, span)
        if inner is None:
            return False
        start = max(span.start, inner.span.start - 60)
        return _COMPLEMENT_BEFORE.search(self._text, start, inner.span.start) is None

    def _on_another_side(self, span: Span) -> bool:
        """Whether the tag around the mention at ``span`` sets its speaker against the source
        before (« de son côté », « pour sa part », « quant à lui », « à son tour »)."""
        start = max(self._index.sentence_start(span.start), span.start - _SIDE_REACH)
        return (
            _ANOTHER_SIDE.search(self._text, start, min(len(self._text), span.end + _SIDE_REACH)) is not None
        )

    def _sets_apart(self, span: Span, previous: Said | None) -> bool:
        """Whether the tag of the description at ``span`` sets its speaker apart from
        ``previous``, the source quoted last: another side (:meth:`_on_another_side`), or a verb
        of reply right before it (« « … », a dit Paul Roux. « … », a répondu le maire »: the
        mayor answers him). Not when that source was answering already: « Marc Petit lui a
        répondu que … « … », a rétorqué le conseiller » goes on with the one who replied."""
        if self._on_another_side(span):
            return True
        if self._tag_lemma(span) not in REPLY_VERBS:
            return False
        if previous is None:
            return True
        said_in = sentence_text(self._index, previous.position)
        return not any(lemma_of(t.lower, "") in REPLY_VERBS for t in tokenize(said_in))

    def _tag_lemma(self, span: Span) -> str:
        """The lemma of the word right before the description at ``span``, its tag's verb when
        the tag inverts it (« a répondu le maire »: « répondre »); ``""`` at a sentence's head."""
        start = max(self._index.sentence_start(span.start), span.start - _SIDE_REACH)
        before = tokenize(self._text[start : span.start])
        return lemma_of(before[-1].lower, "") if before else ""

    def _answers_them(self, person: Occurrence, limit: int, span: Span) -> bool:
        """Whether the description at ``span`` sets its speaker apart from the source just quoted
        (:meth:`_sets_apart`) and ``person`` is that source: the one person the text names is
        then not the one described."""
        previous = self._previous_person_said(limit)
        if previous is None or not self._sets_apart(span, previous):
            return False
        return fold(self._names[previous.entity].split()[-1]) == fold(person.tokens[-1])

    def _ordinal(self, words: str, limit: int, gender: str) -> _Resolved | None:
        """« Marie Durand et Paul Roux se sont affrontés. La première a dénoncé … Le second a
        répliqué »: « le premier », « la seconde » alone take up that one of the two people the
        text has just named together (« X et Y », at most :data:`_PAIR_REACH` sentences back),
        when the gender agrees; ``None`` for any other description, or with no such pair."""
        ranked = _ranked(words, 2)
        if ranked is None:
            return None
        rank, _ = ranked
        pair = next(self._pairs_before(limit), None)
        if pair is None:
            return None
        person = pair.members[rank]
        if not compatible(gender, "", person.gender, ""):
            return None
        return self._taken_up(person, limit, ResolvedBy.ANTECEDENT)

    def _ordinal_of_kind(self, words: str, limit: int) -> _Resolved | None:
        """« …, a indiqué une source portuaire. …, a confié une deuxième source. …, a ajouté la
        première source »: « le premier », « la seconde » and a noun take up that one of the
        sources of that noun the text has quoted before, in the order it quoted them, when it
        quoted two or more (the ordinal tells them apart); ``None`` for any other description."""
        ranked = _ranked(words, 3)
        if ranked is None:
            return None
        rank, tokens = ranked
        noun = fold(tokens[2].text)
        quoted: list[Said] = []
        for said in sorted(self._said, key=lambda found: found.position):
            if said.position >= limit:
                break
            named = [w for w in fold(self._names[said.entity]).split() if w not in _FOLDED_ORDINALS]
            if named[:1] == [noun] and all(q.entity != said.entity for q in quoted):
                quoted.append(said)
        if len(quoted) < 2 or rank >= len(quoted):
            return None
        return self._taken_up(quoted[rank], limit, ResolvedBy.ANTECEDENT)

    def _nationality(self, words: str, limit: int) -> _Resolved | None:
        """« la Jamaïcaine », « l'Américain de 23 ans », « la Bruxelloise »: the person of that
        nationality the text named (`nationality_person`), else the person it has just named
        (`salient_person`: « Pieter Verhaegen, de l'institut de Bruxelles, … estime le Belge »);
        ``None`` for any other description."""
        tokens = tokenize(words)
        if len(tokens) < 2 or tokens[0].lower not in _DEFINITE_SINGULAR_WORDS:
            return None
        noun = tokens[1].text
        national = noun[:1].isupper() and noun.lower() in NATIONALITY_NOUNS
        if not national and not looks_like_demonym(noun):
            return None
        gender = nationality_gender(noun, tokens[0].lower)
        if not gender and not national:
            gender = "f" if noun.endswith("e") else "m"  # « l'Orléanaise », « l'Orléanais »
        found: Occurrence | Said | None = (
            nationality_person(self._index, limit, noun, gender) if national else None
        )
        if found is None:
            found = salient_person(self._index, limit, "", gender, self._previous_said(limit))
        return None if found is None else self._taken_up(found, limit, ResolvedBy.SALIENT)

    def _defendant(self, words: str, limit: int, gender: str) -> _Resolved | None:
        """« le prévenu », « l'accusée »: the one person the text says is tried
        (`defendant_person`); ``None`` for any other description."""
        tokens = tokenize(words)
        if len(tokens) != 2 or tokens[0].lower not in _DEFINITE_SINGULAR_WORDS:
            return None
        if tokens[1].lower not in DEFENDANT_NOUNS:
            return None
        found = defendant_person(self._index, limit, gender)
        if found is not None:
            return self._taken_up(found, limit, ResolvedBy.ROLE)
        # a status, not a post: whoever the text was just speaking of may be tried, whatever
        # their trade (« L'ancienne directrice, Sylvie Morand, a contesté … « … », a déclaré la
        # prévenue »), but not one it gives a part of their own in the trial (a lawyer, a judge)
        previous = self._previous_person_said(limit)
        previous_name = "" if previous is None else self._names[previous.entity]
        salient = salient_person(self._index, limit, "", gender, previous, previous_name)
        if salient is None:
            return None
        taken = self._taken_up(salient, limit, ResolvedBy.SALIENT)
        said_title = salient.title if isinstance(salient, Said) else None
        return taken if may_be_tried(self._index, taken.name, said_title) else None

    def _aged(self, words: str, limit: int, gender: str) -> _Resolved | None:
        """« le quinquagénaire », « la septuagénaire »: the person the text gave an age of that
        decade (`aged_person`), else the person it has just named; ``None`` for any other
        description."""
        stated = _STATED_AGE_DESCRIPTION.fullmatch(words.strip())
        if stated is not None:
            return self._stated_age(stated, limit, gender)
        tokens = [t for t in tokenize(words) if t.lower not in DETERMINERS]
        if not tokens or tokens[0].lower not in AGE_NOUNS:
            return None
        low, high = AGE_NOUNS[tokens[0].lower]
        found: Occurrence | Said | None = aged_person(self._index, limit, low, high, gender)
        if found is None:
            found = salient_person(self._index, limit, "", gender, self._previous_said(limit))
        return None if found is None else self._taken_up(found, limit, ResolvedBy.SALIENT)

    def _person_in_general(self, mention: Mention, limit: int) -> _Resolved | None:
        """« l'homme », « la jeune femme », « l'homme de 87 ans » (whose age the text gave no one),
        « la mère de famille », « le père de trois enfants » (a parent's status, no one's parent):
        a definite description that says only that someone is a person takes up the person the
        text has just named, of the noun's gender (`salient_person`, whatever their role: « Paul
        Roux, un voisin, était là. « … », a confié l'homme »). ``None`` for any other description;
        when no one fits, or two people have just been named (`others_named_since`); when the
        one who fits has just spoken, in that sentence or the one before (« — Je sais tout, dit
        Marius. Et le vieil homme saisit le billet »: the other one; but « Paul Roux a dit qu'il
        partirait. Le tribunal l'a condamné. L'homme de 77 ans … » is Roux); or when an
        indefinite with that noun brought in someone new before it, whom the definite takes up
        (« Un homme s'est approché de Paul Roux. « … », a crié l'homme »)."""
        general = _PERSON_IN_GENERAL.fullmatch(mention.span.text_in(self._text).strip())
        if general is None:
            return None
        noun = (general["noun"] or general["parent"]).lower()
        if any(
            (brought["noun"] or brought["parent"]).lower() == noun
            for brought in _PERSON_BROUGHT_IN.finditer(self._text, 0, limit)
        ):
            return None
        gender = PERSON_NOUNS.get(noun) or PARENT_GENDERS[noun]
        found = salient_person(self._index, limit, "", gender, None)
        if not isinstance(found, Occurrence) or others_named_since(self._index, found, limit, gender):
            return None
        taken = self._taken_up(found, limit, ResolvedBy.SALIENT)
        previous = self._previous_person_said(limit)
        just = previous is not None and (
            self._index.sentence_of(limit) - self._index.sentence_of(previous.position) <= _JUST_SPOKE
        )
        if just and previous is not None and self._names[previous.entity] == taken.name:
            return None  # « — …, dit Marius. Et le vieil homme saisit le billet »: someone else
        return taken

    def _title_word(self, words: str, limit: int) -> _Resolved | None:
        """« la sortante » after « La présidente sortante, Hélène Castagnède »: a definite article
        and one word that no role list holds (an adjective made a noun), which is the adjective
        right after the role noun of the title the text gave one person before it (in the same
        form, so of the same gender) is that person (not a complement's word: « la métropole » is not
        « la vice-présidente de la métropole »); ``None`` when it names no one so, or several."""
        tokens = tokenize(words)
        if len(tokens) != 2 or tokens[0].lower not in _DEFINITE_SINGULAR_WORDS:
            return None
        word = fold(tokens[1].text)
        if not tokens[1].text.islower() or role_of(tokens[1].lower) is not None or len(word) < 4:
            return None
        found: dict[str, Occurrence] = {}
        for occurrence in self._index.preceding(limit):
            title = tokenize(occurrence.title or "")
            after_role = {
                fold(title[k].text) for k in range(1, len(title)) if role_of(title[k - 1].lower) is not None
            }
            if occurrence.kind == "person" and word in after_role:
                found.setdefault(fold(occurrence.tokens[-1]), occurrence)
        if len(found) != 1:
            return None
        [person] = found.values()
        return self._taken_up(person, limit, ResolvedBy.ROLE)

    def _stated_age(self, stated: regex.Match[str], limit: int, gender: str) -> _Resolved | None:
        """« l'arrière de 31 ans », « le boxeur de 23 ans »: the person the text gave that age,
        else, for a noun no role list holds (which no role rule will read), the person it has
        just named; ``None`` otherwise."""
        age = int(stated["age"])
        found: Occurrence | Said | None = aged_person(self._index, limit, age, age, gender)
        if found is None and role_of(stated["noun"].lower()) is None:
            found = salient_person(self._index, limit, "", gender, self._previous_said(limit))
        return None if found is None else self._taken_up(found, limit, ResolvedBy.SALIENT)

    def _same_source(self, words: str, limit: int) -> _Resolved | None:
        """« la même source », « de mêmes sources »: the source the text has just quoted, not far
        back (« Selon la préfecture, trois personnes ont été blessées. Deux sont dans un état
        grave, selon la même source »); ``None`` for any other description, or when no source was
        quoted in the sentences before."""
        if not _SAME_SOURCE.fullmatch(words.strip()):
            return None
        plural = fold(words.strip()).endswith("sources")
        quoted = self._quoted_with_head("sources" if plural else "source", limit)
        if quoted is not None:
            # « selon une source proche du dossier. X avait promis … selon la même source »: the
            # source quoted as one, over a named speaker quoted since
            return self._taken_up(quoted, limit, ResolvedBy.PREVIOUS_SPEAKER)
        if plural:  # « ces mêmes sources »: the sources just quoted, not the one body quoted since
            return self._source_just_quoted(limit, "p")
        previous = self._previous_said(limit)
        reporter = self._reporter_since(previous.position if previous is not None else 0, limit)
        if reporter is not None:
            # « X a rencontré Y, a rapporté l'agence Varnews. …, selon la même source »: the one
            # who reported, though no words of theirs were quoted, not X quoted before
            return self._taken_up(reporter, limit, ResolvedBy.ORGANISATION)
        if previous is None:
            return None
        distance = self._index.sentence_of(limit) - self._index.sentence_of(previous.position)
        if distance > _ORGANISATION_REACH:
            return None
        return self._taken_up(previous, limit, ResolvedBy.PREVIOUS_SPEAKER)

    def _reporter_since(self, after: int, limit: int) -> Occurrence | None:
        """The body the text last cites as reporting, after ``after`` and at most
        :data:`SALIENT_REACH` sentences before ``limit``: a name right after « a rapporté »
        (and a day, an article, the small words of its description: « a rapporté jeudi l'agence
        de presse Varnews »), « selon » or « d'après »; ``None`` when none is."""
        now = self._index.sentence_of(limit)
        for occurrence in self._index.preceding(limit):
            far = now - self._index.sentence_of(occurrence.span.start) > SALIENT_REACH
            if occurrence.span.start < after or far:
                return None
            if occurrence.quoted or occurrence.kind not in {"organisation", "name"}:
                continue
            start = max(0, occurrence.span.start - _REPORTER_REACH)
            if _REPORTED_BY.search(self._text, start, occurrence.span.start) is not None:
                return occurrence
        return None

    def _another(self, words: str, limit: int) -> _Resolved | None:
        """« un autre », « une autre » alone: one more of the kind of source the text has just
        quoted, whose noun it leaves out (« …, note un pêcheur. « … », ajoute un autre » is « un
        autre pêcheur »; « …, dit l'un des pêcheurs. … », « un autre pêcheur » too). ``None`` for
        any other description, or when the source quoted just before is named, or far back,
        or its noun cannot be put in the singular."""
        another = _ANOTHER.fullmatch(words.strip())
        previous = self._previous_said(limit)
        if another is None or previous is None or previous.kind not in DESCRIBED_KINDS:
            return None
        if self._index.sentence_of(limit) - self._index.sentence_of(previous.position) > _ANOTHER_REACH:
            return None
        noun = _one_of_kind(self._names[previous.entity])
        if noun is None:
            return None
        name = f"{another.group(1).lower()} {another.group(2).lower()} {noun}"
        return _Resolved(name=name, kind=previous.kind, gender=previous.gender, by=ResolvedBy.WORDS)

    def _quoted_with_head(self, head: str, limit: int) -> Said | None:
        """The source known by its words, quoted at most :data:`SALIENT_REACH` sentences back,
        whose noun is ``head``: what « cette source » takes up, in the full form the text gave
        it (« une source demandant l'anonymat à la mairie de la ville »), not cut short."""
        key = head.lower()
        return next(
            (
                said
                for said in self._said_before(limit, SALIENT_REACH)
                if said.kind in DESCRIBED_KINDS and head_noun(self._names[said.entity]) == key
            ),
            None,
        )

    def _source_just_quoted(self, limit: int, number: str) -> _Resolved | None:
        """The source the text quoted last, at most :data:`_ORGANISATION_REACH` sentences back,
        plural for a plural ``number`` (« Selon des sources policières, … Ces mêmes sources ont
        indiqué … », not the one body quoted between): what « cette source » takes up in news
        style, whatever noun the text named it by. ``None`` when none is."""
        for said in self._said_before(limit, _ORGANISATION_REACH):
            if number != "p" or said.number == "p":
                return self._taken_up(said, limit, ResolvedBy.PREVIOUS_SPEAKER)
        return None

    def _demonstrative(self, mention: Mention, limit: int, gender: str) -> _Resolved | None:
        """« cette source », « ce retraité de Gand »: a demonstrative takes up what the text has
        just mentioned, the phrase with the same head noun (« une source diplomatique
        européenne ») or else the person just named (`salient_person`, whatever the role), when
        its noun may name a person (:func:`_may_name_a_person`). ``None`` for any other
        description."""
        tokens = [t for t in tokenize(mention.span.text_in(self._text)) if t.lower != "même"]
        periphrasis = PERIPHRASIS_GENDERS.get(tokens[0].lower) if len(tokens) > 2 else None
        if periphrasis is not None and tokens[1].lower == "qui":
            # « « … », explique celle qui a fondé le festival »: a periphrasis of the
            # one the text is about, named before, as « elle » would be
            found = salient_person(self._index, limit, "", periphrasis, self._previous_said(limit))
            return None if found is None else self._taken_up(found, limit, ResolvedBy.SALIENT)
        if len(tokens) < 2 or tokens[0].lower not in DEMONSTRATIVES or tokens[1].lower in _LAST_WORDS:
            return None
        head = tokens[1].text
        role = role_of(head.lower())
        # « ce père de famille », « cette mère de trois enfants »: a parent by what they are, not whose
        # parent they are, who describes the person just named as « ce retraité » does
        status = _PARENT_STATUS_WORDS.match(self._text, tokens[1].start + mention.span.start) is not None
        if role is not None and "kin" in role[1] and not set(role[1]) - {"person", "kin"} and not status:
            return None  # « ce père » is someone's father
        # « cet homme », « cette femme »: too general a noun to repeat a description by, but the
        # demonstrative still points back to the person just named
        general = role is not None and not set(role[1]) - {"person"} and not status
        quoted = None if general else self._quoted_with_head(head, limit)
        if quoted is not None:  # « …, a indiqué une source proche du dossier. …, a ajouté cette source »
            return self._taken_up(quoted, limit, ResolvedBy.ROLE)
        if not general and fold(head) in _SOURCE_NOUNS:
            # « …, a précisé le parquet. « … », a ajouté cette source »: the source just quoted,
            # whatever noun the text named it by
            just = self._source_just_quoted(limit, _SOURCE_NOUNS[fold(head)])
            if just is not None:
                return just
        written = None if general else taken_up_description(self._text, mention.span.start, head)
        if written is not None:
            named = self._apposed_where_written(written, mention.span.start)
            if named is not None:  # « X, un conseiller de Y, … Selon ce conseiller »: X
                return named
            return _Resolved(name=clean_phrase(written), kind="described", gender=gender, by=ResolvedBy.ROLE)
        if tokens[0].lower == "ces" or not _may_name_a_person(head):
            return None  # « Cet accord prévoit … »: a thing the text spoke of, no one
        found = salient_person(self._index, limit, "", gender, self._previous_said(limit))
        return None if found is None else self._taken_up(found, limit, ResolvedBy.SALIENT)

    def _apposed_where_written(self, written: str, before: int) -> _Resolved | None:
        """The person a demonstrative takes up through the indefinite phrase it repeats, when the
        text set that phrase in apposition after their name (« a déclaré Paul Roux, un conseiller
        du maire, … Selon ce conseiller, … »: Paul Roux, whom the apposition said what he is;
        `_apposed_to_name`); ``None`` when the phrase stands alone (« selon un conseiller »)."""
        start = self._text.rfind(written, 0, before)
        if start < 0:
            return None
        span = Span(start, start + len(written), source=self._text)
        return self._apposed_to_name(span, written, parse_name_phrase(self._text, span))

    def _titled_pair(self, words: str, limit: int) -> Occurrence | None:
        """Two people the text named together under one plural role (« Les juges d'instruction
        Renaud Roux et Xavière Simon », « les avocats Paul Roux et Marie Durand »), at most
        :data:`_PAIR_REACH` sentences back, for a definite plural description by that role
        (« les deux juges », « les avocats »): the nearest such pair, or ``None``."""
        head = head_noun(words) or ""
        if role_of(head) is None:
            return None
        titled = (p for p in self._pairs_before(limit) if head_noun(p.members[0].title or "") == head)
        return next(titled, None)

    def _the_two(self, words: str, limit: int) -> _Resolved | None:
        """« les deux élus »: the two people the text has just named, each with a role of the
        noun's field (`the_two_named`), joined with « et »; ``None`` for any other description."""
        found = _THE_TWO.fullmatch(words.strip())
        if found is None:
            return None
        noun = found["noun"].lower()
        role = noun[:-1] if noun.endswith(("s", "x")) and role_of(noun[:-1]) is not None else noun
        pair = the_two_named(self._index, limit, role, _PAIR_REACH)
        if pair is None:
            return None
        names = [self._from_occurrence(o, limit).name for o in pair]
        return _Resolved(name=" et ".join(names), kind="group", number="p", by=ResolvedBy.ROLE)

    def _pairs_before(self, limit: int) -> Iterator[Occurrence]:
        """Two people the text named together (« X et Y », not in a quote), nearest first, at most
        :data:`_PAIR_REACH` sentences before ``limit``."""
        now = self._index.sentence_of(limit)
        for occurrence in self._index.preceding(limit):
            if now - self._index.sentence_of(occurrence.span.start) > _PAIR_REACH:
                return
            if occurrence.kind == "group" and len(occurrence.members) == 2 and not occurrence.quoted:
                yield occurrence


#: A citation of who reported, right before a name: « a rapporté » or « selon » / « d'après »,
#: a day, an article and the small words of a description between (« rapporte jeudi l'agence
#: de presse officielle »).
_REPORTED_BY = regex.compile(
    r"\b(?:rapport(?:e|ent|é|ait|aient)|selon|d['’]après)[ \u00a0]+"
    r"(?:(?:" + "|".join((*WEEKDAYS, "hier")) + r")[ \u00a0]+)?"
    r"(?:[\p{Ll}'’-]+[ \u00a0]+|l['’])*\Z"
)
#: How many characters before a name a citation of who reported is looked for.
_REPORTER_REACH = 80


def _may_name_a_person(noun: str) -> bool:
    """Whether a demonstrative's ``noun`` may name a person: a role or a noun of speakers, an age
    (« ce quinquagénaire »), a nationality or an inhabitant (« ce Nantais »), or a noun with an
    ending of people (« cet interlocuteur »); not « cet accord », « ce plan »."""
    lowered = noun.lower()
    return (
        role_of(lowered) is not None
        or speaking_noun(lowered)
        or lowered in AGE_NOUNS
        or lowered in PERSON_NOUNS
        or lowered in NATIONALITY_NOUNS
        or looks_like_demonym(noun)
        or lowered.endswith(PERSON_NOUN_ENDINGS)
    )
