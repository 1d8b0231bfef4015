"""The parse view: which sentences get parsed, how they are rewritten, and the way back."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.errors import ParserError
from quoteattr.model import MarkStyle, Quote, QuoteKind, Span
from quoteattr.parse import prepare
from quoteattr.parse.conllu_backend import ConlluParser
from quoteattr.parse.prepare import (
    build_view,
    elision_spans,
    parse_for_attribution,
    parse_many_for_attribution,
    select_sentences,
)
from quoteattr.parse.segment import sentences as split_sentences
from quoteattr.parse.types import ParsedDoc, Sentence, Word

_TOKEN = regex.compile(r"\w+|[^\w\s]")


class RecordingParser:
    """A mock backend: one flat tree per text (first word is the root); records what it saw."""

    name = "mock"

    def __init__(self, *, one_sentence: bool = True) -> None:
        self.seen: list[str] = []
        self.calls = 0
        if not one_sentence:
            self.parse_sentences = None  # type: ignore[assignment]

    def parse(self, texts: Sequence[str]) -> list[ParsedDoc]:
        self.calls += 1
        self.seen.extend(texts)
        return [self._doc(text) for text in texts]

    def parse_sentences(self, texts: Sequence[str]) -> list[ParsedDoc]:
        return self.parse(texts)

    def _doc(self, text: str) -> ParsedDoc:
        tokens = list(_TOKEN.finditer(text))
        words = tuple(
            Word(
                index=i,
                text=m.group(),
                lemma=m.group().lower(),
                upos="X",
                head=-1 if i == 0 else 0,
                deprel="root" if i == 0 else "dep",
                span=Span(m.start(), m.end(), source=text),
            )
            for i, m in enumerate(tokens)
        )
        if not words:
            return ParsedDoc(text=text, sentences=(), parser=self.name)
        span = Span(words[0].start, words[-1].end, source=text)
        return ParsedDoc(text=text, sentences=(Sentence(span=span, words=words),), parser=self.name)


def guillemet_quote(text: str, content: str, kind: QuoteKind = QuoteKind.DIRECT) -> Quote:
    """The quote whose content is the first occurrence of ``content`` inside « » in ``text``."""
    start = text.index(content)
    end = start + len(content)
    open_at = text.rindex("«", 0, start)
    close_at = text.index("»", end) + 1
    span = Span(start, end, source=text)
    return Quote(span, Span(open_at, close_at, source=text), (span,), MarkStyle.GUILLEMETS, kind=kind)


ARTICLE = (
    "Le conseil s'est réuni lundi. La séance a duré trois heures. Le ministre est arrivé tard.\n\n"
    "« Nous ne céderons jamais face à la violence, et nous continuerons à défendre nos valeurs », "
    "a déclaré Jean Dupont. Il est reparti aussitôt.\n\n"
    "La presse n'a pas été admise. Un autre débat est prévu. Le budget sera voté en mai."
)
LONG = "Nous ne céderons jamais face à la violence, et nous continuerons à défendre nos valeurs"


def test_a_text_without_quotes_parses_nothing() -> None:
    parser = RecordingParser()
    doc = parse_for_attribution("Il pleut. Rien à signaler.", [], parser)
    assert doc.sentences == ()
    assert doc.text == "Il pleut. Rien à signaler."
    assert parser.calls == 0


def test_selection_keeps_the_quote_sentence_and_its_context_only() -> None:
    quote = guillemet_quote(ARTICLE, LONG)
    assert [s.text for s in select_sentences(ARTICLE, [quote], context=2)] == [
        "La séance a duré trois heures.",
        "Le ministre est arrivé tard.",
        f"« {LONG} », a déclaré Jean Dupont.",
    ]
    assert [s.text for s in select_sentences(ARTICLE, [quote], context=0)] == [
        f"« {LONG} », a déclaré Jean Dupont."
    ]


def test_the_sentence_before_a_cleft_is_kept_for_indirect_speech() -> None:
    # « C'est ce qu'a annoncé X » takes the sentence before it as what was said: it is parsed
    text = "Il pleut. La ville va fermer trois écoles. C'est ce qu'a annoncé lundi la maire. Fin."
    kept = [s.text for s in select_sentences(text, [], indirect=True)]
    assert "La ville va fermer trois écoles." in kept
    assert "Il pleut." not in kept


def test_a_sentence_ending_in_a_colon_introduces_the_quote_even_without_context() -> None:
    text = "Il fait beau. Le ministre a déclaré :\n« Nous partirons demain. »"
    quote = guillemet_quote(text, "Nous partirons demain.")
    assert [s.text for s in select_sentences(text, [quote], context=0)] == [
        "Le ministre a déclaré :",
        "« Nous partirons demain. »",
    ]


def test_the_line_that_signs_a_quote_is_parsed_with_it() -> None:
    text = "Le salon a ouvert.\n\n« Nous rendons hommage à une oeuvre. »\n\n— Service de presse du salon"
    quote = guillemet_quote(text, "Nous rendons hommage à une oeuvre.")
    assert [s.text for s in select_sentences(text, [quote], context=0)] == [
        "« Nous rendons hommage à une oeuvre. »",
        "— Service de presse du salon",
    ]


@pytest.mark.parametrize(
    ("before", "kept"),
    [
        ("Le festival a réagi.", True),
        ("Le festival a ouvert.", False),
        ("Le festival a réagi. Il pleut.", False),
    ],
    ids=["a speech verb right before", "no speech verb", "a sentence between"],
)
def test_a_sentence_with_a_speech_verb_right_before_a_quote_is_parsed_with_it(
    before: str, kept: bool
) -> None:
    text = before + "\n\n« Nous rendons hommage à une oeuvre. »"
    quote = guillemet_quote(text, "Nous rendons hommage à une oeuvre.")
    chosen = [s.text for s in select_sentences(text, [quote], context=0)]
    assert ("Le festival a réagi." in chosen) is kept


def test_negative_context_is_refused() -> None:
    with pytest.raises(ValueError, match="context must be >= 0"):
        select_sentences(ARTICLE, [guillemet_quote(ARTICLE, LONG)], context=-1)


def test_elision_replaces_a_long_direct_quote_and_maps_the_placeholder_to_its_content() -> None:
    quote = guillemet_quote(ARTICLE, LONG)
    parser = RecordingParser()
    doc = parse_for_attribution(ARTICLE, [quote], parser, context=0)
    assert parser.seen == [f"«\u00a0{prepare.PLACEHOLDER}\u00a0», a déclaré Jean Dupont."]
    words = doc.sentences[0].words
    placeholder = [w for w in words if w.span == quote.span]
    assert len(placeholder) == len(_TOKEN.findall(prepare.PLACEHOLDER))
    assert doc.elided == (Span(quote.start, quote.end),)
    assert [w for w in words if doc.is_elided(w)] == placeholder
    dupont = next(w for w in words if w.text == "Dupont")
    assert not doc.is_elided(dupont)
    assert ARTICLE[dupont.start : dupont.end] == "Dupont"
    assert doc.sentences[0].span.text_in(ARTICLE) == f"« {LONG} », a déclaré Jean Dupont."


def test_without_elision_every_word_slices_back_to_its_text() -> None:
    quote = guillemet_quote(ARTICLE, LONG)
    doc = parse_for_attribution(ARTICLE, [quote], RecordingParser(), elide=False)
    assert len(doc.sentences) == 3
    assert doc.elided == ()
    for sentence in doc.sentences:
        for word in sentence:
            assert ARTICLE[word.start : word.end] == word.text


@pytest.mark.parametrize(
    ("quote_kind", "content", "elided"),
    [
        (QuoteKind.DIRECT, LONG, True),
        (QuoteKind.DIRECT, "Non merci", False),  # too short to be worth it
        (QuoteKind.TERM, LONG, False),
        (QuoteKind.PARTIAL, LONG, True),  # reads as a whole utterance: capitalised, many words
        (QuoteKind.PARTIAL, "prêts pour la paix et pour la négociation à venir", False),
    ],
)
def test_which_quotes_are_elided(quote_kind: QuoteKind, content: str, elided: bool) -> None:
    text = f"Il a dit « {content} » hier."
    quote = guillemet_quote(text, content, quote_kind)
    assert bool(elision_spans([quote])) is elided


def test_a_quote_holding_another_one_is_not_elided() -> None:
    # the inner quote's frame is the outer quote's words (« Il se contenta de répondre : “…” »):
    # eliding the outer one would leave the inner one nothing to be attributed from
    text = f"« {LONG}, “sans faiblir” », a dit Paul."
    outer = guillemet_quote(text, f"{LONG}, “sans faiblir”")
    inner_span = Span(text.index("sans"), text.index("faiblir") + 7, source=text)
    inner = Quote(inner_span, inner_span, (inner_span,), MarkStyle.CURLY_DOUBLE, depth=1, parent=0)
    assert elision_spans([outer, inner]) == []
    assert elision_spans([outer]) == [Span(outer.start, outer.end)]


def test_normalisation_rewrites_apostrophes_and_spaces_one_for_one() -> None:
    text = "« L’État\u202fne cède pas », a dit l’élu."
    quote = guillemet_quote(text, "L’État\u202fne cède pas")
    (chunk,) = build_view(text, select_sentences(text, [quote]))
    assert chunk.text == "«\u00a0L'État\u00a0ne cède pas\u00a0», a dit l'élu."
    assert len(chunk.text) == len(text)
    doc = parse_for_attribution(text, [quote], RecordingParser())
    etat = next(w for w in doc.sentences[0] if w.text.startswith("État"))
    assert text[etat.start : etat.end] == "État"
    apostrophes = [w for w in doc.sentences[0] if text[w.start : w.end] == "’"]
    assert apostrophes
    assert all(w.text == "’" for w in apostrophes)  # the caller's character, not the view's


def test_a_closing_curly_mark_before_a_word_becomes_the_opening_guillemet() -> None:
    # some sites type ” for both marks: the one right before a word opens the quote
    text = "Le maire a dit:”Nous partirons.” Puis il est parti."
    start = text.index("Nous")
    span = Span(start, start + len("Nous partirons."), source=text)
    quote = Quote(span, Span(start - 1, span.end + 1, source=text), (span,), MarkStyle.CURLY_DOUBLE)
    (chunk,) = build_view(text, select_sentences(text, [quote]))
    assert chunk.text == "Le maire a dit:«Nous partirons.»"


@pytest.mark.parametrize("space", ["\u202f", "\u00a0", " "])
def test_a_no_break_space_before_a_colon_becomes_a_plain_one(space: str) -> None:
    # the models tokenise a no-break space as a word, and learnt « : » after a plain space
    text = f"Un technicien résumait{space}: «{space}Tout le monde a un parent à l'usine{space}»{space}!"
    quote = guillemet_quote(text, "Tout le monde a un parent à l'usine")
    (chunk,) = build_view(text, select_sentences(text, [quote]))
    assert chunk.text == "Un technicien résumait : «\u00a0Tout le monde a un parent à l'usine\u00a0» !"
    assert len(chunk.text) == len(text)


def test_curly_quotes_reach_the_parser_as_guillemets() -> None:
    # the models learnt French quotations in « »; “ ” are read the same, one character for one
    text = "Le maire a dénoncé une décision “ injuste ”, a-t-il dit."
    span = Span(text.index("injuste"), text.index("injuste") + 7, source=text)
    marks = Span(text.index("“"), text.index("”") + 1, source=text)
    quote = Quote(span, marks, (span,), MarkStyle.CURLY_DOUBLE, kind=QuoteKind.PARTIAL)
    (chunk,) = build_view(text, select_sentences(text, [quote]))
    assert chunk.text == "Le maire a dénoncé une décision «\u00a0injuste\u00a0», a-t-il dit."
    assert len(chunk.text) == len(text)


def test_offset_map_sends_positions_inside_an_elision_to_its_edges() -> None:
    text = f"« {LONG} », a dit Paul."
    quote = guillemet_quote(text, LONG)
    (chunk,) = build_view(text, select_sentences(text, [quote]), elision_spans([quote]), placeholder="Oui")
    assert chunk.text == "«\u00a0Oui\u00a0», a dit Paul."
    assert chunk.offsets.span(2, 3) == Span(quote.start, quote.end)
    assert chunk.offsets.span(2, 5) == Span(quote.start, quote.end)
    paul = chunk.text.index("Paul")
    assert chunk.offsets.span(paul, paul + 4).text_in(text) == "Paul"


def test_batch_calls_the_parser_once_and_keeps_documents_apart() -> None:
    other = "Rien. « Demain, nous partirons tous ensemble vers la mer du Nord », dit-elle."
    parser = RecordingParser()
    docs = parse_many_for_attribution(
        [
            (ARTICLE, [guillemet_quote(ARTICLE, LONG)]),
            ("Aucune citation.", []),
            (other, [guillemet_quote(other, "Demain")]),
        ],
        parser,
    )
    assert parser.calls == 1
    assert [d.text for d in docs] == [ARTICLE, "Aucune citation.", other]
    assert docs[1].sentences == ()
    assert all(s.span.end <= len(d.text) for d in docs for s in d.sentences)


def test_a_parser_returning_the_wrong_number_of_parses_is_a_parser_error() -> None:
    class Broken(RecordingParser):
        def parse_sentences(self, texts: Sequence[str]) -> list[ParsedDoc]:
            return []

    with pytest.raises(ParserError, match="returned 0 parses"):
        parse_for_attribution(ARTICLE, [guillemet_quote(ARTICLE, LONG)], Broken())


def test_a_parser_that_splits_a_view_sentence_keeps_both_pieces() -> None:
    class Splitter(RecordingParser):
        def _doc(self, text: str) -> ParsedDoc:
            doc = super()._doc(text)
            words = doc.sentences[0].words
            first = tuple(w for w in words if w.index < 2)
            rest = tuple(
                attrs.evolve(w, index=w.index - 2, head=-1 if w.index == 2 else 0) for w in words[2:]
            )
            return attrs.evolve(
                doc,
                sentences=(
                    Sentence(Span(first[0].start, first[-1].end), first),
                    Sentence(Span(rest[0].start, rest[-1].end), rest),
                ),
            )

    text = "« Nous irons », a dit Paul."
    doc = parse_for_attribution(text, [guillemet_quote(text, "Nous irons")], Splitter(one_sentence=False))
    assert [s.span.text_in(text) for s in doc.sentences] == ["« Nous", "irons », a dit Paul."]


CONLLU = """# newpar
# text = Il fait beau.
1\tIl\til\tPRON\t_\t_\t2\texpl:subj\t_\t_
2\tfait\tfaire\tVERB\t_\t_\t0\troot\t_\t_
3\tbeau\tbeau\tADJ\t_\t_\t2\tobj\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# newpar
# text = « Partons », dit Léa.
1\t«\t«\tPUNCT\t_\t_\t2\tpunct\t_\t_
2\tPartons\tpartir\tVERB\t_\t_\t0\troot\t_\t_
3\t»\t»\tPUNCT\t_\t_\t2\tpunct\t_\tSpaceAfter=No
4\t,\t,\tPUNCT\t_\t_\t5\tpunct\t_\t_
5\tdit\tdire\tVERB\t_\t_\t2\tparataxis\t_\t_
6\tLéa\tLéa\tPROPN\t_\t_\t5\tnsubj\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_
"""


def test_a_backend_that_refuses_rewrites_gets_the_original_text() -> None:
    parser = ConlluParser.from_string(CONLLU)
    (text,) = parser.texts
    quote = guillemet_quote(text, "Partons", QuoteKind.DIRECT)
    doc = parse_for_attribution(text, [quote], parser, context=0)
    assert [s.span.text_in(text) for s in doc.sentences] == ["« Partons », dit Léa."]
    assert doc.parser == "conllu"
    lea = doc.sentences[0].words[5]
    assert (lea.text, text[lea.start : lea.end], lea.deprel) == ("Léa", "Léa", "nsubj")


# --- properties -------------------------------------------------------------------------------

WORDS = st.sampled_from(
    [
        "il",
        "Elle",
        "l’État",
        "M.",
        "Dupont",
        "a",
        "déclaré",
        "ajouté",
        "que",
        "nous",
        "partirons",
        "3.5",
        "J.",
    ]
)
CLAUSE = st.lists(WORDS, min_size=1, max_size=8).map(" ".join)
SPACES = st.sampled_from([" ", "\u00a0", "\u202f"])


@st.composite
def texts_with_quotes(draw: st.DrawFn) -> tuple[str, list[Quote]]:
    text = ""
    quotes: list[Quote] = []
    for _ in range(draw(st.integers(1, 6))):
        if text:
            text += draw(st.sampled_from([" ", "\n\n", " . "]))
        head = draw(CLAUSE)
        text += head.capitalize()
        if draw(st.booleans()):
            pad = draw(SPACES)
            content = draw(st.lists(CLAUSE, min_size=1, max_size=4).map(". ".join))
            text += f" «{pad}"
            start = len(text)
            text += content
            end = len(text)
            text += f"{pad}»"
            span = Span(start, end)
            kind = draw(st.sampled_from(list(QuoteKind)))
            quotes.append(Quote(span, Span(start - 2, end + 2), (span,), MarkStyle.GUILLEMETS, kind=kind))
        text += draw(st.sampled_from([".", " !", ", a-t-il dit.", ""]))
    return text, [attrs.evolve(q, span=q.span.with_source(text)) for q in quotes]


@settings(max_examples=150, deadline=None)
@given(texts_with_quotes(), st.booleans(), st.integers(0, 3))
def test_every_returned_offset_is_in_the_original_text(
    case: tuple[str, list[Quote]], elide: bool, context: int
) -> None:
    text, quotes = case
    doc = parse_for_attribution(text, quotes, RecordingParser(), context=context, elide=elide)
    assert doc.text == text
    elided = elision_spans(quotes) if elide else []
    previous = -1
    for sentence in doc.sentences:
        assert 0 <= sentence.span.start < sentence.span.end <= len(text)
        assert sentence.span.start > previous
        previous = sentence.span.start
        last = -1
        for word in sentence:
            assert sentence.span.start <= word.start < word.end <= sentence.span.end
            assert word.start >= last
            last = word.start
            if doc.is_elided(word):
                assert any(e.contains(word.span) for e in elided)
                continue
            assert text[word.start : word.end] == word.text
    # Every quote's sentence was parsed.
    for quote in quotes:
        assert any(s.span.overlap(quote.marks) for s in doc.sentences)


def test_overlapping_elisions_keep_the_longest_and_reach_every_sentence_they_cover() -> None:
    text = "Un début. « Long texte. Suite du texte », dit-il. Fin."
    sents = split_sentences(text)
    outer = Span(text.index("Long"), text.index(" »"))
    inner = Span(text.index("Suite"), text.index(" »"))
    chunks = build_view(text, sents, [inner, outer], placeholder="Oui")
    assert [c.text for c in chunks] == ["Un début.", "«\u00a0Oui\u00a0», dit-il.", "Fin."]
    assert chunks[1].offsets.span(2, 5) == outer
