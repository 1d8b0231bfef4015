"""The finder of a clause a speech noun reports, :func:`noun_clause` (« l'annonce que … », « la
déclaration selon laquelle … », « un rapport selon lequel … »): the source is the noun's possessor
or its verb, or the document itself.
"""

from __future__ import annotations

from quoteattr.attribute.indirect.common import _RELATIVES, Found, _Context, _preposition_source, _span_of
from quoteattr.attribute.rules import governing_verb
from quoteattr.lang.fr.cues import DOCUMENT_NOUNS
from quoteattr.lang.fr.indirect import CLAUSE_NOUNS, DENYING_VERBS, QUE_FORMS
from quoteattr.lang.fr.verbs import lemma_of
from quoteattr.parse.types import Sentence, Word

__all__ = ["noun_clause"]


def _marker(sent: Sentence, clause: Word) -> Word | None:
    """The subordinator that opens ``clause`` ("que", "si", "de"), if it comes before it."""
    for child in sent.children(clause):
        if child.deprel == "mark" and child.start < clause.start:
            return child
    return None


def _subject_before(sent: Sentence, clause: Word) -> bool:
    """Whether ``clause`` has its subject before its verb, as a clause after « que » does (« l'annonce
    que le site fermera »); « une version que conteste un pêcheur », the subject after the verb,
    is a relative's, whose « que » is the noun's object, whatever its tag."""
    return any(c.deprel.startswith("nsubj") and c.index < clause.index for c in sent.children(clause))


def _object_before(sent: Sentence, clause: Word) -> bool:
    """Whether ``clause`` is a past participle with « avoir » that agrees with an object before
    it (« une information que la direction a qualifiée de rumeur »: feminine, so its object came
    first, the relative « que »), with no object clitic of its own to agree with (« l'annonce que
    la ministre l'a reçue »): a relative on the noun, not what the noun reports."""
    if clause.feats.get("VerbForm") != "Part" or not clause.text.lower().endswith(_AGREED_ENDINGS):
        return False
    children = sent.children(clause)
    if not any(c.deprel.startswith("aux") and c.lemma.lower() == "avoir" for c in children):
        return False
    return not any(c.text.lower() in _OBJECT_CLITICS and c.index < clause.index for c in children)


#: Endings of a past participle that agrees with a feminine or a plural object: « qualifiée »,
#: « démenties », « reçue », « écrite », « promise ».
_AGREED_ENDINGS = ("ée", "ées", "és", "ie", "ies", "ue", "ues", "ite", "ites", "ise", "ises")
#: Object clitics a participle may agree with before its auxiliary.
_OBJECT_CLITICS = frozenset({"la", "l'", "l’", "les", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})


def _denied(sent: Sentence, noun: Word) -> bool:
    """Whether ``noun`` is the object of a verb of denial (« réfuter l'affirmation selon
    laquelle … », « dément l'idée que … »: :data:`DENYING_VERBS`)."""
    if noun.deprel != "obj" or noun.head < 0:
        return False
    verb = sent[noun.head]
    return lemma_of(verb.text, verb.lemma) in DENYING_VERBS


def noun_clause(ctx: _Context, index: int) -> list[Found]:
    """l'annonce que … / la déclaration selon laquelle … (the source: the noun's possessor or its verb)."""
    sent = ctx.doc.sentences[index]
    found: list[Found] = []
    for noun in sent:
        lemma = noun.lemma.lower()
        if noun.upos != "NOUN" or lemma not in CLAUSE_NOUNS | DOCUMENT_NOUNS or ctx.in_quote(noun):
            continue
        for child in sent.children(noun):
            if child.deprel not in {"acl", "acl:relcl", "ccomp"} or child.start < noun.start:
                continue
            marker = _marker(sent, child)
            words = sent.subtree(child)
            relative = [w for w in words if w.text.lower() in _RELATIVES and w.index <= child.index]
            selon = relative and relative[0].index > 0 and sent[relative[0].index - 1].text.lower() == "selon"
            if selon:
                words = tuple(w for w in words if w.index > relative[0].index)
            elif (
                marker is not None
                and marker.text.lower() in QUE_FORMS
                and marker.upos == "SCONJ"
                and lemma in CLAUSE_NOUNS
                and _subject_before(sent, child)
                and not _object_before(sent, child)
            ):
                words = tuple(w for w in words if w is not marker)
            else:
                continue
            span = _span_of(ctx, words)
            if span is None or ctx.wholly_quoted(span):
                continue
            if lemma in CLAUSE_NOUNS and _denied(sent, noun):
                # « a réfuté l'affirmation selon laquelle … »: the claim is another's, whom the
                # sentence does not name; the one who denies it is no source of it
                attribution = None
            elif lemma in CLAUSE_NOUNS:
                attribution = governing_verb(ctx.site(span))
            else:
                # « un rapport selon lequel … »: the document says it
                attribution = _preposition_source(ctx, index, noun, "selon", sent[relative[0].index - 1])
            found.append(Found(index, span, "indirect_noun", attribution))
    return found
