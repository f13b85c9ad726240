"""The contracts every harness checks, shared so that a finding is judged the same everywhere."""

from __future__ import annotations

import io
import json
import math
import sys

import cleantext
from cleantext.patterns import SURROGATE

_ALLOWED_CONTROL = {"\n"}


def check_text(out: str) -> None:
    """Raise AssertionError unless the output is valid UTF-8 with no control character but \\n."""
    out.encode("utf-8")  # raises on a lone surrogate
    for ch in out:
        if (ch < " " or "\x7f" <= ch <= "\x9f") and ch not in _ALLOWED_CONTROL:
            raise AssertionError(f"control character {ch!r} in output")


def check_document(given: str | bytes, doc, skip=()) -> None:
    """Check one Document: valid output, nothing lost, idempotent."""
    text = doc.text
    check_text(text)
    for item in doc.removed:
        check_text(item.text)
    # Nothing lost: every block is kept (in text) or removed (in the audit trail).
    kept = [b for b in doc.blocks if b.removal is None]
    assert len(kept) + len(doc.removed) == len(doc.blocks)
    # Idempotent: cleaning the clean text changes nothing.
    again = cleantext.clean(text, skip=skip)
    assert again == text, f"not idempotent: {text!r} -> {again!r}"


# ---- JSON Lines ---------------------------------------------------------------------------
# The contract of cleantext.batch (its docstring and DESIGN section 3), checked from the
# outside: every line is a record out, a line set aside (verbatim, with its number), or
# blank; records keep their order and their other keys; the field is cleantext.clean of
# the input's; the output is strict JSON in UTF-8, one object a line.

#: Records nested deeper than this may be set aside as "nested too deeply" or written out:
#: the exact depth at which Python's json gives up depends on the stack in use.
DEEP = 500
_BOM = b"\xef\xbb\xbf"


def _reject_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def _strict_loads(text: str):
    return json.loads(text, parse_constant=_reject_constant)


def _values(value):
    """Yield every value inside a parsed JSON value, keys included, without recursing."""
    stack = [value]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _depth(value) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(item, (dict, list)):
            stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def _no_surrogate(value):
    """The value as the output must hold it: each lone surrogate in a string is U+FFFD."""
    if isinstance(value, str):
        return SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_no_surrogate(item) for item in value]
    if isinstance(value, dict):
        return {_no_surrogate(key): _no_surrogate(item) for key, item in value.items()}
    return value


def jsonl_fate(raw: bytes, field: str) -> tuple[str, object]:
    """Return what must become of one input line, judged without cleantext.batch.

    ("blank", None), ("bad", None), ("record", the parsed object) or ("deep", None) for a
    record too deeply nested to say whether it can be read.
    """
    if not raw.strip():
        return "blank", None
    try:
        record = _strict_loads(raw.decode("utf-8"))
    except RecursionError:
        return "deep", None
    except ValueError:  # not UTF-8, not JSON, NaN, an integer too long to read
        return "bad", None
    if not isinstance(record, dict) or not isinstance(record.get(field), str):
        return "bad", None
    if _depth(record) > DEEP:
        return "deep", None
    if any(isinstance(item, float) and math.isinf(item) for item in _values(record)):
        return "bad", None  # 1e999 reads as infinity, which strict JSON cannot write
    if any(isinstance(item, dict) and len({SURROGATE.sub("\ufffd", key) for key in item}) < len(item)
           for item in _values(record)):
        return "bad", None  # two keys that would become one when surrogates become U+FFFD
    return "record", record


def input_lines(data: bytes) -> list[bytes]:
    """Split a stream as a binary file iterates it (on b"\\n" only), less a leading UTF-8 BOM."""
    lines = io.BytesIO(data).readlines()
    if lines and lines[0].startswith(_BOM):
        lines[0] = lines[0][len(_BOM):]
    return lines


def check_jsonl(data: bytes, field: str = "text", options: dict | None = None):
    """Run a JSON Lines stream through JsonlCleaner (one job) and check every line's fate."""
    from cleantext.batch import ADDED_KEY, JsonlCleaner

    options = dict(options or {})
    out, errors, said = io.BytesIO(), io.BytesIO(), []
    cleaner = JsonlCleaner(field=field, options=options, errors=errors, say=said.append)
    tally = cleaner.run(io.BytesIO(data), out)

    lines = input_lines(data)
    fates = [jsonl_fate(raw, field) for raw in lines]
    output = out.getvalue()
    assert output == b"" or output.endswith(b"\n"), "output does not end a line"
    written = output.split(b"\n")[:-1]
    # lines in = records out + set aside + blank, and the tally says so
    assert tally.lines == len(lines), (tally, len(lines))
    assert tally.records == len(written) and tally.set_aside == len(said), (tally, len(written), len(said))
    assert tally.records + tally.set_aside + tally.blank == tally.lines, tally

    # Walk the input in order, consuming the outputs and the set-aside reports in order.
    records, reports = iter(written), iter(said)
    set_aside = []
    for number, (raw, (fate, parsed)) in enumerate(zip(lines, fates), 1):
        if fate == "blank":
            continue
        if fate == "deep":
            # Either way is allowed; which one it was shows in the report's line number.
            if said and any(message.startswith(f"stdin:{number}: ") for message in said):
                fate = "bad"
            else:
                fate = "record"
        if fate == "bad":
            message = next(reports, None)
            assert message is not None, f"line {number} was not set aside: {raw!r}"
            assert message.startswith(f"stdin:{number}: "), (number, message)
            assert "\n" not in message and "\r" not in message, f"message of more than one line: {message!r}"
            set_aside.append(raw if raw.endswith(b"\n") else raw + b"\n")
            continue
        line = next(records, None)
        assert line is not None, f"line {number} gave no record: {raw!r}"
        _check_record(line, raw, parsed, field, options, ADDED_KEY)
    assert next(records, None) is None and next(reports, None) is None, "more out than in"
    # Each line set aside is in the errors stream, verbatim, in order.
    assert errors.getvalue() == b"".join(set_aside), "errors stream is not the bad lines verbatim"
    return tally


