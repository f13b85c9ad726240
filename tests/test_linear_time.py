"""Every pattern is registered in cleantext.patterns and runs in linear time (quick pumps).

The full check (1,000 / 10,000 / 100,000 chars, regexploit suspects) is
``python scripts/check_patterns.py``; this runs its empirical part at 200 / 2,000 chars.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("check_patterns", ROOT / "scripts" / "check_patterns.py")
check_patterns = importlib.util.module_from_spec(_spec)
sys.modules["check_patterns"] = check_patterns
_spec.loader.exec_module(check_patterns)

PATTERNS, MISPLACED = check_patterns.collect()


def test_every_pattern_lives_in_patterns_py():
    assert MISPLACED == []
    assert len(PATTERNS) >= 20


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_scales_linearly(name):
    ratio, where = check_patterns.empirical(PATTERNS[name], 200, (1, 10), 0.5)
    assert ratio <= check_patterns.RATIO_LIMIT, where


@pytest.mark.parametrize(
    "trap",
    [
        regex.compile(r"^\s*(close|×|x)\s*$", regex.I | regex.M),  # 9 s on '\t' + '\n\t' * 20000
        regex.compile(r"[ \t]+$", regex.M),  # 1.1 s on 20 KB of spaces and a final x
        regex.compile(r"\s*+(?:[,|/]|\s[-–—]\s)"),  # the old BYLINE_TAIL: quadratic search
    ],
)
def test_checker_catches_known_traps(trap):
    ratio, where = check_patterns.empirical(trap, 200, (1, 10), 0.5, first=True)
    assert ratio > check_patterns.RATIO_LIMIT, (trap.pattern, ratio, where)


def test_every_pattern_is_read_for_its_pump_alphabet():
    # A pattern that sre_parse cannot read gets no pumps built from its literals and
    # classes, and passes the check above untested: four did (their \p{...} classes), and
    # thirty on Python 3.10, which reads no possessive quantifier.
    unread = {}
    for name, pattern in PATTERNS.items():
        try:
            check_patterns.sre_tree(pattern)
        except Exception as error:  # noqa: BLE001 - whatever sre_parse raises is the finding
            unread[name] = str(error)
    assert unread == {}


@pytest.mark.parametrize(
    "pattern, readable",
    [
        (r"\s*+x", r"\s*x"),  # possessive quantifiers read as greedy
        (r"a++b?+c{2,3}+", r"a+b?c{2,3}"),
        (r"(?>ab|a)c", r"(?:ab|a)c"),  # an atomic group read as a plain one
        (r"a+?b*?", r"a+?b*?"),  # lazy quantifiers stay
        (r"\++x", r"\++x"),  # an escaped "+" repeated greedily stays
        (r"[*+]+", r"[*+]+"),  # "+" in a class is a literal
        (r"[]+]+", r"[]+]+"),  # so is "]" first in a class
        (r"\p{Han}++", "[\u4e2d]+"),  # a script class: the probe characters it accepts
        (r"[\p{Thai}\d]", "[\u0e01\\d]"),
        (r"\p{M}", "[\u0301\u0308\u0651]"),
    ],
)
def test_sre_readable_keeps_the_characters_and_drops_what_sre_parse_cannot_read(pattern, readable):
    assert check_patterns.sre_readable(pattern) == readable


def test_verbose_comments_are_dropped_before_parsing():
    assert check_patterns.sre_readable("a  # it's [not a class\nb", verbose=True) == "a  \nb"


@pytest.mark.parametrize("pattern, member", [(r"[\p{Han}\p{Hangul}]++", "\u4e2d"), (r"\p{M}{31,}+", "\u0301"),
                                             (r"\s*+(?:,|\s-\s)", " ")])
def test_the_pump_alphabet_has_the_characters_of_property_classes_and_possessive_runs(pattern, member):
    assert member in check_patterns.alphabet(regex.compile(pattern))
