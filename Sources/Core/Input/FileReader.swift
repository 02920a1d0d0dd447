import Foundation
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
private func systemOpen(_ path: String) -> Int32 { Glibc.open(path, O_RDONLY) }
private func systemOpen(_ path: UnsafePointer<CChar>) -> Int32 { Glibc.open(path, O_RDONLY) }
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
private func systemOpen(_ path: String) -> Int32 { Darwin.open(path, O_RDONLY) }
private func systemOpen(_ path: UnsafePointer<CChar>) -> Int32 { Darwin.open(path, O_RDONLY) }
#endif

/// Reads whole files with a size limit, with errors that name the problem.
public enum FileReader {
    /// Why a file could not be read.
    public struct Error: Swift.Error, Sendable, CustomStringConvertible {
        public var description: String
        /// The kind of failure, for the error record.
        public var code: ErrorCode

        public init(description: String, code: ErrorCode) {
            self.description = description
            self.code = code
        }

        /// The error for a failed system call, coded by `errno`.
        public static func system(_ number: Int32) -> Error {
            Error(description: systemMessage(number), code: FileReader.code(errno: number))
        }
    }

    /// Reads the file at `path`, or standard input for `-`.
    ///
    /// - Throws: `FileReader.Error` saying why: missing, a directory, unreadable, too large.
    public static func read(path: String, maxBytes: Int) throws(FileReader.Error) -> [UInt8] {
        if path == "-" { return try readStandardInput(maxBytes: maxBytes) }
        return try read(descriptor: systemOpen(path), maxBytes: maxBytes)
    }

    /// Reads the file at a path that need not be UTF-8.
    package static func read(path: RawPath, maxBytes: Int) throws(FileReader.Error) -> [UInt8] {
        try read(descriptor: openReadOnly(path), maxBytes: maxBytes)
    }

    /// Opens a path that need not be UTF-8 for reading; returns -1 and sets `errno` on failure.
    package static func openReadOnly(_ path: RawPath) -> Int32 {
        path.withCString { systemOpen($0) }
    }

    /// Reads the file open on `descriptor` (or throws for `errno` if it is negative) and closes it.
    private static func read(descriptor: Int32, maxBytes: Int) throws(FileReader.Error) -> [UInt8] {
        guard descriptor >= 0 else { throw .system(errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .system(errno) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw Error(description: "is a directory", code: .readDirectory) }
        let size = Int(info.st_size)
        if size > maxBytes {
            throw Error(description: tooLarge(size, limit: maxBytes), code: .readTooLarge)
        }
        return try readAll(descriptor, sizeHint: size, maxBytes: maxBytes)
    }

    /// Opens `path` for reading; returns -1 and sets `errno` on failure.
    public static func openReadOnly(_ path: String) -> Int32 { systemOpen(path) }

    package static func readStandardInput(maxBytes: Int) throws(FileReader.Error) -> [UInt8] {
        try readAll(STDIN_FILENO, sizeHint: 1 << 16, maxBytes: maxBytes)
    }

    private static func readAll(_ descriptor: Int32, sizeHint: Int, maxBytes: Int) throws(FileReader.Error) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: max(sizeHint, 4096) + 1)
        var count = 0
        while true {
            if count == result.count {
                if count > maxBytes {
                    throw Error(description: tooLarge(nil, limit: maxBytes), code: .readTooLarge)
                }
                result.append(contentsOf: repeatElement(0, count: result.count))
            }
            let got = result.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw .system(errno)
            }
            if got == 0 { break }
            count += got
        }
        if count > maxBytes {
            throw Error(description: tooLarge(count, limit: maxBytes), code: .readTooLarge)
        }
        result.removeSubrange(count...)
        return result
    }

    /// Reads up to `count` bytes from the start of the file at `path`; an empty array when the
    /// file cannot be read (the caller's full read then reports why).
    public static func head(path: String, count: Int) -> [UInt8] {
        let descriptor = systemOpen(path)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var result = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = result.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + filled, count - filled) }
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { break }
            filled += got
        }
        result.removeSubrange(filled...)
        return result
    }

    /// What to say about an input over the per-document limit (`size` nil when reading stopped
    /// before the end).
    public static func tooLarge(_ size: Int?, limit: Int) -> String {
        let amount = size.map { "is \($0) bytes, " } ?? "is "
        return "input \(amount)over the limit of \(limit) bytes per document; split it or raise --max-document-bytes"
    }

    /// The error code for an errno value.
    public static func code(errno number: Int32) -> ErrorCode {
        switch number {
        case ENOENT, ENOTDIR: .readNotFound
        case EACCES, EPERM: .readPermission
        case EISDIR: .readDirectory
        case EIO: .readIO
        default: .readFailed
        }
    }

    /// The system's message for an errno value, lowercased like the rest of Gloss's messages.
    public static func systemMessage(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file or directory"
        case EACCES: "permission denied: check the file's permissions"
        case EISDIR: "is a directory"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
