import GlossCore
import GlossStages
import Testing

@testable import GlossEntities

@Suite struct TaggerCachesTests {
    @Test func aPoolLendsACacheSetToOneCallerAtATime() {
        let pool = TaggerCaches.Pool(slotCount: 16)
        let model = WordScoreCacheTests.randomModel(seed: 2)
        let word = WordAttributes(testing: "Paris")
        pool.withCaches { outer in
            _ = outer.scores.ownSums(word, model: model)
            // A nested caller gets another set, not the one lent out.
            pool.withCaches { inner in
                #expect(inner.scores.hits + inner.scores.misses == 0)
                #expect(inner.scores.slotCount == 16 && inner.attributes.slotCount == 16)
            }
        }
        // Both came back; the next caller gets the last one given back: the outer, warm one.
        #expect(pool.keptNow == 2)
        pool.withCaches { lent in
            _ = lent.scores.ownSums(word, model: model)
            #expect(lent.scores.hits == 1)
        }
    }

    /// Sets are made only for callers at once and all kept: twelve nested callers twice make
    /// twelve sets, not more (review11 saw 53 sets built at 16 jobs while 8 were kept).
    @Test func aPoolKeepsEverySetItMade() {
        let pool = TaggerCaches.Pool(slotCount: 4)
        func nest(_ depth: Int) {
            guard depth > 0 else { return }
            pool.withCaches { _ in nest(depth - 1) }
        }
        nest(12)
        nest(12)
        #expect(pool.keptNow == 12 && pool.madeCount == 12)
    }

    /// The lattice's scratch is carried from one document to the next (`TaggerCaches.scratch`):
    /// a document tagged after a longer one, whose scratch holds what no decoding writes (NaN
    /// scores, rows past any table, every rule `.scored`), is tagged as by a fresh tagger.
    @Test func aScratchLeftByAnotherDocumentChangesNoTag() {
        let model = WordScoreCacheTests.randomModel(seed: 13)
        let gazetteer = Gazetteer(text: "city\tparis\ngiven\ttim\n")
        let warm = EntityTagger(model: model, gazetteer: gazetteer)
        let long = [WordScoreCacheTests.sentences.flatMap { $0 } + WordScoreCacheTests.sentences.flatMap { $0 }]
        _ = warm.tags(inDocument: long)
        warm.caches.withCaches { lent in
            let scratch = lent.scratch
            #expect(scratch.rules.count >= long[0].count)
            lent.scratch.rules = [TagLattice.Rule](repeating: .scored, count: scratch.rules.count)
            lent.scratch.rows = [UInt32](repeating: .max, count: scratch.rows.count)
            lent.scratch.counts = [Int](repeating: .max, count: scratch.counts.count)
            lent.scratch.floats = [Float](repeating: .nan, count: scratch.floats.count)
        }
        let expected = EntityTagger(model: model, gazetteer: gazetteer).tags(inDocument: WordScoreCacheTests.sentences)
        let again = warm.tags(inDocument: WordScoreCacheTests.sentences)
        #expect(warm.caches.madeCount == 1)
        #expect(expected.map(\.tags) == again.map(\.tags))
        #expect(expected.map { $0.confidence.map(\.bitPattern) } == again.map { $0.confidence.map(\.bitPattern) })
        #expect(expected.contains { $0.tags.contains { $0 != .outside } })
    }

