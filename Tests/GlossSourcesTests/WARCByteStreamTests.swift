@testable import GlossSources
import Testing

/// Tests for `ByteStream` (Sources/Readers/WARC/ByteStream.swift).
@Suite struct WARCByteStreamTests {
    /// A stream over `text` delivered in chunks of `size` bytes.
    private func stream(_ text: String, chunkSize size: Int) -> ByteStream {
        var rest = Array(text.utf8)[...]
        return ByteStream {
            defer { rest = rest.dropFirst(size) }
            return Array(rest.prefix(size))
        }
    }

    @Test(arguments: [1, 3, 64])
    func readsLinesAcrossChunks(size: Int) throws {
        let bytes = stream("one\r\ntwo\n\nlast", chunkSize: size)
        #expect(try bytes.readLine() == Array("one".utf8))
        #expect(bytes.offset == 5)
        #expect(try bytes.readLine() == Array("two".utf8))
        #expect(try bytes.readLine() == [])
        #expect(try bytes.readLine() == Array("last".utf8))
        #expect(try bytes.readLine() == nil)
    }

    @Test func readAndSkipStopAtTheEnd() throws {
        let bytes = stream("abcdefghij", chunkSize: 3)
        #expect(try bytes.read(4) == Array("abcd".utf8))
        #expect(try bytes.skip(3) == 3)
        #expect(try bytes.peek() == UInt8(ascii: "h"))
        #expect(try bytes.read(10) == Array("hij".utf8))
        #expect(bytes.offset == 10)
        #expect(try bytes.skip(5) == 0)
    }

    @Test func longLinesComeBackCut() throws {
        let bytes = stream("abcdefgh\n", chunkSize: 2)
        #expect(try bytes.readLine(maxLength: 4) == Array("abcd".utf8))
        #expect(try bytes.readLine(maxLength: 4) == Array("efgh".utf8))
    }
}
