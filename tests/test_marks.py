"""Quotation detection on French edge cases, one row per case."""

from __future__ import annotations

import pytest

from quoteattr import find_quotations
from quoteattr.marks.diagnostics import EMPTY_QUOTE, NESTING_TOO_DEEP, STRAY_CLOSING_MARK, UNCLOSED_QUOTE
from quoteattr.marks.scanner import MAX_DEPTH
from quoteattr.model import MarkStyle, QuoteKind

G, CD, CS, SD, SS, SG, LD, DD = (
    MarkStyle.GUILLEMETS,
    MarkStyle.CURLY_DOUBLE,
    MarkStyle.CURLY_SINGLE,
    MarkStyle.STRAIGHT_DOUBLE,
    MarkStyle.STRAIGHT_SINGLE,
    MarkStyle.SINGLE_GUILLEMETS,
    MarkStyle.LOW_DOUBLE,
    MarkStyle.DIALOGUE_DASH,
)

# text, [(style, depth, [segment texts]) per quote in order], [diagnostic codes]
CASES = [
    pytest.param(
        "L’État a parlé d’un « montage » aujourd’hui.",
        [(G, 0, ["montage"])],
        [],
        id="apostrophes-are-not-quotes",
    ),
    pytest.param(
        "Il a dit «non» puis «oui».", [(G, 0, ["non"]), (G, 0, ["oui"])], [], id="guillemets-without-spaces"
    ),
    pytest.param(
        "Il a dit «\u00a0non\u202f» hier.", [(G, 0, ["non"])], [], id="guillemets-with-no-break-spaces"
    ),
    pytest.param(
        "« Il m’a dit “ je viens ” hier », raconte-t-elle.",
        [(G, 0, ["Il m’a dit “ je viens ” hier"]), (CD, 1, ["je viens"])],
        [],
        id="curly-quote-nested-in-guillemets",
    ),
    pytest.param(
        "« Il a crié « au feu » et il est parti. »",
        [(G, 0, ["Il a crié « au feu » et il est parti."]), (G, 1, ["au feu"])],
        [],
        id="guillemets-nested-in-guillemets",
    ),
    pytest.param(
        "Le mot ‘paix’ n’est pas dans l’accord.",
        [(CS, 0, ["paix"])],
        [],
        id="curly-single-beside-apostrophes",
    ),
    pytest.param(
        'Il parle du "bouclier fiscal". Puis "encore", dit-il.',
        [(SD, 0, ["bouclier fiscal"]), (SD, 0, ["encore"])],
        [],
        id="straight-quotes-next-to-punctuation",
    ),
    pytest.param('au " bouclier fiscal ".', [(SD, 0, ["bouclier fiscal"])], [], id="straight-quotes-spaced"),
    pytest.param(
        "“Rien n’est exclu“, a dit le procureur. “Nous cherchons.“ Puis “la suite”.",
        [(CD, 0, ["Rien n’est exclu"]), (CD, 0, ["Nous cherchons."]), (CD, 0, ["la suite"])],
        [],
        id="opening-curly-mark-typed-for-the-closing-one",
    ),
    pytest.param(
        "Le maire (PS):”Nous partirons.” Il parle de ”bons comptes”, puis dit ”oui” à tous.",
        [(CD, 0, ["Nous partirons."]), (CD, 0, ["bons comptes"]), (CD, 0, ["oui"])],
        [],
        id="closing-curly-mark-typed-for-the-opening-one",
    ),
    pytest.param(
        "‘’Nous partirons’’, a écrit M. Diop. Il a dit ‘‘oui’’ puis ‘non’ à l’État.",
        [(CD, 0, ["Nous partirons"]), (CD, 0, ["oui"]), (CS, 0, ["non"])],
        [],
        id="two-single-marks-typed-for-a-double-one",
    ),
    pytest.param(
        "''Nous partirons'', a écrit M. Diop. Il a dit ʺouiʺ puis l'a redit.",
        [(SD, 0, ["Nous partirons"]), (SD, 0, ["oui"])],
        [],
        id="two-apostrophes-and-the-double-prime-typed-for-a-straight-double-mark",
    ),
    pytest.param(
        "'Pour tout dire, je m'attendais à pire', a reconnu M. Diop. 'Les gens doutent.' L'État a dit 'non'.",
        [
            (SS, 0, ["Pour tout dire, je m'attendais à pire"]),
            (SS, 0, ["Les gens doutent."]),
            (SS, 0, ["non"]),
        ],
        [],
        id="ascii-apostrophes-typed-for-quotation-marks",
    ),
    pytest.param(
        "Dans les années '80, l'État n'a rien dit, et les Jones' ont tout vendu aujourd'hui.",
        [],
        [],
        id="apostrophes-that-pair-with-nothing-are-no-marks",
    ),
    pytest.param(
        "Il a répété 'jusqu' à demain', puis « il a crié 'au feu' et il est parti ».",
        [(SS, 0, ["jusqu' à demain"]), (G, 0, ["il a crié 'au feu' et il est parti"]), (SS, 1, ["au feu"])],
        [],
        id="an-elided-word-before-a-space-does-not-close-an-apostrophe-quote",
    ),
    pytest.param(
        "Selon lui, ''le vote est acquis. Il a dit l'essentiel.",
        [(SD, 0, ["le vote est acquis. Il a dit l'essentiel."])],
        [UNCLOSED_QUOTE],
        id="an-apostrophe-of-an-elided-word-is-no-half-of-a-mark",
    ),
    pytest.param(
        "Il cite “Le Monde“ et “Libération”, dit-il “ hier.",
        [(CD, 0, ["Le Monde"]), (CD, 0, ["Libération"]), (CD, 0, ["hier."])],
        [UNCLOSED_QUOTE],
        id="opening-curly-mark-before-a-space-still-opens",
    ),
    pytest.param(
        'Il a qualifié la mesure d\'"acte hostile" et dit qu’"aucun accord" n\'était possible.',
        [(SD, 0, ["acte hostile"]), (SD, 0, ["aucun accord"])],
        [],
        id="straight-quotes-after-an-elided-word",
    ),
    pytest.param(
        # an elided word must run on into the quote: with a space after the mark it opens nothing
        "Le clavier tape d'\" puis s'arrête.",
        [],
        [STRAY_CLOSING_MARK],
        id="straight-quote-after-a-lone-apostrophe",
    ),
    pytest.param('Un écran de 5" de large.', [], [STRAY_CLOSING_MARK], id="straight-quote-as-inch-mark"),
    pytest.param(
        # spaced as an opener, the second mark closes: straight marks do not nest in each other
        'Selon lui, "la rançon était cachée dans le monde "au fond de comptes, puis il parle d\'un '
        '"cabinet noir".',
        [(SD, 0, ["la rançon était cachée dans le monde"]), (SD, 0, ["cabinet noir"])],
        [],
        id="straight-quotes-paired-in-turn-when-spacing-leaves-one-open",
    ),
    pytest.param(
        # an odd number of marks: no pairing in turn, the spacing is read as before
        'Selon lui, "la rançon était cachée dans le monde "au fond de comptes" bien loin.',
        [
            (SD, 0, ['la rançon était cachée dans le monde "au fond de comptes" bien loin.']),
            (SD, 1, ["au fond de comptes"]),
        ],
        [UNCLOSED_QUOTE],
        id="straight-quotes-odd-number-read-by-spacing",
    ),
    pytest.param("„Guten Tag“, sagte er.", [(LD, 0, ["Guten Tag"])], [], id="low-high-pair"),
    pytest.param("Il a répondu ‹ jamais ›.", [(SG, 0, ["jamais"])], [], id="single-guillemets"),
    pytest.param(
        "24 mars 2018 . – La réunion s'est tenue à Paris.", [], [], id="date-line-dash-is-not-dialogue"
    ),
    pytest.param(
        "La réunion – qui a duré deux heures – s'est bien passée.",
        [],
        [],
        id="parenthetical-dash-is-not-dialogue",
    ),
    pytest.param(
        "Il a dit :\n« Nous partirons demain.\n« Nous reviendrons ensuite. »\nFin.",
        [(G, 0, ["Nous partirons demain.", "Nous reviendrons ensuite."])],
        [],
        id="multi-paragraph-reopened-with-opening-guillemet",
    ),
    pytest.param(
        "« Nous partirons demain.\n\n» Nous reviendrons ensuite. »",
        [(G, 0, ["Nous partirons demain.", "Nous reviendrons ensuite."])],
        [],
        id="multi-paragraph-reopened-with-closing-guillemet",
    ),
    pytest.param(
        "« Nous partirons demain.\n\nLe ministre est parti.",
        [(G, 0, ["Nous partirons demain."])],
        [UNCLOSED_QUOTE],
        id="unclosed-guillemet-ends-with-its-paragraph",
    ),
    pytest.param(
        # the next paragraph closes the quote without reopening it: one quote, no stray
        "Selon lui, rien n’a changé. « Nous partirons demain.\n\nL’équipe est prête. Nous "
        "reviendrons », a-t-il dit.\n\nFin.",
        [(G, 0, ["Nous partirons demain.", "L’équipe est prête. Nous reviendrons"])],
        [],
        id="unclosed-guillemet-closed-in-the-next-paragraph-without-reopening",
    ),
    pytest.param(
        "Il a dit : “Nous partirons demain.\n\nNous reviendrons.” Fin.",
        [(CD, 0, ["Nous partirons demain.", "Nous reviendrons."])],
        [],
        id="unclosed-curly-quote-closed-in-the-next-paragraph-without-reopening",
    ),
    pytest.param(
        # must not: a title left open mid-sentence opens no utterance; the closer stays a stray
        "Il a vu le film « Les Ombres\n\nLe jury a voté », dit-il.",
        [(G, 0, ["Les Ombres"])],
        [UNCLOSED_QUOTE, STRAY_CLOSING_MARK],
        id="unclosed-title-does-not-run-on-to-a-closer",
    ),
    pytest.param(
        # must not: the next paragraph opens a quote of its own before its closer
        "Il a dit : « Nous partirons.\n\nLe conseil a voté « non ». Fin.",
        [(G, 0, ["Nous partirons."]), (G, 0, ["non"])],
        [UNCLOSED_QUOTE],
        id="unclosed-guillemet-before-a-paragraph-quoting-afresh",
    ),
    pytest.param(
        'Il a dit :\n"Nous partirons demain.\n\n"Nous reviendrons ensuite."',
        [(SD, 0, ["Nous partirons demain.", "Nous reviendrons ensuite."])],
        [],
        id="multi-paragraph-straight-quote-opened-as-an-utterance",
    ),
    pytest.param(
        # a straight mark left open mid-sentence is a stray: the next paragraph quotes afresh
        'Le film de Paul Roux "qui raconte une vie, gagne un prix.\n\n"Quel honneur", a dit Paul Roux.',
        [(SD, 0, ["qui raconte une vie, gagne un prix."]), (SD, 0, ["Quel honneur"])],
        [UNCLOSED_QUOTE],
        id="straight-quote-left-open-mid-sentence-does-not-run-on",
    ),
    pytest.param("Le ministre » est parti.", [], [STRAY_CLOSING_MARK], id="stray-closing-guillemet"),
    pytest.param(
        # marks converted the wrong way round: a « glued to a word closes, a » before words opens
        "« Nous restons prudents« , a déclaré la porte-parole. Elle a ajouté » vouloir attendre le "
        "rapport« .",
        [(G, 0, ["Nous restons prudents"]), (G, 0, ["vouloir attendre le rapport"])],
        [],
        id="guillemets-typed-the-wrong-way-round",
    ),
    pytest.param(
        # must not: a » before a quote typed the normal way stays a stray
        "Le ministre » a dit « non » hier.",
        [(G, 0, ["non"])],
        [STRAY_CLOSING_MARK],
        id="stray-closing-guillemet-before-a-normal-quote",
    ),
    pytest.param(
        # must not: a « glued to an elided word opens (« l'«écologie» »)
        "Il parle de l'«écologie punitive» sans cesse.",
        [(G, 0, ["écologie punitive"])],
        [],
        id="guillemet-after-an-apostrophe-opens",
    ),
    pytest.param("Il a dit « » puis il est parti.", [], [EMPTY_QUOTE], id="empty-quote"),
    pytest.param("— Oui, c'est vrai.", [(DD, 0, ["Oui, c'est vrai."])], [], id="dialogue-without-tag"),
    pytest.param(
        "— Oui, dit-il, c'est vrai.",
        [(DD, 0, ["Oui", "c'est vrai."])],
        [],
        id="dialogue-with-inverted-pronoun",
    ),
    pytest.param(
        "— J'arrive ! répondit Paul, je prends mon manteau.",
        [(DD, 0, ["J'arrive !", "je prends mon manteau."])],
        [],
        id="dialogue-tag-with-a-name-subject",
    ),
    pytest.param(
        "— Il pleut, s'écria la servante, rentrez le linge !",
        [(DD, 0, ["Il pleut", "rentrez le linge !"])],
        [],
        id="dialogue-tag-with-reflexive-verb-and-noun-subject",
    ),
    pytest.param(
        "– Viens ! viens ! disait-il. Laisse-le !",
        [(DD, 0, ["Viens ! viens !", "Laisse-le !"])],
        [],
        id="en-dash-dialogue-tag-closed-by-full-stop",
    ),
    pytest.param(
        "— Tu viens ? demanda la servante en posant son panier.",
        [(DD, 0, ["Tu viens ?"])],
        [],
        id="dialogue-tag-ending-the-line",
    ),
    pytest.param(
        "— La bougie va s'éteindre ! s'écria Pierre, qui craignait le noir.",
        [(DD, 0, ["La bougie va s'éteindre !"])],
        [],
        id="dialogue-tag-followed-by-narration",
    ),
    pytest.param(
        "— Vraiment ? — Oui, vraiment.",
        [(DD, 0, ["Vraiment ?"]), (DD, 0, ["Oui, vraiment."])],
        [],
        id="two-turns-on-one-dialogue-line",
    ),
    pytest.param(
        "— Paul Ferrand , secrétaire général de la Ligue arabe.", [], [], id="signature-line-is-not-dialogue"
    ),
    pytest.param(
        "« Tu sais, me dit-il, je ne reviendrai pas. »",
        [(G, 0, ["Tu sais", "je ne reviendrai pas."])],
        [],
        id="speech-tag-inside-guillemets",
    ),
    pytest.param(
        "« Approchez, dit le vieux.\n\n— Nous voici, répondit Paul. »\n\nIls entrèrent.",
        [(G, 0, ["Approchez"]), (DD, 0, ["Nous voici"])],
        [],
        id="dialogue-block-opened-by-guillemet-closed-by-guillemet",
    ),
]


