import Foundation
import GlossCore
import GlossSources
import GlossStages

/// Runs `ingest.html` over inputs and hands each document (or failure) over with its input id.
package enum ExtractionRun {
    package static func run(
        _ inputs: [DocumentInput], content: String, jobs: Int, handler: (Record) -> Void
    ) throws -> RunStatistics {
        let options = StageOptions(stage: "ingest.html", values: ["content": .string(content), "explain": .string("true")])
        let pipeline = try StageRegistry.standard.makePipeline(["ingest.html"], options: ["ingest.html": options])
        let runner = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: jobs, batchSize: 4))
        return runner.run(inputs, handler: handler)
    }

    /// Another extractor's texts by id, read from JSON Lines of `{"id", "text"}`.
    package static func predictions(at path: String) throws -> [String: String] {
        var texts: [String: String] = [:]
        let lines = try FileReader.read(path: path, maxBytes: 1 << 30).split(separator: 10, omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() where !line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let id = object["id"] as? String
            else { throw EvaluationError("\(path):\(number + 1): expected a JSON object with \"id\" and \"text\"") }
            texts[id] = object["text"] as? String ?? ""
        }
        return texts
    }

    /// Seconds, pages per second and MB/s of HTML, per core.
    package static func speed(_ statistics: RunStatistics, jobs: Int) -> (pages: Double, megabytes: Double) {
        let seconds = Double(statistics.wallNanoseconds) / 1e9
        guard seconds > 0 else { return (0, 0) }
        return (Double(statistics.records) / seconds / Double(jobs), Double(statistics.inputBytes) / 1e6 / seconds / Double(jobs))
    }
}
