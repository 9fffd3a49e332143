#!/usr/bin/env bash
# Builds Hongyan and starts the desktop app (installs missing packages first).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
exec build/release/app/gui/hongyan "$@"
