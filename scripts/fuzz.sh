#!/usr/bin/env bash
# Fuzzes the profile reader with libFuzzer (clang from Debian) under AddressSanitizer and
# UndefinedBehaviorSanitizer. Usage: scripts/fuzz.sh [SECONDS] (default 600).
# Crashes land in build-fuzz/crashes/; the corpus grows in build-fuzz/corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
./scripts/install-deps.sh --test
sanitizers="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
      -DCMAKE_CXX_FLAGS="$sanitizers -fsanitize=fuzzer-no-link" \
      -DCMAKE_EXE_LINKER_FLAGS="$sanitizers" \
      -DCARBONLABEL_FUZZ=ON -DCARBONLABEL_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_profilereader
mkdir -p build-fuzz/corpus build-fuzz/crashes
cp -n resources/examples/*.clprofile.json build-fuzz/corpus/ 2>/dev/null || true
cp -n tests/fuzz/seeds/* build-fuzz/corpus/ 2>/dev/null || true
export QT_QPA_PLATFORM=offscreen
build-fuzz/bin/fuzz_profilereader build-fuzz/corpus \
    -dict=tests/fuzz/profile.dict -max_total_time="$seconds" -max_len=16384 \
    -artifact_prefix=build-fuzz/crashes/ -print_final_stats=1
