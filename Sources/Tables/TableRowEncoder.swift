import GlossCore
import GlossSinks

/// Packs each record's table rows (`PackedRows`) on the worker that made the record, so that
/// the SQLite and CSV sinks only bind or write them: given to
/// `PipelineRunner.run(_:encoding:cancellation:handler:)` by `gloss analyze -o results.sqlite`.
///
/// A document of more than `workerLimit` bytes of text is declined (nil), as `RecordEncoder`
/// declines it, so that the records in flight never hold a second copy of a giant text; the
/// sink packs that one itself. Thread-safe (a value with no state).
public struct TableRowEncoder: RecordEncoding {
    public var includeText: Bool

    /// The most bytes of text a document may have to be packed on a worker (1 MiB, as JSON Lines).
    public static let workerLimit = RecordEncoder.workerLimit

    public init(includeText: Bool = true) { self.includeText = includeText }

    public func encodeOnWorker(_ record: Record) -> [UInt8]? {
        if case .document(let document) = record, document.text.utf8.count > Self.workerLimit { return nil }
        return PackedRows(record: record, includeText: includeText).bytes
    }
}
