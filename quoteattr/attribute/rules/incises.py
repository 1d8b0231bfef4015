"""Rules for a quote followed by its speech tag: « … », a déclaré X / « … », s'émerveille X /
« … » — X / a partial quote whose tag comes later in the sentence.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

import regex

from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.phrases import incise_adverb, proper_name_run
from quoteattr.attribute.rules.attribution import CONFIDENCE, Attribution
from quoteattr.attribute.rules.prepositions import own_point_of_view
from quoteattr.attribute.rules.subjects import (
    SUBJECT_RELATIONS,
    document_after,
    document_of,
    heard_from,
    incise_subject,
    inverted_subject,
    mention_at,
    set_off_by_comma,
    speaker_like,
    speaker_of_verb,
)
from quoteattr.attribute.rules.verbs import (
    AUXILIARY_FORMS,
    CLITICS,
    FINITE_ENDINGS,
    PARTICIPLE_ENDINGS,
    SE_FORMS,
    cue_lemma,
    cue_verb,
    finite_clause,
    infinitive_at,
    is_inverted_clitic,
    is_reporting,
    reporting_form,
    verbish,
)
from quoteattr.attribute.site import QuoteSite
from quoteattr.lang.fr.cues import QUOTE_CLEFT
from quoteattr.lang.fr.incises import EUPHONIC_T
from quoteattr.lang.fr.indirect import CLAUSE_VERBS, TIME_WORDS
from quoteattr.lang.fr.pronouns import RELATIVE_PRONOUNS
from quoteattr.lang.fr.sources import CLAUSE_LINKERS
from quoteattr.lang.fr.titles import DE_FORMS
from quoteattr.lang.fr.verbs import (
    LEARNING_VERBS,
    MODAL_VERBS,
    PRESS_VERBS,
    finite_speech_form,
    lemma_of,
)
from quoteattr.marks.dialogue import dialogue_start
from quoteattr.model import MarkStyle
from quoteattr.parse.types import Sentence, Word

__all__ = [
    "colon_after",
    "comma_linked",
    "dash_signature",
    "incise_after",
    "incise_before",
    "incise_late",
    "incise_verb",
]

_INCISE_SKIP = frozenset({"PRON", "AUX", "PART"})


def _opens_sentence(site: QuoteSite) -> bool:
    """Whether the quote opens its sentence, nothing but punctuation before its marks: the whole
    clause is the speaker's, not words quoted inside the writer's (« Marie « a refusé l'offre »
    hier, indique le communiqué » is an incise late in the sentence, :func:`incise_late`)."""
    return all(w.upos == "PUNCT" for w in site.frame_before())


def _date_before_comma(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` is a day or a time (:data:`TIME_WORDS`: « mercredi », « hier ») right
    before a comma, between a quote's closing mark and its incise: the reported words' date."""
    following = sent[word.index + 1] if word.index + 1 < len(sent) else None
    return word.text.lower() in TIME_WORDS and following is not None and following.text == ","


#: A cleft right after the quote's comma: its « est » is no incise (:mod:`~quoteattr.attribute.echo`).
_CLEFT_AFTER = regex.compile(QUOTE_CLEFT)


_DASHES = frozenset({",", "—", "–", "-", "(", ")"})


#: Tags of words that are never the verb of an incise.
_NOT_INCISE_VERBS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PRON", "PUNCT", "ADV", "NUM", "PROPN"})


def _participle_past_adverb(sent: Sentence, word: Word, after_t: int) -> Word | None:
    """The participle after auxiliary ``word`` and an incise's adverb or side taken right after
    it (:func:`~quoteattr.attribute.phrases.incise_adverb`), or ``None``."""
    if word.text.lower() not in AUXILIARY_FORMS:
        return None
    adverb = incise_adverb(sent.words, after_t)
    past = after_t + adverb
    if not adverb or past >= len(sent):
        return None
    return sent[past] if sent[past].upos == "VERB" or verbish(sent, sent[past]) else None


