"""Speaker resolution on raw French text, each case on sentences written for these tests."""

from __future__ import annotations

import pytest

from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.resolve import Resolver
from quoteattr.model import Span, Speaker

ARTICLE = (
    "Le secrétaire d’État américain Antony Blinken a reçu lundi à Genève les ministres "
    "des Affaires étrangères.\n\n"
    "« Le dialogue est la seule voie », a déclaré Blinken à l’ouverture. "
    "Il a ajouté que Tokaïev et Japarov lui avaient dit qu’ils étaient « prêts à signer ».\n\n"
    "« Personne ne gagnera une guerre », a poursuivi le haut diplomate américain.\n\n"
    "Dans une déclaration publiée le soir, le ministère kazakh des Affaires étrangères a précisé "
    "que le ministre des Affaires étrangères Moukhtar Tleuberdi avait demandé le retrait des "
    "« unités déployées ».\n\n"
    "Tleuberdi « a rappelé l’attachement du pays au droit international », indique le communiqué.\n\n"
    "Plus tôt, le Conseil de sécurité kirghiz a affirmé que la frontière avait été violée. "
    "Il a dénoncé une « provocation délibérée ».\n\n"
    "« Le pays se défendra », lit-on dans un communiqué publié par le conseil après la réunion."
)


def find(text: str, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(start, start + len(words), source=text)


def mention(
    text: str, words: str, kind: MentionKind, nth: int = 0, conjuncts: tuple[str, ...] = ()
) -> Mention:
    span = find(text, words, nth)
    parts = tuple(
        Span(text.index(c, span.start), text.index(c, span.start) + len(c), source=text) for c in conjuncts
    )
    return Mention(span=span, head=span, kind=kind, conjuncts=parts)


@pytest.fixture
def article() -> Resolver:
    return Resolver(ARTICLE)


def resolve(resolver: Resolver, words: str, kind: MentionKind, before: int, **kw: object) -> Speaker:
    return resolver.resolve(mention(ARTICLE, words, kind, **kw), before=before)  # type: ignore[arg-type]


def test_surname_gets_the_full_name_and_its_title(article: Resolver) -> None:
    speaker = resolve(article, "Blinken", MentionKind.NAME, ARTICLE.index("« Le dialogue"), nth=1)
    assert speaker.name == "Antony Blinken"
    assert speaker.title == "secrétaire d’État américain"
    assert speaker.mention is not None
    assert speaker.mention.text == "Blinken"


def test_conjoined_names_are_joined_with_et(article: Resolver) -> None:
    speaker = resolve(
        article,
        "Tokaïev et Japarov",
        MentionKind.NAME,
        ARTICLE.index("prêts à signer"),
        conjuncts=("Tokaïev", "Japarov"),
    )
    assert speaker.name == "Tokaïev et Japarov"


def test_description_goes_to_the_person_with_a_matching_role(article: Resolver) -> None:
    resolve(article, "Blinken", MentionKind.NAME, ARTICLE.index("« Le dialogue"), nth=1)
    speaker = resolve(
        article, "le haut diplomate américain", MentionKind.DESCRIPTION, ARTICLE.index("« Personne")
    )
    assert speaker.name == "Antony Blinken"
    assert speaker.entity == 0


def test_role_and_name_in_apposition_are_split(article: Resolver) -> None:
    speaker = resolve(
        article,
        "le ministre des Affaires étrangères Moukhtar Tleuberdi",
        MentionKind.NAME,
        ARTICLE.index("unités déployées"),
    )
    assert speaker.name == "Moukhtar Tleuberdi"
    assert speaker.title == "ministre des Affaires étrangères"


def test_communique_goes_to_the_organisation_of_the_earlier_declaration(article: Resolver) -> None:
    speaker = resolve(article, "le communiqué", MentionKind.DOCUMENT, ARTICLE.index("a rappelé"))
    assert speaker.name == "ministère kazakh des Affaires étrangères"


def test_pronoun_goes_to_the_organisation_subject_of_the_previous_sentence(article: Resolver) -> None:
    speaker = resolve(article, "Il", MentionKind.PRONOUN, ARTICLE.index("provocation"), nth=1)
    assert speaker.name == "Conseil de sécurité kirghiz"


def test_impersonal_lit_on_goes_to_the_issuer_of_the_communique(article: Resolver) -> None:
    start = ARTICLE.index("lit-on") + len("lit-")
    span = Span(start, start + 2, source=ARTICLE)
    speaker = article.resolve(
        Mention(span=span, head=span, kind=MentionKind.IMPERSONAL), before=ARTICLE.index("« Le pays")
    )
    assert speaker.name == "Conseil de sécurité kirghiz"
    assert speaker.mention is not None
    assert speaker.mention.text == "on"


def test_document_phrase_naming_its_issuer(article: Resolver) -> None:
    speaker = resolve(
        article, "un communiqué publié par le conseil", MentionKind.DOCUMENT, ARTICLE.index("« Le pays")
    )
    assert speaker.name == "Conseil de sécurité kirghiz"


def test_entities_collect_every_mention_of_a_source(article: Resolver) -> None:
    resolve(article, "Blinken", MentionKind.NAME, ARTICLE.index("« Le dialogue"), nth=1)
    resolve(article, "le haut diplomate américain", MentionKind.DESCRIPTION, ARTICLE.index("« Personne"))
    entities = article.entities()
    assert [e.name for e in entities] == ["Antony Blinken"]
    assert [m.text for m in entities[0].mentions] == ["Blinken", "le haut diplomate américain"]
    assert entities[0].kind == "person"
    assert article.entity_of(Speaker(name="antony blinken")) == 0
