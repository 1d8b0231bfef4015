"""The attribution stage: quotes + parse → quotes with cue, speaker, kind, rule and confidence.

Pipeline, for one document: locate each quote in the parse → sentence rules (cue + source
mention) → the resolver turns mentions into names → discourse (a speaker continued, dialogue
turn-taking) → final kind. A term never keeps a speaker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import attrs
import regex

from quoteattr.attribute.discourse import (
    alternate_turns,
    answer_the_addressed,
    beat_speakers,
    continue_speakers,
    lead_speakers,
    named_after_speakers,
    share_coordinated_speakers,
    share_incise_speakers,
    share_participle_speakers,
    take_turns,
    topic_speakers,
)
from quoteattr.attribute.echo import cleft_after
from quoteattr.attribute.kinds import decide_kind
from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.repeated import repeated_speakers
from quoteattr.attribute.resolve import Resolution
from quoteattr.attribute.rules import Attribution, attribute_sentence, woven_subject
from quoteattr.attribute.site import Locator, QuoteSite, require_parse
from quoteattr.attribute.sole_voice import sole_voice_speakers, speaks_as_one
from quoteattr.lang.fr.cues import QUOTE_CLEFT
from quoteattr.model import Cue, Entity, MarkStyle, Quote, QuoteKind, ResolvedBy, Speaker
from quoteattr.parse.types import ParsedDoc

__all__ = ["MentionTextResolver", "SpeakerResolver", "attribute", "speaks_as_one"]


class SpeakerResolver(Protocol):
    """What attribution needs from a resolver (:class:`quoteattr.attribute.resolve.Resolver`)."""

    def resolution(
        self,
        mention: Mention,
        *,
        before: int | None = None,
        individual: bool = False,
        until: int | None = None,
    ) -> Resolution:
        """The speaker a mention stands for, and how sure that is; ``until``: where the words
        the source speaks end, past which they are no longer present."""
        ...

    def entities(self) -> tuple[Entity, ...]:
        """The sources resolved so far."""
        ...


class MentionTextResolver:
    """A resolver that names each source by its mention as written (no coreference).

    Used when no document resolver is given; pronouns are kept as written.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._entities: list[Entity] = []
        self._index: dict[str, int] = {}

    def resolution(
        self,
        mention: Mention,
        *,
        before: int | None = None,
        individual: bool = False,
        until: int | None = None,
    ) -> Resolution:
        """The speaker named exactly as the mention is written (certainty 1)."""
        return Resolution(self.resolve(mention, before=before))

    def resolve(self, mention: Mention, *, before: int | None = None) -> Speaker:
        """The speaker named exactly as the mention is written."""
        name = mention.span.text_in(self._text)
        key = name.casefold()
        if key not in self._index:
            self._index[key] = len(self._entities)
            self._entities.append(Entity(name=name, mentions=()))
        entity = self._index[key]
        current = self._entities[entity]
        self._entities[entity] = attrs.evolve(
            current, mentions=(*current.mentions, mention.span.with_source(self._text))
        )
        return Speaker(name=name, mention=mention.span.with_source(self._text), entity=entity)

    def entities(self) -> tuple[Entity, ...]:
        """One entity per distinct mention text, with every span that named it."""
        return tuple(self._entities)


def _apply(text: str, quote: Quote, found: Attribution, resolution: Resolution | None) -> Quote:
    """The quote with its cue and speaker; its confidence is the rule's, times the resolution's
    certainty when the speaker is named (a speaker left without a name keeps the rule's), less for a
    partial quote of a few words (:data:`FEW_WORDS_CERTAINTY`)."""
    cue = None if found.cue is None else Cue(lemma=found.cue, span=found.cue_span)
    speaker = None if resolution is None else resolution.speaker
    confidence = found.confidence
    if speaker is not None and speaker.name is not None and resolution is not None:
        certainty = resolution.certainty
        if found.frame == "colon" and speaker.resolved_by is ResolvedBy.PREVIOUS_SPEAKER:
            certainty = min(certainty, COLON_TURN_CERTAINTY)
        if quote.mark is MarkStyle.DIALOGUE_DASH and speaker.resolved_by is ResolvedBy.PREVIOUS_SPEAKER:
            certainty = min(certainty, DIALOGUE_TURN_CERTAINTY)
        confidence = round(confidence * certainty, 3)
    if quote.kind is QuoteKind.PARTIAL and _few_words(quote.span.text_in(text)):
        confidence = round(confidence * FEW_WORDS_CERTAINTY, 3)
    return attrs.evolve(quote, speaker=speaker, cue=cue, rule=found.rule, confidence=confidence)


#: A partial quote of at most this many words may be the writer's label for a thing (« le fameux
#: « bal des pompiers » », « le roman « Brume » ») rather than the speaker's words.
FEW_WORDS = 3

#: The factor on such a quote's confidence: on unseen web news, 56 of 67 partial quotes of three
#: words or fewer were right from confidence 0.8 up, against 224 of 234 longer quotes.
FEW_WORDS_CERTAINTY = 0.9

_WORD = regex.compile(r"\w+")


def _few_words(words: str) -> bool:
    """Whether quoted words are at most :data:`FEW_WORDS` words long.

    >>> _few_words("bal des pompiers"), _few_words("nous ne céderons rien")
    (True, False)
    """
    return len(_WORD.findall(words)) <= FEW_WORDS


