#!/usr/bin/env bash
# The whole test suite: system set-up, build (with tests), run the tests.
# Tests start what they need themselves (the PostgreSQL tests start a throw-away cluster through
# PostgresTestServer; set HOCVUSO_TEST_POSTGRES_URL to use an existing server instead).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v swift >/dev/null 2>&1 && [[ -x /opt/swift/usr/bin/swift ]]; then
  export PATH="/opt/swift/usr/bin:$PATH"
fi

started=$(date +%s)
elapsed() { echo "$(( $(date +%s) - started ))s"; }
summary() { printf '\n==> TEST SUMMARY: %s (%s)\n' "$1" "$(elapsed)"; }

bash scripts/setup.sh || { summary "FAIL: scripts/setup.sh failed"; exit 1; }

swift --version

echo "==> swift build --build-tests"
if ! swift build --build-tests; then
  summary "FAIL: build failed"
  exit 1
fi

echo "==> swift test"
log_file=$(mktemp "${TMPDIR:-/tmp}/hocvuso-test-log.XXXXXX")
trap 'rm -f "$log_file"' EXIT
set +e
swift test 2>&1 | tee "$log_file"
status=${PIPESTATUS[0]}
set -e

# What the runners reported (XCTest: "Executed N tests, with M failures"; Swift Testing: "Test run with …").
xctest=$(grep -E 'Executed [0-9]+ tests?, with' "$log_file" | tail -n 1 | sed -E 's/^[[:space:]]*//; s/ in [0-9.]+ .*$//' || true)
testing=$(grep -E 'Test run with [0-9]+ tests?' "$log_file" | tail -n 1 | sed -E 's/^[^T]*Test run with //; s/ after [0-9.]+ seconds//' || true)
counts="XCTest: ${xctest:-no result line}; Swift Testing: ${testing:-no result line}"

if [[ $status -ne 0 ]]; then
  summary "FAIL: swift test exited with status $status — $counts"
  exit "$status"
fi
echo "==> API fuzz: schemathesis against a demo server (scripts/api-fuzz.sh)"
if ! API_FUZZ_EXAMPLES="${API_FUZZ_EXAMPLES:-20}" HOCVUSO_BIN=.build/debug/hocvuso bash scripts/api-fuzz.sh --skip-build; then
  summary "FAIL: scripts/api-fuzz.sh found a 5xx or a schema mismatch — $counts"
  exit 1
fi
summary "PASS — $counts; API fuzz passed"
