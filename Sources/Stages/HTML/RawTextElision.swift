import CLibXML2
import Foundation

/// A page with the bodies of its scripts, styles and comments, and the quoted attributes
/// ingest never reads, cut out, for libxml2 to parse in place of the page: those bodies are
/// often half a page's bytes, such attributes a fifth of the rest (URLs, `srcset`, SVG paths,
/// `alt` and `title` texts), libxml2 reads them a character at a time, and ingest reads none of
/// them.
///
/// The cuts follow libxml2 2.9's own rules, not HTML5's, since the parse of the cut page must
/// give what the parse of the page gives:
/// - a `<script>` or `<style>` body (raw text) runs from the `>` of its start tag to the first
///   `</script` or `</style` after it, ASCII case ignored, whatever follows the name;
/// - a comment runs from `<!--` to the first `-->` or `--!>` that starts after it (`<!-->`
///   does not end it); its body is cut, `<!--` and the terminator stay, so the parser still
///   sees a comment (`<!---->`) where text on either side must stay apart;
/// - a start tag is read as `StartTagScanner` reads it; an attribute with a quoted value is
///   cut whole, name, `=` and value (with the blanks between two such attributes), so the
///   parser reads the tag without it; where the bytes before the value are not a plain name
///   and `=` (`wholeAttribute`), the inside of a value of at least `minimumValue` bytes is cut
///   instead, the quotes staying, so the parser reads the attribute with an empty value. Only
///   attributes `Attributes.readsValue` does not name, and only on elements that are not read
///   by value (`keepsValues`: `<html>`, `<meta>`, `<link>`, `<time>`, `<title>`, `<script>`,
///   `<head>`, `<body>`), and none in a page with a NUL byte;
/// - on the same elements, the inside of a quoted `class` or `id` value (`Attributes.ByteValue`)
///   with no `&` in it is cut too, the quotes staying: the parser reads an empty value, and the
///   start-element event reads the value's bytes from the page instead (`Cut.Kind.pageValue`),
///   which are what libxml2 would have copied (a value without a reference, in a page of valid
///   UTF-8 with no NUL, is copied as it is). Every value that is not empty is cut: on the
///   synthetic pages' short values, leaving those under 5 or 8 bytes to libxml2 cost more
///   instructions than it saved (docs/performance.md);
/// - a run of text just after a start tag, an end tag, a comment or a reference libxml2 reads
///   whole (`referenceEnd`), up to the next `<` or `&`, of 16 to 999 bytes that libxml2 would
///   hand over whole as it is (`textRun`), is cut after its first byte: the parser reads that
///   byte as it would the run (a printable ASCII byte, or in `<body>` a blank, whether the run
///   holds text or only blanks), hands it over alone just before the `<` or `&`,
///   and that characters event reads the run from the page instead (`Cut.Kind.text`). libxml2
///   reads text a character at a time (about 40 instructions a byte).
///
/// A script whose start tag says `ld+json` (ingest reads JSON-LD) is cut only where libxml2
/// would hand its body over as it is, with no byte it drops (`plainText`; `htmlParseScript`
/// copies every other character, a `</` not followed by `script` included, and ends the body
/// where the scan does): the capture then reads the body from the page (`Cut.Kind.jsonLD`).
///
/// What is kept: JSON-LD bodies with a byte libxml2 drops, self-closed
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
/// The scan is a guess at where libxml2 will be, made by reading each `<` as libxml2 does in
/// content (a tag, an end tag, a declaration, text), but not its state: inside a `<title>` or
/// after `</html>` it reads as it does anywhere. `CutFollower` checks every guess against the
/// parser's own events (a value cut is claimed only by its element's start-element event, at
/// its tag's `>`), and `HTMLParser` parses the page itself when one was wrong.
///
/// Requires valid UTF-8 (as `HTMLParser` does): libxml2 reads the rest of a page as Latin-1
/// from the first invalid byte on, which a cut could hide.
///
/// The scan also counts each start tag's attributes, as libxml2 reads them, for `AttributeLimit`
/// (`Reading`), which then needs no pass of its own over the page.
///
/// Cost: a `memchr` for each `<` outside the cut bodies (none when a tag follows a tag) and
/// for each `<` or `-` inside them, a byte loop over each start tag's names and blanks and a
/// `memchr` across each quoted value, a `memchr` for `&` (within 1,000 bytes of the run's start,
/// then on to the next reference) and a check eight bytes a step across each run of text long
/// enough to cut, and one copy of the kept bytes.
struct RawTextElision {
    /// Bytes of the page the parser is not given.
    struct Cut: Equatable {
        enum Kind: Equatable {
            /// The body of a `<script>` or `<style>` element.
            case rawText(HTMLTag)
            /// The body of a `<script>` whose start tag says `ld+json`, which libxml2 would hand
            /// over as it is (`plainText`): its start-element event claims it, as a `rawText`
            /// cut's, and the page builder's JSON-LD capture reads the body from the page
            /// (`CutFollower.claimJSONLD`).
            case jsonLD
            /// The body of a comment, and the length of its terminator (`-->` or `--!>`). (A byte:
            /// the widest payload sets the size of every cut, and pages have thousands.)
            case comment(terminator: UInt8)
            /// Attributes ingest does not read, in a start tag of this element: whole ones with
            /// quoted values (the parser reads the tag without them), or the inside of one's
            /// quoted value (the quotes stay: the parser reads an empty value).
            case attributeValue(HTMLTag)
            /// The inside of the quoted value of a `class` or `id` attribute (`Attributes.ByteValue`)
            /// in a start tag of this element: the quotes stay, the parser reads an empty value, and
            /// the start-element event reads the page's bytes in its place (`CutFollower.pageValues`).
            case pageValue(HTMLTag, Attributes.ByteValue)
            /// A run of text after its first byte, which stays (`textRun`): the parser reads that
            /// byte alone, and the characters event it gives reads the run from the page instead
            /// (`CutFollower.textEnds`).
            case text

