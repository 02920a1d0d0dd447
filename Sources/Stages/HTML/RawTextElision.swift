import CLibXML2
import Foundation

/// A page with the bodies of its scripts, styles and comments cut out, for libxml2 to parse in
/// place of the page: those bodies are often half a page's bytes, libxml2 scans them a
/// character at a time, and ingest reads none of them.
///
/// The cuts follow libxml2 2.9's own rules, not HTML5's, since the parse of the cut page must
/// give what the parse of the page gives:
/// - a `<script>` or `<style>` body (raw text) runs from the `>` of its start tag to the first
///   `</script` or `</style` after it, ASCII case ignored, whatever follows the name;
/// - a comment runs from `<!--` to the first `-->` or `--!>` that starts after it (`<!-->`
///   does not end it); its body is cut, `<!--` and the terminator stay, so the parser still
///   sees a comment (`<!---->`) where text on either side must stay apart.
///
/// What is kept: scripts whose start tag says `ld+json` (ingest reads JSON-LD), self-closed
/// `<script/>` tags, raw text or comments with no end (libxml2 reads them to the end of the
/// page), and bodies shorter than `minimumCut`.
///
/// A page larger than `HTMLParser.chunkSize` is cut only in its last chunk (from
/// `HTMLParser.lastChunkStart`): the chunks before are given to the parser as they are, where
/// they are, so it starts the last chunk in the state it would; and the last chunk is parsed as
/// complete input (libxml2 2.9 looks ahead for the end of a token, and waits for more bytes,
/// only while input is incomplete), as a page of one chunk is. A cut in an earlier chunk could
/// change what those look-aheads find, and so where the parser waits.
///
/// The scan is a guess at where libxml2 will be, made without tokenizing tags: a `<script` in
/// an attribute value, for one, is taken as a script. `Follower` checks every guess against the
/// parser's own events, and `HTMLParser` parses the page itself when one was wrong.
///
/// Requires valid UTF-8 (as `HTMLParser` does): libxml2 reads the rest of a page as Latin-1
/// from the first invalid byte on, which a cut could hide.
///
/// Cost: a `memchr` for each `<` outside the cut bodies and for each `<` or `-` inside them,
/// and one copy of the kept bytes.
struct RawTextElision {
    /// Bytes of the page the parser is not given.
    struct Cut: Equatable {
        enum Kind: Equatable {
            /// The body of a `<script>` or `<style>` element.
            case rawText(HTMLTag)
            /// The body of a comment, and the length of its terminator (`-->` or `--!>`).
            case comment(terminator: Int)
        }

        var kind: Kind
        /// Where the cut bytes start in the parsed (cut) bytes.
        var parsedStart: Int
        /// How many bytes are cut.
        var count: Int

        /// The parsed offset at which the parser's event shows it is where the scan expected:
        /// a raw-text start tag's `>` just before the cut, or the end of an empty comment just
        /// after it.
        var claimAt: Int {
            switch kind {
            case .rawText: parsedStart - 1
            case .comment(let terminator): parsedStart + terminator
            }
        }
    }

    /// The cuts, in page order.
    private(set) var cuts: [Cut] = []
    /// The page without the cut bytes.
    private(set) var bytes: [UInt8] = []

    /// Bodies shorter than this stay: cutting them saves less than it costs.
    static let minimumCut = 32

    /// Whether the libxml2 in use reads raw text and comments by the rules above, those of 2.9
    /// (read from its source, 2.9.14): later versions tokenize as HTML5 does, where `<!-->`
    /// ends a comment, and nothing is cut. Both the headers built against and the library
    /// loaded at run time must be 2.9: 2.9 to 2.13 share a soname, so a binary built on 2.9 can
    /// load a later library, whose other end rules the cut page alone would not show
    /// (`CutFollower` sees only the cut page's events).
    static let rulesHold: Bool = {
        let (headers, loaded) = libxml2
        return (20900..<21000).contains(headers) && (20900..<21000).contains(loaded)
    }()

    /// The libxml2 versions (e.g. 20914) of the headers built against and of the library loaded.
    static var libxml2: (headers: Int, loaded: Int) {
        _ = HTMLParser.initialized
        return (Int(gloss_xmlVersion()), Int(gloss_xmlRuntimeVersion()))
    }

    /// The cut page, or nil when nothing worth cutting was found (at most 1/16 of the page or
    /// 1 KiB, counting only the last chunk's bodies) or the libxml2 is not one whose rules the
    /// scan follows.
    init?(_ page: UnsafeBufferPointer<UInt8>) {
        guard Self.rulesHold, let base = page.baseAddress else { return nil }
        let lastChunk = HTMLParser.lastChunkStart(page.count)
        var ranges: [(kind: Cut.Kind, start: Int, end: Int)] = []
        var removed = 0
        Self.scan(page) { kind, start, end in
            guard start >= lastChunk else { return }
            ranges.append((kind, start, end))
            removed += end - start
        }
        guard removed >= 1024, removed >= page.count / 16 else { return nil }
        bytes.reserveCapacity(page.count - removed)
        var kept = 0
        for range in ranges {
            bytes.append(contentsOf: UnsafeBufferPointer(start: base + kept, count: range.start - kept))
            cuts.append(Cut(kind: range.kind, parsedStart: bytes.count, count: range.end - range.start))
            kept = range.end
        }
        bytes.append(contentsOf: UnsafeBufferPointer(start: base + kept, count: page.count - kept))
        // Each cut leaves its end tag or terminator behind it, so the cut page's last chunk
        // starts where the page's does; the check keeps that so.
        guard HTMLParser.lastChunkStart(bytes.count) == lastChunk else { return nil }
    }

