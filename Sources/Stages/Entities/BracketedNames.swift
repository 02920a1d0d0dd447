import GlossCore
import GlossText

/// Tags as an organisation a run of capitalised words between "<" and ">": Reuters marks a
/// company that way, by its name where it has no listed ticker ("<Kiena Gold Mines Ltd> said")
/// and by its ticker after its name ("Dow Jones and Co <DJ>"), and the name before a ticker is
/// the company's too (`nameBefore`): the tagger read "Dow Jones" as a person and "Co" alone.
///
/// The tagger reads "<" as any punctuation, and a sentence read alone gives a ticker nothing
/// else to go on: the base model found "DJ" and "MCIC" as nothing. The run holds one to
/// `longest` words, capitalised or connectors ("of", "and", "&"), the first and the last
/// capitalised, and no other token but one or two capitalised words in parentheses ("<Philips
/// Electrical (Ireland) Ltd>", `parenthesis`); what the tagger found inside it is re-typed as a whole
/// (a place the name begins with too: "<First National Bank of Chicago>"). E-mail addresses
/// and "<Embedded Picture>"-like markers in web text are no such run: an address is one token
/// in lower case or with a period inside a word in mixed case ("<Jane.Doe@example.com>"), a
/// marker's words are followed by a colon or by no ">", the element names of raw XML
/// ("<downloadLink>", "<trackList>") begin in lower case, an address in capitals has no
/// ticker's shape ("<JSMITH@IBM.COM>", `isAnAddress`), and the operands of a comparison are
/// letters ("If A < B and C > D", `isAComparison`).
///
/// A ticker with its exchange's code after a full stop ("<BP.L>") is `ExchangeTickers`'.
///
/// - Cost: O(t) in tokens: one comparison per token for "<", a scan of the words after it up to
///   the first that is no name's. Run after decoding and before `DocumentConsistency`, so the
///   name is found again elsewhere in the document.
enum BracketedNames {
    /// The most words between the brackets.
    static let longest = 8
    private static let open = NameHeads.hashes("<").first!
    private static let close = NameHeads.hashes(">").first!
    private static let slash = NameHeads.hashes("/").first!
    /// The words of one letter ("S" of "A/S").
    private static let letters = NameHeads.hashes("a b c d e f g h i j k l m n o p q r s t u v w x y z")

