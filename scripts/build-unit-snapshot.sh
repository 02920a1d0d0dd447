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
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
flags=(-Onone -enable-testing -swift-version 6 -package-name gloss -parse-as-library -I "$scratch")
module() {  # name, source directory
    find "$2" -name '*.swift' -print0 | xargs -0 swiftc "${flags[@]}" -emit-module -emit-library -static \
        -module-name "$1" -emit-module-path "$scratch/$1.swiftmodule" -o "$scratch/lib$1.a"
}
module GlossCore Sources/Core
module GlossText Sources/Stages/Text
module GlossNumbers Sources/Stages/Numbers
cat > "$scratch/main.swift" <<'SWIFT'
@testable import GlossNumbers
print(UnitSnapshot.sourceFile(), terminator: "")
SWIFT
swiftc -Onone -swift-version 6 -package-name gloss -I "$scratch" -L "$scratch" \
    -lGlossNumbers -lGlossText -lGlossCore "$scratch/main.swift" -o "$scratch/render"
"$scratch/render" > "$scratch/out.swift"
if [[ "${1:-}" == "--check" ]]; then
    cmp -s "$scratch/out.swift" "$target" && echo "$target is up to date" && exit 0
    echo "$target differs from what the builders make: run scripts/build-unit-snapshot.sh" >&2
    exit 1
fi
mv "$scratch/out.swift" "$target"
echo "wrote $target ($(wc -c < "$target") bytes)"
