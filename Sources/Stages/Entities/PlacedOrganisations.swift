import GlossCore
import GlossText

/// Organisations named with a place that the tagger reads as the place, or cuts at it, read
/// after the other rules and before `DocumentConsistency` (which then finds them again in the
/// rest of the document):
///
/// - A newspaper named after its city ("the Washington Post", "the Baltimore Sun", "the Detroit
///   News", "the San Jose Mercury News"): a place the tagger found, with the capitalised words
///   after it that end in a newspaper's word (`newspaperWords`), or a name it read as a place
///   that ends in one ("Kansas City Star"), is one organisation (`newspaperAfterAPlace`). Left
///   alone: a listed place's name that ends in such a word ("Newport News"), a headline, a
///   capitalised word after it ("the Post Office"). A newspaper with no place in its name
///   after a lower-case "the" ("the Financial Times", "the Sunday Telegraph"), untagged, is one
///   too when its last word names nothing but papers (`titleWords`: not "News", "Star", "Sun",
///   "Mail", "Standard", which end "the Good News", "the North Star", "the Gold Standard").
/// - A place's name just before an organisation's that the tagger found and whose head says it
///   is one (`NameHeads.head`: "Department of", "Association of", "Council", "Corp"): the two
///   are one organisation ("the Florida | Department of Law Enforcement", "the Hong Kong |
///   Association of Banks", "the New Zealand | League of Rights"), as English-EWT keeps "US
///   Army", "U.S. State Department", "Oregon Federal District Court" whole (`placeBefore`).
///   Not after a word with a hyphen ("the Hamburg-based Vereinsbank AG") nor in capitals or a
///   headline ("DAKOTA CITY IBP"), nor when the organisation is a single word without a head
///   ("U.S. Treasury", "UK FCA": a country and its agency, as EWT tags "US FBI").
/// - An organisation's name that ends in a head of institutions' names (`ofPlaceHeads`:
///   "Party", "Court", "Church", "Assembly" …), "of" and a place the tagger found, with no
///   capitalised word after it: one organisation ("the Communist Party of China", "the Liberal
///   Party of Australia", "the Supreme Court of Canada"; `placeAfterOf`). A legal form's "of"
///   gives a company's seat and is left alone ("Security Group Inc of Houston").
///
/// - Cost: O(t) in tokens: one pass over each sentence's tags, a flag test per token, and for a
///   place's or organisation's name a set lookup or two for its last word and the words after
///   it; an untagged run after "the" is looked at only when it ends in a capitalised word.
enum PlacedOrganisations {
    /// Applies the rules to a document's `words` whose sentences are `sentences` (ranges of
    /// `words`), rewriting `tags` and `confidence` (a rule's confidence for what it tags).
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        WordView.withViews(of: words) { apply(words, views: $0, sentences: sentences, tags: tags, confidence: confidence) }
    }

    /// `apply(_:sentences:tags:confidence:)` with the words' `views` made (`WordView`), which the walk
    /// reads at each untagged token.

    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>, sentences: [Range<Int>],
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        let the = NameHeads.the
        for sentence in sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                guard let type = tags[i].type else {
                    if views[i].word == the, views[i].flags & WordAttributes.Flags.initialCapital == 0,
                        let name = titleAfterThe(words, the: i, in: sentence, tags: tags)
                    {
                        NameHeads.retype(name, as: .organization, capped: false, tags: tags, confidence: confidence)
                        i = name.upperBound
                        continue
                    }
                    i += 1
                    continue
                }
                var end = i + 1
                while end < sentence.upperBound, tags[end] == .inside(type) { end += 1 }
                let name = i..<end
                var joined: Range<Int>? = nil
                if type == .location {
                    joined = newspaperAfterAPlace(words, name, in: sentence, tags: tags) ?? placeBefore(words, name, in: sentence, tags: tags)
                } else if type == .organization {
                    joined = placeAfterOf(words, name, in: sentence, tags: tags)
                }
                if let joined {
                    NameHeads.retype(joined, as: .organization, capped: false, tags: tags, confidence: confidence)
                    end = joined.upperBound
                }
                i = end
            }
        }
    }

    /// The last words of newspapers' names after a place ("Washington Post", "Detroit News",
    /// "Baltimore Sun", "Kansas City Star", "Ottawa Citizen", "Manila Standard", "China Daily",
    /// "Washington Monthly").
    static let newspaperWords = NameHeads.hashes(
        """
        times journal post globe herald tribune telegraph chronicle gazette inquirer examiner courier observer
        star sun news citizen standard mercury statesman dispatch enquirer bulletin daily weekly monthly
        """)
    /// `newspaperWords` that end hardly any name but a paper's, so that they make one of an
    /// untagged run after "the" ("the Financial Times", "the Daily Telegraph").
    static let titleWords = NameHeads.hashes("times journal post herald tribune telegraph chronicle gazette inquirer examiner")
    /// The most words after a place in a newspaper's name ("Mercury News", "Morning News").
    static let longestAfterPlace = 3


    /// Whether a capitalised word or a name goes on at token `k` of `sentence`.
    @inline(__always)
    private static func goesOn(_ words: UnsafeBufferPointer<WordAttributes>, _ k: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>) -> Bool {
        k < sentence.upperBound && (words[k].hasCapital || tags[k].isInside)
    }

    /// The newspaper's name that `place` (a name the tagger read as a place) begins: the place
    /// and up to `longestAfterPlace` untagged words in title case after it that end in one of
    /// `newspaperWords` with no capitalised word after it ("San Jose" and "Mercury News"), or the
    /// place's name alone when it ends in one; nil otherwise, in a headline, for a listed place's
    /// name ("Newport News") and when a capitalised word goes on ("the Detroit Post Office").
    static func newspaperAfterAPlace(
        _ words: UnsafeBufferPointer<WordAttributes>, _ place: Range<Int>, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        guard words[place.lowerBound].isTitleCaseInText else { return nil }
        let last = words[place.upperBound - 1]
        if place.count >= 2, last.isTitleCaseInText, newspaperWords.contains(last.word),
            last.gazetteer & Gazetteer.inside == 0, !goesOn(words, place.upperBound, in: sentence, tags: tags)
        {
            return place
        }
        var k = place.upperBound
        while k < sentence.upperBound, k - place.upperBound < longestAfterPlace, tags[k] == .outside, words[k].isTitleCaseInText {
            // The last newspaper's word after which no capitalised word goes on ("Mercury News").
            if newspaperWords.contains(words[k].word), !goesOn(words, k + 1, in: sentence, tags: tags) {
                return place.lowerBound..<(k + 1)
            }
            k += 1
        }
        return nil
    }

    /// A newspaper's name after a lower-case "the" (token `the`): two to four untagged words in
    /// title case that end in one of `titleWords`, with no capitalised word after them ("the
    /// Financial Times", "the Sunday Telegraph"); nil otherwise.
    static func titleAfterThe(
        _ words: UnsafeBufferPointer<WordAttributes>, the i: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        var k = i + 1
        while k < sentence.upperBound, k - i <= 4, tags[k] == .outside, words[k].isTitleCaseInText {
            if k - i >= 2, titleWords.contains(words[k].word) {
                return goesOn(words, k + 1, in: sentence, tags: tags) ? nil : (i + 1)..<(k + 1)
            }
            k += 1
        }
        return nil
    }

    /// The organisation's name that `place` (a name the tagger read as a place) begins when an
    /// organisation's name the tagger found follows it at once and its head says it is one
    /// (`NameHeads.head`), its first word in title case, and the place's words are outside a
    /// headline and without a hyphen; nil otherwise.
    static func placeBefore(
        _ words: UnsafeBufferPointer<WordAttributes>, _ place: Range<Int>, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        guard let organisation = NameHeads.nameBeginning(at: place.upperBound, tags: tags, in: sentence),
            tags[organisation.lowerBound].type == .organization, words[organisation.lowerBound].isTitleCaseInText,
            place.allSatisfy({ !words[$0].inHeadline && words[$0].flags & WordAttributes.Flags.hyphen == 0 }),
            NameHeads.head(words, organisation) == .organization
        else { return nil }
        let name = place.lowerBound..<organisation.upperBound
        return name.count <= DocumentConsistency.longestPropagated ? name : nil
    }

    /// The heads of institutions' names that a place's name after "of" belongs to ("the
    /// Communist Party of China", "the Supreme Court of Canada").
    static let ofPlaceHeads = NameHeads.hashes(
        "army assembly church congress council court federation league navy parliament party senate")

    /// `organisation` (a name the tagger found) with "of" and the place's name the tagger found
    /// after it, when the organisation's last word is one of `ofPlaceHeads` and no capitalised
    /// word goes on after the place; nil otherwise.
    static func placeAfterOf(
        _ words: UnsafeBufferPointer<WordAttributes>, _ organisation: Range<Int>, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        let last = words[organisation.upperBound - 1]
        guard last.isTitleCaseInText, ofPlaceHeads.contains(last.word), organisation.upperBound + 1 < sentence.upperBound,
            words[organisation.upperBound].word == NameHeads.of, tags[organisation.upperBound] == .outside,
            let place = NameHeads.nameBeginning(at: organisation.upperBound + 1, tags: tags, in: sentence),
            tags[place.lowerBound].type == .location, words[place.lowerBound].isTitleCaseInText,
            !goesOn(words, place.upperBound, in: sentence, tags: tags)
        else { return nil }
        let name = organisation.lowerBound..<place.upperBound
        return name.count <= DocumentConsistency.longestPropagated ? name : nil
    }
}
