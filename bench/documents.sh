#!/usr/bin/env bash
# Document rendering (issue 4): time and peak memory to render the demo plan and the
# generated 200-activity plan as PDF, DOCX, ODT and the whole grab pack; side by side in
# the same run, converting our DOCX of the same plan to PDF with headless LibreOffice and
# with pandoc (groff's pdfroff: no LaTeX on this machine), as ratios.
#
#   bench/documents.sh [repeats]     (default 10 timed renders per format)
#
# "warm" renders the same plan again with typst's memo cache filled by the run before (an
# unchanged plan downloaded again); "edited" changes one activity's description before
# each of 5 runs, with typst still holding the layout of the run before (a plan corrected
# and downloaded again); "cold" empties that cache before each of 3 runs (nothing laid out
# before, fonts loaded as in a running server). The comparison uses cold.
#
# Needs LibreOffice Writer, pandoc and groff (installed when missing). Prints Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS=${1:-10}
need() { command -v "$1" >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }
need soffice libreoffice-writer-nogui
need pandoc pandoc
need pdfroff groff
cargo build --release --locked -p weerbaar-bench --bin render-bench >/dev/null
B=$PWD/target/release/render-bench
WORK=$(mktemp -d /tmp/weerbaar-docs.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

# "seconds peak_MB" of a command (GNU time).
measure() {
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }
  awk '{printf "%s %.0f\n", $1, $2/1024}' "$WORK/time"
}

echo "\`bench/documents.sh $REPEATS\`, $(nproc) cores, $(date -u +%F)"
echo
echo "| plan | output | warm median ms | warm fastest ms | edited median ms | cold median ms | size KB | peak MB |"
echo "|---|---|---|---|---|---|---|---|"
declare -A ours
for plan in demo generated; do
  for f in pdf docx odt md zip; do
    line=$("$B" "$plan" "$f" "$REPEATS")
    med=$(echo "$line" | sed 's/.*median_ms=\([0-9.]*\).*/\1/')
    min=$(echo "$line" | sed 's/.*min_ms=\([0-9.]*\).*/\1/')
    bytes=$(echo "$line" | sed 's/.*bytes=\([0-9]*\).*/\1/')
    edited=$("$B" "$plan" "$f" 5 --edited | sed 's/.*median_ms=\([0-9.]*\).*/\1/')
    cold=$("$B" "$plan" "$f" 3 --cold | sed 's/.*median_ms=\([0-9.]*\).*/\1/')
    read -r _ peak < <(measure "$B" "$plan" "$f" 1)
    ours[$plan.$f]=$cold
    echo "| $plan | $f | $med | $min | $edited | $cold | $((bytes / 1024)) | $peak |"
  done
done

echo
echo "Converting our DOCX of the same plan to PDF (what a municipality does with a Word template):"
echo
echo "| plan | Weerbaar PDF ms (cold) | LibreOffice DOCX→PDF ms (peak MB) | pandoc+pdfroff DOCX→PDF ms (peak MB) | LibreOffice / Weerbaar | pandoc / Weerbaar |"
echo "|---|---|---|---|---|---|"
for plan in demo generated; do
  "$B" "$plan" docx 1 --write "$WORK" >/dev/null
  # A first LibreOffice run creates its profile; the measured run is the second.
  soffice -env:UserInstallation="file://$WORK/lo" --headless --convert-to pdf --outdir "$WORK/lo-out" "$WORK/$plan.docx" >/dev/null 2>&1
  read -r lo_s lo_mb < <(measure soffice -env:UserInstallation="file://$WORK/lo" --headless --convert-to pdf --outdir "$WORK/lo-out" "$WORK/$plan.docx")
  read -r pd_s pd_mb < <(measure pandoc "$WORK/$plan.docx" -t ms --pdf-engine=pdfroff -o "$WORK/$plan-pandoc.pdf")
  w=${ours[$plan.pdf]}
  [ "$plan" = demo ] && lo_ms_demo=$(awk -v s="$lo_s" 'BEGIN{printf "%.0f", s*1000}')
  awk -v p="$plan" -v w="$w" -v lo="$lo_s" -v lm="$lo_mb" -v pd="$pd_s" -v pm="$pd_mb" \
    'BEGIN{printf "| %s | %.1f | %.0f (%d) | %.0f (%d) | %.1f | %.1f |\n", p, w, lo*1000, lm, pd*1000, pm, lo*1000/w, pd*1000/w}'