    /// A document's arrays are kept for the next one (`DocumentBuffers`): prepared again they
    /// read as fresh arrays would (every tag O, every confidence 0, every word `.start`), in
    /// the same storage.
    @Test func documentBuffersPreparedAgainReadAsFresh() {
        var buffers = DocumentBuffers()
        let sentences = [Sentence(span: Span(start: 0, end: 1), tokens: 0..<3), Sentence(span: Span(start: 1, end: 2), tokens: 3..<5)]
        buffers.prepare(tokenCount: 5, sentences: sentences)
        buffers.withWindow(words: 5) { words, tags, confidence, _ in
            for i in 0..<5 {
                words[i] = WordAttributes(testing: "Paris")
                tags[i] = .begin(.location)
                confidence[i] = .nan
            }
        }
        let storage = buffers.tags.withUnsafeBufferPointer { $0.baseAddress }
        buffers.prepare(tokenCount: 4, sentences: [Sentence(span: Span(start: 0, end: 1), tokens: 0..<4)])
        #expect(buffers.ranges == [0..<4])
        #expect(buffers.tags == [EntityTag](repeating: .outside, count: 4))
        #expect(buffers.confidence.map(\.bitPattern) == [Float](repeating: 0, count: 4).map(\.bitPattern))
        #expect(buffers.tags.withUnsafeBufferPointer { $0.baseAddress } == storage)
        buffers.withWindow(words: 4) { words, _, _, _ in
            #expect(words.allSatisfy { $0.word == WordAttributes.start.word && $0.flags == WordAttributes.start.flags })
        }
    }

    /// A window sees exactly its own count of words, each `.start`, whether the window before
    /// it was larger (its words' array is kept, only its first words filled again) or smaller
    /// (a larger array is made).
    @Test func aWindowSeesItsCountOfFreshWords() {
        var buffers = DocumentBuffers()
        buffers.prepare(tokenCount: 6, sentences: [])
        func fillAndCheck(_ count: Int) -> UnsafeMutablePointer<WordAttributes>? {
            buffers.withWindow(words: count) { words, _, _, _ in
                #expect(words.count == count)
                #expect(words.allSatisfy { $0.word == WordAttributes.start.word && $0.flags == WordAttributes.start.flags })
                for i in words.indices { words[i] = WordAttributes(testing: "Paris") }
                return words.baseAddress
            }
        }
        _ = fillAndCheck(3)
        let larger = fillAndCheck(6)
        #expect(fillAndCheck(2) == larger)
        #expect(fillAndCheck(6) == larger)
        _ = fillAndCheck(0)
        _ = fillAndCheck(1)
    }

    /// The arrays of a document of more than `tokensKept` tokens are given back after it, those
    /// of a smaller one kept.
    @Test func onlyAModerateDocumentsArraysAreKept() {
        var buffers = DocumentBuffers()
        buffers.prepare(tokenCount: 100, sentences: [])
        buffers.release()
        #expect(buffers.tags.capacity >= 100)
        buffers.prepare(tokenCount: DocumentBuffers.tokensKept + 1, sentences: [])
        buffers.release()
        #expect(buffers.tags.capacity == 0 && buffers.confidence.capacity == 0)
    }

    /// A recogniser whose worker tagged a longer document (and a document in windows) before
    /// finds in a document what a fresh recogniser finds, with the same confidences.
    @Test func aDocumentAfterAnotherFindsWhatAFreshRecogniserFinds() throws {
        func sentenced(_ text: String) throws -> Document {
            var document = Document(id: "t", text: text)
            try Tokenizer().process(&document)
            try SentenceSplitter().process(&document)
            return document
        }
        let long = try sentenced(String(repeating: "Ana Torres of Acme Corp met Bukele in San Salvador on Monday. ", count: 40))
        let short = try sentenced("Paris said on Monday. The Bank of France and Ana Torres flew to Berlin.")
        let expected = try EntityRecognizer().findMentions(in: short)
        let warm = EntityRecognizer(tagger: try EntityTagger.bundled())
        _ = warm.findMentions(in: long)
        _ = warm.findMentions(in: long, tokensAtOnce: 7)
        let again = warm.findMentions(in: short)
        #expect(warm.tagger.caches.madeCount == 1)
        #expect(again.map(\.span) == expected.map(\.span) && again.map(\.type) == expected.map(\.type))
        #expect(again.map(\.confidence.bitPattern) == expected.map(\.confidence.bitPattern))
        #expect(expected.count >= 3)
    }
}
