"""Bad input, by the hundred: the API and the CLI take it without a traceback, exit as
documented, and give valid UTF-8 with no control character but newline; nothing is lost.

The corpus is generated (tests/bad_inputs.py): encodings, controls and format characters,
Unicode shape, sizes; hostile pages for the HTML path (binary, unclosed tags, wrong
charsets, 100,000 nested divs, a 20 MB page); JSON Lines streams (malformed lines,
non-objects, missing or non-string fields, "\\ud800" escapes, deep nesting, a 50 MB
record). There is no compressed-input case: neither the API nor the CLI accepts
compressed input (gzip bytes are read as bytes of text), so no decompression bomb applies.
"""

from __future__ import annotations

import io
import json
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
from bad_inputs import NOT_HTML, REFUSED_WHEN_FORCED, big_page, big_record, corpus, html_cases, jsonl_cases, large_cases, nested_divs  # noqa: E402
from contracts import check_html, check_jsonl, check_text, input_lines, jsonl_fate  # noqa: E402

CASES = corpus()
IDS = [name for name, _ in CASES]
HTML_CASES = html_cases()
JSONL_CASES = jsonl_cases()
#: Generated at test time, each one case: 100,000 nested divs, a 20 MB page, a 50 MB record.
LARGE_GENERATED = 3


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
    total = len(CASES) + len(large_cases()) + len(HTML_CASES) + len(NOT_HTML) + len(JSONL_CASES) + LARGE_GENERATED
    assert total >= 300
    assert len(HTML_CASES) >= 50 and len(JSONL_CASES) >= 100


@pytest.mark.parametrize("name, data", CASES, ids=IDS)
def test_api_takes_it(name, data):
    check_api(data)


@pytest.mark.parametrize("name, data", CASES, ids=IDS)
def test_cli_takes_it(name, data):
    out = check_cli(as_bytes(data))
    check_cli(as_bytes(data), "--format", "json")
    # The CLI decodes the bytes as the API does: the same text comes out.
    assert out.decode("utf-8") == cleantext.clean(as_bytes(data))


@pytest.mark.parametrize("name, data", CASES, ids=IDS)
def test_a_pipeline_of_ones_own_takes_the_bytes_too(name, data):
    # Bytes are decoded at the edge, a pipeline called directly being an edge too.
    own = cleantext.pipeline("default").then(lambda doc: doc)
    assert own(as_bytes(data)).text == cleantext.clean(as_bytes(data), input="text")


@pytest.mark.parametrize("value", [None, 3, ["a line"]])
def test_a_pipeline_given_neither_text_nor_bytes_says_so(value):
    with pytest.raises(TypeError, match=f"a pipeline takes str or bytes, not {type(value).__name__}"):
        cleantext.pipeline("default")(value)


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


# ---- HTML ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name, data", HTML_CASES, ids=[name for name, _ in HTML_CASES])
def test_html_api_takes_it(name, data):
    # By "auto" and forced "html": the Document's contracts, and the CLI's route agreeing.
    check_html(data, "auto")
    check_html(data, "html")


@pytest.mark.parametrize("name, data", HTML_CASES, ids=[name for name, _ in HTML_CASES])
def test_html_cli_takes_it(name, data):
    out = check_cli(as_bytes(data))
    assert out.decode("utf-8") == cleantext.clean(as_bytes(data))
    if name in REFUSED_WHEN_FORCED:
        status, out, err = run_cli(as_bytes(data), "--input", "html")
        assert (status, out) == (1, b"") and err.count("\n") == 1 and "not HTML" in err, err
        return
    forced = check_cli(as_bytes(data), "--input", "html", "--format", "json")
    assert json.loads(forced)["text"] == cleantext.clean(as_bytes(data), input="html")


