#!/usr/bin/env bash
# Benchmarks of issue 22, on SQLite and on PostgreSQL:
#  1. Staff import of 5,000 lines: through the API (curl's total time) and through
#     `weerbaar staff import` (whole process: wall time and peak memory).
#  2. A campaign of 5,000 mails to a loopback SMTP sink at full rate (10,000 a minute):
#     time from launch to "finished", and the server's memory (VmRSS before, VmHWM).
#  3. The exercise's public endpoints with 64 connections over the 5,000 tokens: the
#     open pixel, the page behind the link, and the landing page (the button pressed).
#  4. A module page for a learner (personal link used, learner cookie), 64 connections.
#
#   bench/awareness.sh [seconds]        (default 20 for the load runs)
#
# Needs wrk (installed when missing), python3 and PostgreSQL (scripts/with-postgres).
# Prints a Markdown table to paste into bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
CONNS=64
THREADS=2
. bench/lib.sh

# A loopback SMTP sink that keeps, per message, the report token and any personal link.
cat >"$WORK/sink.py" <<'PY'
import asyncio, re, sys
out = open(sys.argv[2], "a", buffering=1)
async def session(r, w):
    w.write(b"220 sink ESMTP\r\n"); data = False; buf = []
    while True:
        line = await r.readline()
        if not line: break
        if data:
            if line in (b".\r\n", b".\n"):
                data = False
                text = b"".join(buf).decode("utf-8", "replace").replace("=\r\n", "")
                m = re.search(r"X-Report-Token: ([A-Za-z0-9_-]+)", text)
                if m: out.write("p " + m.group(1) + "\n")
                m = re.search(r"/t/([A-Za-z0-9_-]+)", text)
                if m: out.write("t " + m.group(1) + "\n")
                buf = []; w.write(b"250 OK\r\n")
            else:
                buf.append(line)
            continue
        u = line.upper()
        if u.startswith(b"EHLO") or u.startswith(b"HELO"): w.write(b"250-sink\r\n250 8BITMIME\r\n")
        elif u.startswith(b"DATA"): data = True; w.write(b"354 go\r\n")
        elif u.startswith(b"QUIT"): w.write(b"221 bye\r\n"); await w.drain(); break
        else: w.write(b"250 OK\r\n")
        await w.drain()
    w.close()
async def main():
    s = await asyncio.start_server(session, "127.0.0.1", int(sys.argv[1]))
    async with s: await s.serve_forever()
asyncio.run(main())
PY

