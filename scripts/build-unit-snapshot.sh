#!/usr/bin/env bash
# Writes Sources/Stages/Numbers/UnitSnapshot+Text.swift: the unit tables the numbers stage
# reads (UnitTable.suffixBytes, suffixReach, suffixStarts, longestSuffix, symbols), rendered
# by UnitSnapshot.render() from the builders in UnitTable, CurrencyCatalog, MetricUnits and
# CompoundUnits. Run it after changing any of those tables; UnitSnapshotTests fails until then.
#
# Run from the repository root:   scripts/build-unit-snapshot.sh [--check]
# It compiles GlossCore, GlossText and GlossNumbers unoptimised with swiftc into a scratch
# directory (a few minutes; no SwiftPM build needed) and runs a two-line program on them.
# With --check it writes nothing and exits 1 if the checked-in file differs.
set -euo pipefail
cd "$(dirname "$0")/.."
target=Sources/Stages/Numbers/UnitSnapshot+Text.swift
source scripts/snapshot-modules.sh
module GlossCore Sources/Core
module GlossText Sources/Stages/Text
module GlossNumbers Sources/Stages/Numbers
cat > "$scratch/main.swift" <<'SWIFT'
@testable import GlossNumbers
print(UnitSnapshot.sourceFile(), terminator: "")
SWIFT
program GlossNumbers GlossText GlossCore
"$scratch/render" > "$scratch/out.swift"
if [[ "${1:-}" == "--check" ]]; then
    cmp -s "$scratch/out.swift" "$target" && echo "$target is up to date" && exit 0
    echo "$target differs from what the builders make: run scripts/build-unit-snapshot.sh" >&2
    exit 1
fi
mv "$scratch/out.swift" "$target"
echo "wrote $target ($(wc -c < "$target") bytes)"
