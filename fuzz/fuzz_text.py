"""Fuzz the text pipeline: any bytes or str into clean_document, checking the contracts.

Run with ``scripts/fuzz.sh text SECONDS`` (needs ``pip install 'cleantext-web[fuzz]'``).
A failure is an exception other than the contract's, or a broken contract: output that is
not valid UTF-8, a control character other than newline, a lost line, or a second run that
changes the output.
"""

from __future__ import annotations

import os
import sys

import atheris

with atheris.instrument_imports():
    import cleantext

from contracts import check_document

# FUZZ_SKIP=article.judge leaves steps out (comma-separated), so that a known finding does
# not stop every run at once and the search goes on elsewhere.
SKIP = [name for name in os.environ.get("FUZZ_SKIP", "").split(",") if name]


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 2)
    if mode == 0:
        text: str | bytes = fdp.ConsumeBytes(len(data))
    elif mode == 1:
        text = fdp.ConsumeUnicode(len(data))
    else:
        # Mostly-printable text with line breaks: reaches the line rules more often.
        text = fdp.ConsumeUnicodeNoSurrogates(len(data)).replace("|", "\n")
    doc = cleantext.clean_document(text, skip=SKIP)
    check_document(text, doc, skip=SKIP)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
