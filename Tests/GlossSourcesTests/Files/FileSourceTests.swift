import Foundation
@testable import GlossCore
@testable import GlossSources
import GlossTestSupport
import Testing

@Suite struct FileSourceTests {
    @Test func walksDirectoriesInSortedOrderSkippingHiddenEntries() {
        let directory = TemporaryDirectory()
        directory.write("b.txt", "b")
        directory.write("a/2.txt", "2")
        directory.write("a/1.txt", "1")
        directory.write(".hidden", "h")
        directory.write(".git/config", "c")
        let ids = FileSource(paths: [directory.path]).map(\.id)
        #expect(ids == ["a/1.txt", "a/2.txt", "b.txt"].map { directory.path + "/" + $0 })
    }

    /// A file found in a walk carries the size it was listed with, for batching by bytes.
    @Test func filesCarryTheirListedSize() {
        let directory = TemporaryDirectory()
        directory.write("a.txt", "four")
        directory.write("b.txt", "")
        #expect(FileSource(paths: [directory.path]).map(\.fileSize) == [4, 0])
    }

    @Test func aMissingPathYieldsOneUnreadableInput() {
        let inputs = Array(FileSource(paths: ["/definitely/not/here"]))
        #expect(inputs.count == 1)
        guard case .unreadable(let message, _) = inputs[0].payload else {
            Issue.record("expected an unreadable input")
            return
        }
        #expect(message == "no such file or directory")
    }

    @Test func jsonLinesFilesGiveOneInputPerNonBlankLine() throws {
        let directory = TemporaryDirectory()
        let file = directory.write("docs.jsonl", "{\"id\": \"a\", \"text\": \"first\"}\n\n{\"text\": \"second\", \"title\": \"T\"}\nnot json\n")
        let inputs = Array(FileSource(paths: [file]))
        #expect(inputs.map(\.id) == [file + ":1", file + ":3", file + ":4"])
        let first = try inputs[0].makeDocument(textIsGiven: true, maxBytes: 1000)
        #expect(first.id == "a" && first.text == "first")
        let second = try inputs[1].makeDocument(textIsGiven: true, maxBytes: 1000)
        #expect(second.metadata.title == "T")
        #expect(throws: DocumentFailure.self) { _ = try inputs[2].makeDocument(textIsGiven: true, maxBytes: 1000) }
    }

    @Test func anEmptyJSONLinesFileYieldsOneErrorWithACode() throws {
        let directory = TemporaryDirectory()
        let empty = directory.write("empty.jsonl", "")
        let blank = directory.write("blank.ndjson", "\n  \n\n")
        let inputs = Array(FileSource(paths: [empty, blank]))
        #expect(inputs.map(\.id) == [empty, blank])
        for input in inputs {
            let failure = #expect(throws: DocumentFailure.self) { _ = try input.makeDocument(textIsGiven: false, maxBytes: 100) }
            #expect(failure?.code == "jsonl.empty")
            #expect(failure?.stage == "read")
            #expect(failure?.message.hasPrefix("no JSON Lines records") == true)
        }
    }

    @Test func namesThatAreNotUTF8AreReadUnderAnEscapedId() throws {
        let directory = TemporaryDirectory()
        let latin1: [UInt8] = Array("caf".utf8) + [0xE9]  // "café" in Latin-1
        let folder = RawPath(directory.path).appending(Array("a\\b-".utf8) + latin1)
        #expect(folder.withCString { mkdir($0, 0o755) } == 0)
        let file = folder.appending(latin1 + Array(".txt".utf8))
        let descriptor = file.withCString { creat($0, 0o644) }
        #expect(write(descriptor, "Bonjour.", 8) == 8)
        close(descriptor)
        directory.write("b.txt", "B.")
        let inputs = Array(FileSource(paths: [directory.path]))
        #expect(inputs.map(\.id) == [directory.path + #"/a\\b-caf\xE9/caf\xE9.txt"#, directory.path + "/b.txt"])
        let document = try inputs[0].makeDocument(textIsGiven: true, maxBytes: 100)
        #expect(document.text == "Bonjour.")
    }

