#!/usr/bin/env bash
# Builds hocvuso in release mode and serves the demo data on http://127.0.0.1:${PORT:-8080}.
# Extra arguments go to `hocvuso serve` (e.g. --demo-password PW).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v swift >/dev/null 2>&1 && [[ -x /opt/swift/usr/bin/swift ]]; then
  export PATH="/opt/swift/usr/bin:$PATH"
fi

bash scripts/setup.sh
echo "==> swift build -c release"
swift build -c release
exec .build/release/hocvuso serve --demo --data "${HOCVUSO_DATA:-./hocvuso-data}" --host 127.0.0.1 --port "${PORT:-8080}" "$@"
