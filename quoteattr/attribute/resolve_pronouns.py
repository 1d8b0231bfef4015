"""Pronouns: what « il », « elle », « ils », « ce dernier » stand for.

The candidates are scored in :mod:`resolve_score` (:func:`pronoun_candidates`); these steps choose
among them: the previous speaker continued or ruled out by the tag's verb (« a-t-il ajouté »,
« répondit-il »), names the pronoun's own clause holds ruled out, a description or an unnamed body
that has just spoken, the referent named last for « ce dernier ».
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quoteattr.attribute.binding import names_bound_out, ruled_out
from quoteattr.attribute.entities import PREPOSITIONS, Occurrence
from quoteattr.attribute.mentions import Mention
from quoteattr.attribute.names import fold, has_name, starts_person_name, tokenize
from quoteattr.attribute.resolve_base import _CONTINUED_REACH, _key, _Resolved, _ResolverBase
from quoteattr.attribute.resolve_rules import clean_phrase, pronoun_of, tag_verb
from quoteattr.attribute.resolve_score import (
    Candidate,
    Said,
    compatible,
    has_specific_role,
    just_before,
    pronoun_candidates,
)
from quoteattr.attribute.resolve_text import (
    _DEFINITE_SINGULAR,
    _TITLE_TO_NAME,
    _VERB_AFTER_SUBJECT,
    _WORD_LEFT_BEFORE_AUXILIARY,
    _answers_a_named_thing,
    _indefinite,
)
from quoteattr.attribute.vet import DESCRIBED_KINDS
from quoteattr.lang.fr.given_names import given_name_gender
from quoteattr.lang.fr.pronouns import CONTINUATION_VERBS, LAST_MENTIONED, REPLY_VERBS
from quoteattr.lang.fr.sources import SOURCE_PREPOSITIONS
from quoteattr.lang.fr.verbs import ASKING_VERBS, conjugated_speech_form, lemma_of
from quoteattr.model import ResolvedBy, Span

#: How far back (characters) the preposition before a pronoun is read.
_PREPOSITION_REACH = 12

#: Kinds of source that never speak in the first person singular.
_COLLECTIVE_KINDS = frozenset({"organisation", "group", "document", "place"})


#: A subordinate clause opening its sentence, up to its subject: « Lorsque », « Quand », « Alors
#: que », « Après que », « Dès que », « Comme », « Si », « Tandis que », « Bien que ».
_FRONTED_CLAUSE = regex.compile(
    r"[«\"“ \u00a0]*(?i:lorsqu['’]|lorsque|quand|alors\s+qu['’]|alors\s+que|après\s+qu['’]|après\s+que|"
    r"dès\s+qu['’]|dès\s+que|comme|tandis\s+qu['’]|tandis\s+que|bien\s+qu['’]|bien\s+que|"
    r"puisqu['’]|puisque)[ \u00a0]*"
)
#: The conjunction of a clause a sentence opens on, right before that clause's subject pronoun,
#: which may then look ahead to the main clause's subject (« S'il », « Même si elle », « Quand il »).
_CATAPHORIC_CLAUSE = regex.compile(
    r"[ \u00a0]*(?i:(?:même[ \u00a0]+)?s['’]|(?:même[ \u00a0]+)?si[ \u00a0]+|lorsqu['’]|lorsque[ \u00a0]+|"
    r"quand[ \u00a0]+|bien[ \u00a0]+qu['’]|bien[ \u00a0]+que[ \u00a0]+)"
)


#: An article and up to three words in small letters: a title before a name (« le maire »).
_TITLE_BEFORE = regex.compile(r"(?:le|la|l['’])[ \u00a0]*(?:\p{Ll}[\p{Ll}-]*[ \u00a0]+){1,3}")


def _closing_comma(text: str, start: int, end: int) -> int | None:
    """The first comma from ``start`` to ``end`` outside quotation marks (« », “ ”), or ``None``."""
    depth = 0
    for k in range(start, end):
        char = text[k]
        if char in "«“":
            depth += 1
        elif char in "»”":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            return k
    return None


#: A comma and spaces right before a pronoun: the pronoun opens the main clause after a fronted one.
#: Matched backwards from the pronoun (``REVERSE``), so only the characters right before it are read.
_COMMA_BEFORE = regex.compile(r",[ \u00a0]*", regex.REVERSE)
#: « qu' » or « que » right before a subject pronoun: a relative on a noun, or a clause.
_RELATIVE_BEFORE = regex.compile(r"(?<=\p{L})[ \u00a0]qu(?:['’]|e[ \u00a0]+)", regex.REVERSE)
#: What may stand before the subject a sentence opens on: spaces, a quotation mark, its article.
_SENTENCE_OPENING = regex.compile(r"[ \u00a0\n«\"“]*(?:(?i:le|la|les)[ \u00a0]+|(?i:l)['’])?")
#: After the subject, a stressed pronoun set off by commas at most, then a word in small letters
#: (the verb, or a clitic before it): « Le Chili, lui, rejette ».
_VERB_AFTER_OPENING = regex.compile(
    r"(?:[ \u00a0]*,[ \u00a0]*(?:lui|elle|eux|elles)[ \u00a0]*,)?[ \u00a0]+\p{Ll}"
)
#: The kinds of what a sentence opens on that may act, and so be taken up by « il »: a person, a
#: description, a body, a group, a place named alone (its government).
_ACTING_KINDS = frozenset({"person", "description", "organisation", "group", "place"})


def _nearest_referent(candidates: Sequence[Candidate]) -> Candidate | None:
    """The first of a pronoun's ``candidates`` that may be a referent of its own: not a body
    named by its common noun alone in a complement, which is a description's at times (« la
    dirigeante d'une entreprise d'assainissement »: « celle-ci » is the head, not the firm); as a
    subject it is one (« a indiqué le ministère de l'agriculture. … précise celui-ci »)."""
    return next(
        (
            c
            for c in candidates
            if c.occurrence is None
            or c.occurrence.kind != "organisation"
            or has_name(c.occurrence.name)
            or c.occurrence.subject
        ),
        None,
    )


def _agreeing_person(occurrence: Occurrence, gender: str, number: str, *, given_name: bool = False) -> bool:
    """Whether ``occurrence`` may be what a subject pronoun of ``gender`` and ``number`` stands
    for across a fronted clause: a person or a definite description of one, outside quotation
    marks, agreeing with it; ``given_name``: a name of no known kind that a given name opens
    too."""
    given = given_name and occurrence.kind == "name" and starts_person_name(occurrence.tokens[0])
    fits = (occurrence.kind in {"person", "description"} or given) and not occurrence.quoted
    agrees = compatible(gender, "", occurrence.gender, "") and occurrence.number == number
    return fits and agrees and not _indefinite(occurrence.name)


def _taken_up_in_complement(occurrence: Occurrence, resolved: _Resolved) -> bool:
    """Whether ``occurrence`` is a body's common noun in a complement (« pour une phase II de la
    campagne »), which stood for another body only by inference: a pronoun does not reach a
    body through it, where it may through the noun as a subject (« Le groupe a publié ses
    comptes. Il … » is the group)."""
    return (
        occurrence.kind == "organisation"
        and not occurrence.subject
        and not has_name(occurrence.name)
        and resolved.by is ResolvedBy.ORGANISATION
    )


def _passing_thing(candidate: Candidate) -> bool:
    """Whether ``candidate`` is a thing or a body the text named only in passing, as no subject
    (« pour le service transmanche X »): a body, a place, or a name no given name opens and no
    gender is known of (« Thibault Marsac, lui, nie … » is a man, whatever the parse made of him)."""
    occurrence = candidate.occurrence
    if occurrence is None or occurrence.subject:
        return False
    named = (
        occurrence.kind == "name" and not occurrence.gender and not starts_person_name(occurrence.tokens[0])
    )
    return occurrence.kind in {"organisation", "place"} or named


def _source_before_passing_things(candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with the source quoted last ahead of the things and bodies named since only
    in passing (:func:`_passing_thing`): the inverted clitic of an incise (« a-t-il assuré »)
    takes up a source, not what the quoted words spoke of (« Les navettes du soir circuleront,
    sauf pour le service X. ⏎ Les billets seront remboursés, a-t-il assuré » is the spokesman
    quoted before)."""
    said_at = next((k for k, c in enumerate(candidates) if c.said is not None), None)
    if said_at is None:
        return candidates
    ahead = candidates[:said_at]
    passing = [c for c in ahead if _passing_thing(c)]
    if not passing:
        return candidates
    kept = [c for c in ahead if not _passing_thing(c)]
    return [*kept, candidates[said_at], *passing, *candidates[said_at + 1 :]]


#: « que » or « qu' » right before a subject pronoun: the pronoun opens a clause another verb
#: reports.
_QUE_BEFORE = regex.compile(r"(?i)\bqu(?:e[ \u00a0]+|['’][ \u00a0]*)\Z")
#: A question of the narration right before a quote's opening mark: « … la loi ? « ».
_WRITER_S_QUESTION = regex.compile(r"\?[ \u00a0\u202f]*[«“]?[ \u00a0\u202f]*\Z")


class _Pronouns(_ResolverBase):
    """The pronoun steps of :class:`~quoteattr.attribute.resolve.Resolver`."""

    def _subject_of_sentence_before(self, occurrence: Occurrence, limit: int) -> bool:
        """Whether ``occurrence`` is a subject in the sentence just before ``limit``, in its
        paragraph."""
        position = occurrence.span.start
        previous_sentence = self._index.sentence_of(limit) - self._index.sentence_of(position) == 1
        return occurrence.subject and previous_sentence and just_before(self._index, position, limit)

    def _spoke_just_before(self, occurrence: Occurrence, limit: int) -> bool:
        """Whether the description or unnamed body at ``occurrence`` is the subject of a speech
        verb right after it, in the sentence just before ``limit`` and its paragraph: « Le Premier
        ministre a répondu dans la soirée. « … », a-t-il assuré » — whoever the text named before,
        the pronoun takes up the one just said to speak, though the text gives them no name."""
        if not self._subject_of_sentence_before(occurrence, limit):
            return False
        end = occurrence.span.end
        left = _WORD_LEFT_BEFORE_AUXILIARY.match(self._text, end)
        if left is not None:
            end = left.end()  # « Le comité des pêches et des élevages marins a réclamé »
        verb = _VERB_AFTER_SUBJECT.match(self._text, end)
        return verb is not None and conjugated_speech_form(verb["verb"].lower())

    def _role_subject_just_before(self, occurrence: Occurrence, limit: int) -> str | None:
        """The words of the description at ``occurrence`` with its complements (« la ministre de
        l'Éducation nationale »), when it names a role of its own (not « le vieux », which may be
        a character named elsewhere), is the subject of the sentence just before ``limit``, in
        its paragraph, and titles no name (« La chercheuse en sciences de l'éducation Sophie Roux
        … » is Sophie Roux's title); ``None`` otherwise. « La ministre de l'Éducation nationale a
        défendu sa réforme. « … », a-t-elle déclaré » is the minister, whatever she did, not a
        woman named before her."""
        written = self._description_words(occurrence)
        taken_up = (
            self._subject_of_sentence_before(occurrence, limit)
            and not occurrence.after_verb
            and written.strip().lower().startswith(_DEFINITE_SINGULAR)
            and has_specific_role(written)
            and not self._titles_a_name(occurrence)
        )
        return written if taken_up else None

    def _titles_a_name(self, occurrence: Occurrence) -> bool:
        """Whether a person's name follows the description at ``occurrence``, with only words in
        small letters between (« la chercheuse en sciences de l'éducation Sophie Roux »), or the
        name of the place the post is of (« le procureur de la République de Lyon Paul Vernet »)."""
        start = occurrence.span.end
        for after in self._index.within(Span(occurrence.span.end, occurrence.span.end + 80)):
            between = _TITLE_TO_NAME.fullmatch(self._text, start, after.span.start) is not None
            if after.kind in {"person", "name"}:
                return between
            if not (between and after.kind in {"place", "complement"}):
                return False
            start = after.span.end  # « de Paris »: the post's place, then the name
        return False

    def _pronoun(
        self, mention: Mention, limit: int, *, person: bool = False, individual: bool = False
    ) -> _Resolved:
        """What a pronoun stands for; ``person``: only a person will do (a possessive's owner);
        ``individual``: no organisation, group or document (« « Je pars », a-t-il dit »)."""
        words = mention.span.text_in(self._text)
        features = pronoun_of(words)
        if features is not None and fold(words.strip()) == "lui" and self._after_preposition(mention.span):
            features = ("m", "s")  # « selon lui », « pour lui »: the tonic « lui » is a man's
        if features is None or words.strip().lower().lstrip("-t").lstrip("-") in {"on", "l'on", "l’on"}:
            return self._impersonal(mention, limit)
        gender, number = features
        previous = self._previous_said(limit)
        last_mentioned = fold(words.strip()) in LAST_MENTIONED
        candidates = pronoun_candidates(
            self._index, limit, gender, number, previous, self._said_gender, last_mentioned=last_mentioned
        )
        verb = tag_verb(self._text, mention.span)
        if words.strip().startswith("-"):
            candidates = _source_before_passing_things(candidates)
        if verb in CONTINUATION_VERBS and not self._other_named_since(candidates, previous, limit):
            # "a-t-il ajouté": the previous speaker, when the pronoun fits them and no one else
            # was named since they spoke
            candidates.sort(key=lambda c: c.said is None)
            described = self._continued_description(previous, gender, number, limit)
            if described is not None:
                return described
        # "répondit-il": not the one who just spoke; but "répond-il à cette accusation" answers a
        # thing it names, not the previous speaker
        replying = (
            verb in REPLY_VERBS
            # « répondit-il », « Elle a répondu : »; not the subject of a clause reported by
            # another verb (« ajoutant qu'il avait répondu à la lettre du médiateur »)
            and _QUE_BEFORE.search(self._text, max(0, mention.span.start - 8), mention.span.start) is None
            and previous is not None
            and not _answers_a_named_thing(self._text, mention.span)
            and not self._asked_before(mention.span)
            and not self._writer_asked(limit)
        )
        if words.strip().startswith("-") and not last_mentioned and number == "s":
            introduced = self._colon_introduced(limit, gender)
            if introduced is not None:  # « La ferme de Sébastien a été inondée : « … », soupire-t-il »
                resolved = self._from_occurrence(introduced, limit, gender)
                return attrs.evolve(resolved, gender=gender or resolved.gender, by=ResolvedBy.ANTECEDENT)
        if words.strip().startswith("-") and not replying and not last_mentioned:
            # « « … », a dit Me Roux. Le prévenu lui a demandé pardon. « … », a-t-il murmuré »:
            # someone the sentence just before brings in as its subject, after the quote of the
            # one who spoke, is whom the incise's clitic takes up
            brought = self._subject_brought_in(candidates, previous, limit)
            if brought is not None:
                candidates.remove(brought)
                candidates.insert(0, brought)
        bound = names_bound_out(self._doc, mention)  # "il est allé consoler Gemili": not Gemili
        fronted = (
            None
            if replying or last_mentioned
            else self._fronted_clause_subject(mention, gender, number)
            or self._main_clause_subject(mention, gender, number)
            or self._subject_of_the_relative_s_clause(mention, gender, number)
        )
        if fronted is not None:  # « Lorsque la rectrice appelle le maire, elle évoque … »
            resolved = self._from_occurrence(fronted, limit, gender)
            if not (person and resolved.kind != "person"):
                return attrs.evolve(resolved, gender=gender or resolved.gender, by=ResolvedBy.ANTECEDENT)
        unnamed: _Resolved | None = None
        nearest = _nearest_referent(candidates)
        for candidate in candidates:
            if replying and previous is not None and self._is_previous(candidate, previous, limit):
                continue  # "répondit-il": not the one who just spoke
            if bound and self._bound(candidate, bound):
                continue
            if candidate.said is not None:
                said = candidate.said
                if (person and said.kind != "person") or (individual and said.kind in _COLLECTIVE_KINDS):
                    continue
                name = self._names[said.entity]
                if gender:
                    self._genders.setdefault(said.entity, gender)
                return _Resolved(
                    name=name,
                    kind=said.kind,
                    gender=gender or said.gender,
                    number=said.number,
                    by=ResolvedBy.PREVIOUS_SPEAKER,
                )
            if candidate.pair is not None:
                if individual:
                    continue  # two people do not say « je »
                names = [self._from_occurrence(o, limit).name for o in candidate.pair]
                if names[0] != names[1]:
                    group = "f" if gender == "f" else "m"
                    return _Resolved(
                        name=" et ".join(names),
                        kind="group",
                        gender=group,
                        number="p",
                        by=ResolvedBy.ANTECEDENT,
                    )
                continue
            occurrence = candidate.occurrence
            if occurrence is None:
                continue
            resolved = self._from_occurrence(occurrence, limit, gender)
            if person and resolved.kind != "person" and occurrence.kind != "description":
                continue  # (a role's description is someone: « Le directeur … Son entourage »)
            if _taken_up_in_complement(occurrence, resolved):
                continue  # « une phase II de la campagne »: no body the pronoun reaches through it
            if individual and (
                resolved.kind in _COLLECTIVE_KINDS
                or occurrence.kind in _COLLECTIVE_KINDS  # « (QRT) »: initials, whatever a phrase made of them
                or self._named_as_organisation(occurrence)
            ):
                continue
            if resolved.kind == "organisation" and not has_name(resolved.name):
                # "le ministère", "le parti": no named organisation behind it; kept only when no
                # one else fits, for the subject of the sentence just before (« Le collectif ouvre
                # les barrages. Il précise que … »)
                if last_mentioned and candidate is nearest:
                    # « … a indiqué le ministère de l'agriculture. … précise celui-ci »: « celui-ci » is
                    # the referent named last, a body without a name too, not one named before it
                    return attrs.evolve(resolved, gender=gender or resolved.gender, by=ResolvedBy.ANTECEDENT)
                near = self._index.sentence_of(limit) - self._index.sentence_of(occurrence.span.start) <= 1
                if near and occurrence.subject and candidate is candidates[0]:
                    unnamed = attrs.evolve(
                        resolved, gender=gender or resolved.gender, by=ResolvedBy.ANTECEDENT
                    )
                    if self._spoke_just_before(occurrence, limit):
                        # « La direction du festival s'est félicitée … Elle a confirmé que … »: the
                        # body just said to speak, over anyone named before it
                        return unnamed
                continue
            if (
                occurrence.kind == "description"
                and resolved.kind not in {"person", "organisation"}
                and not _indefinite(occurrence.name)
            ):
                if candidate is nearest and self._spoke_just_before(occurrence, limit):
                    # « Le Premier ministre a répondu dans la soirée. « … », a-t-il assuré »
                    return attrs.evolve(resolved, gender=gender or resolved.gender, by=ResolvedBy.ANTECEDENT)
                if last_mentioned and candidate is nearest:
                    return self._last_mentioned_description(occurrence, resolved, words, gender, number)
                written = self._role_subject_just_before(occurrence, limit) if candidate is nearest else None
                if written is not None:
                    # the post in full, as the text wrote it: « ministre de l'Éducation nationale »
                    return attrs.evolve(
                        resolved,
                        name=clean_phrase(written),
                        gender=gender or resolved.gender,
                        by=ResolvedBy.ANTECEDENT,
                    )
                if candidate is candidates[0] and self._unnamed_topic_before(occurrence, limit, gender):
                    # « Et l'homme, bouleversé, saisit le billet. — Cinq cents francs ! reprit-il »:
                    # the pronoun takes up the person the sentence before is about, whom the
                    # text does not name here; never whoever spoke before them (but a role of
                    # its own, « l'actrice », is a character the text names elsewhere)
                    return _Resolved(
                        name=clean_phrase(words),
                        kind="unknown",
                        gender=gender,
                        number=number,
                        by=ResolvedBy.WORDS,
                    )
                continue  # "le vieux" with no named person behind it (but « Un passager du vol …
                # « … », raconte-t-il »: someone new, known by no name but the description)
            return attrs.evolve(resolved, gender=gender or resolved.gender, by=ResolvedBy.ANTECEDENT)
        if unnamed is not None:
            return unnamed
        return _Resolved(
            name=clean_phrase(words), kind="unknown", gender=gender, number=number, by=ResolvedBy.WORDS
        )

    def _fronted_clause_subject(self, mention: Mention, gender: str, number: str) -> Occurrence | None:
        """The subject of the clause a sentence opens on (« Lorsque », « Quand », « Alors que » …:
        :data:`_FRONTED_CLAUSE`) for the subject pronoun of the main clause right after its comma:
        « Lorsque la rectrice annonce la fermeture au maire, Paul Roux, elle évoque … » is the
        rector, not the body quoted before nor the mayor in the clause. The first phrase after the
        conjunction, a person or a description of one, of the pronoun's gender and number;
        ``None`` for any other pronoun or sentence."""
        if _COMMA_BEFORE.match(self._text, 0, mention.span.start) is None:
            return None
        start = self._index.sentence_start(mention.span.start)
        opening = _FRONTED_CLAUSE.match(self._text, start, mention.span.start)
        if opening is None:
            return None
        for occurrence in self._index.within(Span(opening.end(), mention.span.start)):
            if occurrence.span.start != opening.end():
                return None  # the clause opens on no phrase the text names someone by
            return occurrence if _agreeing_person(occurrence, gender, number) else None
        return None

    def _main_clause_subject(self, mention: Mention, gender: str, number: str) -> Occurrence | None:
        """The subject of the main clause for the subject pronoun of the clause a sentence opens
        on (« S'il », « Si elle », « Lorsqu'il », « Bien qu'elle » …): the pronoun looks ahead to
        it, as French allows there (« S'il estime que « … », Paul Roux pense aussi que … » is Paul
        Roux). The phrase right after the clause's closing comma (outside marks), a person or a
        description of one, of the pronoun's gender and number; ``None`` for any other pronoun
        or sentence."""
        start = self._index.sentence_start(mention.span.start)
        opening = _CATAPHORIC_CLAUSE.match(self._text, start, mention.span.start)
        if opening is None or opening.end() != mention.span.start:
            return None
        end = self._index.sentence_end(mention.span.start)
        comma = _closing_comma(self._text, mention.span.end, end)
        if comma is None:
            return None
        after = comma + 1
        while after < end and self._text[after] in " \u00a0":
            after += 1
        for occurrence in self._index.within(Span(after, end)):
            titled = _TITLE_BEFORE.fullmatch(self._text, after, occurrence.span.start) is not None
            if occurrence.span.start != after and not titled:
                return None  # the main clause opens on no phrase the text names someone by
            # a name of no known kind too, when a given name opens it: « Marc Dupont »
            agreeing = _agreeing_person(occurrence, gender, number, given_name=True)
            return occurrence if agreeing else None
        return None

    def _subject_of_the_relative_s_clause(
        self, mention: Mention, gender: str, number: str
    ) -> Occurrence | None:
        """The subject the sentence opens on, for the subject pronoun of a relative on its
        verb's object: « Le syndicat dénonce une réforme qu'il juge « injuste » » is the union's
        judgement, as « La Suisse rejette un accord qu'elle dit « déséquilibré » » is the
        country's (its government's). The relative hangs on the object of that subject's verb,
        and its own subject takes up the one who acts in the clause around it. Only when the
        sentence opens on that phrase (a stressed pronoun after it apart: « Le Chili, lui, … »)
        and names no one else before « qu'il »; a person, a description, a body or a place named
        alone, of the pronoun's gender and number; ``None`` otherwise."""
        relative = _RELATIVE_BEFORE.search(self._text, 0, mention.span.start)
        if relative is None or relative.end() != mention.span.start:
            return None
        start = self._index.sentence_start(mention.span.start)
        found = list(self._index.within(Span(start, mention.span.start)))
        # the relative's own noun may be a statement (« l'annonce d'une victoire qu'il qualifie
        # de … »): the pronoun is not what its relative hangs on; no other actor may stand there
        if not found or found[0].quoted or any(o.kind in _ACTING_KINDS for o in found[1:]):
            return None
        subject = found[0]
        opening = _SENTENCE_OPENING.fullmatch(self._text, start, subject.span.start)
        verb = _VERB_AFTER_OPENING.match(self._text, subject.span.end)
        if opening is None or verb is None or "«" in self._text[start : mention.span.start]:
            return None
        fits = subject.kind in _ACTING_KINDS and not _indefinite(subject.name)
        agrees = compatible(gender, "", subject.gender, "") and subject.number == number
        return subject if fits and agrees else None

    def _after_preposition(self, span: Span) -> bool:
        """Whether the word at ``span`` comes right after a preposition (« selon lui », « d'après
        lui »): there « lui » is the tonic pronoun, masculine, not the clitic of either gender
        (« elle lui a dit »)."""
        before = self._text[max(0, span.start - _PREPOSITION_REACH) : span.start].split()
        word = before[-1].lower().replace("’", "'") if before else ""
        return word in PREPOSITIONS or word in SOURCE_PREPOSITIONS

    def _last_mentioned_description(
        self, occurrence: Occurrence, resolved: _Resolved, words: str, gender: str, number: str
    ) -> _Resolved:
        """What « celle-ci » or « ce dernier » stands for when the referent named last is a
        description with no name behind it: that description in full, when it is a definite one
        of a role of its own (« … alors que la dirigeante d'une entreprise d'assainissement
        disait vouloir lui remettre une somme. Celle-ci déclarera qu'il s'agissait d'une
        commission »: the head of the firm); else no name. Never a name further back: these
        pronouns point to the nearest referent, and a name before it is someone else."""
        written = self._description_words(occurrence)
        if written.strip().lower().startswith(_DEFINITE_SINGULAR) and has_specific_role(written):
            return attrs.evolve(
                resolved,
                name=clean_phrase(written),
                gender=gender or resolved.gender,
                by=ResolvedBy.ANTECEDENT,
            )
        return _Resolved(
            name=clean_phrase(words), kind="unknown", gender=gender, number=number, by=ResolvedBy.WORDS
        )

    def _unnamed_topic_before(self, occurrence: Occurrence, limit: int, gender: str = "") -> bool:
        """Whether the description at ``occurrence`` is the subject, before its verb, of the
        sentence right before the one at ``limit``, in general terms (« le vieil homme », « la
        jeune femme »), with no one it may stand for named there or in the sentence before but
        the previous source: a person the text does not name, whom a pronoun then takes up.
        A role of its own (« l'actrice ») is a character the text names elsewhere; « Louisa
        entra avec madame François. La jeune femme posa son panier. » may be either woman."""
        sentence = self._index.sentence_of(occurrence.span.start)
        if self._index.sentence_of(limit) - sentence != 1 or not occurrence.subject or occurrence.after_verb:
            return False
        if has_specific_role(self._description_words(occurrence)):
            return False
        previous = self._previous_said(limit)
        spoke = fold(self._names[previous.entity].split()[-1]) if previous is not None else ""
        for o in self._index.preceding(occurrence.span.start):  # nearest first
            if sentence - self._index.sentence_of(o.span.start) > 1:
                return True
            if (
                o.kind in {"person", "name"}
                and o.from_run
                and not o.quoted
                and compatible(gender, "", o.gender, "")
                and fold(o.tokens[-1]) != spoke
            ):
                return False
        return True

    def _asked_before(self, span: Span) -> bool:
        """Whether the sentence of a reply's pronoun says, before it, that its subject was asked
        (« Interrogée sur une éventuelle démission, elle a répondu : « … » »): the reply answers
        whoever asked, not the previous speaker, who may well be the one answering."""
        start = self._index.sentence_start(span.start)
        return any(
            t.lower.endswith(("é", "ée", "és", "ées")) and lemma_of(t.lower, t.lower) in ASKING_VERBS
            for t in tokenize(self._text[start : span.start])
        )

    def _writer_asked(self, limit: int) -> bool:
        """Whether the narration asks, right before the quote at ``limit``, the question the
        quote answers (« Le projet a-t-il un avenir ? « Écoutez, … », a-t-il répondu »):
        the writer asked, so the one replying may well be the one who spoke before."""
        return _WRITER_S_QUESTION.search(self._text, max(0, limit - 4), limit) is not None

    def _named_as_organisation(self, occurrence: Occurrence) -> bool:
        """Whether the text also names ``occurrence`` as an organisation's proper name (« Harwick
        United » … « le club anglais de Harwick United »): a club, not a person. Never a name
        opening on a given name."""
        name = occurrence.name
        if starts_person_name(occurrence.tokens[0]):
            return False  # « la maison de Clémence »: her house; a given name names a person
        return any(
            o.kind == "organisation" and not o.from_run and o.name != name and o.name.endswith(" " + name)
            for o in self._index.occurrences
        )

    def _bound(self, candidate: Candidate, bound: Sequence[tuple[str, ...]]) -> bool:
        """Whether a pronoun candidate is one of the names its own clause holds; a source known
        by a description is bound only by the whole description, never by the body its
        complement ends on (« …, a souligné le secrétaire de l'Alliance. « … », a-t-il
        précisé au sommet de l'Alliance »: he is no name of the clause)."""
        if candidate.said is not None:
            words = [t.text for t in tokenize(self._names[candidate.said.entity])]
            if candidate.said.kind in DESCRIBED_KINDS:
                return tuple(fold(w) for w in words) in bound
            return ruled_out(words, bound)
        found = [candidate.occurrence] if candidate.pair is None else list(candidate.pair)
        return any(o is not None and ruled_out(o.tokens, bound) for o in found)

    def _continued_description(
        self, previous: Said | None, gender: str, number: str, limit: int
    ) -> _Resolved | None:
        """« « … », a raconté un passager joint par téléphone. « … », a-t-il ajouté »: a speaker
        known only by a description (no name, no role of its own) is not an antecedent the
        candidates hold, but « ajouter » right after their quote continues them."""
        if previous is None or previous.kind != "unknown":
            return None
        if self._index.sentence_of(limit) - self._index.sentence_of(previous.position) > _CONTINUED_REACH:
            return None
        if not compatible(gender, number, self._said_gender(previous), previous.number):
            return None
        return _Resolved(
            name=self._names[previous.entity],
            kind=previous.kind,
            gender=gender or previous.gender,
            number=previous.number,
            by=ResolvedBy.PREVIOUS_SPEAKER,
        )

    def _colon_introduced(self, limit: int, gender: str) -> Occurrence | None:
        """The one person the sentence that a colon closes right before the quote at ``limit``
        names, when no subject pronoun stands in it: that sentence brings the quote in, and the
        tag's pronoun after the quote takes its person up, not whoever spoke before (« « … »,
        explique Michel. ⏎ La ferme de Sébastien a été inondée par la crue : ⏎ « … »,
        soupire-t-il » is Sébastien). ``None`` when no colon comes right before the quote, or
        the sentence names no one or two people, or has « il » / « elle » of its own (« Il
        regarda Marie et dit : »: the subject speaks)."""
        text = self._text
        k = limit
        while k > 0 and text[k - 1] in " \u00a0\u202f\n\t":
            k -= 1
        if k == 0 or text[k - 1] != ":":
            return None
        colon = k - 1
        start = self._index.sentence_start(colon)
        if self._index.pronouns_between(start, colon):
            return None
        people = [
            o
            for o in self._index.within(Span(start, colon))
            if not o.quoted
            and (o.kind == "person" or (o.kind in {"name", "complement"} and starts_person_name(o.tokens[0])))
            and compatible(gender, "", o.gender or given_name_gender(fold(o.tokens[0])), "")
        ]
        return people[0] if len({fold(o.name) for o in people}) == 1 else None

    def _other_named_since(self, candidates: Sequence[Candidate], previous: Said | None, limit: int) -> bool:
        """Whether someone else fitting the pronoun is named between the previous quote and the
        pronoun: in « X a déclaré : « … ». Le préfet Y a rappelé les faits. Il ajoute : « … » »,
        « il » is Y, not X; so is a role that is a sentence's subject (« Le préfet a rappelé les
        faits »). Not someone named in the previous source's own sentence, which they
        speak of or to (« X a déclaré que le président Y était favorable … « … », a-t-il
        précisé » is X)."""
        if previous is None:
            return False
        said_in = self._index.sentence_of(previous.position)
        return any(
            c.occurrence is not None
            and c.occurrence.span.start > previous.position
            and self._named_after_source(c, previous, said_in, limit)
            for c in candidates
        )

    def _named_after_source(self, candidate: Candidate, previous: Said, said_in: int, limit: int) -> bool:
        """Whether ``candidate`` is someone named, or a definite role made a subject
        (:meth:`_role_subject`), in a sentence after ``said_in``, the one ``previous``, the source
        quoted last, spoke in, and is not that source."""
        occurrence = candidate.occurrence
        return (
            occurrence is not None
            and (occurrence.kind in {"person", "name"} or self._role_subject(occurrence))
            and self._index.sentence_of(occurrence.span.start) > said_in
            and not self._is_previous(candidate, previous, limit)
        )

    def _subject_brought_in(
        self, candidates: Sequence[Candidate], previous: Said | None, limit: int
    ) -> Candidate | None:
        """The candidate that is the subject of the sentence just before ``limit``, in its
        paragraph, named or a definite role (:meth:`_role_subject`), in a sentence after the one
        ``previous``, the source quoted last, spoke in, and not that source; ``None`` when there
        is none, or no source was quoted before. Someone named in the source's own sentence is
        whom they speak of (« X a dit qu'il agirait s'il le juge utile. « … », a-t-il ajouté »)."""
        if previous is None:
            return None
        # the position where the source was last present ends their quote when it runs past an
        # incise inside its marks: the sentence is that of the character before it
        said_in = self._index.sentence_of(max(0, previous.position - 1))
        return next(
            (
                c
                for c in candidates
                if c.occurrence is not None
                and self._subject_of_sentence_before(c.occurrence, limit)
                and not c.occurrence.after_verb
                and self._named_after_source(c, previous, said_in, limit)
            ),
            None,
        )

    @staticmethod
    def _role_subject(occurrence: Occurrence) -> bool:
        """Whether ``occurrence`` is a definite role description that is its sentence's subject
        (« Le préfet a rappelé les faits »): someone the text brings in as surely as by name."""
        return (
            occurrence.kind == "description"
            and occurrence.subject
            and not _indefinite(occurrence.name)
            and has_specific_role(occurrence.name)
        )

    def _is_previous(self, candidate: Candidate, previous: Said, limit: int) -> bool:
        """Whether a pronoun candidate is the previous quote's speaker."""
        if candidate.said is not None:
            return candidate.said.entity == previous.entity
        if candidate.occurrence is None:
            return False
        name = self._from_occurrence(candidate.occurrence, limit).name
        return _key(name) == _key(self._names[previous.entity])

    def _said_gender(self, said: Said) -> str:
        return self._genders.get(said.entity, said.gender)
