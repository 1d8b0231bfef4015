"""The final kind of a quote, from its shape in the parse and what attributed it.

- ``direct``: a whole utterance: the quote holds a main clause of its own (a finite verb, or
  several sentences) and stands alone in the frame (nothing but punctuation, a colon, "que" or a
  speech tag around it), or it is a dialogue line;
- ``partial``: a fragment woven into the writer's sentence, or a clause whose subject or end lies
  outside the marks;
- ``term``: a short noun phrase (no finite verb) that no cue attributes: a label, a title, a
  scare quote. A term never keeps a speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quoteattr.attribute.rules import Attribution
from quoteattr.attribute.rules.verbs import verb_tagged_noun
from quoteattr.attribute.site import QuoteSite
from quoteattr.lang.fr.incises import INVERTED_PRONOUNS
from quoteattr.lang.fr.pronouns import PREVERBAL_WORDS, RELATIVE_PRONOUNS, SUBJECT_CLITIC_ENDINGS
from quoteattr.lang.fr.titles import ARTICLE_FORMS
from quoteattr.lang.fr.verbs import INFINITIVE_ENDINGS, NAME_GIVING_VERBS, REPORTING_VERBS, lemma_of
from quoteattr.lang.fr.works import PUBLISHING_VERBS, WORK_NOUNS
from quoteattr.model import MarkStyle, QuoteKind
from quoteattr.parse.types import Word

__all__ = ["FAR_CUE_DEPTH", "FAR_CUE_HOPS", "TERM_MAX_WORDS", "decide_kind"]

#: A quote longer than this (in words) is never a term, even without a cue.
TERM_MAX_WORDS = 6
#: A one-word quote this many verbs below its cue is a scare quote, not the cue's words.
FAR_CUE_HOPS = 2
#: ... or this many words of any kind below it ("nouvelle « Coluche » des Gilets jaunes").
FAR_CUE_DEPTH = 5

_SENTENCE_INSIDE = regex.compile(r"[.!?…]\s+\p{Lu}")
_UTTERANCE = regex.compile(r"\p{Lu}.*[.!?…][\s»”\"]*\Z", regex.S)
_INTRODUCERS = frozenset({":", ",", "que", "qu'", "qu’", "—", "–", "-", "(", "«", "“", '"'})
_CLOSERS = frozenset({",", ".", ";", ":", "!", "?", "…", ")", "—", "–", "-", "»", "”", '"'})
_WEAK_RULES = frozenset(
    {"quoted_predicate", "colon_distant", "continuation", "turn_taking", "topic_before", "lead"}
)


def _finite(word: Word) -> bool:
    """A finite verb, or one the tagger called an infinitive that no infinitive's ending has
    (« Nous ne négocierons pas »: a future, read as « négocier »)."""
    if word.upos not in {"VERB", "AUX"}:
        return False
    form = word.feats.get("VerbForm", "Fin")
    return form == "Fin" or (form == "Inf" and not word.text.lower().endswith(INFINITIVE_ENDINGS))


def _subject_label(word: Word) -> bool:
    return word.deprel.startswith("nsubj") or word.deprel == "expl:subj"  # "c'est …"


def _elided(site: QuoteSite) -> bool:
    """The parse layer replaced the content by a placeholder (it does so for utterances only)."""
    text = site.doc.text
    return any(
        any(
            w.start <= seg.start and seg.end <= w.end and w.text != seg.text_in(text)
            for seg in site.quote.segments
        )
        for _, w in site.inside_words()
    )


def _is_main_clause(site: QuoteSite) -> bool:
    """The quote holds its own main clause: a finite verb with its subject inside, unsubordinated."""
    if _elided(site):
        return True
    for index, top in site.top_words():
        sent = site.sentence(index)
        children = sent.children(top)
        if any(c.deprel == "mark" and site.is_inside(index, c) for c in children):
            continue
        predicate = _finite(top) or any(c.deprel in {"cop", "aux", "aux:tense", "aux:pass"} for c in children)
        subject_inside = any(_subject_label(c) and site.is_inside(index, c) for c in children)
        subject_outside = any(_subject_label(c) and site.is_frame(index, c) for c in children)
        imperative = top.feats.get("Mood") == "Imp"
        if predicate and not subject_outside and (subject_inside or imperative):
            return True
    if _opens_on_subject_and_verb(site):
        return True
    # a parse that hung the verb under another word of the quote (« On ne lâchera rien » with
    # « rien » its root): a finite verb with its subject inside, in no subordinate or relative
    # (« une issue digne à une crise qui ne peut durer »: « qui » opens a relative, whatever label)
    return any(
        _finite(w)
        and w.deprel not in _SUBORDINATE
        and any(
            _subject_label(c) and site.is_inside(index, c) and c.text.lower() not in RELATIVE_PRONOUNS
            for c in site.sentence(index).children(w)
        )
        and not any(c.deprel == "mark" for c in site.sentence(index).children(w))
        for index, w in site.inside_words()
    )


#: Subject pronouns that open a clause, before its verb: the personal ones (« Elle est juste »),
#: the elided « j' » and the demonstratives (« C'est faux », « Ça suffit »).
_OPENING_SUBJECTS = frozenset(INVERTED_PRONOUNS) | {"j'", "j’", "c'", "c’", "ce", "ça", "cela"}


def _opens_on_subject_and_verb(site: QuoteSite) -> bool:
    """Whether the quote opens on a subject pronoun and its finite verb (the negation and
    clitics between): « Elle est juste », « C'est inacceptable », « On n'y croit plus » are a
    clause whatever the parser hung their words on (it may make « Elle » and « est » depend on
    the speech verb of the incise)."""
    words = [w for _, w in site.inside_words() if w.upos != "PUNCT"]
    if len(words) < 2:
        return False
    after = 1 if words[0].text.lower() in _OPENING_SUBJECTS else _after_noun_phrase(words)
    if after is None:
        return False
    k = after
    while k < len(words) - 1 and words[k].text.lower() in PREVERBAL_WORDS:
        k += 1
    return k < len(words) and (_finite(words[k]) or _agrees_with_clitic(words[0], k > after, words[k]))


def _agrees_with_clitic(subject: Word, clitics: bool, word: Word) -> bool:
    """Whether ``word``, after a subject clitic (and, with ``clitics``, object clitics or the
    negation), has that person's ending: then it is the finite verb, whatever the tagger made
    of it (« Nous le relancerons », its verb tagged a noun after « le » read as an article).
    « nous », « vous », « elle(s) » count only before a clitic: alone they may be tonic."""
    endings, always = SUBJECT_CLITIC_ENDINGS.get(subject.text.lower(), ((), False))
    if not endings or not (always or clitics) or word.upos not in {"NOUN", "ADJ", "PROPN", "VERB", "AUX"}:
        return False
    form = word.text.lower()
    return form.isalpha() and form.endswith(endings)


#: The most words a subject's noun phrase opening a quote is read over (« Mes deux joueurs »).
_SUBJECT_PHRASE_WORDS = 4


def _after_noun_phrase(words: Sequence[Word]) -> int | None:
    """Where the words after a noun phrase that opens a quote begin: a determiner, adjectives, a
    noun and adjectives after it (« Mes joueurs ont été parfaits », « Les deux équipes ont
    joué »), as a clause's subject opens it, whatever the parser hung them on; ``None`` when the
    quote opens otherwise."""
    if words[0].upos != "DET":
        return None
    k = 1
    while k < len(words) and k <= _SUBJECT_PHRASE_WORDS and words[k].upos in {"ADJ", "NUM"}:
        k += 1
    if k >= len(words) or words[k].upos not in {"NOUN", "PROPN"}:
        return None
    k += 1
    while k < len(words) and words[k].upos == "ADJ" and not _finite(words[k]):
        k += 1
    return k


#: Relations of a verb that heads a subordinate or relative clause, never the quote's own.
_SUBORDINATE = frozenset({"acl:relcl", "advcl", "ccomp", "csubj", "xcomp"})


def _stands_alone(site: QuoteSite, attribution: Attribution | None) -> bool:
    before = site.frame_before()
    after = [w for _, w in site.frame_after()]
    opened = not before or before[-1].text.lower() in _INTRODUCERS or before[-1].upos == "VERB"
    if attribution is not None and attribution.frame == "verb":
        opened = True  # the object of a speech verb: "a dit au président « Il y en a … »"
    if attribution is not None and attribution.frame == "incise":
        return opened
    closed = not after or after[0].text in _CLOSERS
    return opened and closed


def _has_finite_verb(site: QuoteSite) -> bool:
    """A finite verb inside the marks, or a word the tagger called a noun that has an object,
    which only a verb has (« X « conteste toute accusation » »), or a participle whose auxiliary
    stands right before the marks: the verb group cut by them (« Le ministère a « fermement
    condamné » l'attaque »), a predicate, never a label."""
    return any(
        _finite(w) or verb_tagged_noun(site.sentence(index), w) or _auxiliary_before(site, index, w)
        for index, w in site.inside_words()
    )


def _auxiliary_before(site: QuoteSite, index: int, word: Word) -> bool:
    """Whether ``word``, a past participle in the marks, has its auxiliary of tense right before
    them."""
    if word.upos != "VERB" or word.feats.get("VerbForm") != "Part":
        return False
    before = site.frame_before()
    if not before or before[-1].upos != "AUX":
        return False
    auxiliary = before[-1]  # of tense only: « avait été « alerté » » is a passive, an attribute
    return auxiliary.head == word.index and auxiliary.deprel == "aux:tense"


def _spoken_sentence(site: QuoteSite, content: str) -> bool:
    """A whole sentence with a verb, whatever form the tagger gave it (« Je n'y croyais plus. »,
    its « croyais » tagged a participle): an utterance, never a label."""
    return bool(_UTTERANCE.match(content)) and any(w.upos in {"VERB", "AUX"} for _, w in site.inside_words())


#: Prepositions after which a capitalised name in marks is where something was said or read
#: (« au « 20 Heures » », « dans « Le Monde » », « sur « France Inter » »), not « de », whose
#: « qualifié de « Munich social » » quotes a speaker's word.
_TITLE_PREPOSITIONS = frozenset({"au", "aux", "à", "dans", "sur"})


def _title(site: QuoteSite, content: str) -> bool:
    """A title in marks after a definite article or a preposition (and its article): a
    programme, a paper, a plan, a book, its first letter a capital, no finite verb, a few words:
    « a assuré au « 20 Heures » de TF1 », « la mairie a lancé le « Plan Azur » »."""
    letter = next((c for c in content if c.isalpha()), "")
    if not letter.isupper() or _has_finite_verb(site) or len(site.inside_words()) > TERM_MAX_WORDS:
        return False
    before = site.frame_before()
    # an article (alone or joined to « à », « de ») before a capital in marks opens a proper name
    # (« le « Plan Azur » », « du « Pacte de Lyon » »); a speaker's words keep their small letter
    # (« la « dérive autoritaire » »)
    if before and before[-1].text.lower() in ARTICLE_FORMS:
        return True
    if before and before[-1].upos == "DET":
        before = before[:-1]
    return bool(before) and (before[-1].text.lower() in _TITLE_PREPOSITIONS or _of_a_work(before))


def _of_a_work(before: tuple[Word, ...]) -> bool:
    """Whether the words before a quote end on a work or on bringing one out: a noun of a work,
    a comma or adjective between (« son dernier roman, « Les Jours tranquilles » »), or a
    publishing verb (« qui a publié « Matins clairs » », « un essai intitulé « … » »)."""
    words = before[:-1] if before[-1].text == "," else before
    if not words:
        return False
    if lemma_of(words[-1].text.lower(), words[-1].lemma) in PUBLISHING_VERBS:
        return True
    if words[-1].upos == "ADJ" and len(words) > 1:
        words = words[:-1]  # « un roman autobiographique, « … » »
    return words[-1].text.lower() in WORK_NOUNS


#: Words that gloss what comes after them (« littéralement : « … » », « c'est-à-dire « … » »).
_GLOSS_WORDS = frozenset({"littéralement", "c'est-à-dire", "c’est-à-dire"})
#: Languages a word is glossed in (« soit en français : « … » »).
_LANGUAGES = frozenset(
    {"français", "anglais", "allemand", "espagnol", "italien", "latin", "grec", "arabe", "russe",
     "chinois", "japonais", "portugais", "néerlandais", "breton", "basque", "occitan", "corse",
     "créole", "hébreu", "turc", "persan", "polonais", "wolof", "swahili"}
)  # fmt: skip


def _gloss(site: QuoteSite) -> bool:
    """A translation or a definition, no one's words: the quote right after a gloss word or a
    language (« Le lazy bed (littéralement : « plate-bande de paresseux ») », « RADSL signifie
    « … », soit en français : « ligne d'abonné numérique » »), punctuation between; not when a
    speech verb reports it (« a déclaré en français : « … » »)."""
    before = [w for w in site.frame_before() if w.upos != "PUNCT" or w.text not in {":", "(", ","}]
    if not before:
        return False
    last = before[-1].text.lower()
    dit = last == "dit" and len(before) > 1 and before[-2].text.lower() == "autrement"
    language = last in _LANGUAGES and len(before) > 1 and before[-2].text.lower() == "en"
    return last in _GLOSS_WORDS or dit or language


def _named_by(site: QuoteSite) -> bool:
    """The quote right after a form of a naming verb (:data:`NAME_GIVING_VERBS`)."""
    before = site.frame_before()
    if not before:
        return False
    last = before[-1]
    return lemma_of(last.text.lower(), last.lemma) in NAME_GIVING_VERBS


def _in_source_words(site: QuoteSite, attribution: Attribution | None) -> bool:
    """The quote lies inside the words that name its own source: the name in marks of the body
    the source belongs to (« selon le président de l'association « Les Amis du Rail », Paul
    Roux, … »), a label, never that source's words."""
    if attribution is None or attribution.mention is None:
        return False
    source = attribution.mention.span
    return source.start <= site.quote.marks.start and site.quote.marks.end <= source.end


def decide_kind(site: QuoteSite, attribution: Attribution | None) -> QuoteKind:
    """The kind of the quote at ``site``, given what attributed it (``None``: nothing did)."""
    quote = site.quote
    if quote.mark is MarkStyle.DIALOGUE_DASH:
        return QuoteKind.DIRECT
    if not site.located:
        return quote.kind
    content = quote.span.text_in(site.doc.text)
    words = site.inside_words()
    speech = attribution is not None and attribution.rule not in _WEAK_RULES and attribution.cue is not None
    weak = attribution is None or attribution.rule in _WEAK_RULES or attribution.mention is None
    if _elided(site):
        weak = False
    short = len(words) <= TERM_MAX_WORDS
    if not speech and not _has_finite_verb(site) and short and weak and not _spoken_sentence(site, content):
        return QuoteKind.TERM
    lexical = [w for _, w in words if w.upos != "PUNCT"]
    far = attribution is not None and (attribution.hops >= FAR_CUE_HOPS or attribution.depth >= FAR_CUE_DEPTH)
    named = (
        len(lexical) == 1
        and lexical[0].upos == "PROPN"
        and lexical[0].text[:1].isupper()  # the tagger calls many a quoted word PROPN: « erreur »
        and not _UTTERANCE.match(content)
        and (attribution is None or attribution.frame not in {"incise", "colon"})
    )
    glossed = _gloss(site) and (attribution is None or attribution.cue not in REPORTING_VERBS)
    if _title(site, content) or _in_source_words(site, attribution) or glossed or (short and _named_by(site)):
        return QuoteKind.TERM  # « au « 20 Heures » de TF1 »: a programme, not someone's words
    if len(lexical) == 1 and (far or named):
        return QuoteKind.TERM  # a single word far below its cue, or a bare name (not « Claude ! »): a label
    if len(quote.segments) > 1 or _UTTERANCE.match(content):
        return QuoteKind.DIRECT  # cut by a speech tag, or a whole sentence of its own: "Ah ! c'est lui !"
    alone = _stands_alone(site, attribution)
    if alone and (_SENTENCE_INSIDE.search(content) or _is_main_clause(site)):
        return QuoteKind.DIRECT
    if alone and attribution is not None and attribution.frame == "colon" and len(words) > 1:
        return QuoteKind.DIRECT
    if attribution is None and alone and not site.frame_before() and _has_finite_verb(site):
        return QuoteKind.DIRECT
    return QuoteKind.PARTIAL