    @Test func directoryWalksLeaveOutExcludedFiles() throws {
        let directory = TemporaryDirectory()
        directory.write("a.txt", "a")
        let output = directory.write("out.jsonl", "{\"text\": \"an earlier run\"}\n")
        let inputs = Array(FileSource(paths: [directory.path], excluding: [output, "/not/there"]))
        #expect(inputs.map(\.id) == [directory.path + "/a.txt"])
    }

    @Test func tenThousandSmallFilesEachYieldARecord() throws {
        let directory = TemporaryDirectory()
        for index in 0..<10_000 { directory.write(String(format: "d%02d/f%05d.txt", index % 50, index), "file \(index) text") }
        let pipeline = try Pipeline([SpaceTokenizer()], given: [.raw, .text])
        var count = 0
        var failures = 0
        PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 2)).run(FileSource(paths: [directory.path])) {
            (record: Record) in
            count += 1
            if record.failure != nil || record.document?.tokens.count != 3 { failures += 1 }
        }
        #expect(count == 10_000)
        #expect(failures == 0)
    }

    @Test func emptyAndUnreadableFilesStillYieldRecords() throws {
        let directory = TemporaryDirectory()
        let empty = directory.write("empty.txt", "")
        let locked = directory.write("locked.txt", "secret")
        chmod(locked, 0)
        let pipeline = try Pipeline([SpaceTokenizer()], given: [.raw, .text])
        let records = PipelineRunner(pipeline: pipeline).run(FileSource(paths: [empty, locked, directory.path + "/nope"]))
        #expect(records.count == 3)
        #expect(records[0].document?.text == "")
        #expect(records[2].failure?.message == "no such file or directory")
        if getuid() != 0 {  // root reads any file
            #expect(records[1].failure?.message.hasPrefix("permission denied") == true)
        }
    }
}

@Suite struct FileSourceExtensionTests {
    @Test func directoryWalksSkipOtherExtensionsAndSaySo() {
        let directory = TemporaryDirectory()
        directory.write("a.txt", "a")
        directory.write("b.HTML", "<p>b</p>")
        directory.write("c", "no extension")
        let skipped = Counter()
        let source = FileSource(paths: [directory.path, directory.path + "/b.HTML"], extensions: FileSource.textExtensions) {
            path in
            #expect(path.hasSuffix("/b.HTML"))
            skipped.increment()
        }
        let names = source.map { ($0.id as NSString).lastPathComponent }
        #expect(names == ["a.txt", "c", "b.HTML"])  // a path named explicitly is read
        #expect(skipped.value == 1)
    }
}

@Suite struct FileSourceSelectTests {
    @Test func unselectedPathsYieldNothingNotEvenAnErrorInput() {
        let directory = TemporaryDirectory()
        directory.write("a.txt", "a")
        directory.write("b/c.txt", "c")
        directory.write("d.jsonl", "{\"text\": \"d\"}\n")
        let missing = directory.path + "/missing.txt"
        let kept = FileSource(paths: [directory.path, missing], select: { !$0.hasSuffix("/c.txt") && $0 != missing })
        #expect(kept.map { ($0.id as NSString).lastPathComponent } == ["a.txt", "d.jsonl:1"])
        let jsonLinesOnly = FileSource(paths: [directory.path, missing], select: { $0.hasSuffix(".jsonl") })
        #expect(jsonLinesOnly.map { ($0.id as NSString).lastPathComponent } == ["d.jsonl:1"])
    }
}

@Suite struct FileSourceOriginTests {
    @Test func eachInputNamesTheFileItCameFrom() throws {
        let directory = TemporaryDirectory()
        let page = directory.write("a.txt", "a")
        let lines = directory.write("b.jsonl", "{\"text\": \"one\"}\n{\"text\": \"two\"}\n")
        let inputs = Array(FileSource(paths: [directory.path]))
        #expect(inputs.map(\.origin) == [page, lines, lines])
    }

    @Test func directoryWalksLeaveOutAnExcludedFolder() throws {
        let directory = TemporaryDirectory()
        directory.write("a.txt", "a")
        directory.write("out/part.txt", "an earlier run")
        let inputs = Array(FileSource(paths: [directory.path], excluding: [directory.path + "/out/"]))
        #expect(inputs.map(\.id) == [directory.path + "/a.txt"])
    }
}
