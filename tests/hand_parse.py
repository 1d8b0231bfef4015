"""Parses written by hand for rule tests: no model is loaded.

A parse is written as one line per word, ``form lemma UPOS head deprel [Feat=Value]`` (head: 0-based
index in the sentence, -1 for the root), then features ``Feat=Value`` and an entity label
``ent=LOC``; offsets are found in the text in order.
"""

from __future__ import annotations

from quoteattr.model import Span
from quoteattr.parse.types import ParsedDoc, Sentence, Word


def parse(text: str, table: str) -> ParsedDoc:
    """One sentence covering ``text``, from a ``form lemma UPOS head deprel [Feat=Value]`` table."""
    words, _ = _words(text, table, 0)
    sentence = Sentence(Span(0, len(text), source=text), tuple(words))
    return ParsedDoc(text=text, sentences=(sentence,), parser="hand")


def parse_sentences(text: str, *tables: str) -> ParsedDoc:
    """Consecutive sentences of ``text``, one table each; each spans its own words."""
    sentences = []
    cursor = 0
    for table in tables:
        words, cursor = _words(text, table, cursor)
        sentences.append(Sentence(Span(words[0].start, words[-1].end, source=text), tuple(words)))
    return ParsedDoc(text=text, sentences=tuple(sentences), parser="hand")


def _words(text: str, table: str, cursor: int) -> tuple[list[Word], int]:
    words: list[Word] = []
    for index, line in enumerate(row for row in table.strip().splitlines() if row.strip()):
        form, lemma, upos, head, deprel, *extra = line.split()
        start = text.index(form, cursor)
        cursor = start + len(form)
        feats = {"VerbForm": "Fin"} if upos in {"VERB", "AUX"} else {}
        feats.update(dict(pair.split("=", 1) for pair in extra))  # a 6th column: "VerbForm=Part"
        ent = feats.pop("ent", "")  # "ent=LOC": the word's entity label
        span = Span(start, cursor, source=text)
        words.append(Word(index, form, lemma, upos, int(head), deprel, span, feats, ent=ent))
    return words, cursor
