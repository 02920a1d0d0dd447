import GlossCore
@testable import GlossSources
import Testing

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

    @Test func utf16HeadsAreSniffedWithOrWithoutAByteOrderMark() {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel/></rss>"
        let little = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(XMLSniffer.rootElement([0xFF, 0xFE] + little) == "rss")
        #expect(XMLSniffer.rootElement([0xFE, 0xFF] + big) == "rss")
        #expect(XMLSniffer.rootElement(little) == "rss")
        #expect(XMLSniffer.rootElement(big) == "rss")
    }

    @Test func aPrologLongerThanTheHeadIsReadFromTheFile() throws {
        let fixtures = XMLFixtures()
        let comment = "<!-- " + String(repeating: "licence text ", count: 1_000) + "-->"
        let doctype = "<!DOCTYPE rss [" + String(repeating: "<!ENTITY x \"y\">", count: 500) + "]>"
        for prolog in [comment, doctype] {
            let text = "<?xml version=\"1.0\"?>\(prolog)<rss version=\"2.0\"><channel/></rss>"
            let path = fixtures.write("long.xml", text)
            let head = FileReader.head(path: path, count: ContainerLimits.headBytes)
            #expect(XMLSniffer.rootElement(head) == nil)
            #expect(XMLSniffer.rootElement(head, path: path) == "rss")
        }
    }
}
