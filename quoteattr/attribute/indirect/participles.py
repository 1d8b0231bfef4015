"""The subject of a speech verb in the present participle: the main clause's, as French grammar has it.

A participle set off from its clause (« Soulignant que le projet était prêt, la maire a demandé
le vote », « La société a reporté la livraison, affirmant n'avoir reçu que la moitié des pièces »)
has no subject of its own: it shares the one of the finite verb it is set beside (Grevisse,
*Le Bon Usage*, § 911, the « participe en apposition »). The parser often hangs such a
participle elsewhere (the sentence's root, with the main clause under it; an auxiliary of the
reported infinitive), so both the end of a fronted participle's clause and the subject are read
from the word order: the main clause opens at the last comma after which a noun phrase or a
pronoun and a finite verb follow.
"""

from __future__ import annotations

from quoteattr.lang.fr.pronouns import PREVERBAL_WORDS
from quoteattr.parse.types import Sentence, Word

__all__ = ["fronted_participle", "main_clause_after", "main_clause_comma", "participle_subject"]

#: Words a subject may hold before its verb: a determiner, an adjective, a noun, a name, a
#: pronoun, a number, « de » and its article for a complement (« la maire de la ville »).
_SUBJECT_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "ADP"})
#: The longest subject read before the main clause's verb, in words.
_SUBJECT_WORDS = 8


def _present_participle(word: Word) -> bool:
    """A verb form in « -ant » (« soulignant », « affirmant »), however the tagger read it."""
    return word.upos in {"VERB", "AUX"} and word.text.lower().endswith("ant") and len(word.text) > 4


def fronted_participle(sent: Sentence, verb: Word) -> bool:
    """Whether ``verb`` is a present participle that opens its sentence (after an opening mark
    or a dash at most): « Soulignant que …, la maire a … »."""
    if not _present_participle(verb):
        return False
    return all(w.upos == "PUNCT" for w in sent.words[: verb.index])


def _finite_after_subject(sent: Sentence, i: int) -> Word | None:
    """The subject's head of a clause that opens at word ``i`` with a noun phrase or a pronoun
    and goes on with a finite verb, or ``None``."""
    head: Word | None = None
    j = i
    while j < len(sent) and j - i < _SUBJECT_WORDS and sent[j].upos in _SUBJECT_TAGS:
        if sent[j].upos in {"NOUN", "PROPN", "PRON"} and head is None:
            head = sent[j]
        if sent[j].text.lower() in PREVERBAL_WORDS and head is not None:
            break
        j += 1
    while j < len(sent) and sent[j].text.lower() in PREVERBAL_WORDS:
        j += 1
    if head is None or j >= len(sent) or sent[j].upos not in {"VERB", "AUX"}:
        return None
    return head if sent[j].feats.get("VerbForm") == "Fin" else None


def main_clause_after(sent: Sentence, i: int) -> bool:
    """Whether a clause with its own subject and finite verb opens at word ``i``."""
    return _finite_after_subject(sent, i) is not None


def main_clause_comma(sent: Sentence, verb: Word) -> Word | None:
    """The comma after a fronted participle's clause where the main clause opens: the last one
    after ``verb`` followed by a subject and its finite verb (a phrase set off inside the reported
    clause, « selon la loi, », comes before it)."""
    found = None
    for word in sent.words[verb.index + 1 :]:
        if word.text == "," and _finite_after_subject(sent, word.index + 1) is not None:
            found = word
    return found


def participle_subject(sent: Sentence, verb: Word) -> Word | None:
    """The subject a present participle set off from its clause shares: for a fronted one, the
    subject of the main clause after it; for one after a comma, the subject of the finite verb
    whose clause it closes (« La société a reporté la livraison, affirmant … » → « société »).
    ``None`` for any other verb, or when no such subject stands in the sentence."""
    if not _present_participle(verb):
        return None
    if fronted_participle(sent, verb):
        comma = main_clause_comma(sent, verb)
        return None if comma is None else _finite_after_subject(sent, comma.index + 1)
    if verb.index == 0 or sent[verb.index - 1].text != ",":
        return None
    subjects = [
        w
        for w in sent.words[: verb.index - 1]
        if w.deprel in {"nsubj", "nsubj:pass"}
        and (head := sent.head_of(w)) is not None
        and not head.deprel.startswith(("acl", "advcl", "ccomp", "xcomp"))
    ]
    return subjects[-1] if subjects else None
