"""The CoNLL-U backend: rebuilding the raw text, exact offsets, serving stored parses."""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteattr.errors import ParserError
from quoteattr.parse.conllu_backend import ConlluParser, read_conllu
from quoteattr.protocols import Parser

UD = Path(__file__).resolve().parents[1].parent / "shared" / "ud"


def row(
    i: int | str,
    form: str,
    lemma: str = "_",
    upos: str = "X",
    head: int | str = 0,
    deprel: str = "dep",
    misc: str = "_",
) -> str:
    return "\t".join([str(i), form, lemma, upos, "_", "_", str(head), deprel, "_", misc])


# "Il parle du « montage »." with the multiword token du = de + le.
MWT = "\n".join(
    [
        "# text = Il parle du « montage ».",
        row(1, "Il", "il", "PRON", 2, "nsubj"),
        row(2, "parle", "parler", "VERB", 0, "root"),
        row("3-4", "du"),
        row(3, "de", "de", "ADP", 6, "case"),
        row(4, "le", "le", "DET", 6, "det"),
        row(5, "«", "«", "PUNCT", 6, "punct"),
        row(6, "montage", "montage", "NOUN", 2, "obl:arg"),
        row(7, "»", "»", "PUNCT", 6, "punct", "SpaceAfter=No"),
        row(8, ".", ".", "PUNCT", 2, "punct"),
        "",
    ]
)


def test_multiword_token_words_share_the_token_span() -> None:
    text, doc = read_conllu(MWT)
    assert text == "Il parle du « montage »."
    words = doc.sentences[0].words
    assert [(w.text, text[w.start : w.end]) for w in words[2:4]] == [("de", "du"), ("le", "du")]
    assert [w.head for w in words] == [1, -1, 5, 5, 5, 1, 5, 1]
    montage = words[5]
    assert (montage.lemma, montage.upos, montage.deprel, text[montage.start : montage.end]) == (
        "montage",
        "NOUN",
        "obl:arg",
        "montage",
    )
    assert doc.sentences[0].root is words[1]


def test_text_is_rebuilt_from_forms_and_space_after_without_a_text_comment() -> None:
    data = "\n".join(line for line in MWT.splitlines() if not line.startswith("#"))
    text, doc = read_conllu(data)
    assert text == "Il parle du « montage »."
    assert doc.sentences[0].words[5].span.text == "montage"


def test_paragraphs_and_sentences_are_joined_as_in_the_source() -> None:
    first = (
        "# newpar\n# text = Oui.\n" + row(1, "Oui", misc="SpaceAfter=No") + "\n" + row(2, ".", head=1) + "\n"
    )
    second = "# text = Non.\n" + row(1, "Non", misc="SpaceAfter=No") + "\n" + row(2, ".", head=1) + "\n"
    third = (
        "# newpar\n# text = Peut-être.\n"
        + row(1, "Peut-être", misc="SpaceAfter=No")
        + "\n"
        + row(2, ".", head=1)
        + "\n"
    )
    text, doc = read_conllu("\n".join([first, second, third]))
    assert text == "Oui. Non.\n\nPeut-être."
    assert [s.span.text for s in doc.sentences] == ["Oui.", "Non.", "Peut-être."]


def test_features_are_a_dict_and_empty_nodes_are_skipped() -> None:
    data = "\n".join(
        [
            "# text = Elle dort.",
            "\t".join(
                ["1", "Elle", "elle", "PRON", "_", "Gender=Fem|Number=Sing|Person=3", "2", "nsubj", "_", "_"]
            ),
            row(2, "dort", "dormir", "VERB", 0, "root", "SpaceAfter=No"),
            "\t".join(["2.1", "dort", "dormir", "VERB", "_", "_", "_", "_", "0:root", "_"]),
            row(3, ".", ".", "PUNCT", 2, "punct"),
            "",
        ]
    )
    _, doc = read_conllu(data)
    words = doc.sentences[0].words
    assert len(words) == 3
    assert words[0].feats == {"Gender": "Fem", "Number": "Sing", "Person": "3"}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("1\tIl\til\n", "line 1: expected 10 tab-separated columns"),
        ("# text = Il dort.\n" + row(1, "Il") + "\n" + row("x", "dort") + "\n", "line 3: expected a number"),
        ("# text = Il dort.\n" + row(1, "Il") + "\n" + row(3, "dort") + "\n", "line 3: word ID 3 where 2"),
        (
            "# text = Il dort.\n" + row(1, "Il") + "\n" + row(2, "mange") + "\n",
            "line 3: form 'mange' is not in",
        ),
        ("# text = Il dort.\n" + row(1, "Il", head=7) + "\n", "has head 7"),
        ("# text = Il dort.\n" + row(1, "Il") + "\n# oops\n", "line 3: a comment inside a sentence"),
        ("# text = Il.\n\n", "has a # text but no word lines"),
        (
            "# text = Il dort.\n"
            + "\t".join(["1", "Il", "il", "PRON", "_", "Gender", "0", "root", "_", "_"])
            + "\n",
            "feature 'Gender' is not Name=Value",
        ),
    ],
)
def test_malformed_conllu_names_the_line(data: str, message: str) -> None:
    with pytest.raises(ParserError, match=message):
        read_conllu(data)


def test_read_conllu_wants_a_string() -> None:
    with pytest.raises(TypeError, match="takes the CoNLL-U content as a str"):
        read_conllu(b"1\tIl")  # type: ignore[arg-type]


def test_parser_serves_the_stored_parse_and_refuses_unknown_texts(tmp_path: Path) -> None:
    path = tmp_path / "doc.conllu"
    path.write_text(MWT, encoding="utf-8")
    parser = ConlluParser.from_path(path)
    assert isinstance(parser, Parser)
    assert parser.name == "conllu"
    assert parser.accepts_rewrites is False
    (doc,) = parser.parse(["Il parle du « montage »."])
    assert doc.sentences[0].words[5].text == "montage"
    with pytest.raises(ParserError, match="holds no parse of this text"):
        parser.parse(["Il parle du « montage » ."])
    with pytest.raises(TypeError, match="wrap it in a list"):
        parser.parse("Il parle du « montage ».")


def test_parser_built_from_parsed_docs() -> None:
    text, doc = read_conllu(MWT)
    parser = ConlluParser([doc])
    assert parser.texts == (text,)
    assert parser.parse([text]) == [doc]


@pytest.mark.parametrize("name", ["fr_gsd-ud-dev.conllu", "fr_sequoia-ud-dev.conllu"])
def test_ud_treebanks_round_trip_with_exact_offsets(name: str) -> None:
    data = (UD / name).read_text(encoding="utf-8")
    text, doc = read_conllu(data)
    comments = [line[len("# text = ") :] for line in data.splitlines() if line.startswith("# text = ")]
    assert [s.span.text for s in doc.sentences] == comments
    mwt_words = 0
    for sentence in doc.sentences:
        assert sum(w.is_root for w in sentence) == 1
        for word in sentence:
            surface = text[word.start : word.end]
            if surface != word.text:
                mwt_words += 1  # "du" = "de" + "le": both carry the token's span
                assert word.end - word.start >= 1
                assert " " not in surface
    assert mwt_words > 0
