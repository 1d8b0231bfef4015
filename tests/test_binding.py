"""A subject pronoun is none of the names its own clause holds: hand-built parses, no model."""

from __future__ import annotations

import pytest
from test_resolve_parsed import Row, sentence

from quoteattr.attribute.binding import names_bound_out, ruled_out
from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.resolve import Resolver
from quoteattr.model import Span
from quoteattr.parse.types import ParsedDoc

BEATEN = "Owen Pritchard a été battu par Julien Marchetti. "
BEATEN_ROWS: list[Row] = [
    ("Owen", "PROPN", 4, "nsubj:pass", "PER"),
    ("Pritchard", "PROPN", 0, "flat:name", "PER"),
    ("a", "AUX", 4, "aux:tense", ""),
    ("été", "AUX", 4, "aux:pass", ""),
    ("battu", "VERB", -1, "ROOT", ""),
    ("par", "ADP", 6, "case", ""),
    ("Julien", "PROPN", 4, "obl:agent", "PER"),
    ("Marchetti", "PROPN", 6, "flat:name", "PER"),
    (".", "PUNCT", 4, "punct", ""),
]
CONSOLE = "Il est allé consoler Pritchard : « Ça doit être dur. »"
CONSOLE_ROWS: list[Row] = [
    ("Il", "PRON", 2, "nsubj", ""),
    ("est", "AUX", 2, "aux:tense", ""),
    ("allé", "VERB", -1, "ROOT", ""),
    ("consoler", "VERB", 2, "xcomp", ""),
    ("Pritchard", "PROPN", 3, "obj", "PER"),
    (":", "PUNCT", 2, "punct", ""),
]


def _subject_pronoun(text: str, offset: int, word: int = 0) -> Mention:
    start = text.index("Il", offset)
    span = Span(start, start + 2, source=text)
    return Mention(span=span, head=span, kind=MentionKind.PRONOUN, sentence=1, words=(word,))


def test_a_pronoun_is_not_the_name_its_own_clause_holds() -> None:
    text = BEATEN + CONSOLE
    doc = ParsedDoc(
        text=text,
        sentences=(sentence(text, 0, BEATEN_ROWS), sentence(text, len(BEATEN), CONSOLE_ROWS)),
    )
    mention = _subject_pronoun(text, len(BEATEN))
    assert names_bound_out(doc, mention) == (("pritchard",),)
    # the subject of the sentence before would win, were it not the one « il » goes to console
    speaker = Resolver(text, doc).resolve(mention, before=text.index("Ça"))
    assert speaker.name == "Julien Marchetti"


def test_without_the_name_in_the_clause_the_subject_before_wins() -> None:
    text = BEATEN + CONSOLE.replace("consoler Pritchard", "consoler Manon")
    rows = [("Manon", *row[1:]) if row[0] == "Pritchard" else row for row in CONSOLE_ROWS]
    doc = ParsedDoc(text=text, sentences=(sentence(text, 0, BEATEN_ROWS), sentence(text, len(BEATEN), rows)))
    speaker = Resolver(text, doc).resolve(_subject_pronoun(text, len(BEATEN)), before=text.index("Ça"))
    assert speaker.name == "Owen Pritchard"


def _one(text: str, rows: list[Row]) -> tuple[ParsedDoc, Mention]:
    doc = ParsedDoc(text=text, sentences=(sentence(text, 0, rows),))
    pronoun = next(i for i, row in enumerate(rows) if row[0].lower() in {"il", "elle"})
    start = doc.sentences[0].words[pronoun].start
    span = Span(start, start + len(rows[pronoun][0]), source=text)
    return doc, Mention(span=span, head=span, kind=MentionKind.PRONOUN, sentence=0, words=(pronoun,))


