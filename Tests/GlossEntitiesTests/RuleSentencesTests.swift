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

    @Test func sentencesWithANationalityOrAPossessiveAfterTheirFirstWordAreFound() {
        let (demonyms, possessives, ranges) = Self.found([
            "West German exports rose",  // a nationality
            "the company 's chief said",  // a possessive
            "German exports rose",  // a nationality first only
            "'s first",  // a possessive first only
            "the Tarnford council met",  // a city, no nationality
            "Bonn 's American partner",  // both
            "alone",
        ])
        #expect(demonyms == [ranges[0], ranges[5]])
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
        func run(demonyms: [Range<Int>], possessives: [Range<Int>]) -> [EntityTag] {
            var tags = given
            var confidence = [Float](repeating: 0.9, count: words.count)
            words.withUnsafeBufferPointer { words in
                tags.withUnsafeMutableBufferPointer { tags in
                    confidence.withUnsafeMutableBufferPointer { confidence in
                        RegionalDemonyms.apply(words, sentences: demonyms, tags: tags.baseAddress!)
                        PossessivePersons.apply(words, sentences: possessives, tags: tags.baseAddress!, confidence: confidence.baseAddress!)
                    }
                }
            }
            return tags
        }
        let all = run(demonyms: ranges, possessives: ranges)
        #expect(run(demonyms: found.demonyms, possessives: found.possessives) == all)
        #expect(all[0] == .begin(.miscellaneous) && all[12] == .begin(.miscellaneous))
        #expect(all[7] == .begin(.person) && all[23] == .begin(.person))
    }
}
