#!/usr/bin/env python
"""Check that every regular expression in cleantext runs in linear time.

1. Collect: every compiled pattern at module level under ``cleantext/``. One outside
   ``cleantext/patterns.py`` is a finding (all patterns are registered in one place).
2. Static: regexploit (``pip install regexploit``; optional) looks for ambiguous nested or
   adjacent repeats. It predates possessive quantifiers and atomic groups, so they are read
   as plain greedy ones: conservative, so each of its hits is a *suspect* whose example
   string is pumped against the real pattern in step 3.
3. Empirical: for each pattern, pump strings are built from the characters its classes and
   literals accept (runs of one character, alternations of two, the same with a newline or a
   character that fails the match after them), at sizes 1x, 10x and 100x, and timed with
   search, finditer, fullmatch and sub. A pattern whose time grows more than RATIO_LIMIT per
   10x (above a noise floor) is a finding. A borderline ratio (up to twice the limit) is
   confirmed over the next decade too, and the two decades' mean counts: a cache step
   is not growth, a quadratic pattern shows 100x per decade either way.

Exit status: 0 clean, 1 findings, 2 usage. ``--quick`` runs small sizes (for the test suite).
"""

from __future__ import annotations

import argparse
import importlib
import math
import pkgutil
import re
import sys
import time
import warnings
from pathlib import Path
from typing import Callable, Iterable, Iterator, NamedTuple

import regex

with warnings.catch_warnings():  # deprecated names, but the parser regexploit reads too
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants
    import sre_parse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cleantext  # noqa: E402

RATIO_LIMIT = 15.0  # time may grow at most this much for 10x the input
NOISE_FLOOR = 0.003  # seconds: a larger size faster than this is not growth
BASE_FLOOR = 0.0002  # seconds: a smaller size is taken as at least this (timer and cache noise)
PATTERN_TYPES = (regex.Pattern, re.Pattern)


class Found(NamedTuple):
    where: str
    what: str


def collect() -> tuple[dict[str, object], list[Found]]:
    """Return the patterns of cleantext.patterns by name, and findings for patterns elsewhere."""
    patterns: dict[str, object] = {}
    misplaced: list[Found] = []
    for info in pkgutil.walk_packages(cleantext.__path__, "cleantext."):
        if info.name.endswith("__main__"):
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra that is not installed
            continue
        for name, value in vars(module).items():
            if isinstance(value, PATTERN_TYPES):
                qualified = f"{info.name}.{name}"
                if info.name == "cleantext.patterns":
                    patterns[qualified] = value
                else:
                    misplaced.append(Found(qualified, "compiled pattern outside cleantext/patterns.py"))
    return patterns, misplaced


# ---- static ------------------------------------------------------------------------------


def static_suspects(pattern) -> list[str]:
    """Return regexploit's example attack strings for the pattern ([] if none, or no regexploit)."""
    try:
        from regexploit.ast.sre import SreOpParser
        from regexploit.redos import find
    except ImportError:
        return []

    try:  # possessive repeats read as greedy ones: conservative
        parsed = SreOpParser().parse_sre(*_readable_source(pattern))
    except Exception:  # what regexploit cannot model: the empirical check still runs
        return []
    examples = []
    for redos in find(parsed):
        try:
            examples.append(eval(redos.example(), {}))  # noqa: S307 - regexploit's own repr
        except Exception:
            continue
    return examples


# ---- empirical -----------------------------------------------------------------------------

_PROBE = "aZ09 \t\n.,:;!?-_/@#&()[]\"'’é×Ã©\u00a0\u200b\x00\x85"


_QUANTIFIER_ENDS = ("*", "+", "?", "}")
# Letters of several scripts, marks and digits: what a \\p{...} class may stand for.
_SCRIPT_PROBE = "aZ5\u00e9\u00a0\u4e2d\u3042\u30a2\ud55c\u0e01\u0ea5\u1780\u1019\u0301\u0308\u0651\u0661\u0416"


def _members(property_class: str) -> str:
    """Return the probe characters a ``\\p{...}`` class accepts, escaped for a class (``\\w`` if none)."""
    found = [ch for ch in _SCRIPT_PROBE if regex.match(property_class, ch)]
    return "".join(map(re.escape, found)) or "\\w"


