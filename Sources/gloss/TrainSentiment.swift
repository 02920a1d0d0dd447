import ArgumentParser
import Foundation
import GlossCore
import GlossEvaluation
import GlossStages

extension Gloss.Train {
    /// `gloss train sentiment`: learns the sentiment stage's calibration across rated domains.
    struct Sentiment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train the sentiment stage's calibration on rated sets of several domains.",
            discussion: """
                Each FILE is one domain in VADER's ground-truth format (id <TAB> mean rating <TAB> text). \\
                Every text is tokenised and split once; then, for each candidate of the clause-rule factors \\
                (reported speech, hedges, counterfactuals) and each ridge penalty, a linear model of the \\
                evidence is fitted on all files but one and scored (Pearson r) on the one left out; the \\
                candidate with the best mean r over the files left out is fitted on every file (each file \\
                weighing the same) and written to --output, with the figures as comments. Deterministic. \\
                Use it with -O sentiment.calibration=FILE, or copy it to \\
                Sources/Stages/Sentiment/Resources/sentiment_calibration.txt (scripts/train-sentiment.sh).
                """)

        @Argument(help: ArgumentHelp("Rated files, one domain each (at least two).", valueName: "file"))
        var files: [String]

        @Option(name: .long, help: ArgumentHelp("Where to write the calibration.", valueName: "file"))
        var output: String

        @Option(
            name: .long, parsing: .upToNextOption,
            help: ArgumentHelp(
                "Features of the model, from \(SentimentCalibration.Feature.allCases.map(\.rawValue).joined(separator: ", ")).",
                valueName: "feature"))
        var features: [String] = CalibrationTrainer.defaultFeatures.map(\.rawValue)

        @Flag(name: .long, help: "One candidate only (the clause rules' defaults, lambda 1,000): a smoke test.")
        var quick = false

        @Flag(name: .long, help: "Print every candidate's held-out r.")
        var verbose = false

        @Option(
            name: .long,
            help: ArgumentHelp("Also write each text's evidence under the chosen clause factors to this file (TSV), for analysis.", valueName: "file"))
        var evidence: String?

        func validate() throws {
            guard files.count >= 2 else { throw ValidationError("give at least two rated files (one domain each)") }
            for name in features where SentimentCalibration.Feature(rawValue: name) == nil {
                throw ValidationError("unknown feature '\(name)'; use one of \(SentimentCalibration.Feature.allCases.map(\.rawValue))")
            }
        }

        func run() throws {
            let clock = ContinuousClock()
            let start = clock.now
            var domains: [CalibrationTrainer.Domain] = []
            for file in files {
                let items = try SentimentEvaluation.read(path: file)
                let documents = try SentimentEvaluation.documents(items, normalize: true, jobs: 1)
                let name = URL(fileURLWithPath: file).lastPathComponent
                domains.append(CalibrationTrainer.Domain(name: name, documents: documents, ratings: items.map(\.rating)))
            }
            var trainer = CalibrationTrainer(
                scorer: try SentimentScorer(news: true, mode: .rules),
                features: features.compactMap(SentimentCalibration.Feature.init(rawValue:)))
            if quick {
                trainer.clauseGrid = [ClauseRules()]
                trainer.lambdas = [1_000]
            }
            let outcome = trainer.train(domains)
            if verbose { for line in outcome.log { print(line) } }
            let seconds = Double((clock.now - start).components.attoseconds) / 1e18 + Double((clock.now - start).components.seconds)
            let header = [
                "Gloss sentiment calibration, written by `gloss train sentiment` (scripts/train-sentiment.sh).",
                "The ratings are VADER's ground truth (MIT, Copyright (c) 2016 C.J. Hutto; LICENSE.vader.txt beside this file).",
                "Trained on: " + domains.map { "\($0.name) (\($0.documents.count))" }.joined(separator: ", ") + ".",
                "Chosen by leave-one-domain-out over \(trainer.clauseGrid.count) clause settings x \(trainer.lambdas.count) penalties: lambda \(outcome.lambda);",
                "held-out r of the choice: " + outcome.heldOut.map { "\($0.domain) \(String(format: "%.3f", $0.r))" }.joined(separator: ", ") + ".",
                "Features are read by SentimentCalibration.Feature; the score is sum(weight * feature) / scale.",
            ]
            try TextFile.write(outcome.calibration.text(header: header), to: output)
            if let evidence {
                var table = "domain\trating\tvalence\tpositive\tnegative\twords\trated\treported\thedged\n"
                for domain in domains {
                    for (document, rating) in zip(domain.documents, domain.ratings) {
                        let e = trainer.evidence(of: document, outcome.calibration.clauses)
                        table += "\(domain.name)\t\(rating)\t\(e.valence)\t\(e.positive)\t\(e.negative)\t\(e.words)\t\(e.rated)\t\(e.reported)\t\(e.hedged)\n"
                    }
                }
                try TextFile.write(table, to: evidence)
            }
            print(header.dropFirst(2).joined(separator: "\n"))
            print("wrote \(output) in \(String(format: "%.1f", seconds)) s")
        }
    }
}
