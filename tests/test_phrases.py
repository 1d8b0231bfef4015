"""Source noun phrases built from a head word, on hand-built parses (no model)."""

from __future__ import annotations

import pytest
from hand_parse import parse

from quoteattr.attribute.mentions import MentionKind
from quoteattr.attribute.phrases import _adjectival_participle, _title_end, mention_from, surface_subject
from quoteattr.attribute.resolve_rules import parse_name_phrase

ELECTED = """
Le le DET 1 det
président président NOUN 6 nsubj
élu élire VERB 1 amod VerbForm=Part Tense=Past
Marc Marc PROPN 2 dep
Valette Valette PROPN 3 flat:name
a avoir AUX 6 aux:tense
annoncé annoncer VERB -1 root VerbForm=Part
la le DET 8 det
mesure mesure NOUN 6 obj
. . PUNCT 6 punct
"""


def test_an_adjectival_participle_keeps_the_name_the_parser_hung_on_it() -> None:
    text = "Le président élu Marc Valette a annoncé la mesure."
    sent = parse(text, ELECTED).sentences[0]
    mention = mention_from(sent, 0, sent[1], text)
    assert mention.span.text == "Le président élu Marc Valette"
    assert mention.kind is MentionKind.NAME


#: « Selon le rapport, publié mardi par la Cour des comptes, … », parsed as spaCy does: the date
#: on the participle, which the phrase leaves to the verb, cuts it after « publié ».
PUBLISHED = """
Selon selon ADP 2 case
le le DET 2 det
rapport rapport NOUN 16 obl:mod
, , PUNCT 2 punct
publié publier VERB 2 acl VerbForm=Part Tense=Past
mardi mardi NOUN 4 obl:mod
par par ADP 8 case
la le DET 8 det
Cour Cour NOUN 4 obl:agent
des de ADP 10 case
comptes compte NOUN 8 nmod
, , PUNCT 16 punct
les le DET 13 det
dépenses dépense NOUN 16 nsubj
ont avoir AUX 16 aux:tense
dérapé déraper VERB -1 root VerbForm=Part
. . PUNCT 16 punct
"""


def test_a_participle_set_off_and_cut_from_its_complements_is_left_out() -> None:
    text = "Selon le rapport, publié mardi par la Cour des comptes, les dépenses ont dérapé."
    sent = parse(text, PUBLISHED).sentences[0]
    mention = mention_from(sent, 0, sent[2], text)
    assert mention.span.text == "le rapport"  # not « le rapport, publié »


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


EN_ASIDE = """
Le le DET 1 det
ministre ministre NOUN 11 nsubj
de de ADP 4 case
l' le DET 4 det
Agriculture agriculture NOUN 1 nmod
, , PUNCT 1 punct
en en ADP 7 case
déplacement déplacement NOUN 1 nmod
lundi lundi NOUN 7 nmod
, , PUNCT 11 punct
a avoir AUX 11 aux:tense
promis promettre VERB -1 root VerbForm=Part
une un DET 13 det
aide aide NOUN 11 obj
. . PUNCT 11 punct
"""
EN_PART = """
Le le DET 1 det
ministre ministre NOUN 10 nsubj
de de ADP 4 case
l' le DET 4 det
Agriculture agriculture NOUN 1 nmod
en en ADP 6 case
déplacement déplacement NOUN 1 nmod
lundi lundi NOUN 6 nmod
, , PUNCT 10 punct
a avoir AUX 10 aux:tense
promis promettre VERB -1 root VerbForm=Part
une un DET 12 det
aide aide NOUN 10 obj
. . PUNCT 10 punct
"""


@pytest.mark.parametrize(
    ("comma", "table", "phrase"),
    [
        # « en » and a noun set off by a comma: a circumstance of the verb, not the minister's
        (", ", EN_ASIDE, "Le ministre de l'Agriculture"),
        # with no comma, what the person is in, part of the description
        (" ", EN_PART, "Le ministre de l'Agriculture en déplacement lundi"),
    ],
)
def test_an_en_phrase_after_a_comma_is_no_part_of_the_phrase(comma: str, table: str, phrase: str) -> None:
    text = f"Le ministre de l'Agriculture{comma}en déplacement lundi, a promis une aide."
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).span.text == phrase


#: « Un élu, sous couvert d'anonymat, évoque « un dialogue de sourds ». », as spaCy parses it:
#: the aside made a conjunct of the subject.
UNDER_COVER = """
Un un DET 1 det
élu élu NOUN 8 nsubj
, , PUNCT 4 punct
sous sou ADP 4 case
couvert couvert NOUN 1 conj
d' de ADP 6 case
anonymat anonymat NOUN 4 nmod
, , PUNCT 8 punct
évoque évoquer VERB -1 root
« « PUNCT 8 punct
un un DET 11 det
dialogue dialogue NOUN 8 obj
de de ADP 13 case
sourds sourd NOUN 11 nmod
» » PUNCT 8 punct
. . PUNCT 8 punct
"""


def test_a_phrase_of_circumstance_after_a_comma_is_no_part_of_the_subject() -> None:
    # how the words were given, set off by commas: the verb's, not the speaker's
    text = "Un élu, sous couvert d'anonymat, évoque « un dialogue de sourds »."
    sent = parse(text, UNDER_COVER).sentences[0]
    assert mention_from(sent, 0, sent[1], text).span.text == "Un élu"


#: « « Rien n'est joué », a déclaré le maire {prep} {medium}. », as spaCy parses it: where the
#: words were given hung on the speaker's noun.
ON_AIR = """
« « PUNCT 4 punct
Rien rien PRON 4 nsubj
n' ne ADV 4 advmod
est être AUX 4 aux:pass
joué jouer VERB -1 root VerbForm=Part
» » PUNCT 4 punct
, , PUNCT 8 punct
a avoir AUX 8 aux:tense
déclaré déclarer VERB 4 parataxis VerbForm=Part
le le DET 10 det
maire maire NOUN 8 nsubj
{prep} {prep} ADP 12 case
{medium} {medium} PROPN 10 nmod
. . PUNCT 4 punct
"""


@pytest.mark.parametrize(
    ("prep", "medium", "phrase"),
    [
        # a channel after « sur » is where the words were given, the verb's
        ("sur", "franceinfo", "le maire"),
        # must not: a place after « sur » may tell the speaker apart (« le maire sur Loire »)
        ("sur", "Loire", "le maire sur Loire"),
    ],
)
def test_a_channel_the_words_were_given_on_is_no_part_of_the_speaker(
    prep: str, medium: str, phrase: str
) -> None:
    text = f"« Rien n'est joué », a déclaré le maire {prep} {medium}."
    sent = parse(text, ON_AIR.format(prep=prep, medium=medium)).sentences[0]
    assert mention_from(sent, 0, sent[10], text).span.text == phrase


# spaCy's parse of this sentence: the fronted « Dans un communiqué » hung on the subject, and
# « Santé » read as a participle of it
FRONTED_MISREAD = """
Dans dans ADP 2 case
un un DET 2 det
communiqué communiqué NOUN 4 nmod
, , PUNCT 4 punct
Avelis aveli NOUN 7 nsubj
Santé santer VERB 4 nmod VerbForm=Part Tense=Past
a avoir AUX 7 aux:tense
assuré assurer VERB -1 root VerbForm=Part
avoir avoir AUX 7 xcomp VerbForm=Inf
tout tout PRON 8 obj
réformé réformer VERB 8 xcomp VerbForm=Part
. . PUNCT 7 punct
"""


def test_a_fronted_phrase_is_not_the_subject_s_and_a_capitalised_word_after_a_name_is_its() -> None:
    text = "Dans un communiqué, Avelis Santé a assuré avoir tout réformé."
    sent = parse(text, FRONTED_MISREAD).sentences[0]
    assert mention_from(sent, 0, sent[4], text).span.text == "Avelis Santé"


def test_a_participle_in_small_letters_after_a_name_stays_out() -> None:
    # « Nadia Roux, ravie » aside, a lowercase participle hung on a name is no part of it
    text = "Dans un communiqué, Avelis signé a assuré avoir tout réformé."
    sent = parse(text, FRONTED_MISREAD.replace("Santé santer", "signé signer")).sentences[0]
    assert mention_from(sent, 0, sent[4], text).span.text == "Avelis"


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


def test_ce_dernier_is_an_anaphor_when_the_parse_hangs_ce_on_the_verb() -> None:
    text = "Pourtant, ce dernier propose un vote."
    table = """
Pourtant pourtant ADV 4 advmod
, , PUNCT 4 punct
ce ce DET 4 det
dernier dernier ADJ 4 amod
propose proposer VERB -1 root
un un DET 6 det
vote vote NOUN 4 obj
. . PUNCT 4 punct
"""
    sent = parse(text, table).sentences[0]
    mention = mention_from(sent, 0, sent[3], text)
    assert (mention.span.text, mention.kind) == ("ce dernier", MentionKind.PRONOUN)


@pytest.mark.parametrize(("noun", "subject"), [("numéro", "Le numéro un chilien"), ("voisin", "un chilien")])
def test_the_rank_after_numero_is_the_leader_s_phrase(noun: str, subject: str) -> None:
    # « Le numéro un chilien a affirmé », parsed with « un chilien » the subject and
    # « numéro » an oblique: the leader; any other noun before « un » keeps the phrase as parsed
    text = f"Le {noun} un chilien a affirmé la mesure."
    table = f"""
Le le DET 1 det
{noun} {noun} NOUN 5 obl:mod
un un DET 3 det
chilien chilien NOUN 5 nsubj
a avoir AUX 5 aux:tense
affirmé affirmer VERB -1 root VerbForm=Part
la le DET 7 det
mesure mesure NOUN 5 obj
. . PUNCT 5 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[3], text).span.text == subject


def test_dernier_with_no_demonstrative_before_it_stays_a_description() -> None:
    text = "Le dernier propose un vote."
    table = """
Le le DET 1 det
dernier dernier ADJ 2 nsubj
propose proposer VERB -1 root
un un DET 4 det
vote vote NOUN 2 obj
. . PUNCT 2 punct
"""
    sent = parse(text, table).sentences[0]
    mention = mention_from(sent, 0, sent[1], text)
    assert (mention.span.text, mention.kind) == ("Le dernier", MentionKind.DESCRIPTION)


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


def test_a_speech_verb_glued_to_a_name_is_no_part_of_it() -> None:
    text = "Le Vatican riposte en réaffirmant sa confiance."
    table = """
Le le DET 1 det
Vatican Vatican PROPN -1 root
riposte riposte NOUN 1 flat:name
en en ADP 4 mark
réaffirmant réaffirmer VERB 1 acl VerbForm=Part Tense=Pres
sa son DET 6 det
confiance confiance NOUN 4 obj
. . PUNCT 1 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).span.text == "Le Vatican"


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        # words do not speak, their owner does
        ("propos", "Marie Durand"),
        # must not: a document speaks for itself (its issuer is found later)
        ("communiqué", "le communiqué de Marie Durand"),
    ],
)
def test_a_relative_after_someones_words_speaks_for_their_owner(noun: str, expected: str) -> None:
    text = f"Il a dénoncé le {noun} de Marie Durand, qui avait évoqué une trahison."
    table = f"""
Il il PRON 2 nsubj
a avoir AUX 2 aux:tense
dénoncé dénoncer VERB -1 root
le le DET 4 det
{noun} {noun} NOUN 2 obj
de de ADP 6 case
Marie Marie PROPN 4 nmod
Durand Durand PROPN 6 flat:name
, , PUNCT 11 punct
qui qui PRON 11 nsubj
avait avoir AUX 11 aux:tense
évoqué évoquer VERB 4 acl:relcl
une un DET 13 det
trahison trahison NOUN 11 obj
. . PUNCT 2 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[9], text).span.text == expected


def test_a_relative_that_speaks_is_not_the_place_the_parser_hung_it_on() -> None:
    text = "Le chef de mission pour la Syrie qui estime que la frappe est délibérée."
    table = """
Le le DET 1 det
chef chef NOUN -1 root
de de ADP 3 case
mission mission NOUN 1 nmod
pour pour ADP 6 case
la le DET 6 det
Syrie Syrie PROPN 3 nmod ent=LOC
qui qui PRON 8 nsubj
estime estimer VERB 6 acl:relcl
que que SCONJ 13 mark
la le DET 11 det
frappe frappe NOUN 13 nsubj
est être AUX 13 cop
délibérée délibéré ADJ 8 ccomp
. . PUNCT 1 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[7], text).span.text == "Le chef de mission pour la Syrie"


def test_an_adjectival_participle_of_a_complement_stays_in_the_phrase() -> None:
    text = "Les parents des élèves inscrits ont témoigné."
    table = """
Les le DET 1 det
parents parent NOUN 6 nsubj
des de ADP 3 case
élèves élève NOUN 1 nmod
inscrits inscrire VERB 3 acl VerbForm=Part Tense=Past
ont avoir AUX 6 aux:tense
témoigné témoigner VERB -1 root VerbForm=Part
. . PUNCT 6 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).span.text == "Les parents des élèves inscrits"


def test_elected_labelled_as_an_apposition_keeps_the_name() -> None:
    text = "Le président élu Marc Valette a annoncé la mesure."
    sent = parse(text, ELECTED.replace("1 amod", "1 appos")).sentences[0]
    assert mention_from(sent, 0, sent[1], text).span.text == "Le président élu Marc Valette"


def test_a_partitive_pronoun_keeps_its_complement() -> None:
    text = "L'un des manifestants a déclaré la grève."
    table = """
L' le DET 1 det
un un PRON 5 nsubj
des de ADP 3 case
manifestants manifestant NOUN 1 nmod
a avoir AUX 5 aux:tense
déclaré déclarer VERB -1 root VerbForm=Part
la le DET 7 det
grève grève NOUN 5 obj
. . PUNCT 5 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).span.text == "L'un des manifestants"


def test_a_partitive_pronoun_keeps_a_stressed_pronoun_its_preposition_opens() -> None:
    # « l'un d'eux »: « eux » is the complement « d' » opens, not a stress set off by commas
    text = "L'un d'eux explique la panne."
    table = """
L' le DET 1 det
un un PRON 4 nsubj
d' de ADP 3 case
eux lui PRON 1 nmod
explique expliquer VERB -1 root
la le DET 6 det
panne panne NOUN 4 obj
. . PUNCT 4 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).span.text == "L'un d'eux"


def test_a_partitive_pronoun_keeps_its_complement_hung_on_the_verb() -> None:
    # « confie l'une des employées »: the parser hung « employées » on the verb; « l'une » alone
    # names no one, the complement read from the word order says who
    text = "« On ne sait rien », confie l'une des employées."
    table = """
« « PUNCT 3 punct
On on PRON 3 nsubj
ne ne ADV 3 advmod
sait savoir VERB -1 root
rien rien PRON 3 obj
» » PUNCT 4 punct
, , PUNCT 7 punct
confie confier VERB 3 parataxis
l' le DET 9 det
une un PRON 7 nsubj
des de ADP 11 case
employées employé NOUN 7 xcomp
. . PUNCT 7 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[9], text).span.text == "l'une des employées"


def test_a_date_after_an_inverted_subject_is_no_part_of_it() -> None:
    text = "« Cinq écoles ont été touchées », a affirmé l'ONU lundi."
    table = """
« « PUNCT 4 punct
Cinq cinq NUM 2 nummod
écoles école NOUN 4 nsubj:pass
ont avoir AUX 4 aux:tense
été être AUX 4 aux:pass
touchées toucher VERB -1 root VerbForm=Part
» » PUNCT 4 punct
, , PUNCT 9 punct
a avoir AUX 9 aux:tense
affirmé affirmer VERB 4 parataxis VerbForm=Part
l' le DET 11 det
ONU ONU PROPN 9 nsubj
lundi lundi NOUN 11 nmod
. . PUNCT 4 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[9], text)
    assert mention is not None
    assert mention.span.text == "l'ONU"


def test_a_role_s_party_in_brackets_does_not_end_the_inverted_subject() -> None:
    # « la sénatrice (LR) de la Manche, Anne Roux »: the party, her seat, then her name
    text = "« Il faut agir », estime la sénatrice (LR) de la Manche, Anne Roux."
    table = """
