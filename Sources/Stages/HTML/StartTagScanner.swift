/// Reads a start tag the way libxml2 2.9's HTML parser does (`htmlParseStartTag`,
/// `htmlParseAttribute`, `htmlParseAttValue`, read from its source, 2.9.14), to find the quoted
/// attribute values `RawTextElision` may cut:
///
/// - names (the element's and each attribute's) start with an ASCII letter, `_`, `:` or `.`
///   and run over letters, digits, `:`, `-`, `_` and `.`, at most 100 bytes (a longer name is
///   cut there and its rest read as the next attribute's name); ASCII case is ignored;
/// - blanks are the space, tab, line feed and carriage return (not the form feed);
/// - an attribute is a name, then optionally blanks, `=`, blanks and a value: quoted (to the
///   next same quote, `>` and `<` included) or bare (to a blank or `>`, `/` included);
/// - a byte that cannot start a name starts a bogus attribute, skipped to a blank, a `>` or
///   a `/>` (quotes are not honoured there);
/// - the tag ends at `>` or `/>` outside a value, or at a NUL byte or the page's end.
///
/// Values are reported only for a tag that ends at `>` or `/>`: where a NUL or the page's end
/// stops the parser, the scan leaves the tag alone. The attributes read (named or bogus) are
/// counted however the tag ends, for `AttributeLimit` (libxml2 compares each named one with
/// all the earlier ones of its tag).
///
/// Cost: O(n) over the tag's bytes, a `memchr` across each quoted value; no allocation (the
/// caller's array is reused).
enum StartTagScanner {
    /// How a start tag ends.
    enum End: Equatable {
        /// At the `>`, or at the `/` of `/>`, at this offset: where the parser's start-element
        /// event comes.
        case closed(Int)
        /// At a NUL byte or the page's end, at this offset (no values are reported).
        case stopped(Int)
    }

    /// The longest name libxml2 reads in one piece (`HTML_PARSER_BUFFER_SIZE`).
    static let maximumName = 100

    /// Scans the start tag whose `<` is at `open` (followed by an ASCII letter): sets `name`
    /// to the element name's range, appends to `values` the inner ranges of the quoted values
    /// of at least `minimum` bytes that `keep` does not claim (given the attribute name's range),
    /// sets `attributes` to the number of attributes read, named or bogus (up to the NUL or the
    /// page's end where the tag has no `>`), and returns where the tag ends. With no `>`,
    /// nothing is appended.
    ///
    /// One loop over raw bytes with the byte tests inlined: it runs on every start tag of a page
    /// before libxml2 does (`RawTextElision`), so its cost per tag counts.
    static func scan(
        _ page: UnsafeBufferPointer<UInt8>, at open: Int, minimum: Int, name: inout Range<Int>,
        values: inout [Range<Int>], attributes: inout Int, keep: (Range<Int>) -> Bool
    ) -> End {
        attributes = 0
        guard let base = page.baseAddress else { return .stopped(open) }
        let count = page.count
        var index = nameEnd(base, count, from: open + 1)
        name = open + 1..<index
        let firstValue = values.count
        var read = 0
        defer { attributes = read }
        while true {
            index = skipBlanks(base, count, from: index)
            guard index < count else { break }
            let byte = base[index]
            if byte == UInt8(ascii: ">") { return .closed(index) }
            if byte == UInt8(ascii: "/") && index + 1 < count && base[index + 1] == UInt8(ascii: ">") { return .closed(index) }
            if byte == 0 { break }
            read += 1
            guard startsName(byte) else {
                index = runEnd(base, count, from: index, endsAtSlashClose: true)  // a bogus attribute
                continue
            }
            let attributeName = index..<nameEnd(base, count, from: index)
            index = skipBlanks(base, count, from: attributeName.upperBound)
            guard index < count, base[index] == UInt8(ascii: "=") else { continue }
            index = skipBlanks(base, count, from: index + 1)
            guard index < count else { break }
            let quote = base[index]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                index = runEnd(base, count, from: index, endsAtSlashClose: false)  // a bare value
                continue
            }
            // The caller makes sure the page holds no NUL, so the value runs to the next quote.
            guard let close = page.firstIndex(of: quote, from: index + 1) else {
                index = count
                break
            }
            if close - (index + 1) >= minimum && !keep(attributeName) { values.append(index + 1..<close) }
            index = close + 1
        }
        if values.count > firstValue { values.removeSubrange(firstValue...) }
        return .stopped(index)
    }

    /// Where a name starting at `start` ends (at most `maximumName` bytes).
    @inline(__always)
    static func nameEnd(_ base: UnsafePointer<UInt8>, _ count: Int, from start: Int) -> Int {
        let limit = min(count, start + maximumName)
        var index = start
        while index < limit && isNameByte(base[index]) { index += 1 }
        return index
    }

    /// Where a bare value ends: at a blank, a `>`, a NUL or the page's end; a bogus attribute
    /// (`endsAtSlashClose`) ends there too, and at a `/>`.
    @inline(__always)
    private static func runEnd(_ base: UnsafePointer<UInt8>, _ count: Int, from start: Int, endsAtSlashClose: Bool) -> Int {
        var index = start
        while index < count {
            let byte = base[index]
            if byte == 0 || byte == UInt8(ascii: ">") || isBlank(byte) { return index }
            if endsAtSlashClose && byte == UInt8(ascii: "/") && index + 1 < count && base[index + 1] == UInt8(ascii: ">") {
                return index
            }
            index += 1
        }
        return index
    }

    @inline(__always)
    private static func skipBlanks(_ base: UnsafePointer<UInt8>, _ count: Int, from start: Int) -> Int {
        var index = start
        while index < count && isBlank(base[index]) { index += 1 }
        return index
    }

    /// libxml2's `IS_BLANK_CH`: space, tab, line feed, carriage return (bits 32, 9, 10, 13).
    @inline(__always) static func isBlank(_ byte: UInt8) -> Bool {
        byte <= 0x20 && (UInt64(0x1_0000_2600) >> byte) & 1 != 0
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
