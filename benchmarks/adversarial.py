"""Adversarial input generators: each returns about ``size`` characters built to hurt one step.

Shared by benchmarks/bench_adversarial.py (10 KB to 1 MB, every step) and
tests/test_scaling.py (8 KB and 80 KB, the whole pipeline).
"""

from __future__ import annotations

from typing import Callable


def _fill(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


_MONTHS = "January February March April May June July August September October November December".split()
_UNITS = "seconds minutes hours days weeks months years".split()
_PREFIXES = ("Updated ", "Posted ", "Published ", "")


def _date_line_pair(i: int) -> str:
    # Mixed radix: 28 days x 12 months x 200 years; 999 counts x 7 units x 4 prefixes.
    date = f"{1 + i % 28} {_MONTHS[i // 28 % 12]} {1900 + i // 336 % 200}, {i % 24}:{i % 60:02d}"
    relative = f"{_PREFIXES[i // 6993 % 4]}{1 + i % 999} {_UNITS[i // 999 % 7]} ago"
    return f"{date}\n{relative}\n"


def _headlines_between_walls(size: int) -> str:
    # A page title of many parts, a paragraph, then each part repeated alone with an end
    # marker after it: every part is a headline, every marker a wall, each its own run.
    parts = [f"Headline number {i:06d} here" for i in range(max(1, size // 70))]
    prose = "This is a sentence of plain prose that goes on for a while and ends here.\n"
    return " | ".join(parts) + "\n" + prose + "".join(f"{part}\nComments\n" for part in parts)


GENERATORS: dict[str, Callable[[int], str]] = {
    # The trap from the issue: a close-button pattern with \s* on both sides, MULTILINE.
    "tab_newline_tab": lambda n: "\t" + _fill("\n\t", n),
    # `[ \t]+$` MULTILINE: spaces that end in a non-space.
    "spaces_then_x": lambda n: " " * n + "x",
    "one_long_line_of_words": lambda n: _fill("lorem ipsum ", n),
    "one_long_line_no_space": lambda n: "a" * n,
    "blank_lines": lambda n: "\n" * n,
    "nested_entities": lambda n: "&" + _fill("amp;", n) + "lt;",
    "mojibake_run": lambda n: _fill("Ã© â€™ ", n),
    "invisible_flood": lambda n: _fill("\u200b\u00ad\x00", n) + "a",
    "combining_flood": lambda n: "a" + "\u0301" * n,
    # Marks of two classes out of canonical order (above, then below): they must be sorted.
    "zalgo_flood": lambda n: "a" + _fill("\u0301\u0323", n),
    "chrome_lines": lambda n: _fill("Close\nShare\n×\nMenu\n", n),
    # Distinct lines (up to 1 MB), each taking the full date test: no memo can help.
    "date_lines": lambda n: "".join(_date_line_pair(i) for i in range(max(1, n // 45))),
    "distinct_paragraphs": lambda n: "".join(
        f"Paragraph {i} says something new about the river and the mill.\n\n" for i in range(max(1, n // 64))
    ),
    "handles": lambda n: _fill("@a @b_c ", n),
    "crlf_cr_mix": lambda n: _fill("x\r\n\r\u2028", n),
    "digits_and_slashes": lambda n: _fill("12/3/", n),
    "byline_prefix_run": lambda n: "By " + _fill("Jane ", n),
    "lone_surrogates": lambda n: _fill("\ud800a\udfff", n),
    "punctuation": lambda n: _fill(".,:;!?-|/()", n),
    "cjk_no_spaces": lambda n: _fill("中文字符没有空格", n),
    "credit_words": lambda n: _fill("Photo: Foto: Bild: ", n),
    "short_lines_of_two_words": lambda n: _fill("Jane Doe\n", n),
    "one_letter_lines": lambda n: _fill("a\n", n),
    # The same shape, every line distinct: a verdict per distinct line cannot help here.
    "distinct_short_lines": lambda n: "".join(f"a {i}\n" for i in range(max(1, n // 8))),
    "spaces_then_x_lines": lambda n: _fill(" " * 60 + "x\n", n),
    # Deep repetition: one paragraph again and again (drop.repeats keeps none of the copies
    # past the second, article.judge sees one page-long run).
    "repeated_paragraph": lambda n: _fill(
        "The council met on Tuesday and voted to keep the library open for another year.\n\n", n
    ),
    "entity_run": lambda n: _fill("&amp;", n),
    "date_tokens": lambda n: _fill("12/05/2023 10:32 ", n),
    "handle_lines": lambda n: _fill("@alice\n", n),
    "colons_and_spaces": lambda n: _fill(":" + " " * 30, n),
    "headlines_between_walls": _headlines_between_walls,
    # Every line announces a list and is an item of the one before: each is walked once.
    "colon_lines": lambda n: _fill("a:\n", n),
    # One line of words after colons: a page title cut at every colon gave parts whose
    # sizes add up to the square of the line's length.
    "colon_words": lambda n: _fill("ab: ", n),
    # Every end heading distinct ("12 comments", "13 comments"), each after a paragraph:
    # counting each heading's copies over the page would be quadratic.
    "distinct_end_headings": lambda n: "".join(
        f"This is a sentence of plain prose that goes on for a while and ends here.\n{i} comments\n"
        for i in range(max(1, n // 88))
    ),
    # Lists of amounts announced by a colon, each above a paragraph: the article's run takes
    # the lists above its first paragraph back, and each list is walked once.
    "lists_above_prose": lambda n: _fill(
        "Steps:\n1 egg\n2 cups of flour\n3 g salt\n"
        "This is a sentence of plain prose that goes on for a while and ends here.\n", n
    ),
    # A byline and a date line over each paragraph: every pair after the first starts
    # another story, and each story is a section of its own.
    "story_heads": lambda n: "".join(
        f"By Jane Smith\n{1 + i % 28} March 2019\n"
        f"This is sentence {i:07d} of plain prose that goes on for a while and ends here.\n"
        for i in range(max(1, n // 108))
    ),
}
