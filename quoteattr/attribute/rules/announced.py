"""A quote announced by the sentence before it: « Le maire a réagi dans la soirée. « C'est une
honte. » »: with no colon, a speech verb whose sentence ends right before a quote opening its own
sentence introduces it, as « X a réagi : « … » » would.
"""

from __future__ import annotations

import regex

from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.rules.attribution import CONFIDENCE, Attribution
from quoteattr.attribute.rules.governing import finite_or_compound
from quoteattr.attribute.rules.subjects import inverted_subject, mention_at, speaker_like, speaker_of_verb
from quoteattr.attribute.rules.verbs import cue_lemma, is_reporting, verbish
from quoteattr.attribute.site import QuoteSite
from quoteattr.model import MarkStyle
from quoteattr.parse.prepare import ANNOUNCING_GAP
from quoteattr.parse.types import Sentence, Word

__all__ = ["speech_before", "subject_before", "woven_subject"]

#: Quotation marks: an announcing sentence holds none (its speech verb has its own words).
_MARKS = regex.compile(r"[«»“”\"‹›]")


def speech_before(site: QuoteSite) -> Attribution | None:
    """X a réagi. « … » / X s'est exprimé devant la presse.⏎« … »: the subject of the speech
    verb that heads the sentence right before a quote which opens its own sentence, holds a whole
    utterance (a capital first) and has no tag of its own."""
    found = _sentence_before(site)
    if found is None:
        return None
    index, sent, root = found
    incise = _closing_incise(sent)
    if incise is not None:
        root = incise  # « …, assure Paul Roux. « … » »: the speech verb the sentence ends on
    if not is_reporting(sent, root, incise=incise is not None):
        return None
    mention = (
        speaker_of_verb(site, index, root, inverted=False)
        if incise is None
        else _incise_speaker(site, index, incise)
    )
    if mention is None or not speaker_like(site, mention):
        return None
    return Attribution(
        rule="speech_before",
        confidence=CONFIDENCE["speech_before"],
        cue=cue_lemma(sent, root),
        cue_span=root.span.with_source(site.doc.text),
        mention=mention,
        frame="context",
    )


def subject_before(site: QuoteSite) -> Attribution | None:
    """L'accusé s'est levé et s'est tourné vers les parents. « Je pense à lui tous les jours. »:
    a whole utterance in marks with no tag of its own, right after a sentence (same paragraph)
    whose main verb reports nothing, is the words of that sentence's subject when it is a
    person, a group or a body that can speak: the news writes what someone did, then what they
    said. No cue; a lower certainty than a speech verb's (``speech_before``)."""
    found = _sentence_before(site)
    if found is None:
        return None
    index, sent, root = found
    if "\n" in site.doc.text[sent.span.end : site.quote.marks.start]:
        return None  # a new paragraph may turn to someone else
    if _closing_incise(sent) is not None:
        return None  # « …, assure Paul Roux. »: a speech verb, whose subject is after it
    mention = speaker_of_verb(site, index, root, inverted=False)
    if mention is None or mention.kind is MentionKind.DOCUMENT or not speaker_like(site, mention):
        return None
    return Attribution(
        rule="subject_before", confidence=CONFIDENCE["subject_before"], mention=mention, frame="context"
    )


def _incise_speaker(site: QuoteSite, index: int, verb: Word) -> Mention | None:
    """The subject after the incise ``verb`` that closes sentence ``index``: past it, never the
    phrase before the comma the parser may have made its subject (« l'esprit du fondateur …,
    assure Paul Roux »)."""
    sent = site.sentence(index)
    subject = inverted_subject(sent, verb, lambda w: w.start > verb.start and site.is_frame(index, w))
    return None if subject is None else mention_at(site, index, subject)


def _closing_incise(sent: Sentence) -> Word | None:
    """The verb that closes ``sent`` as an incise: after a comma, followed by nothing but its
    subject (« Le projet avance, assure Paul Roux. »); the words before the comma are what it
    reports, and the subject of the speech is the one after it. ``None`` for any other end."""
    verbs = [w for w in sent.words if w.upos == "VERB"]
    if not verbs:
        return None
    verb = verbs[-1]
    k = verb.index - 1
    while k > 0 and sent[k].upos == "AUX":
        k -= 1
    if k < 1 or sent[k].text != ",":
        return None
    after = [w for w in sent.words[verb.index + 1 :] if w.upos != "PUNCT"]
    if not after or after[0].upos not in {"NOUN", "PROPN", "DET"}:
        return None
    return None if any(w.upos in {"AUX", "SCONJ", "ADP"} for w in after) else verb


