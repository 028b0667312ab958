#!/usr/bin/env bash
# Benchmarks of issue 20, on SQLite and on PostgreSQL:
#  1. Import of a generated Greenbone XML report with 10,000 results through
#     `weerbaar findings import` (wall time and peak memory of the whole process, with
#     /usr/bin/time), the same file again, and a later scan (1,000 fixed, 1,000 new).
#  2. The register page with 5,000 findings, filtered (open, high), 64 connections with
#     wrk; server memory (RSS) after the run.
#
#   bench/findings.sh [seconds]        (default 20 for the load run)
#
# Needs wrk (installed when missing) and PostgreSQL (scripts/with-postgres). Prints a
# Markdown table to paste into bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
CONNS=64
THREADS=2
. bench/lib.sh
cargo build --release --locked -p weerbaar-bench --bin gen-greenbone >/dev/null
GEN=$PWD/target/release/gen-greenbone
[ -f "$WORK/scan-10000.xml" ] || "$GEN" 10000 >"$WORK/scan-10000.xml"
"$GEN" 10000 later >"$WORK/scan-10000-later.xml"
"$GEN" 5000 >"$WORK/scan-5000.xml"

# "seconds peak-MB" of one CLI import; the CLI's own summary goes to $WORK/last.
timed_import() {
  local org=$1 eng=$2 file=$3; shift 3
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$BIN" "$@" findings import --org "$org" --engagement "$eng" --format greenbone "$file" >"$WORK/last"
  awk '{printf "%s %.1f\n", $1, $2/1024}' "$WORK/time"
}

run_backend() {
  local name=$1; shift
  local p; p=$(port)
  local url="http://127.0.0.1:$p"
  local db=("--data-dir" "$WORK/$name" "$@")
  "$BIN" serve --demo --listen "127.0.0.1:$p" "${db[@]}" >"$WORK/$name.log" 2>&1 &
  local pid=$!
  wait_ready "$url"
  local anderdorp voorbeeld
  anderdorp=$("$BIN" "${db[@]}" findings engagements --org "Gemeente Anderdorp" | cut -f1 | sed -n 1p)
  voorbeeld=$("$BIN" "${db[@]}" findings engagements --org "Gemeente Voorbeeld" | cut -f1 | sed -n 1p)
  read -r s mb < <(timed_import "Gemeente Anderdorp" "$anderdorp" "$WORK/scan-10000.xml" "${db[@]}")
  echo "| $name | import, 10,000 results ($(du -m "$WORK/scan-10000.xml" | cut -f1) MB XML): $(cat "$WORK/last") | $s s | $mb MB |"
  read -r s mb < <(timed_import "Gemeente Anderdorp" "$anderdorp" "$WORK/scan-10000.xml" "${db[@]}")
  echo "| $name | same file again: $(cat "$WORK/last") | $s s | $mb MB |"
  read -r s mb < <(timed_import "Gemeente Anderdorp" "$anderdorp" "$WORK/scan-10000-later.xml" "${db[@]}")
  echo "| $name | a month later: $(cat "$WORK/last") | $s s | $mb MB |"

  # The register with 5,000 more findings in Voorbeeld.
  timed_import "Gemeente Voorbeeld" "$voorbeeld" "$WORK/scan-5000.xml" "${db[@]}" >/dev/null
  local cookie base
  cookie=$(session_cookie "$url")
  base=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Cookie: $cookie" "$url/")
  local page="$base/findings?status=open&severity=high"
  local status; status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$page")
  [ "$status" = 200 ] || { echo "$page answered $status" >&2; exit 1; }
  curl -s -H "Cookie: $cookie" "$page" | grep -o 'role="status">[^<]*' >&2
  wrk -t1 -c8 -d2s -H "Cookie: $cookie" "$page" >/dev/null
  read -r rps p50 p99 err < <(load "$page" "$cookie")
  echo "| $name | register, 5,025 findings, filtered (open, high), $CONNS connections | $rps req/s, p50 $p50 ms, p99 $p99 ms, non-2xx $err | RSS after: $(rss_mb "$pid") MB |"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

table_header "| database | what | time / throughput | peak memory |"
both_backends "$@"
