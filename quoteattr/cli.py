"""The ``quoteattr`` command: ``extract``, ``evaluate``, ``models``.

Exit status (also in ``docs/cli.md``):

* 0: everything went through;
* 1: an input could not be used (a file missing, a directory, not UTF-8, a gold/prediction line
  not in the format); the other files were still processed. Also when the reader of the output
  went away early (``| head``), as Python itself does;
* 2: a usage error, or the parser layer cannot run (backend or model not installed, parser
  failure): the message says what to install.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs

from quoteattr.errors import GoldFormatError, QuoteattrError
from quoteattr.model import Extraction, Quote

__all__ = ["EXIT_INPUT", "EXIT_OK", "EXIT_UNAVAILABLE", "build_parser", "doc_id", "main"]

EXIT_OK = 0
"""Everything went through."""
EXIT_INPUT = 1
"""An input file could not be read or is not in the expected format."""
EXIT_UNAVAILABLE = 2
"""Bad usage, or the parser layer cannot run (argparse also exits 2 on bad usage)."""

PARSERS = ("auto", "spacy", "stanza", "conllu", "none")
STDIN = "-"
#: The doc id of text read from standard input.
STDIN_DOC = "stdin"
#: Quote text longer than this is shortened in the table output.
TABLE_TEXT_WIDTH = 60
#: Speaker names longer than this are shortened in the table output.
TABLE_SPEAKER_WIDTH = 28
_MODELS_MODULE = "quoteattr.parse.models_cli"


@attrs.frozen
class _Document:
    """One readable input: its doc id, where it came from, its text."""

    doc: str
    origin: str
    text: str


def doc_id(path: Path, root: Path | None) -> str:
    """The ``doc`` id of a file: its path relative to ``root`` without ``.txt``, else its stem.

    >>> doc_id(Path("corpus/docs/2016/01/a.txt"), Path("corpus/docs"))
    '2016/01/a'
    >>> doc_id(Path("seeds/000_be13844ad7484d12.txt"), None)
    '000_be13844ad7484d12'
    """
    if root is None:
        return path.stem if path.suffix == ".txt" else path.name
    relative = path.resolve().relative_to(root.resolve()).as_posix()
    return relative[: -len(".txt")] if relative.endswith(".txt") else relative


def _version() -> str:
    from quoteattr import __version__

    return __version__


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``quoteattr`` command."""
    parser = argparse.ArgumentParser(
        prog="quoteattr",
        description="Who said what in French text: quotations, their sources and exact offsets.",
        epilog="Exit status: 0 ok; 1 an input could not be used; 2 bad usage or parser unavailable.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    extract = commands.add_parser(
        "extract",
        help="find the quotes of text files and who said them",
        description="Find the quotes of UTF-8 text files and who said them.",
    )
    extract.add_argument("files", nargs="+", metavar="FILE", help="text files to read; '-' reads stdin")
    extract.add_argument(
        "--parser",
        choices=PARSERS,
        default="auto",
        help="dependency parser for attribution; 'none' only detects quotes (default: auto)",
    )
    extract.add_argument(
        "--format",
        choices=("table", "jsonl"),
        default="table",
        help="'table' for reading, 'jsonl' for `quoteattr evaluate` (default: table)",
    )
    extract.add_argument(
        "--root",
        type=Path,
        metavar="DIR",
        help="doc ids are paths relative to DIR without .txt (default: the file name without .txt)",
    )
    extract.add_argument(
        "--batch-size",
        type=_positive_int,
        default=16,
        metavar="N",
        help="texts handed to the parser at once (default: 16)",
    )
    extract.add_argument(
        "--processes",
        type=_positive_int,
        default=1,
        metavar="N",
        help="worker processes, each loading its own model (default: 1)",
    )
    extract.set_defaults(run=_run_extract)

    evaluate = commands.add_parser(
        "evaluate",
        help="score predictions against gold quotes",
        description="Score a prediction JSONL file against a gold JSONL file (docs/evaluation.md).",
    )
    evaluate.add_argument("gold", type=Path, metavar="GOLD", help="gold JSONL file")
    evaluate.add_argument("predictions", type=Path, metavar="PRED", help="prediction JSONL file")
    evaluate.add_argument("--json", action="store_true", help="print the full report as JSON")
    evaluate.add_argument(
        "--per-doc", action="store_true", help="after the table, one row per document (ignored with --json)"
    )
    evaluate.set_defaults(run=_run_evaluate)

    models = commands.add_parser(
        "models",
        help="show (or install) the parser backends and their French models",
        description="Show which parser backends and French models are installed.",
    )
    module = _models_module()
    if module is None:
        models.set_defaults(run=_models_unavailable)
    else:
        module.add_arguments(models)
        models.set_defaults(run=module.run)
    return parser