    /// Calls `cut` with each body to cut (its kind and page range), in order.
    static func scan(_ page: UnsafeBufferPointer<UInt8>, cut: (Cut.Kind, Int, Int) -> Void) {
        var index = 0
        while let open = page.firstIndex(of: UInt8(ascii: "<"), from: index) {
            index = open + 1
            if startsComment(page, at: open) {
                let start = open + 4
                guard let (end, terminator) = commentEnd(page, from: start) else { return }
                if end - start >= minimumCut { cut(.comment(terminator: terminator), start, end) }
                index = end + terminator
            } else if let tag = rawTextTag(page, at: open) {
                guard let close = tagEnd(page, from: open + 2) else { return }
                if page[close - 1] == UInt8(ascii: "/") {
                    index = close + 1  // `<script/>`: libxml2 closes it there
                    continue
                }
                guard let end = rawTextEnd(page, from: close + 1, name: tag == .script ? "script" : "style") else { return }
                let json = saysJSONLD(page, from: open, to: close)
                if !json && end - (close + 1) >= minimumCut { cut(.rawText(tag), close + 1, end) }
                index = end
            }
        }
    }

    // MARK: The scan's pieces

    private static func startsComment(_ page: UnsafeBufferPointer<UInt8>, at open: Int) -> Bool {
        open + 3 < page.count && page[open + 1] == UInt8(ascii: "!") && page[open + 2] == UInt8(ascii: "-")
            && page[open + 3] == UInt8(ascii: "-")
    }

    /// Where the comment whose body starts at `start` ends, and the terminator's length.
    static func commentEnd(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int)? {
        var index = start
        while let dash = page.firstIndex(of: UInt8(ascii: "-"), from: index) {
            if dash + 2 < page.count && page[dash + 1] == UInt8(ascii: "-") {
                if page[dash + 2] == UInt8(ascii: ">") { return (dash, 3) }
                if dash + 3 < page.count && page[dash + 2] == UInt8(ascii: "!") && page[dash + 3] == UInt8(ascii: ">") {
                    return (dash, 4)
                }
            }
            index = dash + 1
        }
        return nil
    }

    /// `.script` or `.style` when a start tag of that name opens at `open` (libxml2's tag names
    /// run over letters, digits, `:`, `-`, `_` and `.`).
    static func rawTextTag(_ page: UnsafeBufferPointer<UInt8>, at open: Int) -> HTMLTag? {
        // Most tags do not start with an `s`: one byte settles them.
        guard open + 1 < page.count, page[open + 1] | 0x20 == UInt8(ascii: "s") else { return nil }
        let tag: HTMLTag
        let length: Int
        if matches(page, at: open + 1, "script") {
            (tag, length) = (.script, 6)
        } else if matches(page, at: open + 1, "style") {
            (tag, length) = (.style, 5)
        } else {
            return nil
        }
        let next = open + 1 + length
        guard next < page.count else { return nil }
        let byte = page[next]
        let nameByte = (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        return nameByte ? nil : tag
    }

    /// The `>` that ends the start tag whose attributes start at `start`, skipping quoted values.
    static func tagEnd(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while let found = page.firstIndex(of: UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), from: index) {
            let byte = page[found]
            if byte == UInt8(ascii: ">") { return found }
            guard let close = page.firstIndex(of: byte, from: found + 1) else { return nil }
            index = close + 1
        }
        return nil
    }

    /// Where raw text starting at `start` ends: the first `</` + `name`, ASCII case ignored.
    static func rawTextEnd(_ page: UnsafeBufferPointer<UInt8>, from start: Int, name: StaticString) -> Int? {
        var index = start
        while let open = page.firstIndex(of: UInt8(ascii: "<"), from: index) {
            if open + 1 < page.count && page[open + 1] == UInt8(ascii: "/") && matches(page, at: open + 2, name) {
                return open
            }
            index = open + 1
        }
        return nil
    }

    /// Whether the bytes at `offset` spell the lowercase ASCII `word`, ASCII case ignored.
    static func matches(_ page: UnsafeBufferPointer<UInt8>, at offset: Int, _ word: StaticString) -> Bool {
        guard offset + word.utf8CodeUnitCount <= page.count else { return false }
        let letters = word.utf8Start
        for index in 0..<word.utf8CodeUnitCount {
            let byte = page[offset + index]
            let lowered = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
            if lowered != letters[index] { return false }
        }
        return true
    }

    /// Whether `ld+json` occurs in `start..<end`, ASCII case ignored: found by its `+`, a byte
    /// with no case, which few tags hold.
    static func saysJSONLD(_ page: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var from = start + 2  // "ld" comes before the `+`; "json" after it
        while let plus = page.firstIndex(of: UInt8(ascii: "+"), from: from, before: end - 4) {
            if matches(page, at: plus - 2, "ld+json") { return true }
            from = plus + 1
        }
        return false
    }
}
