"""Small helpers to look at a line: its comparison key and its words."""

from __future__ import annotations

from . import patterns


def label_key(line: str) -> str:
    """Return the line case-folded, with surrounding punctuation trimmed and spaces single."""
    key = line.casefold().strip(patterns.LABEL_TRIM)
    # Blocks come with single spaces from fix.spaces; only a pipeline without it pays here.
    return " ".join(key.split()) if ("  " in key or "\t" in key) else key


def words(line: str) -> list[str]:
    """Return the words of a line (letters and digits, with inner apostrophes)."""
    return patterns.WORD.findall(line)


def ends_sentence(line: str) -> bool:
    """Return whether the line ends like a sentence: . ! ? or one of those before a quote."""
    return line.rstrip("\"'”’»)").endswith((".", "!", "?", "…", "。", "！", "？"))
