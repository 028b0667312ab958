#!/usr/bin/env bash
# HTTP load benchmark of the platform (issue 2): the signed-in dashboard and the sign-in
# page, 64 connections for 30 s each with wrk, on SQLite and on PostgreSQL; server memory
# after the runs; cold start to /readyz on an existing database.
#
#   bench/http.sh [seconds]        (default 30)
#
# Needs wrk (Debian package `wrk`, installed when missing) and PostgreSQL (started by
# scripts/with-postgres). Prints a Markdown table to paste into bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-30}
CONNS=64
THREADS=2
. bench/lib.sh

run_backend() {
  local name=$1; shift
  local p; p=$(port)
  local url="http://127.0.0.1:$p"
  local dir="$WORK/$name"
  "$BIN" serve --demo --listen "127.0.0.1:$p" --data-dir "$dir" "$@" >"$WORK/$name.log" 2>&1 &
  local pid=$!
  wait_ready "$url"
  local cookie org
  cookie=$(session_cookie "$url")
  org=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Cookie: $cookie" "$url/")
  [ -n "$org" ] || { echo "no dashboard redirect" >&2; exit 1; }
  # Warm up.
  wrk -t1 -c8 -d2s -H "Cookie: $cookie" "$org" >/dev/null
  read -r d_rps d_p50 d_p99 d_err < <(load "$org" "$cookie")
  read -r l_rps l_p50 l_p99 l_err < <(load "$url/login")
  local rss; rss=$(rss_mb "$pid")
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  # Cold start on the now existing database.
  local t0 t1
  p=$(port); url="http://127.0.0.1:$p"
  t0=$(date +%s%N)
  "$BIN" serve --demo --listen "127.0.0.1:$p" --data-dir "$dir" "$@" >>"$WORK/$name.log" 2>&1 &
  pid=$!
  wait_ready "$url"
  t1=$(date +%s%N)
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  local cold=$(( (t1 - t0) / 1000000 ))
  echo "| $name | dashboard (signed in) | $d_rps | $d_p50 | $d_p99 | $d_err |"
  echo "| $name | sign-in page | $l_rps | $l_p50 | $l_p99 | $l_err |"
  echo "| $name | server RSS after both runs: $rss MB; cold start to /readyz: $cold ms | | | | |"
}

table_header "| database | page | requests/s | p50 ms | p99 ms | non-2xx |"
both_backends "$@"
