#!/usr/bin/env bash
# Builds the fuzz targets (preset "fuzz": clang, libFuzzer, ASan, UBSan) and runs each one,
# two at a time, starting from its seed corpus in tests/data/fuzz/<target>/.
#   tests/fuzz/run.sh [--time SECONDS | --runs N] [TARGET...]
# Default: 60 seconds each (what CI runs). A target that crashes, leaks, breaks a
# property or times out fails; its reproducer is kept in build/fuzz/findings/<target>/
# and printed, to be added to the seed corpus once fixed. Prints per target the
# executions, executions per second and coverage, and "N passed, N failed" at the end.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$here"

limit=(-max_total_time=60)
targets=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --time) limit=(-max_total_time="$2"); shift 2 ;;
    --runs) limit=(-runs="$2"); shift 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
if [[ ${#targets[@]} -eq 0 ]]; then
  mapfile -t targets < <(sed -n '/^set(HONGYAN_FUZZ_TARGETS/,/)/p' tests/fuzz/CMakeLists.txt |
    grep -o 'fuzz_[a-z0-9_]*')
fi

# A machine without clang's libFuzzer skips (77, for ctest) outside CI; under CI=true the
# missing tool is a failure that says what to install.
if ! command -v clang++-14 >/dev/null ||
    ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "the fuzz tier needs clang-14 and libclang-rt-14-dev (packaging/debian-build-deps.txt)" >&2
  [[ ${CI:-} == true ]] && exit 1
  exit 77
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]}"

build=build/fuzz
results=$(mktemp -d)
run_one() {
  local target=$1
  local corpus="$build/corpus/$target" findings="$build/findings/$target"
  mkdir -p "$corpus" "$findings"
  local options=()
  # Qt's caches grow during a whole session's first runs, so libFuzzer would make LeakSanitizer
  # scan the heap after nearly every input: four times slower. The parsers keep leak checks.
  [[ $target == fuzz_session ]] && options+=(-detect_leaks=0)
  # The seeds stay untouched in the tree; new inputs go to the build's working corpus.
  if "$build/tests/fuzz/$target" "${limit[@]}" "${options[@]}" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" "tests/data/fuzz/$target" \
      >"$results/$target.log" 2>&1; then
    echo passed >"$results/$target.status"
  else
    echo failed >"$results/$target.status"
  fi
}

running=0
for target in "${targets[@]}"; do
  run_one "$target" &
  running=$((running + 1))
  if [[ $running -ge 2 ]]; then
    # A target's result is in its status file; wait -n only makes room for the next.
    wait -n || true
    running=$((running - 1))
  fi
done
wait

passed=0
failed=0
for target in "${targets[@]}"; do
  log="$results/$target.log"
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  seconds=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  coverage=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 || true)
  if [[ $(cat "$results/$target.status") == passed ]]; then
    passed=$((passed + 1))
    printf '%-20s passed  %10s runs  %6s exec/s  %s\n' "$target" "$runs" "$seconds" "$coverage"
  else
    failed=$((failed + 1))
    printf '%-20s FAILED  %10s runs  %6s exec/s  %s\n' "$target" "$runs" "$seconds" "$coverage"
    grep -E 'ERROR|property broken|SUMMARY|Test unit written' "$log" | head -20 | sed 's/^/    /'
  fi
done
rm -rf "$results"
echo "fuzz: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
