import Foundation
import GlossCore
import Testing

@testable import GlossEntities

@Suite struct WordAttributeCacheTests {
    /// The fields a cached entry carries, compared as one string.
    static func fields(_ w: WordAttributes) -> String {
        "\(w.word) \(w.shape) \(w.prefix) \(w.suffix2) \(w.suffix3) \(w.suffix4) \(w.flags) \(w.cluster) \(w.casing) "
            + "\(w.frequency) \(w.hasCapital) \(w.isParticle) \(w.isConnector) \(w.initial) \(w.gazetteer) \(w.document) \(w.ruleWords)"
    }

    @Test func cachedAttributesAreThoseOfTheBytes() throws {
        let lexicon = try WordLexicon.bundled()
        // Words that differ only in case, accents, typographic quotes, length past the cache's
        // longest key, and words that share their first 16 bytes.
        let words = [
            "Apple", "APPLE", "apple", "Zürich", "ZÜRICH", "Mittal’s", "Mittal's", "al", "of", "U.S.", "2025", ",",
            "Internationalisation", "Internationalisations", "abcdefghijklmnop", "abcdefghijklmnopq", "São",
        ]
        // Listed words, one the first word of a longer phrase, and one past the longest key.
        let gazetteer = Gazetteer(text: "city\tzürich\ncity\tsão paulo\ncompany\tapple\nsurname\tmittal's\norganization\tinternationalisation\n")
        var cache = WordAttributeCache(slotCount: 8)
        for _ in 0..<3 {
            for word in words {
                let bytes = Array(word.utf8)
                var start = Gazetteer.Start(hash: 0, categories: 0)
                let cached = bytes.withUnsafeBufferPointer {
                    cache.attributes($0.baseAddress!, count: $0.count, lexicon: lexicon, gazetteer: gazetteer, start: &start)
                }
                let uncached = bytes.withUnsafeBufferPointer { WordAttributeCache.uncached($0.baseAddress!, count: $0.count, lexicon: lexicon) }
                #expect(Self.fields(cached) == Self.fields(uncached), "\(word)")
                #expect(start == bytes.withUnsafeBufferPointer { gazetteer.start($0.baseAddress!, count: $0.count) }, "\(word)")
            }
        }
        #expect(cache.slotCount == 8)
        #expect(cache.hits > 0)
        // "apple" is known to the lexicon: the cached entry carries its cluster; "Zürich",
        // "São" and "Internationalisation" begin listed phrases.
        var start = Gazetteer.Start(hash: 0, categories: 0)
        let apple = Array("apple".utf8).withUnsafeBufferPointer {
            cache.attributes($0.baseAddress!, count: $0.count, lexicon: lexicon, gazetteer: gazetteer, start: &start)
        }
        #expect(apple.cluster != 0 && start.categories != 0)
        for word in ["ZÜRICH", "São", "Internationalisation"] {
            _ = Array(word.utf8).withUnsafeBufferPointer {
                cache.attributes($0.baseAddress!, count: $0.count, lexicon: lexicon, gazetteer: gazetteer, start: &start)
            }
            #expect(start.categories != 0, "\(word)")
        }
    }

    @Test func askingForATokensLinesChangesNoEntryAndNoCount() {
        // The hints ahead of `describe` (`prefetch`, `prefetchDescription`) before a token is
        // kept and after: the same attributes, one miss then one hit.
        let text = Array("Officials in Zürich said".utf8)
        let gazetteer = Gazetteer(text: "city\tzürich\n")
        var cache = WordAttributeCache(slotCount: 8)
        var attributes: [String] = []
        text.withUnsafeBufferPointer { text in
            let base = text.baseAddress!
            let (start, count) = (13, "Zürich".utf8.count)
            gazetteer.withPrefetcher { gazetteerSlots in
                WordLexicon.empty.withPrefetcher { lexiconSlots in
                    for _ in 0..<2 {
                        cache.prefetch(base + start, count: count, bytesBefore: start)
                        cache.prefetchDescription(
                            base + start, count: count, bytesBefore: start, lexicon: lexiconSlots, gazetteer: gazetteerSlots)
                        var word = WordAttributes.start
                        var phrase = Gazetteer.Start(hash: 0, categories: 0)
                        cache.describe(
                            base + start, count: count, bytesBefore: start, lexicon: .empty, gazetteer: gazetteer, into: &word, start: &phrase)
                        attributes.append(Self.fields(word) + " \(phrase.categories)")
                    }
                }
            }
        }
        #expect(attributes.count == 2 && attributes[0] == attributes[1])
        #expect(cache.misses == 1 && cache.hits == 1)
    }

