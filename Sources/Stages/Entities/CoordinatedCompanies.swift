import GlossCore

/// Tags as an organisation the untagged name joined by "and", "or" or "nor" to an
/// organisation's name: "Cutrale and Citrosuco had sent telexes" with "Citrosuco" found,
/// "neither Texas Air nor Continental", "HBO and Cinemax". A firm named after its partners
/// is one name: where the organisation's name after "and" ends in a legal form, or the
/// untagged words after it do, the whole is one ("Gulf and Western Inc", "Corroon and Black
/// Corp", "Kidder Peabody and Co.").
///
/// Two names joined this way are mostly of one kind, and a one-word company the tagger has
/// seldom seen is often named beside one it knows or one a rule found by its legal form. The
/// untagged side is one to three words that `CompanyPossessives.untagged` allows (title case
/// in running text, no digits or ratings, no day, month, compass point or word usually in lower
/// case; one word no listed place or nationality), the whole run of capitalised words there
/// (not after or before another capitalised word); a name on its own before "and" does not
/// follow an article ("the South and Conrail points" is a region) and is no legal form
/// ("J.P. Morgan and Co. and Bankers Trust Corp"), and one after it is not followed by a full
/// stop, which may be an abbreviation's ("First Boston Corp and Alex. Brown and Sons Inc"). Names the tagger found as persons or places
/// stay as they are: "IBM and Japan", "Exxon and Smith" are read as the tagger read them.
///
/// Over Reuters the names beside a product's name read as a company ("the Taurus and Sable
/// models") are the rule's commonest error.
///
/// - Cost: O(t) in tokens: a few tag comparisons per token; a set's lookup only for an untagged
///   word beside an organisation's name, and a look at the words on the other side after a
///   conjunction. Run after the rules that find organisations and before
///   `DocumentConsistency`, so the document's other mentions follow.
enum CoordinatedCompanies {
    /// The conjunctions that join two names of one kind.
    static let conjunctions = NameHeads.hashes("and or nor")
    private static let and = NameHeads.hashes("and").first!
    private static let fullStop = NameHeads.hashes(".").first!

    /// Tags in `tags` (over `words`, within each of `sentences`) the untagged names joined to an
    /// organisation's.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        for sentence in sentences where sentence.count >= 3 {
            for a in (sentence.lowerBound + 1)..<(sentence.upperBound - 1)
            where tags[a] == .outside && (tags[a + 1] == .begin(.organization) || tags[a - 1].type == .organization)
                && conjunctions.contains(words[a].word)
            {
                if tags[a - 1] == .outside, tags[a + 1] == .begin(.organization), !NameLinker.legalForms.contains(words[a - 1].word),
                    let name = CompanyPossessives.untagged(words, endingAt: a, in: sentence, tags: tags)
                {
                    var end = a + 2
                    while end < sentence.upperBound, tags[end] == .inside(.organization) { end += 1 }
                    if words[a].word == and, NameLinker.legalForms.contains(words[end - 1].word) {
                        NameHeads.join(name.lowerBound..<end, as: .organization, tags: tags, confidence: confidence)
                    } else if name.lowerBound == sentence.lowerBound || !NameHeads.isArticle(words[name.lowerBound - 1]) {
                        NameHeads.retype(name, as: .organization, capped: false, tags: tags, confidence: confidence)
                    }
                } else if tags[a + 1] == .outside, tags[a - 1].type == .organization,
                    let name = CompanyPossessives.untagged(words, beginningAt: a + 1, in: sentence, tags: tags)
                {
                    if words[a].word == and, NameLinker.legalForms.contains(words[name.upperBound - 1].word) {
                        var start = a - 1
                        while start > sentence.lowerBound, tags[start].isInside { start -= 1 }
                        NameHeads.join(start..<name.upperBound, as: .organization, tags: tags, confidence: confidence)
                    } else if name.upperBound == sentence.upperBound || words[name.upperBound].word != fullStop {
                        NameHeads.retype(name, as: .organization, capped: false, tags: tags, confidence: confidence)
                    }
                }
            }
        }
    }
}
