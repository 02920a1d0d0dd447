/// Which rows of a hashed weight table hold weights, and where: per group of 8 rows, a bitmap
/// of its non-zero rows and how many non-zero rows are laid out before the group's (a rank
/// directory), in one `UInt32`. A non-zero row's weights are the `slot(of:)`-th of the packed
/// rows. Groups are laid out in row order, or some groups first in an order given when the
/// index is made (`init(bits:nonZero:groupsFirst:)`): the rows news reads most, packed into
/// few cache lines (`EntityModel.hotGroups`); `slot(of:)` costs the same either way. Slots may
/// be counted in bytes (`rowBytes`): the model's places, with no multiplication a row.
///
/// The bundled model's 2^19 rows, about one in five non-zero, take 256 KB here (4 bytes per 8
/// rows), against 2 MB for a slot number per row: the directory stays in the processor's
/// second-level cache, so summing a row waits on at most one miss (its weights), not two. A
/// row's place within its group is read from a 2,048-entry table by the row's bit and the
/// group's bitmap (`placesInGroup`: 0 for a row of zeros, else 1 + the bits set before it), as
/// the baseline x86-64 target has no population-count instruction (a 64-row bitmap counted in
/// software took twice the instructions; a 130 KB two-level index saved misses but not time;
/// a 256-entry count of the bits below, the row's own bit tested apart, took two more
/// instructions a row).
///
/// - Cost: `slot(of:)` reads one entry and one byte of the table (O(1)); building is O(rows).
///   At most 2^24 non-zero rows (2^24 / `rowBytes` counted in bytes).
/// - Thread safety: immutable; safe to share.
struct RowIndex: Sendable, Equatable {
    /// Per group of 8 rows: the number of non-zero rows in the groups laid out before it (times
    /// `rowBytes`), shifted left by 8, with the group's bitmap in the low byte (bit `k` for row
    /// `8 × group + k`).
    private(set) var groups: [UInt32]
    /// How many rows are non-zero.
    let count: Int
    /// What a slot counts: 1, rows; or a row's bytes, so that `slot(of:)` is a place in bytes.
    let rowBytes: Int
    /// `placesInGroup` times `rowBytes`: what `slot(of:in:places:)` reads.
    private let withinGroup: [UInt8]
    /// The most non-zero rows an index holds (times `rowBytes`).
    static let capacity = 1 << 24

    /// Per row bit `b` (0 to 7) and group bitmap `m`, at `b << 8 | m`: 0 when bit `b` of `m` is
    /// clear (a row of zeros), else 1 + the bits of `m` set below bit `b` (the row's place
    /// among its group's non-zero rows, from 1). 2 KB.
    static let placesInGroup: [UInt8] = (0..<2048).map { i in
        let (bit, bitmap) = (i >> 8, i & 0xFF)
        return bitmap >> bit & 1 == 0 ? 0 : UInt8((bitmap & (1 << bit - 1)).nonzeroBitCount + 1)
    }

    /// The index of a table of `1 << bits` rows whose non-zero rows are `nonZero` (ascending,
    /// each below `1 << bits`, at most `capacity` of them), their slots in row order.
    init<Rows: Sequence<UInt32>>(bits: Int, nonZero: Rows) {
        self.init(bits: bits, nonZero: nonZero, groupsFirst: [])
    }

    /// The same, with the slots of the rows of the groups in `groupsFirst` (group `g` holds rows
    /// `8 × g` to `8 × g + 7`) before the others', group by group in the order given; then the
    /// other groups' in row order. A group listed twice, or beyond the table, is placed once,
    /// at its first place. Any order gives each non-zero row its own slot, from 1 to `count`.
    ///
    /// With `rowBytes` (1 to 31) every slot is `rowBytes` times as large: a row's place in
    /// bytes among rows of `rowBytes` bytes after a row of zeros (`EntityModel`'s, of 9 bytes),
    /// read with no multiplication (the directory and the table hold bytes).
    init<Rows: Sequence<UInt32>>(bits: Int, nonZero: Rows, groupsFirst: [UInt32], rowBytes: Int = 1) {
        precondition((1...31).contains(rowBytes), "rows of \(rowBytes) bytes, 1 to 31")
        var groups = [UInt32](repeating: 0, count: Swift.max(1, (1 << bits) >> 3))
        var count = 0
        for row in nonZero {
            groups[Int(row >> 3)] |= 1 << (row & 7)
            count += 1
        }
        precondition(count * rowBytes <= Self.capacity, "more than \(Self.capacity / rowBytes) non-zero rows of \(rowBytes) bytes")
        // Until it is placed a group's entry holds its bitmap alone; a placed group's is
        // marked in `placed`.
        var placed = [Bool](repeating: false, count: groups.count)
        var before: UInt32 = 0
        func place(_ group: Int) {
            let bitmap = groups[group]
            groups[group] = before << 8 | bitmap
            before += UInt32(bitmap.nonzeroBitCount * rowBytes)
            placed[group] = true
        }
        for group in groupsFirst where Int(group) < groups.count && !placed[Int(group)] { place(Int(group)) }
        for group in groups.indices where !placed[group] { place(group) }
        self.groups = groups
        self.count = count
        self.rowBytes = rowBytes
        withinGroup = Self.placesInGroup.map { $0 * UInt8(rowBytes) }
    }

    /// The position of `row` among the non-zero rows as laid out, counted from 1 (times
    /// `rowBytes`); 0 for a row of zeros. `groups` is `self.groups`' storage and `places`
    /// `withinGroup`'s (`withPointers`), each read once per batch of rows by the caller.
    @inline(__always) static func slot(of row: UInt32, in groups: UnsafePointer<UInt32>, places: UnsafePointer<UInt8>) -> Int {
        let entry = groups[Int(row >> 3)]
        let within = Int(places[Int((row & 7) << 8 | entry & 0xFF)])
        return within == 0 ? 0 : Int(entry >> 8) &+ within
    }

    /// The position of `row` among the non-zero rows as laid out, counted from 1 (times
    /// `rowBytes`); 0 for a row of zeros.
    func slot(of row: UInt32) -> Int {
        withPointers { Self.slot(of: row, in: $0, places: $1) }
    }

    /// Calls `body` with the storage of `groups` and of `withinGroup`, for `slot(of:in:places:)`.
    @inline(__always) func withPointers<Result>(_ body: (UnsafePointer<UInt32>, UnsafePointer<UInt8>) -> Result) -> Result {
        groups.withUnsafeBufferPointer { groups in
            withinGroup.withUnsafeBufferPointer { body(groups.baseAddress!, $0.baseAddress!) }
        }
    }
}
