import GlossCore
import Testing

@testable import GlossEntities

@Suite struct ShortenedNamesTests {
    /// The tags of the space-separated words of `text` (sentences split at " | ") after the
    /// rule, given the tagger's names `names` (first word index in the whole text, word count,
    /// type).
    static func apply(_ text: String, _ names: [(Int, Int, EntityType)], gazetteer: Gazetteer = Gazetteer(text: "")) -> [EntityTag] {
        let pieces = text.components(separatedBy: " | ")
        var sentences: [Range<Int>] = []
        var all: [String] = []
        for piece in pieces {
            let words = piece.split(separator: " ").map(String.init)
            sentences.append(all.count..<(all.count + words.count))
            all += words
        }
        let words = WordAttributes.described(all, gazetteer: gazetteer)
        var tags = Self.tags(all.count, names)
        var confidence = [Float](repeating: 0.9, count: tags.count)
        words.withUnsafeBufferPointer { ShortenedNames.apply($0, sentences: sentences, tags: &tags, confidence: &confidence) }
        return tags
    }

    /// `count` tags with the names in `names` (first word index, word count, type).
    static func tags(_ count: Int, _ names: [(Int, Int, EntityType)]) -> [EntityTag] {
        var tags = [EntityTag](repeating: .outside, count: count)
        for (first, count, type) in names {
            tags[first] = .begin(type)
            for k in (first + 1)..<(first + count) { tags[k] = .inside(type) }
        }
        return tags
    }

    @Test func aRepeatCutShortIsTheNameLessItsLegalForm() {
        // "Continental Materials Corp said . | holders of Continental Materials stock": the
        // repeat's "Continental" alone was tagged.
        let text = "Continental Materials Corp said so | holders of Continental Materials stock sold"
        let tags = Self.apply(text, [(0, 3, .organization), (7, 1, .organization)])
        #expect(tags == Self.tags(11, [(0, 3, .organization), (7, 2, .organization)]))
        // Left untagged, and after "and Co".
        let untagged = Self.apply("Dow Jones and Co said so | Dow Jones rose", [(0, 4, .organization)])
        #expect(untagged == Self.tags(9, [(0, 4, .organization), (6, 2, .organization)]))
    }

    @Test func aPlacesNameThatIsABanksShortFormIsTheBank() {
        // "Quorvik" stands for a listed city, "Quorvik Vale" for a listed town.
        let gazetteer = Gazetteer(text: "city\tquorvik\ncity\tquorvik vale\n")
        // Read as one place, and as a place and an organisation.
        var text = "Quorvik Dominion Bank said so | Quorvik Dominion rose"
        #expect(Self.apply(text, [(0, 3, .organization), (5, 2, .location)], gazetteer: gazetteer) == Self.tags(8, [(0, 3, .organization), (5, 2, .organization)]))
        #expect(
            Self.apply(text, [(0, 3, .organization), (5, 1, .location), (6, 1, .organization)], gazetteer: gazetteer)
                == Self.tags(8, [(0, 3, .organization), (5, 2, .organization)]))
        // A listed place's name is the place; a person's name stays the tagger's.
        text = "Quorvik Vale Telephone Co said so | Quorvik Vale rose"
        #expect(Self.apply(text, [(0, 4, .organization), (6, 2, .location)], gazetteer: gazetteer) == Self.tags(9, [(0, 4, .organization), (6, 2, .location)]))
        text = "Dellmere Vantor Bank said so | Dellmere Vantor rose"
        #expect(Self.apply(text, [(0, 3, .organization), (5, 2, .person)], gazetteer: gazetteer) == Self.tags(8, [(0, 3, .organization), (5, 2, .person)]))
        // A region's name ending in a place's head word, listed or not, is the region: "Silicon
        // Valley" of "Silicon Valley Bank", "the Gulf Coast" of "Gulf Coast Bank".
        for head in ["Valley", "Coast"] {
            text = "Dellmere \(head) Bank said so | firms in Dellmere \(head) rose"
            #expect(
                Self.apply(text, [(0, 3, .organization), (7, 2, .location)], gazetteer: gazetteer)
                    == Self.tags(10, [(0, 3, .organization), (7, 2, .location)]))
        }
    }

    @Test func aRepeatFoundWholeOrGoingOnIsLeftAlone() {
        // Found whole as a person: the document's votes decide.
        var text = "Merrill Lynch and Co said so | Merrill Lynch rose"
        var tags = Self.apply(text, [(0, 4, .organization), (6, 2, .person)])
        #expect(tags == Self.tags(9, [(0, 4, .organization), (6, 2, .person)]))
        // A longer name goes on.
        text = "Continental Materials Corp said so | Continental Materials Group rose"
        tags = Self.apply(text, [(0, 3, .organization), (5, 1, .organization)])
        #expect(tags == Self.tags(9, [(0, 3, .organization), (5, 1, .organization)]))
        // No legal form, or one word left: nothing to look for.
        text = "Acme Widgets said so | Acme rose"
        tags = Self.apply(text, [(0, 2, .organization), (4, 1, .organization)])
        #expect(tags == Self.tags(6, [(0, 2, .organization), (4, 1, .organization)]))
        text = "Acme Corp said so | Acme rose"
        tags = Self.apply(text, [(0, 2, .organization), (4, 1, .organization)])
        #expect(tags == Self.tags(6, [(0, 2, .organization), (4, 1, .organization)]))
    }

    @Test func aNameCutAtItsLeftGivesNoRepeat() {
        // "Applied" left out of "Applied DNA Systems Inc": "DNA Systems" is no whole name, and
        // its repeat is left as the tagger had it.
        var text = "Applied DNA Systems Inc said so | DNA Systems rose"
        var tags = Self.apply(text, [(1, 3, .organization)])
        #expect(tags == Self.tags(9, [(1, 3, .organization)]))
        text = "a hike for ( Big Rivers Electric Corp ) | Rivers Electric rose"
        tags = Self.apply(text, [(5, 3, .organization)])
        #expect(tags == Self.tags(12, [(5, 3, .organization)]))
        // "The" before the name cuts nothing.
        text = "The Strong Point Inc said so | Strong Point rose"
        tags = Self.apply(text, [(1, 3, .organization)])
        #expect(tags == Self.tags(9, [(1, 3, .organization), (6, 2, .organization)]))
    }
}
