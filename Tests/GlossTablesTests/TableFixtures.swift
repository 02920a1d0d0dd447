import Foundation
import GlossCore
import GlossStages
import GlossTables

/// Records made by the standard pipeline from small hand-written texts, shared by the tests.
enum TableFixtures {
    static let texts = [
        ("a", "Angela Merkel met Emmanuel Macron in Paris on Monday. The deal is worth $1.2 billion, a great success. "
            + "Siemens said profits fell 12% and the outlook is terrible."),
        ("b", "Emmanuel Macron spoke to Reuters in Berlin. Nearly 300 people attended."),
    ]

    static func records(_ texts: [(String, String)] = texts) throws -> [Record] {
        let pipeline = try StageRegistry.standard.makePipeline(StageRegistry.defaultStageNames)
        let inputs = texts.map { DocumentInput.text($0.1, id: $0.0) }
        return PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 1)).run(inputs)
    }

    static let failure = Record.failure(DocumentFailure(
        id: "bad.html", source: "bad.html", stage: "read", code: "read.not-found", message: "no such file, \"quoted\""))

    /// A fresh path in the temporary folder, removed (with SQLite's side files) by `cleanUp`.
    static func temporaryPath(_ suffix: String) -> String {
        NSTemporaryDirectory() + "gloss-tables-\(UUID().uuidString)" + suffix
    }

    static func cleanUp(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
