/// The Unicode properties the word and letter walks (`StopWords.forEachWord`,
/// `ContentExtractor.letters`) ask of each scalar, read from a table for the scalars of two
/// UTF-8 bytes (U+0080–U+07FF: Latin, Greek, Cyrillic, Hebrew, Arabic and their neighbours)
/// instead of the standard library's property look-ups, which cost a few hundred instructions
/// a scalar.
///
/// The table is built from those same look-ups, once, on first use (1,920 scalars), so it
/// answers as they do. Other scalars are looked up each time.
/// Thread safety: the table is an immutable `static let`.
enum WordScalars {
    /// What a scalar is, as the walks need it.
    struct Traits: OptionSet, Sendable {
        let rawValue: UInt8

        /// `Unicode.Scalar.Properties.isAlphabetic`.
        static let alphabetic = Traits(rawValue: 1)
        /// `numericType != nil` (asked only of scalars that are not alphabetic).
        static let numeric = Traits(rawValue: 2)
        /// `lowercaseMapping` is the scalar itself (`changesWhenLowercased` is false, which the
        /// tests hold to be the same for every scalar).
        static let lowersToItself = Traits(rawValue: 4)

        /// Alphabetic or numeric: a scalar words are made of.
        var isWordScalar: Bool { !isDisjoint(with: [.alphabetic, .numeric]) }
    }

    /// The traits of U+0080–U+07FF, by scalar value less 0x80.
    static let twoByte: [Traits] = (0x80..<0x800).map { lookUp(Unicode.Scalar(UInt32($0))!) }

    /// A scalar's traits from the standard library's tables.
    static func lookUp(_ scalar: Unicode.Scalar) -> Traits {
        let properties = scalar.properties
        var traits: Traits = []
        if properties.isAlphabetic {
            traits.insert(.alphabetic)
        } else if properties.numericType != nil {
            traits.insert(.numeric)
        }
        if !properties.changesWhenLowercased { traits.insert(.lowersToItself) }
        return traits
    }

    /// A non-ASCII scalar's traits: from the table when it has two UTF-8 bytes.
    @inline(__always)
    static func traits(_ scalar: Unicode.Scalar) -> Traits {
        scalar.value < 0x800 ? twoByte[Int(scalar.value) &- 0x80] : lookUp(scalar)
    }

    /// The scalar whose UTF-8 starts at `index` of valid UTF-8 `bytes`, and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = lead & (0x7F >> UInt32(length))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value).unsafelyUnwrapped, length)
    }
}