« « PUNCT 2 punct
Il il PRON 2 expl:subj
faut falloir VERB -1 root
agir agir VERB 2 xcomp
» » PUNCT 2 punct
, , PUNCT 6 punct
estime estimer VERB 2 parataxis
la le DET 8 det
sénatrice sénatrice NOUN 6 obj
( ( PUNCT 8 punct
LR LR PROPN 8 appos
) ) PUNCT 8 punct
de de ADP 14 case
la le DET 14 det
Manche Manche PROPN 8 nmod
, , PUNCT 8 punct
Anne Anne PROPN 8 appos
Roux Roux PROPN 16 flat:name
. . PUNCT 6 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[6], text)
    assert mention is not None
    assert mention.span.text == "la sénatrice (LR) de la Manche, Anne Roux"


def test_a_body_s_initials_in_brackets_are_not_a_role_s_party() -> None:
    # « (ARE) » after the agency's name is its initials, not the director's party
    text = "« C'est un succès », a salué le directeur de l'Agence régionale de l'eau (ARE)."
    table = """
« « PUNCT 4 punct
C' ce PRON 4 nsubj
est être AUX 4 cop
un un DET 4 det
succès succès NOUN -1 root
» » PUNCT 4 punct
, , PUNCT 8 punct
a avoir AUX 8 aux:tense
salué saluer VERB 4 parataxis
le le DET 10 det
directeur directeur NOUN 8 nsubj
de de ADP 13 case
l' le DET 13 det
Agence agence NOUN 10 nmod
régionale régional ADJ 13 amod
de de ADP 17 case
l' le DET 17 det
eau eau NOUN 13 nmod
( ( PUNCT 17 punct
ARE ARE PROPN 17 appos
) ) PUNCT 17 punct
. . PUNCT 8 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[8], text)
    assert mention is not None
    assert mention.span.text == "le directeur de l'Agence régionale de l'eau"


def test_a_name_apposed_after_a_title_and_its_body_s_initials_in_brackets() -> None:
    # two adjectives of one noun, then the body's initials, then the name: the whole title and
    # the name are the incise's subject, and the name is the person's (not the initials)
    text = (
        "« Rien n'a changé », a expliqué le secrétaire du syndicat de la marine marchande et "
        "fluviale (SMMF), Paul Roux."
    )
    table = """
« « PUNCT 4 punct
Rien rien PRON 4 nsubj
n' ne ADV 4 advmod
a avoir AUX 4 aux:tense
changé changer VERB -1 root VerbForm=Part
» » PUNCT 4 punct
, , PUNCT 8 punct
a avoir AUX 8 aux:tense
expliqué expliquer VERB 4 parataxis VerbForm=Part
le le DET 10 det
secrétaire secrétaire NOUN 8 nsubj
du de ADP 12 case
syndicat syndicat NOUN 10 nmod
de de ADP 15 case
la le DET 15 det
marine marine NOUN 12 nmod
marchande marchand ADJ 15 amod
et et CCONJ 18 cc
fluviale fluvial ADJ 16 conj
( ( PUNCT 10 punct
SMMF SMMF PROPN 10 appos
) ) PUNCT 10 punct
, , PUNCT 23 punct
Paul Paul PROPN 4 nsubj
Roux Roux PROPN 23 flat:name
. . PUNCT 4 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[8], text)
    assert mention is not None
    assert mention.span.text.endswith("fluviale (SMMF), Paul Roux")
    assert parse_name_phrase(text, mention.span).name == "Paul Roux"


def test_an_adverb_in_ment_between_the_incise_verb_and_its_subject_is_the_verb_s() -> None:
    # « fermement » tagged a noun, as spaCy does after an elided quote
    text = "« Ça suffit, explique fermement Claire Vidal. »"
    table = """
« « PUNCT 2 punct
Ça cela PRON 2 nsubj
suffit suffire VERB -1 root
, , PUNCT 4 punct
explique expliquer VERB 2 parataxis
fermement fermement NOUN 4 advmod
Claire Claire PROPN 4 obj
Vidal Vidal PROPN 6 flat:name
. . PUNCT 2 punct
» » PUNCT 2 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[4], text)
    assert mention is not None
    assert mention.span.text == "Claire Vidal"


def test_a_time_noun_after_de_is_the_complement_of_the_phrase() -> None:
    text = "« Non », demande un ouvrier de l'équipe de nuit."
    table = """
« « PUNCT 1 punct
Non non ADV -1 root
» » PUNCT 1 punct
, , PUNCT 4 punct
demande demander VERB 1 parataxis
un un DET 6 det
ouvrier ouvrier NOUN 4 obj
de de ADP 9 case
l' le DET 9 det
équipe équipe NOUN 6 nmod
de de ADP 11 case
nuit nuit NOUN 9 nmod
. . PUNCT 1 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[4], text)
    assert mention is not None
    assert mention.span.text == "un ouvrier de l'équipe de nuit"


def test_a_participle_labelled_adjective_stays_in_the_phrase_away_from_its_noun() -> None:
    text = "Le Haut Commissariat des Nations unies aux réfugiés a dénoncé la situation."
    table = """
Le le DET 2 det
Haut haut ADJ 2 amod
Commissariat commissariat NOUN 9 nsubj
des de ADP 4 case
Nations Nations PROPN 2 nmod
unies unir VERB 2 amod VerbForm=Part Tense=Past
aux à ADP 7 case
réfugiés réfugié NOUN 2 nmod
a avoir AUX 9 aux:tense
dénoncé dénoncer VERB -1 root
la le DET 11 det
situation situation NOUN 9 obj
. . PUNCT 9 punct
"""
    sent = parse(text, table).sentences[0]
    phrase = mention_from(sent, 0, sent[2], text).span.text
    assert phrase == "Le Haut Commissariat des Nations unies aux réfugiés"


COORDINATED_UNDER_NAME = """
La le DET 1 det
maire maire NOUN 12 nsubj
de de ADP 3 case
Brest Brest PROPN 1 nmod
Anne Anne PROPN 1 appos
Kervella Kervella PROPN 4 flat:name
et et CCONJ 8 cc
le le DET 8 det
{second}
du de ADP 10 case
quartier quartier NOUN 8 nmod
ont avoir AUX 12 aux:tense
condamné condamner VERB -1 root
l' le DET 14 det
attentat attentat NOUN 12 obj
. . PUNCT 12 punct
"""


def test_a_coordination_hung_on_the_name_apposed_to_a_role_joins_two_sources() -> None:
    text = "La maire de Brest Anne Kervella et le Conseil du quartier ont condamné l'attentat."
    table = COORDINATED_UNDER_NAME.format(second="Conseil conseil NOUN 4 conj")
    sent = parse(text, table).sentences[0]
    mention = mention_from(sent, 0, sent[1], text)
    assert [c.text for c in mention.conjuncts] == [
        "La maire de Brest Anne Kervella",
        "le Conseil du quartier",
    ]


def test_a_name_apposed_to_a_role_without_a_coordination_is_one_source() -> None:
    text = "La maire de Brest Anne Kervella et le Conseil du quartier ont condamné l'attentat."
    table = COORDINATED_UNDER_NAME.format(second="Conseil conseil NOUN 4 nmod")
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).conjuncts == ()


def test_a_name_apposed_to_a_role_keeps_its_civility_and_may_end_at_a_preposition() -> None:
    text = "Selon les explications de son avocat, Me Bastien Morel à l'AFP, la demande en référé est rejetée."
    table = """
Selon selon ADP 2 case
les le DET 2 det
explications explication NOUN 19 obl:mod
de de ADP 5 case
son son DET 5 det
avocat avocat NOUN 2 nmod
, , PUNCT 5 punct
Me Me NOUN 2 appos
Bastien Bastien PROPN 7 appos
Morel Morel PROPN 8 flat:name
à à ADP 12 case
l' le DET 12 det
AFP AFP PROPN 7 nmod
, , PUNCT 15 punct
la le DET 15 det
demande demande NOUN 19 nsubj:pass
en en ADP 17 case
référé référé NOUN 15 nmod
est être AUX 19 aux:pass
rejetée rejeter VERB -1 root
. . PUNCT 19 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[5], text).span.text == "son avocat, Me Bastien Morel"
    # a name that goes on with a noun is no apposition: « son avocat, Bastien Morel Conseil »
    changed = text.replace(" à l'AFP", " chez l'AFP")
    other = parse(changed, table.replace("à à ADP 12 case", "chez chez NOUN 12 compound")).sentences[0]
    assert mention_from(other, 0, other[5], changed).span.text == "son avocat"


def test_a_civility_with_its_article_opens_the_name_apposed_to_a_role() -> None:
    # « le président de l'association, le Dr Paul Roux à La Presse »: « le Dr » is the name's
    # (spaCy makes « Dr » a second subject, « à La Presse » its complement)
    text = "« C'est grave », a dit le président de l'association, le Dr Paul Roux à La Presse."
    table = """
« « PUNCT 3 punct
C' ce PRON 3 nsubj
est être AUX 3 cop
grave grave ADJ -1 root
» » PUNCT 3 punct
, , PUNCT 7 punct
a avoir AUX 7 aux:tense
dit dire VERB 3 parataxis
le le DET 9 det
président président NOUN 7 nsubj
de de ADP 12 case
l' le DET 12 det
association association NOUN 9 nmod
, , PUNCT 15 punct
le le DET 15 det
Dr dr NOUN 9 conj
Paul Paul PROPN 15 appos
Roux Roux PROPN 16 flat:name
à à ADP 20 case
La le DET 20 det
Presse presse NOUN 15 nmod
. . PUNCT 3 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[7], text)
    assert mention is not None
    assert mention.span.text == "le président de l'association, le Dr Paul Roux"


INVERTED_PAIR = """
« « PUNCT 4 punct
La le DET 2 det
situation situation NOUN 4 nsubj
est être AUX 4 cop
grave grave ADJ -1 root
» » PUNCT 4 punct
, , PUNCT 8 punct
ont avoir AUX 8 aux:tense
déclaré déclarer VERB 4 parataxis
Emmanuel Emmanuel PROPN 8 nsubj
Macron Macron ADV 9 flat:name
{rest}
. . PUNCT 4 punct
"""


def test_an_inverted_subject_may_be_two_people_joined_by_et() -> None:
    text = "« La situation est grave », ont déclaré Emmanuel Macron et Angela Merkel."
    rest = "et et CCONJ 12 cc\nAngela Angela PROPN 9 conj\nMerkel Merkel ADJ 12 flat:name"
    sent = parse(text, INVERTED_PAIR.format(rest=rest)).sentences[0]
    mention = surface_subject(sent, 0, sent[8], text)
    assert mention is not None
    # "Macron" and "Merkel" mis-tagged, still parts of the names the parser hung them on
    assert [c.text for c in mention.conjuncts] == ["Emmanuel Macron", "Angela Merkel"]


def test_an_inverted_subject_followed_by_another_clause_is_one_person() -> None:
    text = "« La situation est grave », ont déclaré Emmanuel Macron et partit."
    rest = "et et CCONJ 12 cc\npartit partir VERB 8 conj"
    sent = parse(text, INVERTED_PAIR.format(rest=rest)).sentences[0]
    mention = surface_subject(sent, 0, sent[8], text)
    assert mention is not None
    assert (mention.span.text, mention.conjuncts) == ("Emmanuel Macron", ())


def test_two_adjectives_joined_by_et_qualify_one_source() -> None:
    # « les élus des groupes centriste et écologiste jeudi »: one noun, two adjectives; the
    # day after them is the verb's, not a second source's
    text = "« La grève attendra », ont déclaré les élus des groupes centriste et écologiste jeudi."
    table = """
« « PUNCT 3 punct
La le DET 2 det
grève grève NOUN 3 nsubj
attendra attendre VERB -1 root
» » PUNCT 3 punct
, , PUNCT 7 punct
ont avoir AUX 7 aux:tense
déclaré déclarer VERB 3 parataxis
les le DET 9 det
élus élu NOUN 7 obj
des de ADP 11 case
groupes groupe NOUN 9 nmod
centriste centriste ADJ 11 amod
et et CCONJ 14 cc
écologiste écologiste ADJ 12 conj
jeudi jeudi NOUN 11 nmod
. . PUNCT 3 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[7], text)
    assert mention is not None
    assert (mention.span.text, mention.conjuncts) == ("les élus des groupes centriste et écologiste", ())


def test_a_name_apposed_after_a_later_conjunct_is_that_conjunct_s() -> None:
    text = "Le ministre, Jean Le Drian, et son homologue allemand, Heiko Maas, ont dénoncé une agression."
    table = """
Le le DET 1 det
ministre ministre NOUN 16 nsubj
, , PUNCT 1 punct
Jean Jean PROPN 1 appos
Le le DET 5 det
Drian Drian PROPN 3 flat:name
, , PUNCT 1 punct
et et CCONJ 9 cc
son son DET 9 det
homologue homologue NOUN 1 conj
allemand allemand ADJ 9 amod
, , PUNCT 1 punct
Heiko Heiko PROPN 1 appos
Maas Maas PROPN 12 flat:name
, , PUNCT 16 punct
ont avoir AUX 16 aux:tense
dénoncé dénoncer VERB -1 root
une un DET 18 det
agression agression NOUN 16 obj
. . PUNCT 16 punct
"""
    sent = parse(text, table).sentences[0]
    mention = mention_from(sent, 0, sent[1], text)
    assert [c.text for c in mention.conjuncts] == [
        "Le ministre, Jean Le Drian",
        "son homologue allemand, Heiko Maas",
    ]


def test_a_relative_hung_on_a_verb_speaks_for_the_noun_before_it() -> None:
    text = "Il reconnut Tourneval qui articula plus fort."
    table = """
Il il PRON 1 nsubj
reconnut reconnaître VERB -1 root
Tourneval Tourneval PROPN 1 obj
qui qui PRON 4 nsubj
articula articuler VERB 1 acl:relcl
plus plus ADV 6 advmod
fort fort ADV 4 advmod
. . PUNCT 1 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[3], text).span.text == "Tourneval"


#: « « On entendait craquer », raconte un habitant du hameau voisin, qui assure … », as spaCy
#: parses it: the relative hung on the incise's verb, after a comma.
HEARD = """
« « PUNCT 2 punct
On on PRON 2 nsubj
entendait entendre VERB -1 root
craquer craquer VERB 2 xcomp VerbForm=Inf
» » PUNCT 3 punct
, , PUNCT 6 punct
raconte raconter VERB 2 conj
"""
HAMLET = (
    HEARD
    + """
un un DET 8 det
habitant habitant NOUN 6 obj
du de ADP 10 case
hameau hameau NOUN 8 nmod
voisin voisin ADJ 10 amod
, , PUNCT 6 punct
qui qui PRON 14 nsubj
assure assurer VERB 6 acl:relcl
avoir avoir AUX 16 aux:tense VerbForm=Inf
alerté alerter VERB 14 xcomp VerbForm=Part
la le DET 18 det
mairie mairie NOUN 16 obj
. . PUNCT 2 punct
"""
)


def test_a_relative_hung_on_a_verb_after_a_comma_speaks_for_the_phrase_before_the_comma() -> None:
    text = (
        "« On entendait craquer », raconte un habitant du hameau voisin, qui assure avoir alerté la mairie."
    )
    sent = parse(text, HAMLET).sentences[0]
    assert mention_from(sent, 0, sent[13], text).span.text == "un habitant du hameau voisin"