def _models_module() -> Any:
    """``quoteattr.parse.models_cli`` if it can be imported (it loads no model), else ``None``."""
    try:
        return importlib.import_module(_MODELS_MODULE)
    except ImportError:
        return None


def _models_unavailable(args: argparse.Namespace) -> int:
    print(
        "quoteattr: the 'models' command is not available in this installation "
        f"({_MODELS_MODULE} cannot be imported); reinstall quoteattr",
        file=sys.stderr,
    )
    return EXIT_UNAVAILABLE


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``quoteattr`` command with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
    except BrokenPipeError:
        # The reader went away (`quoteattr extract … | head`): stop quietly, as Python advises.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_INPUT
    return status


# --- extract -----------------------------------------------------------------------------------


def _read_inputs(files: Sequence[str], root: Path | None, err: TextIO) -> tuple[list[_Document], bool]:
    """The readable inputs, and whether any could not be read (each reported on ``err``)."""
    documents: list[_Document] = []
    failed = False
    for name in files:
        path = Path(name)
        try:
            # Bytes decoded as they are: offsets index the text exactly as on disk ("\r\n" kept).
            raw = _read_stdin_bytes() if name == STDIN else path.read_bytes()
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            print(f"quoteattr: {name}: not UTF-8 text ({exc.reason} at byte {exc.start}); skipped", file=err)
            failed = True
            continue
        except IsADirectoryError:
            print(f"quoteattr: {name}: is a directory, not a text file; skipped", file=err)
            failed = True
            continue
        except OSError as exc:
            print(f"quoteattr: {name}: cannot read it ({exc.strerror or exc}); skipped", file=err)
            failed = True
            continue
        if name == STDIN:
            documents.append(_Document(STDIN_DOC, "<stdin>", text))
            continue
        try:
            doc = doc_id(path, root)
        except ValueError:
            doc = doc_id(path, None)
            print(f"quoteattr: {name}: not under --root {root}; doc id {doc!r}", file=err)
        documents.append(_Document(doc, name, text))
    return documents, failed


def _read_stdin_bytes() -> bytes:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read()
        return data
    return sys.stdin.read().encode("utf-8")  # a text-only stdin (tests, embedding)


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {number}")
    return number


def _run_extract(args: argparse.Namespace) -> int:
    from quoteattr.extractor import Extractor

    out, err = sys.stdout, sys.stderr
    documents, failed = _read_inputs(args.files, args.root, err)
    try:
        extractor = Extractor(parser=None if args.parser == "none" else args.parser)
        extractions = extractor.extract_many(
            (d.text for d in documents), batch_size=args.batch_size, n_process=args.processes
        )
        for document, extraction in zip(documents, extractions, strict=True):
            if args.format == "jsonl":
                for quote in extraction.quotes:
                    print(json.dumps(quote_to_json(document.doc, quote), ensure_ascii=False), file=out)
                for diagnostic in extraction.diagnostics:  # the table shows them; JSONL keeps stdout clean
                    print(f"quoteattr: {document.origin}: {diagnostic.code}: {diagnostic.message}", file=err)
            else:
                print(format_extraction(document.origin, extraction), file=out)
            out.flush()
    except QuoteattrError as exc:
        print(f"quoteattr: {exc}", file=err)
        return EXIT_UNAVAILABLE
    return EXIT_INPUT if failed else EXIT_OK


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


# --- evaluate ----------------------------------------------------------------------------------


def _run_evaluate(args: argparse.Namespace) -> int:
    from quoteattr.evaluate import read_jsonl, score

    try:
        gold = read_jsonl(args.gold)
        predictions = read_jsonl(args.predictions)
    except GoldFormatError as exc:
        print(f"quoteattr: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:
        print(f"quoteattr: {exc.filename}: cannot read it ({exc.strerror or exc})", file=sys.stderr)
        return EXIT_INPUT
    report = score(gold, predictions)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.format_table())
        if args.per_doc:
            print()
            print(report.format_documents())
    return EXIT_OK
