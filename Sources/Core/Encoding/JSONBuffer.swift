/// The growable byte buffer behind a `JSONWriter`: appends are plain stores into memory the
/// buffer owns, without `Array`'s per-call uniqueness and generic-copy work (a short key cost
/// about as much in `Array.append(contentsOf:)` bookkeeping as in its bytes).
///
/// Not thread-safe and never shared: a `JSONWriter` copies it before writing when another
/// writer holds it too, so writers keep value semantics.
///
/// A buffer may start in memory lent to it (`init(lending:capacity:)`, the storage of the array
/// `JSONWriter.line` returns): it writes there until it needs more room, then moves to memory
/// of its own, and never frees what was lent.
final class JSONBuffer: @unchecked Sendable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private(set) var capacity: Int
    /// Whether `base` is still the memory lent at `init(lending:capacity:)`.
    private(set) var isLent = false

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    /// A buffer that writes into the `capacity` bytes at `base` (lent: the caller keeps them
    /// valid while the buffer writes there, and frees them) until it needs more room.
    init(lending base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.base = base
        self.capacity = capacity
        isLent = true
    }

    deinit { if !isLent { base.deallocate() } }

    /// A buffer with the same bytes and at least the same capacity.
    func copy() -> JSONBuffer {
        let copy = JSONBuffer(capacity: capacity)
        copy.base.update(from: base, count: count)
        copy.count = count
        return copy
    }

    /// The bytes written so far, as an array (a copy).
    var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    func removeAll() { count = 0 }

    /// Frees memory a huge value made the buffer take: its capacity comes back to `limit` (or
    /// to what it holds, if more).
    func shrink(to limit: Int) {
        guard capacity > limit else { return }
        resize(to: max(16, limit, count))
    }

    @inline(__always) func append(_ byte: UInt8) {
        if count == capacity { grow(1) }
        base[count] = byte
        count &+= 1
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if capacity &- count < bytes.count { grow(bytes.count) }
        JSONBytes.copy(source, to: base + count, count: bytes.count)
        count &+= bytes.count
    }

    /// Where the next `count` bytes go, with room for them made: write at most `count` bytes
    /// there, then `commit` how many were written. One capacity check for a value written in
    /// pieces (a span's members, a number's digits).
    @inline(__always) func reserve(_ count: Int) -> UnsafeMutablePointer<UInt8> {
        if capacity &- self.count < count { grow(count) }
        return base + self.count
    }

    /// Counts `written` bytes stored at `reserve`'s pointer as appended.
    @inline(__always) func commit(_ written: Int) { count &+= written }

    func append(_ bytes: UnsafeRawBufferPointer) {
        append(bytes.assumingMemoryBound(to: UInt8.self))
    }

    func append<C: Collection>(contentsOf bytes: C) where C.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { append($0) }
        if done == nil { for byte in bytes { append(byte) } }
    }

    /// Room for `needed` more bytes: the capacity at least doubles.
    @inline(never) private func grow(_ needed: Int) {
        resize(to: max(capacity * 2, count + needed))
    }

    private func resize(to newCapacity: Int) {
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        if !isLent { base.deallocate() }
        base = newBase
        capacity = newCapacity
        isLent = false
    }
}
