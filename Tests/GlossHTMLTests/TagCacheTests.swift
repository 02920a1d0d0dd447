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
