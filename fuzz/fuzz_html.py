"""Fuzz the HTML path: pages as bytes or str into clean_document, by "auto" or forced "html".

Run with ``scripts/fuzz.sh html SECONDS`` (needs ``pip install 'cleantext-web[fuzz]'``).
contracts.check_html judges the result: a failure is an exception other than the
documented ValueError (input="html" on input with no markup), output that is not valid
UTF-8 or holds a control character other than newline, a block neither kept nor removed,
the command line's route giving another result than the API, or text that the text path
does not leave alone on a second run.

The first byte of an input picks the mode (auto or html) and the form of the rest: bytes
as they are (the seeds in fuzz/seeds/html/ are small pages after a 0x00 byte), bytes read
as UTF-8 into a str (replacing, or with lone surrogates), or pieces put into a page
skeleton, so that mutation that breaks the doctype still reaches trafilatura.
"""

from __future__ import annotations

import os
import sys

import atheris

with atheris.instrument_imports():
    import cleantext
    import cleantext.cli  # noqa: F401

from contracts import check_html

SKIP = [name for name in os.environ.get("FUZZ_SKIP", "").split(",") if name]
MODES = ("auto", "html")


def _skeleton(pieces: list[str]) -> str:
    # No escaping: a piece may close a tag, open a comment or hold a meta charset.
    title, paragraphs = pieces[0], pieces[1:]
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


def input_of(data: bytes) -> tuple[str | bytes, str]:
    """Return the page and the input mode this fuzz input stands for."""
    if not data:
        return b"", MODES[0]
    head, rest = data[0], data[1:]
    mode = MODES[head % 2]
    form = (head >> 1) % 5
    if form == 0:
        return rest, mode
    if form == 1:
        return rest.decode("utf-8", "replace"), mode
    if form == 2:
        return rest.decode("utf-8", "surrogateescape"), mode  # lone surrogates for bad bytes
    page = _skeleton(rest.decode("utf-8", "replace").split("|"))
    return (page if form == 3 else page.encode("utf-8")), mode


def test_one_input(data: bytes) -> None:
    page, mode = input_of(data)
    check_html(page, mode, skip=SKIP)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
