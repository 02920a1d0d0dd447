import ArgumentParser
import Foundation
import GlossCore
import GlossEvaluation
import GlossStages

extension Gloss.Train {
    /// `gloss train sentiment`: learns the sentiment stage's calibration across rated domains.
    struct Sentiment: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sentiment",
            abstract: "Train the sentiment stage's calibration on rated sets of several domains.",
            discussion: """
                Each FILE is one domain in VADER's ground-truth format (id <TAB> mean rating <TAB> text). \\
                Every text is tokenised and split once; then, for each candidate of the clause-rule factors \\
                (reported speech, hedges, counterfactuals) and each ridge penalty, a linear model of the \\
                evidence is fitted on all files but one and scored (Pearson r) on the one left out; the \\
                candidate whose least gain over the files left out is largest (the most penalised within \\
                half a standard error of it) is fitted on every file (each file weighing the same, its \\
                ratings brought to the files' mean spread unless --raw-ratings) and written to --output, \\
                with the figures as comments. Deterministic. \\
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
            help: ArgumentHelp("Also write each text's evidence under the chosen clause factors to this file (TSV: the fields of SentimentEvidence), for analysis.", valueName: "file"))
        var evidence: String?

        @Flag(
            name: .customLong("evidence-grid"),
            help: "With --evidence, write the evidence under every clause setting of the grid (one row per setting and text, the setting's factors first), for screening models outside Gloss (scripts/screen-sentiment-calibration.py).")
        var evidenceGrid = false

        @Option(
            name: .customLong("held-out"), parsing: .upToNextOption,
            help: ArgumentHelp("Rated files never trained on: their r under the calibration is printed, and with --evidence their evidence is written too.", valueName: "file"))
        var heldOut: [String] = []

        @Flag(
            name: .customLong("raw-ratings"),
            help: "Fit on the ratings as they are, not brought to one spread per file (the calibration before 2026-12-06).")
        var rawRatings = false

        func validate() throws {
            guard files.count >= 2 else { throw ValidationError("give at least two rated files (one domain each)") }
            guard !evidenceGrid || evidence != nil else { throw ValidationError("--evidence-grid needs --evidence FILE") }
            for name in features where SentimentCalibration.Feature(rawValue: name) == nil {
                throw ValidationError("unknown feature '\(name)'; use one of \(SentimentCalibration.Feature.allCases.map(\.rawValue))")
            }
        }

        func run() throws {
            let clock = ContinuousClock()
            let start = clock.now
            func read(_ file: String) throws -> CalibrationTrainer.Domain {
                let items = try SentimentEvaluation.read(path: file)
                let documents = try SentimentEvaluation.documents(items, normalize: true, jobs: 1)
                let name = URL(fileURLWithPath: file).lastPathComponent
                return CalibrationTrainer.Domain(name: name, documents: documents, ratings: items.map(\.rating))
            }
            let domains = try files.map(read)
            let held = try heldOut.map(read)
            var trainer = CalibrationTrainer(
                scorer: try SentimentScorer(news: true, mode: .rules),
                features: features.compactMap(SentimentCalibration.Feature.init(rawValue:)), sameSpread: !rawRatings)
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
                rawRatings
                    ? "Fitted on the ratings as rated (--raw-ratings)."
                    : "Fitted on each file's ratings brought to the files' mean spread (CalibrationTrainer.sameSpread).",
                "Features are read by SentimentCalibration.Feature; the score is sum(weight * feature) / scale.",
            ]
            try TextFile.write(outcome.calibration.text(header: header), to: output)
            if let evidence {
                let settings = evidenceGrid ? trainer.clauseGrid : [outcome.calibration.clauses]
                var table = (evidenceGrid ? "reported\thedged\tcounterfactual\t" : "") + "domain\trating\t" + Self.evidenceColumns + "\n"
                for clauses in settings {
                    let factors = evidenceGrid ? "\(clauses.reported)\t\(clauses.hedged)\t\(clauses.counterfactual)\t" : ""
                    for domain in domains + held {
                        for (document, rating) in zip(domain.documents, domain.ratings) {
                            let e = trainer.evidence(of: document, clauses)
                            table += "\(factors)\(domain.name)\t\(rating)\t\(Self.evidenceRow(e))\n"
                        }
                    }
                }
                try TextFile.write(table, to: evidence)
            }
            print(header.dropFirst(2).joined(separator: "\n"))
            for domain in held {
                let scores = domain.documents.map { outcome.calibration.compound(trainer.evidence(of: $0, outcome.calibration.clauses)) }
                print("held out: \(domain.name) r \(String(format: "%.5f", CalibrationTrainer.pearson(scores, domain.ratings)))")
            }
            print("wrote \(output) in \(String(format: "%.1f", seconds)) s")
        }

        /// The evidence table's columns after domain and rating, one per `SentimentEvidence` field.
        static let evidenceColumns =
            "valence\tpositive\tnegative\twords\trated\treported\thedged"

        static func evidenceRow(_ e: SentimentEvidence) -> String {
            [e.valence, e.positive, e.negative, e.words, e.rated, e.reported, e.hedged].map { "\($0)" }.joined(separator: "\t")
        }
    }
}
