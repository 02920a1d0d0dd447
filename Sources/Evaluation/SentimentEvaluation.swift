import Foundation
import GlossCore
import GlossStages

/// Reading VADER-format ground truth, scoring it with the sentiment stage, and the metrics:
/// what `gloss evaluate sentiment` reports (and what `gloss train sentiment` reads).
package enum SentimentEvaluation {
    /// One rated text.
    package struct Item: Equatable {
        package var id: String
        package var rating: Double
        package var text: String

        package init(id: String, rating: Double, text: String) {
            (self.id, self.rating, self.text) = (id, rating, text)
        }
    }

    /// How the texts are scored: the sentiment stage's options and the pipeline before it.
    package struct Settings {
        /// The news vocabulary added to VADER's lexicon.
        package var news = true
        /// The sentiment stage's scorer (`SentimentScorer.Mode`'s raw value).
        package var scorer = "calibrated"
        /// The normalize stage before tokenizing.
        package var normalize = true
        /// Each text's score is its compound as a whole, not the mean over its sentences.
        package var combined = true
        /// Worker threads.
        package var jobs = 1
        /// The calibration's features when one is trained (`crossDomain`).
        package var features = CalibrationTrainer.defaultFeatures

        package init() {}
    }

    package enum Failure: Error, CustomStringConvertible {
        case malformed(path: String, line: Int)
        package var description: String {
            switch self {
            case .malformed(let path, let line):
                "\(path):\(line): expected id <TAB> rating <TAB> text"
            }
        }
    }

    /// The items of a ground-truth file.
    package static func read(path: String) throws -> [Item] {
        let text = try EvaluationError.text(of: path)
        return try parse(text, path: path)
    }

    /// The items of ground-truth text; blank lines are skipped.
    package static func parse(_ text: String, path: String) throws -> [Item] {
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

    /// Scores `items` under `settings`, and beside them the r of VADER's rules alone
    /// (`--scorer rules --no-news`) on the same items.
    package static func score(_ items: [Item], settings: Settings) throws -> Result {
        var result = try run(
            items, news: settings.news, scorer: settings.scorer, normalize: settings.normalize,
            combined: settings.combined, jobs: settings.jobs)
        result.vader = try run(
            items, news: false, scorer: "rules", normalize: settings.normalize, combined: settings.combined,
            jobs: settings.jobs
        ).pearson
        return result
    }

    /// Scores `items` and compares the scores with their ratings.
    package static func run(_ items: [Item], news: Bool, scorer: String, normalize: Bool, combined: Bool, jobs: Int) throws
        -> Result
    {
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
        let (correct, rated) = signAgreement(scores, ratings)
        return Result(
            items: items.count, pearson: pearson(scores, ratings), correct: correct, rated: rated, sentences: sentences,
            bytes: items.reduce(0) { $0 + $1.text.utf8.count }, seconds: Double(statistics.wallNanoseconds) / 1e9,
            jobs: jobs, scores: scores)
    }

    /// Of the items rated non-zero, how many have a score of the rating's sign (a score of
    /// exactly 0 counts as wrong), and how many there are.
    package static func signAgreement(_ scores: [Double], _ ratings: [Double]) -> (correct: Int, rated: Int) {
        var correct = 0
        var rated = 0
        for (score, rating) in zip(scores, ratings) where rating != 0 {
            rated += 1
            if (score > 0 && rating > 0) || (score < 0 && rating < 0) { correct += 1 }
        }
        return (correct, rated)
    }

    /// Pearson's correlation coefficient of two equally long series; 0 when either is constant.
    package static func pearson(_ x: [Double], _ y: [Double]) -> Double { CalibrationTrainer.pearson(x, y) }

    /// The items as documents tokenised and split into sentences, in input order: what a
    /// calibration is trained on.
    package static func documents(_ items: [Item], normalize: Bool, jobs: Int) throws -> [Document] {
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

    /// One rated file as a domain a calibration is trained on.
    package static func domain(name: String, items: [Item], settings: Settings) throws -> CalibrationTrainer.Domain {
        CalibrationTrainer.Domain(
            name: name, documents: try documents(items, normalize: settings.normalize, jobs: settings.jobs),
            ratings: items.map(\.rating))
    }

    /// Each domain scored by a calibration trained on the other domains alone (clause factors
    /// and penalty chosen by leave-one-domain-out among them): the r of a domain never trained on.
    package static func crossDomain(_ domains: [CalibrationTrainer.Domain], settings: Settings) throws -> [(
        domain: String, r: Double
    )] {
        let trainer = CalibrationTrainer(
            scorer: try SentimentScorer(news: settings.news, mode: .rules), features: settings.features)
        return trainer.crossDomain(domains).map { (domain: $0.domain, r: $0.r) }
    }
}
