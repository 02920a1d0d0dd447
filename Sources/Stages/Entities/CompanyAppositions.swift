import GlossCore

/// Re-types as organisations the names news sets after a plural noun for companies: "oil
/// traders [Vitol] and [Trafigura]", "lenders Barclays, HSBC and Lloyds", "carmakers Toyota and
/// Honda", "tech giants Apple and Google". A one-word company the tagger has not seen reads as a
/// place or a person by its shape ("Vitol" a place, "Trafigura" a person); the noun before it
/// says what it is, as "a Smith Barney analyst" does for `EmployerNames`.
///
/// - a noun of `actors` in lower case ("traders", "lenders", "banks", "carmakers" …; not nouns
///   said of people as well, "rivals", "producers", "competitors") right before a name the
///   tagger found as a person or a place;
/// - that name and the names after it joined by commas, "and" or "or" (each of one or two
///   words in title case in running text: found as a person, a place or an organisation, or
///   untagged), none a listed country, state or continent ("lenders in France and Germany",
///   "banks Brazil and Mexico" stay places) nor a person's two words that begin with a listed
///   given name ("traders John Vell and …");
/// - each becomes an organisation's name (untagged words get `EntityTagger.confidenceOfARule`);
///   "and" and a legal form alone after a name end that name ("brokers [Greene and Co]"), where
///   they made "Co" a company of its own;
/// - a name after a determiner and the noun ("the", "two": `determiners`) that a lower-case word
///   other than "and" or "or" follows is left alone: it is a relative clause's subject, not the
///   noun's apposition ("the banks Volcker regulates", "the companies Buffett owns").
///
/// Run before `CoordinatedCompanies` and `DocumentConsistency`, so the document's other
/// mentions of the names follow.
///
/// - Cost: O(t) in tokens: the tags read eight at a time for a name's first tag, and a set
///   lookup of the word before each person's or place's name; nothing allocated.
enum CompanyAppositions {
    /// Plural nouns for companies that news sets before their names.
    static let actors = NameHeads.hashes(
        """
        airlines automakers banks brokerages brokers carmakers chipmakers companies conglomerates drugmakers firms giants
        insurers lenders miners refiners retailers suppliers traders
        """)
    /// The words before the noun after which a name and a lower-case word begin a relative
    /// clause ("the banks [Volcker] regulates", "two firms [Watanabe] has proposed").
    static let determiners = NameHeads.hashes("the these those some many all most several few other two three four five")
    private static let comma = NameHeads.hashes(",").first!
    private static let or = NameHeads.hashes("or").first!
    private static let notCompanies = Gazetteer.country | Gazetteer.state | Gazetteer.continent

