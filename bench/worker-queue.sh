#!/usr/bin/env bash
# The PostgreSQL work queue measured with real processes on a PostgreSQL 15 server this script starts
# (initdb into a temporary folder, a free port on 127.0.0.1, PostgreSQL's default durability):
#   1. documents/second with 1, 2 and 4 workers (`--threads 1` each) and batches of 1, 50 and 500:
#      N invented articles submitted, then the workers started together with --until-idle; the rate
#      is N over the time from the first worker's registration (its models loaded) to the last
#      document done, read from the queue's own timestamps;
#   2. submit-to-visible latency: 2 workers waiting, articles submitted one `atalaya submit` at a
#      time; p50/p99 of (done - submitted), done being the commit that makes the document readable;
#   3. kill-to-recovered: 2 workers (lease 5 s, batch 50), one killed with SIGKILL while it holds a
#      batch; the time from the kill to that batch claimed again and to its last document done.
# Everything runs under `nice -n 15` (the machine is shared). The server and files are removed at the end.
#
#   bench/worker-queue.sh [N] [LATENCY_DOCS] [KILL_TRIALS]   (defaults 1000, 60, 3)
set -euo pipefail
count="${1:-1000}"
latency_docs="${2:-60}"
kill_trials="${3:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
chmod 777 "$work"
# shellcheck source=bench/postgres-bench.sh
source "$root/bench/postgres-bench.sh"
atalaya() { ATALAYA_NO_PROGRESS=1 nice -n 15 "$root/atalaya" "$@"; }

