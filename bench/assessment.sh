#!/usr/bin/env bash
# Benchmarks of issue 21, on SQLite and on PostgreSQL:
#  1. Import of a generated 3.6 MB CISO Assistant library (1,350 requirements, 1,506
#     nodes) through `weerbaar frameworks import`: wall time and peak memory of the whole
#     process (/usr/bin/time), parse, checks and database write.
#  2. The page of an assessment with 250 requirements, all answered, 64 connections with
#     wrk.
#  3. The umbrella's comparison over 300 sharing organisations (plus the demo's 12
#     generated peers): latency of the API call, one connection.
#
#   bench/assessment.sh [seconds]        (default 20 for the load runs)
#
# Needs wrk (installed when missing) and PostgreSQL (scripts/with-postgres). Prints a
# Markdown table to paste into bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
CONNS=64
THREADS=2
. bench/lib.sh
cargo build --release --locked -p weerbaar-bench --bin gen-framework --bin gen-peers >/dev/null
GEN=$PWD/target/release/gen-framework
PEERS=$PWD/target/release/gen-peers
[ -f "$WORK/lib-1350.yaml" ] || "$GEN" 6 25 9 >"$WORK/lib-1350.yaml"
[ -f "$WORK/lib-250.yaml" ] || "$GEN" 5 10 5 | sed 's/urn:test:risk:framework:generated/urn:test:risk:framework:generated-250/; s/^    name: Generated framework/    name: Generated framework 250/' >"$WORK/lib-250.yaml"

api() { curl -sf -H "Authorization: Bearer $TOKEN" "$@"; }

run_backend() {
  local name=$1; shift
  local p; p=$(port)
  local url="http://127.0.0.1:$p"
  local db=("--data-dir" "$WORK/$name" "$@")
  local dburl="sqlite://$WORK/$name/weerbaar.db?mode=rwc"
  [ $# -gt 0 ] && dburl=$2
  "$BIN" serve --demo --listen "127.0.0.1:$p" "${db[@]}" >"$WORK/$name.log" 2>&1 &
  local pid=$!
  wait_ready "$url"
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$BIN" "${db[@]}" frameworks import --format ciso-assistant-yaml "$WORK/lib-1350.yaml" >/dev/null
  read -r s kb <"$WORK/time"
  echo "| $name | import, 3.6 MB library, 1,350 requirements (CLI, whole process) | $s s | $(awk -v k="$kb" 'BEGIN{printf "%.1f", k/1024}') MB peak |"

  # An assessment of 250 requirements, every one answered through the API.
  "$BIN" "${db[@]}" frameworks import --format ciso-assistant-yaml "$WORK/lib-250.yaml" >/dev/null
  TOKEN=$("$BIN" "${db[@]}" user token --email admin@voorbeeld.test --name bench --days 30 --scope write)
  local fid org aid
  fid=$("$BIN" "${db[@]}" frameworks list | awk -F'\t' '$NF=="Generated framework 250"{print $1}')
  org=$(api "$url/api/v1/organisations" | python3 -c 'import json,sys; print([o["id"] for o in json.load(sys.stdin) if o["name"]=="Gemeente Voorbeeld"][0])')
  aid=$(api -X POST -H 'Content-Type: application/json' -d "{\"framework\":\"$fid\",\"level\":\"E\",\"title\":\"Bench\"}" "$url/api/v1/organisations/$org/assessments" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  api "$url/api/v1/assessments/$aid" | python3 -c 'import json,sys; [print(n["ref_id"]) for n in json.load(sys.stdin)["nodes"] if n["assessable"]]' >"$WORK/reqs"
  local k=0
  while read -r req; do
    k=$((k + 1))
    api -X PUT -H 'Content-Type: application/json' -d "{\"version\":0,\"documentation\":$((k % 5 + 1)),\"implementation\":$(((k + 2) % 5 + 1)),\"comment\":\"Bench $k\"}" \
      "$url/api/v1/assessments/$aid/answers/$req" >/dev/null
  done <"$WORK/reqs"
  local cookie page status
  cookie=$(session_cookie "$url")
  page="$url/o/$org/assessments/$aid"
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$page")
  [ "$status" = 200 ] || { echo "$page answered $status" >&2; exit 1; }
  wrk -t1 -c8 -d2s -H "Cookie: $cookie" "$page" >/dev/null
  read -r rps p50 p99 err < <(load "$page" "$cookie")
  echo "| $name | assessment page, $(wc -l <"$WORK/reqs") requirements answered, $CONNS connections | $rps req/s, p50 $p50 ms, p99 $p99 ms, non-2xx $err | RSS after: $(rss_mb "$pid") MB |"

  # The comparison over 300 sharing organisations.
  "$PEERS" "$dburl" 300
  local koepel base bench
  TOKEN=$("$BIN" "${db[@]}" user token --email koepel@regio.test --name bench --days 30 --scope read)
  koepel=$(api "$url/api/v1/organisations" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
  base=$("$BIN" "${db[@]}" frameworks list | awk -F'\t' '$NF ~ /^Weerbaar/{print $1}')
  bench="$url/api/v1/organisations/$koepel/benchmark?framework=$base&level=basis"
  api "$bench" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["total"]["organisations"] >= 300, d' >&2
  local out
  out=$(wrk -t1 -c1 -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "$bench")
  echo "| $name | comparison over $(api "$bench" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"]["organisations"])') organisations (API, 1 connection) | p50 $(ms "$(echo "$out" | awk '$1=="50%"{print $2}')") ms, p99 $(ms "$(echo "$out" | awk '$1=="99%"{print $2}')") ms | |"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

table_header "| database | what | time / throughput | memory |"
both_backends "$@"