class _deeper:
    """Raise the recursion limit for a while: a record the handler could read and write
    must read back and compare here too, a few frames further down the stack."""

    def __enter__(self):
        self.limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(self.limit, 8 * DEEP + 1000))

    def __exit__(self, *exc_info):
        sys.setrecursionlimit(self.limit)


def _check_record(line: bytes, raw: bytes, parsed, field: str, options: dict, added_key: str) -> None:
    text = line.decode("utf-8")  # strict: valid UTF-8 or UnicodeDecodeError
    assert "\n" not in text, "a record spans lines"
    with _deeper():
        record = _strict_loads(text)  # strict JSON: no NaN or Infinity
        if parsed is None:  # a deep record that was written out: read its input here
            parsed = _strict_loads(raw.decode("utf-8"))
    assert isinstance(record, dict), f"not an object: {text[:200]!r}"
    assert not any(isinstance(item, str) and SURROGATE.search(item) for item in _values(record)), "lone surrogate"
    doc = cleantext.clean_document(parsed[field], **options)
    assert record[field] == doc.text, f"field is not clean(field): {record[field]!r} != {doc.text!r}"
    assert record[added_key] == {
        "title": doc.title,
        "author": doc.metadata.get("author"),
        "date": doc.metadata.get("date"),
        "removed": len(doc.removed),
    }, record[added_key]
    # Every other key kept, with its value, in its place; the added key last unless the
    # input had one already (a second run over cleantext's own output replaces it).
    keys = [SURROGATE.sub("\ufffd", key) for key in parsed]
    if added_key not in parsed:
        keys.append(added_key)
    assert list(record) == keys, f"keys changed: {list(parsed)!r} -> {list(record)!r}"
    with _deeper():
        for key, value in parsed.items():
            if key not in (field, added_key):
                kept = record[SURROGATE.sub("\ufffd", key)]
                assert kept == _no_surrogate(value), f"{key!r} changed: {value!r} -> {kept!r}"


# ---- HTML ---------------------------------------------------------------------------------
# The contract of the HTML path (cleantext.clean_document's docstring, cleantext.html): any
# str or bytes is taken; with input="html", input holding no tag or doctype at all is a
# one-line ValueError, the only exception allowed. The Document obeys what every Document
# does (valid UTF-8, no control character but newline, every block kept or removed, "\n"
# at the end); the --format json form is UTF-8; the command line routes bytes the way the
# API does. The HTML path does not promise that its text comes back unchanged from the text
# path (the text path runs steps the HTML path leaves to trafilatura), only what the text
# path promises of any text: cleaning its result again changes nothing.


def check_html(given: str | bytes, input: str = "auto", skip=()) -> None:
    """Clean a page by the API and the command line's route; check both against the contract."""
    import contextlib

    from cleantext.cli import _clean_bytes
    from cleantext.html import decode_html, has_markup

    try:
        doc = cleantext.clean_document(given, input=input, skip=skip)
    except ValueError as error:
        text = decode_html(given) if isinstance(given, bytes) else given
        assert input == "html" and not has_markup(text), f"ValueError on a page: {error}"
        assert "\n" not in str(error), "error of more than one line"
        doc = None
    if isinstance(given, bytes):
        # The command line decodes text itself and hands pages over whole: same result.
        options = {"preset": "default", "skip": list(skip), "keep": [], "keep_quotes": False, "input": input}
        try:
            with contextlib.redirect_stderr(io.StringIO()):  # its note on replaced bytes
                by_cli = _clean_bytes("page", given, options)
        except ValueError:
            by_cli = None
        assert (by_cli is None) == (doc is None), "the CLI and the API disagree on whether it is HTML"
        assert by_cli is None or by_cli.text == doc.text, "the CLI and the API give different text"
    if doc is None:
        return
    check_text(doc.text)
    for item in doc.removed:
        check_text(item.text)
    assert doc.text == "" or doc.text.endswith("\n"), "text does not end in a newline"
    json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")  # --format json is UTF-8
    kept = [b for b in doc.blocks if b.removal is None]
    assert len(kept) + len(doc.removed) == len(doc.blocks)
    once = cleantext.clean(doc.text, input="text", skip=skip)
    again = cleantext.clean(once, input="text", skip=skip)
    assert again == once, f"text path not idempotent on the page's text: {once!r} -> {again!r}"
