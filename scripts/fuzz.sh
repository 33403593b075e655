#!/usr/bin/env bash
# Runs one fuzz target (fuzz/) for a while, from the sanitizer build:
#
#   npm run fuzz -- TARGET SECONDS     TARGET: check, dates, snapshot, compile
#   npm run fuzz -- all SECONDS        each target in turn (CI: 60 s each)
#
# First every kept regression input (fuzz/regressions/TARGET/) must pass;
# then libFuzzer starts from the seed corpus (written from the tests' inputs)
# and the corpus of earlier runs (build/sanitize/fuzz/corpus/TARGET/). A
# finding is written to build/sanitize/fuzz/findings/TARGET/ and fails the
# run: fix it, then keep the input in fuzz/regressions/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(check dates snapshot compile)
target=${1:-}
seconds=${2:-60}
if [[ $target == all ]]; then
  for t in "${targets[@]}"; do bash "$0" "$t" "$seconds"; done
  exit 0
fi
if [[ ! " ${targets[*]} " == *" $target "* ]] || [[ ! $seconds =~ ^[0-9]+$ ]]; then
  echo "usage: npm run fuzz -- TARGET SECONDS  (TARGET: ${targets[*]} or all)" >&2
  exit 2
fi

bash scripts/sanitize.sh build
out=build/sanitize/fuzz
build/sanitize/fuzz/factmark_fuzz_seeds "$out/seeds" >/dev/null
mkdir -p "$out/corpus/$target" "$out/findings/$target"
binary=build/sanitize/fuzz/fuzz_$target
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

kept=(fuzz/regressions/"$target"/*)
if [[ -e ${kept[0]} ]]; then
  echo "fuzz $target: ${#kept[@]} kept regression inputs"
  "$binary" "${kept[@]}" >"$out/findings/$target/regressions.log" 2>&1 || {
    cat "$out/findings/$target/regressions.log" >&2
    echo "fuzz $target: a kept regression input fails again" >&2
    exit 1
  }
fi

echo "fuzz $target: ${seconds} s"
# -rss_limit_mb: a 5 MB text may use a few hundred MB under ASan, not more.
if ! "$binary" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$out/findings/$target/" \
    "$out/corpus/$target" "$out/seeds/$target" >"$out/findings/$target/run.log" 2>&1; then
  tail -n 60 "$out/findings/$target/run.log" >&2
  echo "fuzz $target: a finding, kept in $out/findings/$target/; fix it and keep the input in fuzz/regressions/$target/" >&2
  exit 1
fi
grep -aE '^stat::number_of_executed_units|^stat::new_units_added|^stat::peak_rss_mb' \
  "$out/findings/$target/run.log" | sed "s/^/fuzz $target: /"
