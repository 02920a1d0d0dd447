// swift-tools-version: 6.1
// Gloss: a streaming text-analytics engine for news and web archives.
//
// Data flows one way: sources → stages (ingest → normalise → tokenise → sentences → …) → sinks.
// Modules are cut by dependency weight, so an embedder links only what it uses:
//
//   GlossCore        the document model and its layers, the Stage contract, the registry, the
//                    runner, the vocabulary a layer encodes itself with (`JSONWriter`) and the
//                    byte-level JSON reader the report and JSON-LD share (`JSONScanner`). No
//                    file walking, no sinks, no C libraries.
//   GlossSources     file walking and the container readers (gzip, web archives, feeds, news
//                    archives). Links libxml2 and zlib.
//   GlossSinks       records to JSON Lines: the record encoder, files, gzip, parts and resuming.
//   GlossText        ingest of plain text, normalise, tokenise, sentences. GlossCore alone.
//   GlossHTML        HTML ingest (libxml2) and the `ingest` stage that picks HTML or text.
//   GlossNumbers     numbers, amounts and units, with their layer.
//   GlossEntities    named entities, with their layer and the bundled model (9 MB).
//   GlossSentiment   sentiment, with its layer and lexicons; per-entity scores read entities.
//   GlossDedupe      fingerprints and near-duplicate marks.
//   GlossStages      the umbrella: re-exports the families and registers the standard stages.
//   GlossEntityTraining, GlossEvaluation   the trainer and the evaluation code, for `gloss`.
//   GlossTables      results as tables: the SQLite (system libsqlite3) and CSV sinks, the HTML
//                    report and the document view (`gloss report`, `gloss show`).
//
// `gloss` and `bench` are the executables. README's "Architecture" draws the graph, and
// `scripts/module-graph.py` prints it from `swift package describe` and fails on a cycle.
import PackageDescription