def incise_after(site: QuoteSite) -> Attribution | None:
    """« … », a déclaré X / « … », a-t-il déclaré / « … », lit-on dans un communiqué.

    A verb right after the quote (only punctuation, auxiliaries, clitics and a few adverbs
    between) that reports speech, or any verb in an inverted incise ("plaisanta-t-il").
    """
    if _CLEFT_AFTER.match(site.doc.text, site.quote.marks.end):
        return None
    skipped = 0
    for index, word in site.frame_after():
        sent = site.sentence(index)
        if word.upos == "PUNCT":
            if word.text in _DASHES or (skipped == 0 and _closes_its_block(site, word)):
                continue
            return None
        if word.text.lower() in RELATIVE_PRONOUNS:
            # « la « Charte 21 », qui demande une Europe sociale »: a clause a relative opens
            # after the quote hangs on the quoted noun, and is no incise
            return None
        candidate: Word | None = None
        through_clitic = False  # the verb found past an auxiliary's inverted clitic, its subject
        after_t = word.index + 1
        if after_t < len(sent) and sent[after_t].text.lower() in EUPHONIC_T:
            after_t += 1  # "estime-t-il"
        following = sent.words[after_t] if after_t < len(sent) else None
        inverted_next = following is not None and is_inverted_clitic(following)
        participle = sent.words[after_t + 1] if inverted_next and after_t + 1 < len(sent) else None
        if (
            participle is not None
            and word.text.lower() in AUXILIARY_FORMS
            and (participle.upos == "VERB" or reporting_form(participle) or verbish(sent, participle))
        ):
            # « a-t-elle martelé »: the auxiliary, its inverted clitic, then the participle, though
            # the parser made the clitic the head and the participle its adjective
            candidate = participle
            through_clitic = True
        elif (past_adverb := _participle_past_adverb(sent, word, after_t)) is not None:
            # « a d'emblée affirmé X », « a de son côté déclaré X »: the auxiliary, a locution the
            # parser split (and may have made the auxiliary's object), the participle
            candidate = past_adverb
        elif word.upos == "AUX" and not (inverted_next and word.text.lower() not in AUXILIARY_FORMS):
            # (a verb tagged an auxiliary before its inverted clitic is the incise's own verb:
            # « s'écria-t-elle »)
            head = sent.head_of(word)
            if head is not None and (head.upos == "VERB" or verbish(sent, head)) and head.start > word.start:
                candidate = head  # « s'est indignée » with the participle tagged ADJ too
            elif head is not None and head.start < word.start and not inverted_next:
                return None
        elif word.text.lower() in EUPHONIC_T:
            # the « t » of « a-t-il » is no verb, though an inverted clitic follows it: the verb
            # is the word after the clitic and its adverbs (« a-t-elle martelé », « a-t-il encore
            # expliqué »), whatever the parser tagged it
            k = after_t + 1
            while inverted_next and k < len(sent) and sent[k].upos == "ADV":
                k += 1
            after = sent.words[k] if inverted_next and k < len(sent) else None
            if after is not None and after.upos != "PUNCT":
                candidate, through_clitic = after, True
        elif word.upos == "VERB" or inverted_next or reporting_form(word) or verbish(sent, word):
            candidate = word  # « s'indigne » tagged an adjective after its clitic: verbish
        elif word.text.lower() in AUXILIARY_FORMS and following is not None and verbish(sent, following):
            candidate = following  # « a tweeté Joe Biden » with both words tagged X
        if candidate is None and skipped == 0 and _date_before_comma(sent, word) and _opens_sentence(site):
            skipped += 1  # « « … » mercredi, a dénoncé X »: when the quoted words were said
            continue
        if candidate is None:
            if word.upos not in _INCISE_SKIP:
                return None
            skipped += 1
            if skipped > 3:
                return None
            continue
        verb = cue_verb(sent, candidate)
        comma = any(w.text == "," and w.end <= candidate.start for _, w in site.frame_after())
        quoted_subject = any(
            c.deprel in SUBJECT_RELATIONS and site.is_inside(index, c) for c in sent.children(candidate)
        )
        if quoted_subject and not comma and incise_subject(site, index, candidate) is None:
            return None  # « aucun retard » n'a été constaté: the quote is the verb's subject
        inverted = any(is_inverted_clitic(c) for c in sent.children(candidate)) or (
            following is not None and is_inverted_clitic(following)
        )
        if not (is_reporting(sent, verb, incise=True) or inverted):
            return None
        if (
            (candidate.upos != "VERB" or through_clitic)
            and following is not None
            and is_inverted_clitic(following)
        ):
            clitic = following
            # the clitic alone: the parser may hang the participle on it (« a-t-elle martelé »)
            mention: Mention | None = mention_at(site, index, clitic, verb=candidate)
            impersonal = clitic.text.lower() == "-il" and _impersonal_passive(sent, word, candidate)
            if clitic.text.lower() == "-on" or impersonal:
                document = document_of(sent, candidate) or document_after(sent, candidate)
                if document is not None:
                    mention = mention_at(site, index, document)
                elif impersonal:
                    mention = None
            return Attribution(
                rule="incise",
                confidence=CONFIDENCE["incise"] if mention is not None else 0.5,
                cue=cue_lemma(sent, candidate),  # « s'écria-t-elle »: « s'écrier »
                cue_span=candidate.span.with_source(site.doc.text),
                mention=mention,
                frame="incise",
            )
        mention = incise_subject(site, index, candidate)
        if mention is None and verb is not candidate:
            mention = incise_subject(site, index, verb)
        if mention is not None and mention.span.start > candidate.start and _present_participle(candidate):
            return None  # « « … », exigeant un nouveau vote »: a participle inverts no subject
        if mention is not None and mention.span.end <= site.quote.marks.start and not inverted:
            # « Marie Durand, que Paul Roux accuse de « trahison », a démenti »: a subject before
            # the quote makes the verb its clause's own, after a relative or an apposition that
            # holds the quote; an incise inverts its subject or has a clitic
            return None
        if (
            mention is not None
            and not inverted
            and comma
            and mention.span.end <= candidate.start
            and _inside_a_clause(site, index)
        ):
            # « Présenté … comme un « pôle unique », il prévoit de … »: words quoted inside a
            # fronted phrase of the writer's, its comma, then the main clause; not « … » elle dit
            # tout bas, with no comma, nor after a quote that opens its sentence
            return None
        if mention is not None and mention.kind is MentionKind.IMPERSONAL:
            document = document_of(sent, verb)
            if document is not None:
                mention = mention_at(site, index, document)
        return Attribution(
            rule="incise",
            confidence=CONFIDENCE["incise"] if mention is not None else 0.5,
            cue=cue_lemma(sent, verb),
            cue_span=verb.span.with_source(site.doc.text),
            mention=mention,
            frame="incise",
        )
    return None


