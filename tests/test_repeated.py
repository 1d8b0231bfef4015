"""Words quoted twice share their source (``quoteattr.attribute.repeated``)."""

from __future__ import annotations

import attrs
import pytest

from quoteattr import Extractor
from quoteattr.attribute.repeated import REPEATED_CONFIDENCE, repeated_speakers
from quoteattr.marks import find_quotations
from quoteattr.model import Quote, QuoteKind, ResolvedBy, Span, Speaker

HEADLINE = (
    "« Nous ne lâcherons rien »\n\nLa grève continue. « Nous ne lâcherons rien », a lancé Marie Durand."
)


def _quotes(text: str, said: dict[int, str], kind: QuoteKind = QuoteKind.DIRECT) -> list[Quote]:
    """The text's quotes, of ``kind``, the ``n``-th said by ``said[n]`` with confidence 0.95."""
    quotes = [attrs.evolve(q, kind=kind) for q in find_quotations(text).quotes]
    for n, name in said.items():
        quotes[n] = attrs.evolve(quotes[n], speaker=Speaker(name=name), rule="incise", confidence=0.95)
    return quotes


def test_a_headline_quote_takes_the_source_of_the_same_words_in_the_body() -> None:
    out = repeated_speakers(HEADLINE, _quotes(HEADLINE, {1: "Marie Durand"}))
    assert out[0].speaker is not None
    assert (out[0].speaker.name, out[0].rule, out[0].cue, out[0].confidence) == (
        "Marie Durand",
        "repeated",
        None,
        REPEATED_CONFIDENCE,
    )


@pytest.mark.parametrize(
    ("text", "said", "named"),
    [
        # part of a longer quote, its punctuation and case aside
        (
            "« nous ne lâcherons rien ! » La grève continue. "
            "« Nous ne lâcherons rien. Le ministre doit céder », a lancé Marie Durand.",
            {1: "Marie Durand"},
            "Marie Durand",
        ),
        # three words are a common phrase, which two sources may say
        ("« Pas de panique » « Pas de panique », a dit Marie Durand.", {1: "Marie Durand"}, None),
        # two sources said the words: neither
        (
            "« Nous ne lâcherons rien » « Nous ne lâcherons rien », a dit Marie Durand. "
            "« Nous ne lâcherons rien », a répondu Paul Roux.",
            {1: "Marie Durand", 2: "Paul Roux"},
            None,
        ),
        # words that differ are not the same words
        (
            "« Nous ne céderons rien » « Nous ne lâcherons rien », a dit Marie Durand.",
            {1: "Marie Durand"},
            None,
        ),
    ],
    ids=["part of a longer one", "too short", "two sources", "other words"],
)
def test_only_the_same_words_long_enough_and_of_one_source_share_it(
    text: str, said: dict[int, str], named: str | None
) -> None:
    out = repeated_speakers(text, _quotes(text, said))
    assert (out[0].speaker.name if out[0].speaker is not None else None) == named


def test_a_term_keeps_no_source() -> None:
    out = repeated_speakers(HEADLINE, _quotes(HEADLINE, {1: "Marie Durand"}, QuoteKind.TERM))
    assert out[0].speaker is None


def test_the_real_parser_gives_a_headline_quote_its_source() -> None:
    text = (
        "« Nous ne lâcherons rien devant la direction »\n\n"
        "Les salariés de l'usine de Vireux sont en grève depuis lundi.\n\n"
        "« Nous ne lâcherons rien devant la direction », a lancé Marie Durand, déléguée du personnel."
    )
    first = Extractor().extract(text).quotes[0]
    assert first.speaker is not None
    assert (first.speaker.name, first.rule) == ("Marie Durand", "repeated")


def test_words_quoted_again_overrule_a_speaker_carried_over_from_the_quote_before() -> None:
    # a subheading set after one source's quote repeats the next source's words: theirs
    text = (
        "« Le port restera bloqué », a prévenu Marc Petit.\n\n« Nous sommes à bout de souffle »\n\n"
        "Une transporteuse témoigne : « Nous sommes à bout de souffle. Les camions ne roulent plus. »"
    )
    quotes = _quotes(text, {0: "Marc Petit", 2: "une transporteuse"})
    quotes[1] = attrs.evolve(
        quotes[1], speaker=Speaker(name="Marc Petit"), rule="continuation", confidence=0.6
    )
    out = repeated_speakers(text, quotes)
    assert out[1].speaker is not None
    assert (out[1].speaker.name, out[1].rule) == ("une transporteuse", "repeated")


def test_a_speaker_carried_over_is_no_evidence_for_another_quote() -> None:
    # the words repeat a quote whose own speaker was carried over too: nothing to go by
    text = (
        "« Nous sommes à bout de souffle »\n\n« Nous sommes à bout de souffle. Les camions ne roulent plus. »"
    )
    quotes = _quotes(text, {})
    quotes[1] = attrs.evolve(
        quotes[1], speaker=Speaker(name="Marc Petit"), rule="continuation", confidence=0.6
    )
    assert repeated_speakers(text, quotes)[0].speaker is None


