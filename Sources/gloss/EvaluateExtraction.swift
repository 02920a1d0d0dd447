import ArgumentParser
import Foundation
import GlossCore
import GlossEvaluation
import GlossSources
import GlossStages

extension Gloss.Evaluate {
    /// `gloss evaluate extraction`: scores main-content extraction and metadata.
    struct Extraction: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extraction",
            abstract: "Score main-content extraction (Article Extraction Benchmark) and metadata (Readability's test pages).",
            discussion: """
                --aeb takes a directory with ground-truth.json ({id: {articleBody, url}}) and html/<id>.html.gz \
                (or .html); pages are scored with the benchmark's own metric: 4-token shingles of \\w+ tokens, \
                per-page precision and recall averaged over pages, F1 of the averages. \
                --readability takes a directory of page folders, each with source.html, expected.html \
                (the article as Readability extracts it) and expected-metadata.json; the content is \
                scored with the same shingle metric against the visible text of expected.html, and \
                titles, bylines, languages and published times are compared after whitespace is \
                collapsed (dates as instants). Both report empty and short results and which \
                extraction pass chose each page's text (ingest.html's explain diagnostics).
                """)

        @Option(name: .long, help: ArgumentHelp("An Article Extraction Benchmark directory.", valueName: "dir"))
        var aeb: String?

        @Option(name: .long, help: ArgumentHelp("A directory of Readability test pages.", valueName: "dir"))
        var readability: String?

        @Option(name: .long, help: "What ingest.html keeps: article (main content) or full (all visible text, the baseline).")
        var content: String = "article"

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Score another extractor's output instead of Gloss's content, a JSON Lines file of {\"id\", \"text\"} (ids: AEB page ids, Readability folder names).",
                valueName: "file"))
        var predictions: String?

        @Option(name: .shortAndLong, help: "Worker threads.")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(name: .long, help: ArgumentHelp("List this many worst-scoring pages.", valueName: "n"))
        var worst: Int = 0

        @Flag(name: .long, help: "Print the figures as JSON.")
        var json = false

        func validate() throws {
            guard aeb != nil || readability != nil else {
                throw ValidationError("name a data set: --aeb DIR and/or --readability DIR")
            }
            guard content == "article" || content == "full" else { throw ValidationError("--content must be article or full") }
            guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        }

        func run() throws {
            var report: [String: Any] = [:]
            if let aeb {
                let evaluation = AEBEvaluation(directory: aeb, content: content, jobs: jobs)
                let result = try predictions.map { try evaluation.score(predictionsAt: $0) } ?? evaluation.run()
                report["aeb"] = result.json
                if !json { print(result.text(worst: worst)) }
            }
            if let readability {
                let evaluation = ReadabilityEvaluation(directory: readability, content: content, jobs: jobs)
                let result = try evaluation.run(predictions: try predictions.map(ExtractionRun.predictions(at:)))
                report["readability"] = result.json
                if !json { print(result.text(worst: worst)) }
            }
            if json {
                let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
                print(String(decoding: data, as: UTF8.self))
            }
        }
    }
}
