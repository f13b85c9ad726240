"""The Dask helpers give, row by row, what cleantext.clean gives, on a real two-process cluster."""

import math
import sys
from pathlib import Path

import pytest

pytest.importorskip("dask")
pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

import cleantext  # noqa: E402
from cleantext.dask import clean_bag, clean_dataframe  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import aeb  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as c:
            yield c


@pytest.fixture(scope="module")
def texts():
    dumps = list(aeb.dumps().values())[:12]
    return dumps + ["", "By Jane Doe\n\nIt rained.", "  "]


def test_clean_dataframe_matches_clean_row_by_row(client, texts):
    frame = pd.DataFrame({"id": range(len(texts)), "text": texts, "lang": ["en"] * len(texts)})
    ddf = dd.from_pandas(frame, npartitions=4)
    result = clean_dataframe(ddf, "text").compute()
    assert list(result.columns) == ["id", "text", "lang", "title", "author", "date"]
    assert list(result["id"]) == list(range(len(texts)))
    for original, row in zip(texts, result.itertuples(index=False)):
        doc = cleantext.clean_document(original)
        assert row.text == cleantext.clean(original)
        assert (row.title if isinstance(row.title, str) else None) == doc.title
        assert (row.author if isinstance(row.author, str) else None) == doc.metadata.get("author")


def test_clean_dataframe_keeps_missing_values_and_options(client):
    frame = pd.DataFrame({"body": ["Menu\nHello\n\nIt rained.", None]}, dtype=object)
    result = clean_dataframe(dd.from_pandas(frame, npartitions=1), column="body", preset="normalise").compute()
    assert result["body"][0] == cleantext.clean("Menu\nHello\n\nIt rained.", preset="normalise")
    assert pd.isna(result["body"][1])


def test_clean_bag_matches_clean(client, texts):
    bag = db.from_sequence(texts, npartitions=3)
    assert clean_bag(bag).compute() == [cleantext.clean(t) for t in texts]


def test_clean_bag_keeps_a_missing_value_missing(client):
    cleaned = clean_bag(db.from_sequence(["By Jane Doe\n\nIt rained.", None, float("nan")], npartitions=2)).compute()
    assert cleaned[:2] == ["It rained.\n", None]
    assert math.isnan(cleaned[2])


def test_unknown_column_is_a_key_error():
    frame = dd.from_pandas(pd.DataFrame({"text": ["x"]}), npartitions=1)
    with pytest.raises(KeyError):
        clean_dataframe(frame, "body")
