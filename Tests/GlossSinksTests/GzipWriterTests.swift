import Foundation
import GlossCore
@testable import GlossSinks
import GlossTestSupport
import Testing

@Suite struct GzipWriterTests {
    @Test func writesAStreamThatGzipReadsBack() throws {
        let directory = TemporaryDirectory()
        let path = directory.path + "/out.gz"
        var expected = ""
        do {
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            defer { close(fd) }
            let writer = try GzipWriter(descriptor: fd)
            for index in 0..<20_000 {
                let line = "{\"id\":\"d\(index)\",\"text\":\"line \(index * 7919 % 1000)\"}\n"
                expected += line
                try writer.write(Array(line.utf8))
            }
            try writer.finish()
            #expect(writer.bytesIn == expected.utf8.count)
            #expect(writer.bytesOut < writer.bytesIn / 3)
        }
        #expect(try gunzip(path) == expected)
    }

    @Test func anEmptyStreamIsStillAValidGzipFile() throws {
        let directory = TemporaryDirectory()
        let path = directory.path + "/empty.gz"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try GzipWriter(descriptor: fd).finish()
        close(fd)
        #expect(try gunzip(path) == "")
    }
}
