#!/usr/bin/env bash
# The browser check of the report and the document view (run by .ci/run, about a minute):
# analyses a few hundred made-up documents and the seeds into a SQLite database and into
# JSON Lines, writes a report of each and a document view, and opens them all in headless
# Chromium (scripts/browser-check.py): no console error, no failed resource, charts with data,
# highlighted marks. A page with a console error and a missing image must fail the same
# check, so a checker that sees nothing cannot pass.
#
#   scripts/browser-check.sh [GLOSS] [OUTDIR]     (GLOSS: .build/debug/gloss; OUTDIR: a new temp folder)
set -euo pipefail
cd "$(dirname "$0")/.."
gloss=${1:-.build/debug/gloss}
out=${2:-$(mktemp -d)}
mkdir -p "$out"

python3 scripts/synthetic-news.py 300 "$out/news.jsonl"
"$gloss" analyze "$out/news.jsonl" seeds -o "$out/results.sqlite" --quiet --overwrite
"$gloss" analyze "$out/news.jsonl" seeds -o "$out/results.jsonl.gz" --quiet --overwrite
"$gloss" report "$out/results.sqlite" -o "$out/report.html"
"$gloss" report "$out/results.jsonl.gz" -o "$out/report-jsonl.html"
"$gloss" show "$out/results.sqlite" --id synthetic-000001 -o "$out/doc.html"
"$gloss" show seeds/000_fb4e75e7260c85f4.html -o "$out/seed.html"

python3 scripts/browser-check.py --report "$out/report.html" --report "$out/report-jsonl.html" \
    --document "$out/doc.html" --document "$out/seed.html" --follow-link 'a[href*="-docs/"]' \
    --min-data 40 --min-marks 5 --screenshot-dir "$out/screenshots"

printf '<!DOCTYPE html><html><body><script>console.error("planted")</script><img src="missing.png"></body></html>' \
    > "$out/broken.html"
python3 scripts/browser-check.py --page "$out/broken.html" --expect-problems
echo "browser check: screenshots in $out/screenshots"
