import Synchronization

/// The fingerprints seen in one run, shared by every copy of a `dedupe` stage: a
/// `FingerprintTable` behind a mutex, so any thread may call it.
final class FingerprintIndex: Sendable {
    private let table: Mutex<FingerprintTable>

    init(maxDistance: Int) { table = Mutex(FingerprintTable(maxDistance: maxDistance)) }

    /// See `FingerprintTable.check(_:id:)`.
    func check(_ fingerprint: Fingerprint, id: String) -> DuplicateMark? {
        table.withLock { $0.check(fingerprint, id: id) }
    }

    /// The number of distinct documents stored.
    var count: Int { table.withLock { $0.count } }
}
