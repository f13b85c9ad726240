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


# Characters that are never part of a word: trimmed off a line's first word before a look-up.
WORD_PUNCTUATION = ".,:;!?()[]{}<>«»‹›\"'“”‘’|/\\•·*#+=~–—-…"


def lines_opening_with(lines: list[str], openers: frozenset[str], max_chars: int) -> list[int]:
    """Return the indexes of the lines of at most ``max_chars`` whose first word (``patterns.FIRST_WORD``) may be one of ``openers``.

    A cheap necessary test, for a screen, when every opener starts with a letter: a line
    that does not is ruled out. Otherwise the line's start up to the first space, with
    punctuation trimmed from its end, is its first word when it is all letters; when it is
    not (an inner apostrophe or hyphen, a digit, a tab), the line is kept for the full test.

    >>> lines_opening_with(["By Jane Doe", "Bylines are short.", "By: Jane", "2 by 2", "By-law"], frozenset({"by"}), 80)
    [0, 2, 4]
    """
    return [
        i for i, line in enumerate(lines)
        if len(line) <= max_chars and line[:1].isalpha()
        and (first.casefold() in openers if (first := line.partition(" ")[0]).isalpha()
             else _may_open_with(first.rstrip(WORD_PUNCTUATION), openers))
    ]


def _may_open_with(first: str, openers: frozenset[str]) -> bool:
    # The rarer case, punctuation trimmed: the same test, or the full one when still not all letters.
    return not first.isalpha() or first.casefold() in openers
