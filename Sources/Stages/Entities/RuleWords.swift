/// The words rules after decoding look for wherever they stand, written with a capital: a
/// news agency's one-word name (`NewsAgencies`, "Reuters"), a legal form that joins the name
/// before it (`NameHeads.joinLegalForm(at:)`, "Volvo AB"), a foreign company's head word
/// (`ForeignCompanyNames`, "Banque") and the words of other organisations' rules
/// (`organisationWord`: "Air", "Board", "Fannie", "Administration", "Conservative", "Moody";
/// `institutionWord`: "House", "Church", "Bank", "Exchange"; `stateWord`: "Treasury", "West").
///
/// Each word's bits are looked up once, when its attributes are made
/// (`WordAttributes.ruleWords`, kept with them in `WordAttributeCache`), so the rules find
/// their words in one pass over a document's words that reads a byte a token (`find`), where
/// each rule had its own pass with a set lookup per capitalised word.
///
/// - Cost: one table lookup per capitalised word described (a cache miss); `find` is O(t) in
///   tokens, one byte read a token, and an array of the words found (kept by the tagger).
/// - Thread safety: immutable tables; safe to share.
enum RuleWords {
    /// A news agency's one-word name (`NewsAgencies.names`).
    static let agency: UInt8 = 1
    /// A legal form that joins the name before it (`NameHeads.joiningLegalForms`).
    static let legalForm: UInt8 = 2
    /// A foreign company's head word (`ForeignCompanyNames.heads`, "Banque", "Banco").
    static let foreignHead: UInt8 = 4
    /// A word that begins or ends an organisation's name by a rule of its own: "Air"
    /// (`AirlineNames`), "Board" (`BoardNames`), "Fannie" (`NicknamedAgencies`),
    /// "Administration" (`FieldInstitutions`), "Conservative" (`PartyNames`), "Moody", "S" and
    /// "Standard" (`RatingAgencies`).
    static let organisationWord: UInt8 = 8
    /// An institution's word read in its context by a rule of its own: "House" and "Senate"
    /// (`JoinedLegislatures`), "Church" (`ChurchNames`), "Bank" and "Exchange"
    /// (`DefiniteShortForms`). A bit apart from `organisationWord`'s: these words are frequent
    /// in news ("House", "Bank"), and the rules of `organisationWord` skip them without a look
    /// at their lists.
    static let institutionWord: UInt8 = 16
    /// A word of a state's body or a region that a rule of its own reads: "Treasury"
    /// (`TreasuryNames`), "Reserve" (`CountryPrefixedBodies`), "West", "Americas", "Western",
    /// "Netherlands" (`UntaggedRegions`).
    static let stateWord: UInt8 = 32

    /// The bits of each listed word's folded hash.
    private static let table: HashKeyedTable<UInt8> = {
        var table = HashKeyedTable<UInt8>()
        for (list, bit) in [
            (NewsAgencies.names, agency), (NameHeads.joiningLegalForms, legalForm), (ForeignCompanyNames.heads, foreignHead),
            (organisationWords, organisationWord), (institutionWords, institutionWord), (stateWords, stateWord),
        ] {
            for word in list { table.update(word, default: 0) { $0 |= bit } }
        }
        return table
    }()

    /// The words of `organisationWord`.
    static var organisationWords: WordHashSet {
        WordHashSet(
            [AirlineNames.air, BoardNames.board, RatingAgencies.moody, RatingAgencies.s, RatingAgencies.standard]
                + NicknamedAgencies.firsts.words + FieldInstitutions.heads.words + PartyNames.words.words)
    }

    /// The words of `institutionWord`.
    static var institutionWords: WordHashSet {
        WordHashSet(JoinedLegislatures.chambers.words + ChurchNames.churches.words + DefiniteShortForms.heads.words)
    }

    /// The words of `stateWord`.
    static var stateWords: WordHashSet {
        WordHashSet([TreasuryNames.treasury, CountryPrefixedBodies.reserve] + UntaggedRegions.words)
    }

    /// The bits of the word whose folded hash is `word` (`WordAttributes.word`); 0 when no list
    /// holds it. The caller asks only for a word with a capital.
    static func bits(of word: UInt64) -> UInt8 { table[word] ?? 0 }

    /// A token whose word has rule bits, and the sentence it is in.
    struct Found {
        let token: Int
        let sentence: Range<Int>
        let bits: UInt8
    }

    /// The tokens of `sentences` (in order, not overlapping) whose words have rule bits, in
    /// text order.
    static func find(_ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>]) -> [Found] {
        var found: [Found] = []
        find(words, sentences: sentences, into: &found)
        return found
    }

    /// Makes `found` the words `find(_:sentences:)` returns, in its storage when that is large
    /// enough (a tagger keeps one array from a document to the next: `TaggerCaches.ruleWords`).
    static func find(_ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], into found: inout [Found]) {
        found.removeAll(keepingCapacity: true)
        guard let base = words.baseAddress else { return }
        for sentence in sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                let bits = base[i].ruleWords
                if bits != 0 { found.append(Found(token: i, sentence: sentence, bits: bits)) }
                i &+= 1
            }
        }
    }

    /// Makes `found` the words `find(_:sentences:)` returns and, in the same pass over the words,
    /// `rules` the sentences `RuleSentences.find(_:sentences:)` finds: the fields both read are
    /// set before decoding, and one walk reads each word's line once where two walks read it
    /// twice (measured in docs/performance.md, twenty-first stop).
    static func find(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], into found: inout [Found], sentencesInto rules: inout RuleSentences
    ) {
        WordView.withViews(of: words) { find(views: $0, count: words.count, sentences: sentences, into: &found, sentencesInto: &rules) }
    }

    /// `find(_:sentences:into:sentencesInto:)` over the `count` words' `views` (`WordView`),
    /// 16 bytes a token where the attributes are 72.
    static func find(
        views: UnsafePointer<WordView>, count: Int, sentences: [Range<Int>], into found: inout [Found], sentencesInto rules: inout RuleSentences
    ) {
        found.removeAll(keepingCapacity: true)
        rules.removeAll()
        guard count > 0 else { return }
        let base = views
        let possessive = PossessivePersons.possessive
        for sentence in sentences where !sentence.isEmpty {
            let first = base[sentence.lowerBound].ruleWords
            if first != 0 { found.append(Found(token: sentence.lowerBound, sentence: sentence, bits: first)) }
            // After the first word, the rules' words too (`RuleSentences`); the first word's
            // nationality counts (`DemonymOrganisations`: "Soviet Foreign Ministry officials …").
            var categories: UInt16 = base[sentence.lowerBound].gazetteer
            var possessives: UInt8 = 0
            var i = sentence.lowerBound &+ 1
            while i < sentence.upperBound {
                let word = base + i
                let bits = word.pointee.ruleWords
                if bits != 0 { found.append(Found(token: i, sentence: sentence, bits: bits)) }
                categories |= word.pointee.gazetteer
                possessives |= word.pointee.word == possessive ? 1 : 0
                i &+= 1
            }
            rules.note(sentence, categories: categories, possessive: possessives != 0)
        }
    }
}
