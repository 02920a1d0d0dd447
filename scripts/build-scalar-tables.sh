#!/usr/bin/env bash
# Writes the two tables of scalars that GlossText reads at start-up, from the standard library's
# Unicode properties, so that a process does not ask the properties of every scalar again:
# - Sources/Stages/Text/Tokenize/ScalarClass+Snapshot.swift: the tokeniser's scalar classes
#   (ScalarClass.builtTable()) as letters, rendered by ScalarClass.sourceFile();
# - Sources/Stages/Text/Normalize/ScalarTable+Snapshot.swift: the normaliser's NFC table of the
#   BMP (ScalarTable.builtEntries(form: .nfc)) as runs, rendered by ScalarTable.sourceFile().
# Run it after changing ScalarClass.classify or ScalarTable.classify, or on moving to a toolchain
# with another Unicode version; ScalarClassTests and ScalarTableTests fail until then.
#
# Run from the repository root:   scripts/build-scalar-tables.sh [--check]
# It compiles GlossCore and GlossText unoptimised with swiftc into a scratch directory (a few
# minutes; no SwiftPM build needed) and runs a two-line program on them.
# With --check it writes nothing and exits 1 if a checked-in file differs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/snapshot-modules.sh
module GlossCore Sources/Core
module GlossText Sources/Stages/Text
cat > "$scratch/main.swift" <<'SWIFT'
@testable import GlossText
let file = CommandLine.arguments[1] == "classes" ? ScalarClass.sourceFile() : ScalarTable.sourceFile()
print(file, terminator: "")
SWIFT
program GlossText GlossCore
status=0
for table in classes nfc; do
    case $table in
        classes) target=Sources/Stages/Text/Tokenize/ScalarClass+Snapshot.swift ;;
        nfc) target=Sources/Stages/Text/Normalize/ScalarTable+Snapshot.swift ;;
    esac
    "$scratch/render" $table > "$scratch/out.swift"
    if [[ "${1:-}" == "--check" ]]; then
        if cmp -s "$scratch/out.swift" "$target"; then
            echo "$target is up to date"
        else
            echo "$target differs from what the properties make: run scripts/build-scalar-tables.sh" >&2
            status=1
        fi
    else
        mv "$scratch/out.swift" "$target"
        echo "wrote $target ($(wc -c < "$target") bytes)"
    fi
done
exit $status
