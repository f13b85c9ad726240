"""Linear time: every step and the whole pipeline on adversarial inputs of 10 KB, 100 KB and 1 MB.

Run from the repository root::

    PYTHONPATH=. python benchmarks/bench_scaling.py [--sizes 10000,100000,1000000] [--only NAME]

For each input kind and each registered step (``cleantext.steps()``) plus the whole
``clean``, prints the time at each size and the ratio of each size to the one before; 10x
the input should cost at most ~10-15x the time. Ratios above LIMIT are flagged with "!!".
A step predicted to take more than BUDGET seconds at the next size is not run there (flagged).
Filters get the input already split into a Document (split time not counted).
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Callable

import cleantext
from cleantext.model import Document
from cleantext.pipeline import is_fix

LIMIT = 15.0
BUDGET = 20.0
# Below this, a scheduler hiccup (a few ms on a busy machine) can dominate: a ratio
# between two tiny times says nothing.
NOISE_FLOOR = 0.010

PARAGRAPH = "The council met on Tuesday and voted to keep the library open for another year.\n\n"


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# Each generator returns a text of about ``size`` characters.
GENERATORS: dict[str, Callable[[int], str]] = {
    "one huge line": lambda n: _repeat("word and more words, ", n),
    "short lines": lambda n: _repeat("a\n", n),
    "one char run": lambda n: "a" * n,
    "spaces then x": lambda n: " " * (n - 1) + "x",
    "spaces then x, lines": lambda n: _repeat(" " * 60 + "x\n", n),
    "repeated paragraph": lambda n: _repeat(PARAGRAPH, n),
    "blank lines": lambda n: "x\n" + "\n" * (n - 4) + "y\n",
    "tab newline": lambda n: _repeat("\t\n", n),
    "&amp; run": lambda n: _repeat("&amp;", n),
    "&amp;amp; nest": lambda n: "&" + "amp;" * (n // 4),
    "mojibake": lambda n: _repeat("CafÃ© â€œquotedâ€\x9d ", n),
    "combining marks": lambda n: "e" + "\u0301" * (n - 1),
    "mixed combining": lambda n: "e" + _repeat("\u0301\u0316", n - 1),
    "date tokens": lambda n: _repeat("12/05/2023 10:32 ", n),
    "date lines": lambda n: _repeat("July 14, 2023\n", n),
    "@handles": lambda n: _repeat("@handle ", n),
    "@handle lines": lambda n: _repeat("@alice\n", n),
    "credit-like": lambda n: _repeat("Photo: ", n),
    "colons and spaces": lambda n: _repeat(":" + " " * 30, n),
}


def subjects() -> dict[str, Callable[[str], object]]:
    """Every registered step, as a function of the raw text, plus the whole pipeline."""
    found: dict[str, Callable[[str], object]] = {}
    for name, step in cleantext.steps().items():
        found[name] = step if is_fix(step) else _filter_runner(step)
    found["clean (all)"] = cleantext.clean
    return found


class _filter_runner:
    """Run a filter on a fresh Document; the split is done before the clock starts."""

    def __init__(self, step) -> None:
        self.step = step

    def prepare(self, text: str) -> Document:
        return Document.from_text(text)

    def __call__(self, doc: Document) -> object:
        return self.step(doc)


def _too_slow(times: list[float]) -> bool:
    # Predict the next size's time from the growth so far; skip it if over the budget.
    growth = times[-1] / times[-2] if len(times) > 1 and times[-2] > NOISE_FLOOR else 10.0
    return times[-1] * max(growth, 10.0) > BUDGET


def timed(func, text: str, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        arg = func.prepare(text) if isinstance(func, _filter_runner) else text
        start = time.perf_counter()
        func(arg)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--only", help="run only the steps whose name contains this")
    parser.add_argument("--kinds", help="run only the inputs whose name contains this")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    worst = (0.0, "")
    flagged = []
    header = "".join(f"{s // 1000:>8} KB" for s in sizes)
    for kind, make in GENERATORS.items():
        if args.kinds and args.kinds not in kind:
            continue
        texts = [make(size) for size in sizes]
        print(f"\n== {kind}")
        print(f"  {'step':22}{header}   ratios per 10x")
        for name, func in subjects().items():
            if args.only and args.only not in name:
                continue
            times: list[float] = []
            for text in texts:
                if times and _too_slow(times):
                    break
                times.append(timed(func, text, repeats=5 if len(text) < 200_000 else 3))
            ratios = []
            for before, after in zip(times, times[1:]):
                ratio = after / before if before > 0 else float("inf")
                meaningful = after >= NOISE_FLOOR
                ratios.append((ratio, meaningful))
                if meaningful and ratio > worst[0]:
                    worst = (ratio, f"{name} on {kind}")
                if meaningful and ratio > LIMIT:
                    flagged.append(f"{name} on {kind}: x{ratio:.1f}")
            if len(times) < len(texts):
                flagged.append(f"{name} on {kind}: next size predicted over {BUDGET:.0f} s, not run")
            cells = "".join(f"{t * 1000:9.1f}ms" for t in times) + " " * 11 * (len(texts) - len(times))
            shown = "  ".join(
                (f"x{r:5.1f}" + ("!!" if ok and r > LIMIT else "  ")) if ok else f"x{r:5.1f}~ "
                for r, ok in ratios
            )
            print(f"  {name:22}{cells}   {shown}")
    print(f"\nworst ratio per 10x (above {NOISE_FLOOR * 1000:.0f} ms; '~' marks times under it): "
          f"x{worst[0]:.1f} ({worst[1]})")
    if flagged:
        print("over the limit:\n  " + "\n  ".join(flagged))
        return 1
    print(f"every step within x{LIMIT:.0f} per 10x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
