"""The output formats of ``quoteattr extract``: ``table``, ``jsonl``, ``csv``, ``html``.

Each format is a writer that takes the documents one at a time, in input order, and writes
them as they come (``html``, one page for all, is written when the run ends). A writer never
writes a document's diagnostics into a machine-readable stream: ``jsonl`` and ``csv`` hand them
to ``say`` (standard error), the table and the page show them.

>>> import io
>>> from quoteattr import find_quotations
>>> out = io.StringIO()
>>> writer = make_writer("jsonl", out, say=print)
>>> writer.write("a", "a.txt", find_quotations("Un « mot »."))
>>> writer.close()
>>> out.getvalue()[:35]
'{"doc": "a", "start": 5, "end": 8, '
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any, Protocol, TextIO

from quoteattr.export.csv import CsvQuoteWriter
from quoteattr.model import Extraction, Quote

__all__ = [
    "FORMATS",
    "TABLE_SPEAKER_WIDTH",
    "TABLE_TEXT_WIDTH",
    "Writer",
    "format_extraction",
    "make_writer",
    "quote_to_json",
]

#: The values of ``--format``.
FORMATS: tuple[str, ...] = ("table", "jsonl", "csv", "html")
#: Quote text longer than this is shortened in the table output.
TABLE_TEXT_WIDTH = 60
#: Speaker names longer than this are shortened in the table output.
TABLE_SPEAKER_WIDTH = 28

Say = Callable[[str], None]


class Writer(Protocol):
    """Writes the documents of one run, in order, then is closed once."""

    def write(self, doc: str, origin: str, extraction: Extraction) -> None:
        """Write one document: its id, where it came from (a path, ``<stdin>``), its result."""

    def close(self) -> None:
        """Finish the output (the page of ``html``); write nothing more."""


def make_writer(fmt: str, out: TextIO, say: Say) -> Writer:
    """The writer of format ``fmt`` (one of :data:`FORMATS`) onto ``out``."""
    writers: dict[str, Callable[[TextIO, Say], Writer]] = {
        "table": _TableWriter,
        "jsonl": _JsonlWriter,
        "csv": _CsvWriter,
        "html": _HtmlWriter,
    }
    try:
        return writers[fmt](out, say)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}") from None


def _say_diagnostics(say: Say, origin: str, extraction: Extraction) -> None:
    for diagnostic in extraction.diagnostics:
        say(f"quoteattr: {origin}: {diagnostic.code}: {diagnostic.message}")


class _TableWriter:
    def __init__(self, out: TextIO, say: Say) -> None:
        self._out = out

    def write(self, doc: str, origin: str, extraction: Extraction) -> None:
        print(format_extraction(origin, extraction), file=self._out)
        self._out.flush()

    def close(self) -> None:
        self._out.flush()


class _JsonlWriter:
    def __init__(self, out: TextIO, say: Say) -> None:
        self._out, self._say = out, say

    def write(self, doc: str, origin: str, extraction: Extraction) -> None:
        for quote in extraction.quotes:
            print(json.dumps(quote_to_json(doc, quote), ensure_ascii=False), file=self._out)
        self._out.flush()
        _say_diagnostics(self._say, origin, extraction)

    def close(self) -> None:
        self._out.flush()


class _CsvWriter:
    def __init__(self, out: TextIO, say: Say) -> None:
        self._out, self._say = out, say
        self._csv = CsvQuoteWriter(out)

    def write(self, doc: str, origin: str, extraction: Extraction) -> None:
        self._csv.write(extraction, doc)
        self._out.flush()
        _say_diagnostics(self._say, origin, extraction)

    def close(self) -> None:
        self._out.flush()


class _HtmlWriter:
    """Keeps every result (one page shows them all) and writes the page on :meth:`close`."""

    def __init__(self, out: TextIO, say: Say) -> None:
        self._out = out
        self._docs: list[str] = []
        self._extractions: list[Extraction] = []

    def write(self, doc: str, origin: str, extraction: Extraction) -> None:
        self._docs.append(doc)
        self._extractions.append(extraction)

    def close(self) -> None:
        from quoteattr.export.html import render_html

        self._out.write(render_html(self._extractions, ids=self._docs))
        self._out.flush()


def quote_to_json(doc: str, quote: Quote) -> dict[str, Any]:
    """The ``--format jsonl`` line of one quote (the fields of the gold format, plus ``segments``)."""
    speaker, mention = quote.speaker, None
    if speaker is not None and speaker.mention is not None:
        span = speaker.mention
        mention = [span.start, span.end, span.text if span.source is not None else None]
    data: dict[str, Any] = {
        "doc": doc,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text if quote.span.source is not None else None,
        "kind": quote.kind.value,
        "speaker": None if speaker is None else speaker.name,
        "mention": mention,
        "cue": None if quote.cue is None else quote.cue.lemma,
        "confidence": quote.confidence,
        "rule": quote.rule,
        "resolved_by": None if speaker is None or speaker.resolved_by is None else speaker.resolved_by.value,
    }
    segments = [s.to_list() for s in quote.segments]
    if segments and segments != [quote.span.to_list()]:
        data["segments"] = segments
    return data


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table_rows(extraction: Extraction) -> Iterator[tuple[str, ...]]:
    for quote in extraction.quotes:
        yield (
            f"{quote.start}-{quote.end}",
            quote.kind.value,
            "-"
            if quote.speaker is None or quote.speaker.name is None
            else _shorten(quote.speaker.name, TABLE_SPEAKER_WIDTH),
            "-" if quote.cue is None else quote.cue.lemma,
            _shorten(quote.span.text_in(extraction.text), TABLE_TEXT_WIDTH),
        )


def format_extraction(origin: str, extraction: Extraction) -> str:
    """Who said what in one file, as an aligned table under a header line."""
    count = len(extraction.quotes)
    parser = extraction.parser or "no parser"
    lines = [f"== {origin}: {count} quote{'s' if count != 1 else ''} ({parser})"]
    rows = [("offsets", "kind", "speaker", "cue", "quote"), *_table_rows(extraction)]
    if count:
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
        lines += [
            "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[-1]
            for row in rows
        ]
    lines += [f"!  {d.code}: {d.message}" for d in extraction.diagnostics]
    return "\n".join(lines)
