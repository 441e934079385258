#!/usr/bin/env bash
# Serves a small database, fetches the workbench's OpenAPI document and lints it with Redocly's
# recommended rules (pinned in package.json). Exits non-zero on any lint error.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
server=""
cleanup() { [[ -n "$server" ]] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

(cd "$here" && npm ci --no-audit --no-fund --silent)

printf 'La policía detuvo a dos hombres en San Telmo por el robo de un camión.\n' > "$work/nota.txt"
"$repo/atalaya" ingest --db "$work/lint.db" "$work/nota.txt" >/dev/null

# Port 0: the server picks a free port and prints it.
"$repo/atalaya" serve --db "$work/lint.db" --urls http://127.0.0.1:0 > "$work/serve.log" 2>&1 &
server=$!
url=""
for _ in $(seq 120); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.log" | head -1 || true)"
  [[ -n "$url" ]] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 1
done
[[ -n "$url" ]] || { echo "openapi-lint: the server did not start" >&2; exit 1; }
curl -sSf "$url/openapi" -o "$work/openapi.json"

cd "$here" && npx --no-install redocly lint --config redocly.yaml "$work/openapi.json"
