import GlossCore
import Testing

@testable import GlossEntities

@Suite struct RuleSentencesTests {
    /// Two listed nationalities and a listed city.
    static let gazetteer = Gazetteer(text: "demonym\tgerman\ndemonym\tamerican\ncity\ttarnford\n")

    /// The sentences `RuleSentences` finds in `sentences` (each a string of words joined by spaces).
    static func found(_ sentences: [String]) -> (demonyms: [Range<Int>], possessives: [Range<Int>], ranges: [Range<Int>]) {
        let split = sentences.map { $0.split(separator: " ").map(String.init) }
        var ranges: [Range<Int>] = []
        for words in split {
            let first = ranges.last?.upperBound ?? 0
            ranges.append(first..<(first + words.count))
        }
        let words = WordAttributes.described(split.flatMap { $0 }, gazetteer: gazetteer)
        var found = RuleSentences()
        words.withUnsafeBufferPointer { found.find($0, sentences: ranges) }
        return (found.demonyms, found.possessives, ranges)
    }

    /// `tags` and `confidence` after `RegionalDemonyms` over `demonyms` and `PossessivePersons`
    /// over `possessives`, as the tagger runs them (`TitledPersons` between them changes no tag
    /// they read here).
    static func apply(
        _ words: [WordAttributes], tags: [EntityTag], confidence: [Float], demonyms: [Range<Int>], possessives: [Range<Int>]
    ) -> (tags: [EntityTag], confidence: [Float]) {
        var (tags, confidence) = (tags, confidence)
        words.withUnsafeBufferPointer { words in
            tags.withUnsafeMutableBufferPointer { tags in
                confidence.withUnsafeMutableBufferPointer { confidence in
                    RegionalDemonyms.apply(words, sentences: demonyms, tags: tags.baseAddress!)
                    PossessivePersons.apply(words, sentences: possessives, tags: tags.baseAddress!, confidence: confidence.baseAddress!)
                }
            }
        }
        return (tags, confidence)
    }

    @Test func sentencesWithANationalityOrAPossessiveAfterTheirFirstWordAreFound() {
        // A nationality counts as the first word too (`DemonymOrganisations`); a possessive does not.
        let (demonyms, possessives, ranges) = Self.found([
            "West German exports rose",  // a nationality
            "the company 's chief said",  // a possessive
            "German exports rose",  // a nationality first only
            "'s first",  // a possessive first only
            "the Tarnford council met",  // a city, no nationality
            "Bonn 's American partner",  // both
            "alone",
        ])
        #expect(demonyms == [ranges[0], ranges[2], ranges[5]])
        #expect(possessives == [ranges[1], ranges[5]])
    }

    @Test func findingAgainForgetsTheLastWindow() {
        let words = WordAttributes.described(["West", "German", "exports", "'s"], gazetteer: Self.gazetteer)
        var found = RuleSentences()
        words.withUnsafeBufferPointer { found.find($0, sentences: [0..<4]) }
        #expect(found.demonyms == [0..<4] && found.possessives == [0..<4])
        words.withUnsafeBufferPointer { found.find($0, sentences: [2..<3, 3..<4]) }
        #expect(found.demonyms.isEmpty && found.possessives.isEmpty)
    }

    /// The two rules walking only the sentences found give the tags walking all of them gives.
    @Test func theRulesOverTheSentencesFoundGiveWhatTheyGiveOverAll() throws {
        let text = [
            "West German exports rose", "the ECB 's Lagarde says rates will hold", "Latin American debt grew",
            "nothing here at all", "the Fed 's Waller said so",
        ]
        let split = text.map { $0.split(separator: " ").map(String.init) }
        var ranges: [Range<Int>] = []
        for words in split { ranges.append((ranges.last?.upperBound ?? 0)..<((ranges.last?.upperBound ?? 0) + words.count)) }
        let words = WordAttributes.described(split.flatMap { $0 }, gazetteer: Self.gazetteer)
        var given = [EntityTag](repeating: .outside, count: words.count)
        given[0] = .begin(.location)
        given[1] = .inside(.location)
        given[5] = .begin(.organization)
        given[12] = .begin(.location)
        given[13] = .inside(.location)
        given[21] = .begin(.organization)
        var found = RuleSentences()
        words.withUnsafeBufferPointer { found.find($0, sentences: ranges) }
        let confidence = [Float](repeating: 0.9, count: words.count)
        func run(demonyms: [Range<Int>], possessives: [Range<Int>]) -> [EntityTag] {
            Self.apply(words, tags: given, confidence: confidence, demonyms: demonyms, possessives: possessives).tags
        }
        let all = run(demonyms: ranges, possessives: ranges)
        #expect(run(demonyms: found.demonyms, possessives: found.possessives) == all)
        #expect(all[0] == .begin(.miscellaneous) && all[12] == .begin(.miscellaneous))
        #expect(all[7] == .begin(.person) && all[23] == .begin(.person))
    }

