@testable import GlossHTML

// The scan as it was reviewed at b8b233a (ingest13, review15), kept verbatim but for names so
// that the faster scan can be compared with it: same cuts, same tag ends, on any page.

/// `RawTextElision.scan` at b8b233a: every start tag read by `ReferenceStartTagScanner`, a
/// `memchr` for every `<`.
enum ReferenceScan {
    static func scan(_ page: UnsafeBufferPointer<UInt8>, valuesFrom: Int = 0, into found: inout [RawTextElision.Found]) {
        var cutting = valuesFrom < page.count && page.firstIndex(of: 0, from: 0) == nil
        var values: [Range<Int>] = []
        var index = 0
        while let open = page.firstIndex(of: UInt8(ascii: "<"), from: index) {
            guard open + 1 < page.count else { return }
            let resume: Int?
            if startsComment(page, at: open) {
                resume = comment(page, at: open, into: &found)
            } else if let tag = RawTextElision.rawTextTag(page, at: open) {
                if cutting && !rawTextTagAgrees(page, at: open, values: &values) { cutting = false }
                resume = rawText(tag, page, at: open, into: &found)
            } else if (page[open + 1] | 0x20) &- UInt8(ascii: "a") < 26 {
                resume = startTag(page, at: open, cutting: cutting && open >= valuesFrom, into: &found, values: &values)
            } else {
                resume = markup(page, at: open, sure: &cutting)
            }
            guard let resume else { return }
            index = resume
        }
    }

    // MARK: The scan's pieces

    static func comment(_ page: UnsafeBufferPointer<UInt8>, at open: Int, into found: inout [RawTextElision.Found]) -> Int? {
        let start = open + 4
        guard let (end, terminator) = RawTextElision.commentEnd(page, from: start) else { return nil }
        if end - start >= RawTextElision.minimumCut { found.append(RawTextElision.Found(kind: .comment(terminator: UInt8(terminator)), start: start, end: end)) }
        return end + terminator
    }

    static func rawText(_ tag: HTMLTag, _ page: UnsafeBufferPointer<UInt8>, at open: Int, into found: inout [RawTextElision.Found]) -> Int? {
        guard let close = RawTextElision.tagEnd(page, from: open + 2) else { return nil }
        if page[close - 1] == UInt8(ascii: "/") { return close + 1 }  // `<script/>`: libxml2 closes it there
        guard let end = RawTextElision.rawTextEnd(page, from: close + 1, name: tag == .script ? "script" : "style") else { return nil }
        let json = RawTextElision.saysJSONLD(page, from: open, to: close)
        if !json && end - (close + 1) >= RawTextElision.minimumCut { found.append(RawTextElision.Found(kind: .rawText(tag), start: close + 1, end: end)) }
        // Since pipespeed5: a script's JSON-LD that libxml2 hands over as it is is cut for the
        // capture to read from the page.
        if json && tag == .script && end - (close + 1) >= RawTextElision.minimumCut && handsOverAsItIs(page, from: close + 1, to: end) {
            found.append(RawTextElision.Found(kind: .jsonLD, start: close + 1, end: end))
        }
        return end
    }

    /// Whether `start..<end` holds no byte `htmlParseScript` drops or changes, byte by byte: no
    /// control byte but tab, line feed and carriage return, no U+FFFE or U+FFFF (nor an 0xEF
    /// too near the end to lead a whole character: invalid, left to libxml2).
    static func handsOverAsItIs(_ page: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        for at in start..<end {
            let byte = page[at]
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return false }
            if byte == 0xEF && (at + 2 >= end || page[at + 1] == 0xBF && (page[at + 2] == 0xBE || page[at + 2] == 0xBF)) { return false }
        }
        return true
    }

    static func startTag(
        _ page: UnsafeBufferPointer<UInt8>, at open: Int, cutting: Bool, into found: inout [RawTextElision.Found], values: inout [Range<Int>]
    ) -> Int? {
        var name = open..<open
        values.removeAll(keepingCapacity: true)
        // Since ingspeed3: `class` and `id` values are reported too, marked, for `appendAttributeCuts`
        // to cut them for the page to be read.
        var marks = RawTextElision.ByteValueMarks()
        let end = ReferenceStartTagScanner.scan(page, at: open, minimum: cutting ? 0 : .max, name: &name, values: &values) {
            marks.keep(page, $0)
        }
        switch end {
        case .stopped(let at):
            return at < page.count ? at : nil
        case .closed(let at):
            if !values.isEmpty {
                let tag = HTMLTag.lookup(page, name)
                // Whole attributes since ingspeed1: the values found as reviewed, cut as the scan cuts them.
                if !RawTextElision.keepsValues(tag) {
                    RawTextElision.appendAttributeCuts(page, values: values, marks: marks, tag: tag, tagEnd: at, into: &found)
                }
            }
            return page[at] == UInt8(ascii: ">") ? at + 1 : at + 2
        }
    }


    static func markup(_ page: UnsafeBufferPointer<UInt8>, at open: Int, sure: inout Bool) -> Int? {
        let next = page[open + 1]
        let third = open + 2 < page.count ? page[open + 2] : 0
        if next == UInt8(ascii: "!") {
            let close = page.firstIndex(of: UInt8(ascii: ">"), from: open + 2)
            if sure && RawTextElision.matches(page, at: open + 2, "doctype") && RawTextElision.tagEnd(page, from: open + 2) != close { sure = false }
            // Since review34: a `<` in a `<!x` (text to libxml2, the `<` maybe a tag's) stops the value cuts.
            if !RawTextElision.matches(page, at: open + 2, "doctype"), page[(open + 2)..<(close ?? page.count)].contains(UInt8(ascii: "<")) {
                sure = false
            }
            return close.map { $0 + 1 }
        }
        let named = ReferenceStartTagScanner.startsName(third)
        if next == UInt8(ascii: "?") && (third == UInt8(ascii: ".") || third >= 0x80) { sure = false }
        if next == UInt8(ascii: "/") && named || next == UInt8(ascii: "?") && (named || third >= 0x80) {
            return page.firstIndex(of: UInt8(ascii: ">"), from: open + 2).map { $0 + 1 }
        }
        return next == UInt8(ascii: "/") || next == UInt8(ascii: "?") ? open + 2 : open + 1
    }

    static func rawTextTagAgrees(_ page: UnsafeBufferPointer<UInt8>, at open: Int, values: inout [Range<Int>]) -> Bool {
        var name = open..<open
        values.removeAll(keepingCapacity: true)
        guard case .closed(let at) = ReferenceStartTagScanner.scan(page, at: open, minimum: .max, name: &name, values: &values, keep: { _ in true }),
            let close = RawTextElision.tagEnd(page, from: open + 2)
        else { return false }
        let selfClosed = page[at] == UInt8(ascii: "/")
        return close == (selfClosed ? at + 1 : at) && selfClosed == (page[close - 1] == UInt8(ascii: "/"))
    }

    static func startsComment(_ page: UnsafeBufferPointer<UInt8>, at open: Int) -> Bool {
        open + 3 < page.count && page[open + 1] == UInt8(ascii: "!") && page[open + 2] == UInt8(ascii: "-")
            && page[open + 3] == UInt8(ascii: "-")
    }
}

