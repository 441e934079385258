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
binaries="$(dirname "$(readlink -f "$(command -v initdb || echo /usr/lib/postgresql/15/bin/initdb)")")"

# initdb refuses to run as root: the server then runs as the postgres (or nobody) user.
as_server_user() {
  if [[ "$(id -u)" == 0 ]]; then
    local user=postgres
    id postgres >/dev/null 2>&1 || user=nobody
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

stop() {
  if [[ -f "$work/pg/postmaster.pid" ]]; then
    as_server_user "$binaries/pg_ctl" stop -w -m fast -D "$work/pg" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap stop EXIT

# Articles with distinct content in seven languages, so that no document is a copy of another.
articles="$work/articles"
mkdir -p "$articles"
towns=(Zamora Uruapan Celaya Tlaquepaque Navojoa Guasave Tecomán Apatzingán Fresnillo Matamoros)
for ((i = 0; i < count; i++)); do
  town="${towns[i % ${#towns[@]}]}"
  case $((i % 7)) in
    0) text="Ataque número $i en $town\n\nHombres armados atacaron la noche del martes un bar en $town y mataron a $((i % 9 + 1)) personas, informó la fiscalía estatal. La policía busca a los agresores del caso $i." ;;
    1) text="Gunmen kill $((i % 9 + 1)) in attack $i in $town\n\nGunmen opened fire at a market in $town, Mexico, on Tuesday, prosecutors said. Police are looking for witnesses of incident $i." ;;
    2) text="Ataque $i deixa $((i % 9 + 1)) mortos em $town\n\nHomens armados atacaram um bar em $town na noite de terça-feira, informou a polícia. O caso $i está sendo investigado." ;;
    3) text="Schießerei Nummer $i in $town\n\nBewaffnete Männer haben am Dienstag in $town $((i % 9 + 1)) Menschen getötet, teilte die Staatsanwaltschaft mit. Die Polizei sucht Zeugen zum Fall $i." ;;
    4) text="Attaque numéro $i à $town\n\nDes hommes armés ont tué $((i % 9 + 1)) personnes mardi soir dans un bar de $town, a indiqué le parquet. L'enquête $i se poursuit." ;;
    5) text="Aanslag $i in $town\n\nGewapende mannen hebben dinsdag in $town $((i % 9 + 1)) mensen doodgeschoten, meldt het openbaar ministerie. De politie zoekt getuigen van zaak $i." ;;
    6) text="Attacco numero $i a $town\n\nUomini armati hanno ucciso $((i % 9 + 1)) persone martedì sera in un bar di $town, ha riferito la procura. Le indagini sul caso $i continuano." ;;
  esac
  printf '%b\n' "$text" > "$(printf '%s/article-%06d.txt' "$articles" "$i")"
done

# The server, with its default durability (fsync, synchronous commit) as a team would run it.
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
password="bench-$RANDOM$RANDOM"
printf '%s' "$password" > "$work/password"
chmod 644 "$work/password"
as_server_user "$binaries/initdb" -D "$work/pg" -U atalaya --pwfile "$work/password" --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
as_server_user "$binaries/pg_ctl" start -w -D "$work/pg" -l "$work/pg/server.log" -o "-p $port -h 127.0.0.1 -k $work" >/dev/null
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
