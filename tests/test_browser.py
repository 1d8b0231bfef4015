"""The review page in a real browser: headless Chromium renders it, the tests read the DOM it built
and look at its screenshot (tests/browser.py says how the browser is driven)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import open_browser, open_page, pixel_colours

from quoteattr import cli, find_quotations

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_be13844ad7484d12.txt"
WINER_DEV = ROOT.parent / "shared" / "corpora" / "winer-dev" / "docs"
MESSY = "Il a parlé d'un « accord historique.\n\nRien d'autre. Un » de trop."

# Per document block: its text nodes in order, each with the quotes (data-q) that hold it.
READ_BLOCKS = """() => Array.from(document.querySelectorAll('.qa-text')).map(block => {
  const pieces = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const quotes = [];
    for (let el = node.parentElement; el && el !== block; el = el.parentElement) {
      if (el.classList.contains('qa-q')) quotes.push(el.dataset.q);
    }
    pieces.push([node.nodeValue, quotes]);
  }
  return pieces;
})"""

# Every quote's first element: offsets, speaker, the label the browser draws, where it is drawn.
READ_QUOTES = """() => Array.from(document.querySelectorAll('mark.qa-first')).map(el => {
  const box = el.getBoundingClientRect();
  return {
    q: el.dataset.q, start: +el.dataset.start, end: +el.dataset.end, speaker: el.dataset.speaker,
    label: getComputedStyle(el, '::before').content, width: box.width, height: box.height,
    top: box.top + window.scrollY, left: box.left, opacity: getComputedStyle(el).opacity,
  };
})"""

TIP = "q => getComputedStyle(document.getElementById(q), '::after')"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with open_browser() as opened:
        yield opened


#: The seed's eight quotes in marks (indirect speech left out).
MARKS = ["--kinds", "direct,partial,term"]


def _blocks(page: Any) -> list[tuple[str, dict[str, set[int]]]]:
    """Each document block's text and, per quote, the positions (code points) it covers."""
    blocks = []
    for pieces in page.evaluate(READ_BLOCKS):
        text, covered = "", {}
        for value, quotes in pieces:
            for quote in quotes:
                covered.setdefault(quote, set()).update(range(len(text), len(text) + len(value)))
            text += value
        blocks.append((text, covered))
    return blocks


def _covered(row: dict[str, Any]) -> set[int]:
    pieces = row.get("segments") or [[row["start"], row["end"]]]
    return {i for start, end in pieces for i in range(start, end)}


def _screenshot_is_not_blank(page: Any, path: Path) -> None:
    page.screenshot(path=str(path), full_page=True)
    width, height, colours = pixel_colours(path)
    assert width >= 1000
    assert height >= 800
    assert colours > 200  # text, highlights and labels in many colours; a blank page has one or two


@pytest.mark.model
def test_founding_article_every_quote_and_speaker_visible(
    browser: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page_path = tmp_path / "review.html"
    assert (
        cli.main(
            ["extract", "--parser", "spacy", *MARKS, "--format", "html", "-o", str(page_path), str(SEED)]
        )
        == 0
    )
    assert cli.main(["extract", "--parser", "spacy", *MARKS, "--format", "jsonl", str(SEED)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 8
    text = SEED.read_text(encoding="utf-8")

    page, refused = open_page(browser, page_path)
    ((shown, covered),) = _blocks(page)
    assert shown == text  # the text intact, character for character

    quotes = page.evaluate(READ_QUOTES)
    assert len(quotes) == 8
    for row, quote in zip(rows, quotes, strict=True):
        assert (quote["start"], quote["end"]) == (row["start"], row["end"])
        assert shown[quote["start"] : quote["end"]] == row["text"]
        assert covered[quote["q"]] == _covered(row)  # the highlight covers exactly the quote
        name = row["speaker"] or ("term" if row["kind"] == "term" else "no source")
        assert quote["speaker"] == name
        assert quote["label"] == json.dumps(name, ensure_ascii=False)  # drawn at the quote
        assert quote["width"] > 0
        assert quote["height"] > 0
    assert page.inner_text(".qa-speakers").count("Antony Blinken") == 1
    assert "Antony Blinken\n2" in page.inner_text(".qa-speakers")
    assert "direct 3" in page.inner_text(".qa-counts")

    first = quotes[0]["q"]
    assert page.evaluate(TIP + ".display", first) == "none"
    page.hover(f"#{first}")
    assert page.evaluate(TIP + ".display", first) == "block"
    assert "cue: déclarer" in page.evaluate(TIP + ".content", first)
    page.mouse.move(0, 0)
    page.keyboard.press("Tab")  # the first quote is the first focusable element after the speaker list
    for _ in range(12):
        if page.evaluate("() => document.activeElement.id") == first:
            break
        page.keyboard.press("Tab")
    assert page.evaluate(TIP + ".display", first) == "block"

    page.click(".qa-who >> text=Antony Blinken")
    lit = page.evaluate("() => Array.from(document.querySelectorAll('.qa-lit.qa-first')).map(e => e.id)")
    assert lit == [quotes[0]["q"], quotes[2]["q"]]
    assert page.locator("mark.qa-dim").count() == 6
    page.click(".qa-who >> text=Antony Blinken")
    assert page.locator("mark.qa-dim").count() == 0

    _screenshot_is_not_blank(page, tmp_path / "review.png")
    assert refused == []  # the page fetched nothing


def test_many_documents_contents_diagnostics_and_quotes_without_source(browser: Any, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    articles = sorted(WINER_DEV.rglob("*.txt"))[:4]
    for article in articles:
        shutil.copy(article, folder / article.name)
    (folder / "zz_messy.txt").write_text(MESSY, encoding="utf-8")
    page_path = tmp_path / "review.html"
    assert (
        cli.main(["extract", "--parser", "none", "--format", "html", "-o", str(page_path), str(folder)]) == 0
    )

    page, refused = open_page(browser, page_path, width=1100)
    files = sorted(folder.glob("*.txt"))
    blocks = _blocks(page)
    assert [text for text, _ in blocks] == [f.read_text(encoding="utf-8") for f in files]
    assert page.locator(".qa-toc a").count() == 5
    contents = page.inner_text(".qa-toc")
    assert all(f.stem in contents for f in files)

    quotes = page.evaluate(READ_QUOTES)
    assert len(quotes) == sum(len(find_quotations(f.read_text(encoding="utf-8")).quotes) for f in files)
    for quote in quotes:
        assert quote["speaker"] in {"no source", "term"}  # detection only: none attributed, all shown
        assert quote["label"] == json.dumps(quote["speaker"])
        assert quote["width"] > 0

    page.click(".qa-toc >> text=zz_messy")
    assert page.evaluate("() => location.hash") == "#qa-d4"
    diagnostics = page.inner_text("#qa-d4 .qa-diags")
    assert "unclosed-quote" in diagnostics
    assert page.locator("#qa-d4 .qa-diag-span").count() >= 1
    assert page.locator("#qa-d4 .qa-diag-span").first.is_visible()
    assert "diagnostics 0" not in page.inner_text(".qa-counts")

    _screenshot_is_not_blank(page, tmp_path / "many.png")
    assert refused == []
