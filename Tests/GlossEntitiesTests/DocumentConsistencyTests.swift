import GlossCore
import Testing

@testable import GlossEntities

@Suite struct DocumentConsistencyTests {
    /// A document of sentences of words with the given tags and confidences.
    static func document(
        _ sentences: [[(String, EntityTag, Float)]]
    ) -> (words: [WordAttributes], tags: [EntityTag], confidence: [Float], ranges: [Range<Int>]) {
        var words: [WordAttributes] = []
        var tags: [EntityTag] = []
        var confidence: [Float] = []
        var ranges: [Range<Int>] = []
        for sentence in sentences {
            ranges.append(words.count..<(words.count + sentence.count))
            for (word, tag, sure) in sentence {
                words.append(WordAttributes(testing: word))
                tags.append(tag)
                confidence.append(sure)
            }
        }
        return (words, tags, confidence, ranges)
    }

    /// Runs the rules over sentences of words with the given tags and confidences.
    static func apply(_ sentences: [[(String, EntityTag, Float)]]) -> [[EntityTag]] {
        let (words, initialTags, initialConfidence, ranges) = document(sentences)
        var tags = initialTags
        var confidence = initialConfidence
        words.withUnsafeBufferPointer { DocumentConsistency.apply($0, sentences: ranges, tags: &tags, confidence: &confidence) }
        return ranges.map { Array(tags[$0]) }
    }

    @Test func aNameTakesTheTypeMostSureOfIt() {
        let tagged = Self.apply([
            [("Firefox", .begin(.organization), 0.9), ("grew", .outside, 1)],
            [("I", .outside, 1), ("use", .outside, 1), ("Firefox", .begin(.location), 0.6)],
            [("Firefox", .begin(.person), 0.5), ("said", .outside, 1)],
        ])
        #expect(tagged.map { $0.first { $0 != .outside } } == [.begin(.organization), .begin(.organization), .begin(.organization)])
    }

    @Test func aTickerIIsNotThePronoun() {
        // First Interstate's ticker "<I>" is an organisation; the "I" of a quote in the same story is no name.
        let tagged = Self.apply([
            [("First", .outside, 1), ("Interstate", .outside, 1), ("<", .outside, 1), ("I", .begin(.organization), 0.9), (">", .outside, 1)],
            [("\"", .outside, 1), ("I", .outside, 1), ("'d", .outside, 1), ("put", .outside, 1), ("it", .outside, 1), ("off", .outside, 1)],
        ])
        #expect(tagged[0][3] == .begin(.organization))
        #expect(tagged[1].allSatisfy { $0 == .outside })
    }

    @Test func aNameFoundOnceIsFoundAgainWithACapital() {
        let tagged = Self.apply([
            [("the", .outside, 1), ("Coalition", .outside, 1), ("Provisional", .begin(.organization), 0.8), ("Authority", .inside(.organization), 0.8)],
            [("Provisional", .outside, 1), ("Authority", .outside, 1), ("rules", .outside, 1)],
            // In lower case, or only part of the name: left alone.
            [("provisional", .outside, 1), ("authority", .outside, 1), ("Provisional", .outside, 1), ("thinking", .outside, 1)],
        ])
        #expect(tagged[1] == [.begin(.organization), .inside(.organization), .outside])
        #expect(tagged[2] == [.outside, .outside, .outside, .outside])
    }

    @Test func theLongestNameBeginningWithAWordWins() {
        let tagged = Self.apply([
            [("Bank", .begin(.organization), 0.9), ("of", .inside(.organization), 0.9), ("Mars", .inside(.organization), 0.9)],
            [("Bank", .begin(.organization), 0.7)],
            [("Bank", .outside, 1), ("of", .outside, 1), ("Mars", .outside, 1), ("and", .outside, 1), ("Bank", .outside, 1)],
        ])
        #expect(tagged[2] == [.begin(.organization), .inside(.organization), .inside(.organization), .outside, .begin(.organization)])
    }

