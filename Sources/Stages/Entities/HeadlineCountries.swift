import GlossCore

/// A country's name at either end of a person's name the tagger found in a headline in
/// capitals is a place of its own: "[SHULTZ USSR] TRIP FUELS TALK" is "[SHULTZ] [USSR] TRIP",
/// "[USSR TIMECHARTERS]" the country and a common noun. In a headline every word is in
/// capitals, so the tagger reads a run of them as one name; the body's "the USSR" was then
/// linked to the headline's person as its last word (`NameLinker` takes a place's one word
/// that ends a person's name for the person's short form) and typed a person.
///
/// - a person's name of two words or more in a headline (`WordAttributes.inHeadline`) whose
///   first or last word is exactly one listed country (`ConjoinedOrganisations.isAListedPhrase`:
///   "USSR", "IRAN"; one word, no listed organisation);
/// - the country becomes a place; at the end, the words before it stay the person's ("SHULTZ");
///   at the start, the words after it stay a person's only where the document writes their last
///   word as the last of a person's longer name elsewhere, outside a headline, and are untagged
///   otherwise ("USSR
///   TIMECHARTERS", "SPAIN LIBERALISES");
/// - a company's name that ends in a country ("BELL CANADA", "ESSO UK") is left where its first
///   words are no person's in the document's body;
/// - an organisation's one-word name at a headline's start that is exactly one listed country
///   ("[USSR] TO CUT COAL PRICE", "[MALAYSIA]'S AYER HITAM …": the tagger reads a word in
///   capitals as an acronym) is a place; one in a longer name ("CANADA DEVELOPMENT CORP"),
///   after another word ("GM CANADA") or beginning an organisation's name in the body ("CYPRUS
///   LOWERS COPPER PRICE" over "Cyprus Minerals Co") is left: in Reuters' headlines a country after a
///   company's name is mostly the company's part ("GM <GM> CANADA", "UNION CARBIDE <UK>").
///
/// - Cost: a look at the first word of the document's first sentences, up to the first that is
///   no headline's (a headline further on is left) or the `mostNames`th person's name or lone
///   country; in a headline, its tags and a gazetteer bit at each person's name's ends and at its
///   first word; where a country is found, one walk over the document's tags for the person's
///   words or the country's organisation; nothing allocated.
enum HeadlineCountries {
    /// The most persons' names of two words or more a document's headlines are read for.
    static let mostNames = 16

    /// Applies the rule to the headlines among `sentences` of `words`, rewriting `tags`.
    static func apply(_ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>) {
        // A document's headline comes first ("REUTERS TITLE", an item's title): the walk stops at
        // the first sentence that is no headline's.
        // The persons' names looked at (each may cost a walk over the document): a headline holds
        // a few; a document in capitals throughout would otherwise cost O(t²) (20,000 headline
        // sentences: 0.2 s → 3.0 s).
        var names = mostNames
        for sentence in sentences where !sentence.isEmpty {
            guard words[sentence.lowerBound].inHeadline, names > 0 else { break }
            var i = sentence.lowerBound
            // "[USSR] TO CUT COAL PRICE": a country alone at the headline's start, read as an
            // acronym's organisation. Its walk over the document counts as a name's: a document
            // in capitals throughout ("USSR TO CUT …" 20,000 times) took 1.1 s → 29.7 s.
            if tags[i] == .begin(.organization), i + 1 < sentence.upperBound, !tags[i + 1].isInside, isACountry(words, i, in: sentence) {
                names -= 1
                if !beginsAnOrganisation(words, words[i].word, tags: tags) { tags[i] = .begin(.location) }
            }
            while i < sentence.upperBound {
                guard tags[i] == .begin(.person) else {
                    i += 1
                    continue
                }
                var end = i + 1
                while end < sentence.upperBound, tags[end] == .inside(.person) { end += 1 }
                if end - i >= 2, names > 0 {
                    names -= 1
                    split(words, i..<end, in: sentence, tags: tags)
                }
                i = end
            }
        }
    }

    /// Cuts a listed country off either end of the person's name over `name`.
    static func split(
        _ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) {
        let last = name.upperBound - 1
        if isACountry(words, last, in: sentence), isAPerson(words, words[last - 1].word, tags: tags) {
            tags[last] = .begin(.location)
        } else if isACountry(words, name.lowerBound, in: sentence) {
            let rest = (name.lowerBound + 1)..<name.upperBound
            if isAPerson(words, words[last].word, tags: tags) {
                tags[name.lowerBound] = .begin(.location)
                tags[rest.lowerBound] = .begin(.person)
            } else if rest.allSatisfy({ HeadlineCasing.usuallyLower(words[$0]) }) {
                tags[name.lowerBound] = .begin(.location)
                for k in rest { tags[k] = .outside }
            }
        }
    }

    /// Whether the word at `i` is exactly one listed country's phrase and no listed
    /// organisation's.
    @inline(__always)
    static func isACountry(_ words: UnsafeBufferPointer<WordAttributes>, _ i: Int, in sentence: Range<Int>) -> Bool {
        words[i].gazetteer & Gazetteer.organization == 0
            && ConjoinedOrganisations.isAListedPhrase(words, i..<(i + 1), category: Gazetteer.country, in: sentence)
    }

    /// Whether the document writes `word` outside a headline as the first word of an
    /// organisation's name of two words or more ("CYPRUS LOWERS COPPER PRICE" over "Cyprus
    /// Minerals Co said": the headline's country is the company's short form).
    static func beginsAnOrganisation(_ words: UnsafeBufferPointer<WordAttributes>, _ word: UInt64, tags: UnsafeMutablePointer<EntityTag>) -> Bool {
        for k in words.indices.dropLast() where words[k].word == word && !words[k].inHeadline && tags[k] == .begin(.organization) {
            if tags[k + 1] == .inside(.organization) { return true }
        }
        return false
    }

    /// Whether the document writes `word` as the last word of a person's name of two words or
    /// more outside a headline ("George Shultz"; a one-word person may be the tagger's misreading
    /// of a company, "Okamoto").
    static func isAPerson(_ words: UnsafeBufferPointer<WordAttributes>, _ word: UInt64, tags: UnsafeMutablePointer<EntityTag>) -> Bool {
        for k in words.indices where words[k].word == word && !words[k].inHeadline && tags[k] == .inside(.person) {
            if k + 1 == words.count || tags[k + 1] != .inside(.person) { return true }
        }
        return false
    }
}
