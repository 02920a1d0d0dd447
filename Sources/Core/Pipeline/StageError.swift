/// What a stage throws when it cannot process a document. The runner turns it into an error
/// record naming the document and the stage, and the run goes on.
public struct StageError: Error, Sendable, CustomStringConvertible {
    /// What went wrong and what to do about it.
    public var message: String
    /// Where in the input or text it went wrong, if known.
    public var byteOffset: Int?
    /// The kind of failure; nil gives the record the code `<stage>.failed`.
    public var code: ErrorCode?

    public init(_ message: String, code: ErrorCode? = nil, byteOffset: Int? = nil) {
        self.message = message
        self.code = code
        self.byteOffset = byteOffset
    }

    public var description: String {
        byteOffset.map { "\(message) (at byte \($0))" } ?? message
    }
}
