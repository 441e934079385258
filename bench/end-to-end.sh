#!/usr/bin/env bash
# Times the real path as whole processes: `atalaya extract --json` to a file and `atalaya ingest`
# into a new SQLite file, over a corpus of N documents re-mixed from the articles of a folder
# (paragraph order shuffled, numbers varied, so that most documents are new text of a known kind).
# Prints documents/second, MB/second, peak memory (from /usr/bin/time -v) and where extract's time
# goes (extract --timings), with the load average beside each figure. Everything is removed at the end.
#
#   bench/end-to-end.sh [N] [FOLDER] [RUNS]
#     N       documents to build (default 2000)
#     FOLDER  articles to re-mix (.txt .md .html; default: the bundled samples/articles)
#     RUNS    runs of each command (default 1)
#   ATALAYA=/path/to/atalaya.dll bench/end-to-end.sh ...   times another build (default: ./atalaya)
#   FORMAT=jsonl bench/end-to-end.sh ...                   times extract --format jsonl instead of --json
#   EXTRACT_FLAGS=--json ATALAYA=old/atalaya.dll ...       a build from before --format and --timings
set -euo pipefail
count="${1:-2000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
folder="${2:-$root/samples/articles}"
runs="${3:-1}"
format="${FORMAT:-json}"
read -r -a flags <<<"${EXTRACT_FLAGS:---format $format --timings}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ -n "${ATALAYA:-}" ]]; then
  atalaya=(dotnet "$ATALAYA")
else
  "$root/atalaya" --help >/dev/null # build once, outside the timings
  atalaya=(dotnet "$root/.artifacts/cli/atalaya.dll")
fi

# Re-mix: document i takes source article i mod k; the first paragraph (the headline) stays first,
# the others are shuffled with seed i, and every number of one to three digits is raised by i mod 9.
corpus="$work/corpus"
mkdir -p "$corpus"
perl -e '
  use strict; use warnings;
  my ($count, $out, @sources) = @ARGV;
  die "no .txt, .md or .html article in the folder\n" unless @sources;
  my @texts = map { local $/; open(my $f, "<:raw", $_) or die "$_: $!\n"; my $t = <$f>; [$_, $t] } @sources;
  for my $i (0 .. $count - 1) {
    my ($path, $text) = @{ $texts[$i % @texts] };
    my ($ext) = $path =~ /(\.[^.\/]+)$/;
    my $shift = $i % 9;
    srand($i + 1);
    my @paragraphs = split /\n\s*\n/, $text;
    my $head = shift @paragraphs;
    for (my $j = $#paragraphs; $j > 0; $j--) { my $k = int(rand($j + 1)); @paragraphs[$j, $k] = @paragraphs[$k, $j]; }
    my $mixed = join("\n\n", grep { defined } $head, @paragraphs) . "\n";
    $mixed =~ s/(?<![\d.,:\/-])(\d{1,3})(?![\d.,:\/-]?\d)/$1 + $shift/ge;
    my $name = sprintf("%s/doc-%06d%s", $out, $i, $ext);
    open(my $w, ">:raw", $name) or die "$name: $!\n"; print $w $mixed; close $w;
  }' "$count" "$corpus" $(find "$folder" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | sort)
bytes="$(du -sb "$corpus" | cut -f1)"
printf 'corpus: %d documents re-mixed from %d articles, %.1f MB\n' "$count" \
  "$(find "$folder" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | wc -l)" "$(echo "$bytes / 1048576" | bc -l)"

# One timed process: wall seconds, peak resident MB, the load average when it started.
timed() {
  local label="$1"
  shift
  local load
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -v -o "$work/time" "$@" >"$work/stdout" 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
  local wall peak
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time")"
  peak="$(awk -F': ' '/Maximum resident set size/ { print $2 / 1024 }' "$work/time")"
  printf '%-22s %8.2f s %9.1f docs/s %7.2f MB/s %7.0f MB peak   load %s\n' "$label" "$wall" \
    "$(echo "$count / $wall" | bc -l)" "$(echo "$bytes / 1048576 / $wall" | bc -l)" "$peak" "$load"
  grep -h 'timings:' "$work/stderr" | sed 's/^atalaya: extract: /    /' || true
}

for ((run = 1; run <= runs; run++)); do
  timed "extract ${flags[*]}" "${atalaya[@]}" extract "${flags[@]}" --out "$work/corpus.$format" "$corpus"
  rm -f "$work/corpus.$format" "$work/ingest.db"*
  timed "ingest (new SQLite)" "${atalaya[@]}" ingest --db "$work/ingest.db" "$corpus"
  rm -f "$work/ingest.db"*
done

one="$(find "$corpus" -type f | sort | sed -n 1p)"
for ((run = 1; run <= runs; run++)); do
  count=1 bytes="$(stat -c %s "$one")" timed "extract of one article" "${atalaya[@]}" extract "${flags[@]}" --out "$work/one.$format" "$one"
done
