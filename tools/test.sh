#!/usr/bin/env bash
# Runs every suite and ends with one line a person (and CI) can read: "N passed, N failed".
#   1. the core's doctest suites, native, through ctest (with the hostile-input corpus)
#   2. the same suites under AddressSanitizer + UBSan, through ctest
#   3. the same suites built with Emscripten, under node, through ctest
#   4. the wasm module's JS API and the CLI under node (node --test tests/node), the hostile
#      corpus among them
#   5. the app in Debian's Chromium, driven by playwright-core (node --test tests/browser)
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/tools/env.sh"
cd "$ROOT"
passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

count_ctest() {  # "100% tests passed, 0 tests failed out of 8"
  local line total bad
  line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -1)
  if [ -z "$line" ]; then failed=$((failed + 1)); return; fi
  total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")
  bad=$(sed -E 's/.*passed, ([0-9]+) tests? failed.*/\1/' <<<"$line")
  passed=$((passed + total - bad)); failed=$((failed + bad))
}

count_node() {  # node --test's TAP summary: "# pass N" / "# fail N"
  local p f
  p=$(grep -E '^# pass [0-9]+' "$log" | tail -1 | awk '{print $3}')
  f=$(grep -E '^# fail [0-9]+' "$log" | tail -1 | awk '{print $3}')
  if [ -z "$p" ]; then failed=$((failed + 1)); return; fi
  passed=$((passed + p)); failed=$((failed + ${f:-0}))
}

echo "== core, native (doctest via ctest)"
ctest --preset native 2>&1 | tee "$log"; count_ctest
echo "== core, native under ASan + UBSan (doctest via ctest)"
ctest --preset native-asan 2>&1 | tee "$log"; count_ctest
echo "== core, wasm (doctest under node via ctest)"
ctest --preset wasm 2>&1 | tee "$log"; count_ctest
echo "== wasm API and CLI (node --test)"
node --test --test-reporter=tap tests/node/ 2>&1 | tee "$log" | grep -E '^(not ok|ok|# )' ; count_node
echo "== app in Chromium (node --test)"
node --test --test-reporter=tap --test-concurrency=1 tests/browser/ 2>&1 | tee "$log" | grep -E '^(not ok|ok|# )'; count_node

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
