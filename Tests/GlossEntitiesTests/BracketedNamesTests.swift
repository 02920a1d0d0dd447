import GlossCore
import Testing

@testable import GlossEntities

@Suite struct BracketedNamesTests {
    /// The tags after the rule of `text` (words split at spaces), whose words over `name` are
    /// tagged `type` before it.
    static func tags(
        _ text: String, name: Range<Int> = 0..<0, _ type: EntityType = .location, lower: Set<String> = [], gazetteer: String = ""
    ) -> [EntityTag] {
        let sentence = text.split(separator: " ").map(String.init)
        var words = WordAttributes.described(sentence, gazetteer: Gazetteer(text: gazetteer))
        for k in words.indices where lower.contains(sentence[k]) { words[k].casing = 2 }
        var tags = sentence.indices.map { name.contains($0) ? ($0 == name.lowerBound ? EntityTag.begin(type) : .inside(type)) : .outside }
        var confidence = [Float](repeating: 0.9, count: tags.count)
        words.withUnsafeBufferPointer {
            BracketedNames.apply($0, sentences: [0..<$0.count], tags: &tags, confidence: &confidence)
        }
        return tags
    }

    @Test func aTickerAfterANameIsAnOrganisation() {
        #expect(Self.tags("with Dow Jones and Co < DJ > and")[6] == .begin(.organization))
        // tickers of one letter, with a period or a slash
        #expect(Self.tags("AT and T < T > said")[4] == .begin(.organization))
        #expect(Self.tags("British Petroleum < BP.L > said")[3] == .begin(.organization))
        #expect(Self.tags("said < AT/T > and")[2] == .begin(.organization))
        #expect(Self.tags("said < Johnson Geneva U.S.A. > said")[2...4] == [.begin(.organization), .inside(.organization), .inside(.organization)])
        #expect(Self.tags("said < O'NEILL-SMITH > said")[2] == .begin(.organization))
        #expect(Self.tags("General Motors Corp < GM > down")[4] == .begin(.organization))
    }

    @Test func aBracketedNameIsAnOrganisationWhateverTheTaggerSaid() {
        #expect(Self.tags("< Kiena Gold Mines Ltd > said it")[1...4] == [.begin(.organization)] + Array(repeating: .inside(.organization), count: 3))
        let placed = Self.tags("the < First National Bank of Chicago > .", name: 6..<7)
        #expect(placed[2...6] == [.begin(.organization)] + Array(repeating: .inside(.organization), count: 4))
    }

    @Test func aParenthesisInsideTheBracketsIsPartOfTheName() {
        let tags = Self.tags("< Philips Electrical ( Ireland ) Ltd > has", name: 4..<5)
        #expect(tags[1...6] == [.begin(.organization)] + Array(repeating: .inside(.organization), count: 5))
        #expect(tags[7] == .outside)
        // Not at the name's start, and not more than two words.
        #expect(Self.tags("< ( Ireland ) Ltd > has").allSatisfy { $0 == .outside })
        #expect(Self.tags("< Acme ( Very Long Seat ) Ltd > has").allSatisfy { $0 == .outside })
    }

