import CLibFuzzer
import Foundation
import GlossCore
import GlossSources
import GlossStages

/// The bytes libFuzzer passes to a test, as an array.
public func fuzzBytes(_ start: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: start, count: count))
}

/// A pipeline of the standard stages, built once per process; a name the registry does not
/// know stops the fuzzer at once, before any input is tried.
public func standardPipeline(_ names: [String], options: [String: StageOptions] = [:]) -> Pipeline {
    do {
        return try StageRegistry.standard.makePipeline(names, options: options)
    } catch {
        fatalError("fuzz target's pipeline \(names): \(error)")
    }
}

/// The one file a fuzz process writes each input to, for the readers, which take paths.
///
/// It lives in `/dev/shm` (memory) when there is one, named by the process id, so that
/// libFuzzer's `-fork` and `-jobs` workers do not share it; its extension is the one the
/// reader claims files by.
struct ScratchFile: Sendable {
    let path: String

    init(extension pathExtension: String) {
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory()
        path = folder + "gloss-fuzz-\(getpid()).\(pathExtension)"
    }

    /// Replaces the file's content with `bytes`.
    func write(_ bytes: [UInt8]) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { fatalError("cannot write the scratch file \(path): errno \(errno)") }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let step = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard step > 0 else { fatalError("cannot write the scratch file \(path): errno \(errno)") }
            written += step
        }
    }
}

/// A target whose input is a file: each input is written to the scratch file, read through
/// `FileSource` with the target's readers, as `gloss analyze` reads a file, and every input the
/// file yields is read into a document and runs through the pipeline. Read and stage failures
/// are what hostile input should give, so they are dropped. At most 64 inputs of one file are
/// read, and none over 1 MiB, so that one fuzz input cannot run on for long.
public struct FileTarget: Sendable {
    let scratch: ScratchFile
    let readers: [any ContainerReader]
    let pipeline: Pipeline
    let limits = ContainerLimits(maxRecordBytes: 1 << 20)

    /// - Parameters:
    ///   - pathExtension: the scratch file's extension (`xml`, `warc`, `jsonl`), which readers
    ///     and `FileSource` choose by.
    public init(extension pathExtension: String, readers: [any ContainerReader] = [], pipeline: Pipeline) {
        scratch = ScratchFile(extension: pathExtension)
        self.readers = readers
        self.pipeline = pipeline
    }

    /// Reads one fuzz input.
    public func run(_ start: UnsafePointer<UInt8>?, _ count: Int) {
        scratch.write(fuzzBytes(start, count))
        for input in FileSource(paths: [scratch.path], readers: readers, limits: limits).prefix(64) {
            guard var document = try? input.makeDocument(textIsGiven: false, maxBytes: limits.maxRecordBytes) else { continue }
            try? pipeline.process(&document)
        }
    }
}

/// A fuzz target's test: called by libFuzzer with each input's bytes; returns 0.
public typealias FuzzTest = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

/// Runs libFuzzer with the process's arguments on `test`, and exits with its status.
public func runFuzzer(_ test: FuzzTest) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, test))
}
