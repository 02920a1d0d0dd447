/// The sentences of a window where two rules after decoding can act, found in one pass over the
/// words: `RegionalDemonyms` needs a listed nationality after a sentence's first word ("West
/// [German]") and `DemonymOrganisations` one anywhere ("[Soviet] Foreign Ministry"),
/// `PossessivePersons` a possessive "'s" ("ECB['s] Lagarde Says"). Each rule then
/// walks only its sentences, which gives the tags walking all of them gives: a rule acts within
/// one sentence, and at no word of a sentence without its word.
///
/// Both words are rare (in reut2-000, a nationality after the first word in about one sentence
/// in eight, a possessive in about one in six), where each rule's own walk tested every token.
///
/// - Cost: O(t) in tokens, two fields of each word read into two running tests, no branch a
///   token; the arrays of the window's sentences found (kept by the tagger: `TaggerCaches`).
/// - Thread safety: a value, used by one window at a time.
struct RuleSentences {
    /// The sentences holding a listed nationality (`Gazetteer.demonym`), their first word's
    /// included (`DemonymOrganisations`: "Soviet Foreign Ministry officials said").
    var demonyms: [Range<Int>] = []
    /// The sentences holding a possessive "'s" (`PossessivePersons.possessive`) after their first word.
    var possessives: [Range<Int>] = []

    /// Makes `demonyms` and `possessives` those of `sentences` over `words`, in their storage.
    /// The tagger finds them in `RuleWords.find(_:sentences:into:sentencesInto:)`'s pass, which
    /// gives the same.
    mutating func find(_ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>]) {
        removeAll()
        guard let base = words.baseAddress else { return }
        let possessive = PossessivePersons.possessive
        for sentence in sentences where !sentence.isEmpty {
            var categories = base[sentence.lowerBound].gazetteer
            var found: UInt8 = 0
            var word = base + sentence.lowerBound + 1
            let end = base + sentence.upperBound
            while word < end {
                categories |= word.pointee.gazetteer
                found |= word.pointee.word == possessive ? 1 : 0
                word += 1
            }
            note(sentence, categories: categories, possessive: found != 0)
        }
    }

    /// Forgets the sentences found, keeping the storage.
    mutating func removeAll() {
        demonyms.removeAll(keepingCapacity: true)
        possessives.removeAll(keepingCapacity: true)
    }

    /// Notes `sentence`, whose words have the gazetteer `categories` or'd, and a possessive after
    /// its first word or not.
    @inline(__always) mutating func note(_ sentence: Range<Int>, categories: UInt16, possessive: Bool) {
        if categories & Gazetteer.demonym != 0 { demonyms.append(sentence) }
        if possessive { possessives.append(sentence) }
    }
}
