"""cleantext --jsonl: records out in order, bad lines set aside verbatim, strict JSON, same output at any --jobs."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import cleantext
from cleantext import cli
from cleantext.batch import ADDED_KEY, JsonlCleaner, clean_line

ROOT = Path(__file__).resolve().parent.parent

GOOD = [
    {"id": 1, "text": "Menu\nHello world\n\nBy Jane Doe\n\nIt was a fine day.", "zeta": [1, {"b": None}]},
    {"text": "Skip to content\nA short note.", "id": 2, "score": 0.5, "ok": True},
    {"id": 3, "text": "", "nested": {"text": "not this one"}},
    {"id": 4, "text": "Ünïcödé “quotes” and ☃", "émoji": "🙂"},
]


class FakeStd:
    """A text stream with a binary buffer behind it, as sys.stdin/sys.stdout are."""

    def __init__(self, data: bytes = b"", tty: bool = False) -> None:
        self.buffer = io.BytesIO(data)
        self._tty = tty

    def write(self, text: str) -> int:
        return self.buffer.write(text.encode("utf-8"))

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return self._tty

    def close(self) -> None:  # a forked worker closes its stdin first thing
        pass


def run(monkeypatch, argv: list[str], data: bytes) -> tuple[int, bytes, str]:
    stdin, stdout, stderr = FakeStd(data), FakeStd(), FakeStd()
    monkeypatch.setattr(sys, "stdin", stdin)
    monkeypatch.setattr(sys, "stdout", stdout)
    monkeypatch.setattr(sys, "stderr", stderr)
    status = cli.main(argv)
    return status, stdout.buffer.getvalue(), stderr.buffer.getvalue().decode("utf-8")


def jsonl(records) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n" for r in records)


def test_records_keep_order_keys_and_get_clean_text(monkeypatch):
    status, out, err = run(monkeypatch, ["--jsonl"], jsonl(GOOD))
    assert status == 0 and err == ""
    records = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    assert [r["id"] for r in records] == [1, 2, 3, 4]
    for original, record in zip(GOOD, records):
        doc = cleantext.clean_document(original["text"])
        assert record["text"] == doc.text
        # other keys untouched and in order; the added key comes last
        assert list(record) == list(original) + [ADDED_KEY]
        assert {k: v for k, v in record.items() if k not in ("text", ADDED_KEY)} == {
            k: v for k, v in original.items() if k != "text"
        }
        assert record[ADDED_KEY] == {
            "title": doc.title,
            "author": doc.metadata.get("author"),
            "date": doc.metadata.get("date"),
            "removed": len(doc.removed),
        }
    assert records[0][ADDED_KEY]["author"] == "Jane Doe"


def test_bad_lines_go_verbatim_to_errors_with_line_numbers(monkeypatch, tmp_path):
    bad = [
        b"not json at all",
        b"[1, 2, 3]",
        b'"just a string"',
        b'{"id": 9}',
        b'{"text": 42}',
        b'{"text": null}',
        b'{"text": "x", "n": NaN}',
        b'{"text": "x", "n": 1e999}',
        b'{"text": "caf\xe9"}',  # Latin-1, not UTF-8
        b'{"text": "unterminated',
    ]
    lines = [jsonl(GOOD[:1]).rstrip(b"\n")] + bad + [jsonl(GOOD[1:2]).rstrip(b"\n")]
    errors = tmp_path / "bad.jsonl"
    status, out, err = run(monkeypatch, ["--jsonl", "--errors", str(errors)], b"\n".join(lines) + b"\n")
    assert status == 1
    assert len(out.splitlines()) == 2  # N in = out + set aside
    assert errors.read_bytes() == b"\n".join(bad) + b"\n"
    messages = [m for m in err.splitlines() if m.startswith("cleantext: stdin:")]
    assert [int(m.split(":")[2]) for m in messages] == list(range(2, 2 + len(bad)))
    assert "no 'text' key" in messages[3]
    assert "'text' is a number, not a string" in messages[4]
    assert "'text' is null, not a string" in messages[5]
    assert "not UTF-8" in messages[8]
    assert f"{len(bad)} of {len(lines)} line(s) set aside" in err


def test_blank_lines_are_passed_over_and_counted(monkeypatch):
    status, out, err = run(monkeypatch, ["--jsonl"], b"\n" + jsonl(GOOD[:2]) + b"   \n\r\n")
    assert status == 0
    assert len(out.splitlines()) == 2
    assert "3 blank line(s) passed over" in err
    status, _, err = run(monkeypatch, ["--jsonl", "--quiet"], b"\n" + jsonl(GOOD[:1]))
    assert status == 0 and err == ""


def test_field_option_and_last_line_without_newline(monkeypatch):
    data = b'{"body": "Close\\nIt rained.", "text": "Close"}\n{"body": "Share\\nDry."}'
    status, out, _ = run(monkeypatch, ["--jsonl", "--field", "body"], data)
    assert status == 0
    first, second = (json.loads(line) for line in out.splitlines())
    assert first == {"body": "It rained.\n", "text": "Close", ADDED_KEY: first[ADDED_KEY]}
    assert second["body"] == cleantext.clean("Share\nDry.")


def test_lone_surrogates_never_make_invalid_utf8(monkeypatch):
    data = b'{"text": "Hello \\ud800 world", "other": "\\udc00 x", "\\ud83d": "\\ud83d\\ude00"}\n'
    status, out, _ = run(monkeypatch, ["--jsonl"], data)
    assert status == 0
    decoded = out.decode("utf-8")  # strict: raises on anything invalid
    record = json.loads(decoded)
    assert record["text"] == "Hello \ufffd world\n"
    assert record["other"] == "\ufffd x"
    assert record["\ufffd"] == "🙂"[:0] + "\U0001f600"  # a valid pair stays one character


def test_keys_that_surrogate_repair_would_merge_are_set_aside(monkeypatch):
    # "\ud800" and "\udc00" both become U+FFFD: written out, a reader would keep one value.
    merged = b'{"\\ud800": 1, "\\udc00": 2, "text": "Two keys."}'
    nested = b'{"text": "Inside.", "n": {"\\ufffd": 1, "\\ud800": 2}}'
    distinct = b'{"\\ud800": 1, "text": "One key.", "n": {"\\udc00": 2}}'
    status, out, err = run(monkeypatch, ["--jsonl"], b"\n".join([merged, nested, distinct]) + b"\n")
    assert status == 1
    assert [json.loads(line)["\ufffd"] for line in out.splitlines()] == [1]
    assert "stdin:1: holds keys that would become one" in err and "stdin:2: holds keys" in err


def test_field_cannot_be_the_added_key(monkeypatch):
    # Its clean text would be overwritten by the added key: refused rather than lost.
    status, out, err = run(monkeypatch, ["--jsonl", "--field", ADDED_KEY], b'{"cleantext": "Text."}\n')
    assert (status, out) == (2, b"")
    assert err.startswith("cleantext: error: --field cannot be 'cleantext'")
    with pytest.raises(ValueError, match="cannot be 'cleantext'"):
        JsonlCleaner(field=ADDED_KEY)
    with pytest.raises(ValueError, match="cannot be 'cleantext'"):
        clean_line(b'{"cleantext": "Text."}', ADDED_KEY)


def test_output_is_strict_json(monkeypatch):
    data = jsonl(GOOD) + b'{"text": "x", "big": 123456789012345678901234567890, "f": 1.5e300}\n'
    status, out, _ = run(monkeypatch, ["--jsonl"], data)
    assert status == 0
    for line in out.splitlines():
        json.loads(line, parse_constant=lambda name: pytest.fail(f"{name} in output"))
    assert b"123456789012345678901234567890" in out


def test_deep_nesting_is_set_aside_not_a_crash(monkeypatch):
    deep = b'{"text": "x", "d": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    ok = b'{"text": "x", "d": ' + b"[" * 50 + b"]" * 50 + b"}"
    status, out, err = run(monkeypatch, ["--jsonl"], deep + b"\n" + ok + b"\n")
    assert status == 1
    assert len(out.splitlines()) == 1 and b"[[[[" in out
    assert "stdin:1: not readable: nested too deeply" in err


def test_jobs_2_gives_the_same_bytes_as_jobs_1(monkeypatch):
    dumps = sys.modules.get("aeb") or _aeb()
    texts = list(dumps.dumps().values())[:30]
    records = [{"n": i, "text": t} for i, t in enumerate(texts)]
    data = jsonl(records) + b"oops\n" + jsonl(records[:5])
    monkeypatch.setattr("cleantext.batch.CHUNK_LINES", 4)  # many chunks, so order is tested
    one = run(monkeypatch, ["--jsonl", "--jobs", "1"], data)
    two = run(monkeypatch, ["--jsonl", "--jobs", "2"], data)
    assert one == two
    assert one[0] == 1 and len(one[1].splitlines()) == 35


@pytest.mark.parametrize("method", ["forkserver", "spawn"])
def test_workers_started_without_fork_give_the_same_bytes(method, tmp_path):
    # Python 3.14 starts workers with forkserver on Linux, as macOS and Windows use spawn:
    # a worker then has only what the pool's initializer gives it, not the parent's memory.
    records = [{"n": i, "text": f"Headline {i}\n\nA paragraph of prose, long enough to be kept, number {i}."}
               for i in range(40)]
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl(records) + b"oops\n")
    script = ("import multiprocessing, sys; multiprocessing.set_start_method(sys.argv[1]); "
              "from cleantext import cli; sys.exit(cli.main(sys.argv[2:]))")
    runs = [subprocess.run([sys.executable, "-c", script, start, "--jsonl", "--jobs", jobs, str(source)],
                           capture_output=True, timeout=120, cwd=ROOT)
            for start, jobs in (("fork", "1"), (method, "2"))]
    assert [run.returncode for run in runs] == [1, 1]
    assert runs[1].stdout == runs[0].stdout
    assert len(runs[0].stdout.splitlines()) == 40


def test_cleaner_api_tally():
    out, errors = io.BytesIO(), io.BytesIO()
    cleaner = JsonlCleaner(errors=errors, say=lambda message: None)
    tally = cleaner.run(io.BytesIO(jsonl(GOOD) + b"\n{}\n"), out)
    assert tally == (6, 4, 1, 1)
    assert tally.lines == tally.records + tally.set_aside + tally.blank
    assert clean_line(b"  \n") is None


def test_usage_errors(monkeypatch):
    for argv in (["--field", "body"], ["--errors", "x"], ["--jsonl", "--format", "json"], ["--jsonl", "--jobs", "-1"], ["--jobs", "2"]):
        status, _, err = run(monkeypatch, argv, b"")
        assert status == 2 and err.startswith("cleantext: error:"), argv


def test_many_files_to_an_output_dir(monkeypatch, tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_bytes(jsonl(GOOD[:2]))
    b.write_bytes(jsonl(GOOD[2:]) + b"bad\n")
    status, out, err = run(monkeypatch, ["--jsonl", "-o", str(tmp_path / "out"), str(a), str(b)], b"")
    assert status == 1 and out == b""
    assert (tmp_path / "out" / "a.jsonl").read_bytes() == b"".join(clean_line(line) for line in jsonl(GOOD[:2]).splitlines())
    assert len((tmp_path / "out" / "b.jsonl").read_bytes().splitlines()) == 2
    assert f"{b}:3: not JSON" in err
    # without -o, the results follow one another on stdout, as cat would join the inputs
    status, out, _ = run(monkeypatch, ["--jsonl", str(a), str(a)], b"")
    assert status == 0 and len(out.splitlines()) == 4


@pytest.mark.slow
def test_subprocess_pipe_with_jobs(tmp_path):
    data = jsonl(GOOD * 3) + b"{bad\n"
    errors = tmp_path / "errors.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "cleantext", "--jsonl", "--jobs", "2", "--errors", str(errors)],
        input=data, capture_output=True, cwd=ROOT, env=_env(),
    )
    assert done.returncode == 1
    assert len(done.stdout.splitlines()) == 12
    assert errors.read_bytes() == b"{bad\n"
    assert b"stdin:13: not JSON" in done.stderr
    assert b"Traceback" not in done.stderr


def _env() -> dict:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _aeb():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import aeb

    return aeb
