import Testing

@testable import GlossHTML

@Suite struct WordScalarsTests {
    /// Table or not, the traits are what the properties say, for every scalar: a scalar lowers
    /// to itself exactly when it does not change when lowercased.
    @Test func theTraitsAreWhatThePropertiesSay() {
        for scalar in (UInt32(0x80)...0x10_FFFF).compactMap(Unicode.Scalar.init) {
            let traits = WordScalars.traits(scalar)
            #expect(traits.contains(.alphabetic) == scalar.properties.isAlphabetic)
            #expect(traits.isWordScalar == (scalar.properties.isAlphabetic || scalar.properties.numericType != nil))
            #expect(traits.contains(.lowersToItself) == (Array(scalar.properties.lowercaseMapping.unicodeScalars) == [scalar]), "\(scalar.value)")
        }
    }

    @Test func decodesEachScalarWhateverItsLength() {
        let values = Array(0..<0x1_0000) + Array(stride(from: 0x1_0000, through: 0x10_FFFF, by: 13)) + [0x10_FFFF]
        for scalar in values.compactMap(Unicode.Scalar.init) {
            var text = "a" + String(scalar) + "b"
            text.withUTF8 { bytes in
                let (decoded, length) = WordScalars.decode(bytes, at: 1)
                #expect(decoded == scalar && length == String(scalar).utf8.count, "\(scalar.value)")
                #expect(WordScalars.decode(bytes, at: 1 + length) == ("b", 1))
            }
        }
    }
}
