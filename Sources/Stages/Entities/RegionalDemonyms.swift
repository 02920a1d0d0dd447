import GlossCore
import GlossText

/// Re-types as a nationality (MISC) a two-word name the tagger read as a place or an
/// organisation that is a region's word and a listed nationality: "West German", "Latin
/// American", "North American", "South American", "Central American". Universal NER and EWT
/// tag no nationality; the gazetteer lists "South African" and "South Korean" as nationalities
/// (the tagger reads those as MISC), but not these, and the tagger reads "West German" before
/// a noun as a place.
///
/// On the base tagger's output over ../shared/corpora (distinct texts) such names were places
/// 443 times ("West German" 311, "North American" 65, "Latin American" 42, "South American" 19,
/// "Central American" 6) and organisations 7 ("Latin American"); the same words are MISC where
/// the gazetteer lists them ("South African" 106, "South Korean" 65).
///
/// Left alone: a name of other length ("Latin American Economic System", "North American
/// Philips"), a name followed by a capitalised word or an organisation's word (a longer name
/// the tagger cut: "West German Bundesbank"), and persons.
///
/// Run before `DocumentConsistency`, whose votes then count these mentions.
///
/// - Cost: O(t) in tokens: a flag test per token, the tags read after a listed nationality and
///   a set lookup for the first word of a two-word place or organisation; nothing allocated.
enum RegionalDemonyms {
    /// The words that make a region's nationality of a country's or a continent's ("West
    /// German", "Latin American").
    static let regions = NameHeads.hashes("north south east west central latin northern southern eastern western")

    /// Applies the rule to `words` (within each of `sentences`), rewriting `tags`.
    static func apply(_ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>) {
        let regions = Self.regions
        for sentence in sentences where sentence.count >= 2 {
            for i in sentence.lowerBound..<(sentence.upperBound - 1) {
                // The nationality's flag first: few words are listed nationalities, and the
                // tag's type costs a division per token.
                guard words[i + 1].gazetteer & Gazetteer.demonym != 0, let type = tags[i].type,
                    type == .location || type == .organization, !tags[i].isInside, tags[i + 1] == .inside(type),
                    regions.contains(words[i].word)
                else { continue }
                let end = i + 2
                guard
                    end == sentence.upperBound
                        || !(tags[end].isInside || NewsPersons.isPartOfAName(words[end]) || NewsPersons.isOrganisationWord(words[end]))
                else { continue }
                tags[i] = .begin(.miscellaneous)
                tags[i + 1] = .inside(.miscellaneous)
            }
        }
    }
}
