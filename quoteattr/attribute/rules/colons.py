"""Rules for a quote introduced by a colon: X a déclaré : « … » / X : « … » / La colère gronde chez
X : « … », near or a few sentences back.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quoteattr.attribute.mentions import Mention
from quoteattr.attribute.names import fold, written_small
from quoteattr.attribute.phrases import de_complements
from quoteattr.attribute.rules.attribution import CONFIDENCE, Attribution
from quoteattr.attribute.rules.prepositions import source_preposition
from quoteattr.attribute.rules.subjects import (
    agentless_passive,
    chain_subject,
    mention_at,
    narrative_mention,
    opens_incise_after_quote,
    present_participle,
    speaker_like,
    speaker_of_verb,
)
from quoteattr.attribute.rules.verbs import (
    PARTICIPLE_ENDINGS,
    SE_FORMS,
    cue_lemma,
    finite_clause,
    is_reporting,
    verbish,
)
from quoteattr.attribute.site import QuoteSite
from quoteattr.lang.fr.cues import (
    DOCUMENT_NOUNS,
    NARRATIVE_INFINITIVE,
    NOUN_CUES,
    PLATFORMS,
    SAME_VOICE_REMARKS,
    SPEECH_NOUNS,
)
from quoteattr.lang.fr.indirect import QUE_FORMS, TIME_WORDS, UNVOICED_VERBS
from quoteattr.lang.fr.pronouns import RELATIVE_PRONOUNS
from quoteattr.lang.fr.roles import speaking_noun
from quoteattr.lang.fr.sources import CLAUSE_LINKERS
from quoteattr.lang.fr.titles import DE_FORMS, NAME_PARTICLES
from quoteattr.lang.fr.verbs import OBJECT_EXPERIENCER_VERBS, REPORTING_VERBS, lemma_of
from quoteattr.parse.types import Sentence, Word

__all__ = [
    "colon_distant",
    "colon_intro",
]


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
    clause = before[:-1]
    semicolons = [position for position, w in enumerate(clause) if w.text == ";"]
    if semicolons:
        # « Le débat s'anime ; Julie Marchand : « … » »: a semicolon ends a
        # clause, the colon introduces the words of what stands after it
        clause = clause[semicolons[-1] + 1 :]
    return index, clause


def colon_intro(site: QuoteSite) -> Attribution | None:
    """X a déclaré : « … » / X est plus explicite : « … » / headline X : « … »."""
    return _colon(site, distant=False)


def colon_distant(site: QuoteSite) -> Attribution | None:
    """X a déclaré : « … », les Y « … »: a later quote of a sentence introduced by a colon.

    Not when the colon closes a heading with no verb and a clause with a subject of its own
    stands between it and the quote (« Grève à la RATP : le syndicat Sud « maintient la
    pression » »): the heading names the topic, and the quote is that clause's."""
    found = _colon(site, distant=True)
    if found is None:
        return None
    if found.rule == "colon_headline" and _subject_after_colon(site):
        return None
    return attrs.evolve(found, rule="colon_distant", confidence=CONFIDENCE["colon_distant"], frame="woven")


def _subject_after_colon(site: QuoteSite) -> bool:
    """Whether the words between the last colon before the quote, in its sentence, and the quote
    hold a subject (« … : le syndicat Sud « … » »)."""
    before = site.frame_before()
    colons = [position for position, w in enumerate(before) if w.text == ":"]
    return bool(colons) and any(w.deprel.startswith("nsubj") for w in before[colons[-1] + 1 :])