@pytest.mark.parametrize(("text", "expected", "codes"), CASES)
def test_french_edge_cases(
    text: str, expected: list[tuple[MarkStyle, int, list[str]]], codes: list[str]
) -> None:
    extraction = find_quotations(text)
    found = [(q.mark, q.depth, [s.text for s in q.segments]) for q in extraction.quotes]
    assert found == expected
    assert [d.code for d in extraction.diagnostics] == codes


def test_content_span_excludes_marks_and_padding_and_marks_span_includes_them() -> None:
    text = "Il a dit «\u202fnous viendrons\u202f» hier."
    (quote,) = find_quotations(text).quotes
    assert quote.text == "nous viendrons"
    assert quote.marks.text == "«\u202fnous viendrons\u202f»"
    assert quote.rule == "marks:guillemets"
    assert quote.closed


def test_nested_quote_points_to_its_parent() -> None:
    quotes = find_quotations("« Il m’a dit “ je viens ” hier », raconte-t-elle.").quotes
    assert quotes[1].parent == 0
    assert quotes[0].parent is None
    assert quotes[0].marks.contains(quotes[1].marks)


def test_unclosed_quote_is_flagged_and_less_sure() -> None:
    extraction = find_quotations("« Nous partirons.\n\nIl est parti. « Oui. »")
    first, second = extraction.quotes
    assert not first.closed
    assert second.closed
    assert first.confidence < second.confidence
    (diagnostic,) = extraction.diagnostics
    assert diagnostic.code == UNCLOSED_QUOTE
    assert "never closed" in diagnostic.message


