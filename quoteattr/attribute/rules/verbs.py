"""Reporting verbs in a parse: the cue lemma a verb gives, and whether a word is a reporting verb, an
incise verb or an inverted clitic, whatever the tagger said.
"""

from __future__ import annotations

from collections.abc import Sequence

from quoteattr.lang.fr.indirect import INFINITIVE_MARKERS, MEANING_GOVERNORS, QUE_FORMS, TIME_WORDS
from quoteattr.lang.fr.titles import DE_FORMS, NAME_PARTICLES
from quoteattr.lang.fr.verbs import (
    ASKING_VERBS,
    BREAKING_OUT_VERBS,
    DE_MEANING_VERBS,
    INCISE_ONLY_VERBS,
    MODAL_VERBS,
    PHRASAL_CUES,
    REPORTING_VERBS,
    SAID_LOCUTION_WORDS,
    finite_speech_form,
    lemma_of,
    pronominal,
    unsaid_pronominal,
)
from quoteattr.parse.types import Sentence, Word

__all__ = [
    "AUXILIARY_FORMS",
    "CLITICS",
    "COORDINATING_OPENERS",
    "FINITE_ENDINGS",
    "PARTICIPLE_ENDINGS",
    "PERSONAL_PRONOUNS",
    "SE_FORMS",
    "agreed_in_ant",
    "causative_passive",
    "cue_lemma",
    "cue_verb",
    "finite_clause",
    "infinitive_at",
    "is_inverted_clitic",
    "is_reporting",
    "present_of_second_group",
    "reporting_form",
    "verb_read_as_conjunct",
    "verb_tagged_noun",
    "verbish",
]

PERSONAL_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on"})


SE_FORMS = frozenset({"se", "s'", "s’"})


#: Endings of a past participle (« jugée », « qualifiés », « décrit », « dite », « admise »,
#: « fait »).
PARTICIPLE_ENDINGS = (
    "é", "ée", "és", "ées", "i", "ie", "is", "ies", "it", "ite", "its", "ites", "u", "ue", "us", "ues",
    "ise", "ises", "t", "te", "ts", "tes",
)  # fmt: skip


