#if GLOSS_ROW_TRACE
import Foundation

/// Which model rows the tagger reads, in order, for `scripts/build-entity-hot-groups.sh`:
/// compiled only with `-Xswiftc -DGLOSS_ROW_TRACE`, never in a shipped build. With
/// `GLOSS_ROW_TRACE=FILE` set, every row place asked of `EntityModel.RowPlaces` is noted (a
/// listed template's value as `0x8000_0000 | its index in the listed values`), with a mark
/// before each scored token's window (`0xFFFF_FFFF`), own rows summed anew (`0xFFFF_FFFE`) and
/// transition rows summed anew (`0xFFFF_FFFD`); the notes are written to `FILE` (UInt32 each,
/// little-endian) when the process exits. Not thread-safe: run with one job.
enum RowTrace {
    nonisolated(unsafe) static var buffer: UnsafeMutablePointer<UInt32>? = {
        guard getenv("GLOSS_ROW_TRACE") != nil else { return nil }
        atexit {
            guard let path = getenv("GLOSS_ROW_TRACE"), let notes = RowTrace.buffer else { return }
            try? Data(bytes: notes, count: RowTrace.count * 4).write(to: URL(fileURLWithPath: String(cString: path)))
        }
        return UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
    }()
    nonisolated(unsafe) static var count = 0
    /// The most notes kept (512 MB).
    static let capacity = 1 << 27

    @inline(never) static func note(_ value: UInt32) {
        guard let notes = buffer, count < capacity else { return }
        notes[count] = value
        count += 1
    }
}
#endif
