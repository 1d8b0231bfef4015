"""The stanza adapter on real stanza ``Document`` objects read from CoNLL-U (no neural model).

Hand-written CoNLL-U covers the quote constructions attribution relies on; the UD French files in
``../shared/ud`` (read at test time, never copied) check offsets, multiword tokens and heads at scale.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stanza.models.common.doc import Document
from stanza.utils.conll import CoNLL

from quoteattr.parse.stanza_backend import document_to_parsed
from quoteattr.parse.types import ParsedDoc, Sentence

UD = Path(__file__).resolve().parents[1].parent / "shared" / "ud"

# Each row: text, CoNLL-U (ID FORM LEMMA UPOS HEAD DEPREL FEATS; "_" elsewhere).
Row = tuple[str, str, str, str, int, str, str]


def conllu(rows: list[tuple[str, ...]]) -> str:
    """CoNLL-U for one sentence; a row ("3-4", "du") is a multiword token."""
    lines = []
    for row in rows:
        if "-" in row[0]:
            lines.append(f"{row[0]}\t{row[1]}\t_\t_\t_\t_\t_\t_\t_\t_")
            continue
        ident, form, lemma, upos, head, deprel, feats = row
        lines.append(f"{ident}\t{form}\t{lemma}\t{upos}\t_\t{feats}\t{head}\t{deprel}\t_\t_")
    return "\n".join(lines) + "\n\n"


def read(conllu_text: str) -> Document:
    return CoNLL.conll2doc(input_str=conllu_text)


POSTPOSED = (
    "« Nous partirons demain », a déclaré le ministre.",
    [
        ("1", "«", "«", "PUNCT", "3", "punct", "_"),
        ("2", "Nous", "lui", "PRON", "3", "nsubj", "Number=Plur|Person=1|PronType=Prs"),
        ("3", "partirons", "partir", "VERB", "8", "ccomp", "Mood=Ind|Number=Plur|Person=1|Tense=Fut"),
        ("4", "demain", "demain", "ADV", "3", "advmod", "_"),
        ("5", "»", "»", "PUNCT", "3", "punct", "_"),
        ("6", ",", ",", "PUNCT", "8", "punct", "_"),
        ("7", "a", "avoir", "AUX", "8", "aux:tense", "Mood=Ind|Number=Sing|Person=3|Tense=Pres"),
        ("8", "déclaré", "déclarer", "VERB", "0", "root", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"),
        ("9", "le", "le", "DET", "10", "det", "Definite=Def|Gender=Masc|Number=Sing"),
        ("10", "ministre", "ministre", "NOUN", "8", "nsubj", "Gender=Masc|Number=Sing"),
        ("11", ".", ".", "PUNCT", "8", "punct", "_"),
    ],
)
PREPOSED = (
    "Marie Dupont a déclaré : « Le projet avance au bon rythme. »",
    [
        ("1", "Marie", "Marie", "PROPN", "4", "nsubj", "_"),
        ("2", "Dupont", "Dupont", "PROPN", "1", "flat:name", "_"),
        ("3", "a", "avoir", "AUX", "4", "aux:tense", "_"),
        ("4", "déclaré", "déclarer", "VERB", "0", "root", "_"),
        ("5", ":", ":", "PUNCT", "4", "punct", "_"),
        ("6", "«", "«", "PUNCT", "9", "punct", "_"),
        ("7", "Le", "le", "DET", "8", "det", "_"),
        ("8", "projet", "projet", "NOUN", "9", "nsubj", "_"),
        ("9", "avance", "avancer", "VERB", "4", "ccomp", "_"),
        ("10-11", "au"),
        ("10", "à", "à", "ADP", "14", "case", "_"),
        ("11", "le", "le", "DET", "14", "det", "Definite=Def|Gender=Masc|Number=Sing|PronType=Art"),
        ("12", "bon", "bon", "ADJ", "13", "amod", "_"),
        ("13", "rythme", "rythme", "NOUN", "9", "obl:mod", "_"),
        ("14", ".", ".", "PUNCT", "9", "punct", "_"),
        ("15", "»", "»", "PUNCT", "9", "punct", "_"),
    ],
)
SELON = (
    "Selon le porte-parole du gouvernement, la réforme sera votée.",
    [
        ("1", "Selon", "selon", "ADP", "3", "case", "_"),
        ("2", "le", "le", "DET", "3", "det", "_"),
        ("3", "porte-parole", "porte-parole", "NOUN", "11", "obl:mod", "_"),
        ("4-5", "du"),
        ("4", "de", "de", "ADP", "6", "case", "_"),
        ("5", "le", "le", "DET", "6", "det", "_"),
        ("6", "gouvernement", "gouvernement", "NOUN", "3", "nmod", "_"),
        ("7", ",", ",", "PUNCT", "3", "punct", "_"),
        ("8", "la", "le", "DET", "9", "det", "_"),
        ("9", "réforme", "réforme", "NOUN", "11", "nsubj:pass", "_"),
        ("10", "sera", "être", "AUX", "11", "aux:pass", "_"),
        ("11", "votée", "voter", "VERB", "0", "root", "_"),
        ("12", ".", ".", "PUNCT", "11", "punct", "_"),
    ],
)
INVERTED = (
    "« C'est fini », a-t-il ajouté à propos des élections.",
    [
        ("1", "«", "«", "PUNCT", "4", "punct", "_"),
        ("2", "C'", "ce", "PRON", "4", "nsubj", "_"),
        ("3", "est", "être", "AUX", "4", "cop", "_"),
        ("4", "fini", "finir", "ADJ", "9", "ccomp", "_"),
        ("5", "»", "»", "PUNCT", "4", "punct", "_"),
        ("6", ",", ",", "PUNCT", "9", "punct", "_"),
        ("7", "a", "avoir", "AUX", "9", "aux:tense", "_"),
        ("8", "-t-il", "il", "PRON", "9", "nsubj", "Gender=Masc|Number=Sing|Person=3"),
        ("9", "ajouté", "ajouter", "VERB", "0", "root", "_"),
        ("10", "à", "à", "ADP", "14", "case", "_"),
        ("11", "propos", "propos", "NOUN", "10", "fixed", "_"),
        ("12-13", "des"),
        ("12", "de", "de", "ADP", "14", "case", "_"),
        ("13", "les", "le", "DET", "14", "det", "Definite=Def|Number=Plur|PronType=Art"),
        ("14", "élections", "élection", "NOUN", "9", "obl:mod", "_"),
        ("15", ".", ".", "PUNCT", "9", "punct", "_"),
    ],
)
CONSTRUCTIONS = {"postposed": POSTPOSED, "preposed": PREPOSED, "selon": SELON, "inverted": INVERTED}


def parse_rows(text: str, rows: list[tuple[str, ...]]) -> ParsedDoc:
    return document_to_parsed(read(conllu(rows)), text)


def word_rows(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    return [row for row in rows if "-" not in row[0]]


@pytest.mark.parametrize("name", sorted(CONSTRUCTIONS))
def test_heads_deprels_lemmas_follow_the_conllu(name: str) -> None:
    text, rows = CONSTRUCTIONS[name]
    parsed = parse_rows(text, rows)
    assert len(parsed.sentences) == 1
    sentence = parsed.sentences[0]
    expected = word_rows(rows)
    assert [w.text for w in sentence] == [r[1] for r in expected]
    assert [w.head for w in sentence] == [int(r[4]) - 1 for r in expected]
    assert [w.deprel for w in sentence] == [r[5] for r in expected]
    assert [w.lemma for w in sentence] == [r[2] for r in expected]
    assert [w.upos for w in sentence] == [r[3] for r in expected]
    assert [w.index for w in sentence] == list(range(len(expected)))
    assert sentence.root is not None
    assert sentence.root.deprel == "root"
    assert sentence.span.text_in(text) == text


@pytest.mark.parametrize("name", sorted(CONSTRUCTIONS))
def test_every_word_span_slices_back_to_its_token(name: str) -> None:
    text, rows = CONSTRUCTIONS[name]
    sentence = parse_rows(text, rows).sentences[0]
    surface = {row[0]: row[1] for row in rows if "-" in row[0]}
    for word in sentence:
        token = next(
            (form for ident, form in surface.items() if _in_range(word.index + 1, ident)),
            word.text,
        )
        assert word.span.text_in(text) == token
        assert word.span.text == token  # the span carries the text it was made for


def _in_range(position: int, ident: str) -> bool:
    low, high = (int(part) for part in ident.split("-"))
    return low <= position <= high


@pytest.mark.parametrize(
    ("name", "surface", "parts"),
    [("preposed", "au", ("à", "le")), ("selon", "du", ("de", "le")), ("inverted", "des", ("de", "les"))],
)
def test_multiword_token_words_share_the_token_span(name: str, surface: str, parts: tuple[str, str]) -> None:
    text, rows = CONSTRUCTIONS[name]
    sentence = parse_rows(text, rows).sentences[0]
    pieces = [w for w in sentence if w.span.text_in(text) == surface]
    assert tuple(w.text for w in pieces) == parts
    assert pieces[0].span == pieces[1].span
    assert pieces[1].index == pieces[0].index + 1
    start = text.index(f" {surface} ") + 1
    assert (pieces[0].start, pieces[0].end) == (start, start + len(surface))


def test_reporting_verb_and_its_subject_after_a_postposed_quote() -> None:
    text, rows = POSTPOSED
    sentence = parse_rows(text, rows).sentences[0]
    verb = sentence.root
    assert verb is not None
    assert verb.lemma == "déclarer"
    subjects = [w for w in sentence.children(verb) if w.deprel == "nsubj"]
    assert [w.text for w in subjects] == ["ministre"]
    assert [w.text for w in sentence.subtree(subjects[0])] == ["le", "ministre"]
    quoted = next(w for w in sentence.children(verb) if w.deprel == "ccomp")
    assert quoted.lemma == "partir"
    assert quoted.span.text_in(text) == "partirons"


def test_inverted_subject_pronoun_keeps_its_hyphens_and_features() -> None:
    text, rows = INVERTED
    sentence = parse_rows(text, rows).sentences[0]
    pronoun = next(w for w in sentence if w.deprel == "nsubj" and w.upos == "PRON" and w.lemma == "il")
    assert pronoun.span.text_in(text) == "-t-il"
    assert dict(pronoun.feats) == {"Gender": "Masc", "Number": "Sing", "Person": "3"}
    head = sentence.head_of(pronoun)
    assert head is not None
    assert head.lemma == "ajouter"


def test_selon_phrase_is_an_oblique_of_the_main_verb() -> None:
    text, rows = SELON
    sentence = parse_rows(text, rows).sentences[0]
    selon = sentence[0]
    source = sentence.head_of(selon)
    assert source is not None
    assert source.text == "porte-parole"
    assert source.deprel == "obl:mod"
    assert [w.text for w in sentence.subtree(source)][:4] == ["Selon", "le", "porte-parole", "de"]


def test_several_sentences_get_increasing_spans_and_features() -> None:
    text = f"{POSTPOSED[0]} {SELON[0]}"
    parsed = document_to_parsed(read(conllu(POSTPOSED[1]) + conllu(SELON[1])), text)
    first, second = parsed.sentences
    assert first.span.text_in(text) == POSTPOSED[0]
    assert second.span.text_in(text) == SELON[0]
    assert second.words[0].start == len(POSTPOSED[0]) + 1
    assert dict(first[1].feats) == {"Number": "Plur", "Person": "1", "PronType": "Prs"}
    assert dict(first[0].feats) == {}
    assert parsed.parser == "stanza:fr"
    assert parsed.text is text


def test_stanza_character_offsets_are_used_when_present() -> None:
    # Two spaces and a newline: stanza's own offsets (in MISC) place the tokens, not a text search.
    text = "Il  parle\ndu chat."
    rows = (
        "1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\tstart_char=0|end_char=2\n"
        "2\tparle\tparler\tVERB\t_\t_\t0\troot\t_\tstart_char=4|end_char=9\n"
        "3-4\tdu\t_\t_\t_\t_\t_\t_\t_\tstart_char=10|end_char=12\n"
        "3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_\n"
        "4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_\n"
        "5\tchat\tchat\tNOUN\t_\t_\t2\tobl\t_\tstart_char=13|end_char=17|SpaceAfter=No\n"
        "6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\tstart_char=17|end_char=18\n\n"
    )
    doc = read(rows)
    assert doc.sentences[0].tokens[1].start_char == 4  # stanza read the offsets itself
    sentence = document_to_parsed(doc, text).sentences[0]
    assert [(w.start, w.end) for w in sentence] == [(0, 2), (4, 9), (10, 12), (10, 12), (13, 17), (17, 18)]


def test_broken_head_becomes_a_root_instead_of_an_index_error() -> None:
    text = "Oui."
    doc = read("1\tOui\toui\tINTJ\t_\t_\t0\troot\t_\t_\n2\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n")
    doc.sentences[0].words[1].head = 7  # a parse pointing outside its sentence
    sentence = document_to_parsed(doc, text).sentences[0]
    assert [w.head for w in sentence] == [-1, -1]
    assert all(0 <= w.start <= w.end <= len(text) for w in sentence)


def test_token_missing_from_the_text_gets_an_empty_span_inside_the_text() -> None:
    text = "Il dit oui."
    doc = read(
        "1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\tdisait\tdire\tVERB\t_\t_\t0\troot\t_\t_\n"
        "3\toui\toui\tINTJ\t_\t_\t2\tobj\t_\t_\n4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n"
    )
    sentence = document_to_parsed(doc, text).sentences[0]
    assert sentence[0].span.text_in(text) == "Il"
    assert len(sentence[1].span) == 0
    assert sentence[2].span.text_in(text) == "oui"
    assert sentence[3].span.text_in(text) == "."


SEPARATORS = st.sampled_from([" ", "  ", "\n", "\u00a0", " \n\n "])


@given(st.lists(SEPARATORS, min_size=20, max_size=20))
def test_alignment_survives_any_whitespace_between_tokens(separators: list[str]) -> None:
    _, rows = PREPOSED
    tokens = [row[1] for row in rows if "-" in row[0] or not _inside_mwt(row[0], rows)]
    text = "".join(token + separators[i] for i, token in enumerate(tokens))
    sentence = document_to_parsed(read(conllu(rows)), text).sentences[0]
    surfaces = [w.span.text_in(text) for w in sentence]
    expected = [
        "Marie",
        "Dupont",
        "a",
        "déclaré",
        ":",
        "«",
        "Le",
        "projet",
        "avance",
        "au",
        "au",
        "bon",
        "rythme",
        ".",
        "»",
    ]
    assert surfaces == expected


def _inside_mwt(ident: str, rows: list[tuple[str, ...]]) -> bool:
    return any("-" in row[0] and _in_range(int(ident), row[0]) for row in rows)


# ---- UD French, read at test time ------------------------------------------------------------


def ud_sentences(path: Path, limit: int) -> Iterator[tuple[str, str]]:
    """(text, CoNLL-U block) for the first ``limit`` sentences of a UD file."""
    block: list[str] = []
    text = ""
    count = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                if block:
                    yield text, "".join(block) + "\n"
                    count += 1
                    if count >= limit:
                        return
                block, text = [], ""
                continue
            if line.startswith("# text ="):
                text = line.split("=", 1)[1].strip()
            block.append(line)


@pytest.fixture(scope="module", params=["fr_sequoia-ud-dev.conllu", "fr_gsd-ud-test.conllu"])
def ud_doc(request: pytest.FixtureRequest) -> tuple[str, Document, ParsedDoc, list[str]]:
    pairs = list(ud_sentences(UD / request.param, limit=300))
    texts = [text for text, _ in pairs]
    text = "\n".join(texts)
    doc = read("".join(block for _, block in pairs))
    return text, doc, document_to_parsed(doc, text), texts


def test_ud_sentences_keep_their_text_and_word_count(
    ud_doc: tuple[str, Document, ParsedDoc, list[str]],
) -> None:
    text, doc, parsed, texts = ud_doc
    assert len(parsed.sentences) == len(doc.sentences) == len(texts) == 300
    for sentence, original, source in zip(parsed.sentences, texts, doc.sentences, strict=True):
        assert sentence.span.text_in(text) == original
        assert len(sentence) == len(source.words)


def test_ud_word_spans_slice_back_to_their_tokens(ud_doc: tuple[str, Document, ParsedDoc, list[str]]) -> None:
    text, doc, parsed, _ = ud_doc
    multiword = 0
    for sentence, source in zip(parsed.sentences, doc.sentences, strict=True):
        words = iter(sentence.words)
        for token in source.tokens:
            converted = [next(words) for _ in token.words]
            assert {w.span.text_in(text) for w in converted} == {token.text}
            assert len({w.span for w in converted}) == 1
            multiword += len(token.words) > 1
    assert multiword > 50  # du, au, des, aux are frequent in French


def test_ud_heads_are_zero_based_with_one_root(ud_doc: tuple[str, Document, ParsedDoc, list[str]]) -> None:
    _, doc, parsed, _ = ud_doc
    for sentence, source in zip(parsed.sentences, doc.sentences, strict=True):
        assert [w.head for w in sentence] == [w.head - 1 for w in source.words]
        assert [w.deprel for w in sentence] == [w.deprel for w in source.words]
        assert sum(w.is_root for w in sentence) == 1
        root = sentence.root
        assert isinstance(sentence, Sentence)
        assert root is not None
        assert all(root in (w, *sentence.ancestors(w)) for w in sentence)
