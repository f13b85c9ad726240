"""The fuzz contracts (fuzz/contracts.py) hold on the harnesses' seeds, and fail when broken.

The seeds run here without atheris: a seed whose first byte is 0 stands for the bytes after
it (see fuzz/fuzz_jsonl.py and fuzz/fuzz_html.py), so they double as regression inputs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cleantext import batch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fuzz"))
from contracts import check_html, check_jsonl  # noqa: E402

JSONL_SEEDS = sorted((ROOT / "fuzz" / "seeds" / "jsonl").iterdir())
HTML_SEEDS = sorted((ROOT / "fuzz" / "seeds" / "html").iterdir())


def raw_seed(path: Path) -> bytes:
    data = path.read_bytes()
    assert data[0] == 0, f"{path.name}: seeds stand for the bytes after a 0x00"
    return data[1:]


@pytest.mark.parametrize("path", JSONL_SEEDS, ids=[p.name for p in JSONL_SEEDS])
def test_jsonl_seeds_keep_the_contract(path):
    tally = check_jsonl(raw_seed(path))
    assert tally.lines > 0


def test_jsonl_seeds_cover_records_bad_and_blank_lines():
    tallies = [check_jsonl(raw_seed(path)) for path in JSONL_SEEDS]
    assert all(sum(t[i] for t in tallies) > 0 for i in (1, 2, 3))


@pytest.mark.parametrize("path", HTML_SEEDS, ids=[p.name for p in HTML_SEEDS])
def test_html_seeds_keep_the_contract(path):
    data = path.read_bytes()
    check_html(data[1:], "html" if data[0] % 2 else "auto")


def _broken_clean_line(change):
    real = batch.clean_line

    def clean_line(raw, field="text", options=None):
        return change(real(raw, field, options))

    return clean_line


@pytest.mark.parametrize("breakage, given, message", [
    (lambda out: out.replace(b'"id":1,', b"") if isinstance(out, bytes) else out,
     b'{"id": 1, "text": "A sentence of text."}\n', "keys changed"),
    (lambda out: b'{"text":""}\n' if isinstance(out, str) else out,
     b"[1]\n", "not set aside"),
    (lambda out: out.replace(b"Close", b"Open") if isinstance(out, bytes) else out,
     b'{"text": "Close the door.\\n\\nIt was cold."}\n', "not clean"),
], ids=["a lost key", "a bad line written out", "unclean text"])
def test_jsonl_contract_catches(monkeypatch, breakage, given, message):
    monkeypatch.setattr(batch, "clean_line", _broken_clean_line(breakage))
    with pytest.raises(AssertionError, match=message):
        check_jsonl(given)


def test_html_contract_catches_the_cli_disagreeing(monkeypatch):
    import cleantext.cli

    real = cleantext.cli._clean_bytes
    monkeypatch.setattr(cleantext.cli, "_clean_bytes", lambda *a: real(*a[:2], {**a[2], "skip": ["fix.quotes"]}))
    with pytest.raises(AssertionError, match="different text"):
        check_html("<!DOCTYPE html><html><body><p>“Quoted” words in a paragraph.</p></body></html>".encode())