# The workers' own process ids (the shell's $! is the wrapper's): read from the queue's worker table.
worker_pids() { sql "SELECT string_agg(pid::text, ' ') FROM work_queue_workers" 2>/dev/null || true; }
stop_workers() {
  local pid
  for pid in $(worker_pids); do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
stop() {
  for pid in $(worker_pids); do kill -9 "$pid" 2>/dev/null || true; done
  if [[ -f "$work/pg/postmaster.pid" ]]; then
    as_server_user "$binaries/pg_ctl" stop -w -m fast -D "$work/pg" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap stop EXIT

write_articles "$work/articles" "$count" 0

start_server -c max_connections=100

database=0
new_database() {  # sets database and uri (not in a subshell: they are read afterwards)
  database=$((database + 1))
  as_server_user "$binaries/createdb" -h "$work" -p "$port" -U atalaya "bench$database"
  uri="postgresql://atalaya:$password@127.0.0.1:$port/bench$database"
}
sql() { "$binaries/psql" -h "$work" -p "$port" -U atalaya -d "bench$database" -Atqc "$1"; }
wait_for() {  # wait_for SQL_CONDITION SECONDS
  local limit=$(($(date +%s) + $2))
  until [[ "$(sql "SELECT ($1)::int")" == 1 ]]; do
    (($(date +%s) < limit)) || { echo "timed out waiting for: $1" >&2; exit 1; }
    sleep 0.1
  done
}

atalaya --help >/dev/null   # builds the CLI first, outside the timings
echo "machine: $(nproc) cores, shared with other engineers' builds; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "1. throughput: $count documents, workers with --threads 1, consolidation after each batch"
echo "workers batch docs/s  seconds  (load average)"
for workers in 1 2 4; do
  for batch in 1 50 500; do
    new_database
    atalaya submit "$work/articles" --db "$uri" 2>/dev/null
    started=()
    for ((w = 0; w < workers; w++)); do
      atalaya worker --db "$uri" --until-idle --threads 1 --batch "$batch" 2>"$work/worker-$w.log" &
      started+=($!)
    done
    for pid in "${started[@]}"; do wait "$pid" || { cat "$work"/worker-*.log >&2; exit 1; }; done
    [[ "$(sql "SELECT COUNT(*) FROM work_queue WHERE state = 'done'")" == "$count" ]] || { echo "not every document done" >&2; exit 1; }
    seconds="$(sql "SELECT EXTRACT(EPOCH FROM (SELECT MAX(finished) FROM work_queue) - (SELECT MIN(started) FROM work_queue_workers))")"
    python3 -c "import sys; s = float(sys.argv[1]); print(f'{$workers:7d} {$batch:5d} {$count / s:6.1f} {s:8.1f}  ($(cut -d' ' -f1-3 /proc/loadavg))')" "$seconds"
    grep -h "atalaya: worker" "$work"/worker-*.log | sed 's/^/        /'
    rm -f "$work"/worker-*.log
  done
done

echo
echo "1b. the same without consolidation (--no-consolidate: analysis and store only), batch 50 and 500"
echo "workers batch docs/s  seconds  (load average)"
for workers in 1 2; do
  for batch in 50 500; do
    new_database
    atalaya submit "$work/articles" --db "$uri" 2>/dev/null
    for ((w = 0; w < workers; w++)); do
      atalaya worker --db "$uri" --until-idle --threads 1 --batch "$batch" --no-consolidate 2>"$work/worker-$w.log" &
    done
    wait
    [[ "$(sql "SELECT COUNT(*) FROM work_queue WHERE state = 'done'")" == "$count" ]] || { cat "$work"/worker-*.log >&2; exit 1; }
    seconds="$(sql "SELECT EXTRACT(EPOCH FROM (SELECT MAX(finished) FROM work_queue) - (SELECT MIN(started) FROM work_queue_workers))")"
    python3 -c "import sys; s = float(sys.argv[1]); print(f'{$workers:7d} {$batch:5d} {$count / s:6.1f} {s:8.1f}  ($(cut -d' ' -f1-3 /proc/loadavg))')" "$seconds"
    grep -h "atalaya: worker" "$work"/worker-*.log | sed 's/^/        /'
  done
done

echo
echo "2. submit-to-visible latency: 2 waiting workers (batch 50), $latency_docs articles submitted one at a time"
new_database
write_articles "$work/stream" "$latency_docs" "$count"
atalaya submit "$work/stream/article-$(printf '%06d' "$count").txt" --db "$uri" 2>/dev/null   # creates the schema
for w in 0 1; do
  atalaya worker --db "$uri" --threads 1 --batch 50 2>"$work/latency-$w.log" &
done
wait_for "(SELECT COUNT(*) FROM work_queue_workers) = 2 AND (SELECT COUNT(*) FROM work_queue WHERE state = 'done') = 1" 300
for file in "$work"/stream/*.txt; do
  atalaya submit "$file" --db "$uri" 2>/dev/null
done
wait_for "(SELECT COUNT(*) FROM work_queue WHERE state = 'done') = $latency_docs" 600
sql "SELECT 'p50 ' || round((percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM finished - submitted)))::numeric, 3) || ' s, p99 ' || round((percentile_cont(0.99) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM finished - submitted)))::numeric, 3) || ' s, max ' || round(MAX(EXTRACT(EPOCH FROM finished - submitted))::numeric, 3) || ' s over ' || COUNT(*) || ' documents' FROM work_queue WHERE id > 1"
stop_workers

echo
echo "3. kill-to-recovered: 2 workers (--lease 5s, batch 50), one killed (SIGKILL) holding a batch"
for ((trial = 1; trial <= kill_trials; trial++)); do
  new_database
  atalaya submit "$work/articles" --db "$uri" 2>/dev/null
  atalaya worker --db "$uri" --threads 1 --batch 50 --lease 5s 2>"$work/doomed.log" &
  wait_for "EXISTS (SELECT 1 FROM work_queue_workers)" 300
  doomed="$(sql "SELECT pid FROM work_queue_workers")"
  name="$(sql "SELECT name FROM work_queue_workers")"
  atalaya worker --db "$uri" --threads 1 --batch 50 --lease 5s 2>"$work/survivor.log" &
  wait_for "(SELECT COUNT(*) FROM work_queue_workers) = 2" 300
  # Killed in the middle of a batch, the survivor working beside it.
  wait_for "EXISTS (SELECT 1 FROM work_queue WHERE state = 'done' AND worker = '$name') AND EXISTS (SELECT 1 FROM work_queue WHERE state = 'running' AND worker = '$name')" 300
  held="$(sql "SELECT string_agg(id::text, ',') FROM work_queue WHERE state = 'running' AND worker = '$name'")"
  kill -9 "$doomed"
  killed="$(sql "SELECT EXTRACT(EPOCH FROM clock_timestamp())")"
  [[ -n "$held" ]] || { echo "the killed worker held no batch" >&2; exit 1; }
  wait_for "(SELECT COUNT(*) FROM work_queue WHERE id IN ($held) AND state = 'done') = (SELECT COUNT(*) FROM work_queue WHERE id IN ($held))" 600
  sql "SELECT 'trial $trial: batch of ' || COUNT(*) || ' claimed again after ' || round((EXTRACT(EPOCH FROM MIN(claimed)) - $killed)::numeric, 2) || ' s, done after ' || round((EXTRACT(EPOCH FROM MAX(finished)) - $killed)::numeric, 2) || ' s (lease 5 s)' FROM work_queue WHERE id IN ($held)"
  stop_workers
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
