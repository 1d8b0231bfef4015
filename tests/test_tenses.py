"""Which verb a coordinate continues, on hand-built parses of invented sentences."""

from __future__ import annotations

from hand_parse import parse

from quoteattr.attribute.rules import governing_verb
from quoteattr.attribute.site import locate
from quoteattr.attribute.tenses import coordinated_main_verb, tense_of
from quoteattr.marks import find_quotations

# « a qualifié » repeats the tense of « a assuré », not of « était prévue »: the parser hung it
# inside the que clause all the same
ASSURED = "Elle a assuré qu'aucun poste n'était menacé et a qualifié l'offre de « généreuse »."
ASSURED_TABLE = """
Elle il PRON 2 nsubj
a avoir AUX 2 aux:tense Tense=Pres Mood=Ind
assuré assurer VERB -1 root VerbForm=Part
qu' que SCONJ 8 mark
aucun aucun DET 5 det
poste poste NOUN 8 nsubj:pass
n' ne ADV 8 advmod
était être AUX 8 aux:pass Tense=Imp Mood=Ind
menacé menacer VERB 2 ccomp VerbForm=Part
et et CCONJ 11 cc
a avoir AUX 11 aux:tense Tense=Pres Mood=Ind
qualifié qualifier VERB 8 conj VerbForm=Part
l' le DET 13 det
offre offre NOUN 11 obj
de de ADP 16 case
« « PUNCT 16 punct
généreuse généreux ADJ 13 nmod
» » PUNCT 16 punct
. . PUNCT 2 punct
"""


def test_a_coordinate_in_the_speech_verbs_tense_continues_the_speech_verb() -> None:
    doc = parse(ASSURED, ASSURED_TABLE)
    sent = doc.sentences[0]
    assert tense_of(sent, sent[11]) == ("Pres", "Ind", True)
    assert tense_of(sent, sent[8]) == ("Imp", "Ind", False)
    assert coordinated_main_verb(sent, sent[11]) is sent[2]


def test_the_coordinate_takes_the_speech_verbs_subject() -> None:
    doc = parse(ASSURED, ASSURED_TABLE)
    quotes = find_quotations(ASSURED).quotes
    found = governing_verb(locate(quotes[0], doc, quotes))
    assert found is not None
    assert found.mention is not None
    assert found.mention.span.text_in(ASSURED) == "Elle"  # not « aucun poste »


def test_a_coordinate_in_the_clauses_tense_stays_inside() -> None:
    text = "Il a dit que le soldat a été blessé et a été soigné."
    doc = parse(
        text,
        """
        Il il PRON 2 nsubj
        a avoir AUX 2 aux:tense Tense=Pres Mood=Ind
        dit dire VERB -1 root VerbForm=Part
        que que SCONJ 8 mark
        le le DET 5 det
        soldat soldat NOUN 8 nsubj:pass
        a avoir AUX 8 aux:tense Tense=Pres Mood=Ind
        été être AUX 8 aux:pass VerbForm=Part
        blessé blesser VERB 2 ccomp VerbForm=Part
        et et CCONJ 12 cc
        a avoir AUX 12 aux:tense Tense=Pres Mood=Ind
        été être AUX 12 aux:pass VerbForm=Part
        soigné soigner VERB 8 conj VerbForm=Part
        . . PUNCT 2 punct
        """,
    )
    sent = doc.sentences[0]
    assert coordinated_main_verb(sent, sent[12]) is None


# the tagger called « souffrait » a present, as « affirme » and « dénonce » are: its ending says
# it is an imperfect, so « dénonce » continues « affirme »
SUFFERED = "Son avocate affirme qu'il souffrait d'un malaise et dénonce un « lynchage »."
SUFFERED_TABLE = """
Son son DET 1 det
avocate avocat NOUN 2 nsubj
affirme affirmer VERB -1 root Tense=Pres Mood=Ind
qu' que SCONJ 5 mark
il il PRON 5 nsubj
souffrait souffrir VERB 2 ccomp Tense=Pres Mood=Ind
d' de ADP 8 case
un un DET 8 det
malaise malaise NOUN 5 obl:arg
et et CCONJ 10 cc
dénonce dénoncer VERB 5 conj Tense=Pres Mood=Ind
un un DET 13 det
« « PUNCT 13 punct
lynchage lynchage NOUN 10 obj
» » PUNCT 13 punct
. . PUNCT 2 punct
"""


