"""Tables of French name handling used by speaker resolution: matching, runs, phrases, pronouns."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.attribute.entities import index_document
from quoteattr.attribute.entities.regions import quoted_regions
from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.names import (
    _tokenize,
    fold,
    name_matches,
    name_runs,
    sentence_starts,
    starts_person_name,
    tokenize,
)
from quoteattr.attribute.resolve import Resolver
from quoteattr.attribute.resolve_rules import (
    clean_phrase,
    document_phrase_after,
    fuller_description,
    parse_name_phrase,
    strip_determiners,
)
from quoteattr.lang.fr.given_names import given_name_gender
from quoteattr.lang.fr.pronouns import pronoun_features
from quoteattr.lang.fr.roles import role_of
from quoteattr.model import Span


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("Blinken", "Antony Blinken", True),
        ("M. Blinken", "Antony Blinken", False),  # the civility is not part of the name
        ("de Gaulle", "Charles de Gaulle", True),
        ("Gaulle", "Charles de Gaulle", True),
        ("Mélenchon", "Jean-Luc Mélenchon", True),
        ("melenchon", "Jean-Luc Mélenchon", True),  # case and accents do not matter
        ("J. Chirac", "Jacques Chirac", True),
        ("J Chirac", "Jacques Chirac", True),
        ("P. Chirac", "Jacques Chirac", False),
        ("Jean-Luc Mélenchon", "Jean-Luc Mélenchon", True),
        ("al-Joulani", "Abou Mohammed al-Joulani", True),
        ("Le Bihan", "Anne-Laure Le Bihan", True),
        ("Bihan", "Anne-Laure Le Bihan", True),
        ("Ki-moon", "Ban Ki-moon", True),
        ("Antony", "Antony Blinken", False),  # a first name alone is not a surname
        ("Blinken", "Antony Blinkenberg", False),
        ("Antony Blinken", "Blinken", False),  # the longer never abbreviates the shorter
        ("d’Orvilliers", "Gaston d'Orvilliers", True),  # the apostrophe's shape does not matter
        # the press drops the part of a surname a particle opens
        ("Villemur", "Henri Villemur de Castel", True),
        ("Henri Villemur", "Henri Villemur de Castel", True),
        ("Sampaio", "José Carlos Sampaio da Costa", True),
        ("Carlos", "José Carlos Sampaio da Costa", False),  # a given name before the surname
        ("Henri", "Henri de Castel", False),  # the first word is a given name
        ("Fayolle", "Mlle de Fayolle la Hardie", False),  # « la Hardie »: a byname, no particle
    ],
)
def test_name_matches(short: str, full: str, expected: bool) -> None:
    assert (
        name_matches(tuple(t.text for t in tokenize(short)), tuple(t.text for t in tokenize(full)))
        is expected
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hier, Charles de Gaulle est parti.", ["Charles de Gaulle"]),
        ("Selon Jean-Luc Mélenchon, rien ne change.", ["Jean-Luc Mélenchon"]),
        ("Plus tard, Hamad al Nuaimi a parlé.", ["Hamad al Nuaimi"]),
        ("Le chef, Abou Mohammed al-Joulani, a parlé.", ["Abou Mohammed al-Joulani"]),
        ("Il a vu Anne-Laure Le Bihan à Rio.", ["Anne-Laure Le Bihan", "Rio"]),
        ("Dans la salle, M. Schultz attendait.", ["Schultz"]),
        ("Mme de Valbrun sourit.", ["de Valbrun"]),
        ("Ensuite J. Chirac a répondu.", ["J Chirac"]),
        ("Aucun accord n'a été trouvé.", []),  # a capitalised word opening a sentence is no name
        ("Elle vit à New York\n\nLe maire a parlé.", ["New York"]),  # no name across a paragraph
        # an epicene given name before a surname that is also a given name: one person
        ("Hier, Dominique Richard a parlé.", ["Dominique Richard"]),
        ("Hier, Claude Martin a parlé.", ["Claude Martin"]),
        # a place, then a person: two runs
        ("La région Bretagne Alain Roux a parlé.", ["Bretagne", "Alain Roux"]),
        # a given name alone after a capitalised word ends that name: no one else starts there
        ("Un porte-parole de la Maison Blanche a parlé.", ["Maison Blanche"]),
        ("Hier, le Néerlandais Churandy Martina a parlé.", ["Néerlandais Churandy Martina"]),
        # initials after « de » open a name, they are no complement of their own
        ("Selon le témoignage de F.L. Copperman, rien.", ["F L Copperman"]),
        ("Le jardin de J.-P. Bruneau est ouvert.", ["J P Bruneau"]),
        # a particle in capitals, as Flemish names write it: the word after it is the surname,
        # though « vos » is also a determiner
        ("Selon Inge De Vos, substitute, rien.", ["Inge De Vos"]),
        # a complement, then a person: two runs still
        ("Le ministre de l'Intérieur Gérald Darmanin a parlé.", ["Intérieur", "Gérald Darmanin"]),
        # a press title keeps its article opening a sentence; another name does not
        ("Le Monde assure que rien ne change.", ["Le Monde"]),
        ("La Voix du Nord affirme que rien ne change.", ["La Voix du Nord"]),
        ("Le Parlement européen a voté.", ["Parlement"]),
        # the links of an English name join its words: no French words
        ("Selon l'Institute for the Study of Peace, rien.", ["Institute for the Study of Peace"]),
        ("Hier, la Bank of Lorraine a parlé.", ["Bank of Lorraine"]),
        # a civility inside a run of capitals opens another name, a person's
        ("Elle a déclaré à l'AFP Me Lucie Garnier.", ["AFP", "Lucie Garnier"]),
        ("Il a parlé à Radio Nord Mme Odile Marchand.", ["Radio Nord", "Odile Marchand"]),
        # a capital elided article inside a sentence is the name's, after « de » too; opening a
        # sentence, when the text writes the name so inside one; « l'Allemagne » never
        ("Le siège de L'Oréane Suisse part.", ["L' Oréane Suisse"]),
        ("L'Oréane Suisse part. Le siège de L'Oréane reste.", ["L' Oréane Suisse", "L' Oréane"]),
        ("L'Allemagne vote. Le siège de l'Allemagne reste.", ["Allemagne", "Allemagne"]),
        # past a particle, a civility opens a person's name: the body before is another name
        ("Hier, la CDU de Mme Vossberg a gagné.", ["CDU", "Vossberg"]),
        # a given name's run stops before the body a particle brings in: where they work
        (
            "Selon Paul Varennes du Musée du Verre, rien.",
            ["Paul Varennes", "Musée du Verre"],
        ),
        ("Hier, Anne Roux de l'Institut Marcel a parlé.", ["Anne Roux", "Institut Marcel"]),
        # three capitalised words after « de » are a firm's name; a surname's part is shorter
        ("Selon Mace Orvil de Harbor Asset Management, rien.", ["Mace Orvil", "Harbor Asset Management"]),
        ("Selon Jean de La Fontaine, rien.", ["Jean de La Fontaine"]),
        # an adjective of exclusion opening the sentence is no part of the subject's name
        ("Seul le Mouvement Kanak a refusé.", ["Mouvement Kanak"]),
        # after « à », initials in capitals are the one told, a name after them who told it
        ("Il a confié à l'AFP Ilkay Demir, rien.", ["AFP", "Ilkay Demir"]),
        ("Il a parlé à la CGT Cheminots, rien.", ["CGT Cheminots"]),
        # a listed channel's number is its name's; any other name's number is not
        ("Selon Europe 1, rien.", ["Europe 1"]),
        ("Il a parlé sur France 24 mardi.", ["France 24"]),
        # a title and a name after a place's or a body's noun are its eponym, not another name
        ("Selon la Fondation Abbé Lenoir, rien.", ["Fondation Abbé Lenoir"]),
        # digits that go on as a quantity are no channel's number: « en France 2,4 millions »
        ("On compte en France 2,4 millions de chômeurs.", ["France"]),
        ("On compte en France 5 millions de retraités.", ["France"]),
        ("La Ligue 1 reprend.", ["Ligue"]),
        # a year right after a name is the event's, and its organisers' (« Lyon 2030 »); not
        # after a month, nor one that goes on as a quantity
        ("Selon Lyon 2030, rien.", ["Lyon 2030"]),
        ("Hier, l'Euro 2028 a commencé.", ["Euro 2028"]),
        ("En Juillet 2024, rien.", ["Juillet"]),
        ("On compte à Lyon 2030 000 habitants.", ["Lyon"]),
        # a preposition opening the sentence is no part of the name after it
        ("Outre Paul Roux, deux élus ont parlé.", ["Paul Roux"]),
        ("Sauf Anne Roux, tous ont voté.", ["Anne Roux"]),
        # a capitalised possessive inside a sentence is a family name, first in an East Asian name
        ("Le porte-parole Ma Xiaoguang a réagi.", ["Ma Xiaoguang"]),
        ("« Non », a dit M. Ma.", ["Ma"]),
        # must not: a possessive opening the sentence, or before a noun of address
        ("Ma mère a réagi.", []),
        ("Le nonce, Son Excellence Paul Roux, a réagi.", ["Excellence", "Paul Roux"]),
    ],
)
def test_name_runs(text: str, names: list[str]) -> None:
    tokens = tokenize(text)
    found = [" ".join(run.tokens) for run in name_runs(text, tokens, sentence_starts(text, tokens))]
    assert found == names


def test_civility_is_kept_apart_from_the_name() -> None:
    text = "Puis Mme de Valbrun et M. Garnot entrèrent."
    tokens = tokenize(text)
    runs = name_runs(text, tokens, sentence_starts(text, tokens))
    assert [(r.civility, r.tokens) for r in runs] == [("Mme", ("de", "Valbrun")), ("M.", ("Garnot",))]


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("Son avocat, Me Thibault Sarrazin, a parlé.", [("Me", ("Thibault", "Sarrazin"))]),
        # the pronoun before a lowercase word: no civility (sentence openers are sifted later)
        ("« Me voilà », dit Paul.", [(None, ("Me",)), (None, ("Paul",))]),
    ],
)
def test_me_before_a_name_is_the_lawyer_s_civility(
    text: str, runs: list[tuple[str | None, tuple[str, ...]]]
) -> None:
    tokens = tokenize(text)
    found = name_runs(text, tokens, sentence_starts(text, tokens))
    assert [(r.civility, r.tokens) for r in found] == runs


def test_kin_word_before_a_sentence_end_is_no_civility() -> None:
    text = "Il regarda son père. Et Paul se tut."
    tokens = tokenize(text)
    runs = name_runs(text, tokens, sentence_starts(text, tokens))
    assert [(r.civility, r.tokens) for r in runs] == [(None, ("Paul",))]


@pytest.mark.parametrize(
    ("phrase", "name", "title", "organisation"),
    [
        (
            "le secrétaire d’État américain Antony Blinken",
            "Antony Blinken",
            "secrétaire d’État américain",
            False,
        ),
        (
            "le ministre des Affaires étrangères Ararat Mirzoyan",
            "Ararat Mirzoyan",
            "ministre des Affaires étrangères",
            False,
        ),
        ("Le premier ministre Binali Yildirim", "Binali Yildirim", "premier ministre", False),
        (
            "une représentante du bureau russe d'inspection, Irina Zavodskaïa",
            "Irina Zavodskaïa",
            "représentante du bureau russe d'inspection",
            False,
        ),
        ("Jean Dupuis, porte-parole de la mairie", "Jean Dupuis", "porte-parole de la mairie", False),
        ("M. Schultz", "M. Schultz", "M.", False),
        ("le Conseil de sécurité arménien", "Conseil de sécurité arménien", None, True),
        ("L'association Ports for Europe (P4E)", "Ports for Europe (P4E)", "association", True),
        ("le groupe Airbus", "Airbus", "groupe", True),
        ("Le comte de Hohenwald", "Hohenwald", "comte", False),
        ("le Président Macron", "Macron", "Président", False),
        ("l'Allemand Konrad von Hallberg", "Konrad von Hallberg", "Allemand", False),
        # a nationality then one name: the name alone, the nationality describes its bearer
        ("Le Chilien Moraga", "Moraga", "Chilien", False),
        ("la Kényane Wanjiru", "Wanjiru", "Kényane", False),
        ("Jean-Marc Ayrault", "Jean-Marc Ayrault", None, False),
        ("le Premier ministre Édouard Philippe", "Édouard Philippe", "Premier ministre", False),
        # a former holder's prefix keeps the capital a role's: no name
        ("l'ex-Premier ministre", "ex-Premier ministre", None, False),
        (
            "le Haut Commissariat des Nations unies aux réfugiés",
            "Haut Commissariat des Nations unies aux réfugiés",
            None,
            True,
        ),
        ("la Haute Autorité de santé", "Haute Autorité de santé", None, True),
        ("l'ONG Amnesty International", "Amnesty International", "ONG", True),
        ("le haut fonctionnaire Paul Lenoir", "Paul Lenoir", "haut fonctionnaire", False),
        # « aux » is « à les »: what follows it is a complement, not the name
        (
            "Le commissaire européen aux Affaires économiques, Piet Vandermeulen",
            "Piet Vandermeulen",
            "commissaire européen aux Affaires économiques",
            False,
        ),
        # a name right after a complement's noun is that noun's: the source is the employee
        ("un salarié de l'usine Renault", "salarié de l'usine Renault", None, False),
        ("le porte-parole du groupe pétrolier Total", "porte-parole du groupe pétrolier Total", None, False),
        ("un habitant du quartier Saint-Michel", "habitant du quartier Saint-Michel", None, False),
        # ... but a person's name there is the head's own
        (
            "le porte-parole du gouvernement Gabriel Attal",
            "Gabriel Attal",
            "porte-parole du gouvernement",
            False,
        ),
        # a given name borne by women and men alike opens a person's name as well
        ("le directeur du tournoi Claude Atcher", "Claude Atcher", "directeur du tournoi", False),
        # a role's union or party initials: a description, no name
        ("le délégué CGT", "délégué CGT", None, False),
        ("la députée LR", "députée LR", None, False),
        # ... with the place whose seat it is
        ("le député RPF de Haute-Marne", "député RPF de Haute-Marne", None, False),
        # with a person's name after them, the name; apposed after the seat too
        ("le maire PS Jean Dupont", "Jean Dupont", "maire PS", False),
        ("le député RN du Nord, Paul Roux", "Paul Roux", "député RN du Nord", False),
        # a place or institution named after someone keeps that name: the source is the teacher
        ("une enseignante du lycée Victor Hugo", "enseignante du lycée Victor Hugo", None, False),
        ("un médecin de l'hôpital Georges Pompidou", "médecin de l'hôpital Georges Pompidou", None, False),
        # the agent of a participle is not the one the phrase describes ...
        ("des experts mandatés par l'ONU", "experts mandatés par l'ONU", None, False),
        ("un porte-parole désigné par Paul Roux", "porte-parole désigné par Paul Roux", None, False),
        # ... but a document speaks for the one who published it
        ("un rapport publié par Amnesty", "Amnesty", "rapport publié par", False),
        # an organisation's name ends at the comma of a lowercase apposition
        ("le collectif Femmes en colère, à l'origine de la marche", "Femmes en colère", "collectif", True),
        # a part of an organisation, told apart by a complement: the whole phrase ...
        ("la section CGT de l'hôpital", "section CGT de l'hôpital", None, True),
        ("le syndicat FO du site", "syndicat FO du site", None, True),
        # ... not the organisation itself, nor a name in words whose complement is its own
        ("le syndicat FO", "FO", "syndicat", True),
        ("l'ONG Médecins du monde", "Médecins du monde", "ONG", True),
        # after an indefinite, capitals past lowercase words inside a complement go on with the
        # body's name: no one's name (« Santé publique France »); a name apposed after a comma is
        # the person's, and the definite titles a name run on it
        (
            "un épidémiologiste de Santé publique France",
            "épidémiologiste de Santé publique France",
            None,
            False,
        ),
        ("une bénévole d'Action contre la Faim", "bénévole d'Action contre la Faim", None, False),
        (
            "une épidémiologiste de Santé publique France, Anne Roux",
            "Anne Roux",
            "épidémiologiste de Santé publique France",
            False,
        ),
        (
            "le ministre des Affaires sociales Paul Roux",
            "Paul Roux",
            "ministre des Affaires sociales",
            False,
        ),
        # a numeral opening the sentence counts people: no name
        ("Trois gendarmes du Groupe de sécurité", "Trois gendarmes du Groupe de sécurité", None, False),
        ("Deux agents de la SNCF", "Deux agents de la SNCF", None, False),
    ],
)
def test_parse_name_phrase(phrase: str, name: str, title: str | None, organisation: bool) -> None:
    parsed = parse_name_phrase(phrase, Span(0, len(phrase), source=phrase))
    assert (parsed.name, parsed.title, parsed.organisation) == (name, title, organisation)


@pytest.mark.parametrize(
    ("phrase", "written"),
    [
        ("Le Canard enchaîné", "Canard enchaîné"),
        ("des Gilets jaunes", "Gilets jaunes"),
        ("Antony Blinken", "Antony Blinken"),
        ("Reporters sans frontières", "Reporters sans frontières"),
        ("Emmanuel Macron en personne", "Emmanuel Macron"),
    ],
)
def test_lowercase_words_after_a_name_stay_with_it(phrase: str, written: str) -> None:
    assert parse_name_phrase(phrase, Span(0, len(phrase), source=phrase)).written == written


@pytest.mark.parametrize(
    ("phrase", "name", "written", "title"),
    [
        # words in brackets after a person's name say what she is: her party, not her name
        (
            "La maire de Bréviande, Sophie Lanternier (divers gauche)",
            "Sophie Lanternier",
            "Sophie Lanternier",
            "maire de Bréviande",
        ),
        ("Le député Jean Roux (LR)", "Jean Roux", "Jean Roux", "député"),
        # must not: initials in brackets that abbreviate the name stay with it
        ("le parti Union pour le renouveau (UPR)", "Union pour le renouveau (UPR)", "", "parti"),
        ("Jean Roux (JR)", "Jean Roux", "Jean Roux (JR)", None),
    ],
)
def test_brackets_after_a_name(phrase: str, name: str, written: str, title: str | None) -> None:
    parsed = parse_name_phrase(phrase, Span(0, len(phrase), source=phrase))
    assert (parsed.name, parsed.written, parsed.title) == (name, written, title)


def test_a_phrase_with_no_capitalised_name_has_no_name_tokens() -> None:
    phrase = "le chef de l’État"
    parsed = parse_name_phrase(phrase, Span(0, len(phrase), source=phrase))
    assert parsed.tokens == ()
    assert parsed.name == "chef de l’État"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # a civility after « de » opens the name of the noun's complement, not the phrase's
        ("l'avocat de M. Laroche", "avocat de M. Laroche"),
        ("le fils de Mme Laroche", "fils de Mme Laroche"),
        ("la fille de Jeanne Laroche", "fille de Jeanne Laroche"),
        # a given name alone after a thing's noun is that thing's name
        ("le directeur du projet Diane", "directeur du projet Diane"),
        # an address's number between « du » and the street's name: still the complement's
        ("le porte-parole du 11 Kensington Road", "porte-parole du 11 Kensington Road"),
        ("le préfet de police au 36 Quai Lemaire", "préfet de police au 36 Quai Lemaire"),
    ],
)
def test_a_name_after_de_is_the_complement_s_with_or_without_a_civility(phrase: str, name: str) -> None:
    parsed = parse_name_phrase(phrase, Span(0, len(phrase), source=phrase))
    assert parsed.tokens == ()
    assert parsed.name == name


@pytest.mark.parametrize(
    ("phrase", "described"),
    [
        # a capitalised word after an article, then an age: what someone is, whatever its ending
        ("le Manceau de 33 ans", True),
        ("la Bruxelloise de 34 ans", True),
        # a given name keeps its name, an age or not
        ("le Julien de 33 ans", False),
    ],
)
def test_an_aged_capitalised_word_after_an_article_describes_someone(phrase: str, described: bool) -> None:
    parsed = parse_name_phrase(phrase, Span(0, len(phrase), source=phrase))
    assert (parsed.tokens == ()) is described


def test_a_civility_opening_the_phrase_still_opens_a_name() -> None:
    # must not: « M. Laroche » alone, or set off after a role, is the name
    for phrase, name in (
        ("M. Laroche", "M. Laroche"),
        ("l'avocat du maire, Me Claire Vasseur", "Claire Vasseur"),
    ):
        assert parse_name_phrase(phrase, Span(0, len(phrase), source=phrase)).name == name


@pytest.mark.parametrize(
    ("form", "features"),
    [
        ("il", ("m", "s")),
        ("Elle", ("f", "s")),
        ("-t-il", ("m", "s")),
        ("-t-elle", ("f", "s")),
        ("ils", ("m", "p")),
        ("-elles", ("f", "p")),
        ("lui", ("", "s")),
        ("on", ("", "")),
        ("ses", ("", "s")),
        ("Boissard", None),
        ("l'autre", None),  # contrastive: kept as written, never resolved
    ],
)
def test_pronoun_features(form: str, features: tuple[str, str] | None) -> None:
    assert pronoun_features(form) == features


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Florent", "m"),
        ("Louisa", "f"),
        ("Jean-Michel", "m"),
        ("Marie-Amélie", "f"),
        ("Bernadette", "f"),
        ("Kylian", "m"),
        ("Jade", "f"),
        ("Rémy", "m"),
        ("Mireille", "f"),
        ("Murat", "m"),
        ("Aliou", "m"),
        ("Claude", ""),  # epicene
        ("Blinken", ""),
        # names of the press beyond the first list: regional, francophone Africa, the world
        ("Annick", "f"),
        ("Gwendal", "m"),
        ("Kouadio", "m"),
        ("Fatoumata", "f"),
        ("Volodymyr", "m"),
        ("Siobhan", "f"),
        ("Danièle", ""),  # Danièle in French, Daniele in Italian: epicene
        ("Horia", ""),  # a man in Romania, a woman in the Maghreb
    ],
)
def test_given_name_gender(name: str, gender: str) -> None:
    assert given_name_gender(fold(name)) == gender


@pytest.mark.parametrize(
    ("noun", "gender", "domain"),
    [
        ("diplomate", "", "diplomacy"),
        ("porte-parole", "", "government"),
        ("présidente", "f", "government"),
        ("avocats", "m", "justice"),
        ("juge", "", "justice"),
        ("YouTubeur", "m", "media"),
        ("influenceuse", "f", "media"),
        ("édile", "", "government"),
        ("vainqueure", "f", "sport"),
    ],
)
def test_role_nouns(noun: str, gender: str, domain: str) -> None:
    found = role_of(noun)
    assert found is not None
    assert found[0] == gender
    assert domain in found[1]


@pytest.mark.parametrize("phrase", ["le procureur de Val-le-Duc", "la maire de Saint-Duc"])
def test_a_phrase_holding_a_hyphenated_name_is_no_role_of_its_parts(phrase: str) -> None:
    # « duc » is a role, but not inside a town's name in a phrase; a hyphenated word keeps it
    assert role_of(phrase) is None


def test_a_hyphenated_word_is_the_role_of_its_part() -> None:
    assert role_of("ex-duc") is not None


def test_clean_phrase_drops_the_article_only() -> None:
    assert clean_phrase("le haut diplomate  américain") == "haut diplomate américain"
    assert clean_phrase("Une de ses tantes") == "Une de ses tantes"
    assert clean_phrase("un des musiciens") == "un des musiciens"
    assert clean_phrase("l'une des riveraines") == "une des riveraines"
    assert clean_phrase("l’inexorable prêtre") == "inexorable prêtre"
    assert clean_phrase("sa mère") == "sa mère"


@pytest.mark.parametrize(
    ("words", "name"),
    [
        # a share of a group opening the phrase: the group's words
        ("38% des sondés", "sondés"),
        ("Environ 60 pour cent des Français", "Français"),
        # must not: a share named in words, or a figure alone, stays as written
        ("la majorité des élus", "majorité des élus"),
        ("38%", "38%"),
    ],
)
def test_a_share_of_a_group_is_the_group(words: str, name: str) -> None:
    assert clean_phrase(words) == name


def test_possessive_description_takes_the_fuller_one_of_the_document() -> None:
    text = "Sa mère a parlé au juge. Selon la mère du suspect, tout est faux."
    assert fuller_description(text, "Sa mère") == "mère du suspect"
    assert fuller_description(text, "la mère") is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the place of a dateline, in capitals as news writes it, is where the news was filed
        ("NANTES, 3 mai (AFP) – La direction a parlé. La CFDT aussi.", "place"),
        ("LYON (Reuters) - La direction a parlé. La CGT aussi.", "place"),
        # initials in capitals inside a sentence stay a body
        ("La direction de la RATP a parlé. La CFDT aussi.", "organisation"),
    ],
)
def test_the_place_of_a_dateline_is_a_place(text: str, kind: str) -> None:
    first = index_document(text).occurrences[0]
    assert first.kind == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an adjective in -éen after a body's noun is part of its name, as one in -ien is
        ("La Commission européenne a ouvert une enquête.", "Commission européenne"),
        ("Le Parlement européen a voté mardi.", "Parlement européen"),
        ("L'Agence nord-coréenne a démenti.", "Agence nord-coréenne"),
        ("La Banque centrale européenne a relevé ses taux.", "Banque centrale européenne"),
    ],
)
def test_a_body_s_name_runs_over_the_adjectives_after_its_noun(text: str, name: str) -> None:
    (body,) = [o for o in index_document(text).occurrences if o.kind == "organisation"]
    assert body.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # « aux » and a plural noun in small letters: the field an institution is of
        ("Le Haut-Commissariat aux sinistrés a alerté.", "Haut-Commissariat aux sinistrés"),
        (
            "Le Haut-Commissariat du Valmont aux affaires sociales a alerté.",
            "Haut-Commissariat du Valmont aux affaires sociales",
        ),
        (
            "Le Haut-Commissariat de l'Union aux affaires sociales a alerté.",
            "Haut-Commissariat de l'Union aux affaires sociales",
        ),
        # must not: a locution « aux » opens, or a noun in small letters, no institution's name
        ("La Commission aux côtés des élus a alerté.", "Commission"),
        ("Le comité aux abois a alerté.", "comité"),
    ],
)
def test_an_institution_s_name_runs_over_its_field_after_aux(text: str, name: str) -> None:
    bodies = [o.name for o in index_document(text).occurrences if o.kind == "organisation"]
    assert bodies[0] == name
    # the field is the whole institution's, never a body its complement names (« l'Union »)
    assert not any(" aux " in body for body in bodies[1:])


def test_a_given_name_after_a_place_starts_a_new_name() -> None:
    text = "Il a parlé au président de la région Val-Doré Gérard Malbec hier."
    tokens = tokenize(text)
    runs = [" ".join(run.tokens) for run in name_runs(text, tokens, sentence_starts(text, tokens))]
    assert runs == ["Val-Doré", "Gérard Malbec"]


def test_a_given_name_ending_an_organisation_s_name_is_no_person_of_the_phrase() -> None:
    # « Blanche » is a given name, but here the last word of « la Maison Blanche »: the source is
    # the spokesman, a description, never a person called Blanche
    phrase = "le porte-parole de la Maison Blanche"
    parsed = parse_name_phrase(phrase, Span(0, len(phrase), source=phrase))
    assert parsed.tokens == ()


def test_a_place_after_a_preposition_in_a_mention_is_not_the_name() -> None:
    phrase = "Le chef de l’État en visite à Quimperlé"
    parsed = parse_name_phrase(phrase, Span(0, len(phrase), source=phrase))
    assert parsed.tokens == ()


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("M. Garnot", "M. Garnot"),
        ("Mme de Valbrun", "Mme de Valbrun"),
        ("M. Jean-Marie-Hippolyte Boissard", "Jean-Marie-Hippolyte Boissard"),
        ("Mme Ursula von der Leyen", "Ursula von der Leyen"),
    ],
)
def test_civility_stays_only_with_a_bare_surname(phrase: str, name: str) -> None:
    assert parse_name_phrase(phrase, Span(0, len(phrase), source=phrase)).name == name


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Jorge Almeida de la CGT", "Jorge Almeida"),
        ("Anne Roux du PS", "Anne Roux"),
        # must not: a particle before a name of a family stays in it
        ("Jean de La Fontaine", "Jean de La Fontaine"),
        ("Bertrand du Guesclin", "Bertrand du Guesclin"),
    ],
)
def test_a_body_s_initials_after_de_are_no_part_of_a_person_s_name(phrase: str, name: str) -> None:
    assert parse_name_phrase(phrase, Span(0, len(phrase), source=phrase)).name == name


@pytest.mark.parametrize(
    ("phrase", "written"),
    [
        ("l'ancien ministre Paul Vernier début", "Paul Vernier"),
        ("le maire Paul Roux lundi", "Paul Roux"),
        # must not: a name in sentence case keeps its small words
        ("Reporters sans frontières", "Reporters sans frontières"),
    ],
)
def test_a_date_the_parser_hung_on_a_name_is_no_part_of_it(phrase: str, written: str) -> None:
    assert parse_name_phrase(phrase, Span(0, len(phrase), source=phrase)).written == written


@pytest.mark.parametrize(
    ("phrase", "tokens"),
    [
        # a place joined to a place after « à » or « de » is a complement too
        ("Nouvelle journée de grève des marins à Brest et Lorient", ()),
        ("les marins de Brest et Lorient", ()),
        # must not: a person's name joined to a complement is a source of its own
        ("le président du Sénat et Jean Dupont", ("Jean", "Dupont")),
        # must not: a name in full opening the phrase
        ("Grand Corps Malade", ("Grand", "Corps", "Malade")),
    ],
)
def test_a_name_joined_to_a_complement_is_one_and_an_opening_adjective_no_name(
    phrase: str, tokens: tuple[str, ...]
) -> None:
    assert parse_name_phrase(phrase, Span(0, len(phrase), source=phrase)).tokens == tokens


@pytest.mark.parametrize(
    "phrase",
    ["le Président", "la Chancelière", "le Premier ministre", "le Garde des Sceaux", "le Chef de l'État"],
)
def test_a_capitalised_role_alone_is_no_name(phrase: str) -> None:
    assert parse_name_phrase(phrase, Span(0, len(phrase), source=phrase)).tokens == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a participle opening the sentence is no name when a listed given name follows
        ("Venue de Lyon avec deux amies, Clara Petit", "Clara Petit"),
        # a name opening the sentence with no person named after it stays the name
        ("Banque de France, la direction", "Banque de France"),
        # a listed given name opening it is a person's name
        ("Marie Roux, Paul Petit", "Marie Roux"),
    ],
    ids=["participle", "organisation", "person first"],
)
def test_a_sentence_opener_gives_way_to_a_given_name_after_it(text: str, name: str) -> None:
    assert parse_name_phrase(text, Span(0, len(text), source=text)).name == name


def test_all_before_an_article_makes_a_plural_group() -> None:
    tokens = tokenize("tous les officiers")
    assert strip_determiners(tokens)[2] == "p"
    assert strip_determiners(tokenize("le capitaine"))[2] == "s"


def test_a_speech_verb_after_a_description_is_no_adjective_of_it() -> None:
    text = "Dans un entretien, la ministre explique son projet. Les autorités italiennes ont réagi."
    assert fuller_description(text, "la ministre") is None
    assert fuller_description(text, "les autorités") == "autorités italiennes"


def test_a_given_name_after_a_description_is_no_adjective_of_it() -> None:
    # « Claire » ends like a relational adjective (« la ministre claire »), but has its capital
    text = "Visite écourtée pour la ministre Claire Dessaint. La ministre a quitté la table."
    assert fuller_description(text, "La ministre") is None


def test_a_plus_glued_to_a_capitalised_name_is_part_of_it() -> None:
    # « Canal+ », « Disney+ » are names; « 2+2 » and a lowercase word keep their plus apart
    words = [t.text for t in tokenize("Canal+ et Disney+ ; 2+2 ; plus+")]
    assert words == ["Canal+", "et", "Disney+", "2", "2", "plus"]


@pytest.mark.parametrize(
    "phrase",
    ["le compte Twitter de Paul Roux", "la page Facebook du syndicat", "sa chaîne YouTube"],
)
def test_a_platform_s_name_is_no_name_of_the_source(phrase: str) -> None:
    # where the words were posted, never who posted them: no « Twitter de Paul Roux », no « Facebook »
    parsed = parse_name_phrase(phrase, Span(0, len(phrase), source=phrase))
    assert parsed.tokens == ()


@pytest.mark.parametrize(
    ("text", "words", "fuller"),
    [
        ("Le musée des Causses a acquis le fossile. Le musée a réagi.", "Le musée", "musée des Causses"),
        ("L'hôpital Saint-Joseph a fermé ses urgences.", "l'hôpital", "hôpital Saint-Joseph"),
        # two hospitals: the noun alone names neither
        ("L'hôpital Saint-Joseph et l'hôpital Necker ont fermé.", "l'hôpital", None),
        # a complement that is no name (« de multiplier ») and a noun that is no institution
        ("La décision de l'université de multiplier ses frais choque.", "l'université", None),
        ("Le ministre de la Santé a réagi.", "le ministre", None),
        # a group of people, with the body after its « de la »: a post's holder has none
        ("Les délégués du SNPT ont voté. Les délégués ont réagi.", "Les délégués", "délégués du SNPT"),
        # a noun with the one name the text gives it as a complement: its fullest form
        (
            "La famille de Weiming Zhao a porté plainte. La famille conteste.",
            "La famille",
            "famille de Weiming Zhao",
        ),
        # two names: the noun alone names neither family
        ("La famille de Paul Roux et la famille de Marc Dupont ont parlé.", "la famille", None),
        # one name, the noun written once with a capital: one complement, not two
        (
            "La Famille de Paul Roux a parlé. La famille de Paul Roux attend.",
            "la famille",
            "famille de Paul Roux",
        ),
    ],
)
def test_an_institution_named_once_in_full_is_that_one(text: str, words: str, fuller: str | None) -> None:
    assert fuller_description(text, words) == fuller


@pytest.mark.parametrize(
    ("text", "fuller"),
    [
        ("La famille de Weiming Zhao conteste cette version.", "famille de Weiming Zhao"),
        ("La famille d'Ousmane Sow a annoncé son décès.", "famille d'Ousmane Sow"),
        ("La famille de la victime conteste cette version.", "famille de la victime"),
        # an elision inside a name is no end of it
        ("La famille d'Aïssa N'Diaye conteste cette version.", "famille d'Aïssa N'Diaye"),
        ("La famille de Jean-Marc Val-d'Orge conteste cette version.", "famille de Jean-Marc Val-d'Orge"),
    ],
    ids=["a name in two words", "an elided de", "a common noun", "an elided name", "an elided part"],
)
def test_a_possessive_takes_up_the_whole_name_of_its_complement(text: str, fuller: str) -> None:
    assert fuller_description(text + " Sa famille a porté plainte.", "Sa famille") == fuller


@pytest.mark.parametrize(
    ("text", "words", "fuller"),
    [
        # the one complement the text gives the noun elsewhere, where the noun phrase ends
        (
            "Le voisin de la victime a tout vu. « J'ai entendu un cri », a dit le voisin.",
            "le voisin",
            "voisin de la victime",
        ),
        (
            "L'organisateur du tournoi a renoncé. L'organisateur ajoute qu'il regrette.",
            "L'organisateur",
            "organisateur du tournoi",
        ),
        # a group of a body whose name holds an elision: the whole name
        (
            "Les organisateurs d'Ondes'Fest ont annulé. Les organisateurs disent qu'ils regrettent.",
            "Les organisateurs",
            "organisateurs d'Ondes'Fest",
        ),
        (
            "Les délégués du personnel régional, réunis lundi, ont voté. Les délégués disent non.",
            "Les délégués",
            "délégués du personnel régional",
        ),
        # a clitic opens the verb's group: the complement ends before it
        (
            "Le président du jury lui demande de parler. « Pourquoi ? », demande le président.",
            "le président",
            "président du jury",
        ),
        (
            "Le voisin de la victime n'a rien vu. « Rien », dit le voisin.",
            "le voisin",
            "voisin de la victime",
        ),
        # must not: an article after the complement opens another phrase, not a verb's group
        ("Le voisin de la victime la semaine passée a parlé. « Rien », dit le voisin.", "le voisin", None),
        # a complement that goes on past one noun and an adjective: not known where it ends
        ("L'avocat des parties civiles plaide. « Non », dit l'avocat.", "l'avocat", None),
        # two complements: which one is not said
        ("Le voisin du dessus et le voisin de palier se taisent. Le voisin a parlé.", "Le voisin", None),
        # kin: « le père » may be another one's father
        ("Le père de la victime a parlé. « Non », dit le père.", "le père", None),
        # a noun that names no person
        ("Le projet de la mairie a changé. Le projet devient autre.", "Le projet", None),
    ],
)
def test_a_definite_person_noun_takes_the_one_complement_the_text_gives_it(
    text: str, words: str, fuller: str | None
) -> None:
    assert fuller_description(text, words) == fuller


@pytest.mark.parametrize(
    ("text", "fuller"),
    [
        # the press writes a ministry's remit in small letters as often as in capitals
        ("Le ministère de la transition écologique a réagi.", "ministère de la transition écologique"),
        ("Le ministère des Affaires étrangères a réagi.", "ministère des Affaires étrangères"),
        ("Le ministère de l'Économie et des Finances a réagi.", "ministère de l'Économie"),
        # two ministries: which one is not said
        ("Le ministère de la santé et le ministère de l'intérieur ont réagi.", None),
    ],
)
def test_le_ministere_takes_the_one_remit_the_text_gives_a_ministry(text: str, fuller: str | None) -> None:
    assert fuller_description(text + " Le ministère précise que rien ne change.", "Le ministère") == fuller


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an initial stands before the name it abbreviates: after a full name it is no part of it
        ("Le président Karim Benslimane D. R.\n", ["Karim Benslimane"]),
        ("Selon George W. Bush, tout va bien.", ["George W Bush"]),
        ("Par Samir A. pour le journal.", ["Samir A"]),
        # an initial's stop and a dash: a byline, then another name
        ("Par Samir A. – Karim Benslimane a estimé que tout va bien.", ["Samir A", "Karim Benslimane"]),
    ],
)
def test_an_initial_goes_on_a_name_only_before_its_surname(text: str, expected: list[str]) -> None:
    tokens = tokenize(text)
    runs = [" ".join(run.tokens) for run in name_runs(text, tokens, sentence_starts(text, tokens))]
    assert [run for run in runs if run not in {"Le", "Selon", "Par"}] == expected


def test_a_quote_inside_a_mark_left_open_is_quoted_all_the_same() -> None:
    text = "La « renaissance >> de Marc Kouassi.\nUne foule criait « Woody ! Woody ! ». Il a souri."
    regions = [text[a:b] for a, b in quoted_regions(text)]
    assert regions == ["« Woody ! Woody ! »"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # straight marks quote as guillemets do, paired in turn within their paragraph
        (
            'Le maire "remercie M. Jean Durand" et "salue le vote", dit-il.',
            ['"remercie M. Jean Durand"', '"salue le vote"'],
        ),
        # ASCII apostrophes typed for marks, paired as the scanner pairs them; l'État's is none
        (
            "Le maire 'remercie M. Jean Durand', dit-il, et l'État 'salue le vote'.",
            ["'remercie M. Jean Durand'", "'salue le vote'"],
        ),
        # an odd number in a paragraph: which of them pair is not sure, none is taken
        ('Le maire "remercie M. Jean Durand, dit-il.\nIl a "salué" le vote.', ['"salué"']),
        # a speech tag inside the marks is the writer's: the name it holds is not quoted
        (
            "« Rien n'est joué, a estimé Me Paul Roux, mais nous ferons appel. »",
            ["« Rien n'est joué,", " mais nous ferons appel. »"],
        ),
        # the opening mark typed for the closing one, before a comma: it closes the one open
        (
            "« Je l'ai vu. Le coupable, c'est Marc Dubois « , a lâché un voisin.\n\nIl est parti.",
            ["« Je l'ai vu. Le coupable, c'est Marc Dubois «"],
        ),
        # must not: one mark left open ends no quote
        ("« Je l'ai vu. Le coupable, c'est Marc Dubois, a lâché un voisin.\n\nIl est parti.", []),
    ],
)
def test_quoted_regions_take_straight_marks_and_leave_out_speech_tags(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in quoted_regions(text)] == expected


@pytest.mark.parametrize(
    ("phrase", "gender"),
    [
        # an elided article and a noun of either gender: the adjective before it tells
        ("l'ancien ministre", "m"),
        ("l'ancienne ministre", "f"),
        ("l'actuelle secrétaire d'État", "f"),
        # nothing tells
        ("l'ex-ministre", ""),
    ],
)
def test_an_adjective_before_a_role_of_either_gender_tells_the_description_s(
    phrase: str, gender: str
) -> None:
    assert parse_name_phrase(phrase, Span(0, len(phrase), source=phrase)).gender == gender
    text = f"Dès l'ouverture, {phrase} critique le régime."
    (description,) = [o for o in index_document(text).occurrences if o.kind == "description"]
    assert description.gender == gender


def test_a_name_in_brackets_after_a_work_s_title_is_its_publisher() -> None:
    # « pour « Les Marées » (Hélène Vautrin) »: a firm, whatever given name it opens on
    text = (
        "Elle est primée pour « Les Marées » (Hélène Vautrin), dit le jury. Hélène Vautrin a salué le choix."
    )
    kinds = [(o.span.start, o.kind) for o in index_document(text).occurrences if o.name == "Hélène Vautrin"]
    assert kinds[0] == (text.index("Hélène"), "organisation")
    # elsewhere the same words name a person
    assert kinds[1][1] != "organisation"


@given(st.text(alphabet="aAéÉ '’-.,«»\u00a0dlLjJ", max_size=260))
def test_tokenize_gives_the_same_words_whether_the_phrase_was_seen_or_not(text: str) -> None:
    # short phrases come from a cache, long texts are tokenised each time: the same words
    assert tokenize(text) == _tokenize(text)
    assert tokenize(text) == tokenize(text)


def test_a_short_phrase_is_tokenised_once() -> None:
    phrase = "le secrétaire général de l'Union, Paul Roux"
    assert tokenize(phrase) is tokenize(phrase)
    assert [t.text for t in tokenize(phrase)][:3] == ["le", "secrétaire", "général"]


@pytest.mark.parametrize(
    ("after", "phrase"),
    [
        (" appris de source policière.", "source policière"),
        (" appris auprès du parquet de Valmont.", "parquet de Valmont"),
        # a date between the verb and its source
        (" appris jeudi soir de source judiciaire.", "source judiciaire"),
        (" appris mardi soir auprès de la mairie.", "mairie"),
    ],
)
def test_an_impersonal_on_hears_from_the_source_after_its_verb(after: str, phrase: str) -> None:
    text = "Le réseau est coupé, a-t-on" + after
    found = document_phrase_after(text, len("Le réseau est coupé, a-t-on"))
    assert found is not None
    assert found.text_in(text) == phrase


@pytest.mark.parametrize(
    ("word", "opens"),
    [
        ("Marie", True),
        ("Marie-Flore", True),  # a compound on a listed given name, its second part no list holds
        ("Jean-Yvon", True),
        ("Saint-Denis", False),  # no given name opens it
        ("Marie-", False),
        ("Marie-flore", False),  # both parts capitalised, as a name's are
        ("Marie-Anne-Sophie", False),  # two parts at most
    ],
)
def test_a_compound_given_name_opens_on_a_listed_one(word: str, opens: bool) -> None:
    assert starts_person_name(word) is opens


def test_a_chemical_formula_is_no_source_though_written_in_capitals() -> None:
    text = (
        "Le professeur Paul Roux étudie l'air des villes. Les rejets de CO2 et de CH4 baissent "
        "depuis dix ans, selon lui. Le G7 a annoncé un plan."
    )
    names = {o.span.text for o in index_document(text).occurrences}
    assert "CO2" not in names
    assert "CH4" not in names
    assert "G7" in names  # initials and a number, no formula
    start = text.index("lui.")
    span = Span(start, start + 3, source=text)
    assert Resolver(text).resolve(Mention(span, span, MentionKind.PRONOUN)).name == "Paul Roux"


@pytest.mark.parametrize(
    "pair",
    [
        "le député Paul Roux et Marc Petit",
        "le député Paul Roux (LR) et Marc Petit",
        "Paul Roux (DVD) et Marc Petit",
        # an apposition on either name: set off by commas after the first, a role before the second
        "Paul Roux, maire de Lyon, et Marc Petit",
        "Paul Roux, maire de Lyon, et le préfet Marc Petit",
        "le maire, Paul Roux, et le préfet, Marc Petit,",
        "le maire de Lyon, Paul Roux, et le préfet du Rhône, Marc Petit,",
    ],
)
def test_two_names_joined_by_et_are_a_pair_past_a_label_in_brackets(pair: str) -> None:
    text = f"La fermeture fait réagir {pair}. Ils dénoncent une décision « absurde »."
    groups = [o for o in index_document(text).occurrences if o.kind == "group"]
    assert [g.name for g in groups] == ["Paul Roux et Marc Petit"]
    start = text.index("Ils")
    span = Span(start, start + 3, source=text)
    assert Resolver(text).resolve(Mention(span, span, MentionKind.PRONOUN)).name == "Paul Roux et Marc Petit"


@pytest.mark.parametrize(
    "text",
    [
        # must not: the last two names of a list, the comma before « et » or not
        "La fermeture fait réagir Anne Durand, Paul Roux, et Marc Petit.",
        "La fermeture fait réagir Anne Durand, Paul Roux et Marc Petit.",
        # must not: a comma before « et » after a name that is no apposition joins two clauses
        "Il a vu Paul Roux, et Marc Petit est venu ensuite.",
    ],
    ids=["listed, comma", "listed", "two clauses"],
)
def test_names_of_a_list_or_of_two_clauses_are_no_pair(text: str) -> None:
    assert [o.name for o in index_document(text).occurrences if o.kind == "group" and o.members] == []


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("la RATP et Keolis", "RATP et Keolis"),
        # an apposition closing the phrase describes; the names before it are still the two
        ("la RATP et Keolis, l'exploitant du tramway", "RATP et Keolis"),
    ],
)
def test_names_joined_by_et_are_both_sources_before_an_apposition(phrase: str, name: str) -> None:
    text = f"Le tramway reprendra lundi, selon {phrase}."
    start = text.index(phrase)
    span = Span(start, start + len(phrase), source=text)
    assert Resolver(text).resolve(Mention(span, span, MentionKind.NAME)).name == name


@pytest.mark.parametrize(
    "body",
    [
        "la Convention citoyenne des riverains de la Loire",
        "la Conférence des évêques de France",
        "la Mutuelle générale de l'éducation",
        "la Plateforme des associations de patients",
    ],
)
def test_a_capitalised_body_noun_opens_the_body_s_whole_name(body: str) -> None:
    text = f"Selon {body}, les résultats sont bons."
    start = text.index(body)
    span = Span(start, start + len(body), source=text)
    assert Resolver(text).resolve(Mention(span, span, MentionKind.NAME)).name == body.split(" ", 1)[1]


def test_a_statement_takes_up_no_other_kind_of_statement_named_before() -> None:
    # a study is no communiqué: « L'étude » names itself, not the statement before it
    text = (
        "« Les nappes ont baissé d'un tiers », ont indiqué l'Inrae et le BRGM dans un communiqué lundi. "
        "L'étude, parue en mars, indique que les forages agricoles ont doublé depuis 2010."
    )
    start = text.index("L'étude")
    span = Span(start, start + len("L'étude"), source=text)
    assert Resolver(text).resolve(Mention(span, span, MentionKind.DOCUMENT)).name == "étude"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the text writes the article of « L'Oréane » with a capital inside a sentence: it is the
        # name's at the start of one too
        (
            "Le marché est calme. L'Oréane Suisse va fusionner. Le siège de L'Oréane reste à Genève.",
            ["L'Oréane Suisse", "L'Oréane", "Genève"],
        ),
        (
            "Le marché est calme. L'Allemagne va voter. Le siège de l'Allemagne reste.",
            ["Allemagne", "Allemagne"],
        ),
    ],
)
def test_a_name_keeps_its_capital_elided_article(text: str, names: list[str]) -> None:
    assert [o.name for o in index_document(text).occurrences] == names


@pytest.mark.parametrize(
    ("before", "name"),
    [
        # a headline ends with no full stop: the line break opens the body's first sentence, and
        # the capital article there is the sentence's, not a name's before a role
        ("La crise frappe tout le pays\n\n", "Paolo Verdi"),
        ("", "Paolo Verdi"),
        # must not: inside a sentence a capital article before a role opens a name (« dit Le Maire »)
        ("« Tout ira bien », dit ", "Le Commissaire"),
    ],
)
def test_a_line_break_opens_the_sentence_of_a_name_phrase(before: str, name: str) -> None:
    phrase = "Le Commissaire général de l'Agence, Paolo Verdi"
    text = before + phrase + ", a affirmé que la crise était finie."
    span = Span(len(before), len(before) + len(phrase), source=text)
    assert parse_name_phrase(text, span).name == name