#: « Face à Jean Roux, qui dénonçait une réforme, le député a défendu son texte », as spaCy parses
#: it: the compound preposition « face à » heads the name and the relative.
FACING = """
Face face NOUN 12 advmod
à à ADP 0 fixed
Jean Jean PROPN 0 dep
Roux Roux PROPN 0 dep
, , PUNCT 0 punct
qui qui PRON 6 nsubj
dénonçait dénoncer VERB 0 acl:relcl
une un DET 8 det
réforme réforme NOUN 6 obj
, , PUNCT 12 punct
le le DET 11 det
député député NOUN 12 nsubj
a avoir AUX 13 aux:tense
défendu défendre VERB -1 root VerbForm=Part
son son DET 15 det
texte texte NOUN 13 obj
. . PUNCT 13 punct
"""


def test_a_relative_hung_on_a_compound_preposition_speaks_for_the_name_it_governs() -> None:
    # not « Face », a preposition taken for the speaker's name
    text = "Face à Jean Roux, qui dénonçait une réforme, le député a défendu son texte."
    sent = parse(text, FACING).sentences[0]
    mention = mention_from(sent, 0, sent[5], text)
    assert mention.span.text == "Roux"
    assert mention.kind is MentionKind.NAME


def test_a_relative_after_a_comma_and_no_noun_phrase_stays_itself() -> None:
    # « raconte-t-il, qui … »: no noun phrase ends before the comma, the relative has no antecedent
    text = "« On entendait craquer », raconte-t-il, qui assure avoir alerté la mairie."
    table = (
        HEARD
        + """
-t -t PRON 6 expl:subj
-il il PRON 6 nsubj
, , PUNCT 6 punct
qui qui PRON 11 nsubj
assure assurer VERB 6 acl:relcl
avoir avoir AUX 13 aux:tense VerbForm=Inf
alerté alerter VERB 11 xcomp VerbForm=Part
la le DET 15 det
mairie mairie NOUN 13 obj
. . PUNCT 2 punct
"""
    )
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[10], text).span.text == "qui"


def test_a_demonstrative_keeps_the_relative_that_describes_it() -> None:
    text = "Celui qui avait bousculé la boulangère s'assit, en maugréant."
    table = """
Celui celui PRON 7 nsubj
qui qui PRON 3 nsubj
avait avoir AUX 3 aux:tense
bousculé bousculer VERB 0 acl:relcl
la le DET 5 det
boulangère boulanger NOUN 3 obj
s' se PRON 7 expl:pass
assit asseoir ADJ 5 appos
, , PUNCT 7 punct
en en ADP 10 case
maugréant maugréant NOUN 5 appos
. . PUNCT 7 punct
"""
    sent = parse(text, table).sentences[0]
    # the parser hung the main verb on the relative's object: the clause stops before it
    assert mention_from(sent, 0, sent[0], text).span.text == "Celui qui avait bousculé la boulangère"


def test_a_civility_the_parser_made_the_head_takes_the_name_after_it() -> None:
    # « M. » made the subject, « Fasquelle » tagged a pronoun: the civility titles the name
    text = "M. Fasquelle a souligné la victoire."
    table = """
M. m. NOUN 3 nsubj
Fasquelle fasquelle PRON 3 nsubj
a avoir AUX 3 aux:tense
souligné souligner VERB -1 root
la le DET 5 det
victoire victoire NOUN 3 obj
. . PUNCT 3 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[0], text).span.text == "M. Fasquelle"


def test_celui_ci_split_by_the_tokenizer_is_one_mention() -> None:
    text = "Celui-ci a répondu."
    table = """
Celui celui PROPN 4 nsubj
- - PRON 4 nsubj
ci ci PRON 4 nsubj
a avoir AUX 4 aux:tense
répondu répondre VERB -1 root
. . PUNCT 4 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[2], text).span.text == "Celui-ci"


ADDRESSEE = """
« « PUNCT 4 punct
Nous nous PRON 4 nsubj
sommes être AUX 4 cop
inquiets inquiet ADJ -1 root
» » PUNCT 4 punct
, , PUNCT 7 punct
a avoir AUX 7 aux:tense
déclaré déclarer VERB 4 parataxis
à à ADP 10 case
l' le DET 10 det
AFP AFP PROPN 7 obl:arg
{rest}
. . PUNCT 4 punct
"""


_AFP = "à à ADP 10 case\nl' le DET 10 det\nAFP AFP PROPN 7 obl:arg"


@pytest.mark.parametrize(
    ("words", "table", "rest", "subject"),
    [
        # the addressee between the verb and its subject is skipped: « a déclaré à l'AFP X »
        (
            "à l'AFP Jean-Marc Dupont",
            _AFP,
            "Jean-Marc Jean-Marc PROPN 10 appos\nDupont Dupont PROPN 11 flat:name",
            "Jean-Marc Dupont",
        ),
        # initials end the addressee's name, though the parser ran the speaker's into it
        (
            "à l'AFP SUD-Santé",
            _AFP,
            "SUD-Santé SUD-Santé PROPN 10 flat:name",
            "SUD-Santé",
        ),
        # so is the medium written for, the name the parser apposed to it the speaker
        (
            "pour Le Courrier Paul Garnier",
            "pour pour ADP 10 case\nLe le DET 10 det\nCourrier courrier NOUN 7 obl:arg",
            "Paul Paul PROPN 10 appos\nGarnier Garnier PROPN 11 flat:name",
            "Paul Garnier",
        ),
        # « De » with a capital inside a sentence is a surname's particle, whatever its tag
        ("De Waele", "De de ADP 9 case\nWaele Waele PROPN 7 obl:arg", "", "De Waele"),
        # a participle that says more of the medium, and its own complement, come first too
        (
            "dans un message envoyé à la presse Paul Garnier",
            "dans dans ADP 10 case\nun un DET 10 det\nmessage message NOUN 7 obl:mod\n"
            "envoyé envoyer VERB 10 acl VerbForm=Part\nà à ADP 14 case\nla le DET 14 det\n"
            "presse presse NOUN 11 obl:arg",
            "Paul Paul PROPN 14 appos\nGarnier Garnier PROPN 15 flat:name",
            "Paul Garnier",
        ),
    ],
    ids=["addressee", "initials", "medium", "capital particle", "medium's participle"],
)
def test_the_inverted_subject_after_what_stands_between_it_and_the_verb(
    words: str, table: str, rest: str, subject: str
) -> None:
    text = f"« Nous sommes inquiets », a déclaré {words}."
    sent = parse(text, ADDRESSEE.replace(_AFP, table).format(rest=rest)).sentences[0]
    mention = surface_subject(sent, 0, sent[7], text)
    assert mention is not None
    assert mention.span.text == subject


TWO_APPOSED = """
« « PUNCT 3 punct
Nous nous PRON 3 nsubj
sommes être AUX 3 cop
inquiets inquiet ADJ -1 root
» » PUNCT 3 punct
, , PUNCT 7 punct
{aux} avoir AUX 7 aux:tense Number={number}
déclaré déclarer VERB 3 parataxis VerbForm=Part
la le DET 9 det
préfète préfet NOUN 7 nsubj
, , PUNCT 11 punct
Anne Anne PROPN 9 appos
Roux Roux PROPN 11 flat:name
, , PUNCT 16 punct
et et CCONJ 16 cc
le le DET 16 det
maire maire NOUN 9 conj
, , PUNCT 18 punct
Paul Paul PROPN 16 appos
Vidal Vidal PROPN 18 flat:name
. . PUNCT 3 punct
"""


def test_two_inverted_subjects_each_with_an_apposed_name() -> None:
    # the comma after the first one's name closes its apposition; the plural verb has two subjects
    text = "« Nous sommes inquiets », ont déclaré la préfète, Anne Roux, et le maire, Paul Vidal."
    sent = parse(text, TWO_APPOSED.format(aux="ont", number="Plur")).sentences[0]
    mention = surface_subject(sent, 0, sent[7], text)
    assert mention is not None
    assert [c.text for c in mention.conjuncts] == ["la préfète, Anne Roux", "le maire, Paul Vidal"]
    # a singular verb has one: what follows the comma is not its subject
    text = text.replace("ont déclaré", "a déclaré")
    sent = parse(text, TWO_APPOSED.format(aux="a", number="Sing")).sentences[0]
    mention = surface_subject(sent, 0, sent[7], text)
    assert mention is not None
    assert mention.span.text == "la préfète, Anne Roux"


def test_the_name_a_role_titles_goes_with_the_addressee() -> None:
    # « au ministre Paul Martin »: the role titles the name, the minister is spoken to; the
    # subject is the phrase after the name, or none
    table = ADDRESSEE.replace(
        "à à ADP 10 case\nl' le DET 10 det\nAFP AFP PROPN 7 obl:arg",
        "au à ADP 9 case\nministre ministre NOUN 7 obl:arg",
    )
    rest = "Paul Paul PROPN 9 appos\nMartin Martin PROPN 10 flat:name"
    text = "« Nous sommes inquiets », a déclaré au ministre Paul Martin le délégué."
    sent = parse(
        text, table.format(rest=rest + "\nle le DET 13 det\ndélégué délégué NOUN 7 nsubj")
    ).sentences[0]
    mention = surface_subject(sent, 0, sent[7], text)
    assert mention is not None
    assert mention.span.text == "le délégué"
    text = "« Nous sommes inquiets », a déclaré au ministre Paul Martin."
    sent = parse(text, table.format(rest=rest)).sentences[0]
    assert surface_subject(sent, 0, sent[7], text) is None


def test_an_addressee_with_no_subject_after_it_is_no_subject() -> None:
    text = "« Nous sommes inquiets », a déclaré à l'AFP."
    sent = parse(text, ADDRESSEE.format(rest="")).sentences[0]
    assert surface_subject(sent, 0, sent[7], text) is None


def test_a_date_after_an_incise_verb_is_skipped_before_its_subject() -> None:
    text = "« Nous sommes inquiets », a déclaré jeudi à l'AFP Jean-Marc Dupont."
    table = ADDRESSEE.replace("à à ADP 10 case", "jeudi jeudi NOUN 7 obl:mod\nà à ADP 11 case")
    table = table.replace(
        "l' le DET 10 det\nAFP AFP PROPN 7 obl:arg", "l' le DET 11 det\nAFP AFP PROPN 7 obl:arg"
    )
    rest = "Jean-Marc Jean-Marc PROPN 11 appos\nDupont Dupont PROPN 12 flat:name"
    sent = parse(text, table.format(rest=rest)).sentences[0]
    mention = surface_subject(sent, 0, sent[7], text)
    assert mention is not None
    assert mention.span.text == "Jean-Marc Dupont"


def test_the_addressee_s_own_name_is_skipped_with_it() -> None:
    # the parser hung « France - Presse » on « Agence » as modifiers: still the agency's name,
    # not the start of the subject
    text = "« Nous sommes inquiets », a déclaré à l'Agence France-Presse le porte-parole."
    rest = (
        "France France PROPN 10 nmod\n- - PROPN 10 nmod\nPresse presse NOUN 10 nmod"
        "\nle le DET 15 det\nporte-parole porte-parole NOUN 7 nsubj"
    )
    table = ADDRESSEE.replace("AFP AFP PROPN 7 obl:arg", "Agence agence NOUN 7 obl:arg")
    sent = parse(text, table.format(rest=rest)).sentences[0]
    mention = surface_subject(sent, 0, sent[7], text)
    assert mention is not None
    assert mention.span.text == "le porte-parole"


@pytest.mark.parametrize("comma", [True, False])
def test_the_medium_a_speaker_talks_on_is_skipped_with_its_name(comma: bool) -> None:
    # « au micro de Radio Armor »: the medium's name, then the subject (a comma or not)
    text = f"« Tout a été arraché », a confié au micro de Radio Armor{',' if comma else ''} Jean Roux."
    jean = 15 if comma else 14
    table = f"""
« « PUNCT 4 punct
Tout tout PRON 4 nsubj:pass
a avoir AUX 4 aux:tense
été être AUX 4 aux:pass
arraché arracher VERB -1 root VerbForm=Part
» » PUNCT 4 punct
, , PUNCT 8 punct
a avoir AUX 8 aux:tense
confié confier VERB 4 parataxis VerbForm=Part
au au ADP 10 case
micro micro NOUN 8 obl:mod
de de ADP 12 case
Radio Radio PROPN 10 nmod
Armor Armor PROPN 12 flat:name
{", , PUNCT 15 punct" if comma else ""}
Jean Jean PROPN 8 nsubj
Roux Roux PROPN {jean} flat:name
. . PUNCT 4 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[8], text)
    assert mention is not None
    assert mention.span.text == "Jean Roux"


@pytest.mark.parametrize("when", ["", " mardi"])
def test_the_site_a_statement_is_put_on_is_skipped_with_its_medium(when: str) -> None:
    # « sur son site internet »: the medium's name in small letters, then a time word, then the
    # subject
    text = f"Le ministre était à Bâle, rapporte sur son site internet{when} Le Temps."
    temps = 13 if when else 12
    table = f"""
Le le DET 1 det
ministre ministre NOUN 2 nsubj
était être AUX -1 root
à à ADP 4 case
Bâle Bâle PROPN 2 obl:mod
, , PUNCT 6 punct
rapporte rapporter VERB 2 parataxis
sur sur ADP 9 case
son son DET 9 det
site site NOUN 6 obl:mod
internet internet NOUN 9 nmod
{"mardi mardi NOUN 6 obl:mod" if when else ""}
Le le DET {temps} det
Temps Temps PROPN 6 nsubj
. . PUNCT 2 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[6], text)
    assert mention is not None
    assert mention.span.text == "Le Temps"


def test_a_stressed_pronoun_is_no_part_of_the_subject() -> None:
    text = "La joueuse, elle, reste optimiste."
    table = """
La le DET 1 det
joueuse joueur NOUN 5 nsubj
, , PUNCT 3 punct
elle elle PRON 1 appos
, , PUNCT 1 punct
reste rester VERB -1 root
optimiste optimiste ADJ 5 xcomp
. . PUNCT 5 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).span.text == "La joueuse"


def test_the_meme_of_insistence_is_no_part_of_the_subject() -> None:
    text = "La ministre elle-même a répondu."
    table = """
La le DET 1 det
ministre ministre NOUN 4 nsubj
elle-même lui-même PRON 1 nmod
a avoir AUX 4 aux
répondu répondre VERB -1 root
. . PUNCT 4 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).span.text == "La ministre"


def test_the_medium_between_an_incise_verb_and_its_subject_is_skipped() -> None:
    text = "« Nous sommes inquiets », a déclaré dans un communiqué l'association."
    table = ADDRESSEE.replace("à à ADP 10 case\nl' le DET 10 det\nAFP AFP PROPN 7 obl:arg", "")
    rows = (
        "dans dans ADP 10 case\nun un DET 10 det\ncommuniqué communiqué NOUN 7 obl:mod\n"
        "l' le DET 12 det\nassociation association NOUN 7 nsubj"
    )
    sent = parse(text, table.format(rest=rows)).sentences[0]
    mention = surface_subject(sent, 0, sent[7], text)
    assert mention is not None
    assert mention.span.text == "l'association"


