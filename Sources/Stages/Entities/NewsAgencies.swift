import GlossCore

/// Tags a news agency named by one word ("Reuters", "a Reuter survey", "told Bloomberg",
/// "Xinhua said") as an organisation, where the tagger took it for a person or a place or left
/// it untagged.
///
/// A wire story credits and quotes agencies by their one-word names; the tagger reads one
/// before "said" or "survey" as a surname ("Reuter" is a listed surname, "Bloomberg" a
/// mayor's, "Xinhua" a listed town), and listing the words as organisations in the gazetteer
/// only lowers the person's score (entnews8). Universal NER tags the agency an organisation
/// ("WASHINGTON (Reuters)", "Reuters reported that"). The word must stand alone: a
/// capitalised word before it makes it a person's surname or part of a longer name ("Fritz
/// Reuter", "Mayor Bloomberg", "RIA Novosti"), and one after it part of a longer name
/// ("Bloomberg News", "Kyodo News Service", "Reuters Holdings"), which the tagger and
/// `NameHeads` read; an article before it may be capitalised ("The Xinhua report"). Where the
/// document names a person in full before ("Michael Bloomberg" … "Bloomberg said he"),
/// `NameLinker` joins the mention to that person; where the tagger read the word as a
/// person's after a capitalised word anywhere in the document ("Mayor Bloomberg", "Edzard
/// Reuter, …, said Reuter had been right"), the word is that person's and left alone.
///
/// - Cost: a look at each agency's word among the rule words found (`RuleWords.find`, O(t) in
///   tokens, one pass for this rule and `NameHeads.joinLegalForm(at:)`); run after decoding and before
///   `DocumentConsistency`, so the other mentions of the name follow.
enum NewsAgencies {
    /// International and national news agencies whose usual name in English text is one word
    /// that is not written in capitals (an acronym such as "AFP", "AP", "TASS" or "ANSA" is read
    /// as an organisation by the tagger already). Left out: words that are common words in
    /// another language ("Antara": "between" in Indonesian, "Lusa", "Efe").
    static let names = NameHeads.hashes(
        """
        reuter reuters bloomberg xinhua kyodo jiji yonhap interfax tass novosti itar-tass bernama anadolu belga ritzau
        tanjug notimex
        """)

    /// Tags the agencies' names in `tags` over `words`, within each of `sentences`.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        apply(words, found: RuleWords.find(words, sentences: sentences), tags: tags, confidence: confidence)
    }

    /// Tags the agencies' names in `tags` over `words`: those of the rule words `found` in the
    /// sentences (`RuleWords.find`) that are agencies' names.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, found rules: [RuleWords.Found], tags: UnsafeMutablePointer<EntityTag>,
        confidence: UnsafeMutablePointer<Float>
    ) {
        var found: [(token: Int, sentence: Range<Int>)] = []
        for word in rules where word.bits & RuleWords.agency != 0 { found.append((word.token, word.sentence)) }
        guard !found.isEmpty else { return }
        // A word the document gives as a person's surname ("Mayor Bloomberg", "Edzard Reuter")
        // is that person's wherever it stands alone too ("Bloomberg said").
        let surnames = found.filter { isASurname(words, $0.token, in: $0.sentence, tags: tags) }.map { words[$0.token].word }
        for (i, sentence) in found where !surnames.contains(words[i].word) {
            let tag = tags[i]
            guard tag.type != .organization, !tag.isInside, i + 1 == sentence.upperBound || !tags[i + 1].isInside,
                standsAlone(words, i, in: sentence)
            else { continue }
            NameHeads.retype(i..<(i + 1), as: .organization, capped: tag != .outside, tags: tags, confidence: confidence)
        }
    }

    /// Whether token `i` of `sentence` is a person's surname: the tagger read it as a person's
    /// name, after a capitalised word ("Edzard Reuter", "Mayor Bloomberg", "Mr. Reuter").
    @inline(__always)
    static func isASurname(
        _ words: UnsafeBufferPointer<WordAttributes>, _ i: Int, in sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Bool {
        tags[i].type == .person && NameHeads.followsACapitalisedWord(words, i, in: sentence)
    }

    /// Whether token `i` of `sentence` has no capitalised word before it (an article aside) and
    /// none after it.
    @inline(__always)
    static func standsAlone(_ words: UnsafeBufferPointer<WordAttributes>, _ i: Int, in sentence: Range<Int>) -> Bool {
        !NameHeads.followsACapitalisedWord(words, i, in: sentence) && (i + 1 == sentence.upperBound || !words[i + 1].isCapitalisedWord)
    }
}
