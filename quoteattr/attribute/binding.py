"""Who a subject pronoun cannot be: the people named inside its own clause.

A fact of French syntax (binding, "principle C"): a name that the subject pronoun's clause
contains is never that pronoun. In « Il est allé consoler Pritchard », *il* is not Pritchard; in
« Après avoir qualifié Delmas de naïf, il annonce … », whoever qualified Delmas is *il*, so
*il* is not Delmas; in « Il a dit que Marie viendrait », *il* is not Marie.

An incise's pronoun is not the name that opens the clause it interrupts either: in « Jean
Méry, expliquait-il, lui avait mis … » someone speaks of Méry.

Two parts of the clause are left out, where a name can be the pronoun: a fronted clause with a
subject of its own (« Quand Jean est arrivé, il a parlé ») and a fronted source phrase (« Selon
Marie, elle viendra »). Everything here reads the dependency parse; without one nothing is ruled out.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr.attribute.mentions import Mention
from quoteattr.attribute.names import fold
from quoteattr.lang.fr.verbs import ACCUSING_VERBS, lemma_of
from quoteattr.parse.types import ParsedDoc, Sentence, Word

__all__ = ["names_bound_out", "ruled_out"]

_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
_NAME_LINKS = frozenset({"flat", "flat:name"})
#: Prepositions of a fronted phrase that gives a source (« Selon Marie, elle … ») or the topic
#: the pronoun takes up (« Quant à Marie, elle … »).
_SOURCE_CASES = frozenset({"selon", "d'après", "d’après", "pour", "quant"})


def names_bound_out(doc: ParsedDoc | None, mention: Mention) -> tuple[tuple[str, ...], ...]:
    """The names (folded words) in the clause of the subject pronoun ``mention``: none of them is
    what the pronoun stands for. Empty when there is no parse or the mention is no subject."""
    if doc is None or not 0 <= mention.sentence < len(doc.sentences) or len(mention.words) != 1:
        return ()
    sent = doc.sentences[mention.sentence]
    pronoun = sent.words[mention.words[0]] if mention.words[0] < len(sent.words) else None
    if pronoun is not None and pronoun.text.startswith("-"):
        interrupted = _interrupted_subject(sent, pronoun) or _accused(sent, pronoun)
        if interrupted:
            return _name_runs(sent, interrupted)
    if pronoun is None or pronoun.deprel not in _SUBJECTS or pronoun.head < 0:
        return ()
    verb = sent.words[pronoun.head]
    inside: list[Word] = []
    for child in sent.children(verb):
        if child.index == pronoun.index or (child.start < pronoun.start and _own_ground(sent, child)):
            continue
        inside.extend(sent.subtree(child))
    return _name_runs(sent, inside)


def _interrupted_subject(sent: Sentence, pronoun: Word) -> list[Word]:
    """The name an incise interrupts, when it opens the sentence: in « Jean Méry, expliquait-il,
    lui avait mis le couteau sous la gorge », *il* talks about Méry and is not him. The words
    from the sentence's start to the comma before the incise's verb, all parts of a name."""
    verb = pronoun.index - 1
    if verb < 2 or sent.words[verb - 1].text != ",":
        return []
    before = sent.words[: verb - 1]
    if not all(w.upos == "PROPN" or (w.text[:1].isupper() and w.upos in {"NOUN", "X"}) for w in before):
        return []
    return [w if w.upos == "PROPN" else attrs.evolve(w, upos="PROPN") for w in before]


def _accused(sent: Sentence, pronoun: Word) -> list[Word]:
    """The names the clause before an incise of accusation makes its subject: in « Valdor a « dit
    non à tout », a-t-il accusé », someone accuses Valdor and is not it (one accuses
    another, :data:`~quoteattr.lang.fr.verbs.ACCUSING_VERBS`). Each name subject of a verb
    before the incise's, with its parts."""
    if pronoun.head < 0:
        return []
    verb = sent.words[pronoun.head]
    if fold(lemma_of(verb.text, verb.lemma)) not in _ACCUSING:
        return []
    found: list[Word] = []
    for word in sent.words:
        if word.start >= verb.start or word.deprel not in _SUBJECTS or word.upos != "PROPN":
            continue
        found.append(word)
        found.extend(c for c in sent.children(word) if c.deprel in _NAME_LINKS)
    return found


#: :data:`~quoteattr.lang.fr.verbs.ACCUSING_VERBS`, folded as lemmas are compared here.
_ACCUSING = frozenset(fold(verb) for verb in ACCUSING_VERBS)


def ruled_out(tokens: Sequence[str], bound: Sequence[tuple[str, ...]]) -> bool:
    """Whether a name (its words) is one of the ``bound`` names: the same person, written in
    full or by the surname (« Owen Pritchard » / « Pritchard »)."""
    folded = tuple(fold(t) for t in tokens)
    if not folded:
        return False
    for name in bound:
        shorter, longer = sorted((folded, name), key=len)
        if longer[len(longer) - len(shorter) :] == shorter:
            return True
    return False


def _own_ground(sent: Sentence, child: Word) -> bool:
    """A fronted part of the clause where a name may still be the pronoun: a clause with its
    own subject, or a phrase opened by « selon », « d'après », « pour », « quant à »."""
    if any(c.deprel in _SUBJECTS for c in sent.children(child)):
        return True
    cases = [c for c in sent.children(child) if c.deprel == "case"]
    return bool(cases) and fold(cases[0].text) in _SOURCE_CASES


def _name_runs(sent: Sentence, words: Sequence[Word]) -> tuple[tuple[str, ...], ...]:
    """The proper names among ``words``: each head with its flat parts, as folded words."""
    chosen = {w.index for w in words}
    runs = []
    for word in words:
        if word.upos != "PROPN" or word.deprel in _NAME_LINKS:
            continue
        parts = [word] + [c for c in sent.children(word) if c.deprel in _NAME_LINKS and c.index in chosen]
        runs.append(tuple(fold(w.text) for w in sorted(parts, key=lambda w: w.index)))
    return tuple(runs)