def test_a_title_with_a_participle_and_its_complement_keeps_the_name_apposed_after_it() -> None:
    # the parse is right; the participle used to cut the title from the name
    text = "La secrétaire d'État chargée du Numérique, Mathilde Aubry, a salué le texte."
    table = """
La le DET 1 det
secrétaire secrétaire NOUN 12 nsubj
d' de ADP 3 case
État état NOUN 1 nmod
chargée charger VERB 1 acl VerbForm=Part Tense=Past
du de ADP 6 case
Numérique Numérique PROPN 4 obl:arg
, , PUNCT 1 punct
Mathilde Mathilde PROPN 1 appos
Aubry Aubry PROPN 8 flat:name
, , PUNCT 12 punct
a avoir AUX 12 aux:tense
salué saluer VERB -1 root VerbForm=Part
le le DET 14 det
texte texte NOUN 12 obj
. . PUNCT 12 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).span.text == (
        "La secrétaire d'État chargée du Numérique, Mathilde Aubry"
    )
    # with no name after it, the participle stays out: « …, située à Paris »
    alone = "La secrétaire d'État chargée du Numérique a salué le texte."
    rows = [r for r in table.strip().splitlines() if not r.startswith((", ", "Mathilde", "Aubry"))]
    renumbered = "\n".join(rows).replace(" 12 ", " 9 ").replace(" 14 ", " 11 ")
    sent = parse(alone, renumbered).sentences[0]
    assert mention_from(sent, 0, sent[1], alone).span.text == "La secrétaire d'État"


INVERTED_TITLE = """
« « PUNCT 3 punct
Beaucoup beaucoup PRON 3 nsubj
ont avoir AUX 3 aux:tense
perdu perdre VERB -1 root VerbForm=Part
» » PUNCT 3 punct
, , PUNCT 7 punct
a avoir AUX 7 aux:tense
promis promettre VERB 3 parataxis VerbForm=Part
l' le DET 9 det
adjointe adjoint NOUN 7 obj
au au ADP 11 case
maire maire NOUN 9 nmod
chargée charger VERB 11 acl VerbForm=Part Tense=Past
de de ADP 15 case
la le DET 15 det
solidarité solidarité NOUN 12 obl:arg
, , PUNCT 9 punct
Leïla Leïla PROPN 9 appos
Haddad Haddad PROPN 17 flat:name
. . PUNCT 7 punct
"""


def test_an_inverted_title_reaches_the_name_apposed_after_its_complements() -> None:
    text = "« Beaucoup ont perdu », a promis l'adjointe au maire chargée de la solidarité, Leïla Haddad."
    sent = parse(text, INVERTED_TITLE).sentences[0]
    mention = surface_subject(sent, 0, sent[7], text)
    assert mention is not None
    assert mention.span.text == "l'adjointe au maire chargée de la solidarité, Leïla Haddad"


def test_a_title_reaches_its_name_through_an_adjective_and_an_oblique_the_parser_hung_on_it() -> None:
    text = "« C'est un pas », a déclaré l'envoyée spéciale des Nations unies pour la région, Margit Eklund."
    table = """
« « PUNCT 4 punct
C' ce PRON 4 nsubj
est être AUX 4 cop
un un DET 4 det
pas pas NOUN 8 obj
» » PUNCT 4 punct
, , PUNCT 8 punct
a avoir AUX 8 aux:tense
déclaré déclarer VERB -1 root VerbForm=Part
l' le DET 10 det
envoyée envoyé NOUN 8 obj
spéciale spécial ADJ 10 amod
des de ADP 13 case
Nations Nations PROPN 10 nmod
unies unir VERB 13 amod
pour pour ADP 17 case
la le DET 17 det
région région NOUN 10 obl:mod
, , PUNCT 10 punct
Margit Margit PROPN 10 appos
Eklund Eklund PROPN 19 flat:name
. . PUNCT 8 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[8], text)
    assert mention is not None
    assert mention.span.text == "l'envoyée spéciale des Nations unies pour la région, Margit Eklund"


def test_an_apposition_may_open_on_an_article_and_a_nationality() -> None:
    text = "« Le signal est net », a précisé le coauteur de l'étude, le Chilien Tomás Echeverría."
    table = """
« « PUNCT 4 punct
Le le DET 2 det
signal signal NOUN 4 nsubj
est être AUX 4 cop
net net ADJ -1 root
» » PUNCT 4 punct
, , PUNCT 8 punct
a avoir AUX 8 aux:tense
précisé préciser VERB 4 parataxis VerbForm=Part
le le DET 10 det
coauteur coauteur NOUN 8 nsubj
de de ADP 13 case
l' le DET 13 det
étude étude NOUN 10 nmod
, , PUNCT 16 punct
le le DET 16 det
Chilien Chilien PROPN 10 conj
Tomás Tomás PROPN 16 flat:name
Echeverría Echeverría PROPN 16 flat:name
. . PUNCT 8 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[8], text)
    assert mention is not None
    assert mention.span.text == "le coauteur de l'étude, le Chilien Tomás Echeverría"


LAWYER = """
Me me NOUN 10 dep
Frédéric Frédéric PROPN 0 appos
Sanial Sanial PROPN 1 flat:name
, , PUNCT 10 punct
l' le DET 5 det
avocat avocat NOUN 10 nsubj
de de ADP 7 case
Dylan Dylan PROPN 5 nmod
Ferreira Ferreira PROPN 7 flat:name
, , PUNCT 5 punct
plaide plaider VERB -1 root
. . PUNCT 10 punct
"""


def test_a_role_between_commas_after_the_opening_name_is_its_apposition() -> None:
    text = "Me Frédéric Sanial, l'avocat de Dylan Ferreira, plaide."
    sent = parse(text, LAWYER).sentences[0]
    mention = mention_from(sent, 0, sent[5], text)
    assert mention.span.text == "Me Frédéric Sanial"
    assert mention.kind is MentionKind.NAME


def test_a_role_after_a_name_that_does_not_open_the_sentence_stays_the_role() -> None:
    text = "Hier Paul Roux, l'avocat de Dylan Ferreira, plaide."
    table = LAWYER.replace("Me me NOUN 10 dep", "Hier hier ADV 10 advmod").replace(
        "Frédéric Frédéric PROPN 0 appos\nSanial Sanial PROPN 1 flat:name",
        "Paul Paul PROPN 10 dep\nRoux Roux PROPN 1 flat:name",
    )
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[5], text).span.text == "l'avocat de Dylan Ferreira"


def test_an_elision_written_apart_still_links_the_complement() -> None:
    text = "« Non » , a déclaré un officier de la ville d' Arvillac ."
    table = """
« « PUNCT 1 punct
Non non ADV -1 root
» » PUNCT 1 punct
, , PUNCT 5 punct
a avoir AUX 5 aux:tense
déclaré déclarer VERB 1 parataxis
un un DET 7 det
officier officier NOUN 5 obj
de de ADP 10 case
la le DET 10 det
ville ville NOUN 7 nmod
d d ADP 13 case
' ' PUNCT 13 case
Arvillac Arvillac PROPN 10 nmod
. . PUNCT 1 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[5], text)
    assert mention is not None
    assert mention.span.text == "un officier de la ville d' Arvillac"


def _after_affirme(place: str, table_tail: str) -> str | None:
    text = f"« Oui » , a affirmé un chercheur {place} ."
    table = (
        """
« « PUNCT 1 punct
Oui oui ADV -1 root
» » PUNCT 1 punct
, , PUNCT 5 punct
a avoir AUX 5 aux:tense
affirmé affirmer VERB 1 parataxis
un un DET 7 det
chercheur chercheur NOUN 5 obj
"""
        + table_tail
    )
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[5], text)
    return None if mention is None else mention.span.text


def test_the_institution_a_role_works_at_is_part_of_the_description() -> None:
    tail = """
à à ADP 10 case
l' le DET 10 det
université université NOUN 7 nmod
de de ADP 12 case
Montréal Montréal PROPN 10 nmod
. . PUNCT 1 punct
"""
    assert _after_affirme("à l'université de Montréal", tail) == "un chercheur à l'université de Montréal"


def test_the_body_an_unnamed_source_works_at_is_part_of_the_description() -> None:
    # « …, a confirmé une source au parquet de Lyon »: the parser hangs the body on the verb
    text = "« Oui » , a affirmé une source au parquet de Lyon ."
    table = """
« « PUNCT 1 punct
Oui oui ADV -1 root
» » PUNCT 1 punct
, , PUNCT 5 punct
a avoir AUX 5 aux:tense
affirmé affirmer VERB 1 parataxis
une un DET 7 det
source source NOUN 5 obj
au au ADP 9 case
parquet parquet NOUN 5 obl:arg
de de ADP 11 case
Lyon Lyon PROPN 9 nmod
. . PUNCT 1 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[5], text)
    assert mention is not None
    assert mention.span.text == "une source au parquet de Lyon"


def test_the_one_a_speech_verb_addresses_is_no_part_of_the_description() -> None:
    tail = """
à à ADP 10 case
l' le DET 10 det
AFP AFP PROPN 7 nmod
. . PUNCT 1 punct
"""
    assert _after_affirme("à l'AFP", tail) == "un chercheur"


def test_a_left_conjunct_keeps_the_article_of_a_countrys_name() -> None:
    # the parser made both countries subjects of the verb, with « et » on the verb
    text = "La Russie et la Norvège ont qualifié l'accord d'historique."
    table = """
La le DET 1 det
Russie Russie PROPN 6 nsubj
et et CCONJ 6 cc
la le DET 4 det
Norvège Norvège PROPN 6 nsubj
ont avoir AUX 6 aux:tense
qualifié qualifier VERB -1 root VerbForm=Part
l' le DET 8 det
accord accord NOUN 6 obj
d' de ADP 10 case
historique historique NOUN 8 nmod
. . PUNCT 6 punct
"""
    sent = parse(text, table).sentences[0]
    mention = mention_from(sent, 0, sent[4], text)
    assert mention.span.text == "La Russie et la Norvège"
    assert [c.text for c in mention.conjuncts] == ["La Russie", "la Norvège"]


#: « … démentie par la SNCF selon France Bleu Sologne. », the name cut in two by the parser.
SPLIT_NAME = """
L' le DET 1 det
explosion explosion NOUN 3 nsubj:pass
a avoir AUX 3 aux:pass
démentie démentir VERB -1 root VerbForm=Part
selon selon ADP 5 case
France France PROPN 3 obl:mod
Bleu Bleu PROPN 3 obl:agent
Sologne Sologne PROPN 6 flat:name
. . PUNCT 3 punct
"""


def test_a_name_the_parser_cut_in_pieces_is_whole() -> None:
    text = "L'explosion a démentie selon France Bleu Sologne."
    sent = parse(text, SPLIT_NAME).sentences[0]
    assert mention_from(sent, 0, sent[5], text).span.text == "France Bleu Sologne"
    # must not fire across a comma: « selon France, Paul Roux … » are two
    apart = "L'explosion a démentie selon France, Bleu Sologne."
    table = SPLIT_NAME.replace("obl:mod\n", "obl:mod\n, , PUNCT 7 punct\n").replace(
        "PROPN 6 flat", "PROPN 7 flat"
    )
    sent = parse(apart, table).sentences[0]
    assert mention_from(sent, 0, sent[5], apart).span.text == "France"


#: « Les syndicats Sud et FO ont dénoncé … », the parser giving the verb two subjects.
TWO_SUBJECTS = """
Les le DET 1 det
syndicats syndicat NOUN 6 nsubj
Sud Sud PROPN 1 amod
et et CCONJ 6 cc
FO FO PROPN 6 nsubj
ont avoir AUX 6 aux:tense
dénoncé dénoncer VERB -1 root VerbForm=Part
la le DET 8 det
réforme réforme NOUN 6 obj
. . PUNCT 6 punct
"""


def test_names_apposed_to_a_noun_and_joined_by_et_are_one_source() -> None:
    text = "Les syndicats Sud et FO ont dénoncé la réforme."
    sent = parse(text, TWO_SUBJECTS).sentences[0]
    mention = mention_from(sent, 0, sent[4], text)
    assert mention.span.text == "Les syndicats Sud et FO"
    assert [c.text for c in mention.conjuncts] == ["Les syndicats Sud", "FO"]
    # must not fire after a verb: « … a reçu les délégués Sud et FO » names objects, not a subject
    after = "Paul Roux a reçu les délégués Sud et FO."
    table = """
Paul Paul PROPN 3 nsubj
Roux Roux PROPN 0 flat:name
a avoir AUX 3 aux:tense
reçu recevoir VERB -1 root VerbForm=Part
les le DET 5 det
délégués délégué NOUN 3 obj
Sud Sud PROPN 5 amod
et et CCONJ 8 cc
FO FO PROPN 3 obj
. . PUNCT 3 punct
"""
    sent = parse(after, table).sentences[0]
    assert mention_from(sent, 0, sent[8], after).span.text == "FO"


_CAPTAIN = """
« « PUNCT 4 punct
Rien rien PRON 4 nsubj
n' ne ADV 4 advmod
est être AUX 4 cop
joué jouer VERB -1 root VerbForm=Part
» » PUNCT 4 punct
, , PUNCT 8 punct
a avoir AUX 8 aux:tense
reconnu reconnaître VERB 4 parataxis VerbForm=Part
le le DET 10 det
capitaine capitaine NOUN 8 nsubj
, , PUNCT 8 punct
le le DET 13 det
demi demi NOUN 8 obl:mod
de de ADP 15 case
mêlée mêlée NOUN 13 nmod
argentin argentin ADJ 13 amod
{first} {first} PROPN 8 obj {ent}
{last} {last} PROPN 17 flat:name {ent}
. . PUNCT 8 punct
"""


@pytest.mark.parametrize(
    ("first", "last", "ent", "expected"),
    [
        # « demi de mêlée » is in no list of roles; the name after it is still the captain's
        ("Tomás", "Ibarra", "", "le capitaine, le demi de mêlée argentin Tomás Ibarra"),
        # a name the parser calls an organisation is no name of the person
        ("Racing", "Club", "ent=ORG", "le capitaine"),
    ],
    ids=["person", "organisation"],
)
def test_an_apposition_may_describe_a_person_in_words_no_list_holds(
    first: str, last: str, ent: str, expected: str
) -> None:
    text = f"« Rien n'est joué », a reconnu le capitaine, le demi de mêlée argentin {first} {last}."
    sent = parse(text, _CAPTAIN.format(first=first, last=last, ent=ent)).sentences[0]
    mention = surface_subject(sent, 0, sent[8], text)
    assert mention is not None
    assert mention.span.text == expected


def test_an_inverted_subject_after_a_date_keeps_a_participle_of_its_proper_name() -> None:
    text = "« Trois marins ont été blessés », ont annoncé le 12 mai les Nations unies."
    table = """
« « PUNCT 5 punct
Trois Trois NUM 2 nummod
marins marin NOUN 5 nsubj:pass
ont avoir AUX 5 aux:tense
été être AUX 5 aux:pass VerbForm=Part
blessés blesser VERB -1 root VerbForm=Part Tense=Past
» » PUNCT 5 punct
, , PUNCT 9 punct
ont avoir AUX 9 aux:tense
annoncé annoncer VERB 5 parataxis VerbForm=Part Tense=Past
le le DET 11 det
12 12 NUM 9 obl:mod
mai mai NOUN 11 nmod
les le DET 14 det
Nations nation NOUN 12 nmod
unies unir VERB 14 amod VerbForm=Part Tense=Past
. . PUNCT 5 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[9], text)
    assert mention is not None
    # the date is the verb's; « unies » is part of the name, not a clause
    assert mention.span.text == "les Nations unies"


def test_an_inverted_subject_after_a_weekday_and_its_date_with_no_article() -> None:
    # « mardi 6 mai »: the weekday, then the day and the month with no article
    text = "« Nous avons avancé », réagit mardi 6 mai la ministre Hadja Lahbib."
    table = """
« « PUNCT 3 punct
Nous nous PRON 3 nsubj
avons avoir AUX 3 aux:tense
avancé avancer VERB -1 root VerbForm=Part Tense=Past
» » PUNCT 3 punct
, , PUNCT 6 punct
réagit réagir VERB 3 parataxis
mardi mardi NOUN 6 obl:mod
6 6 NUM 9 nummod
mai mai NOUN 6 nsubj
la le DET 11 det
ministre ministre NOUN 9 appos
Hadja Hadja PROPN 11 appos
Lahbib Lahbib PROPN 12 flat:name
. . PUNCT 3 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[6], text)
    assert mention is not None
    assert mention.span.text == "la ministre Hadja Lahbib"


def test_a_participle_after_a_common_noun_stays_out_of_an_inverted_subject() -> None:
    text = "« Je suis surprise », dit une servante ébahie."
    table = """
