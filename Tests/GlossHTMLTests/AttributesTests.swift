import Foundation
import GlossCore
import Testing

@testable import GlossHTML

/// What attributes say about an element, read through the parser (attributes live only during
/// libxml2's start-element event).
@Suite struct AttributesTests {
    func node(_ html: String, _ tag: HTMLTag) -> Page.Node? {
        HTMLTest.page(html).nodes.first { $0.tag == tag }
    }

    @Test func byteValuesAreClassAndIDInAnyCase() {
        let names: [(String, Attributes.ByteValue?)] = [
            ("class", .class), ("ID", .id), ("Class", .class), ("style", nil), ("idx", nil), ("classes", nil), ("i", nil),
            ("data-id", nil),
        ]
        for (name, expected) in names {
            #expect(Array(name.utf8).withUnsafeBufferPointer { Attributes.byteValue($0, 0..<$0.count) } == expected, "\(name)")
        }
    }

    /// `reading` compares names a word at a time: it agrees with a byte-by-byte comparison that
    /// lowers ASCII capitals alone, on every case of the names it knows, on those names with one
    /// byte changed to each of the 256 (the bytes one bit away from a letter, `-` against CR),
    /// and on random bytes of those lengths; where the name sits in a larger page too.
    @Test func readingAgreesWithAByteComparison() {
        let known: [(String, Attributes.Reading)] = [
            ("id", .bytes(.id)), ("rel", .string), ("class", .bytes(.class)), ("style", .string), ("hidden", .string),
            ("itemprop", .string), ("aria-hidden", .string),
        ]
        func reference(_ bytes: [UInt8]) -> Attributes.Reading {
            let lowered = bytes.map { $0 &- UInt8(ascii: "A") < 26 ? $0 | 0x20 : $0 }
            return known.first { Array($0.0.utf8) == lowered }?.1 ?? .unread
        }
        func read(_ bytes: [UInt8], padding: Int) -> Attributes.Reading {
            let page = Array(repeating: UInt8(ascii: "x"), count: padding) + bytes + Array(repeating: UInt8(ascii: "y"), count: padding)
            return page.withUnsafeBufferPointer { Attributes.reading($0, padding..<padding + bytes.count) }
        }
        var names: [[UInt8]] = []
        for (name, _) in known {
            let bytes = Array(name.utf8)
            for mask in 0..<(1 << min(bytes.count, 11)) {  // every mix of capitals
                names.append(bytes.enumerated().map { $1 &- UInt8(ascii: "a") < 26 && mask & (1 << $0) != 0 ? $1 & ~0x20 : $1 })
            }
            for position in bytes.indices {
                for byte in 0...255 {
                    var changed = bytes
                    changed[position] = UInt8(byte)
                    names.append(changed)
                }
            }
        }
        var random = SplitMix64(seed: 23)
        for length in [2, 3, 5, 6, 8, 11, 1, 4, 7] {
            for _ in 0..<500 { names.append((0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }) }
        }
        var mismatches = 0
        for name in names {
            let expected = reference(name)
            for padding in [0, 3] where read(name, padding: padding) != expected {
                mismatches += 1
                Issue.record("\(name) padding \(padding): \(read(name, padding: padding)) against \(expected)")
            }
        }
        #expect(mismatches == 0)
        #expect(names.count > 10_000)
        #expect(Array("x".utf8).withUnsafeBufferPointer { Attributes.reading($0, 0..<2) } == .unread)  // past the page: no read
    }

    /// A list as libxml2 hands it over, from C strings (nil: an attribute with no value).
    func withList<T>(_ pairs: [(String, String?)], _ body: (Attributes) -> T) -> T {
        let strings = pairs.flatMap { [$0.0, $0.1] }.map { word in
            word.map { word in word.withCString { UnsafePointer<UInt8>(UnsafeRawPointer(strdup($0)!).assumingMemoryBound(to: UInt8.self)) } }
        }
        defer { strings.forEach { $0.map { free(UnsafeMutableRawPointer(mutating: $0)) } } }
        var list = strings + [nil, nil]
        return list.withUnsafeMutableBufferPointer { body(Attributes(list: $0.baseAddress)) }
    }

