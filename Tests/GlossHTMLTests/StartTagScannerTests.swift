import CLibXML2
import GlossCore
import Testing

@testable import GlossHTML

/// Start tags read as libxml2 2.9 reads them: where a tag ends and which bytes are the inside of
/// its quoted values, checked case by case and against libxml2 itself on random tags.
@Suite struct StartTagScannerTests {
    /// The scan of the tag at offset 0 of `html`: its end, its name, and the values it reports
    /// (every quoted value of at least `minimum` bytes, or those of attributes other than `kept`).
    func scan(_ html: String, minimum: Int = 0, kept: Set<String> = []) -> (
        end: StartTagScanner.End, name: String, values: [String], attributes: Int
    ) {
        let bytes = Array(html.utf8)
        var values: [Range<Int>] = []
        var name = 0..<0
        var attributes = -1
        let end = bytes.withUnsafeBufferPointer { page in
            StartTagScanner.scan(page, at: 0, minimum: minimum, name: &name, values: &values, attributes: &attributes) {
                kept.contains(String(decoding: page[$0], as: UTF8.self).lowercased())
            }
        }
        let texts = values.map { String(decoding: bytes[$0], as: UTF8.self) }
        return (end, String(decoding: bytes[name], as: UTF8.self), texts, attributes)
    }

    @Test func readsQuotedValuesWithTheirMarkupInside() {
        let tag = "<p title=\"a>b<c\" data-x='d\"e>' class=x>"
        let result = scan(tag)
        #expect(result.end == .closed(tag.utf8.count - 1))
        #expect(result.name == "p")
        #expect(result.values == ["a>b<c", "d\"e>"])
    }

    @Test func readsEqualsWithBlanksAroundItButNotTheFormFeed() {
        #expect(scan("<a href \n=\t \"v1\" title\r= 'v2'>").values == ["v1", "v2"])
        // The form feed is no blank to libxml2: `title` has no value, and `\u{0C}=` is bogus.
        #expect(scan("<a title\u{0C}=\"v\">").values == [])
        #expect(scan("<a title=\u{0C}\"v\">").values == [])
    }

    @Test func readsBareValuesToABlankOrTheEnd() {
        let tag = "<a href=x\"y'z/ title=\"q\">"
        #expect(scan(tag).values == ["q"])
        #expect(scan("<a href=/>").end == .closed(9))  // the value is `/`; the tag ends at `>`
        #expect(scan("<img src=\"v\"/>").end == .closed(12))  // `/>`: the event comes at the `/`
    }

    @Test func skipsBogusAttributesWithoutHonouringQuotes() {
        // `"x` starts no name: skipped to the blank; `y"="v"` likewise; then `t='w'` is read.
        #expect(scan("<p \"x y\"=\"v\" t='w'>").values == ["w"])
        // A bogus attribute ends at a `>` even inside what looks like a quote.
        let tag = "<p =\"a>b\">"
        #expect(scan(tag).end == .closed(6))
        #expect(scan("<div<img alt=\"v\">").values == ["v"])
    }

    @Test func cutsLongNamesAtAHundredBytes() {
        let long = String(repeating: "n", count: 130)
        #expect(scan("<\(long) a=\"v\">").name == String(repeating: "n", count: 100))
        #expect(scan("<p \(long)=\"v\">").values == ["v"])  // the name's rest, 30 bytes, takes the value
    }

    @Test func reportsNothingForATagThatDoesNotEnd() {
        #expect(scan("<p title=\"v\" class='unterminated>more").end == .stopped(37))
        #expect(scan("<p title=\"v\" class='unterminated>more").values.isEmpty)
        #expect(scan("<p title=\"v\" bare=a").values.isEmpty)
        #expect(scan("<p title=\"v\"\0>").end == .stopped(12))
    }

