"""Clean a text column of a Dask DataFrame, or a Dask bag of strings, partition by partition.

Needs the ``dask`` extra (``pip install 'cleantext-web[dask]'``). Each partition is cleaned
by :func:`cleantext.clean_document` in whichever worker holds it, so the work spreads over
the cluster as the data does; nothing is gathered to the client.

``clean_dataframe`` replaces the column with the clean text and adds ``title``, ``author``
and ``date`` columns (existing columns of those names are replaced). A missing value (None,
NaN) in the column stays missing, and its new columns are missing too; in a bag, too.
"""

from __future__ import annotations

try:
    import dask.bag as _bag
    import dask.dataframe as _dd
    import pandas as _pd
except ImportError as error:  # pragma: no cover - exercised only without dask
    raise ImportError(
        "cleantext.dask needs Dask: pip install 'cleantext-web[dask]'"
    ) from error

from functools import partial

from . import clean, clean_document

__all__ = ["ADDED_COLUMNS", "clean_bag", "clean_dataframe", "clean_partition"]

#: The columns ``clean_dataframe`` adds, after the existing ones.
ADDED_COLUMNS = ("title", "author", "date")


def clean_dataframe(ddf: "_dd.DataFrame", column: str = "text", **options) -> "_dd.DataFrame":
    """Return the Dask DataFrame with ``column`` cleaned and title, author and date columns added.

    ``options`` are those of :func:`cleantext.clean_document` (``preset``, ``skip``,
    ``keep``, ``keep_quotes``); they travel to the workers with each task, so they must
    pickle (a preset name does; a pipeline of your own functions must be importable there).
    """
    if column not in ddf.columns:
        raise KeyError(f"no column {column!r} in this DataFrame")
    meta = clean_partition(ddf._meta, column, **options)
    return ddf.map_partitions(clean_partition, column, meta=meta, **options)


def clean_partition(df: "_pd.DataFrame", column: str = "text", **options) -> "_pd.DataFrame":
    """Clean one pandas partition: what :func:`clean_dataframe` runs on every worker."""
    dtype = df[column].dtype
    texts: list[object] = []
    added: dict[str, list[object]] = {name: [] for name in ADDED_COLUMNS}
    for value in df[column]:
        if not isinstance(value, str):  # None, NaN, pd.NA: nothing to clean
            texts.append(value)
            for values in added.values():
                values.append(None)
            continue
        doc = clean_document(value, **options)
        texts.append(doc.text)
        added["title"].append(doc.title)
        added["author"].append(doc.metadata.get("author"))
        added["date"].append(doc.metadata.get("date"))
    out = df.copy(deep=False)
    out[column] = _pd.Series(texts, index=df.index, dtype=dtype)
    for name, values in added.items():
        out[name] = _pd.Series(values, index=df.index, dtype=dtype)
    return out


def clean_bag(bag: "_bag.Bag", **options) -> "_bag.Bag":
    """Return a Dask bag of the clean texts of a bag of strings (see :func:`cleantext.clean`).

    A missing value (None, NaN) stays as it is, as in :func:`clean_dataframe`.
    """
    return bag.map(partial(_clean_or_missing, **options))


def _clean_or_missing(value, **options):
    return clean(value, **options) if isinstance(value, (str, bytes)) else value
