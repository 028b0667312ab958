#!/usr/bin/env bash
# HTTP load benchmark of the BCP builder (issues 5 and 16): the plan overview (where every
# builder visit starts), the BIA overview, one activity's BIA grid and one activity's
# dependency view, 64 connections with wrk, on SQLite and on PostgreSQL, first on the demo
# plan of Gemeente Voorbeeld, then after importing a generated plan of 200 activities,
# 1,000 resources and 5,000 dependencies through the import page; the kept grab pack and
# plan PDF downloaded at 16 connections; the plan overview at 256 connections for 60 s;
# server memory (RSS) after the runs.
#
#   bench/bcp.sh [seconds]        (default 20 per page)
#
# Needs wrk (installed when missing) and PostgreSQL (scripts/with-postgres). Prints a
# Markdown table to paste into bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
CONNS=64
THREADS=2
. bench/lib.sh
cargo build --release --locked -p weerbaar-bench --bin gen-plan >/dev/null
"$PWD/target/release/gen-plan" 200 1000 5000 >"$WORK/generated.json"

# The first activity linked from a builder page.
first_activity() {
  curl -s -H "Cookie: $2" "$1" | grep -o "/plan/$3/[A-Za-z0-9_-]*\"" | grep -v '/scale"' | sed -n 1p | sed "s#/plan/$3/##;s/\"//"
}

pages() {
  local name=$1 plan=$2 base=$3 cookie=$4
  local act; act=$(first_activity "$base/plan/dependencies" "$cookie" dependencies)
  [ -n "$act" ] || { echo "no activity found on $base/plan/dependencies" >&2; exit 1; }
  local page path
  for page in "plan overview:" "BIA overview:bia" "BIA grid:bia/$act" "dependency view:dependencies/$act"; do
    path=${page#*:}
    local url="$base/plan${path:+/$path}"
    local status; status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$url")
    [ "$status" = 200 ] || { echo "$url answered $status" >&2; exit 1; }
    wrk -t1 -c8 -d2s -H "Cookie: $cookie" "$url" >/dev/null
    read -r rps p50 p99 err < <(load "$url" "$cookie")
    echo "| $name | $plan | ${page%%:*} | $rps | $p50 | $p99 | $err |"
  done
}

run_backend() {
  local name=$1; shift
  local p; p=$(port)
  local url="http://127.0.0.1:$p"
  "$BIN" serve --demo --listen "127.0.0.1:$p" --data-dir "$WORK/$name" "$@" >"$WORK/$name.log" 2>&1 &
  local pid=$!
  wait_ready "$url"
  local cookie base
  cookie=$(session_cookie "$url")
  base=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Cookie: $cookie" "$url/")
  [ -n "$base" ] || { echo "no dashboard redirect" >&2; exit 1; }
  pages "$name" "demo (Voorbeeld)" "$base" "$cookie"
  echo "| $name | server RSS after the demo runs: $(rss_mb "$pid") MB | | | | | |"

  # The grab pack and the plan's PDF, kept by the background rebuild (due 15 s after the
  # demo plan was made), downloaded by 16 at once.
  for _ in $(seq 1 120); do
    curl -s -H "Cookie: $cookie" "$base/plan/documents" | grep -q 'class="checksum"' && break
    sleep 0.5
  done
  local saved=$CONNS
  CONNS=16
  for dl in "kept grab pack (ZIP):export?format=zip" "kept plan PDF:export?doc=plan&format=pdf"; do
    read -r rps p50 p99 err < <(load "$base/plan/${dl#*:}" "$cookie")
    echo "| $name | demo (Voorbeeld), 16 connections | ${dl%%:*} | $rps | $p50 | $p99 | $err |"
  done
  CONNS=256
  local d=$DURATION
  DURATION=60
  read -r rps p50 p99 err < <(load "$base/plan" "$cookie")
  echo "| $name | demo (Voorbeeld), 256 connections, 60 s | plan overview | $rps | $p50 | $p99 | $err |"
  echo "| $name | server RSS after 60 s at 256 connections: $(rss_mb "$pid") MB | | | | | |"
  CONNS=$saved
  DURATION=$d

  # Replace the demo plan by the generated one, as an administrator does on the import page.
  local tok status
  # The form's CSRF token travels as its first field (never in the address).
  tok=$(curl -s -H "Cookie: $cookie" "$base/plan/import" | grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//;s/"//')
  [ -n "$tok" ] || { echo "no CSRF token on the import page" >&2; exit 1; }
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" -H "Origin: $url" \
    -F "_csrf=$tok" -F "file=@$WORK/generated.json;type=application/json" -F replace=on "$base/plan/import")
  [ "$status" = 303 ] || { echo "import answered $status" >&2; exit 1; }
  pages "$name" "generated 200/1000/5000" "$base" "$cookie"
  echo "| $name | server RSS after all runs: $(rss_mb "$pid") MB | | | | | |"
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
}

table_header "| database | plan | page | requests/s | p50 ms | p99 ms | non-2xx |"
both_backends "$@"
