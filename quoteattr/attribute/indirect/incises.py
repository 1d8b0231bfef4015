"""The finders of a clause whose speech verb stands after it or beside it: an incise after
unmarked words (:func:`incise_clause`, and :func:`_split_by_incise` when the incise splits them), a
cleft after the sentence (:func:`cleft_clause`: « C'est ce qu'a annoncé X ») and an aside on *comme*
(:func:`comme_clause`: « Comme l'a rappelé X, … »).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex

from quoteattr.attribute.echo import cleft_after
from quoteattr.attribute.indirect.common import (
    _CLOSERS,
    Found,
    _Context,
    _inverted_verb,
    _outside_relatives,
    _span_of,
)
from quoteattr.attribute.indirect.sources import source_word
from quoteattr.attribute.rules import Attribution, incise_after
from quoteattr.attribute.rules.incises import comma_linked
from quoteattr.attribute.rules.prepositions import ASIDE_CLITICS, ASIDE_END, aside_verb, comme_aside
from quoteattr.attribute.rules.verbs import is_inverted_clitic
from quoteattr.attribute.vet import head_noun, source_noun
from quoteattr.lang.fr.cues import SPEECH_NOUNS
from quoteattr.lang.fr.incises import EUPHONIC_T
from quoteattr.lang.fr.indirect import CLAUSE_VERBS, DENYING_VERBS, PERCEPTION_VERBS
from quoteattr.lang.fr.verbs import INFINITIVE_ENDINGS, RELAYING_INCISE_VERBS, REPORTING_VERBS, lemma_of
from quoteattr.model import Span
from quoteattr.parse.types import Sentence, Word

__all__ = ["cleft_clause", "comme_clause", "incise_clause"]


def _may_speak(words: str) -> bool:
    """Whether an incise's inverted subject can name a source: a name or pronoun (a capital, a
    clitic « -t-il »), or a phrase whose head noun can (:func:`~quoteattr.attribute.vet.source_noun`:
    « a affirmé le ministre », « a indiqué le communiqué »). A noun of a thing is the verb's
    object, which a parser may leave after a misread clause (« …, a jugé le résultat « injuste » »)."""
    if any(w[:1].isupper() or "-" in w for w in words.split()):
        return True
    head = head_noun(words)
    return head is None or source_noun(head)


def _finite(sent: Sentence, word: Word) -> bool:
    """A finite verb, or one the tagger took for a participle though a subject stands before it
    (« Philippe Darnaud, …, fait l'objet d'une plainte, a confirmé le parquet »: « fait » read
    as the participle): a participle takes no subject of its own; nor does a noun (« La France
    table sur une hausse, dit le ministre », « table » tagged a noun with « France » its subject)."""
    if word.feats.get("VerbForm") == "Fin":
        return True
    misread = (word.upos in {"VERB", "AUX"} and word.feats.get("VerbForm") == "Part") or (
        word.upos == "NOUN" and word.text.islower()
    )
    return misread and any(
        c.deprel in {"nsubj", "nsubj:pass"} and c.start < word.start and c.upos in {"NOUN", "PROPN"}
        for c in sent.children(word)
    )


#: Verbs of sight that close a clause as an incise does but report what was seen, not said
#: (« …, a constaté un correspondant », « …, a-t-il remarqué »). Not the rest of
#: `PERCEPTION_VERBS`: an incise of « apprendre » or « lire » passes on a source's words (« …,
#: a-t-on appris de source policière », « …, lit-on dans le communiqué »), and « savoir » or
#: « entendre » are a phrase of saying's verb (« a fait savoir », « a laissé entendre »).
_SEEN_NOT_SAID = PERCEPTION_VERBS & {"voir", "constater", "observer", "remarquer", "découvrir"}


def incise_clause(ctx: _Context, index: int) -> list[Found]:
    """« Le projet sera abandonné, a-t-il dit » / « Trois écoles ont été touchées, a affirmé l'ONU. »
    / « Les effectifs vont augmenter assure le ministre. » (no comma: the speech verb and its
    subject close the sentence after a clause of its own)."""
    sent = ctx.doc.sentences[index]
    for word in sent:
        # the closing mark of a quote, the words after it outside any quote
        closing_mark = (
            word.text in _CLOSERS and word.index + 1 < len(sent) and not ctx.in_quote(sent[word.index + 1])
        )
        if word.index < 1 or (ctx.in_quote(word) and not closing_mark):
            continue
        if word.text == ",":
            verb = _inverted_verb(sent, word.index + 1)
        elif closing_mark and (after_mark := _inverted_verb(sent, word.index + 1)) is not None:
            # « La ville a « franchi un cap » a affirmé le maire »: the comma left out after the
            # closing mark, as news often types it; the incise reports the clause the mark ends
            verb = after_mark
        elif sent[word.index - 1].text != "," and _closing_incise(sent, word):
            verb = word
        else:
            continue
        if verb is None or _after_comme(sent, verb):
            continue  # « …, comme le souligne X »: an aside, read by comme_clause
        if lemma_of(verb.text, verb.lemma) in _SEEN_NOT_SAID:
            continue  # « …, a constaté un journaliste sur place »: what he saw, nobody's words
        before = sent.words[: word.index + 1] if closing_mark else sent.words[: word.index]
        if comma_linked(before):
            # « La route est sûre, mais, a ajouté le préfet, rien n'est joué »: the incise opens
            # the clause after the link, the words before it are not its own
            return _split_by_incise(ctx, index, before[-1:], verb)
        reported = _after_colon(ctx, before)
        outside = _outside_relatives(reported)
        comma = word.text == ","  # a quoted predicate only before a comma's incise, not a bare one
        if not any(
            _finite(sent, w) and (not ctx.in_quote(w) or (comma and _named_outside(ctx, outside, w)))
            for w in outside
        ):
            # « Derrière la banderole, la déléguée, a dénoncé … », « Paul Roux, qui dirige
            # l'enquête, a décrit une scène »: a subject, no clause; unless the incise splits
            # the reported words (« Cette aide, a-t-elle ajouté, transitera par l'UA »)
            return _split_by_incise(ctx, index, reported, verb)
        span = _span_of(ctx, before)
        if span is None or ctx.wholly_quoted(span) or len(before) < 3:
            return []
        topic_span = _span_of(ctx, reported)
        if reported is not before and (topic_span is None or ctx.wholly_quoted(topic_span, reported)):
            return []  # « Réforme des retraites : « … », prévient X »: a headline's topic and a quote
        attribution = incise_after(ctx.site(span))
        # « …, a fait savoir la mairie »: the cue of a phrase of saying starts on its first
        # verb, before the one the incise was read on
        starts = {verb.start, sent[verb.index - 1].start if verb.index > 0 else verb.start}
        if attribution is None or attribution.cue_span is None or attribution.cue_span.start not in starts:
            return []
        if attribution.mention is None and comma:
            return []  # « …, où le délégué, …, a dénoncé une provocation »: no subject after it, no incise
        if closing_mark and not _closes_after(ctx.doc.text, attribution):
            continue  # « Le groupe « État souverain » a revendiqué l'attaque après … »: its verb
        if attribution.mention is not None and not _may_speak(attribution.mention.span.text_in(ctx.doc.text)):
            continue  # « …, a jugé le résultat « injuste » »: the verb's object; an incise may follow
        if attribution.mention is not None and _series_goes_on(sent, attribution.mention.span.end):
            continue  # « L'allocution était fausse, prônait la rupture et attisait … »: one series
        # « …, ce que soulignent X »; « Grève : la circulation sera perturbée, prévient X »: the
        # words after a topic and its colon
        shown = _span_of(ctx, _before_resumptive(reported)) or span
        cut = _infinitive_after_incise(ctx, sent, verb, attribution, reported)
        if cut is not None and cut.end - cut.start > shown.end - shown.start:
            shown = cut  # the clause's longest unbroken part, as for a split clause
        if attribution.cue in RELAYING_INCISE_VERBS and _names_its_source(ctx, sent, before):
            # « Les prix vont monter, selon le ministre, rapporte l'agence »: the agency relays
            # the words whose source « selon » names (`sources.source_clause`)
            return []
        return [Found(index, shown, "indirect_incise", attribution)]
    return []


#: The end of an incise after its subject: a comma, the sentence's end, or a relative on the
#: subject (« … » a affirmé Paul Roux qui poursuit : »).
_INCISE_END = regex.compile(r"[ \t\u00a0\u202f]*(?:[,.;:!?…]|$|qui\b)")


def _closes_after(text: str, attribution: Attribution) -> bool:
    """Whether an incise typed with no comma after a quote's closing mark ends with its subject
    (a comma, the sentence's end or a relative on the subject after it): « … » a affirmé le
    maire. »; a verb whose clause goes on (« « État souverain » a revendiqué l'attaque après
    deux heures ») is the sentence's own, its object no subject."""
    mention = attribution.mention
    return mention is not None and _INCISE_END.match(text, mention.span.end) is not None


def _names_its_source(ctx: _Context, sent: Sentence, words: Sequence[Word]) -> bool:
    """Whether ``words``, outside quotation marks, hold a source preposition or locution
    (« selon », « d'après », « de l'avis de » …: :func:`~.sources.source_word`)."""
    lowered = [w.text.lower().replace("’", "'") for w in sent.words]
    return any(source_word(sent, lowered, w.index) is not None and not ctx.in_quote(w) for w in words)


#: Conjunctions that go on with a series of verbs sharing one subject (« … et attisait »,
#: « … ou expliquent »).
_SERIES_CONJUNCTIONS = frozenset({"et", "puis", "ou"})


def _series_goes_on(sent: Sentence, end: int) -> bool:
    """Whether « et », « puis » or « ou » and a verb follow the phrase ending at ``end`` before
    the next comma: the verb before that phrase was one of a series sharing the sentence's
    subject (« L'allocution était truffée de mensonges, prônait la rupture de l'accord et
    attisait les tensions », « Les riverains protestent, réclament des garanties ou menacent de
    porter plainte »), no incise, which closes its clause after its inverted subject."""
    after: list[Word] = []
    for word in sent.words:
        if word.start < end:
            continue
        if word.text in {",", ";", ":", "."}:
            break
        after.append(word)
    return any(
        word.text.lower() in _SERIES_CONJUNCTIONS and following.upos in {"VERB", "AUX"}
        for word, following in itertools.pairwise(after)
    )


def _named_outside(ctx: _Context, words: Sequence[Word], verb: Word) -> bool:
    """Whether a noun stands outside the marks before ``verb``, a verb inside them: « Un nouvel
    appel à la grève « n'est pas exclu », a prévenu l'intersyndicale » reports a clause whose
    subject the writer gives and whose predicate is quoted."""
    return any(w.upos in {"NOUN", "PROPN"} and w.start < verb.start and not ctx.in_quote(w) for w in words)


#: At most this many words between an incise's verb and the comma that closes the incise: its
#: inverted subject (« a déclaré le ministre de la Santé, »).
_INCISE_SUBJECT_WORDS = 8


def _split_by_incise(ctx: _Context, index: int, opening: Sequence[Word], verb: Word) -> list[Found]:
    """« Cette aide, a-t-elle ajouté, transitera par l'Union africaine »: an incise set off by
    commas inside unmarked reported words, after a phrase with no verb of its own (a subject, a
    date) and before the rest of the clause. The reported clause is the longest unbroken part
    (the guidelines' rule); the source is the incise's. A verb of its own in the opening words
    makes it no split clause (« Paul Roux, qui …, a décrit une scène, puis … » is read elsewhere).
    """
    sent = ctx.doc.sentences[index]
    if not opening or any(w.upos in {"VERB", "AUX"} or ctx.in_quote(w) for w in opening):
        return []
    first = _span_of(ctx, opening)
    if first is None:
        return []
    attribution = incise_after(ctx.site(first))
    if attribution is None or attribution.cue_span is None or attribution.cue_span.start != verb.start:
        return []
    if attribution.mention is not None and not _may_speak(attribution.mention.span.text_in(ctx.doc.text)):
        return []
    rest = _after_incise(sent, verb, attribution)
    if rest is None:
        return []
    if not any(
        w.upos in {"VERB", "AUX"} and (not ctx.in_quote(w) or _named_outside(ctx, rest, w)) for w in rest
    ):
        # the verb may be quoted when a noun outside the marks stands before it: « Mais, a-t-il
        # ajouté, cette victoire « ne change rien à sa vie » » holds a partial quote
        return []
    last = _span_of(ctx, rest)
    if last is None or ctx.wholly_quoted(last, rest):
        return []
    longest = last if last.end - last.start >= first.end - first.start else first
    return [Found(index, longest, "indirect_incise", attribution)]


def _after_incise(sent: Sentence, verb: Word, attribution: Attribution) -> list[Word] | None:
    """The words after the comma that closes an incise set inside a clause, past its subject, an
    apposition and all (« Cette aide, a ajouté la ministre, Anne Roux, transitera … »); ``None``
    when no such comma closes it or a verb comes first."""
    subject_end = verb.end if attribution.mention is None else attribution.mention.span.end
    reach = sent.words[verb.index + 1 : verb.index + 2 + _INCISE_SUBJECT_WORDS]
    closing = next((w for w in reach if w.text == "," and w.start >= subject_end), None)
    if closing is None or any(w.upos in {"VERB", "AUX"} for w in reach if w.start < closing.start):
        return None
    return list(sent.words[closing.index + 1 :])


def _infinitive_after_incise(
    ctx: _Context, sent: Sentence, verb: Word, attribution: Attribution, before: Sequence[Word]
) -> Span | None:
    """The words after an incise that cuts a verb from its infinitive (« La commune devra,
    juge la préfète, revoir tout son budget d'ici l'été »: « devra » before, « revoir … » after),
    a part of the same clause; ``None`` when the words before end on no finite verb or the words
    after open on no infinitive."""
    last = next((w for w in reversed(before) if w.upos != "PUNCT"), None)
    if last is None or last.upos not in {"VERB", "AUX"} or last.feats.get("VerbForm") != "Fin":
        return None
    rest = _after_incise(sent, verb, attribution)
    if not rest or not _infinitive(rest[0]):
        return None
    span = _span_of(ctx, rest)
    return None if span is None or ctx.wholly_quoted(span, rest) else span


def _infinitive(word: Word) -> bool:
    """Whether ``word`` is an infinitive, whatever the tagger made of a copula (« être » tagged an
    adverb before its adjective)."""
    if word.feats.get("VerbForm") == "Inf":
        return True
    form = word.text.lower()
    copula = word.deprel == "cop" and form in {"être", "devenir", "rester"}
    return copula or (word.upos in {"VERB", "AUX"} and form.endswith(INFINITIVE_ENDINGS))


def cleft_clause(ctx: _Context, index: int) -> list[Found]:
    """« Le projet sera abandonné. C'est ce qu'a annoncé lundi le maire. »: the cleft *c'est ce
    que* + a speech verb (or a speech noun and its source: « C'est le message du maire »,
    `SPEECH_NOUNS`) right after a sentence takes that whole sentence as what was said
    (:func:`~quoteattr.attribute.echo.cleft_after` reads the cleft, as for a quote before it); a
    verb of thought or perception (« c'est ce qu'a constaté X ») reports no words."""
    sent = ctx.doc.sentences[index]
    words = list(sent.words)
    while words and words[-1].upos == "PUNCT" and words[-1].text not in _CLOSERS:
        words.pop()
    span = _span_of(ctx, words)
    if span is None or ctx.wholly_quoted(span, words):
        return []
    if not any(w.feats.get("VerbForm") == "Fin" and not ctx.in_quote(w) for w in words):
        return []  # a title or a list, no clause
    attribution = cleft_after(ctx.doc.text, span.end)
    if attribution is None or (attribution.cue not in CLAUSE_VERBS and attribution.cue not in SPEECH_NOUNS):
        return []
    return [Found(index, span, "indirect_cleft", attribution)]


def comme_clause(ctx: _Context, index: int) -> list[Found]:
    """« Comme l'a rappelé le procureur, **l'enquête ne fait que commencer** »: an aside on
    *comme* whose speech verb takes up the clause it is set in (the neuter « l' » or « le ») and
    has its subject after it says whose words the rest of the sentence reports. The aside opens
    the sentence or follows a comma; the reported words are the longest unbroken part of the
    sentence outside it (as for an incise), a part with a verb of its own outside any quotation
    and not wholly one quotation. The source is read as for a quote beside such an aside
    (:func:`~quoteattr.attribute.rules.prepositions.comme_aside`): not when the sentence has
    another speech verb (« X a dit que …, comme l'a rappelé Y » is X's), nor when the subject
    cannot speak (« comme l'indique son nom »)."""
    sent = ctx.doc.sentences[index]
    words = sent.words
    for comme in words:
        if comme.text.lower() != "comme" or ctx.in_quote(comme):
            continue
        opens = all(w.upos == "PUNCT" for w in words[: comme.index])
        if not opens and words[comme.index - 1].text != ",":
            continue
        verb = aside_verb(sent, comme)
        if verb is None or not any(w.text.lower() in ASIDE_CLITICS for w in words[comme.index : verb.index]):
            continue
        end = next((w.index for w in words[verb.index + 1 :] if w.text in ASIDE_END), len(words))
        parts = [
            [w for w in part if w.text not in {",", "."}] for part in (words[: comme.index], words[end:])
        ]
        reported = max(parts, key=len)
        if not any(w.upos in {"VERB", "AUX"} and not ctx.in_quote(w) for w in reported):
            continue
        span = _span_of(ctx, reported)
        if span is None or len(reported) < 3 or ctx.wholly_quoted(span, reported):
            continue
        attribution = comme_aside(ctx.site(span))
        if attribution is None or attribution.cue_span is None or attribution.cue_span.start != verb.start:
            continue
        return [Found(index, span, "indirect_comme", attribution)]
    return []


def _after_comme(sent: Sentence, verb: Word) -> bool:
    """Whether ``verb`` is the speech verb of an aside on « comme » (« comme l'a rappelé X »)."""
    return any(w.text.lower() == "comme" and aside_verb(sent, w) is verb for w in sent.words[: verb.index])


def _after_colon(ctx: _Context, words: Sequence[Word]) -> Sequence[Word]:
    """The words after the last colon outside any quotation, or ``words`` when there is none."""
    colons = [k for k, w in enumerate(words) if w.text == ":" and not ctx.in_quote(w)]
    return words[colons[-1] + 1 :] if colons else words


def _closing_incise(sent: Sentence, verb: Word) -> bool:
    """« … assure Christophe Castaner. »: a speech verb whose subject follows it and ends the
    sentence, after words that hold a finite verb of their own."""
    if _glued_tag(sent, verb):
        return True
    if verb.upos != "VERB" or verb.feats.get("VerbForm") != "Fin":
        return False
    if lemma_of(verb.text, verb.lemma) not in REPORTING_VERBS or _inverted_verb(sent, verb.index) is None:
        return False
    if _resumes_to_deny(sent, verb):
        return False  # « …, ce que contestent les syndicats »: they deny the clause, not say it
    subjects = [c for c in sent.children(verb) if c.deprel in {"nsubj", "expl:subj"}]
    if not subjects or any(c.start < verb.start for c in subjects):
        return False
    tail = [
        w for w in sent.words if w.start > verb.start and w.index not in _subtree_indices(sent, subjects[0])
    ]
    if any(w.upos != "PUNCT" for w in tail):
        return False
    return _finite_before(sent, verb.index)


def _before_resumptive(words: Sequence[Word]) -> Sequence[Word]:
    """``words`` without a resumptive « ce que » closing them and its comma (« …, ce que
    soulignent les délégués »): it takes up the words before, which are what was said."""
    if len(words) > 2 and words[-1].text.lower() in {"que", "qu'", "qu’"} and words[-2].text.lower() == "ce":
        words = words[:-2]
        while words and words[-1].text == ",":
            words = words[:-1]
    return words


def _resumes_to_deny(sent: Sentence, verb: Word) -> bool:
    """Whether ``verb`` follows a resumptive « ce que » and denies what it takes up
    (`DENYING_VERBS`: « …, ce que contestent les syndicats »): the clause before is what they
    dispute, not their words. « …, ce que soulignent les délégués » reports it."""
    k = verb.index
    return (
        k > 1
        and sent[k - 1].text.lower() in {"que", "qu'", "qu’"}
        and sent[k - 2].text.lower() == "ce"
        and lemma_of(verb.text, verb.lemma) in DENYING_VERBS
    )


def _glued_tag(sent: Sentence, word: Word) -> bool:
    """« … pour affiner le bilan estime-t-il. »: a speech verb with its subject clitic glued to it
    (« -il », « -t » « -elle ») and nothing after but punctuation, after words that hold a finite
    verb of their own: a tag with no comma typed before it, whatever the tagger made of the verb
    (here an adverb)."""
    k = word.index + 1
    if k < len(sent) and sent[k].text.lower() in EUPHONIC_T:
        k += 1
    if k >= len(sent) or not is_inverted_clitic(sent[k]) or word.text[:1].isupper():
        return False
    if lemma_of(word.text.lower(), word.lemma.lower()) not in REPORTING_VERBS:
        return False
    if any(w.upos != "PUNCT" for w in sent.words[k + 1 :]):
        return False
    return _finite_before(sent, word.index)


def _finite_before(sent: Sentence, index: int) -> bool:
    """Whether a finite verb stands before word ``index``: the clause a closing tag reports."""
    return any(w.upos in {"VERB", "AUX"} and w.feats.get("VerbForm") == "Fin" for w in sent.words[:index])


def _subtree_indices(sent: Sentence, word: Word) -> frozenset[int]:
    return frozenset(w.index for w in sent.subtree(word))
