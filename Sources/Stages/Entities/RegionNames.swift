import GlossCore

/// A region's name the tagger read as an organisation is a place: "the Midwest", "the Corn
/// Belt", "the Americas", "the Middle East". Over Reuters-21578 and the RSS snapshots the tagger
/// typed "Midwest" an organisation 10 times (a place 4), "Corn Belt" 3 times (never a place):
/// a name of one or two words in title case before a lower-case word reads like a company's.
///
/// - an organisation's name of one or two words that is a region's (`regions`: "Midwest",
///   "Americas", "West", "Middle East" …) or a word in title case and "Belt" ("Corn Belt", "Sun
///   Belt", "Farm Belt");
/// - after a word with no capital ("the", "interior", "one"): a region is written after an
///   article or a modifier, a company at a clause's start as well ("Midwest acts as …" stays);
/// - before no word with a capital ("the Midwest Stock Exchange", "Corn Belt Bancorp" stay);
/// - the name becomes a place.
///
/// EWT and the proxies differ on regions: EWT's annotators wrote "the West" and "the Americas"
/// untagged and "the Middle East" a place; the proxies' labellers wrote "the West", "the
/// Americas" and "Corn Belt" places. Both leave them no organisation; the place is the proxies'
/// reading, which the held-out news is like (docs/entities-news.md).
///
/// Called from `ConjoinedOrganisations.correct` (in `CoordinatedCompanies`' walk over each
/// organisation's name): no pass of its own.
///
/// - Cost: at an organisation's name of one or two words, a byte test of its last word's
///   initial (`lastInitials`); where that allows, the marks of the words around it and in it,
///   and where those allow, a set lookup of its last word.
enum RegionNames {
    /// Regions' names that are no country's, continent's or company's, as their words' hashes
    /// (one or two words).
    static let regions: Set<[UInt64]> = Set(
        ["midwest", "mideast", "americas", "west", "east", "orient", "middle east", "far east", "near east"].map {
            $0.split(separator: " ").map { NameHeads.hashes(String($0)).first! }
        })
    /// The last words of `regions` and "belt", what a name's last word is looked up in first.
    static let lastWords = WordHashSet(regions.map { $0.last! } + [belt])
    static let belt = NameHeads.hashes("belt").first!

    /// The initials of `lastWords` ("a" americas, "b" belt, "e" east, "m" midwest and mideast,
    /// "o" orient, "w" west) as bits, bit k for the letter whose `WordAttributes.initial & 31`
    /// is k: a name whose last word begins with another letter (most: "Corp", "Inc", "Co") is
    /// no region, told by a byte and a shift before a call and the set's lazy global.
    static let lastInitials: UInt32 = 1 << 1 | 1 << 2 | 1 << 5 | 1 << 13 | 1 << 15 | 1 << 23

    /// Whether the organisation's name over `name` in `sentence` is a region's, to be a place.
    @inline(__always)
    static func isARegion(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>, in sentence: Range<Int>) -> Bool {
        guard name.count <= 2, lastInitials >> (words[name.upperBound - 1].initial & 31) & 1 != 0 else { return false }
        return isARegionName(words, name, in: sentence)
    }

    /// `isARegion` past its initial's test.
    static func isARegionName(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>, in sentence: Range<Int>) -> Bool {
        // The marks first (a load each), the set last.
        guard name.count <= 2, name.lowerBound > sentence.lowerBound, !words[name.lowerBound - 1].hasCapital,
            name.upperBound == sentence.upperBound || !words[name.upperBound].hasCapital,
            name.allSatisfy({ words[$0].isTitleCaseInText }), lastWords.contains(words[name.upperBound - 1].word)
        else { return false }
        if name.count == 2, words[name.upperBound - 1].word == belt { return true }
        return regions.contains(name.map { words[$0].word })
    }
}
