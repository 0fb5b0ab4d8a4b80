#!/usr/bin/env bash
# Configures and builds CarbonLabel into build/ (binaries in build/bin). Used by run.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" \
      -DCARBONLABEL_WERROR="${CARBONLABEL_WERROR:-ON}" >/dev/null
cmake --build build -j"$jobs"