def sre_readable(text: str, verbose: bool = False) -> str:
    """Rewrite a `regex` pattern into the syntax sre_parse reads, keeping its characters.

    The alphabet is all the empirical check needs. Possessive quantifiers and atomic groups,
    which sre_parse reads only from Python 3.11, become greedy ones and plain groups;
    ``\\p{...}`` classes, which it never reads, become the probe characters they accept
    (a Han class gives "中", a mark class "\\u0301"). Verbose comments are dropped.
    """
    out: list[str] = []
    i, n, in_class = 0, len(text), False
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n:
            if text[i + 1] in "pP":
                end = text.find("}", i) + 1 if text.startswith("{", i + 2) else i + 3
                members = _members(text[i:end])
                out.append(members if in_class else f"[{members}]")
                i = end
            else:
                out.append(text[i:i + 2])
                i += 2
        elif in_class:
            in_class = ch != "]"
            out.append(ch)
            i += 1
        elif ch == "[":
            in_class = True
            start = i + 1 + text.startswith("^", i + 1)
            start += text.startswith("]", start)  # a "]" first in a class is a literal
            out.append(text[i:start])
            i = start
        elif verbose and ch == "#":
            line_end = text.find("\n", i)
            i = n if line_end < 0 else line_end
        elif text.startswith("(?>", i):
            out.append("(?:")
            i += 3
        elif ch == "+" and out and out[-1] in _QUANTIFIER_ENDS and not text.startswith("(?", i - 2):
            # Possessive: the quantifier before it, read as greedy. "(?+1)" is no quantifier
            # but `regex`'s call of the next group, and stays.
            i += 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _readable_source(pattern) -> tuple[str | bytes, int]:
    """Return a compiled pattern's source as sre_parse reads it (see sre_readable), and its flags."""
    text = pattern.pattern
    flags = pattern.flags & (re.I | re.M | re.S | re.X)
    if isinstance(text, bytes):
        return sre_readable(text.decode("latin-1"), bool(flags & re.X)).encode("latin-1"), flags
    return sre_readable(text, bool(flags & re.X)), flags


def sre_tree(pattern):
    """Return sre_parse's tree of a compiled pattern (`re` or `regex`), or raise what it raised."""
    return sre_parse.parse(*_readable_source(pattern))


def alphabet(pattern) -> list[str]:
    """Return characters the pattern accepts somewhere, plus a few it may not (to fail on)."""
    chars: set[str] = set()
    try:
        _walk(sre_tree(pattern), chars)
    except Exception:
        pass  # tests/test_linear_time.py checks that every registered pattern is read
    as_bytes = isinstance(pattern.pattern, bytes)
    for ch in _PROBE:  # characters accepted by some class in the pattern
        if pattern.search(ch.encode("utf-8", "surrogatepass") if as_bytes else ch):
            chars.add(ch)
    return sorted(chars)[:24]


