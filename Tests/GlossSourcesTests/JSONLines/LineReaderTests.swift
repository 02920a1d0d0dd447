import Foundation
@testable import GlossCore
@testable import GlossSources
import GlossTestSupport
import Testing

@Suite struct LineReaderTests {
    @Test func readsLinesAcrossChunkBoundaries() throws {
        let directory = TemporaryDirectory()
        let long = String(repeating: "x", count: 70_000)
        let file = directory.write("lines", "a\n\(long)\nlast without newline")
        let descriptor = open(file, O_RDONLY)
        var reader = LineReader(descriptor: descriptor, closeWhenDone: true)
        #expect(try reader.nextLine() == Array("a".utf8))
        #expect(try reader.nextLine()?.count == 70_000)
        #expect(try reader.nextLine() == Array("last without newline".utf8))
        #expect(try reader.nextLine() == nil)
    }

    @Test func overlongLinesAreAnError() throws {
        let directory = TemporaryDirectory()
        let file = directory.write("lines", String(repeating: "y", count: 200_000))
        var reader = LineReader(descriptor: open(file, O_RDONLY), closeWhenDone: true)
        reader.maxLineBytes = 100_000
        #expect(throws: LineReader.Error.self) { _ = try reader.nextLine() }
    }

    @Test func anOverlongLineIsSkippedAndTheLinesAfterItAreRead() throws {
        let directory = TemporaryDirectory()
        let long = String(repeating: "y", count: 300_000)
        let file = directory.write("lines", "first\n\(long)\nthird\nfourth")
        var reader = LineReader(descriptor: open(file, O_RDONLY), closeWhenDone: true)
        reader.maxLineBytes = 100_000
        #expect(try reader.nextLine() == Array("first".utf8))
        do {
            _ = try reader.nextLine()
            Issue.record("an overlong line must be an error")
        } catch {
            #expect(error.skipped && error.code == .jsonlLineTooLong)
        }
        #expect(try reader.nextLine() == Array("third".utf8))
        #expect(try reader.nextLine() == Array("fourth".utf8))
        #expect(try reader.nextLine() == nil)
    }
}
