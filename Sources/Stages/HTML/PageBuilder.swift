import Foundation

/// Builds a `Page` from parser events: keeps block-level elements as nodes, collapses
/// whitespace, cuts text into blocks at every block boundary, and records where each byte of
/// text came from.
///
/// Cost: O(1) work per event plus O(n) over the text bytes; no per-text-run allocation.
struct PageBuilder {
    private(set) var page = Page()
    /// The parsed bytes (UTF-8), for checking that a text run is a verbatim copy.
    /// The page the events come from.
    let source: UnsafeBufferPointer<UInt8>

    private struct Open {
        var tag: HTMLTag
        /// The node this element made, or -1.
        var node: Int32
        var opaque: Bool
        var hidden: Bool
        var link: Bool
        var capture: Capture
        /// The innermost block-level element's tag around this element, restored when it ends.
        var outerBlockTag: HTMLTag
    }

    enum Capture { case none, title, jsonLD }

    /// The open elements, innermost last: the first `depth` entries (the rest are stale and
    /// overwritten, so that a push and a pop are a store and a load).
    private var stack: [Open] = []
    private var depth = 0
    /// Hints already worked out for `class`/`id` values: pages repeat the same few many times.
    var hintCache: HintCache
    private var currentNode: Int32 = -1
    private var blockTag: HTMLTag = .body
    private var opaqueDepth = 0
    private var hiddenDepth = 0
    private var linkDepth = 0
    private var captureKind: Capture = .none
    private var captured: [UInt8] = []

    // The block being filled.
    private var blockStart: Int32 = 0
    private var blockSegmentStart: Int32 = 0
    private var blockLinkBytes: Int32 = 0
    /// A whitespace run waiting to become one space, and where it began in the source.
    private var pendingSpace = false
    private var pendingSpaceSource: Int32 = 0
    private var pendingSpaceIsSpace = false

    /// Where the previous event ended in the source.
    private var lastEnd = 0

    /// Whether text is being captured (a title, JSON-LD), so that even a script's text is read.
    var isCapturing: Bool { captureKind != .none }

    /// Whether the innermost open element captures its text as JSON-LD (it started the capture:
    /// a JSON-LD script, which `start` was just given).
    var capturesOwnJSONLD: Bool { captureKind == .jsonLD && depth > 0 && stack[depth - 1].capture == .jsonLD }

    init(source: UnsafeBufferPointer<UInt8>, hints: HintCache) {
        self.source = source
        self.hintCache = hints
        page.text.reserveCapacity(source.count / 4)
        page.segments.reserveCapacity(source.count / 64)
    }

    // MARK: Events

    /// An element starts; `attributes` are name/value pairs, `end` the source offset after the tag.
    mutating func start(_ tag: HTMLTag, attributes: Attributes, end: Int) {
        lastEnd = end
        var open = Open(
            tag: tag, node: -1, opaque: tag.isOpaque, hidden: false, link: tag == .a,
            capture: Self.records(tag) ? record(tag, attributes) : .none, outerBlockTag: blockTag)
        if open.capture != .none {
            captureKind = open.capture
            captured.removeAll(keepingCapacity: true)
        }
        addNode(for: &open, attributes: attributes)
        if open.opaque { opaqueDepth += 1 }
        if open.hidden { hiddenDepth += 1 }
        if open.link { linkDepth += 1 }
        if depth < stack.count { stack[depth] = open } else { stack.append(open) }
        depth += 1
    }

