import Testing

@testable import GlossHTML

@Suite struct HTMLTagTests {
    func lookup(_ name: String) -> HTMLTag {
        Array(name.utf8 + [0]).withUnsafeBufferPointer { HTMLTag.lookup($0.baseAddress!) }
    }

    @Test func findsKnownNames() {
        #expect(lookup("p") == .p)
        #expect(lookup("h1") == .h1)
        #expect(lookup("article") == .article)
        #expect(lookup("noscript") == .noscript)
        #expect(lookup("textarea") == .textarea)
        #expect(lookup("blockquote") == .blockquote)
        #expect(lookup("figcaption") == .figcaption)
    }

    /// Every tag but `other` is found by its name (the case name is the element name), and
    /// names one letter off are not: the packed table has no false hits.
    @Test func everyNamedTagIsFoundAndNeighboursAreNot() {
        for raw in 1...UInt8.max {
            guard let tag = HTMLTag(rawValue: raw) else { break }
            let name = "\(tag)"
            #expect(lookup(name) == tag, "\(name)")
            #expect(lookup(name + "x") == .other, "\(name)x")
            #expect(lookup(String(name.dropLast()) + "q") == .other, "\(name) with its last letter changed")
        }
    }

    @Test func otherNamesAreOther() {
        #expect(lookup("b") == .other)
        #expect(lookup("custom-element") == .other)
        #expect(lookup("blockquotes") == .other)
        #expect(lookup("blockquott") == .other)
        #expect(lookup("figcaptiom") == .other)
        #expect(lookup("") == .other)
        #expect(lookup("P") == .other)  // libxml2 hands over lowercase names
    }

    @Test func classes() {
        #expect(HTMLTag.p.isBlock && HTMLTag.br.isBlock && HTMLTag.td.isBlock && HTMLTag.li.isBlock)
        #expect(!HTMLTag.a.isBlock && !HTMLTag.span.isBlock && !HTMLTag.other.isBlock)
        #expect(HTMLTag.script.isOpaque && HTMLTag.style.isOpaque && HTMLTag.head.isOpaque)
        #expect(!HTMLTag.p.isOpaque && !HTMLTag.title.isOpaque)
        #expect(HTMLTag.h3.isHeading && !HTMLTag.p.isHeading)
        #expect(HTMLTag.nav.isBoilerplate && HTMLTag.footer.isBoilerplate && !HTMLTag.header.isBoilerplate)
    }

    /// A name in a page's bytes, in any case, finds the tag its lowercased C string does.
    @Test func looksUpNamesInPageBytesInAnyCase() {
        func tag(_ text: String, _ range: Range<Int>) -> HTMLTag {
            Array(text.utf8).withUnsafeBufferPointer { HTMLTag.lookup($0, range) }
        }
        #expect(tag("<DIV class=x>", 1..<4) == .div)
        #expect(tag("<BlockQuote>", 1..<11) == .blockquote)
        #expect(tag("<Meta>", 1..<5) == .meta)
        #expect(tag("<divx>", 1..<5) == .other)
        #expect(tag("<figcaptions>", 1..<12) == .other)
    }
}
