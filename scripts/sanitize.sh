#!/usr/bin/env bash
# The sanitizer build, build/sanitize: the core, its GoogleTest suite and the
# fuzz targets (fuzz/), compiled by clang with AddressSanitizer and
# UndefinedBehaviorSanitizer (any finding aborts: no recovery, no
# suppressions), assertions on, and libFuzzer's coverage hooks.
#
#   bash scripts/sanitize.sh build   configure if needed, then build
#   bash scripts/sanitize.sh test    build, then run the GoogleTest suite
set -euo pipefail
cd "$(dirname "$0")/.."

dir=build/sanitize
flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
flags+=" -fsanitize=fuzzer-no-link -O1 -g"
flags+=" -D_GLIBCXX_SANITIZE_VECTOR -D_GLIBCXX_ASSERTIONS"  # vector overflows inside capacity, bounds checks
if [[ ! -f $dir/CMakeCache.txt ]]; then
  echo "sanitize: configuring $dir"
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DFACTMARK_FUZZ=ON -DFACTMARK_WERROR=OFF \
    -DFACTMARK_WEB_DIST="$PWD/$dir/dist" >/dev/null
fi
source scripts/quiet-build.sh
quiet_build sanitize "$dir" --target factmark_tests factmark_fuzz_seeds \
  fuzz_check fuzz_dates fuzz_snapshot fuzz_compile

if [[ ${1:-build} == test ]]; then
  # detect_leaks: LeakSanitizer too; halt_on_error: the first finding fails.
  export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  ctest --test-dir "$dir" --output-on-failure --parallel 2 --timeout 600
fi
