import Testing
@testable import GlossReaders

@Suite struct XMLSnifferTests {
    @Test func skipsDeclarationCommentsAndDoctype() {
        let head = Array("\u{FEFF}<?xml version=\"1.0\"?>\n<!-- c > d -->\n<!DOCTYPE x [<!ENTITY a \"b\">]>\n<rdf:RDF xmlns:rdf=\"r\">".utf8)
        #expect(XMLSniffer.rootElement(head) == "rdf:RDF")
    }

    @Test func findsSelfClosingAndBareRoots() {
        #expect(XMLSniffer.rootElement(Array("<feed/>".utf8)) == "feed")
        #expect(XMLSniffer.rootElement(Array("  <rss version=\"2.0\">".utf8)) == "rss")
    }

    @Test func textOrCutHeadsHaveNoRoot() {
        #expect(XMLSniffer.rootElement(Array("plain text".utf8)) == nil)
        #expect(XMLSniffer.rootElement(Array("<!-- never closed".utf8)) == nil)
        #expect(XMLSniffer.rootElement([]) == nil)
    }
}
