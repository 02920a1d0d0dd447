# Sourced (from the repository root) by the scripts that render a checked-in snapshot from the
# package's own builders (build-unit-snapshot.sh, build-scalar-tables.sh): a scratch directory,
# removed on exit; `module NAME DIR` compiles a module's sources unoptimised with swiftc into it
# (no SwiftPM build needed); `program LIB...` links $scratch/main.swift against those modules,
# named in link order, into $scratch/render.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
flags=(-Onone -enable-testing -swift-version 6 -package-name gloss -parse-as-library -I "$scratch")
module() {  # name, source directory
    find "$2" -name '*.swift' -print0 | xargs -0 swiftc "${flags[@]}" -emit-module -emit-library -static \
        -module-name "$1" -emit-module-path "$scratch/$1.swiftmodule" -o "$scratch/lib$1.a"
}
program() {  # the modules main.swift uses, dependants first
    local libraries=()
    for name in "$@"; do libraries+=("-l$name"); done
    swiftc -Onone -swift-version 6 -package-name gloss -I "$scratch" -L "$scratch" \
        "${libraries[@]}" "$scratch/main.swift" -o "$scratch/render"
}
