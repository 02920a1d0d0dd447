import GlossCore
import GlossText

/// Tags as an organisation "the Bank", "The Exchange", "the Ministry" … where the document
/// names an organisation of that head first: "Midland Bank Plc raised its rate … the Bank said",
/// "the Frankfurt Stock Exchange … The Exchange said", "the Ministry of Finance … the Ministry
/// said". The capitalised head after "the" is the named institution's short form; the tagger,
/// reading one sentence, leaves it untagged about a third of the time.
///
/// On the tagger's output over Reuters-21578 and the RSS snapshots (`gloss analyze --stages
/// text,entities`), such a word after "the" (and before no capitalised word or "of") was an
/// organisation and untagged: "Bank" 220 and 92 times, "Exchange" 8 and 29, "Ministry" 2 and 45,
/// "Fund" 0 and 26. EWT (train, dev and test) tags the short form 3 times of 4 where its
/// document names the institution first, and leaves it untagged 23 times of 23 where it does
/// not ("the Commission" in a story that names none): so the document's own name decides.
///
/// - the head (`heads`) is in title case in running text, untagged, right after "the", and
///   before no capitalised word and no "of" (a longer name: "the Bank of Japan", "The Exchange
///   Rate");
/// - the document names an organisation of two words or more that ends in the same head
///   ("Midland Bank Plc": before its legal form; "Tokyo Stock Exchange") or begins with it
///   before "of" ("Bank of England", "Ministry of Finance"), anywhere in it (a story's lead
///   names it first; a headline's mention counts too);
/// - the head becomes an organisation (with `EntityTagger.confidenceOfARule`), and
///   `NameLinker` joins it to the named one.
///
/// The heads are found with the other rule words (`RuleWords.institutionWord`, looked up once
/// per word described), so a document without one costs nothing more; one with one has its
/// names read once (`namedHeads`).
///
/// - Cost: O(f) in the rule words found, and O(t) in tokens once for a document that holds a
///   candidate; a set of at most the document's named heads.
enum DefiniteShortForms {
    /// The heads whose short form "the Bank" stands for a named institution.
    static let heads = NameHeads.hashes("authority bank bourse commission council court exchange fund institute ministry")

    /// Applies the rule to the heads among `found` (`RuleWords.find`'s, over `words` of
    /// `sentences`), rewriting `tags` and `confidence`.
    static func apply(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], found: [RuleWords.Found],
        tags: UnsafeMutablePointer<EntityTag>, confidence: UnsafeMutablePointer<Float>
    ) {
        var named: Set<UInt64>? = nil
        for word in found where word.bits & RuleWords.institutionWord != 0 && heads.contains(words[word.token].word) {
            let (i, sentence) = (word.token, word.sentence)
            guard isAShortForm(i, words, sentence: sentence, tags: tags) else { continue }
            if named == nil { named = namedHeads(words, sentences: sentences, tags: tags) }
            guard named!.contains(words[i].word) else { continue }
            tags[i] = .begin(.organization)
            confidence[i] = EntityTagger.confidenceOfARule
        }
    }

    /// Whether the head at token `i` of `sentence` stands alone after "the": in title case in
    /// running text, untagged, and before no capitalised word and no "of".
    @inline(__always)
    static func isAShortForm(
        _ i: Int, _ words: UnsafeBufferPointer<WordAttributes>, sentence: Range<Int>, tags: UnsafeMutablePointer<EntityTag>
    ) -> Bool {
        guard i > sentence.lowerBound, tags[i] == .outside, words[i].isTitleCaseInText, words[i - 1].word == NameHeads.the
        else { return false }
        guard i + 1 < sentence.upperBound else { return true }
        let next = words[i + 1]
        return !next.hasCapital && next.word != NameHeads.of
    }

    /// The heads of the document's organisations' names of two words or more: the last word
    /// before any legal form ("Midland Bank Plc": "Bank"), and the first before "of" ("Bank of
    /// England").
    static func namedHeads(
        _ words: UnsafeBufferPointer<WordAttributes>, sentences: [Range<Int>], tags: UnsafeMutablePointer<EntityTag>
    ) -> Set<UInt64> {
        var named: Set<UInt64> = []
        let all = UnsafeBufferPointer(start: tags, count: words.count)
        for sentence in sentences {
            EntityTag.forEachName(in: all[sentence]) { name, type in
                guard type == .organization, name.count >= 2 else { return }
                var last = name.upperBound - 1
                while last > name.lowerBound + 1, NameHeads.legalForms.contains(words[last].word) { last -= 1 }
                named.insert(words[last].word)
                if words[name.lowerBound + 1].word == NameHeads.of { named.insert(words[name.lowerBound].word) }
            }
        }
        return named
    }
}
