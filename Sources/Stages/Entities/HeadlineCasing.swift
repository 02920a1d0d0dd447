import GlossCore
import GlossText

/// Reads a headline's words as running text would write them, so that the tagger's casing
/// features mean what they mean elsewhere: in "Supreme Court Blocks Deportations Of
/// Venezuelans" or "U.S. STOCKS FALL AS IBM WARNS" every word is capitalised, and the tagger,
/// trained on ordinary sentences, takes most of them for names.
///
/// A sentence is a headline when none of its words of four or more bytes begins in lower
/// case and, after its first word, at least two of them are capitalised words that the word
/// lexicon says a corpus writes in lower case more often than not ("Blocks", "STOCKS"; not
/// "Nayib Bukele met Donald Trump in Washington"). Each of its capitalised words that a corpus
/// writes in lower case more often than not is then lowered; a word the lexicon does not know
/// or usually capitalises, or the gazetteer lists as an organisation, keeps its capital
/// ("Venezuelans", "IBM", "Fed"). In an all-capitals headline a kept word of five or more
/// bytes is read as capitalised ("VENEZUELA" as "Venezuela"); shorter ones stay capitals, as
/// acronyms do. Word lengths here are counted in UTF-8 bytes.
///
/// Only the attributes change (and each word is marked `inHeadline`); the text and its tokens
/// are untouched.
///
/// - Cost: one pass over the sentence's attributes; for a headline, each changed word's
///   attributes are those of a lowered copy of at most 64 bytes, from the tagger's word cache
///   (`WordAttributeCache`, keyed by the copy's bytes) or described anew on a miss or without one.
enum HeadlineCasing {
    /// Whether the sentence whose attributes are `words` (lexicon marked) is a headline.
    static func isHeadline(_ base: UnsafePointer<UInt8>, tokens: UnsafeBufferPointer<Token>, words: UnsafeBufferPointer<WordAttributes>) -> Bool {
        var lowerWords = 0
        for i in 0..<tokens.count {
            guard words[i].flags & WordAttributes.Flags.letter != 0, tokens[i].span.count >= 4 else { continue }
            let first = base[Int(tokens[i].span.start)]
            if first &- UInt8(ascii: "a") < 26 { return false }
            if i > 0, first &- UInt8(ascii: "A") < 26, usuallyLower(words[i]) { lowerWords += 1 }
        }
        return lowerWords >= 2
    }

    /// Whether the lexicon says a corpus writes the word in lower case more often than not.
    @inline(__always) static func usuallyLower(_ word: WordAttributes) -> Bool { word.casing != 0 && word.casing < 5 }

    /// Recomputes the attributes of a headline's words as running text would write them (see
    /// the type's description); the gazetteer and sentence flags are kept, and `lexicon` marks
    /// the changed words again. With `attributes` (the tagger's cache, and the `gazetteer` its
    /// entries were made with), a rewritten word is looked up there by its new bytes, as a token
    /// of running text is: most are common words the cache holds ("Says", "To", "Company"),
    /// which it described anew each time before (about 650 instructions a word, 3.8 million in
    /// reut2-000's 1,000 headlines). A `gazetteer` without `attributes` is not read.
    static func restore(
        _ base: UnsafePointer<UInt8>, tokens: UnsafeBufferPointer<Token>, lexicon: WordLexicon,
        attributes: UnsafeMutablePointer<WordAttributeCache>? = nil, gazetteer: Gazetteer? = nil,
        words: UnsafeMutableBufferPointer<WordAttributes>
    ) {
        let allCapitals = (0..<tokens.count).allSatisfy {
            words[$0].flags & WordAttributes.Flags.letter == 0 || words[$0].flags & WordAttributes.Flags.allCapitals != 0
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            for i in 0..<tokens.count where words[i].hasCapital {
                let span = tokens[i].span
                guard span.count <= buffer.count else { continue }
                let listed = words[i].gazetteer & Gazetteer.organization != 0
                let usuallyLower = usuallyLower(words[i]) && !listed
                let titled = allCapitals && !usuallyLower && span.count >= 5
                guard usuallyLower || titled else { continue }
                // A title keeps its first letter: one byte, or two for a Latin-1 capital ("É").
                let first = base[Int(span.start)]
                let kept = titled ? (first >= 0xC0 ? 2 : 1) : 0
                var previous: UInt8 = 0
                for k in 0..<span.count {
                    let byte = base[Int(span.start) + k]
                    buffer[k] = k < kept ? byte : WordHash.lower(byte, after: previous)
                    previous = byte
                }
                var restored: WordAttributes
                if let attributes, let gazetteer {
                    // Marked by the lexicon already (`WordAttributeCache.uncached`); the start is not read.
                    var start = Gazetteer.Start(hash: 0, categories: 0)
                    restored = attributes.pointee.attributes(
                        buffer.baseAddress!, count: span.count, lexicon: lexicon, gazetteer: gazetteer, start: &start)
                } else {
                    restored = WordAttributes(buffer.baseAddress!, count: span.count)
                    lexicon.mark(&restored)
                }
                let keep = WordAttributes.Flags.sentenceStart | WordAttributes.Flags.sentenceEnd
                restored.flags |= words[i].flags & keep
                restored.gazetteer = words[i].gazetteer
                words[i] = restored
            }
        }
        for i in words.indices { words[i].inHeadline = true }
    }
}
