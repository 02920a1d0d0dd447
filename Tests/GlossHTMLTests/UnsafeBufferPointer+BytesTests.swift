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
}
