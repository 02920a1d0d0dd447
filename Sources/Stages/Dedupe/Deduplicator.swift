import GlossCore

/// The `dedupe` stage: marks documents that repeat an earlier document of the same run, exactly
/// (the same normalised text) or nearly (64-bit SimHashes of word 3-shingles within
/// `max-distance` bits), naming the first document seen in the `duplicate` layer.
///
/// - Requires: `tokens`. Provides: `duplicate` (present only on duplicates).
/// - "First seen" is the earliest in input order: `process(_:)` computes the `Fingerprint` on
///   the workers, in parallel; `deliver(_:)` (an `OrderedStage` step) looks it up and stores it
///   on the runner's delivering thread, in the order records are handed out, which is input
///   order unless the run is unordered (`--unordered`: then completion order). The result is the
///   same for any number of workers.
/// - A duplicate is never stored, so `of` always names a document that is not itself a
///   duplicate. Documents with fewer than three words are compared only exactly.
/// - Memory: per distinct document, 56 to about 130 bytes (as its tables double) plus the
///   UTF-8 bytes of its id, and a fixed 1 MiB band index (see `FingerprintTable`); duplicates
///   are not stored.
/// - Cost: one pass over the tokens, 64 additions per shingle; a hash lookup and four short
///   chain walks per document under a mutex.
/// - Thread safety: the stage is a value; its index (shared by its copies, for the lifetime of
///   the pipeline) is behind a `Mutex`.
public struct Deduplicator: RegistrableStage, OrderedStage {
    public static let descriptor = StageDescriptor(
        name: "dedupe",
        summary: "marks exact and near duplicates of an earlier document of the run (duplicate: of, kind, distance)",
        requires: [.tokens], provides: [DuplicateLayer.id],
        options: [Option.maxDistance],
        cost: "O(n) in tokens; 56-130 bytes per distinct document plus its id, and 1 MiB")

    /// The options, declared once (read in `init(options:)`).
    public enum Option {
        public static let maxDistance = StageOption(
            "max-distance",
            "SimHash bits (0-64) two documents may differ in and still be near duplicates; up to 3 every such pair is found",
            default: 3)
    }

    /// Near duplicates differ in at most this many SimHash bits.
    public let maxDistance: Int
    private let index: FingerprintIndex

    public init(maxDistance: Int = Option.maxDistance.defaultValue) {
        self.maxDistance = maxDistance
        self.index = FingerprintIndex(maxDistance: maxDistance)
    }

    public init(options: StageOptions) throws {
        let maxDistance = try options[Option.maxDistance]
        guard (0...64).contains(maxDistance) else {
            throw StageOptions.Error("option dedupe.max-distance must be between 0 and 64, not \(maxDistance)")
        }
        self.init(maxDistance: maxDistance)
    }

    /// Computes the document's fingerprint (in parallel, on the workers).
    public func process(_ document: inout Document) throws {
        document[FingerprintLayer.self] = Fingerprint(of: document)
    }

    /// Compares the fingerprint with those of the documents delivered before it, marks the
    /// document as a duplicate or stores it, and removes the fingerprint.
    public func deliver(_ document: inout Document) {
        guard let fingerprint = document[FingerprintLayer.self] else { return }
        document[FingerprintLayer.self] = nil
        if let mark = index.check(fingerprint, id: document.id) {
            document[DuplicateLayer.self] = mark
        }
    }

    /// The number of distinct documents stored so far.
    public var distinctDocuments: Int { index.count }
}