def test_an_imperfect_the_tagger_called_a_present_is_read_from_its_ending() -> None:
    sent = parse(SUFFERED, SUFFERED_TABLE).sentences[0]
    assert tense_of(sent, sent[5]) == ("Imp", "Ind", False)
    assert coordinated_main_verb(sent, sent[10]) is sent[2]


def test_a_present_in_ait_stays_a_present() -> None:
    # « il fait » is a present: « refuse » then coordinates inside the clause, as parsed
    text = "Elle affirme qu'il fait son travail et refuse tout « compromis »."
    sent = parse(
        text,
        """
        Elle il PRON 1 nsubj
        affirme affirmer VERB -1 root Tense=Pres Mood=Ind
        qu' que SCONJ 4 mark
        il il PRON 4 nsubj
        fait faire VERB 1 ccomp Tense=Pres Mood=Ind
        son son DET 6 det
        travail travail NOUN 4 obj
        et et CCONJ 8 cc
        refuse refuser VERB 4 conj Tense=Pres Mood=Ind
        tout tout DET 11 det
        « « PUNCT 11 punct
        compromis compromis NOUN 8 obj
        » » PUNCT 11 punct
        . . PUNCT 1 punct
        """,
    ).sentences[0]
    assert tense_of(sent, sent[4]) == ("Pres", "Ind", False)
    assert coordinated_main_verb(sent, sent[8]) is None


# « demandé » has no auxiliary of its own: it shares the one of « a déclaré », not the clause's
# simple tense
DECLARED = "Le sénateur a déclaré que la mesure faisait peur et demandé qu'elle soit revue."
DECLARED_TABLE = """
Le le DET 1 det
sénateur sénateur NOUN 3 nsubj
a avoir AUX 3 aux:tense Tense=Pres Mood=Ind
déclaré déclarer VERB -1 root VerbForm=Part
que que SCONJ 7 mark
la le DET 6 det
mesure mesure NOUN 7 nsubj
faisait faire VERB 3 ccomp Tense=Imp Mood=Ind VerbForm=Fin
peur peur NOUN 7 obj
et et CCONJ 10 cc
demandé demander VERB 7 conj VerbForm=Part
qu' que SCONJ 14 mark
elle il PRON 14 nsubj:pass
soit être AUX 14 aux:pass Tense=Pres Mood=Sub VerbForm=Fin
revue revoir VERB 10 ccomp VerbForm=Part
. . PUNCT 3 punct
"""


def test_a_bare_participle_continues_the_compound_speech_verb() -> None:
    sent = parse(DECLARED, DECLARED_TABLE).sentences[0]
    assert coordinated_main_verb(sent, sent[10]) is sent[3]


def test_a_bare_participle_after_a_compound_clause_stays_inside() -> None:
    # « avait fait peur et demandé »: the participle may share the clause's own auxiliary
    text = "Le sénateur a déclaré que la mesure avait fait peur et demandé des moyens."
    table = """
    Le le DET 1 det
    sénateur sénateur NOUN 3 nsubj
    a avoir AUX 3 aux:tense Tense=Pres Mood=Ind
    déclaré déclarer VERB -1 root VerbForm=Part
    que que SCONJ 8 mark
    la le DET 6 det
    mesure mesure NOUN 8 nsubj
    avait avoir AUX 8 aux:tense Tense=Imp Mood=Ind VerbForm=Fin
    fait faire VERB 3 ccomp VerbForm=Part
    peur peur NOUN 8 obj
    et et CCONJ 11 cc
    demandé demander VERB 8 conj VerbForm=Part
    des un DET 13 det
    moyens moyen NOUN 11 obj
    . . PUNCT 3 punct
    """
    sent = parse(text, "\n".join(line.strip() for line in table.strip().splitlines())).sentences[0]
    assert coordinated_main_verb(sent, sent[11]) is None