« « PUNCT 3 punct
Je je PRON 3 nsubj
suis être AUX 3 cop
surprise surprise NOUN -1 root
» » PUNCT 3 punct
, , PUNCT 6 punct
dit dire VERB 3 parataxis VerbForm=Fin
une un DET 8 det
servante servante NOUN 6 nsubj
ébahie ébahir VERB 8 acl VerbForm=Part Tense=Past
. . PUNCT 3 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[6], text)
    assert mention is not None
    assert mention.span.text == "une servante"


#: « … », raconte, la voix brisée, Yusuf Akay, un habitant. — as spaCy read it ({verb} tagged ADJ).
ASIDE = """
« « PUNCT 3 punct
On on PRON 3 nsubj
a avoir AUX 3 aux:tense
creusé creuser VERB -1 root VerbForm=Part
» » PUNCT 3 punct
, , PUNCT 3 punct
{verb} {lemma} ADJ 3 parataxis
, , PUNCT 6 punct
{det} le DET 9 det
{noun} {noun} NOUN 6 obj
{adj} {adj} ADJ 9 amod
, , PUNCT 9 punct
Yusuf Yusuf PROPN 9 appos
Akay Akay PROPN 12 flat:name
. . PUNCT 3 punct
"""


@pytest.mark.parametrize(
    ("aside", "expected"),
    [
        # an aside with no verb or name of its own between the verb and its subject
        (("la", "voix", "brisée"), "Yusuf Akay"),
        # must not: a capitalised word opens no aside (« raconte, Le Monde, Yusuf Akay »)
        (("Le", "Monde", "local"), None),
    ],
)
def test_an_aside_between_an_incise_verb_and_its_subject_is_skipped(
    aside: tuple[str, str, str], expected: str | None
) -> None:
    det, noun, adj = aside
    text = f"« On a creusé », raconte, {det} {noun} {adj}, Yusuf Akay."
    sent = parse(text, ASIDE.format(verb="raconte", lemma="raconter", det=det, noun=noun, adj=adj)).sentences[
        0
    ]
    mention = surface_subject(sent, 0, sent[6], text)
    assert (None if mention is None else mention.span.text) == expected


def test_a_place_between_a_role_and_the_name_apposed_to_it_is_skipped() -> None:
    text = "« L’eau est notre priorité », a déclaré sa représentante dans le pays, la docteure Amina Roux."
    table = """
« « PUNCT 5 punct
L’ le DET 2 det
eau eau NOUN 5 nsubj
est être AUX 5 cop
notre notre DET 5 det
priorité priorité NOUN -1 root
» » PUNCT 5 punct
, , PUNCT 9 punct
a avoir AUX 9 aux:tense
déclaré déclarer VERB 5 parataxis VerbForm=Part
sa son DET 11 det
représentante représentant NOUN 9 obj
dans dans ADP 14 case
le le DET 14 det
pays pays NOUN 9 obl:mod
, , PUNCT 9 punct
la le DET 17 det
docteure docteure NOUN 9 obj
Amina Amina PROPN 17 appos
Roux Roux PROPN 18 flat:name
. . PUNCT 5 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[9], text)
    assert mention is not None
    assert mention.span.text == "sa représentante dans le pays, la docteure Amina Roux"


@pytest.mark.parametrize(
    ("noun", "lemma", "expected"),
    [
        # a participle set off by a comma tells a circumstance, not who
        ("président", "président", "Le président"),
        # must not: a statement's participle names its author
        ("communiqué", "communiqué", "Le communiqué, publié par la presse"),
    ],
)
def test_a_detached_participle_is_no_part_of_a_person_s_phrase(noun: str, lemma: str, expected: str) -> None:
    text = f"Le {noun}, publié par la presse, a jugé la situation grave."
    table = f"""
Le le DET 1 det
{noun} {lemma} NOUN 9 nsubj
, , PUNCT 1 punct
publié publier VERB 1 acl VerbForm=Part Tense=Past
par par ADP 6 case
la le DET 6 det
presse presse NOUN 3 obl:agent
, , PUNCT 9 punct
a avoir AUX 9 aux:tense
jugé juger VERB -1 root VerbForm=Part
la le DET 11 det
situation situation NOUN 9 obj
grave grave ADJ 11 amod
. . PUNCT 9 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).span.text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present participle after its determiner is a noun, whatever the tagger said
        ("« C'est volé », a déclaré l'opposant hier.", "l'opposant"),
        # must not: a participle with no determiner before it is the verb's (« a déclaré souriant »)
        ("« C'est volé », a déclaré souriant hier.", None),
    ],
)
def test_a_present_participle_after_a_determiner_is_an_inverted_subject(
    text: str, expected: str | None
) -> None:
    has_det = "l'opposant" in text
    word = "opposant" if has_det else "souriant"
    rows = [
        "« « PUNCT 3 punct",
        "C' ce PRON 3 nsubj",
        "est être AUX 3 cop",
        "volé voler VERB -1 root VerbForm=Part",
        "» » PUNCT 3 punct",
        ", , PUNCT 7 punct",
        "a avoir AUX 7 aux:tense",
        "déclaré déclarer VERB 3 parataxis VerbForm=Part",
    ]
    if has_det:
        rows.append("l' le DET 9 det")
    rows += [f"{word} {word} VERB 7 obj VerbForm=Part", "hier hier ADV 7 advmod", ". . PUNCT 3 punct"]
    sent = parse(text, "\n".join(rows)).sentences[0]
    mention = surface_subject(sent, 0, sent[7], text)
    assert (None if mention is None else mention.span.text) == expected


BARE_ROLES = """
Pour pour ADP 1 case
Sandrine sandrine NOUN 17 obl:mod
Lebret Lebret PROPN 1 flat:name
, , PUNCT 4 punct
infirmière infirmier NOUN 1 conj
et et CCONJ 6 cc
{second}
syndicale syndical ADJ 6 amod
, , PUNCT 17 punct
la le DET 10 det
fermeture fermeture NOUN 17 nsubj
n' ne ADV 17 advmod
est être AUX 17 cop
qu' que ADV 17 advmod
une un DET 17 det
première premier ADJ 17 amod
étape étape NOUN -1 ROOT
. . PUNCT 17 punct
"""


def test_bare_nouns_joined_after_a_name_are_its_apposition_not_more_sources() -> None:
    # French sets a noun bare only in an apposition or a title: one person
    text = "Pour Sandrine Lebret, infirmière et déléguée syndicale, la fermeture n'est qu'une première étape."
    sent = parse(text, BARE_ROLES.format(second="déléguée délégué NOUN 1 conj")).sentences[0]
    assert mention_from(sent, 0, sent[1], text).conjuncts == ()


def test_a_noun_with_its_own_determiner_joined_to_a_name_is_a_second_source() -> None:
    text = "Pour Sandrine Lebret, infirmière, et sa déléguée, la fermeture n'est qu'une première étape."
    table = """
Pour pour ADP 1 case
Sandrine sandrine NOUN 17 obl:mod
Lebret Lebret PROPN 1 flat:name
, , PUNCT 4 punct
infirmière infirmier NOUN 1 appos
, , PUNCT 8 punct
et et CCONJ 8 cc
sa son DET 8 det:poss
déléguée délégué NOUN 1 conj
, , PUNCT 17 punct
la le DET 11 det
fermeture fermeture NOUN 17 nsubj
n' ne ADV 17 advmod
est être AUX 17 cop
qu' que ADV 17 advmod
une un DET 17 det
première premier ADJ 17 amod
étape étape NOUN -1 ROOT
. . PUNCT 17 punct
"""
    sent = parse(text, table).sentences[0]
    assert [c.text for c in mention_from(sent, 0, sent[1], text).conjuncts] == [
        "Sandrine Lebret, infirmière",
        "sa déléguée",
    ]


@pytest.mark.parametrize(
    ("text", "table"),
    [
        # « un communiqué de la SNCF »: the name says who issued it, the phrase is a statement
        (
            "Un communiqué de la SNCF a démenti.",
            """
Un un DET 1 det
communiqué communiqué NOUN 6 nsubj
de de ADP 4 case
la le DET 4 det
SNCF SNCF PROPN 1 nmod
a avoir AUX 6 aux:tense
démenti démentir VERB -1 root VerbForm=Part
. . PUNCT 6 punct
""",
        ),
        # past the medium that carries it, capitalised or not (« le site Internet de la préfecture »)
        (
            "Le site Internet de la SNCF a démenti.",
            """
Le le DET 1 det
site site NOUN 7 nsubj
Internet Internet PROPN 1 flat:name
de de ADP 5 case
la le DET 5 det
SNCF SNCF PROPN 1 nmod
a avoir AUX 7 aux:tense
démenti démentir VERB -1 root VerbForm=Part
. . PUNCT 7 punct
""",
        ),
    ],
)
def test_a_statement_with_its_issuer_s_name_is_a_document(text: str, table: str) -> None:
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).kind is MentionKind.DOCUMENT


def test_a_statement_with_an_agent_s_name_stays_a_name() -> None:
    # must not: « rédigée par le Royaume-Uni » says who wrote it, not who issued it as a source
    text = "La résolution, rédigée par le Royaume-Uni, a été adoptée."
    table = """
La le DET 1 det
résolution résolution NOUN 10 nsubj:pass
, , PUNCT 1 punct
rédigée rédiger VERB 1 acl VerbForm=Part Tense=Past
par par ADP 6 case
le le DET 6 det
Royaume-Uni Royaume-Uni PROPN 3 obl:agent
, , PUNCT 10 punct
a avoir AUX 10 aux:tense
été être AUX 10 aux:pass VerbForm=Part
adoptée adopter VERB -1 root VerbForm=Part
. . PUNCT 10 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).kind is MentionKind.NAME


@pytest.mark.parametrize(
    ("first", "subject"),
    [
        # a listed given name the tagger left untyped (X) still opens the inverted subject
        ("Donald Donald X 7 dep", "Donald Trump"),
        # an unknown capitalised word so tagged opens nothing
        ("Dorbald Dorbald X 7 dep", None),
    ],
)
def test_an_inverted_subject_may_open_on_a_given_name_of_any_tag(first: str, subject: str | None) -> None:
    name = first.split()[0]
    text = f"« Nous allons gagner », a twitté {name} Trump."
    table = f"""
« « PUNCT 2 punct
Nous nous PRON 2 nsubj
allons aller VERB -1 root
gagner gagner VERB 2 xcomp VerbForm=Inf
» » PUNCT 3 punct
, , PUNCT 2 punct
a avoir X 7 aux:tense
twitté twitter PROPN 2 parataxis
{first}
Trump Trump PROPN 8 flat:name
. . PUNCT 2 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[7], text)
    assert (mention.span.text if mention is not None else None) == subject


def test_a_name_apposed_after_a_title_is_read_whatever_its_tags() -> None:
    # « Yannick » tagged a verb and « Le » an article: a listed given name opens the name, and its
    # capitalised words follow it
    text = "« Ils sont épuisés », a affirmé son président, le commandant Yannick Le Goff, lors du point."
    table = """
« « PUNCT 3 punct
Ils il PRON 3 nsubj
sont être AUX 3 cop
épuisés épuisé ADJ -1 root
» » PUNCT 3 punct
, , PUNCT 7 punct
a avoir AUX 7 aux:tense
affirmé affirmer VERB 3 parataxis
son son DET 9 det
président président NOUN 7 obj
, , PUNCT 9 punct
le le DET 12 det
commandant commandant NOUN 9 appos
Yannick yannick VERB 12 flat:name
Le le DET 15 det
Goff Goff PROPN 12 nmod
, , PUNCT 12 punct
lors lors ADV 7 advmod
du de ADP 19 case
point point NOUN 17 obl:arg
. . PUNCT 3 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[7], text)
    assert mention is not None
    assert mention.span.text == "son président, le commandant Yannick Le Goff"


def test_a_name_in_a_complement_after_a_comma_is_no_apposed_name() -> None:
    # « …, la cote de confiance d'Étienne Marchal est … »: the subject of a clause of its own
    text = "« Tout va bien », a déclaré son directeur, la cote de confiance d'Étienne Marchal est basse."
    table = """
« « PUNCT 2 punct
Tout tout PRON 2 nsubj
va aller VERB -1 root
bien bien ADV 2 advmod
» » PUNCT 2 punct
, , PUNCT 7 punct
a avoir AUX 7 aux:tense
déclaré déclarer VERB 2 parataxis
son son DET 9 det
directeur directeur NOUN 7 nsubj
, , PUNCT 12 punct
la le DET 12 det
cote cote NOUN 19 nsubj
de de ADP 14 case
confiance confiance NOUN 12 nmod
d' de ADP 16 case
Étienne Étienne PROPN 14 nmod
Marchal marchal ADV 16 flat:name
est être AUX 19 cop
basse bas ADJ 7 parataxis
. . PUNCT 2 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[7], text)
    assert mention is not None
    assert mention.span.text == "son directeur"


#: « a déclaré le cosmonaute russe Piotr Volkov lors de … » as fr_core_news_sm parses it:
#: « russe » a verb, « Piotr » the verb's object, « Volkov » a common noun of the name.
COSMONAUT = """
a avoir AUX 1 aux:tense
déclaré déclarer VERB -1 root VerbForm=Part
le le DET 3 det
cosmonaute cosmonaute NOUN 1 nmod
russe russe VERB 3 amod
Piotr Piotr PROPN 1 obj
Volkov volkov NOUN 5 flat:name
lors lors ADV 5 advmod
de de ADP 9 case
presse presse NOUN 7 obl
"""


def test_an_inverted_role_takes_the_name_written_right_after_it_and_its_adjectives() -> None:
    text = "a déclaré le cosmonaute russe Piotr Volkov lors de presse"
    sent = parse(text, COSMONAUT).sentences[0]
    mention = surface_subject(sent, 0, sent[1], text)
    assert mention is not None
    assert mention.span.text == "le cosmonaute russe Piotr Volkov"
    assert mention.kind is MentionKind.NAME


#: « a précisé le maire (PS) Paul Verdier. » as fr_core_news_md parses it: the party and the
#: name both apposed to the role.
MAYOR_OF_A_PARTY = """
a avoir AUX 1 aux:tense
précisé préciser VERB -1 root VerbForm=Part
le le DET 3 det
maire maire NOUN 1 obj
( ( PUNCT 3 punct
PS PS PROPN 3 appos
) ) PUNCT 3 punct
Paul Paul PROPN 3 appos
Verdier Verdier PROPN 7 flat:name
. . PUNCT 1 punct
"""


@pytest.mark.parametrize(
    ("det", "noun", "phrase"),
    [
        # « à l'issue de », « à la fin de »: when the verb happened, no part of the source
        ("l'", "issue", "la principale"),
        ("la", "fin", "la principale"),
        # a complement of the noun after « à » that says no time: the noun's
        ("la", "tête", "la principale à la tête du collège"),
    ],
)
def test_a_locution_of_time_after_a_source_is_no_part_of_it(det: str, noun: str, phrase: str) -> None:
    text = f"a lâché la principale à {det}{'' if det.endswith(chr(39)) else ' '}{noun} du collège"
    table = f"""
a avoir AUX 1 aux:tense
lâché lâcher VERB -1 root VerbForm=Part
la le DET 3 det
principale principal NOUN 1 obj
à à ADP 6 case
{det} le DET 6 det
{noun} {noun} NOUN 3 nmod
du de ADP 8 case
collège collège NOUN 6 nmod
"""
    sent = parse(text, table).sentences[0]
    mention = mention_from(sent, 0, sent[3], text)
    assert mention.span.text == phrase


def test_a_role_takes_the_name_after_the_party_in_brackets() -> None:
    text = "a précisé le maire (PS) Paul Verdier."
    sent = parse(text, MAYOR_OF_A_PARTY).sentences[0]
    mention = surface_subject(sent, 0, sent[1], text)
    assert mention is not None
    assert mention.span.text == "le maire (PS) Paul Verdier"
    assert mention.kind is MentionKind.NAME


