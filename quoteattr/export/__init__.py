"""Quotes out of quoteattr, where users work: pandas (:func:`to_frame`), CSV (:func:`write_csv`),
an HTML review page (:func:`render_html`).

Each lives in its own module and imports its optional dependency (pandas) only when called.
"""

from quoteattr.export.csv import write_csv
from quoteattr.export.frame import to_frame
from quoteattr.export.html import render_fragment, render_html
from quoteattr.export.rows import COLUMNS, quote_rows

__all__ = ["COLUMNS", "quote_rows", "render_fragment", "render_html", "to_frame", "write_csv"]