    /// Tags the bracketed names in `tags` (over `words`, within each of `sentences`).
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
        let open = Self.open
        for sentence in sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                if views[i].word == open {
                    if let name = name(words, after: i, in: sentence) {
                        retype(name, tags: tags, confidence: confidence, in: sentence)
                        if name.count == 1, words[name.lowerBound].flags & WordAttributes.Flags.allCapitals != 0,
                            let company = nameBefore(words, ticker: i, in: sentence, tags: tags)
                        {
                            retype(company, tags: tags, confidence: confidence, in: sentence)
                        }
                        i = name.upperBound
                    } else if let after = ExchangeTickers.retype(words, at: i, in: sentence, tags: tags, confidence: confidence) {
                        // "<BP.L>": a ticker and its exchange's code.
                        i = after
                    }
                }
                i += 1
            }
        }
    }

    /// Tags `name` as one organisation unless the tagger already did (its confidence, which
    /// `DocumentConsistency` weighs, is then kept).
    static func retype(
        _ name: Range<Int>, tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>, in sentence: Range<Int>
    ) {
        let already = tags[name.lowerBound] == .begin(.organization) && name.dropFirst().allSatisfy { tags[$0] == .inside(.organization) }
            && (name.upperBound == sentence.upperBound || tags[name.upperBound] != .inside(.organization))
        if !already { NameHeads.retype(name, as: .organization, capped: false, tags: tags, confidence: confidence) }
    }

    /// The capitalised words just before the "<" at `open` of a ticker, which name its company
    /// ("Dow Jones and Co <DJ>"), or nil: connectors between
    /// capitalised words are in it, "of" only after an organisation's head word or "Bank"
    /// ("University of", "Bank of Boston Corp <BKB>"),
    /// so that "Chairman Roger Smith of General Motors <GM>" gives "General Motors"; leading
    /// words a corpus usually writes in lower case (unless in capitals, as in a headline:
    /// "FINE ART ACQUISITIONS LTD <FAAA>", or the first of a name the tagger found:
    /// "Manufacturers Hanover Trust Co <MHC>") and articles stay outside; a name the tagger
    /// found that begins before the run is taken whole ("Bank of New York <BK>").
    static func nameBefore(
        _ words: UnsafeBufferPointer<WordAttributes>, ticker open: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        guard open > sentence.lowerBound, words[open - 1].hasCapital else { return nil }
        var start = open - 1
        var crossedAnAnd = false
        while start > sentence.lowerBound, open - start < longest {
            let previous = words[start - 1]
            if previous.isCapitalisedWord {
                start -= 1
            } else if previous.isConnector, start - 2 >= sentence.lowerBound, words[start - 2].hasCapital,
                previous.word != NameHeads.of || NameHeads.organization.contains(words[start - 2].word) || words[start - 2].word == NameHeads.bank,
                !endsAnotherName(words[start - 2], before: previous, crossedAnAnd: &crossedAnAnd)
            {
                start -= 2
            } else {
                break
            }
        }
        // A letter after a slash ends an abbreviation, "A/S", "S/P": a run from it names no company
        // ("Oljeselskap A/S <STAT.OL>" is not "S", "S/P MAY DOWNGRADE AFG <AFG>" not "P MAY…").
        if start > sentence.lowerBound, words[start - 1].word == slash, letters.contains(words[start].word) { return nil }
        while start < open, tags[start] == .outside, !headsAnOf(words, start, before: open),
            words[start].isConnector || NameHeads.isArticle(words[start])
                || (HeadlineCasing.usuallyLower(words[start]) && words[start].flags & WordAttributes.Flags.allCapitals == 0)
        {
            start += 1
        }
        // A name the tagger found that reaches into the run from before it is the company's
        // whole name: "Bank of New York <BK>" is not "Bank of" and "New York".
        while start > sentence.lowerBound, start < open, tags[start].isInside, tags[start - 1] != .outside { start -= 1 }
        return start < open ? start..<open : nil
    }

    /// Whether `word`, before the connector `connector` that `nameBefore`'s walk would cross,
    /// ends a name of its own rather than a partner's or a trade's in the company's: before
    /// "and" or "&", a legal form ("McDonnell Douglas Corp and Siemens AG <SIEG.F>": two firms),
    /// a listed country or state ("Canada and Pearson Plc <PSN.L>"; a nationality begins firms'
    /// names, "British and Commonwealth Shipping Plc <BCOM.L>"), or
    /// any word once the walk has crossed one "and" (`crossedAnAnd`, set here): a firm's name
    /// holds one ("Pacific Telesis and Merrill Lynch and Co Inc <MER.N>" are two). "Dow Jones
    /// and Co <DJ>", "AT and T <T>", "Sears, Roebuck and Co <S>" are crossed.
    /// Costs two hash comparisons, a set look-up and a bit test.
    @inline(__always)
    static func endsAnotherName(_ word: WordAttributes, before connector: WordAttributes, crossedAnAnd: inout Bool) -> Bool {
        guard NameHeads.isAnd(connector) else { return false }
        if crossedAnAnd || word.gazetteer & places != 0 || NameHeads.joiningLegalForms.contains(word.word) { return true }
        crossedAnAnd = true
        return false
    }

    /// The gazetteer's categories of a name of its own before "and" (`endsAnotherName`).
    private static let places = Gazetteer.country | Gazetteer.state

    /// Whether the word at `i` is a head the walk of `nameBefore` crossed an "of" from ("Bank of
    /// Boston Corp", "University of Iowa Corp"): a word usually in lower case, yet the name's.
    @inline(__always)
    static func headsAnOf(_ words: UnsafeBufferPointer<WordAttributes>, _ i: Int, before open: Int) -> Bool {
        i + 2 < open && words[i + 1].word == NameHeads.of && (NameHeads.organization.contains(words[i].word) || words[i].word == NameHeads.bank)
    }

    /// The words between the "<" at `open` and the next ">" of `sentence` when they make a
    /// name, or nil.
    static func name(_ words: UnsafeBufferPointer<WordAttributes>, after open: Int, in sentence: Range<Int>) -> Range<Int>? {
        let first = open + 1
        var end = first
        while end < sentence.upperBound, end - first <= longest {
            if end > first, let after = parenthesis(words, at: end, in: sentence) {
                // "<Philips Electrical (Ireland) Ltd>": a seat or a short name in brackets.
                end = after
                continue
            }
            guard words[end].hasCapital || words[end].isConnector else { break }
            // A period inside a word in mixed case is an address's ("<Jane.Doe@example.com>").
            if words[end].flags & (WordAttributes.Flags.period | WordAttributes.Flags.allCapitals) == WordAttributes.Flags.period,
                !NameHeads.legalForms.contains(words[end].word)
            {
                return nil
            }
            end += 1
        }
        // A name begins and ends with a capital: an XML element's name does not ("<downloadLink>").
        let initial = WordAttributes.Flags.initialCapital
        guard end < sentence.upperBound, words[end].word == close, end > first, end - first <= longest,
            words[first].flags & initial != 0, words[end - 1].flags & initial != 0
        else { return nil }
        let run = first..<end
        guard !isAnAddress(words, run), !isAComparison(words, run) else { return nil }
        return run
    }

    private static let openParenthesis = NameHeads.hashes("(").first!
    private static let closeParenthesis = NameHeads.hashes(")").first!

    /// The token after the ")" when token `i` of `sentence` opens a parenthesis of one or two
    /// capitalised words inside a bracketed name ("<Toshiba Information Systems (U.K.) Ltd>",
    /// "<Arabian Investment Banking Corp (Investcorp) EC>"); nil otherwise.
    @inline(__always)
    static func parenthesis(_ words: UnsafeBufferPointer<WordAttributes>, at i: Int, in sentence: Range<Int>) -> Int? {
        guard words[i].word == openParenthesis else { return nil }
        var k = i + 1
        while k < sentence.upperBound, k - i <= 2, words[k].hasCapital { k += 1 }
        guard k > i + 1, k < sentence.upperBound, words[k].word == closeParenthesis else { return nil }
        return k + 1
    }

    /// The shapes of the words in capitals that Reuters writes between brackets: letters,
    /// in up to five groups joined by ".", "-", "/", "'", "&" or ".-", perhaps ending in "." (tickers
    /// "DJ", "BP.L", "SHRG-F", "AT/T", "A.H.", "U.S.A.", and names' words "FEDERAL", "O'NEILL").
    /// An "@" is in none ("JSMITH@IBM.COM").
    ///
    /// The 3,110 forms are written one after another into one array of bytes: a string per form,
    /// joined and mapped, took 7.1 million instructions when a process first met a bracketed word
    /// in capitals, the array 5.5 million (most of them the forms' descriptions).
    static let tickerShapes: Set<UInt64> = {
        let separators = [".", "-", "/", "'", "&", ".-"].map { Array($0.utf8) }
        var shapes = Set<UInt64>()
        var form: [UInt8] = []
        // Adds the shapes of `form` + "A" and + "A.", then of each form of more groups after it.
        func addForms(groups: Int) {
            form.append(UInt8(ascii: "A"))
            shapes.insert(WordAttributes(form, count: form.count).shape)
            form.append(UInt8(ascii: "."))
            shapes.insert(WordAttributes(form, count: form.count).shape)
            form.removeLast()
            if groups < 5 {
                for separator in separators {
                    form += separator
                    addForms(groups: groups + 1)
                    form.removeLast(separator.count)
                }
            }
            form.removeLast()
        }
        addForms(groups: 1)
        return shapes
    }()

    /// Whether a word of `run` in capitals has no ticker's shape: an e-mail address written in
    /// capitals ("<JSMITH@IBM.COM>"), which the period rule of `name(after:)` lets through.
    static func isAnAddress(_ words: UnsafeBufferPointer<WordAttributes>, _ run: Range<Int>) -> Bool {
        run.contains { words[$0].flags & WordAttributes.Flags.allCapitals != 0 && !tickerShapes.contains(words[$0].shape) }
    }

    /// Whether `run` is two or more words whose capitalised words are each one letter, the
    /// operands of a comparison ("If A < B and C > D"); Reuters brackets one letter alone, a
    /// ticker ("<F>", "<T>").
    static func isAComparison(_ words: UnsafeBufferPointer<WordAttributes>, _ run: Range<Int>) -> Bool {
        run.count > 1 && run.allSatisfy { !words[$0].hasCapital || isOneLetter(words[$0]) }
    }

    /// Whether `word` is one ASCII letter ("B").
    @inline(__always) static func isOneLetter(_ word: WordAttributes) -> Bool {
        word.initial != 0 && word.word == WordHash.fold(WordHash.basis, word.initial)
    }
}
