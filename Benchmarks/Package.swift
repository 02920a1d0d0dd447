// swift-tools-version: 6.1
// Gloss's micro-benchmarks: one benchmark per stage and per container reader, measured with
// ordo-one's package-benchmark (`swift package benchmark`, see README.md here).
//
// A package of its own, nested in the repository, so that the root package (and so CI's
// `swift build` and `swift test`) neither builds the benchmark package nor needs it.
import PackageDescription

let package = Package(
    name: "GlossBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Gloss", path: ".."),
        // The malloc interposer gives the malloc counts the thresholds gate on; naming the trait
        // leaves out the Linux ARC runtime interposer, which is not among the machine's packages.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // What the benchmarks run on: the repository's seed documents and containers made from them.
        .target(
            name: "BenchmarkInputs",
            dependencies: [
                "CZlibWriter",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "GlossCore", package: "Gloss"),
            ],
            path: "Inputs"),
        // zlib's gzip file writer, to make `.gz` inputs (GlossSources only reads gzip).
        .systemLibrary(name: "CZlibWriter", path: "CZlibWriter", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        benchmark("Stages", using: "GlossStages"),
        benchmark("Readers", using: "GlossSources"),
    ],
    swiftLanguageModes: [.v6]
)

/// A benchmark suite: the executable target in `Benchmarks/<name>/` (the plugin finds suites by
/// that folder), measuring the Gloss library `library`.
func benchmark(_ name: String, using library: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [
            "BenchmarkInputs",
            .product(name: "Benchmark", package: "benchmark"),
            .product(name: "GlossCore", package: "Gloss"),
            .product(name: library, package: "Gloss"),
        ],
        path: name,
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")])
}
