// swift-tools-version: 6.1
// Gloss: a streaming text-analytics engine for news and web archives.
//
// Data flows one way: sources → stages (ingest → normalise → tokenise → sentences → …) → sinks.
// GlossCore holds the document model, the stage protocol, the registry and the runner;
// GlossStages holds the built-in stages; `gloss` and `bench` are the executables.
import PackageDescription

let package = Package(
    name: "Gloss",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "GlossCore", targets: ["GlossCore"]),
        .library(name: "GlossStages", targets: ["GlossStages"]),
        .library(name: "GlossReaders", targets: ["GlossReaders"]),
        .library(name: "GlossTables", targets: ["GlossTables"]),
        .executable(name: "gloss", targets: ["gloss"]),
        .executable(name: "bench", targets: ["bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "GlossCore", dependencies: ["CZlib"], path: "Sources/Core"),
        .target(
            name: "GlossStages", dependencies: ["GlossCore", "CLibXML2"], path: "Sources/Stages",
            resources: [.copy("Sentiment/Resources"), .copy("Entities/Model")]),
        // Container readers: gzip, web archives, feeds and news archives split into documents.
        .target(
            name: "GlossReaders", dependencies: ["GlossCore", "CLibXML2", "CZlib"], path: "Sources/Readers"),
        // Results tables: the SQLite and CSV sinks, the HTML report and the document view.
        .target(
            name: "GlossTables", dependencies: ["GlossCore", "GlossStages", "CSQLite", "CZlib"], path: "Sources/Tables"),
        .executableTarget(
            name: "gloss",
            dependencies: [
                "GlossCore", "GlossStages", "GlossReaders", "GlossTables",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/gloss"),
        .executableTarget(
            name: "bench",
            dependencies: [
                "GlossCore", "GlossStages", "GlossReaders",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/bench"),
        // The third-party stage example, built from its own folder so the test below keeps it honest.
        .target(
            name: "AcmeWordCount", dependencies: ["GlossCore"],
            path: "Examples/AcmeWordCount/Sources/AcmeWordCount"),
        .testTarget(name: "GlossCoreTests", dependencies: ["GlossCore"]),
        .testTarget(name: "GlossStagesTests", dependencies: ["GlossStages", "GlossCore"]),
        .testTarget(name: "GlossReadersTests", dependencies: ["GlossReaders", "GlossCore", "CZlib"]),
        .testTarget(name: "glossTests", dependencies: ["gloss", "GlossCore", "GlossStages"], exclude: ["Golden"]),
        .testTarget(name: "benchTests", dependencies: ["bench", "GlossCore", "GlossStages"]),
        .testTarget(name: "GlossTablesTests", dependencies: ["GlossTables", "GlossCore", "GlossStages"]),
        .testTarget(name: "ExamplesTests", dependencies: ["AcmeWordCount", "GlossCore"]),
    ],
    swiftLanguageModes: [.v6]
)
