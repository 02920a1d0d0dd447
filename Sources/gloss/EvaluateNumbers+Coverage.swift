import GlossEvaluation

extension Gloss.Evaluate.Numbers {
    /// `gloss evaluate numbers --coverage CORPUS…`: the share of numeric tokens accounted for,
    /// with samples to review (see `NumberCoverageRun`).
    func runCoverage() throws {
        let run = NumberCoverageRun(paths: files, extensions: SourceOptions.documentExtensions, samples: samples, seed: seed)
        print(try run.run().text)
    }
}
