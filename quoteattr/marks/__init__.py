"""Stage 1: quotation detection from the surface, no parser.

>>> ex = find_quotations("Il a parlé d'un « montage ».")
>>> [q.text for q in ex.quotes]
['montage']
"""

from __future__ import annotations

from quoteattr.marks.build import build_quotes
from quoteattr.marks.scanner import scan
from quoteattr.model import Extraction

__all__ = ["find_quotations"]


def find_quotations(text: str) -> Extraction:
    """Find every quotation in ``text`` from its marks and dialogue dashes, without a parser.

    Quotes come in text order; each has its content ``span`` (marks and inner padding excluded), its
    ``marks`` span, its ``segments`` (one per paragraph of a reopened quote, the pieces around a
    speech tag), a first ``kind`` guess, its nesting ``depth`` and ``parent``. Unbalanced marks never
    raise: they are reported in :attr:`Extraction.diagnostics`.

    Raises :class:`TypeError` if ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"find_quotations() takes the text as a str, got {type(text).__name__}; "
            "decode bytes first (text = data.decode('utf-8'))"
        )
    raws, scan_diagnostics = scan(text)
    quotes, build_diagnostics = build_quotes(text, raws)
    diagnostics = sorted(
        scan_diagnostics + build_diagnostics,
        key=lambda d: (d.span.start if d.span is not None else -1, d.code),
    )
    return Extraction(text=text, quotes=quotes, diagnostics=tuple(diagnostics))
