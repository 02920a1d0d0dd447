// swift-tools-version: 6.1
// An example of a third-party Gloss stage: the stage depends on GlossCore alone; the demo that
// prints its records as JSON Lines adds GlossSinks.
import PackageDescription

let package = Package(
    name: "AcmeWordCount",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Gloss", path: "../..")],
    targets: [
        .target(name: "AcmeWordCount", dependencies: [.product(name: "GlossCore", package: "Gloss")]),
        .executableTarget(
            name: "acme-demo",
            dependencies: [
                "AcmeWordCount", .product(name: "GlossCore", package: "Gloss"), .product(name: "GlossSinks", package: "Gloss"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
