"""Recognise a line that is only a date, a time or a reading time, and read its date.

A date line is made of date words (months, weekdays, "Published", "Uhr", time zones),
numbers and punctuation, and holds at least one date signal: a month name with a number,
a numeric date, an ISO timestamp, a clock time, "3 hours ago" or "5 min read". A single
word that is neither makes it prose: "March 3, 2021 was the day the vote was held."
"""

from __future__ import annotations

import datetime as dt

from . import lexicon, patterns


def is_date_line(line: str) -> bool:
    """Return whether the line holds a date or time and nothing else."""
    if len(line) > patterns.MAX_DATE_CHARS:
        return False
    lower = line.casefold()
    scan = _scan_tokens(lower)
    if scan is None:
        return False  # a word no date line holds: most prose stops here
    words, clean, has_digit = scan
    if not clean:
        words = patterns.LETTER_RUN.findall(lower)
    elif _DATE_WORDS.issuperset(words) and "am" not in words and "pm" not in words:
        # "a 1", "Nov 15", "22 August 2019": a clean line holds no "-", "/", ".", ":" nor a
        # number glued to a letter, so no timestamp, numeric date or time but "3 pm" (left
        # to the full tests). The one signal _only_date_tokens can find in it is a month
        # with a number, which it reads so:
        months = _MONTHS.intersection(words)
        if has_digit and months and (
            not lexicon.MONTH_WORDS_THAT_ARE_WORDS.issuperset(months) or patterns.YEAR.search(line)
        ):
            return True
        # Every reading time holds a word that is no date word ("min", "read"), and so
        # does every relative time but one that ends in "ago" ("3 hrs ago"): "vor", "y",
        # "hace", "fa", "today".
        return "ago" in words and patterns.RELATIVE_TIME.fullmatch(lower) is not None
    other_word, other_than_date_word = _other_letter_runs(lower, words)
    if other_word:
        return False  # most lines with a digit that the pass above let through stop here
    if not clean:
        has_digit = _has_digit(line)
    # The three tests below are independent: the commonest date line (only date words)
    # goes first, so that it skips the two time patterns.
    if has_digit and not other_than_date_word and _only_date_tokens(line):
        return True
    if patterns.RELATIVE_TIME.fullmatch(lower):
        return True
    # Every other date line holds a digit, so most prose stops here.
    return has_digit and patterns.READING_TIME.fullmatch(lower) is not None


def _only_date_tokens(line: str) -> bool:
    """Return whether the line, its timestamps and times taken out, holds date words and a date signal only."""
    # Timestamps and times are taken out first: their letters ("T", "Z", "pm") are not words.
    # Each pattern runs only on a line that holds the separator it needs.
    rest = patterns.ISO_TIMESTAMP.sub(" ", line) if "-" in line else line
    has_signal = rest != line
    stripped = patterns.NUMERIC_DATE.sub(" ", rest) if _has_date_separator(rest) else rest
    has_signal |= stripped != rest
    rest = patterns.TIME.sub(" ", stripped) if _may_hold_time(stripped) else stripped
    has_signal |= rest != stripped
    # The words only: TOKEN's numbers and punctuation were skipped here anyway.
    for token in patterns.LETTER_RUN.findall(rest.casefold()):
        if not token[0].isalpha():
            continue
        if token in lexicon.MONTHS:
            # "Out 5 of 10" is a score, not October 5: short month words that are also
            # ordinary words count only beside a year.
            needs_year = token in lexicon.MONTH_WORDS_THAT_ARE_WORDS
            has_signal |= bool(patterns.YEAR.search(rest)) or (not needs_year and _has_digit(rest))
        elif token not in lexicon.WEEKDAYS and token not in lexicon.DATE_LINE_WORDS:
            return False
    return has_signal


_MONTHS = frozenset(lexicon.MONTHS)
# The words a date line may hold; _only_date_tokens rejects any other.
_DATE_WORDS = _MONTHS | lexicon.WEEKDAYS | lexicon.DATE_LINE_WORDS
# ...and the words of relative and reading times (patterns.RELATIVE_TIME, READING_TIME).
_TIME_WORDS = _DATE_WORDS | lexicon.RELATIVE_TIME_WORDS | lexicon.READING_TIME_WORDS
# Those patterns allow no space after these words ("Updated:3 hours ago" and also
# "Updatedan hour ago"): a word that starts with one may be two glued together.
_GLUED_TIME_WORDS = lexicon.GLUED_TIME_WORDS


def _other_words(lower: str) -> tuple[bool, bool]:
    """Return whether the case-folded line holds a word outside _TIME_WORDS, and one outside _DATE_WORDS.

    Two fast early noes for is_date_line (which takes them in two parts: _scan_tokens,
    then _other_letter_runs): each answer may be False when unsure, as the full tests
    decide then, but True only when they would all say no. The full tests take
    timestamps and times out before they look at words, and that can only take letters
    away from the start of a word that follows a digit ("3pm", "10h30", "T", "Z", "3 pm",
    "a.m."): such a word is left to them, and so is a word that starts with one of
    _GLUED_TIME_WORDS, which the time patterns may glue to the next word.
    """
    if _scan_tokens(lower) is None:
        return True, True
    return _other_letter_runs(lower, patterns.LETTER_RUN.findall(lower))


