"""Speech tags, dialogue lines, signatures and paragraphs: the helpers of quotation detection."""

from __future__ import annotations

import pytest

from quoteattr.lang.fr.incises import SPEECH_VERB_FORMS
from quoteattr.marks.dialogue import dialogue_start, is_signature
from quoteattr.marks.paragraphs import is_hard_wrapped, paragraphs, unwrapped
from quoteattr.marks.tags import cut_speech_tags, split_turns


def _pieces(text: str, *, closed_by_mark: bool = False) -> list[str]:
    return [text[a:b] for a, b in cut_speech_tags(text, 0, len(text), closed_by_mark=closed_by_mark)]


def test_a_line_that_opens_on_a_comma_or_a_small_letter_goes_on_with_the_one_before() -> None:
    # a page copied from the web breaks its lines around a quotation it set apart
    text = '"On est satisfait",\na déclaré à l\'AFP Paul Roux.\n"Rien ne bouge"\n, a lancé un élu.\nFin.'
    assert [text[a:b] for a, b in paragraphs(text)] == [
        '"On est satisfait",\na déclaré à l\'AFP Paul Roux.',
        '"Rien ne bouge"\n, a lancé un élu.',
        "Fin.",
    ]
    flat = unwrapped(text)
    assert len(flat) == len(text)
    assert flat.split("\n") == [
        '"On est satisfait", a déclaré à l\'AFP Paul Roux.',
        '"Rien ne bouge" , a lancé un élu.',
        "Fin.",
    ]


@pytest.mark.parametrize(
    ("speech", "pieces"),
    [
        ("Voyez, dit-il, nous cherchions le même livre.", ["Voyez", "nous cherchions le même livre."]),
        ("Moi, je suis pressé, dit Paul, et sans voiture !", ["Moi, je suis pressé", "et sans voiture !"]),
        ("Qui est là ? demanda-t-elle.", ["Qui est là ?"]),
        ("Jamais ! m'écriai-je dans ma colère.", ["Jamais !"]),
        ("Oui, dit timidement Louise. Il a répétition ce soir.", ["Oui", "Il a répétition ce soir."]),
        ("Écoutez, dit-il en se penchant, on frappe à la porte.", ["Écoutez", "on frappe à la porte."]),
        ("Là, dit en souriant le père, je range mes outils.", ["Là", "je range mes outils."]),
        ("Sapristi ! cria le vieux, en frappant du poing sur la table.", ["Sapristi !"]),
        ("Il neige, fit le vieux, agacé.", ["Il neige"]),
        ("Par exemple ! fit le vieux, d’un ton las. Il alla fermer la fenêtre.", ["Par exemple !"]),
        ("Allons, reprit-elle ; nous partirons demain.", ["Allons", "nous partirons demain."]),
        ("Si tu veux, pensa-t-elle, nous verrons.", ["Si tu veux", "nous verrons."]),
        # Not tags: a question with inversion, an aside in the 2nd person, an imperative.
        ("Puis-je espérer que vous viendrez ?", ["Puis-je espérer que vous viendrez ?"]),
        ("Quand on l'aime, entendez-vous, tout revient.", ["Quand on l'aime, entendez-vous, tout revient."]),
        ("Voyons, demande à ta mère.", ["Voyons, demande à ta mère."]),
        ("C'est vrai, dis-je.", ["C'est vrai"]),
        # faire with what it makes after it: its object, the speech goes on
        (
            "Trois clubs, dont je dois taire le nom, me faisaient des offres. J'étais prêt à partir.",
            ["Trois clubs, dont je dois taire le nom, me faisaient des offres. J'étais prêt à partir."],
        ),
        ("Oui, fit Marie, des offres viendront.", ["Oui", "des offres viendront."]),
        # a hyphenated demonstrative is one word, which opens the subject of the tag
        ("Certes, répondit celle-ci ; mais elle se souvient.", ["Certes", "mais elle se souvient."]),
        # an imperative with its clitic speaks to someone: the speech goes on after the tag
        ("Qu'importe ? dit Paul, sauvons-nous vite.", ["Qu'importe ?", "sauvons-nous vite."]),
        # « défait », « extrait » are presents, no imparfait of narration (that is « défaisait »)
        ("Rien, dit Paul, il défait le travail des autres.", ["Rien", "il défait le travail des autres."]),
        ("Rien, dit Paul, il défaisait le travail des autres.", ["Rien"]),
    ],
)
def test_speech_tags_are_cut_out_of_a_dialogue_line(speech: str, pieces: list[str]) -> None:
    assert _pieces(speech) == pieces


def test_inside_closing_marks_what_follows_a_tag_stays_speech() -> None:
    speech = "Partez, dit-il, avant la nuit. Le chemin est long."
    assert _pieces(speech, closed_by_mark=True) == ["Partez", "avant la nuit. Le chemin est long."]
    assert _pieces("Vrai ! dit-elle en m'enlaçant. Tout est possible.", closed_by_mark=True) == [
        "Vrai !",
        "Tout est possible.",
    ]


