import Foundation

extension SentimentEvaluation {
    /// What one file scored.
    package struct Result {
        package var items: Int
        package var pearson: Double
        package var correct: Int
        package var rated: Int
        package var sentences: Int
        package var bytes: Int
        package var seconds: Double
        package var jobs: Int
        /// Each item's score, in input order.
        package var scores: [Double] = []
        /// The r of VADER's rules alone on the same items, when measured.
        package var vader: Double?

        package var accuracy: Double { rated == 0 ? 0 : Double(correct) / Double(rated) }
        package var sentencesPerSecond: Double { seconds > 0 ? Double(sentences) / seconds / Double(jobs) : 0 }
        package var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds / Double(jobs) : 0 }

        /// The report of one file on one line.
        package func text(file: String) -> String {
            func f(_ value: Double, _ places: Int) -> String { String(format: "%.\(places)f", value) }
            return "\(file): \(items) items, r \(f(pearson, 3))" + (vader.map { " (VADER's rules \(f($0, 3)))" } ?? "")
                + ", accuracy \(f(accuracy, 3)) (\(correct)/\(rated) non-zero), "
                + "\(f(sentencesPerSecond / 1000, 1))k sentences/s, \(f(megabytesPerSecond, 1)) MB/s per worker (whole pipeline)"
        }

        /// The report of one file as a JSON object.
        package func json(file: String) -> [String: Any] {
            var json: [String: Any] = [
                "file": file, "items": items, "pearson": pearson, "accuracy": accuracy, "rated_nonzero": rated,
                "sentences": sentences, "sentences_per_second": sentencesPerSecond,
                "megabytes_per_second": megabytesPerSecond,
            ]
            if let vader { json["pearson_vader_rules"] = vader }
            return json
        }

        /// Each item's id, rating and score, one TSV line each after the file's name.
        package func scoreLines(file: String, items: [Item]) -> String {
            zip(items, scores).map { item, score in "\(file)\t\(item.id)\t\(item.rating)\t\(score)\n" }.joined()
        }
    }
}
