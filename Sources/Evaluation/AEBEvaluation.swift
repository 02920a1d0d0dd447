import Foundation
import GlossCore
import GlossSources

/// Main-content extraction scored on an Article Extraction Benchmark directory.
package struct AEBEvaluation {
    package let directory: String
    package let content: String
    package let jobs: Int

    package init(directory: String, content: String, jobs: Int) {
        (self.directory, self.content, self.jobs) = (directory, content, jobs)
    }

    package struct Result {
        package var summary: ShingleMetric.Summary
        package var pages: [(id: String, score: ShingleMetric.Score, url: String)]
        package var failures: [String]
        package var pagesPerSecond: Double
        package var megabytesPerSecond: Double
        package var tally = ExtractionTally()

        package func text(worst: Int) -> String {
            var headline = String(
                format: "AEB extraction (%d pages, %@): precision %.3f  recall %.3f  F1 %.3f",
                summary.pages, content, summary.precision, summary.recall, summary.f1)
            if pagesPerSecond > 0 {
                headline += String(format: "  — %.0f pages/s, %.1f MB/s of HTML per core", pagesPerSecond, megabytesPerSecond)
            }
            var lines = [headline, tally.text]
            if !failures.isEmpty { lines.append("  \(failures.count) pages failed: " + failures.prefix(5).joined(separator: "; ")) }
            for page in pages.sorted(by: { min($0.score.precision, $0.score.recall) < min($1.score.precision, $1.score.recall) }).prefix(worst) {
                lines.append(String(format: "  P %.2f R %.2f  %@  %@", page.score.precision, page.score.recall, String(page.id.prefix(12)), page.url))
            }
            return lines.joined(separator: "\n")
        }

        package var content = ""

        package var json: [String: Any] {
            [
                "pages": summary.pages, "precision": summary.precision, "recall": summary.recall, "f1": summary.f1,
                "failures": failures.count, "pages_per_second_per_core": pagesPerSecond,
                "megabytes_per_second_per_core": megabytesPerSecond, "results": tally.json,
            ]
        }
    }

    /// The gold data: `{id: {articleBody, url}}`.
    package func groundTruth() throws -> [String: [String: Any]] {
        let truthPath = (directory as NSString).appendingPathComponent("ground-truth.json")
        guard let data = FileManager.default.contents(atPath: truthPath),
            let truth = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Any]]
        else {
            throw EvaluationError("cannot read \(truthPath): expected {id: {articleBody, url}}")
        }
        return truth
    }

    /// Scores another extractor's texts, read from JSON Lines of `{"id", "text"}`; a page
    /// without a line scores as an empty extraction.
    package func score(predictionsAt path: String) throws -> Result {
        let truth = try groundTruth()
        let texts = try ExtractionRun.predictions(at: path)
        var tally = ExtractionTally()
        var scores: [ShingleMetric.Score] = []
        var pages: [(id: String, score: ShingleMetric.Score, url: String)] = []
        for id in truth.keys.sorted() {
            let score = ShingleMetric.score(expected: truth[id]?["articleBody"] as? String ?? "", extracted: texts[id] ?? "")
            tally.add(text: texts[id] ?? "", diagnostics: [])
            scores.append(score)
            pages.append((id, score, truth[id]?["url"] as? String ?? ""))
        }
        var result = Result(
            summary: ShingleMetric.summarize(scores), pages: pages, failures: [], pagesPerSecond: 0, megabytesPerSecond: 0,
            tally: tally)
        result.content = "predictions from \((path as NSString).lastPathComponent)"
        return result
    }

    package func run() throws -> Result {
        let truth = try groundTruth()
        let htmlDirectory = (directory as NSString).appendingPathComponent("html")
        var inputs: [DocumentInput] = []
        var missing: [String] = []
        for id in truth.keys.sorted() {
            let page = (htmlDirectory as NSString).appendingPathComponent(id + ".html")
            if FileManager.default.fileExists(atPath: page + ".gz"),
                var input = FileSource(paths: [page + ".gz"], readers: Readers.standard).first(where: { _ in true })
            {
                // The gzip reader hands the page over for decompression on a worker thread.
                input.id = id
                inputs.append(input)
            } else if FileManager.default.fileExists(atPath: page) {
                inputs.append(DocumentInput(id: id, source: page, payload: .file(path: page)))
            } else {
                missing.append(id)
            }
        }
        var scores: [ShingleMetric.Score] = []
        var pages: [(id: String, score: ShingleMetric.Score, url: String)] = []
        var failures = missing.map { "\($0): no html/\($0).html.gz" }
        var tally = ExtractionTally()
        let statistics = try ExtractionRun.run(inputs, content: content, jobs: jobs) { record in
            let expected = truth[record.id]?["articleBody"] as? String ?? ""
            let extracted: String
            switch record {
            case .document(let document): extracted = document.text
            case .failure(let failure):
                failures.append(failure.description)
                extracted = ""
            }
            let score = ShingleMetric.score(expected: expected, extracted: extracted)
            tally.add(text: extracted, diagnostics: record.document?.diagnostics ?? [])
            scores.append(score)
            pages.append((record.id, score, truth[record.id]?["url"] as? String ?? ""))
        }
        for _ in missing { scores.append(ShingleMetric.Score(precision: 0, recall: 0)) }
        let speed = ExtractionRun.speed(statistics, jobs: jobs)
        var result = Result(
            summary: ShingleMetric.summarize(scores), pages: pages, failures: failures, pagesPerSecond: speed.pages,
            megabytesPerSecond: speed.megabytes, tally: tally)
        result.content = "content=\(content)"
        return result
    }
}