    /// `class=""` read by libxml2 where the value was cut: the page's bytes take its place.
    @Test func readsPageValuesInPlaceOfTheEmptyOnesLibxml2Read() {
        let page = Array("<div class=\"byline lead\" id=\"main\">".utf8)
        page.withUnsafeBufferPointer { page in
            let bytes = Attributes.PageBytes(
                classValue: UnsafeBufferPointer(rebasing: page[12..<23]), idValue: UnsafeBufferPointer(rebasing: page[29..<33]))
            withUnsafePointer(to: bytes) { bytes in
                withList([("class", ""), ("hidden", nil), ("id", "")]) { list in
                    var attributes = list
                    #expect(attributes.traits.classValue?.count == 0)
                    attributes.pageBytes = bytes
                    #expect(attributes.traits.classValue.map { String(decoding: $0, as: UTF8.self) } == "byline lead")
                    #expect(attributes.traits.idValue.map { String(decoding: $0, as: UTF8.self) } == "main")
                    #expect(attributes.traits.hidden)
                }
                // The page's bytes stand only for the empty value libxml2 read for a cut one.
                withList([("id", "")]) { list in
                    var attributes = list
                    attributes.pageBytes = bytes
                    #expect(attributes.traits.classValue == nil)
                    #expect(attributes.traits.idValue?.count == 4)
                }
            }
        }
    }

    /// libxml2 keeps the first attribute of a name: where a bare or unquoted `class` comes before
    /// the cut one, its value (or none) is the list's, and the page's answer too.
    @Test func keepsTheValueLibxml2KeptBeforeACutOne() {
        let page = Array("byline".utf8)
        page.withUnsafeBufferPointer { page in
            withUnsafePointer(to: Attributes.PageBytes(classValue: page, idValue: page)) { bytes in
                withList([("class", "a"), ("id", nil)]) { list in
                    var attributes = list
                    attributes.pageBytes = bytes
                    #expect(attributes.traits.classValue.map { String(decoding: $0, as: UTF8.self) } == "a")
                    #expect(attributes.traits.idValue == nil)
                }
            }
        }
    }

    @Test func articleBodyMarkers() {
        #expect(node("<div itemprop=\"articleBody\"><p>x</p></div>", .div)?.marker == true)
        #expect(node("<article><p>x</p></article>", .article)?.marker == true)
        #expect(node("<div itemprop=\"about\"><p>x</p></div>", .div)?.marker == false)
    }

    @Test func bylines() {
        #expect(node("<span rel=\"author\">x</span>", .span)?.byline == true)
        #expect(node("<div itemprop=\"author\">x</div>", .div)?.byline == true)
        #expect(node("<div class=\"post-author\">x</div>", .div)?.byline == true)
        #expect(node("<div class=\"comment-author\">x</div>", .div)?.byline == false)
        #expect(node("<div class=\"lead\">x</div>", .div)?.byline == false)
        // A link's class is read without the hint cache, an element with an id and a class with it.
        #expect(node("<a class=\"author-link\" href=x>x</a>", .a)?.byline == true)
        #expect(node("<a class=\"comment-author\" href=x>x</a>", .a) == nil)  // a link without a byline makes no node
        #expect(node("<div id=\"main\" class=\"Byline\">x</div>", .div)?.byline == true)
        #expect(node("<div id=\"byline\">x</div>", .div)?.byline == false)  // an id names no byline
        #expect(node("<div class=\"post-author\" rel=\"author\">x</div>", .div)?.byline == true)
    }

    @Test func bylineClassesRepeatedOnAPageReadAsTheFirst() {
        // The second and later elements of a class take the byline from the hint cache.
        let page = HTMLTest.page(
            "<div class=\"author\">a</div><div class=\"author\">b</div><span class=\"x\">c</span><span class=\"x\">d</span>"
                + "<div class=\"author\" id=\"i\">e</div><a class=\"author\">f</a><a class=\"author\">g</a>")
        let bylines = page.nodes.filter { [.div, .span, .a].contains($0.tag) }.map { "\($0.tag):\($0.byline)" }
        #expect(bylines == ["div:true", "div:true", "div:true", "a:true", "a:true"], "\(bylines)")
    }

    @Test func bylineClassesReadNoByteBeyondTheValue() {
        // The check reads the value's bytes only: words cut by its end do not count.
        let bytes = Array("post-author comment".utf8)
        bytes.withUnsafeBufferPointer { all in
            func names(_ count: Int) -> Bool { Attributes.namesByline(UnsafeBufferPointer(rebasing: all[0..<count])) }
            #expect(!names(0) && !names(5) && !names(10))  // "post-autho"
            #expect(names(11) && names(15))  // "post-author", "post-author com"
            #expect(names(17) && !names(19))  // "comme" is no "comment"; the whole value is
        }
        #expect(!Attributes.namesByline(UnsafeBufferPointer(start: nil, count: 0)))
    }