done

# The grab pack kept current (issue 16): the real server, release build, demo data. The
# background rebuild's time is the worker's own log line (pack and the plan's PDF, after
# the 15 s settling time); downloads of the kept pack and PDF with curl one at a time and
# wrk at 16 connections; all beside the cold render and LibreOffice above.
echo
echo "The grab pack kept current, the demo plan of Gemeente Voorbeeld (same run):"
echo
cargo build --release --locked -p weerbaar-cli >/dev/null
command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
"$PWD/target/release/weerbaar" serve --demo --listen "127.0.0.1:$port" --data-dir "$WORK/server" >"$WORK/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 400); do curl -sf "$url/readyz" >/dev/null 2>&1 && break; sleep 0.05; done
jar="$WORK/jar"
tok=$(curl -s -c "$jar" -b "$jar" "$url/login" | grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//;s/"//')
curl -s -c "$jar" -b "$jar" -o /dev/null -X POST "$url/login" --data-urlencode "_csrf=$tok" \
  --data-urlencode "email=admin@voorbeeld.test" --data-urlencode "password=weerbaar-demo"
cookie=$(awk '$6=="wb_session"{print "wb_session="$7}' "$jar")
base=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Cookie: $cookie" "$url/")
org=${base##*/o/}
for _ in $(seq 1 120); do grep -q "grab pack rebuilt.*$org" "$WORK/server.log" && break; sleep 0.5; done
# The log may be coloured: drop the escape sequences before reading the number.
rebuilt=$(sed 's/\x1b\[[0-9;]*m//g' "$WORK/server.log" | grep "grab pack rebuilt.*$org" | sed -n 1p | sed 's/.*took_ms=\([0-9]*\).*/\1/')
[ -n "$rebuilt" ] || { echo "no rebuild logged" >&2; cat "$WORK/server.log" >&2; exit 1; }
# Median of 20 single downloads, in ms.
one_by_one() {
  for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: $cookie" "$1"; done |
    sort -n | awk '{a[NR]=$1} END{printf "%.1f", a[int((NR+1)/2)]*1000}'
}
p99_at_16() {
  wrk -t2 -c16 -d10s --latency -H "Cookie: $cookie" "$1" | awk '$1=="99%"{v=$2; if (v ~ /us$/) {sub("us","",v); v/=1000} else if (v ~ /ms$/) {sub("ms","",v)} else if (v ~ /s$/) {sub("s","",v); v*=1000}; printf "%.2f", v}'
}
zip_one=$(one_by_one "$base/plan/export?format=zip")
pdf_one=$(one_by_one "$base/plan/export?doc=plan&format=pdf")
zip_p99=$(p99_at_16 "$base/plan/export?format=zip")
pdf_p99=$(p99_at_16 "$base/plan/export?doc=plan&format=pdf")
echo "| | ms |"
echo "|---|---|"
echo "| cold render, grab pack (render-bench, above) | ${ours[demo.zip]} |"
echo "| cold render, plan PDF (render-bench, above) | ${ours[demo.pdf]} |"
echo "| background rebuild, pack and PDF (server log) | $rebuilt |"
echo "| download of the kept pack, median of 20 | $zip_one |"
echo "| download of the kept PDF, median of 20 | $pdf_one |"
echo "| download of the kept pack, p99 at 16 connections, 10 s | $zip_p99 |"
echo "| download of the kept PDF, p99 at 16 connections, 10 s | $pdf_p99 |"
echo "| LibreOffice DOCX→PDF of the same plan (above) | ${lo_ms_demo:-see above} |"
