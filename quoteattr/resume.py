"""A JSONL output that survives a crash: whole documents appended, and a record of the finished ones.

``quoteattr extract --output FILE`` writes each document's lines to ``FILE`` in one piece and
flushes them, then appends one line ``{"doc": ID, "offset": BYTES}`` to ``FILE.progress``: the
document is finished, and ``FILE`` ends at ``BYTES`` after it. ``--resume`` reads that record,
cuts ``FILE`` back to the end of the last finished document (dropping whatever a kill left
half-written after it) and skips the finished documents, so the run ends with exactly the lines
of an uninterrupted one: nothing lost, nothing twice.

Why a side file and not a marker line in ``FILE``: a document with no quote writes no line, yet
must count as done; a marker line would also have to be skipped by every reader of the quotes
(``quoteattr evaluate``, pandas, jq), while the side file leaves ``FILE`` exactly the output of
an uninterrupted run. The record is kept after the run ends: ``--resume`` on a finished run
then does nothing, as it should. Data reach the operating system at each document, which
survives a crash, SIGKILL or Ctrl-C of the process (not a power cut: there is no fsync).

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "quotes.jsonl"
>>> with ResumableOutput(path) as out:
...     out.write_document("a", ['{"doc": "a"}'])
...     out.write_document("b", [])                      # no quote, still done
>>> with ResumableOutput(path, resume=True) as out:
...     sorted(out.done)
['a', 'b']
>>> path.read_text()
'{"doc": "a"}\\n'
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from quoteattr.errors import ConfigurationError
from quoteattr.model import Extraction

__all__ = ["PROGRESS_SUFFIX", "ResumableJsonlWriter", "ResumableOutput", "ResumeError", "progress_path"]

#: The side file of ``FILE`` is ``FILE`` + this suffix.
PROGRESS_SUFFIX = ".progress"


class ResumeError(ConfigurationError):
    """``--resume`` cannot tell which documents of the output are complete. The message says why."""


def progress_path(output: Path) -> Path:
    """Where the record of finished documents of ``output`` is kept.

    >>> progress_path(Path("out/quotes.jsonl")).as_posix()
    'out/quotes.jsonl.progress'
    """
    return output.with_name(output.name + PROGRESS_SUFFIX)


class ResumableOutput:
    """Appends whole documents to ``path`` and records each finished one (see the module docstring).

    Without ``resume`` the output and its record start empty. With ``resume``, a missing output
    starts afresh; an output without its record raises :class:`ResumeError`, as does a record
    that says the output is longer than it is (the output was changed by hand).
    """

    def __init__(self, path: Path, *, resume: bool = False) -> None:
        self.path = Path(path)
        self.progress = progress_path(self.path)
        self._done: set[str] = set()
        offset = 0
        if resume and self.path.exists() and (self.progress.exists() or self.path.stat().st_size > 0):
            offset, kept = self._read_progress()
            self._truncate(self.progress, kept)
            self._truncate(self.path, offset)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_bytes(b"")
            self.progress.write_bytes(b"")
        self._out: BinaryIO = self.path.open("ab")
        self._record: BinaryIO = self.progress.open("ab")
        self._offset = offset
        self.resumed = len(self._done)

    @property
    def done(self) -> frozenset[str]:
        """The ids of the documents already complete in the output."""
        return frozenset(self._done)

    def write_document(self, doc: str, lines: Iterable[str]) -> None:
        """Append one document's lines (without newlines) in one piece, then record it as finished."""
        data = "".join(f"{line}\n" for line in lines).encode("utf-8")
        self._out.write(data)
        self._out.flush()
        self._offset += len(data)
        entry = json.dumps({"doc": doc, "offset": self._offset}, ensure_ascii=False) + "\n"
        self._record.write(entry.encode("utf-8"))
        self._record.flush()
        self._done.add(doc)

    def close(self) -> None:
        """Close the output and its record (everything written is already flushed)."""
        self._out.close()
        self._record.close()

    def __enter__(self) -> ResumableOutput:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- internals -------------------------------------------------------------------------------

    def _read_progress(self) -> tuple[int, int]:
        """The offset after the last finished document, and the bytes of the record to keep."""
        if not self.progress.exists():
            raise ResumeError(
                f"cannot resume {self.path}: its record of finished documents ({self.progress.name}) is "
                "missing, so which documents are complete is unknown; run again without --resume"
            )
        offset = kept = 0
        with self.progress.open("rb") as record:
            for raw in record:
                if not raw.endswith(b"\n"):
                    break  # a line cut by the kill: that document was not recorded
                try:
                    entry = json.loads(raw)
                    doc, end = entry["doc"], entry["offset"]
                except (ValueError, KeyError, TypeError):
                    break
                if not isinstance(doc, str) or not isinstance(end, int) or end < offset:
                    break
                self._done.add(doc)
                offset, kept = end, kept + len(raw)
        size = self.path.stat().st_size
        if size < offset:
            raise ResumeError(
                f"cannot resume {self.path}: its record says {offset} bytes were written but the file has "
                f"{size}; it was changed since. Run again without --resume"
            )
        return offset, kept

    @staticmethod
    def _truncate(path: Path, size: int) -> None:
        with path.open("r+b") as handle:
            handle.truncate(size)
            handle.flush()
            os.fsync(handle.fileno())


class ResumableJsonlWriter:
    """The ``--format jsonl --output FILE`` writer of ``quoteattr extract``: each document's quote
    lines go to a :class:`ResumableOutput` in one piece; its diagnostics to ``say``.

    >>> import tempfile, pathlib
    >>> from quoteattr import find_quotations
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "quotes.jsonl"
    >>> writer = ResumableJsonlWriter(ResumableOutput(path), say=print)
    >>> writer.write("a", "a.txt", find_quotations("Un « mot »."))
    >>> writer.close()
    >>> path.read_text()[:35], writer.written
    ('{"doc": "a", "start": 5, "end": 8, ', 1)
    """

    def __init__(self, output: ResumableOutput, say: Callable[[str], None]) -> None:
        self.output, self._say = output, say
        self.written = 0

    def write(self, doc: str, origin: str, extraction: Extraction) -> None:
        """Append one document's lines, record it as finished, then report its diagnostics."""
        from quoteattr.cli_formats import quote_to_json

        lines = [json.dumps(quote_to_json(doc, quote), ensure_ascii=False) for quote in extraction.quotes]
        self.output.write_document(doc, lines)
        self.written += 1
        for diagnostic in extraction.diagnostics:
            self._say(f"quoteattr: {origin}: {diagnostic.code}: {diagnostic.message}")

    def close(self) -> None:
        """Close the output (each document was flushed as it was written)."""
        self.output.close()