            /// Whether the cut lies in a start tag (claimed by its element's start-element event).
            var isInTag: Bool {
                switch self {
                case .attributeValue, .pageValue: true
                case .rawText, .jsonLD, .comment, .text: false
                }
            }
        }

        var kind: Kind
        /// Where the cut bytes start in the parsed (cut) bytes.
        var parsedStart: Int
        /// Where the cut bytes start in the page (read for a `pageValue`).
        var pageStart: Int
        /// How many bytes are cut.
        var count: Int
        /// The parsed offset at which the parser's event shows it is where the scan expected:
        /// a raw-text start tag's `>` just before the cut, the end of an empty comment just
        /// after it, or the end (`>`, or the `/` of `/>`) of the start tag holding the value.
        var claimAt: Int

        /// A cut; `claimAt` is needed only for a cut in a start tag (the others' follow from
        /// where they start), `pageStart` only for a `pageValue`.
        init(kind: Kind, parsedStart: Int, count: Int, claimAt: Int? = nil, pageStart: Int = 0) {
            self.kind = kind
            self.parsedStart = parsedStart
            self.count = count
            self.pageStart = pageStart
            switch kind {
            case .rawText, .jsonLD: self.claimAt = parsedStart - 1
            case .comment(let terminator): self.claimAt = parsedStart + Int(terminator)
            case .text: self.claimAt = parsedStart
            case .attributeValue, .pageValue: self.claimAt = claimAt ?? parsedStart
            }
        }
    }

    /// Bytes to cut, found by `scan`, in page offsets.
    struct Found: Equatable {
        var kind: Cut.Kind
        var start: Int
        var end: Int
        /// For a cut in a start tag, where the tag ends (the claiming event's offset).
        var tagEnd = -1
    }

    /// What the scan read of the page's start tags besides the cuts.
    struct Tags: Equatable {
        /// The `<` of the first start tag with more attributes than the scan's limit, if any.
        var firstExcess: Int?
        /// Whether the scan read the whole page as libxml2 reads it: the page holds no NUL byte
        /// (libxml2 ends a value there) and no markup the scan cannot be sure of (`markup`,
        /// `rawTextTagAgrees`), nor a `<!` that opens neither a comment nor a DOCTYPE, which
        /// libxml2 2.9's push parser reads as text and the scan skips to its `>`. Only then does
        /// `firstExcess` speak for every tag libxml2 reads.
        var exact: Bool
    }

    /// A page's scan: what to cut, and what `AttributeLimit` needs to know of its start tags.
    /// Made once per page, before the attribute check, and handed to `HTMLParser`.
    struct Reading {
        var found: [Found] = []
        var tags = Tags(firstExcess: nil, exact: false)

        /// The scan of `page` (values from its last chunk on), or nil when the libxml2 in use
        /// is not one whose rules the scan follows (`rulesHold`) or the page has no storage.
        init?(_ page: UnsafeBufferPointer<UInt8>) {
            guard RawTextElision.rulesHold, page.baseAddress != nil else { return nil }
            let lastChunk = HTMLParser.lastChunkStart(page.count)
            var all: [Found] = []
            // Room for a cut per 64 bytes at once (pages have one per 40 to 200 bytes), not grown
            // a doubling at a time; at most 1 MB of it, whatever the page.
            all.reserveCapacity(min(page.count / 64, 1 << 15))
            tags = RawTextElision.scan(page, valuesFrom: lastChunk, into: &all)
            // Only the last chunk's are cut: the rest, up to a cut per 40 bytes of a page, would
            // otherwise stay in memory through the parse and the extraction.
            let first = all.firstIndex { $0.start >= lastChunk } ?? all.count
            found = first == 0 ? all : Array(all[first...])
        }
    }

    /// The cuts, in page order.
    private(set) var cuts: [Cut] = []
    /// The page without the cut bytes.
    private(set) var bytes: [UInt8] = []

