#!/usr/bin/env bash
# Run one atheris harness for a number of seconds: scripts/fuzz.sh NAME SECONDS [libFuzzer args]
#   NAME: text   the text pipeline, any str or bytes into clean_document (fuzz/fuzz_text.py)
#         jsonl  the JSON Lines handler, streams of lines through JsonlCleaner (fuzz/fuzz_jsonl.py)
#         html   the HTML path, pages by input auto or html, API and CLI route (fuzz/fuzz_html.py)
#   Replay a finding without libFuzzer: PYTHONPATH=.:fuzz python fuzz/replay.py NAME FILE
# Needs a Python with atheris (pip install 'cleantext-web[fuzz]'); FUZZ_PYTHON picks it.
# A finding stops libFuzzer; this script records it in fuzz/findings/NAME/ and starts again
# (the corpus in fuzz/corpus/NAME/ persists, seeded from fuzz/seeds/NAME/) until the time is
# up. At the end it prints the executions and findings; exit 1 if anything was found.
set -uo pipefail
name=${1:?usage: scripts/fuzz.sh text|jsonl|html SECONDS}
seconds=${2:?usage: scripts/fuzz.sh text|jsonl|html SECONDS}
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
python=${FUZZ_PYTHON:-python3}
harness="$root/fuzz/fuzz_$name.py"
[ -f "$harness" ] || { echo "fuzz.sh: no harness $harness" >&2; exit 2; }
corpus="$root/fuzz/corpus/$name"
findings="$root/fuzz/findings/$name"
log="$root/fuzz/findings/$name.log"
mkdir -p "$corpus" "$findings"
seeds=()
[ -d "$root/fuzz/seeds/$name" ] && seeds+=("$root/fuzz/seeds/$name")
export PYTHONPATH="$root:$root/fuzz${PYTHONPATH:+:$PYTHONPATH}"
end=$(( $(date +%s) + seconds ))
runs=0 executions=0 found=0
: > "$log"
while :; do
  left=$(( end - $(date +%s) ))
  [ "$left" -gt 0 ] || break
  out=$("$python" "$harness" "$corpus" "${seeds[@]}" \
      -max_total_time="$left" -timeout=10 -rss_limit_mb=4096 -max_len=8192 \
      -artifact_prefix="$findings/" -print_final_stats=1 "$@" 2>&1)
  status=$?
  runs=$((runs + 1))
  printf '%s\n' "$out" | grep -v '^INFO: Instrumenting' >> "$log"
  n=$(printf '%s\n' "$out" | sed -n 's/^stat::number_of_executed_units: *//p' | tail -1)
  executions=$((executions + ${n:-0}))
  if [ "$status" -ne 0 ]; then
    found=$((found + 1))
    printf '%s\n' "$out" | grep -E '^(=== Uncaught|[A-Za-z]+Error|artifact_prefix|Test unit written)' | head -3 >&2
  fi
  [ "$found" -ge 50 ] && break  # something is badly broken: stop and look
done
echo "fuzz $name: ${seconds}s, $runs run(s), $executions executions, $found finding(s) in $findings (log: $log)"
[ "$found" -eq 0 ]