let package = Package(
    name: "Gloss",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "GlossCore", targets: ["GlossCore"]),
        .library(name: "GlossSources", targets: ["GlossSources"]),
        .library(name: "GlossSinks", targets: ["GlossSinks"]),
        .library(name: "GlossText", targets: ["GlossText"]),
        .library(name: "GlossHTML", targets: ["GlossHTML"]),
        .library(name: "GlossNumbers", targets: ["GlossNumbers"]),
        .library(name: "GlossEntities", targets: ["GlossEntities"]),
        .library(name: "GlossSentiment", targets: ["GlossSentiment"]),
        .library(name: "GlossDedupe", targets: ["GlossDedupe"]),
        .library(name: "GlossStages", targets: ["GlossStages"]),
        .library(name: "GlossTables", targets: ["GlossTables"]),
        .executable(name: "gloss", targets: ["gloss"]),
        .executable(name: "bench", targets: ["bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `swift package generate-documentation`: the DocC catalogs, one per library product.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // A header alone: the processor's prefetch hint, which Swift cannot write (no library).
        .systemLibrary(name: "CPrefetch", path: "Sources/CPrefetch"),
        .target(name: "GlossCore", path: "Sources/Core"),
        // File walking and every container reader: gzip, web archives, feeds and news archives.
        .target(
            name: "GlossSources", dependencies: ["GlossCore", "CLibXML2", "CZlib"], path: "Sources/Readers"),
        .target(name: "GlossSinks", dependencies: ["GlossCore", "CZlib"], path: "Sources/Sinks"),
        // Stage families, one module each, lightest first.
        .target(name: "GlossText", dependencies: ["GlossCore"], path: "Sources/Stages/Text"),
        .target(name: "GlossHTML", dependencies: ["GlossCore", "GlossText", "CLibXML2"], path: "Sources/Stages/HTML"),
        .target(name: "GlossNumbers", dependencies: ["GlossCore", "GlossText"], path: "Sources/Stages/Numbers"),
        .target(
            name: "GlossEntities", dependencies: ["GlossCore", "GlossText", "CPrefetch"], path: "Sources/Stages/Entities",
            // Model/gazetteer.txt (3 MB) is the source of gazetteer.table, read only by
            // scripts/build-gazetteer-table.py and the staleness test, from the source tree: not shipped.
            // The files are copied to the bundle's top level; a new Model file needs its line here.
            exclude: ["Model/gazetteer.txt"],
            resources: [
                .copy("Model/entities.model"), .copy("Model/gazetteer.table"), .copy("Model/words.lexicon"),
                .copy("Model/NOTICE.entities.txt"),
            ]),
        .target(
            name: "GlossSentiment", dependencies: ["GlossCore", "GlossText", "GlossEntities"], path: "Sources/Stages/Sentiment",
            resources: [.copy("Resources")]),
        .target(name: "GlossDedupe", dependencies: ["GlossCore"], path: "Sources/Stages/Dedupe"),
        .target(
            name: "GlossStages",
            dependencies: [
                "GlossCore", "GlossText", "GlossHTML", "GlossNumbers", "GlossEntities", "GlossSentiment", "GlossDedupe",
            ],
            path: "Sources/Stages/Standard"),
        // Not products: the entity trainer and the evaluation code serve `gloss train` and
        // `gloss evaluate`, and are no part of the taggers' API.
        .target(
            name: "GlossEntityTraining", dependencies: ["GlossCore", "GlossText", "GlossEntities"],
            path: "Sources/Stages/EntityTraining"),
        .target(
            name: "GlossEvaluation", dependencies: ["GlossCore", "GlossSources", "GlossStages"], path: "Sources/Evaluation"),
        // Results tables: the SQLite and CSV sinks, the HTML report and the document view.
        .target(
            name: "GlossTables", dependencies: ["GlossCore", "GlossStages", "GlossSinks", "CSQLite", "CZlib"],
            path: "Sources/Tables"),
        .executableTarget(
            name: "gloss",
            dependencies: [
                "GlossCore", "GlossStages", "GlossSources", "GlossSinks", "GlossEntityTraining", "GlossEvaluation",
                "GlossTables",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/gloss"),
        .executableTarget(
            name: "bench",
            dependencies: [
                "GlossCore", "GlossStages", "GlossSources", "GlossSinks",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/bench"),
        // The third-party stage example, built from its own folder so the test below keeps it honest.
        .target(
            name: "AcmeWordCount", dependencies: ["GlossCore"],
            path: "Examples/AcmeWordCount/Sources/AcmeWordCount"),
        // Helpers several test targets share (a seeded generator, small stages, gunzip).
        .target(name: "GlossTestSupport", dependencies: ["GlossCore"], path: "Tests/GlossTestSupport"),
        .testTarget(name: "GlossCoreTests", dependencies: ["GlossCore", "GlossSinks", "GlossTestSupport"]),
        .testTarget(name: "GlossSourcesTests", dependencies: ["GlossSources", "GlossCore", "GlossTestSupport", "CZlib"]),
        .testTarget(name: "GlossSinksTests", dependencies: ["GlossSinks", "GlossCore", "GlossTestSupport"]),
        .testTarget(name: "GlossTextTests", dependencies: ["GlossText", "GlossCore", "GlossTestSupport", "GlossStages"]),
        .testTarget(name: "GlossHTMLTests", dependencies: ["GlossHTML", "GlossText", "GlossCore", "GlossStages"]),
        .testTarget(
            name: "GlossNumbersTests", dependencies: ["GlossNumbers", "GlossText", "GlossCore", "GlossEvaluation"],
            exclude: ["Probes"]),
        .testTarget(name: "GlossEntitiesTests", dependencies: ["GlossEntities", "GlossText", "GlossCore", "GlossTestSupport", "GlossStages"]),
        .testTarget(name: "GlossEntityTrainingTests", dependencies: ["GlossEntityTraining", "GlossEntities", "GlossCore"]),
        .testTarget(name: "GlossSentimentTests", dependencies: ["GlossSentiment", "GlossEntities", "GlossText", "GlossCore", "GlossStages"]),
        .testTarget(name: "GlossDedupeTests", dependencies: ["GlossDedupe", "GlossCore", "GlossSinks", "GlossStages", "GlossTestSupport"]),
        .testTarget(name: "GlossStagesTests", dependencies: ["GlossStages", "GlossSources", "GlossSinks", "GlossCore"]),
        .testTarget(
            name: "GlossEvaluationTests", dependencies: ["GlossEvaluation", "GlossEntityTraining", "GlossStages", "GlossCore"]),
        .testTarget(name: "GlossTablesTests", dependencies: ["GlossTables", "GlossCore", "GlossStages", "GlossSinks"]),
        .testTarget(
            name: "glossTests",
            dependencies: [
                "gloss", "GlossCore", "GlossStages", "GlossSources", "GlossSinks", "GlossEntityTraining", "GlossEvaluation",
                "GlossTestSupport",
            ],
            exclude: ["Golden"]),
        .testTarget(name: "benchTests", dependencies: ["bench", "GlossCore", "GlossStages", "GlossSources", "GlossSinks"]),
        .testTarget(name: "ExamplesTests", dependencies: ["AcmeWordCount", "GlossCore", "GlossSinks"]),
    ],
    swiftLanguageModes: [.v6]
)