    @Test func theNameBeforeATickerIsTheCompanys() {
        let tags = Self.tags("with Dow Jones and Co < DJ > and", name: 1..<3, .person)
        #expect(tags[0...4] == [.outside, .begin(.organization), .inside(.organization), .inside(.organization), .inside(.organization)])
        let found = Self.tags("include Manufacturers Hanover Trust Co < MHC >", name: 1..<5, .organization, lower: ["Manufacturers"])
        #expect(found[1...4] == [.begin(.organization)] + Array(repeating: .inside(.organization), count: 3))
        #expect(Self.tags("said Chairman Acme Corp < ACM >", lower: ["Chairman"])[1...3] == [.outside, .begin(.organization), .inside(.organization)])
        let officer = Self.tags("said Chairman Roger Smith of General Motors < GM > .")
        #expect(officer[2] == .outside && officer[5] == .begin(.organization) && officer[6] == .inside(.organization))
        #expect(Self.tags("FINE ART ACQUISITIONS LTD < FAAA > NET")[0] == .begin(.organization))
        #expect(Self.tags("the University of Iowa Corp < UIC >")[1...4] == [.begin(.organization)] + Array(repeating: .inside(.organization), count: 3))
        #expect(Self.tags("the Bank of Boston Corp < BKB >")[1...4] == [.begin(.organization)] + Array(repeating: .inside(.organization), count: 3))
        // "bank" and "university" are words a corpus writes in lower case: still the name's head before "of"
        #expect(Self.tags("Bank of Boston Corp < BKB > said", lower: ["Bank"])[0...3] == [.begin(.organization)] + Array(repeating: .inside(.organization), count: 3))
        #expect(Self.tags("the University of Iowa Corp < UIC >", lower: ["University"])[1...4] == [.begin(.organization)] + Array(repeating: .inside(.organization), count: 3))
        #expect(Self.tags("Chairman of Boston Corp < BKB >", lower: ["Chairman"])[0...2] == [.outside, .outside, .begin(.organization)])
        // "and" after another firm's legal form or after a country joins two names, not a
        // company's partners: the walk stops at it; after a partner's name it goes on.
        let firms = Self.tags("Quorvik Corp and Dellmere AG < DLM . F > said", name: 0..<2, .organization)
        #expect(firms[0...4] == [.begin(.organization), .inside(.organization), .outside, .begin(.organization), .inside(.organization)])
        #expect(Self.tags("Quorvik Co and Dellmere Plc < DLM > said", name: 0..<2, .organization)[2...4] == [.outside, .begin(.organization), .inside(.organization)])
        #expect(Self.tags("Quorvik Inc & Dellmere Plc < DLM > said", name: 0..<2, .organization)[2...4] == [.outside, .begin(.organization), .inside(.organization)])
        let country = Self.tags("Varnia and Dellmere Plc < DLM . L > agreed", name: 0..<1, gazetteer: "country\tvarnia\n")
        #expect(country[0...3] == [.begin(.location), .outside, .begin(.organization), .inside(.organization)])
        let state = Self.tags("Tarnshire and Dellmere Plc < DLM > agreed", name: 0..<1, gazetteer: "state\ttarnshire\n")
        #expect(state[0...3] == [.begin(.location), .outside, .begin(.organization), .inside(.organization)])
        // near misses: partners' and trades' names are crossed
        #expect(Self.tags("said Quorvik and Dellmere Plc < DLM > .", gazetteer: "surname\tquorvik\n")[1...4]
            == [.begin(.organization)] + Array(repeating: .inside(.organization), count: 3))
        #expect(Self.tags("said Varnian and Dellmere Shipping Plc < VDS . L > .", gazetteer: "demonym\tvarnian\n")[1...5]
            == [.begin(.organization)] + Array(repeating: .inside(.organization), count: 4))
        #expect(Self.tags("said Quorvik Power and Light Co < QPL > .")[1...5]
            == [.begin(.organization)] + Array(repeating: .inside(.organization), count: 4))
        // a letter after a slash ends an abbreviation ("A/S"), not a company's name; a word does not
        let slashed = Self.tags("the field of Varnske Oljeselskap A / S < STAT . OL > was")
        #expect(slashed[7] == .outside && slashed[9] == .begin(.organization))
        #expect(Self.tags("S / P MAY CUT AFG < AFG > .")[2...4] == [.outside, .outside, .outside])
        #expect(Self.tags("said QUORVIK CITIES / ABC < CCB > .")[4] == .begin(.organization))
        // the tagger's whole name, not its end after an "of" the walk does not cross ("Bank of", "New York")
        let whole = Self.tags("from Bank of New York < BK > .", name: 1..<5, .organization)
        #expect(whole[1...4] == [.begin(.organization)] + Array(repeating: .inside(.organization), count: 3))
    }

    @Test func otherBracketsAreLeftAlone() {
        #expect(Self.tags("write to < ekrapels@esaibos.com > now").allSatisfy { $0 == .outside })
        #expect(Self.tags("write to < Vangie.McGilloway@powersrc.com > now").allSatisfy { $0 == .outside })
        #expect(Self.tags("< Embedded Picture : Metafile >").allSatisfy { $0 == .outside })
        #expect(Self.tags("if a < b and C > d").allSatisfy { $0 == .outside })
        // an address in capitals, and the name before it
        #expect(Self.tags("From : John Smith < JSMITH@IBM.COM > wrote", name: 2..<4, .person)[2...5] == [.begin(.person), .inside(.person), .outside, .outside])
        // the letters of a comparison
        #expect(Self.tags("If A < B and C > D then").allSatisfy { $0 == .outside })
        #expect(Self.tags("If A < B & C > D").allSatisfy { $0 == .outside })
        #expect(Self.tags("< A B C D E F G H I >").allSatisfy { $0 == .outside })
        #expect(Self.tags("the < Chemical Bank of New < York >")[2] == .outside)
        // raw XML's element names, in camel case
        #expect(Self.tags("< downloadLink > http://example.com/a.mp3 < / downloadLink >").allSatisfy { $0 == .outside })
        #expect(Self.tags("< contributorName > fabricio").allSatisfy { $0 == .outside })
    }

    /// The tickers' shapes are those of the forms written as strings: "A", and forms of up to
    /// five groups joined by ".", "-", "/", "'", "&" or ".-", each also with a final ".".
    @Test func tickerShapesAreTheShapesOfTheirForms() {
        var forms = ["A"]
        var last = ["A"]
        for _ in 1..<5 {
            last = last.flatMap { form in [".", "-", "/", "'", "&", ".-"].map { form + $0 + "A" } }
            forms += last
        }
        #expect(forms.count == 1_555)
        #expect(BracketedNames.tickerShapes == Set((forms + forms.map { $0 + "." }).map(WordAttributes.shape(of:))))
        #expect(BracketedNames.tickerShapes.contains(WordAttributes.shape(of: "BP.L")))
        #expect(!BracketedNames.tickerShapes.contains(WordAttributes.shape(of: "JSMITH@IBM.COM")))
    }
}
