#!/usr/bin/env bash
# Runs every benchmark in tests/benchmarks for real (QBENCHMARK, median of several runs).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh >/dev/null
export QT_QPA_PLATFORM=offscreen
for b in build/benchmarks/bench_*; do
  echo "== $(basename "$b")"
  "$b" -median 5 "$@" | grep -E 'RESULT|PASS|FAIL|msecs|nsecs|usecs' || true
done
