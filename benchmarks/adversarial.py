"""Adversarial input generators: each returns about ``size`` characters built to hurt one step.

Shared by benchmarks/bench_adversarial.py and the tests (tests/test_bad_input.py).
"""

from __future__ import annotations

from typing import Callable


def _fill(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


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
    "chrome_lines": lambda n: _fill("Close\nShare\n×\nMenu\n", n),
    "date_lines": lambda n: _fill("14 July 2023, 10:32\nUpdated 3 hours ago\n", n),
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
}
