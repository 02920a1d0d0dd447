/// Turns a record into the bytes a sink writes, on the worker that made the record, so that
/// encoding runs in parallel and the sink only writes (see `PipelineRunner.run(_:encoding:cancellation:handler:)`).
///
/// `GlossSinks`' `RecordEncoder` is one. An encoding may decline a record (return nil), e.g. one
/// too big to hold whole: the sink then encodes it itself, in slices.
public protocol RecordEncoding: Sendable {
    /// The record's bytes, or nil to leave it to the sink. Called on worker threads, several
    /// at once.
    func encodeOnWorker(_ record: Record) -> [UInt8]?
}

/// A record as the runner hands it out with an encoding: the record, and its bytes when the
/// worker encoded it.
public struct EncodedRecord: Sendable {
    public var record: Record
    /// The bytes made on the worker; nil when the encoding declined the record, or when the
    /// pipeline has an `OrderedStage` (its `deliver` changes the document after the workers,
    /// so only the delivering thread can encode it).
    public var bytes: [UInt8]?

    public init(record: Record, bytes: [UInt8]?) {
        self.record = record
        self.bytes = bytes
    }
}
