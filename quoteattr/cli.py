"""The ``quoteattr`` command: ``extract``, ``evaluate``, ``report``, ``models``.

Exit status (also in ``docs/cli.md``):

* 0: everything went through;
* 1: an input could not be used (a file missing, a directory with no file to read, not UTF-8,
  a gold/prediction line not in the format); the other files were still processed. Also when
  the reader of the output went away early (``| head``), as Python itself does;
* 2: a usage error, an output file that cannot be written, or the parser layer cannot run
  (backend or model not installed, parser failure): the message says what to install; also
  ``--resume`` on an output it cannot trust;
* 130: interrupted by Ctrl-C; the message says how to resume.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from quoteattr.cli_formats import FORMATS, Writer, format_extraction, make_writer, quote_to_json
from quoteattr.errors import GoldFormatError, QuoteattrError
from quoteattr.model import Extraction, QuoteKind
from quoteattr.progress import Progress, wants_bar
from quoteattr.resume import ResumableJsonlWriter, ResumableOutput, ResumeError

if TYPE_CHECKING:
    from quoteattr.extractor import Extractor

__all__ = [
    "DEFAULT_GLOB",
    "EXIT_INPUT",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_UNAVAILABLE",
    "build_parser",
    "doc_id",
    "format_extraction",
    "main",
    "quote_to_json",
]

EXIT_OK = 0
"""Everything went through."""
EXIT_INPUT = 1
"""An input file could not be read or is not in the expected format."""
EXIT_UNAVAILABLE = 2
"""Bad usage, or the parser layer cannot run (argparse also exits 2 on bad usage)."""
EXIT_INTERRUPTED = 130
"""Stopped by Ctrl-C (128 + SIGINT, as shells report it); a ``--output`` jsonl run can ``--resume``."""

PARSERS = ("auto", "spacy", "stanza", "conllu", "none")
STDIN = "-"
#: The doc id of text read from standard input.
STDIN_DOC = "stdin"
#: The files of a directory that ``extract`` reads, at any depth (``--glob`` changes it).
DEFAULT_GLOB = "*.txt"
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
    extract.add_argument(
        "files",
        nargs="+",
        metavar="PATH",
        help="text files, directories (their files matching --glob, at any depth), or '-' for stdin",
    )
    extract.add_argument(
        "--glob",
        default=DEFAULT_GLOB,
        metavar="PATTERN",
        help=f"which files of a directory to read, at any depth (default: {DEFAULT_GLOB})",
    )
    extract.add_argument(
        "--parser",
        choices=PARSERS,
        default="auto",
        help="dependency parser for attribution; 'none' only detects quotes (default: auto)",
    )
    extract.add_argument(
        "--format",
        choices=FORMATS,
        default="table",
        help="'table' for reading, 'jsonl' for `quoteattr evaluate`, 'csv' for spreadsheets (one row per "
        "quote), 'html' for a review page (default: table)",
    )
    extract.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write the output to FILE (default: standard output); with jsonl, whole documents, "
        "flushed as each finishes, recorded in FILE.progress",
    )
    extract.add_argument(
        "--resume",
        action="store_true",
        help="with --output FILE --format jsonl: skip the documents already complete in FILE "
        "(after a crash, a kill or Ctrl-C) and append the others",
    )
    extract.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar (there is one on standard error only when it is a terminal)",
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
    extract.add_argument(
        "--kinds",
        type=_kinds,
        default=None,
        metavar="K,K",
        help="the kinds of quote to return, comma-separated: direct, partial, term, indirect (default: all)",
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

    from quoteattr.summary import command as report_command

    report = commands.add_parser(
        "report",
        help="count who is quoted: per gender and kind, top sources",
        description="Count the quotes of text files per source gender and kind (docs/gender.md).",
    )
    report_command.add_arguments(report)
    report.set_defaults(run=report_command.run)

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
#
# One run: find the sources (files, files under directories, '-'); read them one at a time
# (`_read_documents`, a generator, so a corpus streams through); extract in batches; write each
# document as its result comes (`_write_documents`). A source that cannot be used is reported and
# skipped, and the run ends with status 1.


@attrs.frozen
class _Source:
    """One input to read: a file given or found under a directory, or standard input."""

    name: str  # as the user would write it: "corpus/docs/a.txt", "-"
    path: Path | None  # None for standard input
    root: Path | None  # the doc id is the path relative to this


@attrs.define
class _Run:
    """What the reading and writing loops of one ``extract`` run share."""

    progress: Progress
    failed: bool = False

    def skip(self, message: str) -> None:
        """Report a source that cannot be used; it counts as done."""
        self.failed = True
        self.progress.say(f"quoteattr: {message}")
        self.progress.advance()


def _find_sources(
    names: Sequence[str], pattern: str, root: Path | None, err: TextIO
) -> tuple[list[_Source], bool]:
    """The sources named on the command line, directories expanded; and whether any was empty."""
    sources: list[_Source] = []
    failed = False
    for name in names:
        path = Path(name)
        if name == STDIN:
            sources.append(_Source(name, None, None))
        elif path.is_dir():
            found = sorted(p for p in path.rglob(pattern) if p.is_file())
            if not found:
                print(f"quoteattr: {name}: no file matching {pattern!r} in this directory; skipped", file=err)
                failed = True
            sources.extend(_Source(str(p), p, root or path) for p in found)
        else:  # a file, or a path that does not exist: reading it says which
            sources.append(_Source(name, path, root))
    return sources, failed


def _read(source: _Source) -> str:
    """The text of ``source``, decoded as it is (offsets index the text exactly as on disk)."""
    raw = _read_stdin_bytes() if source.path is None else source.path.read_bytes()
    return raw.decode("utf-8")


def _read_documents(sources: Sequence[_Source], run: _Run) -> Iterator[_Document]:
    """Each readable source as a document, read when it is needed; the others reported on ``run``."""
    for source in sources:
        name = source.name
        try:
            text = _read(source)
        except UnicodeDecodeError as exc:
            run.skip(
                f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start}); skipped "
                "(convert it first, e.g. `iconv -f latin1 -t utf-8`)"
            )
            continue
        except IsADirectoryError:
            run.skip(f"{name}: is a directory, not a text file; skipped")
            continue
        except OSError as exc:
            run.skip(f"{name}: cannot read it ({exc.strerror or exc}); skipped")
            continue
        if source.path is None:
            yield _Document(STDIN_DOC, "<stdin>", text)
            continue
        try:
            doc = doc_id(source.path, source.root)
        except ValueError:
            doc = doc_id(source.path, None)
            run.progress.say(f"quoteattr: {name}: not under --root {source.root}; doc id {doc!r}")
        yield _Document(doc, name, text)


def _extract_documents(
    documents: Iterator[_Document], extractor: Extractor, args: argparse.Namespace
) -> Iterator[tuple[_Document, Extraction]]:
    """Each document with its result, in order; documents are read only as the parser needs them."""
    waiting: deque[_Document] = deque()

    def texts() -> Iterator[str]:
        for document in documents:
            waiting.append(document)
            yield document.text

    for extraction in extractor.extract_many(texts(), batch_size=args.batch_size, n_process=args.processes):
        yield waiting.popleft(), extraction


def _write_documents(results: Iterator[tuple[_Document, Extraction]], writer: Writer, run: _Run) -> None:
    """Write each document as its result comes, then finish the output."""
    for document, extraction in results:
        writer.write(document.doc, document.origin, extraction)
        run.progress.advance()
    writer.close()


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


def _open_output(path: Path | None, fmt: str) -> TextIO:
    """Where the output goes: standard output, or ``path`` (UTF-8; CSV keeps its own line ends)."""
    if path is None:
        return sys.stdout
    return path.open("w", encoding="utf-8", newline="" if fmt == "csv" else None)


def _kinds(value: str) -> tuple[str, ...]:
    names = tuple(part.strip().lower() for part in value.split(",") if part.strip())
    known = [kind.value for kind in QuoteKind]
    unknown = [name for name in names if name not in known]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"expected some of {', '.join(known)}, comma-separated; got {value!r}"
        )
    return names


def _run_extract(args: argparse.Namespace) -> int:
    from quoteattr.extractor import Extractor

    err = sys.stderr
    if args.resume and (args.output is None or args.format != "jsonl"):
        print("quoteattr: --resume needs --output FILE and --format jsonl", file=err)
        return EXIT_UNAVAILABLE
    sources, failed = _find_sources(args.files, args.glob, args.root, err)
    resumable: ResumableOutput | None = None
    out: TextIO = sys.stdout
    try:
        if args.output is not None and args.format == "jsonl":  # resumable: see quoteattr/resume.py
            resumable = ResumableOutput(args.output, resume=args.resume)
            sources = _not_done(sources, resumable, err) if args.resume else sources
        else:
            out = _open_output(args.output, args.format)
    except (QuoteattrError, OSError) as exc:
        if resumable is not None:
            resumable.close()
        if isinstance(exc, QuoteattrError):  # --resume on an output it cannot trust
            print(f"quoteattr: {exc}", file=err)
        else:
            print(
                f"quoteattr: {args.output}: cannot write the output there ({exc.strerror or exc})", file=err
            )
        return EXIT_UNAVAILABLE
    progress = Progress(len(sources), stream=err, enabled=wants_bar(err, quiet=args.quiet))
    run = _Run(progress, failed=failed)
    writer: Writer = (
        make_writer(args.format, out, progress.say)
        if resumable is None
        else ResumableJsonlWriter(resumable, progress.say)
    )
    try:
        with progress:
            options = {} if args.kinds is None else {"kinds": args.kinds}
            extractor = Extractor(parser=None if args.parser == "none" else args.parser, **options)
            results = _extract_documents(_read_documents(sources, run), extractor, args)
            _write_documents(results, writer, run)
    except QuoteattrError as exc:
        print(f"quoteattr: {exc}", file=err)
        return EXIT_UNAVAILABLE
    except KeyboardInterrupt:
        if not isinstance(writer, ResumableJsonlWriter):
            print(
                "quoteattr: interrupted; use --output FILE --format jsonl to make a run resumable", file=err
            )
        else:
            print(
                f"quoteattr: interrupted after {writer.written} of {len(sources)} documents; "
                f"every finished document is in {args.output}; run the same command with --resume to finish",
                file=err,
            )
        return EXIT_INTERRUPTED
    finally:
        if resumable is not None:
            resumable.close()
        if out is not sys.stdout:
            out.close()
    return EXIT_INPUT if run.failed else EXIT_OK


def _not_done(sources: Sequence[_Source], output: ResumableOutput, err: TextIO) -> list[_Source]:
    """The sources whose documents ``output`` does not hold complete yet (``--resume``).

    Documents are told apart by their doc id: two sources with one id cannot be resumed safely.
    """
    seen: dict[str, str] = {}
    left = []
    for source in sources:
        doc = STDIN_DOC if source.path is None else _doc_id_of(source)
        if doc in seen:
            raise ResumeError(
                f"--resume tells documents apart by their doc id, but {seen[doc]} and {source.name} "
                f"both have the id {doc!r}: pass --root DIR so ids are paths"
            )
        seen[doc] = source.name
        if doc not in output.done:
            left.append(source)
    if output.resumed:
        print(f"quoteattr: resuming {output.path}: {output.resumed} documents already done", file=err)
    return left


def _doc_id_of(source: _Source) -> str:
    assert source.path is not None
    try:
        return doc_id(source.path, source.root)
    except ValueError:
        return doc_id(source.path, None)


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
