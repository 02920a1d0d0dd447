import Testing

@testable import GlossEntities
@testable import GlossEntityTraining

@Suite struct PerceptronTests {
    /// The attributes of `text`, as the tagger reads a token.
    static func word(_ text: String) -> WordAttributes {
        Array(text.utf8).withUnsafeBufferPointer { WordAttributes($0.baseAddress!, count: $0.count) }
    }

    @Test func aMoveChangesTheTagsWeightsOfTheWordAndTransitionRows() {
        var perceptron = Perceptron(bits: 10)
        let rows: [UInt32] = [3, 7]
        let word = Self.word("Acme")
        let tag = EntityTag.begin(.organization)
        rows.withUnsafeBufferPointer {
            perceptron.move(rows: $0.baseAddress!, count: 2, word: word, tag: tag, after: .outside, by: 1)
        }
        let weights = perceptron.weights
        let tags = EntityTag.count
        #expect(weights[3 * tags + Int(tag.rawValue)] >= 1)
        #expect(weights[7 * tags + Int(tag.rawValue)] >= 1)
        #expect(weights[3 * tags] == 0)
        // Two word rows and three transition rows (which may share a row), one weight each.
        #expect(weights.reduce(0, +) == 5)
    }

    @Test func theAverageWeighsEachValueByTheStepsItWasHeld() {
        var perceptron = Perceptron(bits: 10)
        let row: [UInt32] = [5]
        let tag = EntityTag.begin(.person)
        let word = Self.word("Lee")
        // +1 at step 1, held through steps 1 and 2, then -1 at step 3, held through step 3.
        row.withUnsafeBufferPointer { perceptron.move(rows: $0.baseAddress!, count: 1, word: word, tag: tag, after: .outside, by: 1) }
        perceptron.advance()
        perceptron.advance()
        row.withUnsafeBufferPointer { perceptron.move(rows: $0.baseAddress!, count: 1, word: word, tag: tag, after: .outside, by: -1) }
        perceptron.advance()
        let averaged = perceptron.averaged().weights
        // w - Σ(step × change) / steps = 0 - (1 × 1 - 1 × 3) / 4.
        #expect(averaged[5 * EntityTag.count + Int(tag.rawValue)] == 0.5)
    }
}
