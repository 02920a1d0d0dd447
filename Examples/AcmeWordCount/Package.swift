// swift-tools-version: 6.1
// An example of a third-party Gloss stage: it depends on GlossCore alone.
import PackageDescription

let package = Package(
    name: "AcmeWordCount",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Gloss", path: "../..")],
    targets: [
        .target(name: "AcmeWordCount", dependencies: [.product(name: "GlossCore", package: "Gloss")]),
        .executableTarget(name: "acme-demo", dependencies: ["AcmeWordCount", .product(name: "GlossCore", package: "Gloss")]),
    ],
    swiftLanguageModes: [.v6]
)