@pytest.mark.parametrize("name, data", NOT_HTML, ids=[name for name, _ in NOT_HTML])
def test_forced_html_without_markup_is_exit_1_with_one_line(name, data):
    with pytest.raises(ValueError, match="not HTML") as caught:
        cleantext.clean_document(data, input="html")
    assert "\n" not in str(caught.value)
    status, out, err = run_cli(as_bytes(data), "--input", "html")
    assert (status, out) == (1, b"")
    assert err.startswith("cleantext: stdin: input is not HTML") and err.count("\n") == 1, err
    check_cli(as_bytes(data))  # by "auto" the same input is text, and fine


def test_100k_nested_divs():
    # The parser keeps 255 levels (the extractor recurses over the tree); the text below is
    # cut, as in lxml's default. What matters here: no RecursionError, a valid Document.
    data = nested_divs()
    check_html(data, "auto")
    out = check_cli(data.encode("utf-8"))
    assert out.decode("utf-8").startswith("A page\n")


def test_20mb_page():
    # 20 MB, most of it one inline script: libxml2 stopped at that text node (over its
    # 10 MB limit) and the article after it was lost; now the page is parsed again without
    # the limit, the script emptied. Once through the API, once through the CLI.
    data = big_page(20)
    assert len(data) >= 20_000_000
    doc = cleantext.clean_document(data)
    check_text(doc.text)
    assert doc.text.count("of the article: The harbour bridge reopened") == 5
    assert len([b for b in doc.blocks if b.removal is None]) + len(doc.removed) == len(doc.blocks)
    assert check_cli(data).decode("utf-8") == doc.text


# ---- JSON Lines ----------------------------------------------------------------------------


def run_jsonl_cli(data: bytes, tmp_path: Path, *argv: str) -> tuple[int, bytes, str, bytes]:
    errors = tmp_path / "errors.jsonl"
    status, out, err = run_cli(data, "--jsonl", "--errors", str(errors), *argv)
    return status, out, err, errors.read_bytes()


def check_jsonl_cli(data: bytes, tmp_path: Path, *argv: str) -> bytes:
    """The command's side: exit status, one line per message, strict JSON out, nothing lost."""
    status, out, err, set_aside = run_jsonl_cli(data, tmp_path, *argv)
    lines = input_lines(data)
    fates = [jsonl_fate(raw, "text")[0] for raw in lines]
    records, aside = out.split(b"\n")[:-1], input_lines(set_aside)
    assert "Traceback" not in err
    assert all(line.startswith("cleantext: ") for line in err.splitlines()), err
    assert status == (1 if aside else 0), err
    for line in records:
        json.loads(line.decode("utf-8"), parse_constant=lambda name: pytest.fail(f"{name} in output"))
    # lines in = records out + set aside + blank; a record too deep to judge may go either way
    assert len(records) + len(aside) + fates.count("blank") == len(lines)
    assert fates.count("record") <= len(records) <= fates.count("record") + fates.count("deep")
    return out


@pytest.mark.parametrize("name, data", JSONL_CASES, ids=[name for name, _ in JSONL_CASES])
def test_jsonl_api_takes_it(name, data):
    tally = check_jsonl(data)
    assert tally.lines == len(input_lines(data))


@pytest.mark.parametrize("name, data", JSONL_CASES, ids=[name for name, _ in JSONL_CASES])
def test_jsonl_cli_takes_it(name, data, tmp_path):
    check_jsonl_cli(data, tmp_path)


def test_jsonl_bad_lines_with_jobs_2_give_the_same_bytes(tmp_path):
    data = dict(JSONL_CASES)["jsonl/stream/every-bad-line"]
    assert run_jsonl_cli(data, tmp_path, "--jobs", "2") == run_jsonl_cli(data, tmp_path, "--jobs", "1")


def test_jsonl_50mb_record(tmp_path):
    data = big_record(50)
    assert len(data) >= 50_000_000
    tally = check_jsonl(data)
    assert tuple(tally) == (1, 1, 0, 0)
    out = check_jsonl_cli(data, tmp_path)
    assert len(out) >= 50_000_000