@pytest.mark.parametrize(
    ("speech", "pieces"),
    [
        (
            "Je suis fier, a confié Didier Deschamps. Nous avons tout donné.",
            ["Je suis fier", "Nous avons tout donné."],
        ),
        ("Je suis fier, a-t-il confié. Nous avons tout donné.", ["Je suis fier", "Nous avons tout donné."]),
        ("Je suis fier, a ajouté le sélectionneur, de cette équipe.", ["Je suis fier", "de cette équipe."]),
        # an adverb between the auxiliary and the participle
        (
            "Je suis fier, a encore confié Didier Deschamps. Nous avons tout donné.",
            ["Je suis fier", "Nous avons tout donné."],
        ),
        (
            "Je suis fier, a-t-il aussi confié. Nous avons tout donné.",
            ["Je suis fier", "Nous avons tout donné."],
        ),
        # a date between the participle and its subject is the verb's
        (
            "Je suis fier, a expliqué hier l'entraîneur. Nous avons tout donné.",
            ["Je suis fier", "Nous avons tout donné."],
        ),
        # the one told, as a clitic before the auxiliary
        (
            "Je suis fier, nous a confié Didier Deschamps. Nous avons tout donné.",
            ["Je suis fier", "Nous avons tout donné."],
        ),
        (
            "Je suis fier, m'a dit la capitaine. Nous avons tout donné.",
            ["Je suis fier", "Nous avons tout donné."],
        ),
        # a date with its demonstrative or article, its day's number included
        (
            "Je suis fier, a indiqué ce mardi 14 mai Paul Roux. Nous avons tout donné.",
            ["Je suis fier", "Nous avons tout donné."],
        ),
        (
            "Je suis fier, nous a dit le 3 mars la capitaine. Nous avons tout donné.",
            ["Je suis fier", "Nous avons tout donné."],
        ),
        # a clitic and an auxiliary before a thing: the speech goes on
        ("Il a tout dit, nous a montré le projet.", ["Il a tout dit, nous a montré le projet."]),
        # the stop of a civility or an initial ends no tag: the name after it is the subject
        (
            "Nous avons eu une hausse de 700 %, a affirmé M. Lavergne. Les services sont saturés.",
            ["Nous avons eu une hausse de 700 %", "Les services sont saturés."],
        ),
        # an initial may be a whole name ending its sentence, as fiction writes it
        ("Partons, dit la marquise de T. Mais je reste.", ["Partons", "Mais je reste."]),
        ("Nous partons, a dit le docteur. M. Roux est parti.", ["Nous partons", "M. Roux est parti."]),
        # where or when it was said, then a person's name opening on a given name
        (
            "Je suis fier, a affirmé devant les élus jeudi soir Marc Aubry. Nous avons tout donné.",
            ["Je suis fier", "Nous avons tout donné."],
        ),
        # whom it was said to, then someone known by what they do
        (
            "Je suis fier, a confié au Courrier une porte-parole de la ville. Nous avons tout donné.",
            ["Je suis fier", "Nous avons tout donné."],
        ),
        (
            "Je suis fier, a dit à la presse le capitaine. Nous avons tout donné.",
            ["Je suis fier", "Nous avons tout donné."],
        ),
        # ... the one spoken to alone is no subject, nor a time after them
        (
            "Le maire, qui a tout vu, a répondu à la ministre la veille du vote. Rien ne change.",
            ["Le maire, qui a tout vu, a répondu à la ministre la veille du vote. Rien ne change."],
        ),
        # ... not a place's name: the speech goes on
        (
            "Je suis fier, a vécu en France Marc Aubry. Nous avons tout donné.",
            ["Je suis fier, a vécu en France Marc Aubry. Nous avons tout donné."],
        ),
        (
            "Je suis fier, a affirmé en France Marc Aubry. Nous avons tout donné.",
            ["Je suis fier, a affirmé en France Marc Aubry. Nous avons tout donné."],
        ),
        # a verb phrase that goes on with the speaker's words, not a tag
        ("Il a présenté son plan, a lancé le projet.", ["Il a présenté son plan, a lancé le projet."]),
        ("Il a dit la vérité, a fait le bon choix.", ["Il a dit la vérité, a fait le bon choix."]),
    ],
)
def test_a_tag_in_a_compound_tense_is_cut_out_of_quoted_speech(speech: str, pieces: list[str]) -> None:
    assert _pieces(speech, closed_by_mark=True) == pieces


def test_speech_verbs_include_narrative_forms_of_each_conjugation() -> None:
    for form in ("dit", "répondit", "demanda", "écria", "commença", "interrogea", "murmurait", "reprit"):
        assert form in SPEECH_VERB_FORMS