# wrk scripts: a random token of the campaign per request.
lua() { # $1: method, $2: path prefix, $3: suffix
  cat <<LUA
local tokens = {}
for line in io.lines("$WORK/tokens") do tokens[#tokens + 1] = line end
math.randomseed(os.time())
request = function()
  return wrk.format("$1", "$2" .. tokens[math.random(#tokens)] .. "$3")
end
LUA
}

api() { curl -sf -H "Authorization: Bearer $TOKEN" "$@"; }

# Creates, approves and launches a campaign to everyone at 10,000 a minute and waits
# until it is finished: the time and the server's memory. $1 url, $2 org, $3 server
# pid, $4 sink name, $5 label.
launch_campaign() {
  local url=$1 org=$2 pid=$3 name=$4 label=$5
  local now start end cid cookie csrf
  now=$(date +%s)
  start=$(date -u -d "@$((now - 60))" +%FT%TZ); end=$(date -u -d "@$((now + 60))" +%FT%TZ)
  cid=$(api -X POST -H 'Content-Type: application/json' "$url/api/v1/organisations/$org/phishing/campaigns" -d "{
    \"name\":\"Bench\",\"templates\":[\"parcel-notice\",\"password-expiry\"],\"scope\":\"everyone\",\"targets\":[],
    \"sender_name\":\"Pakketdienst\",\"sender_address\":\"info@oefen.test\",\"window_start\":\"$start\",\"window_end\":\"$end\",
    \"per_minute\":10000,\"exclusions\":[]}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  cookie=$(session_cookie "$url")
  csrf=$(curl -s -H "Cookie: $cookie" "$url/o/$org/phishing/$cid" | grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -H "Cookie: $cookie" "$url/o/$org/phishing/$cid/approve" --data-urlencode "_csrf=$csrf" \
    --data-urlencode version=1 --data-urlencode "director=Bench" --data-urlencode "approved_on=$(date +%F)" \
    --data-urlencode dpo_informed=on --data-urlencode representatives=consulted --data-urlencode no_sanctions=on
  local rss_before t0 t1 n
  rss_before=$(rss_mb "$pid")
  # The peak from here on: the demo's start-up work is not the campaign's.
  echo 5 >"/proc/$pid/clear_refs"
  t0=$(date +%s.%N)
  n=$(api -X POST "$url/api/v1/phishing/campaigns/$cid/launch" | python3 -c 'import json,sys; print(json.load(sys.stdin)["recipients"])')
  for _ in $(seq 1 2400); do
    api "$url/api/v1/organisations/$org/phishing/campaigns" | python3 -c 'import json,sys; sys.exit(0 if [c for c in json.load(sys.stdin) if c["name"]=="Bench" and c["status"]=="finished"] else 1)' && break
    sleep 0.25
  done
  t1=$(date +%s.%N)
  local hwm sent
  hwm=$(awk '/VmHWM/{printf "%.1f", $2/1024}' "/proc/$pid/status")
  sent=$(grep -c '^p ' "$WORK/$name.sink" || true)
  echo "| $label | campaign of $n mails at 10,000/min to the loopback sink (launch to finished) | $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}') s, $sent received | server RSS before $rss_before MB, peak during the campaign (VmHWM) $hwm MB |"
}

run_backend() {
  local name=$1; shift
  local p smtp; p=$(port); smtp=$(port)
  local url="http://127.0.0.1:$p"
  local db=("--data-dir" "$WORK/$name" "$@")
  : >"$WORK/$name.sink"
  python3 "$WORK/sink.py" "$smtp" "$WORK/$name.sink" &
  local sink=$!
  "$BIN" serve --demo --listen "127.0.0.1:$p" --smtp-url "smtp://127.0.0.1:$smtp" "${db[@]}" >"$WORK/$name.log" 2>&1 &
  local pid=$!
  wait_ready "$url"
  TOKEN=$("$BIN" "${db[@]}" user token --email admin@voorbeeld.test --name bench --days 30 --scope write)
  local org
  org=$(api "$url/api/v1/organisations" | python3 -c 'import json,sys; print([o["id"] for o in json.load(sys.stdin) if o["name"]=="Gemeente Voorbeeld"][0])')
  python3 - "$WORK/staff.csv" "$WORK/staff2.csv" <<'PY'
import sys
depts = ["Burgerzaken", "Financiën", "Technische dienst", "Sociale dienst", "Omgeving", "Vrije tijd", "Secretariaat", "ICT", "Onderwijs", "Politie"]
for path, tag in ((sys.argv[1], "a"), (sys.argv[2], "b")):
    with open(path, "w") as f:
        f.write("naam;e-mail;dienst;taal\n")
        for i in range(5000):
            f.write(f"Medewerker {tag}{i};m{tag}{i}@bench.test;{depts[i % len(depts)]};{'nl' if i % 9 else 'fr'}\n")
PY
  local t
  t=$(curl -s -o "$WORK/import.json" -w '%{time_total}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
    --data-binary @"$WORK/staff.csv" "$url/api/v1/organisations/$org/staff/import")
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["created"]==5000 and not d["problems"], d' "$WORK/import.json"
  echo "| $name | staff import, 5,000 lines (API) | $t s | |"
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$BIN" "${db[@]}" staff import --org "Gemeente Anderdorp" "$WORK/staff2.csv" >"$WORK/cli.out"
  grep -q "5000 created" "$WORK/cli.out"
  read -r s kb <"$WORK/time"
  echo "| $name | staff import, 5,000 lines (CLI, whole process) | $s s | $(awk -v k="$kb" 'BEGIN{printf "%.1f", k/1024}') MB peak |"

  # The demo renders its two grab packs after start-up: let that finish first, so the
  # memory measured below is the campaign's.
  for _ in $(seq 1 360); do
    [ "$(grep -c 'grab pack rebuilt' "$WORK/$name.log" || true)" -ge 2 ] && break
    sleep 0.5
  done

  launch_campaign "$url" "$org" "$pid" "$name" "$name"
  cookie=$(session_cookie "$url")
  csrf=$(curl -s -H "Cookie: $cookie" "$url/o/$org/staff" | grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//;s/"//')

  # The public endpoints over the campaign's tokens.
  grep '^p ' "$WORK/$name.sink" | cut -c3- >"$WORK/tokens"
  lua GET /p/o/ .gif >"$WORK/pixel.lua"
  lua GET /p/c/ "" >"$WORK/link.lua"
  lua POST /p/c/ "" >"$WORK/landing.lua"
  local what out rps p50 p99 errs
  for what in pixel link landing; do
    out=$(wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency -s "$WORK/$what.lua" "$url")
    rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
    p50=$(ms "$(echo "$out" | awk '$1=="50%"{print $2}')"); p99=$(ms "$(echo "$out" | awk '$1=="99%"{print $2}')")
    errs=$(echo "$out" | awk '/Non-2xx/{print $NF}')
    echo "| $name | $what (random token of $(wc -l <"$WORK/tokens")), $CONNS connections | $rps req/s, p50 $p50 ms, p99 $p99 ms, non-2xx ${errs:-0} | RSS after: $(rss_mb "$pid") MB |"
  done

  # A module page for a learner who used a personal link (sent from the person's page).
  "$BIN" "${db[@]}" staff import --org "Gemeente Voorbeeld" <(printf 'name,email,department\nLeerling Bench,leerling@bench.test,IT\n') >/dev/null
  local person link jar learn
  person=$(curl -s -H "Cookie: $cookie" "$url/o/$org/staff" | grep -o "/o/$org/staff/[0-9a-f-]*\">Leerling Bench<" | sed 's/">.*//')
  curl -s -o /dev/null -H "Cookie: $cookie" "$url$person/link" --data-urlencode "_csrf=$csrf"
  for _ in $(seq 1 200); do
    link=$(grep '^t ' "$WORK/$name.sink" | tail -1 | cut -c3- || true)
    [ -n "$link" ] && break
    sleep 0.1
  done
  jar="$WORK/learner.jar"; rm -f "$jar"
  csrf=$(curl -s -c "$jar" -b "$jar" "$url/t/$link" | grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" -X POST "$url/t/$link" --data-urlencode "_csrf=$csrf"
  learn=$(awk '$6=="wb_learn"{print "wb_learn="$7}' "$jar")
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $learn" "$url/learn/passwords-mfa?page=2")" = 200 ] || { echo "no learner session" >&2; exit 1; }
  read -r rps p50 p99 errs < <(load "$url/learn/passwords-mfa?page=2" "$learn")
  echo "| $name | module page for a learner, $CONNS connections | $rps req/s, p50 $p50 ms, p99 $p99 ms, non-2xx $errs | RSS after: $(rss_mb "$pid") MB |"
  kill "$pid" "$sink"; wait "$pid" 2>/dev/null || true
}

# The campaign alone on a server without the demo (one organisation, one administrator):
# the memory of a server that sends 5,000 exercise mails, without the demo's grab packs
# and toolkit in it.
bare_campaign() {
  local p smtp; p=$(port); smtp=$(port)
  local url="http://127.0.0.1:$p" db=("--data-dir" "$WORK/bare")
  : >"$WORK/bare.sink"
  python3 "$WORK/sink.py" "$smtp" "$WORK/bare.sink" &
  local sink=$!
  "$BIN" "${db[@]}" migrate >/dev/null
  "$BIN" "${db[@]}" org add --name "Gemeente Voorbeeld" >/dev/null
  export WB_BENCH_PASSWORD="een lang wachtwoord voor de benchmark van de oefening"
  echo "$WB_BENCH_PASSWORD" | "$BIN" "${db[@]}" user add --email admin@voorbeeld.test --name Bench --org "Gemeente Voorbeeld" --role admin --password-stdin >/dev/null
  "$BIN" serve --listen "127.0.0.1:$p" --smtp-url "smtp://127.0.0.1:$smtp" "${db[@]}" >"$WORK/bare.log" 2>&1 &
  local pid=$!
  wait_ready "$url"
  TOKEN=$("$BIN" "${db[@]}" user token --email admin@voorbeeld.test --name bench --days 30 --scope write)
  local org; org=$(api "$url/api/v1/organisations" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
  api -o /dev/null -H 'Content-Type: text/csv' --data-binary @"$WORK/staff.csv" "$url/api/v1/organisations/$org/staff/import"
  launch_campaign "$url" "$org" "$pid" "bare" "sqlite, no demo"
  unset WB_BENCH_PASSWORD
  kill "$pid" "$sink"; wait "$pid" 2>/dev/null || true
}

table_header "| database | what | time / throughput | memory |"
# WB_BENCH_ONLY=bare: only the campaign on a server without the demo.
[ "${WB_BENCH_ONLY:-}" = bare ] || both_backends "$@"
if [ "${WB_BENCH_PG_ONLY:-}" != 1 ]; then
  python3 - "$WORK/staff.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("naam;e-mail;dienst\n")
    for i in range(5000):
        f.write(f"Medewerker {i};m{i}@bench.test;Dienst {i % 10}\n")
PY
  bare_campaign
fi
