"""Speaker resolution on raw French text, each case on sentences written for these tests."""

from __future__ import annotations

import re

import pytest
import regex
from hand_parse import parse

from quoteattr.attribute.entities import Occurrence, header_end, index_document
from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.resolve import CERTAINTY, Resolver
from quoteattr.attribute.resolve_pronouns import _passing_thing
from quoteattr.attribute.resolve_rules import tag_verb
from quoteattr.attribute.resolve_score import (
    Candidate,
    _apposed_before,
    _offices,
    bracketed_expansion,
    chain_start,
    headline_person,
    periphrasis_role,
    ranked_otherwise,
    sole_person,
)
from quoteattr.errors import ConfigurationError
from quoteattr.model import ResolvedBy, Span, Speaker, SpeakerKind

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


def name_of_last(text: str, words: str) -> str | None:
    """The name the last occurrence of ``words``, read as a name, resolves to at the text's end."""
    found = mention(text, words, MentionKind.NAME, nth=text.count(words) - 1)
    return Resolver(text).resolve(found, before=len(text)).name


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


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # the parser left the names uncoordinated under a plural noun
        (
            "Selon les médias locaux Ouest-Littoral et Brest-Soir, l'usine fermera en juin.",
            "les médias locaux Ouest-Littoral et Brest-Soir",
            "Ouest-Littoral et Brest-Soir",
        ),
        # each name keeps its own article
        (
            "Les chiffres donnés par la Russie et les États-Unis divergent.",
            "la Russie et les États-Unis",
            "Russie et États-Unis",
        ),
        # a list: the names before the comma are sources too, not a title apposed to the next
        (
            "Selon Anne Roux, Marc Dupont et Paul Vidal, le projet est mort.",
            "Anne Roux, Marc Dupont et Paul Vidal",
            "Anne Roux et Marc Dupont et Paul Vidal",
        ),
        # a name after « de » is the complement of the role: the mayor and Roux, not Lyon
        ("Le maire de Lyon et Paul Roux ont signé.", "Le maire de Lyon et Paul Roux", "Paul Roux"),
        # names apposed after a comma to a phrase that names no one are who it is
        (
            "Hier, deux élus de la majorité, Idris Kané et Marc Dupont, ont voté contre.",
            "deux élus de la majorité, Idris Kané et Marc Dupont",
            "Idris Kané et Marc Dupont",
        ),
    ],
)
def test_names_joined_by_et_are_one_joint_source(text: str, words: str, name: str) -> None:
    assert Resolver(text).resolve(mention(text, words, MentionKind.NAME), before=len(text)).name == name


@pytest.mark.parametrize(
    ("text", "words", "conjuncts", "kind"),
    [
        # an article before each name says a body: countries and unions speak as bodies together
        (
            "Selon la Russie et les États-Unis, la ville est prise.",
            "la Russie et les États-Unis",
            (),
            "organisation",
        ),
        ("Selon la CGT et FO, la grève sera longue.", "la CGT et FO", (), "organisation"),
        # the parser's conjuncts may leave the article out: it is read before them all the same
        (
            "Selon la Russie et les États-Unis, la ville est prise.",
            "Russie et les États-Unis",
            ("Russie", "États-Unis"),
            "organisation",
        ),
        # people together are a group, and so is a person with a body
        ("Selon Anne Roux et Paul Vidal, la ville est prise.", "Anne Roux et Paul Vidal", (), "group"),
        ("Selon la CGT et Paul Roux, la grève sera longue.", "la CGT et Paul Roux", (), "group"),
    ],
)
def test_bodies_named_together_speak_as_a_body(
    text: str, words: str, conjuncts: tuple[str, ...], kind: str
) -> None:
    resolver = Resolver(text)
    resolver.resolve(mention(text, words, MentionKind.NAME, conjuncts=conjuncts), before=len(text))
    assert resolver.entities()[0].kind.value == kind


@pytest.mark.parametrize(
    ("words", "conjuncts", "name"),
    [
        # a body's name with its article opens a list, no title apposed to the next name
        (
            "La FNSU, Sud-Santé et la CFDT",
            ("La FNSU", "Sud-Santé", "la CFDT"),
            "FNSU et Sud-Santé et CFDT",
        ),
        # must not: a title in small letters before a comma is the next name's
        (
            "la présidente du syndicat, Karine Vidal et Paul Roux",
            ("la présidente du syndicat", "Karine Vidal", "Paul Roux"),
            "Karine Vidal et Paul Roux",
        ),
    ],
)
def test_a_list_may_open_on_a_body_s_name_and_its_article(
    words: str, conjuncts: tuple[str, ...], name: str
) -> None:
    text = f"{words} ont appelé à une « grève générale » jeudi."
    found = mention(text, words, MentionKind.NAME, conjuncts=conjuncts)
    assert Resolver(text).resolve(found, before=len(text)).name == name


def test_a_full_name_is_given_without_the_civility_the_text_wrote_before_it() -> None:
    # « Me » is how the text addresses him, not part of his name; before a surname alone it is
    text = "Me Paul Garnier défend l'entreprise. « Nous ferons appel », a déclaré Paul Garnier."
    speaker = Resolver(text).resolve(mention(text, "Paul Garnier", MentionKind.NAME, nth=1), before=len(text))
    assert speaker.name == "Paul Garnier"
    text = "Mme Valbrun reçoit. « Entrez », dit Valbrun."
    speaker = Resolver(text).resolve(mention(text, "Valbrun", MentionKind.NAME, nth=1), before=len(text))
    assert speaker.name == "Mme Valbrun"


def test_a_name_in_marks_is_no_full_name_of_the_word_it_opens() -> None:
    # « Zentra Achats » in marks labels a product; « Zentra » stays the company's own name
    text = (
        "Zentra conteste la décision. La Commission vise son comparateur « Zentra Achats ». "
        "Zentra estime que cette accusation est injuste."
    )
    words = mention(text, "Zentra", MentionKind.NAME, nth=2)
    assert Resolver(text).resolve(words, before=len(text)).name == "Zentra"


@pytest.mark.parametrize(
    ("text", "short", "name"),
    [
        # the press drops the part of a surname a particle opens, and a nationality before a
        # name describes its bearer
        (
            "Le Chilien Sampaio veut « la paix ». Le Chilien José Carlos Sampaio da Costa est à Lima. "
            "« Je veux la paix », a dit Sampaio.",
            "Sampaio",
            "José Carlos Sampaio da Costa",
        ),
        (
            "Le gouverneur, Henri Villemur de Castel, parle. « Rien ne presse », a dit Villemur.",
            "Villemur",
            "Henri Villemur de Castel",
        ),
        # a byname written alone first, the full name after « dit »: still the full name
        (
            "Luiz Onofre Rocha da Silva, dit Rocha, mène. Rocha part en tête. « Je gagnerai », a dit Rocha.",
            "Rocha",
            "Luiz Onofre Rocha da Silva",
        ),
        # the person a civility names after « de » is not the body of which it is the complement
        (
            "La CDU de Mme Vossberg recule. Mme Vossberg estime que « rien n'est perdu ».",
            "Mme Vossberg",
            "Mme Vossberg",
        ),
        # a word that opens a firm's name is no given name: « Vexia France » is its subsidiary
        (
            "Vexia France rappelle 8 000 scooters. Vexia parle d'un « rappel de précaution ».",
            "Vexia",
            "Vexia",
        ),
        # a given name alone stands for the full name it opens
        ("Félix Adomou est arrivé. « Oui », a dit Félix.", "Félix", "Félix Adomou"),
        # initials after « de la » are a complement's, no other body's initials
        (
            "Anne Roux, directrice du groupe d'études de la BR, parle. La BR prévoit une baisse.",
            "La BR",
            "BR",
        ),
    ],
)
def test_a_short_name_gets_the_fuller_name_that_is_its_own(text: str, short: str, name: str) -> None:
    assert name_of_last(text, short) == name


@pytest.mark.parametrize(
    ("second", "name"),
    [
        # a name opening its sentence, its role after it, the closing comma left out before the
        # verb: still that person's title, whom the description before stands for
        ("Paul Roux, le gouverneur de la province est inquiet.", "Paul Roux"),
        # must not: after a fronted phrase, the words after the comma are the sentence's subject
        (
            "Interrogé sur l'absence de Paul Roux, le gouverneur de la province a répondu.",
            "gouverneur de la province",
        ),
    ],
    ids=["apposition, comma left out", "subject after a fronted phrase"],
)
def test_a_role_after_a_name_opening_its_sentence_is_its_title_up_to_the_verb(second: str, name: str) -> None:
    text = (
        "Le gouverneur de la province invite les habitants à partir.\n\nLes pluies continuent. "
        f"{second} Les routes sont coupées."
    )
    words = "Le gouverneur de la province"
    span = Span(0, len(words), source=text)
    assert Resolver(text).resolve(Mention(span, span, MentionKind.DESCRIPTION), before=0).name == name


def test_a_name_joined_to_a_numbered_complement_is_no_source() -> None:
    # « de Canal 2 et Canal 3 » is the title's complement, both channels; the name after is who
    text = "« Rien », a estimé le directeur de Canal 2 et Canal 3, Paul Vidal."
    words = "le directeur de Canal 2 et Canal 3, Paul Vidal"
    found = mention(text, words, MentionKind.DESCRIPTION)
    assert Resolver(text).resolve(found, before=len(text)).name == "Paul Vidal"


def test_a_person_in_a_description_s_complement_is_not_its_holder() -> None:
    # « l'avocat de Marc Ollier » is Ollier's lawyer: the one lawyer the text names later
    text = (
        "L'avocat de Marc Ollier conteste la décision. Le juge a tranché. "
        "Plus tard, l'avocat Olivier Pradel a fait appel."
    )
    words = "L'avocat de Marc Ollier"
    span = Span(0, len(words), source=text)
    found = Resolver(text).resolve(Mention(span, Span(2, 8, source=text), MentionKind.DESCRIPTION), before=0)
    assert found.name == "Olivier Pradel"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # the same post of another body is someone else
        (
            "La ministre de l'Intérieur, Anne Roux, a visité la caserne. « Tout va bien », a-t-elle dit. "
            "La ministre de la Justice a réagi.",
            "La ministre de la Justice",
            "ministre de la Justice",
        ),
        (
            "La présidente de l'Office des transports, Sonia Lebrun, a reçu les syndicats. "
            "La présidente de la FAE, Mélanie Hubaut, était là. "
            "Mercredi, la présidente de la FAE a demandé une entente.",
            "la présidente de la FAE",
            "Mélanie Hubaut",
        ),
        # initials stand for the body spelled out
        (
            "Le directeur de l'Organisation mondiale de la santé, Paul Vidal, a parlé. « Restez prudents », "
            "a-t-il dit. Le directeur de l'OMS a ajouté une consigne.",
            "Le directeur de l'OMS",
            "Paul Vidal",
        ),
        # a body named by the place it sits in is no other body
        (
            "Le porte-parole du ministère des Armées, François Roux, a parlé. « Nous suivons », a-t-il dit. "
            "Les travaux avancent, a ajouté le porte-parole de l'hôtel de Brienne.",
            "le porte-parole de l'hôtel de Brienne",
            "François Roux",
        ),
        # another role may be another post of the same person
        (
            "L'ancien président de l'Assemblée nationale, Paul Vidal, a parlé. « C'est grave », a jugé le "
            "député de Haute-Savoie.",
            "le député de Haute-Savoie",
            "Paul Vidal",
        ),
        # « St » abbreviates « Saint » in a commune's name: the same town, the same mayor
        (
            "Paul Vidal, maire de Saint-Aurèle, a parlé. Les secours sont là. Les routes sont "
            "coupées. « C'est grave », a déclaré le maire de St Aurèle.",
            "le maire de St Aurèle",
            "Paul Vidal",
        ),
    ],
)
def test_a_post_of_one_body_is_not_the_same_post_of_another(text: str, words: str, name: str) -> None:
    span = find(text, words, nth=text.count(words) - 1)
    found = Resolver(text).resolve(Mention(span, span, MentionKind.DESCRIPTION), before=span.start)
    assert found.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the two people just named, each with a role of the field, are « les deux élus »
        (
            "Le maire, Paul Roux, répond aux opposants. Son adjoint, Marc Vidal, rappelle les faits. "
            "« Rien n'est décidé », concluent les deux élus.",
            "Paul Roux et Marc Vidal",
        ),
        # a third person named there: which two is not said
        (
            "Le maire, Paul Roux, a reçu l'agriculteur Jean Petit. Son adjoint, Marc Vidal, rappelle les "
            "faits. « Rien n'est décidé », concluent les deux élus.",
            "deux élus",
        ),
    ],
)
def test_les_deux_and_a_role_take_up_the_two_people_just_named(text: str, name: str) -> None:
    span = find(text, "les deux élus")
    assert (
        Resolver(text).resolve(Mention(span, span, MentionKind.DESCRIPTION), before=span.start).name == name
    )


def test_description_goes_to_the_person_with_a_matching_role(article: Resolver) -> None:
    resolve(article, "Blinken", MentionKind.NAME, ARTICLE.index("« Le dialogue"), nth=1)
    speaker = resolve(
        article, "le haut diplomate américain", MentionKind.DESCRIPTION, ARTICLE.index("« Personne")
    )
    assert speaker.name == "Antony Blinken"
    assert speaker.entity == 0


@pytest.mark.parametrize("athlete", ["gymnaste", "perchiste", "biathlète", "surfeuse"])
def test_an_athlete_by_her_discipline_is_the_one_titled_so(athlete: str) -> None:
    # the sports pages call an athlete by her discipline: a role, so it takes up the one titled
    # so, not the description the text wrote in between
    text = (
        f"« Je suis fière », réagit la {athlete} américaine Carla Mendes. Au total, la {athlete} "
        f"américaine a gagné trois titres. « C'était grisant », ajoute la {athlete}."
    )
    words = f"la {athlete}."[:-1]
    at = text.rindex(words)
    span = Span(at, at + len(words), source=text)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DESCRIPTION), before=text.rindex("« "))
    assert speaker.name == "Carla Mendes"


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


@pytest.mark.parametrize(
    ("first", "name"),
    [
        # « celle qui … » is a periphrasis of the woman the text is about, as « elle » would be
        ("Claire Aubert a ouvert la cérémonie.", "Claire Aubert"),
        # must not: a man named before is not « celle qui … »; the words stay
        ("Paul Roux a ouvert la cérémonie.", "celle qui a fondé le festival"),
    ],
)
def test_celle_qui_takes_up_the_person_of_its_gender_named_before(first: str, name: str) -> None:
    text = first + " « C'est un hommage », explique celle qui a fondé le festival."
    found = mention(text, "celle qui a fondé le festival", MentionKind.DESCRIPTION)
    assert Resolver(text).resolve(found, before=text.index("« C'est")).name == name


@pytest.mark.parametrize(
    ("second", "name"),
    [
        # the pronoun of a clause the sentence opens on looks ahead to the main clause's subject
        ("S'il dit que « tout va bien », Marc Dupont pense que « rien ne va ».", "Marc Dupont"),
        ("Même s'il admet « une erreur », Marc Dupont reste prudent.", "Marc Dupont"),
        ("Quand il parle de « trahison », le maire Marc Dupont vise l'opposition.", "Marc Dupont"),
        # must not: a subject of the other gender, and no main clause subject after the comma
        ("S'il dit que « tout va bien », Marie Dupont pense que « rien ne va ».", "Paul Roux"),
        ("S'il dit que « tout va bien », selon Marc Dupont, rien ne va.", "Paul Roux"),
    ],
)
def test_the_pronoun_of_a_fronted_clause_looks_ahead_to_the_main_subject(second: str, name: str) -> None:
    text = "Paul Roux est arrivé. " + second
    found = mention(text, "il", MentionKind.PRONOUN, nth=0)
    assert Resolver(text).resolve(found, before=found.span.start).name == name


@pytest.mark.parametrize(
    ("first", "issuer"),
    [
        # a speech verb before the means: the subject's statement, the means with no article too
        ("La mairie de Vernac a annoncé par communiqué la fermeture de la piscine.", "mairie de Vernac"),
        ("La mairie de Vernac a détaillé dans un communiqué la fermeture de la piscine.", "mairie de Vernac"),
        # two subjects joined by « et »: theirs together
        (
            "Les organisateurs, Lumen Prod et Vastel, ont annoncé par communiqué la fermeture.",
            "Lumen Prod et Vastel",
        ),
        # must not: « a reçu par communiqué » gets it; the sender is someone else, not named
        (
            "La mairie de Vernac a reçu par communiqué la liste des travaux.",
            "communiqué la liste des travaux",
        ),
    ],
    ids=["par", "dans un", "et", "received"],
)
def test_a_statement_made_by_means_of_a_speech_verb_is_its_subject_s(first: str, issuer: str) -> None:
    text = f"{first} « Les travaux dureront un mois », précise ce communiqué."
    found = mention(text, "ce communiqué", MentionKind.DOCUMENT)
    assert Resolver(text).resolve(found, before=text.index("« Les")).name == issuer


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


def test_a_name_opening_its_sentence_on_its_elided_particle_is_a_name() -> None:
    """« D'Orsac haussa les épaules »: the particle opens the sentence, so it is the name's, not
    the preposition of a complement (« le château d'Orsac »)."""
    text = "Le château d'Orsac domine la vallée. D'Orsac haussa les épaules."
    kinds = [(o.span.start, o.kind) for o in index_document(text).occurrences if o.name == "Orsac"]
    assert kinds == [(text.index("Orsac"), "complement"), (text.rindex("Orsac"), "name")]


def having_said(text: str, name: str, quote: str) -> Resolver:
    """A resolver of ``text`` that has resolved the quote at ``quote`` to the ``name`` its tag
    spells out: the source who spoke before what a test resolves next."""
    resolver = Resolver(text)
    span = find(text, name)
    assert resolver.resolve(Mention(span, span, MentionKind.NAME), before=text.index(quote)).name == name
    return resolver


@pytest.mark.parametrize(
    ("tag", "name"),
    [
        ("a-t-on ajouté", "Paul Roux"),  # « on » adds to what was just said: its source
        ("a-t-on ajouté de même source", "Paul Roux"),
        ("dit-on", None),  # not a verb that goes on: anyone at large
    ],
)
def test_an_impersonal_on_that_adds_right_after_a_quote_is_its_source(tag: str, name: str | None) -> None:
    text = (
        "« Le taux de grévistes est faible », a indiqué Paul Roux, porte-parole de la compagnie. "
        f"Le trafic est « normal », {tag}."
    )
    resolver = having_said(text, "Paul Roux", "« Le taux")
    start = text.index("-on") + 1
    on = Span(start, start + 2, source=text)
    assert (
        resolver.resolve(Mention(on, on, MentionKind.IMPERSONAL), before=text.index("« normal")).name == name
    )


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


FICTION = (
    "Boissard et Tourneval s'arrêtèrent devant la même vitrine.\n\n"
    "— Tiens, dit Boissard, nous cherchions le même livre.\n\n"
    "Ils se regardèrent en riant.\n\n"
    "— C'est vrai, répondirent-ils ensemble.\n\n"
    "Louisa entra alors avec madame François. La jeune femme posa son panier.\n\n"
    "— Vous voilà enfin ! s'écria-t-elle.\n\n"
    "Mme de Valbrun ne répondit rien. M. de Lormel, lui, se leva.\n\n"
    "— Asseyez-vous, dit-il."
)


def fiction_mention(words: str, kind: MentionKind, nth: int = 0) -> Mention:
    span = find(FICTION, words, nth)
    return Mention(span=span, head=span, kind=kind)


def test_ils_after_two_named_characters_is_the_pair() -> None:
    resolver = Resolver(FICTION)
    speaker = resolver.resolve(
        fiction_mention("ils", MentionKind.PRONOUN), before=FICTION.index("C'est vrai")
    )
    assert speaker.name == "Boissard et Tourneval"
    assert resolver.entities()[0].kind == "group"


def test_elle_skips_the_nearest_masculine_and_unknown_names() -> None:
    resolver = Resolver(FICTION)
    speaker = resolver.resolve(
        fiction_mention("elle", MentionKind.PRONOUN), before=FICTION.index("Vous voilà")
    )
    assert speaker.name in {"Louisa", "madame François"}


def test_civility_name_is_kept_whole_when_no_fuller_name_exists() -> None:
    resolver = Resolver(FICTION)
    start = FICTION.index("dit-il") + len("dit-")
    span = Span(start, start + 2, source=FICTION)
    speaker = resolver.resolve(Mention(span, span, MentionKind.PRONOUN), before=FICTION.index("Asseyez"))
    assert speaker.name == "M. de Lormel"
    assert speaker.title == "M."


def test_a_fiction_description_without_a_matching_role_is_kept() -> None:
    resolver = Resolver(FICTION)
    speaker = resolver.resolve(
        fiction_mention("La jeune femme", MentionKind.DESCRIPTION), before=FICTION.index("Vous voilà")
    )
    assert speaker.name == "jeune femme"


BEAT_THEN_TAG = (
    "— Je sais tout, dit Marius Pontmercy.\n\nEt le vieil homme, bouleversé, saisit le billet.\n\n"
    "— Cinq cents francs ! reprit-il."
)


def test_a_pronoun_after_a_sentence_about_an_unnamed_person_is_not_the_previous_speaker() -> None:
    """« il » takes up « le vieil homme », whom the sentence before is about and whom the text
    names nowhere near: no name, rather than Marius, who spoke before."""
    resolver = having_said(BEAT_THEN_TAG, "Marius Pontmercy", "Je sais")
    start = BEAT_THEN_TAG.index("reprit-il") + len("reprit-")
    pronoun = Span(start, start + 2, source=BEAT_THEN_TAG)
    taken_up = resolver.resolve(
        Mention(pronoun, pronoun, MentionKind.PRONOUN), before=BEAT_THEN_TAG.index("Cinq")
    )
    assert taken_up.name is None


@pytest.mark.parametrize(
    ("described", "unnamed"),
    [
        ("La vieille femme", True),  # a person in general terms, whom the text does not name here
        ("L'actrice", False),  # a role of its own: a character the text names elsewhere
    ],
)
def test_only_a_person_in_general_terms_is_an_unnamed_topic(described: str, unnamed: bool) -> None:
    text = f"— Je pars, dit Marie Roux.\n\n{described}, émue, saisit le billet.\n\n— Merci ! reprit-elle."
    resolver = having_said(text, "Marie Roux", "Je pars")  # who just spoke: not the description
    (occurrence,) = [o for o in resolver._index.occurrences if o.kind == "description"]
    assert resolver._unnamed_topic_before(occurrence, text.index("— Merci"), "f") is unnamed


@pytest.mark.parametrize(("tag", "taken_up"), [("a insisté", True), ("a insisté de son côté", False)])
def test_a_tag_that_takes_another_side_is_not_the_previous_source(tag: str, taken_up: bool) -> None:
    """« « … », a déclaré X. « … », a insisté de son côté le premier ministre »: « de son côté »
    sets the speaker against the one before, so the description does not take X up."""
    text = (
        "Anne Vidal affirme que la négociation avance. « Ce serait une bonne chose », a déclaré Paul "
        f"Roux. « Nous conclurons vite », {tag} le premier ministre."
    )
    resolver = having_said(text, "Paul Roux", "« Ce serait")
    speaker = _said(resolver, text, "le premier ministre", MentionKind.DESCRIPTION, "« Nous")
    assert (speaker.name == "Paul Roux") is taken_up


@pytest.mark.parametrize(("subject", "taken_up"), [("Le directeur,", True), ("Le directeur, lui,", False)])
def test_a_subject_set_apart_by_a_tonic_pronoun_is_not_the_person_just_named(
    subject: str, taken_up: bool
) -> None:
    """« Le directeur, lui, a assuré … » sets the director against the person the text spoke of
    just before: the description does not take that person up as the one it means."""
    text = (
        "Le chantier a pris du retard. Selon un ouvrier, Marc Dupuis aurait « tout bloqué ». "
        f"{subject} a assuré que les travaux seraient « finis en mai »."
    )
    speaker = _said(Resolver(text), text, "Le directeur", MentionKind.DESCRIPTION, "« finis")
    assert (speaker.name == "Marc Dupuis") is taken_up


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Paul Roux affirme que tout va bien.", "ministre de la Culture"),  # given no role: not him
        ("Paul Roux, ministre de la Culture, affirme que tout va bien.", "Paul Roux"),
    ],
)
def test_a_post_named_in_full_is_not_the_one_person_named_with_no_role(opening: str, name: str) -> None:
    text = f"{opening}\n\nLa grève continue.\n\nLe ministre de la Culture dit avoir « bon espoir »."
    assert (
        _said(Resolver(text), text, "Le ministre de la Culture", MentionKind.DESCRIPTION, "« ").name == name
    )


RUN_OF_QUOTES = (
    "La porte-parole du gouvernement, Maud Gerlier, a répondu aux questions. "
    "Le député Luc Vernet l'avait interpellée.\n\n"
    "« Nous tiendrons parole », a-t-elle affirmé.\n\n"
    "« Le calendrier ne changera pas », a-t-elle ajouté."
)


def test_inverted_pronoun_follows_the_previous_speaker_in_a_run_of_quotes() -> None:
    resolver = Resolver(RUN_OF_QUOTES)
    first = find(RUN_OF_QUOTES, "elle", 0)
    second = find(RUN_OF_QUOTES, "elle", 1)
    one = resolver.resolve(Mention(first, first, MentionKind.PRONOUN), before=RUN_OF_QUOTES.index("« Nous"))
    two = resolver.resolve(
        Mention(second, second, MentionKind.PRONOUN), before=RUN_OF_QUOTES.index("« Le calendrier")
    )
    assert one.name == two.name == "Maud Gerlier"
    assert one.entity == two.entity == 0


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("Greenpeace", "Greenpeace"),  # a bare name says nothing of a person
        ("Marie Dupont", "association"),  # a given name does: no organisation
    ],
)
def test_an_organisation_noun_takes_up_a_bare_name_that_just_spoke(source: str, name: str) -> None:
    text = f"Selon {source}, « le risque grandit ». « Tout se dégrade », fustige l'association."
    resolver = Resolver(text)
    resolver.resolve(mention(text, source, MentionKind.NAME), before=text.index("« le"))
    taken = _said(resolver, text, "l'association", MentionKind.DESCRIPTION, "« Tout")
    assert taken.name == name


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("un passager", "passager"),
        ("une passagère", None),  # « il » does not continue her
    ],
)
def test_ajouter_continues_a_speaker_known_only_by_a_description(source: str, name: str | None) -> None:
    text = f"« On a eu peur », a raconté {source}. « Le pilote était calme », a-t-il ajouté."
    resolver = Resolver(text)
    resolver.resolve(mention(text, source, MentionKind.DESCRIPTION), before=0)
    second = _said(resolver, text, "il", MentionKind.PRONOUN, "« Le pilote", nth=1)
    assert second.name == name
    if name is not None:
        assert second.resolved_by is ResolvedBy.PREVIOUS_SPEAKER


def test_description_with_a_specific_role_of_nobody_is_kept_as_written() -> None:
    text = "Le lieutenant Otto Brenner entra. « Silence ! » cria le major."
    span = find(text, "le major")
    speaker = Resolver(text).resolve(
        Mention(span, span, MentionKind.DESCRIPTION), before=text.index("Silence")
    )
    assert speaker.name == "major"  # "major" is not "lieutenant": no guess


def test_description_matching_the_role_written_with_a_name() -> None:
    text = "Le lieutenant Otto Brenner entra. « Silence ! » cria le lieutenant."
    span = find(text, "le lieutenant")
    speaker = Resolver(text).resolve(
        Mention(span, span, MentionKind.DESCRIPTION), before=text.index("Silence")
    )
    assert speaker.name == "Otto Brenner"
    assert speaker.title == "lieutenant"


def test_two_titles_under_one_article_are_one_person() -> None:
    text = "« Nous irons vite », a déclaré le fondateur et PDG d'Orbitale Systèmes, Julien Ferrat."
    words = "le fondateur et PDG d'Orbitale Systèmes, Julien Ferrat"
    found = mention(
        text, words, MentionKind.NAME, conjuncts=("le fondateur", "PDG d'Orbitale Systèmes, Julien Ferrat")
    )
    assert Resolver(text).resolve(found, before=0).name == "Julien Ferrat"


@pytest.mark.parametrize(
    ("words", "name"),
    [
        # a name after « de » and a role is that of a complement: his predecessor, her superior
        ("le juge Armand Riberolles, successeur du juge Éric Halphen", "Armand Riberolles"),
        ("Paul Roux, adjoint de Marie Durand", "Paul Roux"),
        ("Armand Riberolles, successeur d'Éric Halphen", "Armand Riberolles"),
        # the person the phrase spells after its comma, not a word of the firm's name
        ("le directeur du club de Nantes, Luc Ferrandi", "Luc Ferrandi"),
        # a role in apposition with no comma: the name before it, not the place ending its union
        ("Yann Kerhervé le secrétaire du syndicat CGT marins Lorient", "Yann Kerhervé"),
    ],
)
def test_a_name_in_a_complement_of_the_apposition_is_not_the_speaker(words: str, name: str) -> None:
    text = f"« L'instruction est close », a déclaré {words}."
    found = mention(text, words, MentionKind.NAME)
    assert Resolver(text).resolve(found, before=0).name == name


def test_initials_and_a_surname_are_a_person_inside_a_phrase() -> None:
    text = "Selon le témoignage de F.L. Copperman, ancien consul, la valeur était faible. « Fin. »"
    words = "le témoignage de F.L. Copperman, ancien consul"
    found = mention(text, words, MentionKind.DESCRIPTION)
    assert Resolver(text).resolve(found, before=text.index("la valeur")).name == "F.L. Copperman"


def test_two_people_coordinated_each_with_an_article_are_two() -> None:
    text = "« Nous irons vite », ont déclaré le fondateur, Paul Roux, et la PDG, Anne Vidal."
    words = "le fondateur, Paul Roux, et la PDG, Anne Vidal"
    found = mention(
        text, words, MentionKind.NAME, conjuncts=("le fondateur, Paul Roux", "la PDG, Anne Vidal")
    )
    assert Resolver(text).resolve(found, before=0).name == "Paul Roux et Anne Vidal"


def test_the_previous_speaker_stays_present_a_sentence_longer() -> None:
    text = (
        "Marie Dumont dirige le parti. « Nous avons soutenu le projet », a rappelé Paul Roux. "
        "Le parti a perdu. Puis tout a changé. « Certains veulent un sauveur ! », s'insurge "
        "l'opposant."
    )
    resolver = Resolver(text)
    assert _said(resolver, text, "Paul Roux", MentionKind.NAME, "« Nous").name == "Paul Roux"
    speaker = _said(resolver, text, "l'opposant", MentionKind.DESCRIPTION, "« Certains")
    assert (speaker.name, speaker.resolved_by) == ("Paul Roux", ResolvedBy.SALIENT)


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # an age by decade takes up the person the text gave that age
        (
            "Michel Aubert, 58 ans, et Paul Roux, 31 ans, sont venus. Le quinquagénaire a dit « non ».",
            "Le quinquagénaire",
            "Michel Aubert",
        ),
        (
            "Michel Aubert, 58 ans, et Paul Roux, 31 ans, sont venus. Le trentenaire a dit « non ».",
            "Le trentenaire",
            "Paul Roux",
        ),
        # no age given: the one person just named
        (
            "Sébastien Morel a salué l'équipage. Le trentenaire a dit « non ».",
            "Le trentenaire",
            "Sébastien Morel",
        ),
        # an inhabitant's name takes up the person just named
        (
            "La cinéaste Manon Delvaux a gagné. La Bruxelloise de 34 ans a dit « merci ».",
            "La Bruxelloise de 34 ans",
            "Manon Delvaux",
        ),
        # a nationality nobody was given: the person just named
        (
            "Le chercheur Pieter Verhaegen juge le fossile beau. Le Belge a dit « prudence ».",
            "Le Belge",
            "Pieter Verhaegen",
        ),
        # the paragraph's person, three sentences back, taken up by a role of her field
        (
            "Annie Lerond a haussé le ton devant la préfecture. Avec un collectif, elle a multiplié "
            "les actions. Rien n'y a fait. « On ne nous écoute pas », résume l'élue.",
            "l'élue",
            "Annie Lerond",
        ),
    ],
    ids=[
        "age matched",
        "age matched, the other",
        "age, salient",
        "inhabitant",
        "nationality, salient",
        "three sentences back",
    ],
)
def test_descriptions_of_a_person_take_up_the_person_just_named(text: str, words: str, name: str) -> None:
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« ")
    assert (speaker.name, speaker.resolved_by) == (name, ResolvedBy.SALIENT)


def test_a_palace_capitalised_is_no_inhabitant() -> None:
    # « Palais » has the shape of « Marseillais », but the palace speaks for the crown
    text = "Le roi Philippe a reçu le Premier ministre. Le Palais royal a dit « prudence »."
    speaker = _said(Resolver(text), text, "Le Palais royal", MentionKind.DESCRIPTION, "« ")
    assert speaker.name == "Palais royal"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # « l'homme » takes up the man just named, as « il » would
        (
            "Paul Martin, un voisin, était présent. « Nous avons peur », a confié l'homme.",
            "l'homme",
            "Paul Martin",
        ),
        # with an age the text gave no one, the man named two sentences back
        (
            "Le fondateur du parti, Jean Morel, a été condamné. Il paiera une amende. "
            "L'homme de 87 ans avait dit « non ».",
            "L'homme de 87 ans",
            "Jean Morel",
        ),
        # « la jeune femme »: of the noun's gender, not the man named after her
        (
            "Julie Vasseur a croisé Marc Dumas. « Je l'ignore », a répondu la jeune femme.",
            "la jeune femme",
            "Julie Vasseur",
        ),
        # someone new brought in by « un homme » is the one « l'homme » takes up
        (
            "Un homme s'est approché de Paul Martin. « Partez ! », a crié l'homme.",
            "l'homme",
            "homme",
        ),
        # no man named: as written
        ("La séance a repris. « Rien », a dit l'homme.", "l'homme", "homme"),
        # a parent's status says only that someone is a person: no one's parent the text names
        (
            "Une locataire, Awa Koné, a tout perdu. « Il ne reste rien », a raconté la mère de famille.",
            "la mère de famille",
            "Awa Koné",
        ),
        (
            "Paul Martin a tout perdu. « Il ne reste rien », a dit le père de trois enfants.",
            "le père de trois enfants",
            "Paul Martin",
        ),
        # someone new brought in by « une mère de famille » is the one the definite takes up
        (
            "Une mère de famille a interpellé Awa Koné. « Aidez-nous », a lancé la mère de famille.",
            "la mère de famille",
            "mère de famille",
        ),
    ],
    ids=[
        "just named",
        "aged, two back",
        "gender",
        "brought in",
        "no one",
        "mother",
        "father",
        "parent brought in",
    ],
)
def test_a_person_in_general_terms_stands_for_the_person_just_named(text: str, words: str, name: str) -> None:
    assert _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« ").name == name


@pytest.mark.parametrize(
    ("between", "name"),
    [
        # he spoke two sentences back: « l'homme » is still the man the text is about
        (" Un tribunal lui a imposé une amende.", "Paul Vidal"),
        # he spoke in the sentence right before: a turn, and « l'homme » someone else
        ("", "homme"),
    ],
    ids=["spoke two back", "just spoke"],
)
def test_a_person_in_general_is_someone_else_only_right_after_they_spoke(between: str, name: str) -> None:
    text = f"Le maire, Paul Vidal, a dit « oui ».{between} L'homme avait dit « non »."
    resolver = having_said(text, "Paul Vidal", "« oui")
    assert _said(resolver, text, "L'homme", MentionKind.DESCRIPTION, "« non").name == name


def test_an_inhabitant_with_two_people_of_its_gender_just_named_stays_as_written() -> None:
    text = "Paul Roux et Marc Vidal sont arrivés. Le Lyonnais a dit « rien »."
    speaker = _said(Resolver(text), text, "Le Lyonnais", MentionKind.DESCRIPTION, "« ")
    assert speaker.name == "Lyonnais"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # the name apposed after the rest of the title
        ("Le délégué général du festival, Bruno Keller, a parlé.", "Le délégué", "Bruno Keller"),
        (
            "L'envoyée spéciale des Nations unies pour la région, Marie Eklund, préside.",
            "L'envoyée",
            "Marie Eklund",
        ),
        # a clause, not a title, before the comma: no apposition
        ("Le délégué a remercié les bénévoles, Bruno Keller en tête.", "Le délégué", "délégué"),
    ],
    ids=["title rest", "long title rest", "clause"],
)
def test_a_role_takes_the_name_apposed_after_its_title(text: str, words: str, name: str) -> None:
    span = find(text, words)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.NAME), before=len(text))
    assert speaker.name == name


def test_an_apposition_about_something_else_gives_the_name_no_role() -> None:
    text = (
        "Le prix est revenu au Marocain Youssef Benali, une comédie sur un chauffeur d'autocar. "
        "Le cinéaste s'est dit « fier »."
    )
    speaker = _said(Resolver(text), text, "Le cinéaste", MentionKind.DESCRIPTION, "« fier")
    assert speaker.name == "Youssef Benali"  # « chauffeur » describes the film's hero, not him


def test_a_role_with_its_union_takes_up_the_person_just_named() -> None:
    text = "Fabrice Lemoine, lui, ne croit guère à une reprise. Le délégué CGT a dit attendre « des noms »."
    speaker = _said(Resolver(text), text, "Le délégué CGT", MentionKind.NAME, "« des")
    assert speaker.name == "Fabrice Lemoine"  # not the union


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        # the tonic « lui » after a preposition is a man: not the woman just named
        ("La préfète a parlé à la presse.", None),
        ("La préfète a reçu Paul Roux.", "Paul Roux"),
    ],
    ids=["no man", "the man"],
)
def test_lui_after_a_preposition_is_masculine(opening: str, name: str | None) -> None:
    text = f"{opening} Selon lui, les routes sont « coupées »."
    start = text.index("lui,")
    pronoun = Span(start, start + 3, source=text)
    assert Resolver(text).resolve(Mention(pronoun, pronoun, MentionKind.PRONOUN), before=start).name == name


@pytest.mark.parametrize(
    "words",
    [
        "le shérif du comté de Millbrook",
        "le bâtonnier de Paris",
        "le recteur de l'académie",
        "la vigile du magasin",
    ],
)
def test_a_post_or_trade_of_the_news_is_a_source_as_written(words: str) -> None:
    text = f"L'usine a explosé. « Je n'ai jamais vu ça », a déclaré {words}."
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« Je")
    assert speaker.name == words.split(" ", 1)[1]


@pytest.mark.parametrize("rubric", ["Vidéo", "Photos", "Témoignage", "Décryptage"])
def test_a_site_s_rubric_before_a_headline_is_no_part_of_the_name(rubric: str) -> None:
    text = f"{rubric} Lambertin : le gouvernement est « en panne »\n\nBernard Lambertin a parlé lundi."
    names = [o.name for o in index_document(text).occurrences if o.kind in {"name", "person"}]
    assert names == ["Lambertin", "Bernard Lambertin"]


@pytest.mark.parametrize(
    ("text", "after_verb"),
    [
        ("Paul Roux a rencontré Marc Dumas lundi.", True),  # the object of « a rencontré »
        ("Le festival aura lieu.\n\nMarc Dumas a déploré la grève.", False),  # a sentence of its own
        ("Le festival aura lieu ; Marc Dumas a déploré la grève.", False),
    ],
    ids=["object", "new sentence", "semicolon"],
)
def test_a_name_after_a_verb_of_another_clause_is_no_object(text: str, after_verb: bool) -> None:
    [dumas] = [o for o in index_document(text).occurrences if o.name == "Marc Dumas"]
    assert dumas.after_verb is after_verb


def test_a_party_s_initials_and_a_place_after_a_role_are_no_person() -> None:
    text = (
        "L'ancien président de l'Assemblée, Paul Vernier, a critiqué le gouvernement. "
        "« C'est très inquiétant », a jugé le député RPF de Haute-Marne."
    )
    kinds = {o.name: o.kind for o in index_document(text).occurrences}
    assert kinds["RPF de Haute-Marne"] == "organisation"
    speaker = _said(Resolver(text), text, "le député RPF de Haute-Marne", MentionKind.NAME, "« C'est")
    assert speaker.name == "Paul Vernier"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Le ministère français des Affaires étrangères a convoqué l'ambassadeur. "
            "Le Quai d'Orsay a jugé « inacceptable ».",
            "Le Quai d'Orsay",
            "ministère français des Affaires étrangères",
        ),
        (
            "Le ministère de la Justice a répondu. La Chancellerie a dit « non ».",
            "La Chancellerie",
            "ministère de la Justice",
        ),
        # no such ministry named: the place's name, as written
        ("Le ministère de la Culture a répondu. Bercy a dit « non ».", "Bercy", "Bercy"),
    ],
    ids=["Quai d'Orsay", "Chancellerie", "no ministry of its portfolio"],
)
def test_a_ministry_s_place_stands_for_the_ministry_the_article_names(
    text: str, words: str, name: str
) -> None:
    speaker = _said(Resolver(text), text, words, MentionKind.NAME, "« ")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "L'Agence régionale de santé de Bretagne a été saisie. L'ARS a jugé la situation « grave ».",
            "L'ARS",
            "Agence régionale de santé de Bretagne",
        ),
        (
            "Les fouilles de l'Institut national de recherches archéologiques préventives ont "
            "commencé. L'Inrap parle d'une découverte « majeure ».",
            "L'Inrap",
            "Institut national de recherches archéologiques préventives",
        ),
        # « français » is no place after « de »: SNCF spells four of its five words
        (
            "La Société nationale des chemins de fer français a répondu. La SNCF a dit « non ».",
            "La SNCF",
            "SNCF",
        ),
        # two letters stand for too many names
        ("Le Parti socialiste a répondu. Le PS a dit « non ».", "Le PS", "PS"),
        # a word written as a name must spell every initial
        ("L'Agence régionale de santé de Bretagne a répondu. Arsène a dit « non ».", "Arsène", "Arsène"),
        # a body named with no organisation noun, three words or more: its initials, in the
        # headline before it too
        (
            "VSM alerte sur la « famine » ⏎ Lundi, Vigilance Santé Monde a publié un rapport.".replace(
                " ⏎ ", "\n\n"
            ),
            "VSM",
            "Vigilance Santé Monde",
        ),
        # must not: a person's name, a given name opening it, whom the initials do not stand for
        ("Jean Paul Roux a répondu. JPR a dit « non ».", "JPR", "JPR"),
        # initials in capitals and small letters: a small letter for each small word
        (
            "La Société des rédacteurs a voté la grève. Lundi, la SdR a dit « non ».",
            "la SdR",
            "Société des rédacteurs",
        ),
        # must not: a small letter where the name has a word of substance
        (
            "La Société nationale des rédacteurs a voté. Lundi, la SdR a dit « non ».",
            "la SdR",
            "SdR",
        ),
    ],
    ids=[
        "capitals, place left out",
        "written as a name",
        "adjective left out",
        "two letters",
        "a name",
        "unlisted body",
        "a person",
        "small words in small letters",
        "a small letter for a noun",
    ],
)
def test_initials_stand_for_the_organisation_named_in_full(text: str, words: str, name: str) -> None:
    speaker = _said(Resolver(text), text, words, MentionKind.NAME, "« ")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "La présidente du Rassemblement des éleveurs libres (REL), Odile Marchand, a parlé. "
            "Le REL a dit « non ».",
            "Le REL",
            "Rassemblement des éleveurs libres (REL)",
        ),
        # two letters, spelled out in brackets: no doubt which name they stand for
        ("Le chef de Nouvelle Gauche (NG) a parlé. NG a dit « non ».", "NG", "Nouvelle Gauche (NG)"),
        # brackets after the mention: the name in full still
        ("La NG a dit « non ». La Nouvelle Gauche (NG) siège à droite.", "La NG", "Nouvelle Gauche (NG)"),
        # the initials open a list in the brackets: a former name after them
        (
            "Le Rassemblement des éleveurs libres (REL, ex-UEL) tenait son congrès. Le REL a dit « non ».",
            "Le REL",
            "Rassemblement des éleveurs libres (REL)",
        ),
        # the name in full in brackets right after the initials
        (
            "Le parquet a lu le texte du FLRV (Front de libération de la rive verte). Le FLRV a dit « non ».",
            "Le FLRV",
            "Front de libération de la rive verte (FLRV)",
        ),
    ],
    ids=["three letters", "two letters", "spelled after", "a list in the brackets", "name after initials"],
)
def test_initials_given_in_brackets_stand_for_the_name_before_them(text: str, words: str, name: str) -> None:
    speaker = _said(Resolver(text), text, words, MentionKind.NAME, "« ")
    assert speaker.name == name


def test_initials_in_brackets_the_words_before_do_not_spell_are_no_name_in_full() -> None:
    assert bracketed_expansion("Le parti de Paul Rivet (NG) a parlé. NG a dit non.", "NG", 40) is None
    assert bracketed_expansion("Le parti Nouvelle Gauche, (NG) a parlé.", "NG", 40) is None
    # nor the words in brackets after them that spell something else, or more than them
    assert bracketed_expansion("Le NG (parti de Paul Rivet) a parlé. NG a dit non.", "NG", 40) is None
    assert bracketed_expansion("Le NG (Nouvelle Gauche de Lyon) a parlé.", "NG", 40) is None


def test_initials_of_a_title_take_up_the_person_given_it_in_full() -> None:
    text = (
        "Le président-directeur général du groupe, Laurent Pichard, et le délégué syndical, "
        "Didier Kowalski, se sont succédé. Le PDG a dit qu'il fermerait « le four »."
    )
    speaker = _said(Resolver(text), text, "Le PDG", MentionKind.DESCRIPTION, "le four")
    assert speaker.name == "Laurent Pichard"


def test_initials_of_a_title_nobody_was_given_stay_as_written() -> None:
    text = "Le délégué syndical, Didier Kowalski, a parlé. Le PDG a dit qu'il fermerait « le four »."
    speaker = _said(Resolver(text), text, "Le PDG", MentionKind.DESCRIPTION, "le four")
    assert speaker.name == "PDG"


def test_head_of_state_description_goes_to_the_president() -> None:
    text = (
        "Le président français Emmanuel Macron était à Lyon. "
        "Le chef de l’État a dit qu’il voulait « aller vite »."
    )
    span = find(text, "Le chef de l’État")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.NAME), before=text.index("aller vite"))
    assert speaker.name == "Emmanuel Macron"


def test_organisation_description_goes_to_the_named_organisation_before() -> None:
    text = (
        "L'avionneur Airbus a annoncé jeudi une enquête. Le groupe aéronautique a reçu une amende. "
        "« Nous coopérons », se défend le groupe."
    )
    span = find(text, "le groupe", 0)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DESCRIPTION), before=text.index("Nous"))
    assert speaker.name == "Airbus"
    assert speaker.resolved_by is ResolvedBy.ORGANISATION


def test_a_unit_of_an_organisation_is_not_the_organisation_that_spoke_before() -> None:
    text = (
        "« Nous coopérons », a déclaré l'opérateur Free. Du côté de la chaîne, la direction "
        "justifie sa décision."
    )
    resolver = Resolver(text)
    assert _said(resolver, text, "l'opérateur Free", MentionKind.NAME, "« Nous").name == "Free"
    # « la chaîne » owns the unit, and has no name: the words are kept
    assert _said(resolver, text, "la direction", MentionKind.DESCRIPTION, "justifie").name == "direction"


@pytest.mark.parametrize(
    ("text", "unit", "name"),
    [
        (  # the organisation named in the same sentence before the unit
            "Orange a coupé le signal. Du côté de Mediavox, la direction défend son choix.",
            "la direction",
            "direction de Mediavox",
        ),
        (  # a common noun's name takes its article: « du centre hospitalier »
            "Le centre hospitalier de Vallières fermera ses urgences la nuit, a annoncé sa direction.",
            "sa direction",
            "direction du centre hospitalier de Vallières",
        ),
        (  # the organisation that has just spoken, when the sentence names no other
            "L'entreprise Nébuleuse Studios a repoussé son jeu. Le cabinet a confirmé la nouvelle.",
            "Le cabinet",
            "cabinet de Nébuleuse Studios",
        ),
        (
            "L'association Bocage Vivant a déposé un recours. La section a confirmé la démarche.",
            "La section",
            "section de Bocage Vivant",
        ),
    ],
)
def test_a_unit_of_an_organisation_is_that_organisation_s(text: str, unit: str, name: str) -> None:
    span = find(text, unit)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DESCRIPTION), before=span.end)
    assert (speaker.name, speaker.resolved_by) == (name, ResolvedBy.ORGANISATION)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a union named on the way is the employer's counterpart, not the unit's owner
        (
            "L'entrepôt de Valtris a été touché par une grève à l'appel de FO, tandis que la "
            "direction a dit faire tout son possible.",
            "direction de Valtris",
        ),
        ("Selon SUD-PTT, les facteurs ne suivent pas, selon la direction.", "direction"),
    ],
)
def test_a_unit_is_never_a_trade_union_s(text: str, name: str) -> None:
    span = find(text, "la direction")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DESCRIPTION), before=span.end)
    assert speaker.name == name


def test_acronym_goes_to_the_organisation_it_abbreviates() -> None:
    text = (
        "L'Autorité des réseaux de Diffusion et d'Hébergement (RTK) a suspendu le site. "
        "« C'est une mesure provisoire », a déclaré la RTK."
    )
    span = find(text, "la RTK")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.NAME), before=text.index("« C'est"))
    assert speaker.name == "Autorité des réseaux de Diffusion et d'Hébergement (RTK)"


def test_acronym_in_spaced_brackets_goes_to_the_organisation_it_abbreviates() -> None:
    text = (
        "La Commission nationale de l'informatique et des libertés ( CNIL ) a été saisie. "
        "La CNIL a confirmé avoir été notifiée."
    )
    span = find(text, "La CNIL")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.NAME), before=span.start)
    assert speaker.name == "Commission nationale de l'informatique et des libertés (CNIL)"


def test_statement_named_without_issuer_is_kept_as_the_source() -> None:
    text = (
        "Le Conseil votera sur le projet de résolution présenté par la Norvège qui prévoit des inspecteurs. "
        "Le texte charge l’ONU de « superviser les rapatriements »."
    )
    span = find(text, "Le texte")
    speaker = Resolver(text).resolve(
        Mention(span, span, MentionKind.DOCUMENT), before=text.index("superviser")
    )
    assert speaker.name == "projet de résolution présenté par la Norvège"


def test_document_after_selon_is_not_issued_by_the_clause_it_reports() -> None:
    text = "Selon le rapport, la sensibilisation des enfants aux gestes d'hygiène progresse."
    span = find(text, "le rapport")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DOCUMENT), before=span.end)
    assert speaker.name == "rapport"  # what it says is about the children; they did not write it


def test_document_issued_by_the_subject_after_its_comma() -> None:
    text = "Dans un communiqué, l'association Terre Vive a dénoncé la décision."
    span = find(text, "un communiqué")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DOCUMENT), before=len(text))
    assert speaker.name == "Terre Vive"


@pytest.mark.parametrize("opening", ["Natif des Forges de Vaucourt", "Originaire de Saint-Amé"])
def test_a_detached_adjective_opening_a_sentence_is_no_name(opening: str) -> None:
    text = (
        f"Marcel Tissot a accepté de raconter. {opening}, en 1931, il a travaillé à l'usine. "
        "« J'y suis resté trente ans », se souvient-il."
    )
    span = find(text, "il", 2)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.PRONOUN), before=text.index("« J'y"))
    assert speaker.name == "Marcel Tissot"


def test_a_demonstrative_of_what_someone_is_takes_up_the_person_just_named() -> None:
    text = (
        "Marcel Tissot, 71 ans, a vu le car se renverser. "
        "« Tout a basculé », raconte ce retraité de Vaucourt."
    )
    span = find(text, "ce retraité de Vaucourt")
    before = text.index("« Tout")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DESCRIPTION), before=before)
    assert speaker.name == "Marcel Tissot"


def test_a_document_subject_of_its_sentence_has_no_issuer_after_a_comma() -> None:
    text = (
        "Le rapport de 40 pages décrit une rupture « nette » du rail, sous la vitesse de 120 km/h. "
        "Les trois voitures de tête ont quitté la voie."
    )
    span = find(text, "Le rapport de 40 pages")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DOCUMENT), before=text.index("«"))
    assert speaker.name == "rapport de 40 pages"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La Ligue contre le cancer a lancé un appel.", "Ligue contre le cancer"),
        ("Le Comité pour la sauvegarde du patrimoine a réagi.", "Comité pour la sauvegarde du patrimoine"),
        # an adverbial after the subject is no part of its name
        ("Le Comité pour le moment refuse.", "Comité"),
        # a common noun's complement is no name
        ("Le syndicat pour les salariés a réagi.", "syndicat"),
        # an indefinite or possessive determiner may open the complement too
        ("L'Union pour un mouvement populaire a réagi.", "Union pour un mouvement populaire"),
        ("L'Alliance pour notre avenir a réagi.", "Alliance pour notre avenir"),
        ("Le Comité pour une fois refuse.", "Comité"),
    ],
)
def test_an_institutions_name_runs_through_sur_pour_contre(text: str, name: str) -> None:
    organisations = [o.name for o in index_document(text).occurrences if o.kind == "organisation"]
    assert organisations[0] == name


def test_a_capitalised_article_alone_is_no_name_even_where_no_sentence_end_was_seen() -> None:
    text = "Le train roulait à 118 km/h. Les trois voitures de tête ont quitté la voie."
    assert [o.name for o in index_document(text).occurrences if o.kind in {"name", "person"}] == []


@pytest.mark.parametrize(("individual", "name"), [(False, "Harwick United"), (True, "Paul Roux")])
def test_words_in_the_first_person_singular_are_no_organisations(individual: bool, name: str) -> None:
    text = (
        "Paul Roux a quitté Lyon. Le club anglais de Harwick United l'a recruté. "
        "Harwick United lui a proposé cinq ans. Il a réagi : « Je pars le cœur lourd. »"
    )
    span = find(text, "Il")
    found = Resolver(text).resolution(
        Mention(span, span, MentionKind.PRONOUN), before=text.index("« Je"), individual=individual
    )
    assert found.speaker.name == name  # « je » is one person's word, never a club's


def test_nothing_fits_keeps_the_mention_but_gives_no_name() -> None:
    text = "« Tout va bien », a-t-il dit."
    span = find(text, "il")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.PRONOUN), before=2)
    assert speaker.name is None  # a pronoun is never given as a name
    assert speaker.mention == span


def test_resolver_refuses_a_non_string_text() -> None:
    with pytest.raises(TypeError, match="as a str"):
        Resolver(b"bytes")  # type: ignore[arg-type]


def test_description_takes_its_fuller_form_written_elsewhere() -> None:
    text = (
        "Le suspect a été arrêté, selon une source proche du dossier. "
        "Il était suivi, selon la source judiciaire proche du dossier."
    )
    span = find(text, "une source proche du dossier")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DESCRIPTION), before=text.index("Le"))
    assert speaker.name == "source judiciaire proche du dossier"


def test_described_group_with_a_name_is_not_the_previous_speaker() -> None:
    text = (
        "« Ils ont bloqué le rond-point », rapporte Le Parisien. "
        "Un groupe de Gilets jaunes a scandé : « On reste là »."
    )
    resolver = Resolver(text)
    paper = find(text, "Le Parisien")
    resolver.resolve(Mention(paper, paper, MentionKind.NAME), before=2)
    span = find(text, "Un groupe de Gilets jaunes")
    speaker = resolver.resolve(Mention(span, span, MentionKind.DESCRIPTION), before=text.index("On reste"))
    assert speaker.name == "groupe de Gilets jaunes"


def test_plural_messages_are_not_given_to_a_nearby_organisation() -> None:
    text = (
        "Le ministère de la Défense a confirmé l'attaque. "
        "Le véhicule a pu « être immobilisé » selon les messages échangés."
    )
    span = find(text, "les messages")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DOCUMENT), before=text.index("être"))
    assert speaker.name == "messages"


def test_the_communique_of_the_organisation_just_named() -> None:
    text = (
        "Le ministère de la Défense a confirmé l'attaque lundi. "
        "« Deux soldats sont blessés », précise le communiqué."
    )
    span = find(text, "le communiqué")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DOCUMENT), before=text.index("Deux"))
    assert speaker.name == "ministère de la Défense"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # a possessive statement is the body just named's, as the definite one is
        (
            "L'association Eau claire a annoncé mardi son recours. "
            "« Rien n'a été concerté », indique son communiqué.",
            "son communiqué",
            "Eau claire",
        ),
        (
            "Paul Roux a annoncé mardi son recours. « Rien n'a été concerté », indique son communiqué.",
            "son communiqué",
            "son communiqué",
        ),
        # the statement a sentence quoted its source in, taken up as « le texte » or by its noun
        (
            "« Il faut préserver l'eau », a justifié la préfète Isabelle Morand dans un communiqué. "
            "« Les contrevenants seront punis », précise le texte.",
            "le texte",
            "Isabelle Morand",
        ),
        (
            "« Il faut préserver l'eau », a écrit le maire Paul Roux dans une lettre aux habitants. "
            "« Les contrevenants seront punis », ajoute la lettre.",
            "la lettre",
            "Paul Roux",
        ),
        # by its own noun, a statement is taken up further back than « le texte » reaches
        (
            "« Il faut préserver l'eau », a justifié la préfète Isabelle Morand dans un communiqué. "
            "Les pompiers sont restés sur place. Le maire a salué leur travail. La route reste fermée. "
            "« Les contrevenants seront punis », précise le communiqué.",
            "le communiqué",
            "Isabelle Morand",
        ),
        (
            "« Il faut préserver l'eau », a justifié la préfète Isabelle Morand dans un communiqué. "
            "Les pompiers sont restés sur place. Le maire a salué leur travail. La route reste fermée. "
            "« Les contrevenants seront punis », précise le texte.",
            "le texte",
            "texte",
        ),
        # « le journal » is the paper named just before (he spoke to it: it is no statement of
        # his), and a statement he was not quoted in is no one's
        (
            "« Il faut préserver l'eau », a dit le maire Paul Roux au quotidien Le Matin. "
            "« Les contrevenants seront punis », précise le journal.",
            "le journal",
            "Le Matin",
        ),
        (
            "« Il faut préserver l'eau », a dit le maire Paul Roux. Un rapport a été publié lundi. "
            "« Les contrevenants seront punis », précise le texte.",
            "le texte",
            "texte",
        ),
    ],
)
def test_a_statement_taken_up_is_its_issuer_s(text: str, words: str, name: str) -> None:
    resolver = Resolver(text)
    if text.startswith("« "):  # the first quote's source, as the extractor resolves it first
        first = regex.search(r"(?:la préfète|le maire) [A-Z]\w+ [A-Z]\w+", text)
        assert first is not None
        _said(resolver, text, first.group(), MentionKind.DESCRIPTION, "« ")
    span = find(text, words)
    speaker = resolver.resolve(Mention(span, span, MentionKind.DOCUMENT), before=text.rindex("« "))
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Selon la préfecture, trois personnes ont été blessées. Deux sont dans un état grave, "
            "selon la même source.",
            "préfecture",
        ),
        # no source quoted in the sentences before: the words, as written
        (
            "Selon la préfecture, trois personnes ont été blessées. Les pompiers sont restés sur place. "
            "La route a été rouverte le soir. Le trafic reprend lundi. Deux blessés sont dans un état "
            "grave, selon la même source.",
            "même source",
        ),
    ],
)
def test_the_same_source_is_the_source_just_quoted(text: str, name: str) -> None:
    resolver = Resolver(text)
    _said(resolver, text, "la préfecture", MentionKind.DESCRIPTION, "trois")
    span = find(text, "la même source")
    speaker = resolver.resolve(Mention(span, span, MentionKind.DESCRIPTION), before=text.index("Deux"))
    assert speaker.name == name


def test_the_same_source_is_the_source_quoted_as_one_over_a_named_speaker_since() -> None:
    # a source known as « une source », then a named speaker's clause: « la même source » is the
    # source, not the named speaker
    text = (
        "Un incendie a touché le port, selon une source proche du mouvement. Le gouvernement avait "
        "annoncé des représailles. Deux personnes ont été blessées, selon la même source."
    )
    resolver = Resolver(text)
    _said(resolver, text, "une source proche du mouvement", MentionKind.DESCRIPTION, "Un incendie")
    _said(resolver, text, "Le gouvernement", MentionKind.DESCRIPTION, "des représailles")
    span = find(text, "la même source")
    speaker = resolver.resolve(Mention(span, span, MentionKind.DESCRIPTION), before=text.index("Deux"))
    assert speaker.name == "source proche du mouvement"


@pytest.mark.parametrize(
    ("citation", "name"),
    [
        # the one cited as reporting since the last quote, though none of its words were quoted
        ("a rapporté jeudi l'agence de presse Varnews", "agence de presse Varnews"),
        # must not: a name after a verb that reports nothing is no one cited
        ("a rencontré jeudi l'agence de presse Varnews", "Marc Petit"),
    ],
)
def test_the_same_source_is_the_one_cited_as_reporting_since(citation: str, name: str) -> None:
    text = (
        "« Les liens sont solides », a déclaré Marc Petit. Il a rencontré le gouverneur, "
        f"{citation}. Les deux délégations ont salué l'accord, selon la même source."
    )
    resolver = Resolver(text)
    _said(resolver, text, "Marc Petit", MentionKind.NAME, "« Les")
    span = find(text, "la même source")
    speaker = resolver.resolve(Mention(span, span, MentionKind.DESCRIPTION), before=text.index("Les deux"))
    assert speaker.name == name


@pytest.mark.parametrize(
    ("first", "later", "name"),
    [
        # one letter off in one word: a slip of the pen, the person the text first named
        ("Hélène Carvalho", "Hélène Carvaho", "Hélène Carvalho"),
        ("Jean-Paul Vernier", "Fean-Paul Vernier", "Jean-Paul Vernier"),
        # must not: two given names a letter apart are two people
        ("Louis Carvalho", "Louise Carvalho", "Louise Carvalho"),
        # must not: two letters off is another name
        ("Hélène Carvalho", "Hélène Carvanha", "Hélène Carvanha"),
    ],
)
def test_a_name_one_letter_off_is_the_first_spelling(first: str, later: str, name: str) -> None:
    text = f"{first} a ouvert la séance. « Le choix sera possible », a déclaré {later} devant le Parlement."
    speaker = _said(Resolver(text), text, later, MentionKind.NAME, "« Le")
    assert speaker.name == name


@pytest.mark.parametrize(
    "verb",
    [
        # a present form of a verb whose object is a person: the name after it is no subject
        "cite l'évêque",
        "rencontre l'évêque",
        # must not break: a compound past was read so already
        "a cité l'évêque",
    ],
)
def test_a_name_after_a_present_verb_of_meeting_is_its_object(verb: str) -> None:
    text = (
        f"Paul Roux {verb} Marc Petit, disparu l'an dernier. Questionné sur ses lectures, il admet "
        "« ne pas être un érudit »."
    )
    assert _said(Resolver(text), text, "il", MentionKind.PRONOUN, "« ne").name == "Paul Roux"


@pytest.mark.parametrize(
    ("description", "name"),
    [
        # a party's label takes up the politician just quoted, as « la socialiste » does
        ("la démocrate", "Anne Berg"),
        ("la travailliste", "Anne Berg"),
        # must not: a man's label is no woman just quoted
        ("le républicain", "républicain"),
    ],
)
def test_a_party_s_label_takes_up_the_politician_just_quoted(description: str, name: str) -> None:
    text = (
        "« Nous tiendrons bon », a affirmé Anne Berg devant ses électeurs. Dans une réunion "
        f"publique, {description} a reproché à son rival d'être « l'homme des lobbys »."
    )
    resolver = Resolver(text)
    _said(resolver, text, "Anne Berg", MentionKind.NAME, "« Nous")
    assert _said(resolver, text, description, MentionKind.DESCRIPTION, "« l'homme").name == name


def test_ils_with_no_group_named_is_the_two_people_named_last() -> None:
    text = (
        "Florent rejoignit Claude devant la halle. Le jour se levait.\n\n« Allons-y », dirent-ils ensemble."
    )
    start = text.index("dirent-ils") + len("dirent-")
    span = Span(start, start + 3, source=text)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.PRONOUN), before=text.index("Allons"))
    assert speaker.name == "Florent et Claude"


def test_an_enumeration_of_places_is_no_group() -> None:
    text = "La voiture passa par Nonancourt, Verneuil et Falaise. « Enfin ! » dirent-ils."
    start = text.index("dirent-ils") + len("dirent-")
    span = Span(start, start + 3, source=text)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.PRONOUN), before=text.index("Enfin"))
    assert speaker.name is None  # no people in the text: "ils" stays without a name


def test_a_mention_past_the_end_of_the_text_is_refused_with_the_fix() -> None:
    text = "« Oui », dit-il."
    span = Span(40, 42)
    with pytest.raises(ConfigurationError, match="same text given to Resolver"):
        Resolver(text).resolve(Mention(span, span, MentionKind.PRONOUN))


@pytest.mark.parametrize(
    ("text", "words", "kind", "quote", "name", "title"),
    [
        (
            "Le porte-parole du Kremlin, Dmitri Peskov, a réagi. « Nous refusons », a-t-il dit.",
            "il",
            MentionKind.PRONOUN,
            "Nous",
            "Dmitri Peskov",
            "porte-parole du Kremlin",
        ),
        (
            "« Nous refusons », a déclaré le porte-parole du Kremlin, Dmitri Peskov.",
            "le porte-parole du Kremlin, Dmitri Peskov",
            MentionKind.NAME,
            "Nous",
            "Dmitri Peskov",
            "porte-parole du Kremlin",
        ),
        (
            "Le ministre de l'Intérieur Gérald Darmanin et le ministre de la Justice Éric Dupond-Moretti "
            "étaient là. « C'est inacceptable », a dit le ministre de l'Intérieur ce matin.",
            "le ministre de l'Intérieur ce",
            MentionKind.DESCRIPTION,
            "C'est",
            "Gérald Darmanin",
            "ministre de l'Intérieur",
        ),
        (
            "Marine Le Pen a tenu meeting. « La France d'abord », a lancé Mme Le Pen.",
            "Mme Le Pen",
            MentionKind.NAME,
            "La France",
            "Marine Le Pen",
            "Mme",
        ),
        (
            "La présidente de la Commission, Ursula von der Leyen, était à Kiev. "
            "« Nous serons là », a-t-elle promis.",
            "elle",
            MentionKind.PRONOUN,
            "Nous",
            "Ursula von der Leyen",
            "présidente de la Commission",
        ),
        (
            "L'Organisation mondiale de la santé (OMS) a alerté. "
            "« La situation est grave », a déclaré l'OMS.",
            "l'OMS",
            MentionKind.NAME,
            "La situation",
            "Organisation mondiale de la santé (OMS)",
            None,
        ),
        (
            "Dans un communiqué, la FFF a indiqué que « le match est reporté ».",
            "un communiqué",
            MentionKind.DOCUMENT,
            "le match",
            "FFF",
            None,
        ),
        (
            "Le président Joe Biden a parlé. « America is back », a lancé le président américain.",
            "le président américain",
            MentionKind.DESCRIPTION,
            "America",
            "Joe Biden",
            "président",
        ),
    ],
)
def test_news_constructions(
    text: str, words: str, kind: MentionKind, quote: str, name: str, title: str | None
) -> None:
    start = text.index(words) if words != "il" and words != "elle" else text.index("-" + words) + 1
    span = Span(start, start + len(words), source=text)
    speaker = Resolver(text).resolve(Mention(span, span, kind), before=text.index(quote))
    assert (speaker.name, speaker.title) == (name, title)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("« Le suspect est en fuite », a-t-on appris de source policière.", "source policière"),
        ("« Le suspect est en fuite », a-t-on appris auprès du parquet de Paris.", "parquet de Paris"),
        ("« Rien ne change », peut-on lire sur le site du ministère de la Santé.", "ministère de la Santé"),
        ("Le Conseil a publié un texte. « Tout est prêt », lit-on dans le communiqué.", "Conseil"),
        ("« Tout est prêt », dit-on au village.", None),
        # where it speaks, when that place is a body: an organisation, initials, a seat of power
        ("« Tout est prêt », estime-t-on à l'Élysée.", "Élysée"),
        ("« Tout est prêt », fait-on valoir au ministère de l'Intérieur.", "ministère de l'Intérieur"),
        ("« Tout est prêt », assure-t-on chez Renault.", "Renault"),
        ("« Tout est prêt », dit-on à la CGT.", "CGT"),
        ("« Tout est prêt », a-t-on appris à Paris.", None),  # a town is no body
        # after « dans » or « sur »: those who speak for a body, not a place where words are heard
        ("« Tout est prêt », dit-on dans l'entourage du ministre.", "entourage du ministre"),
        ("« C'est pire qu'en 2009 », entendait-on dans les files d'attente.", None),
        ("« C'est la fin », murmure-t-on sur le port.", None),
    ],
)
def test_impersonal_on_takes_what_it_reads_or_hears_from(text: str, name: str | None) -> None:
    start = text.index("-on") + 1
    span = Span(start, start + 2, source=text)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.IMPERSONAL), before=text.index("«"))
    assert speaker.name == name


DIALOGUE = (
    "Boissard regardait Tourneval.\n\n"
    "— Vous habitez loin ? dit Boissard.\n\n"
    "— Non, répondit-il, rue des Tanneurs.\n\n"
    "— Et vous travaillez ? ajouta-t-il."
)


def _tag(text: str, tag: str) -> Mention:
    start = text.index(tag) + tag.index("-") + 1
    start += 2 if text[start : start + 2] == "t-" else 0
    end = start + 2
    return Mention(Span(start, end, source=text), Span(start, end, source=text), MentionKind.PRONOUN)


def test_a_reply_goes_to_the_other_character() -> None:
    resolver = Resolver(DIALOGUE)
    first = find(DIALOGUE, "Boissard", 1)
    resolver.resolve(Mention(first, first, MentionKind.NAME), before=DIALOGUE.index("— Vous"))
    reply = resolver.resolve(_tag(DIALOGUE, "répondit-il"), before=DIALOGUE.index("— Non"))
    assert reply.name == "Tourneval"


def test_a_pronoun_before_a_verb_of_reply_in_a_clause_is_no_reply_tag() -> None:
    # « qu'il avait répondu à la lettre du médiateur »: the one who just spoke, not the other one;
    # only an inverted tag (« répondit-il ») turns to the other (the test above)
    text = (
        "Le président Marc Petit rejette tout compromis. « Nous restons ouverts », a déclaré Paul Roux, "
        "ajoutant qu'il avait répondu à la lettre du médiateur pour « trouver une issue »."
    )
    resolver = Resolver(text)
    _said(resolver, text, "Paul Roux", MentionKind.NAME, "« Nous")
    assert _said(resolver, text, "il", MentionKind.PRONOUN, "« trouver").name == "Paul Roux"


def test_a_continuation_keeps_the_previous_speaker() -> None:
    resolver = Resolver(DIALOGUE)
    first = find(DIALOGUE, "Boissard", 1)
    resolver.resolve(Mention(first, first, MentionKind.NAME), before=DIALOGUE.index("— Vous"))
    resolver.resolve(_tag(DIALOGUE, "répondit-il"), before=DIALOGUE.index("— Non"))
    more = resolver.resolve(_tag(DIALOGUE, "ajouta-t-il"), before=DIALOGUE.index("— Et"))
    assert more.name == "Tourneval"


@pytest.mark.parametrize(
    ("text", "pronoun", "lemma"),
    [
        ("— Oui, répondit-il.", "il", "répondre"),
        ("« Non », a-t-il répondu.", "il", "répondre"),
        ("Il lui répondit : « Non ».", "Il", "répondre"),
        ("« Et puis », ajouta-t-elle.", "elle", "ajouter"),
        ("« Non », dit-il.", "il", "dire"),
    ],
)
def test_tag_verb(text: str, pronoun: str, lemma: str) -> None:
    start = text.index(pronoun)
    assert tag_verb(text, Span(start, start + len(pronoun), source=text)) == lemma


def test_headings_in_capitals_and_nationalities_are_no_speakers() -> None:
    text = (
        "LA ROUILLE\n\n"
        "Tous les Allemands attendaient. Le capitaine Otto Brenner entra dans la maison des dames D …\n\n"
        "« Silence ! » cria-t-il."
    )
    start = text.index("cria-t-il") + len("cria-t-")
    span = Span(start, start + 2, source=text)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.PRONOUN), before=text.index("« Silence"))
    assert speaker.name == "Otto Brenner"


def test_a_titled_name_after_de_is_a_person_and_an_antecedent() -> None:
    text = (
        "M. de Valbrun vivait avec son neveu, M. de Vaubert, qui ne travaillait guère.\n\n"
        "Le baron de Lormel venait souvent souper chez eux. Il disait : « Quelle chasse ! »"
    )
    start = text.rindex("Il disait")
    span = Span(start, start + 2, source=text)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.PRONOUN), before=text.index("« Quelle"))
    assert speaker.name == "Lormel"
    assert speaker.title == "baron"


def test_a_role_description_stands_for_the_named_person_with_that_role() -> None:
    text = (
        "Le capitaine Otto Brenner et Fritz Keller jouaient aux cartes. "
        "Fritz Keller perdait. Le capitaine riait très fort.\n\n"
        "« Encore une ! » cria-t-il."
    )
    start = text.index("cria-t-il") + len("cria-t-")
    span = Span(start, start + 2, source=text)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.PRONOUN), before=text.index("« Encore"))
    assert speaker.name == "Otto Brenner"


def test_a_description_with_no_named_person_behind_it_is_no_antecedent() -> None:
    text = "Florent entra. Le vieux dormait.\n\n« Bonsoir », dit-il."
    start = text.index("dit-il") + len("dit-")
    span = Span(start, start + 2, source=text)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.PRONOUN), before=text.index("« Bonsoir"))
    assert speaker.name == "Florent"


def test_names_spoken_in_a_dialogue_line_are_no_antecedents() -> None:
    text = (
        "Florent attendait près de la voiture.\n\n"
        "— Bonjour, Claude ! cria une voix.\n\n"
        "— Vous voilà enfin, dit-il."
    )
    start = text.index("dit-il") + len("dit-")
    span = Span(start, start + 2, source=text)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.PRONOUN), before=text.index("— Vous"))
    assert speaker.name == "Florent"  # "Claude" is spoken to, not speaking


def test_a_signature_line_after_a_quote_is_no_dialogue() -> None:
    text = (
        "« Je me sens comme un écolier. »\n\n"
        "— Paul Ferrand , Secrétaire général de la Ligue arabe\n\n"
        "« Tout va changer », a-t-il plaisanté."
    )
    start = text.index("a-t-il") + len("a-t-")
    span = Span(start, start + 2, source=text)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.PRONOUN), before=text.index("« Tout"))
    assert speaker.name == "Paul Ferrand"


def test_a_fuller_name_of_the_other_gender_is_not_taken() -> None:
    text = (
        "Rosalie Marsac était partie. Le père Marsac restait seul.\n\n« Quelle pluie ! » dit le père Marsac."
    )
    start = text.rindex("le père Marsac")
    span = Span(start, start + len("le père Marsac"), source=text)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.NAME), before=text.index("« Quelle"))
    assert speaker.name == "père Marsac"


def test_scanning_noise_in_capitals_is_no_name() -> None:
    text = "ÉDition Revue Augmentée\n\nClémence entra. Elle dit : « Bonsoir. »"
    start = text.index("Elle")
    span = Span(start, start + 4, source=text)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.PRONOUN), before=text.index("« Bonsoir"))
    assert speaker.name == "Clémence"


def test_kin_descriptions_and_kin_civilities_keep_their_own_person() -> None:
    text = (
        "Blanche Marsac jouait. Le père Marsac fumait sa pipe. Le père de Lucien arriva.\n\n"
        "« Bonsoir », dit le père."
    )
    start = text.rindex("le père")
    span = Span(start, start + len("le père"), source=text)
    resolver = Resolver(text)
    described = resolver.resolve(Mention(span, span, MentionKind.DESCRIPTION), before=text.index("« Bonsoir"))
    assert described.name == "père"  # someone's father: no guess
    elder = find(text, "Le père Marsac")
    named = resolver.resolve(Mention(elder, elder, MentionKind.NAME), before=text.index("« Bonsoir"))
    assert named.name == "père Marsac"  # not "Blanche Marsac"


def pronoun_before(text: str, pronoun: str, quote: str) -> Speaker:
    start = text.index(pronoun)
    span = Span(start, start + len(pronoun), source=text)
    return Resolver(text).resolve(Mention(span, span, MentionKind.PRONOUN), before=text.index(quote))


SECTIONED = (
    "Le Premier ministre, Paul Sanou, a reçu les journalistes jeudi.\n"
    "« Nous avons d'autres appuis », a déclaré Paul Sanou.\n\n"
    "Le silence du CIO\n\n"
    "Selon lui, le rôle de la banque est mal compris.\n"
)


def test_a_subheading_is_a_short_line_of_the_body_that_ends_no_sentence() -> None:
    index = index_document(SECTIONED)
    assert [SECTIONED[a:b] for a, b in index.subheadings] == ["Le silence du CIO"]
    # a sentence the page cut short keeps its commas: no subheading
    cut = "Le titre\n\nIl a parlé.\nLe 6 août, le vidéaste Paul Roux poste\nIl refuse d'accuser.\n"
    assert index_document(cut).subheadings == ()
    # nor a sentence with a credit after it: two phrases
    credited = "Le titre\n\nIl a parlé.\nPaul Roux y a travaillé. © Radio France\nIl regrette.\n"
    assert index_document(credited).subheadings == ()


def test_a_subheading_may_end_on_words_in_marks() -> None:
    # a title that quotes ends on the closing mark with no stop; a sentence ends on its stop
    titled = "Le titre\n\nIl a parlé.\nLe maire dénonce des « propos indignes »\nIl regrette.\n"
    assert [titled[a:b] for a, b in index_document(titled).subheadings] == [
        "Le maire dénonce des « propos indignes »"
    ]
    said = "Le titre\n\nIl a parlé.\nLe maire a dit « Je regrette. »\nIl part.\n"
    assert index_document(said).subheadings == ()


def test_a_pronoun_takes_up_no_speaker_of_a_subheading() -> None:
    # « Durand avait dénoncé des « menaces » » titles the section; « Elle » in the body after it
    # is not the one its title quoted
    text = (
        "La grève a commencé jeudi.\n"
        "Durand avait dénoncé des « menaces »\n"
        "La direction a convoqué les délégués. Elle a également accusé les grévistes de bloquer le site.\n"
    )
    resolver = Resolver(text)
    _said(resolver, text, "Durand", MentionKind.NAME, "« menaces")
    assert _said(resolver, text, "Elle", MentionKind.PRONOUN, "accusé").name != "Durand"


def test_a_pronoun_takes_up_no_name_of_a_subheading() -> None:
    # « Le silence du CIO / Selon lui, … »: the man quoted before the section's title
    speaker = _said(Resolver(SECTIONED), SECTIONED, "lui", MentionKind.PRONOUN, "le rôle de la banque")
    assert speaker.name == "Paul Sanou"


def test_the_author_in_the_header_is_no_character() -> None:
    text = (
        "Gustave Moreau\nLes Jardins de Provence (1881)\n\nI\n\n"
        "Un voyageur descendit de la diligence devant l'auberge.\n\n"
        "— Je suis las, murmura-t-il."
    )
    assert pronoun_before(text, "-il", "Je suis las").name != "Gustave Moreau"
    body = text.replace("Un voyageur", "Gustave Moreau")  # the same name in the story is a character
    assert pronoun_before(body, "-il", "Je suis las").name == "Gustave Moreau"


@pytest.mark.parametrize(
    ("intro", "name"),
    [
        # the sentence a colon closes before the quote names one person: the tag's pronoun is theirs
        ("La ferme de Sébastien a été inondée par la crue :", "Sébastien"),
        # must not: no colon, or a subject pronoun of its own (its subject speaks), or two people
        ("La ferme de Sébastien a été inondée par la crue.", "Michel"),
        ("Il a vu la ferme de Sébastien inondée par la crue :", "Michel"),
        ("Les fermes de Sébastien et de Julien ont été inondées :", "Michel"),
    ],
)
def test_a_pronoun_tag_takes_up_the_person_the_colon_s_sentence_names(intro: str, name: str) -> None:
    text = (
        f"« On n'a jamais vu ça », explique Michel, un voisin.\n\n{intro}\n\n"
        "« Les bêtes ont pu sortir », soupire-t-il."
    )
    resolver = having_said(text, "Michel", "« On n'a")
    start = text.index("-il")
    pronoun = Span(start, start + 3, source=text)
    found = resolver.resolve(Mention(pronoun, pronoun, MentionKind.PRONOUN), before=text.index("« Les bêtes"))
    assert found.name == name


@pytest.mark.parametrize(
    ("apposed", "name"),
    [
        # a given name brought in with a role of its own, not the full name's: someone new
        (", gérant d'un hôtel,", "Paul"),
        # must not: the same role as the full name's, or no role apposed
        (", ministre de l'Intérieur,", "Paul Lemaire"),
        ("", "Paul Lemaire"),
    ],
)
def test_a_given_name_brought_in_with_another_role_is_someone_new(apposed: str, name: str) -> None:
    text = (
        "Le ministre de l'Intérieur, Paul Lemaire, parle d'une « situation dramatique ». "
        f"Sur place, « nous avons tout perdu », déplore Paul{apposed} devant les ruines. "
        "« Il ne reste rien », insiste Paul."
    )
    first = _said(Resolver(text), text, "Paul", MentionKind.NAME, "« nous avons", nth=1)
    later = _said(Resolver(text), text, "Paul", MentionKind.NAME, "« Il ne reste", nth=2)
    assert (first.name, later.name) == (name, name)


@pytest.mark.parametrize(
    ("headline", "taken_up"),
    [
        # the person a headline is about: the body's pronoun takes them up
        ("Le président du conseil Paul Wyss se retire", True),
        ("« Pas de regrets » : Paul Wyss quitte le conseil", True),
        # a line that is only a name (an author), or a headline of two people: no antecedent
        ("Paul Wyss", False),
        ("Paul Wyss et Marc Fehr quittent le conseil", False),
    ],
)
def test_the_person_a_headline_is_about_is_the_body_s_antecedent(headline: str, taken_up: bool) -> None:
    text = f"{headline}\n\n« Je passe la main », a-t-il confié lundi."
    assert (pronoun_before(text, "-il", "Je passe").name == "Paul Wyss") is taken_up


@pytest.mark.parametrize(
    ("text", "header"),
    [
        ("Émile Durand\nLa Ville (1880)\n\nI\n\nIl pleuvait.", "Émile Durand\nLa Ville (1880)\n\nI\n\n"),
        (
            "Grève à Lyon : les bus à l'arrêt\n\n3 mai 2016 . –\nLes bus restent au dépôt.",
            "Grève à Lyon : les bus à l'arrêt\n\n3 mai 2016 . –\n",
        ),
        ("Il pleuvait. Marie lisait.", ""),
        ("Un titre sans rien après", ""),
    ],
)
def test_header_end(text: str, header: str) -> None:
    assert text[: header_end(text)] == header


def test_elle_prefers_a_woman_to_a_nearer_surname_of_unknown_gender() -> None:
    text = (
        "Madame Perrin rangeait ses paniers. Lorsque Bastard se fut éloigné avec son sac :\n\n"
        "— Il me guettait, dit-elle."
    )
    assert pronoun_before(text, "-elle", "Il me guettait").name == "Madame Perrin"


def pronoun_at(text: str, offset: int, pronoun: str, quote: str) -> Speaker:
    span = Span(offset, offset + len(pronoun), source=text)
    return Resolver(text).resolve(Mention(span, span, MentionKind.PRONOUN), before=text.index(quote))


def test_a_name_right_after_a_narrative_verb_is_its_object_not_the_speaker() -> None:
    text = (
        "Ce matin-là, Claude regardait Florent avec intérêt. La présentation suffisait ; et, en souriant, "
        "il lui dit : « Je vous accompagne. »"
    )
    assert pronoun_at(text, text.index("il lui"), "il", "« Je").name == "Claude"
    inverted = "Voilà la maladresse que blâma Boissard. Il dit : « Tant pis. »"
    assert pronoun_at(inverted, inverted.index("Il dit"), "Il", "« Tant").name == "Boissard"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname whose particle has a capital is that person, named in full before
        ("Karel De Waele a critiqué le texte. « Il est flou », a ajouté De Waele.", "Karel De Waele"),
        # … and kept whole when the text names no one more fully
        ("Le texte a été critiqué. « Il est flou », a ajouté De Waele.", "De Waele"),
    ],
)
def test_a_name_with_a_capital_particle_keeps_it(text: str, name: str) -> None:
    assert _said(Resolver(text), text, "De Waele", MentionKind.NAME, "« Il").name == name


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        # a person and a number of others of their kind speak together: a group, which « ils »
        # takes up
        ("Marc Dulin et quatre autres élus", "Marc Dulin et quatre autres élus"),
        ("Marc Dulin et ses avocats", "Marc Dulin et ses avocats"),
        # must not: one person and a thing is no group of speakers
        ("Marc Dulin", "Marc Dulin"),
    ],
)
def test_a_person_and_others_of_their_kind_speak_as_a_group(subject: str, name: str) -> None:
    text = f"{subject} ont interpellé la commission. Ils ont demandé de « compter à nouveau »."
    resolver = Resolver(text)
    assert _said(resolver, text, subject, MentionKind.NAME, "la commission").name == name
    if name != subject or " et " in subject:
        assert _said(resolver, text, "Ils", MentionKind.PRONOUN, "« compter").name == name


@pytest.mark.parametrize(
    ("before", "name"),
    [
        # one of a family named by its surname is the one of that name the text names in full
        ("Martin Berthet a gagné la poursuite.", "Martin Berthet"),
        # two of them named: which one is not said
        ("Martin Berthet et Simon Berthet ont couru.", "cadet des frères Berthet"),
        # none named: the words as written, never the family
        ("La poursuite a été disputée.", "cadet des frères Berthet"),
    ],
)
def test_one_of_a_family_is_no_family(before: str, name: str) -> None:
    text = f"{before} « J'ai douté », expliquait le cadet des frères Berthet."
    assert _said(Resolver(text), text, "le cadet des frères Berthet", MentionKind.NAME, "« J'ai").name == name


def test_a_name_cut_inside_its_brackets_keeps_the_words_before_them() -> None:
    text = "L'Agence de presse du Nord (APN, officielle) a annoncé qu'une usine avait brûlé."
    speaker = _said(Resolver(text), text, "L'Agence de presse du Nord (APN", MentionKind.NAME, "qu'un")
    assert speaker.name == "Agence de presse du Nord"


def test_a_name_right_after_a_compound_past_is_its_object_not_the_speaker() -> None:
    # news tells in the compound past: « a rencontré Marc Dupont » puts him as the object
    text = "Paul Roux a rencontré Marc Dupont lundi. « Nous avons parlé », a-t-il déclaré."
    assert pronoun_at(text, text.index("-il"), "-il", "« Nous").name == "Paul Roux"
    # a speech verb's participle is followed by its subject: « a déclaré Marc Dupont »
    spoken = "« Rien ne change », a déclaré Marc Dupont lundi. « Nous avons parlé », a-t-il ajouté."
    assert pronoun_at(spoken, spoken.index("-il"), "-il", "« Nous").name == "Marc Dupont"
    # a title and a day between the verb and the name: « a reçu jeudi le chancelier X »
    titled = "Le président Paul Roux a reçu jeudi le chancelier Marc Dupont. « Nous gagnerons », a-t-il dit."
    assert pronoun_at(titled, titled.index("-il"), "-il", "« Nous").name == "Paul Roux"
    # … but not after « a déclaré », whose subject the titled name is
    said = "« Rien ne change », a déclaré jeudi le chancelier Marc Dupont. « Nous sommes unis », a-t-il dit."
    assert pronoun_at(said, said.index("-il"), "-il", "« Nous").name == "Marc Dupont"
    # an adverb inside the verb group hides nothing: « a également félicité Marc Dupont »
    adverb = "Paul Roux a également félicité Marc Dupont. « Nous avons parlé », a-t-il déclaré."
    assert pronoun_at(adverb, adverb.index("-il"), "-il", "« Nous").name == "Paul Roux"


# --- names hidden by a capitalised role, a list, brackets; pronouns after a new name ------------


def _said(resolver: Resolver, text: str, words: str, kind: MentionKind, quote: str, nth: int = 0) -> Speaker:
    return resolver.resolve(mention(text, words, kind, nth=nth), before=text.index(quote))


@pytest.mark.parametrize(
    ("description", "name"),
    [
        # a noun whose own complement says which body it is names that body, not the source before
        ("le centre de surveillance des crues", "centre de surveillance des crues"),
        # must not: the noun alone takes up the body quoted just before
        ("le centre", "autorités fédérales"),
    ],
)
def test_a_body_s_noun_with_its_own_complement_is_that_body(description: str, name: str) -> None:
    text = (
        "Les autorités fédérales ont jugé une crue peu probable. "
        f"« Les communes doivent rester prêtes », a déclaré {description}."
    )
    resolver = Resolver(text)
    _said(resolver, text, "Les autorités fédérales", MentionKind.DESCRIPTION, "une crue")
    assert _said(resolver, text, description, MentionKind.DESCRIPTION, "« Les").name == name


def test_a_noun_of_any_body_takes_up_the_one_just_named() -> None:
    # « l'organisme », « l'institution »: bodies of any kind, which take up the one named before
    text = (
        "La neige tombera jusqu'en plaine, annonce Météorama dans son point du matin. "
        "« L'épisode va durer », précise l'organisme public."
    )
    speaker = _said(Resolver(text), text, "l'organisme public", MentionKind.DESCRIPTION, "«")
    assert speaker.name == "Météorama"


def test_a_statement_s_issuer_is_not_the_description_apposed_to_it() -> None:
    # « un communiqué de X, un organisme de … »: the issuer is named, then described
    text = "Les accès ont été bloqués selon un communiqué de Net Veille, un organisme de surveillance."
    speaker = _said(
        Resolver(text),
        text,
        "un communiqué de Net Veille, un organisme de surveillance",
        MentionKind.DOCUMENT,
        "Les accès",
    )
    assert speaker.name == "Net Veille"


def test_a_unit_is_not_of_the_body_its_statement_is_told_to() -> None:
    """« a indiqué à l'AFP la direction »: the direction of the group the text spoke of; the
    agency was told, it does not speak."""
    text = (
        "Le groupe Valmont ferme son usine de Lorient. "
        "« Le plan social est prêt », a indiqué à l'AFP la direction."
    )
    assert (
        _said(Resolver(text), text, "la direction", MentionKind.DESCRIPTION, "« ").name
        == "direction de Valmont"
    )


def test_a_capitalised_role_with_its_domain_leaves_the_name_after_it() -> None:
    text = "Le Ministre de la Défense Antoni Kowalski assistait au défilé. « Nous sommes prêts », a-t-il dit."
    index = index_document(text)
    assert [(o.name, o.kind) for o in index.occurrences if o.from_run] == [("Antoni Kowalski", "person")]
    speaker = _said(Resolver(text), text, "il", MentionKind.PRONOUN, "« Nous")
    assert speaker.name == "Antoni Kowalski"
    assert speaker.resolved_by is ResolvedBy.ANTECEDENT


def test_a_capitalised_periphrasis_is_its_role_and_no_name() -> None:
    # « le Garde des Sceaux », capitals of deference: the minister the text named, no name
    text = (
        "Le ministre Paul Morel a indiqué que le chef de l'État, Jean Vidal, avait ordonné une "
        "enquête. Le Garde des Sceaux, lui, a confirmé que l'instruction était close."
    )
    names = [o.name for o in index_document(text).occurrences if o.from_run and o.kind == "person"]
    assert names == ["Paul Morel", "Jean Vidal"]
    speaker = _said(Resolver(text), text, "Le Garde des Sceaux", MentionKind.DESCRIPTION, "l'instruction")
    assert speaker.name == "Paul Morel"


def test_a_capitalised_role_and_domain_alone_are_no_name() -> None:
    text = "Le Ministre de la Défense était présent. Le Président du Sénat Gérard Lenoir a parlé."
    names = [o.name for o in index_document(text).occurrences if o.from_run and o.kind != "organisation"]
    assert names == ["Gérard Lenoir"]


def test_a_role_after_a_preposition_other_than_de_is_the_name_s_title() -> None:
    text = "Le but a été marqué par l'attaquant Lenny Kerbrat. L'ambassadeur à l'ONU, Paul Roux, a parlé."
    titles = {o.name: (o.kind, o.title) for o in index_document(text).occurrences if o.from_run}
    assert titles["Lenny Kerbrat"] == ("person", "attaquant")
    assert titles["Paul Roux"][0] != "organisation"  # « l'ONU, Paul Roux »: no title of his


def test_a_name_after_et_shares_the_function_of_the_name_before_it() -> None:
    text = (
        "La Française Awa Diallo a fini derrière la Jamaïcaine Shanice Whitfield et la Néerlandaise "
        "Lotte van der Berg. Paul Roux et Anne Vidal sont venus."
    )
    subjects = {o.name: o.subject for o in index_document(text).occurrences if o.from_run}
    assert subjects["Awa Diallo"]
    assert not subjects["Lotte van der Berg"]
    assert subjects["Paul Roux"]
    assert subjects["Anne Vidal"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le Comité européen pour la prévention de la torture (CPT) a rendu son rapport.",
            "Comité européen pour la prévention de la torture (CPT)",
        ),
        (
            "L'Observatoire climat-énergie, une instance indépendante, a publié son rapport.",
            "Observatoire climat-énergie",
        ),
        (
            "Le Bureau d'enquêtes et d'analyses pour la sécurité de l'aviation civile (BEA) enquête.",
            "Bureau d'enquêtes et d'analyses pour la sécurité de l'aviation civile (BEA)",
        ),
        # WiNER writes a space inside the brackets; the name is written as usual
        (
            "Le Bureau d'enquêtes et d'analyses pour la sécurité de l'aviation civile ( BEA ) enquête.",
            "Bureau d'enquêtes et d'analyses pour la sécurité de l'aviation civile (BEA)",
        ),
        (
            "Le Syndicat autonome des infirmiers ( SAI ) appelle à la grève.",
            "Syndicat autonome des infirmiers (SAI)",
        ),
        # a common noun is no proper name: its words stop at its adjectives, short of the initials
        ("Le comité européen pour la prévention de la torture (CPT) a rendu son rapport.", "comité européen"),
        (
            "Le comité européen pour la prévention de la torture ( CPT ) a rendu son rapport.",
            "comité européen",
        ),
    ],
    ids=[
        "up to its initials",
        "compound",
        "elided words",
        "spaced brackets",
        "spaced brackets, short",
        "lowercase head",
        "lowercase head, spaced",
    ],
)
def test_an_organisation_s_name_runs_to_its_initials(text: str, name: str) -> None:
    names = [o.name for o in index_document(text).occurrences if o.kind == "organisation" and not o.from_run]
    assert names[0] == name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Hier, Camille Rouvière, porte-parole du réseau, a parlé.",
            "Camille Rouvière",
            "porte-parole du réseau",
        ),
        (
            "Il a vu Bernard Quéméner, 64 ans, élu depuis 2001. Puis rien.",
            "Bernard Quéméner",
            "élu depuis 2001",
        ),
        ("Hier, Paul Roux, 45 ans, a parlé.", "Paul Roux", None),
        # after a preposition, a bare apposition describes someone else
        ("Il travaille à l'usine de Lorient, ex-associé du notaire.", "Lorient", None),
    ],
    ids=["bare", "after the age", "age only", "after a preposition"],
)
def test_a_role_apposed_without_article_is_the_name_s_title(text: str, name: str, title: str | None) -> None:
    titles = {o.name: o.title for o in index_document(text).occurrences if o.from_run}
    assert titles[name] == title


def test_a_speech_noun_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    text = "Karine Lemasson a parlé. Réponse de Karine Lemasson, plus tard : « Non. »"
    names = [o.name for o in index_document(text).occurrences if o.from_run]
    assert names == ["Karine Lemasson", "Karine Lemasson"]


def test_a_person_after_a_place_and_a_comma_is_no_member_of_a_list_of_places() -> None:
    text = (
        "Interrogé vendredi à Bordeaux, Alain Lemaire a dit qu'il ne serait pas candidat. "
        "« C'est clairement non », a-t-il ajouté."
    )
    (person,) = [o for o in index_document(text).occurrences if o.name == "Alain Lemaire"]
    assert person.kind != "place"
    assert _said(Resolver(text), text, "il", MentionKind.PRONOUN, "« C'est", nth=1).name == "Alain Lemaire"


def test_a_list_of_places_still_shares_its_function() -> None:
    text = "Il a vécu à Nonancourt, Verneuil et Falaise."
    kinds = {o.name: o.kind for o in index_document(text).occurrences}
    assert kinds["Verneuil"] == "place"


def test_a_name_in_brackets_is_no_subject_and_loses_to_the_person() -> None:
    text = (
        "Owen Doyle, chercheur à l'université de Leeds (Royaume-Uni), se montre plus prudent. "
        "Les « incendies ne sont pas exceptionnels », affirme-t-il."
    )
    (place,) = [o for o in index_document(text).occurrences if o.name == "Royaume-Uni"]
    assert not place.subject
    assert _said(Resolver(text), text, "il", MentionKind.PRONOUN, "incendies").name == "Owen Doyle"


def test_a_masculine_pronoun_takes_the_man_of_a_shared_surname() -> None:
    text = (
        "Penelope Valmont a quitté Paris. François Valmont a démenti. "
        "Le soir, Valmont a réuni ses proches. « Je ne renoncerai pas », a-t-il dit."
    )
    assert _said(Resolver(text), text, "il", MentionKind.PRONOUN, "« Je").name == "François Valmont"


def test_a_continuing_verb_takes_whoever_was_named_since_the_previous_quote() -> None:
    text = (
        "« Le site est sûr », a déclaré le groupe Enerpro.\n\n"
        "Le préfet de la Manche, Jacques Wilmot, a rappelé les faits. "
        "Il ajoute : « Un ventilateur a pris feu. »"
    )
    resolver = Resolver(text)
    first = _said(resolver, text, "le groupe Enerpro", MentionKind.NAME, "Le site")
    assert first.name == "Enerpro"
    assert _said(resolver, text, "Il", MentionKind.PRONOUN, "Un ventilateur").name == "Jacques Wilmot"


def test_a_continuing_verb_takes_a_role_that_is_the_subject_since_the_previous_quote() -> None:
    # « Le préfet » brings someone in as surely as a name, though the quote before it ends on a
    # stop inside its spaced closing mark
    text = (
        "Jacques Wilmot, le maire, a déclaré : « Le site est sûr. » Le préfet a rappelé les faits. "
        "Il ajoute : « Un ventilateur a pris feu. »"
    )
    resolver = Resolver(text)
    assert _said(resolver, text, "Jacques Wilmot", MentionKind.NAME, "Le site").name == "Jacques Wilmot"
    assert _said(resolver, text, "Il", MentionKind.PRONOUN, "Un ventilateur").name == "préfet"


@pytest.mark.parametrize("closing", ["« Le site est sûr. »", "“Le site est sûr.”", "« Le site est sûr ! »"])
def test_a_stop_inside_a_closing_mark_ends_the_sentence(closing: str) -> None:
    text = f"Jacques Wilmot a déclaré : {closing} Le préfet a rappelé les faits."
    index = index_document(text)
    assert index.sentence_of(text.index("Le préfet")) == index.sentence_of(text.index("Jacques")) + 1


def test_a_continuing_verb_keeps_the_previous_speaker_when_no_one_else_is_named() -> None:
    text = "« Le site est sûr », a déclaré Jacques Wilmot. Le vent soufflait. Il ajoute : « Tout va bien. »"
    resolver = Resolver(text)
    _said(resolver, text, "Jacques Wilmot", MentionKind.NAME, "Le site")
    speaker = _said(resolver, text, "Il", MentionKind.PRONOUN, "Tout va")
    assert speaker.name == "Jacques Wilmot"
    assert speaker.resolved_by is ResolvedBy.PREVIOUS_SPEAKER


def test_a_continuing_verb_keeps_the_previous_speaker_over_whom_their_sentence_spoke_of() -> None:
    # the president is named in what the spokesman said, in his own sentence: no one new
    text = (
        "Le porte-parole du palais, Marc Lenoir, a déclaré que le président Paul Roux approuvait "
        "le plan de paix. Des détails restent à régler. « Le chef de l'État approuve le principe », "
        "a-t-il précisé."
    )
    resolver = Resolver(text)
    _said(resolver, text, "Marc Lenoir", MentionKind.NAME, "le président Paul")
    speaker = _said(resolver, text, "-il", MentionKind.PRONOUN, "« Le chef")
    assert (speaker.name, speaker.resolved_by) == ("Marc Lenoir", ResolvedBy.PREVIOUS_SPEAKER)


# --- how a name was found, and how sure it is ------------------------------------------------------


def test_every_way_of_finding_a_name_has_a_certainty_and_a_spelled_name_is_sure() -> None:
    assert set(CERTAINTY) == set(ResolvedBy)
    assert CERTAINTY[ResolvedBy.SPELLED] == 1.0
    assert all(0 < c <= 1 for c in CERTAINTY.values())


def test_resolution_says_how_the_name_was_found(article: Resolver) -> None:
    spelled = article.resolution(mention(ARTICLE, "Blinken", MentionKind.NAME, nth=1))
    assert spelled.speaker.resolved_by is ResolvedBy.SPELLED
    assert spelled.certainty == 1.0
    role = article.resolution(
        mention(ARTICLE, "le haut diplomate américain", MentionKind.DESCRIPTION),
        before=ARTICLE.index("« Personne"),
    )
    assert role.speaker.name == "Antony Blinken"
    assert role.speaker.resolved_by is ResolvedBy.ROLE
    assert role.certainty == CERTAINTY[ResolvedBy.ROLE] < 1


def test_a_description_no_name_stands_behind_keeps_its_words_and_says_so() -> None:
    text = "Un témoin a raconté la scène. « Tout a brûlé », a dit un témoin."
    speaker = _said(Resolver(text), text, "un témoin", MentionKind.DESCRIPTION, "« Tout")
    assert speaker.name == "témoin"
    assert speaker.resolved_by is ResolvedBy.WORDS


def test_ce_dernier_is_the_one_named_last_not_the_previous_speaker() -> None:
    text = (
        "« Nous partirons demain », a déclaré Marc Dupont, reçu par Paul Martin. "
        "« Je reste », a dit ce dernier."
    )
    resolver = Resolver(text)
    assert _said(resolver, text, "Marc Dupont", MentionKind.NAME, "« Nous").name == "Marc Dupont"
    speaker = _said(resolver, text, "ce dernier", MentionKind.PRONOUN, "« Je reste")
    assert speaker.name == "Paul Martin"
    assert speaker.resolved_by is ResolvedBy.ANTECEDENT


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        # the body in the title apposed to a person is what the text says of him, no referent
        (
            "« Le budget est serré », a déclaré Paul Marchal, directeur de l'office fluvial de Loire. "
            "« Nous voterons », a dit ce dernier.",
            "ce dernier",
            "Paul Marchal",
        ),
        # but a feminine « cette dernière » cannot be the man: the federation he heads
        (
            "Le club a reçu Jean Roux, président de la Ligue bretonne. « Non », a dit cette dernière.",
            "cette dernière",
            "Ligue bretonne",
        ),
    ],
)
def test_ce_dernier_takes_up_a_person_over_the_body_of_his_title(text: str, pronoun: str, name: str) -> None:
    speaker = Resolver(text).resolve(mention(text, pronoun, MentionKind.PRONOUN), before=text.rindex("« "))
    assert speaker.name == name
    assert speaker.resolved_by is ResolvedBy.ANTECEDENT


@pytest.mark.parametrize(
    ("named", "name"),
    [
        # one of four names in a list is no antecedent of « il »: the jury's president who spoke
        ("Anne Roux, Paul Dano, Marc Vidal et Julie Morel voteront.", "Erik Lund"),
        # two people named together are no list: the man named last since
        ("Paul Dano et Marc Vidal voteront.", "Marc Vidal"),
    ],
)
def test_a_singular_pronoun_does_not_take_up_a_member_of_a_list_of_names(named: str, name: str) -> None:
    text = (
        "Le cinéaste suédois Erik Lund présidera le jury. « Nous allons débattre », a-t-il déclaré. "
        f"{named} « Je ne veux pas de palmarès consensuel », dit-il."
    )
    resolver = Resolver(text)
    assert _said(resolver, text, "-il", MentionKind.PRONOUN, "« Nous").name == "Erik Lund"
    assert _said(resolver, text, "-il", MentionKind.PRONOUN, "« Je ne", nth=1).name == name


@pytest.mark.parametrize(
    ("opening", "issuer"),
    [
        # the statement is the means of a speech verb: its subject issued it, the agency put it out
        (
            "L'armée régulière met fin au cessez-le-feu, a-t-elle ajouté dans une déclaration "
            "diffusée par l'agence officielle Kora.",
            "armée régulière",
        ),
        # with no speaker, who published it is all the text says of its issuer
        (
            "Selon une déclaration diffusée par l'agence officielle Kora, le cessez-le-feu est fini.",
            "agence officielle Kora",
        ),
    ],
)
def test_the_publisher_of_a_statement_its_speaker_made_is_not_its_issuer(opening: str, issuer: str) -> None:
    text = opening + " Ce texte reproche aux milices de « n'avoir rien tenu »."
    speaker = _said(Resolver(text), text, "Ce texte", MentionKind.DOCUMENT, "« n'avoir")
    assert (speaker.name, speaker.resolved_by) == (issuer, ResolvedBy.ISSUER)


@pytest.mark.parametrize(
    ("publisher", "name"),
    [
        # a paper relays a statement: it stands for the one the text named before (the mention
        # as the parse gives it, a name for its capitals)
        ("Le Figaro", "rapport de la brigade"),
        # a body that publishes its own statement issued it
        ("la Cour des comptes", "Cour des comptes"),
    ],
)
def test_a_paper_that_publishes_a_statement_did_not_issue_it(publisher: str, name: str) -> None:
    text = (
        "Un rapport de la brigade décrit les versements. "
        f"Selon ce rapport, publié par {publisher}, le circuit passait par deux comptes."
    )
    speaker = _said(
        Resolver(text), text, "ce rapport, publié par " + publisher, MentionKind.NAME, "le circuit"
    )
    assert speaker.name == name


def test_a_description_taken_up_stops_at_the_verb_after_it() -> None:
    from quoteattr.attribute.resolve_score import taken_up_description

    text = "Un rapport de la brigade décrit les versements. Selon ce rapport, le circuit est simple."
    assert taken_up_description(text, text.index("ce rapport"), "rapport") == "Un rapport de la brigade"


def test_a_name_in_a_completive_clause_does_not_break_the_chain_of_subject_pronouns() -> None:
    # « Il » opens the sentence and takes up Paul Diack; the sprinter is what he speaks of
    text = (
        "« Le record tombera », a assuré Paul Diack. Il s'attend à une finale serrée, estimant que "
        "le sprinteur Marc Bolt « n'a pas d'avance », a-t-il promis."
    )
    resolver = Resolver(text)
    _said(resolver, text, "Paul Diack", MentionKind.NAME, "« Le record")
    assert _said(resolver, text, "-il", MentionKind.PRONOUN, "« n'a").name == "Paul Diack"


def test_the_sentences_of_a_long_quote_do_not_push_its_speaker_out_of_reach() -> None:
    # five sentences of his own words, then the narration takes him up by his nationality
    text = (
        "Après la course, Max Roux a tout raconté : « Le départ était raté. J'ai patiné. Puis le "
        "moteur a lâché. Je ne sais pas pourquoi. Je suis déçu. » Au micro de la radio, le "
        "Néerlandais a félicité le vainqueur : « Bravo à lui. »"
    )
    resolver = Resolver(text)
    _said(resolver, text, "Max Roux", MentionKind.NAME, "« Le départ")
    speaker = _said(resolver, text, "le Néerlandais", MentionKind.DESCRIPTION, "« Bravo")
    assert (speaker.name, speaker.resolved_by) == ("Max Roux", ResolvedBy.SALIENT)


PAIR_DEBATE = (
    "Marie Durand et Paul Roux se sont affrontés jeudi soir. La première a dénoncé « un mensonge ». "
    "Le second a répliqué : « Vous n'avez rien compris. »"
)


@pytest.mark.parametrize(
    ("text", "words", "quote", "name"),
    [
        (PAIR_DEBATE, "La première", "« un mensonge", "Marie Durand"),
        (PAIR_DEBATE, "Le second", "« Vous", "Paul Roux"),
        # must not: « le premier » is no woman, whatever the order
        (PAIR_DEBATE.replace("La première", "Le premier"), "Le premier", "« un mensonge", "premier"),
        # the two named each with their role set off by commas
        (
            PAIR_DEBATE.replace(
                "Marie Durand et Paul Roux", "La maire, Marie Durand, et le préfet, Paul Roux,"
            ),
            "Le second",
            "« Vous",
            "Paul Roux",
        ),
    ],
)
def test_le_premier_and_le_second_take_up_the_pair_just_named(
    text: str, words: str, quote: str, name: str
) -> None:
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, quote)
    assert speaker.name == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # the headline drops her second surname; the article gives it: her name in full
        ("La candidate Elena Quesada Mora a remporté le second tour.", "Elena Quesada Mora"),
        # must not: two fuller names open on it, no telling which one
        (
            "Elena Quesada Mora et sa cousine Elena Quesada Ruiz ont voté dimanche.",
            "Elena Quesada",
        ),
    ],
)
def test_a_name_another_name_opens_word_for_word_is_that_fuller_name(body: str, name: str) -> None:
    headline = "Costa Rica : Elena Quesada remporte l'élection"
    text = f"{headline}\n\n{body} « Nous gouvernerons », a dit Mme Quesada."
    speaker = _said(Resolver(text), text, "Mme Quesada", MentionKind.NAME, "« Nous")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("first", "name"),
    [
        # « à Aimée » reads as « à Paris », but the text names Aimée as a person: the latter
        ("Aimée attendait. « M'entend-elle ? », demanda Clémence à Aimée.", "Aimée"),
        # must not: a given name after « à » that the text never names as a person is a place
        ("Clémence est rentrée à Florence. « M'entend-elle ? », demanda-t-elle.", "Clémence"),
    ],
)
def test_celle_ci_takes_up_an_addressee_the_text_names_as_a_person(first: str, name: str) -> None:
    text = first + " « Certes », répondit celle-ci."
    speaker = _said(Resolver(text), text, "celle-ci", MentionKind.PRONOUN, "« Certes")
    assert speaker.name == name
    assert speaker.resolved_by is ResolvedBy.ANTECEDENT


@pytest.mark.parametrize(
    ("later", "name"),
    [
        (
            "contrairement à ce que demandait le procureur Paolo Rinaldi, la cour a réduit les peines.",
            "Paolo Rinaldi",
        ),
        # must not: two prosecutors named later, the text does not say which one spoke
        (
            "le procureur Paolo Rinaldi et le procureur Marco Bassi ont fait appel.",
            "procureur",
        ),
        # must not: no one titled so, only someone named
        ("Paolo Rinaldi a fait appel.", "procureur"),
    ],
)
def test_a_description_no_one_before_fits_is_the_one_person_titled_so_later(later: str, name: str) -> None:
    text = (
        "Le scandale implique plusieurs clubs. Le procureur a dénoncé « un système sophistiqué ». "
        f"Les clubs ont fait appel. Le 25 juillet, {later}"
    )
    speaker = _said(Resolver(text), text, "Le procureur", MentionKind.DESCRIPTION, "« un système")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("later", "name"),
    [
        # a spokesperson speaks for someone, yet is the one the text then titles spokesperson
        ("Nadia Ferhat, porte-parole du service des pompiers, a précisé le bilan.", "Nadia Ferhat"),
        ("Nadia Ferhat, la porte-parole, a précisé le bilan.", "Nadia Ferhat"),
        # must not: the spokesperson of someone else
        ("Nadia Ferhat, porte-parole de la préfecture, a précisé le bilan.", "porte-parole des pompiers"),
        # must not: two spokespersons named later
        (
            "Nadia Ferhat et Paul Girod, porte-parole des pompiers, ont précisé le bilan.",
            "porte-parole des pompiers",
        ),
    ],
)
def test_a_spokesperson_is_the_one_person_titled_so_later(later: str, name: str) -> None:
    text = f"Le feu a détruit trois hectares, a indiqué la porte-parole des pompiers. {later}"
    speaker = _said(Resolver(text), text, "la porte-parole des pompiers", MentionKind.DESCRIPTION, "Le feu")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("between", "name"),
    [
        # the next sentence opens on a straight mark: a new sentence all the same
        ('. "Rien n\'est exclu", a dit le procureur Marc Dufresne.', "Marc Dufresne"),
        (". « Rien n'est exclu », a dit le procureur Marc Dufresne.", "Marc Dufresne"),
        # must not: the name in the description's own sentence may be someone else's
        (", qui a reçu hier le procureur Marc Dufresne.", "procureur"),
    ],
)
def test_a_post_named_first_is_the_one_titled_so_in_the_next_sentence(between: str, name: str) -> None:
    text = f"Trois personnes ont été mises en examen, a déclaré le procureur de la République{between}"
    speaker = _said(Resolver(text), text, "le procureur", MentionKind.DESCRIPTION, "Trois personnes")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("later", "name"),
    [
        ("l'avocat général Marc Solenne a dénoncé un élu sans scrupules.", "Marc Solenne"),
        # must not: a lawyer is no « avocat général », though the words begin alike
        ("l'avocat Marc Solenne a dénoncé un procès politique.", "avocat général"),
    ],
)
def test_the_avocat_general_is_the_one_person_titled_with_those_words_later(later: str, name: str) -> None:
    text = (
        "« La fraude n'est pas un jeu », a tonné l'avocat général à l'ouverture de l'audience. "
        f"Mardi, {later}"
    )
    speaker = _said(Resolver(text), text, "l'avocat général", MentionKind.DESCRIPTION, "« La fraude")
    assert speaker.name == name


def test_an_adjective_before_the_role_titles_no_one_by_itself() -> None:
    """« Son principal adversaire, X, » is titled by « adversaire »: « principal » before a noun
    is its adjective, so « l'opposant » takes X up, not the president named first."""
    text = (
        "La commission a proclamé la réélection du président sortant, Anselme Koruba. Son principal "
        "adversaire, Théodore Vasquel, a dénoncé une « mascarade ». « Ce scrutin a été volé », a "
        "déclaré l'opposant."
    )
    speaker = _said(Resolver(text), text, "l'opposant", MentionKind.DESCRIPTION, "« Ce scrutin")
    assert speaker.name == "Théodore Vasquel"


def test_a_kin_description_is_not_the_person_titled_so_later() -> None:
    text = "La mère a dit qu'elle ne savait rien. Le soir, la mère Angèle est revenue."
    speaker = _said(Resolver(text), text, "La mère", MentionKind.DESCRIPTION, "elle ne savait")
    assert speaker.name == "mère"


@pytest.mark.parametrize(
    ("before", "name"),
    [
        # the text never says she is tried: « la prévenue » is a status, whatever her trade
        (
            "L'ancienne directrice, Sylvie Morand, 54 ans, a contesté toute intention de nuire.",
            "Sylvie Morand",
        ),
        # must not: the lawyer has a part of her own in the trial
        ("L'avocate de la défense, Claire Sanial, a plaidé la relaxe.", "prévenue"),
    ],
)
def test_la_prevenue_is_the_woman_just_named_unless_the_trial_gives_her_another_part(
    before: str, name: str
) -> None:
    text = (
        f"{before} Elle a expliqué que l'équipe manquait de bras. "
        "« J'ai alerté ma hiérarchie », a déclaré la prévenue."
    )
    assert _said(Resolver(text), text, "la prévenue", MentionKind.DESCRIPTION, "« J'ai").name == name


@pytest.mark.parametrize(
    ("introduction", "name"),
    [
        # what tells her apart, up to the comma: an age, a participle and its complements
        (
            "Une jeune fille de 25 ans hébergée chez des parents à Vesoul, était signalée disparue.",
            "jeune fille de 25 ans hébergée chez des parents à Vesoul",
        ),
        # must not: a relative says what she did, not who she is
        ("Une jeune fille qui rentrait du travail a disparu.", "jeune fille"),
        # must not: two introductions, the words do not say which
        ("Une jeune fille de Lyon et une jeune fille de Vesoul ont disparu.", "jeune fille"),
    ],
)
def test_a_definite_description_takes_up_the_words_that_introduced_it(introduction: str, name: str) -> None:
    text = f"{introduction} Les gendarmes ont cherché. La jeune fille a affirmé qu'elle allait bien."
    speaker = _said(Resolver(text), text, "La jeune fille", MentionKind.DESCRIPTION, "qu'elle allait")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("introduction", "name"),
    [
        # a complement opened by « du » or « des » tells the one brought in apart as « de » does
        (
            "Un porte-parole du ministre Paul Roux a déclaré que rien ne changeait.",
            "porte-parole du ministre Paul Roux",
        ),
        (
            "Un porte-parole des élus du quartier a assuré que rien ne changeait.",
            "porte-parole des élus du quartier",
        ),
        # a relative says what they did, not who they are
        ("Un porte-parole qui suivait le dossier a assuré que rien ne changeait.", "porte-parole"),
    ],
)
def test_the_definite_description_takes_up_an_introduction_told_apart_by_du(
    introduction: str, name: str
) -> None:
    text = f"{introduction} Le vote a eu lieu. « Rien ne bouge », a répété le porte-parole."
    speaker = _said(Resolver(text), text, "le porte-parole", MentionKind.DESCRIPTION, "« Rien")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("introduction", "words", "name"),
    [
        # « les » takes up what « des » brought in, « proche de » and its complement with it
        (
            "Le rachat est à l'étude, selon des sources proches de la direction.",
            "les sources",
            "sources proches de la direction",
        ),
        (
            "Le rachat est à l'étude, selon une source proche de la direction.",
            "la source",
            "source proche de la direction",
        ),
        # must not: « proche » with no complement says nothing of who they are
        ("Le rachat est à l'étude, selon des sources proches.", "les sources", "sources"),
    ],
)
def test_a_definite_description_takes_up_a_source_brought_in_close_to_someone(
    introduction: str, words: str, name: str
) -> None:
    verb = "ont" if words.startswith("les") else "a"
    subject = words[:1].upper() + words[1:]
    text = f"{introduction} Le prix reste secret. {subject} {verb} affirmé qu'il était élevé."
    speaker = _said(Resolver(text), text, subject, MentionKind.DESCRIPTION, "qu'il était")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("between", "name"),
    [
        ("La rançon a été versée en 1981.", "Denis Robert et Ernest Backes"),
        # must not: too far back, the text has moved on
        (
            "La rançon a été versée en 1981. Elle a transité par Alger. Puis par Téhéran. Le tout en secret.",
            "auteurs",
        ),
    ],
)
def test_a_plural_role_takes_up_the_two_people_just_quoted(between: str, name: str) -> None:
    text = (
        "Dans leur ouvrage, Denis Robert et Ernest Backes affirment que la rançon était cachée. "
        f"{between} Selon les auteurs, « tout était prévu »."
    )
    resolver = Resolver(text)
    both = ("Denis Robert", "Ernest Backes")
    pair = mention(text, "Denis Robert et Ernest Backes", MentionKind.NAME, conjuncts=both)
    assert (
        resolver.resolve(pair, before=text.index("la rançon était")).name == "Denis Robert et Ernest Backes"
    )
    assert _said(resolver, text, "les auteurs", MentionKind.DESCRIPTION, "« tout").name == name


def test_a_pronoun_for_a_group_takes_the_group_s_fullest_form() -> None:
    text = (
        "La famille de Weiming Zhao a été reçue. La famille conteste cette version. "
        "Pour elle, « la police a menti »."
    )
    speaker = _said(Resolver(text), text, "elle", MentionKind.PRONOUN, "« la police")
    assert speaker.name == "famille de Weiming Zhao"


def test_celle_ci_is_the_description_named_last_not_a_name_further_back() -> None:
    text = (
        "Le juge enquête sur la SOBA, une entreprise de travaux publics. Paul Martin est arrêté, "
        "alors que la gérante d'une entreprise de nettoyage disait vouloir lui remettre une somme. "
        "Celle-ci déclarera qu'il s'agissait d'une commission."
    )
    speaker = _said(Resolver(text), text, "Celle-ci", MentionKind.PRONOUN, "il s'agissait")
    assert speaker.name == "gérante d'une entreprise de nettoyage"
    assert speaker.resolved_by is ResolvedBy.ANTECEDENT


def test_celle_ci_after_a_description_of_no_field_gives_no_name() -> None:
    text = (
        "Marie Roux est partie tôt, Léa Morel aussi. La voisine est restée. "
        "Celle-ci a dit qu'elle avait tout vu."
    )
    speaker = _said(Resolver(text), text, "Celle-ci", MentionKind.PRONOUN, "elle avait")
    assert speaker.name is None


def test_l_interessee_is_an_anaphor_of_the_woman_the_text_is_about() -> None:
    text = (
        "La nageuse Léa Marchand a pris sa retraite lundi. Elle avait gagné trois titres. "
        "« Je n'ai aucun regret », a confié l'intéressée."
    )
    assert _said(Resolver(text), text, "l'intéressée", MentionKind.PRONOUN, "« Je").name == "Léa Marchand"


def test_the_monarch_is_the_king_the_text_named() -> None:
    text = (
        "Le roi de Valdorie, Othon IV, a renommé le pays. "
        "Le monarque a déclaré que ce nom était « hérité des Britanniques »."
    )
    assert _said(Resolver(text), text, "Le monarque", MentionKind.DESCRIPTION, "hérité").name == "Othon IV"


def test_a_role_apposed_to_a_name_ends_at_its_relative_clause() -> None:
    text = (
        "« Nous restons », a dit Paolo Bianchi, le chef de mission de l'ONG pour le Yémen qui "
        "estime que les frappes sont « délibérées »."
    )
    (person,) = [o for o in index_document(text).occurrences if o.name == "Paolo Bianchi"]
    assert person.title == "chef de mission de l'ONG pour le Yémen"
    role = "le chef de mission de l'ONG pour le Yémen"
    assert _said(Resolver(text), text, role, MentionKind.DESCRIPTION, "délibérées").name == "Paolo Bianchi"


@pytest.mark.parametrize(
    ("text", "name", "nationality"),
    [
        (
            "Le 9 mars, l'Allemand Konrad von Hallberg a été congédié.",
            "Konrad von Hallberg",
            "Allemand",
        ),
        ("En finale, elle affronte la Slovène Tina Trstenjak.", "Tina Trstenjak", "Slovène"),
        ("Elle a battu la Française Marie Dupont en finale.", "Marie Dupont", "Française"),
    ],
)
def test_a_nationality_before_a_name_is_no_part_of_it(text: str, name: str, nationality: str) -> None:
    (person,) = [o for o in index_document(text).occurrences if o.from_run]
    assert (person.name, person.title, person.kind) == (name, nationality, "person")
    assert person.gender == ("m" if nationality == "Allemand" else "f")


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Alexandra Martin a chanté hier soir. La chanteuse a confié « sa joie ».",
            "La chanteuse",
            "Alexandra Martin",
        ),
        # « la star », « la vedette »: a famous name of either sex, whatever the article says
        (
            "Paulo Mendes a chanté hier soir. La star brésilienne a confié « sa joie ».",
            "La star brésilienne",
            "Paulo Mendes",
        ),
        ("Léa Castel a annulé sa tournée. La vedette a confié « sa peine ».", "La vedette", "Léa Castel"),
        # an age after the role is no post named in full, which would bring in someone new
        (
            "Jan Novak a perdu le maillot jaune. Le coureur de 26 ans a confié « sa peine ».",
            "Le coureur de 26 ans",
            "Jan Novak",
        ),
    ],
)
def test_a_role_description_is_the_one_person_the_text_names(text: str, words: str, name: str) -> None:
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« sa")
    assert speaker.name == name
    assert speaker.resolved_by is ResolvedBy.SOLE_PERSON


HEADLINE = (
    "Karim Benali accueilli par le roi du Maroc\n\n"
    "Karim Benali, unique médaillé de l'équipe marocaine, sera accueilli par le roi du Maroc, Mohammed VI. "
    "À sa descente d'avion, le boxeur de 23 ans a dit « sa fierté »."
)


def test_a_role_description_nothing_else_resolves_is_the_person_of_the_headline() -> None:
    index = index_document(HEADLINE)
    assert "Maroc" not in [o.name for o in index.occurrences if o.kind == "person"]  # « du Maroc »
    speaker = _said(Resolver(HEADLINE), HEADLINE, "le boxeur de 23 ans", MentionKind.DESCRIPTION, "« sa")
    assert speaker.name == "Karim Benali"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (HEADLINE.replace("accueilli par le roi", "accueilli par Mohammed VI"), "le boxeur de 23 ans"),
        (HEADLINE.replace("le boxeur de 23 ans", "le ministre"), "le ministre"),
        (HEADLINE.replace("le boxeur de 23 ans", "la chanteuse"), "la chanteuse"),
    ],
    ids=["two people in the headline", "a role of another field", "another gender"],
)
def test_the_person_of_the_headline_only_when_nothing_argues_against_it(text: str, words: str) -> None:
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« sa")
    assert speaker.name != "Karim Benali"


def test_the_person_of_the_headline_the_text_gives_no_role_is_taken_up_by_one() -> None:
    # the text never says what Paul Roux is: « le directeur artistique » is the one person of its
    # headline, named in the body too (headline_person); given a role of another field, he is not
    text = (
        "Paul Roux à Lunel\n\nLe festival s'ouvre. « Quelle joie ! », se réjouit Paul Roux. "
        "« Soyons curieux », explique le directeur artistique."
    )
    found = headline_person(index_document(text), text.index("le directeur"), "directeur", "m")
    assert found is not None
    assert found.name == "Paul Roux"
    other = text.replace("Paul Roux. ", "Paul Roux, capitaine des pompiers. ")
    assert headline_person(index_document(other), other.index("le directeur"), "directeur", "m") is None


def test_without_a_headline_no_description_goes_to_its_person() -> None:
    # the first line ends in a full stop: a sentence, not a headline; the boxer is still Benali,
    # as the athlete the text just named, but not as the person of a headline
    text = HEADLINE.replace("\n\n", ". ")
    speaker = _said(Resolver(text), text, "le boxeur de 23 ans", MentionKind.DESCRIPTION, "« sa")
    assert (speaker.name, speaker.resolved_by) == ("Karim Benali", ResolvedBy.SALIENT)


def test_a_person_just_named_whose_role_fits_beats_the_person_of_the_headline() -> None:
    text = (
        "Thierry Vaugelas furieux après la défaite\n\n"
        "L'entraîneur de Castelbourg, Thierry Vaugelas, a critiqué l'arbitrage. "
        "Auteur des deux buts, Malik Sissoko se montrait plus mesuré. "
        "« On a fait une mauvaise première mi-temps », a estimé l'attaquant malien."
    )
    speaker = _said(Resolver(text), text, "l'attaquant malien", MentionKind.DESCRIPTION, "« On")
    assert speaker.name == "Malik Sissoko"


def test_a_title_of_nobility_goes_with_de_only() -> None:
    text = "Le comte de Hohenwald salua le roi des Belges."
    kinds = {o.name: o.kind for o in index_document(text).occurrences}
    assert kinds["Hohenwald"] == "person"
    assert kinds["Belges"] != "person"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Le sculpteur Ousmane Sow est mort jeudi. Sa mort a été annoncée à l'AFP par sa famille, "
            "qui a écrit « Il emporte ses rêves ».",
            "sa famille",
            "famille d'Ousmane Sow",
        ),
        (
            "Jean Dupont a été arrêté hier. Son avocat a dénoncé « une erreur ».",
            "Son avocat",
            "avocat de Jean Dupont",
        ),
        # no person to own them: the words stay
        (
            "Le décès a été annoncé à l'AFP par sa famille, qui a écrit « Il emporte ses rêves ».",
            "sa famille",
            "sa famille",
        ),
        # « ses » with a role is one of several (« une de ses tantes »): the words stay
        ("Jean Dupont a été arrêté hier. Ses tantes ont dénoncé « une erreur ».", "Ses tantes", "Ses tantes"),
    ],
    ids=["family of the person named before", "lawyer", "only an organisation before", "one of several"],
)
def test_a_possessive_description_is_named_after_its_owner(text: str, words: str, name: str) -> None:
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« ")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the body « son » takes up chairs under its president, named with its article
        (
            "Le député Paul Roux a critiqué le projet.\n\nL'Autorité de sûreté rendra son avis en mai. "
            "Son président a rappelé « la règle ».",
            "président de l'Autorité de sûreté",
        ),
        # a person chairs nothing of theirs: no president of a person
        ("Le député Paul Roux a critiqué le projet. Son président a rappelé « la règle ».", "Son président"),
    ],
    ids=["a body before", "a person before"],
)
def test_son_president_is_the_president_of_the_body_son_takes_up(text: str, name: str) -> None:
    speaker = _said(Resolver(text), text, "Son président", MentionKind.DESCRIPTION, "« ")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("title", "words", "name"),
    [
        # the body of that kind the owner's title names, after its noun or opening on one of its kind
        ("la présidente du premier syndicat de kinés SN Santé", "son syndicat", "SN Santé"),
        ("présidente du Rassemblement des Verts", "son parti", "Rassemblement des Verts"),
        # must not: a title that names no body of the kind leaves the words
        ("maire de Valmont", "son parti", "parti"),
    ],
)
def test_a_possessive_body_is_the_one_its_owner_s_title_names(title: str, words: str, name: str) -> None:
    text = f"Anne Roux, {title}, a dénoncé « la réforme ». « Nous voterons contre », a indiqué {words}."
    resolver = Resolver(text)
    assert _said(resolver, text, "Anne Roux", MentionKind.NAME, "« la").name == "Anne Roux"
    assert _said(resolver, text, words, MentionKind.DESCRIPTION, "« Nous").name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le ministère indique que la réforme est nécessaire.", "ministère"),
        ("Le syndicat considère que la réforme est une provocation.", "syndicat"),
        (
            "Le ministère américain des Affaires étrangères a réagi.",
            "ministère américain des Affaires étrangères",
        ),
    ],
    ids=["indique", "considère (an adjective's ending)", "a real adjective"],
)
def test_an_organisation_name_stops_at_the_speech_verb_after_it(text: str, name: str) -> None:
    assert [o.name for o in index_document(text).occurrences if o.kind == "organisation"] == [name]


def test_an_indefinite_description_brings_in_someone_new() -> None:
    text = "Le ministre Jean Dupont est arrivé hier. Un ministre a confié « sa colère »."
    speaker = _said(Resolver(text), text, "Un ministre", MentionKind.DESCRIPTION, "« sa")
    assert speaker.name == "ministre"
    definite = text.replace("Un ministre", "Le ministre")
    assert (
        _said(Resolver(definite), definite, "Le ministre", MentionKind.DESCRIPTION, "« sa", nth=1).name
        == "Jean Dupont"
    )


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        ("La famille de la victime conteste cette version. Elle affirme « une bavure ».", "Elle", "famille"),
        ("Le collectif ouvre les barrages. Il précise « jusqu'à nouvel ordre ».", "Il", "collectif"),
        # a named organisation before the bare noun is what « il » stands for
        (
            "Le groupe Airbus publie ses comptes. Le groupe aéronautique a reçu une amende. "
            "Il rappelle « une enquête ».",
            "Il",
            "Airbus",
        ),
        # « les témoins » is no « elle »
        ("Les témoins ont fui. Elle affirme « une bavure ».", "Elle", None),
    ],
    ids=["a singular collective", "a bare organisation noun", "the named organisation first", "no plural"],
)
def test_a_pronoun_takes_up_a_collective_or_a_bare_organisation_noun(
    text: str, pronoun: str, name: str | None
) -> None:
    speaker = _said(Resolver(text), text, pronoun, MentionKind.PRONOUN, "« ")
    assert speaker.name == name


# --- a chain of subject pronouns keeps its referent ------------------------------------------

CHAIN = (
    "En demi-finale, la Française Claire Dumont s'est retrouvée face à la Croate Tina Kovač. "
    "Après deux assauts, la championne a tenté une attaque sur Kovač, mais elle a reculé. "
    "Elle a laissé la victoire à la Croate. "
    "« J'ai vu une ouverture », a-t-elle expliqué."
)


def test_subject_pronouns_of_the_narration_are_indexed() -> None:
    text = "Il faut partir. Avec elle, il parle. Elle répond, « elle ment », dit-elle."
    pronouns = [(text[p.start : p.start + 8], p.gender) for p in index_document(text).pronouns]
    # not the impersonal « il faut », the stressed « avec elle », nor the quoted « elle »
    assert pronouns == [("il parle", "m"), ("Elle rép", "f"), ("dit-elle", "f")]


def test_a_name_after_a_nationality_after_a_preposition_is_no_subject() -> None:
    (kovac,) = [o for o in index_document(CHAIN).occurrences if o.name == "Tina Kovač"]
    assert not kovac.subject


def test_a_pronoun_chain_passes_over_the_objects_named_inside_it() -> None:
    # « elle … elle … a-t-elle »: the Française, not Kovač named as an object in between
    speaker = _said(Resolver(CHAIN), CHAIN, "-elle", MentionKind.PRONOUN, "« J'ai")
    assert speaker.name == "Claire Dumont"
    index = index_document(CHAIN)
    assert chain_start(index, CHAIN.index("« J'ai"), "f", "s") == CHAIN.index("elle a reculé")


def test_a_new_subject_breaks_the_chain() -> None:
    text = CHAIN.replace("Elle a laissé", "Kovač a gagné. Elle a laissé")
    index = index_document(text)
    assert chain_start(index, text.index("« J'ai"), "f", "s") == text.index("Elle a laissé")
    speaker = _said(Resolver(text), text, "-elle", MentionKind.PRONOUN, "« J'ai")
    assert speaker.name == "Tina Kovač"


def test_the_parse_subject_reaches_a_name_set_beside_the_subject_noun() -> None:
    # the parser made « Française » the subject and hung the name on it
    text = "La Française Claire Dumont a gagné."
    doc = parse(
        text,
        """
        La le DET 1 det
        Française Française PROPN 5 nsubj
        Claire Claire PROPN 1 appos
        Dumont Dumont PROPN 2 flat:name
        a avoir AUX 5 aux:tense
        gagné gagner VERB -1 root VerbForm=Part
        . . PUNCT 5 punct
        """,
    )
    (claire,) = [o for o in index_document(text, doc).occurrences if o.name == "Claire Dumont"]
    assert claire.subject


def test_the_noun_phrase_before_a_subjectless_verb_is_its_subject() -> None:
    # the parser hung the subject on the noun before the comma, leaving the verb no subject
    text = "Après un tournoi, la Française Claire Dumont s'est trouvée en finale."
    doc = parse(
        text,
        """
        Après après ADP 10 mark
        un un DET 2 det
        tournoi tournoi NOUN 0 obj
        , , PUNCT 2 punct
        la le DET 5 det
        Française Française PROPN 2 appos
        Claire Claire PROPN 5 appos
        Dumont Dumont PROPN 6 flat:name
        s' se PRON 10 expl:comp
        est être AUX 10 aux:tense
        trouvée trouver VERB -1 root VerbForm=Part
        en en ADP 12 case
        finale finale NOUN 10 obl:mod
        . . PUNCT 10 punct
        """,
    )
    (claire,) = [o for o in index_document(text, doc).occurrences if o.name == "Claire Dumont"]
    assert claire.subject
    # a complement with its own preposition stays no subject
    text = "Le porte-parole de Paul Lenoir a parlé."
    doc = parse(
        text,
        """
        Le le DET 1 det
        porte-parole porte-parole NOUN 6 nsubj
        de de ADP 3 case
        Paul Paul PROPN 1 nmod
        Lenoir Lenoir PROPN 3 flat:name
        a avoir AUX 6 aux:tense
        parlé parler VERB -1 root VerbForm=Part
        . . PUNCT 6 punct
        """,
    )
    (paul,) = [o for o in index_document(text, doc).occurrences if o.name == "Paul Lenoir"]
    assert not paul.subject


# --- a definite role description takes up the person just named -----------------------------


@pytest.mark.parametrize(
    ("text", "description", "name"),
    [
        # the scorer, then « le buteur »: a role of the same field
        (
            "Le club a égalisé par son capitaine, Romain Lefèvre. « J'ai frappé », a raconté le buteur.",
            "le buteur",
            "Romain Lefèvre",
        ),
        # a person given no role (a nationality only) may be « le technicien »
        (
            "Le Serbe Dragan Petrović ne cherchait pas d'excuses. "
            "« Nous avons mal joué », a reconnu le technicien.",
            "le technicien",
            "Dragan Petrović",
        ),
        # the person the sentence before is about
        (
            "Laure Bastide a été élue dimanche. La nouvelle députée a promis « du travail ».",
            "La nouvelle députée",
            "Laure Bastide",
        ),
        # a person of another field is no one's « ministre »
        (
            "Le procureur Paul Roux a requis dix ans. « La loi est claire », a dit le ministre.",
            "le ministre",
            "ministre",
        ),
        # too far back: three sentences
        (
            "Le capitaine Romain Lefèvre a marqué. Le match a repris. La pluie tombait. La foule criait. "
            "« J'ai frappé », a raconté le buteur.",
            "le buteur",
            "buteur",
        ),
        # two people in the same place: no telling which one
        (
            "Le capitaine Romain Lefèvre et l'ailier Paul Dufour ont marqué. "
            "« J'ai frappé », a raconté le buteur.",
            "le buteur",
            "buteur",
        ),
        # the spokesman speaks for the one just named, and is someone else
        (
            "« Nous signerons », a déclaré Jean Dupont. « Le texte est prêt », a ajouté le porte-parole.",
            "le porte-parole",
            "porte-parole",
        ),
    ],
    ids=["same field", "no role given", "sentence before", "another field", "too far", "two people", "proxy"],
)
def test_a_definite_description_takes_up_the_person_just_named(
    text: str, description: str, name: str
) -> None:
    resolver = Resolver(text)
    if "a déclaré Jean Dupont" in text:  # the previous quote is said first
        _said(resolver, text, "Jean Dupont", MentionKind.NAME, "« ")
    span = find(text, description)
    speaker = resolver.resolve(Mention(span, span, MentionKind.DESCRIPTION), before=text.rindex("« "))
    assert speaker.name == name


def test_a_definite_description_takes_up_the_previous_speaker() -> None:
    text = (
        "La préfète Anne Roux a proclamé les résultats. « Je suis heureuse », a lancé Laure Bastide. "
        "La nouvelle députée a promis « du travail »."
    )
    resolver = Resolver(text)
    assert _said(resolver, text, "Laure Bastide", MentionKind.NAME, "« Je").name == "Laure Bastide"
    span = find(text, "La nouvelle députée")
    speaker = resolver.resolve(Mention(span, span, MentionKind.DESCRIPTION), before=text.rindex("« "))
    assert (speaker.name, speaker.resolved_by) == ("Laure Bastide", ResolvedBy.SALIENT)


@pytest.mark.parametrize(
    ("text", "description", "name"),
    [
        # the indefinite phrase with the same head noun that brought the source in
        (
            "D'après une source diplomatique européenne, les postes étaient économiques. "
            "« Personne ne s'attend à un apaisement », a confié cette source.",
            "cette source",
            "source diplomatique européenne",
        ),
        (
            "D'après une source proche de l'enquête, les véhicules avaient été volés. "
            "« Il y a eu des fuites », estime cette même source.",
            "cette même source",
            "source proche de l'enquête",
        ),
        # no such phrase: the person just named, whatever the role
        (
            "Luc Vermeulen, 71 ans, a du mal à parler. « Tout s'est renversé », raconte ce retraité de Gand.",
            "ce retraité de Gand",
            "Luc Vermeulen",
        ),
        # a witness named by a given name alone is the person just named too
        (
            "Karim attend sur un banc. « Plus rien ne tient debout », souffle ce quadragénaire.",
            "ce quadragénaire",
            "Karim",
        ),
        # a general noun repeats no description, but the demonstrative still takes up the one
        # person just named; with two, no guess
        ("Luc Vermeulen est arrivé. « Partez », dit cet homme.", "cet homme", "Luc Vermeulen"),
        (
            "Luc Vermeulen et Marc Aubry sont arrivés. « Partez », dit cet homme.",
            "cet homme",
            "cet homme",
        ),
        (
            "Une femme est venue. Anne Roux l'a reçue. « Partez », dit cette femme de 72 ans.",
            "cette femme de 72 ans",
            "Anne Roux",
        ),
        # a parent by what they are is a person described, not someone's parent
        (
            "Luc Vermeulen a vu les flammes. « J'ai appelé les pompiers », explique ce père de famille.",
            "ce père de famille",
            "Luc Vermeulen",
        ),
        (
            "Anne Roux habite le quartier. « On ne dort plus », confie cette mère de trois enfants.",
            "cette mère de trois enfants",
            "Anne Roux",
        ),
        # must not: « ce père » is someone's father
        ("Luc Vermeulen et son fils sont arrivés. « Partez », dit ce père.", "ce père", "ce père"),
    ],
    ids=[
        "indefinite phrase",
        "même",
        "person just named",
        "given name alone",
        "general noun",
        "general noun, two named",
        "general noun, no phrase repeated",
        "père de famille",
        "mère de",
        "père",
    ],
)
def test_a_demonstrative_takes_up_what_the_text_just_mentioned(
    text: str, description: str, name: str
) -> None:
    span = find(text, description)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DESCRIPTION), before=text.rindex("« "))
    assert speaker.name == name


def test_a_demonstrative_takes_up_the_source_quoted_with_its_noun_in_full() -> None:
    # the source just quoted, as resolved, not the written phrase cut after five words
    text = (
        "« Trois blessés », a indiqué une source demandant l'anonymat à la clinique du port de la ville. "
        "« Ils sont stables », a ajouté cette source."
    )
    resolver = Resolver(text)
    first = _said(
        resolver,
        text,
        "une source demandant l'anonymat à la clinique du port de la ville",
        MentionKind.DESCRIPTION,
        "« Trois",
    )
    speaker = _said(resolver, text, "cette source", MentionKind.DESCRIPTION, "« Ils")
    assert speaker.name == first.name


def test_a_description_taken_up_is_not_cut_after_an_article() -> None:
    # no source quoted: the written phrase, cut after five words, never ends on « à l' »
    text = (
        "Selon une source demandant l'anonymat à l'hôpital du port, trois blessés. "
        "« Ils sont stables », a ajouté cette source."
    )
    span = find(text, "cette source")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DESCRIPTION), before=text.rindex("« "))
    assert speaker.name == "source demandant l'anonymat"


def test_a_nationality_describes_the_person_the_text_gave_it() -> None:
    text = (
        "Lauréate en 21 s 88, la Jamaïcaine Shanice Whitfield a devancé la Française Awa Diallo. "
        "Le public a applaudi. « C'était la course de ma vie », a simplement dit la Jamaïcaine."
    )
    span = find(text, "la Jamaïcaine", nth=1)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.NAME), before=text.rindex("« "))
    # not a name « Jamaïcaine », nor the Française named after her
    assert (speaker.name, speaker.resolved_by) == ("Shanice Whitfield", ResolvedBy.SALIENT)


@pytest.mark.parametrize("nationality", ["l'Uruguayen", "le Burkinabé", "le Cambodgien"])
def test_a_nationality_alone_takes_up_the_person_just_named(nationality: str) -> None:
    text = (
        "Pablo Correa portera encore le maillot du club. Il a signé hier un nouveau contrat. "
        f"« J'aurai peut-être encore envie de jouer », a lancé {nationality}."
    )
    speaker = _said(Resolver(text), text, nationality, MentionKind.NAME, "« J'aurai")
    assert (speaker.name, speaker.resolved_by) == ("Pablo Correa", ResolvedBy.SALIENT)


def test_a_generic_acronym_alone_is_no_name() -> None:
    # « l'ONG » takes up the organisation just named
    text = "L'association Greenpeace a dénoncé le projet. « C'est une catastrophe », fustige l'ONG."
    speaker = _said(Resolver(text), text, "l'ONG", MentionKind.NAME, "« C'est")
    assert (speaker.name, speaker.resolved_by) == ("Greenpeace", ResolvedBy.ORGANISATION)
    # with none named, it stays as written, and says it is only words
    text = "Le projet a été dénoncé. « C'est une catastrophe », fustige l'ONG."
    speaker = _said(Resolver(text), text, "l'ONG", MentionKind.NAME, "« C'est")
    assert (speaker.name, speaker.resolved_by) == ("ONG", ResolvedBy.WORDS)


def test_a_national_body_is_no_anaphor_of_the_organisation_named_before() -> None:
    text = (
        "L'ONG Mer Commune a dénoncé l'accord. « C'est un échec », a-t-elle dit. "
        "La délégation chinoise a salué « un esprit constructif »."
    )
    speaker = _said(Resolver(text), text, "La délégation chinoise", MentionKind.DESCRIPTION, "« un esprit")
    assert speaker.name == "délégation chinoise"  # not the NGO


@pytest.mark.parametrize(
    ("text", "description", "name"),
    [
        # someone new, told apart by the relative or participle closing the incise
        (
            "« Tout a brûlé », témoigne un lycéen qui a pu se mettre à l'abri.",
            "un lycéen",
            "lycéen qui a pu se mettre à l'abri",
        ),
        (
            "« On a eu peur », raconte un gendarme ayant participé à l'opération.",
            "un gendarme",
            "gendarme ayant participé à l'opération",
        ),
        # an adjective of where they were: « présent dans la cour »
        (
            "« On a entendu un choc », raconte un surveillant présent dans la cour.",
            "un surveillant",
            "surveillant présent dans la cour",
        ),
        (
            "« On a senti une secousse », a raconté un passager joint par téléphone.",
            "un passager",
            "passager joint par téléphone",
        ),
        # « en » and a bare noun: what they are in (« en licence », « en poste »)
        (
            "« J'arrête en juin », a témoigné une étudiante en licence de droit, pancarte à la main.",
            "une étudiante",
            "étudiante en licence de droit",
        ),
        # « en » opening where or how the words were said is the verb's
        ("« Il faut agir », a déclaré un responsable en marge du sommet.", "un responsable", "responsable"),
        # and before whom they were said
        ("« Nous tiendrons », a affirmé un gendarme en présence des élus.", "un gendarme", "gendarme"),
        # and « en » with a participle in -ant is a gerund: how the verb was done
        ("« Sortez vite », crie un pompier en arpentant le quai.", "un pompier", "pompier"),
        # a preposition in -ant is no participle: « devant un tableau » says where, not who
        (
            "« On nous a prévenus par SMS », racontait une voyageuse devant un tableau d'affichage.",
            "une voyageuse",
            "voyageuse",
        ),
        # nor are a conjunction or a day that end as a participle in -i or -is
        (
            "« Un accord est trouvé », a confirmé un porte-parole tandis que les otages sortent.",
            "un porte-parole",
            "porte-parole",
        ),
        ("« Tout est prêt », a affirmé une élue mardi soir.", "une élue", "élue"),
        # a relative set off by a comma says something more, not who: it stays out
        ("« Il faut agir », a déclaré un témoin, qui a requis l'anonymat.", "un témoin", "témoin"),
        # and so does one an aside cuts before what its verb wants
        (
            "« On tiendra », a dit une infirmière en poste qui a souhaité, comme sa collègue, taire son nom.",
            "une infirmière",
            "infirmière en poste",
        ),
        # but a participle alone before that comma is part of who they are
        (
            "« On l'a appris par un mail », raconte une développeuse licenciée, qui souhaite rester anonyme.",
            "une développeuse",
            "développeuse licenciée",
        ),
        # before the quote, the words after the noun are its verb (« confie »)
        (
            "Une proche de la famille confie ainsi à la presse : « Nous étions inquiets. »",
            "Une proche de la famille",
            "proche de la famille",
        ),
        # the subject before its verb: its participle and what hangs on it, up to that verb
        (
            "Un bénévole posté au 31e kilomètre affirme n'avoir vu « aucune ambulance ».",
            "Un bénévole",
            "bénévole posté au 31e kilomètre",
        ),
        (
            "Des manifestants réunis devant la mairie ont dénoncé « une trahison ».",
            "Des manifestants",
            "manifestants réunis devant la mairie",
        ),
        # the verb before a colon set off by a narrow no-break space, as typesetters do
        (
            "Un technicien employé depuis vingt ans résumait\u202f: « Tout le monde a un parent ici. »",
            "Un technicien",
            "technicien employé depuis vingt ans",
        ),
        # a participle of a speech verb is no verb of the sentence (« interrogés »)
        (
            "D'après plusieurs cheminots interrogés sur place, « le ballast avait bougé ».",
            "plusieurs cheminots",
            "plusieurs cheminots interrogés sur place",
        ),
        # an adjective of origin in -ois is no participle: what follows it is the verb's
        (
            "« On s'est fait voler », lâchait un supporteur montrevelois à la sortie du stade.",
            "un supporteur",
            "supporteur montrevelois",
        ),
        # but a participle after it still tells them apart
        (
            "« Personne ne bouge », raconte un journaliste anglais joint par téléphone.",
            "un journaliste",
            "journaliste anglais joint par téléphone",
        ),
        # an adverb that ends like one is not where they come from
        ("« Personne ne bouge », raconte un habitant toutefois.", "un habitant", "habitant"),
        # a relative before the subject's verb keeps its own verb, up to the speech verb
        (
            "Un voisin qui a requis l'anonymat raconte avoir entendu « des craquements ».",
            "Un voisin",
            "voisin qui a requis l'anonymat",
        ),
        (
            "Un passager qui ne veut pas être nommé décrit une « panique générale ».",
            "Un passager",
            "passager qui ne veut pas être nommé",
        ),
        # unless that verb is the speech verb itself: the relative tells nothing else
        ("Un témoin qui raconte la scène affirme : « Le bruit venait d'en dessous. »", "Un témoin", "témoin"),
    ],
    ids=[
        "relative",
        "participle",
        "adjective of place",
        "participle in -t",
        "en",
        "adverbial",
        "before whom",
        "gerund",
        "preposition in -ant",
        "conjunction in -is",
        "day in -i",
        "comma",
        "relative cut by an aside",
        "lone participle",
        "verb",
        "subject's participle",
        "subject's participle, auxiliary",
        "subject's participle, narrow space",
        "speech participle",
        "origin",
        "origin, participle",
        "adverb in -ois",
        "relative, auxiliary",
        "relative, negation",
        "relative, speech verb",
    ],
)
def test_an_indefinite_source_keeps_what_tells_it_apart(text: str, description: str, name: str) -> None:
    speaker = _said(Resolver(text), text, description, MentionKind.DESCRIPTION, "« ")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "document", "name"),
    [
        (
            "Selon un rapport accompagnant le budget, « trois cents dossiers sont ouverts ».",
            "un rapport",
            "rapport accompagnant le budget",
        ),
        (
            "« Le chômage recule », selon une étude réalisée auprès de mille foyers.",
            "une étude",
            "étude réalisée auprès de mille foyers",
        ),
        # a statement the text has named before is taken up as it is
        (
            "Le rapport a été publié. « Le chômage recule », indique le rapport.",
            "le rapport",
            "rapport",
        ),
        # a name tells the statement apart: no participle needed
        (
            "« Le chômage recule », selon un sondage Odoxa réalisé jeudi.",
            "un sondage Odoxa",
            "sondage Odoxa",
        ),
    ],
    ids=["selon", "after the quote", "definite", "named"],
)
def test_a_new_statement_keeps_what_tells_it_apart(text: str, document: str, name: str) -> None:
    speaker = _said(Resolver(text), text, document, MentionKind.DOCUMENT, "« ", nth=text.count(document) - 1)
    assert speaker.name == name


def test_the_agent_named_in_a_description_is_not_its_speaker() -> None:
    text = "Un porte-parole désigné par Paul Roux a déclaré : « La situation est calme. »"
    speaker = _said(Resolver(text), text, "Un porte-parole désigné par Paul Roux", MentionKind.NAME, "« La")
    assert speaker.name == "porte-parole désigné par Paul Roux"
    assert speaker.resolved_by is ResolvedBy.WORDS


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # after « selon » the whole phrase up to the comma tells the source apart
        (
            "Selon les policiers qui l'ont interpellé, l'homme « était armé ».",
            "les policiers",
            "policiers qui l'ont interpellé",
        ),
        (
            "Selon des habitants vivant près du site, le feu « a tout pris ».",
            "des habitants",
            "habitants vivant près du site",
        ),
        # not elsewhere: a definite subject keeps its words, its relative is the sentence's
        ("Les policiers qui l'ont interpellé ont dit qu'il « était armé ».", "Les policiers", "policiers"),
        # a number is no participle, whatever its ending: « trois » opens the clause's next phrase
        ("L'accident aurait fait selon les secours trois « blessés graves ».", "les secours", "secours"),
    ],
)
def test_a_source_after_selon_keeps_its_relative_or_participle(text: str, words: str, name: str) -> None:
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "«")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Le maire de Beaulieu, Paul Roux, a été entendu par les juges. Son avocat a parlé de complot. "
            "Le soir, « je reste à mon poste », a écrit l'édile.",
            "l'édile",
            "Paul Roux",
        ),
        (
            "La directrice générale de la banque, Anne Morel, a présenté le plan. Les syndicats ont refusé. "
            "« Chaque départ sera discuté », a assuré la patronne de la banque.",
            "la patronne de la banque",
            "Anne Morel",
        ),
        # no mayor named, only a prosecutor: « l'édile » stays a description
        (
            "Le procureur Paul Roux a requis un an. « Je reste à mon poste », a écrit l'édile.",
            "l'édile",
            "édile",
        ),
    ],
)
def test_a_news_style_word_takes_up_the_title_it_stands_for(text: str, words: str, name: str) -> None:
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "«")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Le metteur en scène allemand Lukas Brenner assume ce choix.", "Lukas Brenner",
         "metteur en scène allemand"),
        ("Le rédacteur en chef du journal, Marc Duval, a démissionné.", "Marc Duval",
         "rédacteur en chef du journal"),
        # any other « en » still breaks a title: « en mission » is no part of the role
        ("Le médecin en mission, Marc Duval, a témoigné.", "Marc Duval", None),
    ],
)  # fmt: skip
def test_a_role_written_with_en_is_one_title(text: str, name: str, title: str | None) -> None:
    titles = {o.name: o.title for o in index_document(text).occurrences if o.from_run}
    assert titles[name] == title


def test_the_director_takes_up_the_name_titled_metteur_en_scene() -> None:
    text = (
        "Le metteur en scène allemand Lukas Brenner assume ce choix. Le critique Paul Darcel "
        "n'aime pas. « Un opéra n'est pas un musée », a répondu le metteur en scène."
    )
    speaker = _said(Resolver(text), text, "le metteur en scène", MentionKind.DESCRIPTION, "«")
    assert speaker.name == "Lukas Brenner"


def test_initials_in_brackets_belong_to_the_title_before_a_name() -> None:
    text = (
        "À ses côtés, la secrétaire générale de l'Union des enseignants du primaire (UEP), Karima "
        "Benali, a appelé à la grève. Elle a averti que le mouvement pourrait « se durcir »."
    )
    titles = {o.name: (o.kind, o.title, o.gender) for o in index_document(text).occurrences if o.from_run}
    assert titles["Karima Benali"] == (
        "person",
        "secrétaire générale de l'Union des enseignants du primaire (UEP)",
        "f",
    )
    assert _said(Resolver(text), text, "Elle", MentionKind.PRONOUN, "«").name == "Karima Benali"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # the role completes a noun that names no one: the name is the role's
        (
            "Le club a annoncé le départ de son entraîneur principal, Patrice Vialard, lundi.",
            "Patrice Vialard",
            "entraîneur principal",
        ),
        ("Le film, réalisé par le cinéaste belge Marc Delvaux, a gagné.", "Marc Delvaux", "cinéaste belge"),
        # the article fused with « de » opens the name's role too
        (
            "« Lumière », film du réalisateur malien Paul Diarra, a gagné.",
            "Paul Diarra",
            "réalisateur malien",
        ),
        ("Le prix du jeune réalisateur Paul Diarra a surpris.", "Paul Diarra", "jeune réalisateur"),
        # must not: a person noun before « de » keeps the title it heads
        (
            "Elle a reçu l'épouse de l'ancien ministre, Anne Vidal, samedi.",
            "Anne Vidal",
            "épouse de l'ancien ministre",
        ),
        # nor does a role noun, the whole phrase set off by a comma (with no comma, « le film du
        # réalisateur Paul Diarra », the fused article opens the name's own role): the lawyer
        ("Selon l'avocat du maire, Paul Roux, le maire est innocent.", "Paul Roux", "avocat du maire"),
        ("Selon l'avocat du maire, Me Paul Roux, le maire est innocent.", "Me Paul Roux", "avocat du maire"),
    ],
)
def test_a_role_after_de_titles_the_name_when_the_noun_it_completes_is_no_role(
    text: str, name: str, title: str
) -> None:
    [found] = [o for o in index_document(text).occurrences if o.name == name]
    assert (found.kind, found.title) == ("person", title)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the parser cut the phrase after the first word of the company's name
        (
            "« Nous créerons mille postes », a déclaré le patron de Horlogia Group Paul Vernier.",
            "Paul Vernier",
        ),
        # a clause between: no title runs on
        (
            "« Nous créerons mille postes », a déclaré le patron de Horlogia. Paul Vernier a souri.",
            "patron de Horlogia",
        ),
    ],
    ids=["run on", "another sentence"],
)
def test_a_description_cut_short_is_the_person_its_title_runs_on_to(text: str, name: str) -> None:
    assert _said(Resolver(text), text, "le patron de Horlogia", MentionKind.DESCRIPTION, "« ").name == name


@pytest.mark.parametrize(
    ("after", "name"),
    [
        # the next quote's incise names the holder, bare, as someone the reader knows
        ("« Ce serait une bonne chose », a déclaré Marc Dumas.", "Marc Dumas"),
        # a role of their own: someone else
        (
            "« Ce serait une bonne chose », a déclaré Marc Dumas, porte-parole du syndicat.",
            "ministre de la Culture",
        ),
        # named before the post: not its holder brought in
        ("« Ce serait une bonne chose », a déclaré Paul Vernier.", "ministre de la Culture"),
        # a woman: not « le ministre »
        ("« Ce serait une bonne chose », a déclaré Julie Vasseur.", "ministre de la Culture"),
        # the subject of a speech verb, the sentence after
        ("Marc Dumas a déploré la grève.", "Marc Dumas"),
        # the subject of a verb that reports nothing
        ("Marc Dumas a quitté la salle.", "ministre de la Culture"),
        # an incise the writer set off with no comma
        ("« Ce serait une bonne chose » a déclaré Marc Dumas.", "Marc Dumas"),
        # the first one named speaking is a name of no known kind: no telling it is not the holder
        (
            "« Ce serait une bonne chose » assure Marc-Henri-Dumas, rappelant que Paul Nérac a promis "
            "des moyens.",
            "ministre de la Culture",
        ),
    ],
    ids=[
        "bare",
        "titled otherwise",
        "named before",
        "gender",
        "speaks",
        "does not speak",
        "no comma",
        "a name of no kind first",
    ],
)
def test_an_office_is_held_by_the_one_the_next_incise_names_bare(after: str, name: str) -> None:
    text = (
        "Paul Vernier affirme que la négociation avance.\n\n"
        "Le ministre de la Culture dit avoir « bon espoir » que le festival aura lieu.\n\n" + after
    )
    speaker = _said(
        Resolver(text), text, "Le ministre de la Culture", MentionKind.DESCRIPTION, "« bon espoir"
    )
    assert speaker.name == name


@pytest.mark.parametrize(
    ("middle", "name"),
    [
        # the pronouns that take the post up keep it present up to the name
        ("Les agents seront formés, a-t-il dit. Il veut aussi plus de patrouilles. ", "Marc Dumas"),
        # must not: past the reach with no pronoun of its own between, someone else may be meant
        ("Les agents seront formés. Les maires attendent. Le budget suit. ", "ministre"),
    ],
    ids=["pronouns", "no pronoun"],
)
def test_the_pronouns_taking_up_an_office_carry_it_to_the_name_that_follows(middle: str, name: str) -> None:
    text = (
        "« Les caméras protègent les écoles », a assuré le ministre. "
        f"{middle}"
        "« Ce n'est pas pour surveiller », a souligné Marc Dumas."
    )
    speaker = _said(Resolver(text), text, "le ministre", MentionKind.DESCRIPTION, "« Les caméras")
    assert speaker.name == name


def test_the_director_titled_after_du_is_taken_up_as_the_director() -> None:
    text = (
        "« Lumière », film du réalisateur malien Paul Diarra, collectionne les prix. L'acteur "
        "principal, Moussa Keita, a reçu le sien. « Le cinéma est en danger », a ajouté le réalisateur."
    )
    speaker = _said(Resolver(text), text, "le réalisateur", MentionKind.DESCRIPTION, "« Le cinéma")
    assert (speaker.name, speaker.resolved_by) == ("Paul Diarra", ResolvedBy.ROLE)


def test_the_coach_named_in_a_complement_is_taken_up_as_the_coach() -> None:
    text = (
        "Le club a annoncé le départ de son entraîneur principal, Patrice Vialard. « Nous ne "
        "pouvions plus attendre », a expliqué le président du club, Jean-Marc Delbos. "
        "L'entraîneur s'est dit « déçu mais pas surpris »."
    )
    speaker = _said(Resolver(text), text, "L'entraîneur", MentionKind.DESCRIPTION, "« déçu")
    assert (speaker.name, speaker.resolved_by) == ("Patrice Vialard", ResolvedBy.ROLE)


@pytest.mark.parametrize(
    ("opening", "description", "name"),
    [
        (
            "La Fédération nationale de la pêche a porté plainte.",
            "la fédération",
            "Fédération nationale de la pêche",
        ),
        # a longer phrase without a name is another description, maybe another body
        (
            "La fédération de la pêche des eaux douces a porté plainte.",
            "la fédération de la pêche",
            "fédération de la pêche",
        ),
        # a name of several words no given name opens is an organisation's
        ("Orbis Studios a annoncé des suppressions de postes.", "le groupe", "Orbis Studios"),
        # a name a given name opens is a person's: no group behind « le groupe »
        ("Jean Morel a annoncé des suppressions de postes.", "le groupe", "groupe"),
    ],
)
def test_an_organisation_description_is_taken_up_only_by_a_name(
    opening: str, description: str, name: str
) -> None:
    text = f"{opening} « Nous irons jusqu'au bout », a indiqué {description}."
    speaker = _said(Resolver(text), text, description, MentionKind.DESCRIPTION, "«")
    assert speaker.name == name


def test_a_role_of_the_internet_age_titles_the_name_after_it() -> None:
    text = "Mardi, la YouTubeuse Lenka, suivie sur Instagram, a réagi. Elle refuse de répondre."
    titles = {o.name: (o.kind, o.title) for o in index_document(text).occurrences if o.from_run}
    assert titles["Lenka"] == ("person", "YouTubeuse")


def test_a_title_cut_from_its_apposed_name_is_no_party_of_its_own() -> None:
    words = "La directrice, Anne Roux, et la présidente du syndicat (SIP), Marie Duval"
    text = f"{words}, ont affirmé que « la grève continuerait »."
    conjuncts = ("La directrice, Anne Roux", "la présidente du syndicat (SIP", "Marie Duval")
    found = mention(text, words, MentionKind.NAME, conjuncts=conjuncts)
    assert Resolver(text).resolve(found, before=text.index("«")).name == "Anne Roux et Marie Duval"


def test_a_description_matches_the_apposition_after_a_titled_name() -> None:
    text = (
        "« Le vaccin protège », a affirmé le professeur Paul Roux, infectiologue et coordinateur de "
        "l'essai. Le président du laboratoire, Jean Morel, a annoncé une demande d'autorisation. "
        "Le coordinateur de l'essai s'est montré prudent : « Il ne faut pas brûler les étapes. »"
    )
    speaker = _said(Resolver(text), text, "Le coordinateur de l'essai", MentionKind.DESCRIPTION, "« Il")
    assert speaker.name == "Paul Roux"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "La préfète du Tarn, Agnès Rivière, est venue. La maire, Josiane Fabre, a parlé. "
            "« Nous ferons vite », lui a répondu la représentante de l'État.",
            "la représentante de l'État",
            "Agnès Rivière",
        ),
        (
            "Le président Marc Vidal a reçu le ministre Paul Roux. « Rien n'est décidé », a dit "
            "le locataire de l'Élysée.",
            "le locataire de l'Élysée",
            "Marc Vidal",
        ),
    ],
)
def test_a_periphrasis_takes_up_the_title_it_stands_for(text: str, words: str, name: str) -> None:
    assert _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "«").name == name


@pytest.mark.parametrize(
    "text",
    [
        "La société Rail Nord a indiqué dans un communiqué avoir « pris acte » du rapport.",
        "Selon la société Rail Nord, le communiqué précise que « rien n'a changé ».",
    ],
)
def test_a_statement_s_description_ends_before_a_verb(text: str) -> None:
    documents = [o.name for o in index_document(text).occurrences if o.kind == "document"]
    assert documents[0] in {"un communiqué", "le communiqué"}


def test_a_nation_s_body_is_not_the_previous_source_taken_up() -> None:
    text = (
        "« Le barrage tiendra », ont indiqué les autorités norvégiennes. Selon le gouvernement "
        "norvégien, « aucune évacuation n'est prévue »."
    )
    resolver = Resolver(text)
    first = _said(resolver, text, "les autorités norvégiennes", MentionKind.DESCRIPTION, "« Le")
    second = _said(resolver, text, "le gouvernement norvégien", MentionKind.DESCRIPTION, "« aucune")
    assert (first.name, second.name) == ("autorités norvégiennes", "gouvernement norvégien")


@pytest.mark.parametrize("thing", ["sa plateforme Vortex", "le navire Aquarelle", "son logiciel Tempo"])
def test_a_name_after_a_common_noun_is_a_things_and_no_antecedent(thing: str) -> None:
    # « sa plateforme Vortex » names a thing by its own name: « il » still takes up the person
    text = (
        f"Paul Roux dirige le studio. Le studio veut se concentrer sur {thing} et sur le matériel. "
        "« Un investissement pour le futur », explique-t-il."
    )
    name = thing.split()[-1]
    assert [o.kind for o in index_document(text).occurrences if o.name == name] == ["place"]
    assert pronoun_before(text, "-il", "Un investissement").name == "Paul Roux"


@pytest.mark.parametrize(
    "words", ["le ministre Pierre Lenoir", "le jeune Pierre Lenoir", "le nouveau Lenoir"]
)
def test_a_name_after_a_role_or_an_adjective_is_still_a_person(words: str) -> None:
    # must not fire: a role noun, an adjective before a name, or a given name opening it
    text = f"Paul Roux dirige le studio. Il a reçu {words}. « Tout ira bien », a-t-il promis."
    name = words.split(" ", 1)[1].removeprefix("ministre ").removeprefix("jeune ").removeprefix("nouveau ")
    assert [o.kind for o in index_document(text).occurrences if o.name.endswith(name)] != ["place"]


def test_a_plural_description_is_not_the_one_person_with_that_role() -> None:
    # « les deux ministres » are two people: never the one minister the article named last
    text = (
        "Le ministre Paul Roux a reçu le ministre Pierre Lenoir. "
        "Les deux ministres ont promis « de revenir »."
    )
    said = _said(Resolver(text), text, "Les deux ministres", MentionKind.DESCRIPTION, "« de")
    assert said.name not in {"Paul Roux", "Pierre Lenoir"}
    single = text.replace("le ministre Pierre", "le syndicaliste Pierre").replace(
        "Les deux ministres ont", "Le ministre a"
    )
    said = _said(Resolver(single), single, "Le ministre", MentionKind.DESCRIPTION, "« de", nth=1)
    assert said.name == "Paul Roux"


def test_a_counterpart_holds_the_post_of_the_person_named_before() -> None:
    # « Son homologue lyonnais, Marc Petit » is a coach too: « l'entraîneur » right after his
    # words is him, not the coach named first
    text = (
        "« On a tenu », a expliqué l'entraîneur de Nantes, Paul Roux. "
        "Son homologue lyonnais, Marc Petit, s'en est pris à l'arbitrage. "
        "L'entraîneur a dénoncé « un scandale »."
    )
    speaker = _said(Resolver(text), text, "L'entraîneur", MentionKind.DESCRIPTION, "« un scandale")
    assert (speaker.name, speaker.resolved_by) == ("Marc Petit", ResolvedBy.ROLE)
    # with no post named before him, « homologue » says no role: he is only the person just named
    alone = "Le match a eu lieu. " + text[text.index("Son homologue") :]
    speaker = _said(Resolver(alone), alone, "L'entraîneur", MentionKind.DESCRIPTION, "« un scandale")
    assert (speaker.name, speaker.resolved_by) == ("Marc Petit", ResolvedBy.SALIENT)


@pytest.mark.parametrize(
    ("titled", "name"),
    [
        # « un officiel » is a noun as often as an adjective: one who holds a public post
        ("Le conseiller de la présidence russe Paul Roux", "Paul Roux"),
        ("Le ministre russe Paul Roux", "Paul Roux"),
        # must not: a player holds no public post
        ("Le rugbyman russe Paul Roux", "officiel russe"),
    ],
)
def test_an_official_takes_up_the_holder_of_a_public_post(titled: str, name: str) -> None:
    text = f"{titled} a commenté la mesure. « Nous voyons une escalade », a affirmé l'officiel russe."
    speaker = _said(Resolver(text), text, "l'officiel russe", MentionKind.DESCRIPTION, "« Nous")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("titled", "description"),
    [("le colonel Paul Roux", "L'officier"), ("le commissaire Paul Roux", "Le policier")],
)
def test_a_general_role_takes_up_the_specific_one_of_its_field(titled: str, description: str) -> None:
    # « l'officier » for a colonel, « le policier » for a commissioner: the general noun of a field
    text = (
        f"« Le feu a sauté les routes », a décrit {titled}, qui dirige les secours. "
        f"Marie Dupuis a salué les pompiers. {description} a estimé que « rien n'est fini »."
    )
    speaker = _said(Resolver(text), text, description, MentionKind.DESCRIPTION, "« rien")
    assert (speaker.name, speaker.resolved_by) == ("Paul Roux", ResolvedBy.ROLE)
    # must not fire across fields: a mayor is no officer
    mayor = text.replace(titled, "le maire Paul Roux")
    assert (
        _said(Resolver(mayor), mayor, description, MentionKind.DESCRIPTION, "« rien").resolved_by
        is not ResolvedBy.ROLE
    )


@pytest.mark.parametrize(
    ("role", "description"),
    [
        ("vigneron à Beaune", "le vigneron"),
        ("pharmacien du bourg", "le pharmacien"),
        ("militaire de carrière", "le militaire"),
        ("notaire à Nantes", "le notaire"),
        ("épidémiologue à l'Inserm", "l'épidémiologue"),
        ("caporal au 3e régiment", "le caporal"),
        ("dessinateur de presse", "le dessinateur"),
    ],
)
def test_a_trade_given_in_apposition_takes_up_its_description(role: str, description: str) -> None:
    # trades and posts of everyday news are roles: « le vigneron » is the winegrower named before,
    # not a name « vigneron »
    text = (
        f"Paul Roux, {role}, a tout perdu. Marie Dupuis est venue l'aider. "
        f"« Tout est à refaire », a expliqué {description}."
    )
    speaker = _said(Resolver(text), text, description, MentionKind.DESCRIPTION, "« Tout")
    assert (speaker.name, speaker.resolved_by) == ("Paul Roux", ResolvedBy.ROLE)


def test_the_previous_speaker_s_apposition_counts_as_their_role() -> None:
    # the lawyer was quoted under a description; the text gave him his role in an apposition, so
    # « l'accusé » is not him
    text = (
        "Me Paul Roux, l'avocat de Marc Dupont, a plaidé l'acquittement. "
        "« On juge un drame », a ajouté l'avocat de la défense. "
        "« Je regrette », a dit l'accusé."
    )
    resolver = Resolver(text)
    lawyer = _said(resolver, text, "l'avocat de la défense", MentionKind.DESCRIPTION, "« On")
    assert lawyer.name == "Paul Roux"
    accused = _said(resolver, text, "l'accusé", MentionKind.DESCRIPTION, "« Je")
    assert accused.name != "Paul Roux"


def test_every_apposition_of_the_previous_speaker_counts_as_their_role() -> None:
    # her quote took up her title; the text gave her a second post in apposition, and her long
    # quote put her name out of reach: « la syndicaliste » is still her
    text = (
        "L'infirmière Sandrine Le Goff, déléguée syndicale, a porté plainte. "
        "« On nous humiliait. Tout le monde le savait. Plusieurs collègues ont craqué », a-t-elle dit. "
        "La syndicaliste affirme que la direction a ignoré les alertes."
    )
    resolver = Resolver(text)
    assert _said(resolver, text, "-elle", MentionKind.PRONOUN, "« On").name == "Sandrine Le Goff"
    span = find(text, "La syndicaliste")
    speaker = resolver.resolve(Mention(span, span, MentionKind.DESCRIPTION), before=span.start)
    assert (speaker.name, speaker.resolved_by) == ("Sandrine Le Goff", ResolvedBy.SALIENT)


def test_a_role_the_previous_speaker_was_never_given_is_not_theirs() -> None:
    text = (
        "L'infirmière Sandrine Le Goff, déléguée syndicale, a porté plainte. "
        "« On nous humiliait. Tout le monde le savait. Plusieurs collègues ont craqué », a-t-elle dit. "
        "La juge affirme que la direction a ignoré les alertes."
    )
    resolver = Resolver(text)
    assert _said(resolver, text, "-elle", MentionKind.PRONOUN, "« On").name == "Sandrine Le Goff"
    span = find(text, "La juge")
    speaker = resolver.resolve(Mention(span, span, MentionKind.DESCRIPTION), before=span.start)
    assert speaker.name != "Sandrine Le Goff"


@pytest.mark.parametrize(
    ("newcomer", "name"),
    [
        # someone new told apart by a complement of a noun of no field is the next pronoun's
        ("un habitant du quartier des Tilleuls", "habitant du quartier des Tilleuls"),
        ("une voisine de palier", "voisine de palier"),
        # the noun alone too: the subject after a fronted phrase of place is someone brought in
        ("un habitant", "habitant"),
    ],
)
def test_a_newcomer_told_apart_by_a_complement_is_the_next_pronoun_s(newcomer: str, name: str | None) -> None:
    pronoun = "-elle" if newcomer.startswith("une") else "-il"
    text = (
        f"Dans la salle, {newcomer} confie ne plus pouvoir payer. "
        f"« On se demande ce qu'on va devenir », souffle-t{pronoun}."
    )
    resolver = Resolver(text)
    _said(resolver, text, newcomer, MentionKind.DESCRIPTION, "ne plus")
    assert _said(resolver, text, pronoun, MentionKind.PRONOUN, "« On").name == name


@pytest.mark.parametrize(
    ("first", "later", "name"),
    [
        # a team's staff and its players are never one person
        ("l'entraîneur Marc Dubreuil", "le capitaine nantais", "capitaine nantais"),
        ("le capitaine Marc Dubreuil", "l'entraîneur nantais", "entraîneur nantais"),
        # must not: two roles of one side may be one person's
        ("le gardien Marc Dubreuil", "le capitaine nantais", "Marc Dubreuil"),
        ("l'entraîneur Marc Dubreuil", "le technicien nantais", "Marc Dubreuil"),
    ],
)
def test_a_team_s_staff_is_none_of_its_players(first: str, later: str, name: str) -> None:
    text = (
        f"« Nous n'avons pas su tenir le score », a regretté {first}. "
        f"« C'est dur, mais on va se relever », a confié {later}."
    )
    resolver = Resolver(text)
    _said(resolver, text, first, MentionKind.NAME, "« Nous")
    assert _said(resolver, text, later, MentionKind.DESCRIPTION, "« C'est").name == name


@pytest.mark.parametrize(
    ("between", "name"),
    [
        # the subject of a clause set under the main one is not what the sentence is about
        ("alors que la foule devient hostile", "Anne Berg"),
        ("lorsque la foule est devenue hostile", "Anne Berg"),
        # must not: a coordinated main clause's subject is the nearest, and stays the antecedent
        ("et la foule devient hostile", "foule"),
    ],
)
def test_a_pronoun_goes_on_with_the_main_clause_s_subject(between: str, name: str) -> None:
    text = f"Anne Berg a défendu son budget {between}. « Nous tiendrons le cap », explique-t-elle."
    assert _said(Resolver(text), text, "-elle", MentionKind.PRONOUN, "« Nous").name == name


@pytest.mark.parametrize(
    ("named", "name"),
    [
        # the role set off before the name is theirs, as the apposition after it is: no prefect
        ("le bulletin du maire sortant, Paul Roux,", "préfet"),
        ("le bulletin de Paul Roux, le maire sortant,", "préfet"),
        # must not: a person the text gives no role may be the one taken up
        ("le bulletin de Paul Roux", "Paul Roux"),
    ],
)
def test_a_role_set_off_before_the_name_keeps_another_role_from_the_person(named: str, name: str) -> None:
    text = (
        f"À Valmont, {named} a été le plus rayé. Les électeurs ont voté. La liste est incomplète. "
        "Le préfet a promis « un nouveau scrutin »."
    )
    assert _said(Resolver(text), text, "Le préfet", MentionKind.DESCRIPTION, "« un nouveau").name == name


@pytest.mark.parametrize(
    ("description", "name"),
    [
        # what the person was: today's title in another field does not rule them out
        ("l'ancien champion de judo", "Paul Roux"),
        ("l'ex-champion de judo", "Paul Roux"),
        # must not: a role of today in another field than the person's title
        ("le champion de judo", "champion de judo"),
    ],
)
def test_a_former_role_takes_up_the_person_just_named_whatever_their_title(
    description: str, name: str
) -> None:
    text = (
        "Le président du comité, Paul Roux, a présenté le calendrier. "
        f"De passage à Lyon, {description} s'est dit « serein »."
    )
    assert _said(Resolver(text), text, description, MentionKind.DESCRIPTION, "« serein").name == name


@pytest.mark.parametrize(
    ("between", "name"),
    [
        # a new paragraph: « le ministre de l'Agriculture » is an office, not the union's president
        ("\n\n", "ministre de l'Agriculture"),
        # nor in the sentence just after, where news may describe again whom it just quoted: one
        # who chairs a body holds no minister's seat
        (" ", "ministre de l'Agriculture"),
    ],
)
def test_a_post_named_in_full_is_no_one_given_another_role(between: str, name: str) -> None:
    text = (
        "Grêle : les viticulteurs attendent l'État\n\n"
        "Le président de l'interprofession, Étienne Rabaud, a réclamé une aide. "
        f"« Certains domaines ne passeront pas l'hiver », a-t-il averti.{between}"
        "Le ministre de l'Agriculture a promis que les dossiers seraient instruits."
    )
    resolver = Resolver(text)
    assert _said(resolver, text, "-il", MentionKind.PRONOUN, "« Certains").name == "Étienne Rabaud"
    span = find(text, "Le ministre de l'Agriculture")
    speaker = resolver.resolve(Mention(span, span, MentionKind.DESCRIPTION), before=span.start)
    assert speaker.name == name


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        # asked by the press: the answer is hers, though she was the one who just spoke
        ("Interrogée sur une démission, elle", "Marta Oleskin"),
        ("Questionnée par la presse, elle", "Marta Oleskin"),
        # nothing says she was asked: a reply is not the previous speaker's
        ("Elle", None),
    ],
)
def test_a_reply_to_a_question_put_to_the_previous_speaker_is_hers(opening: str, name: str | None) -> None:
    text = f"Marta Oleskin a salué « une journée historique ». {opening} a répondu : « Pas à moi. »"
    resolver = Resolver(text)
    _said(resolver, text, "Marta Oleskin", MentionKind.NAME, "« une")
    pronoun = "elle" if "elle" in opening else "Elle"
    assert _said(resolver, text, pronoun, MentionKind.PRONOUN, "« Pas").name == name


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        # the one person the text says is tried, right after the name or right before it
        ("Le propriétaire, Gérard Roux, 67 ans, est poursuivi pour homicides involontaires.", "Gérard Roux"),
        ("Le parquet a requis trois ans contre Gérard Roux, jugé depuis lundi.", "Gérard Roux"),
        # the verdict says who was tried
        ("La cour a condamné mercredi soir Gérard Roux à dix ans.", "Gérard Roux"),
        ("Gérard Roux, condamné en première instance, a fait appel.", "Gérard Roux"),
        # two people tried: no telling which one
        ("Gérard Roux et Paul Petit sont jugés pour vol. Paul Petit nie.", "prévenu"),
        # no one said to be tried: the words as written
        ("Gérard Roux dirige la société depuis 2010.", "prévenu"),
    ],
)
def test_the_defendant_is_the_one_person_the_text_says_is_tried(opening: str, name: str) -> None:
    text = (
        f"{opening} La procureure, Isabelle Quintin, a requis la prison. "
        "« Il savait », a-t-elle dit. Le prévenu a répété qu'il « ne savait pas »."
    )
    resolver = Resolver(text)
    assert _said(resolver, text, "-elle", MentionKind.PRONOUN, "« Il").name == "Isabelle Quintin"
    speaker = _said(resolver, text, "Le prévenu", MentionKind.DESCRIPTION, "« ne")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("between", "name"),
    [
        # a group quoted since does not make the researcher any less the one just spoken of
        ("Plusieurs médias ont parlé d'un « vaccin miracle », une expression que", "Anne Roux"),
        # another person quoted since: the researcher is still the one the pronouns after her
        # name kept the paragraph's person (« Elle a fait remarquer … », « a-t-elle insisté »)
        ("Le ministre Paul Petit a parlé d'un « vaccin miracle », une expression que", "Anne Roux"),
    ],
)
def test_a_group_quoted_since_leaves_the_person_just_spoken_of(between: str, name: str) -> None:
    text = (
        "Des réserves sont venues de l'épidémiologiste Anne Roux. Elle a fait remarquer que rien "
        "n'était publié. « Attendons les chiffres », a-t-elle insisté. "
        f"{between} la chercheuse juge « prématurée »."
    )
    resolver = Resolver(text)
    assert _said(resolver, text, "-elle", MentionKind.PRONOUN, "« Attendons").name == "Anne Roux"
    first = "Plusieurs médias" if "médias" in between else "Le ministre Paul Petit"
    _said(resolver, text, first, MentionKind.DESCRIPTION, "« vaccin")
    assert _said(resolver, text, "la chercheuse", MentionKind.DESCRIPTION, "« prématurée").name == name


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        # the role set off by a comma before the name and its title is hers as well
        (
            "Ces chiffres ont été contestés par la rapporteure de la commission, la députée Sophie Roux.",
            "Sophie Roux",
        ),
        # a phrase before the comma that names no role says nothing of her
        (
            "Ces chiffres ont été contestés par la voix de la commission, la députée Sophie Roux.",
            "rapporteure",
        ),
    ],
)
def test_a_role_apposed_before_a_name_and_its_title_is_the_person_s(opening: str, name: str) -> None:
    text = (
        f"{opening} Le ministre Paul Petit a répondu. La séance a duré quatre heures. "
        "Les auditions reprennent en avril. La rapporteure a fait savoir qu'elle « irait au bout »."
    )
    speaker = _said(Resolver(text), text, "La rapporteure", MentionKind.DESCRIPTION, "« irait")
    assert speaker.name == name


@pytest.mark.parametrize(
    "later",
    [
        # an acronym in brackets is part of the role set off before the name
        "Un sommet a été annoncé par le secrétaire général de l'Union des Nations Alliées (UNA), "
        "Pierre Vandermeer.",
        # so is a role after an article contracted with « de »
        "Le sommet a salué les efforts du secrétaire général de l'Union, Pierre Vandermeer, pour la paix.",
    ],
)
def test_a_role_apposed_before_a_later_name_is_the_person_s(later: str) -> None:
    text = (
        "Le secrétaire général de l'Union a déclaré : « Nous prendrons des décisions ». "
        f"La réunion a duré deux heures. {later}"
    )
    speaker = _said(Resolver(text), text, "Le secrétaire général", MentionKind.DESCRIPTION, "« Nous")
    assert speaker.name == "Pierre Vandermeer"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # an acronym in brackets belongs to the role
        (
            "Le Secrétaire général de l'Union des Nations Alliées (UNA), Pierre Vandermeer, a parlé.",
            "Secrétaire général de l'Union des Nations Alliées (UNA)",
        ),
        # a body's full name may make the role long
        (
            "Le Secrétaire général de l'Office de coordination et de soutien des Nations Alliées "
            "pour les réfugiés du Sud (OCSNA), Pierre Vandermeer, a parlé.",
            "Secrétaire général de l'Office de coordination et de soutien des Nations Alliées pour "
            "les réfugiés du Sud (OCSNA)",
        ),
        # an article contracted with « de »; « les » opens no role
        ("Il salue les efforts du président du club, Pierre Vandermeer.", "président du club"),
        # a clause, no apposition: a determiner after a verb opens its object
        ("Le journaliste va ensuite voir un autre élu, Pierre Vandermeer.", ""),
        # no role among the first words: nothing
        ("Il salue les efforts de la voix du club, Pierre Vandermeer.", ""),
    ],
)
def test_the_role_set_off_before_a_name(text: str, role: str) -> None:
    index = index_document(text)
    (person,) = [o for o in index.occurrences if o.name == "Pierre Vandermeer"]
    assert _apposed_before(text, person) == role


@pytest.mark.parametrize(
    ("head", "name"),
    [
        # the head of the organisation its secretary general is
        ("Le chef de l'Union", "Pierre Vandermeer"),
        ("Le patron de l'Union", "Pierre Vandermeer"),
        # the head of another organisation: no one the text titles so
        ("Le chef de l'Alliance", "chef de l'Alliance"),
    ],
)
def test_the_head_of_an_organisation_is_the_one_titled_its_head(head: str, name: str) -> None:
    text = (
        "Le conseil a soutenu les efforts du secrétaire général de l'Union, Pierre Vandermeer. "
        "Le texte a été présenté par le diplomate Marc Dubreuil. Le vote a été rapide. "
        f"Les membres ont applaudi. {head} a réagi en notant que « le conseil parle d'une voix »."
    )
    speaker = _said(Resolver(text), text, head, MentionKind.DESCRIPTION, "« le conseil")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("later", "name"),
    [
        # the organisation by the initials the text gives in brackets after its name
        ("Paul Marek, directeur général de l'ARO, a suivi la campagne.", "Paul Marek"),
        # the initials of another organisation: no one the text titles so
        (
            "Paul Marek, directeur général de l'ONU, a suivi la campagne.",
            "patron de l'Agence régionale des océans",
        ),
    ],
)
def test_the_head_of_an_organisation_is_the_one_titled_head_of_its_initials(later: str, name: str) -> None:
    text = (
        "La campagne de mesures a été « une réussite », s'est réjoui le patron de l'Agence régionale "
        f"des océans (ARO). {later}"
    )
    head = "le patron de l'Agence régionale des océans"
    speaker = _said(Resolver(text), text, head, MentionKind.DESCRIPTION, "« une réussite")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("first", "name"),
    [
        # titled head of the organisation named in full, its initials in brackets after it
        ("directeur de l'Agence régionale des océans (ARO)", "Paul Marek"),
        ("secrétaire générale de l'Agence régionale des océans (ARO)", "Paul Marek"),
        # the head of an office, of a high commission
        ("commissaire général de l'Agence régionale des océans (ARO)", "Paul Marek"),
        ("haut-commissaire de l'Agence régionale des océans (ARO)", "Paul Marek"),
        # other initials, or a title that heads nothing: no one the text titles so
        ("directeur de l'Agence régionale des océans (ORA)", "patron de l'ARO"),
        ("porte-parole de l'Agence régionale des océans (ARO)", "patron de l'ARO"),
        # « commissaire » alone is a rank or a seat, which heads nothing
        ("commissaire de l'Agence régionale des océans (ARO)", "patron de l'ARO"),
    ],
)
def test_the_head_by_initials_is_the_one_titled_head_of_the_full_name(first: str, name: str) -> None:
    text = (
        f"La campagne a été un succès, a indiqué le {first}, Paul Marek. Le vote a été rapide. "
        "« Nous continuerons », a assuré le patron de l'ARO."
    )
    speaker = _said(Resolver(text), text, "le patron de l'ARO", MentionKind.DESCRIPTION, "« Nous")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("first", "head", "name"),
    [
        # the title names the organisation in full, the head word by its initials, or the reverse
        ("directrice générale de l'Agence régionale des océans", "la cheffe de l'ARO", "Anna Berg"),
        ("directrice générale de l'ARO", "la cheffe de l'Agence régionale des océans", "Anna Berg"),
        # must not: initials that spell another name
        ("directrice générale de l'Agence régionale des océans", "la cheffe de l'ORA", "cheffe de l'ORA"),
        # must not: a title that heads nothing
        (
            "porte-parole de l'ARO",
            "la cheffe de l'Agence régionale des océans",
            "cheffe de l'Agence régionale des océans",
        ),
    ],
)
def test_the_head_is_the_one_titled_head_of_the_same_body_in_full_or_by_initials(
    first: str, head: str, name: str
) -> None:
    text = (
        f"« La mer monte », a averti {head}. Le rapport sera publié lundi. "
        f"« Nous continuerons », a assuré la {first}, Anna Berg."
    )
    speaker = _said(Resolver(text), text, head, MentionKind.DESCRIPTION, "« La mer")
    assert speaker.name == name


def test_a_role_set_as_the_complement_of_another_is_not_the_person_s() -> None:
    # « l'avocat du maire, Me Paul Roux »: the lawyer, not the mayor « l'édile » takes up
    text = (
        "Le maire de Valbonne, Jean Morel, a été mis en examen mardi. Selon l'avocat du maire, "
        "Me Paul Roux, son client est innocent. « Il le prouvera », a-t-il assuré. "
        "« Je reste à mon poste », a écrit l'édile."
    )
    speaker = _said(Resolver(text), text, "l'édile", MentionKind.DESCRIPTION, "« Je reste")
    assert speaker.name == "Jean Morel"


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        # the object of a verb that reports nothing is not the one the text was speaking of
        ("Emmanuel Macron a rencontré Boris Johnson.", "Emmanuel Macron"),
        # two subjects: no telling which one
        ("Emmanuel Macron et Boris Johnson se sont rencontrés.", "président français"),
    ],
)
def test_the_object_of_the_sentence_before_is_not_the_person_spoken_of(opening: str, name: str) -> None:
    text = f"{opening} Le président français a estimé que l'accord était « possible »."
    speaker = _said(Resolver(text), text, "Le président français", MentionKind.DESCRIPTION, "« possible")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        # a noun no list holds, with an age: the person just named
        ("Kévin Lorrain a été joint par téléphone.", "Kévin Lorrain"),
        # the person given that age, whoever was named last
        ("Kévin Lorrain, 31 ans, a été joint. Paul Roux, 28 ans, aussi.", "Kévin Lorrain"),
        # two people just named and no age given: no telling which
        ("Kévin Lorrain et Paul Roux ont été joints par téléphone.", "arrière de 31 ans"),
    ],
)
def test_a_description_by_an_age_is_the_person_of_that_age(opening: str, name: str) -> None:
    text = f"{opening} « Nous sommes responsables », a dit l'arrière de 31 ans."
    speaker = _said(Resolver(text), text, "l'arrière de 31 ans", MentionKind.DESCRIPTION, "« Nous")
    assert speaker.name == name


def test_a_union_delegate_is_a_unionist() -> None:
    # « délégué » is a post of unions as much as of diplomacy: « la syndicaliste » takes her up
    text = (
        "Le patron du studio, Marc Dupont, a reporté le jeu. "
        "Pour Élodie Garnier, déléguée du syndicat des créateurs, « la direction se trompe ». "
        "Elle rappelle que le groupe a versé des dividendes l'an dernier. "
        "« On nous a menti », ajoute la syndicaliste."
    )
    speaker = _said(Resolver(text), text, "la syndicaliste", MentionKind.DESCRIPTION, "« On")
    assert speaker.name == "Élodie Garnier"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # « dont » stands for the name before its comma: his lawyer, his family
        ("Paul Roux, dont l'avocat a dit « non », a été entendu.", "dont l'avocat", "avocat de Paul Roux"),
        (
            "Paul Roux, dont la famille dénonce un « acharnement », a été entendu.",
            "dont la famille",
            "famille de Paul Roux",
        ),
        # no named one before it: the description, without the relative
        (
            "Le ministre, dont le porte-parole a dit « non », est parti.",
            "dont le porte-parole",
            "porte-parole",
        ),
    ],
    ids=["lawyer", "family", "no name"],
)
def test_dont_with_a_role_is_the_role_of_the_name_before(text: str, words: str, name: str) -> None:
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "«")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an indefinite person noun opening a sentence brings in the witness the pronoun takes up
        (
            "Marc Dupont a ouvert la réunion à Marseille. Un passager du vol, joint par téléphone, "
            "livre un récit moins serein. « Il y a eu une détonation », raconte-t-il.",
            "passager du vol",
        ),
        (
            "Le maire Marc Dupont a parlé. Une infirmière de nuit du service des urgences a témoigné. "
            "« Nous sommes épuisés », a-t-elle dit.",
            "infirmière de nuit du service des urgences",
        ),
        # after a fronted phrase of place, time or manner: the subject all the same
        (
            "Marc Dupont a ouvert la réunion. Sans attendre, une mère de famille charge ses valises dans le "
            "coffre. « J'ai pris l'essentiel », glisse-t-elle.",
            "mère de famille",
        ),
        # not at a sentence's opening: an object, no newcomer who speaks next
        (
            "Marc Dupont a parlé longtemps à un passager du vol. « Il y a eu une détonation », raconte-t-il.",
            "Marc Dupont",
        ),
        # nor after a clause and its comma: an apposition
        (
            "Marc Dupont a prévenu sa voisine, une mère de famille. « Partez vite », a-t-il lancé.",
            "Marc Dupont",
        ),
    ],
    ids=["passager", "infirmière", "fronted", "object", "apposition"],
)
def test_a_pronoun_takes_up_the_unnamed_newcomer_of_the_sentence_before(text: str, name: str) -> None:
    pronoun = "il" if text.endswith(("-t-il.", "-t-il lancé.")) else "elle"
    start = text.rindex(pronoun)
    at = Span(start, start + len(pronoun), source=text)
    speaker = Resolver(text).resolve(Mention(at, at, MentionKind.PRONOUN), before=text.index("« "))
    assert speaker.name == name
    assert speaker.resolved_by is ResolvedBy.ANTECEDENT


def test_an_indefinite_thing_opening_a_sentence_is_no_newcomer() -> None:
    text = "Un incendie du dépôt a éclaté. Une enquête de la police est ouverte."
    assert [o.name for o in index_document(text).occurrences if o.kind == "description"] == []


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        # a rank or post keeps its masculine article for a woman: the given name tells
        ("Le lieutenant-colonel Maëlle Kerbrat a décrit une nuit sans répit.", "f"),
        ("Le maire Anne Roux a parlé.", "f"),
        ("Le général Paul Roux a parlé.", "m"),
        # a civility of either gender (« le docteur », « le professeur ») likewise
        ("Le docteur Hélène Marchais a parlé.", "f"),
        ("Le docteur Paul Marchais a parlé.", "m"),
        # an epicene given name leaves the article's gender
        ("Le lieutenant-colonel Dominique Kerbrat a parlé.", "m"),
        ("Le docteur Dominique Marchais a parlé.", "m"),
    ],
    ids=["rank", "post", "man", "civility", "civility-man", "epicene", "civility-epicene"],
)
def test_a_listed_given_name_gives_the_gender_a_masculine_title_does_not(text: str, gender: str) -> None:
    [person] = [o for o in index_document(text).occurrences if o.kind == "person"]
    assert person.gender == gender


def test_a_name_in_brackets_after_a_place_is_its_region_no_antecedent() -> None:
    text = (
        "Le laboratoire Verdane, dont l'usine se trouve à Saint-Germier (Loiret), rejette ces "
        "accusations. Dans un communiqué, il affirme que la production a été ralentie."
    )
    kinds = {o.name: o.kind for o in index_document(text).occurrences}
    assert kinds["Loiret"] == "place"
    # a drug maker is a firm (« le laboratoire X »), so it is the one « il » takes up
    assert kinds["laboratoire Verdane"] == "organisation"
    start = text.rindex(" il ") + 1
    at = Span(start, start + 2, source=text)
    speaker = Resolver(text).resolve(Mention(at, at, MentionKind.PRONOUN), before=start)
    assert speaker.name == "Verdane"


def test_a_name_in_brackets_after_a_town_in_a_complement_is_its_region() -> None:
    text = "Les électeurs de Vaurelles (Aveyron) ont rejeté le projet."
    kinds = {o.name: o.kind for o in index_document(text).occurrences}
    assert kinds["Aveyron"] == "place"


def test_the_region_in_brackets_of_a_role_s_town_is_no_name_of_the_role() -> None:
    # « le maire de Fos (Var) »: Var is where Fos lies, not the mayor's name
    text = "Le maire de Fos (Var) a déclaré : « Nous sommes prêts. »"
    speaker = _said(Resolver(text), text, "Le maire de Fos (Var)", MentionKind.NAME, "« Nous")
    assert (speaker.name, speaker.resolved_by) == ("maire de Fos (Var)", ResolvedBy.WORDS)


@pytest.mark.parametrize(
    ("text", "initials", "kind"),
    [
        ("Il habite dans Saint-Pierre-des-Bois (SPB) depuis mai.", "SPB", "place"),
        # a party's initials after the town are no short form of its name
        ("Le maire de Vaurelles (PS) a démissionné.", "PS", "organisation"),
    ],
    ids=["initials of the place", "a party"],
)
def test_initials_in_brackets_after_a_place_are_that_place(text: str, initials: str, kind: str) -> None:
    kinds = {o.name: o.kind for o in index_document(text).occurrences}
    assert kinds[initials] == kind


def test_a_name_after_a_comma_that_a_verb_follows_opens_its_clause_no_list() -> None:
    # « De retour de Tunisie, Karim cherche … »: Karim is the subject, not a second place
    text = "De retour de Tunisie, Karim cherche un logement."
    kinds = {o.name: o.kind for o in index_document(text).occurrences}
    assert kinds["Karim"] not in {"complement", "place"}


def test_one_who_says_je_is_no_organisation_however_its_initials_read() -> None:
    # « (QRT) » is a body's initials (no short form of the name before it), and the one who says
    # « ma » is a person: Karim, not the initials nearer the pronoun
    text = (
        "De retour de Tunisie, Karim cherche un logement. Il dort chez un ami dans Bellerive (QRT). "
        "« Est-ce de la chance ou ma détermination ? », se demande-t-il."
    )
    start = text.rindex("-il") + 1
    at = Span(start, start + 2, source=text)
    resolved = Resolver(text).resolution(
        Mention(at, at, MentionKind.PRONOUN), before=text.index("« Est"), individual=True
    )
    assert resolved.speaker.name == "Karim"


def test_a_post_s_place_between_it_and_the_name_it_titles_keeps_it_a_title() -> None:
    # « le procureur de la République de Lyon Paul Vernet »: Lyon is the post's, Vernet its holder
    text = "Le procureur de la République de Lyon Paul Vernet a annoncé une garde à vue."
    resolver = Resolver(text)
    (described,) = [o for o in resolver._index.occurrences if o.kind == "description"]
    assert resolver._titles_a_name(described)


@pytest.mark.parametrize("trade", ["forgeron", "marin", "cocher", "meunier"])
def test_a_trade_subject_just_before_is_the_pronoun_s_source(trade: str) -> None:
    # « Le forgeron alluma sa pipe. « … », grommela-t-il »: a trade is a role of its own, so the
    # pronoun takes up the description, not nobody (as it does for « le vieil homme »)
    text = f"Le {trade} alluma sa pipe. « Vous ne savez rien du métier », grommela-t-il."
    start = text.rindex("-il") + 1
    at = Span(start, start + 2, source=text)
    speaker = Resolver(text).resolve(Mention(at, at, MentionKind.PRONOUN), before=text.index("« Vous"))
    assert speaker.name == trade


def test_a_name_in_brackets_after_a_person_stays_a_name() -> None:
    # « Jean Roux (Loiret) » is not read as a place: only a place's brackets hold its region
    text = "Le sénateur Jean Roux (Loiret) a voté contre le texte."
    kinds = {o.name: o.kind for o in index_document(text).occurrences}
    assert kinds["Loiret"] != "place"


def test_elle_takes_up_a_woman_under_a_masculine_rank() -> None:
    text = (
        "Le lieutenant-colonel Maëlle Kerbrat, qui coordonnait les secours, a décrit une nuit sans "
        "répit. « Certaines équipes sont restées dix-huit heures sur le terrain », a-t-elle raconté."
    )
    start = text.rindex("elle")
    at = Span(start, start + 4, source=text)
    speaker = Resolver(text).resolve(Mention(at, at, MentionKind.PRONOUN), before=text.index("« "))
    assert speaker.name == "Maëlle Kerbrat"


@pytest.mark.parametrize(
    ("words", "name"),
    [
        # the name after a role in the de complement is that role's holder, not the source
        (
            "Un collaborateur du ministre de l'Intérieur Gérald Darmanin",
            "collaborateur du ministre de l'Intérieur Gérald Darmanin",
        ),
        ("Un proche du président Paul Roux", "proche du président Paul Roux"),
        ("L'épouse de l'ancien maire Jean Dupont", "épouse de l'ancien maire Jean Dupont"),
        # the role opens the phrase, or the noun before the name is no role: the source's name
        ("Le ministre de l'Intérieur Gérald Darmanin", "Gérald Darmanin"),
        ("Le porte-parole du gouvernement Gabriel Attal", "Gabriel Attal"),
    ],
    ids=["collaborator", "friend", "wife", "minister", "spokesman"],
)
def test_a_name_after_a_role_in_a_complement_is_not_the_source(words: str, name: str) -> None:
    text = f"{words} a confié : « Rien n'est décidé. »"
    speaker = _said(Resolver(text), text, words, MentionKind.NAME, "« ")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        # the bare surname of a person the text named in full is that person
        ("Lemarchand y a placé une attaque.", "Théo Lemarchand"),
        # a bare name the text gives no person is no one to take up
        ("Kerlann y a vu une attaque.", "vainqueur"),
    ],
    ids=["surname", "no person"],
)
def test_a_description_takes_up_a_bare_surname_just_named(opening: str, name: str) -> None:
    text = (
        "Le Français Théo Lemarchand a remporté la course devant Jens Van Acker et Ruud Hoekstra. "
        f"Tout s'est joué dans la côte. {opening} « Je savais que c'était le seul endroit », "
        "a déclaré le vainqueur."
    )
    speaker = _said(Resolver(text), text, "le vainqueur", MentionKind.DESCRIPTION, "« Je")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a given name and a surname after « de » are a person's, whatever noun they complement
        ("Parmi eux figure celui de Karim Benali, 34 ans.", "person"),
        # a name after « de » that opens on no given name complements the noun
        ("Selon un communiqué de Net Sentinel, le réseau est coupé.", "complement"),
    ],
    ids=["person", "complement"],
)
def test_a_person_named_in_a_de_complement_is_a_person(text: str, kind: str) -> None:
    [occurrence] = [o for o in index_document(text).occurrences if o.from_run]
    assert occurrence.kind == kind


def test_a_pronoun_takes_up_a_person_named_in_a_de_complement() -> None:
    text = (
        "Le rapport s'appuie sur des témoignages de détenus. Parmi eux figure celui de Karim Benali, "
        "34 ans, libéré en février. Il décrit ainsi son quotidien : « On vivait à trois dans une cellule. »"
    )
    speaker = _said(Resolver(text), text, "Il", MentionKind.PRONOUN, "« On")
    assert speaker.name == "Karim Benali"


def test_an_organisation_noun_does_not_take_up_a_person_described_who_just_spoke() -> None:
    text = (
        "« J'ai entendu un bruit de ferraille », raconte un habitant. "
        "D'après la région, les trains retrouveront leur horaire normal."
    )
    resolver = Resolver(text)
    first = _said(resolver, text, "un habitant", MentionKind.DESCRIPTION, "« J'ai")
    assert first.name == "habitant"
    speaker = _said(resolver, text, "la région", MentionKind.DESCRIPTION, "les trains")
    assert speaker.name == "région"


def test_a_source_is_present_at_its_incise_not_only_at_its_quote() -> None:
    # the previous quote is long: counted from its opening, its speaker would be out of reach
    text = (
        "Le biochimiste Julien Morvan appelle à la prudence, la microbiologiste Hélène Vasseur à "
        "l'audace. « Il ne faut pas rêver. Nous en sommes au début. Rien n'est fait », a-t-il "
        "tempéré. Il a précisé que les essais attendraient. « Ce qui nous intéresse, c'est "
        "l'enzyme », a poursuivi le chercheur."
    )
    resolver = Resolver(text)
    start = text.index("a-t-il") + 4
    at = Span(start, start + 2, source=text)
    first = resolver.resolve(Mention(at, at, MentionKind.PRONOUN), before=text.index("« Il"))
    assert first.name == "Julien Morvan"
    speaker = _said(resolver, text, "le chercheur", MentionKind.DESCRIPTION, "« Ce")
    assert speaker.name == "Julien Morvan"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # a periphrasis stands for its role, with or without a title in the text
        (
            "Emmanuel Macron s'est exprimé mardi soir. « La France tiendra », a déclaré le chef de l'État.",
            "le chef de l'État",
            "Emmanuel Macron",
        ),
        (
            "Le ministre de l'Économie Bruno Le Maire a présenté le budget. Anne Roux l'a critiqué. "
            "« Il n'y aura pas de hausse d'impôts », a assuré le locataire de Bercy.",
            "le locataire de Bercy",
            "Bruno Le Maire",
        ),
        (
            "Le président américain Joe Biden a reçu Anne Roux. "
            "« Notre alliance est solide », a déclaré le locataire de la Maison-Blanche.",
            "le locataire de la Maison-Blanche",
            "Joe Biden",
        ),
        # the first magistrate of the commune is its mayor, not the judge named after him
        (
            "Le maire Pierre Vallet a visité l'immeuble. La juge Claire Morel a ouvert une enquête. "
            "« Je vais ouvrir une salle municipale », confiait le premier magistrat.",
            "le premier magistrat",
            "Pierre Vallet",
        ),
        # the head of the parquet is its prosecutor
        (
            "Le procureur de la République, Henri Valat, a annoncé deux interpellations. Le juge Paul "
            "Morel a été saisi. « Les suspects sont connus », a précisé le chef du parquet.",
            "le chef du parquet",
            "Henri Valat",
        ),
        # the head of a diplomacy is its foreign minister; « tunisienne » agrees with the noun
        # it qualifies, and says which of the two ministers named
        (
            "Le ministre tunisien chargé des Affaires étrangères, Karim Bennani, a reçu mardi son homologue "
            "espagnol, Luis Ortega. « Nos deux pays partagent une ambition », a déclaré le chef de "
            "la diplomatie tunisienne.",
            "le chef de la diplomatie tunisienne",
            "Karim Bennani",
        ),
        # the keeper of the seals is the minister of justice, not the other minister named
        (
            "La ministre de la Justice, Hélène Garnier, a écrit aux magistrats. Le ministre de "
            "l'Intérieur, Paul Morel, se tait. « Nous tiendrons », affirme la garde des Sceaux.",
            "la garde des Sceaux",
            "Hélène Garnier",
        ),
        # a periphrasis that holds no role noun of its own is its role all the same, past
        # another person named since
        (
            "Le ministre Paul Morel a indiqué que le chef de l'État, Jean Vidal, avait ordonné "
            "une enquête. « La première phase est achevée », a révélé le garde des Sceaux.",
            "le garde des Sceaux",
            "Paul Morel",
        ),
        # the first of a country is its leader, the president named with his nationality
        (
            "Le président polonais Jan Nowicki a reçu Anne Roux. « Nous tiendrons », a "
            "martelé le numéro un polonais.",
            "le numéro un polonais",
            "Jan Nowicki",
        ),
        # must not: a player is no leader
        (
            "Le joueur polonais Piotr Sydor a reçu Anne Roux. « Nous tiendrons », a martelé le "
            "numéro un polonais.",
            "le numéro un polonais",
            "numéro un polonais",
        ),
    ],
    ids=[
        "chef de l'État",
        "Bercy",
        "Maison-Blanche",
        "premier magistrat",
        "chef du parquet",
        "diplomatie",
        "garde des Sceaux",
        "garde des Sceaux, another named since",
        "numéro un",
        "numéro un, no leader named",
    ],
)
def test_a_periphrasis_takes_up_the_holder_of_its_role(text: str, words: str, name: str) -> None:
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« ")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        # a general role, definite, takes up the one person just named
        ("Jean Dupont a visité le chantier lundi.", "Jean Dupont"),
        # two people named there: no telling which one
        ("Jean Dupont et Paul Roux ont visité le chantier lundi.", "élu"),
    ],
    ids=["one person", "two people"],
)
def test_a_general_role_takes_up_the_person_just_named(opening: str, name: str) -> None:
    text = f"Anne Roux a présenté le projet. {opening} « Les travaux avancent », a assuré l'élu."
    speaker = _said(Resolver(text), text, "l'élu", MentionKind.DESCRIPTION, "« Les")
    assert speaker.name == name


def test_a_deputy_mayor_is_an_elected_official() -> None:
    text = (
        "Le maire, Jean Dupont, et son adjointe, Marie Durand, ont visité le chantier. "
        "« Les travaux avancent », a assuré l'élue."
    )
    speaker = _said(Resolver(text), text, "l'élue", MentionKind.DESCRIPTION, "« Les")
    assert speaker.name == "Marie Durand"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a given name and a surname after « à » are a person: a topic, an addressee
        ("Quant à Jean Dupont, il a parlé.", "person"),
        ("Le ministre a écrit à Anne Roux.", "person"),
        # a place after « à », or a given name that names a street
        ("Le ministre est arrivé à Lyon.", "place"),
        ("Le cortège a rejoint la rue Victor Hugo.", "place"),
    ],
    ids=["topic", "addressee", "town", "street"],
)
def test_a_person_after_a_place_preposition_is_a_person(text: str, kind: str) -> None:
    [occurrence] = [o for o in index_document(text).occurrences if o.from_run]
    assert occurrence.kind == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a preposition inside a proper name in sentence case goes on with it
        ("Le collectif Vélo pour tous a manifesté.", "collectif Vélo pour tous"),
        # not an adverbial after the name, nor a determiner after « pour »
        ("Le collectif Urgences pour le moment se tait.", "collectif Urgences"),
        ("Le syndicat CGT pour sa part dénonce la réforme.", "syndicat CGT"),
        # a name with a capital to every word has ended before a lowercase complement
        (
            "La société Ventalis Énergies sur le plateau de la Garrigue a renoncé.",
            "société Ventalis Énergies",
        ),
    ],
    ids=["name", "adverbial", "pour sa part", "title case"],
)
def test_a_name_link_inside_an_organisation_s_proper_name(text: str, name: str) -> None:
    assert [o.name for o in index_document(text).occurrences if o.kind == "organisation"] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a post named in full, a paragraph later, brings in its holder: not the man just quoted
        (
            "L'avocate de la famille, Claire Dumoulin, a demandé « la vérité ». « Il faut attendre "
            "l'enquête », a réagi Grégory Lamaison. "
            "L'Inspection a été saisie.\n\nLe ministre de l'Intérieur a dit vouloir « toute la "
            "transparence ».",
            "ministre de l'Intérieur",
        ),
        # must not: right after her quote, the speaker is described again by her former post
        (
            "« Les électeurs ont choisi le changement », a déclaré Martine Lebrun. L'ancienne maire "
            "de Dole a promis « de ne laisser personne de côté ».",
            "Martine Lebrun",
        ),
    ],
)
def test_a_post_named_in_full_takes_up_only_the_person_just_quoted(text: str, name: str) -> None:
    words = "Le ministre de l'Intérieur" if "ministre" in text else "L'ancienne maire de Dole"
    quote = "« toute" if "ministre" in text else "« de ne"
    assert _said(Resolver(text), text, words, MentionKind.DESCRIPTION, quote).name == name


@pytest.mark.parametrize(
    ("lead", "between", "name"),
    [
        # the source of the lead, given no role, described again by the post at the head of the
        # next paragraph
        ("a annoncé Paul Roux", "\n\n", "Paul Roux"),
        # must not: a role the text gives him is not that post; a paragraph more is a new source
        ("a annoncé Paul Roux, délégué syndical", "\n\n", "directeur de l'usine"),
        ("a annoncé Paul Roux", "\n\nLe chantier a pris du retard.\n\n", "directeur de l'usine"),
    ],
    ids=["next paragraph", "another role", "a paragraph between"],
)
def test_a_post_named_in_full_after_a_paragraph_takes_up_the_lead_s_source(
    lead: str, between: str, name: str
) -> None:
    text = (
        # a second person named, so that the one person named is not the one who holds it
        "Marc Lenoir a salué la décision. "
        f"Les travaux de l'usine de Valmont reprendront lundi, {lead}.{between}"
        "« Nous avons tenu les délais », a ajouté le directeur de l'usine."
    )
    resolver = Resolver(text)
    _said(resolver, text, "Paul Roux", MentionKind.NAME, "Les travaux")
    speaker = _said(resolver, text, "le directeur de l'usine", MentionKind.DESCRIPTION, "« Nous")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("title", "description", "name"),
    [
        # a holder to come is not the one going, nor the former one the new
        ("Le président sortant", "le prochain président", "prochain président"),
        ("L'ancien maire", "le nouveau maire", "nouveau maire"),
        # the one beaten is no elected holder
        ("Le président défait", "le président élu", "président élu"),
        # must not: the same time, or none said, is the same holder
        ("Le président sortant", "le président sortant", "Marc Duval"),
        ("Le président", "le président", "Marc Duval"),
    ],
)
def test_a_role_s_holder_of_another_time_is_someone_else(title: str, description: str, name: str) -> None:
    text = f"{title} Marc Duval a reconnu sa défaite. « C'est une nouvelle ère », a déclaré {description}."
    speaker = _said(Resolver(text), text, description, MentionKind.DESCRIPTION, "« C'est")
    assert speaker.name == name


def test_the_person_just_named_is_sought_past_a_holder_of_another_time() -> None:
    # two people just named: the outgoing mayor is no candidate for « le nouveau maire », so the
    # other one is
    text = (
        "Au second tour, la liste de Paul Roux, 36 ans, a devancé celle du maire sortant, Marc Duval. "
        "« C'est une victoire », a lancé le nouveau maire."
    )
    speaker = _said(Resolver(text), text, "le nouveau maire", MentionKind.DESCRIPTION, "« C'est")
    assert (speaker.name, speaker.resolved_by) == ("Paul Roux", ResolvedBy.SALIENT)


@pytest.mark.parametrize("post", ["Le ministre délégué aux Transports", "La ministre chargée des Transports"])
def test_a_post_tied_to_its_field_by_a_participle_is_named_in_full(post: str) -> None:
    # « délégué aux », « chargée des »: the post in full, whose holder the text never named; not
    # the union leader quoted in the paragraph before
    text = (
        "Les vols sont annulés, selon la pilote Julie Marin. « Nous sommes à bout », a déclaré son "
        "secrétaire général, Stéphane Lacombe. Il a affirmé que les effectifs avaient baissé."
        f"\n\n{post} a qualifié la grève d'« irresponsable »."
    )
    speaker = _said(Resolver(text), text, post, MentionKind.DESCRIPTION, "« irresponsable")
    assert speaker.name == post[post.index(" ") + 1 :]


def test_the_one_person_named_holds_no_seat_the_text_never_gave_them() -> None:
    # the union leader is the only person named, and in the first line, a paragraph before: « le
    # ministre délégué aux Transports » is not him, one seat, one holder (sole_person,
    # headline_person)
    text = (
        "« Nous sommes à bout », a déclaré son secrétaire général, Stéphane Lacombe. Il a affirmé "
        "que les effectifs avaient baissé.\n\nLe ministre délégué aux Transports a qualifié la grève "
        "d'« irresponsable »."
    )
    post = "Le ministre délégué aux Transports"
    speaker = _said(Resolver(text), text, post, MentionKind.DESCRIPTION, "« irresponsable")
    assert speaker.name == "ministre délégué aux Transports"
    # the seat the text gave him: « le secrétaire général » is him
    text = text.replace(post, "Le secrétaire général")
    speaker = _said(Resolver(text), text, "Le secrétaire général", MentionKind.DESCRIPTION, "« irresponsable")
    assert speaker.name == "Stéphane Lacombe"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "« J'ai tout vu depuis mon balcon », raconte une habitante de l'immeuble. Cette "
            "aide-soignante de 52 ans, Nadia Ferrand, affirme avoir entendu un coup de feu.",
            "une habitante de l'immeuble",
            "Nadia Ferrand",
        ),
        (
            "« Il faut attendre l'enquête », a réagi son porte-parole. Ce dernier, Grégory Lamaison, "
            "a rappelé les faits.",
            "son porte-parole",
            "Grégory Lamaison",
        ),
        # must not: a demonstrative of the other gender takes up someone else
        (
            "« J'ai tout vu », raconte une habitante. Ce retraité, Paul Roux, affirme le contraire.",
            "une habitante",
            "habitante",
        ),
        # must not: no name apposed to the demonstrative
        (
            "« J'ai tout vu », raconte une habitante. Cette retraitée a ajouté un détail.",
            "une habitante",
            "habitante",
        ),
    ],
)
def test_the_next_sentence_names_the_person_just_described(text: str, words: str, name: str) -> None:
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "«")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # « qui » after a statement stands for the statement: its issuer speaks
        (
            "Deux pompiers ont été blessés, a annoncé la préfecture du Var dans un communiqué, qui "
            "appelle la population à « ne pas se rendre sur les lieux ».",
            "préfecture du Var",
        ),
        (
            "Le ministère a publié un communiqué, qui appelle les habitants à « rester chez eux ».",
            "ministère",
        ),
        # must not: a fronted statement is the subject's after its comma, as before
        (
            "Dans un communiqué, la préfecture appelle la population à « ne pas se rendre sur les lieux ».",
            "préfecture",
        ),
    ],
)
def test_a_relative_after_a_statement_is_its_issuer(text: str, name: str) -> None:
    words = "qui" if ", qui" in text else "la préfecture"
    assert _said(Resolver(text), text, words, MentionKind.PRONOUN, "«").name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # « Qui » opening a sentence links it to the name the sentence before ends on
        (
            "« Rien n'est joué », a expliqué Marc Dubreuil. Qui estime que « tout reste ouvert ».",
            "Marc Dubreuil",
        ),
        (
            "Le texte a été voté par la Chambre des métiers. Qui juge « l'avancée insuffisante ».",
            "Chambre des métiers",
        ),
        # must not: the sentence before ends on no name
        ("Marc Dubreuil a parlé longtemps. Qui estime que « tout reste ouvert » ?", None),
    ],
)
def test_qui_opening_a_sentence_takes_up_the_name_the_one_before_ends_on(text: str, name: str | None) -> None:
    assert _said(Resolver(text), text, "Qui", MentionKind.PRONOUN, "«").name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a preposition of view or words before « qui »: its antecedent stands just before it
        (
            "La hausse alarme le préfet Henri Vasseur, pour qui « la ville ne peut plus suivre ».",
            "Henri Vasseur",
        ),
        ("La hausse alarme la maire, Anne Roux, selon qui « rien n'est prévu ».", "Anne Roux"),
        ("Le conseil a écouté Anne Roux, d'après qui « rien n'est prévu ».", "Anne Roux"),
        # must not: any other preposition between them is a complement's, no source's
        ("La hausse alarme la maire Anne Roux, avec qui « rien n'est prévu ».", None),
    ],
)
def test_a_relative_after_a_preposition_of_view_takes_up_the_name_before_it(
    text: str, name: str | None
) -> None:
    assert _said(Resolver(text), text, "qui", MentionKind.PRONOUN, "«").name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the description just said to speak is the pronoun's, though the text names others
        (
            "Le patron de la CGT, Philippe Martinez, a appelé à la grève. Le Premier ministre a "
            "répondu dans la soirée. « Le gouvernement ne reculera pas », a-t-il assuré.",
            "Premier ministre",
        ),
        # must not: a description of no role whose verb reports nothing (a role subject just
        # before is taken up whatever it did: test_a_pronoun_takes_up_the_role_that_was_…)
        (
            "Le patron de la CGT, Philippe Martinez, a appelé à la grève. Le jeune homme a dîné dans la "
            "soirée. « Le gouvernement ne reculera pas », a-t-il assuré.",
            "Philippe Martinez",
        ),
        # must not: two sentences back
        (
            "Le Premier ministre a répondu. Le patron de la CGT, Philippe Martinez, a appelé à la "
            "grève. Il était à Paris. « Nous ne reculerons pas », a-t-il assuré.",
            "Philippe Martinez",
        ),
    ],
)
def test_a_pronoun_takes_up_the_description_that_just_spoke(text: str, name: str) -> None:
    assert _said(Resolver(text), text, "-il", MentionKind.PRONOUN, "« ").name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Médecins sans frontières (MSF) a alerté. « C'est grave », a expliqué l'ONG.",
            "Médecins sans frontières (MSF)",
        ),
        # must not: initials in brackets that are no subject's
        ("Le rapport cite Médecins sans frontières (MSF). « C'est grave », a expliqué l'ONG.", "ONG"),
    ],
)
def test_initials_in_brackets_of_a_subject_are_the_organisation_taken_up(text: str, name: str) -> None:
    assert _said(Resolver(text), text, "l'ONG", MentionKind.DESCRIPTION, "«").name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the statement the index read whole, « un rapport selon lequel … », has its issuer
        ("L'association a publié un rapport selon lequel la pauvreté augmente.", "association"),
        # must not: a statement nobody is said to have issued stays itself
        ("Hier, un rapport selon lequel la pauvreté augmente a circulé.", "rapport"),
    ],
)
def test_a_statement_heading_a_longer_indexed_one_has_its_issuer(text: str, name: str) -> None:
    speaker = _said(Resolver(text), text, "un rapport", MentionKind.DOCUMENT, "la pauvreté")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Le jury, présidé par le cinéaste belge Marc Delvaux, a tranché.",
            "Marc Delvaux",
            "président, cinéaste belge",
        ),
        ("La commission, présidée par Marie Roux, a rendu son avis.", "Marie Roux", "présidente"),
        ("L'enquête, dirigée par Paul Roux, avance.", "Paul Roux", "directeur"),
        # must not: an agent of another participle holds no post
        ("Le rapport, rédigé par Paul Roux, a été publié.", "Paul Roux", None),
    ],
)
def test_presided_by_gives_the_agent_the_post(text: str, name: str, title: str | None) -> None:
    [found] = [o for o in index_document(text).occurrences if o.name == name]
    assert found.title == title


def test_the_president_of_the_jury_is_the_one_it_was_presided_by() -> None:
    text = (
        "Le jury, présidé par le cinéaste Marc Delvaux, a primé Salma Ben Hadid. "
        "Le président du jury a reconnu des débats « longs »."
    )
    speaker = _said(Resolver(text), text, "Le président du jury", MentionKind.DESCRIPTION, "« longs")
    assert (speaker.name, speaker.resolved_by) == ("Marc Delvaux", ResolvedBy.ROLE)


@pytest.mark.parametrize(
    ("verb", "name"),
    [
        ("s'est félicitée d'une édition record", "direction du festival"),  # the body that spoke
        ("a fermé ses portes", "Salma Ben Hadid"),  # must not: a body that did not speak
    ],
)
def test_a_pronoun_takes_up_the_unnamed_body_that_just_spoke(verb: str, name: str) -> None:
    text = (
        f"Salma Ben Hadid a remporté le prix. La direction du festival {verb}. Elle a confirmé "
        "que « la prochaine édition » se tiendrait en septembre."
    )
    assert _said(Resolver(text), text, "Elle", MentionKind.PRONOUN, "« la").name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a possessive in a tag closing the sentence is its opening subject's
        (
            "Paul Roux a voté contre. Le président du conseil régional, qui n'a pas pris part au "
            "débat, « se réjouit » de l'issue du vote, a fait savoir son entourage.",
            "entourage du président du conseil régional",
        ),
        (
            "Paul Roux a voté contre. Le maire de Lyon, Marc Petit, « regrette » la décision, a "
            "indiqué son entourage.",
            "entourage de Marc Petit",
        ),
        # must not: a quote opening its sentence leaves the owner to the text before
        ("Paul Roux a voté contre. « Je suis déçu », a fait savoir son entourage.", "entourage de Paul Roux"),
    ],
)
def test_a_possessive_in_a_closing_tag_is_the_sentence_subject_s(text: str, name: str) -> None:
    assert _said(Resolver(text), text, "son entourage", MentionKind.DESCRIPTION, "« ").name == name


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # a fronted source phrase on a possessive: the person named as the clause's subject after it
        (
            "La loi a été censurée, au grand dam de Paul Roux. Et, d'après son entourage, le président "
            "Marc Petit a exigé « des réponses rapides ».",
            "son entourage",
            "entourage de Marc Petit",
        ),
        (
            "Paul Roux a voté contre. Selon ses proches, Anne Morel ne se représentera « pas en mars ».",
            "ses proches",
            "proches d'Anne Morel",
        ),
        # must not: a name set off as the phrase's apposition is the one it describes
        (
            "Paul Roux a été mis en examen. Selon son avocat, Pierre Martin, au micro de RTL, « rien "
            "ne tient ».",
            "son avocat",
            "Pierre Martin",
        ),
        # must not: a subject that names no one leaves the owner to the text before
        (
            "Marie Dupont a été hospitalisée. Selon son mari, la police « n'a rien vu ».",
            "son mari",
            "mari de Marie Dupont",
        ),
    ],
)
def test_a_possessive_in_a_fronted_source_is_the_named_subject_s(text: str, words: str, name: str) -> None:
    assert _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« ").name == name


@pytest.mark.parametrize(
    ("before", "name"),
    [
        # the subject of the sentence before, a role's description, is whose entourage speaks
        ("Le directeur général ne s'est pas exprimé.", "entourage du directeur général"),
        # must not: a thing's noun owns no entourage; the person named before does
        ("Le dossier n'a pas avancé.", "entourage de Josiane Martel"),
    ],
)
def test_a_possessive_takes_up_the_role_described_just_before(before: str, name: str) -> None:
    text = (
        f"« Personne n'est venu », témoigne Josiane Martel, retraitée. {before} "
        "Son entourage assure qu'il « prendra ses responsabilités »."
    )
    assert _said(Resolver(text), text, "Son entourage", MentionKind.DESCRIPTION, "« prendra").name == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # an incise closing an unmarked clause, resolved from its own place (an indirect quote's
        # source): the possessive is the clause's subject's, not the person named before
        (
            "Le ministre de l'Intérieur se rendra sur les lieux mardi, a annoncé son entourage.",
            "entourage du ministre de l'Intérieur",
        ),
        # must not: a possessive opening its sentence leaves the owner to the text before
        ("Son entourage a annoncé une visite mardi.", "entourage de Josiane Martel"),
    ],
)
def test_a_possessive_closing_an_unmarked_clause_is_its_subject_s(sentence: str, name: str) -> None:
    text = f"« Personne n'est venu », témoigne Josiane Martel, retraitée. {sentence}"
    found = mention(text, "son entourage" if "son" in sentence else "Son entourage", MentionKind.DESCRIPTION)
    assert Resolver(text).resolve(found, before=found.span.start).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Des éleveurs ont manifesté à l'appel de la Fédération des éleveurs des Alpes du Sud. "
            "« Les loups sont trop nombreux », a dénoncé le syndicat agricole.",
            "Fédération des éleveurs des Alpes du Sud",
        ),
        # two unions named: « le syndicat » names neither
        (
            "Des éleveurs ont manifesté à l'appel de la Fédération des éleveurs et de l'Union des "
            "bergers. « Les loups sont trop nombreux », a dénoncé le syndicat agricole.",
            "syndicat agricole",
        ),
    ],
)
def test_the_union_takes_up_the_one_federation_named(text: str, name: str) -> None:
    # a union is named « Fédération … », « Union … », « Confédération … », then « le syndicat »
    speaker = _said(Resolver(text), text, "le syndicat agricole", MentionKind.DESCRIPTION, "« L")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Le blessé a été héliporté vers le centre hospitalier de Gap. Son état n'inspire plus "
            "d'inquiétude, d'après l'établissement.",
            "l'établissement",
            "centre hospitalier de Gap",
        ),
        (
            "Des agents de l'Office national des forêts ont abattu les arbres. Son état n'inspirait "
            "plus d'espoir, assure l'établissement public.",
            "l'établissement public",
            "Office national des forêts",
        ),
        # must not: no organisation named, « l'établissement » is no name of its own
        (
            "Le blessé a été héliporté. Son état n'inspire plus d'inquiétude, d'après l'établissement.",
            "l'établissement",
            None,
        ),
    ],
    ids=["hospital", "office", "none named"],
)
def test_l_etablissement_takes_up_the_organisation_named(text: str, words: str, name: str | None) -> None:
    # « établissement » is too general to be an organisation's name, as « l'homme » a person's
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "Son état")
    assert speaker.name == name


def test_a_person_described_by_what_they_do_is_the_next_pronoun_s() -> None:
    text = (
        "Le blessé a été transporté vers le centre hospitalier de Gap. « Tout le monde savait que "
        "ce couloir allait partir », a témoigné {}. Il a raconté avoir croisé le groupe."
    )
    # an agent noun no list holds names someone new, whom the next « il » takes up
    instructor = text.format("un moniteur de l'école de ski")
    resolver = Resolver(instructor)
    _said(resolver, instructor, "un moniteur", MentionKind.DESCRIPTION, "« Tout")
    assert _said(resolver, instructor, "Il", MentionKind.PRONOUN, "avoir croisé").name == "moniteur"
    # must not: « un homme » is as general as a name left out, no antecedent for « il »
    man = text.format("un homme")
    resolver = Resolver(man)
    _said(resolver, man, "un homme", MentionKind.DESCRIPTION, "« Tout")
    assert _said(resolver, man, "Il", MentionKind.PRONOUN, "avoir croisé").name != "homme"


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("l'aviation civile argentine", "aviation civile argentine"),
        ("le rectorat", "rectorat"),
        ("l'inspection du travail", "inspection du travail"),
    ],
)
def test_an_authority_named_by_what_it_oversees_is_a_source(words: str, name: str) -> None:
    # « -tion » names a thing (« l'implication »), but these name the body that does it
    text = f"D'après {words}, le nuage pourrait atteindre la ville jeudi."
    assert _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "le nuage").name == name


@pytest.mark.parametrize(
    ("text", "source", "description", "name"),
    [
        # a hypernym title (« responsable ») rules out no specific role of the one just quoted
        (
            "« C'est une première », explique la responsable du chantier, Claire Ferrandi. "
            "L'archéologue estime que la tombe date du IIe siècle.",
            "la responsable du chantier, Claire Ferrandi",
            "L'archéologue",
            "Claire Ferrandi",
        ),
        # a hypernym description names every post of its field (« le préfet » is a civil servant)
        (
            "« L'intervention a été rapide », a déclaré le préfet de la Drôme, Laurent Bessière. "
            "Le haut fonctionnaire a précisé que le suspect était connu.",
            "le préfet de la Drôme, Laurent Bessière",
            "Le haut fonctionnaire",
            "Laurent Bessière",
        ),
        # a position on the team, in two words, is the player's
        (
            "« Nous avons trahi la confiance », a reconnu le capitaine, Mathieu Estrade. "
            "Le troisième ligne a expliqué que le groupe avait perdu pied.",
            "le capitaine, Mathieu Estrade",
            "Le troisième ligne",
            "Mathieu Estrade",
        ),
        # must not: two specific roles of posts tell two people apart
        (
            "« Nous irons en appel », a déclaré le ministre Paul Roux. "
            "Le procureur a annoncé qu'il ouvrait une enquête.",
            "le ministre Paul Roux",
            "Le procureur",
            "procureur",
        ),
    ],
    ids=["hypernym title", "hypernym description", "position", "two posts"],
)
def test_a_description_takes_up_the_one_just_quoted_unless_their_roles_differ(
    text: str, source: str, description: str, name: str
) -> None:
    resolver = Resolver(text)
    _said(resolver, text, source, MentionKind.NAME, "« ")
    assert _said(resolver, text, description, MentionKind.DESCRIPTION, description).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the one firm named, however far back, with its noun and adjectives around it
        (
            "Le lanceur, développé par la jeune société toulousaine Orbitale Systèmes, a échoué. "
            "La fusée a dévié. Les débris sont tombés en mer. Aucun blessé n'est à déplorer. "
            "Selon l'entreprise, le guidage serait en cause.",
            "Orbitale Systèmes",
        ),
        # must not: two firms named, « l'entreprise » names neither
        (
            "Des salariés de la société Alpha et du groupe Beta ont manifesté. Les syndicats "
            "protestent. Selon l'entreprise, le guidage serait en cause.",
            "entreprise",
        ),
    ],
    ids=["one firm", "two firms"],
)
def test_the_firm_takes_up_the_one_firm_named(text: str, name: str) -> None:
    assert _said(Resolver(text), text, "l'entreprise", MentionKind.DESCRIPTION, "le guidage").name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the subject of the sentence just before, by a role of its own, whatever it did there
        (
            "Hélène Carrasco, professeure, a manifesté. La ministre de l'Éducation nationale a, de "
            "son côté, défendu sa réforme. « Je respecte le droit de grève », a-t-elle déclaré.",
            "ministre de l'Éducation nationale",
        ),
        # a hyphenated role keeps its complement
        (
            "Le porte-parole du gouvernement a répondu sur la BFX. « Je pars », a-t-il affirmé.",
            "porte-parole du gouvernement",
        ),
        # a body's common noun between them does not hide it
        (
            "Le ministre des Sports a défendu son bilan. Après les critiques du journal, « Je "
            "pars », a-t-il répété.",
            "ministre des Sports",
        ),
    ],
    ids=["post", "hyphenated", "body between"],
)
def test_a_pronoun_takes_up_the_role_subject_of_the_sentence_before(text: str, name: str) -> None:
    resolver = Resolver(text)
    for said in re.finditer(r"« [^»]*»", text):
        tag = re.search(r"-(il|elle)", text[said.end() :])
        assert tag is not None
        start = said.end() + tag.start()
        at = Span(start, start + len(tag.group()), source=text)
        speaker = resolver.resolve(Mention(at, at, MentionKind.PRONOUN), before=said.start())
    assert speaker.name == name


@pytest.mark.parametrize(
    ("apposition", "role", "name"),
    [
        # the one person named was given another role after her name: not « la ministre »
        ("secrétaire générale du Syndicat unitaire des lycées (SUL)", "ministre", None),
        # must not: the role apposed is the description's own
        ("ministre de l'Éducation nationale", "ministre", "Hélène Carrasco"),
    ],
    ids=["other role", "same role"],
)
def test_the_one_person_named_is_not_a_role_her_apposition_rules_out(
    apposition: str, role: str, name: str | None
) -> None:
    text = f"« Ce chiffre ne veut rien dire », a réagi Hélène Carrasco, {apposition}. La ministre a parlé."
    found = sole_person(index_document(text), text.index("La ministre"), role, "f")
    assert (found.name if found else None) == name


@pytest.mark.parametrize(
    ("text", "noun", "kept"),
    [
        # a local public office names itself, never the firm quoted before it
        (
            "La société Ventura Énergies veut construire un parc. D'après Ventura Énergies, le parc "
            "alimenterait 25 000 foyers. {noun} rappelle que le projet a reçu un avis favorable.",
            "La préfecture",
            "préfecture",
        ),
        # a body that seeks no profit never takes up a firm
        (
            "Des habitants manifestent contre le parc que la société Ventura Énergies veut "
            "construire. {noun} a annoncé un recours.",
            "L'association",
            "association",
        ),
        # a noun whose complement says which body it is takes up none named otherwise
        (
            "La société Ventura Énergies veut construire un parc. {noun} rappelle que le projet "
            "rapporterait deux millions d'euros.",
            "L'office de tourisme",
            "office de tourisme",
        ),
        # « la sous-préfecture », as « la préfecture », is that office itself
        (
            "La société Ventura Énergies veut construire un parc. {noun} rappelle que le projet a "
            "reçu un avis favorable.",
            "La sous-préfecture",
            "sous-préfecture",
        ),
    ],
    ids=["prefecture", "association", "own complement", "sub-prefecture"],
)
def test_an_organisation_noun_of_another_kind_never_takes_up_a_firm(text: str, noun: str, kept: str) -> None:
    written = text.format(noun=noun)
    speaker = _said(Resolver(written), written, noun, MentionKind.DESCRIPTION, noun)
    assert speaker.name == kept
    # a noun a firm is called by takes it up
    written = text.format(noun="L'entreprise")
    speaker = _said(Resolver(written), written, "L'entreprise", MentionKind.DESCRIPTION, "L'entreprise")
    assert speaker.name == "Ventura Énergies"


def test_a_gendered_description_counts_only_the_persons_of_its_gender() -> None:
    # « la ministre »: the minister she met, a man, is no second candidate
    text = (
        "La ministre déléguée, Claire Dessaint, a écourté sa visite. Le ministre solvène, Petar "
        "Vlasić, a pris la parole au dîner. La ministre a alors quitté la table."
    )
    limit = text.rindex("La ministre")
    found = sole_person(index_document(text), limit, "ministre", "f")
    assert found is not None
    assert found.name == "Claire Dessaint"
    # « le ministre »: two men named, no one person
    text = text.replace("Claire Dessaint", "Paul Dessaint")
    text = text.replace("La ministre déléguée", "Le ministre délégué")
    assert sole_person(index_document(text), text.rindex("La ministre"), "ministre", "m") is None


def test_an_organisation_named_in_marks_after_its_noun_is_taken_up_by_that_noun() -> None:
    text = (
        "« C'est un désastre », a lancé Monique Teyssier, présidente de l'association « Vent debout "
        "pour Vergnes ». L'association a annoncé un recours."
    )
    names = [o.name for o in index_document(text).occurrences if o.kind == "organisation"]
    assert names[0] == "association Vent debout pour Vergnes"
    speaker = _said(Resolver(text), text, "L'association", MentionKind.DESCRIPTION, "un recours")
    assert speaker.name == "Vent debout pour Vergnes"
    # a verb in marks after the noun is the body's words, no name: « le syndicat « regrette » »
    text = "Le syndicat « regrette » la décision."
    names = [o.name for o in index_document(text).occurrences if o.kind == "organisation"]
    assert names == ["syndicat"]


def test_a_statement_of_a_shop_chain_is_the_chain_s_and_its_sequel_too() -> None:
    text = (
        "La chaîne Fournils Delaunay a rappelé des sandwichs. « Rapportez ces produits », indique "
        "un communiqué de l'enseigne. Les ventes ont baissé. Le lot venait d'un sous-traitant. Les "
        "analyses ont été faites. Les clients sont inquiets. Les magasins sont restés ouverts. La "
        "préfecture a enquêté. « Les résultats n'étaient pas concluants », lit-on dans un second "
        "communiqué diffusé mardi."
    )
    resolver = Resolver(text)
    first = _said(resolver, text, "un communiqué de l'enseigne", MentionKind.DOCUMENT, "« Rapportez")
    assert first.name == "Fournils Delaunay"
    # « un second communiqué », far past the first: the same issuer
    second = _said(resolver, text, "un second communiqué", MentionKind.DOCUMENT, "« Les résultats")
    assert (second.name, second.resolved_by) == ("Fournils Delaunay", ResolvedBy.ISSUER)
    # a statement that follows no other of its kind keeps its words
    text = "Les ventes ont baissé. « Rien n'est conclu », lit-on dans un second communiqué."
    speaker = _said(Resolver(text), text, "un second communiqué", MentionKind.DOCUMENT, "« Rien")
    assert speaker.name == "second communiqué"


@pytest.mark.parametrize(
    ("subject", "pronoun", "name"),
    [
        # a capitalised adjective of rank opens the role, no name of its own
        ("Le Premier ministre", "-il", "Premier ministre"),
        ("L'ancien ministre de la Santé", "-il", "ancien ministre de la Santé"),
        # the post's complement stops before the verb: « a » is no adjective of « Santé »
        ("La ministre de la Santé", "-elle", "ministre de la Santé"),
        ("La ministre de l'Éducation nationale", "-elle", "ministre de l'Éducation nationale"),
    ],
)
def test_a_pronoun_takes_up_the_role_that_was_the_subject_just_before(
    subject: str, pronoun: str, name: str
) -> None:
    text = f"{subject} a rencontré les syndicats. « Nous avons trouvé un accord », a-t{pronoun} indiqué."
    assert pronoun_at(text, text.index(pronoun), pronoun, "« Nous").name == name


def test_a_person_named_in_the_role_s_own_clause_is_not_titled_by_it() -> None:
    # « Le maire a rendu hommage à Paul Roux »: the verb between them, the role titles no one;
    # the pronoun takes up the mayor, not the man he paid tribute to
    text = (
        "Le maire a rendu hommage à Paul Roux, décédé samedi. « C'était un homme de cœur », a-t-il déclaré."
    )
    assert pronoun_at(text, text.index("-il"), "-il", "« C'était").name == "maire"


@pytest.mark.parametrize(
    ("text", "statement", "quote", "name", "by"),
    [
        # an unsigned statement read by « on » is the body last named as a subject, a sentence
        # or a paragraph back
        (
            "SNCF Réseau, gestionnaire de la voie, a ouvert une enquête. « Nos équipes sont sur "
            "place », lit-on dans un communiqué publié en fin de matinée.",
            "un communiqué",
            "« Nos",
            "SNCF Réseau",
            ResolvedBy.ORGANISATION,
        ),
        (
            "La Banque régionale de l'Ouest a reconnu jeudi une cyberattaque. Des IBAN ont été volés."
            "\n\n« Aucun code n'a été compromis », peut-on lire dans un communiqué.",
            "un communiqué",
            "« Aucun",
            "Banque régionale de l'Ouest",
            ResolvedBy.ORGANISATION,
        ),
        # a person last named may have signed it or not (his office, his party): the statement
        (
            "Le maire Paul Durand a démissionné lundi. « Je pars la tête haute », lit-on dans un communiqué.",
            "un communiqué",
            "« Je",
            "communiqué",
            ResolvedBy.WORDS,
        ),
        # not read by « on »: « selon un communiqué » keeps to the statement's own words
        (
            "La Banque régionale de l'Ouest a reconnu jeudi une cyberattaque. Selon un communiqué, "
            "aucun code n'a été compromis.",
            "un communiqué",
            "aucun code",
            "communiqué",
            ResolvedBy.WORDS,
        ),
    ],
)
def test_an_unsigned_statement_read_by_on_is_the_body_in_focus(
    text: str, statement: str, quote: str, name: str, by: ResolvedBy
) -> None:
    speaker = _said(Resolver(text), text, statement, MentionKind.DOCUMENT, quote)
    assert (speaker.name, speaker.resolved_by) == (name, by)


@pytest.mark.parametrize(
    ("text", "description", "quote", "name"),
    [
        # who runs a business is a role: the description takes up the name it titled
        (
            "Le promoteur immobilier Frédéric Castagnet comparaît depuis lundi. Son avocat a plaidé "
            "la relaxe. Le promoteur a reconnu « des erreurs de gestion ».",
            "Le promoteur",
            "« des erreurs",
            "Frédéric Castagnet",
        ),
        (
            "L'armatrice Hélène Cadiou a vendu deux navires. « Il le fallait », a reconnu l'armatrice.",
            "l'armatrice",
            "« Il",
            "Hélène Cadiou",
        ),
    ],
)
def test_a_business_role_takes_up_the_name_it_titled(
    text: str, description: str, quote: str, name: str
) -> None:
    nth = 1 if text.count(description) > 1 else 0
    speaker = _said(Resolver(text), text, description, MentionKind.DESCRIPTION, quote, nth=nth)
    assert speaker.name == name


def test_a_firm_named_by_a_plural_head_is_taken_up_as_the_firm() -> None:
    text = (
        "La fuite vient de l'usine des Établissements Rouvière, qui emploie 140 salariés. "
        "L'entreprise a promis de coopérer « pleinement »."
    )
    speaker = _said(Resolver(text), text, "L'entreprise", MentionKind.DESCRIPTION, "« pleinement")
    assert speaker.name == "Établissements Rouvière"
    # in small letters the noun is common: no organisation
    text = "Les établissements scolaires ferment lundi. « Rien ne change », a dit le recteur."
    assert not [o for o in index_document(text).occurrences if o.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        (
            "« La réforme est inacceptable », a déclaré la Conférence des directeurs d'écoles d'art.",
            "la Conférence des directeurs d'écoles d'art",
            "Conférence des directeurs d'écoles d'art",
        ),
        (
            "Selon le Front uni des locataires de Vaubec, « les loyers explosent ».",
            "le Front uni des locataires de Vaubec",
            "Front uni des locataires de Vaubec",
        ),
    ],
)
def test_a_body_s_own_name_capitalised_on_its_first_word_is_whole(text: str, source: str, name: str) -> None:
    # French writes an institution with a capital on its first word only: the name runs on in
    # small letters
    speaker = _said(Resolver(text), text, source, MentionKind.NAME, "« ")
    assert speaker.name == name
    # in small letters the noun is common: no organisation
    text = "Lors d'une conférence de presse, le maire a répondu. « Rien ne change », a-t-il dit."
    assert not [o for o in index_document(text).occurrences if o.kind == "organisation"]


def test_a_body_is_named_as_the_writer_names_it_not_as_a_quote_does() -> None:
    text = (
        "Le président de l'Ordre de Lormont a démissionné, jugeant l'affaire « interne à l'Ordre "
        "hospitalier de Lormont ». L'Ordre a dénoncé une décision « inacceptable »."
    )
    speaker = _said(Resolver(text), text, "L'Ordre", MentionKind.NAME, "inacceptable", nth=0)
    assert speaker.name == "Ordre de Lormont"


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Le Stade Auberive, avant-dernier de Ligue 2,", "Stade Auberive"),
        ("L'Olympique de Verlaine, relégable,", "Olympique de Verlaine"),
        ("L'US Péronville, battue à domicile,", "US Péronville"),
    ],
)
def test_a_club_named_by_its_own_name_is_taken_up_as_the_club(opening: str, name: str) -> None:
    text = (
        f"{opening} a annoncé lundi le départ de son entraîneur Didier Castagné. Dans un "
        "communiqué, le club explique avoir agi « pour provoquer un électrochoc »."
    )
    speaker = _said(Resolver(text), text, "le club", MentionKind.DESCRIPTION, "« pour")
    assert speaker.name == name
    assert speaker.resolved_by is ResolvedBy.ORGANISATION


def test_a_body_s_name_is_given_as_the_text_wrote_it_in_full() -> None:
    # the parser left « connectées » out of the subject: the name is still the one the text wrote
    text = "L'association Familles connectées a regretté un débat « mené sans elles »."
    speaker = _said(Resolver(text), text, "L'association Familles", MentionKind.NAME, "« mené")
    assert speaker.name == "Familles connectées"
    # a name the text never wrote longer stays as it is
    text = "L'association Familles a regretté un débat « mené sans elles »."
    speaker = _said(Resolver(text), text, "L'association Familles", MentionKind.NAME, "« mené")
    assert speaker.name == "Familles"


def test_a_museum_speaks_as_a_body() -> None:
    text = (
        "La découverte a été rendue publique par le Muséum d'histoire naturelle de Bernac. "
        "Le muséum parle d'une trouvaille « exceptionnelle »."
    )
    speaker = _said(Resolver(text), text, "Le muséum", MentionKind.DESCRIPTION, "« exceptionnelle")
    assert speaker.name == "Muséum d'histoire naturelle de Bernac"


@pytest.mark.parametrize(
    ("first", "name"),
    [
        # a body of the state takes up no firm named by its own name: it stays itself
        ("Dans un communiqué, l'entreprise Ribaud Terrassements a affirmé", "parquet"),
        # but it takes up the one the text named by its initials
        ("Le PNF a ouvert une enquête. Dans un communiqué, le PNF a affirmé", "PNF"),
    ],
)
def test_the_parquet_takes_up_initials_never_a_firm(first: str, name: str) -> None:
    text = f"{first} avoir été retenu « sur la base du prix ». Le parquet a indiqué « ouvrir une enquête »."
    resolver = Resolver(text)
    first_mention = "l'entreprise Ribaud Terrassements" if "Ribaud" in text else "le PNF"
    _said(resolver, text, first_mention, MentionKind.NAME, "« sur", nth=text.count(first_mention) - 1)
    speaker = _said(resolver, text, "Le parquet", MentionKind.DESCRIPTION, "« ouvrir")
    assert speaker.name == name


@pytest.mark.parametrize("body", ["Le gouvernement", "Le ministère"])
def test_the_government_takes_up_no_firm_quoted_before(body: str) -> None:
    text = (
        "Pirelli a confirmé la fermeture de l'usine de Vierzon, « un crève-cœur » selon lui. "
        f"{body} a dénoncé « la brutalité » de l'annonce."
    )
    resolver = Resolver(text)
    _said(resolver, text, "Pirelli", MentionKind.NAME, "« un crève")
    speaker = _said(resolver, text, body, MentionKind.DESCRIPTION, "« la brutalité")
    assert speaker.name == body.split()[1]


def test_a_name_opening_on_les_is_no_person_a_role_titles() -> None:
    text = (
        "Le parquet a requis cinq ans contre l'ancienne directrice de l'Ehpad privé Les Glycines. "
        "L'ancienne directrice, Sylvie Morand, a contesté toute faute."
    )
    glycines = next(o for o in index_document(text).occurrences if o.name == "Les Glycines")
    assert glycines.kind != "person"
    assert glycines.title is None


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("À Lanserre, la mairie", "mairie de Lanserre"),
        ("À Saint-Jean-de-Luz, la sous-préfecture", "sous-préfecture de Saint-Jean-de-Luz"),
        # a place elsewhere in the sentence is no office's: « la mairie » stays itself
        ("La mairie, à Lanserre,", "mairie"),
        # a body that is not one to a place is no place's
        ("À Lanserre, le syndicat", "syndicat"),
        # an office held for one place, its holder too; after « Du côté de » and a participle's
        # phrase as well
        ("À Lanserre, le maire", "maire de Lanserre"),
        ("Du côté d'Ormeville, invoquant la sécurité, la préfète", "préfète d'Ormeville"),
        ("Du côté de Lanserre, la mairie", "mairie de Lanserre"),
        # must not: a post held for no one place
        ("À Lanserre, le ministre", "ministre"),
    ],
)
def test_a_local_office_after_the_place_opening_its_sentence_is_that_place_s(opening: str, name: str) -> None:
    text = f"La chaleur dure. {opening} a indiqué « avoir ouvert deux salles »."
    words = (
        opening.rsplit(", ", 1)[1].rstrip(",") if opening.startswith(("À", "Du")) else opening.split(",")[0]
    )
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« avoir")
    assert speaker.name == name


def test_a_body_right_after_a_finite_verb_is_its_object_not_the_subject_taken_up() -> None:
    # two clubs named: « le club » is the subject's, not the one « battu » governs
    text = "Le FC Nantes a battu l'AS Monaco samedi. Le club a salué « une victoire collective »."
    speaker = _said(Resolver(text), text, "Le club", MentionKind.DESCRIPTION, "« une")
    assert speaker.name == "FC Nantes"
    monaco = next(o for o in index_document(text).occurrences if o.name == "AS Monaco")
    assert not monaco.subject


def test_a_ground_and_a_firm_form_are_no_club() -> None:
    # « le Stade de France » is a ground; « SA » a firm's legal form before its name
    text = "Le Stade de France accueille la finale. La SA Durand fournit les sièges."
    organisations = {o.name for o in index_document(text).occurrences if o.kind == "organisation"}
    assert not any(name.startswith(("Stade", "SA")) for name in organisations)


def test_a_name_cut_from_its_firm_noun_is_still_the_firm() -> None:
    # « Séréna » opens persons' names too, so the name run is cut from « la société »: the firm
    # « le groupe » takes up all the same
    text = (
        "Le procès de la société Séréna Âge s'est ouvert lundi devant le tribunal. Les familles "
        "attendent des réponses. Du côté de Séréna Âge, le ton est tout autre. Dans un communiqué, "
        "le groupe dit « regretter profondément » ces décès."
    )
    speaker = _said(Resolver(text), text, "le groupe", MentionKind.DESCRIPTION, "« regretter")
    assert speaker.name == "Séréna Âge"


@pytest.mark.parametrize(
    ("body", "taken", "said_first", "second", "name"),
    [
        # a body of another kind than the last source is not that source
        ("Le parquet de Belvézet", "le parquet", "parquet de Belvézet", "la région", "région"),
        # a body of its kind (KINDRED_ORGANISATIONS), or a noun of any body, takes it up
        (
            "La Fédération des éleveurs du Var",
            "la fédération",
            "Fédération des éleveurs du Var",
            "le syndicat",
            "Fédération des éleveurs du Var",
        ),
        ("L'Agence des routes", "l'agence", "Agence des routes", "l'autorité", "Agence des routes"),
    ],
)
def test_a_body_of_another_kind_does_not_take_up_the_last_source(
    body: str, taken: str, said_first: str, second: str, name: str
) -> None:
    text = (
        f"{body} a ouvert une enquête. La voie est coupée. Les trains sont arrêtés. Les usagers "
        f"attendent. « Rien n'est exclu », a précisé {taken}. Des cars circulent « dès jeudi », a "
        f"annoncé {second}."
    )
    resolver = Resolver(text)
    assert _said(resolver, text, taken, MentionKind.DESCRIPTION, "« Rien").name == said_first
    assert _said(resolver, text, second, MentionKind.DESCRIPTION, "« dès").name == name


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        # the one who speaks for a body, set off in its phrase, is the source
        ("L'opposition, par la voix de Karim Saïd,", "Karim Saïd"),
        ("Le syndicat, par la voix de son secrétaire général, Louis Perrin,", "Louis Perrin"),
        # must not: a body with no such phrase stays itself
        ("L'opposition", "opposition"),
    ],
)
def test_a_body_speaking_through_someone_s_voice_is_that_someone(subject: str, name: str) -> None:
    text = f"{subject} a jugé le budget « insincère »."
    speaker = _said(Resolver(text), text, subject, MentionKind.DESCRIPTION, "« insincère")
    assert speaker.name == name


def test_a_person_named_in_passing_is_not_the_description_after_it() -> None:
    # « Karim Benzema, le technicien a répondu »: no apposition (a verb follows), and a person
    # named in a complement, with no title, counts a sentence farther than the titled subject
    text = (
        "Le sélectionneur Didier Deschamps a annoncé sa liste. Interrogé sur l'absence de Karim "
        "Benzema, le technicien a répondu : « Ce choix est sportif. »"
    )
    speaker = _said(Resolver(text), text, "le technicien", MentionKind.DESCRIPTION, "« Ce")
    assert speaker.name == "Didier Deschamps"
    # must not: the person named as the subject just before is still the one taken up
    text = (
        "Le sélectionneur Didier Deschamps a annoncé sa liste. L'entraîneur Paul Roux a réagi "
        "lundi. « Ce choix est sportif », a répondu le technicien."
    )
    speaker = _said(Resolver(text), text, "le technicien", MentionKind.DESCRIPTION, "« Ce")
    assert speaker.name == "Paul Roux"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # « leur » before a role noun is its possessive: the role is the name's title
        ("Le match a basculé grâce à leur gardienne, Inès Morvandiau, auteure de onze arrêts.", "gardienne"),
        ("Leurs avocats ont plaidé. Leur porte-parole, Paul Roux, a lu un texte.", "porte-parole"),
        # but the clitic of « leur a parlé » opens no title
        ("Le maire leur a parlé, Paul Roux en tête.", None),
    ],
    ids=["possessive", "possessive, compound role", "clitic"],
)
def test_a_role_after_leur_is_the_title_of_the_name_apposed_to_it(text: str, title: str | None) -> None:
    [roux] = [
        o
        for o in index_document(text).occurrences
        if o.from_run and o.name in {"Inès Morvandiau", "Paul Roux"}
    ]
    assert roux.title == title


@pytest.mark.parametrize(
    ("text", "description", "name"),
    [
        # an adjective made a noun takes up the one person whose title it qualifies
        (
            "La présidente sortante, Hélène Castagnède, et son adversaire, Sandrine Oulié, ont débattu. "
            "Dès le début, la sortante a défendu son bilan : « Nous avons tenu parole. »",
            "la sortante",
            "Hélène Castagnède",
        ),
        # a word of a complement of the title is not what the person is
        (
            "Sandrine Lebreton, vice-présidente de la métropole, a présenté le chantier. "
            "La métropole assure qu'un fonds sera « ouvert dès le mois prochain ».",
            "La métropole",
            "métropole",
        ),
        # the word in another form (another gender) than the title's: no one
        (
            "La présidente sortante, Hélène Castagnède, a parlé. Le sortant a répondu : « Non. »",
            "Le sortant",
            "sortant",
        ),
    ],
    ids=["adjective of the title", "complement of the title", "other form"],
)
def test_a_word_of_one_person_s_title_made_a_noun_is_that_person(
    text: str, description: str, name: str
) -> None:
    speaker = _said(Resolver(text), text, description, MentionKind.DESCRIPTION, "« ")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("second", "name"),
    [
        # « l'entreprise » is no association: the body quoted before, known by the noun its mention
        # gave it, is of another kind, and the firm just named is the one
        ("Dans un communiqué, l’entreprise assure que", "Nexalis"),
        # the same noun takes it up again
        ("Dans un communiqué, l’association assure que", "Terres vives de Brévannes"),
    ],
    ids=["another kind", "the same kind"],
)
def test_a_body_quoted_before_is_taken_up_only_by_a_noun_of_its_kind(second: str, name: str) -> None:
    text = (
        "La société Nexalis veut construire un centre de données. "
        "Les opposants, réunis au sein de l’association Terres vives de Brévannes, manifestent. "
        "L’association affirme que la nappe est fragile. Nexalis conteste ces chiffres. "
        f"{second} son site utilisera « un circuit fermé »."
    )
    resolver = Resolver(text)
    first = text.index("L’association affirme")
    said = Span(first, first + len("L’association"), source=text)
    resolver.resolve(Mention(said, said, MentionKind.DESCRIPTION), before=first)
    start = text.index(second) + len("Dans un communiqué, ")
    words = second[len("Dans un communiqué, ") :].split(" ")[0]
    span = Span(start, start + len(words), source=text)
    speaker = resolver.resolve(Mention(span, span, MentionKind.DESCRIPTION), before=start)
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a second « de » complement joined by « et » is the same body's
        (
            "Le comité régional des pêches et des élevages a réclamé des aides.",
            "comité régional des pêches et des élevages",
        ),
        (
            "La fédération des éleveurs et de la filière bovine a protesté.",
            "fédération des éleveurs et de la filière bovine",
        ),
        # « et » then an article opens another body
        ("Le syndicat des pilotes et la direction ont signé.", "syndicat des pilotes"),
    ],
    ids=["et des", "et de la", "et la"],
)
def test_an_organisation_s_name_takes_a_second_complement_joined_by_et(text: str, name: str) -> None:
    names = [o.name for o in index_document(text).occurrences if o.kind == "organisation"]
    assert names[0] == name


def test_a_pronoun_takes_up_the_body_just_said_to_speak_past_a_word_its_name_left_out() -> None:
    # « marins » is left out of the body's words; its speech verb still follows it
    text = (
        "L'Observatoire océanologique de Port-Vendrac a mesuré 29 degrés. « C'est grave », a dit "
        "Nadia Belkacem, chercheuse à l'observatoire. Les pêcheurs s'inquiètent. "
        "Le comité régional des pêches et des élevages marins a réclamé des aides. "
        "Dans un communiqué, il demande « un fonds d'urgence »."
    )
    start = text.index(", il demande") + 2
    span = Span(start, start + 2, source=text)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.PRONOUN), before=text.index("« un"))
    assert speaker.name == "comité régional des pêches et des élevages"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # « la juridiction » is the court the text named
        (
            "Le tribunal administratif de Valmont a rejeté le recours. Dans sa décision, la juridiction "
            "estime que l'arrêté est « fondé ».",
            "tribunal administratif de Valmont",
        ),
        # never a body of another kind
        (
            "La préfecture de l'Orbe a pris un arrêté. Dans sa décision, la juridiction estime "
            "qu'il est « fondé ».",
            "juridiction",
        ),
    ],
    ids=["the court", "no court named"],
)
def test_la_juridiction_is_the_court_named(text: str, name: str) -> None:
    speaker = _said(Resolver(text), text, "la juridiction", MentionKind.DESCRIPTION, "« ")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # one seat, one holder: a councillor is not « le maire », a deputy not « la ministre »
        (
            "Le conseiller municipal Fabrice Ollier dénonce une gestion désastreuse. Le maire a "
            "qualifié ces accusations de « polémique indécente ».",
            "Le maire",
            None,
        ),
        (
            "La députée Anne Roux critique le texte. La ministre a répondu « non ».",
            "La ministre",
            None,
        ),
        # the seat the text gave: taken up
        (
            "Le maire Fabrice Ollier dénonce une gestion désastreuse. Le maire a qualifié ces "
            "accusations de « polémique indécente ».",
            "Le maire",
            "Fabrice Ollier",
        ),
        # two seats: either noun takes him up
        (
            "Le maire et conseiller départemental Paul Roux dénonce une gestion désastreuse. Le "
            "conseiller a dit « non ».",
            "Le conseiller",
            "Paul Roux",
        ),
        # a president chairs a body: not the minister the text named
        (
            "Le ministre de l'Agriculture, Paul Roux, a reçu les éleveurs. « Nous ne céderons "
            "pas », a déclaré le président.",
            "le président",
            None,
        ),
        # in court, the president is the judge who presides, not the prosecutor named
        (
            "La procureure Anne Vidal a requis deux ans de prison. « L'audience est suspendue », "
            "a annoncé la présidente.",
            "la présidente",
            None,
        ),
        # the president the text named is taken up
        (
            "Le président de la chambre d'agriculture, Paul Roux, a reçu les éleveurs. « Nous ne "
            "céderons pas », a déclaré le président.",
            "le président",
            "Paul Roux",
        ),
        # a minister the text says chairs a party too
        (
            "Le ministre de l'Agriculture et président du parti, Paul Roux, a reçu les éleveurs. "
            "« Nous ne céderons pas », a déclaré le président.",
            "le président",
            "Paul Roux",
        ),
    ],
    ids=[
        "councillor, mayor",
        "deputy, minister",
        "mayor, mayor",
        "two seats",
        "minister, president",
        "prosecutor, president",
        "president, president",
        "minister and party president",
    ],
)
def test_a_seat_is_not_taken_up_by_another_seats_noun(text: str, words: str, name: str | None) -> None:
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« ")
    named = speaker.resolved_by not in {ResolvedBy.WORDS, None}
    assert (speaker.name if named else None) == name


@pytest.mark.parametrize(
    ("title", "seats"),
    [
        ("maire de Vallorgues", {"maire"}),
        ("adjoint au maire de Lyon", {"adjoint"}),  # « au maire »: whose deputy he is
        ("maire et conseillère départementale", {"maire", "conseiller"}),
        ("porte-parole du préfet", set()),
        ("la maire de Dole", {"maire"}),  # her article, no complement
        ("proche de la maire", set()),
    ],
)
def test_the_seats_a_title_gives(title: str, seats: set[str]) -> None:
    assert _offices(title) == seats


@pytest.mark.parametrize(
    ("text", "family", "gender"),
    [
        ("Les frères Kouachi ont été arrêtés hier soir.", "Les frères Kouachi", "m"),
        ("Selon la presse, les sœurs Williams ont refusé.", "les sœurs Williams", "f"),
        ("Jean Tiberi est maire. Selon la police, les Tiberi ont voté deux fois.", "les Tiberi", "m"),
    ],
    ids=["brothers", "sisters", "the surname of someone named"],
)
def test_a_family_is_a_group_of_its_surname(text: str, family: str, gender: str) -> None:
    groups = [(o.name, o.gender, o.number) for o in index_document(text).occurrences if o.kind == "group"]
    assert groups == [(family, gender, "p")]


@pytest.mark.parametrize(
    "text",
    [
        "Les Bleus ont gagné le match face aux Pays-Bas.",  # no one of that surname is named
        "Paul Roux lit le quotidien Les Échos.",  # a title opening on « Les » is no one's surname
    ],
    ids=["a team", "a newspaper"],
)
def test_les_before_a_capitalised_word_is_no_family_by_itself(text: str) -> None:
    assert [o.name for o in index_document(text).occurrences if o.kind == "group"] == []


def test_elles_stands_for_the_family_just_named() -> None:
    text = "Les sœurs Williams ont dominé le tournoi. « Nous sommes heureuses », ont-elles dit."
    start = text.index("elles dit")
    span = Span(start, start + len("elles"), source=text)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.PRONOUN), before=text.index("« Nous"))
    assert (speaker.name, speaker.resolved_by) == ("sœurs Williams", ResolvedBy.ANTECEDENT)


def test_a_family_that_speaks_is_not_its_member_named_before() -> None:
    text = "Patrick Balkany est maire de la ville. Selon la police, les Balkany ont déclaré : « Non »."
    speaker = Resolver(text).resolve(
        mention(text, "les Balkany", MentionKind.NAME), before=text.index("« Non")
    )
    assert speaker.name == "Balkany"  # the family, not « Patrick Balkany »


def test_a_role_in_brackets_after_a_name_is_its_title() -> None:
    # a party in brackets says no role, but the apposition after it does
    text = (
        "Sepp Blatter (président de la FIFA) est inquiet. Marie Durand (LR) a voté contre. "
        "Paul Lemoine (UMP), maire de la station, a réagi."
    )
    titles = {o.name: o.title for o in index_document(text).occurrences if o.kind in {"person", "name"}}
    assert titles == {
        "Sepp Blatter": "président de la FIFA",
        "Marie Durand": None,
        "Paul Lemoine": "maire de la station",
    }


def test_a_bracketed_title_keeps_another_role_from_taking_the_person_up() -> None:
    text = (
        "Sepp Blatter (président de la FIFA) qualifie l'affaire de « plus gros scandale ». "
        "La commission a été saisie. « Le système est sophistiqué », a estimé le procureur."
    )
    resolver = Resolver(text)
    blatter = _said(resolver, text, "Sepp Blatter (président de la FIFA)", MentionKind.NAME, "« plus")
    assert blatter.name == "Sepp Blatter"
    speaker = _said(resolver, text, "le procureur", MentionKind.DESCRIPTION, "« Le")
    assert speaker.name == "procureur"  # not the president of the FIFA just quoted


def test_a_complement_s_name_cut_after_its_given_name_is_still_a_complement() -> None:
    # the index keeps « Loïk » apart from « Le Guen »; « de Loïk » still makes him a complement
    text = "Paul Roux, bras droit de Loïk Le Guen (président du groupe Elf), a dit : « Non »."
    words = "Paul Roux, bras droit de Loïk Le Guen (président du groupe Elf)"
    speaker = Resolver(text).resolve(mention(text, words, MentionKind.NAME), before=text.index("« Non"))
    assert speaker.name == "Paul Roux"


def test_names_after_a_gerund_are_its_objects_and_their_conjunct_too() -> None:
    text = (
        "Le Français Paul Roux complète le podium, en devançant le Britannique Tom Smith et le "
        "Néerlandais Jan Visser. Il a déclaré : « Je suis heureux. »"
    )
    objects = {o.name: o.after_verb for o in index_document(text).occurrences if o.kind == "person"}
    assert objects == {"Paul Roux": False, "Tom Smith": True, "Jan Visser": True}
    speaker = _said(Resolver(text), text, "Il", MentionKind.PRONOUN, "« Je")
    assert speaker.name == "Paul Roux"  # the subject, not the last name of the list


@pytest.mark.parametrize(
    ("text", "words", "kind", "name"),
    [
        (
            "Selon les chiffres de la préfecture, trois personnes ont été blessées.",
            "les chiffres de la préfecture",
            MentionKind.DESCRIPTION,
            "préfecture",
        ),
        (
            "D'après une étude publiée mardi par le service statistique du ministère, rien ne change.",
            "une étude publiée mardi par le service statistique du ministère",
            MentionKind.DESCRIPTION,
            "service statistique du ministère",
        ),
        (  # the parser cut the phrase after its participle: the agent is read up to the comma
            "Selon les résultats provisoires publiés lundi par la commission électorale nationale, "
            "le président sortant l'emporte.",
            "les résultats provisoires publiés",
            MentionKind.DESCRIPTION,
            "commission électorale nationale",
        ),
        (
            "D'après les commentaires publiés par Reuters, les deux clichés montrent le même immeuble.",
            "les commentaires publiés par Reuters",
            MentionKind.NAME,
            "Reuters",
        ),
        (  # a toll is figures too: « un bilan fourni par … »
            "Selon un nouveau bilan fourni par la protection civile du canton, douze maisons sont détruites.",
            "un nouveau bilan fourni par la protection civile du canton",
            MentionKind.DESCRIPTION,
            "protection civile du canton",
        ),
        (  # a statement whose issuing participle a comma sets off, past the phrase the parser gave
            "Selon le rapport, publié mardi par la Cour des comptes, les dépenses ont dérapé.",
            "le rapport",
            MentionKind.DOCUMENT,
            "Cour des comptes",
        ),
        (
            "D'après la note, diffusée lundi par la préfecture de l'Isère, la route restera fermée.",
            "la note",
            MentionKind.DOCUMENT,
            "préfecture de l'Isère",
        ),
        (
            "Selon les comptes du rectorat, le collège perdra trente élèves.",
            "les comptes du rectorat",
            MentionKind.DESCRIPTION,
            "rectorat",
        ),
    ],
    ids=[
        "figures of a body",
        "a study published by",
        "an agent past the parse",
        "comments published by",
        "a toll provided by",
        "a report published by",
        "a note released by",
        "counts of a body",
    ],
)
def test_figures_and_statements_are_their_issuer_s(
    text: str, words: str, kind: MentionKind, name: str
) -> None:
    start = text.index(",")
    speaker = Resolver(text).resolve(mention(text, words, kind), before=start)
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Selon les chiffres du chômage, la situation s'améliore.",
            "les chiffres du chômage",
            "chiffres du chômage",
        ),
        (
            "Selon un communiqué de presse, la situation s'améliore.",
            "un communiqué de presse",
            "communiqué de presse",
        ),
        (
            "Selon une enquête réalisée par téléphone, la moitié des sondés sont satisfaits.",
            "une enquête réalisée par téléphone",
            "enquête réalisée par téléphone",
        ),
    ],
    ids=["a topic, no issuer", "a kind of statement", "a means, no article"],
)
def test_a_complement_that_issues_nothing_leaves_the_statement_as_written(
    text: str, words: str, name: str
) -> None:
    speaker = Resolver(text).resolve(mention(text, words, MentionKind.DESCRIPTION), before=text.index(","))
    assert speaker.name == name


@pytest.mark.parametrize(
    ("before", "name"),
    [
        ("La famille compte saisir la justice.", "avocat de la famille de Weiming Zhao"),
        ("Weiming Zhao compte saisir la justice.", "avocat de Weiming Zhao"),
    ],
    ids=["the family just spoken of", "the person just spoken of"],
)
def test_a_possessive_role_is_the_collective_s_when_elle_would_be(before: str, name: str) -> None:
    text = (
        "Weiming Zhao a été blessé samedi. La famille de Weiming Zhao conteste ce récit. "
        f"{before} Pour son avocat, « il s'agit d'une faute grave »."
    )
    speaker = _said(Resolver(text), text, "son avocat", MentionKind.DESCRIPTION, "« il")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("les deux avocats", "Paul Roux et Marie Durand"),
        ("les avocats", "Paul Roux et Marie Durand"),
        ("les deux ministres", "deux ministres"),  # another role: as written
    ],
    ids=["the two", "the role alone", "another role"],
)
def test_a_plural_role_takes_up_the_pair_named_under_it(words: str, name: str) -> None:
    text = (
        "Les avocats Paul Roux et Marie Durand ont fait appel lundi. "
        f"« La décision est injuste », ont déclaré {words}."
    )
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« La")
    assert speaker.name == name


def test_a_name_the_parser_left_as_a_dependent_of_the_subject_s_role_is_the_subject() -> None:
    text = "Les juges Van Ruymbeke et Simeoni s'intéressent à la liste."
    doc = parse(
        text,
        """
Les le DET 1 det
juges juge NOUN 7 nsubj
Van Van X 1 dep
Ruymbeke Ruymbeke PROPN 2 flat:name
et et CCONJ 5 cc
Simeoni Simeoni PROPN 2 conj
s' se PRON 7 expl:comp
intéressent intéresser VERB -1 root
à à ADP 10 case
la le DET 10 det
liste liste NOUN 7 obl:arg
. . PUNCT 7 punct
""",
    )  # as spaCy parses it
    occurrences = index_document(text, doc).occurrences
    assert [(o.name, o.subject) for o in occurrences if o.name == "Van Ruymbeke"] == [("Van Ruymbeke", True)]
    assert [o.name for o in occurrences if o.kind == "group"] == ["Van Ruymbeke et Simeoni"]


@pytest.mark.parametrize(
    "words",
    ["De nombreux élus de la majorité", "Plusieurs élus de la majorité", "Certains élus de la majorité"],
)
def test_a_quantifier_in_the_article_s_place_makes_several_people_never_the_one_named(words: str) -> None:
    # « de nombreux », « plusieurs », « certains »: a plural, whom the one élu named is not
    text = f"Paul Roux, élu de la majorité, a voté le texte. {words} ont promis de « bloquer » la loi."
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« bloquer")
    assert speaker.name == words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the body's own name right after its noun phrase, no comma between: the body
        (
            "Les annulations restaient nombreuses à Lyon et Strasbourg. "
            "La société de cars à petits prix Volabus a annoncé « des lignes en plus ».",
            "Volabus",
        ),
        # must not: a comma sets the name apart, an apposition of its own; no body named there
        (
            "La société de cars à petits prix, Volabus, a annoncé « des lignes en plus ».",
            "société de cars à petits prix",
        ),
    ],
    ids=["named right after", "apposed"],
)
def test_a_body_s_name_right_after_its_noun_phrase_is_the_body(text: str, name: str) -> None:
    words = "La société de cars à petits prix"
    assert _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« des").name == name


@pytest.mark.parametrize(
    ("words", "name"),
    [
        # a former holder is not the one the text titles with the role now: the woman just named
        ("L'ancienne maire de Lyon", "Marie Vidal"),
        # must not: the role with no word of time is the holder the text titled so
        ("La maire de Lyon", "Anne Roux"),
    ],
)
def test_a_former_holder_is_not_the_one_the_text_titles_now(words: str, name: str) -> None:
    text = (
        "La maire de Lyon, Anne Roux, a défendu le projet. Un avis que ne partage pas Marie Vidal. "
        f"{words} a dénoncé « un gâchis »."
    )
    assert _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« un").name == name


def test_a_body_s_name_ends_at_the_verb_the_parser_reads_though_it_ends_like_an_adjective() -> None:
    # « reste » ends like « socialiste »: the parse says it is the verb, which no name runs over
    text = "La Commission reste ferme sur ce point."
    doc = parse(
        text,
        """
La le DET 1 det
Commission commission NOUN 2 nsubj
reste rester VERB -1 root VerbForm=Fin
ferme ferme ADJ 2 xcomp
sur sur ADP 6 case
ce ce DET 6 det
point point NOUN 2 obl:mod
. . PUNCT 2 punct
""",
    )  # as spaCy parses it
    occurrences = index_document(text, doc).occurrences
    assert [o.name for o in occurrences if o.kind == "organisation"] == ["Commission"]
    # an adjective of the body's name still runs on it
    text = "La Commission européenne reste ferme."
    doc = parse(
        text,
        """
La le DET 1 det
Commission commission NOUN 3 nsubj
européenne européen ADJ 1 amod
reste rester VERB -1 root VerbForm=Fin
ferme ferme ADJ 3 xcomp
. . PUNCT 3 punct
""",
    )
    occurrences = index_document(text, doc).occurrences
    assert [o.name for o in occurrences if o.kind == "organisation"] == ["Commission européenne"]
    # nor at a word the parser hangs on the body's noun as an adjective, though it tags it a verb
    text = "La Commission européenne reste ferme."
    doc = parse(
        text,
        """
La le DET 1 det
Commission commission NOUN 3 nsubj
européenne européen VERB 1 amod VerbForm=Fin
reste rester VERB -1 root VerbForm=Fin
ferme ferme ADJ 3 xcomp
. . PUNCT 3 punct
""",
    )
    occurrences = index_document(text, doc).occurrences
    assert [o.name for o in occurrences if o.kind == "organisation"] == ["Commission européenne"]


@pytest.mark.parametrize(
    ("before", "next_sentence", "name"),
    [
        ("", "L'avocat, José Figueira, a plaidé lundi.", "José Figueira"),
        ("", "La juge, Marie Roux, a plaidé lundi.", "son avocat"),  # another noun: as written
        ("L'avocat Paul Roux est arrivé. ", "L'avocat, José Figueira, a plaidé lundi.", "Paul Roux"),
    ],
    ids=["the same noun next", "another noun next", "named before"],
)
def test_a_description_takes_the_name_the_next_sentence_apposes_to_its_own_noun(
    before: str, next_sentence: str, name: str
) -> None:
    text = f"{before}Dilma Rousseff fera appel, a annoncé son avocat. {next_sentence}"
    speaker = _said(Resolver(text), text, "son avocat", MentionKind.DESCRIPTION, "Dilma")
    assert speaker.name == name


#: Two coaches, each brought in by their own paragraph: the second by name only, and taken up by
#: role in that paragraph.
COACHES = (
    "Basket : Montluçon remporte la Coupe\n\n"
    "Son entraîneuse, Sandrine Faure, a salué « une équipe qui n'a jamais paniqué ».\n\n"
    "Dans le camp adverse, Isabelle Kervella ne cachait pas sa déception. "
    "« On ne peut pas gagner une finale ainsi », a ajouté l'entraîneuse."
)


def test_a_role_in_a_paragraph_takes_up_the_person_that_paragraph_brought_in() -> None:
    speaker = _said(Resolver(COACHES), COACHES, "l'entraîneuse", MentionKind.DESCRIPTION, "« On ne")
    assert (speaker.name, speaker.resolved_by) == ("Isabelle Kervella", ResolvedBy.SALIENT)


def test_the_newcomer_of_a_paragraph_is_not_the_one_a_clitic_makes_the_object() -> None:
    # « L'entraîneuse lui a répondu »: « lui » is someone else than the subject; the titled coach
    text = (
        "Son entraîneuse, Sandrine Faure, a salué « une équipe qui n'a jamais paniqué ».\n\n"
        "Dans le camp adverse, Isabelle Kervella a critiqué l'arbitrage. "
        "L'entraîneuse lui a répondu « sans attendre »."
    )
    speaker = _said(Resolver(text), text, "L'entraîneuse", MentionKind.DESCRIPTION, "« sans")
    assert speaker.name == "Sandrine Faure"
    # the newcomer with a role of their own is not taken for another's
    text = text.replace("Isabelle Kervella a", "la capitaine Isabelle Kervella a").replace(" lui a", " a")
    speaker = _said(Resolver(text), text, "L'entraîneuse", MentionKind.DESCRIPTION, "« sans")
    assert speaker.name == "Sandrine Faure"


@pytest.mark.parametrize(
    ("text", "words", "quote", "name"),
    [
        # titled « son homologue » when first named, the Irish PM is not his own counterpart
        (
            "Le Premier ministre portugais, Rui Carvalho, a reçu son homologue irlandais, Ciarán "
            "Whelan. Interrogé sur ce désaccord, M. Whelan a reconnu des positions éloignées. "
            "Son homologue s'est montré plus optimiste : « Nous trouverons un accord. »",
            "Son homologue",
            "« Nous",
            "Rui Carvalho",
        ),
        (
            "Hélène Roux affrontait Marc Petit dans un débat télévisé. Marc Petit a défendu son "
            "bilan. Son adversaire a répondu « chiffres à l'appui ».",
            "Son adversaire",
            "« chiffres",
            "Hélène Roux",
        ),
    ],
)
def test_a_counterpart_is_the_other_party_of_the_one_the_possessive_stands_for(
    text: str, words: str, quote: str, name: str
) -> None:
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, quote)
    assert (speaker.name, speaker.resolved_by) == (name, ResolvedBy.ROLE)


def test_an_acronym_written_as_a_common_noun_names_no_one() -> None:
    # « IBAN » is a thing: the unsigned statement is the bank's, the last body named as a subject
    text = (
        "La Banque de l'Ouest a reconnu jeudi une cyberattaque. Noms et numéros IBAN figurent "
        "parmi les données volées. « Aucun mot de passe n'a été compromis », lit-on dans un communiqué."
    )
    assert "IBAN" not in {o.name for o in index_document(text).occurrences}
    speaker = _said(Resolver(text), text, "un communiqué", MentionKind.DOCUMENT, "« Aucun")
    assert speaker.name == "Banque de l'Ouest"
    # an acronym that is a body's is still one
    assert "CGT" in {o.name for o in index_document("Les militants de la CGT ont voté.").occurrences}


def test_an_office_is_not_given_to_the_person_a_paragraph_brings_in_by_name() -> None:
    # the prosecutor titled before, not the suspect the paragraph names
    text = (
        "Le procureur de Lyon, Marc Blanc, a ouvert une enquête.\n\n"
        "Paul Martin a contesté les faits dans l'après-midi. "
        "Le procureur a indiqué « qu'aucune piste n'est écartée »."
    )
    speaker = _said(Resolver(text), text, "Le procureur", MentionKind.DESCRIPTION, "« qu'", nth=1)
    assert (speaker.name, speaker.resolved_by) == ("Marc Blanc", ResolvedBy.ROLE)


@pytest.mark.parametrize("former", ["L'ex-président", "L'ex-chef de l'État", "L'ancien président"])
def test_a_former_holder_s_description_takes_up_the_person_for_the_pronoun_after_it(former: str) -> None:
    # the nearest subject, a description of Sarkozy, not the previous quote's speaker
    text = (
        "L'ancien président Nicolas Sarkozy a été mis en examen. Son avocat, Me Thierry Herzog, a "
        f"dénoncé « un acharnement ». {former} conteste les faits. « Je suis innocent », a-t-il affirmé."
    )
    speaker = _said(Resolver(text), text, "-il", MentionKind.PRONOUN, "« Je")
    assert speaker.name == "Nicolas Sarkozy"


def test_the_periphrasis_of_a_former_holder_is_their_role() -> None:
    assert periphrasis_role("l'ex-chef de l'État") == "président"
    assert periphrasis_role("l'ancien chef de l'État") == "président"
    assert periphrasis_role("le chef de chantier") is None


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        ("L'avocat a défendu son client. « C'est une erreur », a-t-il déclaré.", "-il", "avocat"),
        ("L'ambassadrice était absente. « Nous regrettons », a-t-elle déclaré.", "-elle", "ambassadrice"),
        (
            "L'entraîneur ne cache pas sa déception. « On a manqué de tout », regrette-t-il.",
            "-il",
            "entraîneur",
        ),
        (  # a role with its complement, written after a full article, keeps it
            "La ministre de la Culture a visité le chantier. « Il avance », a-t-elle dit.",
            "-elle",
            "ministre de la Culture",
        ),
        (  # a place after the post's complement is not cut in two (« d » was kept)
            "La procureure de la République d'Angers a requis. « C'est grave », a-t-elle dit.",
            "-elle",
            "procureure de la République",
        ),
        (  # coordinated complements of one post
            "Le ministre de l'Économie et des Finances a parlé. « Il avance », a-t-il dit.",
            "-il",
            "ministre de l'Économie et des Finances",
        ),
        (  # an adjective of the post before its complement
            "Le directeur général de l'Agence régionale de santé a parlé. « Il avance », a-t-il dit.",
            "-il",
            "directeur général de l'Agence régionale de santé",
        ),
        (  # not another person after « et »
            "Le maire et son adjoint ont visité le chantier. Le maire a parlé. « Il avance », a-t-il dit.",
            "-il",
            "maire",
        ),
        (  # « d'État », the capitalised noun of a post
            "Le secrétaire d'État chargé du Numérique a parlé. « Il avance », a-t-il dit.",
            "-il",
            "secrétaire d'État chargé du Numérique",
        ),
    ],
)
def test_a_role_after_an_elided_article_is_taken_up_without_the_verb_after_it(
    text: str, pronoun: str, name: str
) -> None:
    start = text.index(pronoun)
    span = Span(start, start + len(pronoun), source=text)
    found = Resolver(text).resolution(Mention(span, span, MentionKind.PRONOUN), before=text.index("«"))
    assert found.speaker.name == name


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ("Le Monde assure que la réforme sera abandonnée.", "Le Monde", "Le Monde"),
        ("La Voix du Nord affirme que le maire démissionnera.", "La Voix du Nord", "La Voix du Nord"),
        # a body whose name opens on an article that is no title's keeps to its own name
        (
            "Le Parlement européen estime que le texte est prêt.",
            "Le Parlement européen",
            "Parlement européen",
        ),
    ],
)
def test_a_press_title_keeps_its_article_even_opening_a_sentence(text: str, written: str, name: str) -> None:
    start = text.index(written)
    span = Span(start, start + len(written), source=text)
    found = Resolver(text).resolution(Mention(span, span, MentionKind.NAME), before=len(text))
    assert found.speaker.name == name


@pytest.mark.parametrize(
    ("text", "noun", "name"),
    [
        # a university teacher or researcher, « l'universitaire »
        (
            "Pour Aurélien Varenne, professeur de chimie à l'université de Tulle, le projet est "
            "fragile. « Il manque des fonds », rappelle l'universitaire.",
            "l'universitaire",
            "Aurélien Varenne",
        ),
        # the English title of a firm's head
        (
            "Comme chaque année, Gaspard Tellier a présenté les comptes. « Je suis fier », "
            "déclare le CEO dans un entretien.",
            "le CEO",
            "Gaspard Tellier",
        ),
        # a compound noun: « l'homme d'affaires », « la femme d'affaires »
        (
            "Ondine Maréchal a racheté le club de la ville. « C'est un rêve », a déclaré la femme "
            "d'affaires.",
            "la femme d'affaires",
            "Ondine Maréchal",
        ),
        (
            "Gaspard Tellier a racheté le club de la ville. « C'est un rêve », a déclaré le milliardaire.",
            "le milliardaire",
            "Gaspard Tellier",
        ),
        # a deputy or a senator is « le parlementaire »
        (
            "Le député Gaspard Tellier a été interrogé mardi. « Je ne sais rien », répond le parlementaire.",
            "le parlementaire",
            "Gaspard Tellier",
        ),
    ],
    ids=["universitaire", "CEO", "femme d'affaires", "milliardaire", "parlementaire"],
)
def test_a_role_noun_of_news_takes_up_the_person_it_describes(text: str, noun: str, name: str) -> None:
    speaker = _said(Resolver(text), text, noun, MentionKind.DESCRIPTION, "«")
    assert speaker.name == name


@pytest.mark.parametrize(
    "title",
    ["ministre de la Défense", "secrétaire d'État aux Sports"],
    ids=["minister", "secretary of state"],
)
def test_a_member_of_the_government_is_not_the_parlementaire(title: str) -> None:
    # a minister or a secretary of state, just named, holds no seat in parliament
    text = (
        f"Le journaliste demande si c'est Gaspard Tellier, {title}. « Pas forcément », répond le "
        "parlementaire."
    )
    speaker = _said(Resolver(text), text, "le parlementaire", MentionKind.DESCRIPTION, "« Pas")
    assert speaker.name == "parlementaire"
    assert _offices("député de la Creuse") == {"depute", "parlement"}


def test_a_name_of_no_known_type_written_alone_later_may_be_a_second_person() -> None:
    # « Zorvan » is in no list of given names, but « Brenning » written alone is a person's surname
    text = (
        "Zorvan Brenning a démenti. Les discussions entre Zorvan Brenning et Dimitri Vassilakis ont "
        "repris. Le Mexique est dans le viseur de Brenning. Le patron a démenti."
    )
    limit = text.index("Le patron")
    assert sole_person(index_document(text), limit, "patron", "m") is None


@pytest.mark.parametrize(
    ("text", "noun", "name"),
    [
        # a title whose article is its own, contracted with « de »
        (
            "C'est l'enquête du Progrès qui a relancé l'affaire. Dans cet article, le quotidien "
            "affirme que le maire savait.",
            "le quotidien",
            "Le Progrès",
        ),
        # a name with a word of the press
        (
            "Selon le Journal de Varennes, la mairie va fermer l'école. Le journal affirme que la "
            "décision est prise.",
            "Le journal",
            "Journal de Varennes",
        ),
        # a paper named by its press noun
        (
            "Le maire a accordé un entretien à l'hebdomadaire Voix Libres. « Tout est faux », "
            "titre l'hebdomadaire.",
            "l'hebdomadaire",
            "Voix Libres",
        ),
        # a weekly is no daily
        (
            "Le maire a accordé un entretien à l'hebdomadaire Voix Libres. « Tout est faux », "
            "titre le quotidien.",
            "le quotidien",
            "quotidien",
        ),
        # two papers in the sentence before: no telling which
        (
            "Le Progrès et le Courrier de Tulle ont enquêté. Le quotidien affirme que la décision est prise.",
            "Le quotidien",
            "quotidien",
        ),
        # a title that opens a longer one is read whole (« la Dépêche du Midi », not « la Dépêche »)
        (
            "C'est l'enquête de la Dépêche du Midi qui a relancé l'affaire. Dans cet article, le "
            "quotidien affirme que le maire savait.",
            "le quotidien",
            "La Dépêche du Midi",
        ),
        # « le titre », news jargon for a publication
        (
            "Le Courrier du Val assure que le document existe. « Il y a d'autres pistes », a "
            "ajouté le titre.",
            "le titre",
            "Courrier du Val",
        ),
        # a title read with its article, after « selon », however far back the text cites it
        (
            "Selon Le Parisien, la candidate a ouvert sa campagne à Lille. "
            + "Elle a parlé. " * 8
            + "D'après le journal, la date du scrutin reste à fixer.",
            "le journal",
            "Le Parisien",
        ),
        # must not: two papers cited, far back, leave the noun as written
        (
            "Selon Le Parisien et Le Monde, la candidate a ouvert sa campagne à Lille. "
            + "Elle a parlé. " * 8
            + "D'après le journal, la date du scrutin reste à fixer.",
            "le journal",
            "journal",
        ),
    ],
    ids=[
        "du Progrès",
        "press word",
        "press noun",
        "periodicity",
        "two papers",
        "longest title",
        "titre",
        "the one paper cited",
        "two papers cited",
    ],
)
def test_a_press_noun_takes_up_the_newspaper_named_before(text: str, noun: str, name: str) -> None:
    for kind in (MentionKind.DESCRIPTION, MentionKind.DOCUMENT):
        last = mention(text, noun, kind, nth=text.count(noun) - 1)
        speaker = Resolver(text).resolve(last, before=last.span.start)
        assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "noun", "name"),
    [
        # a union named by its initials alone
        (
            "La CFTC a appelé à la grève. « Nous ne céderons pas », déclare la centrale dans un communiqué.",
            "la centrale",
            "CFTC",
        ),
        # a union named by the noun its name opens on
        (
            "La Confédération des artisans du Nord appelle à manifester. Dans un communiqué, la "
            "centrale syndicale a accusé le préfet de mentir.",
            "la centrale syndicale",
            "Confédération des artisans du Nord",
        ),
        # a power plant is no union
        (
            "La CFTC a appelé à la grève. « Rien ne bouge », déclare la centrale nucléaire.",
            "la centrale nucléaire",
            "centrale nucléaire",
        ),
        # two unions in the sentence before: no telling which
        (
            "La CFTC et l'Unsa ont appelé à la grève. « Nous ne céderons pas », déclare la centrale.",
            "la centrale",
            "centrale",
        ),
        # a company named after the noun of what it does, and the noun alone later
        (
            "Les coupures touchent 800 foyers, déclare le gestionnaire du réseau électrique Valtris. "
            "Le gestionnaire ajoute que ses équipes sont sur le terrain.",
            "Le gestionnaire",
            "Valtris",
        ),
        # the noun in apposition after the name
        (
            "Les retards viennent de Nordalis, l'opérateur du réseau de bus. Les trams suivront, "
            "promet l'opérateur.",
            "l'opérateur",
            "Nordalis",
        ),
        # an agency named by its initials
        (
            "Le programme martien de l'ESA avance. Le 3 mars, l'agence européenne a annoncé "
            "qu'elle repartira.",
            "l'agence européenne",
            "ESA",
        ),
        # « le plus haut tribunal du pays » is the supreme court named
        (
            "La Cour suprême de Valdonie a rendu sa décision. Le laboratoire Orvel a perdu. Le "
            "plus haut tribunal du pays précise qu'un brevet doit être clair.",
            "Le plus haut tribunal du pays",
            "Cour suprême de Valdonie",
        ),
        # a court, whatever noun its name opens on
        (
            "La Cour des droits de l'enfant a lancé un mandat contre le ministre. Le tribunal "
            "l'accuse d'avoir ordonné des expulsions.",
            "Le tribunal",
            "Cour des droits de l'enfant",
        ),
        # must not: a body of another kind is no court
        (
            "L'Agence des droits de l'enfant a saisi la justice contre le ministre. Le tribunal "
            "l'accuse d'avoir ordonné des expulsions.",
            "Le tribunal",
            "tribunal",
        ),
    ],
    ids=[
        "initials",
        "confederation",
        "power plant",
        "two unions",
        "noun before",
        "apposition",
        "agency",
        "supreme court",
        "court",
        "no court",
    ],
)
def test_a_noun_of_a_kind_of_body_takes_up_the_body_of_that_kind_named(
    text: str, noun: str, name: str
) -> None:
    last = mention(text, noun, MentionKind.DESCRIPTION, nth=text.count(noun) - 1)
    speaker = Resolver(text).resolve(last, before=last.span.start)
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "noun", "name"),
    [
        (
            "Ce mardi, les associations Terre vive (TV) et Rivages annoncent une plainte. Dans un "
            "texte commun, les deux associations fustigent « un scandale ».",
            "les deux associations",
            "Terre vive (TV) et Rivages",
        ),
        # « les associations » alone, two sentences on
        (
            "Les associations Terre vive et Rivages portent plainte. Le préfet se tait. Il attend. "
            "« C'est un scandale », répètent les associations.",
            "les associations",
            "Terre vive et Rivages",
        ),
        # two pairs of associations named: no telling which
        (
            "Les associations Terre vive et Rivages portent plainte, les associations Flore et "
            "Sève aussi. « C'est un scandale », répètent les associations.",
            "les associations",
            "associations",
        ),
        # « les deux » and a body's noun: the two bodies just named together, whatever noun named them
        (
            "Le plan de la direction inquiète la CGT et la CFDT. « C'est brutal », affirment les deux "
            "organisations.",
            "les deux organisations",
            "CGT et CFDT",
        ),
        # not a plural alone, which may be more than those two
        (
            "Le plan de la direction inquiète la CGT et la CFDT. « C'est brutal », affirment les "
            "organisations.",
            "les organisations",
            "organisations",
        ),
    ],
    ids=["two", "plural", "two pairs", "the two just named", "a plural alone"],
)
def test_a_plural_body_noun_takes_up_the_two_bodies_named_with_it(text: str, noun: str, name: str) -> None:
    last = mention(text, noun, MentionKind.DESCRIPTION, nth=text.count(noun) - 1)
    speaker = Resolver(text).resolve(last, before=last.span.start)
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "noun", "name"),
    [
        (
            "Une équipe de l'Inserm a suivi 3 000 patients. « Le risque est réel », concluent les "
            "chercheurs.",
            "les chercheurs",
            "équipe de l'Inserm",
        ),
        (
            "Une équipe internationale d'astronomes a observé l'étoile. Ces astronomes jugent « peu "
            "probable » une erreur.",
            "Ces astronomes",
            "équipe internationale d'astronomes",
        ),
        # must not: a team the text names as known, whose doctors are some of its staff
        (
            "L'équipe de France a perdu samedi. « Le genou est touché », concluent les médecins.",
            "les médecins",
            "médecins",
        ),
        # must not: researchers of a body the description names are not the team
        (
            "Une équipe de l'Inserm a suivi 3 000 patients. « Le risque est réel », concluent les "
            "chercheurs du CNRS.",
            "les chercheurs du CNRS",
            "chercheurs du CNRS",
        ),
    ],
    ids=["team", "demonstrative", "known team", "complement"],
)
def test_scientists_take_up_the_team_brought_in_before_them(text: str, noun: str, name: str) -> None:
    last = mention(text, noun, MentionKind.DESCRIPTION)
    resolver = Resolver(text)
    speaker = resolver.resolve(last, before=last.span.start)
    assert speaker.name == name
    if name.startswith("équipe"):  # its members speak: a group of people, no body
        assert [entity.kind for entity in resolver.entities()] == [SpeakerKind.GROUP]


def test_a_capitalised_weekday_goes_on_an_organisation_s_name() -> None:
    text = "Les prix vont grimper, affirme le Journal du Lundi."
    organisations = [o.name for o in index_document(text).occurrences if o.kind == "organisation"]
    assert organisations == ["Journal du Lundi"]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # an indefinite description after a name and its comma says what that person is
        (
            "Des fidèles du pasteur Jean Mbala, un chef religieux qui s'est proclamé « prophète », "
            "ont manifesté.",
            "un chef religieux",
            "Jean Mbala",
        ),
        # not one coordinated after the name: someone else
        ("Jean Mbala, un voisin et une passante ont dit « assez ».", "un voisin", None),
        # nor the one after the agent of a participle opening the sentence: the participle is said
        # of the subject after its comma, the one asked, not the one asking
        (
            "Interrogé par Jean Mbala, un ancien adjoint, qui a quitté la majorité, se montre sévère : "
            "« assez ».",
            "un ancien adjoint",
            None,
        ),
    ],
)
def test_an_indefinite_description_apposed_to_a_name_is_that_person(
    text: str, words: str, name: str | None
) -> None:
    speaker = Resolver(text).resolve(mention(text, words, MentionKind.DESCRIPTION), before=text.index("«"))
    assert (speaker.name == name) if name else (speaker.name != "Jean Mbala")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an article with a capital inside a sentence opens the title after its noun
        ("Les prix vont grimper, affirme le journal La Gazette.", "journal La Gazette"),
        ("Selon l'hebdomadaire Le Courrier, rien ne change.", "hebdomadaire Le Courrier"),
    ],
)
def test_a_capitalised_article_after_an_organisation_noun_opens_its_title(text: str, name: str) -> None:
    organisations = [o.name for o in index_document(text).occurrences if o.kind == "organisation"]
    assert organisations[0] == name


def test_an_adverb_of_quantity_opening_a_sentence_is_no_name() -> None:
    text = "Beaucoup d'agriculteurs estiment que la réforme est injuste."
    speaker = Resolver(text).resolve(mention(text, "Beaucoup d'agriculteurs", MentionKind.NAME), before=0)
    assert speaker.name == "Beaucoup d'agriculteurs"


@pytest.mark.parametrize(
    ("place", "name"),
    [
        ("l'hôpital général Félix Roussel", "Félix Roussel"),
        ("le lycée Victor Hugo", "Victor Hugo"),
        ("l'école primaire Jean Moulin", "Jean Moulin"),
    ],
)
def test_a_person_s_name_after_what_is_named_after_people_is_the_place_s(place: str, name: str) -> None:
    # « l'hôpital général Félix Roussel »: the hospital's name, no one « il » may take up
    text = f"Paul Kouassi travaille à {place}. « Les lits manquent », déplore-t-il."
    kinds = {o.name: o.kind for o in index_document(text).occurrences}
    assert kinds[name] == "place"
    assert _said(Resolver(text), text, "-il", MentionKind.PRONOUN, "«").name == "Paul Kouassi"


def test_a_word_after_an_article_is_no_person_the_apposition_after_it_titles() -> None:
    # « opposant le Portugal à celle du Maroc, le ministre du Commerce, qui … »: the apposition is the
    # subject's, and a person's name takes no article
    text = (
        "Paul Roux a parlé vendredi. Comparant l'économie de l'Algérie à celle du Maroc, le ministre "
        "des Affaires étrangères, qui s'exprimait devant des patrons, a estimé que les investissements "
        "« ne valent rien »."
    )
    maroc = [o for o in index_document(text).occurrences if o.name == "Maroc"]
    assert [(o.kind, o.title) for o in maroc] == [("place", None)]
    speaker = _said(Resolver(text), text, "le ministre des Affaires étrangères", MentionKind.DESCRIPTION, "«")
    assert speaker.name != "Maroc"


@pytest.mark.parametrize(
    ("text", "name", "kind", "title"),
    [
        # a body called by its own capitalised noun: the person after it holds the role before it
        (
            "Le président de la Confédération Marc Aebi a parlé.",
            "Marc Aebi",
            "person",
            "président de la Confédération",
        ),
        # a noun in small letters says what the body is: a person's name after it is the holder's
        ("Le PDG de l'enseigne Marc Dubois a parlé.", "Marc Dubois", "person", "PDG de l'enseigne"),
        # a name no given name opens, or after a noun of what is named after people, is the body's
        ("Le PDG de la compagnie Flydubai a parlé.", "compagnie Flydubai", "organisation", None),
        ("Le directeur de la Fondation Jean Jaurès a parlé.", "Fondation Jean Jaurès", "organisation", None),
    ],
)
def test_a_person_after_a_body_s_own_name_holds_the_role_before_it(
    text: str, name: str, kind: str, title: str | None
) -> None:
    found = [(o.kind, o.title) for o in index_document(text).occurrences if o.name == name]
    assert found == [(kind, title)]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a name after a plural noun in small letters names those things: a brand, no person
        ("Le président des centres V.Marchal confirme une baisse des prix.", []),
        ("Le patron des magasins Ovo, Marc Petit, confirme.", [("Marc Petit", "patron des magasins Ovo")]),
        # must not: a given name there is a person's, and a plural role noun counts people
        ("Le président des centres Paul Roux confirme.", [("Paul Roux", "président des centres")]),
        ("Le porte-parole des pompiers Roux confirme.", [("Roux", "porte-parole des pompiers")]),
    ],
)
def test_a_name_after_a_plural_noun_is_what_the_noun_counts(text: str, people: list[tuple[str, str]]) -> None:
    found = [(o.name, o.title) for o in index_document(text).occurrences if o.kind == "person"]
    assert found == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # after « du », the article fused with « de », a name no given name opens is the body's
        (
            "« Rien », a dénoncé Anne Roux, la secrétaire générale du syndicat Unitas, appelant à négocier.",
            [("Anne Roux", "secrétaire générale du syndicat Unitas")],
        ),
        ("Le porte-parole du syndicat Unitas a parlé.", []),
        # must not: a given name and a surname there are the holder's
        ("Le président du syndicat Marc Aebi a parlé.", [("Marc Aebi", "président du syndicat")]),
    ],
)
def test_a_name_after_du_and_a_body_s_noun_is_the_body_s(text: str, people: list[tuple[str, str]]) -> None:
    found = [(o.name, o.title) for o in index_document(text).occurrences if o.kind == "person"]
    assert found == people


def test_a_post_of_another_country_is_another_post() -> None:
    # « le chef du gouvernement marocain » is not the « chef du gouvernement tunisien » named before
    text = (
        "Le chef du gouvernement tunisien Karim Mansour a ouvert la conférence. Le chef du "
        "gouvernement marocain a salué « les efforts de la Tunisie »."
    )
    speaker = _said(Resolver(text), text, "Le chef du gouvernement marocain", MentionKind.DESCRIPTION, "«")
    assert speaker.name != "Karim Mansour"
    # the same country's, as the same post
    same = text.replace("marocain", "tunisien")
    speaker = _said(
        Resolver(same), same, "Le chef du gouvernement tunisien", MentionKind.DESCRIPTION, "«", nth=1
    )
    assert speaker.name == "Karim Mansour"


@pytest.mark.parametrize(
    ("country", "name"),
    [
        # a title that names the country, not its adjective: another country's post all the same
        ("du Nigeria", None),
        ("de la Corée du Sud", None),
        # the same country's
        ("du Maroc", "Karim Mansour"),
    ],
)
def test_a_post_named_by_its_country_is_that_country_s(country: str, name: str | None) -> None:
    text = (
        f"Karim Mansour, chef du gouvernement {country}, a ouvert la conférence. Le chef du "
        "gouvernement marocain a salué « les efforts de la région »."
    )
    speaker = _said(Resolver(text), text, "Le chef du gouvernement marocain", MentionKind.DESCRIPTION, "«")
    assert (speaker.name == "Karim Mansour") is (name is not None)


def test_a_name_after_sur_and_a_participle_of_publishing_is_a_medium() -> None:
    # « publiée sur Kwip »: where the letter was put out, no one the pronoun after it takes up
    text = "Marc Ollier a écrit. Dans une lettre publiée sur Kwip, il a démissionné : « Je pars. »"
    kinds = {o.name: o.kind for o in index_document(text).occurrences}
    assert kinds["Kwip"] == "place"
    span = find(text, "il")
    found = Resolver(text).resolution(
        Mention(span, span, MentionKind.PRONOUN), before=text.index("« Je"), individual=True
    )
    assert found.speaker.name == "Marc Ollier"


def test_a_day_may_stand_between_the_participle_of_publishing_and_its_medium() -> None:
    # « postée lundi sur Kwip », as « a déclaré mardi sur RTL »: the day is when, Kwip still where
    text = "Marc Ollier a écrit. Dans une vidéo postée lundi sur Kwip, il a démissionné : « Je pars. »"
    kinds = {o.name: o.kind for o in index_document(text).occurrences}
    assert kinds["Kwip"] == "place"


def _last_pronoun(text: str) -> Span:
    """The last « il » or « elle » of ``text`` (« -il » of an incise with its hyphen)."""
    found = list(regex.finditer(r"-?\b(?:il|elle)\b", text))[-1]
    return Span(found.start(), found.end(), source=text)


@pytest.mark.parametrize(
    ("text", "medium", "speaker"),
    [
        # the words of a venue before the name
        (
            "Paule Vidal a réagi. Au micro de France Bleu, elle a tranché : « Je pars. »",
            "France Bleu",
            "Paule Vidal",
        ),
        (
            "Marc Ollier a réagi. Invité de France Inter, il a tranché : « Je pars. »",
            "France Inter",
            "Marc Ollier",
        ),
        # « sur » or « par » after a participle of being interviewed, or a speech verb, and a body
        ("Marc Ollier a réagi. Interrogé sur RTL, il a tranché : « Je pars. »", "RTL", "Marc Ollier"),
        (
            "Marc Ollier a réagi. Interviewé mardi sur France Info, il a tranché : « Je pars. »",
            "France Info",
            "Marc Ollier",
        ),
        (
            "Marc Ollier a réagi. Il a déclaré sur la BFX, puis il a tranché : « Je pars. »",
            "BFX",
            "Marc Ollier",
        ),
    ],
)
def test_a_medium_someone_spoke_on_is_where_they_spoke_not_who(text: str, medium: str, speaker: str) -> None:
    kinds = {o.name: o.kind for o in index_document(text).occurrences}
    assert kinds[medium] == "place"
    span = _last_pronoun(text)
    found = Resolver(text).resolution(
        Mention(span, span, MentionKind.PRONOUN), before=text.index("« Je"), individual=True
    )
    assert found.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a person one is asked about is no medium, nor is a body one is no longer asked by
        ("Interrogé sur Paul Roux, Marc Ollier a souri.", "Paul Roux", "name"),
        ("Marc Ollier a parlé. Il a tapé sur la BFX sans relâche.", "BFX", "organisation"),
        # a channel's name is a body's, not a woman named France
        ("Marc Ollier a parlé. France Inter a aussitôt annoncé son départ.", "France Inter", "organisation"),
    ],
)
def test_a_body_or_person_outside_a_venue_keeps_its_kind(text: str, name: str, kind: str) -> None:
    kinds = {o.name: o.kind for o in index_document(text).occurrences}
    assert kinds[name] == kind


def test_an_indefinite_statement_takes_up_no_statement_named_before() -> None:
    text = (
        "Cette annonce survient après des mois difficiles pour Paul Roux, devenu l'un des élus "
        "« les plus impopulaires » selon des sondages."
    )
    speaker = Resolver(text).resolve(
        mention(text, "des sondages", MentionKind.DOCUMENT), before=text.index("«")
    )
    assert speaker.name is None or "annonce" not in speaker.name


def test_a_press_noun_takes_up_no_body_but_a_newspaper() -> None:
    # « le quotidien » is a newspaper: never the firm that was just the subject
    text = "Orbis Studios a annoncé des suppressions de postes. « La panique grandit », affirme le quotidien."
    speaker = _said(Resolver(text), text, "le quotidien", MentionKind.DESCRIPTION, "« La")
    assert speaker.name != "Orbis Studios"


def test_a_family_name_alone_of_a_person_named_in_full_is_no_body() -> None:
    # « Vardin » is the rider named in full before, not the team « l'équipe » takes up
    text = (
        "Le coureur Paul Vardin a été suspendu. Vardin, membre de la formation Cobalt, peut faire "
        "appel. « Nous sommes choqués », dit l'équipe."
    )
    speaker = _said(Resolver(text), text, "l'équipe", MentionKind.DESCRIPTION, "« Nous")
    assert speaker.name != "Paul Vardin"


def test_a_description_with_an_indefinite_complement_is_someone_new() -> None:
    # « le responsable d'un média local »: as new as the medium it is of, no one named before
    text = (
        "Le porte-parole Albert Monda a démenti toute attaque. « Les routes sont coupées », a "
        "ajouté le responsable d'un média local."
    )
    words = "le responsable d'un média local"
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« Les")
    assert speaker.name == "responsable d'un média local"


def test_a_demonstrative_takes_up_the_name_its_apposition_described() -> None:
    # « Anton Rybak, un conseiller de Pavel Ostrov » … « ce conseiller »: Anton Rybak
    text = (
        "« Rien ne change », a déclaré Anton Rybak, un conseiller de Pavel Ostrov, dans un message. "
        "Selon ce conseiller, Moscou « a peur »."
    )
    speaker = _said(Resolver(text), text, "ce conseiller", MentionKind.DESCRIPTION, "« a peur")
    assert speaker.name == "Anton Rybak"


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # the one person the text names, bare and speaking, after the post: the minister
        ("Paul Verdier a salué le travail des secours.", "Paul Verdier"),
        ("Paul Verdier a aussi précisé que les digues tenaient.", "Paul Verdier"),
        # a pronominal speech verb, its clitic before it
        ("Paul Verdier s'exprimait devant la presse à Valmont.", "Paul Verdier"),
        # a suspect or a victim does not speak: never the minister
        ("Paul Verdier a été interpellé mardi soir.", "ministre de l'Intérieur"),
        # a verb that reports only in an incise has its ordinary sense here: an appellant
        ("Paul Verdier a fait appel de la décision.", "ministre de l'Intérieur"),
        # an age or a role set after the name: someone the text introduces
        (
            "Paul Verdier, 67 ans, était sur la digue. Paul Verdier a salué le travail des secours.",
            "ministre de l'Intérieur",
        ),
        (
            "Paul Verdier, maire de Valmont, était sur la digue. Paul Verdier a salué les secours.",
            "ministre de l'Intérieur",
        ),
        # a woman is not « le ministre »; a second person: no telling
        ("Hélène Garnier a salué le travail des secours.", "ministre de l'Intérieur"),
        (
            "Paul Verdier a salué le travail des secours. Marc Lenoir a dénoncé un retard.",
            "ministre de l'Intérieur",
        ),
    ],
    ids=[
        "speaks",
        "adverb",
        "pronominal",
        "suspect",
        "appellant",
        "age",
        "other role",
        "woman",
        "two people",
    ],
)
def test_an_office_described_before_the_one_person_the_text_names_is_that_person(
    after: str, expected: str
) -> None:
    text = (
        f"« Nous mobilisons tous les moyens de l'État », a déclaré mardi le ministre de l'Intérieur. {after}"
    )
    words = "le ministre de l'Intérieur"
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« Nous")
    assert speaker.name == expected
    if expected == "Paul Verdier":
        assert speaker.resolved_by is ResolvedBy.SOLE_PERSON


def test_a_role_of_no_office_is_not_the_person_named_after_it() -> None:
    # « la lauréate » may be anyone the prize went to: no post, no holder named later
    text = "« C'était magnifique », a déclaré la lauréate. Amélie Corbin a remercié son éditeur."
    speaker = _said(Resolver(text), text, "la lauréate", MentionKind.DESCRIPTION, "« C'était")
    assert speaker.name == "lauréate"


@pytest.mark.parametrize(
    ("text", "first", "name"),
    [
        (
            "« Le poisson se fait rare », note un pêcheur de la criée. « Les quotas tombent », "
            "ajoute un autre.",
            "un pêcheur de la criée",
            "un autre pêcheur de la criée",
        ),
        # « l'un des pêcheurs »: one of them, the noun put back in the singular
        (
            "« Le poisson se fait rare », note l'un des pêcheurs. « Les quotas tombent », ajoute un autre.",
            "l'un des pêcheurs",
            "un autre pêcheur",
        ),
    ],
)
def test_un_autre_is_one_more_of_the_kind_just_quoted(text: str, first: str, name: str) -> None:
    resolver = Resolver(text)
    _said(resolver, text, first, MentionKind.DESCRIPTION, "« Le")
    speaker = _said(resolver, text, "un autre", MentionKind.DESCRIPTION, "« Les")
    assert speaker.name == name


def test_un_autre_after_a_named_source_names_no_one() -> None:
    # one more of what kind? Paul Roux has no noun to lend: no source rather than « autre »
    text = "« Le poisson se fait rare », note Paul Roux. « Les quotas tombent », ajoute un autre."
    resolver = Resolver(text)
    _said(resolver, text, "Paul Roux", MentionKind.NAME, "« Le")
    assert _said(resolver, text, "un autre", MentionKind.DESCRIPTION, "« Les").name is None


def test_a_surname_with_its_honorific_glued_is_the_person_named() -> None:
    # « MeRoux »: « Me Roux » with its space lost in the text
    text = "Me Paul Roux défend la famille. « Rien ne tient », a affirmé MeRoux."
    span = find(text, "MeRoux")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.NAME), before=text.index("« "))
    assert speaker.name is not None
    assert speaker.name.endswith("Paul Roux")


def test_a_glued_honorific_before_no_name_of_the_text_stays_as_written() -> None:
    text = "Me Paul Roux défend la famille. « Rien ne tient », a affirmé MLeroy."
    span = find(text, "MLeroy")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.NAME), before=text.index("« "))
    assert speaker.name == "MLeroy"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("L'avocate générale", "avocate générale"),
        ("La juge", "juge"),
        ("La prévenue", "prévenue"),
        ("La présidente", "présidente"),
    ],
)
def test_a_magistrate_is_not_the_lawyer_named_before(title: str, name: str) -> None:
    # « Me » is the bar's civility: the lawyer who pleaded is no magistrate of the trial, nor
    # the one tried, nor anyone the text titles by a role of another field
    text = (
        f"Face à la cour, Me Sarah Klein a plaidé l'acquittement. {title} a répondu aux jurés. "
        "« Les faits sont graves », a-t-elle insisté."
    )
    start = text.index("elle")
    at = Span(start, start + 4, source=text)
    speaker = Resolver(text).resolve(Mention(at, at, MentionKind.PRONOUN), before=text.index("« Les"))
    assert speaker.name == name


@pytest.mark.parametrize(
    ("role", "name"),
    [
        # news names an official in full: someone known by a given name alone holds no office
        ("le ministre", "ministre"),
        # must not: what a witness is to a place may be theirs
        ("le retraité", "Joël"),
    ],
)
def test_someone_known_by_a_given_name_alone_holds_no_office(role: str, name: str) -> None:
    text = (
        "« Le toit s'est envolé », raconte Maryse. Son voisin, Joël, n'a rien pu faire. "
        f"Selon {role}, « tout sera réparé »."
    )
    assert _said(Resolver(text), text, role, MentionKind.DESCRIPTION, "« tout").name == name


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # anyone may stand trial, whatever their trade
        ("L'ancien entraîneur de natation", "Paul Roux"),
        # must not: an officer of the court is no party to the case
        ("Le juge", "accusé de 64 ans"),
    ],
)
def test_a_party_to_a_case_may_hold_any_trade(title: str, name: str) -> None:
    text = (
        f"{title} Paul Roux a pris la parole. « Je demande pardon », a déclaré Paul Roux. "
        "L'accusé de 64 ans a tout nié."
    )
    found = mention(text, "L'accusé de 64 ans", MentionKind.DESCRIPTION)
    assert Resolver(text).resolve(found, before=len(text)).name == name


@pytest.mark.parametrize(
    ("words", "name"),
    [
        # a rank in a world ranking is an athlete's: the player just named
        ("la numéro 5 mondiale", "Léa Morin"),
        ("la numéro un mondiale", "Léa Morin"),
        # must not: a number of no ranking names no one
        ("la numéro 5", "numéro 5"),
    ],
)
def test_a_world_rank_takes_up_the_athlete_just_named(words: str, name: str) -> None:
    text = (
        f"Battue, Léa Morin s'est présentée devant la presse. Ensuite, {words} a confié : « Je suis déçue. »"
    )
    assert _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« Je").name == name


@pytest.mark.parametrize(
    ("role", "name"),
    [
        # the press calls the pope « le pontife »
        ("le pontife", "François"),
        # must not: a bishop is no pope
        ("l'évêque", "évêque"),
    ],
)
def test_the_pontiff_is_the_pope(role: str, name: str) -> None:
    text = f"Le pape François a reçu les fidèles. « Il faut pardonner », a dit {role}."
    assert _said(Resolver(text), text, role, MentionKind.DESCRIPTION, "« Il").name == name


@pytest.mark.parametrize(
    ("role", "name"),
    [
        # « Mgr » addresses a bishop or a prelate: the pope is another
        ("le pape", "pape"),
        # a bishop may be called so
        ("l'évêque", "Mgr Roux"),
    ],
)
def test_one_the_text_calls_mgr_is_no_pope(role: str, name: str) -> None:
    text = f"« Nous la ferons ici », a tranché Mgr Roux. « Votre visite me touche », a ajouté {role}."
    resolver = Resolver(text)
    _said(resolver, text, "Mgr Roux", MentionKind.NAME, "« Nous")
    assert _said(resolver, text, role, MentionKind.DESCRIPTION, "« Votre").name == name


@pytest.mark.parametrize(
    ("words", "given", "otherwise"),
    [
        # a rank tells one union from the other the text ranked before
        ("Le deuxième syndicat", "le premier syndicat d'infirmiers, Alliance, a dénoncé l'agression", True),
        ("Le premier syndicat", "le premier syndicat d'infirmiers, Alliance, a dénoncé l'agression", False),
        ("Le deuxième syndicat", "Alliance a dénoncé l'agression au deuxième jour", False),  # no rank
        ("Le syndicat", "le premier syndicat d'infirmiers, Alliance, a dénoncé l'agression", False),
    ],
)
def test_a_body_ranked_otherwise_is_another(words: str, given: str, otherwise: bool) -> None:
    assert ranked_otherwise(words, "syndicat", given) is otherwise


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Le juge Berger", "Berger"),  # a trade for a surname, after the role that titles it
        ("Le président Marchand", "Marchand"),
        ("Le secrétaire Général", "secrétaire Général"),  # a role's qualifier, capitalised
        ("Le jeune Baron", "jeune Baron"),  # a noun of a person only: no title
    ],
)
def test_a_capitalised_role_after_a_role_is_a_surname(title: str, name: str) -> None:
    text = f"L'audience a repris mardi. {title} a pris la parole. « Nous avons le temps », a-t-il dit."
    span = find(text, title)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.NAME), before=text.index("« "))
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # after a civility of address, a trade or a title is the surname the text gave in full
        ("Le porte-parole, Hugo Cardinal, a parlé. « Tout va bien », a dit M. Cardinal.", "Hugo Cardinal"),
        ("La gérante, Inès Boulanger, a parlé. « Tout va bien », a dit Mme Boulanger.", "Inès Boulanger"),
        ("L'avocat, Paul Berger, a parlé. « Tout va bien », a dit Me Berger.", "Paul Berger"),
        # a surname that is no role was always one
        ("Le porte-parole, Hugo Dutertre, a parlé. « Tout va bien », a dit M. Dutertre.", "Hugo Dutertre"),
    ],
)
def test_a_role_after_a_civility_is_a_surname(text: str, name: str) -> None:
    written = text[text.rindex("dit ") + 4 : -1]
    span = find(text, written)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.NAME), before=text.index("« "))
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # inside a sentence, « Le » with its capital before a role is a surname's particle
        ("La croissance tiendra, dit Le Maire. « Je le confirme », a-t-il ajouté.", "Le Maire"),
        # opening a sentence, the capital is the sentence's: the mayor
        ("La croissance tiendra. Le Maire a parlé. « Je le confirme », a-t-il ajouté.", "Maire"),
    ],
)
def test_a_role_after_a_capital_article_inside_a_sentence_is_a_surname(text: str, name: str) -> None:
    span = find(text, "Le Maire")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DESCRIPTION), before=text.index("« "))
    assert speaker.name == name


def test_a_feminine_post_keeps_its_agreeing_adjective() -> None:
    text = (
        "Paul Roux a quitté l'hôpital. La directrice générale de l'agence a visité le service. "
        "« Nous ouvrirons dix lits », a-t-elle annoncé."
    )
    start = text.index("elle")
    at = Span(start, start + 4, source=text)
    speaker = Resolver(text).resolve(Mention(at, at, MentionKind.PRONOUN), before=text.index("« Nous"))
    assert speaker.name == "directrice générale de l'agence"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # Belgium's mayor
        (
            "Des pillages ont eu lieu samedi. Marc Devos, le bourgmestre de Namur, a réuni les "
            "commerçants. « La Ville se portera partie civile », a annoncé le bourgmestre.",
            "le bourgmestre",
            "Marc Devos",
        ),
        # Québec's mayor, a woman
        (
            "La mairesse de Laval, Sophie Tremblay, a tenu un point de presse. Le ministre Paul Roy "
            "était absent. « Les travaux reprendront lundi », a affirmé la mairesse.",
            "la mairesse",
            "Sophie Tremblay",
        ),
        # the post of « chargé » is in its complement
        (
            "L'incendie a détruit trois hectares. Le commandant Luc Ferrand, chargé de la "
            "communication du service, a fait le point. « Le feu est fixé », a indiqué le chargé "
            "de communication.",
            "le chargé de communication",
            "Luc Ferrand",
        ),
    ],
    ids=["bourgmestre", "mairesse", "chargé"],
)
def test_a_post_of_francophone_news_takes_up_its_holder(text: str, words: str, name: str) -> None:
    assert _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« ").name == name


@pytest.mark.parametrize(
    ("person", "name"),
    [
        # a party the paper names by an initial is never the official of the next sentence
        ("Monsieur K.", "juge"),
        ("Karim B.", "juge"),
        # must not: a person named in full stays the one person the text names
        ("Karim Bellal", "Karim Bellal"),
    ],
)
def test_an_office_never_takes_up_a_person_named_by_an_initial(person: str, name: str) -> None:
    text = (
        f"L'audience commence. Le tribunal vérifie l'identité de {person}, 19 ans. "
        "« Vous pouvez vous taire », traduit le juge."
    )
    assert _said(Resolver(text), text, "le juge", MentionKind.DESCRIPTION, "« Vous").name == name


def test_a_head_of_state_is_never_the_minister_just_named() -> None:
    # « le chef d'État » is a president: not the minister named just before, whom a general « chef »
    # of the government's field would take up
    text = (
        "Le ministre des Affaires étrangères, Wang Li, a critiqué le discours. "
        "Selon les médias, le chef d'État avait promis « la fermeté »."
    )
    assert _said(Resolver(text), text, "le chef d'État", MentionKind.DESCRIPTION, "« la").name != "Wang Li"


@pytest.mark.parametrize(
    ("words", "role"),
    [
        ("le chef de la diplomatie suisse", "ministre"),
        ("l'ancien chef de l'État français", "président"),
        ("le chef de la diplomatie", "ministre"),
        # one head of state among others is a head of state still
        ("le chef d'État", "président"),
        ("la cheffe d'État", "présidente"),
        # a nationality only follows a periphrasis: « le chef de la police » is none
        ("le chef de la police suisse", None),
    ],
)
def test_a_periphrasis_followed_by_a_nationality_is_still_that_role(words: str, role: str | None) -> None:
    assert periphrasis_role(words) == role


@pytest.mark.parametrize(
    "credit",
    ["© Radio France - Michel Benoit", "(Photo : Michel Benoit)", "Crédit photo : Michel Benoit"],
)
def test_a_picture_credit_names_no_source(credit: str) -> None:
    # the author of a picture, credited under it, is nobody the article quotes
    text = (
        "L'usine de Vierzon fermera en juin, après quarante ans d'activité.\n\n"
        f"Guy Roux y a travaillé vingt ans. {credit}\n\nIl regrette la fermeture. « C'est un "
        "gâchis », a-t-il dit."
    )
    index = index_document(text)
    assert all(o.quoted for o in index.occurrences if "Benoit" in o.name)
    speaker = _said(Resolver(text), text, "il", MentionKind.PRONOUN, "« C'est")
    assert speaker.name == "Guy Roux"


@pytest.mark.parametrize(
    ("participle", "issued"),
    [
        ("reçu samedi par", False),
        ("consulté par", False),
        ("publié samedi par", True),
    ],
)
def test_who_received_a_document_did_not_issue_it(participle: str, issued: bool) -> None:
    # « un communiqué reçu par l'AFP » is someone else's: the agency only got it
    text = f"« Le gouverneur est limogé », indique un communiqué {participle} l'AFP."
    span = find(text, "un communiqué")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DOCUMENT), before=0)
    assert (speaker.name == "AFP") is issued


@pytest.mark.parametrize(
    ("opening", "group"),
    [
        ("Plusieurs habitants se sont rassemblés devant la mairie.", "Plusieurs habitants"),
        ("Une soixantaine de députés ont signé une motion.", "Une soixantaine de députés"),
        ("Des dizaines de manifestants ont défilé samedi.", "Des dizaines de manifestants"),
        ("Les deux élus ont quitté la séance.", "Les deux élus"),
    ],
)
def test_a_counted_group_is_taken_up_by_ils(opening: str, group: str) -> None:
    text = f"{opening} Ils dénoncent « un passage en force »."
    groups = [o.name for o in index_document(text).occurrences if o.kind == "group"]
    assert groups == [group]
    speaker = _said(Resolver(text), text, "Ils", MentionKind.PRONOUN, "«")
    assert speaker.name is not None
    assert speaker.name.lower() in group.lower()


@pytest.mark.parametrize(
    ("opening", "pronoun", "name"),
    [
        ("Les délégués du SNPT ont voté la motion.", "Ils", "délégués du SNPT"),
        ("Les infirmières ont quitté le service à midi.", "Elles", "infirmières"),
        ("Les avocats ont quitté la salle.", "Ils", "avocats"),
    ],
)
def test_a_role_held_by_several_is_a_group_a_pronoun_takes_up(opening: str, pronoun: str, name: str) -> None:
    # a plural role is a group of people, named with the body its complement gives
    text = f"{opening} {pronoun} ont réclamé « un nouveau calendrier »."
    speaker = _said(Resolver(text), text, pronoun, MentionKind.PRONOUN, "«")
    assert speaker.name == name


def test_a_capitalised_plural_role_inside_a_body_s_name_is_no_group() -> None:
    # « l'Union régionale des Boulangers »: a word of the union's name, not the journalists
    text = "L'Union régionale des Boulangers a réagi. Il dénonce « une atteinte à la liberté »."
    assert [o.name for o in index_document(text).occurrences if o.kind == "group"] == []


def test_a_counted_complement_is_no_group() -> None:
    # « les avocats des deux hommes »: the two men are the complement, the group is the lawyers
    text = "Les avocats des deux hommes ont fait appel. Ils demandent « un nouveau procès »."
    assert [o.name for o in index_document(text).occurrences if o.kind == "group"] == ["Les avocats"]


@pytest.mark.parametrize(("noun", "name"), [("la dépêche", "dépêche"), ("le communiqué", "Comité Vallée")])
def test_a_press_text_takes_up_no_other_statement_s_issuer(noun: str, name: str) -> None:
    # a dispatch is the agency's own text: not the issuer of the plan named before it
    text = (
        "Le projet du Comité Vallée prévoit une trêve de dix jours. Le maire a jugé l'idée "
        f"« digne d'intérêt », indique {noun}."
    )
    span = find(text, noun)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DOCUMENT), before=text.index("«"))
    assert speaker.name == name


@pytest.mark.parametrize(
    ("later", "name"),
    [
        # the given name alone, again and again, is that of the one full name it opens
        ("Félix cite une militante. « Elle a été arrêtée », a affirmé Félix.", "Félix Adomou"),
        ("Felix cite une militante. « Elle a été arrêtée », a affirmé Felix.", "Félix Adomou"),
        # must not: two full names open on it, the text does not say which one
        (
            "Félix Moreau a répondu. Félix cite une militante. « Elle a été arrêtée », a affirmé Félix.",
            "Félix",
        ),
        # must not: a fuller name ends on the word, a surname
        (
            "Antoine Félix a répondu. Félix cite une militante. « Elle a été arrêtée », a affirmé Félix.",
            "Antoine Félix",
        ),
    ],
)
def test_a_given_name_written_alone_again_is_the_full_name_it_opens(later: str, name: str) -> None:
    text = f"Le président Félix Adomou était à Cotonou. {later}"
    word = later.split()[-1].rstrip(".")  # the name of the tag, written last
    speaker = _said(Resolver(text), text, word, MentionKind.NAME, "« Elle", nth=text.count(word) - 1)
    assert speaker.name == name


@pytest.mark.parametrize(
    ("later", "mention"),
    [
        (
            "Un éleveur de 42 ans, Félix, venu de Luçon, a lancé : « Elle a été arrêtée ».",
            "Un éleveur de 42 ans, Félix",
        ),
        ("« Elle a été arrêtée », a lancé Félix, un éleveur de 42 ans.", "Félix"),
    ],
    ids=["noun before", "noun after"],
)
def test_a_given_name_beside_an_indefinite_noun_is_someone_new(later: str, mention: str) -> None:
    """« Un éleveur de 31 ans, Félix, … »: a given name set beside an indefinite noun brings in
    someone new, not the one full name the text opened with it before."""
    text = f"Le président Félix Adomou était à Luçon. {later}"
    speaker = _said(Resolver(text), text, mention, MentionKind.NAME, "« Elle", nth=text.count(mention) - 1)
    assert speaker.name == "Félix"


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        # a surname with its civility: someone known, whatever follows the comma
        ("M. Adomou", "Félix Adomou"),
        # initials: the body named in full before
        ("l'ARS", "agence régionale de santé (ARS)"),
    ],
)
def test_a_known_name_before_a_comma_and_an_indefinite_clause_keeps_its_full_form(
    mention: str, name: str
) -> None:
    """« D'après M. Adomou, une nouvelle association … »: the comma ends the source's phrase and
    the indefinite noun opens the clause, no apposition; only a given name alone is someone new."""
    text = (
        "Félix Adomou dirige l'agence régionale de santé (ARS) depuis mai. "
        f"D'après {mention}, une nouvelle évaluation aura lieu en juin."
    )
    speaker = _said(
        Resolver(text), text, mention, MentionKind.NAME, "une nouvelle", nth=text.count(mention) - 1
    )
    assert speaker.name == name


def test_a_description_takes_up_a_full_name_the_tagger_left_untyped() -> None:
    # a listed given name and a surname, its role apposed after it, is a person to describe
    text = (
        "Le président Paul Biyong a parlé. Rien ne va, estime Samuel Ekane Mbia, leader historique "
        "des Forces Démocratiques Unies (FDU). « C'est triste », regrette le leader de l'opposition."
    )
    speaker = _said(Resolver(text), text, "le leader de l'opposition", MentionKind.DESCRIPTION, "« C'est")
    assert speaker.name == "Samuel Ekane Mbia"


@pytest.mark.parametrize(
    ("before", "role"),
    [
        (
            "a salué le huitième président de la République, l'écologiste",
            "huitième président de la République",
        ),
        # must not: a name after a preposition is a complement's, not the apposition's
        ("sera le huitième président de la République, le premier écologiste élu après", ""),
    ],
)
def test_a_role_set_off_before_a_name_is_not_its_across_a_preposition(before: str, role: str) -> None:
    text = f"Paul Roux {before} Louis Marchand."
    index = index_document(text)
    occurrence = next(o for o in index.occurrences if o.name.endswith("Marchand"))
    assert _apposed_before(text, occurrence) == role


@pytest.mark.parametrize(
    ("description", "name"),
    [
        # a description by a tie to someone else: the person just quoted, never the one named
        ("l'allié politique de Marc Sylla", "Paul Ndour"),
        ("le successeur de Marc Sylla", "Paul Ndour"),
        # of another gender than the person quoted: not them
        ("la rivale de Marc Sylla", "rivale de Marc Sylla"),
    ],
)
def test_a_description_by_a_tie_to_another_is_the_person_just_quoted(description: str, name: str) -> None:
    text = f"« Je me présente », a écrit Paul Ndour. « Mon projet est simple », a dit {description}."
    resolver = Resolver(text)
    _said(resolver, text, "Paul Ndour", MentionKind.NAME, "Je me")
    assert _said(resolver, text, description, MentionKind.DESCRIPTION, "Mon projet").name == name


def test_a_description_by_a_tie_to_the_person_just_quoted_is_someone_else() -> None:
    text = "« Je me présente », a écrit Marc Sylla. « Rien ne change », a répliqué le rival de Marc Sylla."
    resolver = Resolver(text)
    _said(resolver, text, "Marc Sylla", MentionKind.NAME, "Je me")
    speaker = _said(resolver, text, "le rival de Marc Sylla", MentionKind.DESCRIPTION, "Rien ne")
    assert speaker.name == "rival de Marc Sylla"


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        # the subject of a clause opening the sentence is what the main clause's pronoun takes up
        ("Lorsque la rectrice annonce la fermeture à Paul Roux, le maire,", "rectrice"),
        ("Quand la directrice a appelé les parents,", "directrice"),
        # of another gender: the body quoted before, as when no clause opens the sentence
        ("Lorsque le recteur annonce la fermeture,", "mairie de Valbonne"),
        ("Ce matin,", "mairie de Valbonne"),
    ],
)
def test_a_pronoun_after_a_fronted_clause_takes_up_its_subject(opening: str, name: str) -> None:
    text = (
        "La mairie de Valbonne déplore « l'absence de concertation ». "
        f"{opening} elle évoque une « suppression de postes »."
    )
    resolver = Resolver(text)
    _said(resolver, text, "La mairie de Valbonne", MentionKind.NAME, "« l'absence")
    offset = text.index(" elle ") + 1
    span = Span(offset, offset + 4, source=text)
    speaker = resolver.resolve(Mention(span, span, MentionKind.PRONOUN), before=text.index("« suppression"))
    assert speaker.name == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the relative on the verb's object takes up the subject the sentence opens on
        ("Le syndicat dénonce une réforme qu'il juge « injuste ».", "syndicat"),
        ("La Suisse rejette l'annonce d'un accord qu'elle dit « déséquilibré ».", "Suisse"),
        ("Le Chili, lui, rejette un accord qu'il dit « déséquilibré ».", "Chili"),
    ],
)
def test_a_pronoun_in_a_relative_on_the_object_takes_up_the_sentence_s_subject(
    sentence: str, name: str
) -> None:
    text = f"Le ministre Paul Roux a défendu « une réforme juste ». {sentence}"
    resolver = Resolver(text)
    _said(resolver, text, "Le ministre Paul Roux", MentionKind.NAME, "« une réforme")
    offset = text.index("qu'") + 3
    span = Span(offset, offset + len(text[offset:].split()[0]), source=text)
    speaker = resolver.resolve(Mention(span, span, MentionKind.PRONOUN), before=text.rindex("« "))
    assert speaker.name == name


@pytest.mark.parametrize(
    "sentence",
    [
        "La ministre a reçu Anne Vidal, qu'elle juge « compétente ».",  # another actor between
        "Le syndicat, qui dénonce la réforme, dit qu'il est « inquiet ».",  # not the sentence's opening
        "Selon le syndicat, la réforme qu'il juge « injuste » passera.",  # a phrase opens it
    ],
)
def test_the_sentence_s_subject_is_not_taken_up_past_another_actor_or_phrase(sentence: str) -> None:
    resolver = Resolver(sentence)
    offset = sentence.index("qu'") + 3
    span = Span(offset, offset + len(sentence[offset:].split()[0]), source=sentence)
    gender = "f" if sentence[offset:].startswith("elle") else "m"
    found = resolver._subject_of_the_relative_s_clause(Mention(span, span, MentionKind.PRONOUN), gender, "s")
    assert found is None


@pytest.mark.parametrize(
    ("before", "name"),
    [
        # a general role takes up the more specific one the sentence before made its subject
        ("L'avocat général avait réclamé trente ans de prison.", "avocat général"),
        ("Le procureur avait réclamé trente ans de prison.", "procureur"),
        # a lawyer is no magistrate: the role as written
        ("L'avocat de la défense avait plaidé l'acquittement.", "magistrat"),
    ],
)
def test_a_general_role_takes_up_the_specific_one_just_made_subject(before: str, name: str) -> None:
    text = f"{before} « Crime ultime, peine ultime », avait tonné le magistrat."
    speaker = _said(Resolver(text), text, "le magistrat", MentionKind.DESCRIPTION, "« Crime")
    assert speaker.name == name


def test_a_general_role_takes_up_the_specific_one_just_quoted_past_its_quote() -> None:
    # the quote's own sentences lie between: the description the source was quoted as
    text = (
        "Le procureur l'interroge : « Pourquoi demander pardon ? Vous l'avez pris. C'est du vol. "
        "Vous le savez. Nous le savons tous. » "
        "Le magistrat poursuit : « Le dossier est simple. »"
    )
    resolver = Resolver(text)
    _said(resolver, text, "Le procureur", MentionKind.DESCRIPTION, "« Pourquoi")
    speaker = _said(resolver, text, "Le magistrat", MentionKind.DESCRIPTION, "« Le dossier")
    assert speaker.name == "procureur"


@pytest.mark.parametrize("role", ["le berger", "la maraîchère", "l'apiculteur"])
def test_a_farming_trade_takes_up_the_person_just_quoted(role: str) -> None:
    # the trades of the land are roles too: « le berger » is the one who just spoke
    given = "Claire" if role == "la maraîchère" else "Daniel"
    text = (
        f"« Les loups sont partout », a déclaré {given} Roux. "
        f"« Notre métier ne sert plus à rien », estime {role}."
    )
    resolver = Resolver(text)
    _said(resolver, text, f"{given} Roux", MentionKind.NAME, "« Les")
    assert _said(resolver, text, role, MentionKind.DESCRIPTION, "« Notre").name == f"{given} Roux"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name inside straight marks is the speaker's words, no antecedent of the tag's pronoun
        (
            "Paul Martin a salué le vote. "
            'Le maire sortant "remercie son successeur, M. Jean Durand", dit-il.',
            "Paul Martin",
        ),
        # ... and so inside the two apostrophes or the double prime pages type for them
        (
            "Paul Martin a salué le vote. "
            "Le maire sortant ''remercie son successeur, M. Jean Durand'', dit-il.",
            "Paul Martin",
        ),
        (
            "Paul Martin a salué le vote. "
            "Le maire sortant ʺremercie son successeur, M. Jean Durandʺ, dit-il.",
            "Paul Martin",
        ),
        # ... and inside ASCII apostrophes typed for quotation marks
        (
            "Paul Martin a salué le vote. "
            "Le maire sortant 'remercie son successeur, M. Jean Durand', dit-il.",
            "Paul Martin",
        ),
        # the speech tag inside guillemets is narration: its name is one the text gives
        (
            "« Rien n'est joué, a estimé Me Paul Roux, mais nous ferons appel. » L'audience a été "
            "levée à midi. « Le dossier est vide », a-t-il ajouté.",
            "Paul Roux",
        ),
    ],
)
def test_a_pronoun_reads_past_quoted_words_but_not_past_a_tag_inside_the_marks(text: str, name: str) -> None:
    speaker = Resolver(text).resolve(mention(text, "-il", MentionKind.PRONOUN), before=text.index("-il"))
    assert speaker is not None
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the one lawyer the text names later, by the bar's civility, is « l'avocat »
        (
            "L'avocat de Marc Vidal a annoncé lundi un recours. L'audience est prévue en mai. "
            "« Mon client n'a rien dissimulé », a déclaré Me Olivier Brun à la sortie de l'audience.",
            "Olivier Brun",
        ),
        # two lawyers named so: which one is not said
        (
            "L'avocat de Marc Vidal a annoncé lundi un recours. L'audience est prévue en mai. "
            "« Mon client n'a rien dissimulé », a indiqué Me Olivier Brun. Me Paul Garnier, qui "
            "défend la commune, a jugé le recours « sans objet ».",
            "avocat de Marc Vidal",
        ),
    ],
)
def test_a_lawyer_named_later_by_the_bar_s_civility_is_the_lawyer_before(text: str, name: str) -> None:
    span = find(text, "L'avocat de Marc Vidal")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DESCRIPTION), before=span.start)
    assert speaker is not None
    assert speaker.name == name


def test_a_ministry_taken_up_by_its_noun_alone_is_named_as_the_text_gave_it() -> None:
    text = (
        "Le ministère de l'agriculture a annoncé un plan contre la sécheresse. "
        "Le ministère précise que les aides seront versées en juin."
    )
    span = find(text, "Le ministère", nth=1)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DESCRIPTION), before=span.start)
    assert speaker is not None
    assert speaker.name == "ministère de l'agriculture"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the subject of the sentence before, not the object of its verb
        ("Le préfet a rencontré le maire mardi. « Tout est sous contrôle », a-t-il assuré.", "préfet"),
        ("La préfète reçoit la maire ce matin. « Tout est sous contrôle », a-t-elle assuré.", "préfète"),
    ],
    ids=["compound past", "present"],
)
def test_a_pronoun_takes_up_the_subject_description_not_the_verb_s_object(text: str, name: str) -> None:
    objects = {
        o.name.lower(): o.after_verb for o in index_document(text).occurrences if o.kind == "description"
    }
    assert sorted(objects.values()) == [False, True]  # one subject, one object
    pronoun = "-il" if "-il" in text else "-elle"
    speaker = _said(Resolver(text), text, pronoun, MentionKind.PRONOUN, "« Tout")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a capitalised word opening a sentence right before a speech verb is a name
        ("Greenpeace dénonce un scandale. « Le gouvernement ferme les yeux », affirme l'ONG.", "Greenpeace"),
        # must not: a common word opening a sentence, no speech verb after it
        ("Rien ne bouge. Greenpeace, elle, dénonce un scandale.", None),
    ],
    ids=["before a speech verb", "no verb after it"],
)
def test_a_sentence_s_first_word_before_a_speech_verb_is_a_name(text: str, name: str | None) -> None:
    first = text.split()[0]
    found = [o.name for o in index_document(text).occurrences if o.name == first]
    assert found == ([name] if name else [])


def test_a_kind_of_body_takes_up_the_name_that_opened_the_sentence_before() -> None:
    text = "Greenpeace dénonce un scandale. « Le gouvernement ferme les yeux », affirme l'ONG."
    speaker = _said(Resolver(text), text, "l'ONG", MentionKind.DESCRIPTION, "« Le")
    assert speaker.name == "Greenpeace"  # not « ONG », the noun of its kind in capitals


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an unsigned statement closing the clause it reports is that clause's subject's
        ("La mairie a décidé de fermer la piscine, selon un communiqué publié lundi.", "mairie"),
        ("Le groupe Airbus va supprimer 500 postes, selon un communiqué.", "Airbus"),
        # must not: a person, whom a court's or a party's statement may be about
        ("Paul Roux a été condamné à deux ans de prison, selon un communiqué.", "communiqué"),
        # must not: the statement opens the sentence, no clause before it
        ("Selon un communiqué, la mairie a décidé de fermer la piscine.", "communiqué"),
    ],
    ids=["a body's noun", "a name", "a person", "opening the sentence"],
)
def test_an_unsigned_statement_after_its_clause_is_the_reporting_body_s(text: str, name: str) -> None:
    speaker = Resolver(text).resolve(mention(text, "un communiqué", MentionKind.DOCUMENT), before=0)
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "name", "subject"),
    [
        # a name apposed to a preposition's complement is that complement, no subject
        ("Paul Roux a écrit à son ancien adjoint, Marc Petit, parti à la retraite.", "Marc Petit", False),
        # ... and so is one apposed to a role after « au », its domain named with a capital
        ("Paul Roux a parlé au premier ministre de la Saskatchewan, Marc Petit, lundi.", "Marc Petit", False),
        ("Paul Roux a parlé avec la ministre de la Mer, Anne Morel, lundi.", "Anne Morel", False),
        # a name a verb follows after the comma opens its own clause
        (
            "En réponse à son adversaire, Marie Dubois a dénoncé des mensonges.",
            "Marie Dubois",
            True,
        ),
        ("Grâce au maire de Lyon, Marc Petit a pu parler.", "Marc Petit", True),
    ],
    ids=[
        "apposed to a complement",
        "apposed to a role after au",
        "apposed to a role after avec la",
        "opening the main clause",
        "opening the main clause after a role",
    ],
)
def test_a_name_apposed_to_a_complement_is_no_subject(text: str, name: str, subject: bool) -> None:
    found = [o.subject for o in index_document(text).occurrences if o.name == name]
    assert found == [subject]


def test_a_pronoun_takes_up_the_subject_not_the_role_it_spoke_to() -> None:
    text = (
        "Paul Roux a aussi parlé au premier ministre de la Saskatchewan, Marc Petit, mardi. "
        "Il compte relayer leurs attentes."
    )
    speaker = Resolver(text).resolve(mention(text, "Il", MentionKind.PRONOUN), before=text.index("Il"))
    assert speaker.name == "Paul Roux"


def test_a_statement_drafted_by_someone_is_not_theirs() -> None:
    # a resolution a member drafts is the body's that adopts it; only one published is the publisher's
    text = "Selon la résolution, rédigée par le Royaume-Uni, les deux parties doivent négocier."
    speaker = Resolver(text).resolve(mention(text, "la résolution", MentionKind.DOCUMENT), before=0)
    assert speaker.name != "Royaume-Uni"


def test_a_source_stays_present_to_the_end_of_a_quote_that_runs_on_past_its_incise() -> None:
    # the incise comes after the quote's first sentence, four more follow it: the one who speaks
    # them is present until the closing mark, so « le coureur » right after takes them up; the
    # sentences of the quote are his words, no narration, so even with no end given he is
    text = (
        "Le Lyonnais Paul Vidal a battu Marc Roux dimanche. « J'ai eu de la chance, explique-t-il. "
        "Le match était serré. Mon adversaire a bien joué. Il servait fort. Je suis heureux. » "
        "Le coureur a ensuite rappelé qu'il « sera prudent »."
    )
    quote_end = text.index("» Le coureur") + 1
    for until, name in ((quote_end, "Paul Vidal"), (None, "Paul Vidal")):
        resolver = Resolver(text)
        clitic = resolver.resolution(
            mention(text, "-il", MentionKind.PRONOUN), before=text.index("« J'ai"), until=until
        )
        assert clitic.speaker.name == "Paul Vidal"
        assert _said(resolver, text, "Le coureur", MentionKind.DESCRIPTION, "« sera").name == name


@pytest.mark.parametrize(
    ("verb", "name"),
    [
        # a reply is someone else's: the mayor answers Paul Rigaud, whom the text gives no role
        ("a répondu", "maire"),
        ("rétorque", "maire"),
        # must not: one who adds goes on speaking
        ("a ajouté", "Paul Rigaud"),
    ],
)
def test_a_description_that_replies_is_not_the_source_it_answers(verb: str, name: str) -> None:
    text = f"« Le projet est mort », a dit Paul Rigaud. « Nous le relancerons », {verb} le maire."
    resolver = Resolver(text)
    _said(resolver, text, "Paul Rigaud", MentionKind.NAME, "« Le projet")
    assert _said(resolver, text, "le maire", MentionKind.DESCRIPTION, "« Nous").name == name


@pytest.mark.parametrize(
    ("apposition", "name"),
    [
        # one of the public holds no office: « un habitant » is not « le maire »
        ("un habitant", "maire"),
        ("une riveraine", "maire"),
        # must not: a person the text gives no role may be the mayor who goes on speaking
        ("", "Paul Rigaud"),
    ],
)
def test_one_of_the_public_is_not_the_office_holder_who_adds(apposition: str, name: str) -> None:
    named = f"Paul Rigaud, {apposition}" if apposition else "Paul Rigaud"
    text = f"« Le projet est mort », a dit {named}. « Nous le relancerons », a assuré le maire."
    resolver = Resolver(text)
    _said(resolver, text, "Paul Rigaud", MentionKind.NAME, "« Le projet")
    assert _said(resolver, text, "le maire", MentionKind.DESCRIPTION, "« Nous").name == name


@pytest.mark.parametrize(
    ("statement", "name"),
    [
        # the party right before the name is the member's side: the member spoke
        ("les propos de la sénatrice LR Anne Morel", "Anne Morel"),
        ("les propos du député LR Marc Vidal", "Marc Vidal"),
        # must not: a body's statement stays the body's
        ("un communiqué de la CGT", "CGT"),
    ],
)
def test_a_statement_of_a_party_s_member_is_the_member_s(statement: str, name: str) -> None:
    text = f"Le ministre a jugé « consternants » {statement}, qui a suscité la colère."
    speaker = Resolver(text).resolve(
        mention(text, statement, MentionKind.DOCUMENT), before=text.index(statement)
    )
    assert speaker.name == name


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        # the parser joined across two clauses: 300 hectares say nothing, the gendarmes do
        ("300 hectares et les gendarmes", "gendarmes"),
        # must not: a count of people speaks with the others
        ("300 manifestants et les syndicats", "300 manifestants et syndicats"),
    ],
)
def test_a_count_of_things_joined_to_a_source_leaves_the_source(subject: str, name: str) -> None:
    first, second = subject.split(" et ")
    text = f"Le feu a touché la forêt et {subject} ont prié les riverains de partir."
    found = mention(text, subject, MentionKind.DESCRIPTION, conjuncts=(first, second))
    assert Resolver(text).resolve(found, before=text.index(subject)).name == name


def test_a_role_of_another_country_named_later_is_someone_else() -> None:
    # « le sculpteur italien » is no « sculpteur espagnol » the text titles later
    text = (
        "« L'art va mal », a lancé le sculpteur italien en recevant son prix. "
        "Le Grand prix a été attribué à l'œuvre du sculpteur espagnol de 40 ans Luis Ortega."
    )
    speaker = Resolver(text).resolve(mention(text, "le sculpteur italien", MentionKind.DESCRIPTION), before=0)
    assert speaker.name == "sculpteur italien"
    same = text.replace("italien", "espagnol", 1)
    speaker = Resolver(same).resolve(
        mention(same, "le sculpteur espagnol", MentionKind.DESCRIPTION), before=0
    )
    assert speaker.name == "Luis Ortega"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a phrase fronted before the main clause: its last name takes no role from the subject
        # that runs into the verb of speech
        (
            "Dans une lettre adressée à Marc Lemarchand, le ministre affirme : « Nous tiendrons. »",
            "Marc Lemarchand",
            None,
        ),
        # must not: a name that opens its sentence keeps the role the writer left unclosed
        (
            "Paul Roux, le préfet de la région affirme : « Nous tiendrons. »",
            "Paul Roux",
            "préfet de la région",
        ),
        # a post that lists its fields, with commas and « et », is one title
        (
            "Le ministre des Transports, du Tourisme et de la Mer, Paul Roux, a écrit au syndicat.",
            "Paul Roux",
            "ministre des Transports, du Tourisme et de la Mer",
        ),
        (
            "La ministre des Sports et de la Jeunesse, Anne Petit, a écrit au club.",
            "Anne Petit",
            "ministre des Sports et de la Jeunesse",
        ),
        # a name set off after a fronted phrase opens the main clause: the role runs into its
        # verb, in a compound tense too, and holds where the post is held (« en » and a place)
        (
            "Lors d'une réunion, Anne Petit, la déléguée de l'ONU en Bolivie a affirmé que tout va.",
            "Anne Petit",
            "déléguée de l'ONU en Bolivie",
        ),
        (
            "Mardi soir, Paul Roux, le préfet de la région affirme que tout va.",
            "Paul Roux",
            "préfet de la région",
        ),
        # « en » before a word in small letters opens a gerund: no role runs past it
        (
            "Mardi soir, Paul Roux, le préfet en arrivant a déclaré que tout va.",
            "Paul Roux",
            None,
        ),
    ],
    ids=[
        "fronted phrase",
        "opening name",
        "fields with commas",
        "fields with et",
        "name after a fronted phrase, compound tense",
        "name after a fronted phrase",
        "gerund",
    ],
)
def test_the_role_written_beside_a_name(text: str, name: str, title: str | None) -> None:
    found = [o.title for o in index_document(text).occurrences if o.name == name]
    assert found == [title]


@pytest.mark.parametrize("opening", ["Concernant", "Durant", "Parmi", "Suivant"])
def test_a_preposition_opening_a_sentence_is_no_part_of_the_name_after_it(opening: str) -> None:
    text = f"{opening} Valmex, le ministre a été clair. « Nous veillerons », a-t-il dit."
    names = [o.name for o in index_document(text).occurrences if o.kind in {"person", "name", "organisation"}]
    assert "Valmex" in names
    assert not any(opening in n for n in names)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # a member of the Swiss Federal Council heads a department: the press calls them minister
        ("Le conseiller fédéral", "Paul Meier"),
        # must not: a member of parliament is no minister
        ("Le député", "ministre des finances"),
    ],
)
def test_a_federal_councillor_is_the_minister(title: str, name: str) -> None:
    text = (
        f"{title} Paul Meier a visité la caserne. « Nous tiendrons », a-t-il dit. "
        "Le ministre des finances a précisé que les contrôles seraient renforcés."
    )
    found = mention(text, "Le ministre des finances", MentionKind.DESCRIPTION)
    assert Resolver(text).resolve(found, before=text.index("Le ministre")).name == name


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        # the headline describes by the role the person the body then opens on
        ("La rectrice reçoit les grévistes", "Anne Diallo"),
        # must not: a headline with no such role leaves the post named in full to its holder
        ("Grève dans les écoles", "rectrice de l'académie"),
    ],
)
def test_a_post_named_in_full_takes_up_the_person_the_headline_gave_it(headline: str, name: str) -> None:
    text = (
        f"{headline}\nAnne Diallo a tenu une réunion mardi. Hier, elle a reçu les enseignants.\n"
        "Pour la rectrice de l'académie, la grève ne règle rien."
    )
    found = mention(text, "la rectrice de l'académie", MentionKind.DESCRIPTION)
    assert Resolver(text).resolve(found, before=text.index("Pour la")).name == name


def test_one_who_replies_again_is_the_one_who_was_replying() -> None:
    # Marc Petit answered the mayor in reported words, then retorts in marks: « rétorquer » sets
    # him apart from the mayor, not from himself
    text = (
        "« La ligne restera », a lancé le maire. Marc Petit lui a répondu que la ligne était supprimée. "
        "« Il suffit de lire les documents », a rétorqué le conseiller."
    )
    resolver = Resolver(text)
    _said(resolver, text, "le maire", MentionKind.DESCRIPTION, "« La ligne")
    _said(resolver, text, "Marc Petit", MentionKind.NAME, "la ligne était")
    assert _said(resolver, text, "le conseiller", MentionKind.DESCRIPTION, "« Il suffit").name == "Marc Petit"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # the lead describes the person its headline names: its first sentence, no one named before
        ("« Ce livre est une revanche », a lancé le romancier lyonnais en recevant son prix.", "Marc Aubry"),
        # must not: past the lead, a description may be anyone the article brings in
        (
            "Le jury a délibéré longtemps. « Ce livre est une revanche », a lancé le romancier lyonnais.",
            "romancier lyonnais",
        ),
    ],
    ids=["in the lead", "past the lead"],
)
def test_the_lead_describes_the_person_of_the_headline(body: str, name: str) -> None:
    text = f"Le prix de la critique à Marc Aubry\n{body}"
    found = mention(text, "le romancier lyonnais", MentionKind.DESCRIPTION)
    assert Resolver(text).resolve(found, before=text.index("le romancier")).name == name


@pytest.mark.parametrize(
    ("tag", "name"),
    [
        # the body whose statement just spoke, named as its issuer, is the one a body's noun takes up
        ("indique un communiqué d'Airlor, l'organisme de mesure", "Airlor"),
        # must not: a statement that is no incise's subject, only named in passing
        ("selon les calculs. Paul Roux a lu un communiqué d'Airlor, l'organisme de mesure", "institut"),
    ],
)
def test_a_body_s_noun_takes_up_the_issuer_of_the_statement_just_quoted(tag: str, name: str) -> None:
    text = f"« Les pollens seront abondants », {tag}. L'institut explique que « les niveaux montent »."
    speaker = _said(Resolver(text), text, "L'institut", MentionKind.DESCRIPTION, "« les niveaux")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("headline", "body", "name"),
    [
        # the lead takes up the body its headline is about, its complement saying what it does
        ("Loyers : la CLCV repart en campagne", "L'association de défense des locataires", "CLCV"),
        ("La CLCV repart en campagne", "L'association", "CLCV"),
        # must not: a headline that names a person too
        ("La CLCV et Paul Roux repartent en campagne", "L'association", "association"),
        # must not: the body is only a complement of the headline, of which nothing is said
        ("Loyers : un bilan de la CLCV", "L'association", "association"),
    ],
)
def test_the_lead_describes_the_body_of_the_headline(headline: str, body: str, name: str) -> None:
    text = f"{headline}\n\n{body} dénonce des hausses « toujours plus lourdes »."
    found = mention(text, body, MentionKind.DESCRIPTION)
    assert Resolver(text).resolve(found, before=len(headline) + 2).name == name
    # past the lead, the description is anyone the article brings in
    later = f"{headline}\n\nLes loyers montent. {body} dénonce des hausses « toujours plus lourdes »."
    found = mention(later, body, MentionKind.DESCRIPTION)
    assert Resolver(later).resolve(found, before=later.index(body)).name != "CLCV"


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        # the one body named so far, by its name alone, in the headline and a complement
        ("La grève des pilotes de Norlux a contraint la compagnie à annuler des vols.", "Norlux"),
        # must not: a second body named before the noun
        ("Les pilotes de Norlux et d'Avelis ont contraint la compagnie à annuler des vols.", "compagnie"),
        # must not: a body named by what it is, an association, is no firm
        ("L'association Vols propres a contraint la compagnie à annuler des vols.", "compagnie"),
    ],
)
def test_a_firm_s_noun_takes_up_the_one_body_the_text_names(lead: str, name: str) -> None:
    text = f"Grève chez Norlux\n\n{lead} « Nous assurerons 40 % des vols », a indiqué la compagnie."
    found = mention(text, "la compagnie", MentionKind.DESCRIPTION, nth=1)
    assert Resolver(text).resolve(found, before=text.index("« Nous")).name == name


@pytest.mark.parametrize(
    ("after", "name"),
    [
        # the headline's surname alone, the person named in full after the lead
        ("Claire Daumal a ensuite promis de recevoir les élus.", "Claire Daumal"),
        # must not: no one of that surname named in full, the description as written
        ("La ministre a ensuite promis de recevoir les élus.", "ministre de la Mer"),
    ],
)
def test_the_lead_describes_the_headline_s_surname_the_body_names_in_full(after: str, name: str) -> None:
    text = (
        "Daumal : la réforme des ports se fera\n\n"
        f"« La réforme se fera », a déclaré la ministre de la Mer mardi.\n\n{after}"
    )
    found = mention(text, "la ministre de la Mer", MentionKind.DESCRIPTION)
    assert Resolver(text).resolve(found, before=text.index("« La")).name == name


@pytest.mark.parametrize(
    ("verb", "name"),
    [
        # a tag that goes on takes up the previous speaker by what he is, whatever his office
        ("a ajouté", "Paul Roux"),
        # must not: a tag that does not go on leaves a status of no one's to a newcomer
        ("a déclaré", "étudiant de 23 ans"),
    ],
)
def test_a_continued_tag_takes_up_the_speaker_by_a_status(verb: str, name: str) -> None:
    text = (
        "Le candidat du parti, Paul Roux, a reconnu « une défaite honorable ». "
        f"« Nous progressons », {verb} l'étudiant de 23 ans."
    )
    resolver = Resolver(text)
    _said(resolver, text, "Le candidat du parti, Paul Roux", MentionKind.NAME, "« une défaite")
    assert _said(resolver, text, "l'étudiant de 23 ans", MentionKind.DESCRIPTION, "« Nous").name == name


@pytest.mark.parametrize(
    ("post", "name"),
    [
        # the one prefect the text titles later is the one of that body
        ("le préfet du Rhône", "Paul Roux"),
        # must not: the same post of another body is someone else
        ("le préfet de la Manche", "préfet de la Manche"),
    ],
)
def test_a_later_title_of_another_body_names_someone_else(post: str, name: str) -> None:
    text = (
        f"Les familles seront relogées, a indiqué {post} lundi. "
        "« Nous n'accepterons plus ces campements », a tranché le préfet du Rhône, Paul Roux."
    )
    found = mention(text, post, MentionKind.DESCRIPTION)
    assert Resolver(text).resolve(found, before=text.index(post)).name == name


@pytest.mark.parametrize(
    ("between", "name"),
    [
        # a body named in passing, as a complement, is what the words spoke of
        ("Les navettes du soir circuleront, sauf pour le service régional Airlinx.", "Paul Roux"),
        # must not: a body that is its sentence's subject may be taken up
        ("Le service régional Airlinx sera suspendu.", "service régional Airlinx"),
    ],
)
def test_an_incise_clitic_takes_up_the_source_before_a_thing_named_in_passing(
    between: str, name: str
) -> None:
    text = (
        "« Le trafic reprendra lundi », a indiqué Paul Roux, porte-parole de la compagnie. "
        f"{between} Les billets seront remboursés, a-t-il assuré."
    )
    resolver = Resolver(text)
    _said(resolver, text, "Paul Roux, porte-parole de la compagnie", MentionKind.NAME, "« Le trafic")
    assert _said(resolver, text, "-il", MentionKind.PRONOUN, "Les billets").name == name


def test_one_employed_to_a_task_is_taken_up_by_the_noun_of_their_post() -> None:
    # « Lina Okafor, agente d'accueil, … explique l'agente »: the post names her
    text = (
        "A quelques pas, Lina Okafor, agente d'accueil, guide les voyageurs vers les bornes. "
        "« On fait au mieux », explique l'agente."
    )
    assert _said(Resolver(text), text, "l'agente", MentionKind.DESCRIPTION, "« On").name == "Lina Okafor"


@pytest.mark.parametrize(
    ("noun", "taken_up"),
    [
        # a demonstrative whose noun may name a person takes up the person just named
        ("Ce retraité", True),
        # must not: a thing's noun takes up no one
        ("Cet accord", False),
        # a doctor in training is someone
        ("Cet interne", True),
    ],
)
def test_a_demonstrative_takes_up_a_person_only_by_a_noun_of_people(noun: str, taken_up: bool) -> None:
    text = f"Georges Martin l'a redit hier devant le conseil. {noun} prévoit « deux lignes de bus »."
    found = mention(text, noun, MentionKind.DESCRIPTION)
    assert (Resolver(text).resolve(found, before=text.index("« deux")).name == "Georges Martin") is taken_up


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # the rest of a title runs on to the name apposed to it
        (
            "Le délégué général du festival, Bruno Keller, a remercié les bénévoles.",
            "Le délégué",
            "Bruno Keller",
        ),
        # a participle that titles is no verb of speech (« chargé », though « charger » reports)
        (
            "Le vice-président chargé des transports, Arnaud Roux, a signé.",
            "Le vice-président",
            "Arnaud Roux",
        ),
        # must not: a verb of speech after the noun makes a clause, whose object is someone else
        (
            "L'Union des étudiants a publié une enquête. Le syndicat réclame au ministre du "
            "Logement, Marc Petit, de geler les loyers.",
            "Le syndicat",
            "Union des étudiants",
        ),
    ],
)
def test_a_name_after_a_verb_of_speech_is_no_apposition(text: str, words: str, name: str) -> None:
    found = mention(text, words, MentionKind.DESCRIPTION)
    assert Resolver(text).resolve(found, before=text.index(words)).name == name


@pytest.mark.parametrize(
    ("signed", "name"),
    [
        # a statement signed by a name is its signer's
        ("signé Marc Aubry, propriétaire du titre", "Marc Aubry"),
        ("signé par la directrice", "directrice"),
        # must not: a date after the participle names no one
        ("signé hier", "communiqué"),
    ],
)
def test_a_signed_statement_is_its_signer_s(signed: str, name: str) -> None:
    text = f"« Nous arrêtons l'édition papier », annonce le communiqué {signed}."
    found = mention(text, "le communiqué", MentionKind.DOCUMENT)
    assert Resolver(text).resolve(found, before=0).name == name


@pytest.mark.parametrize(
    ("place", "name"),
    [
        # an office named with « en » is where, so who, the impersonal « on » speaks
        ("en préfecture", "préfecture"),
        ("en mairie", "mairie"),
        # must not: « en privé » says how, no one
        ("en privé", None),
    ],
)
def test_an_impersonal_on_speaks_for_the_office_it_is_at(place: str, name: str | None) -> None:
    text = f"« Le plan est conforme », indique-t-on {place}."
    found = mention(text, "-on", MentionKind.IMPERSONAL)
    assert Resolver(text).resolve(found, before=0).name == name


@pytest.mark.parametrize(
    ("kind", "tokens", "gender", "passing"),
    [
        # a body or a name no given name opens, named as no subject, is a thing in passing
        ("organisation", ("service", "régional", "Airlinx"), "m", True),
        ("name", ("Airlinx",), "", True),
        # must not: a name a given name opens is someone, whatever the parse made of them
        ("name", ("Thibault", "Marsac"), "", False),
        ("person", ("Paul", "Roux"), "m", False),
    ],
)
def test_a_thing_named_in_passing_is_a_body_or_a_name_of_no_one(
    kind: str, tokens: tuple[str, ...], gender: str, passing: bool
) -> None:
    text = " ".join(tokens)
    occurrence = Occurrence(
        span=Span(0, len(text), source=text),
        name=text,
        tokens=tokens,
        kind=kind,
        gender=gender,
        subject=False,
    )
    assert _passing_thing(Candidate(score=0.0, position=0, occurrence=occurrence)) is passing


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # « celui-ci » is the referent named last: a body in subject position without a name too,
        # not the named one before it
        (
            "Le Conseil des Ports (CDP) fait face à une crise. Le ministère de la mer suit la situation "
            "de près. « Trois ports ont fermé », précise celui-ci.",
            "celui-ci",
            "ministère de la mer",
        ),
        # must not: a body's noun in a description's complement is the description's
        (
            "Le Conseil des Ports (CDP) fait face à une crise. Il a écrit à la dirigeante d'une "
            "entreprise de transport. « Trois ports ont fermé », précise celle-ci.",
            "celle-ci",
            "dirigeante d'une entreprise de transport",
        ),
    ],
)
def test_celui_ci_takes_up_the_body_named_last_in_subject_position(text: str, words: str, name: str) -> None:
    assert _said(Resolver(text), text, words, MentionKind.PRONOUN, "« Trois").name == name


@pytest.mark.parametrize(
    "act",
    [
        # a body's noun in a complement stands for no body a pronoun reaches through it
        "une phase forte de la campagne",
        # a Roman numeral is a number, no organisation's initials
        "une phase II de la campagne",
    ],
)
def test_a_pronoun_reaches_no_body_through_a_complement_or_a_numeral(act: str) -> None:
    text = (
        "Des villes solidaires. Lorval, Arbas, Vitrac… À l'appel du chef du parti, Paul "
        f"Roux, plusieurs maires ont fermé leur mairie. Une opération pour permettre {act}. "
        "« Nous partirons », avait-il ajouté."
    )
    assert _said(Resolver(text), text, "-il", MentionKind.PRONOUN, "« Nous").name == "Paul Roux"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # a hyphened link in small letters makes a town's name
        ("Vitry-sur-Loire", "place"),
        ("Saint-Jean-d'Arbas", "place"),
        ("Villeneuve-lès-Lorval", "place"),
        # must not: a hyphened given name, a firm's name
        ("Jean-Pierre", "name"),
        ("Saint-Gobain", "name"),
    ],
)
def test_a_name_with_a_hyphened_link_in_small_letters_is_a_town(name: str, kind: str) -> None:
    text = f"Des villes solidaires. Lens, Arbas, {name}… Le maire a parlé."
    index = index_document(text)
    found = next(o for o in index.occurrences if o.name == name)
    assert found.kind == kind


def test_a_body_told_apart_by_its_complement_past_an_adjective_is_itself() -> None:
    # « la chambre départementale des notaires » says which body it is: as a statement's issuer
    # it takes up no firm named in subject position after it
    text = (
        "Selon un rapport de la chambre départementale des notaires publié en février, Lorval "
        "Bâtiment a remporté onze marchés. Le document relève des offres « très basses »."
    )
    speaker = _said(Resolver(text), text, "Le document", MentionKind.DOCUMENT, "« très")
    assert speaker.name == "chambre départementale des notaires"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a capital opening a role in a body's complement opens the role, not a name
        ("Le service du Premier ministre a publié un texte.", "service du Premier ministre"),
        ("Le cabinet du Haut commissaire a publié un texte.", "cabinet du Haut commissaire"),
        # and in small letters, as Québec and Belgian papers write it
        ("Le cabinet du premier ministre a publié un texte.", "cabinet du premier ministre"),
        # a preposition with a capital right after the body's noun opens its name
        ("Le groupe Pour Lyon a publié un texte.", "groupe Pour Lyon"),
        ("Le collectif Contre la fermeture a publié un texte.", "collectif Contre la fermeture"),
        # a capitalised name in the complement is the body's own, one word or more
        ("Le bureau du Sénat a publié un texte.", "bureau du Sénat"),
        # a body named after a person: the person's name, a civility before it or not, is its own
        ("La Fondation Abbé Michel Roux publie son rapport.", "Fondation Abbé Michel Roux"),
        ("La Fondation Jean Dumont publie son rapport.", "Fondation Jean Dumont"),
        ("L'institut Paul Marchal publie son rapport.", "institut Paul Marchal"),
        # a person set beside a place named otherwise is no part of its name
        ("La région Val-Doré Gérard Malbec publie son rapport.", "région Val-Doré"),
    ],
)
def test_the_index_reads_a_body_s_whole_name(text: str, name: str) -> None:
    names = [o.name for o in index_document(text).occurrences if o.kind == "organisation"]
    assert names[0] == name


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a family name of one syllable, a given name of two joined by a hyphen, the second in
        # small letters: a romanised Korean or Taiwanese name, a person's, whatever list misses it
        ("Pour Moon Jae-in, qui parlait depuis Séoul, il s'agit d'un bon choix.", "person"),
        ("Selon Tsai Ing-wen, rien ne change.", "person"),
        # a French compound capitalises both parts: a town after a preposition stays a place
        ("Selon Paul, à Saint-Denis, rien ne change.", "place"),
    ],
)
def test_a_romanised_korean_or_taiwanese_name_is_a_person_s(text: str, kind: str) -> None:
    found = [o for o in index_document(text).occurrences if "-" in o.name]
    assert [o.kind for o in found] == [kind]


@pytest.mark.parametrize(
    ("words", "name"),
    [
        # the mouths or lips the words came from: their owner speaks
        ("des bouches des parents", "parents"),
        ("de la bouche du maire, Paul Roux", "Paul Roux"),
        ("sur les lèvres de Marie Durand", "Marie Durand"),
        # no mouth, no owner taken out of the phrase: the words stay as written
        ("près de la sortie du métro", "près de la sortie du métro"),
    ],
)
def test_the_owner_of_the_mouth_the_words_came_from_speaks(words: str, name: str) -> None:
    text = f"Le maire, Paul Roux, est arrivé. Marie Durand aussi. « Honteux » est sorti {words}."
    span = find(text, words)
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DESCRIPTION), before=text.index("« "))
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a body's own name set beside its noun between commas is the body's
        ("Avec son groupe, Les Vents du Nord, il a sorti un disque.", "groupe Les Vents du Nord"),
        ("Le parti, Renouveau, a publié un texte.", "parti Renouveau"),
        # not a person's name, not a relative, not a name set beside the noun a body complements
        ("Le syndicat, Paul Roux en tête, a défilé.", "syndicat"),
        ("Le groupe, qui compte dix membres, a publié un texte.", "groupe"),
        ("L'avocat de la présidence, Pat Morel, a rejeté les demandes.", "présidence"),
    ],
)
def test_a_body_s_name_set_beside_its_noun_is_its_own(text: str, body: str) -> None:
    names = [o.name for o in index_document(text).occurrences if o.kind == "organisation"]
    assert names[0] == body


def test_a_body_s_noun_takes_up_the_name_set_beside_it() -> None:
    # « le groupe » is the band named beside « son groupe », not the singer who spoke last
    text = (
        "Avec son groupe, Les Vents du Nord, Paul Roux a chanté « la paix ». L'an dernier, le "
        "groupe a annulé sa tournée en se disant « fatigué »."
    )
    span = find(text, "le groupe")
    speaker = Resolver(text).resolve(Mention(span, span, MentionKind.DESCRIPTION), before=text.rindex("« "))
    assert speaker.name == "Vents du Nord"  # the name's article is no part of it, as anywhere


@pytest.mark.parametrize(
    ("role", "later"),
    [
        # Quebec's word for a coordinator, and the feminine in « -eure » of a role in « -eur »
        ("coordonnatrice de l'association", "La coordonnatrice"),
        ("chercheure au laboratoire", "La chercheure"),
    ],
)
def test_a_role_in_the_spellings_french_allows_takes_up_its_holder(role: str, later: str) -> None:
    text = f"Le loyer augmente, dit Julie Tremblay, {role}. {later} affirme que la hausse est illégale."
    found = mention(text, later, MentionKind.DESCRIPTION)
    assert Resolver(text).resolve(found, before=found.span.start).name == "Julie Tremblay"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # a party, an age in brackets after a person's name: no part of it
        (
            "Le conseil a voté jeudi. Paul Roux (PS) a précisé qu'il serait tenu.",
            "Paul Roux (PS)",
            "Paul Roux",
        ),
        ("Au conseil, Anne Roux (PS) a précisé que le vote aura lieu.", "Anne Roux (PS)", "Anne Roux"),
        (
            "Au conseil, Paul Girard (45 ans) a précisé que le vote aura lieu.",
            "Paul Girard (45 ans)",
            "Paul Girard",
        ),
        # a body's initials in brackets are its name's own
        (
            "L'Agence nationale des routes (ANR) a précisé que le vote aura lieu.",
            "Agence nationale des routes (ANR)",
            "Agence nationale des routes (ANR)",
        ),
    ],
)
def test_brackets_after_a_persons_name_are_no_part_of_it(text: str, words: str, name: str) -> None:
    found = mention(text, words, MentionKind.NAME)
    assert Resolver(text).resolve(found, before=found.span.start).name == name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # the apposition set off before a civility and a name titles that person; the town before
        # it is no person at all
        (
            "Mercredi, à Valbonne, un avocat du parti, Me Paul Roux, a dénoncé une fraude.",
            "Me Paul Roux",
            "avocat du parti",
        ),
        ("Mercredi, à Valbonne, un avocat du parti, Me Paul Roux, a dénoncé une fraude.", "Valbonne", None),
        # a person's own name keeps the apposition after it, whatever name follows
        (
            "Mercredi, Anne Roux, une avocate du parti, Paul Girard et les élus ont dénoncé une fraude.",
            "Anne Roux",
            "avocate du parti",
        ),
        # so does a name of two capitalised words whose given name no list holds
        ("Mercredi, à Valbonne, un avocat du parti, Ngozi Adebayo, a dénoncé une fraude.", "Valbonne", None),
        # a body's initials or a place in brackets end the apposition as a comma does
        (
            "Mercredi, Ngozi Adebayo, présidente de l'Union des locataires (UDL), a dénoncé une fraude.",
            "Ngozi Adebayo",
            "présidente de l'Union des locataires (UDL)",
        ),
        (
            "Mercredi, Ngozi Adebayo, maire de Lorient (Morbihan), a dénoncé une fraude.",
            "Ngozi Adebayo",
            "maire de Lorient (Morbihan)",
        ),
        # a name right after an article and a place's noun is the place's own, no person titled
        ("Lundi, le préfet de l'océan Indien, Ngozi Adebayo, a parlé.", "Indien", None),
        (
            "Lundi, le préfet de l'océan Indien, Ngozi Adebayo, a parlé.",
            "Ngozi Adebayo",
            "préfet de l'océan Indien",
        ),
        # must not: a place's noun with no article is part of a title
        ("Lundi, le préfet de région Ngozi Adebayo a parlé.", "Ngozi Adebayo", "préfet de région"),
        # must not: brackets that hold a role are more than the title's end
        (
            "Mercredi, Ngozi Adebayo, maire de Lorient (ancienne ministre), a dénoncé une fraude.",
            "Ngozi Adebayo",
            None,
        ),
    ],
)
def test_an_apposition_before_a_named_person_is_their_title(text: str, name: str, title: str | None) -> None:
    found = {o.name: o.title for o in index_document(text).occurrences if o.kind == "person"}
    assert found.get(name) == title


def test_the_one_titled_after_a_town_is_taken_up_by_their_role() -> None:
    text = (
        "Mercredi, à Valbonne, un avocat du parti, Me Paul Roux, a dénoncé une fraude. "
        "« Nous avons été volés », a déclaré l'avocat."
    )
    found = mention(text, "l'avocat", MentionKind.DESCRIPTION)
    assert Resolver(text).resolve(found, before=found.span.start).name == "Paul Roux"


@pytest.mark.parametrize(
    ("description", "name"),
    [
        # a word of the description another's title holds outweighs having spoken last
        ("le leader conservateur", "Marc Girard"),
        # must not: a word no one's title holds leaves the previous speaker the one taken up
        ("le leader du pays", "Paul Roux"),
    ],
)
def test_a_word_of_the_description_outweighs_the_previous_speaker(description: str, name: str) -> None:
    text = (
        "Le premier ministre Paul Roux a critiqué le nouveau chef conservateur Marc Girard, lundi. "
        "« Je veux être clair », a dit Paul Roux. "
        f"Lundi, {description} a riposté : « Engagez-vous. »"
    )
    resolver = Resolver(text)
    _said(resolver, text, "Paul Roux", MentionKind.NAME, "« Je veux", nth=1)
    assert _said(resolver, text, description, MentionKind.DESCRIPTION, "« Engagez").name == name


@pytest.mark.parametrize(
    ("description", "name"),
    [
        # a famous name taken up by what the public made of it: the person just quoted
        ("l'icône de la gauche", "Paulo Lima"),
        ("le ténor de la majorité", "Paulo Lima"),
        # must not: no such noun, the description as written
        ("l'ami de la gauche", "ami de la gauche"),
    ],
)
def test_a_famous_name_s_noun_takes_up_the_person_just_quoted(description: str, name: str) -> None:
    text = (
        "« Nous allons reconstruire », a déclaré Paulo Lima dimanche. "
        f"« Le pays est de retour », a ajouté {description} dans son discours."
    )
    resolver = Resolver(text)
    _said(resolver, text, "Paulo Lima", MentionKind.NAME, "« Nous allons")
    assert _said(resolver, text, description, MentionKind.DESCRIPTION, "« Le pays est").name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the text writes the name with its hyphen once: that spelling is the name's own
        (
            "Météo-France a placé la Vendée en vigilance rouge. « Des rafales fortes viendront », "
            "précise Météo France.",
            "Météo-France",
        ),
        (
            "« Des rafales fortes viendront », ajoute Météo France. Selon Météo-France, la tempête "
            "« faiblira lundi ».",
            "Météo-France",
        ),
        # must not: a text that never hyphenates the name keeps it as written
        ("« Des rafales fortes viendront », ajoute Météo France.", "Météo France"),
    ],
    ids=["hyphenated before", "hyphenated after", "never hyphenated"],
)
def test_a_compound_name_goes_by_its_hyphenated_spelling(text: str, name: str) -> None:
    resolver = Resolver(text)
    for found in regex.finditer(r"Météo[- ]France", text):
        span = Span(found.start(), found.end(), source=text)
        resolver.resolve(Mention(span=span, head=span, kind=MentionKind.NAME), before=found.start())
    assert [entity.name for entity in resolver.entities()] == [name]


@pytest.mark.parametrize(
    ("description", "name"),
    [
        # news names a witness by a given name alone; what they are to a place takes them up
        ("le locataire", "Karim"),
        # must not: a profession is no status of a witness named so (fiction names its
        # characters by a given name, whom a passing doctor is not)
        ("le médecin", "médecin"),
    ],
)
def test_a_status_takes_up_a_witness_named_by_a_given_name_alone(description: str, name: str) -> None:
    text = (
        "Les locataires sont en colère. Chaque matin, Karim traverse son appartement. "
        f"« On attend l'eau chaude », raconte {description}."
    )
    speaker = _said(Resolver(text), text, description, MentionKind.DESCRIPTION, "« On")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # a byname the text gives right after a person's name is that person's
        (
            "Arrivé mercredi, Abdel Karim ben Nasri, dit AKN, a vu l'émir. « Tout va bien », a déclaré AKN.",
            "AKN",
            "Abdel Karim ben Nasri",
        ),
        (
            "Le chanteur Paul Roux, surnommé Popaul, a chanté. « Tout va bien », a déclaré Popaul.",
            "Popaul",
            "Paul Roux",
        ),
        # must not: after « dit », a name in words reports speech (« Paul, dit Marie »)
        ("« Viens, Paul, dit Marie. » « Tout va bien », a déclaré Marie.", "Marie", "Marie"),
    ],
    ids=["initials after dit", "surnommé", "dit reports"],
)
def test_a_byname_is_the_person_it_follows(text: str, words: str, name: str) -> None:
    found = mention(text, words, MentionKind.NAME, nth=text.count(words) - 1)
    assert Resolver(text).resolve(found, before=found.span.start).name == name


def test_a_body_s_noun_takes_up_the_body_the_same_words_took_up_before() -> None:
    # « l'ONG » took up Vigie Exil once: far back, past another name, it still does
    text = (
        "Les camps ferment, alerte Vigie Exil. Dans son bilan annuel, l'ONG parle d'un « hiver "
        "noir ».\n\nD'après Paul Roux, directeur de la section, « rien ne change ». Les "
        "familles attendent. Le froid arrive. Les tentes manquent. L'ONG juge « le sort cruel »."
    )
    resolver = Resolver(text)
    for words, quote in (
        ("Vigie Exil", "« hiver"),
        ("l'ONG", "« hiver"),
        ("Paul Roux", "« rien"),
    ):
        _said(
            resolver, text, words, MentionKind.NAME if words[0].isupper() else MentionKind.DESCRIPTION, quote
        )
    speaker = _said(resolver, text, "L'ONG", MentionKind.DESCRIPTION, "« le sort")
    assert speaker.name == "Vigie Exil"
    # must not: words that took up no body before are kept as written
    fresh = Resolver(text)
    assert _said(fresh, text, "L'ONG", MentionKind.DESCRIPTION, "« le sort").name == "ONG"


@pytest.mark.parametrize(
    ("later", "name"),
    [
        # « la compagnie » is « la compagnie maritime » shortened: the body it took up
        ("La compagnie", "Norvia"),
        # must not: a noun with a complement of its own is not the description shortened
        ("La compagnie des guides", "compagnie des guides"),
        ("La compagnie de Lisbonne", "compagnie de Lisbonne"),
    ],
)
def test_a_body_s_noun_takes_up_the_body_its_description_with_adjectives_took_up(
    later: str, name: str
) -> None:
    # a second company stands beside it, so the noun alone takes up no body by itself
    text = (
        "Grève chez Norvia\n\nLa grève des marins de Norvia a contraint la compagnie maritime à "
        "annuler ses départs. « Nous assurerons un bateau sur deux », a indiqué la compagnie "
        "maritime. Les marins de Baltis, une autre compagnie, rejoignent le mouvement. "
        f"{later} conseille « de reporter les voyages »."
    )
    resolver = Resolver(text)
    assert (
        _said(resolver, text, "la compagnie maritime", MentionKind.DESCRIPTION, "« Nous", nth=1).name
        == "Norvia"
    )
    assert _said(resolver, text, later, MentionKind.DESCRIPTION, "« de reporter").name == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # the head of the bishops' conference is a churchman, whom « le prélat » takes up
        ("de la Conférence épiscopale du Valmont", "Éric Morvan"),
        ("de la Conférence des évêques de Belgique", "Éric Morvan"),
        # must not: the head of another body is no cleric
        ("de la Fédération française de football", "prélat"),
    ],
)
def test_a_church_s_body_makes_its_head_a_churchman(body: str, name: str) -> None:
    text = (
        f"Le président {body}, Éric Morvan, a exprimé sa « honte ». "
        "« Je demande votre pardon », a déclaré le prélat."
    )
    resolver = Resolver(text)
    _said(resolver, text, f"Le président {body}, Éric Morvan", MentionKind.NAME, "« honte")
    assert _said(resolver, text, "le prélat", MentionKind.DESCRIPTION, "« Je").name == name


@pytest.mark.parametrize(
    ("department", "name"),
    [
        # the spokesperson of the ministry of foreign affairs is a diplomat
        ("du ministère des Affaires étrangères", "Lin Meiyu"),
        ("de la diplomatie chinoise", "Lin Meiyu"),
        # must not: the spokesperson of another department is none
        ("du ministère de l'Intérieur", "diplomate"),
    ],
)
def test_a_department_of_diplomacy_makes_its_spokesperson_a_diplomat(department: str, name: str) -> None:
    text = (
        f"« Ces sanctions sont injustes », a déclaré la porte-parole adjointe {department}, Lin Meiyu. "
        "« Nous répondrons », a-t-elle poursuivi.\n\n"
        "« Le dialogue reste ouvert », a ajouté la diplomate."
    )
    resolver = Resolver(text)
    _said(resolver, text, "la porte-parole", MentionKind.DESCRIPTION, "« Ces")
    assert _said(resolver, text, "la diplomate", MentionKind.DESCRIPTION, "« Le dialogue").name == name


@pytest.mark.parametrize(
    ("second", "name"),
    [
        # two sources quoted in turn: « la première source » is the first of them
        ("Des cars ont été affrétés, a confié une deuxième source. ", "source portuaire"),
        # must not: one source alone quoted, no order to tell apart
        ("Des cars ont été affrétés. ", "première source"),
    ],
)
def test_an_ordinal_and_a_noun_take_up_that_one_of_the_sources_quoted(second: str, name: str) -> None:
    text = (
        "Les traversées ont été annulées, a indiqué une source portuaire. "
        f"{second}"
        "Deux cents passagers attendaient « sans nouvelles », a ajouté la première source."
    )
    resolver = Resolver(text)
    _said(resolver, text, "une source portuaire", MentionKind.DESCRIPTION, "une source portuaire")
    if "deuxième" in second:
        _said(resolver, text, "une deuxième source", MentionKind.DESCRIPTION, "une deuxième source")
    speaker = _said(resolver, text, "la première source", MentionKind.DESCRIPTION, "« sans")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("title", "role", "name"),
    [
        # a head of government holds no ministry: « le ministre » is someone else
        ("Le Premier ministre tchèque, Karel Novák,", "le ministre des Finances", "ministre des Finances"),
        ("Le Premier ministre tchèque, Karel Novák,", "le ministre", "ministre"),
        # nor is a minister of a portfolio « le Premier ministre »
        ("Le ministre des Finances, Karel Novák,", "le Premier ministre", "Premier ministre"),
        # must not: the same office, written again, takes him up
        ("Le Premier ministre tchèque, Karel Novák,", "le Premier ministre", "Karel Novák"),
        ("Le ministre des Finances, Karel Novák,", "le ministre", "Karel Novák"),
    ],
)
def test_the_prime_minister_is_no_minister_of_a_portfolio(title: str, role: str, name: str) -> None:
    text = f"{title} est arrivé à Brno. Plus tard, {role} a expliqué que le budget serait revu."
    assert _said(Resolver(text), text, role, MentionKind.DESCRIPTION, "Plus tard").name == name


@pytest.mark.parametrize(
    ("first", "name"),
    [
        # the law's name of the prosecution takes up the prosecutor's office named before
        ("Le parquet de Lorient a ouvert une enquête.", "parquet de Lorient"),
        # must not: no parquet named, it stays as written
        ("La mairie de Lorient a porté plainte.", "ministère public"),
    ],
)
def test_the_ministere_public_is_the_parquet(first: str, name: str) -> None:
    text = f"{first} « Rien n'est exclu », a souligné le ministère public."
    assert _said(Resolver(text), text, "le ministère public", MentionKind.DESCRIPTION, "« Rien").name == name


@pytest.mark.parametrize(
    ("text", "before", "words", "name"),
    [
        # « cette source » takes up the source just quoted, whatever noun the text named it by
        (
            "« Deux blessés », a indiqué le parquet de Lorient. "
            "« L'enquête continue », a ajouté cette source.",
            ["le parquet de Lorient"],
            "cette source",
            "parquet de Lorient",
        ),
        # a plural takes up the sources just quoted, not the one body quoted since
        (
            "« Deux hommes ont fui », ont dit des sources policières. « Rien n'est exclu », a ajouté "
            "le parquet de Lorient. « Ils étaient armés », ont précisé ces mêmes sources.",
            ["des sources policières", "le parquet de Lorient"],
            "ces mêmes sources",
            "sources policières",
        ),
        # must not: nothing quoted before, it stays as written
        (
            "Le port est fermé. « L'enquête continue », a ajouté cette source.",
            [],
            "cette source",
            "cette source",
        ),
    ],
    ids=["cette source", "ces mêmes sources", "nothing quoted"],
)
def test_this_source_is_the_source_just_quoted(text: str, before: list[str], words: str, name: str) -> None:
    resolver = Resolver(text)
    quotes = [m.start() for m in re.finditer("« ", text)]
    for said, start in zip(before, quotes, strict=False):
        resolver.resolve(mention(text, said, MentionKind.DESCRIPTION), before=start)
    assert resolver.resolve(mention(text, words, MentionKind.DESCRIPTION), before=quotes[-1]).name == name


@pytest.mark.parametrize(
    ("title", "role", "name"),
    [
        # « le chef du gouvernement » is the Prime Minister, no minister of a portfolio
        ("Le ministre des Finances, Karel Novák,", "le chef du gouvernement", "chef du gouvernement"),
        ("Le ministre des Finances, Karel Novák,", "le locataire de Matignon", "locataire de Matignon"),
        # a minister's periphrasis is no Prime Minister either
        ("Le Premier ministre tchèque, Karel Novák,", "le locataire de Bercy", "locataire de Bercy"),
        # must not: the Prime Minister named so before is taken up
        ("Le Premier ministre tchèque, Karel Novák,", "le chef du gouvernement", "Karel Novák"),
        ("Le ministre des Finances, Karel Novák,", "le locataire de Bercy", "Karel Novák"),
        # a word of time before the periphrasis keeps it one: no prefect is the new head of government
        (
            "Le préfet de région, Karel Novák,",
            "le futur chef du gouvernement",
            "futur chef du gouvernement",
        ),
        ("Le Premier ministre tchèque, Karel Novák,", "le futur chef du gouvernement", "Karel Novák"),
    ],
)
def test_the_head_of_government_is_the_prime_minister(title: str, role: str, name: str) -> None:
    text = f"{title} est arrivé à Brno. Plus tard, {role} a expliqué que le budget serait revu."
    assert _said(Resolver(text), text, role, MentionKind.DESCRIPTION, "Plus tard").name == name


@pytest.mark.parametrize(
    ("second", "name"),
    [
        # the same post of another body is someone else than the one the text described so
        ("le leader du Rassemblement citoyen", "leader du Rassemblement citoyen"),
        # must not: the same post of the same body takes him up again
        ("le leader du parti Horizon", "Paul Roux"),
    ],
)
def test_the_same_post_of_another_body_is_another_person(second: str, name: str) -> None:
    text = (
        "Ces critiques ont poussé Paul Roux à répondre. « Tout est faux », a rétorqué le leader du "
        f"parti Horizon. « Nous tiendrons le cap », a assuré {second}."
    )
    resolver = Resolver(text)
    _said(resolver, text, "le leader du parti Horizon", MentionKind.DESCRIPTION, "« Tout")
    assert _said(resolver, text, second, MentionKind.DESCRIPTION, "« Nous").name == name


@pytest.mark.parametrize(
    ("opening", "starts"),
    [
        # a straight double mark before a capital opens the next sentence, as « does
        ('"Il faut négocier", a dit le maire.', True),
        ("« Il faut négocier », a dit le maire.", True),
        # must not: a mark before a small letter opens no sentence after an abbreviation's stop
        ('"il faut négocier", a dit le maire.', False),
    ],
)
def test_an_opening_straight_mark_after_a_stop_opens_a_sentence(opening: str, starts: bool) -> None:
    text = f"Le Premier ministre Paul Roux a annoncé la réforme. {opening}"
    index = index_document(text)
    assert (index.sentence_of(text.index(opening)) == index.sentence_of(0) + 1) is starts


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        # a stop and a closing mark glued to the next sentence's capital end the sentence
        ('"Rien ne sera plus comme avant."Le prévenu a baissé les yeux.', True),
        ("« Rien ne sera plus comme avant. »Le prévenu a baissé les yeux.", True),
        # must not: a capital glued to a mark after no stop opens nothing
        ('Il parle de "guerre"Le prévenu a baissé les yeux.', False),
    ],
)
def test_a_closing_mark_glued_to_a_capital_after_a_stop_ends_a_sentence(text: str, starts: bool) -> None:
    index = index_document(text)
    assert (index.sentence_of(text.index("Le prévenu")) == index.sentence_of(0) + 1) is starts


def test_someone_named_in_the_source_s_own_sentence_is_not_brought_in() -> None:
    # the minister named in Paul Roux's own sentence is whom he answers: the clitic of the next
    # incise goes on with Paul Roux
    text = (
        "« Nous agirons s'il le faut », a dit Paul Roux, qui répondait au ministre Marc Petit. "
        "« Rien n'est exclu », a-t-il ajouté."
    )
    resolver = Resolver(text)
    _said(resolver, text, "Paul Roux", MentionKind.NAME, "« Nous")
    assert _said(resolver, text, "-il", MentionKind.PRONOUN, "« Rien").name == "Paul Roux"


def test_the_previous_speaker_of_a_straight_quote_is_in_the_sentence_before() -> None:
    # the quote's own sentence is one of its own: « il » is the speaker quoted just before, not
    # the subject two sentences back
    text = (
        'Le Premier ministre Paul Roux a annoncé la réforme. "Il y a une marge", a nuancé jeudi '
        'Marc Petit, le ministre du Budget. "La négociation est ouverte", rappelle-t-il.'
    )
    resolver = Resolver(text)
    _said(resolver, text, "Marc Petit, le ministre du Budget", MentionKind.NAME, '"Il y a')
    assert _said(resolver, text, "il", MentionKind.PRONOUN, '"La négo').name == "Marc Petit"


@pytest.mark.parametrize(
    ("body", "gender"),
    [
        # the article right before a body's name says its gender
        ("la CGT", "f"),
        ("le CNPF", "m"),
        # must not: an elided article says none
        ("l'UNSA", ""),
    ],
)
def test_the_article_before_a_body_s_name_gives_its_gender(body: str, gender: str) -> None:
    text = f"Le ministre Paul Roux a reçu {body} mardi."
    found = [o for o in index_document(text).occurrences if o.kind == "organisation"]
    assert [o.gender for o in found] == [gender]


def test_il_takes_up_no_body_named_with_la() -> None:
    # « la FNSEA » is « elle »: « il » is the person named before it
    text = (
        "Paul Ndongo était à Rennes samedi. Ce jour-là, l'avis de la FNSEA n'a pas bougé. "
        "« Nous dénonçons ce soutien », a-t-il déclaré."
    )
    assert _said(Resolver(text), text, "il", MentionKind.PRONOUN, "« Nous").name == "Paul Ndongo"


@pytest.mark.parametrize(
    ("account", "name"),
    [
        # what is posted on one's own account is its owner's, whatever platform it is on
        ("son compte X", "Paul Roux"),
        ("sa page Facebook", "Paul Roux"),
        # must not: an account no possessive gives an owner stays a platform's
        ("le compte X", "compte X"),
    ],
)
def test_the_words_on_one_s_own_account_are_its_owner_s(account: str, name: str) -> None:
    text = f"Le préfet Paul Roux a déclenché l'alerte. « Restez chez vous ! », est-il écrit sur {account}."
    assert _said(Resolver(text), text, account, MentionKind.DOCUMENT, "« Restez").name == name


@pytest.mark.parametrize(
    ("words", "name"),
    [
        # news calls the interior minister « le premier policier de France »
        ("le premier policier de France", "Paul Roux"),
        ("le premier flic de France", "Paul Roux"),
        # must not: a police officer is no minister
        ("le policier", "policier"),
    ],
)
def test_the_first_policeman_of_france_is_the_interior_minister(words: str, name: str) -> None:
    text = f"Le ministre de l'Intérieur, Paul Roux, était à Rome mardi. Pour {words}, la frontière tiendra."
    assert _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "la frontière").name == name


@pytest.mark.parametrize(
    ("words", "name"),
    [
        # an official's staff are theirs, named as the text would write it in full
        ("ses services", "services de Claire Vidal"),
        ("ses collaborateurs", "collaborateurs de Claire Vidal"),
        # must not: a possessive with a noun of no one's staff stays as written
        ("ses chiffres", "ses chiffres"),
    ],
)
def test_an_official_s_staff_are_theirs(words: str, name: str) -> None:
    text = f"La préfète Claire Vidal a visité la commune. D'après {words}, douze millions ont été versés."
    assert _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "douze").name == name


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        # a capitalised word with no article right before a speech verb's compound past is a name
        ("Airbus a démenti la rumeur.", True),
        ("Valtris ont annoncé la fusion.", True),
        # must not: before another verb, a word opening the sentence may be any word
        ("Valtris a fabriqué un avion.", False),
    ],
)
def test_a_bare_word_before_a_speech_verb_s_compound_past_is_a_name(sentence: str, named: bool) -> None:
    first = sentence.split()[0]
    names = [o.name for o in index_document(sentence).occurrences]
    assert (first in names) is named


@pytest.mark.parametrize(
    ("role", "name"),
    [
        # « secrétaire général » and « secrétaire d'État » are two offices of one noun
        ("le secrétaire général", "secrétaire général"),
        # must not: the same office, or the noun alone, takes him up
        ("le secrétaire d'État", "Marc Rubens"),
        ("le secrétaire", "Marc Rubens"),
    ],
)
def test_the_secretary_general_is_no_secretary_of_state(role: str, name: str) -> None:
    text = f"Le secrétaire d'État américain Marc Rubens a appelé à une trêve. Plus tard, {role} a dit non."
    assert _said(Resolver(text), text, role, MentionKind.DESCRIPTION, "Plus tard").name == name


def test_a_body_s_noun_that_leads_back_to_itself_is_kept_as_written() -> None:
    # « L'ONG » taken up as the body named before it, which is that same noun: no endless loop,
    # the words as written (the resolution once recursed until Python gave up on the text)
    text = "L'ONG réclame un plan. « On ne peut plus attendre », insiste-t-elle."
    speaker = _said(Resolver(text), text, "elle", MentionKind.PRONOUN, "« On")
    assert speaker.name == "ONG"


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        # a general role takes up someone the text knows by a specific role of its field
        (
            "Un représentant de la CGT a confirmé la grève.",
            "représentant de la CGT",
        ),
        # not when the text brought someone in by the general role's own noun: that one
        (
            "La grève a été votée, selon un responsable syndical. Un représentant de la CGT a "
            "confirmé la grève.",
            "responsable syndical",
        ),
    ],
)
def test_a_general_role_takes_up_the_one_its_own_noun_brought_in(opening: str, name: str) -> None:
    text = f"{opening} « Les efforts ont payé », a précisé le responsable syndical."
    speaker = _said(Resolver(text), text, "le responsable syndical", MentionKind.DESCRIPTION, "« Les")
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a letter alone names a class or a variant, no one
        ("Il est jugé pour vol d'un véhicule de catégorie C et pour outrage. Il conteste tout.", []),
        ("Le plan B a échoué.", []),
        # an initial, with its stop, or a letter after a civility, is a name the paper shortened
        ("K. a déclaré qu'il partait.", ["K"]),
        ("Selon Monsieur B, rien n'est prouvé.", ["Monsieur B"]),
    ],
)
def test_a_lone_capital_letter_is_no_name(text: str, names: list[str]) -> None:
    assert [o.name for o in index_document(text).occurrences] == names


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # a passive said of someone: « il » is that someone, as a subject pronoun of the narration
        ("Veste blanche, il est présenté devant le juge.", True),
        ("Il était jugé pour vol.", True),
        # an impersonal passive announces what « que », « de » or « à » opens: no one
        ("Il est prévu que le procès reprenne.", False),
        ("Il est demandé aux témoins de se présenter.", False),
        ("Il est possible que le procès reprenne.", False),
    ],
)
def test_il_before_a_passive_said_of_someone_is_a_subject_pronoun(sentence: str, subject: bool) -> None:
    text = f"Paul Roux a comparu lundi. {sentence}"
    index = index_document(text)
    assert bool(index.pronouns_between(len("Paul Roux a comparu lundi. "), len(text))) is subject


@pytest.mark.parametrize(
    ("question", "name"),
    [
        # the writer asks, in the narration, what the quote answers: the reply may be the one who
        # spoke before, to whom the question was put
        ("Le gouvernement Brun a-t-il une chance ? ", "Marta Oleskin"),
        # a sentence that asks nothing: a reply is not the previous speaker's
        ("Le gouvernement Brun a une chance. ", None),
    ],
)
def test_a_reply_to_the_writer_s_question_may_be_the_previous_speaker_s(
    question: str, name: str | None
) -> None:
    text = f"Marta Oleskin a salué « une journée historique ». {question}« Pas sûr », a-t-elle répondu."
    resolver = Resolver(text)
    _said(resolver, text, "Marta Oleskin", MentionKind.NAME, "« une")
    assert _said(resolver, text, "-elle", MentionKind.PRONOUN, "« Pas").name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # « & » between capitals, with no space, joins one name: a firm's initials
        ("Selon Paul Roux, économiste chez S&P Global, les taux baisseront.", "S&P Global"),
        ("Selon Paul Roux, cadre chez AT&T, les prix baisseront.", "AT&T"),
    ],
)
def test_an_ampersand_between_capitals_joins_one_name(text: str, name: str) -> None:
    names = [o.name for o in index_document(text).occurrences]
    assert names[-1] == name
    mention_words = text[len("Selon ") : text.index(", les")]
    speaker = Resolver(text).resolve(mention(text, mention_words, MentionKind.NAME), before=len(text))
    assert speaker.name == "Paul Roux"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # one who chairs a body holds no seat that chairs nothing: another person is the minister
        ("le président de la métropole", "ministre"),
        # a minister is taken up so, as before
        ("le ministre des Transports", "Bruno Bernard"),
    ],
)
def test_one_who_chairs_a_body_is_not_the_minister(title: str, name: str) -> None:
    text = f"« Nous suivrons », a dit {title}, Bruno Bernard. Le ministre a répété : « Pas de hausse. »"
    resolver = Resolver(text)
    _said(resolver, text, "Bruno Bernard", MentionKind.NAME, "« Nous")
    assert _said(resolver, text, "Le ministre", MentionKind.DESCRIPTION, "« Pas").name == name


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # the previous speaker holds another seat: the minister is someone else
        ("le maire de la commune", "ministre"),
        ("le député de la circonscription", "ministre"),
        # a minister is taken up so, as before
        ("le ministre de l'Agriculture", "Paul Aubert"),
    ],
)
def test_the_previous_speaker_of_another_seat_is_not_the_minister(title: str, name: str) -> None:
    text = f"« Tout est à refaire », a dit {title}, Paul Aubert. Le ministre a promis : « Nous aiderons. »"
    resolver = Resolver(text)
    _said(resolver, text, "Paul Aubert", MentionKind.NAME, "« Tout")
    assert _said(resolver, text, "Le ministre", MentionKind.DESCRIPTION, "« Nous").name == name


@pytest.mark.parametrize(
    ("sentence", "described"),
    [
        # a periphrasis runs over its complement, a nationality after it says whose post it is
        ("Le chef de l'État ghanéen s'est exprimé.", "Le chef de l'État ghanéen"),
        ("Le président américain s'est exprimé.", "Le président américain"),
        ("Le chef du gouvernement s'est exprimé.", "Le chef du gouvernement"),
        # a complement that is no periphrasis stays out, as an adjective that is no nationality
        ("Le président du club s'est exprimé.", "Le président"),
        ("Le président sortant s'est exprimé.", "Le président"),
    ],
)
def test_a_definite_description_keeps_its_periphrasis_and_nationality(sentence: str, described: str) -> None:
    names = [o.name for o in index_document(sentence).occurrences if o.kind == "description"]
    assert names == [described]


def test_a_pronoun_after_a_head_of_state_by_nationality_is_not_another_country_s() -> None:
    text = (
        "Kofi Mensah, président du Ghana, est attendu à Lomé. « Il arrive », a déclaré Paul "
        "Agbodjan, président du Togo. Le chef de l'État ghanéen a pris la parole à son tour. « Le "
        "moment est sérieux », a-t-il dit."
    )
    speaker = _said(Resolver(text), text, "-il", MentionKind.PRONOUN, "« Le")
    assert speaker.name == "Kofi Mensah"


def test_a_country_alone_is_no_person_a_description_takes_up() -> None:
    # « Israël » is a given name too, but alone it is the country, which no « source » is
    text = "« Nous riposterons », a promis Israël. « La frappe a eu lieu », a indiqué la source."
    resolver = Resolver(text)
    _said(resolver, text, "Israël", MentionKind.NAME, "« Nous")
    assert _said(resolver, text, "la source", MentionKind.DESCRIPTION, "« La").name != "Israël"


@pytest.mark.parametrize(
    ("words", "taken_up"),
    [
        # an indefinite brings new bodies in: none the text named before
        ("Plusieurs ONG", False),
        ("Une ONG", False),
        # a definite one takes up the body just named
        ("L'ONG", True),
    ],
)
def test_an_indefinite_body_noun_takes_up_no_body_named_before(words: str, taken_up: bool) -> None:
    text = (
        "L'Organisation météorologique mondiale a publié son rapport mardi. "
        f"{words} a jugé ces conclusions « alarmantes »."
    )
    speaker = _said(Resolver(text), text, words, MentionKind.DESCRIPTION, "« ")
    assert (speaker.name == "Organisation météorologique mondiale") is taken_up


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a civility's abbreviation in a body's complement titles the name after it
        ("Le bureau de M. Lafleur", "bureau de M. Lafleur"),
        ("Le cabinet de Me Anne Roux", "cabinet de Me Anne Roux"),
    ],
)
def test_a_body_s_complement_keeps_the_name_its_civility_titles(body: str, name: str) -> None:
    text = f"{body} a publié un communiqué. « La délégation partira jeudi », a indiqué le {body.split()[1]}."
    organisations = [o.name for o in index_document(text).occurrences if o.kind == "organisation"]
    assert organisations[0] == name


@pytest.mark.parametrize(
    ("description", "name"),
    [
        # one who speaks for the body the complement names is no one titled otherwise
        ("Le représentant de l'office commercial de Taïwan", None),
        ("La porte-parole du bureau présidentiel", None),
        # with no complement, a representative of the field may still take up the person named
        ("Le représentant taïwanais", "Chen Wei-ming"),
    ],
)
def test_a_proxy_with_a_complement_takes_up_no_one_titled_otherwise(
    description: str, name: str | None
) -> None:
    text = f"Le président taïwanais, Chen Wei-ming, a parlé. {description} parle de « sanctionner » le parti."
    speaker = _said(Resolver(text), text, description, MentionKind.DESCRIPTION, "« ")
    assert (speaker.name == "Chen Wei-ming") is (name is not None)
