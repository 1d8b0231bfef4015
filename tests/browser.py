"""Headless Chromium for the browser tests: Debian's ``chromium`` package, driven by Playwright.

Playwright's Python package talks to the browser over its DevTools protocol; it is pointed at
the system's Chromium, so nothing is downloaded (``playwright install`` is never needed). Every
request that is not a ``file://`` URL is refused and recorded: the review page must fetch nothing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["CHROMIUM_CANDIDATES", "chromium_path", "open_browser", "open_page", "pixel_colours"]

#: Where Debian's chromium package puts the browser (the binary first: /usr/bin/chromium is a
#: shell wrapper around it).
CHROMIUM_CANDIDATES = ("/usr/lib/chromium/chromium", "chromium", "chromium-browser")


def chromium_path() -> str:
    """The Chromium executable, or an error that says how to install it."""
    for candidate in CHROMIUM_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    raise RuntimeError(
        "the browser tests need Chromium: `apt-get install -y chromium` (Debian; .ci/run does it), "
        'or leave them out with `pytest -m "not browser"`'
    )


@contextmanager
def open_browser() -> Iterator[Any]:
    """A headless Chromium browser (a Playwright ``Browser``), closed on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        )
        try:
            yield browser
        finally:
            browser.close()


def open_page(browser: Any, path: Path, *, width: int = 1200, height: int = 900) -> tuple[Any, list[str]]:
    """``path`` opened in a new page; and the list that collects every refused network request."""
    page = browser.new_page(viewport={"width": width, "height": height})
    refused: list[str] = []

    def route(handle: Any) -> None:
        url = handle.request.url
        if url.startswith("file://"):
            handle.continue_()
        else:
            refused.append(url)
            handle.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    return page, refused


def pixel_colours(png: Path) -> tuple[int, int, int]:
    """Width, height and number of distinct colours of a screenshot (Pillow reads the PNG)."""
    from PIL import Image

    with Image.open(png) as image:
        rgb = image.convert("RGB")
        colours = rgb.getcolors(maxcolors=1 << 24) or []
        return rgb.width, rgb.height, len(colours)