#: The forms of « être » a passive incise inverts its « il » after (« était-il écrit »).
_PASSIVE_AUXILIARIES = frozenset({"est", "était", "sera", "serait", "fut"})


def _impersonal_passive(sent: Sentence, auxiliary: Word, participle: Word) -> bool:
    """Whether « être »-il + the participle of a verb that reports a clause is an impersonal
    passive, whose « il » stands for no one (« « Fermé le lundi », était-il écrit sur la
    porte », « est-il précisé »): the quoted words are what was written or said, their source is
    a document named after the verb or none, never the last man named. A reflexive verb
    (« s'est-il exclamé ») or an agreed participle (« est-elle citée ») has a person for subject.
    """
    if auxiliary.text.lower() not in _PASSIVE_AUXILIARIES or participle.text.lower().endswith(
        ("e", "es", "és")
    ):
        return False
    before = sent.words[auxiliary.index - 1] if auxiliary.index > 0 else None
    if before is not None and before.text.lower() in SE_FORMS:
        return False
    return cue_lemma(sent, participle) in CLAUSE_VERBS


#: Marks that close a block of dialogue turns: « A. – B ! » cria X.
_BLOCK_CLOSINGS = frozenset({"»", "”"})


def _closes_its_block(site: QuoteSite, word: Word) -> bool:
    """Whether ``word`` is the closing mark of the « … » block a dialogue turn ends: in
    « Écoutez, je pars. – Ah ! mon Dieu ! » cria M. Seguin, the last turn is the one the tag
    after the block attributes (a quote nested in marks of its own is not a turn, and its outer
    quote's tag is someone else's)."""
    return (
        site.quote.mark is MarkStyle.DIALOGUE_DASH
        and word.text in _BLOCK_CLOSINGS
        and not site.doc.text[site.quote.span.end : word.start].strip(" \t\u00a0\u202f")
    )


def _present_participle(word: Word) -> bool:
    """Whether ``word`` is a present participle (« exigeant », « ajoutant »): the participle
    clause after a quote shares the subject of its sentence and never takes one after it, so
    the noun after it (« « … », réclamant un nouveau vote ») is its object, no speaker."""
    if word.feats.get("VerbForm") != "Part":
        return False
    return word.feats.get("Tense") == "Pres" or word.text.lower().endswith("ant")


def _inside_a_clause(site: QuoteSite, index: int) -> bool:
    """Whether a word of the writer's (not punctuation) comes before the quote in its sentence."""
    opening = site.quote.marks.start
    return any(
        w.end <= opening and w.upos != "PUNCT" and site.is_frame(index, w) for w in site.sentence(index).words
    )


