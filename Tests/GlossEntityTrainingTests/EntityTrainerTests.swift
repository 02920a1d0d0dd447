import GlossCore
import Testing

@testable import GlossEntities
@testable import GlossEntityTraining

@Suite struct EntityTrainerTests {
    /// A tiny corpus in CoNLL form, written for this test.
    static let corpus = """
        Anna B-PER
        Kowalski I-PER
        visited O
        Lisbon B-LOC
        . O

        Anna B-PER
        Kowalski I-PER
        works O
        for O
        Acme B-ORG
        Foods I-ORG
        in O
        Lisbon B-LOC
        . O

        Acme B-ORG
        Foods I-ORG
        hired O
        Pedro B-PER
        Alves I-PER
        . O

        Pedro B-PER
        Alves I-PER
        moved O
        to O
        Porto B-LOC
        . O

        """

    static func train(seed: UInt64) throws -> EntityModel {
        let sentences = try LabeledSentence.parse(corpus)
        let trainer = EntityTrainer(
            gazetteer: Gazetteer(text: "city\tlisbon\ncity\tporto\n"), options: EntityTrainer.Options(epochs: 8, seed: seed, bits: 12))
        return try trainer.train(sentences).model
    }

    @Test func learnsATinyCorpus() throws {
        let sentences = try LabeledSentence.parse(Self.corpus)
        #expect(sentences.count == 4)
        let tagger = EntityTagger(model: try Self.train(seed: 7), gazetteer: Gazetteer(text: "city\tlisbon\ncity\tporto\n"))
        let counts = EntityTrainer.evaluate(tagger, on: sentences)
        #expect(counts.scores().f1 == 1)
        let names = tagger.names(inDocument: [["Pedro", "Alves", "visited", "Lisbon", "."]])[0]
        #expect(names.map(\.tokens) == [0..<2, 3..<4])
        #expect(names.map(\.type) == [.person, .location])
    }

    @Test func learnsHyphenatedNamesAsTheTokenizerKeepsThem() throws {
        // The file splits "Acme-Foods"; only the joined form teaches the tagger the one token.
        let corpus = """
            # text = Pedro Alves joined Acme-Foods in Lisbon.
            1\tPedro\tB-PER
            2\tAlves\tI-PER
            3\tjoined\tO
            4\tAcme\tB-ORG
            5\t-\tI-ORG
            6\tFoods\tI-ORG
            7\tin\tO
            8\tLisbon\tB-LOC
            9\t.\tO

            """
        let sentences = try LabeledSentence.parse(corpus)
        let gazetteer = Gazetteer(text: "city\tlisbon\n")
        func model(joining: Bool) throws -> EntityModel {
            try EntityTrainer(gazetteer: gazetteer, options: EntityTrainer.Options(epochs: 5, seed: 1, bits: 12, joinHyphens: joining))
                .train(sentences).model
        }
        let joined = ["Pedro", "Alves", "joined", "Acme-Foods", "in", "Lisbon", "."]
        let names = EntityTagger(model: try model(joining: true), gazetteer: gazetteer).names(inDocument: [joined])[0]
        #expect(names.map(\.tokens) == [0..<2, 3..<4, 5..<6])
        #expect(names.map(\.type) == [.person, .organization, .location])
        #expect(try model(joining: true) != model(joining: false))
    }

    @Test func isDeterministicForASeed() throws {
        #expect(try Self.train(seed: 3) == Self.train(seed: 3))
        #expect(try Self.train(seed: 3).serialized() == Self.train(seed: 3).serialized())
    }

    @Test func reportsEachEpochAndKeepsTheBestOnDev() throws {
        let sentences = try LabeledSentence.parse(Self.corpus)
        var seen: [Int] = []
        let trainer = EntityTrainer(gazetteer: Gazetteer(text: ""), options: EntityTrainer.Options(epochs: 3, seed: 1, bits: 12))
        let (_, epochs) = try trainer.train(sentences, dev: sentences) { seen.append($0.number) }
        #expect(seen == [1, 2, 3])
        #expect(epochs.count == 3)
        #expect(epochs.allSatisfy { $0.devF1 >= 0 && $0.devF1 <= 1 })
    }

    @Test func withoutADevSetTheLastEpochKeepsTheGivenTemperature() throws {
        // As the bundled model is made: trained on train and dev together, at the temperature
        // that the same recipe fitted on dev when trained on train alone.
        let sentences = try LabeledSentence.parse(Self.corpus)
        let options = EntityTrainer.Options(epochs: 3, seed: 1, bits: 12, temperature: 30)
        let trainer = EntityTrainer(gazetteer: Gazetteer(text: ""), options: options)
        let (model, epochs) = try trainer.train(sentences)
        #expect(model.temperature == 30)
        #expect(epochs.map(\.devF1) == [0, 0, 0])
        let fitted = try trainer.train(sentences, dev: sentences).model
        // With a dev set, the temperature is fitted there, from its grid.
        #expect([1, 2, 5, 10, 20, 30, 50, 75, 100, 150, 200, 300, 500, 1000].contains(fitted.temperature))
    }

    @Test func learnsGoldTheTaggerCannotWriteAsTheNearestItCan() throws {
        // Gold that puts "the" inside the name: "the" can only be O after O, so the trainer
        // learns "the/O Beatles/B-ORG", and the tagger finds the name without its article.
        let corpus = """
            the B-ORG
            Beatles I-ORG
            played O
            . O

            We O
            saw O
            the B-ORG
            Beatles I-ORG
            . O

            """
        let sentences = try LabeledSentence.parse(corpus)
        let trainer = EntityTrainer(gazetteer: Gazetteer(text: ""), options: EntityTrainer.Options(epochs: 5, seed: 1, bits: 12))
        let tagger = EntityTagger(model: try trainer.train(sentences).model, gazetteer: Gazetteer(text: ""))
        let names = tagger.names(inDocument: [["the", "Beatles", "played", "."]])[0]
        #expect(names.map(\.tokens) == [1..<2])
        #expect(names.map(\.type) == [.organization])
    }

    @Test func averagesTheWeightsOfModelsFromSuccessiveSeeds() throws {
        let sentences = try LabeledSentence.parse(Self.corpus)
        let gazetteer = Gazetteer(text: "city\tlisbon\ncity\tporto\n")
        func options(seed: UInt64, models: Int) -> EntityTrainer.Options {
            EntityTrainer.Options(epochs: 4, seed: seed, bits: 12, models: models)
        }
        let three = try EntityTrainer(gazetteer: gazetteer, options: options(seed: 5, models: 3)).train(sentences)
        // Every model reports its epochs under its own seed.
        #expect(three.epochs.map(\.seed) == [5, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7, 7])
        let singles = try (5...7).map { try EntityTrainer(gazetteer: gazetteer, options: options(seed: $0, models: 1)).train(sentences).model }
        // The mean, weight by weight, within the quantisation of the mean (half a step) and of
        // the single models (half a step each; the mean is taken of their unquantised weights).
        let weights = singles.map(\.weights)
        let tolerance = three.model.scale / 2 + singles.map { $0.scale / 2 }.reduce(0, +) / 3 + 1e-6
        let mean = weights[0].indices.map { k in weights.map { $0[k] }.reduce(0, +) / 3 }
        #expect(zip(three.model.weights, mean).allSatisfy { abs($0 - $1) <= tolerance })
        #expect(mean.contains { abs($0) > 10 * tolerance })
        // And it still tags the tiny corpus right.
        let tagger = EntityTagger(model: three.model, gazetteer: gazetteer)
        #expect(EntityTrainer.evaluate(tagger, on: sentences).scores().f1 == 1)
    }
}
