"""Rules for a source given by a preposition or locution: selon X, d'après X, pour X, aux yeux de X;
and by an aside on « comme »: comme l'a rappelé X."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quoteattr.attribute.phrases import last_mentioned, surface_subject
from quoteattr.attribute.rules.attribution import CONFIDENCE, Attribution
from quoteattr.attribute.rules.subjects import SUBJECT_RELATIONS, mention_at, speaker_like
from quoteattr.attribute.rules.verbs import AUXILIARY_FORMS, cue_lemma, is_reporting, reporting_form
from quoteattr.attribute.site import QuoteSite
from quoteattr.lang.fr.indirect import DURATION_NOUNS, TIME_WORDS
from quoteattr.lang.fr.marks import STYLE_CLOSERS
from quoteattr.lang.fr.roles import role_of
from quoteattr.lang.fr.sources import (
    CONFORMITY_NOUNS,
    POINT_OF_VIEW_LOCUTIONS,
    POINT_OF_VIEW_PREPOSITIONS,
    SOURCE_LOCUTIONS,
    SOURCE_PREPOSITIONS,
    VARIATION_VERBS,
    opens_clause,
    possessed_source,
)
from quoteattr.lang.fr.titles import ELIDED_DE
from quoteattr.lang.fr.verbs import MODAL_VERBS
from quoteattr.parse.types import Sentence, Word

__all__ = [
    "ASIDE_CLITICS",
    "ASIDE_END",
    "aside_verb",
    "comme_aside",
    "in_keeping_with",
    "last_mentioned",
    "source_preposition",
]

#: Nouns of someone's words: "selon X" with one of these means "selon" whoever said them.
_WORDS_OF = frozenset(
    {"mot", "terme", "propos", "parole", "dire", "déclaration", "affirmation", "aveu", "témoignage", "récit",
     "version", "explication", "confidence"}
)  # fmt: skip


_RELATIVE_PRONOUNS = frozenset({"que", "qu'", "qu’", "qui", "ce", "c'", "c’"})


def _locution_at(lowered: Sequence[str], position: int) -> tuple[str, int] | None:
    """The source locution (« aux yeux de ») opening at ``position`` of the words ``lowered``
    (lowercase, straight apostrophes: a frame's words, lowered once per frame), and the index
    of its last word."""
    for locution, cue in SOURCE_LOCUTIONS.items():
        end = position + len(locution)
        if tuple(lowered[position:end]) == locution:
            return cue, end - 1
    return None


def _relative_speaker(sent: Sentence, head: Word) -> Word | None:
    """The subject of the relative clause on a bare "ce" ("ce qu'a déclaré X", "ce que X a dit")."""
    if head.text.lower() not in {"ce", "c'", "c’"}:
        return None
    for clause in sent.children(head):
        if clause.deprel != "acl:relcl":
            continue
        children = sent.children(clause)
        for c in children:
            if c.deprel in SUBJECT_RELATIONS and c.text.lower() not in _RELATIVE_PRONOUNS:
                return c
        # « ce qu'a confié à la radio Paul Roux »: « qu' » is the object, so the noun after the
        # verb the parser also called an object is the inverted subject
        if any(c.deprel == "obj" and c.text.lower() in _RELATIVE_PRONOUNS for c in children):
            after = [
                c
                for c in children
                if c.deprel == "obj" and c.start > clause.start and c.upos in {"NOUN", "PROPN"}
            ]
            if after:
                return after[0]
    return _ordered_relative_speaker(sent, head)


def _ordered_relative_speaker(sent: Sentence, head: Word) -> Word | None:
    """The speaker of « ce que » + a speech verb read from the word order, for a parser that
    made no relative of it: the subject after the verb (« selon ce qu'a confié à la radio Paul
    Roux », read as :func:`~quoteattr.attribute.phrases.surface_subject` reads an incise's) or
    the noun before it (« selon ce que le maire a dit »)."""
    words = sent.words
    que = head.index + 1
    if que >= len(words) or words[que].text.lower().replace("’", "'") not in {"que", "qu'"}:
        return None
    verb = next((w for w in words[que + 1 : que + 8] if w.upos == "VERB"), None)
    if verb is None or not is_reporting(sent, verb, incise=False):
        return None
    between = words[que + 1 : verb.index]
    if all(w.upos == "AUX" for w in between):
        mention = surface_subject(sent, -1, verb, sent.span.source or "")
        if mention is None:
            return None
        members = set(mention.words)
        return next(
            (words[i] for i in mention.words if words[i].head not in members and words[i].upos != "DET"), None
        )
    return next((w for w in between if w.upos in {"NOUN", "PROPN", "PRON"}), None)


#: The most words in the object between a verb of variation and « selon ».
_OBJECT_WORDS = 4


def in_keeping_with(sent: Sentence, prep: Word) -> bool:
    """Whether « selon » / « suivant » / « d'après » at ``prep`` means « in keeping with » or
    « depending on », not « in the words of »: its noun is a standard or a measure (« selon les
    critères ACUITY et TIMI », « selon les plans de l'architecte X », `CONFORMITY_NOUNS`), « les
    sources » alone (:func:`_sources_differ`), or it follows a verb of variation, or its object
    (« le contenu diffère selon les facultés », « moduler les tarifs selon les quartiers »,
    `VARIATION_VERBS`). « suivant » right after a word of time is no preposition at all but the
    adjective *next* (« le jeudi suivant », « le mois suivant »)."""
    if prep.text.lower() == "suivant" and prep.index > 0:
        before = sent[prep.index - 1].text.lower()
        if before in TIME_WORDS or before in DURATION_NOUNS:
            return True
    k = prep.index - 1
    while k >= 0 and sent[k].upos == "ADV":
        k -= 1
    # past the verb's object: « moduler les tarifs selon les quartiers »
    j = k
    while j >= 0 and k - j < _OBJECT_WORDS and sent[j].upos in {"DET", "NOUN", "ADJ"}:
        j -= 1
    for verb in (k, j):
        if verb >= 0 and sent[verb].upos in {"VERB", "AUX"} and sent[verb].lemma.lower() in VARIATION_VERBS:
            return True
    for w in sent.words[prep.index + 1 :]:
        if w.upos in {"NOUN", "PROPN", "PRON"}:
            return (w.upos == "NOUN" and w.lemma.lower() in CONFORMITY_NOUNS) or _sources_differ(
                sent, prep, w
            )
        if w.upos not in {"DET", "ADJ", "NUM"}:
            return False
    return False


def _sources_differ(sent: Sentence, prep: Word, noun: Word) -> bool:
    """« Entre 3 000 et 5 000 étudiants, selon les sources, ont défilé »: « selon les sources »
    alone means « depending on the sources » (they differ), naming none; not « selon des
    sources policières », « selon plusieurs sources », whose words tell the source."""
    if noun.text.lower() != "sources" or noun.index != prep.index + 2:
        return False
    after = sent[noun.index + 1] if noun.index + 1 < len(sent) else None
    return sent[prep.index + 1].text.lower() == "les" and (after is None or after.upos == "PUNCT")


def _source_noun(sent: Sentence, prep: Word) -> Word | None:
    if prep.deprel in {"case", "fixed"} or prep.upos == "ADP":
        head = sent.head_of(prep)
        while head is not None and head.deprel == "fixed":
            head = sent.head_of(head)
        nominal = head is not None and (_nominal(head) or last_mentioned(sent, head))
        if head is not None and nominal and head.start > prep.start:
            said_by = _relative_speaker(sent, head)
            if said_by is not None:  # "selon ce qu'a confié X": X
                return said_by
            if head.lemma.lower() in _WORDS_OF:  # "selon les mots du procureur", "la déclaration de X"
                for c in sent.children(head):
                    if c.deprel == "nmod" and c.upos in {"NOUN", "PROPN", "PRON"}:
                        return c
            return head
    for w in sent.words[prep.index + 1 :]:
        if _nominal(w):
            return w
        if w.upos not in {"DET", "ADJ", "ADP", "NUM"}:
            return None
    return None


def _nominal(word: Word) -> bool:
    """Whether a word after a source's preposition can head its phrase: a noun, a name or a
    pronoun, or a capitalised word the tagger took for a verb (« selon Tamsir Kounta », where
    « Tamsir » read as a verb: French writes no verb with a capital after a preposition)."""
    return word.upos in {"NOUN", "PROPN", "PRON"} or (
        word.upos in {"VERB", "AUX"} and word.text[:1].isupper()
    )


def _clause_after(sent: Sentence, noun: Word) -> Word | None:
    """The comma after a source's ``noun`` that opens the clause it is the source of (a finite
    verb comes before any other comma: « Selon Paul Roux, la nomination de Marie Dupont sera « … » »),
    where the source's phrase ends whatever the parser hung on it; ``None`` when the words after
    the comma are an apposition (« selon Paul Roux, délégué du personnel, … »)."""
    comma = next((w for w in sent.words[noun.index + 1 :] if w.text == ","), None)
    if comma is None:
        return None
    for word in sent.words[comma.index + 1 :]:
        if word.text == ",":
            return None
        if word.upos in {"VERB", "AUX"} and word.feats.get("VerbForm") == "Fin":
            return comma  # a finite verb: not « délégué du personnel navigant »
    return None


def source_preposition(site: QuoteSite) -> Attribution | None:
    """selon X, « … » / « … », d'après X / pour X, « … » / aux yeux de X …"""
    text = site.doc.text
    for index in range(site.first, site.last + 1):
        sent = site.sentence(index)
        frame = [w for w in sent if site.is_frame(index, w)]
        lowered = [w.text.lower().replace("’", "'") for w in frame]
        written = [w.text for w in frame]
        for position in _nearest_first(site, frame, lowered):
            word = frame[position]
            low = lowered[position]
            possessed = possessed_source(written, position)
            if possessed is not None:
                # « À ses yeux, « … » », « selon ses dires, … »: the possessor's words or view
                return Attribution(
                    rule="source_preposition",
                    confidence=CONFIDENCE["source_preposition"],
                    cue=possessed[0],
                    cue_span=word.span.with_source(text),
                    mention=mention_at(site, index, frame[possessed[1]]),
                    frame="preposition",
                )
            cue: str | None = None
            anchor = word
            if low in SOURCE_PREPOSITIONS:
                cue = SOURCE_PREPOSITIONS[low]
            elif low == "après" and position > 0 and frame[position - 1].text.lower() in ELIDED_DE:
                cue = "d'après"
            else:
                located = _locution_at(lowered, position)
                if located is not None:
                    cue, last = located
                    anchor = frame[last]
            if cue is not None and not in_keeping_with(sent, word):
                noun = _source_noun(sent, anchor)
                if noun is not None and site.is_frame(index, noun):
                    mention = mention_at(site, index, noun, verb=_clause_after(sent, noun))
                    rule = "source_preposition"
                    return Attribution(
                        rule=rule,
                        confidence=CONFIDENCE[rule],
                        cue=cue,
                        cue_span=word.span.with_source(text),
                        mention=mention,
                        frame="preposition",
                    )
            if _quantity_locution(frame, position):
                continue  # « pour la plupart retraités »: how many, not whose view
            if low in POINT_OF_VIEW_PREPOSITIONS and opens_clause([w.text for w in frame], position):
                noun = _source_noun(sent, word)
                if noun is None or noun.upos not in {"PROPN", "PRON", "NOUN"}:
                    continue
                mention = mention_at(site, index, noun)
                follows = [w for w in frame if w.start >= mention.span.end]
                if not speaker_like(site, mention):
                    continue  # "pour le moment," "pour la première fois,": no source
                if _comma_after(follows) or (follows and _opens_on_quote(site, index, mention.span.end)):
                    return Attribution(
                        rule="point_of_view",
                        confidence=CONFIDENCE["point_of_view"],
                        cue=POINT_OF_VIEW_PREPOSITIONS[low],
                        cue_span=word.span.with_source(text),
                        mention=mention,
                        frame="preposition",
                    )
    return None


def own_point_of_view(site: QuoteSite) -> bool:
    """Whether the quote's clause opens on its own source's view, right before its opening mark:
    « pour » opening a clause (:func:`~quoteattr.lang.fr.sources.opens_clause`: the sentence's
    start, a comma, « mais », « tandis que »), a noun phrase and a comma, nothing else
    (« …, a salué X, tandis que pour son adjoint, Y, « … » »): the words are Y's, whatever verb
    the parser hung them on."""
    frame = site.frame_before()
    if len(frame) < 3 or frame[-1].text != ",":
        return False
    texts = [w.text for w in frame]
    for position in range(len(frame) - 3, -1, -1):
        word = frame[position]
        if word.upos in {"VERB", "AUX"} or word.text in {";", ":"}:
            return False
        if word.text.lower() in POINT_OF_VIEW_PREPOSITIONS and opens_clause(texts, position):
            head = next((w for w in frame[position + 1 :] if w.upos != "DET"), None)
            # someone's view: a name, a pronoun, a role (not « pour le moment, »)
            return head is not None and (
                head.upos in {"PROPN", "PRON"} or role_of(head.text.lower()) is not None
            )
    return False


def _nearest_first(site: QuoteSite, frame: Sequence[Word], lowered: Sequence[str]) -> list[int]:
    """The positions of ``frame`` in order, a source preposition set right after the quote's
    closing mark and its comma first: « Selon le syndicat, la prime ne concernerait « que 2 000
    postiers », selon la direction »: the source after the quote is the quote's, the one opening
    the sentence the clause's around it."""
    order = list(range(len(frame)))
    text = site.doc.text
    end = site.quote.marks.end
    if not text[end - 1 : end] or text[end - 1] not in _CLOSING_MARKS:
        return order  # a clause without marks (reported speech): its sources are read in order
    for position, word in enumerate(frame):
        if word.start < end or word.text == ",":
            continue
        if lowered[position] in SOURCE_PREPOSITIONS and _COMMA_GAP.fullmatch(text, end, word.start):
            order.remove(position)
            return [position, *order]
        break
    return order


#: The marks a quotation closes on, of any style.
_CLOSING_MARKS = frozenset().union(*STYLE_CLOSERS.values())
#: Between a quote's closing mark and a source right after it: a comma and spaces.
_COMMA_GAP = regex.compile(r"[ \u00a0\u202f]*,[ \u00a0\u202f]*")


def _comma_after(follows: Sequence[Word]) -> bool:
    """Whether a comma closes a point of view's phrase, ``follows`` being the words after its
    source: at once, or after adverbs that date or qualify the view (« Mais pour le syndicat
    aujourd'hui, « … » », « Pour la ministre aussi, … »)."""
    first = next((w for w in follows if w.upos != "ADV"), None)
    return first is not None and first.text == ","


def _opens_on_quote(site: QuoteSite, index: int, end: int) -> bool:
    """Whether the quote opens right after a point of view's source (``end``) and is the whole
    clause, the comma left out: « Pour eux « il n'y avait pas de fraude ». »; the words after the
    marks hold no finite verb of their own (« pour lui « … » avant de relativiser … », an
    infinitive that goes on with the same voice); not « Pour eux « Paris » reste la capitale »."""
    text = site.doc.text
    marks = site.quote.marks
    if text[end : marks.start].strip():
        return False
    sentence = site.sentence(index)
    after = [w for w in sentence if w.start >= marks.end and site.is_frame(index, w)]
    return not any(w.upos in {"VERB", "AUX"} and w.feats.get("VerbForm") == "Fin" for w in after)


def _quantity_locution(frame: Sequence[Word], position: int) -> bool:
    """Whether « pour » at ``position`` opens a locution of quantity (« pour la plupart »,
    :data:`POINT_OF_VIEW_LOCUTIONS`)."""
    if frame[position].text.lower() not in POINT_OF_VIEW_PREPOSITIONS:
        return False
    after = tuple(w.text.lower().replace("’", "'") for w in frame[position + 1 : position + 3])
    return any(after[: len(locution)] == locution for locution in POINT_OF_VIEW_LOCUTIONS)


#: Words that may stand between « comme » and its speech verb: the neuter clitic, auxiliaries.
ASIDE_CLITICS = frozenset({"l'", "l’", "le"})
#: The most words between « comme » and its speech verb (« comme le faisait remarquer »).
_ASIDE_REACH = 4
#: Punctuation that closes an aside.
ASIDE_END = frozenset({",", ".", ";", ":", "!", "?", "(", ")", "«", "»", "“", "”", '"', "—", "–"})


def aside_verb(sent: Sentence, comme: Word) -> Word | None:
    """The speech verb of « comme [l'] [a|devait] V »: only the neuter clitic, auxiliaries and
    modals before it."""
    for word in sent.words[comme.index + 1 : comme.index + 1 + _ASIDE_REACH]:
        low = word.text.lower()
        if low in ASIDE_CLITICS or low in AUXILIARY_FORMS or word.lemma.lower() in MODAL_VERBS:
            continue
        if reporting_form(word) or (word.upos == "VERB" and is_reporting(sent, word, incise=True)):
            return word
        return None
    return None


def _one_of(sent: Sentence, noun: Word, words: Sequence[Word]) -> Word:
    """« un des démissionnaires »: the pronoun the noun hangs on heads the subject, one of them."""
    head = sent.head_of(noun)
    if head is not None and head in words and head.upos == "PRON" and head.text.lower() in {"un", "une"}:
        return head
    return noun


def comme_aside(site: QuoteSite) -> Attribution | None:
    """« Le projet, comme l'a rappelé Paul Roux, « n'a d'autre ambition … » », « « … », comme le
    souligne la maire. »: an aside on « comme » whose speech verb has its subject after it says
    whose words the sentence quotes, whatever the parser made the verb's subject (often the
    noun before the aside). Only when the sentence has no other speech verb outside the quote,
    and the subject can speak (« comme l'indique son nom » names no source)."""
    text = site.doc.text
    marks = site.quote.marks
    for index in range(site.first, site.last + 1):
        sent = site.sentence(index)
        frame = [w for w in sent if site.is_frame(index, w)]
        for comme in frame:
            if comme.text.lower() != "comme":
                continue
            verb = aside_verb(sent, comme)
            if verb is None:
                continue
            after = []
            for word in sent.words[verb.index + 1 :]:
                if word.text in ASIDE_END or not site.is_frame(index, word):
                    break
                after.append(word)
            subject = next((w for w in after if w.upos in {"NOUN", "PROPN"}), None)
            if subject is None:
                continue
            subject = _one_of(sent, subject, after)
            end = after[-1].end
            if not (end <= marks.start or comme.start >= marks.end):
                continue  # the quote inside the aside is the aside's own business
            aside = {comme.index, verb.index, *(w.index for w in after)}
            others = [
                w
                for w in frame
                if w.index not in aside
                and w.upos == "VERB"
                and w.feats.get("VerbForm") != "Inf"
                and is_reporting(sent, w, incise=False)
            ]
            if others:
                # « X a dénoncé « … », comme l'a rappelé Y »: the quote is X's; an infinitive has
                # no subject to say it (« Pour soutenir « le chef », comme l'explique Y »)
                continue
            mention = mention_at(site, index, subject)
            if not speaker_like(site, mention):
                continue
            return Attribution(
                rule="comme_aside",
                confidence=CONFIDENCE["comme_aside"],
                cue=cue_lemma(sent, verb),
                cue_span=verb.span.with_source(text),
                mention=mention,
                frame="preposition",
            )
    return None
