/// A stable, machine-readable name for a kind of failure, written beside the message in every
/// error record: `read.not-found`, `xml.depth-limit`, `gzip.truncated`.
///
/// A code is a family and a problem joined by a dot, in lowercase with hyphens. Codes are part
/// of the record format: once published they keep their meaning, so scripts can count and
/// filter errors by code while the messages stay free to improve. README's "Error codes" table
/// lists them. A stage that throws a `StageError` without a code gets `<stage>.failed`.
public struct ErrorCode: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    /// The code of a stage's failure that named no code of its own.
    public static func failed(stage: String) -> ErrorCode { ErrorCode(rawValue: "\(stage).failed") }
}

extension ErrorCode {
    /// An input that could not be read, for a reason the system did not name more precisely.
    public static let readFailed: ErrorCode = "read.failed"
    /// A named path that does not exist.
    public static let readNotFound: ErrorCode = "read.not-found"
    /// A path the run may not read.
    public static let readPermission: ErrorCode = "read.permission-denied"
    /// A path that is a directory where a file was expected, or a directory that cannot be listed.
    public static let readDirectory: ErrorCode = "read.directory"
    /// An input, or one record of a container, over `--max-document-bytes`.
    public static let readTooLarge: ErrorCode = "read.too-large"
    /// The system failed while reading (I/O error).
    public static let readIO: ErrorCode = "read.io"
    /// A sequence of inputs handed to the runner threw.
    public static let readSequence: ErrorCode = "read.sequence-failed"
    /// A JSON Lines line that is not a usable record.
    public static let jsonlInvalid: ErrorCode = "jsonl.invalid"
    /// A JSON Lines line over the line limit; the reader skips to the next line.
    public static let jsonlLineTooLong: ErrorCode = "jsonl.line-too-long"
    /// A JSON Lines file with no record in it (empty, or only blank lines).
    public static let jsonlEmpty: ErrorCode = "jsonl.empty"
}
