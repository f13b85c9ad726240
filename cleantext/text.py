"""Small helpers to look at a line: its comparison key and its words."""

from __future__ import annotations

from typing import Iterable

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


def line_heads(words: "Iterable[str]") -> frozenset[str]:
    """Return the two-character starts a case-folded line has when its first word is one of ``words``.

    A screen tests ``line[:2]``: an ASCII start whose ``lower()`` is not in this set rules
    the line out at the cost of one set lookup (a regex match or a ``startswith`` over many
    prefixes costs several times more); any other start is left to the full test. A one-letter word ("a", "x") ends at the next character,
    which is not a letter: every such pair is listed.

    >>> sorted(line_heads(["by", "von"]))
    ['by', 'vo']
    """
    heads = set()
    for word in words:
        if len(word) >= 2:
            heads.add(word[:2])
        else:
            heads.add(word)
            heads.update(word + chr(c) for c in range(128) if not chr(c).isalpha())
    return frozenset(heads)

