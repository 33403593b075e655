#!/usr/bin/env bash
# Every test, after scripts/setup.sh: the core's GoogleTest suite (CTest), the
# same suite under the sanitizers and a short run of each fuzz target, the
# JavaScript tests against the real wasm build (Node's test runner), and the
# browser tests in Chromium. Each runner prints its own summary; the exit code
# is non-zero when any of them failed.
set -uo pipefail
cd "$(dirname "$0")/.."

failed=()
steps=0
step() {  # step NAME COMMAND...
  local name=$1
  shift
  steps=$((steps + 1))
  printf '\n== %s ==\n' "$name"
  "$@" || failed+=("$name")
}

step "core (GoogleTest via CTest)" \
  ctest --test-dir build/native --output-on-failure --parallel 2 --timeout 300
step "core under AddressSanitizer and UndefinedBehaviorSanitizer (build/sanitize)" \
  bash scripts/sanitize.sh test
step "fuzz targets, 60 s each, and their kept regression inputs" \
  bash scripts/fuzz.sh all 60
step "JavaScript (node --test, wasm in Node)" \
  node --test --test-reporter=spec tests/js/ tests/eval/time/
step "claims evaluation (labelled articles; no false contradicted, no regression)" \
  node tests/eval/claims/run.js
step "browser (Chromium via playwright-core)" \
  node --test --test-reporter=spec --test-timeout=120000 tests/browser/

printf '\nsuites: %d passed, %d failed\n' $((steps - ${#failed[@]})) ${#failed[@]}
if ((${#failed[@]})); then
  printf 'failed: %s\n' "${failed[*]}" >&2
  exit 1
fi
