import Testing

@testable import GlossNumbers

@Suite struct PieceBufferTests {
    static func piece(_ start: Int) -> NumberPiece {
        NumberPiece(start: start, end: start + 1, token: start, content: .other, attached: false)
    }

    @Test func appendsAsAnArrayDoes() {
        let storage = UnsafeMutablePointer<NumberPiece>.allocate(capacity: 4)
        defer { storage.deallocate() }
        var buffer = PieceBuffer(storage, capacity: 4)
        #expect(buffer.count == 0 && buffer.last == nil)
        buffer.append(Self.piece(0))
        buffer += [Self.piece(2), Self.piece(4)]
        #expect(buffer.count == 3)
        #expect(buffer[1].start == 2)
        #expect(buffer.last?.start == 4)
        #expect(buffer[1...].map(\.start) == [2, 4])
        #expect(!buffer.overflowed)
    }

    @Test func removingFromAnIndexForgetsThePiecesAfterIt() {
        let storage = UnsafeMutablePointer<NumberPiece>.allocate(capacity: 4)
        defer { storage.deallocate() }
        var buffer = PieceBuffer(storage, capacity: 4)
        buffer += [Self.piece(0), Self.piece(1), Self.piece(2)]
        buffer.removeSubrange(1...)
        #expect(buffer.count == 1 && buffer.last?.start == 0)
        buffer.append(Self.piece(7))
        #expect(buffer[1].start == 7)
    }

    @Test func aPiecePastTheCapacityIsNotWrittenAndMarksTheOverflow() {
        let storage = UnsafeMutablePointer<NumberPiece>.allocate(capacity: 2)
        defer { storage.deallocate() }
        var buffer = PieceBuffer(storage, capacity: 2)
        buffer += [Self.piece(0), Self.piece(1)]
        #expect(!buffer.overflowed)
        buffer.append(Self.piece(2))
        #expect(buffer.overflowed)
        #expect(buffer.count == 2 && buffer.last?.start == 1)
    }
}
