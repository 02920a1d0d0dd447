import GlossCore
import GlossText

/// Reads the acronyms a document defines, "the Federal Aviation Administration (FAA)": a run of
/// capitalised words whose initials spell the word in capitals that stands alone in brackets
/// right after it, with or without the initials of the run's "of", "and" and "for" ("the Bank
/// of Japan (BOJ)", "the Department of Justice (DOJ)"). The run is one name, and so is the acronym.
///
/// The name keeps the type the tagger gave it when it tagged the run as one name (or as the
/// end of a longer one: "U.S. Federal Aviation Administration"); otherwise the run becomes an
/// organisation, as most names defined with an acronym in news are (agencies, companies,
/// parties, unions, federations), when the tagger tagged a word of it or one of its words is
/// an organisation's ("Authority", "Service", "Corp"); a run of capitalised words that is neither is a term, no name
/// ("Deep Ocean Survey Craft (DOSC)"). The acronym takes the name's type; `DocumentConsistency`,
/// run after, finds it again in the rest of the document and makes its mentions agree.
///
/// A run that ends in a term's word (`termHeads`: "International Natural Rubber Agreement
/// (INRA)", "Public Sector Borrowing Requirement (PSBR)") defines a term, tagged or not: the
/// acronym is untagged (the tagger had often taken it for an organisation), unless the tagger
/// tagged the run as one name, whose type it then takes; the run keeps the tagger's tags.
///
/// - Cost: O(t) in tokens: at each "(" followed by a word in capitals and ")", up to
///   `DocumentConsistency.longestPropagated` words before it are hashed. Allocates nothing.
enum AcronymDefinitions {
    private static let open = hash("(")
    private static let close = hash(")")
    /// The words in lower case whose initials an acronym may spell too ("BOJ", "DOJ").
    private static let links = [hash("of"), hash("and"), hash("for")]

