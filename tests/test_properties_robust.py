"""Properties beyond the core's (tests/test_properties.py): removal-only filters keep a
subsequence of their input, and the CLI gives what the API gives.

Same strategy as the core's, with the shapes fuzzing found added. Profiles from conftest:
"ci" (derandomized, 1,000 examples) by default; ``scripts/properties_long.sh`` runs "long".
"""

from __future__ import annotations

import io
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext.cli import main
from cleantext.pipeline import is_fix
from test_properties import scraped as core_scraped

FOUND_BY_FUZZING = ["&am\x00p;", "&#195;&#169;", "A\u0303©", "Ã    e", "&a&#109;p;", "&amp&#59;"]
scraped = st.one_of(
    core_scraped,
    st.lists(st.one_of(core_scraped, st.sampled_from(FOUND_BY_FUZZING)), max_size=6).map("".join),
)
normalise = cleantext.pipeline("normalise")

# Filters that only mark blocks (drop.*, take.*, article.*): they may remove or move a block
# into metadata, never edit its text. Fixes edit, so they are not here.
REMOVAL_ONLY = sorted(
    name for name, step in cleantext.steps().items() if not is_fix(step) and name.split(".")[0] in ("drop", "take", "article")
)


def is_subsequence(part: list, whole: list) -> bool:
    it = iter(whole)
    return all(any(x == y for y in it) for x in part)


def test_every_removal_only_filter_is_covered():
    assert {"drop.ui_labels", "drop.social", "drop.repeats", "take.bylines", "take.captions", "take.dates"} <= set(REMOVAL_ONLY)


@pytest.mark.parametrize("name", REMOVAL_ONLY)
@given(text=scraped)
def test_removal_only_filter_keeps_a_subsequence(name, text):
    doc = normalise(text)
    before = [block.text for block in doc.blocks]
    doc = cleantext.steps()[name](doc)
    after = [block.text for block in doc.blocks]
    assert after == before  # no block edited, added or dropped from the list
    kept = [block.text for block in doc.blocks if block.removal is None]
    assert is_subsequence(kept, before)
    removed = [item.text for item in doc.removed]
    assert is_subsequence(removed, [block.original for block in doc.blocks])
    assert all(item.filter == name for item in doc.removed)


def run_cli(data: bytes, *argv: str) -> tuple[int, str]:
    out = io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", errors="strict", newline="\n")
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.TextIOWrapper(io.BytesIO(data)), stdout, io.StringIO()
    try:
        status = main(list(argv))
        stdout.flush()
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return status, out.getvalue().decode("utf-8")


@given(text=scraped)
def test_cli_output_equals_api_output(text):
    data = text.encode("utf-8", errors="surrogatepass")  # lone surrogates become invalid UTF-8
    status, out = run_cli(data)
    assert status == 0
    assert out == cleantext.clean(data)
