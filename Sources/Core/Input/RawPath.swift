import Foundation

/// A file path as the file system holds it: bytes, which need not be UTF-8.
///
/// Linux file names are any bytes but `/` and NUL; a name that is not valid UTF-8 (a Latin-1
/// `café` written by an old tool) cannot round-trip through `String`. Directory walks list and
/// open names as bytes, and show a name that is not UTF-8 in an escaped form (`display`).
///
/// Cost: one copy of the path's bytes. Thread safety: a value.
package struct RawPath: Sendable, Hashable {
    /// The path's bytes, without a terminating NUL.
    package var bytes: [UInt8]

    package init(_ bytes: [UInt8]) { self.bytes = bytes }

    package init(_ path: String) { self.bytes = Array(path.utf8) }

    /// The path as a `String`, when it is valid UTF-8.
    package var string: String? { String(validating: bytes, as: UTF8.self) }

    /// The path for ids and messages: itself when it is valid UTF-8; otherwise each byte of an
    /// invalid sequence as `\xHH` and each backslash as `\\`, so that the form is lossless for
    /// such names (`caf\xE9.txt`).
    package var display: String { string ?? Self.escaped(bytes) }

    /// `self/name`.
    package func appending(_ name: [UInt8]) -> RawPath {
        RawPath(bytes.last == 0x2F ? bytes + name : bytes + [0x2F] + name)
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    package func withCString<R>(_ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// The names in the directory at this path (without `.` and `..`), as bytes; nil and
    /// `errno` set when it cannot be listed.
    package func directoryEntries() -> [[UInt8]]? {
        guard let directory = withCString({ opendir($0) }) else { return nil }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        return names
    }

    package static func escaped(_ bytes: [UInt8]) -> String {
        var result = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                result += scalar == "\\" ? "\\\\" : String(scalar)
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<offset + length] { result += "\\x" + String(byte, radix: 16, uppercase: true).leftPadded }
                offset += length
            case .emptyInput:
                return result
            }
        }
    }
}

extension String {
    /// A one-digit hexadecimal number with a leading zero.
    fileprivate var leftPadded: String { count == 1 ? "0" + self : self }
}
