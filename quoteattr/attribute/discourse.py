"""Attribution across sentences: a speaker continued, and turn-taking in dialogue.

These run after the sentence rules and the resolver, on quotes their own sentence left without a
source. They never reach across other material: a quote continues the previous speaker only when
nothing but that speaker's own tag lies between them, and turn-taking only runs inside an unbroken
run of dialogue paragraphs.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from typing import Protocol

import attrs
import regex

from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.names import (
    GIVEN_NAME_RUN,
    fold,
    name_matches,
    starts_person_name,
    tokenize,
    written_small,
)
from quoteattr.attribute.resolve import Resolution
from quoteattr.attribute.rules.verbs import AUXILIARY_FORMS, SE_FORMS
from quoteattr.attribute.vet import head_noun, listed_source
from quoteattr.lang.fr.abbreviations import TITLES
from quoteattr.lang.fr.cues import (
    DOCUMENT_NOUNS,
    NARRATIVE_CONNECTIVE,
    NARRATIVE_INFINITIVE,
    SAME_VOICE_REMARKS,
)
from quoteattr.lang.fr.gender import IMPERSONAL_IL_NEXT
from quoteattr.lang.fr.indirect import SOURCE_NOUNS, UNVOICED_VERBS
from quoteattr.lang.fr.pronouns import NEUTER_DEMONSTRATIVES
from quoteattr.lang.fr.roles import NATIONALITY_NOUNS, role_of
from quoteattr.lang.fr.sources import CLAUSE_LINKERS, POINT_OF_VIEW_PREPOSITIONS, SOURCE_PREPOSITIONS
from quoteattr.lang.fr.titles import DE_FORMS, NOT_NAME_STARTS
from quoteattr.model import MarkStyle, Quote, QuoteKind, ResolvedBy, Span, Speaker, SpeakerKind

__all__ = [
    "ALTERNATION_CONFIDENCE",
    "BEAT_CONFIDENCE",
    "CONTINUATION_CONFIDENCE",
    "PARTICIPLE_CONFIDENCE",
    "TOPIC_CONFIDENCE",
    "TURN_TAKING_CONFIDENCE",
    "alternate_turns",
    "answer_the_addressed",
    "beat_speakers",
    "continue_after_clauses",
    "continue_speakers",
    "lead_speakers",
    "named_after_speakers",
    "share_clause_speakers",
    "share_incise_speakers",
    "share_participle_speakers",
    "take_turns",
    "topic_speakers",
]

#: Confidence of a speaker carried over from the previous quote (no cue in the quote's sentence).
CONTINUATION_CONFIDENCE = 0.6
#: Confidence of a speaker given by alternation in a two-person dialogue.
TURN_TAKING_CONFIDENCE = 0.5
#: Confidence of a speaker given by alternation from one side's named lines only.
ALTERNATION_CONFIDENCE = 0.45
#: Confidence of a participle's quote given the speaker of the quote before it in the sentence.
PARTICIPLE_CONFIDENCE = 0.75
#: Share of the first piece's confidence that the piece after its incise keeps.
INCISE_SHARE = 0.95
#: Confidence of a quote given the speaker of the tagged quote right after it.
LEAD_CONFIDENCE = 0.5
#: Confidence of a dialogue line given the person the narration before it opens on.
BEAT_CONFIDENCE = 0.45
#: Confidence of a quote in the first person given the person the sentence before it opens on.
TOPIC_CONFIDENCE = 0.5
#: Confidence of a quote opening its paragraph given the one person the sentence after it names.
NAMED_AFTER_CONFIDENCE = 0.5
#: At most this confidence for a partial quote given the source of the reported clause holding it.
CLAUSE_CONFIDENCE = 0.7
#: The longest sentence (characters) read before a quote for the person it is about.
MAX_TOPIC_SENTENCE = 400
#: The longest speech tag (characters) that may follow a dialogue line in its paragraph.
MAX_TAG_CHARS = 120

#: A sentence end: not the dot of a title (« M. Renaud », « Mme Roux ») nor of an initial (« J. Roux »).
_SENTENCE_END = regex.compile(
    r"(?:(?<!\b(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r"|\p{Lu}))\.|[!?…])(?:\s*[»”\"])?\s"
)
#: A speech tag between two pieces of one utterance: a comma, the tag, a comma; no sentence end.
_TAG_BETWEEN = regex.compile(r"\s*,[^.!?…;:«»“”\"\n]+,\s*")
_PARAGRAPH_BREAK = regex.compile(r"\n[\s]*")
#: A blank line: a paragraph break however the text writes its lines.
_BLANK_LINE = regex.compile(r"\n[ \t\u00a0]*\n")


def _only_its_tag_between(text: str, previous: Quote, current: Quote) -> bool:
    """Nothing but the previous quote's own speech tag lies between the two quotes.

    The gap is blank (or punctuation), or it holds the previous quote's cue and nothing after the
    end of that tag's sentence.
    """
    start = previous.marks.end
    gap = text[start : current.marks.start]
    if len(gap) > MAX_TAG_CHARS * 2 or len(_PARAGRAPH_BREAK.findall(gap)) > 1:
        return False
    if not gap.strip(' \t\n\u00a0\u202f.,;:!?…»”"—–-'):
        return True
    cue = previous.cue.span if previous.cue is not None else None
    if cue is None or not (start <= cue.start and cue.end <= current.marks.start):
        # « … » : la formule, attribuée à … »: a quote set before a colon is the topic of what
        # follows, which says whose it is
        topic = text[current.marks.end : current.marks.end + 3].lstrip(" \u00a0\u202f").startswith(":")
        return not topic and _rest_of_its_sentence(gap)
    end = _SENTENCE_END.search(text, cue.end, current.marks.start)
    if end is None:
        return False
    rest = text[end.end() : current.marks.start]
    remark = _SAME_VOICE_REMARK.fullmatch(rest.lstrip(" \t\n\u00a0\u202f")) is not None
    return not rest.strip() or _only_a_link(rest) or remark


def _only_a_link(words: str) -> bool:
    """Whether ``words`` are only a conjunction or adverb that links a sentence to the one before
    (« Mais », « Pourtant, »: `CLAUSE_LINKERS`), or a neuter demonstrative that takes up what was
    just said (« Ceci », « Cela »: `NEUTER_DEMONSTRATIVES`), capitalised, opening the sentence:
    words that say nothing of who speaks."""
    link = _LINK_BEFORE.fullmatch(words.lstrip(" \t\u00a0\u202f"))
    return link is not None and link.group("link").lower() in _NAMING_NO_ONE


def _persons_named_after(text: str, quote: Quote, *, unquoted: bool = False) -> list[regex.Match[str]]:
    """The persons' names (a listed given name, then a capitalised word) in the sentence right
    after ``quote``, in its paragraph; none when ``unquoted`` and that sentence quotes words of
    its own. A stop set after the closing mark (« « … ». Paul Roux … ») ends the quote's own
    sentence: the next one starts past it."""
    after = text[quote.marks.end : quote.marks.end + 2 * MAX_TAG_CHARS].split("\n", 1)[0]
    stop = _STOP_AFTER_MARK.match(after)
    start = 0 if stop is None else stop.end()
    end = _SENTENCE_END.search(after + " ", start)
    sentence = after[: end.start()] if end is not None else after
    if unquoted and any(mark in sentence[start:] for mark in "«»“”"):
        return []
    return [
        m
        for m in GIVEN_NAME_RUN.finditer(sentence, pos=len(sentence) - len(sentence[start:].lstrip()))
        if starts_person_name(m.group(1))
    ]


#: A stop right after a quote's closing mark, and the spaces before it.
_STOP_AFTER_MARK = regex.compile(r"[ \t\u00a0\u202f]*[.!?…]+")


def _another_named_after(text: str, quote: Quote, name: str) -> bool:
    """Whether the sentence right after ``quote``, in its paragraph, names a person other than
    ``name``: news sets a new voice's words first, then says who it is (« « Je pars la tête
    haute. » Joint par téléphone lundi soir, Patrick Guéret n'a pas caché son amertume »), so
    the quote does not go on with the previous speaker.

    When that sentence opens on the speaker's own name, the others it names after are what it
    tells of them (« « C'est une joie. » Paul Roux succède à Anne Vidal »), not a new voice;
    but one joined to it by « et » or a comma shares the subject, a second voice.
    """
    own = set(_WORD.findall(name))
    persons = _persons_named_after(text, quote)
    if not persons or not own & set(_WORD.findall(persons[0].group())):
        return bool(persons)
    first_end = persons[0].end()
    return any(
        not own & set(_WORD.findall(m.group())) and _JOINING_NAMES.fullmatch(m.string, first_end, m.start())
        for m in persons[1:]
    )


def _rest_of_its_sentence(gap: str) -> bool:
    """Whether ``gap`` only ends the sentence of the quote before it, naming no one: « Elle accuse
    la direction d'avoir « organisé la baisse » depuis deux ans. ⏎ « Ce n'est pas une fatalité. » »
    (the second quote goes on with the same voice). No other sentence, no capitalised word (a
    new name), no longer than a tag."""
    body = gap.rstrip(" \t\n\u00a0\u202f")
    end = _SENTENCE_END.search(body + " ")
    return (
        0 < len(body) <= MAX_TAG_CHARS
        and end is not None
        and end.end() >= len(body)
        and not any(word[:1].isupper() for word in _WORD.findall(body))
    )


def _opens_sentence(text: str, quote: Quote) -> bool:
    before = text[max(0, quote.marks.start - MAX_TAG_CHARS) : quote.marks.start].rstrip(" \t\u00a0\u202f")
    if not before and quote.marks.start > MAX_TAG_CHARS:
        return False  # a long run of spaces: not a sentence opening we can vouch for
    return not before or before[-1] in '.!?…\n»”":'


def _opens_sentence_past_a_link(text: str, quote: Quote) -> bool:
    """Whether ``quote`` opens its sentence, or follows a word that says nothing of who speaks
    (:func:`_only_a_link`: « Mais « … ». », « Pourtant, « … » », « Cela « … » ») or a remark
    of the same voice before a colon, with no verb nor source (« Avec un avertissement toutefois
    : », `SAME_VOICE_REMARKS`); the rest of the sentence is the quote's alone, as no rule found
    a cue."""
    if _opens_sentence(text, quote):
        return True
    before = text[max(0, quote.marks.start - MAX_TAG_CHARS) : quote.marks.start]
    remark = _SAME_VOICE_REMARK.search(before)
    if remark is not None and before[: remark.start()].rstrip(" \t\u00a0\u202f")[-1:] in {*'.!?…»”"', ""}:
        return True  # « … », assure X. Avec un avertissement toutefois : « … »: the same voice adds
    link = _LINK_BEFORE.search(before)
    if link is None or link.group("link").lower() not in _NAMING_NO_ONE:
        return False
    opening = before[: link.start()].rstrip(" \t\u00a0\u202f")
    if not opening:
        return quote.marks.start <= MAX_TAG_CHARS  # the text's opening, not a long run of spaces
    return opening[-1] in '.!?…\n»”"'


#: A remark of the same voice opening its sentence before a colon (`SAME_VOICE_REMARKS`): « Avec un
#: avertissement toutefois : », « Un bémol cependant : », « Et un conseil : »; an article or a
#: possessive, then up to two adverbs, nothing that names a source (« de », a capital).
_SAME_VOICE_REMARK = regex.compile(
    r"(?:(?i:et|mais|avec)[ \u00a0]+)?(?i:un|une|son|sa|le|la|l')[ \u00a0]*(?:"
    + "|".join(sorted(SAME_VOICE_REMARKS, key=len, reverse=True))
    + r")(?:[ \u00a0]+(?!d[eu]s?\b|d['’])\p{Ll}+){0,2}[ \u00a0\u202f]*:[ \t\u00a0\u202f]*\Z"
)

#: The words that link a sentence to the one before or take up what was just said, naming no one.
_NAMING_NO_ONE = CLAUSE_LINKERS | NEUTER_DEMONSTRATIVES
#: A capitalised word right before a quote's opening mark, a comma between allowed.
_LINK_BEFORE = regex.compile(r"(?<![\p{L}'’])(?P<link>\p{Lu}\p{Ll}+)[ \t\u00a0\u202f]*,?[ \t\u00a0\u202f]*\Z")


def _borrowed(quote: Quote, speaker: Speaker, rule: str, confidence: float) -> Quote:
    """``quote`` given another quote's speaker: no mention or cue of its own in its sentence."""
    return attrs.evolve(
        quote, speaker=attrs.evolve(speaker, mention=None), cue=None, rule=rule, confidence=confidence
    )


def _previous_outer(quotes: Sequence[Quote], i: int) -> Quote | None:
    """The last quote before ``quotes[i]`` that is not nested inside another one."""
    return next((quotes[j] for j in range(i - 1, -1, -1) if quotes[j].depth == 0), None)


def continue_speakers(text: str, quotes: Sequence[Quote], attributed: Sequence[bool]) -> tuple[Quote, ...]:
    """Give a source-less quote opening a sentence the speaker of the quote just before it.

    ``attributed[i]`` says whether the sentence rules found anything (a cue) for quote ``i``;
    those are left alone even without a speaker.
    """
    out = list(quotes)
    for i in range(1, len(out)):
        quote = out[i]
        if quote.speaker is not None or attributed[i] or quote.depth > 0 or quote.kind is QuoteKind.TERM:
            continue
        if quote.mark is MarkStyle.DIALOGUE_DASH:
            continue  # consecutive dialogue lines alternate speakers: see take_turns
        previous = _previous_outer(out, i)
        if previous is None:
            continue
        if previous.speaker is None or previous.speaker.name is None:
            continue
        if not _opens_sentence_past_a_link(text, quote):
            continue
        if not _only_its_tag_between(text, previous, quote):
            continue
        if _another_named_after(text, quote, previous.speaker.name):
            continue  # « « Je pars la tête haute. » Joint par téléphone, Patrick Guéret … »
        out[i] = _borrowed(quote, previous.speaker, "continuation", CONTINUATION_CONFIDENCE)
    return tuple(out)


def share_coordinated_speakers(text: str, quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """A quote joined to the quoted words just before it by « et », « ou », « ni » or a comma
    alone (« décrit des collègues « épuisés » et « sans consignes claires » ») is said by the
    same source through the same verb: it takes that quote's speaker, cue and confidence, as a
    partial quote (rule ``coordinated``). Only a quote the sentence rules left without a source,
    after a partial quote that has one; any other word between (« le « plan Horizon » et le
    « pacte vert » ») is the writer's, and stops it."""
    out = list(quotes)
    for i in range(1, len(out)):
        quote = out[i]
        if (
            quote.speaker is not None
            or quote.depth > 0
            or quote.kind not in {QuoteKind.TERM, QuoteKind.PARTIAL}
        ):
            continue
        previous = out[i - 1]
        if previous.depth > 0 or previous.speaker is None:
            continue
        joined = previous.kind is QuoteKind.PARTIAL and (
            _COORDINATION_GAP.fullmatch(text, previous.marks.end, quote.marks.start) is not None
        )
        if not joined and not _joined_past_its_tag(text, previous, quote):
            continue
        out[i] = attrs.evolve(
            quote,
            kind=QuoteKind.PARTIAL,
            speaker=previous.speaker,
            cue=previous.cue,
            rule="coordinated",
            confidence=previous.confidence,
        )
    return tuple(out)


def _joined_past_its_tag(text: str, previous: Quote, quote: Quote) -> bool:
    """Whether ``quote`` is joined by « et », « mais » or « puis » right after the incise that
    tags the quote before it (« « Les stocks sont bas », prévient-elle, et « la saison sera
    rude » »): the incise's source says both. Only the tag (its verb and its source's mention,
    after the previous quote) stands between them."""
    speaker, cue = previous.speaker, previous.cue
    if speaker is None or speaker.mention is None or cue is None or cue.span is None:
        return False
    tag_end = max(cue.span.end, speaker.mention.end)
    if not previous.marks.end <= cue.span.start < quote.marks.start or tag_end > quote.marks.start:
        return False
    return _JOINED_AFTER_TAG.fullmatch(text, tag_end, quote.marks.start) is not None


#: After an incise, the words that join another quote to the one it tags: « , et », « mais ».
_JOINED_AFTER_TAG = regex.compile(r"[ \u00a0\u202f]*,?[ \u00a0\u202f]*(?:et|mais|puis)[ \u00a0\u202f]+")
#: Between two quoted words one source says: « et », « ou », « ni », a comma.
_COORDINATION_GAP = regex.compile(r"[ \u00a0\u202f]*(?:,[ \u00a0\u202f]*)?(?:(?:et|ou|ni)[ \u00a0\u202f]+)?")


def share_participle_speakers(text: str, quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """A quote reported by a present participle ("…, soulignant que « … »", "en ajoutant que
    « … »") whose sentence gave the participle no subject takes the speaker of the quote before
    it in the same sentence: a French participle adjunct shares the subject of its main clause,
    which that quote was attributed through.

    Only quotes with a cue in ``-ant`` and no speaker are touched, and only across text with no
    sentence end. So is a quote reported by a narrative infinitive opening the next sentence,
    which has no subject but the last one (« « … » Avant d'ajouter : « … » », « Et de conclure :
    « … » »; rule ``<rule>:infinitive``), within the paragraph.
    """
    out = list(quotes)
    for i in range(1, len(out)):
        quote = out[i]
        cue = quote.cue
        if quote.speaker is not None or cue is None or cue.span is None or quote.depth > 0:
            continue
        participle = cue.span.text_in(text).lower().endswith("ant")
        narrative = not participle and _NARRATIVE_INFINITIVE.search(text, 0, cue.span.start) is not None
        if not participle and not narrative:
            continue
        previous = _previous_outer(out, i)
        if previous is None or previous.speaker is None or previous.speaker.name is None:
            continue
        between = text[previous.marks.end : quote.marks.start]
        # « Et d'ajouter » opens no new topic: its « et » links it to the sentence before, even
        # on a line of its own (one line a sentence, as web news writes); a blank line parts them
        breaks = _BLANK_LINE if narrative else _PARAGRAPH_BREAK
        if breaks.search(between) or (participle and _SENTENCE_END.search(between)):
            continue
        out[i] = attrs.evolve(
            quote,
            speaker=attrs.evolve(previous.speaker, mention=None),
            rule=f"{quote.rule}:{'participle' if participle else 'infinitive'}",
            confidence=PARTICIPLE_CONFIDENCE,
        )
    return tuple(out)


#: A narrative infinitive right before the cue (:data:`~quoteattr.lang.fr.cues.NARRATIVE_INFINITIVE`).
_NARRATIVE_INFINITIVE = regex.compile(NARRATIVE_INFINITIVE)


def share_incise_speakers(text: str, quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """« « Nous sommes prêts », a déclaré Paul Roux, « mais pas à n'importe quel prix ». »: the
    words quoted right after another quote's incise, with nothing but that incise between them
    (a comma, the speech verb and its subject, a comma), are the same utterance cut in two by the
    tag: they take its speaker, mention and cue (rule ``incise_between``), and the kind of a direct
    first piece. A piece with a source of its own is left alone, unless that source is read in
    the tag itself, after the first piece's speaker: the medium that relays them (« « … », aurait
    dit Paul Roux selon le journal, « … » » is all Paul Roux's).
    """
    out = list(quotes)
    for i in range(1, len(out)):
        quote = out[i]
        if quote.depth > 0 or quote.kind is QuoteKind.TERM or quote.mark is MarkStyle.DIALOGUE_DASH:
            continue
        previous = _previous_outer(out, i)
        if previous is None or previous.speaker is None or previous.speaker.name is None:
            continue
        cue = previous.cue
        start, end = previous.marks.end, quote.marks.start
        if cue is None or cue.span is None or not (start <= cue.span.start and cue.span.end <= end):
            continue  # the tag between is not the first piece's own
        if (
            quote.speaker is not None
            and quote.speaker.name is not None
            and not _relayed_in_tag(text, quote, cue.span.end, end)
        ):
            continue
        if not _TAG_BETWEEN.fullmatch(text, start, end):
            continue
        kind = QuoteKind.DIRECT if previous.kind is QuoteKind.DIRECT else quote.kind
        out[i] = attrs.evolve(
            quote,
            kind=kind,
            speaker=previous.speaker,
            cue=cue,
            rule="incise_between",
            confidence=round(previous.confidence * INCISE_SHARE, 3),
        )
    return tuple(out)


def _relayed_in_tag(text: str, quote: Quote, after: int, end: int) -> bool:
    """Whether the source ``quote`` got is read after the tag's verb (at ``after``), in the same
    phrase, and before the quote (at ``end``): « selon le quotidien » closing the tag between two
    pieces; not after a comma, which may open another clause (« …, a dit X, tandis que selon Y,
    « … » »)."""
    cue = quote.cue
    if cue is None or cue.span is None or not (after <= cue.span.start and cue.span.end <= end):
        return False
    return "," not in text[after : cue.span.start]


def _paragraph_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _turns(text: str, quotes: Sequence[Quote]) -> list[list[int]]:
    """Quotes grouped by paragraph, for paragraphs that open with a quote (dialogue turns)."""
    turns: list[list[int]] = []
    last_paragraph = -1
    for i, quote in enumerate(quotes):
        if quote.depth > 0:
            continue
        start = _paragraph_start(text, quote.marks.start)
        if start == last_paragraph and turns:
            turns[-1].append(i)
            continue
        if text[start : quote.marks.start].strip(" \t\u00a0\u202f") == "":
            turns.append([i])
            last_paragraph = start
    return turns


def _adjacent(text: str, quotes: Sequence[Quote], left: list[int], right: list[int]) -> bool:
    end = quotes[left[-1]].marks.end
    start = quotes[right[0]].marks.start
    gap = text[end:start]
    lines = gap.split("\n")
    if len(lines) < 2:
        return False
    return len(lines[0]) <= MAX_TAG_CHARS and all(not line.strip() for line in lines[1:])


def _turn_speaker(quotes: Sequence[Quote], turn: list[int]) -> Speaker | None:
    for i in turn:
        if quotes[i].speaker is not None:
            return quotes[i].speaker
    return None


#: A name said to someone in a dialogue line, set off by punctuation, a civility before it if
#: any: « Oui, monsieur Seguin. », « Comment, Blanquette, tu pars ? », « Paul, écoute-moi ».
_VOCATIVE = regex.compile(
    r"(?:^|[,;!?…][ \u00a0]+)(?:(?i:mon|ma)[ \u00a0]+)?"
    r"(?:(?i:monsieur|madame|mademoiselle|maître|docteur)[ \u00a0]+|(?:M\.|Mme|Mlle)[ \u00a0]*)?"
    r"(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?)(?=[ \u00a0]*(?:[,!?.…]|$))"
)


def _addressed(text: str, quotes: Sequence[Quote], turn: list[int], speaker: Speaker) -> bool:
    """Whether a line of ``turn`` calls ``speaker`` by name (their surname, or their given name
    alone: « Paul » for Paul Morel): no one says their own name to the person they speak to, so
    the line is someone else's."""
    if speaker.name is None:
        return False
    full = [t.text for t in tokenize(speaker.name)]
    for i in turn:
        for m in _VOCATIVE.finditer(quotes[i].span.text_in(text)):
            called = [t.text for t in tokenize(m.group(1))]
            given = len(called) == 1 < len(full) and fold(called[0]) == fold(full[0])
            if given or name_matches(called, full):
                return True
    return False


def answer_the_addressed(text: str, quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """In a run of dialogue paragraphs, an untagged turn right after a line that calls a person
    by name is that person's answer (« — Tu pars, Blanquette ? — Oui, monsieur. »), when the
    person speaks elsewhere in the text, under that name, and is not the one who called them."""
    out = list(quotes)
    turns = _turns(text, out)
    known = {q.speaker.name: q.speaker for q in out if q.speaker is not None and q.speaker.name is not None}
    for t in range(1, len(turns)):
        previous = _turn_speaker(out, turns[t - 1])
        if _turn_speaker(out, turns[t]) is not None or previous is None or previous.name is None:
            continue
        if not _adjacent(text, out, turns[t - 1], turns[t]):
            continue
        called = [
            speaker
            for name, speaker in known.items()
            if name != previous.name and _addressed(text, out, turns[t - 1], speaker)
        ]
        if len(called) != 1 or _addressed(text, out, turns[t], called[0]):
            continue
        for i in turns[t]:
            out[i] = attrs.evolve(
                out[i],
                speaker=attrs.evolve(called[0], mention=None),
                rule="addressed",
                confidence=TURN_TAKING_CONFIDENCE,
            )
    return tuple(out)


def take_turns(text: str, quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """In a run of dialogue paragraphs, an untagged turn gets the speaker of the turn two back,
    when the turn between them is someone else's (A, B, A, B …), and the turn does not call that
    speaker by name."""
    out = list(quotes)
    turns = _turns(text, out)
    for _ in range(2):
        changed = False
        for t, turn in enumerate(turns):
            if _turn_speaker(out, turn) is not None:
                continue
            source: Speaker | None = None
            for step in (-1, 1):
                near, far = t + step, t + 2 * step
                if not (0 <= near < len(turns) and 0 <= far < len(turns)):
                    continue
                first, second = (near, t) if step < 0 else (t, near)
                third = (far, near) if step < 0 else (near, far)
                if not (_adjacent(text, out, turns[first], turns[second])):
                    continue
                if not _adjacent(text, out, turns[third[0]], turns[third[1]]):
                    continue
                a, b = _turn_speaker(out, turns[far]), _turn_speaker(out, turns[near])
                if a is not None and b is not None and None not in (a.name, b.name) and a.name != b.name:
                    if not _addressed(text, out, turn, a):
                        source = a
                    break
            if source is None:
                continue
            for i in turn:
                out[i] = attrs.evolve(
                    out[i],
                    speaker=attrs.evolve(source, mention=None),
                    rule="turn_taking",
                    confidence=TURN_TAKING_CONFIDENCE,
                )
            changed = True
        if not changed:
            break
    return tuple(out)


def alternate_turns(text: str, quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """In a run of dialogue-dash lines, an untagged line gets the speaker of the lines an even
    number of turns away, when the run's named lines fit two people taking turns: French opens
    each new speaker's line with a dash, so in a scene of two the lines alternate (« Lucien se
    retourna : — Je connais ce visage. — Quel visage ? — Le vôtre. » makes « Le vôtre. »
    Lucien's). A run whose named lines do not fit (one side named twice differently, one name
    on both sides: a third person, or a line split over two paragraphs) is left alone, as is a
    line that calls that speaker by name; the other side stays unnamed when no line names it."""
    out = list(quotes)
    turns = _turns(text, out)
    runs: list[list[int]] = []
    for t, turn in enumerate(turns):
        if out[turn[0]].mark is not MarkStyle.DIALOGUE_DASH:
            runs.append([])
        elif runs and runs[-1] and _adjacent(text, out, turns[runs[-1][-1]], turn):
            runs[-1].append(t)
        else:
            runs.append([t])
    for run in runs:
        sides: dict[int, Speaker] = {}
        fits = True
        for k, t in enumerate(run):
            speaker = _turn_speaker(out, turns[t])
            if speaker is None or speaker.name is None:
                continue
            known = sides.setdefault(k % 2, speaker)
            other = sides.get(1 - k % 2)
            if known.name != speaker.name or (other is not None and other.name == speaker.name):
                fits = False
                break
        if not fits or not sides:
            continue
        for k, t in enumerate(run):
            source = sides.get(k % 2)
            if source is None or _turn_speaker(out, turns[t]) is not None:
                continue
            if _addressed(text, out, turns[t], source):
                continue
            for i in turns[t]:
                out[i] = attrs.evolve(
                    out[i],
                    speaker=attrs.evolve(source, mention=None),
                    rule="alternation",
                    confidence=ALTERNATION_CONFIDENCE,
                )
    return tuple(out)


# --- the person the sentence before is about -------------------------------------------------

#: Words of the first person: a quote that holds one has a person speaking of themselves.
_FIRST_PERSON = regex.compile(
    r"(?i)(?<![\p{L}'’])(?:(?:je|nous|moi|me|mon|ma|mes|notre|nos)(?![\p{L}])|[jm]['’])"
)
#: A person's name opening a sentence, after a role set off by a comma if any (« L'entraîneur du
#: club, Serge Pellerin, … »), followed by a comma or a lowercase word (its verb).
_OPENING_NAME = regex.compile(
    r"(?:(?:(?:[Ll]e|[Ll]a|[Ll]es)[ \u00a0]|[Ll]['’])[^,.;:!?«»“”\n]{1,80},[ \u00a0]*)?"
    r"(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00a0](?:(?:de|d['’]|di|da|van|von|del|dos|du|le|la)[ \u00a0]?)?"
    r"\p{Lu}[\p{L}\p{M}'’-]+){1,3})(?=[ \u00a0]*,|[ \u00a0]+\p{Ll})"
)
_WORD = regex.compile(r"[\p{L}-]+['’]?")
#: Words that end a description opening a sentence: its verb group.
_VERB_GROUP = AUXILIARY_FORMS | SE_FORMS | {"ne", "n'", "n’", "y"}


def _opening_role(sentence: str, lead: int) -> tuple[int, int] | None:
    """Where a definite role description opening ``sentence`` lies (« L'ancien Premier ministre »,
    « La directrice générale »): an article, at most two words, a role noun, then the words
    up to the verb group; ``None`` when the sentence opens otherwise."""
    words = list(_WORD.finditer(sentence, lead, min(len(sentence), lead + 120)))
    if not words or words[0].group().lower() not in {"le", "la", "l'", "l’"}:
        return None
    first, rest = words[0], words[1:]
    role_at = next((k for k, w in enumerate(rest[:3]) if role_of(w.group().lower()) is not None), None)
    if role_at is None:
        return None
    end = rest[role_at].end()
    previous = rest[role_at].group().lower()
    for w in rest[role_at + 1 : role_at + 4]:
        word = w.group().lower()
        # an article after « de » opens its complement (« le maire de la commune »), not a verb
        clitic = word in _OBJECT_CLITICS and previous not in DE_FORMS
        if word in _VERB_GROUP or clitic or not w.group()[:1].islower() or sentence[end : w.start()].strip():
            break
        end = w.end()
        previous = word
    return first.start(), end


#: Object clitics, which open the verb group after a description (« Le vieux la regarda »): an
#: article right after a role noun, with no « de », starts no part of its phrase.
_OBJECT_CLITICS = frozenset(
    {"la", "le", "les", "l'", "l’", "lui", "leur", "me", "m'", "m’", "te", "t'", "t’"}
)


#: A capitalised nationality before a name opening a sentence: « L'Américain John Smith a … ».
_OPENING_NATIONALITY = regex.compile(r"(?:(?:Le|La)[ \u00a0]|L['’])(\p{Lu}\p{Ll}+)[ \u00a0]+(?=\p{Lu})")
#: A phrase of circumstance opening a sentence, up to its comma: « Lundi, », « Après la visite, »,
#: « Invitée à prendre la parole, ».
_OPENING_CIRCUMSTANCE = regex.compile(r"[^,;:«»“”\n]{2,60}?,[ \u00a0]+")
#: Words opening a phrase that gives a source, not a circumstance: « Selon Paul Roux, … ».
_SOURCE_OPENINGS = frozenset(SOURCE_PREPOSITIONS) | frozenset(POINT_OF_VIEW_PREPOSITIONS) | {"d'après", "d'"}
#: Where a sentence names its topic (start and end, in the sentence) and as what kind of mention.
_Opener = tuple[tuple[int, int], MentionKind]


def _topic_opener(sentence: str, *, first_person: bool) -> _Opener | None:
    """Where the person a sentence is about is named at its opening, and how: a person's name
    (after a role set off by commas, or a nationality: « L'Américain John Smith »), a role
    description, or, before first-person words, « Il » / « Elle »; past a phrase of
    circumstance set off by a comma, or two (« Lundi, la ministre Marie Dupuis a visité … », « Ce
    matin, près de Libourne, le viticulteur … »), but not past a source (« Selon Paul Roux, … »
    reports his words). ``None`` for any other opening."""
    lead = len(sentence) - len(sentence.lstrip())
    found = _opening_at(sentence, lead, first_person=first_person)
    if found is not None:
        return found
    for _ in range(_MAX_CIRCUMSTANCES):  # « Ce matin, près de Libourne, le viticulteur … »
        circumstance = _OPENING_CIRCUMSTANCE.match(sentence, lead)
        if circumstance is None:
            return None
        opening = sentence[lead : circumstance.end()].split()[0].lower().replace("’", "'")
        if opening in _SOURCE_OPENINGS:
            return None
        lead = circumstance.end()
        found = _opening_at(sentence, lead, first_person=first_person)
        if found is not None:
            return found
    return None


#: At most this many phrases of circumstance, each set off by its comma, before a sentence's
#: topic: a time and a place (« Ce matin, près de Libourne, le viticulteur … »).
_MAX_CIRCUMSTANCES = 2


def _opening_at(sentence: str, lead: int, *, first_person: bool) -> _Opener | None:
    """:func:`_topic_opener` at ``lead``, with no phrase of circumstance before."""
    national = _OPENING_NATIONALITY.match(sentence, lead)
    if national is not None and national.group(1).lower() in NATIONALITY_NOUNS:
        lead = national.end()
    match = _OPENING_NAME.match(sentence, lead)
    if match is not None and (
        starts_person_name(match.group(1).split()[0]) or _unlisted_full_name(match.group(1))
    ):
        return (match.start(1), match.end(1)), MentionKind.NAME
    described = _opening_role(sentence, lead)
    if described is not None:
        return described, MentionKind.DESCRIPTION
    pronoun = _OPENING_PRONOUN.match(sentence, lead)
    if pronoun is None or not first_person:
        return None
    following = sentence[pronoun.end() :].split()
    if following and following[0].lower().replace("’", "'") in IMPERSONAL_IL_NEXT:
        return None  # « Il s'agit du troisième incendie », « Il faut … »: no one
    return (pronoun.start(1), pronoun.end(1)), MentionKind.PRONOUN


#: Words a sentence opens on that open no name: articles, adverbs, a source's preposition.
_NO_FIRST_NAME_WORDS = NOT_NAME_STARTS | _SOURCE_OPENINGS


def _unlisted_full_name(run: str) -> bool:
    """Whether a capitalised run may be a full name whose given name no list holds (« Salma Ben
    Hadid »): two words or more, the first no word a sentence opens on (« Selon Paul Roux »,
    « Lundi Marie … »); the caller still asks the resolver whether it names a person."""
    words = run.split()
    return len(words) > 1 and words[0].lower().replace("’", "'") not in _NO_FIRST_NAME_WORDS


_SENTENCE_BREAK = regex.compile(r"[.!?…](?:[ \u00a0\u202f]*[»”\"])?[ \t\u00a0\u202f]+|\n")


class _Resolves(Protocol):
    def resolution(
        self, mention: Mention, *, before: int | None = None, individual: bool = False
    ) -> Resolution: ...


def _sentence_before(text: str, quote: Quote) -> tuple[int, str] | None:
    """The sentence that ends right before ``quote`` (its start and text), or ``None`` when the
    quote does not follow a full stop, or that sentence holds a quotation of its own."""
    end = len(text[: quote.marks.start].rstrip(" \t\n\u00a0\u202f"))
    if end == 0 or text[end - 1] not in ".!?":
        return None
    return _sentence_to(text, end, end - 1)


def _sentence_to(text: str, end: int, last_break: int) -> tuple[int, str] | None:
    """The writer's words from the last sentence break before ``last_break`` up to ``end`` (their
    start and text), at most :data:`MAX_TOPIC_SENTENCE` characters back; ``None`` when no break
    lies that near, or when they hold a quotation."""
    window = max(0, end - MAX_TOPIC_SENTENCE)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, window, last_break)]
    if not breaks and window > 0:
        return None
    start = breaks[-1] if breaks else window
    sentence = text[start:end]
    if any(mark in sentence for mark in '«»“”"'):
        return None
    return start, sentence


def _woven_speaker(text: str, previous: Quote | None) -> Speaker | None:
    """The speaker of the words ``previous`` quoted inside the sentence right before a quote
    (:func:`_woven_quote_before`): « Son entraîneuse, Sandrine Faure, a salué « une équipe qui n'a
    jamais paniqué », même lorsque … . « À la pause, je leur ai dit de respirer. » » — the
    first-person words that follow are the same person's. Only a quote its own cue attributed to a
    name, or first-person words given to the sentence's opener."""
    if previous is None or previous.speaker is None or previous.speaker.name is None:
        return None
    if previous.cue is None and not _FIRST_PERSON.search(previous.span.text_in(text)):
        return None  # no cue of its own: only first-person words the sentence's opener said
    # the speaker's kind is read after attribution: the mention's head says a document here
    mention = previous.speaker.mention
    if mention is not None and head_noun(mention.text_in(text)) in DOCUMENT_NOUNS:
        return None  # « L'accord prévoit « … ». « Nous y tenons » »: a text says no « nous »
    return previous.speaker


def _woven_quote_before(text: str, quotes: Sequence[Quote], i: int) -> Quote | None:
    """The quote inside the sentence right before ``quotes[i]``, in the same paragraph, the
    writer's sentence ending between the two and nothing quoted in between; ``None`` otherwise."""
    previous = _previous_outer(quotes, i)
    if previous is None or previous.kind is QuoteKind.TERM:
        return None
    gap = text[previous.marks.end : quotes[i].marks.start]
    if len(gap) > MAX_TOPIC_SENTENCE or "\n" in gap or any(mark in gap for mark in '«»“”"'):
        return None
    ends = list(_SENTENCE_END.finditer(gap))
    if len(ends) != 1 or gap[ends[0].end() :].strip():
        return None  # one sentence ends between them, right before the quote
    return previous


def topic_speakers(
    text: str, quotes: Sequence[Quote], attributed: Sequence[bool], resolver: _Resolves
) -> tuple[Quote, ...]:
    """Give a quote opening its own sentence with no tag the person the sentence right before it
    opens on: « Chiara Di Fiorenza a levé le trophée régional. « Je voulais remercier ma famille. » »
    is hers, as a reader takes it; so is « Le capitaine, Romain Ferrandou, retenait la réaction de
    son équipe. « Ce groupe a grandi. » », as news names a speaker by what they do and quotes them
    in the same paragraph. Only a person's name (one opening on a given name); after a paragraph
    break, only words that speak of their speaker (« je », « nous », « mon » …): a new paragraph
    with a quote of no one in particular may have turned to someone else.
    """
    out = list(quotes)
    for i, quote in enumerate(out):
        if quote.speaker is not None or attributed[i] or quote.depth > 0:
            continue
        if quote.mark is MarkStyle.DIALOGUE_DASH:
            continue
        content = quote.span.text_in(text)
        in_sentence = quote.kind is QuoteKind.PARTIAL or not content[:1].isupper()
        if in_sentence and quote.kind is not QuoteKind.TERM and _FIRST_PERSON.search(content) is not None:
            holding = _sentence_holding(text, quote)
            if holding is not None:
                taken = _opener_speaker(text, holding, quote, resolver, first_person=True)
                out[i] = taken or quote
            continue
        if quote.kind is not QuoteKind.DIRECT or not content[:1].isupper():
            continue
        found = _sentence_before(text, quote)
        if _FIRST_PERSON.search(content) is None and (
            found is None or "\n" in text[found[0] + len(found[1]) : quote.marks.start]
        ):
            continue  # a quote of no one in particular, unless it follows its sentence in its paragraph
        if found is None:
            previous = _woven_quote_before(text, out, i)
            woven = _woven_speaker(text, previous)
            if woven is not None:
                out[i] = _borrowed(quote, woven, "topic_before", TOPIC_CONFIDENCE)
            elif previous is not None and _FIRST_PERSON.search(content) is not None:
                # « Salma Ben Hadid a dédié son prix « à toutes les femmes … ». « J'ai écrit … » »:
                # the woven words have no speaker; the person their sentence opens on says these
                holding = _sentence_holding(text, previous)
                taken = (
                    None
                    if holding is None
                    else _opener_speaker(text, holding, quote, resolver, first_person=True)
                )
                out[i] = taken or quote
            continue
        taken = _opener_speaker(
            text, found, quote, resolver, first_person=_FIRST_PERSON.search(content) is not None
        )
        if taken is not None:
            out[i] = taken
    return tuple(out)


def _sentence_holding(text: str, quote: Quote) -> tuple[int, str] | None:
    """The words of the writer's sentence before a partial quote inside it (its start and text),
    or ``None`` when they hold another quotation: « Il a dédié son succès à son grand-père, « qui
    m'a mis sur un vélo » » → « Il a dédié son succès à son grand-père, »."""
    return _sentence_to(text, quote.marks.start, quote.marks.start)


#: What a name no listed given name opens must resolve to, to open a topic: a person, or a name
#: of unknown kind (« Salma Ben Hadid »), never an organisation or a place.
_PEOPLE_KINDS = frozenset({SpeakerKind.PERSON, SpeakerKind.UNKNOWN})


def _opener_speaker(
    text: str, found: tuple[int, str], quote: Quote, resolver: _Resolves, *, first_person: bool
) -> Quote | None:
    """``quote`` given the person the words ``found`` (start, text) open on, or ``None``."""
    start, sentence = found
    opener = _topic_opener(sentence, first_person=first_person)
    if opener is None:
        return None
    bounds, kind = opener
    span = Span(start + bounds[0], start + bounds[1], source=text)
    resolution = resolver.resolution(Mention(span, span, kind), before=quote.marks.start)
    if resolution.speaker.name is None:
        return None
    listed = starts_person_name(text[span.start : span.end].split()[0])
    if kind is MentionKind.NAME and not listed and resolution.speaker.kind not in _PEOPLE_KINDS:
        return None  # « Air France a annoncé … »: a body's name, not a person's
    if kind is not MentionKind.NAME and resolution.speaker.resolved_by in {None, ResolvedBy.WORDS}:
        return None  # « Le ministre a souri »: only the person the text named that way
    if kind is MentionKind.PRONOUN and resolution.speaker.kind not in {
        SpeakerKind.PERSON,
        SpeakerKind.UNKNOWN,
    }:
        return None  # « Il a assisté à la scène »: a person's first-person words, not a body's
    return attrs.evolve(
        quote,
        speaker=resolution.speaker,
        cue=None,
        rule="topic_before",
        confidence=round(TOPIC_CONFIDENCE * resolution.certainty, 3),
    )


# --- the narration just before a dialogue line ------------------------------------------------

#: A subject pronoun opening a sentence, before its verb.
_OPENING_PRONOUN = regex.compile(r"(Il|Elle)(?=[ \u00a0]+\p{Ll})")
#: A connective of narration before a sentence's subject (« Puis », « Alors, »), which a beat
#: steps over; the pronoun after it is in small letters (« Puis il se tut. »).
_BEAT_CONNECTIVE = regex.compile(NARRATIVE_CONNECTIVE)
_CONNECTED_PRONOUN = regex.compile(r"(il|elle)(?=[ \u00a0]+\p{Ll})")
#: A name opening a sentence, one word or more, before its verb or an apposition's comma.
_OPENING_RUN = regex.compile(
    r"(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]+){0,3})(?=[ \u00a0]+\p{Ll}|[ \u00a0]*,)"
)


def _narration_before(text: str, quote: Quote) -> tuple[int, str] | None:
    """The last sentence of the narrative paragraph right before a dialogue line that opens its
    own paragraph (its start and text); ``None`` when the line does not open its paragraph, or
    the paragraph before is a dialogue line, ends on no full stop or holds a quotation."""
    start = _paragraph_start(text, quote.marks.start)
    if text[start : quote.marks.start].strip():
        return None
    end = len(text[:start].rstrip())
    if end == 0 or text[end - 1] not in ".!?…:":  # a colon the colon rules read no source in too
        return None
    paragraph = _paragraph_start(text, end)
    if text[paragraph:end].lstrip()[:1] in '—–-«“"':
        return None  # the paragraph before is a dialogue line: turn-taking's business
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, paragraph, end - 1)]
    first = breaks[-1] if breaks else paragraph
    sentence = text[first:end]
    if any(mark in sentence for mark in '«»“”"') or len(sentence) > MAX_TOPIC_SENTENCE:
        return None
    return first, sentence


def beat_speakers(
    text: str, quotes: Sequence[Quote], attributed: Sequence[bool], resolver: _Resolves
) -> tuple[Quote, ...]:
    """Give an untagged dialogue line that opens a paragraph after narration the person the last
    sentence of that narration opens on: « Louisa pleurait plus fort. ⏎ — Ne me grondez pas … »
    is Louisa's, as fiction sets a character's gesture (the « beat ») before their line. The
    opening is a name, « Il » / « Elle », or a role description (« Le vieux la regarda. »); the
    resolver must give it a name or keep a description of a person. Runs before turn-taking,
    which may carry it on to the lines after (rule ``beat_before``)."""
    out = list(quotes)
    # a novel sets hundreds of lines after the same few names: each is looked up in the text once
    written_lowercase = functools.cache(functools.partial(_written_lowercase, text))
    for i, quote in enumerate(out):
        if quote.speaker is not None or attributed[i] or quote.depth > 0:
            continue
        if quote.mark is not MarkStyle.DIALOGUE_DASH:
            continue
        found = _narration_before(text, quote)
        if found is None:
            continue
        start, sentence = found
        lead = len(sentence) - len(sentence.lstrip())
        connective = _BEAT_CONNECTIVE.match(sentence, lead)
        if connective is not None:  # « Puis Paul parla de son voyage. »: the beat is still Paul's
            lead = connective.end()
            pronoun = _CONNECTED_PRONOUN.match(sentence, lead)
        else:
            pronoun = _OPENING_PRONOUN.match(sentence, lead)
        named = None if pronoun is not None else _OPENING_RUN.match(sentence, lead)
        if named is not None and (
            named.group(1).split()[0].lower() in NOT_NAME_STARTS or written_lowercase(named.group(1))
        ):
            named = None  # « Le vieux la regarda »: an article, which may open a description
        described = None if pronoun or named else _opening_role(sentence, lead)
        if pronoun is not None:
            bounds, kind = (pronoun.start(1), pronoun.end(1)), MentionKind.PRONOUN
        elif named is not None:
            if sentence.rstrip().endswith(":") and not starts_person_name(named.group(1).split()[0]):
                continue  # a colon no rule read: only a listed given name, not « Tard dans … : »
            bounds, kind = (named.start(1), named.end(1)), MentionKind.NAME
        elif described is not None:
            bounds, kind = described, MentionKind.DESCRIPTION
        else:
            continue
        span = Span(start + bounds[0], start + bounds[1], source=text)
        mention = Mention(span, span, kind)
        given = _given_person(quote, resolver, mention, quote.marks.start, "beat_before", BEAT_CONFIDENCE)
        if given is not None:  # not « Le groupe avançait. »: no one's line
            out[i] = given
    return tuple(out)


def _written_lowercase(text: str, run: str) -> bool:
    """Whether a one-word run opening a sentence is a common word the text also writes in small
    letters (« Tard dans la matinée, … »: « tard » elsewhere), no name."""
    words = run.split()
    return len(words) == 1 and written_small(text, words[0])


def _given_person(
    quote: Quote, resolver: _Resolves, mention: Mention, before: int, rule: str, confidence: float
) -> Quote | None:
    """``quote`` given the person (or the unknown source) ``mention`` resolves to (as of
    ``before``), by ``rule``, its confidence ``confidence`` times the resolution's certainty;
    ``None`` when it resolves to no name or to no person (a body, a place)."""
    resolution = resolver.resolution(mention, before=before)
    speaker = resolution.speaker
    if speaker.name is None or speaker.kind not in {SpeakerKind.PERSON, SpeakerKind.UNKNOWN}:
        return None
    return attrs.evolve(
        quote, speaker=speaker, cue=None, rule=rule, confidence=round(confidence * resolution.certainty, 3)
    )


def named_after_speakers(
    text: str, quotes: Sequence[Quote], attributed: Sequence[bool], resolver: _Resolves
) -> tuple[Quote, ...]:
    """Give a whole quote that opens its paragraph, with no source, the one person the sentence
    right after it names: news sets a new voice's words first, then says who it is (« « Je pars
    la tête haute. » Joint par téléphone lundi soir, Patrick Guéret n'a pas caché son
    amertume. », « « … » La phrase, prononcée par Hélène Castagnède en conclusion du débat, … »).
    Not when that sentence names no one, or two people unless it opens on the first (« « … ».
    Anne Roux a tenu à démentir les propos de Paul Petit. »: its subject), nor when it quotes
    words of its own; the resolver must give the name a person (rule ``named_after``)."""
    out = list(quotes)
    for i, quote in enumerate(out):
        if (
            quote.speaker is not None
            or attributed[i]
            or quote.depth > 0
            or quote.kind is not QuoteKind.DIRECT
        ):
            continue
        if (
            quote.mark is MarkStyle.DIALOGUE_DASH
            or text[_paragraph_start(text, quote.marks.start) : quote.marks.start].strip()
        ):
            continue
        names = _persons_named_after(text, quote, unquoted=True)  # words quoted there are theirs
        if not names:
            mention = _demonstrative_after(text, quote)
            if mention is None:
                continue
        elif len({m.group() for m in names}) != 1 and not _opens_on_one(text, quote, names):
            continue
        else:
            start = quote.marks.end + names[0].start()
            span = Span(start, start + len(names[0].group()), source=text)
            mention = Mention(span, span, MentionKind.NAME)
        given = _given_person(
            quote, resolver, mention, mention.span.start, "named_after", NAMED_AFTER_CONFIDENCE
        )
        if given is not None:
            out[i] = given
    return tuple(out)


#: A demonstrative and a noun opening the sentence after a lead quote: « Cette habitante ».
_DEMONSTRATIVE = r"[ \t\u00a0\u202f.!?…]*(?P<phrase>(?:Ce|Cet|Cette|Ces)[ \u00a0]+"
#: Up to two complements of one word (and the capitalised words of a name after it): « du
#: leader du parfum », « de l'usine de Vire », « du quartier des Tilleuls ».
_COMPLEMENTS = (
    r"(?:[ \u00a0]+(?:du|des|de|d['’])(?:[ \u00a0]+la|[ \u00a0]+l['’])?[ \u00a0]*\p{L}[\p{L}'’-]*"
    r"(?:[ \u00a0]+\p{Lu}[\p{L}-]*)*){0,2}"
)
#: A demonstrative and a noun (after an adjective: « Cette jeune agricultrice ») opening the
#: sentence after a lead quote: the whole phrase in group ``phrase``, the noun in ``noun``.
_DEMONSTRATIVE_OPENINGS = (
    regex.compile(_DEMONSTRATIVE + r"\p{Ll}+[ \u00a0]+(?P<noun>\p{Ll}[\p{Ll}-]+)" + _COMPLEMENTS + ")"),
    regex.compile(_DEMONSTRATIVE + r"(?P<noun>\p{Ll}[\p{Ll}-]+)" + _COMPLEMENTS + ")"),
)


def _demonstrative_after(text: str, quote: Quote) -> Mention | None:
    """The description of a person that opens the sentence right after ``quote`` with a
    demonstrative (« « J'ai tout perdu. » Cette habitante du quartier n'a pas retrouvé de
    logement. »): a demonstrative points back to someone just brought in, and the quote is all
    that came before (Grevisse § 617, the anaphoric demonstrative); ``None`` when no such
    phrase opens it, or when its noun names no one (« Ce témoignage », « Cette décision »)."""
    matches = (opening.match(text, quote.marks.end) for opening in _DEMONSTRATIVE_OPENINGS)
    found = next((m for m in matches if m is not None and role_of(m.group("noun")) is not None), None)
    if found is None or "\n" in found.group():
        return None
    span = Span(found.start("phrase"), found.end("phrase"), source=text)
    head = Span(found.start("noun"), found.end("noun"), source=text)
    return Mention(span, head, MentionKind.DESCRIPTION)


#: Between two names that make one subject: « Paul Roux et Anne Petit », « Paul Roux, Anne Petit ».
_JOINING_NAMES = regex.compile(r"[ \u00a0]*(?:,[ \u00a0]*)?(?:(?:et|ou)[ \u00a0]+)?")


def _opens_on_one(text: str, quote: Quote, names: Sequence[regex.Match[str]]) -> bool:
    """Whether the sentence after ``quote`` opens on the first of ``names``, alone: its subject
    (« « … ». Anne Roux a tenu à démentir les propos de Paul Petit. »), not one of two joined
    (« Paul Roux et Anne Petit se sont parlé »)."""
    if not names or _LEAD_GAP.fullmatch(text, quote.marks.end, quote.marks.end + names[0].start()) is None:
        return False
    if len(names) == 1:
        return True
    gap = (quote.marks.end + names[0].end(), quote.marks.end + names[1].start())
    return _JOINING_NAMES.fullmatch(text, *gap) is None


# --- a quote that leads into the next one's tag ----------------------------------------------

#: What may stand between a quote and the next one it leads into: spaces, a full stop.
_LEAD_GAP = regex.compile(r"[ \t\u00a0\u202f.!?…]*")


#: Between the second quote and its incise's verb: a comma, an auxiliary, a clitic.
_INCISE_GAP = regex.compile(r"[ \u00a0\u202f]*,[ \u00a0\u202f]*(?:\p{Ll}+['’ \u00a0-]+){0,2}")


def _coordinated(text: str, quote: Quote, following: Quote, tag: Span) -> bool:
    """« « Mis en place par mesure d'assurance » et « dans des conditions non rigoureuses »,
    écrivait Jean Roux »: two quotes joined by « et », « ou », « ni » or a comma
    (`_COORDINATION_GAP`), the second followed by its incise, are both the incise's object, one
    speaker's words."""
    if not text[quote.marks.end : following.marks.start].strip():
        return False
    if _COORDINATION_GAP.fullmatch(text, quote.marks.end, following.marks.start) is None:
        return False
    return _INCISE_GAP.fullmatch(text, following.marks.end, tag.start) is not None


def lead_speakers(text: str, quotes: Sequence[Quote], attributed: Sequence[bool]) -> tuple[Quote, ...]:
    """Give a source-less quote the speaker of the quote right after it, when nothing but spaces
    lies between and that quote's tag follows it: « « J'ai vu des élèves courir. » « C'était la
    panique », ont confié des témoins. » The witnesses say both; the tag closes the run.
    """
    out = list(quotes)
    outer = [i for i, quote in enumerate(out) if quote.depth == 0]  # past a quote nested in the first
    for i, j in reversed(list(itertools.pairwise(outer))):
        quote, following = out[i], out[j]
        if quote.speaker is not None or attributed[i]:
            continue
        if quote.mark is MarkStyle.DIALOGUE_DASH:
            continue
        if following.speaker is None or following.speaker.name is None or following.cue is None:
            continue
        tag = following.cue.span
        if tag is None or tag.start < following.marks.end:
            continue  # the next quote's tag stands before it: it opens a new run
        if _coordinated(text, quote, following, tag):
            out[i] = _borrowed(quote, following.speaker, "lead", LEAD_CONFIDENCE)
            continue
        if quote.kind is not QuoteKind.DIRECT:
            continue
        if _LEAD_GAP.fullmatch(text, quote.marks.end, following.marks.start) is None:
            continue
        out[i] = _borrowed(quote, following.speaker, "lead", LEAD_CONFIDENCE)
    return tuple(out)


# --- a partial quote inside a reported clause ------------------------------------------------


def _holds(clause: Quote, quote: Quote) -> bool:
    """Whether the indirect ``clause`` holds ``quote`` with its marks."""
    return clause.start <= quote.marks.start and quote.marks.end <= clause.end


def _same_mention_better_named(quote: Quote, clauses: Sequence[Quote]) -> Quote:
    """A partial quote whose source was kept as written (« Selon l'opérateur, « … » devraient
    … »: « opérateur ») takes the name the clause holding it resolved the same mention to
    (Enedis): one mention is one source, and the clause was resolved knowing more (the
    speakers before it). Its rule and cue stay its own."""
    speaker = quote.speaker
    if speaker is None or speaker.resolved_by is not ResolvedBy.WORDS or speaker.mention is None:
        return quote
    for clause in clauses:
        other = clause.speaker
        if not _holds(clause, quote) or other is None:
            continue
        if other.mention == speaker.mention and other.resolved_by not in {None, ResolvedBy.WORDS}:
            return attrs.evolve(quote, speaker=other)
    return quote


def _words_in_clause(quote: Quote, clauses: Sequence[Quote]) -> bool:
    """Whether a short quote kept as a term is words of the clause holding it: inside a reported
    clause, a fragment of a few words in small letters is the source's wording (« le parquet a
    indiqué que les résultats seraient connus « d'ici une dizaine de jours » »); a name, opening
    on a capital, stays a label (« le plan « Cap Lycées 2030 » serait financé »), and so does a
    single noun after its article, which the writer holds at a distance (« imposer à Erevan les
    « solutions » recherchées »); a lone adjective is the source's word (« jugés « probables » »)."""
    source = quote.span.source
    if source is None:
        return False
    content = quote.span.text_in(source).lstrip(" \u00a0\u202f'’\"«“")
    if not content or not content[0].islower():
        return False
    if len(content.split()) == 1 and _ARTICLE_BEFORE.match(source, 0, quote.marks.start) is not None:
        return False  # « les « solutions » »: a noun the writer holds at a distance, a label
    return any(_holds(c, quote) for c in clauses)


#: A determiner right before a quote's opening mark: what the marks hold is a noun it opens.
#: Matched backwards from the mark (``REVERSE``), so only the characters right before it are read.
_ARTICLE_BEFORE = regex.compile(
    r"(?i:\b(?:les?|la|l['’]|une?|des|du|ces?|cet|cette|son|sa|ses|leurs?))[ \u00a0\u202f]*", regex.REVERSE
)


def _same_speaker(one: Quote, other: Quote) -> bool:
    """Whether two quotes have a speaker of the same name."""
    return one.speaker is not None and other.speaker is not None and one.speaker.name == other.speaker.name


def _cue_between(clause: Quote, quote: Quote) -> bool:
    """Whether the cue of ``clause``, which holds ``quote``, stands between the quote's own cue and
    the quote: the speech verb nearest the words governs them (« Le syndicat a lancé une grève,
    dont le président Paul Roux déclarait rester ouvert « à la discussion » »: Roux's words,
    whatever verb above the parse reached first)."""
    if clause.cue is None or clause.cue.span is None or quote.cue is None or quote.cue.span is None:
        return False
    return quote.cue.span.end <= clause.cue.span.start and clause.cue.span.end <= quote.start


#: What may stand between a reported clause and a quote that goes on with its source: the end
#: of the clause's sentence, and the break of a paragraph that opens on the quote.
_CLAUSE_SENTENCE_END = regex.compile(r"[ \t\u00a0\u202f\n,;:.!?…]*")


#: A sentence that opens on « Et » or « Mais » and runs with no mark, no stop and no line break
#: up to the quote: it goes on with the sentence before it (« Et la hausse « fonctionne » »).
_COORDINATED_OPENING = regex.compile(r"(?<=[.!?…»”][ \u00a0]+)(?:Et|Mais)[ \u00a0][^.!?…«»“”\"\n]*\Z")


def _coordinated_opening(text: str, quote: Quote) -> int | None:
    """Where the sentence that holds ``quote`` opens, when it opens on « Et » or « Mais » with no
    other mark nor stop before the quote: French coordinates such a sentence to the one before,
    whose voice it goes on with; ``None`` otherwise."""
    found = _COORDINATED_OPENING.search(text, max(0, quote.marks.start - MAX_TAG_CHARS), quote.marks.start)
    return None if found is None else found.start()


def continue_after_clauses(text: str, quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """Give a quote with no cue nor source, opening its sentence, the source of the reported
    clause that ends the sentence just before it, in its paragraph or the one before: news reports
    a source's words, then quotes them, often in a paragraph of their own (« D'après lui, aucune
    règle n'a été enfreinte. « Nous restons ouverts au débat. » » is his; so is « … n'a été
    enfreinte, selon lui. ⏎ « … » »): the quote goes on with the same voice,
    as it does after a quote (rule ``continuation``, :data:`CONTINUATION_CONFIDENCE`); so does a
    quote in a sentence that opens on « Et » or « Mais » (« …, selon le gouverneur. Et la hausse
    des taux « fonctionne » »: :func:`_coordinated_opening`). Not when
    the sentence after the quote names someone else (« « … » Joint lundi, Paul Roux … »).
    ``quotes`` are in text order, reported clauses among them."""
    out = list(quotes)
    for i, quote in enumerate(out):
        if quote.speaker is not None or quote.cue is not None or quote.depth > 0:
            continue
        if quote.kind in {QuoteKind.TERM, QuoteKind.INDIRECT} or quote.mark is MarkStyle.DIALOGUE_DASH:
            continue
        previous = _previous_outer(out, i)
        if previous is None or previous.kind is not QuoteKind.INDIRECT or previous.speaker is None:
            continue
        name = previous.speaker.name
        if not name or previous.end > quote.marks.start:
            continue
        opening = quote.marks.start if _opens_sentence(text, quote) else _coordinated_opening(text, quote)
        if opening is None or opening < previous.end:
            continue
        gap = text[previous.end : opening]
        mention = previous.speaker.mention
        cue = previous.cue.span if previous.cue is not None else None
        if mention is not None and cue is not None and previous.end <= cue.start < mention.start:
            # « …, indique de son côté Paul Roux. », « …, a déclaré Paul Roux. »: the incise whole,
            # from the clause's end (an auxiliary included) to its subject
            incise = Span(previous.end, mention.end, source=text)
            if incise.end <= opening:
                gap = gap.replace(incise.text_in(text), " ", 1)
        for told in (mention, cue):
            if told is not None and previous.end <= told.start and told.end <= opening:
                gap = gap.replace(told.text_in(text), " ", 1)  # « …, selon lui. »: the clause's own tag
        if _CLAUSE_SENTENCE_END.fullmatch(gap) is None or _another_named_after(text, quote, name):
            continue
        out[i] = _borrowed(quote, previous.speaker, "continuation", CONTINUATION_CONFIDENCE)
    return tuple(out)


def _subject_is_a_thing(quote: Quote) -> bool:
    """Whether the words that gave ``quote`` its source are a common noun phrase of a thing, no
    noun the lexicon lists as able to speak nor an institution that speaks for its body (« cette
    commande », « la hausse »; not « le ministre », « la direction », « la commune », nor a name
    or a pronoun)."""
    mention = quote.speaker.mention if quote.speaker is not None else None
    if mention is None or mention.source is None:
        return False
    words = mention.text
    tokens = tokenize(words)
    if not tokens or tokens[0].lower.replace("’", "'") not in _THING_DETERMINERS:
        return False  # a name, a pronoun: someone, or what resolution makes of them
    head = head_noun(words)
    # « la commune », « l'hôpital »: an institution speaks for the body it houses or runs
    return head is not None and head.islower() and not listed_source(head) and head not in SOURCE_NOUNS


#: Determiners that open a common noun phrase (« cette commande », « le projet », « l'accord »).
_THING_DETERMINERS = frozenset(
    {
        "le", "la", "les", "l'", "ce", "cet", "cette", "ces", "son", "sa", "ses", "un", "une", "des",
        "leur", "leurs",
    }
)  # fmt: skip


def share_clause_speakers(quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """Give a partial quote with no named source the source of the indirect clause holding it,
    and the reverse: « X a prévenu qu'il ne voterait pas « un texte de défiance » »: the clause
    and the words quoted in it are the same person's (issue 8: they share the speaker). The
    quote takes the clause's speaker and cue (rule ``indirect_clause``), the clause the quote's
    speaker (rule ``quote_in_clause``), at most :data:`CLAUSE_CONFIDENCE`; a quote whose own cue
    stands before the clause's (:func:`_cue_between`), or whose own verb voices nothing
    (:data:`~quoteattr.lang.fr.indirect.UNVOICED_VERBS`: « que la commune souhaitait voir le
    fossile exposé « ici » ») takes the clause's speaker too. A term in small
    letters inside a named clause is its words too (:func:`_words_in_clause`): it becomes partial."""
    out = list(quotes)
    named = [q for q in quotes if q.kind is QuoteKind.PARTIAL and q.speaker is not None and q.speaker.name]
    for i, quote in enumerate(out):
        if quote.kind is not QuoteKind.INDIRECT or (quote.speaker is not None and quote.speaker.name):
            continue
        held = next((p for p in named if _holds(quote, p)), None)
        if held is not None and held.speaker is not None:
            out[i] = attrs.evolve(
                quote,
                speaker=held.speaker,
                rule="quote_in_clause",
                confidence=round(min(held.confidence, CLAUSE_CONFIDENCE), 3),
            )
    clauses = [q for q in out if q.kind is QuoteKind.INDIRECT and q.speaker is not None and q.speaker.name]
    if not clauses:
        return tuple(out)
    for i, quote in enumerate(out):
        if quote.kind is QuoteKind.TERM and _words_in_clause(quote, clauses):
            quote = attrs.evolve(quote, kind=QuoteKind.PARTIAL)
        if quote.kind is not QuoteKind.PARTIAL:
            continue
        holder = next((c for c in clauses if _holds(c, quote)), None)
        unvoiced = quote.cue is not None and quote.cue.lemma in UNVOICED_VERBS
        nearer = holder is not None and _cue_between(holder, quote) and not _same_speaker(holder, quote)
        # « X « semble en pleine forme », a indiqué son avocat »: the predicate's subject,
        # a guess for a quote alone, is what the clause is about; the clause's source says it
        predicate = quote.rule is not None and quote.rule.startswith("quoted_predicate")
        # « Pour le ministre, cette commande répond au « nouveau contexte » »: a verb whose
        # subject is a thing voices nothing; the clause's source says the words
        thing = _subject_is_a_thing(quote)
        if (
            quote.speaker is not None
            and quote.speaker.name
            and not ((unvoiced or nearer or predicate or thing) and holder is not None)
        ):
            # « Le maire a indiqué que la commune souhaitait voir le fossile exposé « ici » »: a
            # wish voices nothing, the clause's speaker says the words; otherwise keep the quote's
            out[i] = _same_mention_better_named(quote, clauses)
            continue
        if holder is None or holder.speaker is None:
            continue
        out[i] = attrs.evolve(
            quote,
            speaker=holder.speaker,
            cue=holder.cue,
            rule="indirect_clause",
            confidence=round(min(holder.confidence, CLAUSE_CONFIDENCE), 3),
        )
    return tuple(out)
