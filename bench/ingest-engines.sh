#!/usr/bin/env bash
# Times `atalaya ingest` of the same N invented articles, as whole CLI processes, into a new SQLite
# file and into a new database on a PostgreSQL 15 server this script starts (initdb into a temporary
# folder, a free port on 127.0.0.1, PostgreSQL's default durability), and prints documents/second for
# both. The server and every file are removed at the end.
#
#   bench/ingest-engines.sh [N]            (default N = 2000; needs Debian's postgresql package)
set -euo pipefail
count="${1:-2000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
chmod 777 "$work"
# shellcheck source=bench/postgres-bench.sh
source "$root/bench/postgres-bench.sh"

stop() {
  if [[ -f "$work/pg/postmaster.pid" ]]; then
    as_server_user "$binaries/pg_ctl" stop -w -m fast -D "$work/pg" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap stop EXIT

articles="$work/articles"
write_articles "$articles" "$count" 0

# The server, with its default durability (fsync, synchronous commit) as a team would run it.
start_server
as_server_user "$binaries/createdb" -h "$work" -p "$port" -U atalaya atalaya
uri="postgresql://atalaya:$password@127.0.0.1:$port/atalaya"

"$root/atalaya" --help >/dev/null   # builds the CLI first, outside the timings

measure() {
  local engine="$1" db="$2"
  local start end
  start="$(date +%s.%N)"
  ATALAYA_NO_PROGRESS=1 "$root/atalaya" ingest "$articles" --db "$db" >/dev/null 2>"$work/$engine.log" \
    || { cat "$work/$engine.log" >&2; exit 1; }
  end="$(date +%s.%N)"
  python3 -c "import sys; s = float(sys.argv[2]) - float(sys.argv[1]); print(f'$engine: {$count} documents in {s:.1f} s, {$count / s:.0f} docs/s')" "$start" "$end"
  tail -n 1 "$work/$engine.log" | sed "s/$password/***/g"
}

echo "ingest of $count articles, one process each (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
measure SQLite "$work/bench.db"
measure PostgreSQL "$uri"