def test_turns_split_after_end_of_sentence_dashes_only() -> None:
    text = "Comment ? -- Oh ! rien. — Une fille comme elle, – je le dis, – est rare."
    assert [text[a:b] for a, b in split_turns(text, 0, len(text))] == [
        "Comment ?",
        "Oh ! rien.",
        "Une fille comme elle, – je le dis, – est rare.",
    ]


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("— Oui.", 2),
        ("  – Non, merci.", 4),
        ("-- Peut-être.", 3),
        ("— « Malheureux ! » me dit-elle.", -1),
        ("La réunion – qui a duré – est finie.", -1),
        ("3 mars 2017 . – Le conseil municipal a voté.", -1),
        ("— Marc Delorme, sélectionneur français", -1),
        ("—", -1),
    ],
)
def test_dialogue_lines_start_after_their_dash(line: str, start: int) -> None:
    assert dialogue_start(line, 0, len(line)) == start


@pytest.mark.parametrize(
    ("line", "signature"),
    [
        ("Paul Ferrand , Secrétaire général de la Ligue arabe", True),
        ("Barack Obama, président des États-Unis.", True),
        ("Non, personne.", False),
        ("Encore Hortense, répondit la cousine.", False),
        ("Monsieur Boissard, vous êtes là.", False),
        ("Vraiment ? — Oui, vraiment.", False),
        ("Pauvre Marie, elle est morte.", False),
    ],
)
def test_signature_lines_name_an_author_and_a_role(line: str, signature: bool) -> None:
    assert is_signature(line) is signature


def test_paragraphs_are_lines_in_ordinary_text() -> None:
    text = "Titre\n\n24 mars . –\nLe texte.\n   \nFin."
    assert [text[a:b] for a, b in paragraphs(text)] == ["Titre", "24 mars . –", "Le texte.", "Fin."]
    assert not is_hard_wrapped(text)


def test_paragraphs_are_blocks_in_hard_wrapped_text() -> None:
    line = "Une ligne de roman coupée à largeur fixe comme dans les vieux livres numérisés,"
    block = "\n".join([line] * 4)
    text = "\n\n".join([block] * 3)
    assert is_hard_wrapped(text)
    assert [b - a for a, b in paragraphs(text)] == [len(block)] * 3


def test_dialogue_lines_stay_apart_in_hard_wrapped_text() -> None:
    line = "Une ligne de roman coupée à largeur fixe comme dans les vieux livres numérisés,"
    block = "\n".join([line] * 4)
    dialogue = "— Vous venez ?\n— Oui, dit-il, je\nviens tout de suite."
    text = "\n\n".join([block, dialogue, block])
    assert [text[a:b] for a, b in paragraphs(text)][1:3] == [
        "— Vous venez ?",
        "— Oui, dit-il, je\nviens tout de suite.",
    ]


def test_unwrapped_joins_the_lines_of_a_paragraph_with_spaces_and_keeps_offsets() -> None:
    line = "Une ligne de dépêche coupée à largeur fixe comme dans une archive en texte brut,"
    block = "\n".join([line] * 4)
    dialogue = "— Vous venez ?\n— Oui, dit-il, je\nviens tout de suite."
    text = "\n\n".join([block, dialogue, block])
    flat = unwrapped(text)
    assert len(flat) == len(text)
    assert flat.split("\n\n") == [
        " ".join([line] * 4),
        "— Vous venez ?\n— Oui, dit-il, je viens tout de suite.",
        " ".join([line] * 4),
    ]


def test_unwrapped_gives_back_a_text_that_is_not_hard_wrapped_as_it_is() -> None:
    text = "Titre\n\n24 mars . –\nLe texte.\n   \nFin."  # a line break ends a paragraph here
    assert unwrapped(text) is text


