"""Which verb a coordinated verb continues, read from the tenses of the verb groups.

After a *que* clause, « et » + a verb may coordinate with the clause's verb or with the speech
verb that governs it; parsers take the nearest (« Elle a assuré qu'aucun poste n'était menacé et
a qualifié l'offre de « … » » hangs « a qualifié » on « était menacé »). French marks the right
one by its tense: the coordinate repeats the tense of the verb group it continues.
"""

from __future__ import annotations

from quoteattr.parse.types import Sentence, Word

__all__ = ["Tense", "coordinated_main_verb", "second_attribute", "tense_of"]

#: A verb group's tense: the finite word's ``Tense`` and ``Mood``, and whether a tense
#: auxiliary makes it compound (« a dit », not « était prévue »).
Tense = tuple[str, str, bool]

_QUE = frozenset({"que", "qu'", "qu’"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})


def tense_of(sent: Sentence, verb: Word) -> Tense | None:
    """The tense of the verb group headed by ``verb``, or ``None`` for an infinitive or a
    participle with no finite auxiliary."""
    children = sent.children(verb)
    compound = any(c.deprel == "aux:tense" for c in children)
    finite = [c for c in children if c.deprel.startswith("aux") and c.feats.get("VerbForm") == "Fin"]
    word = finite[0] if finite else verb
    if word.feats.get("VerbForm") != "Fin":
        return None
    tense = word.feats.get("Tense", "")
    if tense == "Pres" and _imperfect_form(word.text, word.lemma):
        tense = "Imp"  # « qu'il souffrait », which the tagger may call a present
    return tense, word.feats.get("Mood", ""), compound


#: The verbs whose present third person ends in « -ait » (prefixed ones too: « refaire »,
#: « reconnaître », « extraire »), with that present's ending.
_PRESENT_IN_AIT: dict[str, str] = {
    "faire": "fait",
    "savoir": "sait",
    "taire": "tait",
    "plaire": "plait",
    "naître": "nait",
    "paraître": "parait",
    "connaître": "connait",
    "haïr": "hait",
    "traire": "trait",
}


def _imperfect_form(form: str, lemma: str) -> bool:
    """Whether the finite ``form`` of ``lemma`` can only be an imperfect or a conditional, never
    a present: a third person in « -ait » / « -aient » (« souffrait », « disait », « serait »),
    not the present of a verb in :data:`_PRESENT_IN_AIT` (« fait », « sait », « reconnaît »).

    >>> _imperfect_form("souffrait", "souffrir"), _imperfect_form("refait", "refaire")
    (True, False)
    >>> _imperfect_form("faisait", "faire"), _imperfect_form("aient", "avoir")
    (True, False)
    """
    form = form.lower().replace("î", "i")
    if form.endswith("aient"):
        return len(form) > 5  # « aient » is a subjunctive of « avoir »
    if not form.endswith("ait"):
        return False
    lemma = lemma.lower()
    return not any(lemma.endswith(verb) and form.endswith(ending) for verb, ending in _PRESENT_IN_AIT.items())


def second_attribute(participle: Word, clause: Word) -> bool:
    """Whether a bare ``participle`` coordinated to ``clause``, an adjective or a noun (a
    predicate), is a second attribute of the clause's subject: it agrees with it in a marked
    number or gender, plural or feminine (« étaient prêts et organisés », « était prête et
    décidée »); a participle that continues a speech verb with « avoir » stays masculine singular
    (« a déclaré que la situation était grave et demandé … »)."""
    if clause.upos not in {"ADJ", "NOUN"}:
        return False
    marked = [f for f, v in (("Number", "Plur"), ("Gender", "Fem")) if participle.feats.get(f) == v]
    return bool(marked) and all(clause.feats.get(f) == participle.feats.get(f) for f in marked)


def coordinated_main_verb(sent: Sentence, verb: Word) -> Word | None:
    """The speech verb that ``verb``, parsed as a coordinate inside its *que* clause, really
    continues: « a assuré qu'aucun poste n'était menacé et a qualifié … » → « a assuré ».

    ``verb`` must be a ``conj`` with no subject of its own, on the head of a clause opened by
    *que*, whose governor has the same tense as ``verb`` while the clause has another one; a
    past participle with no auxiliary continues a compound governor when the clause's verb is not
    compound (« a déclaré que … faisait peur et demandé que … »). ``None`` otherwise: « a dit
    qu'il viendrait et qu'il parlerait » stays inside.
    """
    if verb.deprel != "conj" or verb.head < 0:
        return None
    if any(c.deprel in _SUBJECTS for c in sent.children(verb)):
        return None
    clause = sent[verb.head]
    if clause.head < 0 or not any(
        c.deprel == "mark" and c.text.lower() in _QUE for c in sent.children(clause)
    ):
        return None
    main = sent[clause.head]
    own = tense_of(sent, verb)
    if own is None and _bare_participle(sent, verb):
        if second_attribute(verb, clause):
            return None  # « a déclaré que les habitants étaient prêts et organisés »
        # « a déclaré que … faisait peur et demandé que … »: a past participle with no auxiliary
        # of its own shares the auxiliary of the compound verb it continues, never a simple tense
        main_tense, clause_tense = tense_of(sent, main), tense_of(sent, clause)
        compound = main_tense is not None and main_tense[2]
        return main if compound and not (clause_tense is not None and clause_tense[2]) else None
    if own is None or own != tense_of(sent, main) or own == tense_of(sent, clause):
        return None
    return main


def _bare_participle(sent: Sentence, verb: Word) -> bool:
    """Whether ``verb`` is a past participle with no auxiliary of its own (« et demandé »)."""
    participle = verb.feats.get("VerbForm") == "Part" and verb.text.lower().endswith(_PAST_ENDINGS)
    return participle and not any(c.deprel.startswith("aux") for c in sent.children(verb))


#: The endings of a past participle (« demandé », « promis », « dit », « ouvert », « reçu »).
_PAST_ENDINGS = ("é", "ée", "és", "ées", "i", "is", "ie", "it", "u", "us", "ue", "ert", "ort")
