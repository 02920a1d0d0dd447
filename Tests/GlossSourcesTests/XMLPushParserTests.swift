import Foundation
@testable import GlossSources
import Testing

/// Records every event, for assertions on what the parser delivers.
private final class Recorder: XMLEventHandler {
    var events: [String] = []
    var text = ""

    func startElement(_ name: XMLName, attributes: [String: String]) {
        let attributeList = attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        events.append("<\(name.qualified)\(attributeList.isEmpty ? "" : " " + attributeList)>")
    }

    func endElement(_ name: XMLName) { events.append("</\(name.qualified)>") }

    func text(_ bytes: [UInt8]) {
        let run = String(decoding: bytes, as: UTF8.self)
        events.append(run)
        text += run
    }
}

@Suite struct XMLPushParserTests {
    private func parse(_ document: String, chunkSize: Int = 1 << 16) -> (Recorder, XMLPushParser) {
        let recorder = Recorder()
        let parser = XMLPushParser(handler: recorder)
        let bytes = Array(document.utf8)
        var start = 0
        while start < bytes.count {
            parser.feed(Array(bytes[start..<min(start + chunkSize, bytes.count)]))
            start += chunkSize
        }
        parser.finish()
        return (recorder, parser)
    }

    @Test func textSplitAcrossChunksAndEntitiesArrivesWhole() {
        let (recorder, parser) = parse("<a x='1 &amp; 2'>fish &amp; chips<![CDATA[ <b> ]]>ok</a>", chunkSize: 3)
        #expect(parser.failure == nil)
        #expect(recorder.events == ["<a x=1 & 2>", "fish & chips <b> ok", "</a>"])
    }

    @Test func prefixesStayInTheQualifiedName() {
        let (recorder, _) = parse(#"<r xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Ann</dc:creator></r>"#)
        #expect(recorder.events == ["<r>", "<dc:creator>", "Ann", "</dc:creator>", "</r>"])
    }

    @Test func firstFatalErrorNamesLineAndProblem() {
        let (recorder, parser) = parse("<a>\n<b>one</b>\n<c>two</d>\n<e>three</e></a>")
        #expect(parser.failure?.line == 3)
        #expect(parser.failure?.problem.contains("mismatch") == true)
        #expect(recorder.text.contains("one"))
        #expect(!recorder.text.contains("three"))
    }

    @Test func unclosedDocumentFailsAtFinish() {
        let (_, parser) = parse("<a><b>text</b>")
        #expect(parser.failure != nil)
    }

    @Test func externalEntityIsNeverRead() throws {
        let fixtures = XMLFixtures()
        let secret = fixtures.write("secret.txt", "TOP-SECRET-CONTENT")
        let (recorder, _) = parse("""
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY x SYSTEM "file://\(secret)">]>
            <r>before &x; after</r>
            """)
        #expect(!recorder.text.contains("TOP-SECRET"))
        #expect(recorder.text.contains("before"))
    }

    @Test func externalDTDIsNeverRead() {
        let fixtures = XMLFixtures()
        let dtd = fixtures.write("evil.dtd", #"<!ENTITY leak "DTD-WAS-LOADED">"#)
        let (recorder, _) = parse("<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"file://\(dtd)\">\n<r>x &leak; y</r>")
        #expect(!recorder.text.contains("DTD-WAS-LOADED"))
    }

    @Test func entityBombEndsWithAnError() {
        var declarations = #"<!ENTITY a0 "lollollollollollollollollollol">"#
        for level in 1...12 {
            let previous = String(repeating: "&a\(level - 1);", count: 10)
            declarations += "\n<!ENTITY a\(level) \"\(previous)\">"
        }
        let (recorder, parser) = parse("<?xml version=\"1.0\"?>\n<!DOCTYPE r [\(declarations)]>\n<r>&a12;</r>")
        #expect(parser.failure != nil)
        #expect(recorder.text.utf8.count < 1 << 20)
    }

    @Test func declaredInternalEntitiesExpandAndUndeclaredOnesFail() {
        let (recorder, parser) = parse("<!DOCTYPE r [<!ENTITY co \"Acme\">]><r>A &co; B &co;</r>")
        #expect(parser.failure == nil)
        #expect(recorder.text == "A Acme B Acme")
        let (_, undeclared) = parse("<r>A &madeup; B</r>")
        #expect(undeclared.failure?.problem.contains("madeup") == true)
    }

    @Test func htmlEntitiesAreReadEvenUndeclared() {
        let (recorder, parser) = parse("<r t=\"caf&eacute;\">A&nbsp;B &mdash; &eacute;t&eacute; &amp; &#233;</r><!-- end -->")
        #expect(parser.failure == nil)
        #expect(recorder.text == "A\u{00A0}B — été & é")
        #expect(recorder.events.first == "<r t=café>")
        let attribute = Array("a &#38; b &co; &eacute;&; &".utf8).withUnsafeBufferPointer { XMLPushParser.decodeAttribute($0) }
        #expect(attribute == "a & b &co; é&; &")
        // Many references are many characters, not an amplification error.
        let (many, manyParser) = parse("<r>" + String(repeating: "a&nbsp;", count: 100_000) + "</r>")
        #expect(manyParser.failure == nil)
        #expect(many.text.unicodeScalars.count == 200_000)
        // A declared entity of the same name wins.
        let (declared, _) = parse("<!DOCTYPE r [<!ENTITY nbsp \"(space)\">]><r>a&nbsp;b</r>")
        #expect(declared.text == "a(space)b")
    }

    @Test func nestingDeeperThanTheBoundStopsTheParseWithItsCode() {
        let depth = 50_000
        let document = String(repeating: "<a>", count: depth) + "x" + String(repeating: "</a>", count: depth)
        let (recorder, parser) = parse(document)
        #expect(parser.failure?.code == .xmlDepthLimit)
        #expect(recorder.events.count <= XMLPushParser.maxDepth + 1)
    }

    @Test func nestingUpToTheBoundIsRead() {
        let depth = XMLPushParser.maxDepth
        let document = String(repeating: "<a>", count: depth) + "x" + String(repeating: "</a>", count: depth)
        let (recorder, parser) = parse(document)
        #expect(parser.failure == nil)
        #expect(recorder.text == "x")
    }

    @Test func entitiesExpandedOverAndOverStopTheParseWithItsCode() {
        // 3.5 KB of entity text referenced 3,000 times: 10 MB of text from a 20 KB file.
        let body = String(repeating: "&e;", count: 3_000)
        let document = "<!DOCTYPE r [<!ENTITY e \"\(String(repeating: "x", count: 3_500))\">]><r>\(body)</r>"
        let (recorder, parser) = parse(document)
        #expect(parser.failure?.code == .xmlEntityLimit)
        #expect(recorder.text.utf8.count <= document.utf8.count + XMLPushParser.maxTextGrowth)
    }

    @Test func aFewDeclaredEntitiesAreExpanded() {
        let (recorder, parser) = parse("<!DOCTYPE r [<!ENTITY e \"long text\">]><r>&e; and &e;</r>")
        #expect(parser.failure == nil)
        #expect(recorder.text == "long text and long text")
    }
}
