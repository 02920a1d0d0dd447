import GlossCore
import GlossTestSupport
import Testing

@Suite struct FileReaderTests {
    @Test func readsWholeFilesAndRefusesOversizedOnes() throws {
        let directory = TemporaryDirectory()
        let file = directory.write("f.bin", [UInt8](repeating: 7, count: 100_000))
        #expect(try FileReader.read(path: file, maxBytes: 1 << 20).count == 100_000)
        let error = #expect(throws: FileReader.Error.self) { _ = try FileReader.read(path: file, maxBytes: 1000) }
        #expect(error?.description.contains("over the limit of 1000 bytes per document") == true)
    }

    @Test func namesTheProblem() {
        let directory = TemporaryDirectory()
        let missing = #expect(throws: FileReader.Error.self) { _ = try FileReader.read(path: directory.path + "/x", maxBytes: 10) }
        #expect(missing?.description == "no such file or directory")
        let folder = #expect(throws: FileReader.Error.self) { _ = try FileReader.read(path: directory.path, maxBytes: 10) }
        #expect(folder?.description == "is a directory")
    }
}
