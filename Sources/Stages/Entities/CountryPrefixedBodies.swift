import GlossCore

/// A country's short form before a body that goes by its own name is a place of its own: "the
/// [U.S.] [Federal Reserve Board]", "the [U.S.] [House Agriculture Committee]", "[U.S.] [House of
/// Representatives]". The tagger reads the country and the body as one organisation's name (over
/// Reuters-21578's reut2-000…012, base 4a2f616: "U.S. Federal Reserve" or "U.S. Federal Reserve
/// Board" 13 times, "U.S. House of Representatives" 3), where the news proxies' labellers wrote
/// the country a place and the body an organisation, as they write "U.S." before any noun
/// (docs/entities-news.md). Bodies whose own name holds the country stay whole ("U.S. Bankruptcy
/// Court", "U.S. Agriculture Department" as the proxies have them): the rule reads only the Federal
/// Reserve and a chamber of Congress, which news names without the country ("the Fed", "the House").
///
/// - "Reserve" after "Federal", or "House", in title case in running text, inside a name that
///   begins with a country's short form (`prefixes`: "U.S.", "U.K.", "US", "UK") right before
///   the body's first word;
/// - a "House" name goes on after "House" ("U.S. House Agriculture Committee", "U.S. House of
///   Representatives") or is an organisation's: "U.K. House" of a headline's "House Prices" is left;
/// - the country becomes a place and the body, to the name's end, an organisation.
///
/// "Reserve" and "House" are found with the other rule words (`RuleWords.stateWord` and
/// `RuleWords.institutionWord`), so the rule reads only the tokens `RuleWords.find` found.
/// `TreasuryNames` reads "U.S. Treasury" the same way.
///
/// - Cost: O(f) in the rule words found, a hash comparison or two each; nothing allocated.
enum CountryPrefixedBodies {
    /// A country's short forms that news writes before a noun.
    static let prefixes = NameHeads.hashes("u.s. u.k. us uk")
    static let reserve = NameHeads.hashes("reserve").first!
    static let federal = NameHeads.hashes("federal").first!

    /// Applies the rule to the "Reserve" and "House" tokens among `found`.
    static func apply(_ words: UnsafeBufferPointer<WordAttributes>, found: [RuleWords.Found], tags: UnsafeMutablePointer<EntityTag>) {
        let (reserve, house) = (Self.reserve, AdministrationSeats.house)
        for word in found where word.bits & (RuleWords.stateWord | RuleWords.institutionWord) != 0 {
            let (i, sentence) = (word.token, word.sentence)
            let w = words[i].word
            // The body's first word: "Federal" before "Reserve", "House" itself.
            let first: Int
            if w == reserve {
                guard i - 2 >= sentence.lowerBound, words[i - 1].word == federal else { continue }
                first = i - 1
            } else if w == house {
                guard i - 1 >= sentence.lowerBound else { continue }
                first = i
            } else {
                continue
            }
            let country = first - 1
            guard words[i].isTitleCaseInText, let type = tags[country].type, !tags[country].isInside, tags[i].isInside,
                tags[first].isInside, prefixes.contains(words[country].word)
            else { continue }
            var end = i + 1
            while end < sentence.upperBound && tags[end].isInside { end += 1 }
            if w == house, end == i + 1, type != .organization { continue }
            tags[country] = .begin(.location)
            tags[first] = .begin(.organization)
            for k in (first + 1)..<end { tags[k] = .inside(.organization) }
        }
    }
}
