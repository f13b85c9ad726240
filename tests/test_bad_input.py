"""Bad input, by the hundred: the API and the CLI take it without a traceback, exit as
documented, and give valid UTF-8 with no control character but newline; nothing is lost.

The corpus is generated (tests/bad_inputs.py): encodings, controls and format characters,
Unicode shape, sizes. HTML and JSONL cases join when those paths land.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

import cleantext
from cleantext.cli import main

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "fuzz"))
from bad_inputs import corpus, large_cases  # noqa: E402
from contracts import check_text  # noqa: E402

CASES = corpus()
IDS = [name for name, _ in CASES]


def as_bytes(data: str | bytes) -> bytes:
    return data if isinstance(data, bytes) else data.encode("utf-8", errors="surrogatepass")


def check_api(data: str | bytes) -> None:
    doc = cleantext.clean_document(data)
    check_text(doc.text)
    for item in doc.removed:
        check_text(item.text)
    assert len([b for b in doc.blocks if b.removal is None]) + len(doc.removed) == len(doc.blocks)
    assert doc.text == "" or doc.text.endswith("\n")


def run_cli(data: bytes, *argv: str) -> tuple[int, bytes, str]:
    """Run main(argv) in-process with these stdin bytes; stdout is strict UTF-8 bytes."""
    out_buffer, err = io.BytesIO(), io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(data))
    stdout = io.TextIOWrapper(out_buffer, encoding="utf-8", errors="strict", newline="\n")
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = stdin, stdout, err
    try:
        status = main(list(argv))
        stdout.flush()
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return status, out_buffer.getvalue(), err.getvalue()


def check_cli(data: bytes, *argv: str) -> bytes:
    status, out, err = run_cli(data, *argv)
    assert status == 0, err
    assert "Traceback" not in err and err.count("\n") <= 1, err
    check_text(out.decode("utf-8"))
    return out


def test_corpus_size():
    assert len(CASES) + len(large_cases()) >= 300


@pytest.mark.parametrize("name, data", CASES, ids=IDS)
def test_api_takes_it(name, data):
    check_api(data)


@pytest.mark.parametrize("name, data", CASES, ids=IDS)
def test_cli_takes_it(name, data):
    out = check_cli(as_bytes(data))
    check_cli(as_bytes(data), "--format", "json")
    # The CLI decodes the bytes as the API does: the same text comes out.
    assert out.decode("utf-8") == cleantext.clean(as_bytes(data))


@pytest.mark.parametrize("index", range(3))
def test_large_inputs(index):
    name, data = large_cases()[index]
    check_api(data)
    out = check_cli(as_bytes(data))
    assert out.decode("utf-8") == cleantext.clean(data)


def test_large_input_through_a_real_process(tmp_path):
    # One large case through the installed entry point: a file argument, real stdout.
    name, data = large_cases()[1]
    path = tmp_path / "line.txt"
    path.write_text(data, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(HERE.parent) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    result = subprocess.run([sys.executable, "-m", "cleantext", str(path)], capture_output=True, env=env, timeout=300)
    assert result.returncode == 0 and result.stderr == b""
    check_text(result.stdout.decode("utf-8"))