def test_unclosed_quote_does_not_swallow_the_article() -> None:
    paragraph = "Le ministre a parlé d'un « accord historique pour la région."
    text = "\n\n".join([paragraph] + ["Les négociations reprendront lundi."] * 50)
    (quote,) = find_quotations(text).quotes
    assert quote.end <= len(paragraph)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Il a déclaré : « Nous sommes prêts. »", QuoteKind.DIRECT),
        ("Il a parlé de « gilets jaunes » hier.", QuoteKind.TERM),
        ("Il se dit « prêt à discuter avec tous les partis » ce soir.", QuoteKind.PARTIAL),
        ("— Oui.", QuoteKind.DIRECT),
        # short, but speech: an exclamation, a question
        ("Il murmura « au revoir, mon ami ! » et sortit.", QuoteKind.PARTIAL),
        ("Elle soupira : « Oh ! la petite sotte ».", QuoteKind.PARTIAL),
        ("« Déjà ? » fit-il.", QuoteKind.DIRECT),
    ],
)
def test_first_kind_guess_from_the_surface(text: str, kind: QuoteKind) -> None:
    assert find_quotations(text).quotes[0].kind is kind


def test_windows_line_breaks_separate_paragraphs() -> None:
    quotes = find_quotations("— Oui.\r\n— Non.\r\n").quotes
    assert [q.text for q in quotes] == ["Oui.", "Non."]


