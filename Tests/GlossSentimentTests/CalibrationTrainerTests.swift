import GlossCore
import Testing

@testable import GlossSentiment
import GlossStages
import GlossText

@Suite struct CalibrationTrainerTests {
    /// Three small "domains" of sentences written for this test, rated by hand.
    static let domains: [(String, [(String, Double)])] = [
        ("reviews", [
            ("A wonderful film, great acting.", 3), ("The plot was bad and the ending awful.", -3),
            ("It was fine.", 0.5), ("Boring, dull and far too long.", -2.5), ("I loved it, a joy.", 3.2),
            ("Not good at all.", -1.5), ("The food was good but the service was terrible.", -1.2),
            ("A decent effort.", 0.8),
        ]),
        ("posts", [
            ("so happy today!!", 2.8), ("worst day ever", -3), ("meh", -0.3), ("love this :)", 2.5),
            ("ugh, hate mondays", -2.2), ("not bad actually", 0.9), ("great news!", 2.6), ("sad and tired", -2),
        ]),
        ("news", [
            ("The rescue was a success, officials said.", 1.8), ("The attack killed ten people.", -3.2),
            ("Markets rose sharply on good news.", 1.5), ("Critics say the plan is a disaster.", -2),
            ("The deal may hurt growth.", -0.8), ("Talks ended without agreement.", -0.9),
            ("The award honours a brave teacher.", 2.4), ("The scandal deepened.", -1.8),
        ]),
    ]

    static func makeDomains() throws -> [CalibrationTrainer.Domain] {
        try domains.map { name, items in
            let documents = try items.map { text, _ in
                var document = Document(id: text, text: text)
                try Tokenizer().process(&document)
                try SentenceSplitter().process(&document)
                return document
            }
            return CalibrationTrainer.Domain(name: name, documents: documents, ratings: items.map(\.1))
        }
    }

    let trainer = CalibrationTrainer(
        scorer: try! SentimentScorer(news: true, mode: .rules), features: [.compound, .mean],
        clauseGrid: [ClauseRules(), ClauseRules(reported: 0.5)], lambdas: [1, 100])

    @Test func trainingChoosesFromTheGridAndScoresEveryDomainLeftOut() throws {
        let outcome = trainer.train(try Self.makeDomains())
        #expect(trainer.clauseGrid.contains(outcome.calibration.clauses))
        #expect(trainer.lambdas.contains(outcome.lambda))
        #expect(outcome.heldOut.map(\.domain) == ["reviews", "posts", "news"])
        #expect(outcome.heldOut.allSatisfy { $0.r > 0.5 })
        #expect(outcome.log.count == 4)
        #expect(outcome.calibration.weights.map(\.feature) == [.compound, .mean])
        #expect(outcome.calibration.weights[0].weight > 0)
    }

    @Test func trainingIsDeterministic() throws {
        let domains = try Self.makeDomains()
        #expect(trainer.train(domains).calibration == trainer.train(domains).calibration)
    }

    @Test func crossDomainTrainsWithoutTheDomainItScores() throws {
        let domains = try Self.makeDomains()
        let held = trainer.crossDomain(domains)
        #expect(held.map(\.domain) == ["reviews", "posts", "news"])
        let alone = trainer.train(Array(domains.dropFirst())).calibration
        #expect(held[0].calibration == alone)
        #expect(held.allSatisfy { $0.r > 0.5 })
    }

    /// With `sameSpread`, a domain rated on a stretched scale (every rating doubled) trains
    /// the same calibration: each domain's ratings are brought to the domains' mean spread,
    /// which the doubled domain raises, so the weights scale with it and their ratios stay.
    @Test func sameSpreadMakesTheFitBlindToADomainsRatingScale() throws {
        var stretched = try Self.makeDomains()
        stretched[1].ratings = stretched[1].ratings.map { $0 * 2 }
        let domains = try Self.makeDomains()
        let ratios = { (c: SentimentCalibration) in c.weights[1].weight / c.weights[0].weight }
        let same = trainer.train(domains).calibration
        let sameStretched = trainer.train(stretched).calibration
        #expect(same.clauses == sameStretched.clauses)
        #expect(abs(ratios(same) - ratios(sameStretched)) < 1e-9)
        var raw = trainer
        raw.sameSpread = false
        #expect(abs(ratios(raw.train(domains).calibration) - ratios(raw.train(stretched).calibration)) > 1e-6)
    }

    @Test func deviationOfKnownSeries() {
        #expect(abs(CalibrationTrainer.deviation([1, 3]) - 1) < 1e-12)
        #expect(abs(CalibrationTrainer.deviation([2, 4, 4, 4, 5, 5, 7, 9]) - 2) < 1e-12)
        #expect(CalibrationTrainer.deviation([5]) == 0)
    }

    @Test func pearsonOfKnownSeries() {
        #expect(abs(CalibrationTrainer.pearson([1, 2, 3], [2, 4, 6]) - 1) < 1e-12)
        #expect(CalibrationTrainer.pearson([1, 1], [1, 2]) == 0)
    }

    /// The choice keeps the most penalised candidate within half a standard error of the best
    /// least gain, and no candidate further off.
    @Test func choiceKeepsTheMostPenalisedCandidateWithinNoise() {
        func candidate(_ lambda: Double, _ score: Double) -> CalibrationTrainer.Candidate {
            CalibrationTrainer.Candidate(
                clauses: ClauseRules(), lambda: lambda, score: score, heldOut: [("a", 0.5), ("b", 0.6)])
        }
        // standard error: min over (1 - .25)/sqrt(10,000), (1 - .36)/sqrt(10,000) = .0064; half of it .0032
        let candidates = [candidate(300, 0.020), candidate(1_000, 0.018), candidate(3_000, 0.010)]
        #expect(CalibrationTrainer.choose(candidates, sizes: [10_000, 10_000]).lambda == 1_000)
        #expect(CalibrationTrainer.choose(candidates, sizes: [10_000, 10_000], tolerance: 0).lambda == 300)
        // with 100 texts a set, .010 of gain is within noise too
        #expect(CalibrationTrainer.choose(candidates, sizes: [100, 100]).lambda == 3_000)
        // with a million texts the noise is too small to excuse the .002 lost
        #expect(CalibrationTrainer.choose(candidates, sizes: [1_000_000, 1_000_000]).lambda == 300)
    }
}
