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

    /// A reader's record: what it parses when the input is read, with a coded error kept.
    struct Refusal: Error, CustomStringConvertible, CodedError {
        var description: String { "not a record" }
        var code: ErrorCode { "acme.invalid" }
    }

    @Test func recordsFillMetadataAndMayNameTheirId() throws {
        let input = DocumentInput(id: "f:1", source: "f", payload: .record({ metadata in
            metadata.title = "T"
            metadata.contentType = "text/html"
            return ("<p>x</p>", "42")
        }))
        let document = try input.makeDocument(textIsGiven: false, maxBytes: 1000)
        #expect(document.id == "42" && document.source == "f")
        #expect(document.raw == Array("<p>x</p>".utf8))
        #expect(document.metadata.title == "T" && document.metadata.contentType == "text/html")
        let unnamed = DocumentInput(id: "f:2", payload: .record({ _ in ("plain", nil) }))
        #expect(try unnamed.makeDocument(textIsGiven: true, maxBytes: 100).id == "f:2")
    }

    @Test func aRecordsErrorKeepsItsCodeAndItsSizeIsBounded() {
        let refused = DocumentInput(id: "f:1", payload: .record({ _ in throw Refusal() }))
        let failure = #expect(throws: DocumentFailure.self) { _ = try refused.makeDocument(textIsGiven: false, maxBytes: 100) }
        #expect(failure?.message == "not a record" && failure?.code == "acme.invalid" && failure?.stage == "read")
        let large = DocumentInput(id: "f:2", payload: .record({ _ in (String(repeating: "a", count: 101), nil) }))
        let tooLarge = #expect(throws: DocumentFailure.self) { _ = try large.makeDocument(textIsGiven: false, maxBytes: 100) }
        #expect(tooLarge?.code == .readTooLarge)
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
