import GlossCore
import GlossStages
import Testing

/// README's "Embedding" snippet, kept compiling and true.
@Suite struct EmbeddingTests {
    @Test func readmeSnippetReadsHTMLFragmentsAndText() throws {
        let pipeline = try StageRegistry.standard.makePipeline(["ingest", "normalize", "tokenize", "sentences", "entities"])
        let records = PipelineRunner(pipeline: pipeline).run([
            .html("<p>Ada Lovelace wrote in London.</p>", id: "page"),
            .text("Grace Hopper worked at Harvard. She liked COBOL.", id: "note"),
        ])
        let documents = records.compactMap(\.document)
        #expect(documents.map(\.id) == ["page", "note"])
        #expect(documents[0].text.contains("Ada Lovelace wrote in London.") && !documents[0].text.contains("<p>"))
        #expect(documents.map(\.sentences.count) == [1, 2])
        let names = documents.map { $0[EntityLayer.self]?.entities.map(\.name) ?? [] }
        #expect(names[0].contains("Ada Lovelace") && names[1].contains("Grace Hopper"))
    }

    @Test func anUndeclaredFragmentIsReadAsHTML() throws {
        let pipeline = try StageRegistry.standard.makePipeline(["ingest"])
        let records = PipelineRunner(pipeline: pipeline).run([.text("<div><p>One.</p><p>Two.</p></div>", id: "f")])
        let text = try #require(records.first?.document?.text)
        #expect(!text.contains("<"))
        #expect(text.contains("One.") && text.contains("Two."))
    }

    /// The "Getting started" article's pipeline and the layers it reads.
    @Test func gettingStartedReadsEachLayer() throws {
        let pipeline = try StageRegistry.standard.makePipeline(
            ["ingest", "normalize", "tokenize", "sentences", "numbers", "entities", "sentiment"])
        let runner = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 2))
        let records = runner.run([
            .html("<article><h1>Rates</h1><p>Prices rose 3.5% in Paris.</p></article>", id: "page"),
            .text("Ada Lovelace was pleased. She wrote to London.", id: "note"),
        ])
        let page = try #require(records.first?.document)
        let note = try #require(records.last?.document)
        #expect(page.sentences.map { String(page.text(of: $0.span)) }.contains("Prices rose 3.5% in Paris."))
        let number = try #require(page[NumberLayer.self]?.mentions.first)
        #expect(page.text(of: number.span) == "3.5%" && number.kind == .percent)
        #expect(page[EntityLayer.self]?.entities.map(\.name).contains("Paris") == true)
        #expect(note.sentences.count == 2 && note.tokens.count == 10)
        let sentiment = try #require(note[SentimentLayer.self])
        #expect(sentiment.score.compound > 0 && sentiment.sentences.count == 2)
        #expect(note[EntityLayer.self]?.entities.first?.name == "Ada Lovelace")
    }
}
