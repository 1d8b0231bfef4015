"""Make docs/review-page.png: the review page of the founding article, as Chromium draws it.

    python tools/screenshot_review.py [--output docs/review-page.png] [--parser spacy]

Runs ``quoteattr extract --format html`` on ``seeds/000_be13844ad7484d12.txt``, opens the page
in headless Chromium (Debian's ``chromium`` package, driven by Playwright's Python package: no
browser download) and takes a full-page screenshot with the tip of one quote shown, as when a
reader hovers it. The page is what the browser tests check (tests/test_browser.py).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_be13844ad7484d12.txt"
#: The quote whose tip the screenshot shows (the fourth of the article: Ararat Mirzoyan's).
FOCUSED = "#qa-d0-q3"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "review-page.png")
    parser.add_argument("--parser", default="spacy")
    parser.add_argument("--width", type=int, default=1200)
    args = parser.parse_args(argv)
    chromium = shutil.which("/usr/lib/chromium/chromium") or shutil.which("chromium")
    if chromium is None:
        print("screenshot_review: needs Chromium: apt-get install -y chromium", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as scratch:
        page_path = Path(scratch) / "review.html"
        command = [sys.executable, "-m", "quoteattr", "extract", "--parser", args.parser, "--format", "html"]
        subprocess.run([*command, "--output", str(page_path), str(SEED)], check=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=chromium, args=["--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_page(viewport={"width": args.width, "height": 900})
            page.goto(page_path.as_uri())
            page.focus(FOCUSED)
            page.screenshot(path=str(args.output), full_page=True)
            browser.close()
    print(f"screenshot_review: wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