def incise_verb(site: QuoteSite) -> Attribution | None:
    """« … », s'émerveille Matteo Ruiz / « … », préférait rectifier l'intéressé / « … », a
    nuancé Marie Dupuis.

    French puts a noun subject after its verb right after a quotation only in an incise, so the
    word order alone says the verb reports the quote, whatever its lemma and however the tagger
    took it ("émerveille" as a noun). Read from the surface: a comma, an optional "se", a
    lowercase word with a finite verb's ending (or an auxiliary and a past participle), an
    optional infinitive, then a determiner or a name, which heads the source; an adverb of the
    incise may stand after the verb or its auxiliary (« …, tempère toutefois l'entourage du
    joueur », « …, a pourtant nuancé Marie Dupuis »).
    """
    framed = site.frame_after()
    if not framed or any(index != framed[0][0] for index, _ in framed):
        return None  # a tag that runs over two sentences is no incise of this kind
    index = framed[0][0]
    sent = site.sentence(index)
    after = [w for _, w in framed]
    # after words that end on « ! », « ? » or « … », French sets no comma before the incise
    # (« « Ben voyons ! » grimace la juge »)
    bare = bool(after) and after[0].text != "," and _exclaimed(site)
    if len(after) < 3 or (after[0].text != "," and not bare):
        return None
    k = 0 if bare else 1
    k += 1 if after[k].text.lower() in SE_FORMS else 0
    if k + 1 >= len(after):
        return None
    verb = after[k]
    form = verb.text.lower()
    compound = form in AUXILIARY_FORMS and k + 2 < len(after)
    if compound:  # « … », a nuancé Marie Dupuis / s'est agacé le ministre
        k += 1 + incise_adverb(after, k + 1)  # « a toutefois nuancé »
        if k >= len(after):
            return None
        verb = after[k]
        form = verb.text.lower()
    endings = PARTICIPLE_ENDINGS if compound else FINITE_ENDINGS
    if (
        not verb.text[:1].islower()
        or verb.upos in _NOT_INCISE_VERBS
        or form in AUXILIARY_FORMS
        or not form.endswith(endings)
        or (not compound and form.endswith("ant"))  # « …, impliquant cette fois X »: an adjunct
    ):
        return None
    k += 1
    # « …, tempère toutefois l'entourage du joueur »: an adverb between the verb and its subject
    k += incise_adverb(after, k)
    if k >= len(after):
        return None
    if _closes_relative_on_subject(site, sent, verb):
        return None
    infinitive = after[k].upos == "VERB" and after[k].feats.get("VerbForm") == "Inf" and k + 1 < len(after)
    if infinitive:
        k += 1  # "préférait rectifier l'intéressé"
    first = after[k]
    if first.upos == "DET":
        head = sent.head_of(first)
        if head is None or head.start < first.start or not _nominal(head):
            return None
    elif first.upos == "PROPN" or (first.text[:1].isupper() and first.upos != "PRON"):
        head = first
    else:
        return None
    if lemma_of(verb.text, verb.lemma) in LEARNING_VERBS:
        # « « … », a appris l'agence auprès du parquet »: the agency heard it, the parquet said it
        source = heard_from(sent, verb)
        return _incise_verb_attribution(
            site, verb, mention_at(site, index, source) if source is not None else None
        )
    # the subject stops short of its verb, whatever the tagger hung on it (« complète » read as
    # an adjective of « un gendarme »)
    mention = mention_at(site, index, head, verb=verb)
    if (compound or infinitive or bare or _after_preposition(site)) and not speaker_like(site, mention):
        # « le projet « X », a découvert ce champignon », « « … », a été la réponse », « le
        # programme « X », devrait compléter le tour de table »: a noun that cannot speak is an
        # object or an attribute, not an incise's subject; nor after words quoted as a
        # preposition's object (« Une information, ouverte pour « abus de biens sociaux »,
        # concerne d'éventuelles rétrocommissions »), where the writer's clause goes on
        return None
    return _incise_verb_attribution(site, verb, mention)


def _closes_relative_on_subject(site: QuoteSite, sent: Sentence, verb: Word) -> bool:
    """Whether the comma after the quote closes a relative clause set off on ``verb``'s subject,
    which stands before the quote: « Paul Roux, qui a appelé ses voisins à « rester calmes »,
    doit rencontrer le préfet » goes on with the main clause; no incise's subject comes before it."""
    opening = site.quote.marks.start
    governor = sent.head_of(verb) if verb.deprel in {"aux", "aux:pass"} else verb
    subjects = [c for c in sent.children(governor or verb) if c.deprel in {"nsubj", "nsubj:pass"}]
    for subject in subjects:
        if subject.end > opening:
            continue
        between = sent.words[subject.index + 1 :]
        for before, word in itertools.pairwise(between):
            if word.start >= opening:
                break
            if before.text == "," and word.text.lower() == "qui":
                return True
    return False


#: What ends the words of a quote that French follows with no comma before its incise.
_EXCLAIMED = ("!", "?", "…", "...")


