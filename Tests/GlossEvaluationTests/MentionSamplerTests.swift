import GlossCore
import GlossStages
import Testing

@testable import GlossEvaluation

@Suite struct MentionSamplerTests {
    static func document(_ text: String) throws -> Document {
        var document = Document(id: "d", text: text)
        try Tokenizer().process(&document)
        try NumberDetector().process(&document)
        return document
    }

    @Test func keepsEveryMentionWhileTheSampleHasRoom() throws {
        var sampler = MentionSampler(size: 10, seed: 1)
        sampler.add(try Self.document("He paid $20 for 3 books."))
        #expect(sampler.seen == 2 && sampler.kept.count == 2)
        #expect(sampler.kept.allSatisfy { $0.contains("  =>  ") })
    }

    @Test func aFullSampleStaysItsSizeAndTheSeedDecides() throws {
        let text = (1...40).map { "Item \($0) costs \($0 * 3) dollars." }.joined(separator: " ")
        let document = try Self.document(text)
        var a = MentionSampler(size: 5, seed: 7)
        var b = MentionSampler(size: 5, seed: 7)
        var c = MentionSampler(size: 5, seed: 8)
        a.add(document)
        b.add(document)
        c.add(document)
        #expect(a.seen > 5 && a.kept.count == 5)
        #expect(a.kept == b.kept)
        #expect(a.kept != c.kept)
    }
}
