import Testing

@testable import GlossHTML

@Suite struct JSONLDValidatorTests {
    func strict(_ json: String, maxDepth: Int = 64) -> Bool {
        Array(json.utf8).withUnsafeBufferPointer { JSONLDValidator.isStrict($0, maxDepth: maxDepth) }
    }

    @Test func acceptsPlainJSON() {
        #expect(strict(#" {"a": [1, -0, 0.25, -12.5, true, false, null, "x\"\\\/\b\f\n\r\t\u00e9"], "b": {}} "#))
        #expect(strict(#""\ud83d\ude00""#), "a surrogate pair")
        #expect(strict("[]") && strict("0") && strict(#""""#))
    }

    @Test func rejectsWhatRFC8259Rejects() {
        for json in [
            "", " ", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "[1 2]", "01", "1.", ".5", "-", "+1", "tru", "nul",
            "\"open", "\"tab\there\"", "\"\\x\"", "\"\\u12g4\"", "[1]]", "{} {}", "'a'",
        ] {
            #expect(!strict(json), "\(json)")
        }
    }

    @Test func rejectsWhatItLeavesToFoundation() {
        #expect(!strict("1e5") && !strict("1E-2"), "exponents")
        #expect(!strict("1234567890123456") && strict("123456789012345"), "more than 15 digits")
        #expect(!strict("0.1234567890123456"))
        #expect(!strict(#""\ud800""#) && !strict(#""\udfff x""#) && !strict(#""\ud800\u0041""#), "lone surrogates")
        #expect(strict("[[[]]]", maxDepth: 3) && !strict("[[[[]]]]", maxDepth: 3), "nesting past the limit")
    }
}
