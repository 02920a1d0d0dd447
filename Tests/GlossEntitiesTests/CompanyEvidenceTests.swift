import GlossCore
import Testing

@testable import GlossEntities

@Suite struct CompanyEvidenceTests {
    static let gazetteer = Gazetteer(text: "given\tjohn\ngiven\teli\n")

    /// The tags after the rule of a document of sentences given as words with their tags: a
    /// word followed by "/P" begins a person's name, "/I" is inside one, "/O" begins an
    /// organisation's name, "/J" is inside one, "/L" begins a place's name, "/K" is inside
    /// one; other words are outside names. The words are described with `gazetteer`.
    static func apply(_ sentences: [String], gazetteer: Gazetteer = gazetteer) -> [[EntityTag]] {
        var words: [String] = []
        var tags: [EntityTag] = []
        var ranges: [Range<Int>] = []
        let marks: [String: EntityTag] = [
            "/P": .begin(.person), "/I": .inside(.person), "/O": .begin(.organization), "/J": .inside(.organization),
            "/L": .begin(.location), "/K": .inside(.location),
        ]
        for sentence in sentences {
            let start = words.count
            for word in sentence.split(separator: " ") {
                if word.count > 2, let tag = marks[String(word.suffix(2))] {
                    words.append(String(word.dropLast(2)))
                    tags.append(tag)
                } else {
                    words.append(String(word))
                    tags.append(.outside)
                }
            }
            ranges.append(start..<words.count)
        }
        guard !words.isEmpty else { return ranges.map { _ in [] } }
        let attributes = WordAttributes.described(words, gazetteer: gazetteer)
        var confidence = [Float](repeating: 0.9, count: tags.count)
        attributes.withUnsafeBufferPointer { CompanyEvidence.apply($0, sentences: ranges, tags: &tags, confidence: &confidence) }
        return ranges.map { Array(tags[$0]) }
    }

    /// The types of the document's names, in order.
    static func types(_ sentences: [String], gazetteer: Gazetteer = gazetteer) -> [EntityType?] {
        apply(sentences, gazetteer: gazetteer).flatMap { $0 }.filter { $0 != .outside && !$0.isInside }.map(\.type)
    }

    @Test func aOneWordPersonTheDocumentCallsACompanyIsOne() {
        // Reuters reut2-004: "Adsteam" a person in one sentence, "Adsteam shares eased" in another.
        #expect(Self.types(["Adsteam/P said profit rose .", "Adsteam shares eased ."]) == [.organization])
        #expect(Self.types(["Renouf/P sold its stake .", "It is Renouf Corp Ltd ."]) == [.organization])
        #expect(Self.types(["Bowne/P said .", "Bowne 's directors met ."]) == [.organization])
        #expect(Self.types(["Clayton/P said .", "Clayton , a private investment firm , said ."]) == [.organization])
        #expect(Self.types(["Kalshi/P grew .", "Kalshi CEO Tarek Mansour spoke ."]) == [.organization])
    }

