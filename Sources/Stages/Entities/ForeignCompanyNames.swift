import GlossCore
import GlossText

/// Tags as one organisation a name that begins with a French, Spanish, Portuguese or Italian
/// company's or bank's head word and runs on through capitalised words and the languages'
/// connectors: "Banque Nationale de Paris", "Banco do Brasil", "Caisse Nationale de Credit
/// Agricole", "Societe Generale", "Banca Nazionale del Lavoro", "Caisse des Depots et
/// Consignations", "Credit Suisse" (`creditBegins`: "Credit" is an English word too). The tagger, trained on English, reads the place or the surname-like word at
/// the end as the name ("Banque Nationale de [Paris]" a place, "Banco do [Brasil]" a person)
/// or leaves the run untagged. "Monte" is a head only before "dei" ("Monte dei Paschi di
/// Siena"; not "Monte Carlo").
///
/// On the tagger's output over ../shared/corpora (distinct texts), such runs after a head word
/// were tagged as one organisation 56 times and otherwise about 200: untagged ("Societe
/// Generale", "Caisse Centrale de Credit Cooperatif"), cut to a place ("Banque Nationale de
/// [Paris]" ×8, "Banque Generale du [Luxembourg]"), read as a person ("Banco do [Brasil]" ×3,
/// "[Banque Paribas]", "Societe Generale de [Belgique]").
///
/// - the head (`heads`) is in title case in running text (a headline in capitals runs on
///   through its verbs: "BANCO SANTANDER TO BUY …"; `DocumentConsistency` finds the name
///   there again from the story), and does not continue a name the tagger began before it ("Total Compagnie Francaise des
///   Petroles" stays the tagger's);
/// - the name runs on through capitalised words and lower-case connectors (`connectors`: "de",
///   "do", "del", "des", "du", "et", "e", "y", "pour" …), at most `longest` words, and ends at
///   its last capitalised word before a title ("Societe Generale President Marc Vienot",
///   "Chief Executive"), a day or a month ("Banque Paribas Monday said") or a person's name the
///   tagger found from a listed given name ("Credit Suisse Anna Keller said"): at least one
///   after the head ("the Caisse" alone stays); a branch's city runs in ("Banque Indosuez Hong
///   Kong"): the gazetteer lists too many words as towns ("SpA", "San", "Oriental") to stop
///   at a place;
/// - a name the tagger runs on past that end is left to the tagger;
/// - the words become one organisation; untagged ones get `EntityTagger.confidenceOfARule`.
///
/// The heads are found with the other rule words (`RuleWords.foreignHead`, looked up once per
/// word described), so the rule reads only the tokens `RuleWords.find` found: no pass of its
/// own over the tags.
///
/// - Cost: O(f) in the rule words found, and the name's words after a head; nothing allocated.
enum ForeignCompanyNames {
    /// Words that begin a company's, a bank's or a group's name in French, Spanish, Portuguese
    /// or Italian ("Casa" left out: "Casa Grande" is a town), and Filipino's "Bangko" ("Bangko
    /// Sentral ng Pilipinas", which the tagger read as a person).
    static let heads = NameHeads.hashes(
        """
        banca banco banque caisse cassa compagnie compania compañía companhia groupe grupo istituto instituto sociedad
        sociedade societa società societe société credit crédit credito bangko monte
        """)

    /// "Monte", an Italian bank's head ("Monte dei Paschi di Siena", the bank without its
    /// "Banca") and a mountain's or a town's first word ("Monte Carlo", "Monte Rosa"): a head
    /// only before "dei" ("of the").
    static let monte = NameHeads.hashes("monte").first!
    private static let dei = NameHeads.hashes("dei").first!

    /// "Credit", a head word in French ("Credit Suisse", "Credit Lyonnais", "Credit Agricole",
    /// "Credito Italiano") and a common word in English: it begins a name only where
    /// `creditBegins` says.
    static let credit = WordHashSet(NameHeads.hashes("credit crédit credito").words)

    /// Whether "Credit" at token `start` of `sentence` begins a foreign company's name: not after
    /// a capitalised word other than an article (an English name it ends a word of: "the
    /// Commodity Credit Corp", "Farm Credit System"), and before a capitalised word that a
    /// corpus does not usually write in lower case and that ends no English organisation's name
    /// ("Credit Suisse", not "Credit Cards", "Credit Corp", "Credit Markets").
    static func creditBegins(_ start: Int, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>) -> Bool {
        guard start + 1 < sentence.upperBound, PartyNames.standsFirst(start, words, sentence: sentence) else { return false }
        let next = words[start + 1]
        return next.isCapitalisedWord && !HeadlineCasing.usuallyLower(next) && NameHeads.lastWords[next.word] == nil
    }

    /// The connectors those names run on through ("Banque de France", "Banca Nazionale del
    /// Lavoro", "Caisse des Depots et Consignations", "Banco Espirito Santo e Comercial",
    /// "Banca Monte dei Paschi di Siena", Filipino's "ng").
    static let connectors = NameHeads.hashes(
        "à au aux d' da das de dei del della delle dello des di do dos du e et la le les ng pour sur y")

    /// Capitalised words that end the name before them: the first words of titles that
    /// `TitledPersons.titles` does not hold ("Chief Executive", "Deputy Governor", "Vice
    /// Chairman"), days and months (`TitledPersons.dates`).
    static let endWords = WordHashSet(NameHeads.hashes("chief deputy vice").words + TitledPersons.dates.words)

    /// The most words read after the head.
    static let longest = 10

    /// Tags the names that begin at the heads among the rule words `found` (`RuleWords.find`)
    /// over `words`, rewriting `tags` and `confidence`.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, found: [RuleWords.Found], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        for word in found where word.bits & RuleWords.foreignHead != 0 {
            tag(at: word.token, words, sentence: word.sentence, tags: tags, confidence: confidence)
        }
    }

    /// Tags the name that begins at head word `start` of `sentence`, if it is one.
    static func tag(
        at start: Int, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        guard words[start].isTitleCase, !words[start].inHeadline, !tags[start].isInside else { return }
        if credit.contains(words[start].word), !creditBegins(start, words, sentence: sentence) { return }
        if words[start].word == monte, start + 1 == sentence.upperBound || words[start + 1].word != dei { return }
        let (titles, endWords) = (TitledPersons.titles, Self.endWords)
        var last = start
        var j = start + 1
        while j < sentence.upperBound, j - start <= longest {
            let w = words[j]
            if w.isCapitalisedWord {
                // A title begins a person's name after the company's ("Societe Generale
                // President Marc Vienot", "Chief Executive"); a day or a month begins the
                // sentence's next phrase ("Banque Paribas Monday said").
                if titles.contains(w.word) || endWords.contains(w.word) { break }
                // A person's name the tagger found from a listed given name begins after the
                // company's ("Credit Suisse Anna Keller said"; not "Cassa di [Risparmio di
                // Roma]", the tagger's person over the name's own words; nor a connector in
                // capitals, though "Del" is a given name: "Banca Nazionale Del Lavoro").
                if tags[j] == .begin(.person), w.gazetteer & Gazetteer.givenName != 0, !connectors.contains(w.word),
                    j + 1 < sentence.upperBound,
                    tags[j + 1] == .inside(.person)
                { break }
                last = j
            } else if w.hasCapital || !connectors.contains(w.word) {
                break
            }
            j += 1
        }
        let end = last + 1
        guard end - start >= 2, end == sentence.upperBound || !tags[end].isInside else { return }
        NameHeads.join(start..<end, as: .organization, tags: tags, confidence: confidence)
    }
}