    @Test func aTokenReadFromTheMiddleOfATextIsKeyedByItsOwnBytesOnly() {
        // The key copies the token's bytes alone: "Paris" at the end of a text and inside
        // another word's bytes are the same entry.
        let text = Array("Parisian Paris".utf8)
        var cache = WordAttributeCache()
        let gazetteer = Gazetteer(text: "city\tparis\n")
        var start = Gazetteer.Start(hash: 0, categories: 0)
        text.withUnsafeBufferPointer { text in
            let inside = cache.attributes(text.baseAddress!, count: 5, lexicon: .empty, gazetteer: gazetteer, start: &start)
            let last = cache.attributes(text.baseAddress! + 9, count: 5, lexicon: .empty, gazetteer: gazetteer, start: &start)
            #expect(Self.fields(inside) == Self.fields(last))
        }
        #expect(start.categories == Gazetteer.city)
        #expect(cache.hits == 1 && cache.misses == 1)
    }

    @Test func theKeyIsTheTokensBytesInTwoZeroPaddedWords() {
        // Every length the cache keys, read from inside a longer text (the bytes after the
        // token differ): the key is what copying the bytes into two zeroed words gives.
        let text = Array("abcdefghijklmnopqrstuvwxyz\u{E9}\u{FC}0123456789ABCDEFGHIJ".utf8)
        text.withUnsafeBufferPointer { text in
            for offset in [0, 1, 3, 7, 13] {
                for count in 1...WordAttributeCache.longest {
                    var copied = (UInt64(0), UInt64(0))
                    withUnsafeMutableBytes(of: &copied) { $0.baseAddress!.copyMemory(from: text.baseAddress! + offset, byteCount: count) }
                    let key = WordAttributeCache.key(text.baseAddress! + offset, count: count)
                    #expect(key.0 == copied.0 && key.1 == copied.1, "offset \(offset), count \(count)")
                }
            }
        }
        // A token at the very end of its buffer: no byte past it is read (the address
        // sanitizer would say so), and the key is the same.
        for count in 1...WordAttributeCache.longest {
            let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: count)
            defer { bytes.deallocate() }
            for i in 0..<count { bytes[i] = UInt8(0xA0 + i) }
            var copied = (UInt64(0), UInt64(0))
            withUnsafeMutableBytes(of: &copied) { $0.baseAddress!.copyMemory(from: bytes, byteCount: count) }
            let key = WordAttributeCache.key(bytes, count: count)
            #expect(key.0 == copied.0 && key.1 == copied.1, "count \(count)")
        }
    }

    @Test func aKeyReadWithTheBytesBeforeTheTokenIsTheSame() {
        // Every length, at every offset of a text whose bytes before and after the token
        // differ from it: the bytes before are read for a short token but shifted out.
        let text = Array("ZYXWVUTSRQabcdefghijklmnopqrstuvwxyz\u{E9}\u{FC}0123456789".utf8)
        text.withUnsafeBufferPointer { text in
            for offset in 0...12 {
                for count in 1...WordAttributeCache.longest {
                    let token = text.baseAddress! + offset
                    let key = WordAttributeCache.key(token, count: count, bytesBefore: offset)
                    let plain = WordAttributeCache.key(token, count: count)
                    #expect(key.0 == plain.0 && key.1 == plain.1, "offset \(offset), count \(count)")
                }
            }
        }
    }

    @Test func aTokenEndingAtTheEndOfAPageIsReadWithinItself() throws {
        // review25: a token of every length 0-40, ASCII and not, whose last byte is the last of
        // a readable page before an unreadable one (a read past the token would crash), keyed
        // and described as the same bytes inside a longer text are.
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        guard let mapped = mmap(nil, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
            mapped != UnsafeMutableRawPointer(bitPattern: -1)
        else { return }
        defer { munmap(mapped, 2 * page) }
        #expect(mprotect(mapped + page, page, PROT_NONE) == 0)
        let lexicon = try WordLexicon.bundled()
        let gazetteer = Gazetteer(text: "city\tzürich\n")
        let end = mapped.assumingMemoryBound(to: UInt8.self) + page
        var cache = WordAttributeCache(slotCount: 64)
        for letters in ["Abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "Zürich-Ünterstraße-Élysée-Ærø-Ωmega-Ψ"] {
            let bytes = Array(letters.utf8)
            for count in 0...40 {
                let token = end - count
                for i in 0..<count { token[i] = bytes[i] }
                var start = Gazetteer.Start(hash: 0, categories: 0)
                let atTheEnd = cache.attributes(token, count: count, lexicon: lexicon, gazetteer: gazetteer, start: &start)
                let inside = (Array(bytes[0..<count]) + [0x41, 0x42]).withUnsafeBufferPointer {
                    WordAttributeCache.uncached($0.baseAddress!, count: count, lexicon: lexicon)
                }
                #expect(Self.fields(atTheEnd) == Self.fields(inside), "\(letters.prefix(3)) \(count)")
                if count >= 1 && count <= WordAttributeCache.longest {
                    var copied = (UInt64(0), UInt64(0))
                    withUnsafeMutableBytes(of: &copied) { $0.baseAddress!.copyMemory(from: token, byteCount: count) }
                    let key = WordAttributeCache.key(token, count: count)
                    #expect(key.0 == copied.0 && key.1 == copied.1, "\(count)")
                    // The bytes before it read as well (the page's), none after.
                    let before = WordAttributeCache.key(token, count: count, bytesBefore: page - count)
                    #expect(before.0 == key.0 && before.1 == key.1, "\(count)")
                }
            }
        }
    }

    /// Three pages, the middle one readable: a text at its start or its end has unreadable
    /// memory right before or right after it, so a read outside the text crashes.
    static func withGuardedPage(_ body: (UnsafeMutablePointer<UInt8>, Int) throws -> Void) throws {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        guard let mapped = mmap(nil, 3 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
            mapped != UnsafeMutableRawPointer(bitPattern: -1)
        else { return }
        defer { munmap(mapped, 3 * page) }
        #expect(mprotect(mapped, page, PROT_NONE) == 0)
        #expect(mprotect(mapped + 2 * page, page, PROT_NONE) == 0)
        try body((mapped + page).assumingMemoryBound(to: UInt8.self), page)
    }

    @Test func aTokenNearTheTextsStartReadsNothingBeforeIt() throws {
        // review39: a token of every length at each of the first 9 offsets of a text that
        // begins a readable page after an unreadable one: keyed with the bytes before it
        // (`bytesBefore`: its offset) as alone.
        try Self.withGuardedPage { start, _ in
            let bytes = Array("ab\u{E9}cdefghijklmnopqrstuvwxyz0123".utf8)
            for i in bytes.indices { start[i] = bytes[i] }
            for offset in 0...8 {
                for count in 1...WordAttributeCache.longest {
                    let key = WordAttributeCache.key(start + offset, count: count, bytesBefore: offset)
                    let plain = Array(bytes[offset..<offset + count]).withUnsafeBufferPointer {
                        WordAttributeCache.key($0.baseAddress!, count: count)
                    }
                    #expect(key.0 == plain.0 && key.1 == plain.1, "offset \(offset), count \(count)")
                }
            }
        }
    }

    @Test func aDocumentAtTheEdgesOfReadableMemoryIsDescribedAsACopy() throws {
        // review39: whole documents described with the cache (`EntityTagger.describe`, which
        // passes each token's offset as its readable bytes before it), placed first and last
        // in a readable page between unreadable ones: empty, one byte, one multi-byte letter,
        // short tokens at the first offsets, and a long one at the end.
        let lexicon = try WordLexicon.bundled()
        let gazetteer = Gazetteer(text: "city\tzürich\ncompany\tacme corp\n")
        let documents: [[String]] = [
            [], ["a"], ["\u{E9}"], ["I", "a", "Zürich", "é", "Acme", "Corp", "."], ["É", "b", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"],
            ["Ω", "São", "Paulo", "Internationalisation"],
        ]
        try Self.withGuardedPage { start, page in
            for document in documents {
                let (text, tokens) = LabeledSentence(words: document, tags: []).text
                let bytes = Array(text.utf8)
                let expected = Self.described(bytes, tokens: tokens, lexicon: lexicon, gazetteer: gazetteer, cached: false)
                for base in [start, start + page - bytes.count] {
                    for i in bytes.indices { base[i] = bytes[i] }
                    let placed = UnsafeBufferPointer(start: UnsafePointer(base), count: bytes.count)
                    let described = Self.described(placed, tokens: tokens, lexicon: lexicon, gazetteer: gazetteer, cached: true)
                    #expect(described == expected, "\(document)")
                }
            }
        }
    }

    /// The fields of the words of `tokens` of `text` as `EntityTagger.describe` gives them,
    /// with a cache of the tagger's or without one.
    static func described(
        _ text: some Collection<UInt8>, tokens: [Token], lexicon: WordLexicon, gazetteer: Gazetteer, cached: Bool
    ) -> [String] {
        var words = [WordAttributes](repeating: .start, count: tokens.count)
        var cache = WordAttributeCache(slotCount: 64)
        _ = text.withContiguousStorageIfAvailable { text in
            tokens.withUnsafeBufferPointer { tokens in
                words.withUnsafeMutableBufferPointer { words in
                    // An empty text has no address of its own: any address, no token reads it.
                    let base = text.baseAddress ?? UnsafePointer(bitPattern: 8)!
                    withUnsafeMutablePointer(to: &cache) { cache in
                        EntityTagger.describe(
                            base, tokens: tokens, gazetteer: gazetteer, lexicon: lexicon, attributes: cached ? cache : nil, into: words)
                    }
                }
            }
        }
        return words.map(fields)
    }

    @Test func anEntrysPartsFitItsOneHundredAndTwentyEightBytes() {
        // Key (24 bytes), start and attributes at their offsets, each at its type's alignment.
        #expect(WordAttributeCache.Entry.fits)
        #expect(WordAttributeCache.Entry.size == 128)
        #expect(WordAttributeCache.Entry.start % MemoryLayout<Gazetteer.Start>.alignment == 0)
        #expect(WordAttributeCache.Entry.attributes % MemoryLayout<WordAttributes>.alignment == 0)
        #expect(WordAttributeCache.Entry.attributes >= WordAttributeCache.Entry.start + MemoryLayout<Gazetteer.Start>.size)
        // The slot count is rounded up to a power of two, at least one.
        #expect(WordAttributeCache(slotCount: 3).slotCount == 4)
        #expect(WordAttributeCache(slotCount: 0).slotCount == 1)
        #expect(WordAttributeCache().slotCount == WordAttributeCache.defaultSlotCount)
    }

    /// Looks `word` up in `cache` with an empty lexicon and `gazetteer`; its attributes and start.
    static func lookUp(_ word: String, in cache: inout WordAttributeCache, gazetteer: Gazetteer) -> (String, Gazetteer.Start) {
        var start = Gazetteer.Start(hash: 0, categories: 0)
        let attributes = Array(word.utf8).withUnsafeBufferPointer {
            cache.attributes($0.baseAddress!, count: $0.count, lexicon: .empty, gazetteer: gazetteer, start: &start)
        }
        return (fields(attributes), start)
    }

    @Test func aCopyOfACacheKeepsItsOwnEntries() {
        // One slot: a word looked up in a copy overwrites the copy's slot, not the original's.
        let gazetteer = Gazetteer(text: "city\tparis\n")
        var original = WordAttributeCache(slotCount: 1)
        let paris = Self.lookUp("Paris", in: &original, gazetteer: gazetteer)
        var copy = original
        let rome = Self.lookUp("Rome", in: &copy, gazetteer: gazetteer)
        #expect(copy.misses == 2 && copy.hits == 0)
        #expect(Self.lookUp("Paris", in: &original, gazetteer: gazetteer) == paris)
        #expect(original.hits == 1 && original.misses == 1)
        #expect(Self.lookUp("Rome", in: &copy, gazetteer: gazetteer) == rome)
        #expect(copy.hits == 1)
        #expect(paris.1.categories == Gazetteer.city && rome.1.categories == 0)
    }

    @Test func anEmptySlotNeverAnswersAToken() {
        // A fresh entry is all zero bytes: a token of zero bytes (key 0, 0) has a length of at
        // least one, so it misses and is described.
        var cache = WordAttributeCache(slotCount: 2)
        let gazetteer = Gazetteer(text: "")
        for count in 1...WordAttributeCache.longest {
            let word = String(repeating: "\0", count: count)
            let (cached, _) = Self.lookUp(word, in: &cache, gazetteer: gazetteer)
            let uncached = Array(word.utf8).withUnsafeBufferPointer { WordAttributeCache.uncached($0.baseAddress!, count: count, lexicon: .empty) }
            #expect(cached == Self.fields(uncached), "\(count)")
        }
        #expect(cache.hits == 0 && cache.misses == WordAttributeCache.longest)
    }

    /// `describe` writes in place what `attributes` returns, for hits, misses, tokens past the
    /// longest key and an empty token, and counts the same hits and misses.
    @Test func describeWritesWhatAttributesReturns() throws {
        let lexicon = try WordLexicon.bundled()
        let gazetteer = Gazetteer(text: "city\tzürich\ncity\tsão paulo\ncompany\tapple\n")
        let words = ["Apple", "apple", "Zürich", "São", "Mittal’s", "of", ",", "abcdefghijklmnop", "abcdefghijklmnopq", ""]
        // 16 slots for the 9 kept words: some share a slot (misses each pass), some not (hits).
        var described = WordAttributeCache(slotCount: 16)
        var returned = WordAttributeCache(slotCount: 16)
        for _ in 0..<3 {
            for word in words {
                let bytes = Array(word.utf8) + [0]
                var start = Gazetteer.Start(hash: 1, categories: 1)
                var attributes = WordAttributes.start
                bytes.withUnsafeBufferPointer {
                    described.describe(
                        $0.baseAddress!, count: $0.count - 1, lexicon: lexicon, gazetteer: gazetteer, into: &attributes, start: &start)
                }
                var expectedStart = Gazetteer.Start(hash: 0, categories: 0)
                let expected = bytes.withUnsafeBufferPointer {
                    returned.attributes($0.baseAddress!, count: $0.count - 1, lexicon: lexicon, gazetteer: gazetteer, start: &expectedStart)
                }
                #expect(Self.fields(attributes) == Self.fields(expected), "\(word)")
                #expect(start == expectedStart, "\(word)")
            }
        }
        #expect(described.hits == returned.hits && described.misses == returned.misses)
        #expect(described.hits > 0 && described.misses > 0)
    }

    /// A word new to the cache takes its gazetteer start from its own hash (not hashed again)
    /// unless it was read with typographic marks: the start is `Gazetteer.start` of its bytes as
    /// written, on the miss and on the hit after it, for generated words of ASCII and of
    /// precomposed and decomposed accents, Latin-1 capitals (and ×, which does not fold),
    /// typographic quotes and dashes (whole, cut short), other scripts and stray UTF-8 bytes,
    /// of 1 to about 40 bytes; half of the valid ones are listed.
    @Test func aNewWordsStartIsTheGazetteersStartOfItsBytes() throws {
        let lexicon = try WordLexicon.bundled()
        let pieces: [[UInt8]] =
            ["a", "Z", "q", "O", "1", "'", "-", ".", "é", "É", "Ü", "ü", "×", "ß", "e\u{301}", "’", "“", "–", "€", "中", "🙂"]
            .map { Array($0.utf8) } + [[0xE2, 0x80], [0x80], [0xC3], [0xE2]]
        var draws = WordAttributesTests.Draws(state: 2026)
        var words: [[UInt8]] = []
        for _ in 0..<3_000 { words.append((0..<(draws.below(10) + 1)).flatMap { _ in pieces[draws.below(pieces.count)] }) }
        let listed = words.enumerated().compactMap { $0.offset % 2 == 0 ? String(validating: $0.element, as: UTF8.self) : nil }
        let gazetteer = Gazetteer(text: listed.map { "city\t\($0)\n" }.joined())
        var cache = WordAttributeCache(slotCount: 256)
        var listedStarts = 0
        var typographic = 0
        for word in words + words {
            var start = Gazetteer.Start(hash: 0, categories: 0)
            let cached = word.withUnsafeBufferPointer {
                cache.attributes($0.baseAddress!, count: $0.count, lexicon: lexicon, gazetteer: gazetteer, start: &start)
            }
            let expected = word.withUnsafeBufferPointer { gazetteer.start($0.baseAddress!, count: $0.count) }
            #expect(start == expected, "\(word)")
            let uncached = word.withUnsafeBufferPointer { WordAttributeCache.uncached($0.baseAddress!, count: $0.count, lexicon: lexicon) }
            #expect(Self.fields(cached) == Self.fields(uncached), "\(word)")
            if start.categories != 0 { listedStarts += 1 }
            if cached.readsTypographic { typographic += 1 }
        }
        #expect(cache.hits > 0 && cache.misses > 0)
        #expect(listedStarts > 300 && typographic > 100)
    }
}
