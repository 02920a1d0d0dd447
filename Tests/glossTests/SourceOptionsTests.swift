import ArgumentParser
import Foundation
import GlossCore
import Testing

@testable import gloss

@Suite struct SourceOptionsTests {
    @Test func xmlOptionsNeedARecordElementAndTextElements() throws {
        #expect(throws: (any Error).self) { try SourceOptions.parse(["--xml-text", "body"]) }
        #expect(throws: (any Error).self) { try SourceOptions.parse(["--xml-record", "story"]) }
        let options = try SourceOptions.parse(["--xml-record", "story", "--xml-text", "headline, body"])
        // The generic reader (and its gzip wrapper) are asked before the built-ins.
        #expect(options.readers.map(\.name).prefix(2) == ["xml-records", "gzip-archive"])
    }

    @Test func directoryWalksReadTextHTMLAndWhatTheReadersTake() throws {
        let source = try SourceOptions.parse([]).source(paths: ["seeds"], maxDocumentBytes: 1 << 20, onSkip: { _ in })
        let extensions = try #require(source.extensions)
        for kind in ["txt", "html", "htm", "jsonl", "xml", "rss", "warc", "arc", "gz", "sgm"] {
            #expect(extensions.contains(kind), "\(kind) should be read in directories")
        }
        #expect(!extensions.contains("pdf"))
        #expect(try SourceOptions.parse(["--all-files"]).source(paths: [], maxDocumentBytes: 1, onSkip: { _ in }).extensions == nil)
    }

    @Test func theRecordLimitIsTheDocumentLimit() throws {
        let source = try SourceOptions.parse([]).source(paths: [], maxDocumentBytes: 1234, onSkip: { _ in })
        #expect(source.limits.maxRecordBytes == 1234)
    }
}