    /// Re-types the names after `actors` in `tags` (over `words`, within each of `sentences`, which
    /// are in text order and do not overlap).
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        // One walk over the document's tags (sentences are in order and do not overlap), so
        // only the document's last few tags are read one at a time.
        guard let first = sentences.first, let last = sentences.last else { return }
        var s = 0
        var i = firstPersonOrPlace(tags, from: first.lowerBound, to: last.upperBound)
        while i < last.upperBound {
            while sentences[s].upperBound <= i { s += 1 }
            let sentence = sentences[s]
            if sentence.count >= 3, i > sentence.lowerBound, !words[i - 1].hasCapital, actors.contains(words[i - 1].word) {
                i = retypeList(from: i, words, in: sentence, tags: tags, confidence: confidence)
            } else {
                i += 1
            }
            i = firstPersonOrPlace(tags, from: i, to: last.upperBound)
        }
    }

    /// Re-types the list of names that begins at token `start` of `sentence`, as far as each is
    /// a company's name by its form; returns the token after the last one read.
    static func retypeList(
        from start: Int, _ words: UnsafeBufferPointer<WordAttributes>, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) -> Int {
        if start - 2 >= sentence.lowerBound, determiners.contains(words[start - 2].word),
            let first = name(at: start, words, in: sentence, tags: tags), first.upperBound < sentence.upperBound
        {
            // "the banks Volcker regulates": a relative clause, its subject a person.
            let next = words[first.upperBound]
            if !next.hasCapital, next.flags & WordAttributes.Flags.letter != 0, next.word != NameHeads.and, next.word != or {
                return start + 1
            }
        }
        var i = start
        while let name = name(at: i, words, in: sentence, tags: tags) {
            NameHeads.join(name, as: .organization, tags: tags, confidence: confidence)
            i = name.upperBound
            // "A, B and C", "A or B".
            guard i + 1 < sentence.upperBound, !tags[i].isInside else { break }
            let word = words[i].word
            guard word == comma || word == NameHeads.and || word == or else { break }
            i += 1
            if word == comma, i + 1 < sentence.upperBound, words[i].word == NameHeads.and || words[i].word == or { i += 1 }
            // "brokers Greene and Co": the legal form ends the name before it.
            if words[i - 1].word == NameHeads.and, words[i].hasCapital, NameHeads.joiningLegalForms.contains(words[i].word),
                i + 1 == sentence.upperBound || !words[i + 1].isTitleCaseInText
            {
                NameHeads.join(name.lowerBound..<(i + 1), as: .organization, tags: tags, confidence: confidence)
                return i + 1
            }
        }
        return max(i, start + 1)
    }

    /// The name of one or two words in title case at token `i` of `sentence` (the tagger's
    /// name of a person, a place or an organisation, or untagged words), or nil when there is
    /// none, it is a listed country's, state's or continent's, or a person's two words that
    /// begin with a listed given name.
    @inline(__always)
    static func name(
        at i: Int, _ words: UnsafeBufferPointer<WordAttributes>, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Range<Int>? {
        guard i < sentence.upperBound, words[i].isTitleCaseInText, words[i].gazetteer & notCompanies == 0, !tags[i].isInside,
            tags[i].type != .miscellaneous
        else { return nil }
        var end = i + 1
        if tags[i] == .outside {
            if end < sentence.upperBound, tags[end] == .outside, words[end].isTitleCaseInText { end += 1 }
        } else {
            while end < sentence.upperBound, tags[end].isInside { end += 1 }
        }
        guard end - i <= 2, end == sentence.upperBound || !words[end].isTitleCaseInText,
            !(end - i == 2 && tags[i] == .begin(.person) && words[i].gazetteer & Gazetteer.givenName != 0)
        else { return nil }
        return i..<end
    }

    /// The first index in `start..<end` whose tag begins a person's or a place's name, or
    /// `end`: eight tags at a time (a tag is a byte below 16, and B-PER's 1 and B-LOC's 5 are
    /// the only ones equal to 1 with their bit 2 cleared; the first byte of eight that is
    /// shows by a borrow), then one at a time for the last few. A walk that stopped at every
    /// name's first tag cost about five instructions a token over reut2-000.
    @inline(__always)
    static func firstPersonOrPlace(_ tags: UnsafeMutablePointer<EntityTag>, from start: Int, to end: Int) -> Int {
        let (ones, highs, clearBit2): (UInt64, UInt64, UInt64) = (0x0101_0101_0101_0101, 0x8080_8080_8080_8080, 0xFBFB_FBFB_FBFB_FBFB)
        var i = start
        while i + 8 <= end {
            // Bytes equal to 1 after bit 2 is cleared become zero bytes; the lowest zero byte
            // sets its high bit in `found` (a borrow marks only bytes above a zero byte).
            let x = (UInt64(littleEndian: UnsafeRawPointer(tags + i).loadUnaligned(as: UInt64.self)) & clearBit2) ^ ones
            let found = (x &- ones) & ~x & highs
            if found != 0 { return i + found.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < end {
            if tags[i] == .begin(.person) || tags[i] == .begin(.location) { return i }
            i += 1
        }
        return end
    }
}
