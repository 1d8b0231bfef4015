"""``quoteattr report FILES... [--format table|json|html]``: who is quoted in a set of texts.

Extracts the quotes of each text file (as ``quoteattr extract`` does), then prints the counts of
:func:`quoteattr.summary.counts.report`.
"""

from __future__ import annotations

import argparse
import sys

from quoteattr.errors import QuoteattrError

__all__ = ["add_arguments", "run"]

FORMATS = ("table", "json", "html")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``quoteattr report``."""
    from quoteattr.cli import PARSERS

    parser.add_argument(
        "files",
        nargs="+",
        metavar="PATH",
        help="text files, directories (their *.txt files, at any depth), or '-' for stdin",
    )
    parser.add_argument(
        "--parser",
        choices=[p for p in PARSERS if p != "none"],
        default="auto",
        help="dependency parser for attribution (default: auto)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="table",
        help="'table' for reading, 'json' for programs, 'html' a page with a chart (default: table)",
    )
    parser.add_argument("--top", type=int, default=10, metavar="N", help="how many top sources (default: 10)")


def run(args: argparse.Namespace) -> int:
    """Extract, count, print; exit status as ``quoteattr extract``'s."""
    from quoteattr.cli import (
        DEFAULT_GLOB,
        EXIT_INPUT,
        EXIT_OK,
        EXIT_UNAVAILABLE,
        _find_sources,
        _read_documents,
        _Run,
    )
    from quoteattr.extractor import Extractor
    from quoteattr.progress import Progress
    from quoteattr.summary.counts import report
    from quoteattr.summary.render import format_json, format_table, render_report_html

    sources, failed = _find_sources(args.files, DEFAULT_GLOB, None, sys.stderr)
    progress = Progress(len(sources), stream=sys.stderr, enabled=False)
    run_state = _Run(progress, failed=failed)
    documents = list(_read_documents(sources, run_state))
    try:
        extractions = list(Extractor(parser=args.parser).extract_many(d.text for d in documents))
    except QuoteattrError as exc:
        print(f"quoteattr: {exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    for document, extraction in zip(documents, extractions, strict=True):
        for diagnostic in extraction.diagnostics:
            print(f"quoteattr: {document.origin}: {diagnostic.code}: {diagnostic.message}", file=sys.stderr)
    summary = report(extractions, docs=[d.doc for d in documents], top=args.top)
    render = {"table": format_table, "json": format_json, "html": render_report_html}[args.format]
    print(render(summary))
    return EXIT_INPUT if run_state.failed else EXIT_OK
