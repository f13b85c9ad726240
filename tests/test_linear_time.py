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
