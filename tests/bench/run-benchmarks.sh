#!/bin/sh
# The one command for the benchmarks of issue #11: builds what they need in Release, runs
# hongyan-cli, curl, msmtp, swaks and smtplib side by side against a local TLS SMTP sink,
# runs the GUI and composer benchmarks, and writes tests/bench/RESULTS.md.
#
#   tests/bench/run-benchmarks.sh [--runs N] [--invocations N] [--quiet-load L] [--max-wait S]
#
# Needs: curl msmtp swaks libnet-ssleay-perl python3 openssl (Debian packages). The build
# directory is build/bench (HONGYAN_BENCH_BUILD overrides it). The measurements wait until
# the 1-minute load average is below 1.5 (at most 15 minutes, see --max-wait), then take
# about 4 minutes on 2 cores. Exit status 1 when a target is missed, 2 when something could
# not run.
set -eu

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${HONGYAN_BENCH_BUILD:-$source_dir/build/bench}

for tool in curl msmtp swaks openssl cmake ninja; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-benchmarks.sh: $tool is missing (apt-get install $tool)" >&2
        exit 2
    fi
done

cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DHONGYAN_BUILD_BENCHMARKS=ON -DHONGYAN_BUILD_TESTS=ON >/dev/null || exit 2
# Only what the benchmarks run.
ninja -C "$build_dir" hongyan-cli smtpsink benchrun qttlsfloor message_stream_bench || exit 2
# The GUI benchmarks (tests/gui/bench) are measured when they build; an old binary is never
# run in place of one that no longer builds.
gui=--skip-gui
if [ -d "$build_dir/tests/gui/bench" ]; then
    if ninja -C "$build_dir" tests/gui/bench/all; then
        gui=
    else
        echo "run-benchmarks.sh: the GUI benchmarks do not build; they are left out" >&2
    fi
fi

# shellcheck disable=SC2086 # $gui is empty or one option
exec /usr/bin/python3 "$source_dir/tests/bench/run_benchmarks.py" --build "$build_dir" \
    --source "$source_dir" $gui "$@"