    @Test func hiddenElements() {
        #expect(HTMLTest.blockTexts(HTMLTest.page("<p hidden>a</p><p>b</p>")) == ["b"])
        #expect(HTMLTest.blockTexts(HTMLTest.page("<p aria-hidden=\"true\">a</p><p aria-hidden=\"false\">b</p>")) == ["b"])
        #expect(HTMLTest.blockTexts(HTMLTest.page("<p style=\"color:red; visibility : hidden\">a</p><p>b</p>")) == ["b"])
    }

    @Test func classAndIDHints() {
        #expect(node("<div class=\"share-tools\">x</div>", .div)?.hints.boilerplate == true)
        #expect(node("<div id=\"main-content\">x</div>", .div)?.hints.content == true)
        #expect(node("<div>x</div>", .div)?.hints == ClassHints.none)
    }

    /// The one-pass byline check reads a class as the three substring searches it replaced.
    @Test func bylineClassesAsTheSubstringSearches() {
        let pieces = ["byline", "BYLINE", "Author", "author", "comment", "COMMENTS", "by", "auth", "comm", "-", " ", "x", "é", "bbyline"]
        for value in Self.seeded(pieces, length: 4, seed: 3) {
            var bytes = Array(value.utf8)
            bytes.append(0)
            bytes.withUnsafeBufferPointer { buffer in
                let text = buffer.baseAddress!
                let searched = (Attributes.contains(text, "byline") || Attributes.contains(text, "author"))
                    && !Attributes.contains(text, "comment")
                #expect(Attributes.namesByline(UnsafeBufferPointer(rebasing: buffer.dropLast())) == searched, "\(value)")
            }
        }
    }

    /// Styles are searched with spaces, tabs and line feeds skipped, as in a copy without them.
    @Test func stylesSearchedAsACopyWithoutSpaces() {
        let pieces = ["display", "DISPLAY", "dis play", ":", " : ", "none", "No\tne", "visibility", "hidden", "hid\nden", ";", " ", "\r", "x", "é", "displa"]
        for value in Self.seeded(pieces, length: 5, seed: 9) {
            let compact = String(value.unicodeScalars.filter { $0 != " " && $0 != "\t" && $0 != "\n" }).lowercased()
            var bytes = Array(value.utf8)
            bytes.append(0)
            bytes.withUnsafeBufferPointer { buffer in
                let text = buffer.baseAddress!
                #expect(
                    Attributes.contains(text, "none", ignoringSpaces: true, after: "display:") == compact.contains("display:none"),
                    "\(value)")
                #expect(Attributes.contains(text, "hidden", ignoringSpaces: true) == compact.contains("hidden"), "\(value)")
            }
        }
    }

    /// 5,000 values, each `length` of `pieces` drawn by a seeded generator.
    static func seeded(_ pieces: [String], length: Int, seed: UInt64) -> [String] {
        var state = seed
        return (0..<5_000).map { _ in
            (0..<length).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return pieces[Int((state >> 33) % UInt64(pieces.count))]
            }.joined()
        }
    }

    /// `readsValue` names exactly what `traits` reads, in any case: a page whose values of those
    /// attributes are long parses as it does uncut, and no other name is taken for one of them.
    @Test func readsValueNamesWhatTraitsReads() {
        func reads(_ name: String) -> Bool {
            Array(name.utf8).withUnsafeBufferPointer { Attributes.readsValue($0, 0..<$0.count) }
        }
        for name in ["class", "id", "itemprop", "rel", "hidden", "aria-hidden", "style", "CLASS", "Aria-Hidden", "sTyle"] {
            #expect(reads(name), "\(name)")
        }
        for name in ["title", "href", "src", "alt", "classes", "ids", "aria-label", "data-id", "styles", "i", "", "lang", "content"] {
            #expect(!reads(name), "\(name)")
        }
        let long = String(repeating: " pad", count: 20)
        let html = "<div class='byline\(long)' id='main\(long)'><p style='display: none;\(long)'>gone</p>"
            + "<p itemprop='articleBody\(long)' title='t\(long)'>kept</p><span aria-hidden='true\(long)'>no</span>"
            + "<a rel='author\(long)' href='h\(long)'>A</a><span hidden='x\(long)'>h</span></div>"
            + "<script>\(String(repeating: "var a = 1;", count: 200))</script>"
        var (cut, whole) = Array(html.utf8).withUnsafeBufferPointer { page in
            var hints = HintCache()
            return (HTMLParser.parseCut(page, hints: &hints), HTMLParser.parse(page, hints: &hints, cutting: false))
        }
        #expect(cut != nil)  // the values were cut, and the cuts borne out
        cut?.errorCount = 0
        whole.errorCount = 0
        #expect(String(describing: cut) == String(describing: Optional(whole)))
        guard let cut else { return }
        #expect(cut.nodes.contains { $0.byline } && cut.nodes.contains { $0.marker })
    }
}
