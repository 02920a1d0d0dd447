/// What a stage throws when it cannot process a document. The runner turns it into an error
/// record naming the document and the stage, and the run goes on.
public struct StageError: Error, Sendable, CustomStringConvertible {
    /// What went wrong and what to do about it.
    public var message: String
    /// Where in the input or text it went wrong, if known.
    public var byteOffset: Int?
    /// A stable, machine-readable name for the kind of failure (`html.attribute-limit`), when
    /// the document tripped one of Gloss's bounds; the README's "Bounds" table lists them.
    public var code: String?

    public init(_ message: String, byteOffset: Int? = nil, code: String? = nil) {
        self.message = message
        self.byteOffset = byteOffset
        self.code = code
    }

    public var description: String {
        byteOffset.map { "\(message) (at byte \($0))" } ?? message
    }
}
