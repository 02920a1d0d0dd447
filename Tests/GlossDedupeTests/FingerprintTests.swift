import GlossCore
import Testing

@testable import GlossDedupe
import GlossText

@Suite struct FingerprintTests {
    func fingerprint(_ text: String) throws -> Fingerprint {
        var document = Document(id: "t", text: text)
        try Tokenizer().process(&document)
        return Fingerprint(of: document)
    }

    @Test func whitespaceAndASCIICaseDoNotChangeTheExactHash() throws {
        let a = try fingerprint("The mayor of Springfield resigned on Tuesday.")
        let b = try fingerprint("the MAYOR of  Springfield\nresigned on tuesday .")
        #expect(a.exact == b.exact)
        #expect(a.simhash == b.simhash)
    }

    @Test func aChangedWordChangesTheExactHash() throws {
        let a = try fingerprint("The mayor of Springfield resigned on Tuesday.")
        let b = try fingerprint("The mayor of Springfield resigned on Wednesday.")
        #expect(a.exact != b.exact)
    }

    @Test func tokenBoundariesCount() throws {
        #expect(try fingerprint("ab c").exact != fingerprint("a bc").exact)
    }

    @Test func fewerThanThreeWordsHaveNoSimHash() throws {
        #expect(try fingerprint("Hello, world!").simhash == nil)
        #expect(try fingerprint("Hello there, world!").simhash != nil)
        #expect(try fingerprint("").simhash == nil)
    }

    @Test func oneChangedWordInAThousandLeavesTheSimHashClose() throws {
        let words = (0..<1000).map { "word\($0 * 7919 % 1000)" }
        let original = try fingerprint(words.joined(separator: " "))
        var changed = words
        changed[500] = "different"
        let near = try fingerprint(changed.joined(separator: " "))
        let unrelated = try fingerprint((0..<1000).map { "other\($0)" }.joined(separator: " "))
        let close = Fingerprint.distance(try #require(original.simhash), try #require(near.simhash))
        let far = Fingerprint.distance(try #require(original.simhash), try #require(unrelated.simhash))
        #expect(close <= 3)
        #expect(far > 10)
    }

    @Test func writesHexDigits() {
        var writer = JSONWriter()
        Fingerprint(exact: 0xabc, simhash: 1).writeJSON(to: &writer, context: JSONContext(characters: ScalarOffsetIndex(text: ""), offsets: .identity))
        #expect(String(decoding: writer.bytes, as: UTF8.self)
            == #"{"exact":"00000000000000000000000000000abc","simhash":"0000000000000001"}"#)
    }
}
