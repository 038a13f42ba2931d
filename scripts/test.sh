#!/usr/bin/env bash
# Runs weekboard's test layers and ends with one summary.
#
#   scripts/test.sh all       native, browser and end-to-end, in that order
#   scripts/test.sh native    cargo test: the core and the widget's pure logic
#   scripts/test.sh browser   wasm-bindgen-test components in headless Chromium
#   scripts/test.sh e2e       Playwright driving the release build, served locally
#
# Every layer runs even when an earlier one fails; the exit code is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_TOOLS_WASM_BINDGEN="${TRUNK_TOOLS_WASM_BINDGEN:-$(scripts/lockfile-version.sh wasm-bindgen)}"
export TRUNK_TOOLS_WASM_OPT="${TRUNK_TOOLS_WASM_OPT:-version_132}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"

logs=$(mktemp -d)
declare -a rows=()
total_passed=0
total_failed=0
status=0

# Adds up cargo's "test result: ... N passed; M failed" lines in a log.
count_cargo() {
  awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
       END { printf "%d %d\n", p, f }' "$1"
}

# Reads node's test runner closing lines ("# pass N", "# fail N").
count_node() {
  awk '/^# pass / { p = $3 } /^# fail / { f = $3 } END { printf "%d %d\n", p, f }' "$1"
}

run_layer() {
  local name=$1 label=$2 counter=$3
  shift 3
  printf '\n==> %s: %s\n' "$name" "$label"
  local log="$logs/$name.log"
  "$@" 2>&1 | tee "$log"
  local code=${PIPESTATUS[0]}
  read -r passed failed < <("$counter" "$log")
  if [ "$code" -ne 0 ] && [ "$failed" -eq 0 ]; then
    failed=1 # the runner failed before counting (a build error, say)
  fi
  if [ "$code" -ne 0 ]; then status=1; fi
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  rows+=("$(printf '%-8s %-38s %4d passed, %d failed%s' "$name" "$label" "$passed" "$failed" \
    "$([ "$code" -ne 0 ] && echo '   <- FAILED')")")
}

native() {
  run_layer native "cargo test (core + widget logic)" count_cargo \
    cargo test --workspace --color never
}

browser() {
  run_layer browser "wasm-bindgen-test, headless Chromium" count_cargo \
    cargo test --target wasm32-unknown-unknown --test browser --color never
}

e2e() {
  run_layer e2e "Playwright, release build" count_node \
    bash -c '. scripts/release-env.sh && trunk build --offline --release && node --test --test-concurrency=1 tests/e2e/'
}

case "${1:-all}" in
  native) native ;;
  browser) browser ;;
  e2e) e2e ;;
  all) native; browser; e2e ;;
  *) echo "usage: $0 [all|native|browser|e2e]" >&2; exit 2 ;;
esac

printf '\n==> weekboard test summary\n'
printf '%s\n' "${rows[@]}"
printf 'total: %d passed, %d failed\n' "$total_passed" "$total_failed"
rm -rf "$logs"
exit "$status"
