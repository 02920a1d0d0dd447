import Foundation

/// The command line's arguments byte for byte: Linux passes file names as bytes, and one that
/// is not UTF-8 reaches `CommandLine.arguments` with U+FFFD in place of its invalid bytes,
/// which names no file.
enum ArgumentBytes {
    /// `paths` (parsed arguments) as the bytes the command line held: a path with U+FFFD is
    /// matched with the argument that decodes to it.
    static func raw(_ paths: [String]) -> [[UInt8]] {
        let arguments = (0..<Int(CommandLine.argc)).compactMap { index in
            CommandLine.unsafeArgv[index].map { Array(UnsafeBufferPointer(start: $0, count: strlen($0))).map(UInt8.init(bitPattern:)) }
        }
        return paths.map { path in
            guard path.unicodeScalars.contains("\u{FFFD}") else { return Array(path.utf8) }
            return arguments.first { String(validating: $0, as: UTF8.self) == nil && String(decoding: $0, as: UTF8.self) == path }
                ?? Array(path.utf8)
        }
    }
}
