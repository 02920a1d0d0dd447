/// What the runner hands out for each input: the processed document or why it failed.
/// Every input yields exactly one record.
public enum Record: Sendable {
    case document(Document)
    case failure(DocumentFailure)

    /// The id of the document or input the record is for.
    public var id: String {
        switch self {
        case .document(let document): document.id
        case .failure(let failure): failure.id
        }
    }

    /// The document, when processing succeeded.
    public var document: Document? {
        if case .document(let document) = self { return document }
        return nil
    }

    /// The failure, when it did not.
    public var failure: DocumentFailure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}

/// An input that could not be processed: which document, which stage, and what happened.
public struct DocumentFailure: Error, Sendable, CustomStringConvertible {
    /// The document's id.
    public var id: String
    /// The document's source path or URL, if known.
    public var source: String?
    /// The stage that failed, or `read` when the input could not be read.
    public var stage: String
    /// What went wrong, and what to do where the stage said so.
    public var message: String
    /// Where in the input it went wrong, if known.
    public var byteOffset: Int?
    /// A stable, machine-readable name for the kind of failure (`html.attribute-limit`), when
    /// the input tripped one of Gloss's bounds (see `StageError.code`).
    public var code: String?

    public init(id: String, source: String?, stage: String, message: String, byteOffset: Int? = nil, code: String? = nil) {
        self.id = id
        self.source = source
        self.stage = stage
        self.message = message
        self.byteOffset = byteOffset
        self.code = code
    }

    init(document: Document, stage: String, error: any Error) {
        let stageError = error as? StageError
        self.init(
            id: document.id, source: document.source, stage: stage,
            message: stageError?.message ?? String(describing: error), byteOffset: stageError?.byteOffset,
            code: stageError?.code)
    }

    public var description: String {
        let location = byteOffset.map { " at byte \($0)" } ?? ""
        return "\(source ?? id): \(stage)\(location): \(message)"
    }
}