def _qualifies_a_thing(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` is a past participle qualifying a noun of no words (« les absences répétées
    de ses professeurs », « des attaques répétées de l'opposition »): an adjective, which says nothing
    of speech; on a noun of words it may report them (« les propos tenus par le ministre : »), and
    on a noun of people it may be their verb."""
    if word.deprel != "acl" or word.feats.get("VerbForm") != "Part" or word.feats.get("Tense") == "Pres":
        return False
    children = sent.children(word)
    if any(c.deprel == "nsubj" for c in children) and any(c.deprel in {"aux", "aux:tense"} for c in children):
        # « Nouveau transfert du club, le joueur a aussi réagi : »: a participle with its own
        # auxiliary and subject is a clause's verb, whatever noun the parser hung it on (not a
        # passive's: « aucun renfort n'a été prévu : » reports nothing)
        return False
    noun = sent.head_of(word)
    if noun is None or noun.upos != "NOUN":
        return False
    lemma = noun.lemma.lower()
    # not on someone who may speak, whose verb a tagger may have read as a participle (« Une
    # habitante du centre-ville résume : »)
    return lemma not in NOUN_CUES and not speaking_noun(lemma) and not speaking_noun(noun.text.lower())


def _colon(site: QuoteSite, *, distant: bool) -> Attribution | None:
    found = _frame_before_colon(site, distant=distant)
    if found is None:
        return None
    index, clause = found
    sent = site.sentence(index)
    text = site.doc.text
    clause = _past_fronted_participle(clause)
    compared = None if distant else _compared_source(site, index, clause)
    if compared is not None:
        return compared
    experiencer = _experiencer(sent, clause)
    reacting = _reacting(sent, clause)
    if reacting is not None:  # « …, suscitant la colère d'un riverain : « … » »
        told = _told_of(site, index, clause, reacting)
        if told is not None:
            return told
    for word in reversed(clause):
        relative = word.deprel == "acl:relcl" or any(
            c.deprel.startswith("nsubj") and c.text.lower() == "qui" for c in sent.children(word)
        )
        if relative and any(
            w.deprel == "root" and w.upos in {"VERB", "AUX"} and w.start > word.start for w in clause
        ):
            continue  # « Blanche, qui s'était fâchée …, avait été calmée par Lucien : »: not hers
        if relative and lemma_of(word.text, word.lemma) in UNVOICED_VERBS:
            continue  # « il se rangea au souhait du joueur qui en voulait deux : »: a wish says nothing
        if relative and _said_already(sent, word) and _speech_verb_before(sent, clause, word):
            # « X a répondu à Y, qui l'accusait d'avoir menti : »: the relative's words are given,
            # the colon opens the answer of the speech verb before it
            continue
        if _qualifies_a_thing(sent, word):
            continue  # « les retards répétés de ses collègues : »: repeated, not said
        if verbish(sent, word) and is_reporting(sent, word, incise=True):  # "il reprit :"
            if agentless_passive(sent, word):
                continue  # « Quelques regrets ont été exprimés : »: the thing said, nobody speaking
            # « Une version que rejette le président, Jean-Luc Farge : »: the noun before « que »
            # is the verb's object, its subject comes after it
            inverted = _inverted_after_que(sent, word, clause)
            cited = _cited_source(site, index, word, {w.index for w in clause})
            if cited is not None:
                mention: Mention | None = cited
            elif inverted is not None:
                mention = mention_at(site, index, inverted)
            elif _incise_before_colon(sent, word, clause):
                # « La décrue a commencé, indique Météo France : « … » »: the incise's subject
                # after its verb, not the subject of the clause it closes
                mention = speaker_of_verb(site, index, word, inverted=True)
            else:
                mention = speaker_of_verb(site, index, word, inverted=False)
            if mention is None and opens_incise_after_quote(sent, word):
                # « « … », a réagi Paul Roux : « … » »: the incise of the quote before, its subject
                # inverted after it (the parser may make it the verb's object)
                mention = speaker_of_verb(site, index, word, inverted=True)
            if mention is None:
                mention = chain_subject(site, index, clause, word)
            if mention is None:
                mention = narrative_mention(sent, index, word, text)  # « Et le maire de préciser : »
            if mention is not None and experiencer is not None and not speaker_like(site, mention):
                break  # « La colère gronde chez les agriculteurs : »: a feeling says nothing
            narrative = word.feats.get("VerbForm") == "Inf" and _NARRATIVE_INFINITIVE.search(
                text, 0, word.start
            )
            if mention is not None and not speaker_like(site, mention) and not distant:
                fronted = _fronted_source(site, clause)
                if fronted is not None:
                    return fronted  # « Pour le maire, nulle raison ne justifie … : »: the maire's
            if mention is not None or narrative:
                return Attribution(
                    rule="colon_intro",
                    confidence=CONFIDENCE["colon_intro"],
                    cue=cue_lemma(sent, word),
                    cue_span=word.span.with_source(text),
                    mention=mention,
                    frame="colon",
                )
    fronted = _fronted_source(site, clause) if not distant else None
    if fronted is not None:
        return fronted
    experiencer = experiencer or _own_reaction(sent, clause)  # « X a laissé éclater sa colère : »
    if experiencer is not None:
        told = _told_of(site, index, clause, experiencer)
        if told is not None:
            return told
    clause = _past_fronted_phrase(clause)
    members = {w.index for w in clause}
    tops = [w for w in clause if w.head < 0 or w.head not in members]
    # a verb the parser hung inside a noun phrase (« Le politologue Paul Roux analyse : »,
    # « analyse » a complement of « politologue ») is a verb of the clause all the same
    buried = [w for w in clause if w not in tops and w.upos not in {"VERB", "AUX"} and verbish(sent, w)]
    for word in [*_last_coordinate(sent, tops, members), *tops, *buried]:
        predicate = word.upos in {"ADJ", "NOUN"} and any(c.deprel == "cop" for c in sent.children(word))
        if word.upos in {"VERB", "AUX"} or predicate or verbish(sent, word):
            if agentless_passive(sent, word) and is_reporting(sent, word, incise=True):
                continue  # « Le message a été répété mardi : »: the thing said, nobody speaking
            mention = (
                _words_owner(site, index, word, members)
                or _cited_source(site, index, word, members)
                or _feeling_object(site, index, word, members)
                or speaker_of_verb(site, index, word, inverted=False)
            )
            if mention is None or not speaker_like(site, mention):
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
    if any(_finite_word(sent, w) for w in clause):
        return None
    # no verb of its own: a name and what it says of them, a participle or an infinitive set off
    # after it too (« Une habitante, Sandrine Roux, venue déclarer une naissance : »)
    if any(w.upos in {"VERB", "AUX"} or verbish(sent, w) for w in clause) and not _set_off(clause):
        return None
    for word in tops:
        if word.upos in {"PROPN", "NOUN"} and not (word.upos == "PROPN" and word.text[:1].islower()):
            cue, source = ":", word
            # « Réaction du ministre : », tagged as a noun or, capitalised, as a name
            noun = word.lemma.lower() if word.upos == "NOUN" else word.text.lower()
            if noun in _WORDS_NOUNS or noun in _REACTION_NOUNS or noun in SAME_VOICE_REMARKS:
                # « le désarroi des maires : »; « Un bémol cependant : », the voice just quoted
                complement = _speech_noun_source(sent, word, members) or _agent_of_judgement(sent, members)
                if complement is None:
                    return None  # « Réponse, une heure plus tard : »: a speech act, nobody named
                cue, source = noun, complement
            elif (judge := _agent_of_judgement(sent, members)) is not None:
                source = judge  # « Une solution jugée « illusoire » par le maire, X : »: X speaks
            elif _heading_word(sent, word, members):
                return None  # « Conséquence : », « Bilan : »: the writer's heading, not a source
            elif _topic_noun(text, clause, word):
                return None  # « Grève des bus à Lyon : « … » »: the story's subject, not who speaks
            elif _placed(sent, word):
                return None  # « Macron à Marseille : », the parse's root on the place: not who speaks
            elif _list_of_names(clause):
                return None  # « Roux, Ben Saïd, Da Costa : « … » »: one of them, not said which
            return Attribution(
                rule="colon_headline",
                confidence=CONFIDENCE["colon_headline"],
                cue=cue,
                cue_span=(word if cue != ":" else clause[-1]).span.with_source(text) if clause else None,
                mention=mention_at(site, index, source),
                frame="colon",
            )
    return None


def _compared_source(site: QuoteSite, index: int, clause: tuple[Word, ...]) -> Attribution | None:
    """The one a clause compares its subject to last, set off by a comma before the colon: the
    words after the colon are theirs (« Les élus saluent la décision, comme la sénatrice Anne
    Morel : « … » »). Only a noun phrase after « comme », no clause (« comme le prévoit la loi : »
    cites the law for the writer), and someone who may speak."""
    sent = site.sentence(index)
    for k in range(len(clause) - 2, 0, -1):
        word = clause[k]
        if word.text.lower() != "comme" or clause[k - 1].text != ",":
            continue
        rest = clause[k + 1 :]
        if any(w.upos in {"VERB", "AUX"} for w in rest):
            return None
        head = sent.head_of(word)
        if head is None or head not in rest or head.upos not in {"NOUN", "PROPN"}:
            return None
        return _colon_words_of(site, index, clause, head, "colon_intro")
    return None


def _list_of_names(clause: Sequence[Word]) -> bool:
    """Whether the words before a headline's colon are names listed with commas and no « et »
    (« Roux, Ben Saïd, Da Costa : « … » »): the voices the article quotes, one of whom
    said the words; a joint source is joined by « et » (« Aliev et Pachinian : »)."""
    names = [w for w in clause if w.text != ","]
    commas = len(clause) - len(names)
    return (
        commas > 0
        and bool(names)
        and all(w.text[:1].isupper() or w.text.lower() in NAME_PARTICLES for w in names)
    )


def _heading_word(sent: Sentence, word: Word, members: set[int]) -> bool:
    """Whether ``word`` is a common noun standing alone before a colon, capitalised only as the
    sentence's first word, with no article nor complement, and naming no one who speaks: the
    writer's heading (« Conséquence : « … » », « Bilan : », « Résultat : »), not a source
    (« Le ministre : », « Macron : », a name the tagger labels)."""
    return (
        word.upos == "NOUN"
        and not word.ent
        and len(members) <= _HEADING_LENGTH
        and not any(c.index in members and c.upos != "PUNCT" for c in sent.children(word))
        and not speaking_noun(word.lemma.lower())
    )


#: Prepositions of place or time: a noun that has one of its own says where or when, and is not
#: who speaks (« Macron à Marseille : « … » » is Macron's, whichever word the parse made its root).
_PLACE_PREPOSITIONS = frozenset({"à", "au", "aux", "en", "dans", "sur", "depuis", "pendant"})


def _placed(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` has a preposition of place or time of its own (:data:`_PLACE_PREPOSITIONS`)."""
    return any(c.deprel == "case" and c.lemma.lower() in _PLACE_PREPOSITIONS for c in sent.children(word))


def _topic_noun(text: str, clause: Sequence[Word], word: Word) -> bool:
    """Whether ``word``, the head of the words before a headline's colon, is a common noun
    capitalised only as their first word: the text writes it in small letters elsewhere, it names
    no one who may speak (no role, organisation or group) and the tagger marks no person or
    organisation on it. « Grève des bus à Lyon : « … » », « Tempête Zora en Bretagne : « … » » (« la
    grève », « la tempête » in the article) name the story, whose words are someone else's;
    « Le ministre : », « Macron à Marseille : » name who speaks. So does a common noun with its
    complement, the text writing it nowhere else (« Fermeture d'une usine à Douai : « … » »,
    « Arrêt d'un vaccin : « … » »: what happened, to whom or what)."""
    if not clause or word is not clause[0] or not word.text[:1].isupper() or word.ent in {"PER", "ORG"}:
        return False
    if speaking_noun(word.text.lower()) or speaking_noun(word.lemma.lower()):
        return False
    complemented = word.upos == "NOUN" and len(clause) > 1 and clause[1].text.lower() in DE_FORMS
    return complemented or written_small(text, word.text)


#: The words, the colon included, of a heading before a quote (« Conséquence : »).
_HEADING_LENGTH = 2


def _fronted_source(site: QuoteSite, clause: tuple[Word, ...]) -> Attribution | None:
    """The source set at the head of the sentence a colon closes, when no speech verb of it
    names one: « Pour le maire, nulle raison ne justifie la fermeture : « … » », « Selon la
    préfète, la crue sera lente : « … » ». A source phrase opening a sentence (« pour X, »,
    « selon X, », « aux yeux de X, », after « Mais » too) gives whose view the whole sentence
    states, and the words the colon opens are the rest of that view; the subject of the
    clause (« nulle raison ») says nothing."""
    if not clause:
        return None
    head = 1 if len(clause) > 1 and clause[0].text.lower() in CLAUSE_LINKERS else 0
    found = source_preposition(site)
    if found is None or found.cue_span is None or found.mention is None:
        return None
    if found.cue_span.start != clause[head].start or found.mention.span.end > clause[-1].end:
        return None
    return found


def _last_coordinate(sent: Sentence, tops: list[Word], members: set[int]) -> list[Word]:
    """« Le père passa le seuil, et Blanche essaya de le retenir : »: of main clauses joined by « et »
    or a comma, the colon opens the words of the last one, nearest it; its verb, when it has a
    subject of its own (empty otherwise: the clauses share the first one's)."""
    conjuncts = [
        c
        for top in tops
        for c in sent.children(top)
        if c.deprel == "conj" and c.index in members and c.upos == "VERB" and c.index > top.index
    ]
    if not conjuncts:
        return []
    last = max(conjuncts, key=lambda w: w.index)
    own_subject = any(c.deprel in {"nsubj", "nsubj:pass"} for c in sent.children(last))
    return [last] if own_subject else []


#: A narrative infinitive right before a speech verb (« Et d'ajouter : », « …, avant de conclure : »,
#: :data:`~quoteattr.lang.fr.cues.NARRATIVE_INFINITIVE`): it has no subject of its own, and its
#: words are the last speaker's, whom
#: :func:`~quoteattr.attribute.discourse.share_participle_speakers` gives them by the same pattern;
#: the colon rule keeps its cue.
_NARRATIVE_INFINITIVE = regex.compile(NARRATIVE_INFINITIVE)


def _said_already(sent: Sentence, verb: Word) -> bool:
    """Whether speech verb ``verb`` has what it reports written after it: a clause or an
    infinitive (« qui affirmait que … », « qui l'accusait d'avoir … »)."""
    return any(c.deprel in {"ccomp", "xcomp"} and c.start > verb.start for c in sent.children(verb))


def _speech_verb_before(sent: Sentence, clause: tuple[Word, ...], relative: Word) -> bool:
    """Whether a speech verb of the clause stands before the relative clause of ``relative``."""
    inside = {w.index for w in sent.subtree(relative)}
    first = min(inside)
    return any(
        w.index < first and verbish(sent, w) and is_reporting(sent, w, incise=True)
        for w in clause
        if w.index not in inside
    )


def _inverted_after_que(sent: Sentence, verb: Word, clause: tuple[Word, ...]) -> Word | None:
    """The subject after ``verb`` when the relative « que » stands right before it: « … que
    rejette l'actuel président » (French inverts the subject of an object relative); the first
    noun or name after the verb in ``clause``, past a date (« Ce que racontait jeudi soir
    Paul Roux : », `TIME_WORDS`), ``None`` when no « que » opens it."""
    if verb.index == 0 or sent[verb.index - 1].text.lower() not in QUE_FORMS:
        return None
    if sent[verb.index - 1].feats.get("PronType") != "Rel" and sent[verb.index - 1].upos != "PRON":
        return None
    after = [w for w in clause if w.start > verb.start]
    return next((w for w in after if w.upos in {"NOUN", "PROPN"} and w.text.lower() not in TIME_WORDS), None)


def _incise_before_colon(sent: Sentence, verb: Word, clause: tuple[Word, ...]) -> bool:
    """Whether ``verb`` opens an incise that closes a clause of its own before the colon: « La
    décrue a commencé, indique Météo France : », « Les secours sont mobilisés, a ajouté le préfet
    : ». The verb group stands right after a comma, a finite verb outside any relative stands
    before that comma, and only the incise's subject follows the verb, no verb nor « que ». Not
    « Le maire, Paul Roux, salue les bénévoles : », where no clause precedes the comma (the
    subject does), nor « Paul Roux, qui était présent, salue … », whose verb is a relative's,
    nor a present participle, which shares its sentence's subject and takes its object after it
    (« L'entraîneur savoure la victoire, soulignant la valeur du tournoi : »)."""
    if present_participle(verb):
        return False
    k = verb.index - 1
    while k >= 0 and (sent[k].upos == "AUX" or sent[k].text.lower() in SE_FORMS):
        k -= 1
    if k < 1 or sent[k].text != ",":
        return False
    after = [w for w in clause if w.start > verb.start]
    if not after or any(w.upos in {"VERB", "AUX"} or w.text.lower() in QUE_FORMS for w in after):
        return False
    if after[0].upos not in {"DET", "NOUN", "PROPN"} and not after[0].text[:1].isupper():
        return False  # « …, affirme-t-il : » is read as any inverted pronoun is
    return any(
        w.start < sent[k].start
        and w.upos in {"VERB", "AUX"}
        and w.feats.get("VerbForm") == "Fin"
        and not _in_relative(sent, w)
        for w in clause
    )


def _in_relative(sent: Sentence, verb: Word) -> bool:
    """Whether ``verb`` (or the predicate its auxiliary or copula serves: « qui était
    présent ») is a relative's."""
    head = sent.head_of(verb) if verb.deprel.startswith(("aux", "cop")) else verb
    if head is None:
        return False
    return head.deprel.startswith("acl") or any(
        c.text.lower() in RELATIVE_PRONOUNS for c in sent.children(head)
    )


def _finite_word(sent: Sentence, word: Word) -> bool:
    """A finite verb, or a reporting form tagged as anything (« raconte » read as a noun)."""
    if word.upos in {"VERB", "AUX"}:
        return finite_clause(sent, word)
    return verbish(sent, word)


def _set_off(clause: tuple[Word, ...]) -> bool:
    """Whether every verb of a verbless headline comes after a comma: an apposition or a
    participle on the name (« Une habitante, Sandrine Roux, venue … »), not the clause's own."""
    first_comma = next((k for k, w in enumerate(clause) if w.text == ","), len(clause))
    return all(w.upos not in {"VERB", "AUX"} for w in clause[:first_comma])


#: Words between « côté » and the noun it takes: « du côté de la CGT ».
_SIDE_LINKS = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’"})


def _experiencer(sent: Sentence, clause: tuple[Word, ...]) -> Word | None:
    """The one a feeling or a stance is told of before a colon, whose words follow it: « Le
    soulagement domine chez le maire, Jacques Authier : », « Même son de cloche du côté de la
    CGT : », « Côté syndicats, la colère est vive : »: the noun after « chez », or after « côté »
    opening the clause or after « du »; ``None`` when the clause has neither."""
    for k, word in enumerate(clause):
        low = word.text.lower()
        if low == "chez" and word.deprel == "case" and 0 <= word.head < len(sent):
            head = sent.words[word.head]
            if head.upos in {"NOUN", "PROPN"} and head.start > word.start:
                return head
        side = low == "côté" and (k == 0 or clause[k - 1].text.lower() in {"du", "de"})
        if side:
            for after in clause[k + 1 :]:
                if after.text.lower() in _SIDE_LINKS:
                    continue
                return after if after.upos in {"NOUN", "PROPN"} else None
    return None


def _reacting(sent: Sentence, clause: tuple[Word, ...]) -> Word | None:
    """The one whose reaction or feeling the clause ends on before a colon, whose words follow
    it: « …, a précisé Paul Roux, suscitant la colère d'un riverain : « … » » is the resident's,
    not the speaker of the verb before; « la réponse du maire : », « le témoignage d'une
    voisine : ». The noun after « de » that completes a noun of :data:`_REACTION_NOUNS` with no
    verb after it; ``None`` when the clause does not end so."""
    for k in range(len(clause) - 2, 0, -1):  # a noun opening the clause is a headline's rule's
        tail = clause[k + 1 :]
        if any(w.upos in {"VERB", "AUX"} for w in tail) or len(tail) > _REACTION_TAIL:
            return None
        if clause[k].lemma.lower() not in _REACTION_NOUNS or tail[0].text.lower() not in DE_FORMS:
            continue
        return next((w for w in tail if w.upos in {"NOUN", "PROPN"}), None)
    return None


def _told_of(site: QuoteSite, index: int, clause: tuple[Word, ...], word: Word) -> Attribution | None:
    """The colon's words given to the one a feeling, a stance or a reaction before it is told of,
    ``word``: a ``colon_experiencer`` attribution, or ``None`` when that one cannot speak."""
    return _colon_words_of(site, index, clause, word, "colon_experiencer")


def _colon_words_of(
    site: QuoteSite, index: int, clause: tuple[Word, ...], word: Word, rule: str
) -> Attribution | None:
    """The colon's words given by ``rule`` to the phrase ``word`` heads, the colon for cue, or
    ``None`` when that phrase names no one who can speak."""
    mention = mention_at(site, index, word)
    if not speaker_like(site, mention):
        return None
    return Attribution(
        rule=rule,
        confidence=CONFIDENCE[rule],
        cue=":",
        cue_span=clause[-1].span.with_source(site.doc.text),
        mention=mention,
        frame="colon",
    )


def _own_reaction(sent: Sentence, clause: tuple[Word, ...]) -> Word | None:
    """The subject whose own reaction the clause ends on, a possessive before its noun (« X a
    laissé éclater sa colère : », « X ne cache pas son inquiétude : »): the one who feels it says
    what the colon opens. The subject of the nearest verb above the noun, a name or a noun;
    ``None`` when the clause ends otherwise."""
    if len(clause) < _POSSESSED_REACTION or clause[-1].lemma.lower() not in _REACTION_NOUNS:
        return None
    if clause[-2].text.lower() not in {"sa", "son", "leur", "ses", "leurs"}:
        return None
    word: Word | None = clause[-1]
    while word is not None:
        subject = next(
            (
                c
                for c in sent.children(word)
                if c.deprel in {"nsubj", "nsubj:pass"} and c.upos in {"NOUN", "PROPN"}
            ),
            None,
        )
        if subject is not None:
            return subject
        word = sent.head_of(word)
    return None


#: A subject, a verb, a possessive and the noun of a reaction at least.
_POSSESSED_REACTION = 4


#: Nouns of a reaction or of a testimony whose owner, named after « de », says what a colon opens.
_REACTION_NOUNS = frozenset(
    {
        "colère", "ire", "fureur", "indignation", "exaspération", "agacement", "réaction",
        "réponse", "réplique", "riposte", "inquiétude", "désarroi", "incompréhension",
        "stupeur", "consternation", "amertume", "déception", "satisfaction", "soulagement",
        "témoignage",
    }
)  # fmt: skip
#: The most words between a reaction's noun and the colon: « d'un troisième riverain ».
_REACTION_TAIL = 6


#: At most this many words in a phrase fronted before a colon's frame (« Parmi les évacués, »).
_FRONTED_WORDS = 5


def _past_fronted_phrase(clause: tuple[Word, ...]) -> tuple[Word, ...]:
    """The frame before a colon without the prepositional phrase fronted before its comma:
    « Parmi les évacués, Yvette Carles, une retraitée de 78 ans : « … » » is Yvette Carles's words;
    the place or the group she is among frames them (the parser may read « évacués » as a verb).
    The whole clause when it opens on no preposition or holds no such comma."""
    if not clause or clause[0].upos != "ADP":
        return clause
    comma = next((k for k, w in enumerate(clause) if w.text == ","), None)
    if comma is None or comma > _FRONTED_WORDS or comma + 1 >= len(clause):
        return clause
    return clause[comma + 1 :]


def _past_fronted_participle(clause: tuple[Word, ...]) -> tuple[Word, ...]:
    """The frame before a colon without the participle phrase fronted before its comma: in
    « Premier interrogé, le député Paul Roux : « … » », « Seul présent, le maire : « … » », the
    participle or adjective set off at the head of the sentence says something of the subject
    after the comma, who is the one speaking; a word of it (« Premier ») is never the speaker.
    The whole clause when it opens on no such phrase (a participle with no noun after its comma,
    a finite verb before it)."""
    comma = next((k for k, w in enumerate(clause) if w.text == ","), None)
    if comma is None or comma == 0 or comma > _FRONTED_WORDS or comma + 1 >= len(clause):
        return clause
    fronted = clause[:comma]
    if fronted[0].upos not in {"ADJ", "VERB", "ADV"}:
        return clause
    if not any(w.feats.get("VerbForm") == "Part" for w in fronted):
        return clause
    if any(w.feats.get("VerbForm") == "Fin" or w.upos in {"NOUN", "PROPN", "PRON"} for w in fronted):
        return clause
    if clause[comma + 1].upos not in {"DET", "PROPN"}:
        return clause
    return clause[comma + 1 :]


#: Nouns of what someone said or judged, besides the speech nouns: « Le bilan de l'entraîneur
#: était mitigé : « … » » gives the coach's words.
_JUDGEMENT_NOUNS = frozenset(
    {"bilan", "constat", "réaction", "analyse", "verdict", "avis", "conclusion", "diagnostic", "position"}
)
#: Nouns of someone's words or judgement, which name that someone in their « de » complement.
_WORDS_NOUNS = SPEECH_NOUNS | _JUDGEMENT_NOUNS


def _words_owner(site: QuoteSite, index: int, verb: Word, members: set[int]) -> Mention | None:
    """« La réaction du maire ne s'est pas fait attendre : », « Le bilan de l'entraîneur était
    mitigé : »: a clause whose subject is someone's words or judgement introduces that someone's
    words; the source is the complement in « de », not the noun."""
    sent = site.sentence(index)
    subject = next((c for c in sent.children(verb) if c.deprel in {"nsubj", "nsubj:pass"}), None)
    if subject is None or subject.upos != "NOUN" or subject.index not in members:
        return None
    if subject.lemma.lower() not in _WORDS_NOUNS:
        return None
    owner = _speech_noun_source(sent, subject, members)
    if owner is None:
        return None
    mention = mention_at(site, index, owner)
    return mention if speaker_like(site, mention) else None


def _feeling_object(site: QuoteSite, index: int, verb: Word, members: set[int]) -> Mention | None:
    """« Le résultat déçoit Raymond Tessier, agriculteur, … : »: a verb of feeling whose object is
    the one who feels (:data:`~quoteattr.lang.fr.verbs.OBJECT_EXPERIENCER_VERBS`) introduces that
    one's words; ``None`` for any other verb, or an object that cannot speak."""
    if lemma_of(verb.text, verb.lemma) not in OBJECT_EXPERIENCER_VERBS:
        return None
    sent = site.sentence(index)
    for obj in sent.children(verb):
        if obj.deprel == "obj" and obj.index in members and obj.upos in {"PROPN", "NOUN"}:
            mention = mention_at(site, index, obj)
            return mention if speaker_like(site, mention) else None
    return None


#: Nouns of someone's words that a verb's object may be (« a lu une lettre de Y », « a rappelé la
#: phrase de Y »): the speech and document nouns, and a piece of a text.
_CITED_NOUNS = SPEECH_NOUNS | DOCUMENT_NOUNS | frozenset({"phrase", "extrait", "passage"})


def _cited_source(site: QuoteSite, index: int, verb: Word, members: set[int]) -> Mention | None:
    """« X a cité Y : », « X a lu une lettre de Y : », « X a repris les propos de Y : »: a verb
    whose object is another's words, or the one « citer » quotes, introduces that one's words,
    not its subject's; ``None`` for any other verb, or when that one cannot speak."""
    sent = site.sentence(index)
    before = any(c.deprel.startswith("nsubj") and c.index < verb.index for c in sent.children(verb))
    # the one cited after the verb, which the parser may read as an inverted subject
    after = [c for c in sent.children(verb) if c.index in members and c.index > verb.index]
    objects = [c for c in after if c.deprel == "obj" or (before and c.deprel == "nsubj")]
    lemma = lemma_of(verb.text, verb.lemma)
    for obj in objects:
        if lemma == "citer" and obj.upos in {"PROPN", "NOUN"} and obj.lemma.lower() not in _CITED_NOUNS:
            source: Word | None = obj  # « cite un diplomate : », « a cité Jacques Chirac : »
        elif obj.upos == "NOUN" and obj.lemma.lower() in _CITED_NOUNS and lemma in _RELAYING_VERBS:
            source = _speech_noun_source(sent, obj, members)
        else:
            source = None
        if source is None or fold(source.text) in PLATFORMS:
            continue  # « un post d'Instagram »: where the words were posted, not whose
        if not any(c.deprel == "det:poss" for c in sent.children(obj)):
            mention = mention_at(site, index, source)
            if speaker_like(site, mention):
                return mention
    return None


def _agent_of_judgement(sent: Sentence, members: set[int]) -> Word | None:
    """« Une réponse jugée « inacceptable » par Hervé Castagnède : »: the one « par » names after
    the participle of a verb of saying in a colon's frame, who judged the words and now speaks
    (the parser may hang the name on the noun; a role that can speak, with the name apposed to
    it: « par le maire, Nicolas Sansu »); not after a verb that passes words on (« une réponse
    publiée par Le Monde »); ``None`` when no one follows « par » there."""
    for word in sent:
        if word.index not in members or word.deprel == "flat:name":
            continue
        if word.upos == "NOUN" and speaking_noun(word.lemma.lower()):
            # « par le maire, Nicolas Sansu »: the role, with the name apposed to it if any
            named = next(
                (
                    c
                    for c in sent.children(word)
                    if c.deprel == "appos" and c.upos == "PROPN" and c.index in members
                ),
                None,
            )
        elif word.upos == "PROPN":
            named = word
        else:
            continue
        by = any(c.deprel == "case" and c.text.lower() == "par" for c in sent.children(word))
        judged = any(
            w.index in members
            and w.text.lower().endswith(PARTICIPLE_ENDINGS)
            and lemma_of(w.text, w.lemma) in REPORTING_VERBS - _RELAYING_VERBS
            for w in sent.words[max(0, word.index - 6) : word.index]
        )
        if by and judged:
            return named or word
    return None


#: Verbs that pass on another's words (« une réponse publiée par Le Monde » is not the paper's;
#: « a lu une lettre de Y » gives Y's words), not verbs that answer them (« a commenté la
#: déclaration de Y : » gives the commenter's).
_RELAYING_VERBS = frozenset(
    {
        "publier", "diffuser", "relayer", "rapporter", "citer", "reprendre", "transmettre", "lire",
        "rappeler", "partager", "reproduire", "poster", "afficher", "recevoir", "montrer", "envoyer",
    }
)  # fmt: skip


def _speech_noun_source(sent: Sentence, noun: Word, members: set[int]) -> Word | None:
    """The source a speech noun heading a colon's frame names: « Réplique de la maire : « … » »
    is the mayor's reply, so its speaker is the mayor, never the word « Réplique »."""
    return next((c for c in de_complements(sent, noun) if c.index in members), None)
