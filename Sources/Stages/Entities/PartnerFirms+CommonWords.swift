import GlossCore

extension PartnerFirms {
    /// The firm "A and B" that begins with the one-word name over `name` (a person's or an
    /// organisation's the tagger found) when B is one word in title case in running text that
    /// the tagger left untagged and a corpus usually writes in lower case
    /// (`HeadlineCasing.usuallyLower`: "Row"), and after it come up to `longestTrade` more
    /// untagged words in title case and a legal form, which join it ("Harper and Row Publishers
    /// Inc"), or, where the words before the name say it is a company's (`inAContext`: "a
    /// merger with Harper and Row") or the document writes the pair with a legal form after it
    /// elsewhere, no word with a capital ("Harper and Row said", "Harper and Row's stock"). The
    /// tagger read "Harper" as a person and left "and Row" out; the document's vote then made a
    /// person of the firm wherever it was named. A second person's or company's name is one the
    /// tagger finds ("Baker and Volcker", "Vitol and Trafigura"), and a word usually in lower
    /// case is no surname the tagger missed; but two banks ("Citibank and Chase"), a man and a
    /// missile ("Ronald and Rapier"), a president and his officials ("Reagan and Administration
    /// officials") are written so too, hence the legal form or the context. Neither partner may
    /// be a listed nationality ("Iranian and Western"), a listed given name that is no surname
    /// ("Ronald"), a country, state or continent. A word news writes as a person's name may be
    /// a firm's ("Harper"): "Donald Trump and Interstate Properties … Trump and Interstate" has
    /// no legal form, so stays.
    ///
    /// - Cost: a few comparisons and a casing read at a one-word name before "and"; for a pair
    ///   with nothing after it out of a company's context, one walk over the document's words
    ///   (counted in `walks`, as `firm`'s); nothing allocated.
    static func withACommonWord(
        _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>? = nil, _ name: Range<Int>, in sentence: Range<Int>,
        tags: UnsafeMutablePointer<EntityTag>, inAContext: Bool, walks: inout Int
    ) -> Range<Int>? {
        let partner = name.upperBound + 1
        guard name.count == 1, partner < sentence.upperBound, words[name.upperBound].word == NameHeads.and,
            !words[name.upperBound].hasCapital, tags[name.upperBound] == .outside, tags[partner] == .outside,
            words[name.lowerBound].isTitleCaseInText, words[partner].isTitleCaseInText, HeadlineCasing.usuallyLower(words[partner]),
            isAPartner(words[name.lowerBound]), isAPartner(words[partner])
        else { return nil }
        var end = partner + 1
        guard end < sentence.upperBound, words[end].hasCapital else {
            guard inAContext || isWrittenWithALegalForm(words, views: views, name.lowerBound, walks: &walks) else { return nil }
            return name.lowerBound..<end
        }
        // "Row Publishers Inc": words in title case up to a legal form.
        while end < sentence.upperBound, end - partner <= longestTrade, tags[end] == .outside, words[end].isTitleCaseInText,
            !NameHeads.joiningLegalForms.contains(words[end].word)
        {
            end += 1
        }
        guard end < sentence.upperBound, tags[end] == .outside || tags[end] == .begin(.organization),
            NameHeads.joiningLegalForms.contains(words[end].word)
        else { return nil }
        return name.lowerBound..<NameHeads.endOfLegalForms(from: end, words, in: sentence)
    }

    /// The most words in title case between a firm's partner and its legal form ("Row
    /// Publishers Inc").
    static let longestTrade = 2

    /// Whether `word` may be a partner's: no listed country, state, continent or nationality (a
    /// town's name is often a surname's: "Harper"), no listed given name that is no surname.
    @inline(__always)
    static func isAPartner(_ word: WordAttributes) -> Bool {
        let listed = word.gazetteer
        return listed & (Gazetteer.country | Gazetteer.state | Gazetteer.continent | Gazetteer.demonym) == 0
            && (listed & Gazetteer.givenName == 0 || listed & Gazetteer.surname != 0)
    }

    /// Whether the document writes the pair "A and B" that begins at `first` with a legal form
    /// after B, at most `longestTrade` words on ("Harper and Row Publishers Inc"); false when
    /// `walks` is spent or no views are given.
    static func isWrittenWithALegalForm(
        _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>?, _ first: Int, walks: inout Int
    ) -> Bool {
        guard let views, walks > 0 else { return false }
        walks -= 1
        let (a, b) = (words[first].word, words[first + 2].word)
        var k = 0
        while k + 3 < words.count {
            if views[k].word == a, views[k + 1].word == NameHeads.and, views[k + 2].word == b {
                for j in (k + 3)..<min(words.count, k + 4 + longestTrade) where NameHeads.joiningLegalForms.contains(views[j].word) {
                    return true
                }
            }
            k += 1
        }
        return false
    }
}
