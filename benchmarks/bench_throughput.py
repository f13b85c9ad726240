"""Throughput on the dev split's page dumps: cleantext against ftfy, clean-text and one regex pass.

Run from the repository root::

    PYTHONPATH=. python benchmarks/bench_throughput.py [--peer-python /tmp/venv-peer/bin/python]

Every system cleans the same files in one run, round by round, best of 5 rounds. jfilter's
clean-text also installs a module named ``cleantext``, so it cannot share this environment:
it runs in its own venv (``python -m venv /tmp/venv-peer && /tmp/venv-peer/bin/pip install
clean-text``), timing itself there on the same files and reporting back as JSON. The figure
is MB (10^6 bytes of UTF-8 input) per second.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import aeb  # noqa: E402

REPEATS = 5
PEER_PYTHON = os.environ.get("CLEANTEXT_PEER_PYTHON", "/tmp/venv-peer/bin/python")

# Runs inside clean-text's own venv: read the file list, time clean() on every file.
PEER_SCRIPT = r"""
import json, sys, time, warnings
warnings.simplefilter("ignore")
from cleantext import clean
files = json.load(sys.stdin)
texts = [open(f, encoding="utf-8").read() for f in files]
best = float("inf")
for _ in range(int(sys.argv[1])):
    start = time.perf_counter()
    for text in texts:
        clean(text)
    best = min(best, time.perf_counter() - start)
print(json.dumps({"seconds": best, "files": len(texts)}))
"""


def best_of(func: Callable[[str], object], texts: list[str], repeats: int = REPEATS) -> float:
    """Return the fastest of ``repeats`` passes of func over every text, in seconds."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for text in texts:
            func(text)
        best = min(best, time.perf_counter() - start)
    return best


def peer_seconds(files: list[Path], python: str) -> float | None:
    """Time clean-text's clean() in its own interpreter; None when that venv is missing."""
    if not Path(python).exists():
        return None
    done = subprocess.run(
        # -I: ignore PYTHONPATH and the current folder, or our own cleantext would be found.
        [python, "-I", "-c", PEER_SCRIPT, str(REPEATS)],
        input=json.dumps([str(f) for f in files]),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])["seconds"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer-python", default=PEER_PYTHON,
                        help="python of a venv with clean-text installed (default: %(default)s)")
    args = parser.parse_args(argv)

    import ftfy
    import regex

    import cleantext

    files = sorted((aeb.SPLIT / "dumps").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    spaces = regex.compile(r"[ \t]+")
    systems = {
        "cleantext": cleantext.clean,
        "ftfy": ftfy.fix_text,
        "regex-pass": lambda t: spaces.sub(" ", t),
    }
    for func in systems.values():  # warm: cleantext's language index, pattern caches
        func(texts[0])
    # Round by round, each system in turn: a change in the machine's load between rounds
    # then slows all of them alike, and the best round of each is compared.
    seconds = {name: float("inf") for name in systems}
    for _ in range(REPEATS):
        for name, func in systems.items():
            seconds[name] = min(seconds[name], best_of(func, texts, repeats=1))
    peer = peer_seconds(files, args.peer_python)
    if peer is not None:
        seconds["clean-text"] = peer

    print(f"{len(texts)} page dumps, {megabytes:.2f} MB, best of {REPEATS}")
    for name, secs in seconds.items():
        print(f"  {name:11} {megabytes / secs:9.2f} MB/s  ({secs * 1000:7.1f} ms)")
    if peer is None:
        print(f"  clean-text  skipped: no {args.peer_python} (see this script's docstring)")
    for other, target in (("ftfy", 5), ("clean-text", 10), ("regex-pass", None)):
        if other in seconds:
            ratio = seconds[other] / seconds["cleantext"]
            goal = f"   (target >= {target}x: {'met' if ratio >= target else 'NOT met'})" if target else ""
            print(f"  cleantext/{other:10} {ratio:6.2f}x{goal}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