    /// Whether `record` has anything to do for an element `tag`: the few that state something
    /// about the page or hold text to capture (a bit test, where the switch in `record` is a
    /// jump on every start tag).
    @inline(__always) static func records(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .html, .meta, .link, .time, .title, .script: true
        default: false
        }
    }

    /// Records what the element states about the page (its language, `<meta>`, `<link>` and
    /// `<time>` values), and says which of its text to capture: the first title's, or a JSON-LD
    /// script's (never one inside another capture). Out of line: few elements need it (`records`),
    /// and the start-tag callback, run between libxml2's own code, stays small.
    @inline(never) private mutating func record(_ tag: HTMLTag, _ attributes: Attributes) -> Capture {
        switch tag {
        case .html:
            if let lang = attributes["lang"] ?? attributes["xml:lang"] { page.htmlLanguage = lang }
        case .meta:
            recordMeta(attributes)
        case .link:
            recordLink(attributes)
        case .time:
            if let value = attributes["datetime"], page.times.count < 8 { page.times.append(value) }
        case .title where captureKind == .none && page.title == nil:
            return .title
        case .script where captureKind == .none:
            if Self.saysJSONLD(attributes) { return .jsonLD }
        default: break
        }
        return .none
    }

    /// Whether a script's `type` holds `ld+json`, in any case.
    private static func saysJSONLD(_ attributes: Attributes) -> Bool {
        // Bytes first: most scripts' types lack "ld+json" in any case, and Foundation's search
        // can only find it where they have it.
        // An ASCII type is settled by its bytes: lowercasing and searching it as a string give the same.
        guard let type = attributes.bytes("type"), let start = type.baseAddress, Attributes.contains(start, "ld+json") else {
            return false
        }
        return type.isASCII || String(decoding: type, as: UTF8.self).lowercased().contains("ld+json")
    }

    /// Reads the element's class, id and other traits: marks it hidden when they say so, and
    /// makes it a node when it is a block or they give it hints, a marker or a byline.
    @inline(__always) private mutating func addNode(for open: inout Open, attributes: Attributes) {
        let tag = open.tag
        // Inside a script, an SVG or a hidden element nothing is text, and void elements hold
        // none: their attributes are not worth reading.
        let traits = opaqueDepth > 0 || hiddenDepth > 0 || tag.isVoid ? Attributes.Traits() : attributes.traits
        var hints = ClassHints.none
        var byline = traits.byline
        if tag != .a, traits.classValue != nil || traits.idValue != nil {
            // Whether the class names a byline is kept with the hints: read once per value.
            let kept = hintCache.lookup(class: traits.classValue, id: traits.idValue)
            hints = kept.hints
            byline = byline || kept.byline
        } else if !byline, let classValue = traits.classValue {
            byline = Attributes.namesByline(classValue)
        }
        let marker = tag == .article || tag == .main || traits.articleBody
        if traits.hidden { open.hidden = true }
        guard tag.isBlock || hints != .none || marker || byline else { return }
        if tag.isBlock { closeBlock() }
        page.nodes.append(Page.Node(tag: tag, parent: currentNode, hints: hints, marker: marker, byline: byline))
        open.node = Int32(page.nodes.count - 1)
        currentNode = open.node
        if tag.isBlock { blockTag = tag }
    }

    /// The innermost open element ends; `end` is the source offset after the end tag.
    mutating func end(end: Int) {
        guard depth > 0 else { return }
        depth -= 1
        let open = stack[depth]
        if open.capture != .none { endCapture(open.capture) }
        if open.opaque { opaqueDepth -= 1 }
        if open.hidden { hiddenDepth -= 1 }
        if open.link { linkDepth -= 1 }
        if open.node >= 0 {
            if open.tag.isBlock || open.tag == .br { closeBlock() }
            currentNode = page.nodes[Int(open.node)].parent
            blockTag = open.outerBlockTag  // O(1) however deep: no walk down the stack
        }
        lastEnd = max(lastEnd, end)
    }

    /// Keeps the text captured for an element that ends (a title, JSON-LD). Out of line: a page
    /// has a few.
    @inline(never) private mutating func endCapture(_ capture: Capture) {
        let value = String(decoding: captured, as: UTF8.self)
        if capture == .title {
            page.title = value
        } else if page.jsonLD.count < 16 {
            page.jsonLD.append(value)
        }
        captureKind = .none
    }

    /// Text; `end` is the source offset just after it.
    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) {
        defer { lastEnd = max(lastEnd, end) }
        if captureKind != .none {
            captured.append(contentsOf: bytes)
            return
        }
        // Hidden text is never page text: a hidden paragraph or an inline `<span hidden>` alike.
        guard opaqueDepth == 0, hiddenDepth == 0, bytes.count > 0 else { return }
        let start = end - bytes.count
        // Text that stands as it is just before the parser's position was copied from there.
        // (Elements libxml2 implies, such as the `<p>` around bare text, start at that same
        // position, so `lastEnd` cannot bound the check.)
        let verbatim = start >= 0 && end <= source.count
            && memcmp(source.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
        if verbatim {
            appendVerbatim(bytes, sourceStart: start)
        } else {
            // Decoded text (an entity): it came from after the previous event, or, when implied
            // elements leave no room, from the bytes just before the position.
            let from = lastEnd < end ? lastEnd : max(0, start)
            appendReplacing(bytes, sourceStart: from, sourceEnd: end)
        }
    }

    /// Ends the page.
    mutating func finish() -> Page {
        closeBlock()
        return page
    }

    // MARK: Text

    private mutating func appendVerbatim(_ bytes: UnsafeBufferPointer<UInt8>, sourceStart: Int) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if Self.isSpace(byte) {
                if !pendingSpace {
                    pendingSpace = true
                    pendingSpaceSource = Int32(sourceStart + index)
                    pendingSpaceIsSpace = byte == 0x20
                }
                // The rest of the run changes nothing: only its first byte is recorded.
                index = Self.blankEnd(bytes, from: index + 1)
                continue
            }
            // A stretch of words separated by single spaces (what collapsing leaves as it is),
            // copied in one piece: the segments are those word-by-word copies would merge into.
            let runEnd = Self.runEnd(bytes, from: index + 1)
            flushSpace()
            emit(UnsafeBufferPointer(rebasing: bytes[index..<runEnd]), source: Int32(sourceStart + index),
                 sourceCount: Int32(runEnd - index), copy: true)
            index = runEnd
        }
    }

    /// Where a stretch of text that `appendVerbatim` copies in one piece ends, scanning from
    /// `start`: at the first whitespace byte that is not a single space (0x20) between two
    /// non-space bytes, or at the end. Eight bytes a step: a byte below 0x20, or a space before
    /// a byte up to 0x20, is a place the stretch may end; only those are looked at one by one.
    static func runEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let count = bytes.count
        var index = start
        while true {
            // `next` holds the byte after each byte of `word` (the two loads overlap).
            while index + 9 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let next = UInt64(littleEndian: UnsafeRawPointer(base + index + 1).loadUnaligned(as: UInt64.self))
                let space = Self.zeroBytes(word ^ 0x2020_2020_2020_2020)
                let stops = Self.controlBytes(word) | space & (Self.controlBytes(next) | Self.zeroBytes(next ^ 0x2020_2020_2020_2020))
                if stops != 0 {
                    index += stops.trailingZeroBitCount >> 3
                    break
                }
                index += 8
            }
            while index < count && bytes[index] > 0x20 { index += 1 }
            guard index < count else { return count }
            let byte = bytes[index]
            if !isSpace(byte) {
                index += 1  // a control byte that is not whitespace stays in the stretch
            } else if byte == 0x20 && index + 1 < count && !isSpace(bytes[index + 1]) {
                index += 2
            } else {
                return index
            }
        }
    }

    /// Where the whitespace from `start` on ends: at the first byte that is not whitespace
    /// (`isSpace`), or at the end. Eight bytes a step while they are spaces, line feeds, tabs or
    /// carriage returns (the indentation between tags, which libxml2 hands over as text); a form
    /// feed, and the last few bytes, are stepped over one at a time.
    static func blankEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let count = bytes.count
        var index = start
        while true {
            while index + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let blanks = Self.zeroBytes(word ^ 0x2020_2020_2020_2020) | Self.zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
                    | Self.zeroBytes(word ^ 0x0909_0909_0909_0909) | Self.zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
                let others = blanks ^ 0x8080_8080_8080_8080
                if others != 0 {
                    index += others.trailingZeroBitCount >> 3
                    break
                }
                index += 8
            }
            guard index < count, isSpace(bytes[index]) else { return index }
            index += 1  // a form feed, or a byte of the tail
        }
    }

    /// The high bit of each byte of `word` below 0x20, and no other bit (exact per byte: no
    /// carry crosses a byte).
    @inline(__always) private static func controlBytes(_ word: UInt64) -> UInt64 {
        ~((word & 0x7F7F_7F7F_7F7F_7F7F &+ 0x6060_6060_6060_6060) | word) & 0x8080_8080_8080_8080
    }

    /// The high bit of each byte of `word` that is zero, and no other bit (exact per byte).
    @inline(__always) private static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~((word & 0x7F7F_7F7F_7F7F_7F7F &+ 0x7F7F_7F7F_7F7F_7F7F) | word) & 0x8080_8080_8080_8080
    }

    /// Out of line: decoded text (an entity) is rare beside verbatim runs.
    @inline(never) private mutating func appendReplacing(_ bytes: UnsafeBufferPointer<UInt8>, sourceStart: Int, sourceEnd: Int) {
        // Decoded text (an entity, a run the parser rewrote): the whole run maps to its source range.
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(bytes.count)
        var leadingSpace = false
        for byte in bytes {
            if Self.isSpace(byte) {
                if collapsed.isEmpty { leadingSpace = true } else if collapsed.last != 0x20 { collapsed.append(0x20) }
            } else {
                collapsed.append(byte)
            }
        }
        if leadingSpace && !pendingSpace {
            pendingSpace = true
            pendingSpaceSource = Int32(sourceStart)
            pendingSpaceIsSpace = false
        }
        var trailingSpace = false
        if collapsed.last == 0x20 {
            collapsed.removeLast()
            trailingSpace = true
        }
        if !collapsed.isEmpty {
            flushSpace()
            collapsed.withUnsafeBufferPointer {
                emit($0, source: Int32(sourceStart), sourceCount: Int32(sourceEnd - sourceStart), copy: false)
            }
        }
        if trailingSpace && !pendingSpace {
            pendingSpace = true
            pendingSpaceSource = Int32(max(sourceEnd - 1, sourceStart))
            pendingSpaceIsSpace = false
        }
    }

    /// Writes the pending space, unless the block is still empty.
    private mutating func flushSpace() {
        guard pendingSpace else { return }
        pendingSpace = false
        guard Int32(page.text.count) > blockStart else { return }
        withUnsafeBytes(of: UInt8(0x20)) { space in
            emit(space.bindMemory(to: UInt8.self), source: pendingSpaceSource, sourceCount: 1, copy: pendingSpaceIsSpace)
        }
    }

    private mutating func emit(_ bytes: UnsafeBufferPointer<UInt8>, source: Int32, sourceCount: Int32, copy: Bool) {
        let target = Int32(page.text.count)
        if copy, let last = page.segments.last, last.copy, Int32(page.segments.count) > blockSegmentStart,
            last.source + last.sourceCount == source, target - last.target == last.sourceCount
        {
            page.segments[page.segments.count - 1].sourceCount += sourceCount
        } else {
            page.segments.append(Page.Segment(target: target, source: source, sourceCount: sourceCount, copy: copy))
        }
        // One byte (the space `flushSpace` writes between most words' stretches) appended as a
        // byte: `append(contentsOf:)` costs about 90 instructions a call whatever the count.
        if bytes.count == 1 { page.text.append(bytes[0]) } else { page.text.append(contentsOf: bytes) }
        if linkDepth > 0 { blockLinkBytes += Int32(bytes.count) }
    }

    private mutating func closeBlock() {
        pendingSpace = false
        let end = Int32(page.text.count)
        if end > blockStart {
            // Text before any kept element belongs to node 0; a page of text alone (`<<`, which
            // libxml2 reads without a single element) gets a root node for it.
            if page.nodes.isEmpty {
                page.nodes.append(Page.Node(tag: .body, parent: -1, hints: .none, marker: false, byline: false))
            }
            page.blocks.append(
                Page.Block(
                    node: max(currentNode, 0), tag: blockTag, textStart: blockStart, textEnd: end,
                    linkBytes: blockLinkBytes, segmentStart: blockSegmentStart,
                    segmentEnd: Int32(page.segments.count), hidden: hiddenDepth > 0))
        }
        blockStart = end
        blockSegmentStart = Int32(page.segments.count)
        blockLinkBytes = 0
    }

    /// Records a `<link>` target under each word of its `rel`, lowercased (`rel="Canonical"`
    /// is `canonical`), the first target of a word kept. An ASCII `rel` is cut and lowercased
    /// on its bytes, and the target becomes a `String` only if a word is new; any other is
    /// read as a string (split at spaces, as characters).
    private mutating func recordLink(_ attributes: Attributes) {
        guard let rel = attributes.bytes("rel"), let hrefBytes = attributes.bytes("href") else { return }
        if page.links.isEmpty { page.links.reserveCapacity(Self.linkCapacity) }
        guard rel.isASCII else {
            let href = String(decoding: hrefBytes, as: UTF8.self)
            for word in String(decoding: rel, as: UTF8.self).lowercased().split(separator: " ") where page.links[String(word)] == nil {
                page.links[String(word)] = href
            }
            return
        }
        var href: String?
        Self.forEachLowercasedWord(rel, separators: Self.relSeparators, dotAsColon: false) { word in
            Self.keepFirst(&page.links[word]) {
                if href == nil { href = String(decoding: hrefBytes, as: UTF8.self) }
                return href!
            }
        }
    }

    /// Records a `<meta>` value under each of its keys: `property` (which may hold several,
    /// space-separated), `name`, `itemprop` and `http-equiv`, lowercased, with `.` read as `:`
    /// (`DC.title` is `dc:title`), the first value of a key kept. Keys are cut from the
    /// attributes' bytes; the content becomes a `String` once, and only if a key is new.
    private mutating func recordMeta(_ attributes: Attributes) {
        // Room for a head's worth of keys at once, not grown (and rehashed) one doubling at a time.
        if page.meta.isEmpty { page.meta.reserveCapacity(Self.metaCapacity) }
        if attributes.bytes("charset") != nil, page.meta["charset"] == nil { page.meta["charset"] = attributes["charset"] }
        guard let contentBytes = attributes.bytes("content") else { return }
        var content: String?
        for attribute in Self.metaKeyAttributes {
            guard let value = attributes.bytes(attribute) else { continue }
            Self.forEachMetaKey(value) { name in
                Self.keepFirst(&page.meta[name]) {
                    if content == nil { content = String(decoding: contentBytes, as: UTF8.self) }
                    return content!
                }
            }
        }
    }

    /// Sets an empty dictionary slot to `value()`, and leaves a filled one alone: given as
    /// `&dictionary[key]`, the key is hashed once (the subscript's modify), where a look-up and
    /// then a store hashed it twice.
    @inline(__always) private static func keepFirst(_ slot: inout String?, _ value: () -> String) {
        if slot == nil { slot = value() }
    }

    /// The `<meta>` keys and `<link>` rels room is made for at the first of each: pages state a
    /// few dozen keys and a handful of rels. (Only look-ups read the two dictionaries, so their
    /// capacity changes nothing but the cost.)
    private static let metaCapacity = 32
    private static let linkCapacity = 8

    /// The attributes whose values name a `<meta>` element's keys, in the order they are read.
    private static let metaKeyAttributes: [StaticString] = ["property", "name", "itemprop", "http-equiv"]

    /// The keys a `<meta>` name or property gives: its space-separated words, lowercased, with
    /// `.` read as `:` (`og.title` is `og:title`).
    static func metaKeys(_ value: String) -> [String] {
        var keys: [String] = []
        var value = value
        value.withUTF8 { bytes in forEachMetaKey(bytes) { keys.append($0) } }
        return keys
    }

    /// Calls `body` with each key `metaKeys` gives for the bytes `value`, in order.
    static func forEachMetaKey(_ value: UnsafeBufferPointer<UInt8>, _ body: (String) -> Void) {
        forEachLowercasedWord(value, separators: metaSeparators, dotAsColon: true, body)
    }

    /// What separates the keys of a `<meta>` name: space, tab and line feed (as bits).
    private static let metaSeparators: UInt64 = 1 << 0x20 | 1 << 0x09 | 1 << 0x0A
    /// What separates the words of a `<link>` rel: the space (as a bit).
    private static let relSeparators: UInt64 = 1 << 0x20

    /// Calls `body` with each word of the bytes `value`, cut at the `separators` (ASCII bytes
    /// below 64, as bits), with empty words left out, lowercased, and with `.` read as `:`
    /// when `dotAsColon`. Non-ASCII values (rare) are lowercased by Unicode's rules.
    private static func forEachLowercasedWord(
        _ value: UnsafeBufferPointer<UInt8>, separators: UInt64, dotAsColon: Bool, _ body: (String) -> Void
    ) {
        let ascii = value.isASCII
        let dot = dotAsColon ? UInt8(ascii: ".") : 0xFF  // 0xFF never occurs in UTF-8
        var start = 0
        var index = 0
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(value.count, 1)) { scratch in
            func emit(_ end: Int) {
                guard end > start else { return }
                for offset in start..<end {
                    let byte = value[offset]
                    scratch[offset - start] = byte == dot ? UInt8(ascii: ":") : (byte &- 65 < 26 ? byte | 0x20 : byte)
                }
                let text = String(decoding: UnsafeBufferPointer(rebasing: scratch[0..<end - start]), as: UTF8.self)
                body(ascii ? text : text.lowercased())
            }
            while index < value.count {
                let byte = value[index]
                if byte < 64 && separators >> UInt64(byte) & 1 != 0 {
                    emit(index)
                    start = index + 1
                }
                index += 1
            }
            emit(value.count)
        }
    }

    @inline(__always) private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }
}
