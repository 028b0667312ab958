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
command -v wrk >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
cargo build --release --locked -p weerbaar-cli >/dev/null
BIN=$PWD/target/release/weerbaar
WORK=$(mktemp -d /tmp/weerbaar-bench.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_ready() {
  for _ in $(seq 1 400); do
    curl -sf "$1/readyz" >/dev/null 2>&1 && return 0
    sleep 0.025
  done
  echo "server did not start" >&2; return 1
}

# Signs in and prints the session cookie.
session_cookie() {
  local url=$1 jar="$WORK/jar" tok
  rm -f "$jar"
  tok=$(curl -s -c "$jar" -b "$jar" "$url/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -X POST "$url/login" \
    --data-urlencode "_csrf=$tok" --data-urlencode "email=admin@voorbeeld.test" --data-urlencode "password=weerbaar-demo"
  awk '$6=="wb_session"{print "wb_session="$7}' "$jar"
}

# wrk run; prints "requests/s p50 p99" (latencies in ms).
load() {
  local url=$1 cookie=${2:-}
  local args=(-t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency)
  [ -n "$cookie" ] && args+=(-H "Cookie: $cookie")
  local out
  out=$(wrk "${args[@]}" "$url")
  local rps p50 p99 errs
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  p50=$(echo "$out" | awk '$1=="50%"{print $2}')
  p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  errs=$(echo "$out" | awk '/Non-2xx/{print $4}')
  echo "$rps $(ms "$p50") $(ms "$p99") ${errs:-0}"
}

# wrk prints 1.23ms / 456.00us / 1.2s: normalise to milliseconds.
ms() {
  case $1 in
    *us) awk -v v="${1%us}" 'BEGIN{printf "%.2f", v/1000}' ;;
    *ms) awk -v v="${1%ms}" 'BEGIN{printf "%.2f", v}' ;;
    *s) awk -v v="${1%s}" 'BEGIN{printf "%.2f", v*1000}' ;;
    *) echo "$1" ;;
  esac
}

rss_mb() { awk '/VmRSS/{printf "%.1f", $2/1024}' "/proc/$1/status"; }

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

if [ "${2:-}" != "--postgres-only" ]; then
  echo "wrk -t$THREADS -c$CONNS -d${DURATION}s --latency, release build, $(nproc) cores, $(date -u +%F)"
  echo
  echo "| database | page | requests/s | p50 ms | p99 ms | non-2xx |"
  echo "|---|---|---|---|---|---|"
  run_backend sqlite
  if [ -z "${WEERBAAR_TEST_DATABASE_URL:-}" ]; then
    scripts/with-postgres "$0" "$DURATION" --postgres-only
  else
    "$0" "$DURATION" --postgres-only
  fi
else
  # One database per run, created on the test server.
  db="wb_bench_$$"
  psql -q "$WEERBAAR_TEST_DATABASE_URL" -c "CREATE DATABASE $db" >/dev/null
  url="${WEERBAAR_TEST_DATABASE_URL%/*}/$db"
  run_backend postgres --database-url "$url"
  psql -q "$WEERBAAR_TEST_DATABASE_URL" -c "DROP DATABASE $db WITH (FORCE)" >/dev/null
fi
