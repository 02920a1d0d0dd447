#!/usr/bin/env bash
# Writes Sources/Stages/Entities/EntityModel+HotGroups.swift: the 4,096 groups of 8 rows of the
# bundled entity model that the tagger reads most on news, which EntityModel lays out first so
# that the rows read most share cache lines (docs/performance.md, "hot groups"). Any list gives
# the same scores to the bit (only where rows are kept moves); a stale one is only slower. Run
# it after the bundled model or the features change.
#
# Run from the repository root:   scripts/build-entity-hot-groups.sh [CORPORA]
# CORPORA is the folder holding reuters21578/ and rss/ (default /work/shared/corpora). It builds
# gloss with -DGLOSS_ROW_TRACE into a scratch folder (a release build: several minutes), which
# notes every row the tagger reads (RowTrace), runs it over five Reuters-21578 files and every
# fourth RSS file (not reut2-000 or the AEB pages, on which the layout is measured) and counts
# the reads per group (scripts/build-entity-hot-groups.py).
set -euo pipefail
cd "$(dirname "$0")/.."
corpora=${1:-/work/shared/corpora}
target=Sources/Stages/Entities/EntityModel+HotGroups.swift
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
swift build -c release --product gloss -Xswiftc -DGLOSS_ROW_TRACE --scratch-path "$scratch/build"
gloss="$scratch/build/release/gloss"
reuters=$corpora/reuters21578/sgml
trace() {  # file, inputs...
    local out=$1
    shift
    GLOSS_ROW_TRACE="$out" SWIFT_DETERMINISTIC_HASHING=1 "$gloss" analyze "$@" --stages text,entities --format jsonl --jobs 1 > /dev/null
}
trace "$scratch/reuters.bin" "$reuters"/reut2-01{0,1,2,4,6}.sgm
# shellcheck disable=SC2046
trace "$scratch/rss.bin" $(LC_ALL=C ls "$corpora"/rss/* | awk 'NR % 4 == 0')
python3 scripts/build-entity-hot-groups.py --model Sources/Stages/Entities/Model/entities.model --count 4096 \
    --note "Counted on reut2-010, -011, -012, -014, -016 and every fourth RSS file of the corpora." \
    "$scratch/reuters.bin" "$scratch/rss.bin" > "$scratch/out.swift"
mv "$scratch/out.swift" "$target"
echo "wrote $target ($(wc -c < "$target") bytes)"
