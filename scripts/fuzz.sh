#!/usr/bin/env bash
# Fuzzes with libFuzzer (clang from Debian) under AddressSanitizer and UndefinedBehaviorSanitizer,
# one target after the other:
#   fuzz_profilereader    any bytes as a profile: reader, footprint, writer
#   fuzz_profiledocument  any bytes opened as the window opens a file, saved, reopened
#   fuzz_factorsnapshot   any JSON value as a profile's factor_snapshot
#   fuzz_recovery         any bytes as a recovery file found at start
#   fuzz_truetypefont     the label font's tables damaged by the input, read and subset
# Usage: scripts/fuzz.sh [--build-only | --no-build] [SECONDS] [TARGET...]
#   SECONDS per target (default 600); all targets unless some are named.
# Each target's corpus grows in build-fuzz/corpus/TARGET/ (seeded from resources/examples and
# tests/fuzz/seeds), crashes land in build-fuzz/crashes/TARGET/, the log in
# build-fuzz/TARGET.log. Exits non-zero when any target found a crash.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
run=1
case "${1:-}" in
  --build-only) run=0; shift ;;
  --no-build) build=0; shift ;;
esac
seconds=${1:-600}
[ $# -gt 0 ] && shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_profilereader fuzz_profiledocument fuzz_factorsnapshot fuzz_recovery
           fuzz_truetypefont)
fi

if [ "$build" = 1 ]; then
  ./scripts/install-deps.sh --test
  sanitizers="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
  cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_CXX_FLAGS="$sanitizers -fsanitize=fuzzer-no-link" \
        -DCMAKE_EXE_LINKER_FLAGS="$sanitizers" \
        -DCARBONLABEL_FUZZ=ON -DCARBONLABEL_BUILD_TESTS=OFF >/dev/null
  cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]}"
fi
[ "$run" = 1 ] || exit 0

export QT_QPA_PLATFORM=offscreen
status=0
for target in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$target
  crashes=build-fuzz/crashes/$target
  mkdir -p "$corpus" "$crashes"
  case $target in
    fuzz_factorsnapshot) cp -n tests/fuzz/seeds/factorsnapshot/* "$corpus"/ || true ;;
    fuzz_recovery) cp -n tests/fuzz/seeds/recovery/* "$corpus"/ || true ;;
    fuzz_truetypefont) ;; # starts from nothing: every input damages the real font
    *) cp -n resources/examples/*.clprofile.json tests/fuzz/seeds/*.json "$corpus"/ || true ;;
  esac
  echo "== $target: ${seconds}s"
  dict=(-dict=tests/fuzz/profile.dict)
  [ "$target" = fuzz_truetypefont ] && dict=() # binary input: JSON words do not help
  if ! "build-fuzz/bin/$target" "$corpus" \
      "${dict[@]}" -max_total_time="$seconds" -max_len=16384 \
      -artifact_prefix="$crashes/" -print_final_stats=1 >"build-fuzz/$target.log" 2>&1; then
    echo "$target: found a problem, see build-fuzz/$target.log and $crashes/"
    status=1
  fi
  # The last status line and the final figures.
  grep -E '^#[0-9]+.*(pulse|DONE)' "build-fuzz/$target.log" | tail -1 || true
  grep -E '^stat::' "build-fuzz/$target.log" || true
  echo "corpus: $(find "$corpus" -type f | wc -l) files"
done
exit $status
