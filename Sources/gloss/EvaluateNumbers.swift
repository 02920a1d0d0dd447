import ArgumentParser
import Foundation
import GlossEvaluation

extension Gloss.Evaluate {
    /// `gloss evaluate numbers`: scores the numbers stage on Recognizers-Text spec files.
    struct Numbers: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "numbers",
            abstract: "Score number detection on Microsoft Recognizers-Text spec files.",
            discussion: """
                Each FILE is a JSON list of {Input, Results[{Text, TypeName, Resolution}], NotSupported?}; \
                the file's name says the model (NumberModel…, OrdinalModel…, PercentModel…, \
                NumberRangeModel…, CurrencyModel, DimensionModel, AgeModel, TemperatureModel). Each input \
                is tokenised and run through the numbers stage; its mentions are mapped to the model's \
                results. A case passes when the results match in count and each has the same type, text \
                (case-insensitive) and value (numerically, to 1e-9 relative), and unit for the \
                NumberWithUnit models. A file named …SuppressExtendedTypes is scored without relative \
                ordinals (last, next, penultimate), one named …PercentMode with a fraction before 'of' as a \
                percentage (1/4 of = 25%), as those models are configured. A range stays one mention; the \
                NumberWithUnit and Percent models are given its ends written with their unit ($5 to $10: \
                both; eight to 10 feet: 10 feet). Every case counts, NotSupported ones too. Failures that come from \
                a convention Gloss keeps by design are counted as failures and named.
                """)

        @Argument(help: ArgumentHelp("Spec files (with --coverage, corpus paths).", valueName: "file"))
        var files: [String]

        @Flag(name: .long, help: "Print each failing case with what Gloss found.")
        var failures = false

        @Flag(name: .long, help: ArgumentHelp(
            "Treat each FILE as a corpus (files, directories, archives such as Reuters SGML or RSS) and report the share of numeric tokens inside a mention or left out for a reason, with samples to review."))
        var coverage = false

        @Option(name: .long, help: "With --coverage, how many mentions and unexplained tokens to print for review.")
        var samples = 100

        @Option(name: .long, help: "With --coverage, the seed of the sample of mentions.")
        var seed: UInt64 = 1

        func run() throws {
            if coverage {
                try runCoverage()
                return
            }
            var passed = 0
            var total = 0
            for file in files {
                let result = try NumberEvaluation.evaluate(path: file)
                passed += result.passed
                total += result.cases
                print(result.text(file: file))
                if failures {
                    for failure in result.failures { print("  FAIL \(failure)") }
                }
            }
            print(NumberEvaluation.overall(passed: passed, total: total))
        }
    }
}
