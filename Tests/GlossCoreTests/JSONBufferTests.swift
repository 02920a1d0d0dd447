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
}
