"""Attribution never fails on a parse, however wrong: random trees over French reported speech.

A real parser gives trees no rule was written for (fr_core_news_sm made a closing mark the
apposition of a subject, and the whole document lost its speakers). Here every word of every
sentence gets a random tag, relation, head, lemma and features, the tree staying a tree; the
extractor must return every quote with no "attribution-failed" diagnostic. No model is loaded.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import speech_text

from quoteattr import Extractor
from quoteattr.extractor import ATTRIBUTION_FAILED
from quoteattr.marks import find_quotations
from quoteattr.model import QuoteKind, Span
from quoteattr.parse.types import ParsedDoc, Sentence, Word

UPOS = (
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X",
)  # fmt: skip
DEPRELS = (
    "nsubj", "nsubj:pass", "csubj", "obj", "iobj", "obl", "obl:arg", "obl:agent", "obl:mod",
    "advmod", "amod", "nmod", "appos", "conj", "cc", "case", "det", "det:poss", "nummod", "mark",
    "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "punct", "flat:name", "flat",
    "fixed", "compound", "cop", "aux", "aux:tense", "aux:pass", "expl:subj", "expl:comp", "dep",
)  # fmt: skip
#: Lemmas a word may get instead of its own form, so that the speech rules fire on random words.
LEMMAS = ("déclarer", "dire", "ajouter", "estimer", "selon", "que", "il", "ministre", "lire", "avoir", "être")
FEATURES = (
    ("VerbForm", ("Fin", "Part", "Inf")),
    ("Tense", ("Pres", "Past", "Imp", "Fut")),
    ("Number", ("Sing", "Plur")),
    ("Gender", ("Masc", "Fem")),
    ("Person", ("1", "2", "3")),
    ("Mood", ("Ind", "Sub", "Cnd")),
)
ENTITIES = ("", "", "PER", "ORG", "LOC", "MISC")

#: Reported speech in marks and without, as news writes it (invented sentences).
NEWS = (
    "Le ministre de l'Intérieur, Paul Roux, a déclaré que la réforme serait abandonnée.",
    "Selon la préfecture, trois personnes ont été blessées, dont « une grièvement ».",
    "« Nous ne céderons pas », a-t-il assuré lundi devant la presse.",
    "La porte-parole a indiqué à l'AFP qu'elle « regrettait » la décision, "
    "avant de préciser que rien n'était joué.",
    "D'après Le Monde, qui cite un proche du dossier, l'accord a été signé ; "
    "c'est ce qu'a confirmé Marie Dubois.",
    "Le syndicat, lui, appelle à manifester jeudi. « C'est inacceptable », lit-on dans un communiqué.",
    "Interrogée par France Info, la maire (divers droite) n'a pas précisé si elle serait candidate.",
    "— Vous partez ? demanda Clémence à Aimée.\n— Certes, répondit celle-ci.",
    "Paul Roux : « Le projet, a-t-il dit, sera abandonné. » "
    "Le lendemain, ce dernier a nié avoir tenu ces propos.",
)

_TOKEN = regex.compile(r"\w+['’]|\w+(?:-\w+)*|[^\w\s]")


class RandomParser:
    """A parser that makes up a tree for every sentence, from ``rng``."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    @property
    def name(self) -> str:
        return "random"

    def parse(self, texts: Sequence[str]) -> list[ParsedDoc]:
        return [self._doc(text, cut=True) for text in texts]

    def parse_sentences(self, texts: Sequence[str]) -> list[ParsedDoc]:
        return [self._doc(text, cut=False) for text in texts]

    def _doc(self, text: str, *, cut: bool) -> ParsedDoc:
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        groups: list[list[tuple[int, int]]] = []
        for token in tokens:
            if not groups or (cut and self._rng.random() < 0.08):
                groups.append([])
            groups[-1].append(token)
        sentences = tuple(self._sentence(text, group) for group in groups if group)
        return ParsedDoc(text=text, sentences=sentences, parser=self.name)

    def _sentence(self, text: str, tokens: list[tuple[int, int]]) -> Sentence:
        rng = self._rng
        order = list(range(len(tokens)))
        rng.shuffle(order)
        heads = {order[0]: -1}
        for k, index in enumerate(order[1:], start=1):
            heads[index] = order[rng.randrange(k)]  # a node placed before: the tree stays a tree
        words = []
        for index, (start, end) in enumerate(tokens):
            form = text[start:end]
            feats = {name: rng.choice(values) for name, values in FEATURES if rng.random() < 0.4}
            words.append(
                Word(
                    index=index,
                    text=form,
                    lemma=rng.choice(LEMMAS) if rng.random() < 0.2 else form.lower(),
                    upos="PUNCT" if not form[0].isalnum() and rng.random() < 0.7 else rng.choice(UPOS),
                    head=heads[index],
                    deprel="root" if heads[index] < 0 else rng.choice(DEPRELS),
                    span=Span(start, end, source=text),
                    feats=feats,
                    ent=rng.choice(ENTITIES),
                )
            )
        return Sentence(Span(tokens[0][0], tokens[-1][1], source=text), tuple(words))


@st.composite
def reported_speech(draw: st.DrawFn) -> str:
    """A few paragraphs of news sentences and generated speech, in a random order."""
    pieces = draw(st.lists(st.sampled_from(NEWS) | speech_text(max_paragraphs=2), min_size=1, max_size=5))
    return "\n\n".join(pieces)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=reported_speech(), rng=st.randoms(use_true_random=False))
def test_no_parse_makes_attribution_fail(text: str, rng: random.Random) -> None:
    result = Extractor(parser=RandomParser(rng)).extract(text)
    failed = [d.message for d in result.diagnostics if d.code == ATTRIBUTION_FAILED]
    assert failed == []
    for quote in result.quotes:
        assert quote.text == text[quote.start : quote.end]
    # nothing detected is lost (a dialogue line cut at its speech tags may come back in pieces)
    kept = [q for q in result.quotes if q.kind is not QuoteKind.INDIRECT]
    for found in find_quotations(text).quotes:
        assert any(q.start <= found.start < q.end or q.start == found.start for q in kept)