def _scan_tokens(lower: str) -> tuple[list[str], bool, bool] | None:
    """Return None if a white-space token of the case-folded line is a word no date line holds, else (words, clean, has_digit).

    A token of letters only is one LETTER_RUN word as it stands: outside _TIME_WORDS (and
    not one the time patterns may cut or glue, see _other_words) it answers most prose
    without a pattern. ``clean`` says every token is letters or digits only: then the
    tokens of letters (``words``) are the words LETTER_RUN finds, and ``has_digit`` says
    whether the line holds a digit, so that no pattern need find them.
    """
    words: list[str] = []
    clean = True
    has_digit = False
    for token in lower.split():
        if token.isalpha():
            if (
                token[0] not in "amphtz" and token not in _TIME_WORDS
                and not token.startswith(_GLUED_TIME_WORDS)
            ):
                return None
            words.append(token)
        elif token.isdecimal():
            has_digit = True
        else:
            clean = False
    return words, clean, has_digit


def _other_letter_runs(lower: str, words: list[str]) -> tuple[bool, bool]:
    """Return _other_words' answers for a line whose tokens gave no early no, from its LETTER_RUN words."""
    # Both answers are early noes: False is always safe, and the set tests below say it
    # for the date lines, relative and reading times alike without a loop in Python.
    outside_date = set(words)
    outside_date -= _DATE_WORDS
    if not outside_date:
        return False, False
    if outside_date <= _TIME_WORDS:
        # A relative or reading time. Only a word that starts with one of "amphtz", after
        # a digit or a dot, can be cut by the time patterns ("3pm"): any other, and the
        # line's first word, is surely outside _DATE_WORDS.
        first = words[0]
        return False, (
            any(w[0] not in "amphtz" and w[0].isalpha() for w in outside_date)
            or (first in outside_date and first[0].isalpha() and lower.startswith(first))
        )
    other_than_date = False
    for match in patterns.LETTER_RUN.finditer(lower):
        word = match.group()
        if word in _DATE_WORDS or not word[0].isalpha():
            continue
        start = match.start()
        before = lower[start - 1] if start else ""
        may_be_cut = word[0] in "amphtz" and (
            before.isdecimal() or before == "." or (before.isspace() and lower[start - 2 : start - 1].isdecimal())
        )
        if may_be_cut:
            continue
        other_than_date = True
        if word not in _TIME_WORDS and not word.startswith(_GLUED_TIME_WORDS):
            return True, True
    return False, other_than_date


def _has_date_separator(text: str) -> bool:
    # NUMERIC_DATE needs one of these between its numbers.
    return "-" in text or "/" in text or "." in text


def _may_hold_time(text: str) -> bool:
    # TIME needs ":" ("10:32"), an "m" ("3 pm", "a.m.") or an "h" ("10h30"), in either case.
    lower = text.lower()
    return ":" in text or "m" in lower or "h" in lower


def _has_digit(line: str) -> bool:
    return patterns.DIGIT.search(line) is not None


def may_be_relative(line: str) -> bool:
    """Return whether a line without digits could be a relative time: a cheap first-word test.

    Relative times without a digit open with a prefix ("Updated"), an article ("an hour
    ago") or the phrase's first word ("vor", "hace", "yesterday").
    """
    if len(line) > patterns.MAX_DATE_CHARS:
        return False
    first = patterns.FIRST_WORD.match(line)
    return first is not None and first.group().casefold() in lexicon.RELATIVE_TIME_OPENERS


def parse_date(line: str) -> str | None:
    """Return the line's calendar date as ISO 8601 (YYYY-MM-DD), or None when unsure.

    >>> parse_date("Monday January 20, 2025")
    '2025-01-20'
    >>> parse_date("14. Juli 2023, 10:32 Uhr")
    '2023-07-14'
    >>> parse_date("05/06/2023") is None  # May 6 or 5 June: not ours to guess
    True
    """
    iso = patterns.ISO_TIMESTAMP.search(line) if "-" in line else None
    if iso:
        return _valid(int(iso[0][:4]), int(iso[0][5:7]), int(iso[0][8:10]))
    numeric = patterns.NUMERIC_DATE.search(line) if _has_date_separator(line) else None
    if numeric:
        return _numeric(numeric[0])
    rest = patterns.TIME.sub(" ", line) if _may_hold_time(line) else line
    tokens = patterns.TOKEN.findall(rest.casefold())
    month = next((lexicon.MONTHS[t] for t in tokens if t in lexicon.MONTHS), None)
    # isdecimal, not isdigit: a superscript "¹" is a digit that int() cannot read.
    numbers = [int(t) for t in tokens if t.isdecimal()]
    years = [n for n in numbers if 1900 <= n <= 2099]
    days = [n for n in numbers if 1 <= n <= 31]
    if month is None or not years or not days:
        return None
    return _valid(years[0], month, days[0])


def _numeric(text: str) -> str | None:
    parts = [int(p) for p in patterns.NUMERIC_SEPARATOR.split(text)]
    if parts[0] > 31:  # year first: 2023-07-14
        return _valid(parts[0], parts[1], parts[2])
    day, month, year = parts
    if year < 100:
        year += 2000
    if day <= 12 and month <= 12 and day != month:
        return None  # day-first and month-first readings differ: ambiguous
    if month > 12:
        day, month = month, day
    return _valid(year, month, day)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
