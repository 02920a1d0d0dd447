#!/bin/sh
# Rebuilds the bundled entity model (Sources/Stages/Entities/Model/entities.model) byte for byte
# from the repository's own history and the shared data. The bundle is the version-5 model that
# scripts/train-entities.sh made at 466ea33 (2026-12-04), its Int16 weights rounded to Int8 by
# scripts/narrow-entity-model.py. This script
#   1. writes 466ea33's tree into a temporary folder (`git archive 466ea33`; removed on exit),
#   2. builds gloss there (`swift build -c release --product gloss`),
#   3. runs that tree's scripts/train-entities.sh with that gloss and the NER and corpora paths
#      (its four steps: the recipe on EWT train, silver Reuters sentences labelled by that model
#      under 466ea33's rules after decoding (391 kept), the recipe with them, then train + dev +
#      silver at the fitted temperature), which writes the version-5 file in the temporary tree,
#   4. narrows that file with this tree's scripts/narrow-entity-model.py into the bundle's path,
#      or into the path given with --output (to check it with `cmp` without overwriting).
# It needs git (this repository's history), swift, python3 with numpy. It took 10 to 15 min on
# the shared two-core machine under load (7 to 11 min the build, 2.5 to 4 min the four steps),
# and about 120 MB in the temporary folder (TMPDIR). Deterministic: run twice on 2026-12-06,
# its output was `cmp`-identical to the bundled file both times.
#
# scripts/train-entities.sh is the recipe for the next retraining (the same recipe on the pinned
# silver list, scripts/entities-silver.tsv, no rule after decoding read); what it makes today
# is not this file (docs/entities-news.md, "The silver list pinned"). A new bundled model needs
# its own hot-row list: run scripts/build-entity-hot-groups.sh after it (a stale list costs speed only).
#
#   scripts/rebuild-bundled-entity-model.sh [--output PATH] [path/to/ner] [path/to/corpora]
#       # defaults: the bundle's path, ../shared/eval/ner, ../shared/corpora
#       # (relative paths, --output's too, are read from the repository's root, as
#       # train-entities.sh reads them)
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUTPUT="$ROOT/Sources/Stages/Entities/Model/entities.model"
if [ "${1:-}" = "--output" ]; then
    [ $# -ge 2 ] || { echo "rebuild-bundled-entity-model.sh: --output needs a path" >&2; exit 2; }
    OUTPUT=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
    shift 2
fi
NER=${1:-../shared/eval/ner}
CORPORA=${2:-../shared/corpora}
# Absolute, because the old tree's build and script run from its own root.
NER=$(cd "$NER" && pwd)
CORPORA=$(cd "$CORPORA" && pwd)
COMMIT=466ea33
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM HUP
git -C "$ROOT" archive "$COMMIT" | tar -x -C "$WORK"
(cd "$WORK" && swift build -c release --product gloss >&2)
(cd "$WORK" && GLOSS="$WORK/.build/release/gloss" sh scripts/train-entities.sh "$NER" "$CORPORA")
python3 "$ROOT/scripts/narrow-entity-model.py" \
    "$WORK/Sources/Stages/Entities/Model/entities.model" "$OUTPUT"
