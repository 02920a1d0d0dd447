import Foundation
import GlossCore
@testable import GlossSources

/// A temporary directory for the XML readers' hand-written fixtures, removed on deinit.
final class XMLFixtures {
    let directory: String

    init() {
        directory = NSTemporaryDirectory() + "gloss-xml-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    /// Writes `text` to a file in the directory and returns its path.
    func write(_ name: String, _ text: String) -> String {
        write(name, bytes: Array(text.utf8))
    }

    func write(_ name: String, bytes: [UInt8]) -> String {
        let path = directory + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// All inputs `reader` yields for the file, or nil when it does not claim it.
    static func inputs(_ reader: some ContainerReader, _ path: String,
                       limits: ContainerLimits = ContainerLimits()) -> [DocumentInput]? {
        let head = FileReader.head(path: path, count: ContainerLimits.headBytes)
        guard let iterator = reader.inputs(path: path, head: head, limits: limits) else { return nil }
        return Array(IteratorSequence(iterator))
    }
}

extension DocumentInput {
    /// The payload's bytes as text, or nil for another payload.
    var bodyText: String? {
        if case .bytes(let bytes) = payload { return String(decoding: bytes, as: UTF8.self) }
        return nil
    }

    /// The message of an `.unreadable` input, or nil.
    var unreadableMessage: String? {
        if case .unreadable(let message, _) = payload { return message }
        return nil
    }
}
