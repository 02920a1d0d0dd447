import Synchronization

/// Counts and times of a run, overall and per stage. Times are wall-clock nanoseconds spent
/// in each stage summed over all workers, so their shares are shares of CPU time.
public struct RunStatistics: Sendable, Equatable {
    /// One stage's figures. The first entry is always `read` (reading and decoding inputs).
    public struct StageFigures: Sendable, Equatable {
        public var name: String
        /// Documents the stage processed (including those it failed on).
        public var documents = 0
        /// Documents the stage failed on.
        public var failures = 0
        public var nanoseconds: UInt64 = 0

        public init(name: String) { self.name = name }
    }

    public var stages: [StageFigures]
    /// Records handed out: documents plus failures.
    public var records = 0
    public var failures = 0
    /// Bytes of input read (raw bytes or given text).
    public var inputBytes = 0
    /// Bytes of text after the last stage.
    public var textBytes = 0
    public var tokens = 0
    public var sentences = 0
    /// Wall-clock time of the whole run.
    public var wallNanoseconds: UInt64 = 0
    /// Per-document processing time: counts in log-linear microsecond buckets, each power of
    /// two split into eight (so a percentile is within 12.5% of the true time; see
    /// `latencyBucket(microseconds:)`).
    public var latencyBuckets = [Int](repeating: 0, count: RunStatistics.latencyBucketCount)

    /// Buckets for 0 to 7 µs one by one, then eight per power of two up to 2^40 µs.
    static let latencyBucketCount = 8 * 41

    /// The bucket of a time of `micros` microseconds: below 8 µs, the time itself; above, the
    /// power of two below it (times eight) and which eighth of the way to the next it is in.
    static func latencyBucket(microseconds micros: UInt64) -> Int {
        guard micros >= 8 else { return Int(micros) }
        let power = 63 - micros.leadingZeroBitCount  // 3 or more
        let eighth = Int(micros >> UInt64(power - 3)) - 8  // 0 to 7
        return min(latencyBucketCount - 1, power * 8 + eighth - 16)
    }

    /// The largest time, in microseconds, that falls in `bucket`.
    static func latencyUpperEdge(of bucket: Int) -> Double {
        guard bucket >= 8 else { return Double(bucket) }
        let power = (bucket + 16) / 8
        let eighth = (bucket + 16) % 8
        return Double(((eighth + 9) << (power - 3)) - 1)
    }

    public init(stageNames: [String]) {
        stages = (["read"] + stageNames).map(StageFigures.init(name:))
    }

    /// Total nanoseconds over all stages.
    public var stageNanoseconds: UInt64 { stages.reduce(0) { $0 + $1.nanoseconds } }

    /// The share of stage time that `stage` took, from 0 to 1.
    public func share(of stage: String) -> Double {
        let total = stageNanoseconds
        guard total > 0, let figures = stages.first(where: { $0.name == stage }) else { return 0 }
        return Double(figures.nanoseconds) / Double(total)
    }

    /// The per-document latency at or below which `fraction` of documents fall, in microseconds
    /// (the upper edge of the histogram bucket), or 0 with no documents.
    public func latencyPercentile(_ fraction: Double) -> Double {
        let total = latencyBuckets.reduce(0, +)
        guard total > 0 else { return 0 }
        let wanted = Int((Double(total) * fraction).rounded(.up))
        var seen = 0
        for (bucket, count) in latencyBuckets.enumerated() {
            seen += count
            if seen >= max(wanted, 1) { return Self.latencyUpperEdge(of: bucket) }
        }
        return Self.latencyUpperEdge(of: latencyBuckets.count - 1)
    }

    mutating func merge(_ other: RunStatistics) {
        for index in stages.indices {
            stages[index].documents += other.stages[index].documents
            stages[index].failures += other.stages[index].failures
            stages[index].nanoseconds += other.stages[index].nanoseconds
        }
        records += other.records
        failures += other.failures
        inputBytes += other.inputBytes
        textBytes += other.textBytes
        tokens += other.tokens
        sentences += other.sentences
        for index in latencyBuckets.indices { latencyBuckets[index] += other.latencyBuckets[index] }
    }

    /// Counts one document that took `nanoseconds` in the latency histogram.
    public mutating func recordLatency(nanoseconds: UInt64) {
        latencyBuckets[Self.latencyBucket(microseconds: nanoseconds / 1000)] += 1
    }
}

/// Gathers workers' statistics; readable while a run goes on.
final class StatisticsCollector: Sendable {
    private let state: Mutex<RunStatistics>

    init(stageNames: [String]) { state = Mutex(RunStatistics(stageNames: stageNames)) }

    func merge(_ figures: RunStatistics) { state.withLock { $0.merge(figures) } }
    func setWallTime(_ nanoseconds: UInt64) { state.withLock { $0.wallNanoseconds = nanoseconds } }
    func reset() {
        state.withLock { $0 = RunStatistics(stageNames: Array($0.stages.dropFirst().map(\.name))) }
    }
    var snapshot: RunStatistics { state.withLock { $0 } }
}
