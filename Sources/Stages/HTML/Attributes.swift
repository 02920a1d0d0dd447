import Foundation

/// An element's attributes as libxml2 hands them over: a NULL-terminated list of name, value
/// pairs of C strings, valid only during the start-element event.
///
/// Cost: lookups scan the list (elements have few attributes); a value becomes a `String` only
/// when asked for.
struct Attributes {
    let list: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    /// The `class` and `id` values' bytes in the page, where `RawTextElision` cut the values and
    /// libxml2 read empty ones (`ByteValue`): `traits` reads these in their place, where the
    /// list's value of that name is empty. (A pointer, nil on most tags, keeps the value passed
    /// to the page builder small.)
    var pageBytes: UnsafePointer<PageBytes>? = nil

    /// The page's bytes of an element's `class` and `id` values, where they were cut.
    struct PageBytes {
        var classValue: UnsafeBufferPointer<UInt8>?
        var idValue: UnsafeBufferPointer<UInt8>?
    }

    /// The attributes whose values ingest reads as bytes with a length (`Traits.classValue`,
    /// `Traits.idValue`), never as C strings: so their bytes may be read from the page itself
    /// (`pageBytes`) where `RawTextElision` cut them, sparing libxml2 a copy it makes a
    /// character at a time.
    enum ByteValue: UInt8, Equatable {
        case `class`, id
    }

    /// The value of the attribute named `name` (lowercase), if present.
    subscript(name: StaticString) -> String? {
        guard let pointer = find(name) else { return nil }
        return String(cString: pointer)
    }

    private func find(_ name: StaticString) -> UnsafePointer<UInt8>? {
        guard var cursor = list else { return nil }
        while let key = cursor.pointee {
            if Self.equals(key, name) {
                // A value-less attribute (`<div hidden>`) has a NULL value: point at the name's
                // terminating NUL, an empty C string.
                return cursor.advanced(by: 1).pointee ?? key + strlen(UnsafeRawPointer(key).assumingMemoryBound(to: CChar.self))
            }
            cursor = cursor.advanced(by: 2)
        }
        return nil
    }

    private static func equals(_ key: UnsafePointer<UInt8>, _ name: StaticString) -> Bool {
        let bytes = name.utf8Start
        let count = name.utf8CodeUnitCount
        for index in 0..<count where key[index] != bytes[index] { return false }
        return key[count] == 0
    }

