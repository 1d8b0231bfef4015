"""A quote announced by the sentence before it: « Le maire a réagi dans la soirée. « C'est une
honte. » »: with no colon, a speech verb whose sentence ends right before a quote opening its own
sentence introduces it, as « X a réagi : « … » » would.
"""

from __future__ import annotations

import regex

from quoteattr.attribute.rules.attribution import CONFIDENCE, Attribution
from quoteattr.attribute.rules.subjects import speaker_like, speaker_of_verb
from quoteattr.attribute.rules.verbs import cue_lemma, is_reporting, verbish
from quoteattr.attribute.site import QuoteSite
from quoteattr.model import MarkStyle
from quoteattr.parse.prepare import ANNOUNCING_GAP

__all__ = ["speech_before"]

#: Quotation marks: an announcing sentence holds none (its speech verb has its own words).
_MARKS = regex.compile(r"[«»“”\"‹›]")


def speech_before(site: QuoteSite) -> Attribution | None:
    """X a réagi. « … » / X s'est exprimé devant la presse.⏎« … »: the subject of the speech
    verb that heads the sentence right before a quote which opens its own sentence, holds a whole
    utterance (a capital first) and has no tag of its own."""
    if site.first <= 0 or site.frame_before() or site.quote.mark is MarkStyle.DIALOGUE_DASH:
        return None  # a dialogue line follows narration: turn-taking reads it
    text = site.doc.text
    content = site.quote.span.text_in(text)
    if not content[:1].isupper():
        return None
    if any(verbish(site.sentence(i), w) for i, w in site.frame_after()):
        return None  # « … », a-t-on appris: the quote's own tag, even without a source
    index = site.first - 1
    sent = site.sentence(index)
    if ANNOUNCING_GAP.fullmatch(text, sent.span.end, site.quote.marks.start) is None:
        return None
    if _MARKS.search(text, sent.span.start, sent.span.end):
        return None
    root = sent.root
    if root is None or not verbish(sent, root) or not is_reporting(sent, root, incise=False):
        return None
    mention = speaker_of_verb(site, index, root, inverted=False)
    if mention is None or not speaker_like(site, mention):
        return None
    return Attribution(
        rule="speech_before",
        confidence=CONFIDENCE["speech_before"],
        cue=cue_lemma(sent, root),
        cue_span=root.span.with_source(text),
        mention=mention,
        frame="context",
    )