#: The certainty of « Il dit : « … » » resolved to the speaker of the quote before: a subject
#: pronoun before a colon often opens the other side of an exchange, unlike the clitic of « « … »,
#: a-t-il ajouté » after the quote (14 of 21 right from confidence 0.8 up on the development sets,
#: fr-litbank mostly, against 80 of 83 for an incise's previous speaker).
COLON_TURN_CERTAINTY = 0.8

#: The certainty of a dialogue line's pronoun (« — …, dit-il ») resolved to the speaker of the
#: quote before: in dialogue the lines alternate, so the one who just spoke is as often the other
#: side of the exchange (8 of 13 right from confidence 0.8 up on fr-litbank-dev), unlike a run of
#: quotes in news.
DIALOGUE_TURN_CERTAINTY = 0.8

#: A cleft in the quote's own sentence, after its comma or colon (« « … », c'est ainsi que … »).
_TIGHT_CLEFT = regex.compile(QUOTE_CLEFT)


def _attribution(text: str, site: QuoteSite) -> Attribution | None:
    """The sentence rules' answer, else a cleft after the quote ("C'est ce qu'a dit X"), which also
    beats an answer read from the sentences around the quote (frame "context")."""
    end = site.quote.marks.end
    tight = _TIGHT_CLEFT.match(text, end) is not None
    cleft = cleft_after(text, end) if tight else None
    if cleft is not None:
        # « « … », c'est ainsi que X a réagi »: the cleft in the quote's own sentence names the
        # source outright, before a parse that may read « ainsi que » as « and »
        return cleft
    found = attribute_sentence(site)
    if found is not None and found.mention is not None and found.frame != "context":
        return found
    # a cleft right after the quote names its source outright: it beats a guess from the
    # sentence before (« X a réagi. « … » C'est ce qu'a souligné Y. »; read once above when tight)
    return (None if tight else cleft_after(text, end)) or found


def attribute(
    text: str,
    quotes: Sequence[Quote],
    doc: ParsedDoc | None,
    resolver: SpeakerResolver | None = None,
    *,
    before_each: Callable[[int], object] | None = None,
) -> tuple[Quote, ...]:
    """Attribute every quote of ``text`` (quotes in text order, offsets in ``text``).

    ``doc`` is the parse of (the relevant sentences of) ``text`` in original offsets; without one
    this raises :class:`~quoteattr.errors.ConfigurationError`. ``resolver`` defaults to
    :class:`MentionTextResolver`. ``before_each`` is called with each quote's start before its
    source is resolved, so that whatever else was said before it (reported clauses) is resolved
    first and counts as the previous speaker, as the reader met it.
    """
    parsed = require_parse(doc)
    names: SpeakerResolver = resolver if resolver is not None else MentionTextResolver(text)
    locator = Locator(parsed, quotes)
    sites = [locator.locate(quote) for quote in quotes]
    found = [_attribution(text, site) for site in sites]
    out: list[Quote] = []
    for quote, site, attribution in zip(quotes, sites, found, strict=True):
        kind = decide_kind(site, attribution)
        quote = attrs.evolve(quote, kind=kind)
        if attribution is None:
            out.append(quote)
            continue
        if kind is QuoteKind.TERM:
            rule = f"{attribution.rule}:term"
            out.append(attrs.evolve(quote, rule=rule, confidence=attribution.confidence))
            continue
        if before_each is not None:
            before_each(quote.marks.start)
        resolution = None
        mention = attribution.mention
        if mention is not None and not (mention.kind is MentionKind.IMPERSONAL and attribution.cue is None):
            individual = mention.kind is MentionKind.PRONOUN and speaks_as_one(quote.span.text_in(text))
            resolution = names.resolution(
                mention, before=quote.marks.start, individual=individual, until=quote.marks.end
            )
        out.append(_apply(text, quote, attribution, resolution))
    attributed = [a is not None and a.cue is not None for a in found]
    result = share_coordinated_speakers(text, out)
    result = share_participle_speakers(text, result)
    result = share_incise_speakers(text, result)
    result = continue_speakers(text, result, attributed)
    # « « … », rétorque X. « … » Et de proposer d'« … » »: the infinitive's quote goes on with a
    # speaker the quote before it got only by going on itself
    result = share_participle_speakers(text, result)
    result = named_after_speakers(text, result, attributed, names)
    result = topic_speakers(text, result, attributed, names)
    result = lead_speakers(text, result, attributed)
    result = beat_speakers(text, result, attributed, names)
    result = alternate_turns(text, take_turns(text, answer_the_addressed(text, result)))
    result = sole_voice_speakers(text, repeated_speakers(text, result))
    return _woven_last(text, result, sites, names)


def _woven_last(
    text: str, quotes: Sequence[Quote], sites: Sequence[QuoteSite], names: SpeakerResolver
) -> tuple[Quote, ...]:
    """Words quoted inside the clause of a named subject whose verb reports nothing, which no
    rule of the sentence nor of the text around it gave a source, are that subject's
    (:func:`~quoteattr.attribute.rules.woven_subject`): the last resort, tried after every
    other, so that it takes no quote a surer reading would give someone else."""
    out = list(quotes)
    for i, (quote, site) in enumerate(zip(quotes, sites, strict=True)):
        if quote.speaker is not None or quote.kind is not QuoteKind.PARTIAL or quote.depth > 0:
            continue
        found = woven_subject(site)
        if found is None or found.mention is None:
            continue
        resolution = names.resolution(found.mention, before=quote.marks.start, until=quote.marks.end)
        if resolution.speaker.name is None:
            continue
        out[i] = _apply(text, quote, found, resolution)
    return tuple(out)
