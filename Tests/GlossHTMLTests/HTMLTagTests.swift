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
        #expect(HTMLTag.img.isVoid && HTMLTag.embed.isVoid && HTMLTag.input.isVoid && !HTMLTag.p.isVoid)
    }

    /// Every tag's raw value fits a group's 128 bits, and each group holds its tags, in either
    /// half of the bits, and no other.
    @Test func groupsHoldTheirTagsAndNoOthers() {
        let tags = (0...UInt8.max).compactMap(HTMLTag.init(rawValue:))
        #expect(tags.count > 64 && tags.allSatisfy { $0.rawValue < 128 })
        let voids: Set<HTMLTag> = [.img, .br, .hr, .meta, .link, .base, .source, .input, .embed]
        let group = HTMLTag.Group(Array(voids))
        for tag in tags {
            #expect(group.contains(tag) == voids.contains(tag), "\(tag)")
            #expect(HTMLTag.Group([tag]).contains(tag) && !HTMLTag.Group([]).contains(tag))
        }
        // The constant bits are the groups' lists.
        #expect(HTMLTag.void == group)
        #expect(
            HTMLTag.blocks
                == HTMLTag.Group([
                    .p, .h1, .h2, .h3, .h4, .h5, .h6, .li, .dt, .dd, .blockquote, .pre, .td, .th, .caption, .figcaption,
                    .address, .summary, .div, .section, .article, .main, .ul, .ol, .dl, .table, .tbody, .thead, .tfoot,
                    .tr, .figure, .center, .details, .fieldset, .nav, .header, .footer, .aside, .form, .menu, .dialog,
                    .br, .hr, .body, .title, .html, .option, .label,
                ]))
        #expect(
            HTMLTag.opaque
                == HTMLTag.Group([
                    .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas, .select,
                    .option, .button, .textarea, .audio, .video, .head,
                ]))
        #expect(HTMLTag.headings == HTMLTag.Group([.h1, .h2, .h3, .h4, .h5, .h6]))
        #expect(HTMLTag.boilerplate == HTMLTag.Group([.nav, .footer, .aside, .form, .menu, .dialog]))
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
