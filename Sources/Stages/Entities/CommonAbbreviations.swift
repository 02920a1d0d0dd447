import GlossCore

/// Untags a one-word name in capitals that news writes for a common noun: "AI", "GDP", "IPO",
/// "LNG", "FRN", a credit rating ("BBB"). Written in capitals, such a word looks to the tagger
/// like an agency's or a company's acronym ("on AI and rate-cut bets", "FRN dealers said",
/// "cut to BB from BBB"); Universal NER tags none of them.
///
/// Left alone: a word in brackets or angle brackets, where Reuters writes tickers ("Varity
/// <VAT>"), a word inside a longer name ("Mozambique LNG", "CPI Corp"), and a word the
/// document writes first in a company's name ending in a legal form, which is that company's
/// short form ("CPI Corp said" … "CPI said").
///
/// - Cost: O(t) in tokens: per token one comparison with the tag; for a one-word name in
///   capitals, a set lookup. The first words of the document's companies' names are gathered
///   once, for the first abbreviation found.
enum CommonAbbreviations {
    /// Abbreviations of common nouns in news, and credit ratings of two letters or more but
    /// "CCC" (Reuters' Commodity Credit Corporation) and "AA".
    static let words = NameHeads.hashes(
        """
        AI GDP GNP CPI PPI PMI IPO IPOS ETF ETFS EV EVS ESG LNG LPG FRN FRNS PSBR VAT EPS FDI NAV ROI ATM APR
        CEO CFO COO CTO FOB CIF FX OTC LBO MBO SUV GPS HQ
        AAA BBB BB
        """)
    private static let brackets = NameHeads.hashes("( < [")

    /// Untags the one-word names in `tags` (over `words`, within each of `sentences`) that are
    /// common nouns' abbreviations.
    static func apply(_ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>) {
        // The first words of the document's companies' names, gathered for the first abbreviation.
        var firstWords: Set<UInt64>? = nil
        for sentence in sentences {
            for i in sentence where tags[i] != .outside && !tags[i].isInside && words[i].flags & WordAttributes.Flags.allCapitals != 0 {
                guard i + 1 == sentence.upperBound || !tags[i + 1].isInside, Self.words.contains(words[i].word),
                    i == sentence.lowerBound || !brackets.contains(words[i - 1].word)
                else { continue }
                if firstWords == nil { firstWords = firstWordsOfCompanies(words, sentences: sentences, tags: tags) }
                guard !firstWords!.contains(words[i].word) else { continue }
                tags[i] = .outside
            }
        }
    }

    /// The folded first words of the names in `tags` that end in a legal form (`RuleWords.legalForm`:
    /// "CPI" in "CPI Corp"; not the first word of a longer name without one).
    static func firstWordsOfCompanies(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafePointer<EntityTag>
    ) -> Set<UInt64> {
        var first: Set<UInt64> = []
        for sentence in sentences {
            var k = sentence.lowerBound
            while k < sentence.upperBound {
                var end = k + 1
                while end < sentence.upperBound, tags[end].isInside { end += 1 }
                if tags[k] != .outside, end - k >= 2, words[end - 1].ruleWords & RuleWords.legalForm != 0 { first.insert(words[k].word) }
                k = end
            }
        }
        return first
    }
}