@pytest.mark.parametrize(
    ("other_by", "named"),
    [
        # the headline's source, a description the text names no one for, is the body's name
        (ResolvedBy.SPELLED, "Gilles Roux"),
        # a name that is itself a guess from a description gives nothing
        (ResolvedBy.ROLE, "directeur de l'institut"),
    ],
)
def test_a_described_source_takes_the_name_the_same_words_are_given(other_by: ResolvedBy, named: str) -> None:
    text = (
        "« Un traitement pourrait arriver au printemps », juge le directeur de l'institut\n\n"
        "« Un traitement pourrait arriver au printemps », a déclaré Gilles Roux."
    )
    quotes = _quotes(text, {})
    at = text.index("le directeur")
    mention = Span(at, at + len("le directeur de l'institut"), source=text)
    described = Speaker(name="directeur de l'institut", mention=mention, resolved_by=ResolvedBy.WORDS)
    quotes[0] = attrs.evolve(quotes[0], speaker=described, rule="incise")
    quotes[1] = attrs.evolve(
        quotes[1], speaker=Speaker(name="Gilles Roux", resolved_by=other_by), rule="incise"
    )
    out = repeated_speakers(text, quotes)
    assert out[0].speaker is not None
    assert (out[0].speaker.name, out[0].speaker.mention, out[0].rule) == (named, mention, "incise")


#: A headline and a subheading quoting a few words the sections below them say with a source.
TITLED = (
    "Un budget « sans surprise » au conseil\n\n"
    "Le conseil municipal a voté le budget jeudi soir.\n\n"
    "Des tarifs « en hausse »\n\n"
    "Le maire, Paul Roux, a jugé le budget « sans surprise ». "
    "L'opposition dénonce des tarifs « en hausse », a dit Marie Durand."
)


def test_a_title_takes_the_source_of_its_few_words_in_the_text_it_heads() -> None:
    quotes = [attrs.evolve(q, kind=QuoteKind.TERM) for q in find_quotations(TITLED).quotes]
    for i, name in ((2, "Paul Roux"), (3, "Marie Durand")):
        quotes[i] = attrs.evolve(quotes[i], kind=QuoteKind.PARTIAL, speaker=Speaker(name=name), rule="incise")
    out = repeated_speakers(TITLED, quotes)
    said = [(q.span.text_in(TITLED), q.speaker.name if q.speaker else None, q.kind) for q in out[:2]]
    # the words a title quotes are said: a partial quote, no longer a term
    assert said == [
        ("sans surprise", "Paul Roux", QuoteKind.PARTIAL),
        ("en hausse", "Marie Durand", QuoteKind.PARTIAL),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the words said above the subheading: it titles what follows, not what came before
        "Le port\n\nLe maire a jugé le budget « en hausse », a dit Paul Roux.\n\nDes tarifs « en hausse »\n\n"
        "Les dockers votent jeudi.",
        # said in the next section, under another subheading
        "Le port\n\nLes dockers votent jeudi.\n\nDes tarifs « en hausse »\n\nLa grève dure.\n\n"
        "Le vote des dockers\n\nLe budget est « en hausse », a dit Paul Roux.",
        # a line of the narration is no title: a few words are a common phrase there
        "Le port\n\nLes dockers jugent les tarifs « en hausse ».\n\n"
        "Le budget est « en hausse », a dit Paul Roux.",
    ],
    ids=["above", "another section", "narration"],
)
def test_a_titles_few_words_said_elsewhere_give_no_source(text: str) -> None:
    quotes = [attrs.evolve(q, kind=QuoteKind.TERM) for q in find_quotations(text).quotes]
    said = next(i for i, q in enumerate(quotes) if "Paul Roux" in text[q.span.end : q.span.end + 20])
    quotes[said] = attrs.evolve(quotes[said], kind=QuoteKind.PARTIAL, speaker=Speaker(name="Paul Roux"))
    out = repeated_speakers(text, quotes)
    assert [q.speaker for i, q in enumerate(out) if i != said] == [None]


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # a subheading that is wholly one quotation titles its section as any subheading does
        ("« Un plan précis »", "Anne Petit"),
        ('"Un plan précis"', "Anne Petit"),
        # suspension points cut a title short: they end no sentence
        ("« Un plan précis… »", "Anne Petit"),
        # a paragraph of quoted speech is no title: it ends as a sentence does
        ("« Un plan précis. »", None),
    ],
    ids=["guillemets", "straight", "suspension points", "a sentence"],
)
def test_a_subheading_that_is_one_quotation_takes_the_source_below_it(line: str, source: str | None) -> None:
    text = (
        "Le festival annulé\n\nLa préfecture a interdit le festival mardi.\n\n"
        f"{line}\n\nSur son site, la présidente, Anne Petit, dit avoir prévu « un plan précis » lundi."
    )
    quotes = [attrs.evolve(q, kind=QuoteKind.TERM) for q in find_quotations(text).quotes]
    quotes[1] = attrs.evolve(quotes[1], kind=QuoteKind.PARTIAL, speaker=Speaker(name="Anne Petit"))
    first = repeated_speakers(text, quotes)[0]
    assert (first.speaker.name if first.speaker else None) == source


def test_the_real_parser_gives_a_subheadings_words_the_source_below_it() -> None:
    first = Extractor().extract(TITLED).quotes[0]
    assert first.speaker is not None
    assert (first.speaker.name, first.kind, first.rule) == ("Paul Roux", QuoteKind.PARTIAL, "repeated")
