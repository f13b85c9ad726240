"""Score the dev split's page dumps, body only, and time cleantext against ftfy.

Prints, in one run and with the benchmark's own metric (see benchmarks/aeb.py): the dump
itself, the C4 line rules (with curly closing quotes among the endings, which gives the
reference 0.85), and cleantext; then the five worst pages for cleantext and the
throughput of cleantext and of ``ftfy.fix_text`` on the same dumps.

cleantext here is what ships: the default preset, ``clean_document(text).body``.

    PYTHONPATH=. python benchmarks/bench_dumps.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable, Mapping

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import ftfy  # noqa: E402

from benchmarks import aeb  # noqa: E402
from cleantext import clean_document  # noqa: E402

C4_ENDINGS = (".", "!", "?", '"', "”")


def c4_line_rules(text: str) -> str:
    """C4's line rules as aeb.c4_line_rules has them, with the closing curly quote as an ending."""
    kept = []
    for line in text.splitlines():
        line = line.strip()
        lower = line.lower()
        if not line.endswith(C4_ENDINGS) or len(line.split()) < 3:
            continue
        if "javascript" in lower or "cookie" in lower or "policy" in lower:
            continue
        kept.append(line)
    return "\n".join(kept)


def cleantext_body(text: str) -> str:
    return clean_document(text).body


def throughput(system: Callable[[str], object], texts: list[str], repeat: int) -> float:
    """Return the best MB/s of `repeat` passes over all texts (UTF-8 bytes)."""
    size = sum(len(text.encode("utf-8")) for text in texts)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            system(text)
        best = min(best, time.perf_counter() - start)
    return size / best / 1e6


def report(truth: Mapping[str, str], dumps: Mapping[str, str], repeat: int) -> None:
    systems = {
        "dump itself": lambda text: text,
        "C4 line rules": c4_line_rules,
        "cleantext": cleantext_body,
    }
    print(f"{len(truth)} pages, body only, metric of the article-extraction benchmark")
    print(f"{'system':<16} {'F1':>6} {'P':>6} {'R':>6}")
    per_page = {}
    for name, system in systems.items():
        score, per_page[name] = aeb.score(truth, aeb.run(system, dumps))
        print(f"{name:<16} {score.f1:6.3f} {score.precision:6.3f} {score.recall:6.3f}")
    print("\nworst pages for cleantext (P, R):")
    for key, p, r in aeb.worst(per_page["cleantext"], 5):
        print(f"  {key[:16]}  P={p:.2f} R={r:.2f}")
    texts = list(dumps.values())
    cleantext_body(texts[0])  # load stoplists and compile patterns outside the timing
    ours = throughput(cleantext_body, texts, repeat)
    theirs = throughput(ftfy.fix_text, texts, repeat)
    size = sum(len(text.encode("utf-8")) for text in texts) / 1e3
    print(f"\nthroughput on {size:.0f} kB of dumps (best of {repeat}):")
    print(f"  cleantext      {ours:6.2f} MB/s")
    print(f"  ftfy.fix_text  {theirs:6.2f} MB/s")
    print(f"  ratio          {ours / theirs:6.2f}x")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timing passes; the best counts")
    args = parser.parse_args(argv)
    report(aeb.truths(), aeb.dumps(), args.repeat)


if __name__ == "__main__":
    main()
