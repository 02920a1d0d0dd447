/// A note a stage leaves on a document it processed without failing: replaced bytes, a
/// truncated field, a fallback taken.
public struct Diagnostic: Sendable, Hashable {
    /// The registry name of the stage that noted it.
    public var stage: String
    /// What happened, in words a user can act on.
    public var message: String
    /// How many times it happened, where that counts (e.g. invalid bytes replaced).
    public var count: Int

    public init(stage: String, message: String, count: Int = 1) {
        self.stage = stage
        self.message = message
        self.count = count
    }
}
