import Foundation

/// Writes the text files the `gloss` subcommands make besides their records (a calibration, a
/// scores table, an evidence table).
enum TextFile {
    /// Writes `text` to `path`: a regular file (or a new one) atomically, anything else
    /// (`/dev/null`, `/dev/stdout`, a pipe) in place, so that a device is never replaced by
    /// a file (an atomic write renames its temporary file over the path).
    static func write(_ text: String, to path: String) throws {
        let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        if type == nil || type == .typeRegular {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } else {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            // A link to a longer regular file keeps no tail of it; a device cannot be truncated.
            try? handle.truncate(atOffset: 0)
            try handle.write(contentsOf: Data(text.utf8))
        }
    }
}
