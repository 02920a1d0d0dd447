import ArgumentParser
import Foundation
import GlossCore
import GlossEvaluation
import GlossStages

extension Gloss.Evaluate {
    /// `gloss evaluate sentiment`: scores sentence sentiment against human ratings.
    struct Sentiment: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sentiment",
            abstract: "Score sentiment against human ratings (VADER's ground-truth format).",
            discussion: """
                Each FILE holds one rated text per line: id <TAB> mean rating <TAB> text (CRLF or LF), \
                as in VADER's ground-truth sets. Each text is one document through \
                ingest.text, normalize, tokenize, sentences and sentiment; its score is the compound of \
                the whole text (its sentences' valences summed, which is how VADER scores a text it is \
                given; a rating is of the whole text); with --no-combined, the document's word-weighted \
                mean over its sentences, the score to read for long articles. Reported per file: Pearson r \
                between score and rating; binary accuracy on the items rated non-zero (the sign of the \
                score against the sign of the rating; a score of exactly 0 counts as wrong); \
                sentences and MB of text per second per worker, for the whole pipeline; and, beside them, \
                the r of VADER's rules alone (--scorer rules --no-news: Gloss's port of vaderSentiment 3.3.2). \
                The bundled calibration was trained on VADER's three development sets, so its r on them is \
                in-domain. With --cross-domain (three or more files), each file is also scored by a \
                calibration trained on the other files alone (clause factors and penalty chosen by \
                leave-one-domain-out among them, as `gloss train sentiment` does): the figure for a domain \
                never trained on.
                """)

        @Argument(help: ArgumentHelp("Ground-truth files.", valueName: "file"))
        var files: [String]

        @Flag(inversion: .prefixedNo, help: "Add the news vocabulary to VADER's lexicon.")
        var news = true

        @Option(name: .long, help: "The sentiment stage's scorer: calibrated or rules (VADER's rules alone).")
        var scorer: String = "calibrated"

        @Flag(name: .long, help: "Also score each file with a calibration trained on the other files alone (three or more files).")
        var crossDomain = false

        @Flag(inversion: .prefixedNo, help: "Run the normalize stage before tokenizing.")
        var normalize = true

        @Flag(
            inversion: .prefixedNo,
            help: "Score each text as a whole (its sentences' valences summed, as VADER scores a text), not by the mean over its sentences.")
        var combined = true

        @Option(
            name: .long, parsing: .upToNextOption,
            help: ArgumentHelp(
                "With --cross-domain, the features of the calibrations trained, from \(SentimentCalibration.Feature.allCases.map(\.rawValue).joined(separator: ", ")) (default: the bundled calibration's).",
                valueName: "feature"))
        var features: [String] = CalibrationTrainer.defaultFeatures.map(\.rawValue)

        @Option(name: .shortAndLong, help: "Worker threads.")
        var jobs: Int = 1

        @Flag(name: .long, help: "Print the figures as JSON.")
        var json = false

        @Option(name: .long, help: ArgumentHelp("Write each item's id, rating and score to this file (TSV).", valueName: "file"))
        var scores: String?

        func validate() throws {
            guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
            guard SentimentScorer.Mode(rawValue: scorer) != nil else {
                throw ValidationError("--scorer must be one of \(SentimentScorer.Mode.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            for name in features where SentimentCalibration.Feature(rawValue: name) == nil {
                throw ValidationError("unknown feature '\(name)'; use one of \(SentimentCalibration.Feature.allCases.map(\.rawValue))")
            }
            guard !crossDomain || files.count >= 3 else {
                throw ValidationError("--cross-domain needs at least three files (one domain each)")
            }
        }

        func run() throws {
            var settings = SentimentEvaluation.Settings()
            (settings.news, settings.scorer, settings.normalize) = (news, scorer, normalize)
            (settings.combined, settings.jobs) = (combined, jobs)
            settings.features = features.compactMap(SentimentCalibration.Feature.init(rawValue:))
            var report: [[String: Any]] = []
            var table = ""
            var domains: [CalibrationTrainer.Domain] = []
            for file in files {
                let items = try SentimentEvaluation.read(path: file)
                let result = try SentimentEvaluation.score(items, settings: settings)
                table += result.scoreLines(file: file, items: items)
                if json {
                    report.append(result.json(file: file))
                } else {
                    print(result.text(file: file))
                }
                if crossDomain { domains.append(try SentimentEvaluation.domain(name: file, items: items, settings: settings)) }
            }
            if crossDomain {
                for (index, held) in try SentimentEvaluation.crossDomain(domains, settings: settings).enumerated() {
                    if json {
                        report[index]["pearson_leave_one_domain_out"] = held.r
                    } else {
                        print("\(held.domain): leave-one-domain-out r \(String(format: "%.3f", held.r)) (trained on the other files alone)")
                    }
                }
            }
            if let scores { try TextFile.write(table, to: scores) }
            if json {
                let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
                print(String(decoding: data, as: UTF8.self))
            }
        }
    }
}