def _exclaimed(site: QuoteSite) -> bool:
    """Whether the quote's words end on « ! », « ? » or « … », right before its closing mark."""
    marks = site.quote.marks
    inner = site.doc.text[marks.start : marks.end].rstrip()[:-1].rstrip()
    return inner.endswith(_EXCLAIMED)


def _nominal(word: Word) -> bool:
    """Whether ``word``, which a determiner before it takes, heads a noun phrase: a noun, an
    adjective made one (« le vieux »), or a participle (« la jeune élue », « le blessé »), which a
    determiner makes a noun whatever the tagger read."""
    participle = word.upos == "VERB" and word.feats.get("VerbForm") == "Part"
    return word.upos in {"NOUN", "PROPN", "ADJ"} or participle


def _incise_verb_attribution(site: QuoteSite, verb: Word, mention: Mention | None) -> Attribution:
    return Attribution(
        rule="incise_verb",
        confidence=CONFIDENCE["incise_verb"] if mention is not None else 0.5,
        cue=lemma_of(verb.text, verb.lemma),
        cue_span=verb.span.with_source(site.doc.text),
        mention=mention,
        frame="incise",
    )


def _after_preposition(site: QuoteSite) -> bool:
    """Whether the quote is a preposition's object: its frame word right before it is one."""
    before = site.frame_before()
    return bool(before) and before[-1].upos == "ADP"


def dash_signature(site: QuoteSite) -> Attribution | None:
    """« … » — Jean Dupont: a name signing the quote after a dash (same or next sentence)."""
    after = [w for _, w in site.frame_after()]
    index = site.last
    if not after and site.last + 1 < len(site.doc.sentences):
        index = site.last + 1
        following = site.sentence(index)
        if following.span.start - site.quote.marks.end > 3:
            return None
        after = [w for w in following if not w.text.isspace()]
        text = site.doc.text
        line_end = text.find("\n", following.span.start)
        line_end = len(text) if line_end < 0 else line_end
        if dialogue_start(text, following.span.start, line_end) >= 0:
            return None  # « … »⏎— Personne.: a dialogue turn of its own, not a signature
        if [w.text for w in after] in (["—"], ["–"]) and index + 1 < len(site.doc.sentences):
            # a parser may cut the lone dash off as a sentence of its own (« … »⏎⏎—|Jean Dupont):
            # the name after it on the same line still signs
            index += 1
            signer = site.sentence(index)
            if signer.span.start > line_end:
                return None
            after = [after[0], *(w for w in signer if not w.text.isspace())]
    if len(after) < 2 or after[0].text not in {"—", "–"}:
        return None
    run = proper_name_run(after[1:], given=True)  # « — Corinne, témoin », « Corinne » tagged a noun
    if not run:
        return _signing_phrase(site, index, after[1:])
    rest = after[1 + len(run) :]
    if rest and rest[0].text not in {",", ".", "(", ")"}:
        return None
    return _signed(
        mention_at(site, index, next((w for w in run if w.head not in {r.index for r in run}), run[0]))
    )


def _signed(mention: Mention) -> Attribution:
    """A quote signed under it by ``mention``."""
    return Attribution(
        rule="dash_signature", confidence=CONFIDENCE["dash_signature"], mention=mention, frame="incise"
    )


def _signing_phrase(site: QuoteSite, index: int, words: Sequence[Word]) -> Attribution | None:
    """« … » — Service de presse du salon: a capitalised noun phrase that is the whole line
    under the quote (an organisation or a service signs it)."""
    first = words[0]
    if first.upos not in {"NOUN", "PROPN"} or not first.text[:1].isupper():
        return None
    if any(w.upos in {"VERB", "AUX"} for w in words):
        return None
    mention = mention_at(site, index, first)
    if mention.span.end < max(w.end for w in words if w.upos != "PUNCT"):
        return None  # the line says more than a name
    return _signed(mention)


def colon_after(site: QuoteSite) -> Attribution | None:
    """« « C'est un phénomène » : Paul Leroy encense son attaquant »: a quote that opens its
    sentence, then a colon and a clause whose subject, before its verb, reports words. The press
    heads its pieces so (the words first, then who says them): the quote is the subject's. Only
    a reporting verb, the first verb after the colon and the clause's own: « « Un miracle » : un
    enfant survit à une chute de dix mètres » reports nothing."""
    after = site.frame_after()
    if not after or after[0][1].text != ":" or not _opens_sentence(site):
        return None
    for index, word in after[1:]:
        if word.upos == "PUNCT":
            return None
        if word.upos not in {"VERB", "AUX"} and not reporting_form(word):
            continue
        sent = site.sentence(index)
        verb = cue_verb(sent, word)
        if word.upos == "AUX":
            head = sent.head_of(word)
            if head is None or head.start < word.start:
                return None
            verb = cue_verb(sent, head)
        if not finite_clause(sent, verb) or not is_reporting(sent, verb, incise=False):
            return None
        mention = speaker_of_verb(site, index, verb, inverted=False)
        if mention is None or mention.span.start >= verb.start or not speaker_like(site, mention):
            return None
        return Attribution(
            rule="colon_after",
            confidence=CONFIDENCE["colon_after"],
            cue=cue_lemma(sent, verb),
            cue_span=verb.span.with_source(site.doc.text),
            mention=mention,
            frame="colon",
        )
    return None