    @Test func aPossessiveInCapitalsOrWithATypographicApostropheAndANationalityLastAreFound() {
        let (demonyms, possessives, ranges) = Self.found([
            "BONN 'S CHIEF SAID",  // a possessive in capitals
            "the Fed ’s Waller said",  // a typographic apostrophe
            "the Fed ’S Waller said",  // both
            "exports to West German",  // a nationality last
            "AMERICAN exports rose",  // a nationality first only, in capitals
            "the firm s chief",  // no apostrophe: no possessive
        ])
        #expect(demonyms == [ranges[3], ranges[4]])
        #expect(possessives == [ranges[0], ranges[1], ranges[2]])
    }

    /// The two rules give the same tags and confidences over the sentences found as over all,
    /// for generated windows: the rules' shapes ("West German", "Fed 's Lagarde Says", with the
    /// possessive in all its spellings and the nationality in any case) among other words, under
    /// the tags the rules look for or others, cut into sentences at random (a shape may straddle
    /// a sentence's edge).
    @Test func theRulesOverTheSentencesFoundGiveWhatTheyGiveOverAllForGeneratedWindows() {
        let others = ["the", "Bundesbank", "exports", "Inc", ",", "Tarnford", "s", "Says", "American", "Lagarde"]
        let tagChoices: [EntityTag] = [
            .outside, .begin(.location), .inside(.location), .begin(.organization), .inside(.organization), .begin(.person),
        ]
        var draws = WordAttributesTests.Draws(state: 23)
        var changed = 0
        for _ in 0..<600 {
            var words: [String] = []
            var given: [EntityTag] = []
            for _ in 0..<(draws.below(12) + 1) {
                let shape: [String]
                let tags: [EntityTag]
                switch draws.below(3) {
                case 0:
                    shape = [["West", "Latin", "NORTH", "central"][draws.below(4)], ["German", "AMERICAN", "american"][draws.below(3)]]
                    tags = draws.below(2) == 0 ? [.begin(.location), .inside(.location)] : [.begin(.organization), .inside(.organization)]
                case 1:
                    shape = [
                        ["Fed", "ECB", "Tarnford"][draws.below(3)], ["'s", "’s", "'S", "’S"][draws.below(4)],
                        ["Lagarde", "Waller", "German", "the"][draws.below(4)], ["Says", "said", "exports"][draws.below(3)],
                    ]
                    let owner: EntityTag = draws.below(2) == 0 ? .begin(.organization) : .begin(.location)
                    tags = [owner, .outside, draws.below(2) == 0 ? .outside : .begin(.organization), .outside]
                default:
                    shape = [others[draws.below(others.count)]]
                    tags = [tagChoices[draws.below(tagChoices.count)]]
                }
                words += shape
                // Now and then a tag the rules do not look for.
                given += tags.map { draws.below(5) == 0 ? tagChoices[draws.below(tagChoices.count)] : $0 }
            }
            var ranges: [Range<Int>] = []
            var first = 0
            while first < words.count {
                let end = min(words.count, first + draws.below(8) + 1)
                ranges.append(first..<end)
                first = end
            }
            let attributes = WordAttributes.described(words, gazetteer: Self.gazetteer)
            let givenConfidence = words.indices.map { _ in Float(draws.below(100)) / 100 }
            var found = RuleSentences()
            attributes.withUnsafeBufferPointer { found.find($0, sentences: ranges) }
            let all = Self.apply(attributes, tags: given, confidence: givenConfidence, demonyms: ranges, possessives: ranges)
            let some = Self.apply(
                attributes, tags: given, confidence: givenConfidence, demonyms: found.demonyms, possessives: found.possessives)
            #expect(some.tags == all.tags && some.confidence == all.confidence, "\(words) \(ranges)")
            if all.tags != given { changed += 1 }
        }
        // The rules acted in many windows: the comparison is not between two untouched copies.
        #expect(changed > 100)
    }
}
