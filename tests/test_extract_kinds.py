"""``Extractor(kinds=...)``, the merge of indirect quotes into text order, and ``--kinds``; no model."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from quoteattr import Extractor, QuoteKind
from quoteattr.cli import main
from quoteattr.errors import ConfigurationError
from quoteattr.extractor import _merged
from quoteattr.model import MarkStyle, Quote, Span, Speaker

CONLLU = "\n".join(
    [
        "# text = Le ministre a déclaré que le projet serait abandonné.",
        "1\tLe\tle\tDET\t_\t_\t2\tdet\t_\t_",
        "2\tministre\tministre\tNOUN\t_\t_\t4\tnsubj\t_\t_",
        "3\ta\tavoir\tAUX\t_\tVerbForm=Fin\t4\taux:tense\t_\t_",
        "4\tdéclaré\tdéclarer\tVERB\t_\tVerbForm=Part\t0\troot\t_\t_",
        "5\tque\tque\tSCONJ\t_\t_\t9\tmark\t_\t_",
        "6\tle\tle\tDET\t_\t_\t7\tdet\t_\t_",
        "7\tprojet\tprojet\tNOUN\t_\t_\t9\tnsubj:pass\t_\t_",
        "8\tserait\têtre\tAUX\t_\tVerbForm=Fin\t9\taux:pass\t_\t_",
        "9\tabandonné\tabandonner\tVERB\t_\tVerbForm=Part\t4\tccomp\t_\tSpaceAfter=No",
        "10\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_",
        "",
    ]
)


def test_indirect_speech_is_returned_by_default_from_a_text_without_marks() -> None:
    [quote] = Extractor(parser="conllu").extract(CONLLU).quotes
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.mark is MarkStyle.NONE
    assert quote.text == "le projet serait abandonné"
    assert quote.marks == quote.span
    assert quote.speaker is not None
    assert quote.speaker.name.endswith("ministre")
    assert quote.cue is not None
    assert quote.cue.lemma == "déclarer"


def test_kinds_without_indirect_find_none() -> None:
    assert Extractor(parser="conllu", kinds=["direct", "partial"]).extract(CONLLU).quotes == ()


def test_kinds_filter_and_renumber_parents() -> None:
    text = "Il a parlé d'un « “montage” grossier » et d'une « farce »."
    every = Extractor(parser=None).extract(text).quotes
    inner = [q for q in every if q.parent is not None]
    assert inner, "the nested quote has its parent"
    kept = Extractor(parser=None, kinds={q.kind for q in inner}).extract(text).quotes
    assert all(q.kind in {q.kind for q in inner} for q in kept)
    assert all(q.parent is None or kept[q.parent].span.contains(q.span) for q in kept)


@pytest.mark.parametrize("bad", [["quote"], "speech", []])
def test_unknown_or_empty_kinds_are_refused(bad: object) -> None:
    with pytest.raises(ConfigurationError, match="kind"):
        Extractor(parser=None, kinds=bad)  # type: ignore[arg-type]


def test_merge_keeps_text_order_and_points_parents_at_the_same_quotes() -> None:
    text = "Il a dit que le projet était « mort et « bien » enterré » hier."
    outer = Quote(Span(30, 56), Span(29, 57), (Span(30, 56),), MarkStyle.GUILLEMETS)
    inner = Quote(Span(41, 45), Span(39, 47), (Span(41, 45),), MarkStyle.GUILLEMETS, depth=1, parent=0)
    clause = Quote(
        Span(13, 57),
        Span(13, 57),
        (Span(13, 57),),
        MarkStyle.NONE,
        kind=QuoteKind.INDIRECT,
        speaker=Speaker("Il"),
    )
    merged = _merged((outer, inner), (clause,))
    assert merged == (clause, outer, attrs.evolve(inner, parent=1))
    assert text[merged[2].start : merged[2].end] == "bien"
    assert merged[merged[2].parent or 0] is outer


def test_cli_kinds_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Le film « Les Ailes » sort. « Nous partirons demain matin », a-t-il dit.", encoding="utf-8"
    )
    assert main(["extract", "--parser", "none", "--format", "jsonl", "--kinds", "partial", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.count('"kind": "partial"') == 1
    assert '"kind": "term"' not in out
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--parser", "none", "--kinds", "direct,quote", str(path)])
    assert exit_info.value.code == 2
    assert "direct, partial, term, indirect" in capsys.readouterr().err


def _conllu(*sentences: tuple[str, list[str]]) -> str:
    """CoNLL-U of ``(text, rows)`` sentences, rows as « form lemma UPOS head deprel [feats] »
    with 1-based heads (0 for the root); no space before the punctuation a row marks « NoSpace »."""
    lines: list[str] = []
    for text, rows in sentences:
        lines.append(f"# text = {text}")
        for n, row in enumerate(rows, start=1):
            form, lemma, upos, head, deprel, *rest = row.split()
            feats = "_"
            misc = "_"
            for extra in rest:
                if extra == "NoSpace":
                    misc = "SpaceAfter=No"
                else:
                    feats = extra
            lines.append("\t".join([str(n), form, lemma, upos, "_", feats, head, deprel, "_", misc]))
        lines.append("")
    return "\n".join(lines) + "\n"


#: « Angela Merkel a rappelé que l'Union européenne ne renégocierait pas. « Le texte est sur la
#: table », a-t-elle insisté. », as spaCy parses it.
REMINDED = _conllu(
    (
        "Angela Merkel a rappelé que l'Union européenne ne renégocierait pas.",
        ["Angela Angela PROPN 4 nsubj", "Merkel Merkel PROPN 1 flat:name", "a avoir AUX 4 aux:tense",
         "rappelé rappeler VERB 0 root VerbForm=Part", "que que SCONJ 10 mark",
         "l' le DET 7 det NoSpace", "Union Union PROPN 10 nsubj", "européenne européen ADJ 7 amod",
         "ne ne ADV 10 advmod", "renégocierait renégocier VERB 4 ccomp", "pas pas ADV 10 advmod NoSpace",
         ". . PUNCT 4 punct"],
    ),
    (
        "« Le texte est sur la table », a-t-elle insisté.",
        ["« « PUNCT 4 punct", "Le le DET 3 det", "texte texte NOUN 4 nsubj", "est être VERB 0 root",
         "sur sur ADP 7 case", "la le DET 7 det", "table table NOUN 4 obl:arg", "» » PUNCT 4 punct NoSpace",
         ", , PUNCT 13 punct", "a avoir AUX 13 aux:tense NoSpace", "-t -t PRON 13 nsubj NoSpace",
         "-elle lui PRON 11 flat:name", "insisté insister VERB 4 advcl VerbForm=Part NoSpace",
         ". . PUNCT 4 punct"],
    ),
)  # fmt: skip


def test_a_reported_clause_before_a_quote_makes_its_source_the_previous_speaker() -> None:
    # the clause is read before the quote: « elle » is the one who just spoke, not the union the
    # clause named after her
    quotes = Extractor(parser="conllu").extract(REMINDED).quotes
    spoken = {q.kind: q.speaker.name if q.speaker else None for q in quotes}
    assert spoken == {QuoteKind.INDIRECT: "Angela Merkel", QuoteKind.DIRECT: "Angela Merkel"}
