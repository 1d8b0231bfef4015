"""End to end with a real stanza pipeline: the tiny French model trained by tools/train_stanza.py.

The session fixture trains the CI model (a few minutes on two cores) or restores it from the
cache (``$QUOTEATTR_CACHE`` or ``~/.cache/quoteattr``, keyed by a hash of the training script and
the UD files). These tests check structure (offsets, trees, that attribution ran), never the
accuracy of a toy model.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

import quoteattr
from quoteattr.parse.stanza_backend import StanzaParser, french_models_available
from quoteattr.parse.types import ParsedDoc

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]


def load_trainer() -> ModuleType:
    """tools/train_stanza.py as a module (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("train_stanza", ROOT / "tools" / "train_stanza.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def stanza_models_dir() -> Path:
    """The CI stanza model: restored from the cache, or trained into it first."""
    folder: Path = load_trainer().ensure_model("ci", log=lambda message: None)
    return folder


@pytest.fixture(scope="session")
def stanza_parser(stanza_models_dir: Path) -> StanzaParser:
    return StanzaParser(stanza_models_dir)


@pytest.fixture(scope="session")
def seed_parsed(stanza_parser: StanzaParser, seed_text: str) -> ParsedDoc:
    return stanza_parser.parse([seed_text])[0]


def test_trained_folder_is_recognised_without_loading_anything(stanza_models_dir: Path) -> None:
    assert french_models_available(stanza_models_dir)


def test_seed_article_words_slice_back_to_the_text(seed_parsed: ParsedDoc, seed_text: str) -> None:
    assert seed_parsed.text == seed_text
    assert seed_parsed.parser == "stanza:fr"
    words = [w for s in seed_parsed.sentences for w in s]
    assert len(words) > 300
    for sentence in seed_parsed.sentences:
        for word in sentence:
            surface = word.span.text_in(seed_text)
            assert surface.strip() == surface
            assert surface
            shared = [w for w in sentence if w.span == word.span]
            if len(shared) == 1:  # a plain token: the word is its text
                assert word.text == surface


def test_seed_article_sentences_are_ordered_trees(seed_parsed: ParsedDoc, seed_text: str) -> None:
    previous_end = 0
    for sentence in seed_parsed.sentences:
        assert previous_end <= sentence.span.start < sentence.span.end <= len(seed_text)
        previous_end = sentence.span.end
        assert sum(w.is_root for w in sentence) == 1
        root = sentence.root
        assert root is not None
        for word in sentence:
            assert -1 <= word.head < len(sentence)
            assert root in (word, *sentence.ancestors(word))
            assert word.upos
            assert word.deprel


def test_contractions_become_two_words_on_one_span(stanza_parser: StanzaParser) -> None:
    text = "Le ministre du Travail a déclaré aux élus : « Nous avancerons au printemps. »"
    words = [w for s in stanza_parser.parse([text])[0].sentences for w in s]
    for surface, parts in (("du", ("de", "le")), ("aux", ("à", "les")), ("au", ("à", "le"))):
        pieces = tuple(w for w in words if w.span.text_in(text) == surface)
        assert tuple(w.text.lower() for w in pieces) == parts
        start = text.index(f" {surface} ") + 1
        assert {(w.start, w.end) for w in pieces} == {(start, start + len(surface))}


def test_several_texts_and_blank_ones(stanza_parser: StanzaParser) -> None:
    texts = ["« Oui », a dit Paul.", "", "   \n", "Selon la préfecture, le calme est revenu."]
    parsed = stanza_parser.parse(texts)
    assert [doc.text for doc in parsed] == texts
    assert [len(doc.sentences) > 0 for doc in parsed] == [True, False, False, True]


def test_extractor_with_stanza_finds_the_same_quotes_as_detection(
    stanza_parser: StanzaParser, seed_text: str
) -> None:
    extraction = quoteattr.Extractor(parser=stanza_parser).extract(seed_text)
    detected = quoteattr.find_quotations(seed_text)
    assert len(extraction.quotes) > 5
    in_marks = [q for q in extraction.quotes if q.kind is not quoteattr.QuoteKind.INDIRECT]
    assert [(q.span, q.marks, q.segments) for q in in_marks] == [
        (q.span, q.marks, q.segments) for q in detected.quotes
    ]


def test_extractor_with_stanza_runs_attribution(stanza_parser: StanzaParser, seed_text: str) -> None:
    extraction = quoteattr.Extractor(parser=stanza_parser).extract(seed_text)
    assert extraction.parser == "stanza:fr"
    rules = {q.rule for q in extraction.quotes}
    assert rules - {"scanner"}, f"no quote went through attribution: rules {rules}"
    speakers = [q.speaker for q in extraction.quotes if q.speaker is not None]
    assert any(s.name for s in speakers), "attribution named no speaker at all on the founding article"
    for speaker in speakers:
        # a mention that names no possible source keeps its span and gets no name (never a blank one)
        assert speaker.name is None or speaker.name.strip()
        if speaker.mention is not None:
            assert 0 <= speaker.mention.start < speaker.mention.end <= len(seed_text)


def test_stanza_and_spacy_agree_on_quote_offsets(stanza_parser: StanzaParser, seed_text: str) -> None:
    with_stanza = quoteattr.Extractor(parser=stanza_parser).extract(seed_text)
    with_spacy = quoteattr.Extractor(parser="spacy").extract(seed_text)
    # quotes in marks come from detection, whatever the parser; reported clauses follow each parse
    indirect = quoteattr.QuoteKind.INDIRECT
    assert [(q.span, q.marks) for q in with_stanza.quotes if q.kind is not indirect] == [
        (q.span, q.marks) for q in with_spacy.quotes if q.kind is not indirect
    ]
