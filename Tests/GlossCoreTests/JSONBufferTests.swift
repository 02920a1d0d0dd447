@testable import GlossCore
import Testing

@Suite struct JSONBufferTests {
    @Test func appendsGrowPastTheFirstCapacity() {
        let buffer = JSONBuffer(capacity: 1)
        var expected: [UInt8] = []
        for i in 0..<1_000 {
            let byte = UInt8(truncatingIfNeeded: i)
            buffer.append(byte)
            expected.append(byte)
            if i % 7 == 0 {
                buffer.append(byte)
                buffer.append(byte &+ 1)
                expected += [byte, byte &+ 1]
            }
            if i % 50 == 0 {
                let run = [UInt8](repeating: byte, count: i)
                run.withUnsafeBufferPointer { buffer.append($0) }
                expected += run
            }
        }
        #expect(buffer.array == expected)
        #expect(buffer.count == expected.count)
    }

    @Test func aCopyHoldsTheSameBytesAndIsSeparate() {
        let buffer = JSONBuffer(capacity: 4)
        buffer.append(contentsOf: Array("abcdef".utf8))
        let copy = buffer.copy()
        copy.append(UInt8(ascii: "g"))
        #expect(buffer.array == Array("abcdef".utf8))
        #expect(copy.array == Array("abcdefg".utf8))
    }

    @Test func shrinkingKeepsTheBytesAndFreesTheRest() {
        let buffer = JSONBuffer(capacity: 16)
        buffer.append(contentsOf: [UInt8](repeating: 1, count: 10_000))
        buffer.removeAll()
        buffer.append(contentsOf: Array("kept".utf8))
        buffer.shrink(to: 64)
        #expect(buffer.capacity == 64)
        #expect(buffer.array == Array("kept".utf8))
        buffer.append(contentsOf: "x".utf8.lazy.map { $0 })
        #expect(buffer.array == Array("keptx".utf8))
    }

    @Test func aLentBufferWritesInPlaceThenMovesToItsOwnMemory() {
        let lent = UnsafeMutablePointer<UInt8>.allocate(capacity: 8)
        defer { lent.deallocate() }
        lent.initialize(repeating: 0, count: 8)
        let buffer = JSONBuffer(lending: lent, capacity: 8)
        buffer.append(contentsOf: Array("abcdefgh".utf8))
        #expect(buffer.isLent && buffer.base == lent)
        #expect(Array(UnsafeBufferPointer(start: lent, count: 8)) == Array("abcdefgh".utf8))
        buffer.append(UInt8(ascii: "i"))
        #expect(!buffer.isLent && buffer.base != lent)
        #expect(buffer.array == Array("abcdefghi".utf8))
        #expect(Array(UnsafeBufferPointer(start: lent, count: 8)) == Array("abcdefgh".utf8), "the lent bytes stay the lender's")
    }

    /// `JSONWriter.line` hands its array over when the line leaves unused at most as much of
    /// the room as it takes, or 16 KiB.
    @Test func linesKeepTheirArraysJustWhenLittleRoomIsLeft() {
        #expect(JSONWriter.keepsRoom(100_000, for: 50_000) && !JSONWriter.keepsRoom(100_001, for: 50_000))
        #expect(JSONWriter.keepsRoom(16_384 + 10, for: 10) && !JSONWriter.keepsRoom(16_384 + 11, for: 10))
    }
}