#: A quote that ends a sentence inside its marks, then a capital: the next sentence begins.
_SENTENCE_AFTER = regex.compile(r"[.!?…]\s*[»”\"›]\s+\p{Lu}")


def _closes_sentence(text: str, site: QuoteSite) -> bool:
    """Whether the quote ends its sentence and a new one follows (« … pardonniez. » Nathalie
    Leroux a quitté la salle): the words after it are no tag of the quote, though the parser may
    have kept them in its sentence."""
    return _SENTENCE_AFTER.match(text, max(0, site.quote.marks.end - 3)) is not None


#: A line break with the blanks around it.
_LINE_START = regex.compile(r"\n[ \t\u00a0]*\Z")
_LINE_END = regex.compile(r"[ \t\u00a0]*\n")
#: What ends an utterance inside its marks.
_UTTERANCE_END = (".", "!", "?", "…")


def _heading(text: str, site: QuoteSite) -> bool:
    """Whether the quote is an intertitle: alone on its line, with no end punctuation inside its
    marks (« Nous avons reçu le dossier mardi. ⏎ « Un dossier incomplet » ⏎ Selon l'avocate, … »):
    news heads a section with words it quotes further on, whoever said them; the sentence before
    does not announce it."""
    marks = site.quote.marks
    before = text[max(0, marks.start - 40) : marks.start]
    if _LINE_START.search(before) is None:
        return False
    if marks.end <= site.quote.span.end or _LINE_END.match(text, marks.end) is None:
        return False  # unclosed, or the text ends: no line of its own
    return not site.quote.span.text_in(text).rstrip().endswith(_UTTERANCE_END)


def _sentence_before(site: QuoteSite) -> tuple[int, Sentence, Word] | None:
    """The sentence right before a quote that opens its own sentence, holds a whole utterance
    (a capital first) and has no tag of its own; with its index and its verbal root. ``None``
    when there is no such sentence, it holds marks of its own or is a dialogue's narration."""
    if site.first <= 0 or site.frame_before() or site.quote.mark is MarkStyle.DIALOGUE_DASH:
        return None  # a dialogue line follows narration: turn-taking reads it
    text = site.doc.text
    content = site.quote.span.text_in(text)
    if not content[:1].isupper() or _heading(text, site):
        return None
    if not _closes_sentence(text, site) and any(verbish(site.sentence(i), w) for i, w in site.frame_after()):
        return None  # « … », a-t-on appris: the quote's own tag, even without a source
    index = site.first - 1
    sent = site.sentence(index)
    if ANNOUNCING_GAP.fullmatch(text, sent.span.end, site.quote.marks.start) is None:
        return None
    if _MARKS.search(text, sent.span.start, sent.span.end):
        return None
    root = sent.root
    if root is None or not verbish(sent, root):
        return None
    return index, sent, root


#: Relations that open a clause of its own between a quote and a verb above it: its words are
#: that clause's, not the upper verb's subject's.
_OWN_CLAUSE = frozenset({"ccomp", "advcl", "acl", "acl:relcl", "parataxis", "conj", "csubj", "xcomp"})


def woven_subject(site: QuoteSite) -> Attribution | None:
    """Le collectif Sud bloque le dépôt « jusqu'à un accord écrit de la direction »; Anne Petit a
    dédié sa victoire « à toutes les soignantes »: words quoted inside the clause of a finite
    verb that reports nothing, with a subject who can speak, are that subject's: the writer
    tells what they did in their own words. Not when a clause of its own lies between the quote
    and the verb, nor when the quote is inside the subject; the lowest certainty of the rules."""
    for index, top in site.top_words():
        sent = site.sentence(index)
        previous = top
        for ancestor in sent.ancestors(top):
            if previous.deprel in _OWN_CLAUSE:
                break
            previous = ancestor
            if site.is_inside(index, ancestor) or ancestor.upos != "VERB":
                continue
            if not finite_or_compound(sent, ancestor) or is_reporting(sent, ancestor, incise=False):
                return None
            mention = speaker_of_verb(site, index, ancestor, inverted=False)
            if mention is None or mention.kind is not MentionKind.NAME or not speaker_like(site, mention):
                return None
            return Attribution(
                rule="woven_subject", confidence=CONFIDENCE["woven_subject"], mention=mention, frame="woven"
            )
    return None
