"""Fuzz the JSON Lines handler: streams of lines through cleantext.batch.JsonlCleaner.

Run with ``scripts/fuzz.sh jsonl SECONDS`` (needs ``pip install 'cleantext-web[fuzz]'``).
The lines go through the real code path (JsonlCleaner.run over clean_line, one job), and
contracts.check_jsonl judges each line's fate on its own: a failure is an exception, a
line lost or misplaced, a bad line not set aside verbatim with its number, output that is
not strict JSON in UTF-8, a key lost or changed, or a field that is not cleantext.clean of
the input's.

The first byte of an input picks the field name and how the rest is read: as JSON Lines
bytes as they are (the seeds in fuzz/seeds/jsonl/ are such files after a 0x00 byte, so
mutation works on real records), or as a recipe for records built with json.dumps, so that
well-formed objects with odd text, keys and escapes (``"\\ud800"``) come often.
"""

from __future__ import annotations

import json
import os
import sys

import atheris

with atheris.instrument_imports():
    import cleantext  # noqa: F401  (replay.py finds the library through the harness)
    import cleantext.batch  # noqa: F401

from contracts import check_jsonl

SKIP = [name for name in os.environ.get("FUZZ_SKIP", "").split(",") if name]
FIELDS = ("text", "body")


def _value(fdp: atheris.FuzzedDataProvider, depth: int = 0):
    kind = fdp.ConsumeIntInRange(0, 7)
    if kind == 0:
        return None
    if kind == 1:
        return fdp.ConsumeBool()
    if kind == 2:
        return fdp.ConsumeInt(8)
    if kind == 3:
        return fdp.ConsumeRegularFloat()
    if kind == 4 and depth < 4:
        return [_value(fdp, depth + 1) for _ in range(fdp.ConsumeIntInRange(0, 3))]
    if kind == 5 and depth < 4:
        return {fdp.ConsumeUnicode(6): _value(fdp, depth + 1) for _ in range(fdp.ConsumeIntInRange(0, 3))}
    return fdp.ConsumeUnicode(fdp.ConsumeIntInRange(0, 40))


def _record_line(fdp: atheris.FuzzedDataProvider, field: str) -> bytes:
    record: dict = {}
    for _ in range(fdp.ConsumeIntInRange(0, 3)):
        record[fdp.ConsumeUnicode(6)] = _value(fdp)
    shape = fdp.ConsumeIntInRange(0, 9)
    if shape < 7:  # mostly the field is text: printable lines, or anything at all
        size = fdp.ConsumeIntInRange(0, 600)
        text = fdp.ConsumeUnicode(size) if shape < 3 else fdp.ConsumeUnicodeNoSurrogates(size).replace("|", "\n")
        record[field] = text
    elif shape == 7:
        record[field] = _value(fdp)  # not always a string
    for _ in range(fdp.ConsumeIntInRange(0, 2)):
        record[fdp.ConsumeUnicode(6)] = _value(fdp)
    # ensure_ascii=True writes lone surrogates as "\ud800" escapes; False writes them raw,
    # which makes the line invalid UTF-8 (surrogatepass), to be set aside.
    line = json.dumps(record, ensure_ascii=fdp.ConsumeBool()).encode("utf-8", "surrogatepass")
    if fdp.ConsumeIntInRange(0, 7) == 0:  # now and then, a line cut short
        line = line[: fdp.ConsumeIntInRange(0, len(line))]
    return line


def input_of(data: bytes) -> tuple[bytes, str]:
    """Return the JSON Lines stream and the field name this fuzz input stands for."""
    if not data:
        return b"", FIELDS[0]
    head, rest = data[0], data[1:]
    field = FIELDS[(head >> 1) % len(FIELDS)]
    if head % 2 == 0:
        return rest, field
    fdp = atheris.FuzzedDataProvider(rest)
    lines = [_record_line(fdp, field) for _ in range(fdp.ConsumeIntInRange(1, 4))]
    return b"\n".join(lines) + (b"\n" if fdp.ConsumeBool() else b""), field


def test_one_input(data: bytes) -> None:
    stream, field = input_of(data)
    check_jsonl(stream, field, {"skip": SKIP})


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