#: What stands right before a closing incise: a comma, or the closing mark of a later quote
#: with no comma after it (« … « que le site reste ouvert » a déclaré la présidente »), as
#: after a quote ending on « ! » or « ? » French writes none.
_BEFORE_LATE_INCISE = frozenset({",", "»", "”", '"'})


def incise_late(site: QuoteSite) -> Attribution | None:
    """« … » entre les deux pays, indique le communiqué.: a closing incise later in the sentence.

    A reporting verb after a comma near the end of the sentence, with its subject after it,
    attributes every quote of the sentence before it.
    """
    after = site.frame_after()
    for position, (index, word) in enumerate(after):
        if position == 0:
            continue
        # a glued clitic makes its word the tag's verb, whatever its tag (« estime-t-il », an adverb)
        glued = word.text[:1].islower() and _closing_glued_tag(after, position)
        if word.upos != "VERB" and not (glued and finite_speech_form(word.text.lower())):
            continue
        sent = site.sentence(index)
        back = position - 1
        while back > 0 and (
            after[back][1].upos in {"AUX", "ADV"}  # « , a encore dit X »: an adverb in the verb group
            or after[back][1].text.lower() in CLITICS
            or after[back][1].text.lower() in EUPHONIC_T
            or is_inverted_clitic(after[back][1])
        ):
            back -= 1
        if after[back][1].text not in _BEFORE_LATE_INCISE and not glued:
            continue
        if after[back][1].text == "," and comma_linked([w for _, w in after[max(0, back - 2) : back]]):
            continue  # « « … », mais, a ajouté X, « … » »: the incise speaks for what follows it
        verb = cue_verb(sent, word)
        if not is_reporting(sent, verb, incise=True):
            continue
        if after[back][1].text != "," and not glued and cue_lemma(sent, verb) not in PRESS_VERBS:
            continue  # « « Inadmissible » et « indigne » s'échappent des rangs des grévistes »
        # « … » dans la région, a-t-il ajouté: the inverted clitic between the comma and the participle
        clitic = next((w for _, w in after[back + 1 : position] if is_inverted_clitic(w)), None)
        subject = clitic or inverted_subject(sent, word, functools.partial(site.is_frame, index))
        if subject is None or (subject.start < word.start and subject is not clitic):
            continue
        if subject is not clitic and _present_participle(word):
            continue
        if subject is not clitic and _second_noun_phrase(sent, word, subject):
            continue
        own = {w.index for w in sent.subtree(subject)} if subject is not clitic else set()
        rest = _before_participle_adjunct(
            sent, [w for _, w in after[position + 1 :] if w.start > subject.end and w.index not in own]
        )
        rest = _before_relative_on_subject(rest)
        # « …, notent les analystes, pour expliquer la baisse »: an infinitive has no subject of
        # its own and opens no clause that could have another source
        if any(
            w.upos == "VERB" and w.feats.get("VerbForm") != "Inf" and not _modifies_a_noun(sent, w, rest)
            for w in rest
        ):
            continue
        return Attribution(
            rule="incise_late",
            confidence=CONFIDENCE["incise_late"],
            cue=cue_lemma(sent, verb),
            cue_span=verb.span.with_source(site.doc.text),
            mention=mention_at(site, index, clitic)
            if clitic
            else speaker_of_verb(site, index, word, inverted=True),
            frame="incise",
        )
    return None


def _before_relative_on_subject(rest: Sequence[Word]) -> list[Word]:
    """The words after an incise's subject up to a relative pronoun that opens them (past a
    comma): « « … », « … », ont crié les grévistes, dont plusieurs brandissaient des drapeaux »: the
    relative describes the subject, whatever the parser hung its verb on, and opens no clause
    with a source of its own."""
    first = next((k for k, w in enumerate(rest) if w.text != ","), None)
    if first is not None and rest[first].text.lower() in RELATIVE_PRONOUNS:
        return list(rest[:first])
    return list(rest)


