import GlossCore
import GlossStages

/// `--drop-duplicates`: leaves out the records of documents the `dedupe` stage marked, and
/// counts them for a note at the end of the run.
struct DuplicateFilter {
    /// Whether marked documents are left out; when false every record is kept.
    let dropping: Bool
    /// The records left out so far, by kind of duplicate.
    private(set) var exact = 0
    private(set) var near = 0

    init(dropping: Bool) { self.dropping = dropping }

    /// Whether `record` is written; counts it when it is not.
    mutating func keeps(_ record: Record) -> Bool {
        guard dropping, let mark = record.document?[DuplicateLayer.self] else { return true }
        switch mark.kind {
        case .exact: exact += 1
        case .near: near += 1
        }
        return false
    }

    /// "left out 12 duplicate documents (10 exact, 2 near; --drop-duplicates)", or nil when
    /// none was.
    var summary: String? {
        let total = exact + near
        guard total > 0 else { return nil }
        return "left out \(total) duplicate document\(total == 1 ? "" : "s") (\(exact) exact, \(near) near; --drop-duplicates)"
    }
}
