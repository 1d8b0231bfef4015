"""``to_frame``: quotes as a pandas DataFrame, one row per quote.

pandas is optional (``pip install "quoteattr[pandas]"``); it is imported when ``to_frame`` is
called, never when quoteattr is.

>>> from quoteattr import find_quotations
>>> frame = to_frame([find_quotations("Il a parlé d'un « montage ».")], ids=["a"])
>>> frame[["doc", "start", "end", "text", "kind"]].to_dict("records")
[{'doc': 'a', 'start': 18, 'end': 25, 'text': 'montage', 'kind': 'term'}]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from quoteattr.errors import OptionalDependencyError
from quoteattr.export.rows import COLUMNS, DocId, quote_rows
from quoteattr.model import Extraction

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DTYPES", "to_frame"]

#: Column dtypes: offsets of a quote are ``int64``; a mention's, which may be missing, pandas'
#: nullable ``Int64`` (never a float); text columns are pandas' default for strings.
DTYPES: dict[str, str] = {
    "start": "int64",
    "end": "int64",
    "mention_start": "Int64",
    "mention_end": "Int64",
    "confidence": "float64",
}


def _require_pandas() -> None:
    try:
        import pandas  # noqa: F401
    except ImportError as exc:
        raise OptionalDependencyError(
            'quoteattr.to_frame needs pandas: run `pip install "quoteattr[pandas]"` (or `pip install pandas`)'
        ) from exc


def to_frame(
    extractions: Extraction | Iterable[Extraction], ids: Sequence[DocId] | None = None
) -> pd.DataFrame:
    """One row per quote of ``extractions`` (documents in order, quotes in text order).

    Columns (:data:`~quoteattr.export.rows.COLUMNS`): ``doc`` (``ids[i]``, or the document's
    position when ``ids`` is ``None``), ``start``, ``end`` (offsets into that document's text),
    ``text``, ``kind``, ``speaker``, ``speaker_title``, ``mention``, ``mention_start``,
    ``mention_end``, ``cue`` (the lemma), ``confidence``, ``rule``, ``resolved_by`` (how the
    speaker's name was found). A missing value (no speaker, no cue) is pandas' missing value
    (``pd.isna`` is true; ``<NA>`` in the offset columns). Raises
    :class:`~quoteattr.errors.OptionalDependencyError` (an ``ImportError``) if pandas is missing.

    >>> import quoteattr
    >>> texts = ["« Oui », a dit Paul.", "Rien."]
    >>> frame = to_frame([quoteattr.find_quotations(t) for t in texts])
    >>> list(frame["doc"]), list(frame["text"])
    ([0], ['Oui'])
    """
    _require_pandas()
    import pandas as pd

    records = list(quote_rows(extractions, ids))
    frame = pd.DataFrame.from_records(records, columns=list(COLUMNS))
    typed: pd.DataFrame = frame.astype(DTYPES)
    return typed