def comma_linked(words: Sequence[Word]) -> bool:
    """Whether ``words`` end on a word that links clauses (`CLAUSE_LINKERS`: « mais », « et »,
    « pourtant ») alone or after a comma or a closing mark: a comma and an incise after them open
    the clause that follows, whose words the incise reports, not those before the link (« Pour le
    maire, la route est « sûre », mais, a ajouté le préfet, « rien n'est joué » »: « sûre » is
    the mayor's)."""
    if not words or words[-1].text.lower() not in CLAUSE_LINKERS:
        return False
    return len(words) == 1 or words[-2].text in _BEFORE_LINKER


#: What stands before a linker that opens a clause: a comma, a semicolon, a closing mark.
_BEFORE_LINKER = frozenset({",", ";", "»", "”", '"', "›"})


def _closing_glued_tag(after: Sequence[tuple[int, Word]], position: int) -> bool:
    """Whether the verb at ``position`` of the frame after a quote has an inverted subject clitic
    glued to it and closes the sentence (« … » pour « chiffrer » les dégâts estime-t-il.): French
    glues a subject clitic to a verb only in an incise or a question, so the tag needs no comma
    before it, which writers leave out."""
    k = position + 1
    while k < len(after) and after[k][1].text.lower() in EUPHONIC_T:
        k += 1
    if k >= len(after) or not is_inverted_clitic(after[k][1]):
        return False
    return all(w.upos == "PUNCT" and w.text not in {"?", "«", "»"} for _, w in after[k + 1 :])


def _before_participle_adjunct(sent: Sentence, rest: Sequence[Word]) -> list[Word]:
    """The words after an incise's subject up to a present participle set off by a comma
    (« …, a précisé la procureure, évoquant une dispute », « …, en
    ajoutant que … »): the participle's clause shares the incise's subject, and opens no clause
    of its own after it."""
    kept: list[Word] = []
    for word in rest:
        if word.upos == "VERB" and _present_participle(word) and set_off_by_comma(sent, word):
            break
        kept.append(word)
    return kept


def _second_noun_phrase(sent: Sentence, verb: Word, subject: Word) -> bool:
    """Whether an incise verb has, besides its inverted subject, a noun phrase for object after it
    (« , avait déclaré l'agence une employée »): an incise's object is the quote, so two bare noun
    phrases after its verb are a slip of the text or of the parse, and neither can be trusted."""
    return any(
        c.deprel == "obj"
        and c is not subject
        and c.start > verb.start
        and c.upos in {"NOUN", "PROPN"}
        and any(g.deprel == "det" for g in sent.children(c))
        and not _apposed(sent, c, subject)
        for c in sent.children(verb)
    )


def _apposed(sent: Sentence, first: Word, second: Word) -> bool:
    """Whether two noun phrases stand side by side with a comma only between them, one set in
    apposition to the other (« a déclaré le préfet du Val-Doré, Jean-Yves Marchal »): one
    person, whatever relations the parser gave them."""
    left, right = sorted((first, second), key=lambda w: w.start)
    last = max(w.index for w in sent.subtree(left) if w.upos != "PUNCT")
    start = min(w.index for w in sent.subtree(right) if w.upos != "PUNCT")
    return last + 2 == start and sent[last + 1].text == ","


def _modifies_a_noun(sent: Sentence, verb: Word, rest: Sequence[Word]) -> bool:
    """Whether ``verb`` belongs to a clause that modifies a noun among the words ``rest`` after an
    incise's subject (« dans une vidéo diffusée lundi », « chez Drouant, où l'attendait le jury »):
    a participle or a relative clause, part of a complement of the incise, which opens no clause
    of its own after it."""
    within = {w.index for w in rest}
    word: Word | None = verb
    while word is not None and word.index in within:
        if word.deprel in {"acl", "acl:relcl"}:
            head = sent.head_of(word)
            return head is not None and head.upos in {"NOUN", "PROPN"}
        word = sent.head_of(word)
    return False


#: At most this many words between the commas of an incise before a quote (« , a-t-il ajouté , »,
#: « , a ajouté le directeur de la clinique adjoint, »).
_INCISE_BEFORE_WORDS = 10


