#!/usr/bin/env bash
# The long run of DESIGN.md §6: every fuzz target for 10 million executions (or N), two at a
# time. Hours, not minutes: run it by hand, not in CI.
#   tests/fuzz/run-long.sh [RUNS] [TARGET...]
set -euo pipefail
runs=${1:-10000000}
shift || true
exec "$(dirname "${BASH_SOURCE[0]}")/run.sh" --runs "$runs" "$@"
