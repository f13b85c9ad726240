"""Small helpers to look at a line: its comparison key and its words."""

from __future__ import annotations

from . import patterns


def label_key(line: str) -> str:
    """Return the line case-folded, with surrounding punctuation trimmed and spaces single."""
    return " ".join(line.casefold().strip(patterns.LABEL_TRIM).split())


def words(line: str) -> list[str]:
    """Return the words of a line (letters and digits, with inner apostrophes)."""
    return patterns.WORD.findall(line)


def ends_sentence(line: str) -> bool:
    """Return whether the line ends like a sentence: . ! ? or one of those before a quote."""
    return line.rstrip("\"'”’»)").endswith((".", "!", "?", "…", "。", "！", "？"))
