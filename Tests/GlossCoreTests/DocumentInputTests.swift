import GlossCore
import Testing

@Suite struct DocumentInputTests {
    @Test func textInputsBecomeRawBytesUnlessTextIsGiven() throws {
        let input = DocumentInput.text("héllo", id: "t")
        let raw = try input.makeDocument(textIsGiven: false, maxBytes: 100)
        #expect(raw.raw == Array("héllo".utf8) && !raw.present.contains(.text))
        let text = try input.makeDocument(textIsGiven: true, maxBytes: 100)
        #expect(text.text == "héllo" && text.present.contains(.text))
    }

    @Test func jsonRecordsFillMetadata() throws {
        let line = #"{"id": 42, "html": "<p>x</p>", "url": "https://e.org/a", "authors": ["A", "B"], "lang": "en"}"#
        let input = DocumentInput(id: "f.jsonl:1", payload: .jsonRecord(Array(line.utf8)))
        let document = try input.makeDocument(textIsGiven: false, maxBytes: 1000)
        #expect(document.id == "42")
        #expect(document.metadata.url == "https://e.org/a" && document.metadata.authors == ["A", "B"])
        #expect(document.metadata.language == "en" && document.metadata.contentType == "text/html")
    }

    @Test func recordsWithoutTextAreRefused() {
        let input = DocumentInput(id: "f.jsonl:1", payload: .jsonRecord(Array(#"{"title": "no body"}"#.utf8)))
        let failure = #expect(throws: DocumentFailure.self) { _ = try input.makeDocument(textIsGiven: false, maxBytes: 100) }
        #expect(failure?.message == #"record has no "text" or "html" string field"#)
        #expect(failure?.stage == "read")
    }

    @Test func htmlInputsDeclareTheirType() throws {
        let input = DocumentInput.html("<b>bold</b> words", id: "h", source: "memory")
        let document = try input.makeDocument(textIsGiven: false, maxBytes: 100)
        #expect(document.metadata.contentType == "text/html" && document.source == "memory")
        #expect(document.raw == Array("<b>bold</b> words".utf8))
        var metadata = Metadata()
        metadata.contentType = "application/xhtml+xml"
        #expect(DocumentInput.html("<p>x</p>", id: "x", metadata: metadata).metadata.contentType == "application/xhtml+xml")
        metadata.contentType = "text/plain"
        #expect(DocumentInput.html("<p>x</p>", id: "x", metadata: metadata).metadata.contentType == "text/html")
    }

    @Test func textInputsLeaveTheTypeUndeclared() {
        let input = DocumentInput.text("<p>x</p>", id: "t", source: "notes.txt")
        #expect(input.metadata.contentType == nil && input.source == "notes.txt")
    }
}
