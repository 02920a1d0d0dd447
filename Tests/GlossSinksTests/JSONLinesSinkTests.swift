import Foundation
import GlossCore
@testable import GlossSinks
import GlossTestSupport
import Testing

@Suite struct JSONLinesSinkTests {
    @Test func writesOneParsableLinePerRecord() throws {
        let directory = TemporaryDirectory()
        let path = directory.path + "/out.jsonl"
        do {
            let sink = try JSONLinesSink(path: path)
            for index in 0..<3_000 { try sink.write(.document(Document(id: "d\(index)", text: "text \(index) “quoted”"))) }
            try sink.write(.failure(DocumentFailure(id: "bad", source: nil, stage: "read", message: "gone")))
            try sink.flush()
            #expect(sink.count == 3_001)
        }
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3_001)
        for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil) }
    }

    /// A document of a hundred thousand sentences: its record leaves in slices, so the sink never
    /// holds it whole, and the file holds exactly the record.
    @Test func aHugeRecordIsWrittenInSlicesAndWhole() throws {
        let directory = TemporaryDirectory()
        let path = directory.path + "/out.jsonl"
        let record = Record.document(try WorkerEncodingTests.hiDocument(sentences: 100_000))
        let sink = try JSONLinesSink(path: path)
        try sink.write(record)
        try sink.finish()
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(written.count > 2 * JSONLinesSink.spillThreshold)
        #expect(Array(written) == RecordEncoder().encode(record))
    }

    @Test func aWriteErrorInTheMiddleOfAHugeRecordIsThrown() throws {
        let descriptor = open("/dev/full", O_WRONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let sink = JSONLinesSink(descriptor: descriptor)
        let record = Record.document(Document(id: "big", text: String(repeating: "Hi. ", count: 1_000_000)))
        #expect(throws: JSONLinesSink.Error.self) { try sink.write(record) }
    }

    @Test func anUnwritablePathIsAClearError() {
        let error = #expect(throws: JSONLinesSink.Error.self) { _ = try JSONLinesSink(path: "/no/such/dir/out.jsonl") }
        #expect(error?.description == "cannot write '/no/such/dir/out.jsonl': no such file or directory")
    }

    @Test func eachRecordIsWrittenOutBeforeTheNextIsAsked() throws {
        let path = NSTemporaryDirectory() + "gloss-sink-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = try JSONLinesSink(path: path)
        try sink.write(.failure(DocumentFailure(id: "a", source: nil, stage: "read", message: "gone")))
        // No flush: a crash now must not lose the finished record.
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("{\"id\":\"a\"") && written.hasSuffix("\n"))
        withExtendedLifetime(sink) {}
    }
}

@Suite struct JSONLinesSinkGzipTests {
    @Test func aPathEndingInGzIsCompressed() throws {
        let directory = TemporaryDirectory()
        let path = directory.path + "/out.jsonl.gz"
        do {
            let sink = try JSONLinesSink(path: path)
            for index in 0..<500 { try sink.write(.document(Document(id: "d\(index)", text: "text \(index)"))) }
            try sink.finish()
        }
        let lines = try gunzip(path).split(separator: "\n")
        #expect(lines.count == 500)
        #expect(lines.last?.contains("\"id\":\"d499\"") == true)
    }
}