@pytest.mark.parametrize(
    ("noun", "phrase"),
    [
        ("ministre", "Le ministre Jean Roux"),  # a role: the name is its holder's
        ("navire", "Le navire"),  # no role: « Le navire Jean Roux » is not a person's title
    ],
)
def test_a_role_takes_the_name_the_parser_hung_on_the_verb(noun: str, phrase: str) -> None:
    text = f"Le {noun} Jean Roux a annoncé la mesure."
    table = f"""
Le le DET 1 det
{noun} {noun} NOUN 5 nsubj
Jean Jean PROPN 5 obj
Roux Roux PROPN 2 flat:name
a avoir AUX 5 aux:tense
annoncé annoncer VERB -1 root VerbForm=Part
la le DET 7 det
mesure mesure NOUN 5 obj
. . PUNCT 5 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).span.text == phrase


#: « … répondit Aimée. », « répondit l'inconnu avec embarras », « répondit la servante, Ça … »
#: as fr_core_news_sm tags them: the given name an adjective, the noun a verb, and the elided
#: rest of the quote a name after the comma.
@pytest.mark.parametrize(
    ("text", "table", "subject"),
    [
        (
            "répondit Aimée .",
            "répondit répondit NOUN -1 root\nAimée aimé ADJ 0 amod\n. . PUNCT 0 punct",
            "Aimée",
        ),
        (
            "répondit l' inconnu avec embarras",
            "répondit répondre VERB -1 root\nl' le DET 2 det\ninconnu inconnu VERB 0 obj VerbForm=Part\n"
            "avec avec ADP 4 case\nembarras embarras NOUN 0 obl",
            "l' inconnu",
        ),
        (
            "répondit la servante , Ça suffit",
            "répondit répondre VERB -1 root\nla le DET 2 det\nservante servante NOUN 0 obj\n"
            ", , PUNCT 5 punct\nÇa Ça PROPN 5 nsubj\nsuffit suffire VERB 0 conj",
            "la servante",
        ),
    ],
)
def test_an_inverted_subject_is_read_from_the_word_order_whatever_the_tags(
    text: str, table: str, subject: str
) -> None:
    sent = parse(text, table).sentences[0]
    quoted = text.index(", Ça") if ", Ça" in text else len(text)  # the words the quote goes on with
    mention = surface_subject(sent, 0, sent[0], text, allowed=lambda w: w.start < quoted)
    assert mention is not None
    assert mention.span.text == subject


@pytest.mark.parametrize(
    ("text", "table", "phrase"),
    [
        # the verb tagged a name's part (fr_core_news_sm)
        (
            "Lucie Verdier parla , sans attendre",
            "Lucie Lucie NOUN -1 root\nVerdier Verdier PROPN 0 flat:name\nparla parler PROPN 0 flat:name\n"
            ", , PUNCT 0 punct\nsans sans ADP 5 mark\nattendre attendre VERB 0 acl VerbForm=Inf",
            "Lucie Verdier",
        ),
        # a narrative past of the first group tagged an adjective of the name
        ("Blanche hésita", "Blanche blanche NOUN -1 root\nhésita hésita ADJ 0 amod", "Blanche"),
    ],
)
def test_a_name_does_not_go_on_in_its_verb(text: str, table: str, phrase: str) -> None:
    sent = parse(text, table).sentences[0]
    head = next(w for w in sent.words if w.head < 0)
    assert mention_from(sent, 0, head, text).span.text == phrase


def test_an_english_name_runs_through_its_links_in_an_inverted_subject() -> None:
    text = "Les troupes avancent, a estimé l'Institute for the Study of Peace dans son rapport."
    table = """
Les le DET 1 det
troupes troupe NOUN 2 nsubj
avancent avancer VERB -1 root
, , PUNCT 5 punct
a avoir AUX 5 aux:tense
estimé estimer VERB 2 parataxis VerbForm=Part
l' le DET 7 det
Institute Institute NOUN 5 nsubj
for for X 5 dep
the the X 5 dep
Study Study X 5 dep
of of X 12 case
Peace Peace X 5 obl:arg
dans dans ADP 16 case
son son DET 16 det
rapport rapport NOUN 5 obl:mod
. . PUNCT 2 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[5], text)
    assert mention is not None
    assert mention.span.text == "l'Institute for the Study of Peace"


def test_an_english_name_cut_by_the_parser_is_one_phrase() -> None:
    text = "Selon l'Institute for the Study of Peace, les troupes avancent."
    table = """
Selon selon ADP 2 case
l' le DET 2 det
Institute Institute PROPN 11 obl:mod
for for X 2 dep
the the X 2 dep
Study Study X 2 dep
of of X 7 case
Peace Peace X 2 nmod
, , PUNCT 11 punct
les le DET 10 det
troupes troupe NOUN 11 nsubj
avancent avancer VERB -1 root
. . PUNCT 11 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[2], text).span.text == "l'Institute for the Study of Peace"


def test_a_name_after_the_comma_of_a_selon_phrase_is_the_clause_s_subject() -> None:
    text = "Selon ce conseiller de Paul Roux, Varsovie « cherche à gagner du temps »."
    table = """
Selon selon ADP 2 case
ce ce DET 2 det
conseiller conseiller NOUN 9 obl:mod
de de ADP 4 case
Paul Paul PROPN 2 nmod
Roux Roux PROPN 4 flat:name
, , PUNCT 9 punct
Varsovie Varsovie PROPN 9 nsubj
« « PUNCT 7 punct
cherche chercher VERB -1 root
à à ADP 11 mark
gagner gagner VERB 9 xcomp
du de ADP 13 det
temps temps NOUN 11 obj
» » PUNCT 9 punct
. . PUNCT 9 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[2], text).span.text == "ce conseiller de Paul Roux"


def test_a_time_word_with_a_capital_after_a_capitalised_article_is_a_title_s() -> None:
    text = "« Rien ne va », rapporte le journal Le Matin."
    table = """
« « PUNCT 3 punct
Rien rien PRON 3 nsubj
ne ne ADV 3 advmod
va aller VERB -1 root
» » PUNCT 3 punct
, , PUNCT 6 punct
rapporte rapporter VERB 3 parataxis
le le DET 8 det
journal journal NOUN 6 obj
Le le DET 10 det
Matin matin NOUN 8 nmod
. . PUNCT 3 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[6], text)
    assert mention is not None
    assert mention.span.text == "le journal Le Matin"


def test_a_title_s_complements_enumerated_after_commas_reach_the_name_after_them() -> None:
    text = "Le ministre des Affaires, de la Pêche et des Marins résidant au port, M. Paul Roux, a dit non."
    table = """
Le le DET 1 det
ministre ministre NOUN 20 nsubj
des de ADP 3 case
Affaires affaire NOUN 1 nmod
, , PUNCT 1 punct
de de ADP 7 case
la le DET 7 det
Pêche pêche NOUN 1 nmod
et et CCONJ 10 cc
des de ADP 10 case
Marins marin NOUN 7 conj
résidant résider VERB 10 acl VerbForm=Part Tense=Pres
au à ADP 13 case
port port NOUN 11 obl:arg
, , PUNCT 10 punct
M. M. NOUN 10 appos
Paul Paul PROPN 15 flat:name
Roux Roux PROPN 16 flat:name
, , PUNCT 20 punct
a avoir AUX 20 aux:tense
dit dire VERB -1 root
non non ADV 20 advmod
. . PUNCT 20 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).span.text.endswith("M. Paul Roux")


def test_a_role_after_an_opening_name_is_its_apposition_without_the_closing_comma() -> None:
    text = "Paul Roux, président de Terre Vive se souvient : « Rien. »"
    table = """
Paul Paul PROPN -1 root
Roux Roux PROPN 0 flat:name
, , PUNCT 0 punct
président président NOUN 8 nsubj
de de ADP 5 case
Terre Terre PROPN 3 nmod
Vive Vive PROPN 5 flat:name
se se PRON 8 expl:comp
souvient souvenir VERB 0 parataxis
: : PUNCT 8 punct
« « PUNCT 11 punct
Rien rien PRON 8 obj
. . PUNCT 11 punct
» » PUNCT 11 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[3], text).span.text == "Paul Roux"


def test_a_participle_of_company_names_someone_else() -> None:
    # « accompagné de son éditeur Paul Roux »: the publisher is beside the writer, not his name
    text = "L'écrivain accompagné de son éditeur Paul Roux a ajouté une phrase."
    table = """
L' le DET 1 det
écrivain écrivain NOUN 9 nsubj
accompagné accompagner VERB 1 acl VerbForm=Part Tense=Past
de de ADP 5 case
son son DET 5 det
éditeur éditeur NOUN 2 obl:agent
Paul Paul PROPN 5 appos
Roux Roux PROPN 6 flat:name
a avoir AUX 9 aux:tense
ajouté ajouter VERB -1 root VerbForm=Part
une un DET 11 det
phrase phrase NOUN 9 obj
. . PUNCT 9 punct
"""
    sent = parse(text, table).sentences[0]
    mention = mention_from(sent, 0, sent[1], text)
    assert mention.span.text == "L'écrivain"
    assert mention.kind is not MentionKind.NAME


#: « …, a dit le juge."Nous … » : the next quote's mark glued to the stop.
STOP_BEFORE_MARK = """
C' ce PRON 1 nsubj
est être AUX -1 root
fini fini ADJ 1 xcomp
, , PUNCT 5 punct
a avoir AUX 5 aux:tense
dit dire VERB 1 parataxis VerbForm=Part
le le DET 7 det
juge juge NOUN 5 nsubj
. . PUNCT 1 punct
" " PUNCT 10 punct
Nous nous PRON 1 nsubj
"""


def test_a_stop_before_a_glued_quotation_mark_is_no_part_of_the_phrase() -> None:
    text = "C'est fini, a dit le juge.\"Nous"
    sent = parse(text, STOP_BEFORE_MARK).sentences[0]
    assert mention_from(sent, 0, sent[7], text).span.text == "le juge"


@pytest.mark.parametrize(
    ("text", "table", "phrase"),
    [
        (
            "Des sources bien informées ont indiqué la date.",
            """
Des un DET 1 det
sources source NOUN 5 nsubj
bien bien ADV 3 advmod
informées informer VERB 1 acl VerbForm=Part Tense=Past
ont avoir AUX 5 aux:tense
indiqué indiquer VERB -1 root VerbForm=Part
la le DET 7 det
date date NOUN 5 obj
. . PUNCT 5 punct
""",
            "Des sources bien informées",
        ),
        (
            "Des sources très bien informées ont indiqué la date.",
            """
Des un DET 1 det
sources source NOUN 6 nsubj
très très ADV 3 advmod
bien bien ADV 4 advmod
informées informer VERB 1 acl VerbForm=Part Tense=Past
ont avoir AUX 6 aux:tense
indiqué indiquer VERB -1 root VerbForm=Part
la le DET 8 det
date date NOUN 6 obj
. . PUNCT 6 punct
""",
            "Des sources très bien informées",
        ),
        # an adverb of manner or time is the verb's: « consultées hier » is no adjective
        (
            "Des sources consultées hier ont indiqué la date.",
            """
Des un DET 1 det
sources source NOUN 5 nsubj
consultées consulter VERB 1 acl VerbForm=Part Tense=Past
hier hier ADV 2 advmod
ont avoir AUX 5 aux:tense
indiqué indiquer VERB -1 root VerbForm=Part
la le DET 7 det
date date NOUN 5 obj
. . PUNCT 5 punct
""",
            "Des sources",
        ),
    ],
)
def test_a_participle_graded_by_an_adverb_of_degree_is_an_adjective_of_the_phrase(
    text: str, table: str, phrase: str
) -> None:
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).span.text == phrase


def test_a_participle_before_its_noun_is_no_adjective_of_the_phrase() -> None:
    # « Interrogé par l'AFP, le maire … »: set before the noun, the participle is a circumstance
    text = "Interrogé par l'AFP, le maire a confirmé la date."
    table = """
Interrogé interroger VERB 6 acl VerbForm=Part Tense=Past
par par ADP 3 case
l' le DET 3 det
AFP AFP PROPN 0 obl:agent
, , PUNCT 0 punct
le le DET 6 det
maire maire NOUN 8 nsubj
a avoir AUX 8 aux:tense
confirmé confirmer VERB -1 root VerbForm=Part
la le DET 10 det
date date NOUN 8 obj
. . PUNCT 8 punct
"""
    sent = parse(text, table).sentences[0]
    assert not _adjectival_participle(sent, sent[0], sent[6])
    assert mention_from(sent, 0, sent[6], text).span.text == "le maire"


#: « … », assurent les services de la préfecture à l'AFP, parsed as spaCy does: the agency hung on
#: the subject's noun.
TOLD_AGENCY = """
« « PUNCT 1 punct
Faux faux ADJ -1 root
» » PUNCT 1 punct
, , PUNCT 4 punct
assurent assurer VERB 1 parataxis
les le DET 6 det
services service NOUN 4 nsubj
de de ADP 9 case
la le DET 9 det
préfecture préfecture NOUN 6 nmod
à à ADP 12 case
l' le DET 12 det
{name} {name} PROPN 6 nmod
. . PUNCT 1 punct
"""


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        # the agency told is the verb's, never part of the source
        ("AFP", "les services de la préfecture"),
        # must not: a body after « à » may be where the source works
        ("ONU", "les services de la préfecture à l'ONU"),
    ],
)
def test_the_agency_a_speaker_tells_is_no_part_of_the_source(name: str, phrase: str) -> None:
    text = f"« Faux », assurent les services de la préfecture à l'{name}."
    sent = parse(text, TOLD_AGENCY.format(name=name)).sentences[0]
    assert mention_from(sent, 0, sent[6], text).span.text == phrase


#: « Ahmet Kemal Öztürk » as spaCy parses it: the middle name an adjective that holds the last.
MIDDLE_NAME = """
Le le DET 1 det
président président NOUN 9 nsubj
turc turc ADJ 1 amod
, , PUNCT 4 punct
Ahmet Ahmet PROPN 9 nsubj
Kemal kemal ADJ 4 amod
Öztürk Öztürk PROPN 5 flat:name
, , PUNCT 9 punct
a avoir AUX 9 aux:tense
reconnu reconnaître VERB -1 root
son son DET 11 det
erreur erreur NOUN 9 obj
. . PUNCT 9 punct
"""


def test_a_name_keeps_the_words_hung_on_its_mistagged_middle() -> None:
    text = "Le président turc, Ahmet Kemal Öztürk, a reconnu son erreur."
    sent = parse(text, MIDDLE_NAME).sentences[0]
    assert mention_from(sent, 0, sent[4], text).span.text == "Ahmet Kemal Öztürk"


#: « … », avertissait ce jeudi matin Paul Roux, as spaCy parses it.
DATED_INCISE = """
« « PUNCT 3 punct
Ce ce DET 3 nsubj
sera être AUX 3 cop
douloureux douloureux ADJ -1 root
» » PUNCT 3 punct
, , PUNCT 6 punct
avertissait avertir VERB 3 parataxis
ce ce DET 8 det
jeudi jeudi NOUN 6 obl:mod
matin matin NOUN 8 nmod
Paul Paul PROPN 6 nsubj
Roux Roux PROPN 10 flat:name
. . PUNCT 3 punct
"""


def test_an_inverted_subject_comes_after_a_date_with_a_demonstrative() -> None:
    # « ce jeudi matin » says when, the verb's: the subject is the name after it
    text = "« Ce sera douloureux », avertissait ce jeudi matin Paul Roux."
    sent = parse(text, DATED_INCISE).sentences[0]
    found = surface_subject(sent, 0, sent[6], text)
    assert found is not None
    assert found.span.text == "Paul Roux"


@pytest.mark.parametrize(
    ("date", "phrase"),
    [
        ("mardi", "la ministre de la mer"),  # a bare date: when the verb was said
        ("fin mars", "la ministre de la mer"),  # a date opened by « fin »: the verb's as well
    ],
)
def test_a_bare_date_after_a_source_is_the_verb_s(date: str, phrase: str) -> None:
    text = f"« Non », a dit la ministre de la mer {date}, jour de grève."
    last = date.split()[-1]
    rows = [
        "« « PUNCT 1 punct",
        "Non non ADV -1 root",
        "» » PUNCT 1 punct",
        ", , PUNCT 5 punct",
        "a avoir AUX 5 aux:tense",
        "dit dire VERB 1 parataxis",
        "la le DET 7 det",
        "ministre ministre NOUN 5 nsubj",
        "de de ADP 10 case",
        "la le DET 10 det",
        "mer mer NOUN 7 nmod",
    ]
    if " " in date:
        rows.append("fin fin NOUN 12 nmod")
        rows.append(f"{last} {last} NOUN 7 nmod")
    else:
        rows.append(f"{last} {last} NOUN 7 nmod")
    n = len(rows)
    rows += [
        f", , PUNCT {n + 1} punct",
        "jour jour NOUN 7 appos",
        f"de de ADP {n + 3} case",
        f"grève grève NOUN {n + 1} nmod",
        ". . PUNCT 1 punct",
    ]
    sent = parse(text, "\n".join(rows)).sentences[0]
    mention = mention_from(sent, 0, sent[7], text)
    assert mention.span.text == phrase


def test_a_dont_aside_naming_members_is_no_part_of_the_group_s_phrase() -> None:
    # « , dont Lorval, » names some of the group's members: the group is the phrase
    text = "Une dizaine de communes, dont Lorval, ont annoncé leur fermeture."
    table = """
