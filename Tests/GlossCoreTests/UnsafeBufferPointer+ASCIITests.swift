import Testing

@testable import GlossCore

/// The ASCII test stages share (`UnsafeBufferPointer<UInt8>.isASCII`).
@Suite struct UnsafeBufferPointerASCIITests {
    @Test func aNonASCIIByteAnywhereMakesItNotASCII() {
        for length in 0..<20 {
            let ascii = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            #expect(ascii.withUnsafeBufferPointer(\.isASCII), "\(length)")
            for position in 0..<length {
                var bytes = ascii
                bytes[position] = 0xC3
                #expect(!bytes.withUnsafeBufferPointer(\.isASCII), "\(length) \(position)")
            }
        }
    }

    @Test func anEmptyBufferIsASCII() {
        #expect(UnsafeBufferPointer<UInt8>(start: nil, count: 0).isASCII)
    }
}
