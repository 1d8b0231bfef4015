"""Speed of the stanza backend with the CI model from tools/train_stanza.py, on the founding article.

Run: ``.venv/bin/pytest benchmarks/bench_stanza.py --benchmark-only -p no:cacheprovider -s``
(trains the CI model into ``$QUOTEATTR_CACHE`` first if it is not cached). It prints the
characters per second of ``StanzaParser.parse`` on the whole article and of
``Extractor(parser=StanzaParser(...)).extract``, which parses only the sentences around quotes.
The tiny model's speed is close to that of stanza's official French models without charlm.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

import quoteattr
from quoteattr.parse.stanza_backend import StanzaParser

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_be13844ad7484d12.txt"


@pytest.fixture(scope="module")
def parser() -> StanzaParser:
    spec = importlib.util.spec_from_file_location("train_stanza", ROOT / "tools" / "train_stanza.py")
    assert spec is not None
    assert spec.loader is not None
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    folder: Path = trainer.ensure_model("ci", log=lambda message: None)
    stanza_parser = StanzaParser(folder)
    stanza_parser.parse(["Le pipeline se charge."])  # load the models outside the timing
    return stanza_parser


def test_bench_stanza_parse_whole_article(benchmark: BenchmarkFixture, parser: StanzaParser) -> None:
    text = SEED.read_text(encoding="utf-8")
    parsed = benchmark(parser.parse, [text])
    words = sum(len(s) for s in parsed[0].sentences)
    print(f"\nstanza parse: {len(text) / benchmark.stats['mean']:.0f} chars/s ({words} words)")


def test_bench_stanza_extract_article(benchmark: BenchmarkFixture, parser: StanzaParser) -> None:
    text = SEED.read_text(encoding="utf-8")
    extractor = quoteattr.Extractor(parser=parser)
    extraction = benchmark(extractor.extract, text)
    speed = len(text) / benchmark.stats["mean"]
    print(f"\nstanza extract: {speed:.0f} chars/s ({len(extraction.quotes)} quotes)")
