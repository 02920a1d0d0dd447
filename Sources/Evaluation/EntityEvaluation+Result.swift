import Foundation
import GlossCore
import GlossStages

extension EntityEvaluation {
    /// What one gold file scored: the counts per type, the size of the file and the stage's time.
    package struct Result {
        package var counts: EntityCounts
        package var sentences: Int
        package var tokens: Int
        package var seconds: Double
        /// Per sentence with a wrong name: the sentence, then `- TYPE words` for each gold name
        /// missed and `+ TYPE words` for each name found that is not gold.
        package var errors: [String] = []

        package var tokensPerSecond: Double { seconds > 0 ? Double(tokens) / seconds : 0 }

        /// The report of one file: its size and speed, then micro P/R/F1 over PER/ORG/LOC, over
        /// all types, and per type.
        package func text(file: String) -> String {
            var lines = [
                "\(file): \(sentences) sentences, \(tokens) tokens, "
                    + String(format: "%.0fk tokens/s (entities stage, one thread)", tokensPerSecond / 1000)
            ]
            lines.append(line("PER/ORG/LOC", EntityCounts.coreTypes))
            lines.append(line("all", EntityType.allCases))
            for type in EntityType.allCases { lines.append(line(type.description, [type])) }
            return lines.joined(separator: "\n")
        }

        private func line(_ label: String, _ types: [EntityType]) -> String {
            let s = counts.scores(types)
            let padded = label.padding(toLength: 12, withPad: " ", startingAt: 0)
            return "  " + padded
                + String(
                    format: "P %5.1f  R %5.1f  F1 %5.1f  (gold %d, predicted %d)", s.precision * 100, s.recall * 100,
                    s.f1 * 100, counts.gold(types), counts.predicted(types))
        }
    }
}