    @Test func anAcronymOfANameIsTheName() {
        let tagged = Self.apply([
            [
                ("the", .outside, 1), ("Housing", .begin(.organization), 0.8), ("Authority", .inside(.organization), 0.8),
                ("of", .inside(.organization), 0.8), ("New", .inside(.organization), 0.8), ("Orleans", .inside(.organization), 0.8),
            ],
            // The initials of its capitalised words, in capitals: tagged; in lower case, or
            // already part of a name: left alone.
            [("HANO", .outside, 1), ("said", .outside, 1), ("hano", .outside, 1)],
            [("Visit", .outside, 1), ("HANO", .outside, 1), ("Tower", .outside, 1)],
        ])
        #expect(tagged[1] == [.begin(.organization), .outside, .outside])
        #expect(tagged[2][1] == .begin(.organization))
        // One capitalised word has no acronym: "Orleans" alone gives nothing to "O".
        #expect(Self.apply([[("Orleans", .begin(.location), 0.9)], [("O", .outside, 1)]])[1] == [.outside])
    }

    @Test func twoLettersStandForPlacesAndOrganisationsOnly() {
        let tagged = Self.apply([
            [("United", .begin(.location), 0.9), ("States", .inside(.location), 0.9)],
            [("Ursula", .begin(.person), 0.9), ("Smith", .inside(.person), 0.9)],
            [("US", .outside, 1), ("and", .outside, 1), ("SU", .outside, 1)],
        ])
        #expect(tagged[2] == [.begin(.location), .outside, .outside])
    }

    @Test func aReTypedMentionIsAsSureAsItsNamesVotes() {
        let words = ["Firefox", "Firefox"].map(WordAttributes.init(testing:))
        var tags: [EntityTag] = [.begin(.organization), .begin(.location)]
        var confidence: [Float] = [0.9, 0.5]
        words.withUnsafeBufferPointer { DocumentConsistency.apply($0, sentences: [0..<1, 1..<2], tags: &tags, confidence: &confidence) }
        #expect(tags == [.begin(.organization), .begin(.organization)])
        // ORG had 0.9 of two mentions' votes; the first mention keeps its own confidence.
        #expect(confidence == [0.9, 0.45])
    }

    @Test func firstWordsHoldEveryFirstWordGiven() {
        let hashes = (0..<300).map { WordAttributes(testing: "Name\($0)").word }
        let filter = DocumentConsistency.FirstWords(hashes.prefix(100))
        #expect(hashes.prefix(100).allSatisfy { filter.contains($0) })
        // 1,024 bits for 100 words: most other words are turned away.
        #expect(hashes.dropFirst(100).filter { filter.contains($0) }.count < 50)
        #expect(!DocumentConsistency.FirstWords([UInt64]()).contains(hashes[0]))
    }

    @Test func aNameIsFoundAgainAfterWordsThatBeginNone() {
        // "Federal" begins no name: no lookups from it, and "Reserve Bank" after it is still found.
        let tagged = Self.apply([
            [("Reserve", .begin(.organization), 0.8), ("Bank", .inside(.organization), 0.8), ("rose", .outside, 1)],
            [("The", .outside, 1), ("Federal", .outside, 1), ("Reserve", .outside, 1), ("Bank", .outside, 1), ("Reserve", .outside, 1)],
        ])
        #expect(tagged[1] == [.outside, .outside, .begin(.organization), .inside(.organization), .outside])
    }

    /// Fills stack below the caller with `value`, so that a later call's uninitialised
    /// temporary memory at the same depth reads it (how the test below shows a read of keys
    /// never built; debug builds lay the frames out the same each run).
    @inline(never) static func fillStack(with value: UInt64) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 4096) { $0.initialize(repeating: value) }
    }

    @Test func anAcronymIsFoundWhenEveryNameIsLongerThanThoseLookedFor() {
        // A 14-word name (longer than `longestPropagated`: no runs are keyed) whose first word is
        // its acronym's letters: the all-capitals word begins a name, yet no key was built for it,
        // and whatever the scratch held must not count as a one-word name.
        let name = [
            "Fbintciumswbms", "Bureau", "Investigation", "National", "Trade", "Commerce", "Industry", "Union", "Mining",
            "Steel", "Workers", "Builders", "Makers", "Sellers",
        ]
        #expect(name.count > DocumentConsistency.longestPropagated)
        let words = (name + ["FBINTCIUMSWBMS", "agreed"]).map(WordAttributes.init(testing:))
        var tags: [EntityTag] = [.begin(.organization)] + Array(repeating: .inside(.organization), count: name.count - 1) + [.outside, .outside]
        var confidence = [Float](repeating: 0.8, count: words.count)
        let sentences = [0..<name.count, name.count..<words.count]
        tags.withUnsafeMutableBufferPointer { tags in
            confidence.withUnsafeMutableBufferPointer { confidence in
                words.withUnsafeBufferPointer { words in
                    let nameKey = DocumentConsistency.key(words, 0..<name.count)
                    for _ in 0..<8 {
                        for i in sentences[1] { tags[i] = .outside }
                        Self.fillStack(with: nameKey)
                        DocumentConsistency.apply(words, sentences: sentences, tags: tags.baseAddress!, confidence: confidence.baseAddress!)
                        #expect(Array(tags[sentences[1]]) == [.begin(.organization), .outside])
                    }
                }
            }
        }
    }
}

