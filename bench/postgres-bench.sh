# Shared by the PostgreSQL benches (sourced, not run): the server user, invented articles, and a
# throw-away server on a free port of 127.0.0.1 with PostgreSQL's default durability. Needs $work.

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

# write_articles FOLDER N OFFSET: invented articles with distinct content in seven languages, so that
# no document is a copy of another.
write_articles() {
  local folder="$1" n="$2" offset="$3"
  mkdir -p "$folder"
  local towns=(Zamora Uruapan Sahuayo Zitácuaro Navojoa Guasave Tecomán Huetamo Fresnillo Jiquilpan)
  for ((k = 0; k < n; k++)); do
    local i=$((k + offset)) town="${towns[$(((k + offset) % 10))]}" text
    case $((i % 7)) in
      0) text="Ataque número $i en $town\n\nHombres armados atacaron la noche del martes un bar en $town y mataron a $((i % 9 + 1)) personas, informó la fiscalía estatal. La policía busca a los agresores del caso $i." ;;
      1) text="Gunmen kill $((i % 9 + 1)) in attack $i in $town\n\nGunmen opened fire at a market in $town, Mexico, on Tuesday, prosecutors said. Police are looking for witnesses of incident $i." ;;
      2) text="Ataque $i deixa $((i % 9 + 1)) mortos em $town\n\nHomens armados atacaram um bar em $town na noite de terça-feira, informou a polícia. O caso $i está sendo investigado." ;;
      3) text="Schießerei Nummer $i in $town\n\nBewaffnete Männer haben am Dienstag in $town $((i % 9 + 1)) Menschen getötet, teilte die Staatsanwaltschaft mit. Die Polizei sucht Zeugen zum Fall $i." ;;
      4) text="Attaque numéro $i à $town\n\nDes hommes armés ont tué $((i % 9 + 1)) personnes mardi soir dans un bar de $town, a indiqué le parquet. L'enquête $i se poursuit." ;;
      5) text="Aanslag $i in $town\n\nGewapende mannen hebben dinsdag in $town $((i % 9 + 1)) mensen doodgeschoten, meldt het openbaar ministerie. De politie zoekt getuigen van zaak $i." ;;
      6) text="Attacco numero $i a $town\n\nUomini armati hanno ucciso $((i % 9 + 1)) persone martedì sera in un bar di $town, ha riferito la procura. Le indagini sul caso $i continuano." ;;
    esac
    printf '%b\n' "$text" > "$(printf '%s/article-%06d.txt' "$folder" "$i")"
  done
}

# start_server [SERVER OPTIONS...]: initdb into $work/pg and start it; sets port and password.
start_server() {
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  password="bench-$RANDOM$RANDOM"
  printf '%s' "$password" > "$work/password"
  chmod 644 "$work/password"
  as_server_user "$binaries/initdb" -D "$work/pg" -U atalaya --pwfile "$work/password" --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  as_server_user "$binaries/pg_ctl" start -w -D "$work/pg" -l "$work/pg/server.log" -o "-p $port -h 127.0.0.1 -k $work $*" >/dev/null
}