/// `StartTagScanner` at b8b233a.
enum ReferenceStartTagScanner {
    typealias End = StartTagScanner.End

    /// The longest name libxml2 reads in one piece (`HTML_PARSER_BUFFER_SIZE`).
    static let maximumName = 100

    /// Scans the start tag whose `<` is at `open` (followed by an ASCII letter): sets `name`
    /// to the element name's range, appends to `values` the inner ranges of the quoted values
    /// of at least `minimum` bytes that `keep` does not claim (given the attribute name's range),
    /// and returns where the tag ends. With no `>`, nothing is appended.
    static func scan(
        _ page: UnsafeBufferPointer<UInt8>, at open: Int, minimum: Int, name: inout Range<Int>,
        values: inout [Range<Int>], keep: (Range<Int>) -> Bool
    ) -> End {
        let firstValue = values.count
        var index = open + 1
        name = index..<nameEnd(page, from: index)
        index = skipBlanks(page, from: name.upperBound)
        while index < page.count {
            let byte = page[index]
            if byte == 0 { break }
            if byte == UInt8(ascii: ">") { return .closed(index) }
            if byte == UInt8(ascii: "/") && index + 1 < page.count && page[index + 1] == UInt8(ascii: ">") {
                return .closed(index)
            }
            index = attribute(page, at: index, minimum: minimum, values: &values, keep: keep)
            index = skipBlanks(page, from: index)
        }
        values.removeSubrange(firstValue...)
        return .stopped(index)
    }

    /// Reads one attribute (or a bogus one) starting at `start`; returns where it ends.
    private static func attribute(
        _ page: UnsafeBufferPointer<UInt8>, at start: Int, minimum: Int, values: inout [Range<Int>],
        keep: (Range<Int>) -> Bool
    ) -> Int {
        guard startsName(page[start]) else { return runEnd(page, from: start, endsAtSlashClose: true) }
        let attributeName = start..<nameEnd(page, from: start)
        var index = skipBlanks(page, from: attributeName.upperBound)
        guard index < page.count, page[index] == UInt8(ascii: "=") else { return index }
        index = skipBlanks(page, from: index + 1)
        guard index < page.count else { return index }
        let quote = page[index]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return runEnd(page, from: index, endsAtSlashClose: false) }
        // The caller makes sure the page holds no NUL, so the value runs to the next quote.
        guard let close = page.firstIndex(of: quote, from: index + 1) else { return page.count }
        if close - (index + 1) >= minimum && !keep(attributeName) { values.append(index + 1..<close) }
        return close + 1
    }

    /// Where a name starting at `start` ends (at most `maximumName` bytes).
    static func nameEnd(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let limit = min(page.count, start + maximumName)
        var index = start
        while index < limit && isNameByte(page[index]) { index += 1 }
        return index
    }

    /// Where a bare value ends: at a blank, a `>`, a NUL or the page's end; a bogus attribute
    /// (`endsAtSlashClose`) ends there too, and at a `/>`.
    private static func runEnd(_ page: UnsafeBufferPointer<UInt8>, from start: Int, endsAtSlashClose: Bool) -> Int {
        var index = start
        while index < page.count {
            let byte = page[index]
            if byte == 0 || byte == UInt8(ascii: ">") || isBlank(byte) { return index }
            if endsAtSlashClose && byte == UInt8(ascii: "/") && index + 1 < page.count && page[index + 1] == UInt8(ascii: ">") {
                return index
            }
            index += 1
        }
        return index
    }

    private static func skipBlanks(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < page.count && isBlank(page[index]) { index += 1 }
        return index
    }

    /// libxml2's `IS_BLANK_CH`: space, tab, line feed, carriage return.
    @inline(__always) static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Whether a name may start with `byte`: an ASCII letter, `_`, `:` or `.`.
    @inline(__always) static func startsName(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: ".")
    }

    /// Whether a name may hold `byte`: an ASCII letter or digit, `:`, `-`, `_` or `.`.
    @inline(__always) static func isNameByte(_ byte: UInt8) -> Bool {
        // `-` `.` `/` digits `:` are 0x2D...0x3A: all but the `/`.
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || (byte &- 0x2D < 14 && byte != UInt8(ascii: "/"))
            || byte == UInt8(ascii: "_")
    }
}
