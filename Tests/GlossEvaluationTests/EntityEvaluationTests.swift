import Foundation
import GlossCore
import GlossStages
import Testing

import GlossEntityTraining
@testable import GlossEvaluation

@Suite struct EntityEvaluationTests {
    /// Two gold sentences in IOB2 (one document) with four names between them.
    static let gold = """
        # newdoc id = d1
        # text = Nayib Bukele met Donald Trump at the White House.
        1\tNayib\tB-PER
        2\tBukele\tI-PER
        3\tmet\tO
        4\tDonald\tB-PER
        5\tTrump\tI-PER
        6\tat\tO
        7\tthe\tO
        8\tWhite\tB-ORG
        9\tHouse\tI-ORG
        10\t.\tO

        # text = Venezuela protested.
        1\tVenezuela\tB-LOC
        2\tprotested\tO
        3\t.\tO

        """

    @Test func buildsDocumentsFromGoldTokens() throws {
        let sentences = try LabeledSentence.parse(Self.gold)
        let document = try EntityEvaluation.document(sentences[...], id: "d1")
        #expect(document.text == "Nayib Bukele met Donald Trump at the White House . Venezuela protested .")
        #expect(document.tokens.count == 13)
        #expect(document.sentences.map(\.tokens) == [0..<10, 10..<13])
        #expect(document.text(of: document.tokens[7].span) == "White")
    }

    /// Hand-checked: gold PER 0..<2, PER 3..<5, ORG 7..<9 | LOC 0..<1. Predicted: PER 0..<2
    /// (right), PER 4..<5 (wrong span), LOC 7..<9 (wrong type) | LOC 0..<1 (right), MISC
    /// 1..<2 (no such gold name). So tp 2, fp 3, fn 2: all types P 2/5, R 2/4, F1 4/9; on
    /// PER/ORG/LOC P 2/4, R 2/4, F1 1/2; PER P 1/2, R 1/2; LOC P 1/2, R 1/1.
    @Test func countsAHandCheckedExample() throws {
        let sentences = try LabeledSentence.parse(Self.gold)
        var document = try EntityEvaluation.document(sentences[...], id: "d1")
        func mention(_ tokens: Range<Int>, _ type: EntityType) -> EntityMention {
            EntityMention(
                span: Span(start: Int(document.tokens[tokens.lowerBound].span.start), end: Int(document.tokens[tokens.upperBound - 1].span.end)),
                tokens: tokens, type: type, confidence: 1, entity: 0)
        }
        document[EntityLayer.self] = DocumentEntities(
            mentions: [mention(0..<2, .person), mention(4..<5, .person), mention(7..<9, .location), mention(10..<11, .location),
                mention(11..<12, .miscellaneous)],
            entities: [])
        let counts = EntityEvaluation.count([sentences[...]], [document])
        let all = counts.scores()
        #expect(abs(all.precision - 2.0 / 5) < 1e-12)
        #expect(abs(all.recall - 2.0 / 4) < 1e-12)
        #expect(abs(all.f1 - 4.0 / 9) < 1e-12)
        let core = counts.scores(EntityCounts.coreTypes)
        #expect(core.precision == 0.5 && core.recall == 0.5 && core.f1 == 0.5)
        #expect(counts.scores([.person]).precision == 0.5 && counts.scores([.person]).recall == 0.5)
        #expect(counts.scores([.location]).precision == 0.5 && counts.scores([.location]).recall == 1)
        #expect(counts.scores([.organization]).recall == 0)
        #expect(counts.gold() == 4 && counts.predicted() == 5)
    }

    @Test func runsTheStageAndReportsEveryType() throws {
        let sentences = try LabeledSentence.parse(Self.gold)
        let trainer = EntityTrainer(gazetteer: Gazetteer(text: ""), options: EntityTrainer.Options(epochs: 10, seed: 1, bits: 12))
        let model = try trainer.train(sentences).model
        let stage = EntityRecognizer(tagger: EntityTagger(model: model, gazetteer: Gazetteer(text: "")))
        let result = try EntityEvaluation.run(stage, on: sentences, sentencesPerDocument: 20)
        #expect(result.counts.scores().f1 == 1)
        #expect(result.sentences == 2 && result.tokens == 13)
        let text = result.text(file: "gold.iob2")
        #expect(text.hasPrefix("gold.iob2: 2 sentences, 13 tokens, "))
        #expect(text.contains("  PER/ORG/LOC P 100.0  R 100.0  F1 100.0  (gold 4, predicted 4)"))
        #expect(text.contains("  MISC        P   0.0  R   0.0  F1   0.0  (gold 0, predicted 0)"))
    }

    @Test func listsTheSentencesWithWrongNames() throws {
        let sentences = try LabeledSentence.parse(Self.gold)
        var document = try EntityEvaluation.document(sentences[...], id: "d1")
        func mention(_ tokens: Range<Int>, _ type: EntityType) -> EntityMention {
            let span = Span(start: Int(document.tokens[tokens.lowerBound].span.start), end: Int(document.tokens[tokens.upperBound - 1].span.end))
            return EntityMention(span: span, tokens: tokens, type: type, confidence: 1, entity: 0)
        }
        // Right: Nayib Bukele (PER), Venezuela (LOC). Wrong: White House as LOC; Donald Trump missed.
        document[EntityLayer.self] = DocumentEntities(
            mentions: [mention(0..<2, .person), mention(7..<9, .location), mention(10..<11, .location)],
            entities: [Entity(name: "Nayib Bukele", type: .person, mentions: 1)])
        let lines = EntityEvaluation.errors([sentences[...]], [document])
        #expect(
            lines == [
                "  | Nayib Bukele met Donald Trump at the White House .", "  - PER Donald Trump", "  - ORG White House",
                "  + LOC White House",
            ])
    }
}
