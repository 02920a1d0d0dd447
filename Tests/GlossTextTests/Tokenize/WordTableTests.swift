import Testing

@testable import GlossText

@Suite struct WordTableTests {
    func key(_ text: String, lowercased: Bool = false) -> WordTable.Key? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { WordTable.Key($0, from: 0, to: buffer.count, lowercased: lowercased) }
        }
    }

    @Test func keysPackUpToSixteenPrintableASCIIBytes() {
        #expect(key("ab") == WordTable.Key("ab"))
        #expect(key("ab") != key("abc"))
        #expect(key("abcdefgh") != key("abcdefghi"))
        #expect(key("sixteen-bytes-ok") != nil)
        #expect(key("seventeen-bytes-x") == nil)
        #expect(key("") == nil)
        #expect(key("café") == nil)
        #expect(key("a b") == nil)
    }

    @Test func keysFoldCaseOnlyWhenAsked() {
        #expect(key("Mr") != key("mr"))
        #expect(key("MR", lowercased: true) == key("mr"))
        #expect(key("E.G", lowercased: true) == key("e.g"))
    }

    /// The key as packed one byte at a time: the definition the word-at-a-time packing keeps.
    func referenceKey(_ bytes: [UInt8], lowercased: Bool) -> (UInt64, UInt64)? {
        guard !bytes.isEmpty && bytes.count <= 16 else { return nil }
        var halves: (UInt64, UInt64) = (0, 0)
        for (offset, raw) in bytes.enumerated() {
            guard raw > 0x20 && raw < 0x7F else { return nil }
            let byte = UInt64(lowercased && raw >= 0x41 && raw <= 0x5A ? raw | 0x20 : raw)
            if offset < 8 { halves.0 |= byte << UInt64(8 * offset) } else { halves.1 |= byte << UInt64(8 * (offset - 8)) }
        }
        return halves
    }

    @Test func keysPackEveryLengthAndBoundaryByteAsByteByByte() {
        // the bounds of printable ASCII and of A–Z, and bytes beyond ASCII, at each position
        let edges: [UInt8] = [0x00, 0x20, 0x21, 0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
        var state: UInt64 = 1  // a fixed linear congruential sequence of printable bytes
        func printable() -> UInt8 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return 0x21 + UInt8((state >> 33) % 94)
        }
        for length in 0...17 {
            for trial in 0..<100 {
                var bytes = (0..<length).map { _ in printable() }
                if length > 0 && trial < edges.count * 2 { bytes[trial % length] = edges[trial % edges.count] }
                for lowercased in [false, true] {
                    let packed = bytes.withUnsafeBufferPointer { buffer in
                        // a buffer one byte wider, so that `from: 1` packs a slice inside it
                        let padded = [0x41] + Array(buffer) + [0x41]
                        return padded.withUnsafeBufferPointer {
                            WordTable.Key($0.baseAddress!, from: 1, to: 1 + length, lowercased: lowercased)
                        }
                    }
                    let expected = referenceKey(bytes, lowercased: lowercased)
                    #expect(packed.map { [$0.low, $0.high] } == expected.map { [$0.0, $0.1] }, "\(bytes) \(lowercased)")
                }
            }
        }
    }

    @Test func tablesFindTheirWordsAndValuesAndNothingElse() {
        let table = WordTable([(WordTable.Key("one")!, 1), (WordTable.Key("two")!, 2), (WordTable.Key("one")!, 3)])
        #expect(table.value(for: WordTable.Key("one")!) == 3)
        #expect(table.value(for: WordTable.Key("two")!) == 2)
        #expect(table.value(for: WordTable.Key("three")!) == nil)
        #expect(!table.contains(WordTable.Key.empty))
    }

    @Test func manyWordsProbePastCollisions() {
        let words = (0..<500).map { "w\($0)" }
        let table = WordTable(words)
        for word in words { #expect(table.contains(WordTable.Key(word)!), "\(word)") }
        for index in 500..<1000 { #expect(!table.contains(WordTable.Key("w\(index)")!)) }
    }
}
