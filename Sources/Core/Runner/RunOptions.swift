import Foundation

/// How a `PipelineRunner` runs: how many workers, how big a batch, how many documents may be
/// in flight, whether output keeps input order.
public struct RunOptions: Sendable {
    /// Worker threads (each on its own Dispatch queue). Default: the active processor count.
    public var jobs: Int
    /// Documents a worker takes at once. Batching amortises the per-document hand-off
    /// (1–2 µs) over many documents.
    public var batchSize: Int
    /// Input bytes a worker takes at once, as far as they are known before reading
    /// (`DocumentInput.fileSize`, bytes and text in memory): a batch ends at `batchSize`
    /// documents or at the first input that brings it to this many bytes, whichever comes
    /// first, so that a batch of large pages holds a few of them, not `batchSize`. Inputs of
    /// unknown size until read (JSON Lines records, `.gz` pages, standard input) count as
    /// empty; records a reader has already read (WARC, Reuters, feeds) count by their length.
    /// Default 1 MiB.
    public var batchBytes: Int
    /// The most documents read but not yet handed to the caller. Memory stays flat on an
    /// endless input: when the bound is reached, reading waits for the caller. With
    /// `batchBytes`, the input bytes in flight stay under about `maxInFlight / batchSize`
    /// batches of `batchBytes` each (plus one input per batch), whatever the documents' sizes.
    public var maxInFlight: Int
    /// Whether records come out in input order (default). Unordered hands out each batch as
    /// soon as it is done, which helps when document costs vary widely.
    public var ordered: Bool
    /// Inputs larger than this become error records instead of being read.
    public var maxDocumentBytes: Int

    public init(
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 32, maxInFlight: Int? = nil,
        ordered: Bool = true, maxDocumentBytes: Int = 64 << 20, batchBytes: Int = 1 << 20
    ) {
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
        self.batchBytes = max(1, batchBytes)
        // Saturating: huge jobs × batch sizes must not overflow (the command line caps both).
        let perRound = self.batchSize.multipliedReportingOverflow(by: self.jobs)
        let fourRounds = perRound.partialValue.multipliedReportingOverflow(by: 4)
        let byDefault = perRound.overflow || fourRounds.overflow ? Int.max : fourRounds.partialValue
        self.maxInFlight = max(self.batchSize, maxInFlight ?? byDefault)
        self.ordered = ordered
        self.maxDocumentBytes = maxDocumentBytes
    }

    /// Batches that may be in flight at once.
    var maxInFlightBatches: Int { max(1, maxInFlight / batchSize) }
}
