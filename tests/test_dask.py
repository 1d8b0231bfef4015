"""quoteattr.dask: a real distributed.LocalCluster with two worker processes gives the serial results.

The model tests read the 180 Wikinews articles of ../shared/corpora (winer-dev and winer-train).
"""

from __future__ import annotations

import doctest
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pytest
from distributed import Client, LocalCluster

import quoteattr
import quoteattr.dask
from quoteattr import Extractor
from quoteattr.dask import FRAME_COLUMNS, extract_bag, extract_frame
from quoteattr.errors import ConfigurationError

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
WIKINEWS = sorted((CORPORA / "winer-dev" / "docs").rglob("*.txt")) + sorted(
    (CORPORA / "winer-train" / "docs").rglob("*.txt")
)


def test_the_module_examples_run() -> None:
    failed, tried = doctest.testmod(quoteattr.dask)
    assert tried >= 3
    assert failed == 0


def test_importing_quoteattr_imports_no_dask() -> None:
    code = "import sys, quoteattr; print([m for m in ('dask', 'distributed', 'pandas') if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_bag_keeps_order_and_reports_bad_items() -> None:
    texts = ["« Oui », a dit Paul.", None, "Rien.", "Il parle d'un « montage » et d'une « farce »."]
    bag = db.from_sequence(texts, npartitions=3)
    results = extract_bag(bag, parser=None, batch_size=1).compute(scheduler="sync")
    assert [len(r.quotes) for r in results] == [1, 0, 0, 2]
    assert [d.code for d in results[1].diagnostics] == ["not-a-text"]
    assert results[3].quotes[1].text == "farce"


def test_bad_settings_fail_at_the_call_not_on_a_worker() -> None:
    bag = db.from_sequence(["x"])
    with pytest.raises(ConfigurationError, match="unknown parser"):
        extract_bag(bag, parser="nope")
    with pytest.raises(ConfigurationError, match="batch_size"):
        extract_bag(bag, parser=None, batch_size=0)
    ddf = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(ConfigurationError, match="text_column='text' is not a column"):
        extract_frame(ddf, parser=None)


def test_frame_rows_use_the_id_column_and_skip_missing_texts() -> None:
    frame = pd.DataFrame(
        {"id": ["a", "b", "c"], "text": ["Il parle d'un « montage ».", None, "« Oui », dit-il, « non »."]}
    )
    ddf = dd.from_pandas(frame, npartitions=2)
    out = extract_frame(ddf, id_column="id", parser=None).compute(scheduler="sync")
    assert list(out.columns) == list(FRAME_COLUMNS)
    assert list(out["doc"]) == ["a", "c", "c"]
    assert list(out["text"]) == ["montage", "Oui", "non"]
    assert str(out["mention_start"].dtype) == "Int64"
    assert out["speaker"].isna().all()


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


@pytest.fixture(scope="module")
def wikinews() -> list[str]:
    assert len(WIKINEWS) == 180, "the 180 Wikinews articles of ../shared/corpora are missing"
    return [path.read_text(encoding="utf-8") for path in WIKINEWS]


@pytest.fixture(scope="module")
def serial(wikinews: list[str]) -> list[quoteattr.Extraction]:
    return list(Extractor(parser="spacy").extract_many(wikinews))


@pytest.mark.model
@pytest.mark.corpus
def test_local_cluster_bag_equals_serial_run(
    client: Client, wikinews: list[str], serial: list[quoteattr.Extraction]
) -> None:
    bag = db.from_sequence(wikinews, npartitions=8)
    distributed = extract_bag(bag, parser="spacy").compute()
    assert len(distributed) == 180
    assert sum(len(r.quotes) for r in serial) > 500
    assert [r.to_dict() for r in distributed] == [r.to_dict() for r in serial]
    # every worker process built its Extractor once and kept it for its later partitions
    counts = client.run(lambda: len(quoteattr.dask._extractors))
    assert sorted(counts.values()) == [1, 1]


@pytest.mark.model
@pytest.mark.corpus
def test_local_cluster_frame_equals_serial_rows(
    client: Client, wikinews: list[str], serial: list[quoteattr.Extraction]
) -> None:
    ids = [path.relative_to(CORPORA).with_suffix("").as_posix() for path in WIKINEWS]
    ddf = dd.from_pandas(pd.DataFrame({"id": ids, "text": wikinews}), npartitions=6)
    out = extract_frame(ddf, id_column="id", parser="spacy").compute()
    expected = quoteattr.to_frame(serial, ids=ids)
    assert len(out) == len(expected) > 500

    def records(frame: pd.DataFrame) -> list[dict[str, object]]:
        return frame.astype(object).where(frame.notna(), None).to_dict("records")

    assert records(out) == records(expected)
