"""Sentence rules: for one quote, the cue and the source mention its own sentence gives.

Each rule is a small named function ``rule(site) -> Attribution | None`` reading the dependency
parse of the quote's sentence (:class:`~quoteattr.attribute.site.QuoteSite`). They are tried in
the order of :data:`SENTENCE_RULES`; the first that answers wins, and its name and confidence
end up in :attr:`Quote.rule` / :attr:`Quote.confidence`. Rules walk only the labels in
:data:`LABELS` and refuse to run without a parse (:func:`~quoteattr.attribute.site.require_parse`).

The modules of this package, one kind of construction each: :mod:`.incises` (« … », a dit X),
:mod:`.colons` (X a dit : « … »), :mod:`.governing` (X a dit que « … »), :mod:`.prepositions`
(selon X, « … »), :mod:`.announced` (X a réagi. « … »); what they share: :mod:`.subjects` (the
source of a verb), :mod:`.verbs` (reporting verbs in a parse) and :mod:`.attribution` (what a rule
returns, how sure it is).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.rules.announced import speech_before, subject_before, woven_subject
from quoteattr.attribute.rules.attribution import LABELS, Attribution, Rule
from quoteattr.attribute.rules.colons import colon_distant, colon_intro
from quoteattr.attribute.rules.governing import (
    governing_verb,
    judged_object,
    participle_agent,
    quoted_infinitive,
    quoted_predicate,
    relative_source,
    verb_before_marks,
)
from quoteattr.attribute.rules.incises import (
    colon_after,
    dash_signature,
    incise_after,
    incise_before,
    incise_late,
    incise_right_before,
    incise_verb,
)
from quoteattr.attribute.rules.prepositions import comme_aside, source_preposition
from quoteattr.attribute.rules.subjects import cited_source, speaker_of_verb
from quoteattr.attribute.rules.verbs import cue_lemma
from quoteattr.attribute.site import QuoteSite
from quoteattr.attribute.vet import counted_things
from quoteattr.lang.fr.cues import NARRATIVE_INFINITIVE
from quoteattr.lang.fr.roles import speaking_noun
from quoteattr.lang.fr.verbs import RELAYING_INCISE_VERBS

__all__ = [
    "LABELS",
    "SENTENCE_RULES",
    "Attribution",
    "Rule",
    "attribute_sentence",
    "colon_after",
    "colon_distant",
    "colon_intro",
    "comme_aside",
    "cue_lemma",
    "dash_signature",
    "governing_verb",
    "incise_after",
    "incise_before",
    "incise_late",
    "incise_right_before",
    "incise_verb",
    "judged_object",
    "participle_agent",
    "quoted_infinitive",
    "quoted_predicate",
    "relative_source",
    "source_preposition",
    "speech_before",
    "subject_before",
    "verb_before_marks",
    "woven_subject",
]

#: The sentence rules, in the order they are tried.
SENTENCE_RULES: tuple[Rule, ...] = (
    relative_source,
    comme_aside,
    incise_after,
    incise_verb,
    dash_signature,
    colon_intro,
    participle_agent,
    judged_object,
    incise_right_before,
    governing_verb,
    incise_late,
    incise_before,
    colon_after,
    source_preposition,
    colon_distant,
    quoted_predicate,
    quoted_infinitive,
    verb_before_marks,
    speech_before,
    subject_before,
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
        if found.mention is not None and counted_things(found.mention.span.text_in(site.doc.text)):
            # « « … » sur 1.200 trains prévus, a indiqué une porte-parole »: a count of things the
            # parser made the subject speaks for no one; a later rule may find who does
            found = attrs.evolve(found, mention=None)
        if found.mention is not None:
            cited = cited_source(site, found.mention)  # « a rapporté Le Monde, citant un proche »
            if cited is None and rule in {incise_after, incise_late}:
                return _reporter_of_speech(site, found)
            return found if cited is None else attrs.evolve(found, mention=cited)
        if _narrative_infinitive(site, found):
            return found  # « Et d'ajouter que X « … » »: the last speaker's, not X's
        if fallback is None:
            fallback = found
    return fallback


def _reporter_of_speech(site: QuoteSite, found: Attribution) -> Attribution:
    """The subject of the speech verb whose clause holds the quote, over the incise after it
    that reports that clause: « Marc Roux a jugé la décision « injuste », rapporte Le Parisien »
    quotes Marc Roux's word, which the newspaper passes on. Only for words quoted inside a
    clause of a speech verb governing them directly, with a name for subject before the quote, and
    an incise whose subject is no pronoun; not a quote a colon opens, a whole utterance whose
    speaker the incise gives (« Lisbonne a confirmé le vote : « … », a déclaré la ministre »);
    ``found`` otherwise."""
    if found.mention is None or found.mention.kind is MentionKind.PRONOUN:
        return found  # « …, a-t-il ajouté »: the one who spoke goes on
    governed = governing_verb(site)
    if found.cue in RELAYING_INCISE_VERBS and (governed is None or governed.mention is None):
        # « X a apporté son « soutien », rapporte Le Journal »: who relays words reports them; the
        # words quoted in the clause of a named subject are that subject's, whatever its verb
        relayed = _named_subject_before(site)
        return found if relayed is None else attrs.evolve(found, mention=relayed)
    if governed is None or governed.mention is None or governed.hops or governed.cue_span is None:
        return found
    quote = site.quote.marks
    subject = governed.mention.span
    if not (subject.end <= governed.cue_span.start and governed.cue_span.end <= quote.start):
        return found
    if ":" in site.doc.text[governed.cue_span.end : quote.start]:
        return found  # a colon opens a whole utterance, not words inside the clause
    if governed.mention.kind is not MentionKind.NAME:
        return found  # a pronoun or a description: the incise's own reading stands
    return governed


def _named_subject_before(site: QuoteSite) -> Mention | None:
    """The name that is the subject of the verb whose clause holds the quote, before the quote in
    its sentence (« Le président du parti, Paul Roux, a apporté son « soutien » »), or ``None``;
    not a thing's noun that a name completes (« la rivière Durance », « la tempête Zora »), which
    says no words."""
    index = site.first
    sent = site.sentence(index)
    quote = site.quote.marks
    for word in sent:
        if word.start >= quote.start or word.upos not in {"VERB", "AUX"} or not site.is_frame(index, word):
            continue
        if word.deprel != "root":
            continue
        mention = speaker_of_verb(site, index, word, inverted=False)
        if mention is not None and mention.kind is MentionKind.NAME and mention.span.end <= quote.start:
            head = mention.head.text_in(site.doc.text)
            if head[:1].islower() and not speaking_noun(head.lower()):
                continue  # « la rivière Durance a grossi « … », relate Paul »: a thing, named
            return mention
    return None


#: A narrative infinitive's opening (:data:`~quoteattr.lang.fr.cues.NARRATIVE_INFINITIVE`).
_NARRATIVE_INFINITIVE = regex.compile(NARRATIVE_INFINITIVE)


def _narrative_infinitive(site: QuoteSite, found: Attribution) -> bool:
    """Whether ``found`` has for cue a narrative infinitive (« Et d'ajouter que … », « …, avant
    de préciser que … »): its subject is the last speaker, whom the discourse carries over; no
    later rule may take a subject from inside the clause it reports."""
    span = found.cue_span
    return span is not None and _NARRATIVE_INFINITIVE.search(site.doc.text, 0, span.start) is not None
