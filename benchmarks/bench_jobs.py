"""--jobs speed-up: clean a ~30 MB JSON Lines file with --jobs 1 and --jobs 2, check the bytes match.

Run from the repository root::

    PYTHONPATH=. python benchmarks/bench_jobs.py [--megabytes 30] [--jobs 2]

The file is the dev split's page dumps as records, repeated until it is large enough,
written under /tmp (never committed). Each run is the real command in a subprocess, so
start-up and pool start-up count; the figures are wall-clock seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import aeb  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def build(path: Path, megabytes: float) -> int:
    """Write records {"id", "url", "text"} from the page dumps until the file has the size."""
    dumps = list(aeb.dumps().items())
    target = int(megabytes * 1e6)
    written = n = 0
    with path.open("wb") as out:
        while written < target:
            key, text = dumps[n % len(dumps)]
            line = json.dumps({"id": n, "url": f"https://example.org/{key}", "text": text},
                              ensure_ascii=False).encode("utf-8") + b"\n"
            out.write(line)
            written += len(line)
            n += 1
    return n


def timed_run(path: Path, jobs: int) -> tuple[float, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    digest = hashlib.sha256()
    start = time.perf_counter()
    with path.open("rb") as source:
        proc = subprocess.Popen([sys.executable, "-m", "cleantext", "--jsonl", "--quiet", "--jobs", str(jobs)],
                                stdin=source, stdout=subprocess.PIPE, env=env)
        for block in iter(lambda: proc.stdout.read(1 << 20), b""):
            digest.update(block)
        proc.wait()
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"cleantext --jobs {jobs} exited {proc.returncode}")
    return elapsed, digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=30)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cleantext-jobs-") as folder:
        path = Path(folder) / "pages.jsonl"
        records = build(path, args.megabytes)
        size = path.stat().st_size / 1e6
        print(f"{records} records, {size:.1f} MB, {os.cpu_count()} cores")
        one, digest_one = timed_run(path, 1)
        print(f"  --jobs 1          {one:7.2f} s  {size / one:6.2f} MB/s")
        many, digest_many = timed_run(path, args.jobs)
        print(f"  --jobs {args.jobs:<10} {many:7.2f} s  {size / many:6.2f} MB/s")
        same = digest_one == digest_many
        print(f"  speed-up          {one / many:7.2f}x   outputs identical: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