    /// The bytes of the value of the attribute named `name` (lowercase), if present; valid
    /// only during the start-element event.
    func bytes(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let pointer = find(name) else { return nil }
        return UnsafeBufferPointer(start: pointer, count: strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)))
    }

    /// What the attributes say about the element, read in one pass over them, on bytes.
    struct Traits {
        /// The `class` value's bytes, if present (valid only during the start-element event).
        var classValue: UnsafeBufferPointer<UInt8>?
        /// The `id` value's bytes, if present (valid only during the start-element event).
        var idValue: UnsafeBufferPointer<UInt8>?
        /// `itemprop` names the article's body.
        var articleBody = false
        /// `rel=author` or `itemprop=author`. (A class naming a byline, `namesByline`, is read
        /// once per value with the class's hints: `HintCache.lookup`.)
        var byline = false
        /// `hidden`, `aria-hidden="true"`, or an inline `display: none` / `visibility: hidden`.
        var hidden = false
    }

    /// The element's traits; cheap when it has no attributes.
    var traits: Traits {
        var traits = Traits()
        guard var cursor = list else { return traits }
        var classValue: UnsafePointer<UInt8>?
        var idValue: UnsafePointer<UInt8>?
        while let key = cursor.pointee {
            let value = cursor.advanced(by: 1).pointee
            switch key[0] {
            case 0x63 where Self.equals(key, "class"):  // c
                classValue = value
            case 0x69 where Self.equals(key, "id"):  // i
                idValue = value
            case 0x69 where Self.equals(key, "itemprop"):
                if let value {
                    if Self.contains(value, "articlebody") { traits.articleBody = true }
                    if Self.contains(value, "author") { traits.byline = true }
                }
            case 0x72 where Self.equals(key, "rel"):  // r
                if let value, Self.contains(value, "author") { traits.byline = true }
            case 0x68 where Self.equals(key, "hidden"):  // h
                traits.hidden = true
            case 0x61 where Self.equals(key, "aria-hidden"):  // a
                if let value, Self.contains(value, "true") { traits.hidden = true }
            case 0x73 where Self.equals(key, "style"):  // s
                if let value, Self.contains(value, "none", ignoringSpaces: true, after: "display:")
                    || Self.contains(value, "hidden", ignoringSpaces: true, after: "visibility:")
                {
                    traits.hidden = true
                }
            default: break
            }
            cursor = cursor.advanced(by: 2)
        }
        traits.classValue = classValue.map { UnsafeBufferPointer(start: $0, count: Self.length($0)) }
        traits.idValue = idValue.map { UnsafeBufferPointer(start: $0, count: Self.length($0)) }
        if let page = pageBytes?.pointee {
            // Where the list's value is the empty one libxml2 read for the cut value, the page's
            // bytes take its place. Any other value (a bare `class`, which has none, or an
            // unquoted `class=x` before the cut one) is the first of that name in the tag, which libxml2
            // keeps, dropping the later quoted one, cut or not: the list's value is then the
            // page's answer too.
            if let value = page.classValue, traits.classValue?.isEmpty == true { traits.classValue = value }
            if let value = page.idValue, traits.idValue?.isEmpty == true { traits.idValue = value }
        }
        return traits
    }

    /// Whether ingest reads the value of the attribute named `name` (bytes of the page, any
    /// ASCII case) on an element that is not read as a whole: the names `traits` looks at.
    /// `RawTextElision` may cut every other attribute with a quoted value, so a name `traits`
    /// learns to read must be added here too (`AttributesTests` checks the two agree). (Of
    /// these, it cuts the values of `class` and `id` too, which `traits` then reads from the
    /// page: `byteValue`.)
    static func readsValue(_ page: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Bool {
        reading(page, name) != .unread
    }

    /// How ingest reads the value of the attribute named `name` (bytes of the page, any ASCII
    /// case), as `readsValue` tells, with the names read as bytes told apart (`ByteValue`).
    ///
    /// Called by the scan for every quoted value of every start tag (`RawTextElision`): the name
    /// is read as little-endian words with each letter's 0x20 bit set, which lowers an ASCII
    /// capital and leaves its small letter (and sets the bit in no other byte than the letter's
    /// own two: the `-` of `aria-hidden` is compared as it is), one compare a word where a byte
    /// loop cost about 90 instructions a name.
    static func reading(_ page: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Reading {
        guard let base = page.baseAddress, name.lowerBound >= 0, name.upperBound <= page.count else { return .unread }
        let at = UnsafeRawPointer(base + name.lowerBound)
        func byte(_ offset: Int) -> UInt8 { at.load(fromByteOffset: offset, as: UInt8.self) | 0x20 }
        func word16(_ offset: Int) -> UInt16 {
            UInt16(littleEndian: at.loadUnaligned(fromByteOffset: offset, as: UInt16.self)) | 0x2020
        }
        func word32(_ offset: Int) -> UInt32 {
            UInt32(littleEndian: at.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) | 0x2020_2020
        }
        func word64(_ letters: UInt64) -> UInt64 { UInt64(littleEndian: at.loadUnaligned(as: UInt64.self)) | letters }
        switch name.count {
        case 2: return word16(0) == 0x6469 ? .bytes(.id) : .unread  // "id"
        case 3: return word16(0) == 0x6572 && byte(2) == 0x6C ? .string : .unread  // "re", "l"
        case 5:
            let (head, last) = (word32(0), byte(4))
            if head == 0x7361_6C63 && last == 0x73 { return .bytes(.class) }  // "clas", "s"
            return head == 0x6C79_7473 && last == 0x65 ? .string : .unread  // "styl", "e"
        case 6: return word32(0) == 0x6464_6968 && word16(4) == 0x6E65 ? .string : .unread  // "hidd", "en"
        case 8: return word64(0x2020_2020_2020_2020) == 0x706F_7270_6D65_7469 ? .string : .unread  // "itemprop"
        case 11:  // "aria-hid" (no bit set on the `-`), "de", "n"
            return word64(0x2020_2000_2020_2020) == 0x6469_682D_6169_7261 && word16(8) == 0x6564 && byte(10) == 0x6E
                ? .string : .unread
        default: return .unread
        }
    }

    /// How ingest reads an attribute's value (`reading`).
    enum Reading: Equatable {
        /// Not at all.
        case unread
        /// As a C string, from libxml2's list.
        case string
        /// As bytes with a length, which may be the page's (`ByteValue`).
        case bytes(ByteValue)
    }

    /// Which of the attributes read as bytes (`ByteValue`) the name `name` (bytes of the page,
    /// any ASCII case) is, if either.
    static func byteValue(_ page: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> ByteValue? {
        guard case .bytes(let value) = reading(page, name) else { return nil }
        return value
    }

    /// Whether a `class` value names a byline: it contains "byline" or "author" and not
    /// "comment", ASCII case ignored (`post-author`, not `comment-author`). Reads only the
    /// value's `count` bytes.
    /// Cost: one pass over the value.
    static func namesByline(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = value.baseAddress else { return false }
        let count = value.count
        var named = false
        for index in 0..<count {
            let letter = (base[index] | 0x20) &- UInt8(ascii: "a")  // a, b and c start the three words
            if letter < 3 {
                if letter == 2 {
                    if startsWith(base + index, count - index, "comment") { return false }
                } else if !named {
                    named = startsWith(base + index, count - index, letter == 0 ? "author" : "byline")
                }
            }
        }
        return named
    }

    /// Whether the `available` bytes at `text` start with `prefix` (lowercase ASCII), ignoring
    /// ASCII case.
    private static func startsWith(_ text: UnsafePointer<UInt8>, _ available: Int, _ prefix: StaticString) -> Bool {
        guard available >= prefix.utf8CodeUnitCount else { return false }
        for offset in 0..<prefix.utf8CodeUnitCount where lowered(text[offset]) != prefix.utf8Start[offset] { return false }
        return true
    }

    /// `byte` with A–Z folded to a–z.
    @inline(__always) private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    private static func length(_ pointer: UnsafePointer<UInt8>) -> Int {
        strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    /// Whether the C string contains `needle` (lowercase ASCII), ignoring ASCII case; with
    /// `after`, whether `after` is followed by `needle`, spaces skipped in both places.
    static func contains(
        _ haystack: UnsafePointer<UInt8>, _ needle: StaticString, ignoringSpaces: Bool = false, after: StaticString? = nil
    ) -> Bool {
        if ignoringSpaces { return containsSkippingSpaces(haystack, after.map { ($0, needle) } ?? (needle, "")) }
        return find(UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount), in: haystack)
    }

    /// Whether the C string with its spaces, tabs and line feeds taken out contains the two
    /// parts of `pattern` (lowercase ASCII) one after the other, ignoring ASCII case. Reads the
    /// value in place: no copy without the spaces is made.
    private static func containsSkippingSpaces(_ haystack: UnsafePointer<UInt8>, _ pattern: (StaticString, StaticString)) -> Bool {
        let firstCount = pattern.0.utf8CodeUnitCount
        let total = firstCount + pattern.1.utf8CodeUnitCount
        func isSkipped(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A }
        var start = 0
        while haystack[start] != 0 {
            if !isSkipped(haystack[start]) {
                var index = start
                var matched = 0
                while matched < total {
                    while isSkipped(haystack[index]) { index += 1 }
                    let byte = haystack[index]
                    let expected = matched < firstCount ? pattern.0.utf8Start[matched] : pattern.1.utf8Start[matched - firstCount]
                    if byte == 0 || lowered(byte) != expected { break }
                    index += 1
                    matched += 1
                }
                if matched == total { return true }
            }
            start += 1
        }
        return total == 0
    }

    /// Whether the C string `haystack` contains `pattern` (lowercase ASCII), ignoring ASCII case.
    private static func find(_ pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafePointer<UInt8>) -> Bool {
        guard let first = pattern.first else { return true }
        var index = 0
        while haystack[index] != 0 {
            if haystack[index] | 0x20 == first {
                var offset = 1
                while offset < pattern.count {
                    let byte = haystack[index + offset]
                    if byte == 0 || lowered(byte) != pattern[offset] { break }
                    offset += 1
                }
                if offset == pattern.count { return true }
            }
            index += 1
        }
        return false
    }
}
