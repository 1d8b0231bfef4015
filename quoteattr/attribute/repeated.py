"""Words quoted twice: a quote with no source takes the source of the same words quoted again.

News repeats a quote it attributes in its body as a headline, a subheading or a lead, where no
tag can stand (« "Nous ne lâcherons rien" / … / « Nous ne lâcherons rien », a lancé Marie
Durand devant les grévistes »); an article may also take up in passing words it quoted earlier
with their source. The same words, long enough not to be a common phrase, are the same
speaker's. A title quotes the words it picks from the text it heads, however few: a headline's
or a subheading's quote is the source's who says those words below it (« Un accord
"historique" ⏎ … Le maire a salué un accord "historique" »). Run after every other rule, on the
quotes they left without a source or gave the speaker of the quote before them (a
continuation, which the repeated words overrule).

>>> from quoteattr.attribute.repeated import quoted_words
>>> quoted_words("Nous ne lâcherons rien !")
('nous', 'ne', 'lâcherons', 'rien')
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quoteattr.attribute.entities.regions import quoted_subheading_regions, subheading_regions
from quoteattr.attribute.resolve_score import HEADLINE_MAX_CHARS
from quoteattr.model import MarkStyle, Quote, QuoteKind, ResolvedBy, Speaker

__all__ = ["MIN_REPEATED_WORDS", "REPEATED_CONFIDENCE", "quoted_words", "repeated_speakers"]

#: The fewest words a quote must hold for its repetition to name its source: three words
#: (« pas de panique ») are a common phrase that two sources may say.
MIN_REPEATED_WORDS = 4
#: The rule of a speaker carried over from the quote before (:mod:`.discourse`): a guess that
#: words quoted again elsewhere with their source overrule (« « … », a dit X. ⏎ « On est en mode
#: survie » ⏎ … témoigne une gérante : « On est en mode survie. … » »: the subheading repeats the
#: next quote, not the one before).
_CONTINUED = "continuation"
#: At most this confidence for a source taken from the same words quoted elsewhere.
REPEATED_CONFIDENCE = 0.75

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*")


def quoted_words(text: str) -> tuple[str, ...]:
    """The words of a quote, lowercased, without its punctuation or spacing."""
    return tuple(w.lower().replace("’", "'") for w in _WORD.findall(text))


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether ``part`` is a run of consecutive ``words``."""
    n = len(part)
    return any(words[k : k + n] == part for k in range(len(words) - n + 1))


