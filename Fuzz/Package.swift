// swift-tools-version: 6.1
// Gloss's fuzz targets: one libFuzzer executable per kind of hostile input (HTML ingest, the
// XML and feed readers, web archives, JSON Lines, the tokeniser, the numbers stage).
//
// A package of its own, nested in the repository, so that the root package (and so CI's
// `swift build` and `swift test`) neither builds the fuzz targets nor needs a fuzzing
// toolchain. Built and run by `scripts/fuzz.sh`, which passes `-Xswiftc -sanitize=fuzzer,address`:
// every Gloss module is compiled with coverage and AddressSanitizer. Each target's `main.swift`
// hands its test function to libFuzzer's `LLVMFuzzerRunDriver` (SwiftPM names an executable's
// entry point after its module on Linux, so libFuzzer's own `main` and `-parse-as-library`
// cannot be used).
import PackageDescription

let package = Package(
    name: "GlossFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Gloss", path: "..")
    ],
    targets: [
        // libFuzzer's driver entry, declared for Swift.
        .systemLibrary(name: "CLibFuzzer", path: "Sources/CLibFuzzer"),
        // What the targets share: starting libFuzzer, the scratch file readers take paths of,
        // reading a source's inputs.
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CLibFuzzer",
                .product(name: "GlossCore", package: "Gloss"),
                .product(name: "GlossSources", package: "Gloss"),
                .product(name: "GlossStages", package: "Gloss"),
            ],
            path: "Sources/FuzzSupport"),
        fuzzTarget("FuzzHTML"),
        fuzzTarget("FuzzXML", readers: true),
        fuzzTarget("FuzzWARC", readers: true),
        fuzzTarget("FuzzJSONL", readers: true),
        fuzzTarget("FuzzTokenize"),
        fuzzTarget("FuzzNumbers"),
    ],
    swiftLanguageModes: [.v6]
)

/// A fuzz target: the executable in `Sources/<name>/`, whose `LLVMFuzzerTestOneInput` libFuzzer calls.
func fuzzTarget(_ name: String, readers: Bool = false) -> Target {
    var dependencies: [Target.Dependency] = [
        "FuzzSupport",
        .product(name: "GlossCore", package: "Gloss"),
        .product(name: "GlossStages", package: "Gloss"),
    ]
    if readers { dependencies.append(.product(name: "GlossSources", package: "Gloss")) }
    return .executableTarget(name: name, dependencies: dependencies, path: "Sources/\(name)")
}
