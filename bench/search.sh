#!/usr/bin/env bash
# HTTP load benchmark of the toolkit's search page (issue 3): a generated catalogue of
# N resources (default 10,000) in three languages written into a SQLite database, the
# demo data on top, then wrk with 64 connections on the search page with a one-word
# query, a two-word query with a filter, and the plain list; server memory after.
#
#   bench/search.sh [seconds] [resources]     (default 10 s per page, 10000 resources)
#
# Needs wrk (installed when missing). Prints a Markdown table for bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
N=${2:-10000}
CONNS=64
THREADS=2
. bench/lib.sh
cargo build --release --locked -p weerbaar-bench --bin gen-catalogue >/dev/null
mkdir -p "$WORK/sqlite"
t0=$(date +%s.%N)
"$PWD/target/release/gen-catalogue" "sqlite://$WORK/sqlite/weerbaar.db?mode=rwc" "$N" 2>/dev/null
t1=$(date +%s.%N)
p=$(port)
url="http://127.0.0.1:$p"
"$BIN" serve --demo --listen "127.0.0.1:$p" --data-dir "$WORK/sqlite" >"$WORK/sqlite.log" 2>&1 &
pid=$!
wait_ready "$url"
# The first search builds the index of this process.
t2=$(date +%s.%N)
curl -sf -o /dev/null "$url/toolkit?q=warmup"
t3=$(date +%s.%N)
table_header "| page | requests/s | p50 ms | p99 ms | non-2xx |"
for path in "/toolkit?q=wachtwoorden" "/toolkit?q=back-ups+terugzetten&type=guide" "/toolkit"; do
  wrk -t1 -c8 -d2s "$url$path" >/dev/null
  read -r rps p50 p99 err < <(load "$url$path")
  echo "| \`$path\` | $rps | $p50 | $p99 | $err |"
done
# Every request a different query: 600 two-word queries in turn, more than the result
# cache holds (512), so each one is searched afresh.
cat >"$WORK/miss.lua" <<'LUA'
local words = {"wachtwoorden", "back-ups", "ransomware", "phishing", "leverancier", "crisiscommunicatie",
  "datalek", "logging", "toegangsrechten", "incident", "melden", "terugzetten", "beheerder", "netwerk",
  "patches", "updates", "bewustmaking", "verzekering", "verkiezingen", "oefening", "herstel", "draaiboek",
  "telefoonlijst", "audit", "personeel", "thuiswerk", "passwords", "supplier", "restore", "contract"}
local paths = {}
for i = 1, #words do
  for j = 1, #words do
    if i ~= j and #paths < 600 then paths[#paths + 1] = "/toolkit?q=" .. words[i] .. "+" .. words[j] end
  end
end
-- Each wrk thread takes every other query, so no two threads ask the same one.
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n * 2 + (id or 0)) % #paths + 1])
end
LUA
wrk -t1 -c8 -d2s -s "$WORK/miss.lua" "$url" >/dev/null
out=$(wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency -s "$WORK/miss.lua" "$url")
rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
p50=$(echo "$out" | awk '$1=="50%"{print $2}')
p99=$(echo "$out" | awk '$1=="99%"{print $2}')
err=$(echo "$out" | awk '/Non-2xx/{print $4}')
echo "| 600 two-word queries in turn (none from the cache) | $rps | $(ms "$p50") | $(ms "$p99") | ${err:-0} |"
echo
echo "$N generated resources loaded in $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}') s; the server's first search (index build of $N + demo resources) took $(awk -v a="$t2" -v b="$t3" 'BEGIN{printf "%.2f", b-a}') s; server RSS after the runs: $(rss_mb "$pid") MB."
