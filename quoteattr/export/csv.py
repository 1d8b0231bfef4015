"""Quotes as CSV, one row per quote, with the columns of :func:`quoteattr.to_frame`.

The file opens as it should in a spreadsheet: UTF-8 with a byte-order mark (Excel reads
accented French right only then), ``\\r\\n`` line ends, every field that needs it quoted.
Read it back with ``encoding="utf-8-sig"`` (pandas' ``read_csv`` strips the mark by itself).

>>> import io
>>> from quoteattr import find_quotations
>>> out = io.StringIO()
>>> write_csv([find_quotations("Il a parlé d'un « montage ».")], out, ids=["a"])
1
>>> out.getvalue().splitlines()[1]
'a,18,25,montage,term,,,,,,,0.95,marks:guillemets,'
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from quoteattr.export.rows import COLUMNS, DocId, as_extractions, doc_ids, quote_rows
from quoteattr.model import Extraction

__all__ = ["BOM", "CsvQuoteWriter", "write_csv"]

#: The byte-order mark written first, so that spreadsheets decode the file as UTF-8.
BOM = "\ufeff"


class CsvQuoteWriter:
    """Writes quote rows to ``out`` as they come: the mark and header first, then rows.

    ``out`` should be opened with ``newline=""`` (the csv module writes its own ``\\r\\n``).
    """

    def __init__(self, out: TextIO, *, bom: bool = True) -> None:
        if bom:
            out.write(BOM)
        self._writer = csv.DictWriter(out, fieldnames=list(COLUMNS), extrasaction="ignore")
        self._writer.writeheader()
        self.rows = 0

    def write(self, extraction: Extraction, doc: DocId) -> int:
        """Write the rows of one document's quotes; return how many."""
        count = 0
        for row in quote_rows([extraction], [doc]):
            self._writer.writerow(_cells(row))
            count += 1
        self.rows += count
        return count


def _cells(row: dict[str, Any]) -> dict[str, Any]:
    return {key: "" if value is None else value for key, value in row.items()}


def write_csv(
    extractions: Extraction | Iterable[Extraction],
    out: TextIO,
    ids: Sequence[DocId] | None = None,
    *,
    bom: bool = True,
) -> int:
    """Write one CSV row per quote of ``extractions`` to ``out``; return the number of rows."""
    items = as_extractions(extractions)
    writer = CsvQuoteWriter(out, bom=bom)
    for doc, extraction in zip(doc_ids(len(items), ids), items, strict=True):
        writer.write(extraction, doc)
    return writer.rows
