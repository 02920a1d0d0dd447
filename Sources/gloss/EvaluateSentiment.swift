import ArgumentParser
import Foundation
import GlossCore
import GlossStages

extension Gloss.Evaluate {
    /// `gloss evaluate sentiment`: scores sentence sentiment against human ratings.
    struct Sentiment: ParsableCommand {
        static let configuration = CommandConfiguration(
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
            guard !crossDomain || files.count >= 3 else {
                throw ValidationError("--cross-domain needs at least three files (one domain each)")
            }
        }

        func run() throws {
            var report: [[String: Any]] = []
            var table = ""
            var domains: [CalibrationTrainer.Domain] = []
            for file in files {
                let items = try SentimentEvaluation.read(path: file)
                var result = try SentimentEvaluation.run(
                    items, news: news, scorer: scorer, normalize: normalize, combined: combined, jobs: jobs)
                result.vader = try SentimentEvaluation.run(
                    items, news: false, scorer: "rules", normalize: normalize, combined: combined, jobs: jobs
                ).pearson
                for (item, score) in zip(items, result.scores) { table += "\(file)\t\(item.id)\t\(item.rating)\t\(score)\n" }
                if json {
                    report.append(result.json(file: file))
                } else {
                    print(result.text(file: file))
                }
                if crossDomain {
                    domains.append(
                        CalibrationTrainer.Domain(
                            name: file, documents: try SentimentEvaluation.documents(items, normalize: normalize, jobs: jobs),
                            ratings: items.map(\.rating)))
                }
            }
            if crossDomain {
                let trainer = CalibrationTrainer(scorer: try SentimentScorer(news: news, mode: .rules))
                for (index, held) in trainer.crossDomain(domains).enumerated() {
                    if json {
                        report[index]["pearson_leave_one_domain_out"] = held.r
                    } else {
                        print("\(held.domain): leave-one-domain-out r \(String(format: "%.3f", held.r)) (trained on the other files alone)")
                    }
                }
            }
            if let scores { try table.write(toFile: scores, atomically: true, encoding: .utf8) }
            if json {
                let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
                print(String(decoding: data, as: UTF8.self))
            }
        }
    }
}

/// Reading VADER-format ground truth, scoring it with the sentiment stage, and the metrics.
enum SentimentEvaluation {
    /// One rated text.
    struct Item: Equatable {
        var id: String
        var rating: Double
        var text: String
    }

    /// What one file scored.
    struct Result {
        var items: Int
        var pearson: Double
        var correct: Int
        var rated: Int
        var sentences: Int
        var bytes: Int
        var seconds: Double
        var jobs: Int
        /// Each item's score, in input order.
        var scores: [Double] = []
        /// The r of VADER's rules alone on the same items, when measured.
        var vader: Double?

        var accuracy: Double { rated == 0 ? 0 : Double(correct) / Double(rated) }
        var sentencesPerSecond: Double { seconds > 0 ? Double(sentences) / seconds / Double(jobs) : 0 }
        var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds / Double(jobs) : 0 }

        func text(file: String) -> String {
            func f(_ value: Double, _ places: Int) -> String { String(format: "%.\(places)f", value) }
            return "\(file): \(items) items, r \(f(pearson, 3))" + (vader.map { " (VADER's rules \(f($0, 3)))" } ?? "")
                + ", accuracy \(f(accuracy, 3)) (\(correct)/\(rated) non-zero), "
                + "\(f(sentencesPerSecond / 1000, 1))k sentences/s, \(f(megabytesPerSecond, 1)) MB/s per worker (whole pipeline)"
        }

        func json(file: String) -> [String: Any] {
            var json: [String: Any] = [
                "file": file, "items": items, "pearson": pearson, "accuracy": accuracy, "rated_nonzero": rated,
                "sentences": sentences, "sentences_per_second": sentencesPerSecond,
                "megabytes_per_second": megabytesPerSecond,
            ]
            if let vader { json["pearson_vader_rules"] = vader }
            return json
        }
    }

    enum Failure: Error, CustomStringConvertible {
        case malformed(path: String, line: Int)
        var description: String {
            switch self {
            case .malformed(let path, let line):
                "\(path):\(line): expected id <TAB> rating <TAB> text"
            }
        }
    }

    /// The items of a ground-truth file.
    static func read(path: String) throws -> [Item] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try parse(text, path: path)
    }

    /// The items of ground-truth text; blank lines are skipped.
    static func parse(_ text: String, path: String) throws -> [Item] {
        var items: [Item] = []
        // "\r\n" is one Character in Swift
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (number, line) in lines.enumerated() {
            if line.allSatisfy(\.isWhitespace) { continue }
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, let rating = Double(fields[1].trimmingCharacters(in: .whitespaces)) else {
                throw Failure.malformed(path: path, line: number + 1)
            }
            items.append(Item(id: String(fields[0]), rating: rating, text: String(fields[2])))
        }
        return items
    }

    /// Scores `items` and compares the scores with their ratings.
    static func run(_ items: [Item], news: Bool, scorer: String, normalize: Bool, combined: Bool, jobs: Int) throws -> Result {
        let names = ["ingest.text"] + (normalize ? ["normalize"] : []) + ["tokenize", "sentences", "sentiment"]
        let options = ["sentiment": StageOptions(stage: "sentiment", values: ["news": .bool(news), "scorer": .string(scorer)])]
        let pipeline = try StageRegistry.standard.makePipeline(names, options: options)
        let runner = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: jobs))
        let inputs = items.indices.map { DocumentInput.text(items[$0].text, id: String($0)) }
        var scores = [Double](repeating: 0, count: items.count)
        var sentences = 0
        let statistics = runner.run(inputs) { record in
            guard let document = record.document, let index = Int(document.id) else { return }
            let sentiment = document[SentimentLayer.self]
            scores[index] = (combined ? sentiment?.combinedCompound : sentiment?.score.compound) ?? 0
            sentences += document.sentences.count
        }
        let ratings = items.map(\.rating)
        var correct = 0
        var rated = 0
        for (score, rating) in zip(scores, ratings) where rating != 0 {
            rated += 1
            if (score > 0 && rating > 0) || (score < 0 && rating < 0) { correct += 1 }
        }
        return Result(
            items: items.count, pearson: pearson(scores, ratings), correct: correct, rated: rated, sentences: sentences,
            bytes: items.reduce(0) { $0 + $1.text.utf8.count }, seconds: Double(statistics.wallNanoseconds) / 1e9,
            jobs: jobs, scores: scores)
    }

    /// Pearson's correlation coefficient of two equally long series; 0 when either is constant.
    static func pearson(_ x: [Double], _ y: [Double]) -> Double { CalibrationTrainer.pearson(x, y) }

    /// The items as documents tokenised and split into sentences, in input order: what a
    /// calibration is trained on.
    static func documents(_ items: [Item], normalize: Bool, jobs: Int) throws -> [Document] {
        let names = ["ingest.text"] + (normalize ? ["normalize"] : []) + ["tokenize", "sentences"]
        let pipeline = try StageRegistry.standard.makePipeline(names)
        let runner = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: jobs))
        var documents = [Document?](repeating: nil, count: items.count)
        _ = runner.run(items.indices.map { DocumentInput.text(items[$0].text, id: String($0)) }) { record in
            guard let document = record.document, let index = Int(document.id) else { return }
            documents[index] = document
        }
        return try documents.enumerated().map { index, document in
            guard let document else { throw Failure.malformed(path: "item \(index)", line: index + 1) }
            return document
        }
    }
}
