/// The abbreviations that keep their period, and whether each can end a sentence.
///
/// The tokeniser asks whether a word followed by `.` is on the list (then the period stays in
/// the token); the sentence splitter asks whether such a token may end a sentence. Initialisms
/// of single letters (`U.S.`, `J.`) need no entry: the tokeniser recognises their shape. Words
/// are matched without regard to case unless the entry is capitalised-only, which keeps
/// ordinary words safe at the end of a sentence (`to mar.`, `fell ill.`).
enum Abbreviations {
    /// How an abbreviation behaves at a possible sentence end.
    enum Kind: Sendable, Equatable {
        /// Always followed by what it belongs to (titles `Mr.` `Dr.` `Gen.` `St.`, and `vs.`
        /// `e.g.` `approx.`): never ends a sentence.
        case title
        /// An abbreviation only before a number (`No. 5`, `p. 12`, `Vol. 3`): never ends a
        /// sentence; elsewhere the word is an ordinary word and its period punctuation.
        case beforeNumber
        /// May end a sentence (`Inc.`, `Dec.`, `etc.`, `Jr.`, `Calif.`).
        case general
    }

    /// One entry: its kind and whether it must start with a capital letter.
    struct Entry: Sendable, Equatable {
        var kind: Kind
        var capitalised: Bool

        /// The entry as a `WordTable` value: kind in bits 0–1, capitalised in bit 2.
        var code: UInt8 {
            let kindCode: UInt8 =
                switch kind {
                case .title: 1
                case .beforeNumber: 2
                case .general: 3
                }
            return kindCode | (capitalised ? 4 : 0)
        }

        init(kind: Kind, capitalised: Bool) {
            self.kind = kind
            self.capitalised = capitalised
        }

        init(code: UInt8) {
            kind =
                switch code & 3 {
                case 1: .title
                case 2: .beforeNumber
                default: .general
                }
            capitalised = code & 4 != 0
        }
    }

    /// The entry for `bytes[start..<end]` (the word without its period), or nil.
    static func entry(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Entry? {
        guard end - start <= 8, let key = WordTable.Key(bytes, from: start, to: end, lowercased: true),
            let code = table.value(for: key)
        else { return nil }
        let entry = Entry(code: code)
        if entry.capitalised && !(bytes[start] >= UInt8(ascii: "A") && bytes[start] <= UInt8(ascii: "Z")) {
            return nil
        }
        return entry
    }

    /// The entry for `word` (without its period), or nil.
    static func entry(_ word: String) -> Entry? {
        let utf8 = Array(word.utf8)
        return utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { entry($0, from: 0, to: buffer.count) }
        }
    }

    /// Titles and honorifics, capitalised.
    static let titles = [
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Pres", "Lt", "Col",
        "Capt", "Cpt", "Sgt", "Maj", "Adm", "Cmdr", "Cdr", "Brig", "Cpl", "Pvt", "Rev", "Hon", "Msgr", "Fr", "Supt",
        "Insp", "Det", "Atty", "Amb", "Rt", "St", "Ste", "Mt", "Ft",
    ]
    /// Words that always precede what they abbreviate, any case.
    static let prefixes = ["vs", "v", "e.g", "i.e", "cf", "viz", "approx", "ca", "incl", "esp"]
    /// Abbreviations that precede a number, any case.
    static let numberPrefixes = [
        "no", "nos", "nr", "vol", "vols", "fig", "figs", "p", "pp", "art", "ch", "sec", "sect", "ref", "tel", "op",
    ]
    /// Company suffixes, name suffixes, months, street words and U.S. states (AP style), capitalised.
    static let capitalisedGeneral = [
        "Inc", "Corp", "Co", "Ltd", "Bros", "Plc", "Jr", "Sr", "Esq", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Kan", "Kans", "Ky", "Md", "Mass",
        "Mich", "Minn", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wis",
        "Wyo",
    ]
    /// Abbreviations that may end a sentence, any case.
    static let general = ["etc", "al", "govt", "intl", "natl"]

    /// All entries, keyed by their lowercased words.
    static let table: WordTable = {
        var entries: [(key: WordTable.Key, value: UInt8)] = []
        func add(_ words: [String], _ kind: Kind, capitalised: Bool) {
            for word in words {
                guard let key = WordTable.Key(word.lowercased()) else {
                    preconditionFailure("abbreviation '\(word)' does not fit a key")
                }
                entries.append((key, Entry(kind: kind, capitalised: capitalised).code))
            }
        }
        add(titles, .title, capitalised: true)
        add(prefixes, .title, capitalised: false)
        add(numberPrefixes, .beforeNumber, capitalised: false)
        add(capitalisedGeneral, .general, capitalised: true)
        add(general, .general, capitalised: false)
        return WordTable(entries)
    }()
}