Une un DET 1 det
dizaine dizaine NOUN 9 nsubj
de de ADP 3 case
communes commune NOUN 1 nmod
, , PUNCT 6 punct
dont dont PRON 6 nmod
Lorval Lorval PROPN 1 nmod
, , PUNCT 9 punct
ont avoir AUX 9 aux
annoncé annoncer VERB -1 root VerbForm=Part
leur son DET 11 det
fermeture fermeture NOUN 9 obj
. . PUNCT 9 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).span.text == "Une dizaine de communes"
    # must not: a complement with no « dont » stays in the phrase
    plain = "Une dizaine de communes de Lorval ont annoncé leur fermeture."
    plain_table = """
Une un DET 1 det
dizaine dizaine NOUN 7 nsubj
de de ADP 3 case
communes commune NOUN 1 nmod
de de ADP 5 case
Lorval Lorval PROPN 3 nmod
ont avoir AUX 7 aux
annoncé annoncer VERB -1 root VerbForm=Part
leur son DET 9 det
fermeture fermeture NOUN 7 obj
. . PUNCT 7 punct
"""
    sent = parse(plain, plain_table).sentences[0]
    assert mention_from(sent, 0, sent[1], plain).span.text == "Une dizaine de communes de Lorval"


ANSWERED = """
Le le DET 1 det
ministre ministre NOUN 6 nsubj
{link}
{role} {role} NOUN 1 nmod
Paul Paul PROPN 1 appos
Roux Roux PROPN 4 flat:name
a avoir AUX 6 aux
répondu répondre VERB -1 root VerbForm=Part
. . PUNCT 6 punct
"""


@pytest.mark.parametrize(
    ("head", "phrase"),
    [
        # a person's role after « au » following another role: whom the minister answered
        ("ministre", "Le ministre"),
        # must not: a post at someone's side takes that someone in its title
        ("conseiller", "Le conseiller au député Paul Roux"),
    ],
)
def test_a_role_after_au_is_the_addressee_not_the_speaker(head: str, phrase: str) -> None:
    text = f"Le {head} au député Paul Roux a répondu."
    table = ANSWERED.format(link="au au ADP 3 case", role="député").replace(
        "ministre ministre", f"{head} {head}"
    )
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[1], text).span.text == phrase


def test_a_relative_after_a_name_set_off_by_a_comma_is_that_name_s() -> None:
    # the parser hung « qui louait » on « ministre »; a relative stands right after its antecedent
    text = "Le ministre au député Paul Roux, qui louait le projet, a répondu."
    table = """
Le le DET 1 det
ministre ministre NOUN 11 nsubj
au au ADP 3 case
député député NOUN 1 nmod
Paul Paul PROPN 1 appos
Roux Roux PROPN 4 flat:name
, , PUNCT 7 punct
qui qui PRON 8 nsubj
louait louer VERB 1 acl:relcl
le le DET 9 det
projet projet NOUN 8 obj
, , PUNCT 11 punct
a avoir AUX 11 aux
répondu répondre VERB -1 root VerbForm=Part
. . PUNCT 11 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[7], text).span.text == "Paul Roux"


def test_a_titling_participle_takes_its_complement_hung_on_the_verb_and_a_coordination_in_it() -> None:
    # the parser hung « à la culture » on the incise verb, and « France 3 » is joined to a
    # complement of the title; the name after the comma is the title's
    text = "« Rien », a jugé le directeur délégué à la culture de Canal 2 et Canal 3, Paul Vidal."
    table = """
« « PUNCT 1 punct
Rien rien PRON 5 obj
» » PUNCT 1 punct
, , PUNCT 5 punct
a avoir AUX 5 aux:tense
jugé juger VERB -1 root VerbForm=Part
le le DET 7 det
directeur directeur NOUN 5 nsubj
délégué déléguer VERB 7 acl VerbForm=Part Tense=Past
à à ADP 11 case
la le DET 11 det
culture culture NOUN 5 obl:mod
de de ADP 13 case
Canal Canal PROPN 11 nmod
2 2 NUM 13 nummod
et et CCONJ 16 cc
Canal Canal PROPN 13 conj
3 3 NUM 16 nummod
, , PUNCT 7 punct
Paul Paul PROPN 5 nsubj
Vidal Vidal PROPN 19 flat:name
. . PUNCT 5 punct
"""
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[5], text)
    assert mention is not None
    assert mention.span.text == "le directeur délégué à la culture de Canal 2 et Canal 3, Paul Vidal"


def test_a_title_joined_to_another_person_by_et_keeps_its_own_end() -> None:
    # must not: « et » joins a second person to the title's own noun, not to a complement
    text = "« Rien », a dit le ministre de la Mer et son adjoint, Paul Vidal."
    table = """
« « PUNCT 1 punct
Rien rien PRON 5 obj
» » PUNCT 1 punct
, , PUNCT 5 punct
a avoir AUX 5 aux:tense
dit dire VERB -1 root VerbForm=Part
le le DET 7 det
ministre ministre NOUN 5 nsubj
de de ADP 10 case
la le DET 10 det
Mer Mer PROPN 7 nmod
et et CCONJ 13 cc
son son DET 13 det
adjoint adjoint NOUN 7 conj
, , PUNCT 13 punct
Paul Paul PROPN 13 appos
Vidal Vidal PROPN 15 flat:name
. . PUNCT 5 punct
"""
    sent = parse(text, table).sentences[0]
    assert _title_end(sent, (sent[6], sent[7])) == 7  # the title alone: no name reached past « et »


TWO_NAMED_WITH_ROLES = """
« « PUNCT 1 punct
Rien rien PRON 5 obj
» » PUNCT 1 punct
, , PUNCT 5 punct
ont avoir AUX 5 aux:tense Number=Plur
dit dire VERB -1 root VerbForm=Part
Paul Paul PROPN 5 nsubj
Roux Roux PROPN 6 flat:name
, , PUNCT 9 punct
président président NOUN 6 appos
du de ADP 11 case
club club NOUN 9 nmod
, , PUNCT 14 punct
et et CCONJ 14 cc
Anne Anne PROPN 6 conj
Morel Morel PROPN 14 flat:name
. . PUNCT 5 punct
"""


def test_two_inverted_subjects_the_first_with_its_role_between_commas() -> None:
    text = "« Rien », ont dit Paul Roux, président du club, et Anne Morel."
    sent = parse(text, TWO_NAMED_WITH_ROLES).sentences[0]
    mention = surface_subject(sent, 0, sent[5], text)
    assert mention is not None
    assert mention.span.text == "Paul Roux, président du club, et Anne Morel"
    assert [c.text for c in mention.conjuncts] == ["Paul Roux", "Anne Morel"]


def test_a_singular_verb_keeps_one_inverted_subject_before_a_role_and_et() -> None:
    # must not: with a singular verb, « et » after the role joins something else
    text = "« Rien », a dit Paul Roux, président du club, et Anne Morel."
    table = TWO_NAMED_WITH_ROLES.replace(
        "ont avoir AUX 5 aux:tense Number=Plur", "a avoir AUX 5 aux:tense Number=Sing"
    )
    sent = parse(text, table).sentences[0]
    mention = surface_subject(sent, 0, sent[5], text)
    assert mention is not None
    assert mention.span.text == "Paul Roux"


@pytest.mark.parametrize(
    ("verb_rows", "expected"),
    [
        # « jugent » is plural: the councillors, whatever the parser hung the relative on
        ("jugent juger VERB 7 acl:relcl Number=Plur", "élus"),
        # must not: a singular verb agrees with « part », the antecedent the parser gave
        ("juge juger VERB 7 acl:relcl Number=Sing", "la part d'élus"),
    ],
)
def test_a_subject_relative_takes_up_the_noun_its_verb_agrees_with(verb_rows: str, expected: str) -> None:
    verb = verb_rows.split()[0]
    text = f"Cela a suscité des reproches de la part d'élus qui {verb} que rien ne va."
    table = f"""
Cela cela PRON 2 nsubj
a avoir AUX 2 aux:tense
suscité susciter VERB -1 root VerbForm=Part
des un DET 4 det
reproches reproche NOUN 2 obj Number=Plur
de de ADP 7 case
la le DET 7 det
part part NOUN 4 nmod Number=Sing
d' de ADP 9 case
élus élu NOUN 7 nmod Number=Plur
qui qui PRON 11 nsubj
{verb_rows}
que que SCONJ 15 mark
rien rien PRON 15 nsubj
ne ne ADV 15 advmod
va aller VERB 11 ccomp
. . PUNCT 2 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[10], text).span.text == expected


