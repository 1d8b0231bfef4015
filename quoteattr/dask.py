"""Quote extraction on a Dask cluster: a bag of texts, or a DataFrame with a text column.

Dask is optional (``pip install "quoteattr[dask]"``: ``dask[bag,dataframe]`` and
``distributed``); this module imports it only when a function is called, and importing
``quoteattr`` never imports this module. Each worker process builds its :class:`Extractor`
(and loads its parser model) once, on its first partition, and reuses it for every later
partition of the same settings. Partitions are extracted with
:meth:`Extractor.extract_many`, so a text that cannot be handled gets a diagnostic instead of
failing its partition. How to run on a cluster: ``docs/scale.md``.

>>> import dask.bag as db
>>> bag = db.from_sequence(["« Oui », a dit Paul.", "Rien."], npartitions=2)
>>> [len(e.quotes) for e in extract_bag(bag, parser=None).compute(scheduler="sync")]
[1, 0]
"""

from __future__ import annotations

import pickle
from collections.abc import Hashable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from quoteattr.errors import ConfigurationError
from quoteattr.export.rows import COLUMNS
from quoteattr.extractor import Extractor, ParserSpec
from quoteattr.model import Extraction

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = ["FRAME_COLUMNS", "extract_bag", "extract_frame"]

_INSTALL = 'pip install "quoteattr[dask]"'

#: The columns of :func:`extract_frame`, one row per quote: those of :func:`quoteattr.to_frame`.
FRAME_COLUMNS: tuple[str, ...] = COLUMNS
#: Extractors kept per worker process (one per distinct parser and settings).
_MAX_EXTRACTORS = 4
_extractors: dict[Hashable, Extractor] = {}


@attrs.frozen
class _Job:
    """What every partition needs: the parser spec and Extractor options, sent to the workers."""

    parser: ParserSpec
    options: Mapping[str, Any]
    batch_size: int

    def key(self) -> Hashable:
        spec: Hashable = self.parser if self.parser is None or isinstance(self.parser, str) else None
        if spec is None and self.parser is not None:
            spec = (type(self.parser).__qualname__, pickle.dumps(self.parser))
        return (spec, repr(sorted(self.options.items())))  # repr: an option may be a list

    def extractor(self) -> Extractor:
        """This process's Extractor for the job: built once, its model loaded once."""
        key = self.key()
        found = _extractors.get(key)
        if found is None:
            if len(_extractors) >= _MAX_EXTRACTORS:
                _extractors.pop(next(iter(_extractors)))
            found = _extractors[key] = Extractor(self.parser, **self.options)
        return found

    def run(self, texts: Iterable[object]) -> list[Extraction]:
        return list(self.extractor().extract_many(texts, batch_size=self.batch_size))  # type: ignore[arg-type]


def _job(parser: ParserSpec, options: Mapping[str, Any], batch_size: int) -> _Job:
    Extractor(parser, **options)  # a bad parser name or option fails here, not on a worker
    if parser is not None and not isinstance(parser, str):
        try:
            pickle.dumps(parser)
        except Exception as exc:
            raise ConfigurationError(
                f"{parser!r} must be sent to the Dask workers but cannot be pickled: pass the parser by "
                "name (parser='spacy')"
            ) from exc
    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise ConfigurationError(f"batch_size must be an int >= 1, got {batch_size!r}")
    return _Job(parser=parser, options=dict(options), batch_size=batch_size)


def _untyped(collection: object) -> Any:
    """A Dask collection for calls Dask leaves untyped (``map_partitions``)."""
    return collection


def _require(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(f"quoteattr.dask needs {module}: run `{_INSTALL}`") from exc


def extract_bag(
    bag: dask.bag.Bag, parser: ParserSpec = "auto", *, batch_size: int = 16, **options: Any
) -> dask.bag.Bag:
    """A bag of :class:`~quoteattr.model.Extraction`, one per text of ``bag``, in the same order.

    ``parser`` and ``options`` (``context``, ``elide``) are those of :class:`Extractor`;
    ``batch_size`` texts of a partition go to the parser at once. Nothing runs until the bag is
    computed. The parser is sent to the workers by name (or pickled, for a :class:`Parser`
    instance); each worker loads its model once.

    >>> import dask.bag as db
    >>> bag = db.from_sequence(["Il parle d'un « montage ».", 42])
    >>> [(len(e.quotes), [d.code for d in e.diagnostics]) for e in extract_bag(bag, parser=None)]
    [(1, []), (0, ['not-a-text'])]
    """
    _require("dask.bag")
    job = _job(parser, options, batch_size)
    result: dask.bag.Bag = _untyped(bag).map_partitions(job.run)
    return result


def _frame_partition(part: Any, text_column: str, id_column: str | None, job: _Job, doc_dtype: Any) -> Any:
    from quoteattr.export.frame import to_frame

    texts = part[text_column].tolist()
    ids = part.index.tolist() if id_column is None else part[id_column].tolist()
    frame = to_frame(job.run(texts), ids=ids)
    frame["doc"] = frame["doc"].astype(doc_dtype)
    return frame


def extract_frame(
    ddf: dask.dataframe.DataFrame,
    text_column: str = "text",
    id_column: str | None = None,
    *,
    parser: ParserSpec = "auto",
    batch_size: int = 16,
    **options: Any,
) -> dask.dataframe.DataFrame:
    """One row per quote of the texts in ``ddf[text_column]``, documents in order, quotes in text order.

    The columns and their types are those of :func:`quoteattr.to_frame` (:data:`FRAME_COLUMNS`):
    ``doc`` is the row's ``id_column`` value (its index label when ``id_column`` is ``None``);
    ``start``/``end`` are offsets into that row's text; a missing value (no speaker, no cue) is
    pandas' missing value. A row whose text is missing or not a str gives no quote row.
    ``parser``, ``batch_size`` and ``options`` as for :func:`extract_bag`.

    >>> import pandas as pd, dask.dataframe as dd
    >>> ddf = dd.from_pandas(pd.DataFrame({"text": ["« Oui », a dit Paul.", "Rien."]}), npartitions=1)
    >>> extract_frame(ddf, parser=None).compute()[["doc", "start", "end", "text"]].to_dict("records")
    [{'doc': 0, 'start': 2, 'end': 5, 'text': 'Oui'}]
    """
    _require("dask.dataframe")
    from quoteattr.export.frame import to_frame

    for name, column in (("text_column", text_column), ("id_column", id_column)):
        if column is not None and column not in ddf.columns:
            raise ConfigurationError(
                f"{name}={column!r} is not a column of the DataFrame (columns: {list(ddf.columns)}); "
                f"pass {name}= the column that holds the {'texts' if name == 'text_column' else 'ids'}"
            )
    job = _job(parser, options, batch_size)
    doc_dtype = ddf.index.dtype if id_column is None else ddf[id_column].dtype
    meta = to_frame([])
    meta["doc"] = meta["doc"].astype(doc_dtype)
    result: dask.dataframe.DataFrame = _untyped(ddf).map_partitions(
        _frame_partition, text_column, id_column, job, doc_dtype, meta=meta, align_dataframes=False
    )
    return result
