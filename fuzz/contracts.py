"""The contracts every harness checks, shared so that a finding is judged the same everywhere."""

from __future__ import annotations

import cleantext
from cleantext.decode import decode

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