@pytest.mark.parametrize(
    ("place", "phrase"),
    [
        # a social network after « sur » is where the words were posted, the verb's
        ("sur Twitter", "l'équipe nationale"),
        ("via Facebook", "l'équipe nationale"),
        # a complement that is no platform stays the noun's
        ("de Lyon", "l'équipe nationale de Lyon"),
    ],
)
def test_a_platform_posted_on_is_no_part_of_who_posted(place: str, phrase: str) -> None:
    text = f"« Le contrat est rompu », a annoncé l'équipe nationale {place}."
    case, noun = place.split()
    table = f"""
« « PUNCT 4 punct
Le le DET 2 det
contrat contrat NOUN 4 nsubj:pass
est être AUX 4 aux:pass
rompu rompre VERB -1 root
» » PUNCT 4 punct
, , PUNCT 8 punct
a avoir AUX 8 aux:tense
annoncé annoncer VERB 4 parataxis
l' le DET 10 det
équipe équipe NOUN 8 nsubj
nationale national ADJ 10 amod
{case} {case} ADP 13 case
{noun} {noun} PROPN 10 nmod
. . PUNCT 4 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[10], text).span.text == phrase


#: « …, précise Lyon 2030 dans un communiqué », parsed as spaCy does: the year hung on the root.
EVENT_YEAR = """
Tout tout PRON 2 nsubj
est être AUX 2 cop
prêt prêt ADJ -1 root
, , PUNCT 4 punct
précise préciser VERB 2 parataxis
Lyon Lyon PROPN 4 nsubj
{year} {year} NUM 2 punct
dans dans ADP 9 case
un un DET 9 det
communiqué communiqué NOUN 2 obl:mod
. . PUNCT 2 punct
"""


@pytest.mark.parametrize(("year", "phrase"), [("2030", "Lyon 2030"), ("30", "Lyon")])
def test_a_name_keeps_the_year_the_parser_hung_elsewhere(year: str, phrase: str) -> None:
    # an event and the body that runs it are named with their year; any other number is not the name's
    text = f"Tout est prêt, précise Lyon {year} dans un communiqué."
    sent = parse(text, EVENT_YEAR.format(year=year)).sentences[0]
    mention = mention_from(sent, 0, sent[5], text)
    assert mention.span.text == phrase


#: « « Tout ira mieux », a estimé le ministre délégué aux Transports Paul Roux. », parsed as spaCy
#: does: the participle hung on the role, the name apposed to it with no comma.
DELEGATED = """
« « PUNCT 7 punct
Tout tout PRON 2 nsubj
ira aller VERB 7 ccomp
mieux mieux ADV 2 advmod
» » PUNCT 3 punct
, , PUNCT 7 punct
a avoir AUX 7 aux:tense
estimé estimer VERB -1 root VerbForm=Part
le le DET 9 det
ministre ministre NOUN 7 obj
délégué déléguer VERB 9 acl VerbForm=Part Tense=Past
aux à ADP 12 case
Transports transport NOUN 9 nmod
{after}
. . PUNCT 7 punct
"""


@pytest.mark.parametrize(
    ("after", "phrase"),
    [
        # a titling participle and its complement are the role's; the name after them its holder's
        (
            "Paul Paul PROPN 9 appos\nRoux Roux PROPN 13 flat:name",
            "le ministre délégué aux Transports Paul Roux",
        ),
        # no name after the title: the role as the word order read it
        ("mardi mardi NOUN 7 obl:mod", "le ministre"),
    ],
    ids=["name", "no name"],
)
def test_an_incise_subject_reads_a_titling_participle_to_the_name_after_it(after: str, phrase: str) -> None:
    words = [row.split()[0] for row in after.split("\n")]
    text = "« Tout ira mieux », a estimé le ministre délégué aux Transports " + " ".join(words) + "."
    sent = parse(text, DELEGATED.format(after=after)).sentences[0]
    mention = surface_subject(sent, 0, sent[7], text)
    assert mention is not None
    assert mention.span.text == phrase


#: « Rien n'a fui, confie une source proche du parquet, qui précise que tout va. », parsed as
#: spaCy does: the relative hung on the adjective's complement, not on the source.
CLOSE_TO_THE_CASE = """
Rien rien PRON 2 nsubj
n' ne ADV 2 advmod
a avoir AUX 3 aux:tense
fui fuir VERB -1 root VerbForm=Part
, , PUNCT 5 punct
confie confier VERB 3 advcl
une un DET 7 det
{noun} {noun} NOUN 5 obj
proche proche ADJ 7 amod
du de ADP 10 case
parquet parquet NOUN 8 obl:arg
, , PUNCT 10 punct
qui qui PRON 13 nsubj
précise préciser VERB 10 acl:relcl
que que SCONJ 16 mark
tout tout PRON 16 nsubj
va aller VERB 13 ccomp
. . PUNCT 3 punct
"""


@pytest.mark.parametrize(
    ("noun", "phrase"),
    [
        # a relative after an adjective's complement is the role's, who can speak
        ("source", "une source proche du parquet"),
        # must not: a noun that names no role stays as the parser hung it
        ("maison", "parquet"),
    ],
)
def test_a_relative_after_an_adjective_s_complement_is_the_role_s(noun: str, phrase: str) -> None:
    text = f"Rien n'a fui, confie une {noun} proche du parquet, qui précise que tout va."
    sent = parse(text, CLOSE_TO_THE_CASE.format(noun=noun)).sentences[0]
    mention = mention_from(sent, 0, sent[12], text)
    assert mention.span.text == phrase


#: « Si l'on en croit ces économistes de la banque Norda, Velta serait prudente. », parsed as spaCy
#: does: « Velta », the clause's subject, reads as a name apposed to the source after its comma.
BELIEVED = """
Si si SCONJ 4 mark
l' le PRON 4 nsubj
on on PRON 4 nsubj
en en PRON 4 iobj
croit croire VERB -1 root
ces ce DET 6 det
économistes économiste NOUN 4 nsubj
de de ADP 9 case
la le DET 9 det
banque banque NOUN 6 nmod
Norda Norda PROPN 9 nmod
, , PUNCT 4 punct
Velta Velta PROPN 13 nsubj
serait être AUX 4 advcl
prudente prudent ADJ 13 xcomp
. . PUNCT 4 punct
"""


def test_a_name_apposed_past_where_the_phrase_must_end_is_no_part_of_it() -> None:
    # the caller stops the source's phrase at the comma that opens its clause (the name after it
    # is the clause's subject): no apposition reaches past it
    text = "Si l'on en croit ces économistes de la banque Norda, Velta serait prudente."
    sent = parse(text, BELIEVED).sentences[0]
    mention = mention_from(sent, 0, sent[6], text, allowed=lambda w: w.index < 11)
    assert mention.span.text == "ces économistes de la banque Norda"
    # with no such end, a name set off after a role's comma is the role's holder
    assert mention_from(sent, 0, sent[6], text).span.text == "ces économistes de la banque Norda, Velta"


#: « Selon les experts de « Harlow Finance », Velta serait prudente. », parsed as spaCy does.
QUOTED_COMPLEMENT = """
Selon selon ADP 2 case
les le DET 2 det
experts expert NOUN 11 obl:mod
de de ADP 5 case
« « PUNCT 5 nummod
Harlow Harlow PROPN 2 nmod
Finance Finance PROPN 5 flat:name
» » PUNCT 5 punct
, , PUNCT 11 punct
Velta Velta PROPN 11 nsubj
serait être AUX 11 cop
prudente prudent ADJ -1 root
. . PUNCT 11 punct
"""


def test_a_name_in_marks_as_a_noun_s_complement_is_part_of_the_phrase() -> None:
    # the words in marks are a quotation the caller keeps out of the phrase; a capitalised name
    # in marks right after « de » is the complement's, written so, as it is after a body's noun
    text = "Selon les experts de « Harlow Finance », Velta serait prudente."
    sent = parse(text, QUOTED_COMPLEMENT).sentences[0]
    mention = mention_from(sent, 0, sent[2], text, allowed=lambda w: w.index < 4)
    assert mention.span.text == "les experts de « Harlow Finance »"


#: « Les retraits ont vivement déplu aux organisateurs du rallye de voitures de Dinan, doté de
#: 40.000 euros, qui ont parlé « d'affront ». », parsed as spaCy parses such a sentence: the
#: relative on « rallye ».
AMOUNT_BEFORE_RELATIVE = """
Les le DET 1 det
retraits retrait NOUN 4 nsubj:pass
ont avoir AUX 4 aux:tense
vivement vivement ADV 4 advmod
déplu déplaire VERB -1 root VerbForm=Part
aux à ADP 6 case
organisateurs organisateur NOUN 4 obl:arg
du de ADP 8 case
rallye rallye NOUN 6 nmod Number=Sing
de de ADP 10 case
voitures voiture NOUN 8 nmod
de de ADP 12 case
Dinan Dinan PROPN 8 nmod
, , PUNCT 8 punct
doté doter VERB 8 acl VerbForm=Part
de de ADP 16 case
40.000 40.000 NUM 17 nummod
euros euro NOUN 14 obl:arg Number=Plur
, , PUNCT 14 punct
qui qui PRON 21 nsubj
ont avoir AUX 21 aux:tense Number=Plur
parlé parler VERB 8 acl:relcl VerbForm=Part
« « PUNCT 24 punct
d' de ADP 24 mark
affront affront VERB 21 dep
» » PUNCT 24 punct
. . PUNCT 4 punct
"""


def test_an_amount_is_no_antecedent_of_a_relative_that_speaks() -> None:
    # the plural verb would send the relative past « rallye » to the plural noun of its phrase,
    # an amount counted in figures: things say nothing, so the noun it hangs on is read, whose
    # organisers speak
    text = (
        "Les retraits ont vivement déplu aux organisateurs du rallye de voitures de Dinan, doté de "
        "40.000 euros, qui ont parlé « d'affront »."
    )
    sent = parse(text, AMOUNT_BEFORE_RELATIVE).sentences[0]
    assert mention_from(sent, 0, sent[19], text).span.text == "organisateurs du rallye de voitures de Dinan"
    # a count of people who may speak is their antecedent still
    people = text.replace("40.000 euros", "40.000 bénévoles")
    sent = parse(people, AMOUNT_BEFORE_RELATIVE.replace("euros euro", "bénévoles bénévole")).sentences[0]
    assert mention_from(sent, 0, sent[19], people).span.text == "bénévoles"


#: « « La situation est grave », a déclaré le délégué de la Fondation Lumière (ex-fondation
#: Soleil) Marc Lemoine lundi. », as spaCy parses it: the name made the root.
BRACKETED_ASIDE_NAME = """
« « PUNCT 4 punct
La le DET 2 det
situation situation NOUN 4 nsubj
est être AUX 4 cop
grave grave ADJ 19 amod
» » PUNCT 4 punct
, , PUNCT 8 punct
a avoir AUX 8 aux:tense
déclaré déclarer VERB 4 parataxis VerbForm=Part
le le DET 10 det
délégué délégué NOUN 8 nsubj
de de ADP 13 case
la le DET 13 det
Fondation fondation NOUN 10 nmod
Lumière lumièr ADJ 13 amod
( ( PUNCT 8 punct
ex-fondation ex-fondation NOUN 8 nsubj
Soleil Soleil PROPN 16 nmod
) ) PUNCT 8 punct
Marc Marc PROPN -1 root
Lemoine Lemoine PROPN 19 flat:name
lundi lundi NOUN 19 flat:name
. . PUNCT 19 punct
"""


def test_a_name_after_a_bracketed_aside_holds_the_title_before_it() -> None:
    # the brackets set the holder's name off from the title, as a comma does
    text = (
        "« La situation est grave », a déclaré le délégué de la Fondation Lumière (ex-fondation Soleil) "
        "Marc Lemoine lundi."
    )
    sent = parse(text, BRACKETED_ASIDE_NAME).sentences[0]
    mention = mention_from(sent, 0, sent[10], text)
    assert mention.span.text.endswith("(ex-fondation Soleil) Marc Lemoine")
    # must not: a name no given name opens after the brackets is no holder's
    other = text.replace("Marc Lemoine", "Grand Lemoine")
    sent = parse(other, BRACKETED_ASIDE_NAME.replace("Marc Marc", "Grand Grand")).sentences[0]
    assert mention_from(sent, 0, sent[10], other).span.text == "le délégué de la Fondation Lumière"


#: « « Le tir a eu lieu », a déclaré l'état-major », as spaCy parses it, the words after the
#: subject's noun left out; the verb at 9.
STAFF_INCISE = """
« « PUNCT 4 punct
Le le DET 2 det
tir tir NOUN 4 nsubj
a avoir AUX 4 aux
eu avoir VERB -1 root
lieu lieu NOUN 4 obj
» » PUNCT 4 punct
, , PUNCT 9 punct
a avoir AUX 9 aux:tense
déclaré déclarer VERB 4 parataxis VerbForm=Part
l' le DET 11 det
état-major état-major NOUN 9 nsubj
"""

#: :data:`STAFF_INCISE`, then « sud-coréen <word> par l'agence Yonhap. » as spaCy parses it:
#: « cité » a noun, the adjective hung on the verb.
RELAYED_INCISE = (
    STAFF_INCISE
    + """sud-coréen sud-coréen ADJ 9 punct
{word} {word} NOUN 4 acl
par par ADP 16 case
l' le DET 16 det
agence agence NOUN 13 obl:agent
Yonhap Yonhap PROPN 16 nmod
. . PUNCT 4 punct
"""
)


@pytest.mark.parametrize(
    ("word", "subject"),
    [
        # the participle before its agent says who relayed the words, no part of the name
        ("cité", "l'état-major sud-coréen"),
        ("relayé", "l'état-major sud-coréen"),
        # must not: a role before « par » stays in the phrase
        ("délégué", "l'état-major sud-coréen délégué"),
    ],
)
def test_a_participle_before_its_agent_ends_the_incise_subject(word: str, subject: str) -> None:
    text = f"« Le tir a eu lieu », a déclaré l'état-major sud-coréen {word} par l'agence Yonhap."
    sent = parse(text, RELAYED_INCISE.format(word=word)).sentences[0]
    mention = surface_subject(sent, 0, sent[9], text)
    assert mention is not None
    assert mention.span.text == subject


#: :data:`STAFF_INCISE`, then « <adjective>. », the adjective hung on the verb as spaCy does after
#: a hyphenated noun.
ADJECTIVE_AFTER_INCISE_SUBJECT = (
    STAFF_INCISE
    + """{adjective} {adjective} ADJ 9 punct
. . PUNCT 4 punct
"""
)


@pytest.mark.parametrize(
    ("adjective", "subject"),
    [
        # a nationality after the noun is the name's, whatever the parser hung it on
        ("sud-coréen", "l'état-major sud-coréen"),
        # must not: another adjective hung on the verb is left out
        ("furieux", "l'état-major"),
    ],
)
def test_a_nationality_ends_the_incise_subject_whatever_it_hangs_on(adjective: str, subject: str) -> None:
    text = f"« Le tir a eu lieu », a déclaré l'état-major {adjective}."
    sent = parse(text, ADJECTIVE_AFTER_INCISE_SUBJECT.format(adjective=adjective)).sentences[0]
    mention = surface_subject(sent, 0, sent[9], text)
    assert mention is not None
    assert mention.span.text == subject


#: « « Faux », ont assuré des <noun> policières à l'AFP. », as spaCy parses it: the agency hung
#: on the subject's noun.
TOLD_BY_INFORMANTS = """
« « PUNCT 1 punct
Faux faux ADJ -1 root
» » PUNCT 1 punct
, , PUNCT 5 punct
ont avoir AUX 5 aux:tense
assuré assurer VERB 1 parataxis VerbForm=Part
des un DET 7 det
{noun} {noun} NOUN 5 nsubj
policières policier ADJ 7 amod
à à ADP 11 case
l' le DET 11 det
AFP AFP PROPN 7 nmod
. . PUNCT 1 punct
"""


@pytest.mark.parametrize(
    ("noun", "phrase"),
    [
        # an informant tells the agency: it is no part of the source
        ("sources", "des sources policières"),
        # must not: a role of the press works there (« des chroniqueurs à l'AFP »)
        ("chroniqueuses", "des chroniqueuses policières à l'AFP"),
    ],
)
def test_the_agency_informants_tell_is_no_part_of_the_source(noun: str, phrase: str) -> None:
    text = f"« Faux », ont assuré des {noun} policières à l'AFP."
    sent = parse(text, TOLD_BY_INFORMANTS.format(noun=noun)).sentences[0]
    assert mention_from(sent, 0, sent[7], text).span.text == phrase


#: « « Non », a précisé la préfecture de <name> mardi soir. », as spaCy parses it: the day hung on
#: the place's name; the verb at 5.
DATE_ON_A_NAME = """
« « PUNCT 1 punct
Non non ADV -1 root
» » PUNCT 1 punct
, , PUNCT 5 punct
a avoir AUX 5 aux:tense
précisé préciser VERB 1 parataxis VerbForm=Part
la le DET 7 det
préfecture préfecture NOUN 5 nsubj
de de ADP 9 case
{name} {name} NOUN 7 nmod
mardi mardi NOUN 9 nmod
soir soir NOUN 10 nmod
. . PUNCT 1 punct
"""


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        # a name takes no bare date for complement: the day says when the verb was said
        ("Corrèze", "la préfecture de Corrèze"),
        # must not: on a common noun inside the phrase the parse's reading stands
        ("garde", "la préfecture de garde mardi soir"),
    ],
)
def test_a_bare_date_hung_on_a_name_is_the_verb_s(name: str, phrase: str) -> None:
    text = f"« Non », a précisé la préfecture de {name} mardi soir."
    sent = parse(text, DATE_ON_A_NAME.format(name=name)).sentences[0]
    assert mention_from(sent, 0, sent[7], text).span.text == phrase


@pytest.mark.parametrize("relative", ["auquel", "duquel", "lequel"])
def test_a_prepositional_relative_the_parser_hung_on_the_subject_is_no_part_of_it(relative: str) -> None:
    # « un tir, auquel Paul Roux avait promis de riposter »: the relative opens the clause
    text = f"Un tir a eu lieu, {relative} Paul Roux avait promis de riposter."
    table = f"""
Un un DET 1 det
tir tir NOUN 3 nsubj
a avoir AUX 3 aux:tense
eu avoir VERB -1 root VerbForm=Part
lieu lieu NOUN 3 obj
, , PUNCT 11 punct
{relative} {relative} PRON 7 nmod
Paul Paul PROPN 10 nsubj
Roux Roux PROPN 7 flat:name
avait avoir AUX 10 aux:tense
promis promettre VERB 1 acl:relcl VerbForm=Part
de de ADP 12 mark
riposter riposter VERB 10 xcomp VerbForm=Inf
. . PUNCT 3 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[7], text).span.text == "Paul Roux"


@pytest.mark.parametrize(
    ("date", "mention"),
    [
        # a date with no preposition says when the source spoke, no part of its name
        ("début juillet", "le syndicat de la Pharmacie"),
        ("ce mercredi", "le syndicat de la Pharmacie"),
        # a capitalised day is a name's word
        ("du Dimanche", "le syndicat de la Pharmacie du Dimanche"),
    ],
)
def test_a_date_after_a_source_is_no_part_of_its_mention(date: str, mention: str) -> None:
    first, second = date.split()
    text = f"Selon le syndicat de la Pharmacie {date}, l'objectif est atteint."
    case = "ADP 7 case" if first == "du" else ("DET 7 det" if first == "ce" else "NOUN 2 nmod")
    table = f"""
Selon selon ADP 2 case
le le DET 2 det
syndicat syndicat NOUN 11 obl:mod
de de ADP 5 case
la le DET 5 det
Pharmacie pharmacie NOUN 2 nmod
{first} {first.lower()} {case}
{second} {second.lower()} NOUN 2 {"amod" if first == "début" else "nmod"}
, , PUNCT 11 punct
l' le DET 10 det
objectif objectif NOUN 11 nsubj
est être VERB -1 root
atteint atteint ADJ 11 xcomp
. . PUNCT 11 punct
"""
    sent = parse(text, table).sentences[0]
    assert mention_from(sent, 0, sent[2], text).span.text == mention


@pytest.mark.parametrize("conjunction", ["mais", "et"])
def test_a_name_apposed_to_a_role_may_close_on_a_conjunction(conjunction: str) -> None:
    # « a déclaré le ministre, Paul Roux mais il … »: the conjunction opens what comes next
    text = f"« Nous sommes prêts », a déclaré le ministre, Paul Roux {conjunction} il est resté prudent."
    table = f"""
« « PUNCT 3 punct
Nous nous PRON 3 nsubj
sommes être AUX 3 cop
prêts prêt ADJ -1 root
» » PUNCT 3 punct
, , PUNCT 3 punct
a avoir AUX 7 aux:tense
déclaré déclarer VERB 3 parataxis VerbForm=Part
le le DET 9 det
ministre ministre NOUN 7 obj
, , PUNCT 9 punct
Paul Paul PROPN 9 appos
Roux Roux PROPN 11 flat:name
{conjunction} {conjunction} CCONJ 16 cc
il il PRON 16 nsubj
est être AUX 16 aux:tense
resté rester VERB 3 punct VerbForm=Part
prudent prudent ADJ 16 xcomp
. . PUNCT 3 punct
"""
    sent = parse(text, table).sentences[0]
    found = surface_subject(sent, 0, sent[7], text)
    assert found is not None
    assert found.span.text == "le ministre, Paul Roux"