def test_a_fronted_clause_without_a_subject_is_the_pronoun_s_own() -> None:
    doc, mention = _one(
        "Après avoir qualifié Marc Delmas de naïf, il annonce son départ.",
        [
            ("Après", "ADP", 2, "mark", ""),
            ("avoir", "AUX", 2, "aux:tense", ""),
            ("qualifié", "VERB", 9, "advcl", ""),
            ("Marc", "PROPN", 2, "obj", "PER"),
            ("Delmas", "PROPN", 3, "flat:name", "PER"),
            ("de", "ADP", 6, "case", ""),
            ("naïf", "ADJ", 2, "obl", ""),
            (",", "PUNCT", 2, "punct", ""),
            ("il", "PRON", 9, "nsubj", ""),
            ("annonce", "VERB", -1, "ROOT", ""),
        ],
    )
    assert names_bound_out(doc, mention) == (("marc", "delmas"),)
    assert ruled_out(("Delmas",), names_bound_out(doc, mention))
    assert not ruled_out(("Lucie", "Delmas"), names_bound_out(doc, mention))


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Quand Jean Valet est arrivé, il a parlé.",
            [
                ("Quand", "SCONJ", 4, "mark", ""),
                ("Jean", "PROPN", 4, "nsubj", "PER"),
                ("Valet", "PROPN", 1, "flat:name", "PER"),
                ("est", "AUX", 4, "aux:tense", ""),
                ("arrivé", "VERB", 8, "advcl", ""),
                (",", "PUNCT", 4, "punct", ""),
                ("il", "PRON", 8, "nsubj", ""),
                ("a", "AUX", 8, "aux:tense", ""),
                ("parlé", "VERB", -1, "ROOT", ""),
            ],
        ),
        (
            "Selon Marie Curie, elle viendra.",
            [
                ("Selon", "ADP", 1, "case", ""),
                ("Marie", "PROPN", 5, "obl:mod", "PER"),
                ("Curie", "PROPN", 1, "flat:name", "PER"),
                (",", "PUNCT", 1, "punct", ""),
                ("elle", "PRON", 5, "nsubj", ""),
                ("viendra", "VERB", -1, "ROOT", ""),
            ],
        ),
        (
            "Quant à Jean Valet, il a parlé.",
            [
                ("Quant", "ADV", 2, "case", ""),
                ("à", "ADP", 0, "fixed", ""),
                ("Jean", "PROPN", 7, "obl:mod", ""),
                ("Valet", "PROPN", 2, "flat:name", ""),
                (",", "PUNCT", 7, "punct", ""),
                ("il", "PRON", 7, "nsubj", ""),
                ("a", "AUX", 7, "aux:tense", ""),
                ("parlé", "VERB", -1, "ROOT", ""),
            ],
        ),
    ],
    ids=["fronted clause with its own subject", "fronted source phrase", "fronted topic"],
)
def test_a_name_the_pronoun_does_not_command_stays_possible(text: str, rows: list[Row]) -> None:
    doc, mention = _one(text, rows)
    assert names_bound_out(doc, mention) == ()


def test_without_a_parse_nothing_is_ruled_out() -> None:
    text = BEATEN + CONSOLE
    assert names_bound_out(None, _subject_pronoun(text, len(BEATEN))) == ()


INCISE = "Jean Méry, expliquait-il, lui avait mis « le couteau sous la gorge »."
INCISE_ROWS: list[Row] = [
    ("Jean", "PROPN", 8, "nsubj", "PER"),
    ("Méry", "PROPN", 0, "flat:name", "PER"),
    (",", "PUNCT", 3, "punct", ""),
    ("expliquait", "VERB", 8, "dep", ""),
    ("-il", "PRON", 3, "nsubj", ""),
    (",", "PUNCT", 3, "punct", ""),
    ("lui", "PRON", 8, "iobj", ""),
    ("avait", "AUX", 8, "aux:tense", ""),
    ("mis", "VERB", -1, "ROOT", ""),
]


def test_an_incise_pronoun_is_not_the_name_its_incise_interrupts() -> None:
    # « Méry, expliquait-il, lui avait mis … »: he talks about Méry; the incise breaks Méry's clause
    text = INCISE
    doc = ParsedDoc(text=text, sentences=(sentence(text, 0, INCISE_ROWS),))
    start = text.index("-il")
    span = Span(start, start + 3, source=text)
    mention = Mention(span=span, head=span, kind=MentionKind.PRONOUN, sentence=0, words=(4,))
    assert names_bound_out(doc, mention) == (("jean", "mery"),)
    # the pronoun after the clause's own verb (« Jean Méry lui avait mis …, expliquait-il »)
    # interrupts nothing: no name before it is bound out this way
    after = "Jean Méry lui avait mis le couteau, expliquait-il."
    rows: list[Row] = [
        ("Jean", "PROPN", 4, "nsubj", "PER"),
        ("Méry", "PROPN", 0, "flat:name", "PER"),
        ("lui", "PRON", 4, "iobj", ""),
        ("avait", "AUX", 4, "aux:tense", ""),
        ("mis", "VERB", -1, "ROOT", ""),
        ("le", "DET", 6, "det", ""),
        ("couteau", "NOUN", 4, "obj", ""),
        (",", "PUNCT", 8, "punct", ""),
        ("expliquait", "VERB", 4, "parataxis", ""),
        ("-il", "PRON", 8, "nsubj", ""),
    ]
    doc = ParsedDoc(text=after, sentences=(sentence(after, 0, rows),))
    start = after.index("-il")
    span = Span(start, start + 3, source=after)
    mention = Mention(span=span, head=span, kind=MentionKind.PRONOUN, sentence=0, words=(9,))
    assert names_bound_out(doc, mention) == ()