    /// Applies the rule to a document's `words` whose sentences are `sentences` (ranges of
    /// `words`), rewriting `tags` and `confidence`.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        WordView.withViews(of: words) { apply(words, views: $0, sentences: sentences, tags: tags, confidence: confidence) }
    }

    /// `apply(_:sentences:tags:confidence:)` with the words' `views` made (`WordView`), which the walk
    /// reads at each token.

    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, views: UnsafePointer<WordView>, sentences: [Range<Int>],
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        for sentence in sentences where sentence.count >= 4 {
            for i in (sentence.lowerBound + 1)..<(sentence.upperBound - 2) where views[i].word == open {
                let acronym = i + 1
                guard views[i + 2].word == close, isAcronym(views[acronym]) else { continue }
                if termHeads.contains(words[i - 1].word) {
                    // A term ("European Monetary System (EMS)"): its acronym is no name either.
                    if let start = definedRun(words, before: i, spelling: words[acronym].word, in: sentence, tags: tags, needingEvidence: false) {
                        leaveTerm(start..<i, acronym: acronym, tags: tags, confidence: confidence)
                    }
                    continue
                }
                guard let start = definedRun(words, before: i, spelling: words[acronym].word, in: sentence, tags: tags) else { continue }
                define(start..<i, acronym: acronym, tags: tags, confidence: confidence)
            }
        }
    }

    /// Whether `word` may be an acronym: letters, all capitals.
    @inline(__always) static func isAcronym(_ word: some WordFields) -> Bool {
        let flags = word.flags
        return flags & WordAttributes.Flags.allCapitals != 0 && flags & WordAttributes.Flags.digit == 0
            && flags & WordAttributes.Flags.period == 0 && word.initial != 0
    }

    /// Where the run of capitalised words (and connectors) that ends before token `end` and
    /// whose initials spell `acronym` (a case-folded word hash) begins, or nil. It has at
    /// least two capitalised words and begins with one that is no article. A run whose
    /// initials spell the acronym only with those of "of", "and" or "for" must hold a word the
    /// tagger tagged (`tags`): capitalised terms spell their "of" as often as names do
    /// ("Memorandum of Understanding (MOU)", "Letter of Intent (LOI)"; "Bank of Japan (BOJ)"
    /// has Japan). One whose capitalised words alone spell it must hold a tagged word or an
    /// organisation's word (`namesAnOrganisation`: "Deep Ocean Survey Craft (DOSC)"
    /// is a term).
    static func definedRun(
        _ words: UnsafeBufferPointer<WordAttributes>, before end: Int, spelling acronym: UInt64, in sentence: Range<Int>,
        tags: UnsafePointer<EntityTag>, needingEvidence: Bool = true
    ) -> Int? {
        guard end > sentence.lowerBound, words[end - 1].hasCapital else { return nil }
        var start = end
        while start > sentence.lowerBound, end - start < DocumentConsistency.longestPropagated,
            words[start - 1].hasCapital || words[start - 1].isConnector
        {
            start -= 1
            guard words[start].flags & WordAttributes.Flags.initialCapital != 0, !NameHeads.isArticle(words[start]) else { continue }
            var initials = WordHash.basis
            // The initials with those of "of", "and" and "for" among them ("Bank of Japan (BOJ)").
            var linked = WordHash.basis
            var letters = 0
            for k in start..<end {
                if words[k].flags & WordAttributes.Flags.initialCapital != 0 {
                    guard words[k].initial != 0 else { return nil }
                    initials = WordHash.fold(initials, words[k].initial)
                    linked = WordHash.fold(linked, words[k].initial)
                    letters += 1
                } else if links.contains(words[k].word) {
                    linked = WordHash.fold(linked, words[k].initial)
                }
            }
            guard letters >= 2 else { continue }
            let tagged = (start..<end).contains { tags[$0] != .outside }
            if initials == acronym, !needingEvidence || tagged || namesAnOrganisation(words, start..<end) { return start }
            if linked == acronym, !needingEvidence || tagged { return start }
        }
        return nil
    }

    /// Words of an organisation's name defined with an acronym, beside `NameHeads`' heads
    /// ("Federal Aviation Administration", "Internal Revenue Service", "Federal Home Loan Bank
    /// Board"; `NameHeads.lastWords` holds "Commission", "Agency", "Corp", "University").
    static let organisationEndings = NameHeads.hashes(
        "administration alliance bank board federation front fund movement office organisation organization service union")

    /// Whether a run no word of which the tagger tagged names an organisation by its words: one
    /// of them is an organisation's head (`NameHeads.lastWords`, companies' heads included:
    /// "Housing Authority of New Orleans", "Kiena Gold Mines Ltd") or one of
    /// `organisationEndings`. Capitalised terms defined with an acronym are no names in
    /// Universal NER ("Deep Ocean Survey Craft (DOSC)", "Value Added Tax (VAT)", "International
    /// Natural Rubber Agreement (INRA)": English-EWT leaves such terms untagged).
    static func namesAnOrganisation(_ words: UnsafeBufferPointer<WordAttributes>, _ run: Range<Int>) -> Bool {
        run.contains { words[$0].hasCapital && (NameHeads.lastWords[words[$0].word] != nil || organisationEndings.contains(words[$0].word)) }
    }

    /// The last words of capitalised terms defined with an acronym, which are no names in
    /// Universal NER: agreements, requirements, taxes, rates, indices, programmes, policies
    /// ("International Natural Rubber Agreement (INRA)", "Public Sector Borrowing Requirement
    /// (PSBR)", "Gross National Product (GNP)", "Strategic Defense Initiative (SDI)").
    /// "General Agreement on Tariffs and Trade (GATT)" ends in "Trade": an organisation, as
    /// news uses it. Not "System" (the "Washington Public Power Supply System" is a utility)
    /// nor "Reserve" (the "Federal Reserve").
    static let termHeads = NameHeads.hashes(
        """
        agreement agreements requirement requirements product tax taxes initiative program programme policy strategy
        rate rates act treaty accord plan scheme index price prices ratio preference preferences securities
        """)

    /// Leaves a defined term's `run` as the tagger tagged it; the token `acronym` takes the
    /// run's type when the tagger tagged the run as one name, and is untagged otherwise.
    static func leaveTerm(_ run: Range<Int>, acronym: Int, tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>) {
        let last = run.upperBound - 1
        if let tagged = tags[last].type, !tags[run.upperBound].isInside, tags[run.lowerBound] == .begin(tagged),
            run.dropFirst().allSatisfy({ tags[$0].isInside })
        {
            tags[acronym] = .begin(tagged)
            confidence[acronym] = confidence[last]
        } else {
            tags[acronym] = .outside
        }
    }

    /// Tags `run` as one name and the token `acronym` with its type.
    static func define(_ run: Range<Int>, acronym: Int, tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>) {
        let last = run.upperBound - 1
        var type = EntityType.organization
        var sure = EntityTagger.confidenceOfARule
        if let tagged = tags[last].type, !tags[run.upperBound].isInside,
            tags[run.lowerBound].isInside || (tags[run.lowerBound] == .begin(tagged) && run.dropFirst().allSatisfy({ tags[$0].isInside }))
        {
            // One name already: the run, or the end of a longer one.
            type = tagged
            sure = confidence[last]
        } else {
            tags[run.lowerBound] = .begin(type)
            for k in run.dropFirst() { tags[k] = .inside(type) }
            for k in run { confidence[k] = sure }
        }
        tags[acronym] = .begin(type)
        confidence[acronym] = sure
    }

    private static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { WordHash.folded($0.baseAddress!, count: $0.count) }
    }
}
