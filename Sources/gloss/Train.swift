import ArgumentParser

extension Gloss {
    /// `gloss train`: trains the models of statistical stages.
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "train",
            abstract: "Train the models of statistical stages from labelled data.",
            subcommands: [Entities.self, Sentiment.self])
    }
}
