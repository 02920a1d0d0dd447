import GlossCore

/// Why a gzip stream could not be decompressed, with the compressed byte offset where it broke.
///
/// Provides: what went wrong (`kind`), where (`offset`, `memberStart`, both counted in the
/// compressed input) and a message that says what to do. Sendable; a value.
public struct GzipError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The input ends inside a member.
        case truncated
        /// The compressed data is not valid deflate or gzip framing.
        case corrupt
        /// The file could not be opened or read.
        case unreadable
        /// The decompressed data is larger than the caller's limit.
        case tooLarge
    }

    public var kind: Kind
    /// The compressed byte offset where the problem was found.
    public var offset: Int
    /// The compressed byte offset of the member the problem is in.
    public var memberStart: Int
    public var description: String

    public init(kind: Kind, offset: Int, memberStart: Int, description: String) {
        self.kind = kind
        self.offset = offset
        self.memberStart = memberStart
        self.description = description
    }
}

extension GzipError: CodedError {
    /// `gzip.truncated`, `gzip.corrupt`, `read.too-large`, or the read's own failure.
    public var code: ErrorCode {
        switch kind {
        case .truncated: .gzipTruncated
        case .corrupt: .gzipCorrupt
        case .unreadable: .readFailed
        case .tooLarge: .readTooLarge
        }
    }
}

extension ErrorCode {
    /// A gzip stream that ends inside a member.
    public static let gzipTruncated: ErrorCode = "gzip.truncated"
    /// Data that is not valid gzip or deflate.
    public static let gzipCorrupt: ErrorCode = "gzip.corrupt"
}