@Suite struct DocumentConsistencyKeptTablesTests {
    /// Runs the rules over one document's sentences in `tables`, returning tags and confidences.
    static func apply(
        _ sentences: [[(String, EntityTag, Float)]], tables: inout DocumentConsistency.Tables
    ) -> (tags: [EntityTag], confidence: [Float]) {
        let (words, initialTags, initialConfidence, ranges) = DocumentConsistencyTests.document(sentences)
        var tags = initialTags
        var confidence = initialConfidence
        tags.withUnsafeMutableBufferPointer { tags in
            confidence.withUnsafeMutableBufferPointer { confidence in
                words.withUnsafeBufferPointer { words in
                    DocumentConsistency.apply(
                        words, sentences: ranges, tags: tags.baseAddress!, confidence: confidence.baseAddress!, tables: &tables)
                }
            }
        }
        return (tags, confidence)
    }

    /// Tables kept from one document to the next (as a worker keeps them) give each document
    /// what new tables give it: an earlier document's names, votes and acronyms do not count,
    /// nor does a document with no names leave the one before it in the tables.
    @Test func keptTablesGiveWhatNewOnesGive() {
        let documents: [[[(String, EntityTag, Float)]]] = [
            [
                [("Coalition", .begin(.organization), 0.9), ("Provisional", .inside(.organization), 0.9), ("Authority", .inside(.organization), 0.9)],
                [("Firefox", .begin(.person), 0.7), ("and", .outside, 1), ("CPA", .outside, 1), ("met", .outside, 1)],
            ],
            // No names: the tables must not keep the last document's.
            [[("Firefox", .outside, 1), ("and", .outside, 1), ("CPA", .outside, 1), ("met", .outside, 1)]],
            [
                [("Firefox", .begin(.location), 0.6), ("grew", .outside, 1)],
                [("Firefox", .outside, 1), ("CPA", .outside, 1), ("Firefox", .begin(.organization), 0.9)],
            ],
            // Many names, so the kept tables grow, then a small document after them.
            [(0..<300).map { ("Name\($0)", EntityTag.begin(.person), Float(0.5)) } + [("said", .outside, 1)]],
            [[("Name7", .outside, 1), ("Zed", .begin(.organization), 0.8), ("Zed", .outside, 1)]],
        ]
        var kept = DocumentConsistency.Tables()
        for (d, document) in documents.enumerated() {
            var fresh = DocumentConsistency.Tables()
            let expected = Self.apply(document, tables: &fresh)
            let got = Self.apply(document, tables: &kept)
            #expect(got.tags == expected.tags, "document \(d)")
            #expect(got.confidence == expected.confidence, "document \(d)")
        }
        // The second document found nothing of the first's names.
        var fresh = DocumentConsistency.Tables()
        #expect(Self.apply(documents[1], tables: &fresh).tags.allSatisfy { $0 == .outside })
    }

    /// A window of more names than `Tables.namesKept` gives its tables back after it (kept, they
    /// would stay for good); a smaller one leaves them for the next window.
    @Test func aLargeWindowsTablesAreGivenBack() {
        var tables = DocumentConsistency.Tables()
        let small = [(0..<300).map { ("Name\($0)", EntityTag.begin(.person), Float(0.5)) }]
        _ = Self.apply(small, tables: &tables)
        tables.release()
        #expect(tables.spans.capacity >= 300)
        let count = DocumentConsistency.Tables.namesKept + 10
        let large = [(0..<count).map { ("Name\($0)", EntityTag.begin(.person), Float(0.5)) }]
        let got = Self.apply(large, tables: &tables)
        tables.release()
        #expect(tables.spans.capacity == 0 && tables.names.values.capacity == 0 && tables.acronyms.values.capacity == 0)
        var fresh = DocumentConsistency.Tables()
        #expect(got.tags == Self.apply(large, tables: &fresh).tags)
    }
}
