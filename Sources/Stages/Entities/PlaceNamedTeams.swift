import GlossCore
import GlossText

/// Re-types as an organisation a name made of a listed place and a plural nickname: "Boston
/// Bruins", "Toronto Blue Jays", "Bowling Green Falcons", "Alaska Airlines", "New York Times".
///
/// The tagger reads the place's words and calls the whole name a place. A name that begins
/// with a listed city, state or country (the gazetteer's phrase ends inside the name) and ends
/// in one or two capitalised words, the last a plural in "s" that is neither a listed place
/// nor a word that ends places' names ("Cayman Islands", "Golan Heights", "Palm Springs",
/// "Great Lakes"), and whose first is no word that begins a place's name ("London St
/// Pancras"), names a team, a newspaper or a company in nearly every use. The nickname's words
/// are written with an initial capital and lower-case letters (not a headline's "JAPAN SPURS"),
/// and its last is one a corpus capitalises at least a third as often as not (`WordLexicon`
/// casing bucket 4 or more: "Bruins", "Jays", "Airlines"; not a headline's verbs, "China
/// Exults", "Bondi Bends", nor "U.S. Farmers", "Stanley Cups").
///
/// Headlines are left alone (`isRunningText`, `WordAttributes.inHeadline`): their plurals are
/// as often verbs ("China Exults", "JAPAN SPURS ECONOMY"); so is a name followed by a comma
/// and a country or state, an address ("Minas Gerais, Brazil"). Checked on EWT dev, wikigold and the Reuters and RSS
/// corpora (`docs/entities-news.md`).
///
/// The nickname alone, taken for a place elsewhere in the same document, is re-typed too ("the
/// Falcons" after "Bowling Green Falcons").
///
/// - Cost: O(t) in tokens: a few comparisons and at most one set lookup per name, and a scan
///   of the sentence for the rare name that has the form; a second pass over the names only
///   in a document where one was found.
enum PlaceNamedTeams {
    /// Plural words that end the names of places ("Florida Keys", "Golan Heights"), and plural
/// names of islands that follow a country's ("Netherlands Antilles").
    static let placeWords = NameHeads.hashes(
        """
        islands isles keys heights rivers creeks bays seas oceans waters springs plains highlands lowlands mountains hills lakes rapids woods meadows
        gardens downs fields flats sands narrows rocks mills falls glades banks shoals straits cays states
        territories provinces emirates lands marshes moors wetlands ridges valleys mounts alps apennines andes
        rockies pyrenees dolomites carpathians balkans ozarks appalachians everglades hebrides orkneys
        midlands hamptons cotswolds antilles azores canaries grenadines moluccas cyclades maldives seychelles
        philippines bahamas comoros falklands marquesas
        """)

    /// Words that begin a place's name inside a longer one ("London St Pancras", "Toronto
    /// North York"), so what follows is no nickname.
    static let placePrefixes = NameHeads.hashes(
        """
        st st. saint ste ste. san santa sao são mount mt mt. port fort lake cape north south east west upper lower
        greater little old new
        """)

    private static let places = Gazetteer.city | Gazetteer.state | Gazetteer.country

    /// The `suffix2` hashes of a letter and "s", which end a plural (and "Express": a name too).
    static let pluralEndings = Set((UInt8(ascii: "a")...UInt8(ascii: "z")).map { WordAttributes([$0, UInt8(ascii: "s")], count: 2).suffix2 })

    /// The shape of a word written with initial capitals, then lower-case letters ("Bruins",
    /// and "IPOs" too; not "SPURS").
    static let titleShape = WordAttributes(Array("Xx".utf8), count: 2).shape

    /// Applies the rule to the names in `tags` (over `words`, within each of `sentences`)
    /// that the tagger typed as places.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        // The nicknames of the names re-typed, as their name keys ("Falcons", "Blue Jays").
        var nicknames: [UInt64] = []
        let begin = EntityTag.begin(.location)
        let inside = EntityTag.inside(.location)
        for sentence in sentences {
            // Only a place's name that begins with a listed place's first word may have the form.
            for i in sentence where tags[i] == begin && words[i].gazetteer & places != 0 && words[i].gazetteer & Gazetteer.inside == 0 {
                var end = i + 1
                while end < sentence.upperBound, tags[end] == inside { end += 1 }
                let name = i..<end
                guard let nickname = nickname(words, name), !words[i].inHeadline, isRunningText(words, sentence),
                    !isFollowedByAPlace(words, name, in: sentence)
                else { continue }
                NameHeads.retype(name, as: .organization, capped: true, tags: tags, confidence: confidence)
                nicknames.append(DocumentConsistency.key(words, nickname))
            }
        }
        guard !nicknames.isEmpty else { return }
        let all = UnsafeBufferPointer(start: tags, count: words.count)
        // The nickname alone, taken for a place elsewhere in the document ("the Falcons").
        for sentence in sentences {
            EntityTag.forEachName(in: all[sentence]) { name, type in
                guard type == .location, name.count <= 2, nicknames.contains(DocumentConsistency.key(words, name)) else { return }
                NameHeads.retype(name, as: .organization, capped: true, tags: tags, confidence: confidence)
            }
        }
    }

    private static let comma = NameHeads.hashes(",").first!

    /// Whether the name is followed by a comma and a listed country or state, as a place is
    /// in an address ("a Minas Gerais, Brazil, mining concern").
    static func isFollowedByAPlace(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>, in sentence: Range<Int>) -> Bool {
        name.upperBound + 1 < sentence.upperBound && words[name.upperBound].word == comma
            && words[name.upperBound + 1].gazetteer & (Gazetteer.country | Gazetteer.state) != 0
    }

    /// Whether the sentence has a word of four bytes or more in lower case, as running text
    /// does and a title-cased headline does not ("China Hawks Say Trump Is Wrong", where a
    /// plural verb follows a place). A word's `prefix` hash equals its `word` hash when it has
    /// three bytes or fewer.
    static func isRunningText(_ words: UnsafeBufferPointer<WordAttributes>, _ sentence: Range<Int>) -> Bool {
        sentence.contains { words[$0].flags & WordAttributes.Flags.letter != 0 && !words[$0].hasCapital && words[$0].prefix != words[$0].word }
    }

    /// Whether the words of `name` are a listed place followed by one or two capitalised words
    /// outside it, the last a plural that ends no place's name.
    static func isPlaceAndNickname(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>) -> Bool {
        nickname(words, name) != nil
    }

    /// The nickname's words when `name` is a listed place and a nickname (`isPlaceAndNickname`).
    static func nickname(_ words: UnsafeBufferPointer<WordAttributes>, _ name: Range<Int>) -> Range<Int>? {
        guard name.count >= 2, words[name.lowerBound].flags & WordAttributes.Flags.initialCapital != 0,
            words[name.lowerBound].gazetteer & places != 0,
            words[name.lowerBound].gazetteer & Gazetteer.inside == 0
        else { return nil }
        // The listed place's phrase: its first word, then the words marked inside it.
        var placeEnd = name.lowerBound + 1
        while placeEnd < name.upperBound, words[placeEnd].gazetteer & Gazetteer.inside != 0 { placeEnd += 1 }
        let nickname = placeEnd..<name.upperBound
        guard (1...2).contains(nickname.count), !placePrefixes.contains(words[placeEnd].word),
            nickname.allSatisfy({ words[$0].shape == titleShape && words[$0].gazetteer & places == 0 })
        else { return nil }
        let last = words[name.upperBound - 1]
        return pluralEndings.contains(last.suffix2) && last.casing >= 4 && !placeWords.contains(last.word) ? nickname : nil
    }
}
