import GlossText
import Testing

@testable import GlossNumbers

/// `PieceShapes` answers "may" for what the piece builder and the reader check in full: each
/// answer is tested against the full check over every table it summarises.
@Suite struct PieceShapesTests {
    /// `isPlainWord` and `isQuiet` of `word`, as the piece builder asks them.
    static func shape(_ word: String) -> (plain: Bool, quiet: Bool) {
        var bytes = Array(word.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            PieceShapes.table.withUnsafeBufferPointer { table in
                let entry = PieceShapes.entry(table.baseAddress!, buffer.baseAddress!, from: 0, to: buffer.count)
                return (
                    PieceShapes.isPlainWord(entry, buffer.baseAddress!, from: 0, to: buffer.count),
                    PieceShapes.isQuiet(entry, length: buffer.count)
                )
            }
        }
    }

    /// `entry` reads its row and column from byte maps: the same entry as folding and comparing
    /// the bytes (the definition it replaced), for every first and second byte and a one-,
    /// two- and three-byte token.
    @Test func entryMatchesItsByteDefinition() {
        PieceShapes.table.withUnsafeBufferPointer { table in
            func reference(_ bytes: [UInt8]) -> UInt64 {
                var first = bytes[0]
                guard first < 0x80 else { return 0 }
                if first &- UInt8(ascii: "A") < 26 { first |= 0x20 }
                let second = bytes.count == 1 ? 26 : min(Int((bytes[1] | 0x20) &- UInt8(ascii: "a")), 26)
                return table[Int(first) * 27 + second]
            }
            var mismatches = 0
            for first in UInt8.min...UInt8.max {
                for second in UInt8.min...UInt8.max {
                    for bytes in [[first], [first, second], [first, second, UInt8(ascii: "x")]] where bytes.count > 1 || second == 0 {
                        let entry = bytes.withUnsafeBufferPointer {
                            PieceShapes.entry(table.baseAddress!, $0.baseAddress!, from: 0, to: $0.count)
                        }
                        if entry != reference(bytes) { mismatches += 1 }
                    }
                }
            }
            #expect(mismatches == 0)
        }
    }

    /// Whether `appendWord` reads more into `word` than one plain piece may hold: a number
    /// word, a digit at either end, or a hyphen after a number word's first letters.
    static func mayBeMore(_ word: String) -> Bool {
        var bytes = Array(word.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            let text = buffer.baseAddress!
            let (first, last) = (buffer[0], buffer[buffer.count - 1])
            return NumberWord.lookup(word) != nil || first &- 0x30 < 10 || last &- 0x30 < 10
                || (NumberWord.mayStart(text, from: 0, to: buffer.count) && word.contains("-"))
        }
    }

    /// Every number word in four cases, with a hyphen and more, with a letter more or less,
    /// and plain words: a word `isPlainWord` passes is never one `appendWord` reads more into.
    @Test func plainWordsAreNeverNumberWords() {
        var words = ["the", "of", "said", "Anyway", "an-other", "and", "thee", "Mlle", "USD115", "10-gallon", "öne", "x"]
        for (text, _) in NumberWord.entries {
            for form in [text, text.uppercased(), text.prefix(1).uppercased() + text.dropFirst(), text + "s"] {
                words += [form, form + "-fold", String(form.dropLast()), form + "x", "x" + form]
                #expect(!Self.shape(form).plain || NumberWord.lookup(form) == nil, "\(form)")
            }
            #expect(!Self.shape(text).plain, "\(text)")
        }
        for word in words where !word.isEmpty {
            #expect(!(Self.shape(word).plain && Self.mayBeMore(word)), "\(word)")
        }
        #expect(Self.shape("the").plain && Self.shape("said").plain && Self.shape("Anyway").plain)
        #expect(!Self.shape("twenty-one").plain && !Self.shape("USD115").plain && !Self.shape("10-gallon").plain)
    }

    /// No piece from which the reader may start a mention is quiet: a lone `-`, every relative
    /// ordinal's first word in any case, and every first token of a bare unit by which
    /// `UnitTable.bareUnitStarts` finds it.
    @Test func noMentionStartIsQuiet() {
        #expect(!Self.shape("-").quiet)
        for word in MentionReader.relativeStartWords {
            for form in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()] {
                #expect(!Self.shape(form).quiet, "\(form)")
            }
        }
        var checked = 0
        for key in UnitTable.bareUnits.keys {
            for form in [key, key.uppercased(), key.prefix(1).uppercased() + key.dropFirst()] {
                guard let edge = UnitTable.Edges.tokenizedEdge(of: form, last: false) else { continue }
                var bytes = Array(edge.utf8)
                let found = bytes.withUnsafeMutableBufferPointer {
                    UnitTable.bareUnitStarts.contains($0.baseAddress!, from: 0, to: $0.count)
                }
                if found {
                    #expect(!Self.shape(edge).quiet, "\(edge) of \(key)")
                    checked += 1
                }
            }
        }
        #expect(checked > 50)
        #expect(Self.shape(",").quiet && Self.shape("öne").quiet)
    }
}
