import Foundation
import GlossCore

/// Reads JSON Lines files (`.jsonl`, `.ndjson`): one input per line that is not blank, each an
/// object with `text` or `html` and optionally `id`, `url`, `title`, `published`, `language`
/// and `authors` (see `JSONLinesRecord`).
///
/// It claims a file by its extension alone, so it comes first in `Readers.standard`: a JSON
/// Lines file is never sniffed as an archive or a feed. Each input's id is `path:line` unless
/// the record names its own; the line is parsed when the input is processed, on a worker
/// thread (`DocumentInput.Payload.record`), so a line that is not a record fails alone with
/// `jsonl.invalid`. A line over 256 MiB is skipped with `jsonl.line-too-long` and the lines
/// after it are read; a file with no record (empty, or blank lines only) yields one input that
/// fails with `jsonl.empty`, so every file yields a record. `gloss analyze - --jsonl` reads
/// standard input the same way (`inputs(descriptor:path:)`).
///
/// Cost: the file is read in 64 KiB chunks, never whole; one line is held at a time.
public struct JSONLinesReader: ContainerReader {
    public let name = "jsonl"
    public let extensions: Set<String> = ["jsonl", "ndjson"]

    public init() {}

    public func inputs(path: String, head: [UInt8], limits: ContainerLimits) -> AnyIterator<DocumentInput>? {
        guard extensions.contains((path as NSString).pathExtension.lowercased()) else { return nil }
        let raw = RawPath(path)
        return inputs(opening: raw, display: raw.display)
    }

    /// The inputs of the file at `path` (its bytes need not be UTF-8), under the name `display`;
    /// a file that cannot be opened yields one input that fails with the reason.
    package func inputs(opening path: RawPath, display: String) -> AnyIterator<DocumentInput> {
        let descriptor = FileReader.openReadOnly(path)
        guard descriptor >= 0 else {
            let error = FileReader.Error.system(errno)
            let input = DocumentInput(
                id: display, source: display, payload: .unreadable(error.description, code: error.code), origin: display)
            return AnyIterator([input].makeIterator())
        }
        return inputs(LineReader(descriptor: descriptor, closeWhenDone: true), path: display)
    }

    /// The inputs of the lines read from `descriptor` (standard input, for one), named `path`.
    public func inputs(descriptor: Int32, path: String) -> AnyIterator<DocumentInput> {
        inputs(LineReader(descriptor: descriptor), path: path)
    }

    private func inputs(_ reader: LineReader, path: String) -> AnyIterator<DocumentInput> {
        var lines = JSONLinesInputs(reader: reader, path: path)
        return AnyIterator { lines.next() }
    }
}

/// The inputs of one JSON Lines stream, line by line: what `JSONLinesReader` yields. Each
/// names the stream as its `origin`, as `FileSource` names files (`RawPath.display`).
struct JSONLinesInputs: IteratorProtocol {
    private var reader: LineReader
    private let path: String
    private var lineNumber = 0
    /// Records yielded so far.
    private var records = 0

    init(reader: LineReader, path: String) {
        self.reader = reader
        self.path = path
    }

    mutating func next() -> DocumentInput? {
        while !reader.isFinished {
            do {
                guard let line = try reader.nextLine() else {
                    reader.isFinished = true
                    return records == 0 ? emptyInput() : nil
                }
                lineNumber += 1
                if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                records += 1
                return DocumentInput(
                    id: "\(path):\(lineNumber)", source: path, payload: .record(Self.parser(line)), origin: path)
            } catch {
                lineNumber += 1
                if !error.skipped { reader.isFinished = true }
                return DocumentInput(
                    id: "\(path):\(lineNumber)", source: path, payload: .unreadable(error.description, code: error.code),
                    origin: path)
            }
        }
        return nil
    }

    /// Parses `line` when the input is read.
    private static func parser(_ line: [UInt8]) -> @Sendable (inout Metadata) throws -> (text: String, id: String?) {
        { metadata in try JSONLinesRecord(parsing: line).read(into: &metadata) }
    }

    /// The one input of a stream without records: every file yields a record.
    private func emptyInput() -> DocumentInput {
        let message = "no JSON Lines records: the file is empty or holds only blank lines; "
            + "write one JSON object per line, or leave the file out"
        return DocumentInput(id: path, source: path, payload: .unreadable(message, code: .jsonlEmpty), origin: path)
    }
}
