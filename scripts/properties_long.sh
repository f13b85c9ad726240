#!/usr/bin/env bash
# Run the property tests with the "long" hypothesis profile (derandomized, 20,000 examples
# each; see tests/conftest.py). Extra arguments go to pytest: scripts/properties_long.sh -x
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export HYPOTHESIS_PROFILE=${HYPOTHESIS_PROFILE:-long}
export PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}"
exec "${PYTHON:-python3}" -m pytest -q -p no:cacheprovider --hypothesis-show-statistics \
  tests/test_properties.py tests/test_properties_robust.py "$@"
