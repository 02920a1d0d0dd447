import GlossCore
import GlossText
import Testing

@testable import GlossNumbers

/// The keys a reader makes of a run of pieces: lowercase bytes, a space where the text has one,
/// growing while they stay in a table's reach.
@Suite struct PieceKeysTests {
    /// The keys of `text`'s pieces from piece `start` forward (or, `backward`, ending at piece
    /// `start`), as strings.
    static func keys(_ text: String, _ start: Int, backward: Bool = false, reach: ByteSet) throws -> [String] {
        var document = Document(id: "t", text: text)
        try Tokenizer().process(&document)
        let tokens = document.tokens
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                let pieces = NumberPiece.pieces(bytes.baseAddress!, tokens: tokens)
                let reader = MentionReader(text: bytes.baseAddress!, tokens: tokens, pieces: pieces)
                let keys = backward
                    ? reader.keysBackward(to: start, count: 8, reach: reach) : reader.keysForward(from: start, count: 8, reach: reach)
                return (0..<keys.count).map { keys.string($0 + 1) }
            }
        } ?? []
    }

    @Test func forwardKeysGrowWhileInReach() throws {
        let reach = UnitTable.reach(["degrees celsius", "km/h"], last: false)
        #expect(try Self.keys("5 Degrees Celsius today", 1, reach: reach) == ["degrees", "degrees celsius"])
        #expect(try Self.keys("5 km/h", 1, reach: reach) == ["km", "km/", "km/h"])
        #expect(try Self.keys("5 km today", 1, reach: reach) == ["km"])
        #expect(try Self.keys("5 miles", 1, reach: reach).isEmpty)
    }

    @Test func backwardKeysGrowWhileInReach() throws {
        let reach = UnitTable.reach(["more than", "up to"], last: true)
        #expect(try Self.keys("sold MORE THAN 5", 3, backward: true, reach: reach) == ["than", "more than"])
        #expect(try Self.keys("rather than 5", 2, backward: true, reach: reach) == ["than"])
    }

    @Test func lettersBeyondASCIIFoldAsStringsDo() throws {
        let reach = UnitTable.reach(["bolívares", "°c"], last: false)
        #expect(try Self.keys("5 BOLÍVARES", 1, reach: reach) == ["bolívares"])
        #expect(try Self.keys("5 °C", 1, reach: reach).last == "°c")
    }

    /// Every table the reader reads keys of fits the inline buffer: its longest key in bytes,
    /// and the most pieces a read asks for.
    @Test func everyTableFitsTheInlineBuffer() {
        for reach in [UnitTable.suffixReach, UnitTable.bareUnitReach, UnitTable.prefixReach, UnitTable.modifierReach,
            UnitTable.postModifierReach]
        {
            #expect(reach.longestKey <= PieceKeys.byteCapacity)
        }
        for count in [UnitTable.longestSuffix + 1, UnitTable.longestModifier, UnitTable.longestPostModifier, 3] {
            #expect(count <= PieceKeys.keyCapacity)
        }
    }

    @Test func longKeysGrowToTheLastPiece() throws {
        let reach = UnitTable.reach(["bosnia-herzegovina convertible marks"], last: false)
        let keys = try Self.keys("5 Bosnia-Herzegovina convertible marks", 1, reach: reach)
        #expect(keys.last == "bosnia-herzegovina convertible marks")
        let back = UnitTable.reach(["in the neighbourhood of"], last: true)
        #expect(try Self.keys("in the neighbourhood of 5", 4, backward: true, reach: back).last == "in the neighbourhood of")
    }

    @Test func keysMatchWordsAndLookUpTables() throws {
        var document = Document(id: "t", text: "5 Per Cent +")
        try Tokenizer().process(&document)
        let tokens = document.tokens
        let text = document.text
        let table = ByteTable(["per cent": 1, "+": 2])
        let reach = UnitTable.reach(["per cent", "+"], last: false)
        text.utf8.withContiguousStorageIfAvailable { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                let pieces = NumberPiece.pieces(bytes.baseAddress!, tokens: tokens)
                let reader = MentionReader(text: bytes.baseAddress!, tokens: tokens, pieces: pieces)
                let keys = reader.keysForward(from: 1, count: 4, reach: reach)
                #expect(keys.count == 2)
                #expect(keys.value(1, in: table) == nil)
                #expect(keys.value(2, in: table) == 1)
                #expect(keys.matches(1, "per") && !keys.matches(1, "pe") && !keys.matches(2, "per"))
                let plus = reader.keysForward(from: 3, count: 4, reach: reach)
                #expect(plus.count == 1 && plus.matches(1, "+") && plus.value(1, in: table) == 2)
            }
        }
    }
}
