"""The source of a reporting verb in its sentence: its subject (from the tree, the word order, an
incise, a chain of verbs), repaired where the parser slipped, as a :class:`Mention`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.phrases import (
    head_of_phrase_ending,
    inverted_head_after,
    inverted_run_after,
    last_mentioned,
    makes_clause,
    mention_from,
    name_run_before,
    opens_person_name,
    surface_subject,
)
from quoteattr.attribute.rules.verbs import (
    AUXILIARY_FORMS,
    CLITICS,
    COORDINATING_OPENERS,
    PERSONAL_PRONOUNS,
    SE_FORMS,
    finite_clause,
    is_inverted_clitic,
    present_of_first_group,
    present_of_second_group,
    verb_read_as_conjunct,
)
from quoteattr.attribute.site import QuoteSite
from quoteattr.attribute.tenses import coordinated_main_verb
from quoteattr.lang.fr.cues import DOCUMENT_NOUNS as CUE_DOCUMENT_NOUNS
from quoteattr.lang.fr.cues import SPEECH_NOUNS
from quoteattr.lang.fr.indirect import INFINITIVE_MARKERS, QUE_FORMS, SOURCE_NOUNS, TIME_WORDS
from quoteattr.lang.fr.press import MEDIUM_NOUNS
from quoteattr.lang.fr.pronouns import DEMONSTRATIVE_HEADS, PREPOSITIONAL_RELATIVES, RELATIVE_PRONOUNS
from quoteattr.lang.fr.roles import DOCUMENT_NOUNS, GROUP_NOUNS, ORGANISATION_NOUNS, role_of
from quoteattr.lang.fr.titles import (
    A_FORMS,
    BARE_DE,
    CIVILITIES,
    DE_FORMS,
    NOT_NAME_STARTS,
    POSSESSIVE_DETERMINERS,
)
from quoteattr.lang.fr.verbs import (
    FIRST_GROUP_PARTICIPLE_ENDINGS,
    MODAL_VERBS,
    REPORTING_VERBS,
    lemma_of,
)
from quoteattr.parse.types import Sentence, Word

__all__ = [
    "SUBJECT_RELATIONS",
    "agentless_passive",
    "chain_subject",
    "document_after",
    "document_of",
    "given_an_age",
    "heard_from",
    "incise_subject",
    "inverted_subject",
    "is_subject",
    "mention_at",
    "narrative_mention",
    "opens_incise_after_quote",
    "possessor",
    "preceding_subject",
    "present_participle",
    "set_off_by_comma",
    "speaker_like",
    "speaker_of_verb",
]

SUBJECT_RELATIONS = frozenset({"nsubj", "nsubj:pass"})


_OBJECT_CLITICS = frozenset({"lui", "leur", "me", "m'", "m’", "te", "t'", "t’", "se", "s'", "s’"})


#: First and second person plural: a subject, or the object clitic of a verb whose subject is a noun.
_PLURAL_PERSONS = frozenset({"nous", "vous"})


_DOC_PREPS = frozenset({"dans", "sur", "en"})


def _can_be_read(word: Word) -> bool:
    """Whether words can be read or heard « in » ``word`` as in a source: a statement, a body, or
    a name (« lit-on dans le communiqué », « sur Twitter », « dans Le Monde »), not a place
    (« entendait-on dans les files d'attente », « sur le port, on parle de … »)."""
    if word.upos == "PROPN":
        return True
    lemma = word.lemma.lower()
    return lemma in DOCUMENT_NOUNS or lemma in CUE_DOCUMENT_NOUNS or lemma in ORGANISATION_NOUNS


def agentless_passive(sent: Sentence, verb: Word) -> bool:
    """A speech verb in the passive with no agent (« la décision a été annoncée », « l'état serait
    reconnu »): its subject is the thing said or the person told, never the one who speaks. The
    passive's auxiliary is « être », whatever the parser labelled (« Le baron resta saisi : » is
    a state), and a verb of the first group takes its participle's ending (« Le ministre est plus
    explicite : » is an adjective, no « expliciter » in the passive)."""
    form = verb.text.lower()
    if lemma_of(form, verb.lemma).endswith("er") and not form.endswith(FIRST_GROUP_PARTICIPLE_ENDINGS):
        return False
    children = sent.children(verb)
    passive = any(c.deprel == "aux:pass" and c.lemma.lower() == "être" for c in children)
    return passive and not any(c.deprel == "obl:agent" for c in children)


def is_subject(word: Word) -> bool:
    if word.upos == "PUNCT":
        return False
    if word.deprel in SUBJECT_RELATIONS:
        return word.text.lower() not in {"-t", "t"}
    return word.deprel == "expl:subj" and word.text.lower().lstrip("-") in PERSONAL_PRONOUNS


def _unlabelled_subject(sent: Sentence, verb: Word, word: Word) -> bool:
    """Whether ``word``, a child of ``verb`` the parser left unlabelled (« dep »), is its subject:
    a noun or a name before it with no preposition of its own. So is a name it took for an
    adjunct (« obl:mod ») after a fronted phrase (« Dans l'intervalle, Paul Roux, maire de Vire,
    continue de dénoncer … »): a name with no preposition before the verb can only be its subject
    (a common noun so placed may be a time adjunct: « Mardi, … »)."""
    if word.upos not in {"NOUN", "PROPN"} or word.start > verb.start:
        return False
    if word.deprel != "dep" and not (word.deprel == "obl:mod" and word.upos == "PROPN"):
        return False
    return not any(c.deprel == "case" for c in sent.children(word))


def _bare_apposition(sent: Sentence, word: Word, earlier: Word) -> bool:
    """Whether ``word``, a second subject the parser gave a verb, is a bare common noun set off
    by a comma after the noun subject ``earlier``: its apposition (« un habitant du quartier,
    retraité, confie … »), since a subject of its own would take a determiner."""
    return (
        word.upos == "NOUN"
        and word.text[:1].islower()  # « L'agence …, Horizons Seniors, a exprimé »: its name
        and earlier.upos in {"NOUN", "PROPN"}
        and word.index > 0
        and sent[word.index - 1].text == ","
        and not any(c.deprel in {"det", "det:poss", "nummod"} for c in sent.children(word))
    )


def _floats_after_subject(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` floats after the verb's subject and only stresses or counts it, whatever
    the parser called it: the number of « tous deux », « toutes les trois » (« Ils ont tous deux
    déploré … » is « ils »), or an emphatic pronoun (« Le ministre a lui-même déclaré … » is the
    minister)."""
    if word.text.lower().endswith(_SELF):
        return True
    if word.feats.get("NumType") != "Card" and word.upos != "NUM":
        return False
    before = [sent[i].text.lower() for i in range(max(0, word.index - 2), word.index)]
    return bool(before) and (before[-1] in _ALL or before == ["tous", "les"] or before == ["toutes", "les"])


#: « tous », « toutes » before a number that floats after its subject (« Ils ont tous deux … »).
_ALL = frozenset({"tous", "toutes"})

#: The endings of emphatic pronouns (« lui-même », « elles-mêmes »).
_SELF = ("-même", "-mêmes")


def _opens_on_preposition(sent: Sentence, noun: Word) -> bool:
    """Whether ``noun`` has a preposition of its own before it: no subject opens so, and of two
    subjects the parser gave a verb, one after « des » taken as « de les » is the complement of
    the noun before it (« Les syndicats X et Y des deux régions demandent »)."""
    return any(c.deprel == "case" and c.start < noun.start for c in sent.children(noun))


#: Prepositions that never open a subject, though « de » and « des » may stand for an article.
_FRONTING_PREPOSITIONS = frozenset(
    {"dans", "en", "lors", "selon", "pour", "après", "avant", "sur", "à", "au", "aux"}
)


def _apposed_after_fronted(sent: Sentence, noun: Word, verb: Word) -> Word | None:
    """The noun the parser hung as an apposition on a fronted phrase it took for the subject:
    « Dans un entretien télévisé, M. Roux a déclaré … » (« entretien » with « Dans » made the
    subject, « M. » its apposition). A noun with a preposition of its own is no subject: the
    first noun set off after its comma and before the verb is."""
    cases = [c for c in sent.children(noun) if c.deprel == "case" and c.start < noun.start]
    if not cases or cases[0].text.lower() not in _FRONTING_PREPOSITIONS:
        return None
    for child in sent.children(noun):
        if (
            child.deprel == "appos"
            and child.upos in {"NOUN", "PROPN"}
            and child.start < verb.start
            and child.index > 0
            and sent[child.index - 1].text == ","
        ):
            return child
    return None


def _clitic_or_stress(sent: Sentence, word: Word) -> bool:
    """Whether a word the parser made a subject is none: a dative clitic (« La fille, exaspérée,
    lui cria »), not the capitalised civility of a lawyer before the name (« Me Paul Girard a
    rappelé »); or the stressed pronoun of « quant à » that repeats the subject (« La ministre a
    quant à elle souligné que … »)."""
    after = sent[word.index + 1] if word.index + 1 < len(sent) else None
    civility = word.text == "Me" and after is not None and after.text[:1].isupper()
    if word.text.lower() in _OBJECT_CLITICS and not civility:
        return True
    return _stressed_after_quant(sent, word)


def _stressed_after_quant(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` is the stressed pronoun of « quant à » (« quant à elle »)."""
    return (
        word.index > 1
        and sent[word.index - 1].text.lower() == "à"
        and sent[word.index - 2].text.lower() == "quant"
    )


def _subject(sent: Sentence, verb: Word, depth: int = 0) -> Word | None:
    """The subject of ``verb``: nsubj, the agent of a passive, or the subject of its governor
    (for a coordinated verb, an infinitive or a participle, which share it)."""
    if _present_read_as_participle(sent, verb):
        if verb.index > 0 and sent[verb.index - 1].text == ",":
            # « Marie Dupont, présidente de l'association, décrit une … »: past the apposition
            apposed = _preceding_subject(sent, verb)
            if apposed is not None:
                return apposed
        return _top_of_apposition(sent, sent.words[verb.head])  # « Le maire décrit une … »
    children = sent.children(verb)
    passive = any(c.deprel in {"aux:pass", "nsubj:pass"} for c in children) or _past_participle(verb)
    if passive:
        for c in children:
            if c.deprel == "obl:agent":
                return c
    # « La ministre a quant à elle estimé que … »: the pronoun of « quant à » repeats the subject,
    # which the parser may have hung on the auxiliary
    subjects = [
        c
        for c in children
        if is_subject(c)
        and not _object_after_infinitive(sent, verb, c)
        and not _stressed_after_quant(sent, c)
        and not _object_after_split_tense(sent, verb, c)
    ]
    shared = _coordinated_after_object(sent, verb, subjects) if depth < 3 else None
    if shared is not None:
        return _subject(sent, shared, depth + 1)  # « X a rejeté les demandes et a annoncé … »: X
    if not subjects:
        # « Sérgio Mota a pour sa part dénoncé … »: the parser hung the subject on the auxiliary
        auxiliaries = [c for c in children if c.deprel in {"aux", "aux:tense"} and c.start < verb.start]
        auxiliaries = auxiliaries or _stranded_auxiliary(sent, verb) or _causative_before(sent, verb)
        # « Le syndicat a, à son tour, dénoncé … », « Les élus ont en revanche jugé … »: the
        # parser made the aside's noun the head of the auxiliary and of the subject
        holders = auxiliaries + [
            sent[a.head] for a in auxiliaries if a.head >= 0 and a.start < sent[a.head].start < verb.start
        ]
        subjects = [
            g for h in holders for g in sent.children(h) if is_subject(g) and g.start < auxiliaries[0].start
        ] or _noun_holding_auxiliary(sent, auxiliaries)
    if not subjects:
        # « Le SNNT, qui parle d'une « … », a fait savoir que … »: the parser left the noun before
        # the verb unlabelled (« dep »); with no preposition of its own, it is the subject
        subjects = [c for c in children if _unlabelled_subject(sent, verb, c)]
    if subjects:
        # two subjects is a parser slip over a fronted phrase ("Afin d'éviter toute contestation,
        # il les aligna"): the one nearest before the verb is the real one, never a dative
        # clitic the parser took for a subject ("La fille, exaspérée, lui cria")
        real = [c for c in subjects if not _clitic_or_stress(sent, c)]
        if len(real) > 1:
            real = [c for c in real if not _floats_after_subject(sent, c)] or real
        nominal = next((c for c in real if c.upos in {"NOUN", "PROPN"}), None)
        if nominal is not None:
            # « Paul Roux nous rappelle que … »: after a noun subject, « nous » or « vous » before
            # the verb is its object (French has one subject), whatever the parser called it
            # (but « Pour éviter toute dispute, nous … »: a comma before it makes it the subject)
            real = [
                c
                for c in real
                if c.text.lower() not in _PLURAL_PERSONS
                or c.start < nominal.start
                or sent[c.index - 1].upos == "PUNCT"
            ]
        before = [c for c in real if c.start < verb.start]
        stressed = _stressed_name(sent, before[-1]) if before else None
        if stressed is not None:
            return stressed  # « et Lemoine lui-même a déclaré »: the parser made « lui-même » the subject
        if before and _detached_opening_participle(sent, before[0], verb):
            # « Interrogée sur la grève, la ministre a déclaré … »: the parser made the participle
            # the subject; the noun phrase after its comma is
            return _preceding_subject(sent, verb)
        clitic = _inverted_clitic_after_comma(sent, verb, before)
        if clitic is not None:
            return clitic
        while len(before) > 1 and _bare_apposition(sent, before[-1], before[-2]):
            before.pop()  # « un habitant du quartier, retraité, confie »: the habitant
        while len(before) > 1 and _opens_on_preposition(sent, before[-1]):
            before.pop()  # « Les syndicats X et Y des deux régions demandent »: the syndicates
        if len(before) == 1:
            fronted = _apposed_after_fronted(sent, before[0], verb)
            if fronted is not None:
                return fronted  # « Dans un entretien, M. Roux a déclaré »: not the talk
        if before and depth == 0:  # not the verb a coordinate climbed to: its own subject
            group = _group_before_members(sent, before[-1], verb)
            if group is not None:
                return group  # « Trois syndicats, dont la CGT, ont dénoncé »: the syndicates
            relative = _dont_subject(sent, before[-1], verb) or relative_subject(sent, before[-1], verb)
            if relative is not None:
                # « Paul Roux, dont l'avocate a affirmé »: the lawyer; « un bilan à la suite
                # duquel l'évêque a fait état »: the bishop
                return relative
            antecedent = _antecedent_of_predicate(sent, before[-1])
            if antecedent is not None:
                return antecedent  # « Anne Roux, qui est la déléguée de l'ONG, a indiqué »
        if real and not before and _hung_on_noun_before(sent, verb):
            # « Un doctorant en chimie juge la hausse « raisonnable » »: a finite verb the parser
            # hung on the noun before it has that noun's phrase for subject; what follows it is
            # its object, as French puts no subject after such a verb outside an incise
            preceding = _preceding_subject(sent, verb)
            if preceding is not None:
                return preceding
        if real:
            return before[-1] if before else real[0]
    inverted = _inverted_after_relative(sent, verb)
    if inverted is None and depth > 0 and opens_incise_after_quote(sent, verb):
        # « « … », lâchait un supporteur, avant de reconnaître que … »: the incise verb a clause
        # climbs to has its subject after it, which the parser may call its object
        inverted = inverted_subject(sent, verb)
    if inverted is not None:
        return inverted
    detached = _detached_from_a_thing(sent, verb)
    if detached is not None:
        return detached  # « Le procureur a requis cinq ans de prison, estimant que … »
    if _describing_participle(sent, verb):
        return sent.words[verb.head]  # "un communiqué indiquant que …": the communiqué says it
    described = _participle_after_object(sent, verb)
    if described is not None:
        return described  # « Le site a diffusé une vidéo du ministre affirmant que … »
    finite = verb.feats.get("VerbForm") == "Fin"  # "… qu'on ne les suivait pas, reprit" is no xcomp
    if finite and verb.deprel == "acl":
        described = _described_by_participle(sent, verb)
        if described is not None:
            return described
    subject_noun = verb_read_as_conjunct(sent, verb)
    if subject_noun is not None:
        return subject_noun
    climbs = (
        verb.deprel == "conj"
        or (verb.deprel == "xcomp" and not finite)
        or (verb.deprel == "advcl" and not finite_clause(sent, verb))
        or _adjunct_present_participle(sent, verb)
    )
    relative = _subject_after_ou(sent, verb) if verb.deprel in {"conj", "parataxis"} else None
    if relative is not None:
        return relative
    juxtaposed = _juxtaposed_with(sent, verb) if depth < 3 else None
    if juxtaposed is not None:
        return _subject(sent, juxtaposed, depth + 1)
    incise = _incise_before_participle(sent, verb) if depth == 0 else None
    if incise is not None:
        return incise  # « …, a annoncé le préfet lundi, disant redouter … »
    own = _subject_joined_before(sent, verb) if depth == 0 else None
    if own is not None:
        return own  # « La société a reconnu son erreur, et Paul Roux, …, a regretté »
    if depth < 3 and climbs and verb.head >= 0:
        # « a assuré que … était prévu et a qualifié … »: the speech verb's coordinate
        governor = coordinated_main_verb(sent, verb) or sent.words[verb.head]
        governor = _speech_verb_of_reported(sent, verb, governor)
        governor = _past_relative_clause(sent, verb, governor)
        while governor.upos not in {"VERB", "AUX"} and governor.head >= 0 and depth < 3:
            if any(c.deprel == "cop" for c in sent.children(governor)):
                break
            governor = sent.words[governor.head]
            depth += 1
        return _subject(sent, governor, depth + 1)
    return _name_before(sent, verb) if depth == 0 else None


def _stressed_name(sent: Sentence, word: Word) -> Word | None:
    """The noun right before an emphatic « -même » pronoun (« Lemoine lui-même », « la ministre
    elle-même »): the pronoun stresses it (Grevisse, § 661), so that noun is the subject
    whatever the parser hung it on; ``None`` when ``word`` is no such pronoun or no noun comes
    right before it."""
    if word.text.lower() not in _EMPHATIC_PRONOUNS or word.index == 0:
        return None
    noun = sent[word.index - 1]
    if noun.upos not in {"NOUN", "PROPN"}:
        return None
    while noun.deprel in {"flat:name", "flat"} and 0 <= noun.head < noun.index:
        noun = sent[noun.head]  # « Paul Roux lui-même »: the name's head
    return noun


#: The emphatic pronouns of insistence after a noun (« lui-même », « eux-mêmes »).
_EMPHATIC_PRONOUNS = frozenset({"lui-même", "elle-même", "eux-mêmes", "elles-mêmes"})


def _detached_opening_participle(sent: Sentence, word: Word, verb: Word) -> bool:
    """Whether ``word`` is a participle that opens the sentence and is set off from ``verb`` by a
    comma (« Interrogée sur la grève, la ministre a déclaré », « Évoquant la crise, le maire a
    dit »): a detached clause on the subject that follows the comma, never the subject itself."""
    return (
        word.index == 0
        and word.upos == "VERB"
        and word.feats.get("VerbForm") == "Part"
        and any(w.text == "," for w in sent.words[word.index + 1 : verb.index])
    )


def _coordinated_after_object(sent: Sentence, verb: Word, subjects: Sequence[Word]) -> Word | None:
    """The verb before « et » whose subject ``verb`` shares, when « et » and ``verb``'s auxiliary
    stand right between the noun the parser made its subject and ``verb``: « Le général a rejeté
    les demandes du syndicat et a annoncé que … » joins two verbs of one subject; the noun
    before « et » is the first verb's object (a subject of its own would come after « et »:
    « … et le syndicat a annoncé »). ``None`` otherwise."""
    if len(subjects) != 1 or verb.index < 3 or sent[verb.index - 1].upos != "AUX":
        return None
    conjunction = sent[verb.index - 2]
    if conjunction.text.lower() != "et" or subjects[0].start > conjunction.start:
        return None
    head = sent.head_of(verb)
    if head is None or head.upos != "VERB" or head.start > subjects[0].start:
        return None
    return head


def _incise_before_participle(sent: Sentence, verb: Word) -> Word | None:
    """The subject of an incise set off by commas right before a present participle: « Trois
    maisons ont été détruites, a annoncé le préfet lundi, disant redouter … », its inverted
    clitic too (« …, a-t-il prévenu sur franceinfo, ajoutant … »): the participle goes on with
    the one who spoke, whatever the parser hung it on. ``None`` when the stretch
    between the two commas before the participle opens on no reporting verb with its subject
    after it."""
    if not present_participle(verb) or verb.index < 2 or sent[verb.index - 1].text != ",":
        return None
    k = verb.index - 2
    while k >= 0 and sent[k].text != ",":
        k -= 1
    if k < 0:
        return None
    first = k + 1
    clitic = None  # « a-t-il prévenu sur franceinfo, ajoutant … »: the clitic is the subject
    while first < verb.index - 1 and (
        sent[first].upos == "AUX"
        or sent[first].text.lower() in {"-t", "t"}
        or is_inverted_clitic(sent[first])
    ):
        clitic = sent[first] if is_inverted_clitic(sent[first]) else clitic
        first += 1
    incise = sent[first]
    if incise.upos != "VERB" or lemma_of(incise.text.lower(), incise.lemma.lower()) not in REPORTING_VERBS:
        return None
    if clitic is not None:
        return clitic
    subject = inverted_subject(sent, incise)
    if subject is None or not incise.index < subject.index < verb.index:
        return None
    return subject


def _past_relative_clause(sent: Sentence, verb: Word, governor: Word) -> Word:
    """The main verb for a present participle set off by a comma that the parser hung on a
    relative clause's verb: « Le PDG a abordé la question des systèmes, qui fait débat,
    soulignant que … » is the PDG's, not the relative's « qui ». ``governor`` for any other."""
    if governor.deprel != "acl:relcl" or not present_participle(verb):
        return governor
    if verb.index == 0 or sent[verb.index - 1].text != ",":
        return governor
    return next((w for w in sent.ancestors(governor) if w.upos in {"VERB", "AUX"}), governor)


def _speech_verb_of_reported(sent: Sentence, verb: Word, governor: Word) -> Word:
    """« X a annoncé que le site fermerait, avant de préciser que … », « X a déclaré que le site
    fermerait, en ajoutant : … », « …, assurant que … »: a speech verb in an infinitive or a
    present participle (a gerund with « en » or not) set off by a comma, which the parser hung on
    the verb of a reported clause, goes with the speech verb that reports that clause, and
    shares its subject (the site says nothing: what is reported does not go on speaking); any
    other verb keeps ``governor``."""
    if not _reported_clause(sent, governor) or governor.head < 0:
        return governor
    if lemma_of(verb.text, verb.lemma) not in REPORTING_VERBS:
        return governor
    adjunct = present_participle(verb) and verb.deprel in {"advcl", "acl", "advmod", "obl", "obl:mod"}
    if not (_set_off_speech_adjunct(sent, verb) or (adjunct and _mute_subject(sent, governor))):
        return governor
    speech = sent.words[governor.head]
    if lemma_of(speech.text, speech.lemma) in REPORTING_VERBS:
        return speech
    return _verb_before_que(sent, governor) or governor


def _mute_subject(sent: Sentence, clause: Word) -> bool:
    """Whether the subject of the reported ``clause`` is a number, a year or a thing no one
    speaks for, so that a gerund or a participle of speech hung on the clause is not its own:
    « X a annoncé que 2031 sera une année de réformes en appelant les élus à voter » (the year
    calls on no one)."""
    subject = next((c for c in sent.children(clause) if c.deprel in {"nsubj", "nsubj:pass"}), None)
    if subject is None:
        return False
    if subject.upos == "NUM" or subject.text.isdigit():
        return True
    return subject.upos == "NOUN" and not _can_speak(subject)


def _verb_before_que(sent: Sentence, clause: Word) -> Word | None:
    """The reporting verb right before the « que » that opens ``clause`` (« a déclaré mardi que
    … »), read from the surface when the parser hung the clause elsewhere: the last verb before
    « que », if it reports; ``None`` otherwise."""
    marks = [c for c in sent.children(clause) if c.deprel == "mark" and c.text.lower() in QUE_FORMS]
    if not marks:
        return None
    verb = next((w for w in reversed(sent.words[: marks[0].index]) if w.upos == "VERB"), None)
    if verb is None or lemma_of(verb.text, verb.lemma) not in REPORTING_VERBS:
        return None
    return verb


def _reported_clause(sent: Sentence, verb: Word) -> bool:
    """Whether ``verb`` heads a completive clause: a ccomp, or a clause opened by « que » the
    parser hung as an adverbial one."""
    if verb.deprel == "ccomp":
        return True
    return verb.deprel == "advcl" and any(
        c.deprel == "mark" and c.text.lower() in QUE_FORMS for c in sent.children(verb)
    )


def _set_off_speech_adjunct(sent: Sentence, verb: Word) -> bool:
    """Whether ``verb`` opens an adjunct set off by a comma: an infinitive after its preposition
    (« , avant de préciser »), or a present participle, bare or after « en » (« , assurant »,
    « , en déclarant »)."""
    if verb.feats.get("VerbForm") == "Inf":
        if verb.deprel != "advcl":
            return False
        markers = [c for c in sent.children(verb) if c.deprel == "mark" and c.start < verb.start]
        return bool(markers) and markers[0].index > 0 and sent[markers[0].index - 1].text == ","
    if verb.deprel not in {"advcl", "acl", "advmod", "dep", "obl", "obl:mod", "parataxis"}:
        return False
    return present_participle(verb) and set_off_by_comma(sent, verb)


def set_off_by_comma(sent: Sentence, word: Word) -> bool:
    """Whether a comma stands right before ``word``, or before the « en » of its gerund
    (« , assurant », « , en déclarant »): a participle's adjunct set off from its clause."""
    k = word.index - 1
    if k > 0 and sent[k].text.lower() == "en":
        k -= 1
    return k > 0 and sent[k].text == ","


def _group_before_members(sent: Sentence, subject: Word, verb: Word) -> Word | None:
    """The group a « dont » aside names members of, when the parser took a member for the verb's
    subject: « Trois syndicats, dont la CGT, ont dénoncé … » (``subject`` « CGT »). The aside is
    set off by commas and holds no verb: « , dont » then a noun phrase, then a comma before the
    verb group, and the group is no complement of a preposition. ``None`` for any other shape
    (« Paul Roux, dont l'avocate a affirmé … »: no comma closes the phrase, the lawyer is the
    relative clause's subject; « devant la mairie, dont le maire, Paul Roux, a demandé »)."""
    k = subject.index - 1
    while k > 0 and sent[k].upos in {"DET", "ADJ", "NUM"}:
        k -= 1
    if k < 2 or sent[k].text.lower() != "dont" or sent[k - 1].text != ",":
        return None
    rest = sent.words[subject.index + 1 : verb.index]
    comma = next((w for w in rest if w.text == ","), None)
    if comma is None or any(w.upos in {"VERB", "AUX"} and w.start < comma.start for w in rest):
        return None
    group = head_of_phrase_ending(sent, k - 2)
    if group is None or any(c.deprel == "case" for c in sent.children(group)):
        # « devant la mairie, dont le maire, Paul Roux, a demandé … »: a noun a preposition
        # governs is no subject; « dont » opens a relative whose subject is the phrase after it
        return None
    return group


def _antecedent_of_predicate(sent: Sentence, subject: Word) -> Word | None:
    """The noun phrase before « , qui » when the parser made the predicate of that relative the
    verb's subject (« Anne Roux, qui est la déléguée de l'ONG, a indiqué que … »: « déléguée »
    with « qui » its own subject and « est » its copula): the relative describes its antecedent,
    who is the one the verb's subject; ``None`` for any other subject."""
    children = sent.children(subject)
    qui = next(
        (
            c
            for c in children
            if c.text.lower() == "qui" and c.deprel.startswith("nsubj") and c.start < subject.start
        ),
        None,
    )
    if qui is None or not any(c.deprel == "cop" for c in children):
        return None
    k = qui.index - 1
    if k < 1 or sent[k].text != ",":
        return None
    return head_of_phrase_ending(sent, k - 1)


def _dont_subject(sent: Sentence, subject: Word, verb: Word) -> Word | None:
    """The subject of a verb in a relative clause opened by « dont » after ``subject``, which the
    parser took for the verb's own (« Paul Roux, dont l'avocate Marie Dupuis a affirmé … »): the
    noun phrase right after « dont », before the verb group; ``None`` for any other shape."""
    marker = next((w for w in sent.words[subject.index + 1 : verb.index] if w.text.lower() == "dont"), None)
    if marker is None or sent[marker.index - 1].text != ",":
        return None
    return _noun_after_relative(sent, marker, verb)


def _noun_after_relative(sent: Sentence, marker: Word, verb: Word) -> Word | None:
    """The noun of the phrase between a relative pronoun and the verb group, its subject; ``None``
    when no noun stands there, or a verb, a punctuation mark or a conjunction does."""
    phrase = sent.words[marker.index + 1 : verb.index]
    noun = next((w for w in phrase if w.upos in {"NOUN", "PROPN"}), None)
    if noun is None or any(w.upos in {"VERB", "PUNCT", "SCONJ"} for w in phrase):
        return None
    return noun


def relative_subject(sent: Sentence, subject: Word, verb: Word) -> Word | None:
    """The subject of a verb in a relative clause that a preposition and « lequel » open after
    ``subject``, which the parser took for the verb's own (« un bilan sévère à la suite duquel
    l'évêque avait fait état de sa tristesse »): the noun phrase right after the
    relative pronoun, before the verb group; ``None`` for any other shape."""
    marker = next(
        (w for w in sent.words[subject.index + 1 : verb.index] if w.text.lower() in PREPOSITIONAL_RELATIVES),
        None,
    )
    return None if marker is None else _noun_after_relative(sent, marker, verb)


#: Words that may stand between a preverbal subject and its verb group: negation and clitics.
_PREVERBAL = frozenset(
    {"ne", "n'", "n’", "se", "s'", "s’", "lui", "leur", "y", "en", "l'", "l’", "les", "la", "le"}
)


def _name_before(sent: Sentence, verb: Word) -> Word | None:
    """« …, la secrétaire générale du syndicat (SNLC), Sophie Tallandier, a dénoncé … »: a
    finite verb the parser left without a subject takes the name that closes, after a comma, the
    words right before its verb group: in French such a name can only be its subject (an object
    never stands there). Read from the surface; ``None`` without such a name."""
    first = min([verb.index, *(c.index for c in sent.children(verb) if c.deprel in {"aux", "aux:tense"})])
    if sent[first].feats.get("VerbForm") not in {"Fin", None} and first == verb.index:
        return None  # an infinitive or a participle alone has no subject of its own
    k = first - 1
    while k >= 0 and sent[k].text.lower() in _PREVERBAL:
        k -= 1
    if k < 1 or sent[k].text != ",":
        return None
    run = name_run_before(sent, k - 1)
    k -= 1 + len(run)
    if not run or (k >= 0 and sent[k].text not in {",", "("}):
        return None  # « … de l'usine Renault, a … » is no name apposed to a subject
    return run[0]


#: Closing quotation marks.
_CLOSING_MARKS = frozenset({"»", "”", '"'})


def opens_incise_after_quote(sent: Sentence, verb: Word, *, past_clitic: bool = False) -> bool:
    """Whether ``verb`` opens an incise right after a quotation: « … », (a) lâchait …; with
    ``past_clitic``, an inverted clitic may stand in its verb group too: « … », a-t-il déclaré."""
    k = verb.index - 1
    while k >= 0 and (
        sent[k].upos == "AUX"
        or sent[k].text.lower() in SE_FORMS
        or (past_clitic and sent[k].text.startswith("-"))
    ):
        k -= 1
    return k >= 1 and sent[k].text == "," and sent[k - 1].text in _CLOSING_MARKS


#: Verbs whose infinitive takes its own subject after it: « a fait venir le témoin », « laisse
#: parler Marie ».
_CAUSATIVES = frozenset({"faire", "laisser", "voir", "entendre", "regarder", "sentir", "écouter"})


def _object_after_infinitive(sent: Sentence, verb: Word, subject: Word) -> bool:
    """A noun the parser made the subject of an infinitive it follows: an infinitive has no
    subject of its own after it, so it is the object (« X a raconté avoir interrogé Mathilde
    Aubry : »), save after a causative verb (« a laissé parler Marie »)."""
    if subject.start < verb.start or verb.deprel != "xcomp" or verb.head < 0:
        return False
    infinitive = verb.feats.get("VerbForm") == "Inf" or any(
        c.deprel.startswith("aux") and c.feats.get("VerbForm") == "Inf" for c in sent.children(verb)
    )
    return infinitive and sent[verb.head].lemma.lower() not in _CAUSATIVES


#: How many words an aside may hold between an auxiliary and its participle (« a de son côté
#: mis en garde », « a, pour sa part, dénoncé »).
_ASIDE_WORDS = 5


def _stranded_auxiliary(sent: Sentence, verb: Word) -> list[Word]:
    """The finite auxiliary a past participle belongs to when an aside split them and the parser
    made the aside's noun the participle's head: « X a de son côté mis en garde contre … »; the
    parser may also have taken the auxiliary for the main verb (« X a pour sa part appelé … »,
    « a » a VERB and the sentence's root)."""
    if verb.feats.get("VerbForm") != "Part" or verb.feats.get("Tense") != "Past":
        return []
    for k in range(verb.index - 1, max(-1, verb.index - 2 - _ASIDE_WORDS), -1):
        word = sent[k]
        if (
            word.upos in {"AUX", "VERB"}
            and word.lemma in {"avoir", "être"}
            and word.feats.get("VerbForm", "Fin") == "Fin"
        ):
            return [word] if k < verb.index - 1 else []  # right against it, the parser saw it
        if word.upos in {"VERB", "AUX"} or word.text in {".", ";", ":", "«", "»"}:
            return []
    return []


def _object_after_split_tense(sent: Sentence, verb: Word, subject: Word) -> bool:
    """Whether ``subject``, after a past participle, is its object: an aside split the participle
    from its auxiliary, and a noun stands before that auxiliary, the clause's subject (« Le ministre
    a pour sa part jugé « inacceptable » une grève … »: French inverts no subject after a compound
    tense in such a clause); not in an incise, whose auxiliary follows a comma or a quote (« …, a
    pour sa part déclaré le ministre »)."""
    if subject.start < verb.start:
        return False
    stranded = _stranded_auxiliary(sent, verb)
    if not stranded or stranded[0].index == 0:
        return False
    before = sent[stranded[0].index - 1]
    return before.upos in {"NOUN", "PROPN"}


def _noun_holding_auxiliary(sent: Sentence, auxiliaries: Sequence[Word]) -> list[Word]:
    """The noun before a stranded auxiliary that the parser made its head: with an aside between
    auxiliary and participle (« Le porte-parole, Jonas Weber, a pour sa part jugé … »), the
    parser may make the subject noun the sentence's root, the auxiliary a modifier of it and the
    participle a modifier of the aside's noun. A noun with no preposition of its own before a
    finite auxiliary is that auxiliary's subject (« À Berlin », on it, stays a complement)."""
    for auxiliary in auxiliaries[:1]:
        if auxiliary.head < 0:
            continue
        noun = sent[auxiliary.head]
        if noun.upos not in {"NOUN", "PROPN"} or noun.start > auxiliary.start:
            continue
        if any(c.deprel == "case" for c in sent.children(noun)) or noun.deprel not in {"root", "ROOT"}:
            continue
        return [noun]
    return []


def _causative_before(sent: Sentence, verb: Word) -> list[Word]:
    """The « faire » of a causative the parser hung on the infinitive it governs, right before it
    (« Trois jours après l'incendie, la préfète a fait savoir que … », « fait » a child of
    « savoir »): « faire » carries the subject of the pair, as an auxiliary does."""
    if verb.feats.get("VerbForm") != "Inf" or verb.index == 0:
        return []
    word = sent[verb.index - 1]
    if word.head != verb.index or word.lemma != "faire" or word.upos not in {"VERB", "AUX"}:
        return []
    return [word]


def _past_participle(verb: Word) -> bool:
    """A past participle on its own, modifying a noun (« des livreurs, qualifiés par la direction
    de « collaborateurs » »): passive in form, so a *par* phrase on it is its agent."""
    return verb.deprel == "acl" and verb.feats.get("VerbForm") == "Part" and verb.feats.get("Tense") == "Past"


#: The object relative pronoun, in its spellings.
_RELATIVE_OBJECTS = frozenset({"que", "qu'", "qu’"})


def _inverted_after_relative(sent: Sentence, verb: Word) -> Word | None:
    """The subject set after the verb of a relative clause whose object is *que* (« C'est ce qu'a
    annoncé le ministre », « les mots qu'a prononcés la juge »): the relative pronoun is already
    the object, so a bare noun phrase after the verb, which the parser may label its object, is
    the subject."""
    children = sent.children(verb)
    relative = any(
        c.deprel == "obj" and c.text.lower() in _RELATIVE_OBJECTS and c.start < verb.start for c in children
    )
    if not relative:
        return None
    for c in children:
        if c.start < verb.start or c.deprel not in {"obj", "dep", "appos"} or c.upos not in {"NOUN", "PROPN"}:
            continue
        if any(g.deprel == "case" for g in sent.children(c)):
            continue
        return c
    return None


#: Words right before a present participle that make it a gerund or a verb with a clitic.
_GERUND_OPENERS = frozenset({"en", "lui", "leur", "me", "te", "nous", "vous"})


def _detached_from_a_thing(sent: Sentence, verb: Word) -> Word | None:
    """« Le procureur a requis cinq ans de prison, estimant que … »: a present participle set
    off by a comma, which the parser hung on the object before it, shares the subject of that
    object's verb, as a participle set off refers to the subject: after a thing, and after a
    person or a body the clause speaks of (« X a rejeté cette équipe, fustigeant des « … » »:
    X); past an infinitive, which has no subject of its own, that of the finite verb above
    (« Le syndicat a écarté l'idée d'envoyer une mission, estimant que … »: the syndicat).
    ``None`` after a statement, which may speak itself (« un communiqué, indiquant que … »)."""
    # the parser hangs the participle as the object's modifier, « acl », as an adjective,
    # « amod », when a quotation follows it, or as its apposition after the comma, « appos »
    if (
        verb.deprel not in {"acl", "amod", "appos"}
        or verb.head < 0
        or verb.index == 0
        or sent[verb.index - 1].text != ","
    ):
        return None
    if not present_participle(verb):
        return None
    noun = sent.words[verb.head]
    if noun.upos != "NOUN" or noun.deprel.startswith("nsubj"):
        return None
    governor = noun
    while governor.head >= 0 and governor.upos != "VERB":
        governor = sent.words[governor.head]
    if noun.lemma.lower() in DOCUMENT_NOUNS:
        return None  # « un communiqué, indiquant que … »: the statement speaks itself
    # an infinitive has no subject of its own: that of the finite verb above it (« Paul Roux a
    # tenu à louer le travail des bénévoles, soulignant que … »: Paul Roux)
    while governor.head >= 0 and (governor.upos != "VERB" or governor.feats.get("VerbForm") == "Inf"):
        governor = sent.words[governor.head]
    if governor.upos != "VERB" or governor.start > verb.start:
        return None
    return next((c for c in sent.children(governor) if c.deprel in {"nsubj", "nsubj:pass"}), None)


def _can_speak(noun: Word) -> bool:
    """Whether a common noun can name a source: a person's role, an organisation, a group, a
    source noun or a statement (« le ministre », « le syndicat », « un communiqué »)."""
    lemma = noun.lemma.lower()
    return (
        role_of(lemma) is not None
        or lemma in ORGANISATION_NOUNS
        or lemma in GROUP_NOUNS
        or lemma in SOURCE_NOUNS
        or lemma in DOCUMENT_NOUNS
        or noun.text[:1].isupper()
    )


def _describing_participle(sent: Sentence, verb: Word) -> bool:
    """A present participle that modifies a noun (« un communiqué indiquant que … », « une lettre
    affirmant … »): the noun is what speaks, as the subject of a relative « qui indique » would be."""
    if verb.deprel != "acl" or verb.head < 0 or not present_participle(verb):
        return False
    if verb.index > 0 and sent[verb.index - 1].text.lower() in _GERUND_OPENERS:
        return False  # « en lui disant »: a gerund, whose subject is the clause's
    if any(c.text.lower() == "en" for c in sent.children(verb)):
        return False
    noun = sent.words[verb.head]
    return noun.upos in {"NOUN", "PROPN"} and noun.start < verb.start


def _participle_after_object(sent: Sentence, verb: Word) -> Word | None:
    """« Le site a diffusé une vidéo du ministre affirmant que … »: a present participle right
    after the noun phrase its verb governs, no comma between, describes that phrase as « qui
    affirme » would, whatever the parser hung it on (here the verb, as if set off); the phrase's
    head is its subject when it can speak (a person, a body, a statement), else the noun right
    before the participle when it can (« une vidéo du ministre »: the minister; past an object
    clitic and an adjective, « une lettre de l'inspecteur régional lui demandant de »). ``None`` for a
    participle set off by a comma, which refers to the clause's subject (« Le procureur a requis
    cinq ans, estimant que … »), a gerund, or a phrase that cannot speak."""
    if verb.deprel not in {"advcl", "advmod", "dep", "obl", "obl:mod"} or verb.head < 0:
        return None
    if not present_participle(verb) or verb.index == 0:
        return None
    k = verb.index - 1
    while k > 0 and sent[k].text.lower() in _PARTICIPLE_CLITICS:
        k -= 1  # « une lettre de l'inspecteur lui demandant de … »: its object clitic between
    before = sent[k]
    if before.upos == "ADJ" and before.deprel == "amod" and 0 <= before.head < before.index:
        before = sent[before.head]  # « l'inspecteur régional »: the noun the adjective closes
    if before.upos not in {"NOUN", "PROPN"}:
        return None
    if any(c.text.lower() == "en" for c in sent.children(verb)):
        return None  # « en affirmant »: a gerund, whose subject is the clause's
    top = before
    for _ in range(_MAX_CLIMB):
        if top.deprel not in {"nmod", "flat:name", "flat", "appos"} or top.head < 0:
            break
        governor = sent.words[top.head]
        if governor.upos not in {"NOUN", "PROPN"} or governor.start > top.start:
            break
        top = governor
    if top.deprel not in {"obj", "obl", "obl:arg", "obl:mod", "iobj"} or top.head != verb.head:
        return None
    if top.text.lower() in MEDIUM_NOUNS:
        # « a-t-il confié au micro de Sudradio précisant que … »: where he spoke, whose name is the
        # medium's (:data:`MEDIUM_NOUNS`), never a speaker; the participle is the clause's
        return None
    # the phrase's head, or the noun right before when only it can speak (« une vidéo du
    # ministre affirmant »: the minister), or when the head is a document that noun wrote
    # (« une lettre de l'inspecteur lui demandant »: the inspector, as GUIDELINES.md gives a
    # statement to its author where named)
    document = lemma_of(top.text.lower(), top.lemma)
    if top is not before and document in DOCUMENT_NOUNS | CUE_DOCUMENT_NOUNS and _can_speak(before):
        return before
    return next((w for w in (top, before) if _can_speak(w)), None)


#: Object clitics that may stand before a present participle (« lui demandant », « les
#: invitant »): no noun of the phrase the participle describes.
_PARTICIPLE_CLITICS = frozenset({"lui", "leur", "nous", "vous", "les", "le", "la", "l'", "l’", "y"})


def _adjunct_present_participle(sent: Sentence, verb: Word) -> bool:
    """« Les gardiens invoquent la simple prudence, arguant que … »: a present participle set
    off by a comma after its clause shares that clause's subject, whatever relation the parser
    hung it by (here « advmod »; « Paul Roux fait suite, affirmant que … »: « parataxis »)."""
    if verb.deprel not in {"advmod", "dep", "obl", "obl:mod", "parataxis"} or verb.head < 0:
        return False
    if not present_participle(verb):
        return False
    governor = sent.words[verb.head]
    return governor.upos == "VERB" and governor.start < verb.start and sent[verb.index - 1].text == ","


#: What may stand between the comma and a juxtaposed verb: negation, clitics, auxiliaries.
_VERB_GROUP_RELATIONS = frozenset(
    {"advmod", "aux", "aux:tense", "aux:pass", "expl:pv", "expl:pass", "expl:comp", "iobj", "obj"}
)


def _juxtaposed_with(sent: Sentence, verb: Word) -> Word | None:
    """The finite verb ``verb`` is coordinated with by juxtaposition, if any: « Le vieux maire
    parlait de son village, répétait sans cesse : « … » »: a finite verb set after a comma
    beside the finite verb before it, with no subject and no word of subordination, shares its
    subject (Grevisse § 262: « Il entra, s'assit, se tut »), whatever relation the parser hung it
    by (here « advcl », as if it were a subordinate clause with a subject of its own, and under
    the quote's verb when a colon follows: then the sentence's root before it is the verb it
    goes with). Inside a subordinate clause, that clause's verb (« …, si bien que le maire
    recula, promit aux riverains que … »). Not a verb with a noun right after it, which may be its inverted
    subject (« …, a annoncé la préfecture »), nor one after a fronted subordinate clause (« Un
    jour, comme il avait mangé, Paul Roux lui dit : »)."""
    if verb.deprel not in {"advcl", "parataxis"} or verb.head < 0 or not finite_clause(sent, verb):
        return None
    governor = sent.words[verb.head]
    if governor.start > verb.start and sent.root is not None:
        governor = sent.root  # hung on a verb after it: the quote's, after a colon
    if governor.upos != "VERB" or governor.start > verb.start or not finite_clause(sent, governor):
        return None
    marks = [c for c in sent.children(governor) if c.deprel == "mark"]
    if marks and not any(w.upos == "VERB" and finite_clause(sent, w) for w in sent.words[: marks[0].index]):
        return None  # a clause opened by a word of subordination before any main verb is fronted
    children = sent.children(verb)
    if any(c.deprel in {"mark", "nsubj", "nsubj:pass", "expl:subj", "csubj"} for c in children):
        return None
    group = [c for c in children if c.start < verb.start and c.deprel in _VERB_GROUP_RELATIONS]
    first = min([verb, *group], key=lambda w: w.start)
    if first.index == 0 or sent[first.index - 1].text != ",":
        return None
    following = sent[verb.index + 1] if verb.index + 1 < len(sent) else None
    if following is not None and following.upos in {"DET", "PROPN", "NOUN", "PRON", "NUM"}:
        return None
    if any(_bare_noun_after(sent, verb, c) for c in children):
        return None  # « …, appelle quant à lui le parquet à agir »: past an aside, its subject may be
    return governor


def _subject_after_ou(sent: Sentence, verb: Word) -> Word | None:
    """« Le climat est tendu à Brest où le délégué Paul Roux, à la tête de la fédération, a
    dénoncé une « provocation » »: a finite verb the parser coordinated with the
    main clause, after « où » and a noun phrase with no verb of its own, is the relative's, and
    that phrase is its subject (the relative adverb opens its clause before its subject)."""
    if verb.head < 0 or not finite_clause(sent, verb):
        return None
    governor = sent.words[verb.head]
    between = sent.words[governor.index + 1 : verb.index]
    opening = next((w for w in reversed(between) if w.text.lower() == "où"), None)
    if opening is None:
        return None
    phrase = sent.words[opening.index + 1 : verb.index]
    if any(w.upos in {"VERB", "AUX"} and w.deprel not in {"aux", "aux:tense", "aux:pass"} for w in phrase):
        return None
    return next((w for w in phrase if w.upos in {"NOUN", "PROPN"}), None)


def _bare_noun_after(sent: Sentence, verb: Word, word: Word) -> bool:
    """Whether ``word``, a child of ``verb``, is a noun after it with no preposition: its object,
    or its subject set after it."""
    if word.start < verb.start or word.upos not in {"NOUN", "PROPN"}:
        return False
    return not any(c.deprel == "case" for c in sent.children(word))


def present_participle(word: Word) -> bool:
    """Whether ``word`` is a present participle (« indiquant », « arguant »)."""
    return (
        word.text.lower().endswith("ant")
        and word.feats.get("VerbForm") in {"Part", "Ger"}
        and word.feats.get("Tense") in {None, "Pres"}
    )


def _present_read_as_participle(sent: Sentence, verb: Word) -> bool:
    """« Le maire décrit une situation « catastrophique » »: a verb in *-ire* / *-uire* has a
    present (il dit, décrit, écrit, prédit, traduit) spelled as its past participle, and the
    parser may hang it on the noun before as a participle; in a sentence with no finite verb
    of its own (the words of a quote in it and the verbs of relative clauses are not its own:
    « Un surveillant, qui a requis l'anonymat, décrit une scène « irréelle » : « On a entendu
    … » »), with a direct object after it (a past participle describing a noun takes none), it
    is the finite verb and that noun its subject, or the one before an apposition set off by
    commas (« Marie Dupont, présidente de l'association, décrit … »). A present in *-e* of a
    verb in *-er* (« Une habitante du centre-ville résume : « … » ») is never a participle."""
    if verb.deprel != "acl" or verb.head < 0 or verb.feats.get("VerbForm") != "Part":
        return False
    if present_of_first_group(verb):  # « Une habitante résume : « … » »: never a participle
        return _noun_before(sent, sent.words[verb.head], verb)
    if not verb.text.lower().endswith("it"):
        return False
    if present_of_second_group(verb):  # « La ministre avertit que … »: never a participle
        return _noun_before(sent, sent.words[verb.head], verb)
    if not any(_direct_object(sent, verb, c) for c in sent.children(verb)):
        return False
    quoted = _in_marks(sent)  # the words of a quote are not the sentence's own
    if any(
        (w.feats.get("VerbForm") == "Fin" or (w.deprel == "root" and w.upos in {"VERB", "AUX"}))
        and w.index not in quoted
        and not _relative(sent, w)
        for w in sent
    ):
        return False
    return _noun_before(sent, sent.words[verb.head], verb)


def _noun_before(sent: Sentence, noun: Word, verb: Word) -> bool:
    """Whether ``noun``, before ``verb``, is a noun, or a participle a determiner makes one (« un
    surveillant », « les manifestants »)."""
    if noun.start >= verb.start:
        return False
    nominalised = noun.upos == "VERB" and noun.index > 0 and sent[noun.index - 1].upos == "DET"
    return noun.upos in {"NOUN", "PROPN"} or nominalised


def _hung_on_noun_before(sent: Sentence, verb: Word) -> bool:
    """Whether ``verb``, a finite form, is hung on a noun before it as its apposition or modifier
    (the parser's reading of « Un doctorant en chimie juge … » as « a doctorant judge »)."""
    if verb.feats.get("VerbForm") != "Fin" or verb.deprel not in {"appos", "amod", "acl", "nmod"}:
        return False
    return verb.head >= 0 and _noun_before(sent, sent.words[verb.head], verb)


def _relative(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` is the verb of a relative clause, or its auxiliary (« qui a requis »)."""
    verb = sent.words[word.head] if word.deprel.startswith("aux") and word.head >= 0 else word
    return verb.deprel == "acl:relcl"


def _in_marks(sent: Sentence) -> frozenset[int]:
    """The indices of the words between French quotation marks in ``sent``."""
    inside: set[int] = set()
    depth = 0
    for word in sent:
        if word.text == "»":
            depth = max(0, depth - 1)
        elif depth:
            inside.add(word.index)
        if word.text == "«":
            depth += 1
    return frozenset(inside)


def _direct_object(sent: Sentence, verb: Word, child: Word) -> bool:
    """Whether ``child`` is a noun phrase right after ``verb`` with no preposition: its object,
    whatever the parser called it (« décrit des journées », where « des » is the plural article,
    which a parser may take for « de » + « les »)."""
    if child.deprel == "obj":
        return True
    return (
        child.upos == "NOUN"
        and child.start > verb.start
        and child.deprel.startswith(("obl", "nmod"))  # obl:agent too: « décrit des journées »
        and not any(c.deprel == "case" and c.text.lower() != "des" for c in sent.children(child))
    )


def _past_fronted_participle(sent: Sentence, word: Word, verb: Word) -> Word | None:
    """``word``, unless it is the participle that opens the sentence with its agent, set off by a
    comma (« Joint par la radio, le pasteur, José Marin, affirme … », « Interrogé par la presse, … »:
    capitalised, the tagger may call it a name); then the noun that opens after that comma, the
    subject the phrase describes, if one does before ``verb``."""
    if word.index != 0 or len(sent) < 3 or sent[1].text.lower() != "par":
        return word
    comma = next((w for w in sent.words[2 : verb.index] if w.text == ","), None)
    if comma is None:
        return word
    return next(
        (w for w in sent.words[comma.index + 1 : verb.index] if w.upos in {"NOUN", "PROPN"}),
        None,
    )


def _top_of_apposition(sent: Sentence, noun: Word) -> Word:
    """The first noun of a chain of appositions or conjuncts (« Paul Roux, le maire, … »)."""
    while noun.deprel in {"appos", "conj", "flat", "flat:name"} and 0 <= noun.head < noun.index:
        noun = sent.words[noun.head]
    return noun


#: Pronouns that open a relative clause: a finite verb hung on a noun with one of them is a
#: relative clause's, not a verb the parser misplaced.
_RELATIVE_OPENERS = frozenset({"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle"})
#: How many nouns a misplaced verb's subject may lie above the noun it was hung on.
_MAX_CLIMB = 4


def _described_by_participle(sent: Sentence, verb: Word) -> Word | None:
    """« Une proclamation diffusée une semaine après la bataille rapporte que … »: the parser hung
    the finite verb on the last noun (« bataille ») as its modifier, which no French clause
    without a relative pronoun can be; the verb's subject is the noun the participle phrase
    holding that noun describes (« proclamation »). ``None`` when no participle phrase holds it."""
    if any(c.text.lower() in _RELATIVE_OPENERS for c in sent.children(verb)):
        return None
    noun = sent.words[verb.head]
    for _ in range(_MAX_CLIMB):
        if noun.head < 0:
            return None
        governor = sent.words[noun.head]
        if governor.upos == "VERB" and governor.deprel == "acl" and governor.feats.get("VerbForm") == "Part":
            described = sent.words[governor.head] if governor.head >= 0 else None
            if (
                described is not None
                and described.upos in {"NOUN", "PROPN"}
                and described.start < governor.start
            ):
                return described
            return None
        if governor.upos not in {"NOUN", "PROPN"}:
            return None
        noun = governor
    return None


def _subject_joined_before(sent: Sentence, verb: Word) -> Word | None:
    """The subject of its own a coordinated verb has right before it, which the parser joined to
    the first verb as its conjunct: « La société a reconnu son erreur, et Paul Roux, le
    directeur des ventes, a regretté que … » is Paul Roux's regret, not the firm's; a name or a
    noun after « et » and before the verb opens the second clause as its subject (« et a
    regretté », with nothing between, shares the first verb's). ``None`` otherwise."""
    if verb.deprel != "conj" or verb.head < 0:
        return None
    noun = _preceding_subject(sent, verb)
    if noun is None or noun.upos not in {"NOUN", "PROPN"} or noun.deprel != "conj":
        return None
    joined = sent.words[noun.head]
    if joined.index == verb.head:
        return noun  # joined to the first verb
    if joined.head == verb.head and _object_of_another(sent, joined, verb):
        return noun  # joined to its object: « son erreur, et Paul Roux »
    return None


def _object_of_another(sent: Sentence, noun: Word, verb: Word) -> bool:
    """Whether ``noun`` is the object of a verb other than ``verb``: « La société a reconnu son
    erreur, et Paul Roux, le directeur, a regretté … »: the parser joined the name to the
    object of the first verb, but an object is no subject of another verb, so the name after
    « et » opens a clause of its own, the subject of the verb after it."""
    if noun.deprel not in {"obj", "iobj"} or noun.head < 0:
        return False
    governor = sent.words[noun.head]
    return governor.index != verb.index and governor.upos in {"VERB", "AUX"}


def _preceding_subject(sent: Sentence, verb: Word) -> Word | None:
    """The noun right before a finite verb, across clitics, auxiliaries and a short comma-set
    insert, when the parser attached the subject elsewhere ("qu'Aliev et Pachinian lui avaient
    assuré", "Une voix forte, au loin, criait", "le ministre, Christophe Castaner, a twitté")."""
    i = verb.index - 1
    while i >= 0:
        word = sent[i]
        auxiliary = word.deprel.startswith("aux") and word.text.lower() in AUXILIARY_FORMS  # tagged VERB
        if word.upos in {"AUX", "ADV"} or word.text.lower() in CLITICS or auxiliary:
            i -= 1
            continue
        if word.text == ",":
            j = i - 1
            while j >= 0 and i - j <= _MAX_INSERT and sent[j].text != ",":
                j -= 1
            i = j - 1 if j >= 0 and sent[j].text == "," else _before_long_insert(sent, i)
            i = _before_appositions(sent, i)  # "Jean Dupont, 45 ans, agriculteur, raconte"
            continue
        if word.text in _ASIDE_DASHES or word.text == ")":
            # « la chanteuse - qui prépare un album - a confirmé »: an aside between two dashes;
            # « Anne Roux (PS) a précisé », « Paul Roux (45 ans) a dit »: a party, an age or a
            # place in brackets after the subject
            j = _aside_opening(sent, i)
            if j < 0:
                return None
            i = j - 1
            continue
        if word.text.lower() in _RELATIVE_OBJECTS:
            return None  # "ce qu'a annoncé …": the object, never the subject
        capitalised = word.upos in {"ADJ", "X", "ADV"} and word.text[:1].isupper()  # "Blanche lui dit"
        # « Le syndicat SUD Santé, à l'origine du mouvement, juge … »: past a sentence's first
        # word, a capitalised word tagged a verb is a name's
        capitalised = capitalised or (word.upos == "VERB" and word.text[:1].isupper() and i > 0)
        nominal = word.upos == "ADJ" and i > 0 and sent[i - 1].upos == "DET"  # "Le vieux commença"
        # « Les parents des élèves inscrits rappellent »: a participle closing the noun phrase
        # is its noun's
        described = sent.head_of(word) if word.upos == "VERB" and word.deprel in {"acl", "amod"} else None
        if described is not None and described.index < i and described.upos in {"NOUN", "PROPN"}:
            word = described
        if (
            word.upos in {"PROPN", "NOUN"}
            or capitalised
            or nominal
            or _closes_noun_phrase(sent, word)  # "le nouveau maire pro-autonomie a déclaré"
            or (word.upos == "PRON" and word.text.lower() not in CLITICS)
        ):
            while True:
                joined = _hyphened_to(sent, word)
                if joined is not None:
                    word = joined  # « le grimpeur de Vélo-Sud avait reconnu »: one name, split
                    continue
                participle = _participle_of_agent(sent, word)
                if participle is not None:
                    # « Un habitant interrogé par l'AFP raconte : »: the agent of a participle on
                    # the subject is no subject; the noun the participle describes is
                    word = sent.words[participle.head]
                    continue
                # « Un surveillant présent dans la cour, … »: a noun after a preposition is a
                # complement of the words before it, never the subject
                complement = word.deprel != "conj" and _placed_on(sent, word)
                if not (
                    (word.deprel in {"conj", "nmod", "flat", "flat:name", "amod"} or complement)
                    and word.head >= 0
                    and sent.words[word.head].start < word.start
                    # « …, mais la chanteuse … a confirmé », the noun joined to the verb before
                    # « mais »: a noun is no verb's conjunct, it opens a clause of its own
                    and not (word.deprel == "conj" and sent.words[word.head].upos in {"VERB", "AUX"})
                    and not (word.deprel == "conj" and _clause_between(sent, sent.words[word.head], word))
                    and not (word.deprel == "conj" and _prepositional(sent, sent.words[word.head]))
                    # « le ministre des Sports et de la Jeunesse a assuré », « ministre » the
                    # object of the verb before: a conjunct opened by its own preposition is a
                    # complement coordinated in the phrase, never a clause's subject
                    and not (
                        word.deprel == "conj"
                        and _object_of_another(sent, sent.words[word.head], verb)
                        and not _prepositional(sent, word)
                    )
                    and not (word.deprel == "nmod" and _after_fronted(sent, sent.words[word.head], word))
                ):
                    # « « … » dans la région, s'est félicitée la déléguée »: a noun opened by a
                    # preposition is a complement, never a subject
                    if _opened_by_preposition(sent, word):
                        return None
                    return _past_fronted_participle(sent, word, verb)
                word = sent.words[word.head]
        return None
    return None


def _aside_opening(sent: Sentence, closing: int) -> int:
    """The index of the dash or bracket that opens the aside closed at ``closing`` (a dash, or a
    closing bracket), at most :data:`_MAX_DASHED_INSERT` words back; -1 when none opens it there,
    or another closing bracket comes first."""
    mark = sent[closing].text
    opening = "(" if mark == ")" else mark
    for j in range(closing - 1, max(-1, closing - 1 - _MAX_DASHED_INSERT), -1):
        if sent[j].text == opening:
            return j
        if sent[j].text == mark != opening:
            return -1
    return -1


def _hyphened_to(sent: Sentence, word: Word) -> Word | None:
    """The word a hyphen glues ``word`` to, with no space on either side, when the tokenizer split
    one hyphenated name (« Vélo-Sud », « Saint-Cloud ») into three words; ``None`` otherwise."""
    i = word.index
    if i < 2 or sent[i - 1].text not in {"-", "‑"}:
        return None
    hyphen, first = sent[i - 1], sent[i - 2]
    return first if first.end == hyphen.start and hyphen.end == word.start else None


#: The dashes French sets an aside between, as it does commas (« X – qui … – a dit »), and the
#: most words between them: a pair of dashes marks an aside plainly, so a longer one than
#: between commas (a relative clause).
_ASIDE_DASHES = frozenset({"-", "–", "—"})
_MAX_DASHED_INSERT = 12


def _opened_by_preposition(sent: Sentence, word: Word) -> bool:
    """Whether a preposition in small letters right after a closing quotation mark opens the
    phrase ``word`` heads (« « … » du bourg », « « … » dans la région »): words that complete the
    quoted sentence, not a capital particle of a name (« De Waele »)."""
    return any(
        c.deprel == "case"
        and c.start < word.start
        and c.text.islower()
        and c.upos == "ADP"
        and c.index > 0
        and sent[c.index - 1].text in _CLOSING_MARKS
        for c in sent.children(word)
    )


def preceding_subject(sent: Sentence, verb: Word) -> Word | None:
    """The subject of ``verb`` read from the word order before it, whatever the tree says: the
    noun right before its verb group, past a comma-set insert (:func:`_preceding_subject`)."""
    return _preceding_subject(sent, verb)


def _prepositional(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` heads a phrase opened by a preposition (« Sur les réseaux sociaux »): no
    subject, nor a conjunct of one (« Sur les réseaux sociaux, certains riverains … parlent »)."""
    return any(c.deprel == "case" and c.start < word.start for c in sent.children(word))


def _placed_on(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` heads a complement of place or time opened by a preposition other than
    « de » (« dans la cour ») on a noun before it (« Un surveillant présent dans la cour »):
    that noun's, never a subject."""
    if word.head < 0 or word.head >= word.index:
        return False
    case = [c for c in sent.children(word) if c.deprel == "case" and c.start < word.start]
    if not case or case[0].text.lower() in DE_FORMS:
        return False
    return _noun_before(sent, sent.words[word.head], word)


def _participle_of_agent(sent: Sentence, word: Word) -> Word | None:
    """The participle hung on a noun before it whose agent ``word`` is (« un habitant interrogé
    par l'AFP »), or ``None``."""
    if word.deprel != "obl:agent" or word.head < 0:
        return None
    participle = sent.words[word.head]
    if (
        participle.deprel != "acl"
        or participle.head < 0
        or sent.words[participle.head].start > participle.start
    ):
        return None
    return participle


def _after_fronted(sent: Sentence, head: Word, word: Word) -> bool:
    """Whether ``word`` follows the comma that closes a phrase opened by a preposition whose
    head is ``head`` (« Dans son bulletin, Météo France annonce … »): the noun after that comma
    opens the clause, no complement of the fronted phrase, whatever the parser hung it on."""
    between = sent.words[head.index + 1 : word.index]
    commas = [w for w in between if w.text == ","]
    if not commas:
        return False
    # « Dans une lettre envoyée par le syndicat belge, des agents de bord affirmaient »: a
    # name deep in the fronted phrase, the phrase opening the sentence on its preposition
    return _prepositional(sent, head) or _opens_on_preposition_until(sent, commas[0])


def _opens_on_preposition_until(sent: Sentence, comma: Word) -> bool:
    """Whether the sentence opens on a preposition (« Dans », « Selon », « Lors de ») and
    ``comma`` is its first comma: the one that closes the fronted phrase."""
    first = sent.words[0] if sent.words else None
    return (
        first is not None
        and first.upos == "ADP"
        and not any(w.text == "," for w in sent.words[: comma.index])
    )


def _clause_between(sent: Sentence, first: Word, last: Word) -> bool:
    """Whether a clause boundary (a semicolon, a colon, a verb) lies between two conjuncts: then
    they are not one subject ("Toutes pâles qu'elles étaient, les servantes se levèrent ; et Léonie,
    tremblante, se détourna": Léonie alone)."""
    between = sent.words[first.index + 1 : last.index]
    return any(w.text in {";", ":"} or w.upos in {"VERB", "AUX"} for w in between)


def _closes_noun_phrase(sent: Sentence, word: Word) -> bool:
    """An adjective after the noun it qualifies: the last word of a noun phrase."""
    if word.upos != "ADJ" or word.deprel != "amod" or word.head < 0:
        return False
    noun = sent.words[word.head]
    return noun.upos in {"NOUN", "PROPN"} and noun.start < word.start


def _before_appositions(sent: Sentence, i: int) -> int:
    """From the last word of a comma-set apposition, back over the appositions before it to the
    name they describe: "Jean Dupont, 45 ans, agriculteur, raconte" reaches "Dupont", not "ans"
    (a name only: "Il notait leurs gestes, leurs silences, les commentait" lists things)."""
    while i > 0:
        k = i
        while k >= 0 and i - k <= _MAX_INSERT and sent[k].text != ",":
            if sent[k].upos in {"VERB", "AUX", "ADP", "SCONJ", "PRON"}:
                return i  # a clause or a complement, not an apposition
            k -= 1
        if k <= 0 or sent[k].text != "," or sent[k - 1].upos != "PROPN":
            return i
        i = k - 1
    return i


def _before_long_insert(sent: Sentence, comma: int) -> int:
    """Where to look on from a comma closing a long insert: before the insert when it opens as
    one ("M. de Lormel, en buvant son café avec M. de Valbrun, lui dit"), else just before
    the comma ("Le ministre Christophe Castaner, a twitté"). A role apposed to a name ("X,
    porte-parole de …, estime", "X, ancien ministre, a dit") is such an insert too, and so is an
    adjective detached after a name ("X, certain qu'on l'attendait déjà, répondit")."""
    j = comma - 1
    while j >= 0 and sent[j].text != ",":
        j -= 1
    first = sent[j + 1] if j + 1 < comma else None
    if j < 0 or first is None:
        return comma - 1
    if first.upos == "CCONJ" and j + 2 < comma and sent[j + 2].text.lower() in RELATIVE_PRONOUNS:
        # « Un agriculteur dont les terres …, et qui a requis l'anonymat, assure »: a relative
        # coordinated to another hangs on the same antecedent, before the first relative
        k = j - 1
        while k > 0 and sent[k].text.lower() not in RELATIVE_PRONOUNS:
            k -= 1
        return k - 1 if k > 0 else j - 1
    # "le vieux notaire, la gardant encore sur ses genoux, se mit à rire": a clitic and its verb
    clitic_verb = first.text.lower() in CLITICS and j + 2 < comma and sent[j + 2].upos == "VERB"
    opens = first.upos in {"ADP", "SCONJ", "VERB"} or first.text.lower() in _INSERT_OPENERS or clitic_verb
    after_name = j > 0 and sent[j - 1].upos == "PROPN"
    apposed = after_name and first.upos in {"DET", "NUM"}  # "Fritz, deux Allemands …,"
    # "Julien Marchal, porte-parole du collectif « Citoyens en colère », estime": a role apposed to a name
    roles = [w for w in sent.words[j + 1 : min(comma, j + 3)] if role_of(w.text.lower()) is not None]
    role_apposed = after_name and first.upos in {"NOUN", "ADJ"} and bool(roles)
    # "M. de Valbrun, certain qu'on l'attendait déjà, répondit": an adjective detached after
    # a name describes it
    described = after_name and first.upos == "ADJ" and first.text[:1].islower()
    return j - 1 if opens or apposed or role_apposed or described else comma - 1


#: Words that open a comma-set insert between a subject and its verb.
_INSERT_OPENERS = frozenset({"en", "qui", "dont", "après", "avant", "sans", "pour", "tout", "comme"})


#: The longest comma-set insert (words) skipped between a subject and its verb.
_MAX_INSERT = 5


def _elided_subject(site: QuoteSite, index: int, verb: Word) -> Mention | None:
    """ "… » et avertissait qu'il fallait « … »": a coordinated verb opening a sentence (the
    segmenter cut after a long quote) shares the subject of the previous sentence's main verb;
    of its last clause when that has a subject of its own, as « et » joins to what was said
    last (« Le groupe a publié ses comptes, et Paul Roux a regretté que … Et de vanter … » →
    Paul Roux, :func:`_last_clause`)."""
    sent = site.sentence(index)
    frame = [w for w in sent if site.is_frame(index, w) and w.upos != "PUNCT"]
    if len(frame) < 2 or frame[0].text.lower() not in COORDINATING_OPENERS:
        return None
    if not any(w is verb for w in frame[1:3]) and not (
        frame[1].upos == "AUX" and len(frame) > 2 and frame[2] is verb
    ):
        return None
    previous = site.sentence(index - 1)
    root = previous.root
    if root is None:
        return None
    last = _last_clause(previous, root, lambda w: site.is_frame(index - 1, w))
    subject = _subject(previous, last) if last is not root else None
    if subject is None or not site.is_frame(index - 1, subject):
        subject = _subject(previous, root)
    if subject is None or not site.is_frame(index - 1, subject):
        # « « … », a-t-il déclaré. Puis, s'adressant aux familles : « … » »: the sentence before
        # is a quote and its incise, whose inverted subject is the one who goes on
        subject = _incise_subject(site, index - 1, previous)
    if subject is None:
        return None
    return mention_at(site, index - 1, subject)


def _last_clause(sent: Sentence, root: Word, frame: Callable[[Word], bool]) -> Word:
    """The verb of the last clause joined to ``root`` by coordination, down the chain of
    conjuncts (« A a publié …, et B a regretté … » → « regretté »), outside quotation marks;
    ``root`` itself when none is."""
    last = root
    while True:
        joined = [
            c
            for c in sent.children(last)
            if c.deprel == "conj" and c.upos in {"VERB", "AUX"} and c.start > last.start and frame(c)
        ]
        if not joined:
            return last
        last = joined[-1]


def _incise_subject(site: QuoteSite, index: int, sent: Sentence) -> Word | None:
    """The inverted subject of the last speech verb of the frame of sentence ``index`` that
    follows a quote's closing mark and its comma (« « … », a-t-il déclaré »), or ``None``."""

    def frame(word: Word) -> bool:
        return site.is_frame(index, word)

    for verb in reversed(sent.words):
        if (
            verb.upos != "VERB"
            or not frame(verb)
            or not opens_incise_after_quote(sent, verb, past_clitic=True)
        ):
            continue
        found = inverted_subject(sent, verb, frame)
        return found if found is not None and frame(found) else None
    return None


def inverted_subject(
    sent: Sentence, verb: Word, allowed: Callable[[Word], bool] | None = None
) -> Word | None:
    """The subject of an incise verb: its nsubj, else the noun phrase right after it.

    ``allowed`` rejects candidates (words inside a quotation, which the parser may have made
    the verb's subject)."""
    for c in sent.children(verb):
        if is_subject(c) and (allowed is None or allowed(c)):
            return _name_apposed_to(sent, verb, c, allowed) or c
    for c in sent.children(verb):
        # « a lancé le quinquagénaire »: an adjective with its article and no noun is one
        nominal = c.upos == "ADJ" and any(g.deprel == "det" for g in sent.children(c))
        # « estime Human Rights Watch »: a capitalised foreign word tagged X opens a name
        foreign = c.upos == "X" and c.text[:1].isupper()
        if c.start <= verb.start or (c.upos not in {"NOUN", "PROPN", "PRON"} and not nominal and not foreign):
            continue
        if allowed is not None and not allowed(c):
            continue
        if c.deprel not in {"obj", "nsubj", "dep", "appos", "iobj", "obl:arg", "expl:subj"}:
            continue
        if any(g.deprel == "case" for g in sent.children(c)):
            named = (
                _named_on_aside(sent, c)
                if c.lemma.lower() in _ASIDE_NOUNS
                else _name_after_complement(sent, c)
            )
            if named is not None and (allowed is None or allowed(named)):
                # « estime pour sa part Gareth Pryce », « a déclaré au micro Anne Roux »: the name
                # hung on the aside or on the complement before it
                return named
            continue
        if c.text.lower() in {"-t", "t", "se", "s'"}:
            continue
        if c.text.lower() in TIME_WORDS:
            continue  # « a déclaré lundi, … »: when it was said, not who said it
        return _demonstrative_after(sent, c) or c
    return (
        _after_source_aside(sent, verb, allowed)
        or _after_circumstance(sent, verb, allowed)
        or _after_set_off_aside(sent, verb, allowed)
        or _in_word_order(sent, verb, allowed)
    )


def _name_apposed_to(
    sent: Sentence, verb: Word, subject: Word, allowed: Callable[[Word], bool] | None
) -> Word | None:
    """The name the word order puts first after an incise ``verb`` when the tree's ``subject`` is
    the description set after it by a comma (« « … », a lancé, visiblement ému, Paul Roux, le
    ministre de l'Intérieur »: the parser made « le ministre » the subject and the name an
    aside's): the name is the subject, the description its apposition; ``None`` otherwise."""
    if subject.upos != "NOUN" or subject.start < verb.start:
        return None
    run = inverted_run_after(sent, verb, verb.index + 1, allowed)
    if not run or not opens_person_name(run[0]) or any(w.upos != "PROPN" for w in run):
        return None
    k = run[-1].index + 1
    if k >= subject.index or sent[k].text != ",":
        return None
    between = sent.words[k + 1 : subject.index]
    return (
        inverted_head_after(sent, verb, allowed) if all(w.upos in {"DET", "ADJ"} for w in between) else None
    )


def _in_word_order(sent: Sentence, verb: Word, allowed: Callable[[Word], bool] | None) -> Word | None:
    """The inverted subject read from the word order when the tree gives none: past an adverb of
    the incise and the one told (« « … », rappelle d'abord l'entraîneur », « « … », a répondu à
    l'inverse Paul Roux », « a nuancé auprès de l'AFP Ilkay Demir »; :func:`inverted_head_after`).
    Only a subject that can speak: a name or a noun of a role, a body, a group or a document."""
    return _speaking(inverted_head_after(sent, verb, allowed), allowed)


def _speaking(head: Word | None, allowed: Callable[[Word], bool] | None) -> Word | None:
    """``head`` when it is allowed and can speak (a name, or a noun of a role, a body, a group or
    a document), else ``None``."""
    if head is None or (allowed is not None and not allowed(head)):
        return None
    return head if head.upos == "PROPN" or _can_speak(head) else None


def _demonstrative_after(sent: Sentence, word: Word) -> Word | None:
    """A demonstrative pronoun the parse hung on ``word``, after it and before a relative: it
    opens a phrase of its own, the one the verb's subject is. « celui » modifies no noun, so the
    noun before it closed another phrase (« a dit à Radio Nord celui qui a mené l'équipe »: the
    radio was spoken to)."""
    for child in sent.children(word):
        k = child.index
        if (
            child.start > word.start
            and child.text.lower() in DEMONSTRATIVE_HEADS
            and k + 1 < len(sent)
            and sent[k + 1].text.lower() in {"qui", "que", "qu'", "qu’", "dont"}
        ):
            return child
    return None


def _past_when(sent: Sentence, k: int) -> int:
    """The first word from ``k`` on that is no adverb and no word of time (« a déclaré lundi »),
    a date written with its day's number included (« a répondu le 14 mars »)."""
    while k < len(sent):
        if sent[k].text.lower() in TIME_WORDS or sent[k].upos == "ADV":
            k += 1
        elif (
            sent[k].text.lower() in {"le", "ce"}
            and k + 2 < len(sent)
            and sent[k + 1].upos == "NUM"
            and sent[k + 2].text.lower() in TIME_WORDS
        ):
            k += 2  # « le 14 », its month skipped next
        else:
            break
    return k


def _after_source_aside(sent: Sentence, verb: Word, allowed: Callable[[Word], bool] | None) -> Word | None:
    """« « … », a déclaré lundi, selon l'AFP, Paul Roux »: an aside giving the medium (« selon X »,
    « d'après X ») between an incise verb and its subject, set off by commas; the subject is the
    noun phrase after the aside's closing comma, whatever the parser hung it on."""
    k = _past_when(sent, verb.index + 1)
    if k + 2 >= len(sent) or sent[k].text != ",":
        return None
    opener = sent[k + 1].text.lower().replace("’", "'")
    split = opener == "d'" and sent[k + 2].text.lower() == "après"  # « d' » + « après »
    if opener not in {"selon", "d'après"} and not split:
        return None
    close = next((j for j in range(k + 2, len(sent)) if sent[j].text in {",", ".", ";", ":"}), None)
    if close is None or sent[close].text != ",":
        return None
    for word in sent.words[close + 1 :]:
        if word.upos in {"NOUN", "PROPN"}:
            return word if allowed is None or allowed(word) else None
        if word.upos not in {"DET", "ADJ", "NUM"}:
            return None
    return None


def _civility_after_complement(sent: Sentence, j: int) -> bool:
    """Whether word ``j`` is a civility (« Me », « Mme », « Dr ») with a name after it, right after
    a complement's noun or name that is no role (« au ministre M. Roux » is the one spoken to)."""
    word, before = sent[j], sent[j - 1]
    if not word.text[:1].isupper() or not _civility_before_name(sent, j):
        return False
    if before.upos not in {"NOUN", "PROPN"} or role_of(before.lemma.lower()) is not None:
        return False
    return role_of(before.text.lower()) is None


#: Civilities without their full stop (« Me », « Dr », « Mme »), which open a person's name.
CIVILITY_WORDS = frozenset(c.rstrip(".") for c in CIVILITIES)


def _civility_before_name(sent: Sentence, j: int) -> bool:
    """Whether word ``j`` is a civility (:data:`CIVILITY_WORDS`) with a name right after it."""
    return (
        sent[j].text.lower().rstrip(".") in CIVILITY_WORDS
        and j + 1 < len(sent)
        and sent[j + 1].upos == "PROPN"
    )


#: At most this many words in an aside set off by commas between an incise verb and its subject.
_ASIDE_WORDS = 12


def _after_set_off_aside(sent: Sentence, verb: Word, allowed: Callable[[Word], bool] | None) -> Word | None:
    """« « … », a répondu, textuellement, Paul Roux », « « … », a dénoncé, dans une tribune publiée
    mardi, Marc Dupuis, fondateur de … »: an aside set off by commas right after an incise verb
    (an adverb, a complement, a participle phrase: no clause, so no finite verb) stands between the
    verb and its inverted subject, the noun phrase after the aside's closing comma, whatever the
    parser hung it on. Only a subject that can speak: a name (a civility before it: « Me Roux »)
    or a noun of a role, a body, a group or a document. A person's name between the commas is no
    aside but the subject itself, the words after it its apposition (« « … », a expliqué jeudi, Anne
    Roux, la ministre de la Culture »)."""
    k = _past_when(sent, verb.index + 1)
    if k + 2 >= len(sent) or sent[k].text != ",":
        return None
    close = next(
        (j for j in range(k + 1, len(sent)) if sent[j].upos == "PUNCT" and sent[j].text != "-"), None
    )
    if close is None or sent[close].text != "," or not 0 < close - k - 1 <= _ASIDE_WORDS:
        return None
    aside = sent.words[k + 1 : close]
    if any(makes_clause(w) or (allowed is not None and not allowed(w)) for w in aside):
        return None
    if opens_person_name(aside[0]) and all(w.text[:1].isupper() for w in aside):
        # « « … », a expliqué jeudi, Anne Roux, la ministre de la Culture »: a person's name set off
        # is the subject, the description after it its apposition, not the aside's other side
        return aside[0]
    one = _one_of_them(sent, close + 1)
    if one is not None and _speaking(_noun_phrase_head(sent, one.index + 2), allowed) is not None:
        return one  # « …, a répété, ce matin, l'un des avocats, Me Paul Roux »
    return _speaking(_noun_phrase_head(sent, close + 1), allowed)


#: The pronouns that pick one out of a group: « l'un de ses avocats », « l'une des victimes ».
_ONE_OF = frozenset({"un", "une"})


def _one_of_them(sent: Sentence, k: int) -> Word | None:
    """The pronoun « un » / « une » of « l'un de … », « l'une des … » opening at word ``k`` (its
    article before it), which heads a noun phrase of one person out of a group; ``None`` when
    none opens there."""
    j = k + 1 if k < len(sent) and sent[k].text.lower() in {"l'", "l’"} else k
    if j + 1 >= len(sent) or sent[j].text.lower() not in _ONE_OF:
        return None
    one = sent[j].upos in {"PRON", "NUM", "DET"} and sent[j + 1].text.lower() in DE_FORMS
    return sent[j] if one else None


def _noun_phrase_head(sent: Sentence, k: int) -> Word | None:
    """The head of the noun phrase opening at word ``k``: its first noun or name past determiners
    and adjectives, the name after a civility (« Me Roux », « le Dr Paul Morel »)."""
    for j in range(k, len(sent)):
        word = sent[j]
        if _civility_before_name(sent, j):
            return sent[j + 1]
        if word.upos in {"NOUN", "PROPN"}:
            return word
        if word.upos not in {"DET", "ADJ", "NUM"}:
            return None
    return None


#: Nouns of time that head a noun phrase with no preposition between an incise verb and its
#: subject (« a dit la semaine dernière le ministre »): when it was said, not who said it.
_TIME_NOUNS = TIME_WORDS | {
    "semaine", "mois", "année", "an", "veille", "lendemain", "week-end", "heure", "fois",
}  # fmt: skip


def _after_circumstance(sent: Sentence, verb: Word, allowed: Callable[[Word], bool] | None) -> Word | None:
    """« « … », a affirmé sur France Inter la sénatrice », « …, a dit lors d'une conférence de
    presse la ministre »: a prepositional phrase between an incise verb and its subject, which
    the parser then hangs on it, a past participle on its noun included (« dans un avis assorti
    d'une carte »). The subject is the first noun phrase of the incise that opens on
    an article right after a noun (no preposition before it: a phrase of its own), a phrase of
    time aside (« la semaine dernière »), or a person's name right after the place the phrase
    ends on (« a affirmé devant les élus à Lyon Anne Roux »: :func:`_place_then_name`); ``None``
    when the incise opens on no preposition or ends first."""
    k = _past_when(sent, verb.index + 1)
    if k >= len(sent) or sent[k].upos != "ADP":
        return None
    for j in range(k + 1, len(sent)):
        word = sent[j]
        named = word.text[:1].isupper()  # « sur France Inter »: a name the tagger took for a verb
        if word.text in TIME_WORDS:
            continue  # « devant les élus jeudi soir »: when, whatever its tag
        if word.upos == "VERB" and _describes_circumstance(sent, word, k):
            continue  # « dans un avis assorti d'une carte »: the noun's participle
        if word.upos == "PUNCT" or (word.upos in {"VERB", "AUX", "SCONJ", "CCONJ"} and not named):
            return None
        before = sent[j - 1]
        dated = before.text in TIME_WORDS and not any(
            c.deprel in {"case", "det"} for c in sent.children(before)
        )
        if word.upos == "PROPN" and opens_person_name(word) and dated:
            # « a affirmé devant les élus jeudi soir Paul Roux »: a person's name after the
            # circumstance's bare date (after a noun, the noun's own: « au centre de jour Jules
            # Ferry »)
            return word if allowed is None or allowed(word) else None
        if word.upos == "PROPN" and _place_then_name(sent, before) is word:
            # « a affirmé devant la presse à Dakar Paul Roux »: the circumstance ends on a place,
            # the person's name the parser hung on it is who spoke
            return word if allowed is None or allowed(word) else None
        if _civility_after_complement(sent, j):
            # « a déclaré à l'agence Me Roux »: a civility opens a person's name, a phrase of its own
            titled = sent[j + 1]
            return titled if allowed is None or allowed(titled) else None
        if word.upos != "DET" or not (
            before.upos in {"NOUN", "PROPN", "NUM", "ADJ"} or before.text[:1].isupper()
        ):
            continue
        head = next((w for w in sent.words[j + 1 :] if w.upos != "ADJ"), None)
        if head is None or head.upos not in {"NOUN", "PROPN"} or head.text.lower() in _TIME_NOUNS:
            continue
        return head if allowed is None or allowed(head) else None
    return None


def _describes_circumstance(sent: Sentence, word: Word, start: int) -> bool:
    """Whether ``word`` is a past participle hung on a noun of the circumstance that opens at
    ``start`` (« a précisé dans un avis assorti d'une carte la préfecture »): part of
    that phrase, no verb of a clause of its own."""
    if word.feats.get("VerbForm") != "Part" or word.feats.get("Tense") == "Pres" or word.deprel != "acl":
        return False
    head = sent.head_of(word)
    return head is not None and head.upos == "NOUN" and start <= head.index < word.index


#: Nouns of the asides news sets between an incise verb and its subject: « pour sa part », « de
#: son côté », « à son tour ».
_ASIDE_NOUNS = frozenset({"part", "côté", "tour"})


def _name_after_complement(sent: Sentence, noun: Word) -> Word | None:
    """A person's name the parser hung on a complement's common noun right before it, in an
    incise (« a déclaré au micro Anne Roux », « a confié à la radio Paul Martin »): a common noun
    of a thing takes no name in apposition, so the name is the incise's inverted subject. Only a
    lowercase noun with the name's first word right after it, tagged a person or a proper noun;
    not a role noun, which titles the name after it (« au ministre Paul Martin » is the one
    spoken to); a plural one titles no single name (« a expliqué à des journalistes Paul Martin »:
    those spoken to, then who spoke). A place's name before a person's is where it was said
    (« affirme à Lyon Anne Roux », « a dit à Kiev Olena Marchenko »: :func:`_place_then_name`)."""
    if noun.text[:1].isupper():
        return _place_then_name(sent, noun)
    if noun.upos != "NOUN" and noun.upos != "PROPN":
        return None
    following = sent[noun.index + 1] if noun.index + 1 < len(sent) else None
    if following is None or following.head != noun.index or not following.text[:1].isupper():
        return None
    plural = noun.feats.get("Number") == "Plur" and not any(
        g.deprel == "conj" for g in sent.children(following)
    )
    if not plural and (role_of(noun.text.lower()) is not None or role_of(noun.lemma.lower()) is not None):
        return None  # « a déclaré au ministre Paul Martin »: a role titles the name, its own
    if following.deprel not in {"appos", "nmod", "flat:name", "dep"} or following.upos != "PROPN":
        return None
    if any(g.deprel == "case" for g in sent.children(following)):
        return None  # « à la radio de Paris »: a complement of its own
    return following if following.ent in {"PER", ""} else None


def _place_then_name(sent: Sentence, place: Word) -> Word | None:
    """A person's name right after the proper noun of a place that « en », « à » or « depuis »
    brings in after an incise verb, whatever the parser hung the name on: where the words were
    said, then who said them (« « … », affirme en Israël Anne Roux », « a déclaré depuis Kiev
    Olena Marchenko »). The name opens on a given name or a word the parser tags a person; the
    place is no person's name (« a dit à Paul Roux Marie Vidal » is not read), nor a given name
    (« a confié à Anne Marie Roux »: one person, the one told, whatever the tagger called it)."""
    cases = [g.text.lower() for g in sent.children(place) if g.deprel == "case" and g.start < place.start]
    if cases not in (["en"], ["à"], ["depuis"]) or place.ent == "PER" or place.upos != "PROPN":
        return None
    if opens_person_name(place):
        return None
    following = sent[place.index + 1] if place.index + 1 < len(sent) else None
    if following is None or following.upos != "PROPN" or not opens_person_name(following):
        return None
    if following.head != place.index or following.deprel not in {"appos", "nmod", "flat:name", "dep"}:
        return None
    return following


def _named_on_aside(sent: Sentence, aside: Word) -> Word | None:
    """The noun phrase the parser hung on an aside's noun, after it, as an apposition or a
    complement with no preposition of its own (« pour sa part Gareth Pryce », « de son côté la
    ministre »)."""
    for g in sent.children(aside):
        if g.start < aside.start:
            continue
        bare = g.deprel == "nmod" and not any(h.deprel == "case" for h in sent.children(g))
        if g.deprel == "appos" or bare:
            return g if g.upos in {"PROPN", "NOUN"} else None
    return None


def document_of(sent: Sentence, verb: Word) -> Word | None:
    """For "lit-on dans un communiqué": the document the impersonal verb reads from."""
    for c in sent.children(verb):
        if c.deprel.startswith("obl") and c.upos in {"NOUN", "PROPN"} and _can_be_read(c):
            cases = [g for g in sent.children(c) if g.deprel == "case"]
            if cases and cases[0].text.lower() in _DOC_PREPS:
                return c
    return None


def document_after(sent: Sentence, verb: Word) -> Word | None:
    """The first "dans/sur + noun" after ``verb``, whatever the parser attached it to."""
    for word in sent.words[verb.index + 1 :]:
        if word.upos == "PUNCT" and word.text != ",":
            return None
        if word.upos in {"NOUN", "PROPN"} and _can_be_read(word):
            cases = [g for g in sent.children(word) if g.deprel == "case"]
            if cases and cases[0].text.lower() in _DOC_PREPS:
                return word
    return None


#: Words between « auprès » and the noun it names: « auprès du parquet », « auprès de la mairie ».
_FROM_LINKS = frozenset({"de", "du", "des", "d'", "d’", "la", "l'", "l’", "le", "les"})


def heard_from(sent: Sentence, verb: Word) -> Word | None:
    """The head of the one heard from after a verb of learning: « a appris l'agence *auprès du
    parquet* de Valmont » gives « parquet »; read from the surface, up to the end of the clause
    (a comma may come between: « a appris l'agence, mardi, auprès de la mairie »)."""
    words = sent.words
    for i in range(verb.index + 1, len(words)):
        word = words[i]
        if word.upos == "PUNCT" and word.text != ",":
            return None
        if word.text.lower() != "auprès":
            continue
        j = i + 1
        while j < len(words) and words[j].text.lower() in _FROM_LINKS:
            j += 1
        if j < len(words) and words[j].upos in {"NOUN", "PROPN"}:
            return words[j]
        return None
    return None


def mention_at(site: QuoteSite, index: int, head: Word, *, verb: Word | None = None) -> Mention:
    """The mention headed by ``head``; with its ``verb``, a phrase that stops short of it (a
    subject never holds its verb, whatever the parser hung on it: « Le chef du service, le
    docteur Paul Roux, décrit des journées « épuisantes » »)."""
    sent = site.sentence(index)

    def allowed(w: Word) -> bool:
        if verb is not None and (w.index >= verb.index if head.index < verb.index else w.index <= verb.index):
            return False
        return index not in site.inside or site.is_frame(index, w)

    return mention_from(sent, index, head, site.doc.text, allowed=allowed)


def cited_source(site: QuoteSite, mention: Mention) -> Mention | None:
    """The one a medium cites right after it (« « … », a rapporté Le Monde, citant un proche du
    ministre », « selon Le Monde, qui cite un proche »): a newspaper or an agency passes on the
    words of the one it cites, who is the source. Only after a name that is no person's (« Paul
    Roux, citant son père » still speaks himself) and for someone who can speak (« citant des
    chiffres » is no one); ``None`` when no such phrase follows ``mention``."""
    if mention.sentence < 0 or mention.kind is not MentionKind.NAME:
        return None
    sent = site.sentence(mention.sentence)
    named = [w for w in sent.words if mention.span.start <= w.start < mention.span.end and w.upos == "PROPN"]
    if not named or any(opens_person_name(w) for w in named):
        return None
    after = [w for w in sent.words if w.start >= mention.span.end]
    if len(after) < 3 or after[0].text != ",":
        return None
    rest = after[2:] if after[1].text.lower() == "citant" else []
    if after[1].text.lower() == "qui" and after[2].lemma.lower() == "citer":
        rest = after[3:]
    for word in rest:
        if word.upos in {"PUNCT", "VERB", "AUX"}:
            return None
        if word.upos in {"NOUN", "PROPN"}:
            cited = mention_at(site, mention.sentence, word)
            return cited if speaker_like(site, cited) else None
    return None


def _group_after_comma(sent: Sentence, verb: Word) -> Word | None:
    """The first word of ``verb``'s group (its auxiliaries before it, or the verb itself) when a
    comma stands right before it, as before an incise (« …, a précisé X »); ``None`` otherwise."""
    group = [w for w in sent.children(verb) if w.deprel.startswith("aux") and w.start < verb.start]
    first = min([verb, *group], key=lambda w: w.start)
    return first if first.index > 0 and sent[first.index - 1].text == "," else None


def _name_of_incise(sent: Sentence, verb: Word, allowed: Callable[[Word], bool]) -> Word | None:
    """The proper name right after ``verb``, ending the clause, when a comma stands right before
    its verb group (« …, précise Météorama. », « …, a indiqué Paul Roux : »): an incise, whose
    subject is that name, a date or an aside set off by commas between them (« …, a annoncé
    vendredi 6 juillet Paul Girard », « …, a annoncé sur la radio, vendredi, Paul Girard »);
    ``None`` otherwise."""
    following = sent[_past_when_and_where(sent, verb.index + 1)] if verb.index + 1 < len(sent) else None
    if _group_after_comma(sent, verb) is None or following is None:
        return None
    # a capitalised word mid-sentence is a name's, whatever its tag (« Météo » read as a noun)
    named = following.upos in {"PROPN", "NOUN", "X"} and following.text[:1].isupper()
    if not named or not allowed(following):
        return None
    end = following.index + 1
    while end < len(sent) and sent[end].text[:1].isupper() and sent[end].upos != "PUNCT":
        end += 1
    # the incise ends its clause there (« …, précise Météorama : »); a name with more after it
    # is the verb's object (« Le maire, Paul Roux, a félicité Marc Petit pour sa victoire »)
    return following if end == len(sent) or sent[end].upos == "PUNCT" else None


#: At most this many words in an aside between an incise's verb and its subject (« sur la radio »).
_INCISE_ASIDE_WORDS = 6


def _past_when_and_where(sent: Sentence, k: int) -> int:
    """Past the date and the aside opened by a preposition and closed by a comma that may stand
    between an incise's verb and its subject (« vendredi 6 juillet », « sur la radio, »), from
    word ``k``; the index of the last word when nothing is left after them."""
    while k < len(sent) - 1:
        word = sent[k]
        if word.text.lower() in TIME_WORDS or word.upos == "NUM" or word.text == ",":
            k += 1  # « a annoncé vendredi », « a précisé lundi 3 mars »: when, not who
            continue
        if word.upos == "ADP":
            comma = next(
                (w.index for w in sent.words[k + 1 : k + 2 + _INCISE_ASIDE_WORDS] if w.text == ","), None
            )
            if comma is not None:
                k = comma  # « sur la radio, »: where it was said
                continue
        break
    return k


def _agreeing_incise(
    sent: Sentence, verb: Word, subject: Word, allowed: Callable[[Word], bool]
) -> Word | None:
    """The noun phrase right after ``verb`` that ends the clause, when a comma stands right
    before the verb group and ``subject``, the noun the parser made its subject before it,
    disagrees with the verb in number while that phrase agrees: « Un renfort « classique » pour
    ce type de feu, précisent les pompiers »: a plural verb has a plural subject, so it is
    an incise whose subject comes after it, past a date (« ont indiqué lundi les
    fabricants »). ``None`` otherwise."""
    first = _group_after_comma(sent, verb)
    if first is None:
        return None
    number = first.feats.get("Number")
    if not number or subject.upos not in {"NOUN", "PROPN"} or subject.feats.get("Number") in {None, number}:
        return None
    k = _past_when(sent, verb.index + 1)
    if k < len(sent) and sent[k].upos == "DET":
        k += 1
    if k >= len(sent) or sent[k].upos != "NOUN" or sent[k].feats.get("Number") != number:
        return None
    noun = sent[k]
    end = k + 1
    while end < len(sent) and sent[end].upos == "ADJ" and sent[end].head == noun.index:
        end += 1
    closes = end == len(sent) or sent[end].upos == "PUNCT"
    return noun if closes and allowed(noun) else None


def _after_closing_dash(sent: Sentence, verb: Word, subject: Word) -> Word | None:
    """The noun right after the dash that closes an aside between the parser's ``subject`` and
    ``verb`` (« Après un tour de ville – recevant des fleurs, signant des registres – le maire
    a remercié »: spaCy made the participle a noun and the subject, the mayor its complement): the
    words between the dash and the verb, an article, a noun and its adjectives or name, are the
    subject; ``None`` when no dash stands there."""
    if subject.start >= verb.start:
        return None
    dash = next(
        (w for w in reversed(sent.words[subject.index + 1 : verb.index]) if w.text in _ASIDE_DASHES), None
    )
    if dash is None:
        return None
    between = [w for w in sent.words[dash.index + 1 : verb.index] if w.upos not in {"AUX", "ADV"}]
    if not between or between[0].upos != "DET":
        return None
    head = next((w for w in between if w.upos in {"NOUN", "PROPN"}), None)
    if head is None or any(w.upos not in {"DET", "NOUN", "PROPN", "ADJ"} for w in between):
        return None
    return head


def speaker_of_verb(site: QuoteSite, index: int, verb: Word, *, inverted: bool) -> Mention | None:
    sent = site.sentence(index)

    def frame(word: Word) -> bool:
        return site.is_frame(index, word)

    subject = inverted_subject(sent, verb, frame) if inverted else _subject(sent, verb)
    if subject is not None and not frame(subject):
        subject = None
    if subject is not None and not inverted:
        subject = _dislocated(sent, subject) or _relative_object(sent, verb, subject) or subject
        subject = _after_closing_dash(sent, verb, subject) or subject
    if subject is not None and not inverted and subject.start < verb.start:
        # « Une alerte « sérieuse » pour la vallée, précise Météorama »: a verb set off by a
        # comma with a name right after it is an incise, whatever the parser made its subject
        subject = (
            _name_of_incise(sent, verb, frame) or _agreeing_incise(sent, verb, subject, frame) or subject
        )
    governor = sent.head_of(verb)
    if subject is None and not inverted and governor is not None and not frame(governor):
        subject = _incise_beside(sent, verb, governor, frame)
    coordinated_into_quote = verb.deprel == "conj" and governor is not None and not frame(governor)
    if subject is None and coordinated_into_quote:
        root = sent.root  # "… « on n'a pas racheté » et avertissait …": the frame's own subject
        if root is not None and frame(root) and root.upos == "VERB":
            subject = _subject(sent, root)
            if subject is not None and not frame(subject):
                subject = None
    if (
        subject is None
        and not inverted
        and verb.deprel == "conj"
        and governor is not None
        and governor.deprel == "root"
        and governor.upos in {"NOUN", "PROPN"}
        and governor.start < verb.start
        and frame(governor)
    ):
        # « L'entreprise dément tout lien … et affirme respecter les normes », « dément » read
        # as an adverb: the noun the parser made the root, with a verb coordinated on it, is that
        # verb's subject (a noun phrase takes no finite verb as its conjunct)
        subject = governor
    # a main verb the tagger took for a participle ("Le vieux commença" as VerbForm=Part)
    untagged_root = verb.deprel == "root" and verb.feats.get("VerbForm") not in {"Inf", "Ger"}
    if (
        subject is None
        and not inverted
        and (finite_clause(sent, verb) or verb.upos != "VERB" or untagged_root)
    ):
        subject = _preceding_subject(sent, verb)
        if subject is not None and not site.is_frame(index, subject):
            subject = None
        if subject is not None:
            # « …, par rapport à l'an passé, ont indiqué lundi les fabricants »: the phrase
            # before the comma disagrees with the verb, the one after it ends the clause: an incise
            subject = _agreeing_incise(sent, verb, subject, frame) or subject
    modal = governor is not None and governor.upos == "VERB" and governor.lemma in MODAL_VERBS
    if subject is None and inverted and modal and governor is not None and governor.start < verb.start:
        subject = inverted_subject(sent, governor, frame)  # "peut-on lire"
    if not inverted and (subject is None or (subject.upos == "NOUN" and not _can_speak(subject))):
        # « une vidéo de la chanteuse Anne Roux, dénonçant « … » »: a thing does not speak, the
        # person named right before the participle's comma does
        named = _name_before_participle(sent, verb)
        if named is not None and frame(named):
            subject = named
    if subject is None and not inverted:
        # « Et Paul Roux, adjoint au maire, de dénoncer une « situation inacceptable » »
        narrator = _narrative_subject(sent, verb)
        if narrator is not None and frame(narrator):
            return narrative_mention(sent, index, verb, site.doc.text)
    if subject is None and not inverted and index > 0:
        return _elided_subject(site, index, verb)
    if subject is not None and subject.upos == "NOUN" and subject.lemma.lower() in SPEECH_NOUNS:
        # « Cette exclamation lui échappa : », « Son premier cri avait été : »: the words are his
        owner = _dative(sent, verb) or _possessive(sent, subject)
        if owner is not None and frame(owner):
            subject = owner
    if subject is None or _impersonal_il_y_a(sent, verb, subject):
        return None
    if subject.text.lower().lstrip("-") == "on":
        document = document_of(sent, verb)  # "peut-on lire dans le communiqué": the document
        if document is None:
            document = _speaking_place(sent, verb, subject)  # « Au ministère, on indique »
        return None if document is None else mention_at(site, index, document)  # "on dit": nobody
    # a verb the parser hung on its subject as a participle (acl) or an adjective or noun (« Le
    # président juge que », « juge » read as an apposed noun) is not part of its phrase
    misread = verb.deprel in {"acl", "amod", "flat:name"} or verb.upos in {"NOUN", "ADJ", "PROPN"}
    return mention_at(site, index, subject, verb=verb if misread else None)


def _name_before_participle(sent: Sentence, verb: Word) -> Word | None:
    """The head of the name that ends right before the comma of a present participle set off
    after it (« …, de la chanteuse Anne Roux, dénonçant … » → « Anne »); ``None`` when no name
    ends there."""
    if not present_participle(verb) or verb.index < 2 or sent[verb.index - 1].text != ",":
        return None
    last = sent[verb.index - 2]
    if last.upos != "PROPN":
        return None
    head = sent.head_of(last)
    return head if last.deprel.startswith("flat") and head is not None and head.upos == "PROPN" else last


#: Stressed pronouns that take up a noun phrase set before them: « La direction, elle, … ».
_STRESS_PRONOUNS = frozenset({"elle", "lui", "eux", "elles"})


def _relative_object(sent: Sentence, verb: Word, subject: Word) -> Word | None:
    """The antecedent of a relative clause whose object the parser made the next verb's subject,
    when no comma closes the relative: « L'écrivain Paul Roux, qui a reçu lundi le prix
    Goncourt a estimé que … » is the writer's, « le prix » is what he won. The noun phrase sits
    where the relative verb's object stands (only dates and adverbs between), that verb has no
    object of its own, and the antecedent is a noun or a name before the relative."""
    if subject.upos not in {"NOUN", "PROPN"}:
        return None
    relative = next(
        (
            w
            for w in reversed(sent.words[: subject.index])
            if w.deprel == "acl:relcl" and w.upos in {"VERB", "AUX"}
        ),
        None,
    )
    if relative is None or any(c.deprel == "obj" for c in sent.children(relative)):
        return None
    between = sent.words[relative.index + 1 : subject.index]
    if any(w.upos not in {"ADV", "NOUN", "NUM", "DET", "ADP"} for w in between):
        return None
    if any(w.text == "," for w in sent.words[subject.index : verb.index]):
        return None
    if any(w.deprel != "obl:mod" and w.upos == "NOUN" and w.head == relative.index for w in between):
        return None
    antecedent = sent.head_of(relative)
    if antecedent is None or antecedent.upos not in {"NOUN", "PROPN"} or antecedent.start > relative.start:
        return None
    return antecedent


def _dislocated(sent: Sentence, pronoun: Word) -> Word | None:
    """The noun phrase a stressed subject pronoun set off by commas takes up: « La direction,
    elle, parle d'une « réorganisation » » is the direction's words (a dislocation: the noun
    phrase, then the pronoun that repeats it, Grevisse § 661), which the parser may leave as the
    sentence's root with the verb hung on it. The head of the phrase that ends at the first
    comma: a noun or a name."""
    i = pronoun.index
    if (
        pronoun.text.lower() not in _STRESS_PRONOUNS
        or i < 2
        or sent[i - 1].text != ","
        or i + 1 >= len(sent)
        or sent[i + 1].text != ","
    ):
        return None
    return head_of_phrase_ending(sent, i - 2)


def _inverted_clitic_after_comma(sent: Sentence, verb: Word, before: Sequence[Word]) -> Word | None:
    """The inverted subject clitic of ``verb`` (« a-t-elle ajouté », « précise-t-il ») when a comma
    sets it off from the noun the parser gave it for subject before it: « Ce projet, a-t-elle
    ajouté, « … » » is an incise, whose subject is the clitic; the noun belongs to the words it
    cuts. Without the comma a noun and a clitic are one subject asked about (« Paul Roux a-t-il
    dit … ? »), and the noun stays."""
    nominal = [w for w in before if w.upos in {"NOUN", "PROPN"}]
    if not nominal:
        return None
    first = verb.index
    clitic = sent[verb.index + 1] if verb.index + 1 < len(sent) else None  # « précise-t-il »
    while first > 0 and (
        sent[first - 1].upos == "AUX"
        or sent[first - 1].text.lower() in {"-t", "t"}
        or is_inverted_clitic(sent[first - 1])
    ):
        first -= 1
        if is_inverted_clitic(sent[first]):
            clitic = sent[first]  # « a-t-elle ajouté »
    if clitic is None or not is_inverted_clitic(clitic):
        return None
    if first == 0 or sent[first - 1].text != "," or nominal[-1].index >= first:
        return None
    return clitic


def _impersonal_il_y_a(sent: Sentence, verb: Word, subject: Word) -> bool:
    """Whether ``subject`` is the « il » of « il y a » (« il y a trois ans », « il y avait du
    monde »): an impersonal pronoun, which stands for no one."""
    if subject.text.lower() != "il" or lemma_of(verb.text, verb.lemma) != "avoir":
        return False
    return any(c.text.lower() == "y" and c.start < verb.start for c in sent.children(verb))


def _incise_beside(sent: Sentence, verb: Word, quoted: Word, frame: Callable[[Word], bool]) -> Word | None:
    """« « … », a-t-il déclaré, avant de regretter une abstention « … » »: the parser hung the
    infinitive on the quotation's verb, but it shares the subject of the incise beside it."""
    if verb.feats.get("VerbForm") not in {"Inf", "Part", "Ger"} or verb.start < quoted.start:
        return None
    for incise in sent.children(quoted):
        if incise.deprel != "parataxis" or not frame(incise) or not incise.start < verb.start:
            continue
        found = _subject(sent, incise) or inverted_subject(sent, incise, frame)
        if found is not None and frame(found):
            return found
    return None


#: Prepositions of where words come from, for an « on » that speaks for an organisation.
_PLACE_OF_SPEECH = frozenset({"à", "au", "aux", "chez"})


def _speaking_place(sent: Sentence, verb: Word, subject: Word) -> Word | None:
    """The organisation an « on » speaks for, named before it as where the words come from:
    « Au ministère de la Santé, on indique … », « Chez Renault, on assure … », « Du côté de
    Ventalis Énergies, on regrette … » (the side one takes in a dispute). Not a town: « À Paris,
    on indique … », « Chez nous », « Du côté de Lyon » name no one."""
    for child in sent.children(verb):
        if child.start > subject.start or not child.deprel.startswith("obl"):
            continue
        cases = [c.text.lower() for c in sent.children(child) if c.deprel == "case"]
        if not cases:
            continue
        if cases[0] in _SIDE_CASES and child.lemma.lower() == "côté":
            # « du côté de X »: X, the complement of « côté »
            side = [c for c in sent.children(child) if c.deprel == "nmod" and _cased_de(sent, c)]
            if side and _a_body(side[0], named=side[0].text[:1].isupper()):
                return side[0]
            continue
        if cases[0] not in _PLACE_OF_SPEECH:
            continue
        if _a_body(child, named=cases[0] == "chez" and child.upos == "PROPN"):
            return child
    return None


#: The case of « côté » in « du côté de X », as the parsers read it.
_SIDE_CASES = frozenset({"du", "de"})


def _cased_de(sent: Sentence, word: Word) -> bool:
    return any(c.deprel == "case" and c.text.lower() in DE_FORMS for c in sent.children(word))


def _a_body(word: Word, *, named: bool) -> bool:
    """An organisation noun, an organisation's name, or (``named``: after « chez », « du côté
    de ») any name the parser does not know as a place."""
    if word.upos == "NOUN" and word.lemma.lower() in ORGANISATION_NOUNS:
        return True
    if word.upos == "PROPN" and word.ent == "ORG":
        return True
    return named and word.ent != "LOC"


def _dative(sent: Sentence, verb: Word) -> Word | None:
    """The dative clitic of a verb (« lui », « leur »), the one words can escape from."""
    for c in sent.children(verb):
        if c.upos == "PRON" and c.text.lower() in {"lui", "leur"} and c.start < verb.start:
            return c
    return None


def _possessive(sent: Sentence, noun: Word) -> Word | None:
    """The possessive determiner of a noun (« son », « sa », « ses », « leur »)."""
    for c in sent.children(noun):
        if c.text.lower() in POSSESSIVE_DETERMINERS and c.start < noun.start:
            return c
    return None


def incise_subject(site: QuoteSite, index: int, verb: Word) -> Mention | None:
    """The source of an incise verb: read from the word order first, then from the tree."""
    sent = site.sentence(index)
    found = None
    auxiliaries = [c for c in sent.children(verb) if c.upos == "AUX" and c.start < verb.start]
    before = _pronoun_before(sent, auxiliaries[0] if auxiliaries else verb)
    if before is not None and site.is_frame(index, before):
        return mention_at(site, index, before)  # « … » elle dit tout bas: no inversion at all
    for word in (*auxiliaries, verb):  # "a-t-elle affirmé": the clitic follows the auxiliary
        found = surface_subject(sent, index, word, site.doc.text, allowed=lambda w: site.is_frame(index, w))
        if (
            found is not None
            and word is not verb
            and found.kind not in {MentionKind.PRONOUN, MentionKind.IMPERSONAL}
        ):
            found = None  # after an auxiliary only a clitic: « s'est indignée la présidente »
        if found is not None:
            break
    if found is not None:
        if found.kind is MentionKind.IMPERSONAL:
            document = document_of(sent, verb) or document_after(sent, verb)
            if document is not None:
                return mention_at(site, index, document)
        return found
    lone = _lone_name_after(sent, verb)
    if lone is not None and site.is_frame(index, lone):
        # « « … » précise Lindqvist. »: a capitalised word alone closing the incise is its
        # subject's name, whatever the tagger made of it (a verb, an infinitive)
        span = lone.span.with_source(site.doc.text)
        return Mention(span=span, head=span, kind=MentionKind.NAME, sentence=index, words=(lone.index,))
    mention = speaker_of_verb(site, index, verb, inverted=True)
    if mention is not None and not all(site.is_frame(index, sent[i]) for i in mention.words):
        return None
    return mention


def _lone_name_after(sent: Sentence, verb: Word) -> Word | None:
    """The capitalised word right after an incise verb that ends the sentence or the clause
    (« précise Lindqvist. », « tranche Dubreuil, »), when the word order alone found no subject."""
    i = verb.index + 1
    if i >= len(sent):
        return None
    word = sent[i]
    closes = i + 1 == len(sent) or sent[i + 1].text in _CLOSING_PUNCTUATION
    written = word.text[:1].isupper() and word.text[1:2].islower() and word.text.isalpha()
    if not (closes and written) or word.upos in {"PRON", "DET", "ADP", "CCONJ", "SCONJ"}:
        return None
    return word if word.text.lower() not in NOT_NAME_STARTS else None


#: What may close an incise after its subject's name.
_CLOSING_PUNCTUATION = frozenset({".", ",", ";", "!", "?", "…", ":"})


#: What stands between a subject pronoun and its verb group: object clitics and « ne ».
_BEFORE_VERB_GROUP = _OBJECT_CLITICS | {"ne", "n'", "n’"}


def _pronoun_before(sent: Sentence, first: Word) -> Word | None:
    """A personal subject pronoun right before a verb group (across « ne » and object clitics):
    « elle dit », « il lui répondit », « ils ne disent »."""
    i = first.index - 1
    while i >= 0 and sent[i].text.lower() in _BEFORE_VERB_GROUP:
        i -= 1
    if i < 0:
        return None
    word = sent[i]
    return word if word.upos == "PRON" and word.text.lower() in {"il", "elle", "ils", "elles"} else None


_SUBORDINATE = frozenset({"advcl", "acl", "acl:relcl", "ccomp", "csubj"})


def chain_subject(site: QuoteSite, index: int, clause: Sequence[Word], verb: Word) -> Mention | None:
    """The subject of the first verb of a chain ending in ``verb`` ("Blanche soupira, posa son
    verre et répondit :"), when the parser linked the last verb to nothing that has one."""
    sent = site.sentence(index)
    for word in clause:
        if word.start >= verb.start:
            return None
        if word.upos == "VERB" and finite_clause(sent, word):
            # "Les marins s'étaient tus, entouraient leur capitaine, le suppliaient :": a clause the
            # parser hung as advcl with no conjunction opening it is one more verb of the chain
            marked = any(c.deprel == "mark" for c in sent.children(word))
            subordinate = marked or (word.deprel in _SUBORDINATE and word.deprel != "advcl")
            if subordinate:
                return None  # "comme elle restait …, il commanda": not the speaker's clause
            subject = _subject(sent, word) or _preceding_subject(sent, word)
            if subject is None or not site.is_frame(index, subject):
                return None
            return mention_at(site, index, subject)
    return None


def speaker_like(site: QuoteSite, mention: Mention) -> bool:
    """Whether a mention can be someone who speaks: a name (a capitalised head too, whatever the
    tagger said), a pronoun, or a noun of a person, an organisation, a group or a document ("le
    ministre", "le syndicat", "le communiqué"); not a thing ("les analyses", "son projet"), nor a
    demonstrative pronoun of one (« c'est le Président : « … » »: « ce » speaks for no one)."""
    if mention.kind is MentionKind.PRONOUN:
        return mention.span.text_in(site.doc.text).strip().lower() not in _THING_DEMONSTRATIVES
    if mention.kind in {MentionKind.NAME, MentionKind.DOCUMENT}:
        return True
    if mention.kind is MentionKind.IMPERSONAL:
        return False
    written = mention.head.text_in(site.doc.text)
    if written[:1].isupper():
        return True  # a name the tagger took for a common noun ("Beyond the WALL")
    head = written.lower()
    if role_of(head) is not None or head in ORGANISATION_NOUNS or head in GROUP_NOUNS or head in SOURCE_NOUNS:
        return True
    if not 0 <= mention.sentence < len(site.doc.sentences):
        return False
    # a nominalised adjective right after its determiner ("le vieux", "la petite") is a person,
    # as is a noun given an age (« l'arrière de 31 ans »)
    sent = site.sentence(mention.sentence)
    return any(
        w.span == mention.head
        and ((w.upos == "ADJ" and w.index > 0 and sent[w.index - 1].upos == "DET") or given_an_age(sent, w))
        for w in sent
    )


#: Demonstrative pronouns that stand for a thing or a fact, never for someone who speaks.
_THING_DEMONSTRATIVES = frozenset({"c'", "c’", "ce", "ceci", "cela", "ça"})


def given_an_age(sent: Sentence, noun: Word) -> bool:
    """Whether ``noun`` is given an age by a « de » complement (« l'arrière de 31 ans »): only
    someone is described by the years they have, whatever the noun."""
    return any(
        c.lemma.lower() in {"an", "ans"}
        and c.deprel == "nmod"
        and any(g.upos == "NUM" for g in sent.children(c))
        and any(g.deprel == "case" and g.text.lower() == "de" for g in sent.children(c))
        for c in sent.children(noun)
    )


def possessor(sent: Sentence, noun: Word) -> Word | None:
    """Whose words a speech noun holds: its possessive (« son communiqué ») or its « de »
    complement (« le communiqué de la mairie »); past a bare common noun after « de », which
    makes one compound noun with it, to that noun's own complement (« le cri d'alarme des
    agriculteurs », « le coup de gueule du maire »: the farmers', the mayor's)."""
    for c in sent.children(noun):
        if c.deprel in {"det:poss", "nmod:poss"} or (c.upos == "DET" and c.feats.get("Poss") == "Yes"):
            return c
    for c in sent.children(noun):
        if c.deprel == "nmod" and c.upos in {"PROPN", "NOUN", "PRON"}:
            cases = [g for g in sent.children(c) if g.deprel == "case"]
            if cases and cases[0].lemma.lower() in {"de", "du", "des"}:
                if _compound_modifier(sent, c, cases[0]):
                    return possessor(sent, c)
                return c
    return None


def _compound_modifier(sent: Sentence, word: Word, case: Word) -> bool:
    """Whether ``word`` is a bare common noun after « de » / « d' » right after its head: the
    second part of a compound noun (« cri d'alarme », « coup de gueule »), no one's name."""
    return (
        word.upos == "NOUN"
        and case.text.lower() in BARE_DE
        and case.index == word.index - 1
        and not any(c.deprel in {"det", "det:poss", "nmod:poss"} for c in sent.children(word))
        and word.text[:1].islower()
    )


#: The most words in the subject of a narrative infinitive (« et le ministre de la Santé d'ajouter »).
_NARRATIVE_SUBJECT_WORDS = 6


def _narrative_subject(sent: Sentence, verb: Word) -> Word | None:
    """The subject of a narrative infinitive (*infinitif de narration*): « Et le maire d'ajouter
    que les travaux reprendraient », « …, et Paul Roux de demander que … », « Et le ministre de
    la Santé de conclure », or its dative form « Et à la présentatrice d'ajouter ». After « et »
    opening the sentence or a comma (and « à » / « au » / « aux » there), a noun phrase with its
    « de » complements, « de » and the infinitive: the noun phrase is the infinitive's subject,
    whatever the parser hung it on (its first noun or name). « Et ce dernier d'ajouter » has the
    anaphor « ce dernier » for subject, which the resolver takes up as the one named last, as it
    does anywhere (a person, or no name)."""
    k = verb.index - 1
    if verb.feats.get("VerbForm") != "Inf" or k < 2 or sent[k].text.lower() not in INFINITIVE_MARKERS - {"à"}:
        return None
    phrase: list[Word] = []
    j = _before_apposition(sent, k - 1)
    while j >= 0 and sent[j].text.lower() != "et":
        low = sent[j].text.lower()
        if low in A_FORMS and j > 0 and sent[j - 1].text.lower() == "et":
            j -= 1  # « Et à la présentatrice d'ajouter »: the one whose turn it is
            continue
        complement = bool(phrase) and low in DE_FORMS  # « le ministre *de* la Santé »
        if sent[j].upos not in {"DET", "NOUN", "PROPN", "ADJ"} and not complement:
            return None
        if len(phrase) >= _NARRATIVE_SUBJECT_WORDS:
            return None
        phrase.insert(0, sent[j])
        j -= 1
    if (
        j < 0
        or (j > 0 and sent[j - 1].text not in {",", ";"})
        or not phrase
        or phrase[0].text.lower() in DE_FORMS
    ):
        return None
    nouns = [w for w in phrase if w.upos in {"NOUN", "PROPN"}]
    if not nouns and phrase and last_mentioned(sent, phrase[-1]):
        return phrase[-1]  # « Et ce dernier d'ajouter … »: « dernier », the anaphor's head
    return nouns[0] if nouns else None


#: The most words of an apposition between a narrative infinitive's subject and its « de ».
_NARRATIVE_APPOSITION_WORDS = 12


def _before_apposition(sent: Sentence, k: int) -> int:
    """The index of the last word of the noun phrase before an apposition set off by commas that
    ends at ``k`` (« Et Paul Roux, adjoint aux transports, d'ajouter »: the apposition says who
    the subject is, and has no verb); ``k`` itself when no comma closes an apposition there."""
    if sent[k].text != ",":
        return k
    for j in range(k - 1, max(-1, k - 2 - _NARRATIVE_APPOSITION_WORDS), -1):
        if sent[j].upos in {"VERB", "AUX"}:
            return k
        if sent[j].text == ",":
            return j - 1 if j < k - 1 else k  # an empty apposition is none
    return k


def narrative_mention(sent: Sentence, sentence_index: int, verb: Word, source: str) -> Mention | None:
    """The mention of a narrative infinitive's subject (:func:`_narrative_subject`), the phrase
    stopping before « de »: « Et le maire de préciser » → « le maire »; ``None`` when it has none."""
    narrator = _narrative_subject(sent, verb)
    if narrator is None:
        return None
    return mention_from(sent, sentence_index, narrator, source, allowed=lambda w: w.index < verb.index - 1)
