/// The HTML elements main-content extraction tells apart; every other element is `.other`.
///
/// Cost: one dictionary lookup on the element name packed into a 64-bit word.
enum HTMLTag: UInt8, Sendable {
    case other
    // Structure
    case html, head, body, title, meta, link, base
    // Blocks that hold text
    case p, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, pre, td, th, caption, figcaption, address, summary
    // Containers
    case div, section, article, main, ul, ol, dl, table, tbody, thead, tfoot, tr, figure, center, details, fieldset
    // Boilerplate containers
    case nav, header, footer, aside, form, menu, dialog
    // Inline elements that matter
    case a, br, hr, time, img, span
    // Elements whose content is never text of the page
    case script, style, noscript, template, svg, math, iframe, object, embed, canvas, select, option, button, textarea,
        audio, video, picture, source, input, label

    /// Finds the tag for a lowercase element name (libxml2's HTML parser lowercases names).
    static func lookup(_ name: UnsafePointer<UInt8>) -> HTMLTag {
        var packed: UInt64 = 0
        var length = 0
        while name[length] != 0 {
            if length == 10 { return .other }
            length += 1
        }
        if length > 8 {
            // Only two names the extractor needs are longer than 8 bytes.
            if length == 10 && name[0] == 0x62 && name[1] == 0x6C { return matches(name, "blockquote") ? .blockquote : .other }
            if length == 10 && name[0] == 0x66 && name[1] == 0x69 { return matches(name, "figcaption") ? .figcaption : .other }
            return .other
        }
        for index in 0..<length { packed = packed << 8 | UInt64(name[index]) }
        return PackedNames.shared.tag(packed)
    }

    /// Finds the tag for an element name in a page's bytes, in any ASCII case (as libxml2 will
    /// name it: lowercased).
    static func lookup(_ page: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> HTMLTag {
        guard name.count <= 10 else { return .other }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 11) { lowered in
            for offset in 0..<name.count {
                let byte = page[name.lowerBound + offset]
                lowered[offset] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
            }
            lowered[name.count] = 0
            return lookup(UnsafePointer(lowered.baseAddress!))
        }
    }

    private static func matches(_ name: UnsafePointer<UInt8>, _ expected: StaticString) -> Bool {
        let bytes = expected.utf8Start
        for index in 0..<expected.utf8CodeUnitCount where name[index] != bytes[index] { return false }
        return true
    }

    private static let names: [(String, HTMLTag)] = [
        ("html", .html), ("head", .head), ("body", .body), ("title", .title), ("meta", .meta), ("link", .link),
        ("base", .base), ("p", .p), ("h1", .h1), ("h2", .h2), ("h3", .h3), ("h4", .h4), ("h5", .h5), ("h6", .h6),
        ("li", .li), ("dt", .dt), ("dd", .dd), ("pre", .pre), ("td", .td), ("th", .th), ("caption", .caption),
        ("address", .address), ("summary", .summary), ("div", .div), ("section", .section), ("article", .article),
        ("main", .main), ("ul", .ul), ("ol", .ol), ("dl", .dl), ("table", .table), ("tbody", .tbody),
        ("thead", .thead), ("tfoot", .tfoot), ("tr", .tr), ("figure", .figure), ("center", .center),
        ("details", .details), ("fieldset", .fieldset), ("nav", .nav), ("header", .header), ("footer", .footer),
        ("aside", .aside), ("form", .form), ("menu", .menu), ("dialog", .dialog), ("a", .a), ("br", .br),
        ("hr", .hr), ("time", .time), ("img", .img), ("span", .span), ("script", .script), ("style", .style),
        ("noscript", .noscript), ("template", .template), ("svg", .svg), ("math", .math), ("iframe", .iframe),
        ("object", .object), ("embed", .embed), ("canvas", .canvas), ("select", .select), ("option", .option),
        ("button", .button), ("textarea", .textarea), ("audio", .audio), ("video", .video),
        ("picture", .picture), ("source", .source), ("input", .input), ("label", .label),
    ]

    /// The names packed into 64-bit words, in an open-addressing table of 256 slots found by a
    /// multiplicative hash: one multiplication and one or two comparisons per element, where a
    /// `Dictionary` would run SipHash on every start tag.
    private struct PackedNames: Sendable {
        static let shared = PackedNames(names)
        private var keys = [UInt64](repeating: 0, count: 256)
        private var tags = [HTMLTag](repeating: .other, count: 256)

        init(_ names: [(String, HTMLTag)]) {
            for (name, tag) in names {
                var slot = Self.slot(name.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
                while keys[slot] != 0 { slot = (slot + 1) & 255 }
                keys[slot] = name.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                tags[slot] = tag
            }
        }

        @inline(__always)
        private static func slot(_ packed: UInt64) -> Int { Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 56) }

        /// The tag of a nonzero packed name; `.other` for a name not in the table.
        @inline(__always)
        func tag(_ packed: UInt64) -> HTMLTag {
            var slot = Self.slot(packed)
            while true {
                let key = keys[slot]
                if key == packed { return tags[slot] }
                if key == 0 { return .other }
                slot = (slot + 1) & 255
            }
        }
    }

    /// Whether the element starts and ends a block of text: no sentence runs across it.
    @inline(__always) var isBlock: Bool { Self.blocks.contains(self) }

    /// Whether the element's content is never visible text (scripts, styles, embedded media, form controls).
    @inline(__always) var isOpaque: Bool { Self.opaque.contains(self) }

    /// Whether the element never has content (`<img>`, `<br>`, `<meta>`...).
    @inline(__always) var isVoid: Bool { Self.void.contains(self) }

    /// Whether the element is a heading.
    @inline(__always) var isHeading: Bool { Self.headings.contains(self) }

    /// Whether the element is, by its name alone, navigation, page furniture or a form.
    @inline(__always) var isBoilerplate: Bool { Self.boilerplate.contains(self) }

    // The groups' bits, as constants: a `static let` is read through a once-check on every use.
    // `HTMLTagTests` checks each against its list of tags.
    static var blocks: Group { Group(low: 0xd_ffff_ffff_ff1a, high: 0x404) }
    static var opaque: Group { Group(low: 0xff80_0000_0000_0004, high: 0x7f) }
    static var void: Group { Group(low: 0x802c_0000_0000_00e0, high: 0x300) }
    static var headings: Group { Group(low: 0x7e00, high: 0) }
    static var boilerplate: Group { Group(low: 0x1_f400_0000_0000, high: 0) }

    /// A set of tags as the bits of their raw values (all below 128): membership is a shift and
    /// a test. A `switch` over tags this far apart compiles to a jump table, an indirect branch
    /// on every start tag whose target follows the page's run of tags.
    struct Group: Equatable, Sendable {
        private var low: UInt64 = 0
        private var high: UInt64 = 0

        /// The tags whose raw values are the set bits of `low` (0-63) and `high` (64-127).
        init(low: UInt64, high: UInt64) {
            self.low = low
            self.high = high
        }

        init(_ tags: [HTMLTag]) {
            for tag in tags {
                if tag.rawValue < 64 { low |= 1 << UInt64(tag.rawValue) } else { high |= 1 << UInt64(tag.rawValue - 64) }
            }
        }

        /// The half is chosen as a value and shifted once (raw values are below 128), so the
        /// choice can be a conditional move: as two shifts it compiled to a branch on every
        /// start and end tag.
        @inline(__always) func contains(_ tag: HTMLTag) -> Bool {
            let raw = UInt64(tag.rawValue)
            let word = raw < 64 ? low : high
            return (word >> (raw & 63)) & 1 != 0
        }
    }
}