@pytest.mark.parametrize(
    ("verb", "bound"),
    [
        # one accuses someone else: the subject of the clause the incise closes is not « il »
        ("accusé", (("paul", "roux"),)),
        ("dénoncé", (("paul", "roux"),)),
        # « a-t-il dit » after « Paul Roux a menti » may be Paul Roux himself
        ("dit", ()),
    ],
)
def test_an_incise_of_accusation_is_not_the_one_its_clause_accuses(
    verb: str, bound: tuple[tuple[str, ...], ...]
) -> None:
    text = f"Paul Roux a menti, a-t-il {verb}."
    rows: list[Row] = [
        ("Paul", "PROPN", 3, "nsubj", "PER"),
        ("Roux", "PROPN", 0, "flat:name", "PER"),
        ("a", "AUX", 3, "aux:tense", ""),
        ("menti", "VERB", -1, "ROOT", ""),
        (",", "PUNCT", 8, "punct", ""),
        ("a", "AUX", 8, "aux:tense", ""),
        ("-t", "PRON", 8, "expl:subj", ""),
        ("-il", "PRON", 8, "nsubj", ""),
        (verb, "VERB", 3, "parataxis", ""),
    ]
    doc = ParsedDoc(text=text, sentences=(sentence(text, 0, rows),))
    start = text.index("-il")
    span = Span(start, start + 3, source=text)
    mention = Mention(span=span, head=span, kind=MentionKind.PRONOUN, sentence=0, words=(7,))
    assert names_bound_out(doc, mention) == bound


SPOKE = "« Nous tiendrons », a souligné le secrétaire de l'Alliance. "
SPOKE_ROWS: list[Row] = [
    ("«", "PUNCT", 2, "punct", ""),
    ("Nous", "PRON", 2, "nsubj", ""),
    ("tiendrons", "VERB", 6, "ccomp", ""),
    ("»", "PUNCT", 2, "punct", ""),
    (",", "PUNCT", 6, "punct", ""),
    ("a", "AUX", 6, "aux:tense", ""),
    ("souligné", "VERB", -1, "ROOT", ""),
    ("le", "DET", 8, "det", ""),
    ("secrétaire", "NOUN", 6, "nsubj", ""),
    ("de", "ADP", 11, "case", ""),
    ("l'", "DET", 11, "det", ""),
    ("Alliance", "PROPN", 8, "nmod", "ORG"),
    (".", "PUNCT", 6, "punct", ""),
]
GOES_ON = "« Rien ne change », a-t-il précisé au sommet de l'Alliance."
GOES_ON_ROWS: list[Row] = [
    ("«", "PUNCT", 3, "punct", ""),
    ("Rien", "PRON", 3, "nsubj", ""),
    ("ne", "ADV", 3, "advmod", ""),
    ("change", "VERB", 10, "ccomp", ""),
    ("»", "PUNCT", 3, "punct", ""),
    (",", "PUNCT", 10, "punct", ""),
    ("a", "AUX", 10, "aux:tense", ""),
    ("-t", "PART", 8, "dep", ""),
    ("-il", "PRON", 10, "nsubj", ""),
    ("précisé", "VERB", -1, "ROOT", ""),
    ("au", "ADP", 12, "case", ""),
    ("sommet", "NOUN", 10, "obl:mod", ""),
    ("de", "ADP", 15, "case", ""),
    ("l'", "DET", 15, "det", ""),
    ("Alliance", "PROPN", 12, "nmod", "ORG"),
    (".", "PUNCT", 10, "punct", ""),
]


def test_a_body_a_description_ends_on_binds_no_source_the_description_names() -> None:
    # « l'Alliance » in the clause of « a-t-il précisé » is no name of the secretary, who spoke
    # just before: the pronoun goes on with him
    text = SPOKE + GOES_ON
    doc = ParsedDoc(
        text=text,
        sentences=(sentence(text, 0, SPOKE_ROWS), sentence(text, len(SPOKE), GOES_ON_ROWS)),
    )
    resolver = Resolver(text, doc)
    start = text.index("le secrétaire")
    described = Span(start, start + len("le secrétaire de l'Alliance"), source=text)
    said = resolver.resolve(
        Mention(
            span=described, head=described, kind=MentionKind.DESCRIPTION, sentence=0, words=(7, 8, 9, 10, 11)
        ),
        before=0,
    )
    assert said.name == "secrétaire de l'Alliance"
    start = text.index("-il")
    span = Span(start, start + 3, source=text)
    mention = Mention(span=span, head=span, kind=MentionKind.PRONOUN, sentence=1, words=(8,))
    assert names_bound_out(doc, mention) == (("alliance",),)
    speaker = resolver.resolve(mention, before=text.index("« Rien"))
    assert speaker.name == "secrétaire de l'Alliance"
