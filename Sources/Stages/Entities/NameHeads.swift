import GlossCore

/// Re-types a name by the word that heads it: a name that ends in "University", "Party",
/// "Corps" or "United", or begins "University of", "Department of" or "FC", is an
/// organisation, and one that ends in "Cup", "Award" or "Act" is an event, prize or law (MISC),
/// whatever its other words made the tagger think ("University of Pennsylvania" is not a
/// place, "Stanley Cup" not an organisation). An untagged run of capitalised words with such a
/// head is tagged too ("the Census Bureau", "the Tax Reform Act").
///
/// The tagger learns this from its training text only for the heads that text holds often;
/// the lists carry it over to the rest, in the CoNLL conventions the tagger follows. A head
/// is listed only when it names that type in nearly every use: "Bank" (the West Bank),
/// "Club" (a night club), "Hotel", "Hospital" and "Center" (buildings, places in Universal NER)
/// and "Union" (the Soviet Union) are not.
///
/// - Cost: O(t) in tokens, a few set lookups per name and per run of capitalised words; run
///   before `DocumentConsistency`, so a name's re-typed mentions vote as their head says and
///   a run found here is found again in the rest of the document.
enum NameHeads {
    /// Words that end an organisation's name, or begin it before "of".
    static let organization = hashes(
        """
        academy agency army assembly association authority battalion brigade bureau college commission
        committee company congress corp corporation corps council court department foundation gmbh inc
        incorporated institute league limited llc llp ltd ministry navy orchestra parliament party plc pty
        publishers publishing recordings records regiment school senate society squadron university
        afc albion athletic fc hotspur rovers united wanderers
        """)

    /// Words that begin an organisation's name of two or more words ("FC Basel").
    static let leadingOrganization = hashes("afc fc")

    /// Words that end the name of an event, a prize or a law.
    static let miscellaneous = hashes(
        """
        act award awards championship championships cup festival olympics prize trophy
        """)

    /// Words that end a place's name, or begin it before "of"; they re-type only a name the
    /// tagger took for a person ("Cal Anderson Park"): a company or a band may end in "Park".
    static let location = hashes(
        """
        avenue boulevard canal canyon cave county creek desert dock falls forest gulf hills island islands isle kingdom
        mountains ocean park parish peak peninsula province republic river road sea square strait township valley
        """)

    /// The folded word hash of "of".
    private static let of = hashes("of").first!

    /// Re-types the names in `tags` (over `words`, within each of `sentences`) whose head is
    /// listed: the last word if it is capitalised, a capitalised first word followed by "of", or
    /// a first word in capitals that begins clubs' names ("FC").
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        let all = UnsafeBufferPointer(start: tags, count: words.count)
        for sentence in sentences {
            EntityTag.forEachName(in: all[sentence]) { name, type in
                guard let head = head(words, name), head != type, head != .location || type == .person else { return }
                tags[name.lowerBound] = .begin(head)
                for k in name.dropFirst() { tags[k] = .inside(head) }
            }
            tagUntaggedRuns(words, sentence, tags: tags, confidence: confidence)
        }
    }

    /// The articles a run of capitalised words may begin with, outside the name ("The", "A").
    private static let articles = hashes("the a an")
    private static let the = hashes("the").first!

    /// Tags an untagged run of two or more capitalised words (and the connectors between them)
    /// whose head names an organisation or a MISC name ("the Census Bureau", "Stone Container
    /// Corp", "the Glass-Steagall Act"); a place's head is left alone ("Nevada Falls" may be a
    /// person's address). A leading article stays outside, "the" is inside only after "of"
    /// ("Although the Finance Ministry" is not a name; "Fruit of the Loom Inc" is), and a run
    /// that follows a capitalised word is not a name of its own.
    static func tagUntaggedRuns(
        _ words: UnsafeBufferPointer<WordAttributes>, _ sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard tags[i] == .outside, words[i].hasCapital, !articles.contains(words[i].word) else {
                i += 1
                continue
            }
            var end = i + 1
            var lastCapital = i
            // "the" goes on a name only after "of" ("Fruit of the Loom").
            while end < sentence.upperBound, tags[end] == .outside, words[end].hasCapital || words[end].isConnector,
                words[end].word != the || words[end - 1].word == of
            {
                if words[end].hasCapital { lastCapital = end }
                end += 1
            }
            let run = i..<(lastCapital + 1)
            if run.count >= 2, i == sentence.lowerBound || !words[i - 1].hasCapital || articles.contains(words[i - 1].word),
                let head = head(words, run), head != .location
            {
                tags[run.lowerBound] = .begin(head)
                for k in run.dropFirst() { tags[k] = .inside(head) }
                for k in run { confidence[k] = EntityTagger.confidenceOfARule }
            }
            i = end
        }
    }

    /// The type the head of the name over `range` says, or nil.
    @inline(__always) static func head(_ words: UnsafeBufferPointer<WordAttributes>, _ range: Range<Int>) -> EntityType? {
        let last = words[range.upperBound - 1]
        if last.flags & WordAttributes.Flags.initialCapital != 0 {
            if organization.contains(last.word) { return .organization }
            if miscellaneous.contains(last.word) { return .miscellaneous }
            if location.contains(last.word) { return .location }
        }
        let first = words[range.lowerBound]
        if range.count >= 2, first.flags & WordAttributes.Flags.allCapitals != 0, leadingOrganization.contains(first.word) {
            return .organization
        }
        if range.count >= 3, first.flags & WordAttributes.Flags.initialCapital != 0, words[range.lowerBound + 1].word == of,
            organization.contains(first.word) || location.contains(first.word)
        {
            return organization.contains(first.word) ? .organization : .location
        }
        return nil
    }

    private static func hashes(_ list: String) -> Set<UInt64> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { word in
            var word = String(word)
            return word.withUTF8 { WordHash.folded($0.baseAddress!, count: $0.count) }
        })
    }
}
