#!/usr/bin/env bash
# The README's second command: installs what is missing, builds (warnings are errors) and runs
# every test with CTest, offscreen. Benchmarks run once each as smoke tests; scripts/bench.sh
# runs them for real.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --test
./scripts/build.sh
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc 2>/dev/null || echo 2)
ctest --test-dir build --output-on-failure -j"$jobs" --timeout 600 "$@"