    /// Every attribute libxml2 reads counts, named or bogus (a run it skips to a blank), up to
    /// the tag's end, the NUL that stops it or the page's end; a duplicate counts again.
    @Test func countsTheAttributesLibxml2Reads() {
        #expect(scan("<p>").attributes == 0)
        #expect(scan("<p/>").attributes == 0)
        #expect(scan("<p a b=c d = \"e f\" a>").attributes == 4)
        #expect(scan("<p 1 / a/b \"x y\">").attributes == 7)  // `1`, `/`, `a`, `/b`, `"x`, `y`, `"`
        #expect(scan("<p\u{0C}a\u{0C}b\u{0C}c>").attributes == 1)  // the form feed is no blank
        #expect(scan("<p \(String(repeating: "n", count: 250))>").attributes == 3)  // 100, 100, 50 bytes
        #expect(scan("<p a b c").attributes == 3)
        #expect(scan("<p a b\u{0}c d>").attributes == 2)
        #expect(scan("<p a='x>y' b>").attributes == 2)
    }

    @Test func leavesShortAndKeptValues() {
        let tag = "<P CLASS=\"long class\" Title=\"long title\" alt=\"short\">"
        #expect(scan(tag, minimum: 6, kept: ["class"]).values == ["long title"])
        #expect(scan(tag).name == "P")
    }

    // MARK: Against libxml2

    /// What libxml2 reported for the first start tag after `<div>`: the parser's offset at the
    /// event, the element's name and its attributes (name, value or nil).
    struct Event: Equatable {
        var offset = -1
        var name = ""
        var attributes: [(String, String?)] = []
        static func == (a: Event, b: Event) -> Bool {
            a.offset == b.offset && a.name == b.name && a.attributes.map(\.0) == b.attributes.map(\.0)
                && a.attributes.map(\.1) == b.attributes.map(\.1)
        }
    }

    struct Recorder {
        var context: htmlParserCtxtPtr?
        var events: [Event] = []
    }

    /// The start-element events libxml2 reports for `bytes`, as `HTMLParser` drives it.
    static func events(_ bytes: [UInt8]) -> [Event] {
        var handler = htmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElement = { context, name, attributes in
            let recorder = context!.assumingMemoryBound(to: Recorder.self)
            var event = Event(name: String(cString: name!))
            if let input = recorder.pointee.context?.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base {
                event.offset = Int(input.pointee.consumed) + (cur - base)
            }
            var cursor = attributes
            while let key = cursor?.pointee {
                event.attributes.append((String(cString: key), cursor!.advanced(by: 1).pointee.map { String(cString: $0) }))
                cursor = cursor!.advanced(by: 2)
            }
            recorder.pointee.events.append(event)
        }
        var recorder = Recorder()
        bytes.withUnsafeBufferPointer { page in
            withUnsafeMutablePointer(to: &recorder) { pointer in
                HTMLParser.parse(page, handler: &handler, context: pointer, started: { pointer.pointee.context = $0 })
            }
        }
        return recorder.events
    }

    /// Random start tags from pieces that test names, blanks, equals signs, quotes and ends.
    static func randomTags(count: Int, seed: UInt64) -> [String] {
        let parts = [" ", "\n", "\t", "\u{0C}", "=", "\"", "'", ">", "<", "/", "/>", "a", "B", "title", "CLASS", "x-y:z.",
            "_", "1", "&amp;", "é", "v", "\"long value > with < marks\"", "'single'", String(repeating: "n", count: 99), "-", "!"]
        var random = SplitMix64(seed: seed)
        let names = ["p", "Div", "img", "a1"]
        var tags: [String] = []
        for _ in 0..<count {
            var tag = "<" + names.randomElement(using: &random)!
            for _ in 0..<Int.random(in: 0...16, using: &random) { tag += parts.randomElement(using: &random)! }
            tags.append(tag + ">")
        }
        return tags
    }