def test_hard_wrapped_book_keeps_a_quote_across_its_line_breaks() -> None:
    line = "Il faisait beau ce jour-là sur la place du village et les enfants jouaient."
    paragraph = "\n".join([line] * 3)
    quoted = "« Nous partirons demain matin, dit le vieux, avant que le soleil\nne se lève sur la plaine. »"
    text = "\n\n".join([paragraph, quoted, paragraph, paragraph])
    (quote,) = find_quotations(text).quotes
    assert [s.text for s in quote.segments] == [
        "Nous partirons demain matin",
        "avant que le soleil\nne se lève sur la plaine.",
    ]


@pytest.mark.parametrize("value", [b"\xc2\xab oui \xc2\xbb", None, 42, ["« oui »"]])
def test_non_str_input_raises_type_error_naming_the_type(value: object) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        find_quotations(value)  # type: ignore[arg-type]


def test_a_run_of_opening_marks_is_capped_and_reported() -> None:
    extraction = find_quotations("« a " * 2000)
    assert len(extraction.quotes) == MAX_DEPTH
    codes = {d.code for d in extraction.diagnostics}
    assert codes == {NESTING_TOO_DEEP, UNCLOSED_QUOTE}


def test_empty_text_gives_an_empty_extraction() -> None:
    extraction = find_quotations("")
    assert extraction.quotes == ()
    assert extraction.diagnostics == ()
    assert extraction.text == ""


@pytest.mark.parametrize(
    "signature", ["— Service de presse du salon", "— Société Dark Star", "— Léa, témoin"]
)
def test_a_short_line_signing_a_quotation_above_is_no_dialogue(signature: str) -> None:
    text = f"« Nous rendons hommage à une oeuvre »\n\n{signature}"
    assert [q.text for q in find_quotations(text).quotes] == ["Nous rendons hommage à une oeuvre"]


@pytest.mark.parametrize(
    "turn", ["— Personne.", "— Je ne sais pas", "— Oui, dit-elle", "— Mais non", "— Marie, viens ici"]
)
def test_a_dialogue_turn_after_a_quotation_stays_a_quote(turn: str) -> None:
    text = f"« Qui t'a fait ça ? »\n\n{turn}"
    assert len(find_quotations(text).quotes) == 2
