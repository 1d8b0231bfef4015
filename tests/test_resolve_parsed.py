"""Resolution with a parse: hand-built ParsedDocs (no model) for subjects, entities, adjectives."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import pytest
from hand_parse import parse, parse_sentences

from quoteattr.attribute.entities import index_document
from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.resolve import Resolver
from quoteattr.model import Span
from quoteattr.parse.types import ParsedDoc, Sentence, Word

# (text, upos, head, deprel, ent) for each word, in order; heads are 0-based, -1 for the root.
Row = tuple[str, str, int, str, str]


def sentence(text: str, offset: int, rows: Sequence[Row]) -> Sentence:
    """A parsed sentence whose words are found in ``text`` from ``offset`` on, in order."""
    words: list[Word] = []
    cursor = offset
    for index, (form, upos, head, deprel, ent) in enumerate(rows):
        start = text.index(form, cursor)
        cursor = start + len(form)
        words.append(
            Word(
                index=index,
                text=form,
                lemma=form.lower(),
                upos=upos,
                head=head,
                deprel=deprel,
                span=Span(start, cursor, source=text),
                ent=ent,
                ent_iob="B" if ent else "O",
            )
        )
    return Sentence(span=Span(words[0].start, words[-1].end, source=text), words=tuple(words))


def pronoun_at(text: str, words: str) -> Mention:
    start = text.index(words)
    span = Span(start, start + len(words), source=text)
    return Mention(span=span, head=span, kind=MentionKind.PRONOUN)


OBJECT_TEXT = "Paul Arnaud a reçu Pierre Lenoir dans son bureau. Il a déclaré : « Rien ne change. »"
OBJECT_ROWS: list[Row] = [
    ("Paul", "PROPN", 3, "nsubj", "PER"),
    ("Arnaud", "PROPN", 0, "flat:name", "PER"),
    ("a", "AUX", 3, "aux", ""),
    ("reçu", "VERB", -1, "ROOT", ""),
    ("Pierre", "PROPN", 3, "obj", "PER"),
    ("Lenoir", "PROPN", 4, "flat:name", "PER"),
    ("dans", "ADP", 8, "case", ""),
    ("son", "DET", 8, "det", ""),
    ("bureau", "NOUN", 3, "obl", ""),
    (".", "PUNCT", 3, "punct", ""),
]


def test_the_parse_tells_the_subject_from_the_object() -> None:
    doc = ParsedDoc(text=OBJECT_TEXT, sentences=(sentence(OBJECT_TEXT, 0, OBJECT_ROWS),))
    resolver = Resolver(OBJECT_TEXT, doc)
    speaker = resolver.resolve(pronoun_at(OBJECT_TEXT, "Il"), before=OBJECT_TEXT.index("Rien"))
    assert speaker.name == "Paul Arnaud"


def test_without_a_parse_a_name_after_a_compound_past_is_its_object() -> None:
    # once a known limit (an object right after the verb looked like a subject), now read from
    # the surface: « a reçu Pierre Lenoir » is a compound past and its object
    resolver = Resolver(OBJECT_TEXT)
    speaker = resolver.resolve(pronoun_at(OBJECT_TEXT, "Il"), before=OBJECT_TEXT.index("Rien"))
    assert speaker.name == "Paul Arnaud"


# « fermé » reports nothing: before a speech verb's compound past (« a publié »), a bare word opening
# the sentence is a name even without the parse (a common noun takes its article)
ORG_TEXT = "Danone a fermé ses usines lundi. Il a déclaré : « L'année fut bonne. »"


def test_named_entity_of_the_parse_keeps_a_sentence_initial_name() -> None:
    rows: list[Row] = [
        ("Danone", "PROPN", 2, "nsubj", "ORG"),
        ("a", "AUX", 2, "aux", ""),
        ("fermé", "VERB", -1, "ROOT", ""),
        ("ses", "DET", 4, "det", ""),
        ("usines", "NOUN", 2, "obj", ""),
        ("lundi", "NOUN", 2, "obl", ""),
        (".", "PUNCT", 2, "punct", ""),
    ]
    doc = ParsedDoc(text=ORG_TEXT, sentences=(sentence(ORG_TEXT, 0, rows),))
    speaker = Resolver(ORG_TEXT, doc).resolve(pronoun_at(ORG_TEXT, "Il"), before=ORG_TEXT.index("L'année"))
    assert speaker.name == "Danone"
    assert Resolver(ORG_TEXT, doc).entities() == ()


def test_without_the_parse_a_lone_sentence_initial_word_is_no_name() -> None:
    speaker = Resolver(ORG_TEXT).resolve(pronoun_at(ORG_TEXT, "Il"), before=ORG_TEXT.index("L'année"))
    assert speaker.name is None  # conservative: nothing fits, the mention is kept without a name
    assert speaker.mention is not None


ADJ_TEXT = "Le Conseil d’État monégasque a rendu son avis. « La loi est claire », a précisé le Conseil."


def test_adjectives_from_the_parse_extend_an_organisation_name() -> None:
    rows: list[Row] = [
        ("Le", "DET", 1, "det", ""),
        ("Conseil", "PROPN", 6, "nsubj", "ORG"),
        ("d’", "ADP", 3, "case", ""),
        ("État", "PROPN", 1, "nmod", ""),
        ("monégasque", "ADJ", 1, "amod", ""),
        ("a", "AUX", 6, "aux", ""),
        ("rendu", "VERB", -1, "ROOT", ""),
        ("son", "DET", 8, "det", ""),
        ("avis", "NOUN", 6, "obj", ""),
        (".", "PUNCT", 6, "punct", ""),
    ]
    doc = ParsedDoc(text=ADJ_TEXT, sentences=(sentence(ADJ_TEXT, 0, rows),))
    start = ADJ_TEXT.rindex("le Conseil")
    span = Span(start, start + len("le Conseil"), source=ADJ_TEXT)
    mention = Mention(span=span, head=span, kind=MentionKind.NAME)
    with_parse = Resolver(ADJ_TEXT, doc).resolve(mention, before=ADJ_TEXT.index("La loi"))
    without = Resolver(ADJ_TEXT).resolve(mention, before=ADJ_TEXT.index("La loi"))
    assert with_parse.name == "Conseil d’État monégasque"
    assert without.name == "Conseil d’État"


UNITED_TAIL = """
a avoir AUX {verb} aux
rendu rendre VERB -1 ROOT VerbForm=Part
son son DET {noun} det
avis avis NOUN {verb} obj
. . PUNCT {verb} punct
"""


@pytest.mark.parametrize(
    ("name_words", "table", "name"),
    [
        # a participle the parse hangs on the name as an adjective belongs to it
        (
            "Cantons unis",
            """
            Le le DET 1 det
            Conseil conseil PROPN 6 nsubj ent=ORG
            des de ADP 3 case
            Cantons canton PROPN 1 nmod
            unis unir VERB 1 amod VerbForm=Part
            """
            + UNITED_TAIL.format(verb=6, noun=8),
            "Conseil des Cantons unis",
        ),
        # a participle opening a clause of its own does not: « réuni lundi »
        (
            "Cantons réuni lundi",
            """
            Le le DET 1 det
            Conseil conseil PROPN 7 nsubj ent=ORG
            des de ADP 3 case
            Cantons canton PROPN 1 nmod
            réuni réunir VERB 1 acl VerbForm=Part
            lundi lundi NOUN 4 obl:mod
            """
            + UNITED_TAIL.format(verb=7, noun=9),
            "Conseil des Cantons",
        ),
    ],
)
def test_a_participle_the_parse_makes_an_adjective_extends_an_organisation_name(
    name_words: str, table: str, name: str
) -> None:
    text = f"Le Conseil des {name_words} a rendu son avis. « La loi est claire », a précisé le Conseil."
    start = text.rindex("le Conseil")
    span = Span(start, start + len("le Conseil"), source=text)
    mention = Mention(span=span, head=span, kind=MentionKind.NAME)
    speaker = Resolver(text, parse(text, table)).resolve(mention, before=text.index("La loi"))
    assert speaker.name == name


def test_parse_gender_of_a_proper_noun_is_not_trusted() -> None:
    # spaCy's French models give PROPN a Gender that is mostly a default: the role written
    # with the name ("La ministre …, Rima Abdul Malak") is the clue that counts.
    text = "La ministre de la Culture, Rima Abdul Malak, a visité le musée. Elle a dit : « Bravo. »"
    rows: list[Row] = [
        ("La", "DET", 1, "det", ""),
        ("ministre", "NOUN", 11, "nsubj", "ORG"),
        ("de", "ADP", 4, "case", "ORG"),
        ("la", "DET", 4, "det", "ORG"),
        ("Culture", "NOUN", 1, "nmod", "ORG"),
        (",", "PUNCT", 1, "punct", ""),
        ("Rima", "PROPN", 1, "appos", "PER"),
        ("Abdul", "PROPN", 6, "flat:name", "PER"),
        ("Malak", "PROPN", 7, "flat:name", "PER"),
        (",", "PUNCT", 11, "punct", ""),
        ("a", "AUX", 11, "aux", ""),
        ("visité", "VERB", -1, "ROOT", ""),
        ("le", "DET", 13, "det", ""),
        ("musée", "NOUN", 11, "obj", ""),
        (".", "PUNCT", 11, "punct", ""),
    ]
    parsed = sentence(text, 0, rows)
    words = [
        attrs.evolve(w, feats={"Gender": "Masc", "Number": "Sing"}) if w.upos == "PROPN" else w
        for w in parsed.words
    ]
    doc = ParsedDoc(text=text, sentences=(Sentence(span=parsed.span, words=tuple(words)),))
    speaker = Resolver(text, doc).resolve(pronoun_at(text, "Elle"), before=text.index("Bravo"))
    assert speaker.name == "Rima Abdul Malak"
    assert speaker.title == "ministre de la Culture"


APPOSED_TEXT = (
    "Le tribunal a condamné Jean Petit. Son avocat, Me Paul Arnaud, a annoncé un appel. "
    "« Mon client a été mal jugé », a-t-il déclaré."
)
APPOSED_ROWS: list[Row] = [
    ("Son", "DET", 1, "det", ""),
    ("avocat", "NOUN", 8, "nsubj", ""),
    (",", "PUNCT", 3, "punct", ""),
    ("Me", "PROPN", 1, "appos", ""),
    ("Paul", "PROPN", 3, "flat:name", "PER"),
    ("Arnaud", "PROPN", 4, "flat:name", "PER"),
    (",", "PUNCT", 8, "punct", ""),
    ("a", "AUX", 8, "aux:tense", ""),
    ("annoncé", "VERB", -1, "root", ""),
    ("un", "DET", 10, "det", ""),
    ("appel", "NOUN", 8, "obj", ""),
    (".", "PUNCT", 8, "punct", ""),
]


def test_a_name_apposed_between_commas_to_the_subject_is_the_subject() -> None:
    # « Son avocat, Me Paul Arnaud, a annoncé … »: the name is the subject's own, so a pronoun
    # after it weighs it as the sentence's subject, not as a name met in passing
    start = APPOSED_TEXT.index("Son avocat")
    doc = ParsedDoc(text=APPOSED_TEXT, sentences=(sentence(APPOSED_TEXT, start, APPOSED_ROWS),))
    named = [o for o in index_document(APPOSED_TEXT, doc).occurrences if o.name.endswith("Arnaud")]
    assert [o.subject for o in named] == [True]


ROLE_NAME_TEXT = (
    "Le président Paul Arnaud a reçu les syndicats avec le ministre Pierre Lenoir. "
    "Il a déclaré : « Rien ne change. »"
)
ROLE_NAME_ROWS: list[Row] = [
    ("Le", "DET", 1, "det", ""),
    ("président", "NOUN", 5, "nsubj", ""),
    ("Paul", "PROPN", 1, "appos", "PER"),
    ("Arnaud", "PROPN", 2, "flat:name", "PER"),
    ("a", "AUX", 5, "aux:tense", ""),
    ("reçu", "VERB", -1, "root", ""),
    ("les", "DET", 7, "det", ""),
    ("syndicats", "NOUN", 5, "obj", ""),
    ("avec", "ADP", 10, "case", ""),
    ("le", "DET", 10, "det", ""),
    ("ministre", "NOUN", 5, "obl:mod", ""),
    ("Pierre", "PROPN", 10, "appos", "PER"),
    ("Lenoir", "PROPN", 11, "flat:name", "PER"),
    (".", "PUNCT", 5, "punct", ""),
]


def test_a_name_right_after_the_subject_role_noun_is_the_subject() -> None:
    # « Le président Paul Arnaud a reçu … avec le ministre Pierre Lenoir. Il a déclaré » : the
    # parser hangs the name on the role noun, but « Paul Arnaud » is the subject all the same,
    # and the pronoun takes him up rather than the minister named last in a complement
    doc = ParsedDoc(text=ROLE_NAME_TEXT, sentences=(sentence(ROLE_NAME_TEXT, 0, ROLE_NAME_ROWS),))
    persons = [o for o in index_document(ROLE_NAME_TEXT, doc).occurrences if o.kind == "person"]
    assert {o.name: o.subject for o in persons} == {"Paul Arnaud": True, "Pierre Lenoir": False}
    speaker = Resolver(ROLE_NAME_TEXT, doc).resolve(
        pronoun_at(ROLE_NAME_TEXT, "Il"), before=ROLE_NAME_TEXT.index("Rien")
    )
    assert speaker.name == "Paul Arnaud"


BRACKETED_TEXT = "Le maire, Paul Arnaud (divers droite), soutient le projet. Pour lui, « tout ira bien »."
BRACKETED_ROWS: list[Row] = [
    ("Le", "DET", 1, "det", ""),
    ("maire", "NOUN", 11, "nsubj", ""),
    (",", "PUNCT", 3, "punct", ""),
    ("Paul", "PROPN", 1, "appos", "PER"),
    ("Arnaud", "PROPN", 3, "flat:name", "PER"),
    ("(", "PUNCT", 3, "punct", ""),
    ("divers", "ADJ", 7, "amod", ""),
    ("droite", "NOUN", 3, "appos", ""),
    (")", "PUNCT", 3, "punct", ""),
    (",", "PUNCT", 11, "punct", ""),
    ("soutient", "VERB", -1, "root", ""),
    ("le", "DET", 13, "det", ""),
    ("projet", "NOUN", 11, "obj", ""),
    (".", "PUNCT", 11, "punct", ""),
]


@pytest.mark.parametrize(
    ("text", "rows", "subject"),
    [
        # a party label in brackets closes the apposed name before its comma
        (BRACKETED_TEXT, BRACKETED_ROWS, True),
        # a name closing the sentence after a comma is no subject's
        (
            "Le maire a parlé, Paul Arnaud (divers droite).",
            [
                ("Le", "DET", 1, "det", ""),
                ("maire", "NOUN", 3, "nsubj", ""),
                ("a", "AUX", 3, "aux:tense", ""),
                ("parlé", "VERB", -1, "root", ""),
                (",", "PUNCT", 5, "punct", ""),
                ("Paul", "PROPN", 1, "appos", "PER"),
                ("Arnaud", "PROPN", 5, "flat:name", "PER"),
                ("(", "PUNCT", 5, "punct", ""),
                ("divers", "ADJ", 9, "amod", ""),
                ("droite", "NOUN", 5, "appos", ""),
                (")", "PUNCT", 5, "punct", ""),
                (".", "PUNCT", 3, "punct", ""),
            ],
            False,
        ),
    ],
)
def test_a_label_in_brackets_closes_a_name_apposed_to_the_subject(
    text: str, rows: list[Row], subject: bool
) -> None:
    doc = ParsedDoc(text=text, sentences=(sentence(text, 0, rows),))
    named = [o for o in index_document(text, doc).occurrences if o.name.endswith("Arnaud")]
    assert [o.subject for o in named] == [subject]


SUMMONED_TEXT = "Le maire a été sommé par l'ONU de rendre les terres."
SUMMONED = """
Le le DET 1 det
maire maire NOUN 4 nsubj:pass
a avoir AUX 4 aux:tense
été être AUX 4 aux:pass
sommé sommer VERB -1 root VerbForm=Part
par par ADP 7 case
l' le DET 7 det
ONU ONU PROPN 4 obl:agent
de de ADP 9 mark
rendre rendre VERB 4 xcomp VerbForm=Inf
les le DET 11 det
terres terre NOUN 9 obj
. . PUNCT 4 punct
"""


def test_an_infinitive_after_de_is_no_part_of_an_organisation_s_name() -> None:
    doc = parse(SUMMONED_TEXT, SUMMONED)
    organisations = [
        o.name for o in index_document(SUMMONED_TEXT, doc).occurrences if o.kind == "organisation"
    ]
    assert organisations == ["ONU"]


#: « « Tout est prêt », a dit Paul Vidal. », then « Le ministre des Affaires étrangères Laurent
#: Fabre a reçu les délégations qu'il avait appelées à voter. », as spaCy parses them: the title's
#: noun the subject, the name its apposition.
SAID_BEFORE = """
« « PUNCT 3 punct
Tout tout PRON 3 nsubj
est être AUX 3 cop
prêt prêt ADJ -1 root
» » PUNCT 3 punct
, , PUNCT 7 punct
a avoir AUX 7 aux:tense
dit dire VERB 3 parataxis VerbForm=Part
Paul Paul PROPN 7 nsubj
Vidal Vidal PROPN 8 flat:name
. . PUNCT 3 punct
"""
TITLED_SUBJECT = """
Le le DET 1 det
ministre ministre NOUN 8 nsubj
des de ADP 3 case
Affaires affaire NOUN 1 nmod
étrangères étranger ADJ 3 amod
{given} {given} PROPN 1 appos
Fabre Fabre PROPN 5 flat:name
a avoir AUX 8 aux:tense
reçu recevoir VERB -1 root VerbForm=Part
les le DET 10 det
délégations délégation NOUN 8 obj
qu' que PRON 14 obj
il il PRON 14 nsubj
avait avoir AUX 14 aux:tense
appelées appeler VERB 10 acl:relcl VerbForm=Part
à à ADP 16 mark
voter voter VERB 14 xcomp VerbForm=Inf
. . PUNCT 8 punct
"""


@pytest.mark.parametrize(
    ("given", "name"),
    [
        # the holder of the title that opens the sentence is its subject, whom « il » takes up
        ("Laurent", "Laurent Fabre"),
        # must not: a capitalised word that opens no person's name stays no subject of its own
        ("Groupe", "Paul Vidal"),
    ],
)
def test_the_holder_of_a_title_that_opens_the_sentence_is_its_subject(given: str, name: str) -> None:
    text = (
        "« Tout est prêt », a dit Paul Vidal. "
        f"Le ministre des Affaires étrangères {given} Fabre a reçu les délégations "
        "qu'il avait appelées à voter."
    )
    doc = parse_sentences(text, SAID_BEFORE, TITLED_SUBJECT.format(given=given))
    start = text.index("qu'il") + 3
    span = Span(start, start + 2, source=text)
    speaker = Resolver(text, doc).resolve(Mention(span, span, MentionKind.PRONOUN), before=start)
    assert speaker.name == name