    @Test func aPersonsCueAnywhereKeepsThePerson() {
        // Each document has a company's cue too ("Ford shares").
        #expect(Self.types(["Henry/P Ford/I founded it .", "Ford/P said .", "Ford shares rose ."]) == [.person, .person])
        #expect(Self.types(["Mr Ford/P said .", "Ford shares rose ."]) == [.person])
        #expect(Self.types(["John Ford/P said .", "Ford shares rose ."]) == [.person])
        // A given name before the word inside an organisation's name is no person's cue.
        #expect(
            Self.types(["Eli/O Lilly/J and/J Co/J said .", "Lilly/P said .", "Lilly shares rose ."]) == [.organization, .organization])
        #expect(Self.types(["Ford/P said he would go .", "Ford shares rose ."]) == [.person])
        #expect(Self.types(["Ford/P , 45 , said .", "Ford shares rose ."]) == [.person])
        #expect(Self.types(["Ford/P told them .", "Ford shares rose ."]) == [.person])
    }

    @Test func wordsPeopleHaveTooAreNoCue() {
        #expect(Self.types(["Howe/P said in a statement .", "Howe 's spokesman said ."]) == [.person])
        #expect(Self.types(["Howe/P said in a statement .", "the Howe spokesman said ."]) == [.person])
        #expect(Self.types(["Icahn/P said .", "Icahn 's stake rose .", "at Icahn 's board"]) == [.person])
        #expect(Self.types(["Trump/P spoke .", "Trump 's market mayhem ."]) == [.person])
        // No cue at all, nor a cue for another word.
        #expect(Self.types(["Polymarket and Kalshi/P are soaring ."]) == [.person])
        #expect(Self.types(["Smith/P said .", "Jones Inc rose ."]) == [.person])
    }

    @Test func anEmployerOfAStaffNounIsACompanyUnlessTheDocumentNamesAPerson() {
        // Between "a" or "an" and a staff noun; before "analyst" and a capitalised word.
        #expect(Self.types(["Quillex/P said exports rose .", "a Quillex spokesman said ."]) == [.organization])
        #expect(Self.types(["Aquillex/P said .", "an Aquillex official said ."]) == [.organization])
        #expect(Self.types(["Quillex/P said .", "said Quillex analyst Mirela Oskarov ."]) == [.organization])
        // An office or a title before a mention, a longer person's name, a pronoun: a person.
        #expect(Self.types(["President Quillex/P said .", "a Quillex spokesman said ."]) == [.person])
        #expect(Self.types(["Mirela/P Quillex/I spoke .", "Quillex/P said .", "a Quillex spokesman said ."]) == [.person, .person])
        #expect(Self.types(["Quillex/P said he would go .", "a Quillex spokesman said ."]) == [.person])
        // A surname news uses for a person (`NewsPersons.words`) is a politician's staff.
        #expect(Self.types(["Reagan/P said .", "a Reagan spokesman said ."]) == [.person])
        // Capitalised words after the noun, "analyst" before a word in lower case.
        #expect(Self.types(["Quillex/P said .", "a Quillex Spokesman said ."]) == [.person])
        #expect(Self.types(["Quillex/P said .", "the Quillex analyst said ."]) == [.person])
    }

    @Test func anAppositionNamesACompanyOnlyWhenItsKindEndsIt() {
        // A kind of company before another noun or "'s" says what a person is (review28).
        #expect(Self.types(["Jones/P said rates would rise .", "Jones , a bank analyst , spoke ."]) == [.person])
        #expect(Self.types(["Taft/P said .", "Taft , the company 's president , spoke ."]) == [.person])
        #expect(Self.types(["Brown/P said .", "Brown , an airline pilot , flew ."]) == [.person])
        // Ending its phrase, it names a company (wikigold's "Staedtler", Reuters' "Leo").
        #expect(Self.types(["Staedtler/P grew .", "Staedtler , a stationery company with shops ."]) == [.organization])
        #expect(Self.types(["Leo/P grew .", "Leo , a subsidiary of Pharmacia , said ."]) == [.organization])
        #expect(Self.types(["Woolco/P grew .", "Woolco , a discount chain"]) == [.organization])
    }

    @Test func aPlantIsNoCompanysCue() {
        // Reuters reut2-004 and 010: the word before "plant" is mostly a place (review28).
        #expect(Self.types(["Jefferson/P will work Saturday .", "the Jefferson plant in Detroit"]) == [.person])
        #expect(Self.types(["Levallois/P closed .", "its Levallois plants"]) == [.person])
        #expect(Self.types(["Odin/P grew .", "Odin shares rose ."]) == [.organization])
    }

    @Test func theVerbSharesIsNoCue() {
        // review28: "X shares a video" gives or posts something; only the stock is a company's cue.
        #expect(Self.types(["Musk/P spoke .", "Musk shares a video of the launch ."]) == [.person])
        #expect(Self.types(["Smith/P spoke .", "Smith shares his view ."]) == [.person])
        #expect(Self.types(["Odin/P grew .", "Odin shares the market ."]) == [.person])
        #expect(Self.types(["Odin/P grew .", "Odin shares rose ."]) == [.organization])
        #expect(Self.types(["Odin/P grew .", "Odin shares"]) == [.organization])
    }

    @Test func sharesBeforeATimeAreTheStock() {
        // Reuters reut2-005: "privatise the VW shares this year"; an article or "this" then a
        // time is when the stock moved, not what is shared.
        #expect(Self.types(["Odin/P grew .", "Odin shares this year rose ."]) == [.organization])
        #expect(Self.types(["Odin/P grew .", "Odin shares a year ago were cheap ."]) == [.organization])
        #expect(Self.types(["Odin/P grew .", "Odin shares these days trade at 9 ."]) == [.organization])
        // The verb still: a possessive, or an article before no time.
        #expect(Self.types(["Musk/P spoke .", "Musk shares his morning routine ."]) == [.person])
        #expect(Self.types(["Musk/P spoke .", "Musk shares this video ."]) == [.person])
        #expect(Self.types(["Musk/P spoke .", "Musk shares this"]) == [.person])
    }

    @Test func edgesAreSafe() {
        #expect(Self.apply([]) == [])
        #expect(Self.apply([""]) == [[]])
        #expect(Self.types(["Ford/P"]) == [.person])
        #expect(Self.types(["Ford/P ,"]) == [.person])
        #expect(Self.types(["Ford/P , a"]) == [.person])
        #expect(Self.types(["Ford/P 's"]) == [.person])
        // A name in capitals or a multi-word person is no candidate.
        #expect(Self.types(["FORD/P said .", "FORD shares rose ."]) == [.person])
        // More one-word persons than are looked at: the rule still runs on the first ones.
        let many = (0..<40).map { "Name\($0)/P said ." }
        #expect(Self.types(many + ["Name0 shares rose ."]).first == .organization)
    }
}
