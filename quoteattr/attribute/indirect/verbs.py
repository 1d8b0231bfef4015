"""The finder of a speech verb and its complement, :func:`verb_clause` (« X a déclaré que … »,
« n'a pas précisé si … », « a affirmé être … », « a demandé à Y de … »): which verbs report a clause
here, where the reported words begin after the verb, where they end, and where two coordinated
clauses are cut apart.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr.attribute.indirect.common import (
    _CLAUSE_BREAKERS,
    _NEGATION_WORDS,
    Found,
    _Context,
    _inverted_part,
    _inverted_verb,
    _participle_after_article,
    _span_of,
    _verb_like,
)
from quoteattr.attribute.indirect.participles import (
    fronted_participle,
    main_clause_after,
    main_clause_comma,
    participle_subject,
)
from quoteattr.attribute.mentions import MentionKind
from quoteattr.attribute.names import tokenize
from quoteattr.attribute.phrases import OPENING_MARKS, incise_adverb
from quoteattr.attribute.rules import Attribution, cue_lemma, governing_verb
from quoteattr.attribute.rules.prepositions import aside_verb
from quoteattr.attribute.rules.subjects import is_subject, mention_at, narrative_mention, speaker_of_verb
from quoteattr.attribute.rules.verbs import agreed_in_ant, causative_passive, means, present_of_second_group
from quoteattr.attribute.site import QuoteSite
from quoteattr.attribute.tenses import coordinated_main_verb, second_attribute
from quoteattr.attribute.vet import head_noun, listed_source
from quoteattr.lang.fr.indirect import (
    ATTRIBUTE_VERBS,
    BODING_VERBS,
    CALL_VERBS,
    CLAUSE_MARKERS,
    CLAUSE_VERBS,
    DURATION_NOUNS,
    IMPERSONAL_GOVERNORS,
    INFINITIVE_MARKERS,
    OBJECT_CLAUSE_VERBS,
    OBJECT_INFINITIVE_VERBS,
    QUE_FORMS,
    QUESTION_WORDS,
    SAYING_IDIOM_GOVERNORS,
    TIME_PARTS,
    TIME_WORDS,
)
from quoteattr.lang.fr.press import PRESS_NOUNS, SPOKEN_ON_NOUNS
from quoteattr.lang.fr.sources import SOURCE_PREPOSITIONS
from quoteattr.lang.fr.titles import DE_FORMS, DETERMINERS, ELIDED_DE
from quoteattr.lang.fr.verbs import INFINITIVE_ENDINGS, OPINION_VERBS, PHRASAL_CUES, REPORTING_VERBS, lemma_of
from quoteattr.model import Span
from quoteattr.parse.types import Sentence, Word

__all__ = ["verb_clause"]

#: Subordinators whose "que" opens an adverbial clause, not a reported one ("alors que", "bien que").
_NOT_REPORTING_QUE = frozenset(
    {"alors", "bien", "ainsi", "avant", "après", "pour", "parce", "tandis", "dès", "sans", "afin", "pendant",
     "depuis", "même", "tant", "plutôt", "sinon", "moins", "plus", "autre", "lors"}
)  # fmt: skip
_SE = frozenset({"se", "s'", "s’"})

#: The most words between a speech verb and the start of its reported words.
_MAX_GAP = 16

#: A source phrase this short at the end of a sentence closes the clause before it (« … selon X. »).
_SHORT_SOURCE = 7
_BEFORE_INFINITIVE = frozenset({"ne", "n'", "n’", "pas", "plus", "jamais", "rien", "guère", "point"})
_CLITIC_OBJECTS = frozenset(
    {"le", "la", "les", "l'", "l’", "lui", "leur", "y", "en", "se", "s'", "s’", "me", "m'", "te", "nous",
     "vous"}
)  # fmt: skip

#: The lemmas of the verbs that may report a clause: an opinion only with a quotation in its
#: clause (:func:`verb_clause`).
_CLAUSE_LEMMAS = CLAUSE_VERBS | CALL_VERBS | ATTRIBUTE_VERBS | OPINION_VERBS


def _reports(ctx: _Context, sent: Sentence, verb: Word) -> bool:
    """Whether ``verb`` is a speech verb that can report a clause here: not inside a quotation,
    not a passive without agent (« ils sont accusés de … »: the subject is the one spoken of), not
    a reflexive use that is no speech verb (« se proposer de »), not « on dit que » (no source)."""
    if not _verb_like(sent, verb) or ctx.in_quote(verb) or causative_passive(sent, verb):
        return False  # « il s'est fait dire que … »: told, not telling
    if agreed_in_ant(verb):
        return False  # « se déclare confiante de … »: the adjective, not « confier »
    lemma = cue_lemma(sent, verb)
    if lemma not in _CLAUSE_LEMMAS:
        return False
    children = sent.children(verb)
    reflexive = any(c.text.lower() in _SE and c.deprel != "nsubj" for c in children if c.start < verb.start)
    # « s'est engagée à » has « être » too, which a parser reads as a passive: not with « se »
    participle = verb.feats.get("VerbForm") == "Part" and verb.feats.get("Tense") == "Past"
    passive = any(c.deprel == "aux:pass" for c in children) or (
        not reflexive
        # an auxiliary stands before its participle: « était » after it is another clause's;
        # a speech verb takes « être » only in the passive, whatever label the parser gave it
        # (« sont invités à consulter »)
        and (any(c.deprel == "nsubj:pass" for c in children) or participle)
        and any(c.upos == "AUX" and c.lemma == "être" and c.index < verb.index for c in children)
    )
    if passive and not any(c.deprel == "obl:agent" for c in children):
        return False
    if _reduced_passive(sent, verb) and not any(c.deprel == "obl:agent" for c in children):
        return False  # « Invité à s'exprimer, il a … »: asked to speak, no one's words
    if reflexive:
        lemma = _with_clitic(lemma)
    if reflexive and not lemma.startswith(("se ", "s'")):
        return False
    if lemma in ATTRIBUTE_VERBS and lemma not in CLAUSE_VERBS and _attribute_at(sent, verb) is None:
        return False
    if _impersonal_frame(sent, verb) or _not_yet_said(sent, verb) or _idiom_of_saying(sent, verb):
        return False
    if means(sent, verb):
        return False  # « Ce chiffre veut dire que … »: a verb of meaning
    return not any(
        c.deprel in {"nsubj", "expl:subj"} and c.text.lower().lstrip("-") == "on" for c in children
    )


def _reduced_passive(sent: Sentence, verb: Word) -> bool:
    """Whether ``verb`` is a past participle that opens its sentence, with no auxiliary and no
    subject of its own, a passive phrase hung on the clause after it (« Invité à s'exprimer, il
    a … », « Appelée à témoigner, la voisine … »): its subject is the one asked, no one's words
    follow. Not a participle inside the sentence, whose auxiliary the parser may have hung
    elsewhere (« Orange a, à son tour, menacé de … »)."""
    if verb.upos != "VERB" or verb.feats.get("VerbForm") != "Part" or verb.feats.get("Tense") != "Past":
        return False
    if verb.deprel not in {"advcl", "acl", "amod", "appos"}:
        return False
    if any(w.upos != "PUNCT" for w in sent.words[: verb.index]):
        return False
    return not any(c.upos == "AUX" or c.deprel.startswith("nsubj") for c in sent.children(verb))


def _not_yet_said(sent: Sentence, verb: Word) -> bool:
    """Whether the speech verb tells of words still to come, which no one has said: an
    infinitive under « pouvoir » or « devoir » in the present, the future or the conditional, or
    under « aller » in the present (« Le groupe pourrait demander que … », « Le président doit
    annoncer mardi que … », « Le ministre va annoncer que … »; not « a dû reconnaître que … »,
    said), or a verb in a clause on « avant que » (« avant que le président ait annoncé si … »)."""
    governor = sent.head_of(verb)
    if verb.feats.get("VerbForm") == "Inf" and governor is not None and governor.start < verb.start:
        lemma = governor.lemma.lower()
        mood, tense = governor.feats.get("Mood"), governor.feats.get("Tense")
        pending = mood == "Cnd" or tense == "Fut" or (mood == "Ind" and tense == "Pres")
        past = any(c.deprel in {"aux", "aux:tense"} for c in sent.children(governor))
        if pending and not past and (lemma in _PENDING_MODALS or (lemma == "aller" and tense == "Pres")):
            return True
    marks = [c for c in sent.children(verb) if c.deprel == "mark" and c.start < verb.start]
    # « avant de dénoncer … » after a past verb tells what came next, said (« a-t-il affirmé,
    # avant d'accuser … »); « avant que » waits for it
    return any(
        m.text.lower() in QUE_FORMS and m.index > 0 and sent[m.index - 1].text.lower() == "avant"
        for m in marks
    )


def _idiom_of_saying(sent: Sentence, verb: Word) -> bool:
    """Whether the infinitive « dire » is part of an idiom of the writer's, which reports no one's
    words: « pour ne pas dire » (a hedge: « Les progrès sont lents, pour ne pas dire qu'ils sont
    nuls »), « revenir à dire » (*amount to*: « Cette mesure revient à dire que le tarif double »).
    « pour dire que » without the negation is a purpose, which may report (« Il a appelé pour dire
    qu'il viendrait »)."""
    if verb.lemma.lower() != "dire" or verb.feats.get("VerbForm") != "Inf":
        return False
    k = verb.index - 1
    negated = False
    while k >= 0 and sent[k].text.lower() in {"ne", "n'", "n’", "pas"}:
        negated = True
        k -= 1
    if negated and k >= 0 and sent[k].text.lower() == "pour":
        return True
    governor = sent.head_of(verb)
    marked = k >= 0 and sent[k].text.lower() == "à"
    return marked and governor is not None and governor.lemma.lower() in SAYING_IDIOM_GOVERNORS


#: Verbs whose infinitive, after them in the present, future or conditional, is still to come.
_PENDING_MODALS = frozenset({"pouvoir", "devoir"})


#: « force est de » before an infinitive: the writer's *il faut*.
_FORCE_EST_DE = ["force", "est", "de"]


def _impersonal_frame(sent: Sentence, verb: Word) -> bool:
    """Whether the speech verb is an infinitive an impersonal phrase governs (« Il faut noter que
    … », « Il est à noter que … », « il convient de rappeler que … »), or one that heads its
    sentence (« À noter que … »), or the set phrase « force est de » (*il faut*: « Force est de
    reconnaître que … »): the writer's own voice, which no source speaks."""
    if verb.feats.get("VerbForm") != "Inf":
        return False
    if [w.text.lower() for w in sent.words[max(verb.index - 3, 0) : verb.index]] == _FORCE_EST_DE:
        return True
    if verb.head < 0:  # « À noter que … »: « à » and the infinitive, no subject
        children = sent.children(verb)
        # « A noter », the capital typed without its accent
        opened = any(c.text.lower() in {"à", "a"} and c.index == verb.index - 1 for c in children)
        return opened and not any(is_subject(c) for c in children)
    governor = sent.words[verb.head]
    if governor.lemma.lower() not in IMPERSONAL_GOVERNORS:
        return False
    if governor.lemma.lower() == "être" and not any(
        c.text.lower() == "à" for c in sent.children(verb) if c.start < verb.start
    ):
        return False  # « Son but est de dire que … » has a subject of its own
    return any(
        c.deprel in {"nsubj", "expl:subj", "expl"} and c.text.lower() in {"il", "-il"}
        for c in sent.children(governor)
    )


def _infinitive_at(sent: Sentence, i: int) -> bool:
    """Whether an infinitive (possibly compound, negated or with clitics, or quoted: « de
    « peser de tout son poids » ») opens at word ``i``."""
    if i < len(sent) and sent[i].text in OPENING_MARKS:
        i += 1
    while i < len(sent) and (
        sent[i].text.lower() in _BEFORE_INFINITIVE
        or (sent[i].upos == "PRON" and sent[i].text.lower() in _CLITIC_OBJECTS)
    ):
        i += 1
    if i >= len(sent):
        return False
    word = sent[i]
    # a capitalised word is a name the tagger misread (« précise Lindqvist. »), not an infinitive
    return (
        word.upos in {"VERB", "AUX"} and word.feats.get("VerbForm") == "Inf" and not word.text[:1].isupper()
    )


def _in_object(sent: Sentence, verb: Word, word: Word) -> bool:
    """Whether ``word`` belongs to the noun-phrase object of ``verb`` (« a annoncé la mesure que … »)."""
    current = word
    for ancestor in (word, *sent.ancestors(word)):
        if ancestor is verb:
            return current.deprel == "obj"
        current = ancestor
    return False


def _in_oblique(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` sits inside a prepositional phrase (« au « 20 Heures » de TF1 »)."""
    for ancestor in (word, *sent.ancestors(word)):
        # a preposition whatever its label: the parser may call « aux » a determiner
        if any(c.deprel == "case" or c.upos == "ADP" for c in sent.children(ancestor)):
            return True
        if ancestor.upos in {"VERB", "AUX"}:
            return False
    return False


def _clause_start(sent: Sentence, verb: Word) -> tuple[int, bool] | None:
    """Where the reported words after ``verb`` begin, and whether they are an infinitive.

    Read from the surface, which survives the parser's slips: after the verb come at most a few
    adverbs, obliques and dates (« a annoncé, dimanche 24 janvier, que », « a demandé à la ministre
    que »), then *que* / *si* / *comment* / *pourquoi*, *de* / *à* + infinitive, or a bare
    infinitive (« a affirmé ne pas être »); right after the verb, an interrogative opens an
    indirect question it stays in (« n'a pas précisé depuis quels pays »). A noun-phrase object
    before them stops the search; an *à* + infinitive after a noun is that noun's (« dans un
    entretien à paraître »), save after a call verb's object.
    """
    if _with_clitic(cue_lemma(sent, verb)) in ATTRIBUTE_VERBS:
        attribute = _attribute_at(sent, verb)
        if attribute is not None:
            return attribute, False  # « s'est dit prêt à discuter »: the attribute is what was said
    verb_lemma = lemma_of(verb.text, verb.lemma)
    call_only = verb_lemma in CALL_VERBS and verb_lemma not in CLAUSE_VERBS
    modifier_end = -1  # the last word of an « à » + infinitive that modifies a noun
    passed_end = -1  # the last word of a title in marks after a preposition, or of a locution
    for i in range(verb.index + 1, min(len(sent), verb.index + 1 + _MAX_GAP)):
        word = sent[i]
        low = word.text.lower()
        if i <= passed_end:
            continue
        if low == "«" and sent[i - 1].upos in {"ADP", "DET"} and i - 1 > verb.index:
            # « a assuré au « 20 Heures » de TF1 être prêt »: a title after « au », where it was
            # said, not what was
            passed_end = _closing_mark(sent, i)
            continue
        if call_only:  # « a appelé (les habitants) à rester »: only à + infinitive is reported
            if low == "à" and _infinitive_at(sent, i + 1):
                return i + 1, True
            if _participle_on_noun_before(sent, i):
                continue  # « a appelé les bandes installées dans le pays à … »: the object's participle
            if word.upos in {"VERB", "AUX", "SCONJ"} or low in {";", ":", ".", "«", "»"}:
                return None
            continue
        if low == ",":
            # « a demandé aux habitants, inquiets depuis lundi, de rester », « a précisé, dans un
            # communiqué publié mardi, que »
            past_aside = _past_addressee_aside(sent, i, verb.index)
            if past_aside is not None:
                return past_aside
        if (verb_lemma, word.lemma.lower()) in PHRASAL_CUES:
            continue  # « a fait savoir que »: the noun or verb of the phrase, not the reported words
        locution = incise_adverb(sent.words, i)
        if locution > 1:
            passed_end = i + locution - 1  # « a indiqué du même coup que »: an adverb, whatever the parse
            continue
        if _the_fact_that(sent, i):
            return i + 3, False  # « dénoncent le fait que … »: the clause named as a fact
        before = sent[i - 1].text.lower()
        # "bien que" is concessive at the head of a clause, not in « précise bien que »
        concessive = before in _NOT_REPORTING_QUE and not (before == "bien" and i - 1 == verb.index + 1)
        if low in QUE_FORMS and _restrictive(sent, verb, i):
            return None  # « Ils ne confirment que la mort de 220 civils »: « only », no clause
        if low in QUESTION_WORDS and not (i + 1 < len(sent) and sent[i + 1].text.lower() == "même"):
            # an indirect question keeps its interrogative, and the preposition before it; right
            # after the verb only (adverbs apart): after a noun, « où » is a relative's
            start = i - 1 if i - 1 > verb.index and sent[i - 1].upos == "ADP" else i
            if all(w.upos == "ADV" for w in sent.words[verb.index + 1 : start]):
                return start, False
            return None
        cut = i + 1 < len(sent) and sent[i + 1].text in {"'", "’"}  # « qu'« », « d'« » cut in three
        if low == "qu" and cut and not concessive:
            return i + 2, False  # « précise qu'« … » »: the tokenizer cut « qu » from its apostrophe
        elided_de = low == "d" and cut and i + 3 < len(sent) and sent[i + 2].text in OPENING_MARKS
        if elided_de and _infinitive_at(sent, i + 3):
            return i + 2, True  # « a promis d'« agir vite » et de … »
        if (
            low in CLAUSE_MARKERS
            and not concessive
            and (low not in {"s'", "s’"} or (i + 1 < len(sent) and sent[i + 1].text.lower() in {"il", "ils"}))
        ):
            return i + 1, False
        if i <= modifier_end:
            continue
        noun_before = sent[i - 1].upos == "NOUN" and i - 1 > verb.index
        if low == "à" and noun_before and verb_lemma not in OBJECT_INFINITIVE_VERBS | CALL_VERBS:
            modifier_end = i + 1  # « répond dans un entretien à paraître dimanche »: the noun's
            continue
        if low in INFINITIVE_MARKERS and _infinitive_at(sent, i + 1):
            if before in _ADVERBIAL_BEFORE_DE:
                return None  # « a-t-il déclaré, avant de regretter … »: when, not what was said
            if noun_before and _noun_s_infinitive(sent, i):
                return None  # « insiste sur la nécessité de recruter »: a noun phrase, no clause
            return i + 1, True
        if _infinitive_at(sent, i) and low not in INFINITIVE_MARKERS:
            # « a dit « prendre acte » de la sanction »: the clause opens on the quote's mark
            if i - 1 > verb.index and sent[i - 1].upos == "ADP" and before not in INFINITIVE_MARKERS:
                return None  # « jugé pour avoir frappé », « sans avoir dit »: the preposition's
            return i, True
        if word.upos == "CCONJ" and _joins_nominals(sent, i):
            continue  # « aux automobilistes présents entre 6 heures et 7 heures de … »
        if _name_goes_on(sent, verb, i):
            continue  # « a assuré sur BFM Business que »: the rest of a name, whatever its tag
        if _participle_on_noun_before(sent, i):
            continue  # « conseille aux clients concernés de … »: the addressee's participle
        if _participle_after_article(sent, word):
            continue  # « fait observer aux accusés que … »: a participle made a noun, the addressee
        if word.upos in {"VERB", "AUX", "SCONJ", "CCONJ"} or low in {";", ":", ".", "«", "»"}:
            return None
        name_part = word.upos == "X" and word.text[:1].isupper()  # « au juge Renaud Van Ruymbeke »
        if (
            word.upos not in {"ADV", "PUNCT", "ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON"}
            and not name_part
        ):
            return None
        # « accuse X de … », « a informé les salariés que … »: the one spoken of, or told
        addressee = lemma_of(verb.text, verb.lemma) in OBJECT_INFINITIVE_VERBS | OBJECT_CLAUSE_VERBS
        # « la veille »: a time noun and its article
        timed = (
            low in TIME_WORDS
            or (word.upos == "DET" and word.head >= 0 and sent[word.head].text.lower() in TIME_WORDS)
            or (low in TIME_PARTS and i + 1 < len(sent) and sent[i + 1].text.lower() in TIME_WORDS)
            or _dated(sent, i)
        )
        in_object = _in_object(sent, verb, word) and word.upos != "PRON"
        if in_object and not timed and not addressee:
            return None
        bare = word.upos == "NOUN" and not any(c.deprel == "case" for c in sent.children(word))
        if bare and not timed and not addressee and not _in_oblique(sent, word):
            return None  # « sans cacher la déception de … »: a noun phrase of its own
    return None


def _dated(sent: Sentence, i: int) -> bool:
    """Whether the word at ``i`` belongs to a date or a stretch of time between a speech verb and
    its clause: a day's number before its month and the article before it (« a affirmé le 12
    mars que »), or a noun of time with its determiner and adjectives (« ont répété ces derniers
    mois que », :data:`DURATION_NOUNS`)."""
    word = sent[i]
    low = word.text.lower()
    if low in DURATION_NOUNS:
        return True
    head = sent[word.head] if word.head >= 0 else None
    if word.upos in {"DET", "ADJ"} and head is not None and head.text.lower() in DURATION_NOUNS:
        return True
    day = word if low[:1].isdigit() else head if word.upos == "DET" and head is not None else None
    return (
        day is not None
        and day.text[:1].isdigit()
        and day.index + 1 < len(sent)
        and sent[day.index + 1].text.lower() in TIME_WORDS
    )


def _noun_s_infinitive(sent: Sentence, de: int) -> bool:
    """Whether the *de* + infinitive at ``de`` completes the noun before it, a preposition's
    object (« insiste sur la nécessité de recruter », « proteste contre le choix de fermer la
    gare »): the parser hangs the infinitive on the noun, and the noun phrase is what the
    verb is about, no clause it reports. Not in a phrase on « à » (« a promis aux hommes du
    préfet de se rendre »: the ones told) or on « par » (« accusée par ses adversaires de
    tricher »: the agent), whatever the parser hung the infinitive on; nor on a medium's noun
    (« a promis sur sa radio de sanctionner »: :data:`SPOKEN_ON_NOUNS`)."""
    noun = sent[de - 1]
    infinitive = next((w for w in sent.words[de + 1 : de + 4] if w.feats.get("VerbForm") == "Inf"), None)
    if infinitive is None or infinitive.head != noun.index or infinitive.deprel != "acl":
        return False
    if noun.text.lower() in SPOKEN_ON_NOUNS:
        return False  # « a promis sur sa radio de sanctionner … »: a medium takes no infinitive
    head = noun
    while True:
        preposition = next((c.text.lower() for c in sent.children(head) if c.deprel == "case"), None)
        if preposition not in DE_FORMS:
            return preposition is not None and preposition not in _TOLD_OR_AGENT
        # « aux hommes du préfet »: the phrase's own preposition, past a noun's complements
        governor = sent.head_of(head)
        if governor is None or governor.upos not in {"NOUN", "PROPN"}:
            return False
        head = governor


#: Prepositions of the one told (« à ») or of a passive's agent (« par »), whose noun an
#: infinitive after it does not complete whatever the parse says.
_TOLD_OR_AGENT = frozenset({"à", "au", "aux", "par"})


def _name_goes_on(sent: Sentence, verb: Word, i: int) -> bool:
    """Whether word ``i`` is a capitalised word right after a capitalised name past ``verb``: the
    rest of that name (« sur France Info », « sur BFM Business »), which the parser may have taken
    for the verb's object or a verb of its own; or right after a medium's noun, its name (« à la
    radio RCF2 », the name tagged punctuation)."""
    before = sent[i - 1]
    if i - 1 <= verb.index or not sent[i].text[:1].isupper():
        return False
    # « a confié à la radio RCF2 que », « sur la chaîne LCI »: the medium's name after its noun
    medium = before.text.lower() in SPOKEN_ON_NOUNS | PRESS_NOUNS
    return medium or (before.text[:1].isupper() and before.upos in {"PROPN", "X", "NOUN"})


def _participle_on_noun_before(sent: Sentence, i: int) -> bool:
    """Whether word ``i`` is a past participle hung on the noun right before it, an adjective of
    that noun's phrase (« aux clients concernés », « aux habitants évacués »), not a verb."""
    word = sent[i]
    past = word.feats.get("VerbForm") == "Part" and word.feats.get("Tense") != "Pres"
    return (
        i > 0
        and word.upos == "VERB"
        and past
        and word.deprel in {"acl", "amod"}
        and word.head == i - 1
        and sent[i - 1].upos == "NOUN"
    )


def _joins_nominals(sent: Sentence, i: int) -> bool:
    """Whether the conjunction at ``i`` joins two noun phrases (« entre 6 heures et 7 heures »,
    « aux élus et aux habitants »), a word of one on each side, not two clauses."""
    if i == 0 or i + 1 >= len(sent):
        return False
    before, after = sent[i - 1], sent[i + 1]
    nominal = {"NOUN", "PROPN", "NUM", "ADJ"}
    return before.upos in nominal and (after.upos in nominal | {"DET"} or after.text.lower() in {"aux", "à"})


def _past_addressee_aside(sent: Sentence, comma: int, verb_index: int = -2) -> tuple[int, bool] | None:
    """Where the reported words begin past an aside set off by commas after a speech verb's
    addressee or oblique (« a demandé à un comité, composé de trois juristes et présidé par
    le doyen, d'enquêter sur … »): the aside holds no finite verb and no subordinating
    conjunction, and *que* / *si*, or *de* / *à* and an infinitive, follow its closing comma at
    once; a bare infinitive too when the aside opens right after the verb at ``verb_index`` (« a
    annoncé, lundi, embaucher … »); ``None`` otherwise."""
    for k in range(comma + 1, min(len(sent), comma + 1 + _MAX_ASIDE)):
        word = sent[k]
        if word.text == ",":
            if k == comma + 1 or k + 1 >= len(sent):
                return None
            after = sent[k + 1].text.lower()
            if after in QUE_FORMS or after == "si":
                return k + 2, False
            if after in INFINITIVE_MARKERS and _infinitive_at(sent, k + 2):
                return k + 2, True
            if comma == verb_index + 1 and _infinitive_at(sent, k + 1):
                return k + 1, True  # « a annoncé, lundi, embaucher … »: an aside right after the verb
            return None
        if word.upos == "SCONJ" or word.feats.get("VerbForm") == "Fin" or word.text in {":", ";", "«", "»"}:
            return None
    return None


#: The most words of an aside set off by commas after an addressee (« à un comité,
#: composé de trois juristes et présidé par le doyen Henri Vasseur, d'enquêter »).
_MAX_ASIDE = 14

#: Words that make « de » + infinitive an adverbial of the clause, not what its verb reports:
#: « avant de », « afin de », « au lieu de », « loin de », « plutôt que de ».
_ADVERBIAL_BEFORE_DE = frozenset({"avant", "afin", "lieu", "loin", "faute", "plutôt"})

#: The most words of a title in marks (« au « 20 Heures » de TF1 »).
_MAX_TITLE = 6


def _closing_mark(sent: Sentence, opening: int) -> int:
    """The index of the » closing a short title opened at ``opening``, or ``len(sent)`` when it
    is not closed within :data:`_MAX_TITLE` words (then no clause follows)."""
    for j in range(opening + 1, min(len(sent), opening + 2 + _MAX_TITLE)):
        if sent[j].text == "»":
            return j
    return len(sent)


def _the_fact_that(sent: Sentence, i: int) -> bool:
    """Whether « le fait que » starts at word ``i``: a clause made a noun, what a speech verb
    before it reports (« Les écologistes dénoncent le fait que rien n'ait été fait »)."""
    words = [w.text.lower() for w in sent.words[i : i + 3]]
    return len(words) == 3 and words[0] == "le" and words[1] == "fait" and words[2] in QUE_FORMS


def _with_clitic(lemma: str) -> str:
    """The reflexive lemma of an attribute verb whose clitic stands before its auxiliary, which
    :func:`cue_lemma` does not see (« s'est déclarée » → « se déclarer »); other lemmas as given."""
    for reflexive in (f"se {lemma}", f"s'{lemma}"):
        if reflexive in ATTRIBUTE_VERBS:
            return reflexive
    return lemma


def _attribute_at(sent: Sentence, verb: Word) -> int | None:
    """Where the attribute after « s'est dit » begins (« s'est dit très inquiet »), if an adjective
    (a form in -ante or -ants too, whatever its tag) or a past participle follows the verb, across
    adverbs."""
    for i in range(verb.index + 1, min(len(sent), verb.index + 4)):
        word = sent[i]
        if word.upos == "ADV":
            continue
        participle = word.upos == "VERB" and word.feats.get("VerbForm") == "Part"
        if word.text[:1].isupper():
            return None  # « a déclaré Dmitri Peskov », « Dmitri » tagged an adjective: a name
        # a form in -ante, -ants, -antes is the adjective whatever its tag (« s'est dite
        # confiante »): a present participle never agrees
        adjective = word.upos == "ADJ" or agreed_in_ant(word)
        if adjective or (participle and not word.text.lower().endswith("ant")):
            return verb.index + 1
        return None
    return None


def _restrictive(sent: Sentence, verb: Word, que: int) -> bool:
    """Whether the « que » at word ``que`` answers a « ne » before ``verb`` with no other negation
    word between (« ne … que », *only*): « il n'a confirmé que trois morts » reports no clause,
    « il n'a pas dit que … » does, and so does « il ne cesse d'affirmer que … », where « ne »
    alone negates « cesser » (one who never stops saying it says it)."""
    before = sent.words[max(0, verb.index - 4) : verb.index]
    ne = [w.index for w in before if w.text.lower() in {"ne", "n'", "n’"}]
    if not ne:
        return False
    between = sent.words[ne[-1] : que]
    if any(w.text.lower() in QUE_FORMS for w in between):
        return False  # « il ne fait que répéter que … »: the « ne … que » closed before the verb
    if any(w.lemma.lower() == "cesser" for w in sent.words[ne[-1] : verb.index]):
        return False  # « il ne cesse d'affirmer que … »: « ne » alone negates « cesser »
    return not any(w.text.lower() in _NEGATION_WORDS for w in between)


def _compound(sent: Sentence, word: Word) -> bool:
    return word.feats.get("VerbForm") == "Part" and any(
        c.upos == "AUX" and c.deprel.startswith("aux") for c in sent.children(word)
    )


def _same_tense_coordinate(sent: Sentence, verb: Word, word: Word, clause: Sequence[Word]) -> bool:
    """« X a déclaré que Trump « ne comprend pas » et a exprimé … », « a affirmé que … et rendu
    hommage »: a past participle with no subject of its own, after a compound speech verb, while
    the clause itself is in another tense, continues the speech verb, not the clause. Not a
    participle with an auxiliary of its own (« que le budget, …, serait maintenu »: the clause's
    verb), nor one the parse hangs on a noun of the clause (« qu'une journée, baptisée « … »,
    aurait lieu »: an apposition between commas), nor a second attribute of the clause's subject
    (« que les habitants étaient prêts et organisés », `tenses.second_attribute`)."""
    if word.upos != "VERB" or word.feats.get("VerbForm") != "Part" or not _compound(sent, verb):
        return False
    if any(c.deprel in {"nsubj", "nsubj:pass", "expl:subj"} for c in sent.children(word)):
        return False
    if any(c.deprel.startswith("aux") for c in sent.children(word)):
        return False
    if word.deprel == "acl" and any(w.index == word.head for w in clause):
        return False
    if word.deprel == "conj" and any(w.index == word.head and second_attribute(word, w) for w in clause):
        return False  # « que les habitants étaient prêts et organisés »: the attribute's conjunct
    return not any(_compound(sent, w) or w.feats.get("VerbForm") == "Part" for w in clause)


def _speech_verb_of_the_source(sent: Sentence, verb: Word, et: int, word: Word) -> bool:
    """Whether ``word``, right after the « et » at ``et`` in the reported clause, is a second
    speech verb of the source: a finite reporting verb with no subject of its own after the
    « et », in the speech verb's simple tense (« Le syndicat estime que la réforme est
    inacceptable et réclame son retrait »; a parser may make it the head of the clause, with the
    clause's subject its own): what is reported does not itself claim or demand, the one who
    reports it does. A verb in another tense goes on the clause (« a dit que le ministre
    viendrait et annoncerait sa décision »)."""
    if word.upos != "VERB" or word.feats.get("VerbForm") != "Fin" or _compound(sent, verb):
        return False
    if lemma_of(word.text, word.lemma) not in REPORTING_VERBS:
        return False
    if any(c.deprel in {"nsubj", "nsubj:pass", "expl:subj"} and c.index > et for c in sent.children(word)):
        return False
    return all(word.feats.get(f) == verb.feats.get(f) for f in ("Mood", "Tense", "Number", "Person"))


#: At most this many words of a subject between a coordinator and its speech verb.
_OTHER_SUBJECT_WORDS = 4


def _other_speaker_after(sent: Sentence, i: int) -> bool:
    """Whether a clause of its own starts at word ``i`` (after « et », « mais » or a comma): a
    subject, then a finite speech verb whose subject it is (« …, mais les syndicats affirment le
    contraire »). Such a clause reports someone else's words; it is never part of the first
    speaker's (a clause of theirs would repeat « que »)."""
    subject: list[Word] = []
    j = i
    while j < len(sent) and sent[j].upos in {"DET", "NOUN", "PROPN", "ADJ", "PRON"}:
        subject.append(sent[j])
        j += 1
        if len(subject) > _OTHER_SUBJECT_WORDS:
            return False
    if not subject or j >= len(sent) or sent[j].upos != "VERB" or sent[j].feats.get("VerbForm") != "Fin":
        return False
    verb = sent[j]
    said = lemma_of(verb.text, verb.lemma) in REPORTING_VERBS
    return said and any(w.head == verb.index and w.deprel in {"nsubj", "nsubj:pass"} for w in subject)


def _ends_clause(ctx: _Context, sent: Sentence, i: int, verb: Word, clause: Sequence[Word] = ()) -> bool:
    """Whether word ``i`` ends a reported clause (it is not part of it). Before the clause's
    first word, only a semicolon or a colon does: a comma, a gerund or « selon » right after
    *que* opens a phrase fronted inside the clause (« a souligné que, selon la loi, le
    scrutin restait valable », « a souligné qu'en refusant le texte, les élus ont commis une
    erreur »), not a phrase set off after it; so after an adverb that opens the clause (« a
    rappelé que déjà, après l'hiver, la ville grandissait … »), but « oui » or « non », a
    whole answer."""
    word = sent[i]
    low = word.text.lower()
    if low in {";", ":"}:
        return True
    if not any(w.upos != "PUNCT" and not _opening_adverb(w) for w in clause):
        return False
    if low == "," and fronted_participle(sent, verb) and main_clause_comma(sent, verb) is word:
        return True  # « Soulignant que le projet était prêt, la maire a demandé … »: her clause
    if low in {"et", "mais", ","}:
        j = i + 1
        while j < len(sent) and sent[j].upos in {"AUX", "ADV"}:
            j += 1
        if (
            j < len(sent)
            and sent[j].head == verb.index
            and sent[j].deprel == "conj"
            and sent[j].upos == "VERB"
        ):
            return True  # « a déclaré que … et a exprimé … »: the speech verb's own coordinate
        if low != "," and j < len(sent) and _same_tense_coordinate(sent, verb, sent[j], clause):
            # after a bare comma, a participle is set off on the noun before it (« ce bombardement,
            # survenu quelques jours plus tôt, »): French joins a second participle with « et »
            return True
        if j < len(sent) and coordinated_main_verb(sent, sent[j]) is verb:
            return True  # « … n'était prévue et a qualifié … »: the parse hung it inside
        if low == "et" and j < len(sent) and _speech_verb_of_the_source(sent, verb, i, sent[j]):
            return True  # « estime que la réforme est inacceptable et réclame son retrait »
        if low in {"et", "mais"} and j < len(sent) and _finite_after_infinitive(sent, clause, sent[j]):
            return True  # « a reconnu avoir commis une erreur et a présenté ses excuses »
        if _other_speaker_after(sent, i + 1):
            return True  # « …, mais les syndicats affirment le contraire »: another's words
    following = sent[i + 1] if i + 1 < len(sent) else None
    if low == "," and following is not None:
        nxt = following.text.lower()
        if nxt in _CLAUSE_BREAKERS or nxt in SOURCE_PREPOSITIONS or nxt in ELIDED_DE:
            return True
        if (
            following.upos == "VERB"
            and following.feats.get("VerbForm") == "Part"
            and following.text.endswith("ant")
        ):
            return True  # « …, ajoutant que … »
        if nxt == "tout" and i + 3 < len(sent) and _opens_gerund(sent, i + 2):
            return True  # « …, tout en jugeant … »: the main clause's subject's gerund
        if nxt == "sans" and _saying_infinitive_after(sent, i + 2):
            return True  # « …, sans donner plus de détails »: how the source spoke, the writer's
        if _inverted_verb(sent, i + 1) or _clitic_incise(sent, i + 1):
            return True  # « …, a-t-il ajouté », « …, a-t-on appris »
        if nxt == "comme" and aside_verb(sent, following) is not None:
            return True  # « …, comme l'a rappelé le maire »: an aside on the clause, not in it
        if nxt == "ce" and i + 2 < len(sent) and sent[i + 2].text.lower() in QUE_FORMS:
            # « …, ce que contestent les syndicats », « …, ce qu'elle a refusé »: « ce que » takes
            # up the clause as the object of someone's stance, no part of the words. Not « ce
            # qui », whose clause goes on with what the words lead to, often still the source's
            # (« l'eau chaude contient moins d'oxygène, ce qui asphyxie les poissons »)
            return True
        if following.upos in {"AUX", "VERB"} and _in_relative(sent, verb):
            return True  # « X, dont l'avocat a affirmé qu'il …, a été entendu »: the main clause
        if _in_relative(sent, verb) and main_clause_after(sent, i + 1):
            # « Face à Marc Petit, qui l'accusait de mentir, Paul Roux a rétorqué »: the comma
            # closing the relative, a subject and its verb after it
            return True
    if _opens_gerund(sent, i):
        return True  # « … en accusant … »
    return low in SOURCE_PREPOSITIONS and len(sent) - i <= _SHORT_SOURCE  # « … selon I-Télé. »


#: Adverbs that are a whole answer, no adverb fronted in a clause (« a répondu que oui, avant de … »).
_ANSWER_ADVERBS = frozenset({"oui", "non", "si"})


def _opening_adverb(word: Word) -> bool:
    """Whether ``word`` is an adverb a clause may open on before its phrase set off by commas
    (« que déjà, … », « qu'ensuite, … »), not a whole answer."""
    return word.upos == "ADV" and word.text.lower() not in _ANSWER_ADVERBS


#: Verbs of giving out information that « sans » denies of a source, besides the speech verbs:
#: « sans donner de détails », « sans fournir de chiffres », « sans citer de nom ».
_INFORMING_VERBS = frozenset({"donner", "fournir", "citer", "nommer", "avancer", "communiquer"})
#: Words between « sans » and its infinitive: an adverb, a clitic (« sans toutefois en dire plus »).
_BEFORE_SANS_INFINITIVE = frozenset(
    {"toutefois", "pour", "autant", "cependant", "en", "le", "la", "les", "l'", "y"}
)


def _saying_infinitive_after(sent: Sentence, k: int) -> bool:
    """Whether word ``k``, after « sans », is (past an adverb or a clitic) the infinitive of a
    verb of saying or of giving out information (« sans préciser la date », « sans toutefois en
    dire plus », « sans donner de détails »): it tells how the source spoke, not what they said,
    so it closes the reported clause; « sans licencier personne » may be the words' own."""
    while k < len(sent) and sent[k].text.lower().replace("’", "'") in _BEFORE_SANS_INFINITIVE:
        k += 1
    if k >= len(sent):
        return False
    word = sent[k]
    if not word.text.lower().endswith(INFINITIVE_ENDINGS):
        return False
    lemma = lemma_of(word.text, word.lemma)
    return lemma in REPORTING_VERBS or lemma in _INFORMING_VERBS


def _finite_after_infinitive(sent: Sentence, clause: Sequence[Word], word: Word) -> bool:
    """Whether ``word``, right after « et » or « mais » (auxiliaries and adverbs skipped before
    it), is a finite verb with no subject of its own, after a reported infinitive: an infinitive
    clause takes no finite verb without a subject, so the verb goes with the speech verb's
    subject (« a reconnu avoir commis une erreur et a présenté ses excuses »)."""
    opening = [w for w in clause if w.upos != "PUNCT" and w.text.lower() not in _BEFORE_INFINITIVE]
    if not opening or opening[0].feats.get("VerbForm") != "Inf":
        return False
    previous = sent[word.index - 1] if word.index > 0 else None
    finite = word.feats.get("VerbForm") == "Fin" or (
        previous is not None and previous.upos == "AUX" and previous.feats.get("VerbForm") == "Fin"
    )
    return word.upos in {"VERB", "AUX"} and finite


def _clitic_incise(sent: Sentence, i: int) -> bool:
    """Whether an incise with an inverted subject clitic opens at word ``i`` (« a-t-on appris »,
    « apprend-on », « a-t-il ajouté »): whatever its verb, the writer's words about the clause,
    not part of it."""
    for word in sent.words[i : i + 4]:
        if word.upos == "PUNCT" or word.text in {"«", "»"}:
            return False
        if _inverted_part(word):
            return True
    return False


def _opens_gerund(sent: Sentence, i: int) -> bool:
    """Whether word ``i`` is the « en » of a gerund (« en accusant »), whatever the tag of the
    participle after it (a parser reads « tout en jugeant » as a fixed adverb)."""
    if sent[i].text.lower() != "en" or i + 1 >= len(sent):
        return False
    following = sent[i + 1]
    return following.text.endswith("ant") and following.upos in {"VERB", "AUX"}


def _in_relative(sent: Sentence, verb: Word) -> bool:
    """Whether the speech verb sits in a relative clause set off by commas (« X, dont l'avocat a
    affirmé …, », « X, qui a assuré …, »): the sentence's own verb comes after its closing comma."""
    for word in reversed(sent.words[: verb.index]):
        if word.text in {".", ";", ":", "«", "»"}:
            return False
        if word.text.lower() in {"dont", "qui"}:
            return word.index > 0 and sent[word.index - 1].text == ","
    return False


def _split_at(sent: Sentence, i: int, infinitive: bool) -> int | None:
    """Where a coordinated clause opens at word ``i`` (« et que … », « , de … »), or ``None``."""
    low = sent[i].text.lower()
    if low not in {"et", "mais", "ou", ","} and not (
        low == "que" and i > 0 and sent[i - 1].text.lower() == "ainsi"
    ):
        return None
    j = i + 1
    if j < len(sent) and sent[j].text.lower() == "ainsi":
        j += 1
    if j < len(sent) and sent[j].text.lower() == "que" and infinitive:
        j += 1
    if j >= len(sent):
        return None
    nxt = sent[j].text.lower()
    if not infinitive and nxt in QUE_FORMS:
        return j + 1
    if infinitive and nxt in INFINITIVE_MARKERS and _infinitive_at(sent, j + 1):
        return j + 1
    return None


def _clauses(ctx: _Context, sent: Sentence, verb: Word, start: int, infinitive: bool) -> list[list[Word]]:
    """The reported clause(s) from word ``start`` on: to the end of the sentence or the first
    boundary outside quotation marks, cut in two at a coordinated *que* / *de*."""
    out: list[list[Word]] = [[]]
    i = start
    while i < len(sent):
        word = sent[i]
        if not ctx.in_quote(word):
            if _ends_clause(ctx, sent, i, verb, out[-1]):
                break
            split = _split_at(sent, i, infinitive)
            if split is not None and word.text == "," and _speech_verb_in(sent, out[-1]):
                # « que le président a déclaré à X, lors d'un appel, qu'il … »: after a comma,
                # the « que » is the inner speech verb's, not a second clause of the outer one
                split = None
            if split is not None:
                out.append([])
                i = split
                continue
        out[-1].append(word)
        i += 1
    return [words for words in out if words]


def _speech_verb_in(sent: Sentence, words: Sequence[Word]) -> bool:
    """Whether ``words`` hold a finite speech verb of their own or its participle (« le président
    a déclaré à X »), which a clause after a comma may complete."""
    return any(
        w.upos == "VERB"
        and w.feats.get("VerbForm") in {"Fin", "Part"}
        and cue_lemma(sent, w) in _CLAUSE_LEMMAS
        for w in words
    )


def verb_clause(ctx: _Context, index: int) -> list[Found]:
    """X a déclaré que … / n'a pas précisé si … / a affirmé être … / a demandé à Y de …"""
    sent = ctx.doc.sentences[index]
    found: list[Found] = []
    for verb in sent:
        if not _reports(ctx, sent, verb):
            continue
        located = _clause_start(sent, verb)
        if located is None:
            continue
        start, infinitive = located
        for words in _clauses(ctx, sent, verb, start, infinitive):
            if verb.deprel == "acl" and not present_of_second_group(verb):
                # « un communiqué indiquant que … a été publié »: the clause
                last = max(w.index for w in sent.subtree(verb))  # ends with the noun's phrase
                words = [w for w in words if w.index <= last]
            span = _span_of(ctx, words)
            if span is None or ctx.wholly_quoted(span):
                continue
            if cue_lemma(sent, verb) in OPINION_VERBS and not _holds_a_quote(ctx, span):
                # « Un élu pense que le calendrier serait mal venu « s'il … » »: the marks say
                # the opinion was voiced; without them it is a thought (GUIDELINES.md)
                continue
            site = ctx.site(span)
            attribution = governing_verb(site)
            if (
                attribution is None
                or attribution.cue_span is None
                or attribution.cue_span.start != verb.start
            ):
                # the parser hung the clause elsewhere (« X, le ministre, a annoncé, dimanche, que … »
                # parsed as a relative clause): the words say it is the verb's, so is the source
                attribution = _verb_attribution(site, index, verb)
            attribution = _narrative_attribution(ctx, index, verb, attribution)
            if infinitive and _bodes(ctx, verb, attribution):
                continue  # « des retards qui menacent de freiner la croissance »: no one's words
            if attribution.mention is None:
                shared = participle_subject(sent, verb)  # « Soulignant que …, la maire a … »
                if shared is not None and site.is_frame(index, shared):
                    attribution = attrs.evolve(attribution, mention=mention_at(site, index, shared))
            found.append(Found(index, span, "indirect_verb", attribution))
    return found


def _bodes(ctx: _Context, verb: Word, attribution: Attribution) -> bool:
    """Whether ``verb`` is one that says what a thing bodes (:data:`BODING_VERBS`: « menacer de »,
    « promettre de ») and its subject a common noun the lexicon lists as no one who can speak
    (:func:`~quoteattr.attribute.vet.listed_source`): « la maison menace de s'effondrer »
    reports nothing, « le syndicat menace de porter plainte » does; a name or a pronoun may
    speak."""
    if lemma_of(verb.text, verb.lemma) not in BODING_VERBS or attribution.mention is None:
        return False
    mention = attribution.mention
    if mention.kind is not MentionKind.DESCRIPTION:
        return False
    words = mention.span.text_in(ctx.doc.text)
    if any(t.text[:1].isupper() and t.lower not in DETERMINERS for t in tokenize(words)):
        return False  # « Syrie : Israël menace de … »: a name may speak for its government
    head = head_noun(words)
    return head is not None and not listed_source(head)


def _narrative_attribution(ctx: _Context, index: int, verb: Word, attribution: Attribution) -> Attribution:
    """``attribution`` with the subject of a narrative infinitive as its source, if ``verb`` is
    one (:func:`~quoteattr.attribute.rules.subjects.narrative_mention`)."""
    mention = narrative_mention(ctx.doc.sentences[index], index, verb, ctx.doc.text)
    return attribution if mention is None else attrs.evolve(attribution, mention=mention)


def _holds_a_quote(ctx: _Context, span: Span) -> bool:
    """Whether a quotation in marks lies within ``span``."""
    return any(span.start <= q.start and q.end <= span.end for q in ctx.quotes)


def _verb_attribution(site: QuoteSite, index: int, verb: Word) -> Attribution:
    """The cue and source of ``verb`` for a clause the parse does not hang on it: the verb's
    subject, found by the same function the quote rules use."""
    sent = site.sentence(index)
    mention = speaker_of_verb(site, index, verb, inverted=False)
    return Attribution(
        rule="reporting_verb",
        confidence=0.85 if mention is not None else 0.4,
        cue=cue_lemma(sent, verb),
        cue_span=verb.span.with_source(site.doc.text),
        mention=mention,
        frame="verb",
    )