    /// On random tags, libxml2's start-element event comes where the scan says the tag ends, and
    /// the page with every reported value cut gives the same event, with those values empty.
    @Test func agreesWithLibxml2OnRandomTags() {
        var closed = 0
        for tag in Self.randomTags(count: 3000, seed: 13) {
            let bytes = Array(("<div>" + tag + "<b>z</b>").utf8)
            var values: [Range<Int>] = []
            var name = 0..<0
            var attributes = 0
            let end = bytes.withUnsafeBufferPointer {
                StartTagScanner.scan($0, at: 5, minimum: 0, name: &name, values: &values, attributes: &attributes) { _ in false }
            }
            guard case .closed(let at) = end else { continue }
            closed += 1
            let whole = Self.events(bytes)
            guard let event = whole.first(where: { $0.offset == at }) else {
                Issue.record("no event at \(at): \(tag)")
                continue
            }
            #expect(event.attributes.count <= attributes, "\(tag)")  // libxml2 keeps the named ones, once each
            #expect(event.name == String(decoding: bytes[name], as: UTF8.self).lowercased(), "\(tag)")
            var cut = bytes
            for value in values.reversed() { cut.removeSubrange(value) }
            let removed = values.reduce(0) { $0 + $1.count }
            guard let cutEvent = Self.events(cut).first(where: { $0.offset == at - removed }) else {
                Issue.record("no event in the cut page: \(tag)")
                continue
            }
            #expect(cutEvent.name == event.name && cutEvent.attributes.map(\.0) == event.attributes.map(\.0), "\(tag)")
            let reported = Set(values.map { String(decoding: bytes[$0], as: UTF8.self) })
            for (kept, original) in zip(cutEvent.attributes, event.attributes) where kept.1 != original.1 {
                #expect(kept.1 == "" && reported.contains(original.1 ?? "\u{0}") || original.1?.contains("&") == true, "\(tag)")
            }
        }
        #expect(closed > 1500)
    }

    /// The scan (one loop over raw bytes) reads every tag as the scan reviewed at b8b233a
    /// (`ReferenceStartTagScanner`) does: the same end, name and values, whatever the minimum
    /// and the kept names, on random tags whole, cut short at every length (the page's end),
    /// and with a NUL inside.
    @Test func readsEveryTagAsTheReferenceScanDoes() {
        var compared = 0
        for (number, tag) in Self.randomTags(count: 4000, seed: 14).enumerated() {
            let bytes = Array(tag.utf8)
            var pages = [bytes, bytes + Array("<b>z</b>".utf8)]
            if number % 8 == 0 { pages += (2..<bytes.count).map { Array(bytes.prefix($0)) } }
            if number % 16 == 0 && bytes.count > 3 {
                let half = bytes.count / 2
                pages.append(Array(bytes[..<half]) + [0] + Array(bytes[half...]))
            }
            for page in pages {
                for minimum in [0, 3, 8, Int.max] {
                    #expect(Self.readAlike(page, minimum: minimum), "\(page) \(minimum)")
                    compared += 1
                }
            }
        }
        #expect(compared > 40_000)
    }

    /// Whether `StartTagScanner` and `ReferenceStartTagScanner` read the tag at the start of
    /// `page` alike (values of names whose length is a multiple of 3 kept whole).
    static func readAlike(_ page: [UInt8], minimum: Int) -> Bool {
        page.withUnsafeBufferPointer { buffer in
            var name = 0..<0
            var expectedName = 0..<0
            var values: [Range<Int>] = [7..<9]
            var expectedValues: [Range<Int>] = [7..<9]
            var attributes = 0
            let end = StartTagScanner.scan(buffer, at: 0, minimum: minimum, name: &name, values: &values, attributes: &attributes) {
                $0.count % 3 == 0
            }
            let expected = ReferenceStartTagScanner.scan(buffer, at: 0, minimum: minimum, name: &expectedName, values: &expectedValues) {
                $0.count % 3 == 0
            }
            return end == expected && name == expectedName && values == expectedValues
        }
    }
}
