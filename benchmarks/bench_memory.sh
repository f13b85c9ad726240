#!/usr/bin/env bash
# Peak memory of `cleantext --jsonl` on a 300 MB JSON Lines file, and on one 50 MB record.
# Run from the repository root:  bash benchmarks/bench_memory.sh [MEGABYTES] [PYTHON]
# The inputs are built under /tmp and removed afterwards; nothing here is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-300}
PY=${2:-${PYTHON:-python3}}
DIR=$(mktemp -d /tmp/cleantext-memory.XXXXXX)
trap 'rm -rf "$DIR"' EXIT
export PYTHONPATH=$PWD

"$PY" - "$DIR/big.jsonl" "$MB" <<'PYEOF'
import json, sys
sys.path.insert(0, "benchmarks")
import aeb
path, target = sys.argv[1], int(float(sys.argv[2]) * 1e6)
dumps = list(aeb.dumps().values())
written = n = 0
with open(path, "wb") as out:
    while written < target:
        line = json.dumps({"id": n, "text": dumps[n % len(dumps)]}, ensure_ascii=False).encode() + b"\n"
        out.write(line); written += len(line); n += 1
# One record of 50 MB: the dumps joined until the text alone is that long.
text = "\n\n".join(dumps)
with open(path.replace("big", "one"), "wb") as out:
    out.write(json.dumps({"text": (text * (50_000_000 // len(text) + 1))[:50_000_000]}).encode() + b"\n")
PYEOF

peak() {  # peak RSS in MB of the command and its exit status, from GNU time
  /usr/bin/time -v "$@" 2> "$DIR/time.txt" > /dev/null || true
  awk -F': ' '/Maximum resident set size/ {rss = $2} /Exit status/ {status = $2}
              END {printf "%.0f MB (exit status %s)\n", rss / 1024, status}' "$DIR/time.txt"
}
echo "input: $(du -m "$DIR/big.jsonl" | cut -f1) MB of JSON Lines"
echo "peak RSS, --jobs 1: $(peak "$PY" -m cleantext --jsonl --quiet "$DIR/big.jsonl")"
echo "peak RSS, --jobs 2 (the largest one process, parent or worker): $(peak "$PY" -m cleantext --jsonl --quiet --jobs 2 "$DIR/big.jsonl")"
echo "one 50 MB record, --jobs 1: $(peak "$PY" -m cleantext --jsonl --quiet "$DIR/one.jsonl")"
