#!/usr/bin/env bash
# Crash safety: writes under load, SIGKILL of the server several times, restart, retry, then check that every
# acknowledged write is stored exactly once and the rollups verify; last, SIGTERM must drain an in-flight request.
#
#   scripts/crash-test.sh [sqlite|postgres]
#
# Environment: CRASH_KILLS (default 4), CRASH_SECONDS of load (30), CRASH_WRITERS (8),
# HOCVUSO_BIN (default .build/debug/hocvuso, else .build/release/hocvuso).
# PostgreSQL: a throw-away cluster (initdb, as user postgres when run as root) on a free port, stopped at the end.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
engine=${1:-sqlite}
bin=${HOCVUSO_BIN:-}
if [[ -z $bin ]]; then
  for candidate in .build/debug/hocvuso .build/release/hocvuso; do
    [[ -x $candidate ]] && { bin=$PWD/$candidate; break; }
  done
fi
[[ -x ${bin:-} ]] || { echo "no hocvuso binary: run swift build (or set HOCVUSO_BIN)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/hocvuso-crash-XXXXXX")
pg_ctl=""
cleanup() {
  if [[ -n $pg_ctl ]]; then as_pg "$pg_ctl" -D "$work/pg" -m immediate -w stop >/dev/null 2>&1 || true; fi
  if [[ ${CRASH_KEEP:-0} != 1 ]]; then rm -rf "$work"; else echo "kept $work"; fi
}
trap cleanup EXIT
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case $engine in
  sqlite)
    export CRASH_STORE_ARGS="--data $work/data"
    export CRASH_QUERY=$(printf 'sqlite3\x1f%s' "$work/data/hocvuso.sqlite")
    ;;
  postgres)
    pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [[ -x $pgbin/initdb ]] || { echo "PostgreSQL server binaries not found: run scripts/setup.sh" >&2; exit 2; }
    pg_ctl=$pgbin/pg_ctl
    [[ $(id -u) == 0 ]] && chown postgres "$work"
    as_pg "$pgbin/initdb" -D "$work/pg" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    [[ $port == 5499 ]] && port=$((port + 1))
    as_pg "$pg_ctl" -D "$work/pg" -l "$work/pg.log" -w \
      -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work" start >/dev/null
    "$pgbin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "CREATE DATABASE hocvuso"
    export CRASH_STORE_ARGS="--database postgres://postgres@127.0.0.1:$port/hocvuso"
    export CRASH_QUERY=$(printf '%s\x1f-X\x1f-q\x1f-A\x1f-t\x1f-h\x1f127.0.0.1\x1f-p\x1f%s\x1f-U\x1fpostgres\x1f-d\x1fhocvuso\x1f-c' "$pgbin/psql" "$port")
    ;;
  *) echo "usage: $0 [sqlite|postgres]" >&2; exit 2 ;;
esac

export CRASH_BINARY=$bin CRASH_ENGINE=$engine CRASH_WORK=$work
python3 scripts/crash_test.py