def _walk(tree, chars: set[str]) -> None:
    for op, data in tree:
        if op is sre_constants.LITERAL:
            chars.add(chr(data))
        elif op is sre_constants.IN:
            for sub_op, sub_data in data:
                if sub_op is sre_constants.LITERAL:
                    chars.add(chr(sub_data))
                elif sub_op is sre_constants.RANGE:
                    lo, hi = sub_data
                    chars.update({chr(lo), chr(hi), chr((lo + hi) // 2)})
                elif sub_op is sre_constants.CATEGORY:
                    chars.update("a Z 5\t\n")
        elif isinstance(data, (list, tuple)):
            for item in data:
                if isinstance(item, sre_parse.SubPattern):
                    _walk(item, chars)
                elif isinstance(item, list):
                    for sub in item:
                        if isinstance(sub, sre_parse.SubPattern):
                            _walk(sub, chars)
        elif isinstance(data, sre_parse.SubPattern):
            _walk(data, chars)


def pumps(pattern, unit: int) -> Iterator[tuple[str, Callable[[int], str]]]:
    """Yield (label, make(n)) for pump strings of about n * unit characters."""
    chars = alphabet(pattern)
    tails = ["", "\n", "!", "\x00", "x"]
    for ch in chars:
        for tail in tails:
            yield f"{ch!r}*n+{tail!r}", lambda n, ch=ch, tail=tail: ch * (n * unit) + tail
        yield f"({ch!r}+'\\n')*n", lambda n, ch=ch: (ch + "\n") * (n * unit // 2)
        yield f"'\\t'+('\\n'+{ch!r})*n", lambda n, ch=ch: "\t" + ("\n" + ch) * (n * unit // 2)
    for a, b in zip(chars, chars[1:] + chars[:1]):
        yield f"({a!r}+{b!r})*n", lambda n, a=a, b=b: (a + b) * (n * unit // 2) + "!"


OPERATIONS: dict[str, Callable] = {
    "search": lambda p, s: p.search(s),
    "finditer": lambda p, s: sum(1 for _ in p.finditer(s)),
    "fullmatch": lambda p, s: p.fullmatch(s),
    "sub": lambda p, s: p.sub(p.pattern[:0], s),  # "" or b"", as the pattern is
}


def timed(func: Callable, pattern, text: str, repeat: int = 2) -> float:
    if isinstance(pattern.pattern, bytes):  # a pattern over a page's bytes: pump bytes
        text = text.encode("utf-8", "surrogatepass")
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        func(pattern, text)
        best = min(best, time.process_time() - start)
        if best > 0.2:
            break
    return best


def empirical(pattern, unit: int, sizes: tuple[int, ...], budget: float, extra: Iterable[str] = (), *, first: bool = False):
    """Return (worst ratio, label) over pump strings; stops a pump early once it is slow.

    With ``first``, return as soon as one pump is over the limit (enough to fail).
    """
    worst = (0.0, "")
    cases = list(pumps(pattern, unit))
    for example in extra:
        cases.append((f"regexploit {example[:20]!r}…", lambda n, e=example: e[:-1] * max(1, n * unit // max(1, len(e))) + e[-1:]))
    for label, make in cases:
        for op_name, op in OPERATIONS.items():
            previous = None
            for n, smaller in zip(sizes, (None,) + sizes):
                text = make(n)
                elapsed = timed(op, pattern, text)
                if previous is not None and elapsed > NOISE_FLOOR:
                    ratio = elapsed / max(previous, BASE_FLOOR)
                    if ratio > RATIO_LIMIT:  # a suspect: measure both again, more carefully
                        previous = timed(op, pattern, make(smaller), repeat=5)
                        elapsed = timed(op, pattern, text, repeat=5)
                        ratio = elapsed / max(previous, BASE_FLOOR)
                    if RATIO_LIMIT < ratio <= 2 * RATIO_LIMIT and elapsed * 20 < budget:
                        # Borderline: a linear pattern's time can step up once, when its
                        # text outgrows a CPU cache; a superlinear one grows as much again
                        # over the next decade. Judge the two decades together.
                        larger = timed(op, pattern, make(n * 10), repeat=3)
                        ratio = math.sqrt(ratio * larger / max(elapsed, BASE_FLOOR))
                    if ratio > worst[0]:
                        worst = (ratio, f"{op_name} on {label} at {len(text)} chars: {elapsed:.3f}s")
                    if first and ratio > RATIO_LIMIT:
                        return worst
                previous = elapsed
                if elapsed > budget:
                    break
    return worst


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: 200 / 2,000 chars")
    parser.add_argument("--only", metavar="NAME", help="check one pattern (by its name)")
    args = parser.parse_args(argv)
    unit, sizes, budget = (200, (1, 10), 0.5) if args.quick else (1000, (1, 10, 100), 2.0)
    patterns, findings = collect()
    for found in findings:
        print(f"FINDING {found.where}: {found.what}")
    print(f"{len(patterns)} patterns in cleantext.patterns; sizes {[unit * s for s in sizes]} chars")
    for name, pattern in sorted(patterns.items()):
        if args.only and not name.endswith(args.only):
            continue
        suspects = static_suspects(pattern)
        ratio, where = empirical(pattern, unit, sizes, budget, suspects)
        verdict = "FINDING" if ratio > RATIO_LIMIT else "ok"
        note = f" (regexploit suspects: {len(suspects)}, pumped)" if suspects else ""
        print(f"{verdict:7} {name:42} worst x{ratio:5.1f} per 10x{note}" + (f"  [{where}]" if ratio > 1.5 else ""))
        if verdict == "FINDING":
            findings.append(Found(name, f"superlinear: {where}"))
    print(f"{len(findings)} finding(s)")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
