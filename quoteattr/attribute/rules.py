"""Sentence rules: for one quote, the cue and the source mention its own sentence gives.

Each rule is a small named function ``rule(site) -> Attribution | None`` reading the dependency
parse of the quote's sentence (:class:`~quoteattr.attribute.site.QuoteSite`). They are tried in
the order of :data:`SENTENCE_RULES`; the first that answers wins, and its name and confidence
end up in :attr:`Quote.rule` / :attr:`Quote.confidence`. Rules walk only the labels in
:data:`LABELS` and refuse to run without a parse (:func:`~quoteattr.attribute.site.require_parse`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import attrs

from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.phrases import mention_from, proper_name_run, surface_subject
from quoteattr.attribute.site import QuoteSite
from quoteattr.lang.fr.cues import DOCUMENT_NOUNS, SPEECH_NOUNS
from quoteattr.lang.fr.roles import GROUP_NOUNS, ORGANISATION_NOUNS, role_of
from quoteattr.lang.fr.sources import POINT_OF_VIEW_PREPOSITIONS, SOURCE_LOCUTIONS, SOURCE_PREPOSITIONS
from quoteattr.lang.fr.verbs import (
    INCISE_ONLY_VERBS,
    MODAL_VERBS,
    PHRASAL_CUES,
    PRONOMINAL_VERBS,
    REPORTING_VERBS,
    lemma_of,
)
from quoteattr.model import Span
from quoteattr.parse.types import Sentence, Word

__all__ = [
    "LABELS",
    "SENTENCE_RULES",
    "Attribution",
    "Rule",
    "attribute_sentence",
    "colon_distant",
    "colon_intro",
    "cue_lemma",
    "dash_signature",
    "governing_verb",
    "incise_after",
    "incise_late",
    "incise_verb",
    "quoted_predicate",
    "source_preposition",
]

#: The UD dependency labels these rules read (anything else is ignored).
LABELS: frozenset[str] = frozenset(
    {
        "nsubj", "nsubj:pass", "expl:subj", "expl:pv", "expl:comp", "obj", "iobj", "obl", "obl:arg",
        "obl:mod", "obl:agent", "xcomp", "ccomp", "conj", "advcl", "parataxis", "acl", "acl:relcl",
        "case", "det", "det:poss", "nmod", "nmod:poss", "aux", "aux:pass", "aux:tense", "cop", "mark",
        "appos", "flat:name", "root", "punct", "dep",
    }
)  # fmt: skip

#: How sure each rule is when it answers (0..1): measured precision of the rule on dev data,
#: rounded down, and lowered where the construction is ambiguous.
CONFIDENCE: dict[str, float] = {
    "incise": 0.95,
    "incise_late": 0.8,
    "incise_verb": 0.85,
    "dash_signature": 0.75,
    "colon_intro": 0.9,
    "colon_main_verb": 0.75,
    "colon_headline": 0.7,
    "colon_distant": 0.65,
    "reporting_verb": 0.85,
    "noun_cue": 0.7,
    "source_preposition": 0.85,
    "point_of_view": 0.7,
    "quoted_predicate": 0.6,
}

_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
_PERSONAL = frozenset({"il", "elle", "ils", "elles", "on"})
_SE = frozenset({"se", "s'", "s’"})
_OBJECT_CLITICS = frozenset({"lui", "leur", "me", "m'", "m’", "te", "t'", "t’", "se", "s'", "s’"})
#: Third-person endings of the passé simple (répondit, demanda, reprirent): a form with one of
#: these after "et" is a verb, not a noun, whatever the tagger says.
_PAST_HISTORIC_ENDINGS = ("it", "a", "ut", "rent")
_CLIMB = frozenset({"xcomp", "conj", "advcl"})
_INCISE_SKIP = frozenset({"PRON", "AUX", "PART"})
_DASHES = frozenset({",", "—", "–", "-", "(", ")"})
_DOC_PREPS = frozenset({"dans", "sur", "en"})
_CLAUSE_BOUNDARY = frozenset({"parataxis"})
#: Forms of avoir/être before a participle, for when the tagger misses the auxiliary.
_AUXILIARY_FORMS = frozenset(
    {
        "a",
        "ai",
        "as",
        "ont",
        "avons",
        "avez",
        "avait",
        "avaient",
        "aura",
        "auront",
        "est",
        "sont",
        "était",
        "étaient",
    }
)


@attrs.frozen
class Attribution:
    """What a rule found for one quote.

    ``frame`` says how the quote stands in its sentence, for the kind decision:
    "incise" (a speech tag follows it), "colon" (introduced by a colon), "verb" (object of a
    reporting verb), "preposition" (selon X), "woven" (inside the writer's clause), "context"
    (from another sentence).
    """

    rule: str
    confidence: float
    cue: str | None = None
    cue_span: Span | None = None
    mention: Mention | None = None
    frame: str = "woven"
    hops: int = 0  # verbs passed between the quote and its cue (0: the cue governs the quote)
    depth: int = 1  # words passed from the quote up to its cue (1: the cue is the quote's head)


Rule = Callable[[QuoteSite], "Attribution | None"]


def _has_se(sent: Sentence, verb: Word) -> bool:
    return any(
        c.text.lower() in _SE and c.deprel in {"expl:pv", "expl:comp", "obj", "iobj", "expl"}
        for c in sent.children(verb)
    )


def cue_lemma(sent: Sentence, verb: Word) -> str:
    """The cue lemma of ``verb`` as the gold writes it ("déclarer", "s'exclamer", "faire part")."""
    lemma = lemma_of(verb.text, verb.lemma)
    before = sent.words[verb.index - 1].text.lower() if verb.index > 0 else ""
    if _has_se(sent, verb) or before in _SE:
        for pronominal in (f"se {lemma}", f"s'{lemma}"):
            if pronominal in PRONOMINAL_VERBS:
                return pronominal
    for child in sent.children(verb):
        if child.deprel in {"obj", "xcomp", "obl:arg", "obl", "obl:mod"}:
            phrase = PHRASAL_CUES.get((lemma, child.lemma.lower()))
            if phrase is not None:
                return phrase
    return lemma


def _verbish(sent: Sentence, word: Word) -> bool:
    """A verb, or a reporting-verb form the tagger took for a noun or adjective after a clitic or
    an auxiliary ("le décrit", "a twitté")."""
    if word.upos == "VERB":
        return True
    if word.upos not in {"NOUN", "ADJ", "PROPN", "X"} or word.index == 0 or not word.text[:1].islower():
        return False
    before = sent.words[word.index - 1]
    repaired = lemma_of(word.text, word.lemma)
    if repaired not in REPORTING_VERBS:
        return False
    previous = before.text.lower()
    auxiliary = before.upos == "AUX" or previous in _AUXILIARY_FORMS
    if auxiliary or previous in _CLITICS or previous in _PERSONAL:  # "il commanda", "le décrit"
        return True
    # "… baissa la tête et répondit": a finite form coordinated with the verbs before it
    form = word.text.lower()
    return previous in _COORDINATING_OPENERS and form != repaired and form.endswith(_PAST_HISTORIC_ENDINGS)


def _is_reporting(sent: Sentence, verb: Word, *, incise: bool) -> bool:
    lemma = cue_lemma(sent, verb)
    if lemma in PHRASAL_CUES.values():
        return True
    if lemma not in REPORTING_VERBS:
        return False
    return incise or lemma not in INCISE_ONLY_VERBS


def _is_subject(word: Word) -> bool:
    if word.upos == "PUNCT":
        return False
    if word.deprel in _SUBJECT:
        return word.text.lower() not in {"-t", "t"}
    return word.deprel == "expl:subj" and word.text.lower().lstrip("-") in _PERSONAL


def _finite_clause(sent: Sentence, verb: Word) -> bool:
    if verb.feats.get("VerbForm") == "Fin":
        return True
    return any(c.deprel in {"aux", "aux:tense", "aux:pass"} for c in sent.children(verb))


def _subject(sent: Sentence, verb: Word, depth: int = 0) -> Word | None:
    """The subject of ``verb``: nsubj, the agent of a passive, or the subject of its governor
    (for a coordinated verb, an infinitive or a participle, which share it)."""
    children = sent.children(verb)
    passive = any(c.deprel == "aux:pass" for c in children) or any(c.deprel == "nsubj:pass" for c in children)
    if passive:
        for c in children:
            if c.deprel == "obl:agent":
                return c
    subjects = [c for c in children if _is_subject(c)]
    if subjects:
        # two subjects is a parser slip over a fronted phrase ("Afin d'éviter toute contestation,
        # il les aligna"): the one nearest before the verb is the real one, never a dative
        # clitic the parser took for a subject ("La fille, exaspérée, lui cria")
        real = [c for c in subjects if c.text.lower() not in _OBJECT_CLITICS]
        before = [c for c in real if c.start < verb.start]
        if real:
            return before[-1] if before else real[0]
    finite = verb.feats.get("VerbForm") == "Fin"  # "… qu'on ne les écoutait pas, reprit" is no xcomp
    climbs = (
        verb.deprel == "conj"
        or (verb.deprel == "xcomp" and not finite)
        or (verb.deprel == "advcl" and not _finite_clause(sent, verb))
    )
    if depth < 3 and climbs and verb.head >= 0:
        governor = sent.words[verb.head]
        while governor.upos not in {"VERB", "AUX"} and governor.head >= 0 and depth < 3:
            if any(c.deprel == "cop" for c in sent.children(governor)):
                break
            governor = sent.words[governor.head]
            depth += 1
        return _subject(sent, governor, depth + 1)
    return None


_CLITICS = frozenset(
    {"lui", "leur", "se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous", "y", "en",
     "le", "la", "les", "l'", "l’", "ne", "n'", "n’"}
)  # fmt: skip


def _preceding_subject(sent: Sentence, verb: Word) -> Word | None:
    """The noun right before a finite verb, across clitics, auxiliaries and a short comma-set
    insert, when the parser attached the subject elsewhere ("qu'Aliev et Pachinian lui avaient
    assuré", "Une voix forte, au loin, criait", "le ministre, Christophe Castaner, a twitté")."""
    i = verb.index - 1
    while i >= 0:
        word = sent[i]
        if word.upos in {"AUX", "ADV"} or word.text.lower() in _CLITICS:
            i -= 1
            continue
        if word.text == ",":
            j = i - 1
            while j >= 0 and i - j <= _MAX_INSERT and sent[j].text != ",":
                j -= 1
            i = j - 1 if j >= 0 and sent[j].text == "," else _before_long_insert(sent, i)
            continue
        capitalised = word.upos in {"ADJ", "X", "ADV"} and word.text[:1].isupper()  # "Douce lui dit"
        nominal = word.upos == "ADJ" and i > 0 and sent[i - 1].upos == "DET"  # "Le vieux commença"
        if (
            word.upos in {"PROPN", "NOUN"}
            or capitalised
            or nominal
            or (word.upos == "PRON" and word.text.lower() not in _CLITICS)
        ):
            while (
                word.deprel in {"conj", "nmod", "flat", "flat:name", "amod"}
                and word.head >= 0
                and sent.words[word.head].start < word.start
            ):
                word = sent.words[word.head]
            return word
        return None
    return None


def _before_long_insert(sent: Sentence, comma: int) -> int:
    """Where to look on from a comma closing a long insert: before the insert when it opens as
    one ("M. de Coutelier, en fumant sa pipe avec M. de Courville, lui dit"), else just before
    the comma ("Le ministre Christophe Castaner, a twitté"). A role apposed to a name ("X,
    porte-parole de …, estime", "X, ancien ministre, a dit") is such an insert too."""
    j = comma - 1
    while j >= 0 and sent[j].text != ",":
        j -= 1
    first = sent[j + 1] if j + 1 < comma else None
    if j < 0 or first is None:
        return comma - 1
    opens = first.upos in {"ADP", "SCONJ", "VERB"} or first.text.lower() in _INSERT_OPENERS
    after_name = j > 0 and sent[j - 1].upos == "PROPN"
    apposed = after_name and first.upos in {"DET", "NUM"}  # "Fritz, deux Allemands …,"
    # "Benjamin Cauchy, porte-parole des « Gilets jaunes libres », estime": a role apposed to a name
    roles = [w for w in sent.words[j + 1 : min(comma, j + 3)] if role_of(w.text.lower()) is not None]
    role_apposed = after_name and first.upos in {"NOUN", "ADJ"} and bool(roles)
    return j - 1 if opens or apposed or role_apposed else comma - 1


#: Words that open a comma-set insert between a subject and its verb.
_INSERT_OPENERS = frozenset({"en", "qui", "dont", "après", "avant", "sans", "pour", "tout", "comme"})


#: Nouns of someone's words: "selon X" with one of these means "selon" whoever said them.
_WORDS_OF = frozenset({"mot", "terme", "propos", "parole", "dire", "déclaration", "affirmation", "aveu"})
#: The longest comma-set insert (words) skipped between a subject and its verb.
_MAX_INSERT = 5
#: Endings of finite French verb forms of the third person (present, imperfect, passé simple).
_FINITE_ENDINGS = (
    "e",
    "es",
    "ent",
    "t",
    "d",
    "a",
    "ait",
    "aient",
    "it",
    "ut",
    "èrent",
    "irent",
    "urent",
    "ont",
)
#: Tags of words that are never the verb of an incise.
_NOT_INCISE_VERBS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PRON", "PUNCT", "ADV", "NUM", "PROPN"})
_RELATIVE_PRONOUNS = frozenset({"que", "qu'", "qu’", "qui", "ce", "c'", "c’"})
_COORDINATING_OPENERS = frozenset({"et", "puis", "mais", "ou"})


def _elided_subject(site: QuoteSite, index: int, verb: Word) -> Mention | None:
    """ "… » et avertissait qu'il fallait « … »": a coordinated verb opening a sentence (the
    segmenter cut after a long quote) shares the subject of the previous sentence's main verb."""
    sent = site.sentence(index)
    frame = [w for w in sent if site.is_frame(index, w) and w.upos != "PUNCT"]
    if len(frame) < 2 or frame[0].text.lower() not in _COORDINATING_OPENERS:
        return None
    if not any(w is verb for w in frame[1:3]) and not (
        frame[1].upos == "AUX" and len(frame) > 2 and frame[2] is verb
    ):
        return None
    previous = site.sentence(index - 1)
    root = previous.root
    if root is None:
        return None
    subject = _subject(previous, root)
    if subject is None or not site.is_frame(index - 1, subject):
        return None
    return _mention(site, index - 1, subject)


def _inverted_subject(
    sent: Sentence, verb: Word, allowed: Callable[[Word], bool] | None = None
) -> Word | None:
    """The subject of an incise verb: its nsubj, else the noun phrase right after it.

    ``allowed`` rejects candidates (words inside a quotation, which the parser may have made
    the verb's subject)."""
    for c in sent.children(verb):
        if _is_subject(c) and (allowed is None or allowed(c)):
            return c
    for c in sent.children(verb):
        if c.start <= verb.start or c.upos not in {"NOUN", "PROPN", "PRON"}:
            continue
        if allowed is not None and not allowed(c):
            continue
        if c.deprel not in {"obj", "nsubj", "dep", "appos", "iobj", "obl:arg", "expl:subj"}:
            continue
        if any(g.deprel == "case" for g in sent.children(c)):
            continue
        if c.text.lower() in {"-t", "t", "se", "s'"}:
            continue
        return c
    return None


def _document_of(sent: Sentence, verb: Word) -> Word | None:
    """For "lit-on dans un communiqué": the document the impersonal verb reads from."""
    for c in sent.children(verb):
        if c.deprel.startswith("obl") and c.upos in {"NOUN", "PROPN"}:
            cases = [g for g in sent.children(c) if g.deprel == "case"]
            if cases and cases[0].text.lower() in _DOC_PREPS:
                return c
    return None


def _document_after(sent: Sentence, verb: Word) -> Word | None:
    """The first "dans/sur + noun" after ``verb``, whatever the parser attached it to."""
    for word in sent.words[verb.index + 1 :]:
        if word.upos == "PUNCT" and word.text != ",":
            return None
        if word.upos in {"NOUN", "PROPN"}:
            cases = [g for g in sent.children(word) if g.deprel == "case"]
            if cases and cases[0].text.lower() in _DOC_PREPS:
                return word
    return None


def _mention(site: QuoteSite, index: int, head: Word) -> Mention:
    sent = site.sentence(index)
    return mention_from(
        sent,
        index,
        head,
        site.doc.text,
        allowed=lambda w: index not in site.inside or site.is_frame(index, w),
    )


def _speaker_of_verb(site: QuoteSite, index: int, verb: Word, *, inverted: bool) -> Mention | None:
    sent = site.sentence(index)

    def frame(word: Word) -> bool:
        return site.is_frame(index, word)

    subject = _inverted_subject(sent, verb, frame) if inverted else _subject(sent, verb)
    if subject is not None and not frame(subject):
        subject = None
    governor = sent.head_of(verb)
    coordinated_into_quote = verb.deprel == "conj" and governor is not None and not frame(governor)
    if subject is None and coordinated_into_quote:
        root = sent.root  # "… « on n'a pas racheté » et avertissait …": the frame's own subject
        if root is not None and frame(root) and root.upos == "VERB":
            subject = _subject(sent, root)
            if subject is not None and not frame(subject):
                subject = None
    # a main verb the tagger took for a participle ("Le vieux commença" as VerbForm=Part)
    untagged_root = verb.deprel == "root" and verb.feats.get("VerbForm") not in {"Inf", "Ger"}
    if (
        subject is None
        and not inverted
        and (_finite_clause(sent, verb) or verb.upos != "VERB" or untagged_root)
    ):
        subject = _preceding_subject(sent, verb)
        if subject is not None and not site.is_frame(index, subject):
            subject = None
    modal = governor is not None and governor.upos == "VERB" and governor.lemma in MODAL_VERBS
    if subject is None and inverted and modal and governor is not None and governor.start < verb.start:
        subject = _inverted_subject(sent, governor, frame)  # "peut-on lire"
    if subject is None and not inverted and index > 0:
        return _elided_subject(site, index, verb)
    if subject is None:
        return None
    if subject.text.lower().lstrip("-") == "on":
        document = _document_of(sent, verb)  # "peut-on lire dans le communiqué": the document
        return None if document is None else _mention(site, index, document)  # "on dit": nobody
    return _mention(site, index, subject)


def _incise_subject(site: QuoteSite, index: int, verb: Word) -> Mention | None:
    """The source of an incise verb: read from the word order first, then from the tree."""
    sent = site.sentence(index)
    found = None
    auxiliaries = [c for c in sent.children(verb) if c.upos == "AUX" and c.start < verb.start]
    for word in (*auxiliaries, verb):  # "a-t-elle affirmé": the clitic follows the auxiliary
        found = surface_subject(sent, index, word, site.doc.text, allowed=lambda w: site.is_frame(index, w))
        if found is not None:
            break
    if found is not None:
        if found.kind is MentionKind.IMPERSONAL:
            document = _document_of(sent, verb) or _document_after(sent, verb)
            if document is not None:
                return _mention(site, index, document)
        return found
    mention = _speaker_of_verb(site, index, verb, inverted=True)
    if mention is not None and not all(site.is_frame(index, sent[i]) for i in mention.words):
        return None
    return mention


def _reporting_form(word: Word) -> bool:
    """A reporting verb by its form, whatever the tagger said ("s'écria" tagged as a noun)."""
    if word.upos not in {"NOUN", "ADJ", "PROPN", "VERB"}:
        return False
    return word.text[:1].islower() and lemma_of(word.text, word.lemma) in REPORTING_VERBS


def _cue_verb(sent: Sentence, word: Word) -> Word:
    """A modal's reporting infinitive ("peut-on lire") stands for the modal."""
    if word.lemma in MODAL_VERBS:
        for c in sent.children(word):
            if c.deprel == "xcomp" and c.upos == "VERB":
                return c
    return word


def _is_inverted_clitic(word: Word) -> bool:
    return word.upos == "PRON" and word.text.startswith("-") and word.text.lower() not in {"-t", "-ce"}


def incise_after(site: QuoteSite) -> Attribution | None:
    """« … », a déclaré X / « … », a-t-il déclaré / « … », lit-on dans un communiqué.

    A verb right after the quote (only punctuation, auxiliaries, clitics and a few adverbs
    between) that reports speech, or any verb in an inverted incise ("plaisanta-t-il").
    """
    skipped = 0
    for index, word in site.frame_after():
        sent = site.sentence(index)
        if word.upos == "PUNCT":
            if word.text in _DASHES:
                continue
            return None
        candidate: Word | None = None
        after_t = word.index + 1
        if after_t < len(sent) and sent[after_t].text.lower() in {"-t", "-t-"}:
            after_t += 1  # "estime-t-il"
        following = sent.words[after_t] if after_t < len(sent) else None
        inverted_next = following is not None and _is_inverted_clitic(following)
        if word.upos == "AUX":
            head = sent.head_of(word)
            if head is not None and head.upos == "VERB" and head.start > word.start:
                candidate = head
            elif head is not None and head.start < word.start and not inverted_next:
                return None
        elif word.upos == "VERB" or inverted_next or _reporting_form(word):
            candidate = word
        if candidate is None:
            if word.upos not in _INCISE_SKIP:
                return None
            skipped += 1
            if skipped > 3:
                return None
            continue
        verb = _cue_verb(sent, candidate)
        comma = any(w.text == "," and w.end <= candidate.start for _, w in site.frame_after())
        quoted_subject = any(
            c.deprel in _SUBJECT and site.is_inside(index, c) for c in sent.children(candidate)
        )
        if quoted_subject and not comma and _incise_subject(site, index, candidate) is None:
            return None  # « aucun retard » n'a été constaté: the quote is the verb's subject
        inverted = any(_is_inverted_clitic(c) for c in sent.children(candidate)) or (
            following is not None and _is_inverted_clitic(following)
        )
        if not (_is_reporting(sent, verb, incise=True) or inverted):
            return None
        if candidate.upos != "VERB" and following is not None and _is_inverted_clitic(following):
            clitic = following
            mention: Mention | None = _mention(site, index, clitic)
            if clitic.text.lower() == "-on":
                document = _document_of(sent, candidate) or _document_after(sent, candidate)
                if document is not None:
                    mention = _mention(site, index, document)
            return Attribution(
                rule="incise",
                confidence=CONFIDENCE["incise"],
                cue=lemma_of(candidate.text, candidate.lemma),
                cue_span=candidate.span.with_source(site.doc.text),
                mention=mention,
                frame="incise",
            )
        mention = _incise_subject(site, index, candidate)
        if mention is None and verb is not candidate:
            mention = _incise_subject(site, index, verb)
        if mention is not None and mention.kind is MentionKind.IMPERSONAL:
            document = _document_of(sent, verb)
            if document is not None:
                mention = _mention(site, index, document)
        return Attribution(
            rule="incise",
            confidence=CONFIDENCE["incise"] if mention is not None else 0.5,
            cue=cue_lemma(sent, verb),
            cue_span=verb.span.with_source(site.doc.text),
            mention=mention,
            frame="incise",
        )
    return None


def incise_verb(site: QuoteSite) -> Attribution | None:
    """« … », s'enthousiasme Federico Garcia / « … », préférait rectifier l'intéressé.

    French puts a noun subject after its verb right after a quotation only in an incise, so the
    word order alone says the verb reports the quote, whatever its lemma and however the tagger
    took it ("enthousiasme" as a noun). Read from the surface: a comma, an optional "se", a
    lowercase word with a finite verb's ending, an optional infinitive, then a determiner or a
    name, which heads the source.
    """
    framed = site.frame_after()
    if not framed or any(index != framed[0][0] for index, _ in framed):
        return None  # a tag that runs over two sentences is no incise of this kind
    index = framed[0][0]
    sent = site.sentence(index)
    after = [w for _, w in framed]
    if len(after) < 3 or after[0].text != ",":
        return None
    k = 2 if after[1].text.lower() in _SE else 1
    if k + 1 >= len(after):
        return None
    verb = after[k]
    form = verb.text.lower()
    if (
        not verb.text[:1].islower()
        or verb.upos in _NOT_INCISE_VERBS
        or form in _AUXILIARY_FORMS
        or not form.endswith(_FINITE_ENDINGS)
    ):
        return None
    k += 1
    if after[k].upos == "VERB" and after[k].feats.get("VerbForm") == "Inf" and k + 1 < len(after):
        k += 1  # "préférait rectifier l'intéressé"
    first = after[k]
    if first.upos == "DET":
        head = sent.head_of(first)
        if head is None or head.start < first.start or head.upos not in {"NOUN", "PROPN", "ADJ"}:
            return None
    elif first.upos == "PROPN" or (first.text[:1].isupper() and first.upos != "PRON"):
        head = first
    else:
        return None
    return Attribution(
        rule="incise_verb",
        confidence=CONFIDENCE["incise_verb"],
        cue=lemma_of(verb.text, verb.lemma),
        cue_span=verb.span.with_source(site.doc.text),
        mention=_mention(site, index, head),
        frame="incise",
    )


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
    if len(after) < 2 or after[0].text not in {"—", "–"}:
        return None
    run = proper_name_run(after[1:])
    if not run:
        return None
    rest = after[1 + len(run) :]
    if rest and rest[0].text not in {",", ".", "(", ")"}:
        return None
    return Attribution(
        rule="dash_signature",
        confidence=CONFIDENCE["dash_signature"],
        mention=_mention(site, index, next((w for w in run if w.head not in {r.index for r in run}), run[0])),
        frame="incise",
    )


def incise_late(site: QuoteSite) -> Attribution | None:
    """« … » entre les deux pays, indique le communiqué.: a closing incise later in the sentence.

    A reporting verb after a comma near the end of the sentence, with its subject after it,
    attributes every quote of the sentence before it.
    """
    after = site.frame_after()
    for position, (index, word) in enumerate(after):
        if word.upos != "VERB" or position == 0:
            continue
        sent = site.sentence(index)
        back = position - 1
        while back > 0 and (after[back][1].upos == "AUX" or after[back][1].text.lower() in _CLITICS):
            back -= 1
        if after[back][1].text != ",":
            continue
        verb = _cue_verb(sent, word)
        if not _is_reporting(sent, verb, incise=True):
            continue
        subject = _inverted_subject(sent, word, functools.partial(site.is_frame, index))
        if subject is None or subject.start < word.start:
            continue
        own = {w.index for w in sent.subtree(subject)}
        rest = [w for _, w in after[position + 1 :] if w.start > subject.end and w.index not in own]
        if any(w.upos == "VERB" for w in rest):
            continue
        return Attribution(
            rule="incise_late",
            confidence=CONFIDENCE["incise_late"],
            cue=cue_lemma(sent, verb),
            cue_span=verb.span.with_source(site.doc.text),
            mention=_speaker_of_verb(site, index, word, inverted=True),
            frame="incise",
        )
    return None


def _frame_before_colon(site: QuoteSite, *, distant: bool = False) -> tuple[int, tuple[Word, ...]] | None:
    before = site.frame_before()
    if distant:
        colons = [position for position, w in enumerate(before) if w.text == ":"]
        if colons and colons[-1] < len(before) - 1:
            return site.first, before[: colons[-1]]
        if colons or site.first == 0 or not before:
            return None
        index = site.first - 1
        earlier = [w for w in site.sentence(index) if site.is_frame(index, w) and not w.text.isspace()]
        if earlier and earlier[-1].text == ":" and before[0].start - earlier[-1].end < 3:
            return site.first - 1, tuple(earlier[:-1])
        return None
    index = site.first
    if not before and site.first > 0:
        index = site.first - 1
        previous = site.sentence(index)
        before = tuple(w for w in previous if site.is_frame(index, w) and not w.text.isspace())
    if not before or before[-1].text != ":":
        return None
    return index, before[:-1]


def colon_intro(site: QuoteSite) -> Attribution | None:
    """X a déclaré : « … » / X est plus explicite : « … » / headline X : « … »."""
    return _colon(site, distant=False)


def colon_distant(site: QuoteSite) -> Attribution | None:
    """X a déclaré : « … », les Y « … »: a later quote of a sentence introduced by a colon."""
    found = _colon(site, distant=True)
    if found is None:
        return None
    return attrs.evolve(found, rule="colon_distant", confidence=CONFIDENCE["colon_distant"], frame="woven")


def _colon(site: QuoteSite, *, distant: bool) -> Attribution | None:
    found = _frame_before_colon(site, distant=distant)
    if found is None:
        return None
    index, clause = found
    sent = site.sentence(index)
    text = site.doc.text
    for word in reversed(clause):
        if _verbish(sent, word) and _is_reporting(sent, word, incise=True):  # "il reprit :"
            mention = _speaker_of_verb(site, index, word, inverted=False)
            if mention is None:
                mention = _chain_subject(site, index, clause, word)
            if mention is not None:
                return Attribution(
                    rule="colon_intro",
                    confidence=CONFIDENCE["colon_intro"],
                    cue=cue_lemma(sent, word),
                    cue_span=word.span.with_source(text),
                    mention=mention,
                    frame="colon",
                )
    members = {w.index for w in clause}
    tops = [w for w in clause if w.head < 0 or w.head not in members]
    for word in tops:
        predicate = word.upos in {"ADJ", "NOUN"} and any(c.deprel == "cop" for c in sent.children(word))
        if word.upos in {"VERB", "AUX"} or predicate:
            mention = _speaker_of_verb(site, index, word, inverted=False)
            if mention is None or not _speaker_like(site, mention):
                continue  # "Ses jambes devenaient lourdes :" introduces nobody's words
            lemma = f"être {word.lemma.lower()}" if predicate else cue_lemma(sent, word)
            return Attribution(
                rule="colon_main_verb",
                confidence=CONFIDENCE["colon_main_verb"],
                cue=lemma,
                cue_span=word.span.with_source(text),
                mention=mention,
                frame="colon",
            )
    if any(w.upos in {"VERB", "AUX"} or _verbish(sent, w) for w in clause):
        return None
    for word in tops:
        if word.upos in {"PROPN", "NOUN"} and not (word.upos == "PROPN" and word.text[:1].islower()):
            return Attribution(
                rule="colon_headline",
                confidence=CONFIDENCE["colon_headline"],
                cue=":",
                cue_span=clause[-1].span.with_source(text) if clause else None,
                mention=_mention(site, index, word),
                frame="colon",
            )
    return None


_SUBORDINATE = frozenset({"advcl", "acl", "acl:relcl", "ccomp", "csubj"})


def _chain_subject(site: QuoteSite, index: int, clause: Sequence[Word], verb: Word) -> Mention | None:
    """The subject of the first verb of a chain ending in ``verb`` ("Douce hésita, baissa la
    tête et répondit :"), when the parser linked the last verb to nothing that has one."""
    sent = site.sentence(index)
    for word in clause:
        if word.start >= verb.start:
            return None
        if word.upos == "VERB" and word.feats.get("VerbForm") == "Fin":
            subordinate = word.deprel in _SUBORDINATE or any(c.deprel == "mark" for c in sent.children(word))
            if subordinate:
                return None  # "comme elle restait …, il commanda": not the speaker's clause
            subject = _subject(sent, word) or _preceding_subject(sent, word)
            if subject is None or not site.is_frame(index, subject):
                return None
            return _mention(site, index, subject)
    return None


def _speaker_like(site: QuoteSite, mention: Mention) -> bool:
    """Whether a mention can be someone who speaks: a name, a pronoun, or a noun of a person,
    an organisation, a group or a document ("le ministre", "le syndicat", "le communiqué")."""
    if mention.kind in {MentionKind.NAME, MentionKind.PRONOUN, MentionKind.DOCUMENT}:
        return True
    if mention.kind is MentionKind.IMPERSONAL:
        return False
    head = mention.head.text_in(site.doc.text).lower()
    if role_of(head) is not None or head in ORGANISATION_NOUNS or head in GROUP_NOUNS:
        return True
    if not 0 <= mention.sentence < len(site.doc.sentences):
        return False
    # a nominalised adjective right after its determiner ("le vieux", "la petite") is a person
    sent = site.sentence(mention.sentence)
    return any(
        w.span == mention.head and w.upos == "ADJ" and w.index > 0 and sent[w.index - 1].upos == "DET"
        for w in sent
    )


def _possessor(sent: Sentence, noun: Word) -> Word | None:
    for c in sent.children(noun):
        if c.deprel in {"det:poss", "nmod:poss"} or (c.upos == "DET" and c.feats.get("Poss") == "Yes"):
            return c
    for c in sent.children(noun):
        if c.deprel == "nmod" and c.upos in {"PROPN", "NOUN", "PRON"}:
            cases = [g for g in sent.children(c) if g.deprel == "case"]
            if cases and cases[0].lemma.lower() in {"de", "du", "des"}:
                return c
    return None


def governing_verb(site: QuoteSite) -> Attribution | None:
    """X a déclaré que « … » / X parle d'un « montage » / qu'ils étaient « prêts pour la paix ».

    Walks up from the quote to the nearest reporting verb (or speech noun with a possessor:
    "ses déclarations sur les « fainéants »") and takes its subject (the agent of a passive).
    """
    text = site.doc.text
    for index, top in site.top_words():
        sent = site.sentence(index)
        previous = top
        hops = 0
        depth = 0
        for ancestor in sent.ancestors(top):
            if ancestor.upos not in {"PUNCT", "AUX", "ADP", "DET"}:
                depth += 1
            crossing = previous.deprel in _CLAUSE_BOUNDARY or (
                previous.deprel == "conj" and any(c.deprel in _SUBJECT for c in sent.children(previous))
            )
            own_subject = any(_is_subject(c) and site.is_frame(index, c) for c in sent.children(previous))
            if crossing and (not site.is_inside(index, previous) or own_subject):
                break  # a coordinated or juxtaposed clause has its own source
            previous = ancestor
            if site.is_inside(index, ancestor):
                continue
            if any(_is_subject(c) and site.is_inside(index, c) for c in sent.children(ancestor)):
                previous = ancestor
                continue  # « aucun retard » n'a été constaté: the quote is what was reported on
            if _verbish(sent, ancestor) and _is_reporting(sent, ancestor, incise=False):
                mention = _speaker_of_verb(site, index, ancestor, inverted=False)
                if mention is None and any(_is_inverted_clitic(c) for c in sent.children(ancestor)):
                    mention = _speaker_of_verb(site, index, ancestor, inverted=True)
                return Attribution(
                    rule="reporting_verb",
                    confidence=CONFIDENCE["reporting_verb"] if mention is not None else 0.4,
                    cue=cue_lemma(sent, ancestor),
                    cue_span=ancestor.span.with_source(text),
                    mention=mention,
                    frame="verb" if sent.head_of(top) is ancestor else "woven",
                    hops=hops,
                    depth=depth,
                )
            if ancestor.upos == "VERB":
                hops += 1
            if ancestor.upos == "NOUN" and ancestor.lemma.lower() in SPEECH_NOUNS | DOCUMENT_NOUNS:
                owner = _possessor(sent, ancestor)
                if owner is not None and site.is_frame(index, owner):
                    return Attribution(
                        rule="noun_cue",
                        confidence=CONFIDENCE["noun_cue"],
                        cue=ancestor.lemma.lower(),
                        cue_span=ancestor.span.with_source(text),
                        mention=_mention(site, index, owner),
                        frame="woven",
                    )
    return None


def _locution_at(words: Sequence[Word], position: int) -> tuple[str, int] | None:
    lowered = [w.text.lower().replace("’", "'") for w in words]
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
        for c in sent.children(clause):
            if c.deprel in _SUBJECT and c.text.lower() not in _RELATIVE_PRONOUNS:
                return c
    return None


def _source_noun(sent: Sentence, prep: Word) -> Word | None:
    if prep.deprel in {"case", "fixed"} or prep.upos == "ADP":
        head = sent.head_of(prep)
        while head is not None and head.deprel == "fixed":
            head = sent.head_of(head)
        if head is not None and head.upos in {"NOUN", "PROPN", "PRON"} and head.start > prep.start:
            said_by = _relative_speaker(sent, head)
            if said_by is not None:  # "selon ce qu'a confié X": X
                return said_by
            if head.lemma.lower() in _WORDS_OF:  # "selon les mots du procureur", "la déclaration de X"
                for c in sent.children(head):
                    if c.deprel == "nmod" and c.upos in {"NOUN", "PROPN", "PRON"}:
                        return c
            return head
    for w in sent.words[prep.index + 1 :]:
        if w.upos in {"NOUN", "PROPN", "PRON"}:
            return w
        if w.upos not in {"DET", "ADJ", "ADP", "NUM"}:
            return None
    return None


def source_preposition(site: QuoteSite) -> Attribution | None:
    """selon X, « … » / « … », d'après X / pour X, « … » / aux yeux de X …"""
    text = site.doc.text
    for index in range(site.first, site.last + 1):
        sent = site.sentence(index)
        frame = [w for w in sent if site.is_frame(index, w)]
        for position, word in enumerate(frame):
            low = word.text.lower().replace("’", "'")
            cue: str | None = None
            anchor = word
            if low in SOURCE_PREPOSITIONS:
                cue = SOURCE_PREPOSITIONS[low]
            elif low == "après" and position > 0 and frame[position - 1].text.lower() in {"d'", "d’"}:
                cue = "d'après"
            else:
                located = _locution_at(frame, position)
                if located is not None:
                    cue, last = located
                    anchor = frame[last]
            if cue is not None:
                noun = _source_noun(sent, anchor)
                if noun is not None and site.is_frame(index, noun):
                    rule = "source_preposition"
                    return Attribution(
                        rule=rule,
                        confidence=CONFIDENCE[rule],
                        cue=cue,
                        cue_span=word.span.with_source(text),
                        mention=_mention(site, index, noun),
                        frame="preposition",
                    )
            clause_start = position == 0 or frame[position - 1].text in {",", ":"}
            if low in POINT_OF_VIEW_PREPOSITIONS and clause_start:
                noun = _source_noun(sent, word)
                if noun is None or noun.upos not in {"PROPN", "PRON", "NOUN"}:
                    continue
                mention = _mention(site, index, noun)
                follows = [w for w in frame if w.start >= mention.span.end]
                if not _speaker_like(site, mention):
                    continue  # "pour le moment," "pour la première fois,": no source
                if follows and follows[0].text == ",":
                    return Attribution(
                        rule="point_of_view",
                        confidence=CONFIDENCE["point_of_view"],
                        cue=POINT_OF_VIEW_PREPOSITIONS[low],
                        cue_span=word.span.with_source(text),
                        mention=mention,
                        frame="preposition",
                    )
    return None


def quoted_predicate(site: QuoteSite) -> Attribution | None:
    """Airbus « coopère pleinement … »: the quote is the predicate of a subject in the frame."""
    for index, top in site.top_words():
        sent = site.sentence(index)
        if top.upos not in {"VERB", "AUX", "ADJ"}:
            continue
        for c in sent.children(top):
            if c.deprel in _SUBJECT and site.is_frame(index, c) and c.end <= site.quote.marks.start:
                return Attribution(
                    rule="quoted_predicate",
                    confidence=CONFIDENCE["quoted_predicate"],
                    mention=_mention(site, index, c),
                    frame="woven",
                )
    return None


#: The sentence rules, in the order they are tried.
SENTENCE_RULES: tuple[Rule, ...] = (
    incise_after,
    incise_verb,
    dash_signature,
    colon_intro,
    governing_verb,
    incise_late,
    source_preposition,
    colon_distant,
    quoted_predicate,
)


def attribute_sentence(site: QuoteSite, rules: Sequence[Rule] = SENTENCE_RULES) -> Attribution | None:
    """The first answer of ``rules`` for the quote at ``site`` (``None`` when none answers)."""
    if not site.located:
        return None
    fallback: Attribution | None = None
    for rule in rules:
        found = rule(site)
        if found is None:
            continue
        if found.mention is not None:
            return found
        if fallback is None:
            fallback = found
    return fallback
