import ArgumentParser

extension Gloss {
    /// `gloss evaluate`: measures Gloss against gold data.
    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evaluate",
            abstract: "Measure accuracy against gold data sets.",
            subcommands: [Extraction.self, Sentiment.self, Entities.self, Numbers.self])
    }
}
