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
  awk -v p="$plan" -v w="$w" -v lo="$lo_s" -v lm="$lo_mb" -v pd="$pd_s" -v pm="$pd_mb" \
    'BEGIN{printf "| %s | %.1f | %.0f (%d) | %.0f (%d) | %.1f | %.1f |\n", p, w, lo*1000, lm, pd*1000, pm, lo*1000/w, pd*1000/w}'
done