def repeated_speakers(text: str, quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """Give each quote left without a source the speaker of the nearest quote whose words hold
    all its words, when it holds at least :data:`MIN_REPEATED_WORDS` and every such quote has
    that one speaker (rule ``repeated``); its confidence is the other quote's, at most
    :data:`REPEATED_CONFIDENCE`. Not a term, a dialogue line (whose speaker the turns say) nor
    a quote inside another; reported clauses, whose words are the writer's, give no source.

    A quote whose source stayed a description the text names no one for takes the name the
    same words are given elsewhere (:func:`_named_elsewhere`: « « … », juge le directeur de
    l'institut » in a headline, « « … », a déclaré Gilles Roux » in the body), keeping its own
    mention, cue and rule."""
    words = [quoted_words(q.span.text_in(text)) for q in quotes]
    titles = _titles(text)
    out = list(quotes)
    for i, quote in enumerate(quotes):
        named = _named_elsewhere(quotes, words, i)
        if named is not None:
            out[i] = named
            continue
        headed = _headed(titles, quote.span.start, len(text))
        # a title's quote with no source reads as a term; the body saying its words makes them said
        kinds = {QuoteKind.DIRECT, QuoteKind.PARTIAL} | ({QuoteKind.TERM} if headed is not None else set())
        if (
            (quote.speaker is not None and quote.rule != _CONTINUED)
            or quote.kind not in kinds
            or quote.mark is MarkStyle.DIALOGUE_DASH
            or quote.depth > 0
            or not words[i]
            or (len(words[i]) < MIN_REPEATED_WORDS and headed is None)
        ):
            continue
        holders = _named_holders(quotes, words, i)
        if len(words[i]) < MIN_REPEATED_WORDS and headed is not None:
            # a title's few words: only as the text it heads quotes them
            holders = [(j, s) for j, s in holders if headed[0] <= quotes[j].span.start < headed[1]]
        sources = {j: speaker.name for j, speaker in holders}
        if len(set(sources.values())) != 1:
            continue
        source = quotes[min(sources, key=lambda j: abs(quotes[j].span.start - quote.span.start))]
        if source.rule == _CONTINUED:
            continue  # a guess of the same kind: no evidence over the one the quote has
        out[i] = attrs.evolve(
            quote,
            kind=QuoteKind.PARTIAL if quote.kind is QuoteKind.TERM else quote.kind,
            speaker=source.speaker,
            cue=None,
            rule="repeated",
            confidence=min(source.confidence, REPEATED_CONFIDENCE),
        )
    return tuple(out)


def _titles(text: str) -> tuple[tuple[int, int], ...]:
    """The title lines of ``text``: its first line when it is a short one (at most
    :data:`~.resolve_score.HEADLINE_MAX_CHARS`) with more text after it (a headline), then its
    subheadings (:func:`subheading_regions`), those that are wholly one quotation among them
    (:func:`quoted_subheading_regions`), in text order."""
    first = text.find("\n")
    headline = ((0, first),) if 0 < first <= HEADLINE_MAX_CHARS and text[first:].strip() else ()
    return headline + tuple(sorted(subheading_regions(text) + quoted_subheading_regions(text)))


def _headed(titles: Sequence[tuple[int, int]], at: int, length: int) -> tuple[int, int] | None:
    """The stretch of text the title holding offset ``at`` heads: from the title's end to the
    next subheading (a headline heads the whole text); ``None`` when ``at`` is in no title."""
    for k, (start, end) in enumerate(titles):
        if start <= at < end:
            last = start == 0 or k + 1 == len(titles)
            return end, length if last else titles[k + 1][0]
    return None


def _named_elsewhere(quotes: Sequence[Quote], words: Sequence[tuple[str, ...]], i: int) -> Quote | None:
    """``quotes[i]``, whose source is a description kept as written (``resolved_by`` words),
    given the named speaker of the other quotes whose words hold all its words (at least
    :data:`MIN_REPEATED_WORDS`), when they all have that one, spelled out in the text; its
    mention, cue and rule stay its own. ``None`` otherwise."""
    quote = quotes[i]
    speaker = quote.speaker
    if speaker is None or speaker.resolved_by is not ResolvedBy.WORDS or quote.depth > 0:
        return None
    if quote.kind not in {QuoteKind.DIRECT, QuoteKind.PARTIAL} or len(words[i]) < MIN_REPEATED_WORDS:
        return None
    named = {
        other.name: other
        for _, other in _named_holders(quotes, words, i)
        if other.resolved_by is ResolvedBy.SPELLED
    }
    if len(named) != 1:
        return None
    (found,) = named.values()
    return attrs.evolve(quote, speaker=attrs.evolve(found, mention=speaker.mention))


def _named_holders(
    quotes: Sequence[Quote], words: Sequence[tuple[str, ...]], i: int
) -> list[tuple[int, Speaker]]:
    """The other quotes in marks, not inside another nor terms, whose words hold all the words
    of ``quotes[i]`` and whose speaker has a name: their indices and speakers."""
    return [
        (j, other.speaker)
        for j, other in enumerate(quotes)
        if j != i
        and other.speaker is not None
        and other.speaker.name is not None
        and other.kind not in {QuoteKind.INDIRECT, QuoteKind.TERM}
        and other.depth == 0
        and _contains(words[j], words[i])
    ]
