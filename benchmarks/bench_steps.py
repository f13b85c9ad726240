"""Time each filter of the default pipeline on the dev split's page dumps, best of 5.

    PYTHONPATH=. python benchmarks/bench_steps.py

Each filter is timed on copies of the documents as the steps before it left them, so the
figures add up to the filters' share of ``cleantext.clean``; the whole call and
``ftfy.fix_text`` are timed in the same run for scale.
"""

from __future__ import annotations

import copy
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import ftfy  # noqa: E402

import cleantext  # noqa: E402
from benchmarks import aeb  # noqa: E402
from cleantext.pipeline import _split, is_fix, step_name  # noqa: E402


def best(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        # CPU time of this process: another job on the machine slows it less than the clock.
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    texts = list(aeb.dumps().values())
    steps = cleantext.pipeline("default").steps
    fixes = [s for s in steps if is_fix(s)]
    docs = []
    for text in texts:
        for step in fixes:
            text = step(text)
        docs.append(_split(text, [], ()))
    print(f"{len(texts)} dumps, {sum(len(d.blocks) for d in docs)} lines; ms, best of 5")
    total = 0.0
    for step in (s for s in steps if not is_fix(s)):
        copies = [copy.deepcopy(docs) for _ in range(5)]
        # The copies are many objects: a garbage collection started by one step's
        # allocations would scan them all and land on whichever step was running.
        gc.collect()
        gc.disable()
        elapsed = min(best(lambda c=c: [step(d) for d in c], 1) for c in copies)
        gc.enable()
        total += elapsed
        print(f"  {step_name(step):16} {elapsed * 1000:7.1f}")
        for doc in docs:
            step(doc)
    print(f"  {'filters':16} {total * 1000:7.1f}")
    # Round by round, each in turn, as bench_throughput does.
    whole = peer = float("inf")
    for _ in range(5):
        whole = min(whole, best(lambda: [cleantext.clean(t) for t in texts], 1))
        peer = min(peer, best(lambda: [ftfy.fix_text(t) for t in texts], 1))
    print(f"  {'cleantext.clean':16} {whole * 1000:7.1f}")
    print(f"  {'ftfy.fix_text':16} {peer * 1000:7.1f}   ratio {peer / whole:.2f}x")


if __name__ == "__main__":
    main()
