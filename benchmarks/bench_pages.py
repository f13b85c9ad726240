"""Score the dev split's pages: trafilatura alone against the cleantext HTML path, in one run.

    PYTHONPATH=. python benchmarks/bench_pages.py [--repeat N] [--skip drop.repeats ...]

Every system gets the same decoded page (``cleantext.html.decode_html``) and is scored on the
article body with the benchmark's metric. Time is the sum over pages of the best of N runs
per page (runs interleaved, so that a busy machine hurts every system alike).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import trafilatura  # noqa: E402

from benchmarks import aeb  # noqa: E402
from cleantext.html import decode_html, extract  # noqa: E402


def trafilatura_alone(html: str) -> str:
    return trafilatura.extract(html, include_comments=False) or ""


def html_path(html: str) -> str:
    return extract(html)[0]


SKIP: list[str] = []


def html_path_filtered(html: str) -> str:
    """The extracted text through the default text pipeline, as clean_document would run it."""
    from cleantext import pipeline
    from cleantext.html import html_document

    chosen = pipeline("default")
    return html_document(html, chosen.without(*SKIP) if SKIP else chosen).body


def systems() -> dict:
    found = {"trafilatura alone": trafilatura_alone, "cleantext html extract": html_path}
    try:
        from cleantext import pipeline  # noqa: F401
    except ImportError:
        pass
    else:
        found["cleantext html + text filters"] = html_path_filtered
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per page; the best counts")
    parser.add_argument("--worst", type=int, default=5)
    parser.add_argument("--skip", action="append", default=[], metavar="NAME",
                        help="leave a text filter out of the filtered path (repeatable)")
    args = parser.parse_args(argv)
    SKIP[:] = args.skip

    truth = aeb.truths()
    pages = {key: decode_html(data) for key, data in aeb.pages().items()}
    chosen = systems()
    predictions = {name: {} for name in chosen}
    seconds = {name: 0.0 for name in chosen}
    for key, html in pages.items():
        for name, system in chosen.items():
            best = float("inf")
            for _ in range(args.repeat):
                start = time.perf_counter()
                predictions[name][key] = system(html)
                best = min(best, time.perf_counter() - start)
            seconds[name] += best

    base = seconds["trafilatura alone"]
    print(f"{len(pages)} pages, best of {args.repeat} runs per page\n")
    print(f"{'system':34} {'F1':>6} {'P':>6} {'R':>6} {'time s':>7} {'ratio':>6}")
    per_pages = {}
    for name in chosen:
        score, per_pages[name] = aeb.score(truth, predictions[name])
        print(f"{name:34} {score.f1:6.4f} {score.precision:6.4f} {score.recall:6.4f} "
              f"{seconds[name]:7.2f} {seconds[name] / base:6.3f}")
    for name in chosen:
        print(f"\nworst pages, {name}:")
        for key, p, r in aeb.worst(per_pages[name], args.worst):
            print(f"  {key[:16]}  P={p:.3f} R={r:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