#: Endings of finite French verb forms of the third person (present, imperfect, passé simple).
FINITE_ENDINGS = (
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


#: Third-person endings of the passé simple (répondit, demanda, reprirent): a form with one of
#: these after "et" is a verb, not a noun, whatever the tagger says.
_PAST_HISTORIC_ENDINGS = ("it", "a", "ut", "rent")


#: Forms of avoir/être before a participle, for when the tagger misses the auxiliary.
AUXILIARY_FORMS = frozenset(
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


def _has_se(sent: Sentence, verb: Word) -> bool:
    return any(
        c.text.lower() in SE_FORMS
        and c.deprel in {"expl:pv", "expl:comp", "expl:pass", "obj", "iobj", "expl"}
        for c in sent.children(verb)
    )


def cue_lemma(sent: Sentence, verb: Word) -> str:
    """The cue lemma of ``verb`` as the gold writes it ("déclarer", "s'exclamer", "faire part")."""
    lemma = lemma_of(verb.text, verb.lemma)
    before = sent.words[verb.index - 1].text.lower() if verb.index > 0 else ""
    if _has_se(sent, verb) or before in SE_FORMS:
        # « s'indigner » is said; « s'assurer que », « se confirmer » say nothing
        reflexive = pronominal(lemma) or unsaid_pronominal(lemma)
        if reflexive is not None:
            return reflexive
    if before == "y" and (lemma, "y") in PHRASAL_CUES:  # « qui y voit « un chantage » »
        return PHRASAL_CUES[(lemma, "y")]
    for child in sent.children(verb):
        if child.deprel in {"obj", "xcomp", "obl:arg", "obl", "obl:mod"}:
            phrase = PHRASAL_CUES.get((lemma, child.lemma.lower()))
            if phrase is not None:
                return phrase
        if child.upos in {"VERB", "AUX"} and child.start < verb.start:
            # « a fait savoir le ministère »: the parser made « savoir » the head, « fait » its
            # child, a verb or, as often, an auxiliary (« fait valoir que »)
            phrase = PHRASAL_CUES.get((lemma_of(child.text, child.lemma), lemma))
            if phrase is not None:
                return phrase
    return lemma


def verb_tagged_noun(sent: Sentence, word: Word) -> bool:
    """A word in small letters tagged a noun that governs an object: a verb the tagger misread (a
    noun takes no object: « X « conteste toute accusation » »)."""
    return (
        word.upos == "NOUN"
        and word.text[:1].islower()
        and any(c.deprel == "obj" for c in sent.children(word))
    )


def verbish(sent: Sentence, word: Word) -> bool:
    """A verb, or a reporting-verb form the tagger took for a noun or adjective after a clitic or
    an auxiliary ("le décrit", "a twitté") or with a subject of its own in the parse ("Jean
    Dupont, agriculteur, raconte :")."""
    if word.upos == "VERB":
        return True
    if (
        word.upos not in {"NOUN", "ADJ", "ADV", "PROPN", "X"}
        or word.index == 0
        or not word.text[:1].islower()
    ):
        return False
    before = sent.words[word.index - 1]
    previous = before.text.lower()
    repaired = lemma_of(word.text, word.lemma)
    # « s'est indignée », « s'indigne » (the form tagged an adjective)
    two_back = sent.words[word.index - 2].text.lower() if word.index > 1 else ""
    reflexive = previous in SE_FORMS or two_back in SE_FORMS
    if previous in SE_FORMS and before.upos == "PRON":
        return True  # « Le baron s'avança : »: « se » is only ever a verb's clitic
    if _verb_of_name_before_colon(sent, word, before):
        return True
    if repaired not in REPORTING_VERBS and not (reflexive and pronominal(repaired) is not None):
        return False
    auxiliary = before.upos == "AUX" or previous in AUXILIARY_FORMS
    if _noun_in_ant(word, previous, two_back):
        return False  # « Le commandant des secours, … : »: an article, not a clitic
    if auxiliary or previous in CLITICS or previous in PERSONAL_PRONOUNS:  # "il commanda", "le décrit"
        return True
    # "Jean Dupont, 45 ans, agriculteur, raconte :": the parser gave the form a subject
    form = word.text.lower()
    if form != repaired and any(c.deprel in {"nsubj", "nsubj:pass"} for c in sent.children(word)):
        return True
    # "… posa son verre et répondit": a finite form coordinated with the verbs before it
    if previous in COORDINATING_OPENERS and form != repaired and form.endswith(_PAST_HISTORIC_ENDINGS):
        return True
    # "M. de Valbrun, certain qu'on l'attendait déjà, répondit :": a finite form between the
    # comma closing an aside and the colon of the words it introduces; or hung as an adjective on
    # the noun before it (« Un habitant interrogé par l'AFP raconte : »)
    # and so before « que » (« Julien Arrighi, de l'université de Montvalon, juge que … ») or an
    # infinitive (« Le champion, surnommé le Métronome, estime avoir remporté … », « estime »
    # tagged an adverb)
    following = sent.words[word.index + 1] if word.index + 1 < len(sent) else None
    after = following.text if following is not None else ""
    glued = word.deprel in {"amod", "acl"} and word.head == word.index - 1
    # « Jacques commanda : », « Le père Marsac commanda : »: a name never goes on in a lowercase
    # word, so a reporting-verb form the tagger read as the end of a name is the name's verb
    after_name = before.text[:1].isupper() and before.upos in {"PROPN", "NOUN"}
    infinitive = following is not None and following.feats.get("VerbForm") == "Inf"
    introduces = after == ":" or after.lower() in QUE_FORMS or infinitive
    set_after = previous == "," or glued or after_name
    # « Météo-Sud annonce un répit mais note que … »: after « et », « mais », the verbs' coordinate
    coordinated = previous in COORDINATING_OPENERS
    if (set_after or coordinated) and introduces and form != repaired and form.endswith(FINITE_ENDINGS):
        return True
    return verb_read_as_conjunct(sent, word) is not None


def verb_read_as_conjunct(sent: Sentence, verb: Word) -> Word | None:
    """The name or noun a speech verb read as a noun was joined to as a conjunct, when it is the
    verb's subject: « Marc Olivier, PDG du groupe, chiffre à « … » la perte »: the
    parser read « chiffre » as a noun and joined it to the name past the apposition; a
    conjugated form of speech with no determiner, right after a comma, whose « conjunct » is
    the sentence's head noun before it, is that noun's verb. ``None`` otherwise."""
    if verb.deprel != "conj" or verb.upos != "NOUN" or verb.head < 0:
        return None
    if not finite_speech_form(verb.text.lower()) or any(c.upos == "DET" for c in sent.children(verb)):
        return None
    if verb.index == 0 or sent[verb.index - 1].text != ",":
        return None
    head = sent.words[verb.head]
    if head.upos not in {"PROPN", "NOUN"} or head.start > verb.start or head.deprel not in {"root", "nsubj"}:
        return None
    return head


def _verb_of_name_before_colon(sent: Sentence, word: Word, before: Word) -> bool:
    """« Le politologue Paul Roux analyse : »: a word in small letters between a name and the
    colon, of a finite verb's ending and tagged no adjective, is the name's verb whatever the
    lexicon holds (a name never goes on in a lowercase word but its particles)."""
    k = word.index + 1
    if k >= len(sent) or sent[k].text != ":" or word.upos not in {"NOUN", "PROPN", "X"}:
        return False
    form = word.text.lower()
    if not form.isalpha() or form in NAME_PARTICLES or form.endswith(("é", "ée", "és", "ées")):
        return False
    return before.upos == "PROPN" and before.text[:1].isupper() and form.endswith(FINITE_ENDINGS)


#: The articles that are also object clitics (« le commandant » / « le décrit »).
_ARTICLE_CLITICS = frozenset({"le", "la", "les", "l'", "l’"})


def _noun_in_ant(word: Word, previous: str, two_back: str) -> bool:
    """Whether ``word``, a form in -ant after « le » / « la » / « les », is a noun (« le
    commandant », « la représentante », « les manifestants »): a present participle takes an
    object clitic only after « en » (« en le commandant ») and never a feminine or plural ending."""
    form = word.text.lower()
    return (
        previous in _ARTICLE_CLITICS
        and form.endswith(("ant", "ante", "ants", "antes"))
        and two_back not in {"en", "tout"}
    )


def causative_passive(sent: Sentence, verb: Word) -> bool:
    """« elle s'est fait remarquer par sa coquetterie », « il se fait apprécier »: *se faire* +
    an infinitive says what was done to the subject (it got noticed), not what it said; read
    from the surface, as parsers hang these words every way."""
    i = verb.index - 1
    while i >= 0 and sent[i].upos == "ADV":
        i -= 1
    if i < 0 or sent[i].lemma.lower() != "faire":
        return False
    j = i - 1
    while j >= 0 and (sent[j].upos in {"AUX", "ADV"} or sent[j].text.lower() in AUXILIARY_FORMS):
        j -= 1
    return j >= 0 and sent[j].text.lower() in SE_FORMS


def _explained_by(sent: Sentence, verb: Word) -> bool:
    """« ce retard s'explique par les lenteurs … », « la hausse se justifie par … »: *se* + a verb
    + *par* is a passive, what a thing is explained by, not what someone explained; read from
    the surface (*se* right before the verb, *par* right after it, adverbs apart)."""
    before = verb.index - 1
    if before < 0 or sent[before].text.lower() not in SE_FORMS:
        return False
    after = verb.index + 1
    while after < len(sent) and sent[after].upos == "ADV":
        after += 1
    return after < len(sent) and sent[after].text.lower() == "par"


#: Words after *se déclarer* that open a stance, not a place or a time (« s'est déclaré pour »,
#: « … contre », « … en faveur de »).
_STANCE_OPENERS = frozenset({"pour", "contre", "faveur"})


def falls_under(sent: Sentence, verb: Word) -> bool:
    """Whether ``verb`` is a verb of :data:`DE_MEANING_VERBS` with « de » right after it (adverbs
    aside): « les accords relèvent d'une « coopération défensive » » says what they fall under,
    no one's remark (« il relève que … » reports one)."""
    if lemma_of(verb.text, verb.lemma) not in DE_MEANING_VERBS:
        return False
    k = verb.index + 1
    while k < len(sent) and sent[k].upos == "ADV":
        k += 1
    return k < len(sent) and sent[k].text.lower() in DE_FORMS


def said_locution(sent: Sentence, verb: Word) -> bool:
    """Whether ``verb`` is the « dit » of an adverbial locution (« autrement dit », « cela dit »,
    `SAID_LOCUTION_WORDS`): « il faut « agir », autrement dit la hausse des loyers » names
    no one who spoke."""
    if verb.text.lower() != "dit" or verb.index == 0:
        return False
    return sent[verb.index - 1].text.lower() in SAID_LOCUTION_WORDS


def _broke_out(sent: Sentence, verb: Word) -> bool:
    """« un incendie qui s'est déclaré mardi près de Valbonne », « une épidémie s'est déclarée
    dans le village »: pronominal *se déclarer* followed by a time, a place or nothing is to
    break out, no speech; followed by an attribute or a stance (« le maire s'est déclaré « très
    inquiet » », « … prêt à », « … candidat », « … en faveur de ») the subject speaks. Read
    from the surface: *se* on the verb, then the first word after it, adverbs and a time word
    apart."""
    if lemma_of(verb.text, verb.lemma) not in BREAKING_OUT_VERBS:
        return False
    before = sent[verb.index - 1].text.lower() if verb.index > 0 else ""
    if not (_has_se(sent, verb) or before in SE_FORMS):
        return False
    after = verb.index + 1
    while after < len(sent) and sent[after].upos == "ADV":
        after += 1
    if after < len(sent) and sent[after].text.lower() in TIME_WORDS:
        after += 1  # « s'est déclaré lundi « satisfait » », « … mardi près de Valbonne »
    if after >= len(sent) or sent[after].text in {",", ".", ";"}:
        return True
    nxt, then = sent[after], sent[after + 1] if after + 1 < len(sent) else None
    if nxt.text.lower() in _STANCE_OPENERS or (then is not None and then.text.lower() in _STANCE_OPENERS):
        return False
    return nxt.upos == "ADP" or (nxt.upos in {"NOUN", "PROPN"} and nxt.deprel.startswith("obl"))


def _launched(sent: Sentence, verb: Word) -> bool:
    """« une série d'actions a été lancée par Lily Liu »: *lancer* in the passive is to launch
    (an operation, a project), never to say; it says words only with them as its object (« a
    lancé : « … » », « « … », a lancé Paul »)."""
    if lemma_of(verb.text, verb.lemma) != "lancer":
        return False
    return verb.feats.get("Voice") == "Pass" or any(c.deprel == "aux:pass" for c in sent.children(verb))


#: Participles of « dire » that can only name, not report, right before a quotation: « la zone
#: dite « rouge » », « les écoles dites « sensibles » » (the present « dit » is left to the parse,
#: save after a comma: « Paul Roux, dit « le Gaulois » »).
_NAMING_FORMS = frozenset({"dite", "dits", "dites"})


def _naming_participle(sent: Sentence, verb: Word) -> bool:
    """Whether ``verb`` is « dit(e)(s) » naming what comes before it by the words quoted right
    after (« la sphère la plus extérieure, dite « sphère des fixes » »): so-called, not said."""
    form = verb.text.lower()
    if form not in _NAMING_FORMS and form != "dit":
        return False
    after = sent[verb.index + 1] if verb.index + 1 < len(sent) else None
    before = sent[verb.index - 1] if verb.index > 0 else None
    if after is None or after.text not in {"«", "“", '"'} or before is None:
        return False
    if form == "dit":
        return before.text == ","
    return before.upos != "PRON" and before.text.lower() not in AUXILIARY_FORMS


def _asking_participle(verb: Word) -> bool:
    """Whether ``verb`` is the participle of a verb of asking hung on a noun (« un habitant
    interrogé par l'AFP raconte : « … » »): the one asked speaks, not the one asking."""
    return (
        verb.deprel == "acl"
        and verb.feats.get("VerbForm") == "Part"
        and verb.feats.get("Tense") != "Pres"
        and verb.lemma.lower() in ASKING_VERBS
    )


def present_of_second_group(word: Word) -> bool:
    """Whether ``word`` is a form in *-it* of a verb in *-ir* (« avertit », « garantit »,
    « réagit »), whose past participle ends in *-i*: a finite verb, whatever the tagger said; not
    a verb in *-ire* (« dit », « écrit » are participles too)."""
    form = word.text.lower()
    lemma = lemma_of(word.text, word.lemma)
    return form.endswith("it") and lemma.endswith("ir") and form != lemma[:-1]


def present_of_first_group(word: Word) -> bool:
    """Whether ``word`` is a present form in *-e* / *-ent* of a verb in *-er* (« résume »,
    « raconte », « déplorent »), whose past participle ends in *-é*: a finite verb, whatever the
    tagger said.

    >>> from quoteattr.parse.types import Word
    >>> from quoteattr.model import Span
    >>> present_of_first_group(Word(0, "résume", "résumer", "VERB", -1, "root", Span(0, 6)))
    True
    """
    form = word.text.lower()
    lemma = lemma_of(word.text, word.lemma)
    return lemma.endswith("er") and form.endswith(("e", "ent")) and not form.endswith(("ée", "é"))


def means(sent: Sentence, verb: Word) -> bool:
    """Whether ``verb`` is the « dire » of « vouloir dire » (*to mean*, :data:`MEANING_GOVERNORS`),
    right after its governor, adverbs and negation aside: « Ce chiffre veut dire que la crise est
    finie » reports no one's words, whoever or whatever its subject."""
    if verb.lemma.lower() != "dire" or verb.feats.get("VerbForm") != "Inf":
        return False
    k = verb.index - 1
    while k >= 0 and (sent[k].upos == "ADV" or sent[k].text.lower() in {"ne", "n'", "n’", "pas"}):
        k -= 1
    return k >= 0 and lemma_of(sent[k].text, sent[k].lemma) in MEANING_GOVERNORS


def agreed_in_ant(verb: Word) -> bool:
    """Whether ``verb`` is a form in -ante, -ants or -antes of a verb whose infinitive does not
    end in -anter: a present participle never agrees, so the form is an adjective (« La Grèce
    confiante en un accord », « des chiffres rassurants »), not the verb (« confier »,
    « rassurer »); « en lui confiant » stays the verb."""
    form = verb.text.lower()
    return form.endswith(("ante", "ants", "antes")) and not verb.lemma.lower().endswith("anter")


def is_reporting(sent: Sentence, verb: Word, *, incise: bool) -> bool:
    if (
        agreed_in_ant(verb)
        or means(sent, verb)
        or causative_passive(sent, verb)
        or _naming_participle(sent, verb)
        or _asking_participle(verb)
        or _launched(sent, verb)
        or _explained_by(sent, verb)
        or _broke_out(sent, verb)
        or said_locution(sent, verb)
        or falls_under(sent, verb)
    ):
        return False
    lemma = cue_lemma(sent, verb)
    if lemma in PHRASAL_CUES.values():
        return True
    if lemma not in REPORTING_VERBS:
        return False
    return incise or lemma not in INCISE_ONLY_VERBS


def finite_clause(sent: Sentence, verb: Word) -> bool:
    """Whether ``verb`` heads a finite clause: a finite form, or a participle with its auxiliary
    (hung on it, or written before it past a comma-set aside the parser broke the group on:
    « Paul Roux a, lui, affirmé que … », « a, pour sa part, déclaré »)."""
    if verb.feats.get("VerbForm") == "Fin":
        return True
    auxiliaries = [c for c in sent.children(verb) if c.deprel in {"aux", "aux:tense", "aux:pass"}]
    if any(_finite_auxiliary(c) for c in auxiliaries):
        return True
    return verb.feats.get("VerbForm") == "Part" and _auxiliary_across_aside(sent, verb)


#: Auxiliaries that make no finite clause: the compound infinitive and participle (« pour avoir
#: déclaré que … », « ayant affirmé que … »), whose subject is their governor's.
_NONFINITE_AUXILIARIES = frozenset({"avoir", "être", "ayant", "étant"})


def _finite_auxiliary(word: Word) -> bool:
    """Whether the auxiliary ``word`` is a finite form (« a », « avait », « sera »), not an
    infinitive or a participle, whatever the tagger says of either."""
    return word.text.lower() not in _NONFINITE_AUXILIARIES and word.feats.get("VerbForm", "Fin") == "Fin"


#: The most words a comma-set aside between an auxiliary and its participle holds (« a, quant
#: à lui, estimé »).
_ASIDE_WORDS = 4


def _auxiliary_across_aside(sent: Sentence, verb: Word) -> bool:
    """Whether ``verb`` follows « AUX , aside , » (:data:`_ASIDE_WORDS` words at most)."""
    i = verb.index - 1
    if i < 0 or sent[i].text != ",":
        return False
    j = i - 1
    while j >= 0 and i - j <= _ASIDE_WORDS + 1 and sent[j].text != ",":
        j -= 1
    if j < 1 or sent[j].text != "," or j == i - 1:
        return False
    return sent[j - 1].text.lower() in AUXILIARY_FORMS


CLITICS = frozenset(
    {"lui", "leur", "se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous", "y", "en",
     "le", "la", "les", "l'", "l’", "ne", "n'", "n’"}
)  # fmt: skip


COORDINATING_OPENERS = frozenset({"et", "puis", "mais", "ou"})


def reporting_form(word: Word) -> bool:
    """A reporting verb by its form, whatever the tagger said ("s'écria" tagged as a noun)."""
    if word.upos not in {"NOUN", "ADJ", "PROPN", "VERB"}:
        return False
    return word.text[:1].islower() and lemma_of(word.text, word.lemma) in REPORTING_VERBS


def infinitive_at(words: Sequence[Word], k: int) -> int:
    """The position in ``words`` of the infinitive at ``k``, or after « à » / « de » there: a
    modal's infinitive complement read from the word order (« a tenu à préciser », « a voulu
    rappeler », « a tenté de rassurer »), whatever the parser hung it on; -1 when none stands
    there."""
    if k < len(words) and words[k].text.lower() in INFINITIVE_MARKERS:
        k += 1
    return k if k < len(words) and words[k].feats.get("VerbForm") == "Inf" else -1


def cue_verb(sent: Sentence, word: Word) -> Word:
    """A modal's reporting infinitive ("peut-on lire") stands for the modal; so does the
    infinitive of a phrase the parser hung the finite verb on (« a fait savoir »: « savoir »)."""
    if word.lemma in MODAL_VERBS:
        for c in sent.children(word):
            if c.deprel == "xcomp" and c.upos == "VERB":
                return c
    head = sent.head_of(word)
    phrase = head is not None and (lemma_of(word.text, word.lemma), head.lemma.lower()) in PHRASAL_CUES
    if head is not None and phrase and head.upos == "VERB" and head.start > word.start:
        return head
    return word


def is_inverted_clitic(word: Word) -> bool:
    return word.upos == "PRON" and word.text.startswith("-") and word.text.lower() not in {"-t", "-ce"}