@pytest.mark.parametrize(
    ("speech", "pieces"),
    [
        (
            "Le toit a cédé, raconte un voisin, puis tout a brûlé.",
            ["Le toit a cédé", "puis tout a brûlé."],
        ),
        (
            "La salle était pleine, estime l'infirmière. Il fallait refuser du monde.",
            ["La salle était pleine", "Il fallait refuser du monde."],
        ),
        (
            "Nous sommes prêts, affirme Lucie Garnier. Le reste suivra.",
            ["Nous sommes prêts", "Le reste suivra."],
        ),
        # a verb of attack in words, as news uses it in an incise
        (
            "C'est un projet privé, attaque Marc Rouvier. La commune n'a qu'un avis.",
            ["C'est un projet privé", "La commune n'a qu'un avis."],
        ),
        (
            "Je viens de l'apprendre, a repris Hugo Vasseur. C'est dur.",
            ["Je viens de l'apprendre", "C'est dur."],
        ),
        (
            "Tout est prêt, a dit le Dr Odile Marchand, cheffe du service. On attend.",
            ["Tout est prêt", "On attend."],
        ),
        # verbs of comment news puts in incises, and presents whose stem changes
        (
            "Depuis mai, relève Lucie Garnier, les prix montent.",
            ["Depuis mai", "les prix montent."],
        ),
        ("Il faut attendre, répète Hugo Vasseur. On verra.", ["Il faut attendre", "On verra."]),
        ("La route est coupée, rappelle le maire. Prudence.", ["La route est coupée", "Prudence."]),
        ("C'est une faute, fustige l'opposition. Rien de plus.", ["C'est une faute", "Rien de plus."]),
        # one of a group speaks, whoever the group is
        (
            "On se débrouille, reprend l'une de ses collègues. Mais c'est loin.",
            ["On se débrouille", "Mais c'est loin."],
        ),
        ("On attend, soupire une d'entre elles. Encore.", ["On attend", "Encore."]),
        # someone's companion speaks too
        (
            "On se connaît depuis l'école, raconte un camarade. Il était drôle.",
            ["On se connaît depuis l'école", "Il était drôle."],
        ),
        # someone new, known by what they do, whatever list holds the noun; not a thing
        (
            "On paie, la régie coupe quand même, explique un poissonnier. Tout pourrit.",
            ["On paie, la régie coupe quand même", "Tout pourrit."],
        ),
        ("Il ment, raconte une histoire et part.", ["Il ment, raconte une histoire et part."]),
        # a verb of a series sharing one subject: « et » and the next verb follow its object
        (
            "La lettre était fausse, prônait la rupture et attisait les tensions.",
            ["La lettre était fausse, prônait la rupture et attisait les tensions."],
        ),
        # must not: two subjects joined by « et », or a speaker's tag then what he did
        (
            "Tout est prêt, déclarait le maire et la préfète. Mais rien ne presse.",
            ["Tout est prêt", "Mais rien ne presse."],
        ),
        ("Tout est prêt, déclara le maire et partit. Mais rien.", ["Tout est prêt", "Mais rien."]),
        # only an incise inverts a subject between « s'est » and its participle, whatever the verb;
        # a question the speaker asks is no tag
        (
            "Le pays n'avance plus, s'est-elle moquée. Il recule.",
            ["Le pays n'avance plus", "Il recule."],
        ),
        ("Nous irons, se sont-ils exclamés. Tous ensemble.", ["Nous irons", "Tous ensemble."]),
        ("C'est fini, s'est-elle réjouie, enfin.", ["C'est fini", "enfin."]),
        ("Il a fini, s'est-il arrêté là ?", ["Il a fini, s'est-il arrêté là ?"]),
        # the subject's name in apposition belongs to the tag; a name that opens a clause does not
        (
            "Tout est prêt, confirme le maire, Paul Roux. Mais rien n'est joué.",
            ["Tout est prêt", "Mais rien n'est joué."],
        ),
        (
            "Tout est prêt, confirme le maire, Paul Roux viendra demain.",
            ["Tout est prêt", "Paul Roux viendra demain."],
        ),
        # an adverb between the verb and its subject (« explique fermement X »)
        (
            "Nous n'avons pas pris cette décision à la légère, explique fermement Claire Vidal. "
            "À Vire, on en parlait depuis trente ans.",
            [
                "Nous n'avons pas pris cette décision à la légère",
                "À Vire, on en parlait depuis trente ans.",
            ],
        ),
        (
            "Le site rouvrira, ajoute toutefois la direction. Pas avant l'été.",
            ["Le site rouvrira", "Pas avant l'été."],
        ),
        # an imperative has no subject after it; a present with a thing after it is no tag
        ("Voyons, demande à ta mère ce soir.", ["Voyons, demande à ta mère ce soir."]),
        (
            "Le projet avance, note rapidement la presse ne suffit pas.",
            ["Le projet avance, note rapidement la presse ne suffit pas."],
        ),
        (
            "Le projet avance, note la presse locale ne suffit pas.",
            ["Le projet avance, note la presse locale ne suffit pas."],
        ),
    ],
)
def test_a_tag_in_the_present_is_cut_out_of_a_closed_quote(speech: str, pieces: list[str]) -> None:
    """News tags its quotes in the present (« …, raconte un témoin, … »), inside the marks too."""
    cut = [speech[a:b] for a, b in cut_speech_tags(speech, 0, len(speech), closed_by_mark=True, closed=True)]
    assert cut == pieces


def test_a_tag_in_the_present_is_not_read_in_an_unclosed_quote() -> None:
    """An unclosed quote runs to its paragraph's end, a guess: a present there may be the writer's."""
    speech = "Le toit a cédé, raconte un voisin, puis tout a brûlé."
    assert _pieces(speech, closed_by_mark=True) == [speech]
