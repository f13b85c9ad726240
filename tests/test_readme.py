"""The README's worked example prints what the README says it prints."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

import cleantext

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _block_after(lead: str) -> str:
    """Return the fenced block that follows the first line starting with ``lead``."""
    match = re.search(re.escape(lead) + r".*?\n```\w*\n(.*?)```", README, re.S)
    assert match, f"no fenced block after {lead!r} in README.md"
    return match.group(1)


PAGE = _block_after("Given this `page.txt`")


@pytest.fixture(scope="module")
def doc():
    return cleantext.clean_document(PAGE)


def test_the_example_prints_the_article_shown(doc):
    assert doc.text == _block_after("`cleantext --explain page.txt` prints the article")


def test_the_explain_lines_shown_are_the_removals_in_order(doc):
    shown = _block_after("and on stderr what it did").splitlines()
    explained = [f"page.txt: fixed by {name}" for name in doc.fixes] + [
        f"page.txt: removed by {item.filter} ({item.reason}): {item.text}" for item in doc.removed
    ]
    assert shown == explained


def test_the_json_and_python_examples_show_the_metadata_there_is(doc):
    json_line = next(line for line in README.splitlines() if line.startswith(' "metadata": '))
    assert json.loads(json_line.split(":", 1)[1].strip().rstrip(",")) == doc.metadata
    python_line = next(line for line in README.splitlines() if line.startswith("doc.metadata "))
    assert ast.literal_eval(python_line.split("#", 1)[1].strip()) == doc.metadata
