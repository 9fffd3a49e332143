#!/usr/bin/env bash
# The long run of DESIGN.md §6: every fuzz target (or the ones named) for 10 million
# executions (or N), two at a time. Hours, not minutes: run it by hand, not in CI.
#   tests/fuzz/run-long.sh [--runs N] [TARGET...]
set -euo pipefail
runs=10000000
if [[ ${1:-} == --runs ]]; then
  runs=$2
  shift 2
fi
exec "$(dirname "${BASH_SOURCE[0]}")/run.sh" --runs "$runs" "$@"
