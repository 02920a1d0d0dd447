import CLibXML2
import Foundation
import Synchronization
import Testing

@testable import GlossHTML

@Suite struct TagCacheTests {
    /// Names laid out one after another, as in libxml2's dictionary, each NUL-terminated, with
    /// where each starts.
    static func pool(_ names: [String]) -> (bytes: [UInt8], starts: [Int]) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        for name in names {
            starts.append(bytes.count)
            bytes += Array(name.utf8) + [0]
        }
        return (bytes, starts)
    }

    /// Every tag's name, names one letter off, and names no tag has: more names than the cache
    /// has slots, so some share a slot and push each other out.
    static let names: [String] = {
        var names: [String] = []
        for raw in 1...UInt8.max {
            guard let tag = HTMLTag(rawValue: raw) else { break }
            names += ["\(tag)", "\(tag)x"]
        }
        return names + ["svg:path", "my-widget", "o:p", "x", ""]
    }()

    @Test func givesWhatTheLookupGivesOnFirstAndLaterMeetings() {
        let (bytes, starts) = Self.pool(Self.names)
        bytes.withUnsafeBufferPointer { buffer in
            var cache = TagCache()
            // Three rounds in different orders: first meetings, then hits and slots taken over.
            for order in [Array(starts.indices), Array(starts.indices.reversed()), starts.indices.map { ($0 * 7) % starts.count }] {
                for index in order {
                    let name = buffer.baseAddress! + starts[index]
                    #expect(cache.tag(name) == HTMLTag.lookup(name), "\(Self.names[index])")
                }
            }
        }
    }

    @Test func namesOfOneSpellingAtTwoAddressesAreBothKnown() {
        let (bytes, starts) = Self.pool(["li", "li", "nav", "a"])
        bytes.withUnsafeBufferPointer { buffer in
            var cache = TagCache()
            let tags = starts.map { cache.tag(buffer.baseAddress! + $0) }
            #expect(tags == [.li, .li, .nav, .a])
            #expect(starts.map { cache.tag(buffer.baseAddress! + $0) } == tags)
        }
    }
}

/// What libxml2's start-element events handed over in one parse: each name's spelling by its
/// address, how often an address came with a second spelling, and how often a `TagCache` fed
/// the same events told a tag other than `HTMLTag.lookup`.
private struct NamesSeen {
    var spellings: [UInt: String] = [:]
    var respelled = 0
    var cache = TagCache()
    var misread = 0
    var events = 0
}

/// `TagCache`'s requirement checked against libxml2 itself: through a whole push parse (several
/// chunks, thousands of names so the parser's dictionary grows, names folded from upper case,
/// names cut at libxml2's 100-byte limit, the elements it implies), an address stands for one
/// spelling, and the cache reads every event's tag as the look-up does, also with parses
/// running on several threads at once.
@Suite struct TagCacheLibXML2Tests {
    /// A page of over 2 MB (three chunks) that opens with bare text (libxml2 implies html, body
    /// and p), then `distinct` made-up names among common tags in several cases, names longer
    /// than libxml2 reads, and implied paragraphs after each closed one.
    static func page(distinct: Int, salt: Int) -> [UInt8] {
        var html = "lead text before any tag\n"
        let long = String(repeating: "q", count: 100)
        var index = 0
        while html.utf8.count < 2_300_000 {
            let made = "n\(salt)x\((index * 7_919) % distinct)"
            html += "<div class=c\(index % 9)><\(made) id=i\(index)>word \(index)</\(made)><DIV><Li>item</li></Div>"
            html += "<\(long)\(index % 3)>x</\(long)\(index % 3)><span>one, two</span></div>text after a block<p>para"
            html += "</p>loose text <svg:path d=1></svg:path><TABLE><tr><td>cell</td></tr></TABLE>\n"
            index += 1
        }
        return Array(html.utf8)
    }

    fileprivate static func parse(_ page: [UInt8]) -> NamesSeen {
        var seen = NamesSeen()
        var handler = htmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElement = { context, name, _ in
            guard let name else { return }
            let seen = context!.assumingMemoryBound(to: NamesSeen.self)
            let spelling = String(cString: name)
            let address = UInt(bitPattern: name)
            if let earlier = seen.pointee.spellings[address], earlier != spelling { seen.pointee.respelled += 1 }
            seen.pointee.spellings[address] = spelling
            if seen.pointee.cache.tag(name) != HTMLTag.lookup(name) { seen.pointee.misread += 1 }
            seen.pointee.events += 1
        }
        handler.endElement = { _, _ in }
        handler.characters = { _, _, _ in }
        handler.serror = { _, _ in }
        page.withUnsafeBufferPointer { bytes in
            withUnsafeMutablePointer(to: &seen) { HTMLParser.parse(bytes, handler: &handler, context: $0) }
        }
        return seen
    }

    @Test func anAddressKeepsOneSpellingThroughAParse() {
        let seen = Self.parse(Self.page(distinct: 5_000, salt: 1))
        #expect(seen.events > 50_000)
        #expect(Set(seen.spellings.values).isSuperset(of: ["html", "body", "p", "div", "li", "table", "n1x4999"]))
        #expect(seen.spellings.count > 5_000)
        #expect(seen.respelled == 0)
        #expect(seen.misread == 0)
    }

    @Test func parsesOnSeveralThreadsKeepTheirOwnNames() {
        let pages = (0..<4).map { Self.page(distinct: 800 + 100 * $0, salt: $0) }
        // Per page: addresses respelled, tags misread, and whether its last made-up name came.
        let results = Mutex<[(respelled: Int, misread: Int, lastName: Bool)]>(Array(repeating: (-1, -1, false), count: pages.count))
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let seen = Self.parse(pages[index])
            let lastName = seen.spellings.values.contains("n\(index)x\(799 + 100 * index)")
            results.withLock { $0[index] = (seen.respelled, seen.misread, lastName) }
        }
        for (index, result) in results.withLock({ $0 }).enumerated() {
            #expect(result.respelled == 0 && result.misread == 0 && result.lastName, "page \(index)")
        }
    }
}
