import GlossCore
import Testing

@testable import GlossHTML

/// The byte search the pre-parse scans share.
@Suite struct UnsafeBufferPointerBytesTests {
    @Test func findsTheFirstByteAtOrAfterTheStart() {
        let bytes = Array("a<b<c".utf8)
        bytes.withUnsafeBufferPointer { page in
            #expect(page.firstIndex(of: UInt8(ascii: "<"), from: 0) == 1)
            #expect(page.firstIndex(of: UInt8(ascii: "<"), from: 1) == 1)
            #expect(page.firstIndex(of: UInt8(ascii: "<"), from: 2) == 3)
            #expect(page.firstIndex(of: UInt8(ascii: "<"), from: 4) == nil)
            #expect(page.firstIndex(of: UInt8(ascii: "a"), from: 5) == nil)
            #expect(page.firstIndex(of: UInt8(ascii: "a"), from: 99) == nil)
        }
    }

    @Test func anEmptyBufferHasNoByte() {
        #expect(UnsafeBufferPointer<UInt8>(start: nil, count: 0).firstIndex(of: 0, from: 0) == nil)
    }

    /// Buffers of every length up to a dozen words, with the bytes sought at random places, once,
    /// twice, or nowhere, among bytes that differ from them by one bit (the borrow the word test
    /// must not be fooled by) or are above 0x80.
    static func cases() -> [[UInt8]] {
        var random = SplitMix64(seed: 61)
        var cases: [[UInt8]] = []
        let noise: [UInt8] = [0x3C ^ 1, 0x3C ^ 0x80, 0x3D, 0x3B, 0x00, 0xFF, 0x80, 0xBC, 0x01, 0x22, 0x27, 0x3E]
        for length in 0..<100 {
            for _ in 0..<6 {
                var bytes = (0..<length).map { _ in noise.randomElement(using: &random)! }
                for _ in 0..<Int.random(in: 0...2, using: &random) where length > 0 {
                    let sought: [UInt8] = [0x3C, 0x22, 0x3E]
                    bytes[Int.random(in: 0..<length, using: &random)] = sought.randomElement(using: &random)!
                }
                cases.append(bytes)
            }
        }
        return cases
    }

    @Test func theWordSearchFindsWhatAByteLoopFinds() {
        for bytes in Self.cases() {
            bytes.withUnsafeBufferPointer { page in
                for start in 0...bytes.count + 1 {
                    let ends: [Int?] = [nil, start + 3, start + 9, start + 40, bytes.count - 2]
                    for end in ends {
                        let bound = min(end ?? bytes.count, bytes.count)
                        let expected = start < bound ? (start..<bound).first { bytes[$0] == 0x3C } : nil
                        #expect(page.firstIndex(of: 0x3C, from: start, before: end) == expected, "\(bytes) \(start) \(String(describing: end))")
                    }
                    let any: [UInt8] = [0x3E, 0x22, 0x27]
                    let expected = start < bytes.count ? (start..<bytes.count).first { any.contains(bytes[$0]) } : nil
                    #expect(page.firstIndex(of: 0x3E, 0x22, 0x27, from: start) == expected, "\(bytes) \(start)")
                    let near = start < bytes.count ? (start..<bytes.count).first { bytes[$0] == 0x3E } : nil
                    #expect(page.firstIndexNear(of: 0x3E, from: start) == near, "\(bytes) \(start)")
                }
            }
        }
    }

    @Test func aLongSearchFindsItsByteFarAway() {
        var bytes = [UInt8](repeating: 0x61, count: 5000)
        bytes[4321] = 0x3C
        bytes.withUnsafeBufferPointer { page in
            #expect(page.firstIndex(of: 0x3C, from: 0) == 4321)
            #expect(page.firstIndex(of: 0x3C, from: 0, before: 4321) == nil)
            #expect(page.firstIndex(of: 0x3C, 0x3E, 0x22, from: 7) == 4321)
            #expect(page.firstIndex(of: 0x62, from: 0) == nil)
            // Past the 16 bytes read one by one, the near search goes on with memchr.
            #expect(page.firstIndexNear(of: 0x3C, from: 0) == 4321)
            #expect(page.firstIndexNear(of: 0x3C, from: 4310) == 4321)
            #expect(page.firstIndexNear(of: 0x3C, from: 4322) == nil)
            #expect(page.firstIndexNear(of: 0x61, from: 4999) == 4999)
            #expect(page.firstIndexNear(of: 0x61, from: 5000) == nil)
        }
    }
}
