import Testing

@testable import GlossNumbers

/// The reader's guard on ISO codes that are words too (`ALL`, `MAD`, `BOB`, `BYR` for buyer):
/// money beside a number in prose, never alone, in capitals, or before a counted noun.
@Suite struct MentionReaderTests {
    static func money(_ text: String) throws -> NumberMention? {
        try NumberDetectorTests.mentions(text).first { $0.kind == .money }
    }

    static let wordCodes = CurrencyCatalog.codes.filter(\.value.isWordCode).map(\.key).sorted()

    @Test func everyWordCodeBesideANumberInProse() throws {
        #expect(Self.wordCodes.count >= 30)
        for code in Self.wordCodes {
            #expect(try Self.money("It cost 500 \(code) in all.")?.currency == code, "\(code)")
            #expect(try Self.money("It cost \(code) 20.")?.currency == code, "\(code)")
            #expect(try Self.money("It cost \(code) 12.50 each.")?.currency == code, "\(code)")
            #expect(try Self.money("It cost \(code) 3 million in all.")?.value?.double == 3e6, "\(code)")
        }
    }

    @Test func noWordCodeAloneInCapitalsOrBeforeACount() throws {
        for code in Self.wordCodes {
            #expect(try NumberDetectorTests.mentions("He was \(code) at all of us.").isEmpty, "\(code)")
            #expect(try Self.money("\(code) 5 solutions are wrong.") == nil, "\(code)")
            #expect(try Self.money("THEY PAID 40 \(code) TODAY") == nil, "\(code)")
            #expect(try Self.money("THE \(code) 10 SONGS") == nil, "\(code)")
        }
        // the spec's own: a name or a word before a count
        #expect(try Self.money("I tried to call Bob 3 times already.") == nil)
        #expect(try Self.money("He has lost his pen 7 times since Monday.") == nil)
        // a commodity table's buyer and seller
        #expect(try Self.money("LA PALLICE APR/MAY 129.50 BYR. DUNKIRK APR 129.50 PAID.") == nil)
        #expect(try Self.money("Feed barley - dlvd ROUEN APR/MAY 118.50 BYR/119 SLR.") == nil)
    }

    @Test func theGuardReadsCapitalWords() throws {
        let cases: [(String, Bool)] = [("It cost 5 MAD today", true), ("It cost 5 MAD TODAY", false), ("COST 5 MAD today", false)]
        for (text, money) in cases { #expect(try (Self.money(text) != nil) == money, "\(text)") }
    }
}
