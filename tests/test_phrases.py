"""Source noun phrases built from a head word, on hand-built parses (no model)."""

from __future__ import annotations

from hand_parse import parse

from quoteattr.attribute.mentions import MentionKind
from quoteattr.attribute.phrases import mention_from

ELECTED = """
Le le DET 1 det
président président NOUN 6 nsubj
élu élire VERB 1 amod VerbForm=Part Tense=Past
Donald Donald PROPN 2 dep
Trump Trump PROPN 3 flat:name
a avoir AUX 6 aux:tense
annoncé annoncer VERB -1 root VerbForm=Part
la le DET 8 det
mesure mesure NOUN 6 obj
. . PUNCT 6 punct
"""


def test_an_adjectival_participle_keeps_the_name_the_parser_hung_on_it() -> None:
    text = "Le président élu Donald Trump a annoncé la mesure."
    sent = parse(text, ELECTED).sentences[0]
    mention = mention_from(sent, 0, sent[1], text)
    assert mention.span.text == "Le président élu Donald Trump"
    assert mention.kind is MentionKind.NAME


def test_a_participle_with_an_object_is_no_part_of_the_phrase() -> None:
    text = "Le président ayant signé la loi a annoncé la mesure."
    table = """
Le le DET 1 det
président président NOUN 7 nsubj
ayant avoir AUX 3 aux:tense VerbForm=Part Tense=Pres
signé signer VERB 1 amod VerbForm=Part Tense=Past
la le DET 5 det
loi loi NOUN 3 obj
a avoir AUX 7 aux:tense
annoncé annoncer VERB -1 root VerbForm=Part
la le DET 9 det
mesure mesure NOUN 7 obj
. . PUNCT 7 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).span.text == "Le président"


def test_ce_dernier_is_an_anaphor_not_a_description() -> None:
    text = "Ce dernier a annoncé la mesure."
    table = """
Ce ce DET 1 det
dernier dernier ADJ 3 nsubj
a avoir AUX 3 aux:tense
annoncé annoncer VERB -1 root VerbForm=Part
la le DET 5 det
mesure mesure NOUN 3 obj
. . PUNCT 3 punct
"""
    sent = parse(text, table).sentences[0]
    mention = mention_from(sent, 0, sent[1], text)
    assert (mention.span.text, mention.kind) == ("Ce dernier", MentionKind.PRONOUN)


def test_l_interesse_is_an_anaphor() -> None:
    text = "L'intéressé a démenti."
    table = """
L' le DET 1 det
intéressé intéressé NOUN 3 nsubj
a avoir AUX 3 aux:tense
démenti démentir VERB -1 root VerbForm=Part
. . PUNCT 3 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).kind is MentionKind.PRONOUN