def incise_before(site: QuoteSite) -> Attribution | None:
    """Le secteur, ajoute-t-il, « n'a pas fini de se restructurer »; Le tracé, a-t-il insisté,
    doit être « revu »: an incise set off by commas before the quote in its sentence, its verb a
    reporting verb with an inverted clitic subject, says who speaks the words after it, as « …,
    a-t-il ajouté » does after them. The opening mark may close an incise that ends on its clitic
    (« En effet, précise-t-elle « … » »). The incise nearest the quote wins; none reaches past a
    clause that gives its own source's view (« …, tandis que pour son adjoint, Y, « … » »)."""
    words = site.frame_before()
    commas = [k for k, word in enumerate(words) if word.text == ","]
    if words and is_inverted_clitic(words[-1]):
        commas.append(len(words))  # « En effet, précise-t-elle « … » »: the mark closes the incise
    sent = site.sentence(site.first)
    for opening, closing in reversed(list(itertools.pairwise(commas))):
        inside = words[opening + 1 : closing]
        if opening < 1 or not 1 < len(inside) <= _INCISE_BEFORE_WORDS:
            continue
        clitic = next((w for w in inside if is_inverted_clitic(w)), None)
        verb = next(
            (
                w
                for w in inside
                if verbish(sent, w) and w.text.lower() not in AUXILIARY_FORMS and w is not clitic
            ),
            None,
        )
        subject = clitic or _inverted_noun_subject(inside, verb)
        if subject is None or verb is None:
            continue
        cue = cue_verb(sent, verb)
        if not is_reporting(sent, cue, incise=True):
            continue
        if own_point_of_view(site):
            return None  # « …, a estimé X, tandis que pour son adjoint, Y, « … » »: Y's view
        return Attribution(
            rule="incise_before",
            confidence=CONFIDENCE["incise_before"],
            cue=cue_lemma(sent, cue),
            cue_span=cue.span.with_source(site.doc.text),
            mention=mention_at(site, site.first, subject),
            frame="incise",
        )
    return None


#: Only a comma between an incise's subject and the quote it opens: « …, note le rapport, « … » »;
#: after an inverted clitic, the comma may be left out (« En effet, précise-t-elle « … » »).
_RIGHT_BEFORE = regex.compile(r"[ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*")
_RIGHT_BEFORE_CLITIC = regex.compile(r"[ \t\u00a0\u202f]*,?[ \t\u00a0\u202f]*")


def incise_right_before(site: QuoteSite) -> Attribution | None:
    """:func:`incise_before` when the incise's closing comma opens the quote: « Le pays, note le
    rapport, « est en plein essor » » is the report's, though the parser made « le pays » the
    subject of « note » and the quote its object; tried before the rule of the governing verb.
    An incise the clause goes on after (« la ville, souligne le rapport, salue le « … » »)
    is left to the later rules."""
    found = incise_before(site)
    if found is None or found.mention is None:
        return None
    # the incise ends on its subject, or on its verb after a clitic (« …, a-t-il dit, « … » »)
    end = max(found.mention.span.end, found.cue_span.end if found.cue_span is not None else 0)
    clitic = found.mention.span.end == end and site.doc.text[found.mention.span.start] == "-"
    right_before = _RIGHT_BEFORE_CLITIC if clitic else _RIGHT_BEFORE
    if right_before.fullmatch(site.doc.text, end, site.quote.marks.start) is None:
        return None
    return found


def _ends_subject(word: Word) -> bool:
    """Whether ``word`` can be no part of an incise's inverted subject: a verb, a conjunction, a
    preposition other than the « de » of a complement (« a ajouté le directeur de la
    clinique adjoint »)."""
    return word.upos in {"VERB", "AUX", "SCONJ"} or (word.upos == "ADP" and word.text.lower() not in DE_FORMS)


def _inverted_noun_subject(inside: Sequence[Word], verb: Word | None) -> Word | None:
    """The subject set after the verb of an incise that the incise opens on (« Depuis le congrès,
    explique Paul Ndour, « … » », « …, a précisé la ministre, « … » »): the head of the noun
    phrase that runs from after the verb to the closing comma, a name or a determiner and its
    noun, with no other verb; ``None`` when the incise does not read so."""
    if verb is None:
        return None
    at = next((k for k, w in enumerate(inside) if w is verb), -1)
    lead = inside[:at]
    if at < 0 or any(w.upos != "AUX" for w in lead) or at + 1 >= len(inside):
        return None  # the verb, with its auxiliary only, opens the incise
    rest = inside[at + 1 :]
    if verb.lemma.lower() in MODAL_VERBS:
        # « Pourtant, a tenté de rassurer Paul Roux, « … » »: the modal's infinitive, then the
        # subject
        k = infinitive_at(rest, 0)
        if 0 <= k < len(rest) - 1:
            rest = rest[k + 1 :]
    if rest[0].upos not in {"PROPN", "DET"} or any(_ends_subject(w) for w in rest):
        return None
    return next((w for w in rest if w.upos in {"PROPN", "NOUN"}), None)