    /// Bodies shorter than this stay: cutting them saves less than it costs.
    static let minimumCut = 32
    /// Values shorter than this stay where only the inside of a value can be cut (a whole
    /// attribute is cut whatever its length). libxml2 spends about 100-144 instructions a value
    /// byte and a cut costs a few hundred, so short values would pay too; 8 leaves the many
    /// 1-7-byte values (`width="640"`) to the parser (docs/performance.md, 2026-12-05).
    static let minimumValue = 8

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
        guard let reading = Reading(page) else { return nil }
        self.init(page, reading: reading)
    }

    /// The cut page from the page's scan, `reading` (`Reading(page)`), or nil when nothing
    /// worth cutting was found.
    init?(_ page: UnsafeBufferPointer<UInt8>, reading: Reading) {
        guard let base = page.baseAddress else { return nil }
        let lastChunk = HTMLParser.lastChunkStart(page.count)
        let found = reading.found
        let first = found.firstIndex { $0.start >= lastChunk } ?? found.count
        let removed = found[first...].reduce(0) { $0 + $1.end - $1.start }
        guard removed >= 1024, removed >= page.count / 16 else { return nil }
        var cuts: [Cut] = []
        cuts.reserveCapacity(found.count - first)
        // The kept bytes copied into place (a copy a cut: pages have hundreds of cuts, and
        // `append(contentsOf:)` cost more per call than the copy of a short piece).
        bytes = [UInt8](unsafeUninitializedCapacity: page.count - removed) { buffer, initialized in
            guard let target = buffer.baseAddress else { return }
            var kept = 0
            var shift = 0
            for position in first..<found.count {
                let range = found[position]
                (target + kept - shift).initialize(from: base + kept, count: range.start - kept)
                var claimAt: Int?
                if range.kind.isInTag {
                    claimAt = range.tagEnd - shift - Self.removedInTag(found, from: position)
                }
                let count = range.end - range.start
                cuts.append(Cut(kind: range.kind, parsedStart: range.start - shift, count: count, claimAt: claimAt, pageStart: range.start))
                shift += count
                kept = range.end
            }
            (target + kept - shift).initialize(from: base + kept, count: page.count - kept)
            initialized = page.count - shift
        }
        self.cuts = cuts
        // Each cut leaves its end tag or terminator behind it, so the cut page's last chunk
        // starts where the page's does; the check keeps that so.
        guard HTMLParser.lastChunkStart(bytes.count) == lastChunk else { return nil }
    }

    /// The bytes cut from `found[position]` on within the same start tag (a tag has few values).
    private static func removedInTag(_ found: [Found], from position: Int) -> Int {
        var removed = 0
        var next = position
        while next < found.count && found[next].tagEnd == found[position].tagEnd {
            removed += found[next].end - found[next].start
            next += 1
        }
        return removed
    }

    /// Appends to `found` each body or value to cut, in page order; values only in start tags
    /// from `valuesFrom` on, and none in a page that holds a NUL byte (libxml2 ends a value
    /// there, where the scan would not). Returns the first start tag with more than `limit`
    /// attributes (`StartTagScanner`'s count) and whether the page was read exactly (`Tags`).
    ///
    /// Each `<` is read as libxml2 2.9 reads it in content: `<!--` opens a comment, `<!` else a
    /// declaration or bogus comment to its `>`, `<?` a processing instruction to its `>`, `</`
    /// and a name an end tag to the first `>`, `<` and an ASCII letter a start tag
    /// (`StartTagScanner`), anything else is text. (libxml2 2.9.14's push parser reads a `<!`
    /// that opens neither a comment nor a DOCTYPE as text: such a page is not read exactly, and
    /// a comment `chunkEndOfComment` ends early resumes the scan at its chunk's end.)
    ///
    /// Values are cut only while the scan is sure it is where libxml2 is: from a construct it
    /// cannot read as libxml2 does (`markup`, `rawTextTagAgrees`) on, it cuts none. A value cut
    /// is claimed by an event of its element at its tag's `>`, which a tag libxml2 began at an
    /// earlier `<` (the scan having skipped it) could give too, with the cut bytes inside one of
    /// its values, where a whole attribute's cut quotes would end that value elsewhere: so no
    /// skipped markup may hold a `<` that libxml2 reads (`markup`) while the scan is sure.
    @discardableResult
    static func scan(
        _ page: UnsafeBufferPointer<UInt8>, valuesFrom: Int = 0, limit: Int = AttributeLimit.maxPerElement,
        into found: inout [Found]
    ) -> Tags {
        // Values are cut only while `sure` (and from `valuesFrom`, which is below the page's
        // count wherever a tag is): the scan is where libxml2 is.
        var sure = !page.isEmpty && page.firstIndex(of: 0, from: 0) == nil
        var exact = true
        var excess: Int?
        var values: [Range<Int>] = []
        values.reserveCapacity(64)
        var index = 0
        // Text is cut (`textRun`) only just after the `>` of a start tag, an end tag or a comment
        // (`textFollows`), from the first start tag on (libxml2 is then in an element's content)
        // to the first `</html` (after which it may have none open, and skips blanks unread).
        var textFollows = false
        var inContent = false
        var endedHTML = false
        // Runs of blanks only from a `<body` start tag to the next `</body`: libxml2 hands blanks
        // over in an element other than `<html>` and `<head>` (elsewhere `areBlanks` takes them
        // for ignorable, and `HTML_PARSE_NOBLANKS` drops them unseen, so no event could claim
        // the cut).
        var inBody = false
        while let open = nextOpen(page, from: index) {
            if textFollows && open - index >= minimumText && sure && index >= valuesFrom {
                textRun(page, from: index, to: open, blanks: inBody, into: &found)
            }
            guard open + 1 < page.count else { break }
            let next = page[open + 1]
            let resume: Int?
            var attributes = 0
            if (next | 0x20) &- UInt8(ascii: "a") < 26 {
                if let tag = rawTextTag(page, at: open) {
                    if sure && !rawTextTagAgrees(page, at: open, values: &values, attributes: &attributes) { sure = false }
                    resume = rawText(tag, page, at: open, into: &found)
                    textFollows = false
                } else {
                    resume = startTag(
                        page, at: open, cutting: sure && open >= valuesFrom, into: &found, values: &values, attributes: &attributes)
                    if !endedHTML { inContent = true }
                    if next | 0x20 == UInt8(ascii: "b") && Self.names(page, at: open + 1, "body") { inBody = true }
                    textFollows = inContent
                }
            } else if next == UInt8(ascii: "!") && startsComment(page, at: open) {
                resume = chunkEndOfComment(page, at: open) ?? comment(page, at: open, into: &found)
                textFollows = inContent
            } else {
                resume = markup(page, at: open, sure: &sure)
                // libxml2 2.9 reads `<!x` as text, and the tags in it (`<![CDATA[<p ...>]]>`):
                // the scan skips them, so its count does not speak for the page.
                if next == UInt8(ascii: "!") && !matches(page, at: open + 2, "doctype") { exact = false }
                if next == UInt8(ascii: "/") && open + 2 < page.count && page[open + 2] | 0x20 == UInt8(ascii: "h")
                    && matches(page, at: open + 2, "html")
                {
                    (inContent, endedHTML) = (false, true)
                }
                if next == UInt8(ascii: "/") && open + 2 < page.count && page[open + 2] | 0x20 == UInt8(ascii: "b")
                    && Self.names(page, at: open + 2, "body")
                {
                    inBody = false
                }
                textFollows = inContent && next == UInt8(ascii: "/")
            }
            // Only text just after a `>` (a tag read whole, or a comment's end; not a raw-text
            // element's end, nor where a NUL or the page's end stopped a tag).
            if textFollows, let resume, resume == 0 || page[resume - 1] != UInt8(ascii: ">") { textFollows = false }
            if attributes > limit && excess == nil { excess = open }
            guard let resume else { break }
            index = resume
        }
        return Tags(firstExcess: excess, exact: sure && exact)
    }

    /// The first `<` at or after `start`: tags often follow one another (`</a></li><li>`), so
    /// the byte at `start` is read before `memchr` is called.
    @inline(__always)
    private static func nextOpen(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        start < page.count && page[start] == UInt8(ascii: "<") ? start : page.firstIndex(of: UInt8(ascii: "<"), from: start)
    }

    // MARK: The scan's pieces

    /// Where libxml2 2.9's push parser ends the comment at `open` where `commentEnd` does not:
    /// it takes a comment for whole once it sees `--` and `>` or `!>` from the `<!--` on
    /// (`htmlParseLookupCommentEnd`), so `<!-->`, `<!--!>`, `<!--->` and `<!---!>` pass for whole
    /// ones, but reads the comment to its real end (`commentEnd`) or the end of the bytes it was
    /// given so far. In a chunk before the last (`HTMLParser.chunkSize`), such a comment with no
    /// end in its chunk ends at the chunk's end, and libxml2 reads the next chunk as content.
    /// Nil where the comment ends where `commentEnd` says (or runs to the page's end).
    static func chunkEndOfComment(_ page: UnsafeBufferPointer<UInt8>, at open: Int) -> Int? {
        let lastChunk = HTMLParser.lastChunkStart(page.count)
        guard open < lastChunk, open + 5 < page.count else { return nil }
        let (greater, bang, dash) = (UInt8(ascii: ">"), UInt8(ascii: "!"), UInt8(ascii: "-"))
        // Where the `>` is after a `--` at `at - 2` that libxml2 takes for an end, if it does.
        func early(_ at: Int) -> Int? {
            if page[at] == greater { return at }
            return at + 1 < page.count && page[at] == bang && page[at + 1] == greater ? at + 1 : nil
        }
        guard let seen = early(open + 4) ?? (page[open + 4] == dash ? early(open + 5) : nil) else { return nil }
        // The bytes given when the comment is read: up to the end of the chunk its seeming end is in.
        let chunkEnd = (seen / HTMLParser.chunkSize + 1) * HTMLParser.chunkSize
        guard chunkEnd <= lastChunk else { return nil }
        if let (end, terminator) = commentEnd(page, from: open + 4), end + terminator <= chunkEnd { return nil }
        return chunkEnd
    }

    /// Reads the comment at `open`; returns where the scan resumes (nil: it runs to the end).
    private static func comment(_ page: UnsafeBufferPointer<UInt8>, at open: Int, into found: inout [Found]) -> Int? {
        let start = open + 4
        guard let (end, terminator) = commentEnd(page, from: start) else { return nil }
        if end - start >= minimumCut { found.append(Found(kind: .comment(terminator: UInt8(terminator)), start: start, end: end)) }
        return end + terminator
    }

    /// Runs of text shorter than this stay whole: a cut costs about what libxml2 spends on a
    /// dozen bytes of text (about 40 instructions a byte, read a character at a time).
    static let minimumText = 16
    /// Runs of text longer than this stay whole: libxml2 hands text over in pieces of 1,000
    /// bytes (`HTML_PARSER_BIG_BUFFER_SIZE`), and one byte read in place of a longer run would
    /// come in one piece where the run comes in several.
    static let maximumText = 999

    /// Appends the cuts of the runs of text from `start` (just after a `>`) up to `end` (the
    /// next `<`): the run up to the first `&` (libxml2 ends its text there, to read a reference),
    /// and, after each reference libxml2 reads whole and goes on from (`referenceEnd`), the run
    /// up to the next `&` or `end`, since libxml2 reads the text after a reference as it reads
    /// the text after a tag (`htmlParseCharData` from the byte after the `;`). A run is cut where
    /// libxml2 2.9 would hand it over whole as it is: a run of at least `minimumText` and at most
    /// `maximumText` bytes of valid characters (no control byte but tab, line feed and carriage
    /// return, no U+FFFE or U+FFFF: libxml2 drops those, in a page of valid UTF-8 with no NUL),
    /// starting with a printable ASCII byte or (only where `blanks`, in `<body>`) with a blank
    /// (space, tab, line feed, carriage return), all blanks or not. The run's first byte stays:
    /// libxml2 reads it as it would the run (see below), and hands it over alone in one
    /// characters event just before the `<` or `&`, which then reads the run from the page
    /// (`CutFollower.textEnds`).
    ///
    /// The first byte leads libxml2 down the run's path: `areBlanks` reads a run as blank only
    /// if all of it is, and then by the next byte (`<` or `&`, the same) and the open element;
    /// a printable byte is not blank, like its run. A blank first byte of a run holding text is
    /// read as not blank when an element other than `<html>` and `<head>` is open (no tree is
    /// built, so `areBlanks` has no node to look at), as its run is: the same
    /// `htmlCheckParagraph` and characters event; where libxml2 takes the lone blank for
    /// ignorable instead, no event claims the cut, and the page is parsed again uncut.
    ///
    /// `&` is looked for only as far as a run may reach (`maximumText` + 1 bytes) before a run
    /// is judged, and past that only to find a reference a later run may follow.
    static func textRun(_ page: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, blanks: Bool, into found: inout [Found]) {
        guard let base = page.baseAddress else { return }
        let ampersand = UInt8(ascii: "&")
        var start = start
        while end - start >= minimumText {
            let reach = min(end, start + maximumText + 1)
            let reference = page.firstIndex(of: ampersand, from: start, before: reach)
            let stop = reference ?? reach
            if stop - start >= minimumText && stop - start <= maximumText {
                cutRun(base, from: start, to: stop, blanks: blanks, into: &found)
            }
            guard let at = reference ?? (reach < end ? page.firstIndex(of: ampersand, from: reach, before: end) : nil),
                let after = referenceEnd(base, at: at, before: end)
            else { return }
            start = after
        }
    }

    /// Appends the cut of the run `start..<stop` (16 to 999 bytes, just after a `>` or a
    /// reference, before a `<` or `&`) if libxml2 would hand it over whole as it is (`textRun`).
    private static func cutRun(_ base: UnsafePointer<UInt8>, from start: Int, to stop: Int, blanks: Bool, into found: inout [Found]) {
        let first = base[start]
        if StartTagScanner.isBlank(first) {
            guard blanks else { return }
        } else {
            guard first > 0x20, first < 0x7F else { return }
        }
        guard plainText(base, from: start + 1, to: stop) else { return }
        found.append(Found(kind: .text, start: start + 1, end: stop))
    }

    /// Where the reference at `at` (an `&`, before `end`) ends, when libxml2 2.9 reads it whole
    /// and goes on with text right after its `;` (`htmlParseReference`): a character reference,
    /// `&#` and 1 to 7 decimal digits or `&#x` (or `X`) and 1 to 7 hexadecimal digits, then `;`
    /// (read to its `;` whatever its value: an invalid one gives no event, but the parser still
    /// resumes after the `;`); or a named reference of up to 8 letters and digits, then `;`,
    /// that libxml2's own entity table knows (`knownReferenceNames`: an unknown name leaves
    /// the parser at the `;`, which then begins its text). Nil for any other `&`.
    static func referenceEnd(_ base: UnsafePointer<UInt8>, at: Int, before end: Int) -> Int? {
        var index = at + 1
        guard index < end else { return nil }
        if base[index] == UInt8(ascii: "#") {
            index += 1
            let hex = index < end && base[index] | 0x20 == UInt8(ascii: "x")
            if hex { index += 1 }
            let digits = index
            while index < end && index - digits < 8 && isDigit(base[index], hex: hex) { index += 1 }
            guard index > digits, index - digits <= 7, index < end, base[index] == UInt8(ascii: ";") else { return nil }
            return index + 1
        }
        let first = index
        guard (base[first] | 0x20) &- UInt8(ascii: "a") < 26 else { return nil }
        var name: UInt64 = 0
        while index < end && index - first < 8 && isLetterOrDigit(base[index]) {
            name |= UInt64(base[index]) << (8 * UInt64(index - first))
            index += 1
        }
        guard index < end, base[index] == UInt8(ascii: ";"), knownReferenceNames.contains(name) else { return nil }
        return index + 1
    }

    @inline(__always) private static func isDigit(_ byte: UInt8, hex: Bool) -> Bool {
        byte &- UInt8(ascii: "0") < 10 || (hex && (byte | 0x20) &- UInt8(ascii: "a") < 6)
    }

    @inline(__always) private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10 || (byte | 0x20) &- UInt8(ascii: "a") < 26
    }

    /// Names of references common in news pages, each kept only if the libxml2 in use knows it
    /// (`htmlEntityLookup`, case as written), as their bytes in a little-endian word (zeros after
    /// the name). A reference not listed here ends the text cuts of its run of text.
    static let knownReferenceNames: Set<UInt64> = {
        let names = [
            "amp", "lt", "gt", "quot", "apos", "nbsp", "shy", "copy", "reg", "trade", "mdash", "ndash", "minus",
            "lsquo", "rsquo", "sbquo", "ldquo", "rdquo", "bdquo", "laquo", "raquo", "lsaquo", "rsaquo", "hellip",
            "middot", "bull", "prime", "deg", "times", "divide", "plusmn", "frac12", "frac14", "frac34", "euro",
            "pound", "yen", "cent", "sect", "para", "thinsp", "ensp", "emsp", "zwnj", "zwj", "lrm", "rlm",
            "aacute", "eacute", "iacute", "oacute", "uacute", "agrave", "egrave", "ograve", "acirc", "ecirc",
            "ocirc", "auml", "euml", "iuml", "ouml", "uuml", "Auml", "Ouml", "Uuml", "Eacute", "szlig", "ccedil",
            "ntilde", "atilde", "otilde", "aring", "oslash", "aelig",
        ]
        _ = HTMLParser.initialized
        var known = Set<UInt64>()
        for name in names where name.utf8.count <= 8 && htmlEntityLookup(name) != nil {
            var word: UInt64 = 0
            for (offset, byte) in name.utf8.enumerated() { word |= UInt64(byte) << (8 * UInt64(offset)) }
            known.insert(word)
        }
        return known
    }()

    /// Whether `start..<end` holds no byte libxml2 drops from text in a page of valid UTF-8:
    /// no control byte other than tab, line feed and carriage return, and no U+FFFE or U+FFFF
    /// (EF BF BE, EF BF BF). Eight bytes a step; only a step with such a byte, a line feed or
    /// an 0xEF is looked at byte by byte.
    static func plainText(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var index = start
        while index + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            // The high bit of each byte below 0x20 (no carry crosses a byte), and of each 0xEF.
            let below = ~((word & 0x7F7F_7F7F_7F7F_7F7F &+ 0x6060_6060_6060_6060) | word) & 0x8080_8080_8080_8080
            let ef = UnsafeBufferPointer<UInt8>.zeroFlags(word ^ 0xEFEF_EFEF_EFEF_EFEF)
            if below | ef != 0 {
                for at in index..<index + 8 where !plainByte(base, at, end) { return false }
            }
            index += 8
        }
        while index < end {
            if !plainByte(base, index, end) { return false }
            index += 1
        }
        return true
    }

    /// Whether the byte at `at` (before `end`) is one libxml2 keeps in text (`plainText`).
    @inline(__always)
    private static func plainByte(_ base: UnsafePointer<UInt8>, _ at: Int, _ end: Int) -> Bool {
        let byte = base[at]
        if byte < 0x20 { return byte == 0x09 || byte == 0x0A || byte == 0x0D }
        // In valid UTF-8 a three-byte character ends before the ASCII byte that ends the run; one
        // that does not is invalid, and left whole.
        guard byte == 0xEF else { return true }
        return at + 2 < end && !(base[at + 1] == 0xBF && base[at + 2] & 0xFE == 0xBE)
    }

    /// Whether the bytes at `offset` are the name `name` (lowercase ASCII), ASCII case ignored,
    /// and no longer name follows (libxml2's name bytes).
    static func names(_ page: UnsafeBufferPointer<UInt8>, at offset: Int, _ name: StaticString) -> Bool {
        let end = offset + name.utf8CodeUnitCount
        return matches(page, at: offset, name) && (end >= page.count || !StartTagScanner.isNameByte(page[end]))
    }

    /// Reads the script or style element at `open`; returns where the scan resumes.
    private static func rawText(_ tag: HTMLTag, _ page: UnsafeBufferPointer<UInt8>, at open: Int, into found: inout [Found]) -> Int? {
        guard let close = tagEnd(page, from: open + 2) else { return nil }
        if page[close - 1] == UInt8(ascii: "/") { return close + 1 }  // `<script/>`: libxml2 closes it there
        guard let end = rawTextEnd(page, from: close + 1, name: tag == .script ? "script" : "style") else { return nil }
        let body = close + 1
        guard end - body >= minimumCut else { return end }
        if !saysJSONLD(page, from: open, to: close) {
            found.append(Found(kind: .rawText(tag), start: body, end: end))
        } else if tag == .script, let base = page.baseAddress, plainText(base, from: body, to: end) {
            found.append(Found(kind: .jsonLD, start: body, end: end))
        }
        return end
    }

    /// Reads the start tag at `open`, appending the values to cut when `cutting` and setting
    /// `attributes` to its count of attributes; returns where the scan resumes. `values` is
    /// scratch space, reused from tag to tag.
    private static func startTag(
        _ page: UnsafeBufferPointer<UInt8>, at open: Int, cutting: Bool, into found: inout [Found], values: inout [Range<Int>],
        attributes: inout Int
    ) -> Int? {
        var name = open..<open
        // The values of earlier tags stay until there are many: clearing the array for every tag
        // cost more than the scan of a short tag.
        if values.count > 256 { values.removeAll(keepingCapacity: true) }
        let first = values.count
        var marks = ByteValueMarks()
        let end = StartTagScanner.scan(
            page, at: open, minimum: cutting ? 0 : .max, name: &name, values: &values, attributes: &attributes
        ) { marks.keep(page, $0) }
        switch end {
        case .stopped(let at):
            return at < page.count ? at : nil
        case .closed(let at):
            if values.count > first {
                let tag = HTMLTag.lookup(page, name)
                if !keepsValues(tag) {
                    appendAttributeCuts(page, values: values, from: first, marks: marks, tag: tag, tagEnd: at, into: &found)
                }
            }
            return page[at] == UInt8(ascii: ">") ? at + 1 : at + 2
        }
    }

    /// Which of a start tag's values the scan reports (`StartTagScanner`'s `keep`) are `class`
    /// and `id` values (`Attributes.ByteValue`), as bits by their place among them (the first 64).
    struct ByteValueMarks {
        /// The values reported so far.
        private(set) var count = 0
        var classes: UInt64 = 0
        var ids: UInt64 = 0

        /// `StartTagScanner`'s `keep` for the scan: keeps the values ingest reads as C strings
        /// (`Attributes.Reading.string`), reports the others, marking those of `class` and `id`.
        /// A `class` or `id` value past the 64th reported is kept.
        @inline(__always) mutating func keep(_ page: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Bool {
            switch Attributes.reading(page, name) {
            case .unread: break
            case .string: return true
            case .bytes(let value):
                guard count < 64 else { return true }
                if value == .class { classes |= 1 << UInt64(count) } else { ids |= 1 << UInt64(count) }
            }
            count += 1
            return false
        }
    }

    /// Appends the cuts for the quoted values `values` from `first` on (inner ranges, in order;
    /// `marks` tells which are `class` and `id` values, by their place from `first`) of attributes
    /// ingest does not read, and of those it reads as bytes (`Attributes.ByteValue`: `class`,
    /// `id`), in a start tag of `tag` ending at `tagEnd`: each whole attribute ingest does not
    /// read, name to closing quote (`wholeAttribute`), so that libxml2 reads neither its name nor
    /// its value, with the blanks between two such attributes taken too (one cut); where the
    /// bytes before a value are not a plain `name=`, the inside of the value alone, when it is
    /// at least `minimumValue` bytes. Of a `class` or `id` value, the inside (`pageValue`), read
    /// from the page by the start-element event: only where libxml2 would copy the bytes as they
    /// are (no `&`, which starts a reference it decodes), the value is not empty, and the tag
    /// holds no other quoted value of that name (libxml2 keeps the first of a repeated attribute;
    /// where a bare or unquoted one comes before it, libxml2 keeps that one, whose value
    /// `Attributes.traits` then reads, as in the page, in place of the page's bytes).
    ///
    /// libxml2 2.9 reads an attribute's name and value a character at a time, looks the name up
    /// in its dictionary, copies the value into a buffer it then frees, and compares the name
    /// with every earlier one of its tag: about 500-1,000 instructions an attribute
    /// (docs/performance.md), against a few dozen for a cut.
    static func appendAttributeCuts(
        _ page: UnsafeBufferPointer<UInt8>, values: [Range<Int>], from first: Int = 0, marks: ByteValueMarks, tag: HTMLTag,
        tagEnd: Int, into found: inout [Found]
    ) {
        // A name repeated keeps its values (two bits or more).
        let classes = marks.classes & (marks.classes & (marks.classes &- 1) == 0 ? ~0 : 0)
        let ids = marks.ids & (marks.ids & (marks.ids &- 1) == 0 ? ~0 : 0)
        var bit: UInt64 = 1
        for position in first..<values.count {  // indices, not a slice: a slice would retain the array
            let value = values[position]
            defer { bit <<= 1 }
            if (marks.classes | marks.ids) & bit != 0 {
                if (classes | ids) & bit != 0, !value.isEmpty,
                    page.firstIndex(of: UInt8(ascii: "&"), from: value.lowerBound, before: value.upperBound) == nil
                {
                    let read: Attributes.ByteValue = classes & bit != 0 ? .class : .id
                    found.append(Found(kind: .pageValue(tag, read), start: value.lowerBound, end: value.upperBound, tagEnd: tagEnd))
                }
                continue
            }
            guard let whole = wholeAttribute(page, value: value) else {
                if value.count >= minimumValue {
                    found.append(Found(kind: .attributeValue(tag), start: value.lowerBound, end: value.upperBound, tagEnd: tagEnd))
                }
                continue
            }
            if let last = found.last, last.tagEnd == tagEnd, last.kind == .attributeValue(tag),
                onlyBlanks(page, last.end..<whole.lowerBound)
            {
                found[found.count - 1].end = whole.upperBound
            } else {
                found.append(Found(kind: .attributeValue(tag), start: whole.lowerBound, end: whole.upperBound, tagEnd: tagEnd))
            }
        }
    }

    /// The whole attribute whose quoted value's inside is `value`, from the first byte of its
    /// name through the closing quote, read backwards from the opening quote: blanks, `=`,
    /// blanks, and a name of at most `StartTagScanner.maximumName` bytes that starts as a name
    /// does and follows a blank or a quote (the end of the previous value). Nil otherwise (a
    /// name longer than libxml2 reads in one piece, whose first pieces it reads as attributes
    /// of their own).
    static func wholeAttribute(_ page: UnsafeBufferPointer<UInt8>, value: Range<Int>) -> Range<Int>? {
        var index = value.lowerBound - 2  // before the opening quote
        while index > 0 && StartTagScanner.isBlank(page[index]) { index -= 1 }
        guard index > 0, page[index] == UInt8(ascii: "=") else { return nil }
        index -= 1
        while index > 0 && StartTagScanner.isBlank(page[index]) { index -= 1 }
        let nameEnd = index + 1
        while index > 0 && StartTagScanner.isNameByte(page[index]) {
            guard nameEnd - index <= StartTagScanner.maximumName else { return nil }
            index -= 1
        }
        let start = index + 1
        let before = page[index]
        guard start < nameEnd, StartTagScanner.startsName(page[start]),
            StartTagScanner.isBlank(before) || before == UInt8(ascii: "\"") || before == UInt8(ascii: "'")
        else { return nil }
        return start..<value.upperBound + 1
    }

    /// Whether every byte of `range` is a blank (libxml2's `IS_BLANK_CH`).
    private static func onlyBlanks(_ page: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.allSatisfy { StartTagScanner.isBlank(page[$0]) }
    }

    /// Whether a start tag of `tag` keeps its values whole: an element whose attributes
    /// `PageBuilder` reads by value (`records`), or `head` or `body`, which libxml2 drops without
    /// an event when they come again (no event would claim a cut in them).
    static func keepsValues(_ tag: HTMLTag) -> Bool { tag == .head || tag == .body || PageBuilder.records(tag) }

    /// Reads the markup at `open` that is neither a comment nor a start tag: a declaration or
    /// processing instruction, an end tag, or a `<` that is text. Returns where the scan resumes;
    /// clears `sure` where libxml2 may end the markup elsewhere:
    /// - `<!DOCTYPE` honours quotes only in the literals after `SYSTEM` or `PUBLIC`, and skips
    ///   what follows them to the first `>` (`<!DOCTYPE html "a>b">` ends at `a>`): the scan is
    ///   sure only where the first `>` is also the first outside quotes;
    /// - `<?` opens a processing instruction when an XML name follows, and the scan does not
    ///   tell which non-ASCII characters start one, nor what libxml2 does with `<?.`;
    /// - any other `<!` (`<![CDATA[`, `<![if !IE]>`) is text to libxml2 2.9's push parser, and
    ///   a `<` in it may open a tag (or comment) that runs past the `>` the scan skips to, with
    ///   the tag the scan reads next inside one of its values: the scan is sure only where no
    ///   `<` comes before that `>`.
    private static func markup(_ page: UnsafeBufferPointer<UInt8>, at open: Int, sure: inout Bool) -> Int? {
        let next = page[open + 1]
        let third = open + 2 < page.count ? page[open + 2] : 0
        if next == UInt8(ascii: "!") {
            let close = page.firstIndex(of: UInt8(ascii: ">"), from: open + 2)
            if sure {
                if matches(page, at: open + 2, "doctype") {
                    if tagEnd(page, from: open + 2) != close { sure = false }
                } else if page.firstIndex(of: UInt8(ascii: "<"), from: open + 2, before: close) != nil {
                    sure = false
                }
            }
            return close.map { $0 + 1 }
        }
        let named = StartTagScanner.startsName(third)
        if next == UInt8(ascii: "?") && (third == UInt8(ascii: ".") || third >= 0x80) { sure = false }
        if next == UInt8(ascii: "/") && named || next == UInt8(ascii: "?") && (named || third >= 0x80) {
            return page.firstIndexNear(of: UInt8(ascii: ">"), from: open + 2).map { $0 + 1 }
        }
        return next == UInt8(ascii: "/") || next == UInt8(ascii: "?") ? open + 2 : open + 1
    }

    /// Whether the script or style start tag at `open` ends where `rawText` takes it to end
    /// (`tagEnd`, which honours every quote; self-closed when a `/` comes before the `>`) and
    /// where libxml2 ends it (`StartTagScanner`, which honours only a value's quotes:
    /// `<script x=a'b>` ends at its `>`, and `<script a=b/>` is not self-closed, its `/` being
    /// the value's). Sets `attributes` to the tag's count of attributes, as libxml2 reads them.
    private static func rawTextTagAgrees(
        _ page: UnsafeBufferPointer<UInt8>, at open: Int, values: inout [Range<Int>], attributes: inout Int
    ) -> Bool {
        var name = open..<open
        values.removeAll(keepingCapacity: true)
        let end = StartTagScanner.scan(
            page, at: open, minimum: .max, name: &name, values: &values, attributes: &attributes, keep: { _ in true })
        guard case .closed(let at) = end, let close = tagEnd(page, from: open + 2) else { return false }
        let selfClosed = page[at] == UInt8(ascii: "/")
        return close == (selfClosed ? at + 1 : at) && selfClosed == (page[close - 1] == UInt8(ascii: "/"))
    }

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
