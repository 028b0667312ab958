# Shared by the HTTP load scripts: build, throwaway work folder, free ports, sign-in,
# wrk runs with their numbers in milliseconds, server memory. Source it after `cd` to the
# repository root and after setting DURATION, CONNS and THREADS.
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

# Signs in (the demo's administrator unless WB_BENCH_PASSWORD names another password)
# and prints the session cookie.
session_cookie() {
  local url=$1 jar="$WORK/jar" tok
  rm -f "$jar"
  tok=$(curl -s -c "$jar" -b "$jar" "$url/login" | grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -X POST "$url/login" \
    --data-urlencode "_csrf=$tok" --data-urlencode "email=admin@voorbeeld.test" --data-urlencode "password=${WB_BENCH_PASSWORD:-weerbaar-demo}"
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
  errs=$(echo "$out" | awk '/Non-2xx/{print $NF}')
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


# Runs `run_backend` (defined by the script) on SQLite, then again in a child process on a
# fresh database of the test PostgreSQL: the one WEERBAAR_TEST_DATABASE_URL names, else a
# throwaway cluster from scripts/with-postgres. Call with the script's own arguments.
both_backends() {
  if [ "${WB_BENCH_PG_ONLY:-}" != 1 ]; then
    run_backend sqlite
    WB_BENCH_PG_ONLY=1 scripts/with-postgres "$0" "$@"
  else
    local db="wb_bench_$$"
    psql -q "$WEERBAAR_TEST_DATABASE_URL" -c "CREATE DATABASE $db" >/dev/null
    run_backend postgres --database-url "${WEERBAAR_TEST_DATABASE_URL%/*}/$db"
    psql -q "$WEERBAAR_TEST_DATABASE_URL" -c "DROP DATABASE $db WITH (FORCE)" >/dev/null
  fi
}

# The header of a results table; printed once, by the SQLite run.
table_header() {
  [ "${WB_BENCH_PG_ONLY:-}" = 1 ] && return 0
  echo "wrk -t$THREADS -c$CONNS -d${DURATION}s --latency, release build, $(nproc) cores, $(date -u +%F)"
  echo
  echo "$1"
  echo "$(echo "$1" | sed 's/[^|]\+/---/g')"
}
