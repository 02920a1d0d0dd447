/// The non-zero rows of a hashed weight table (`EntityTag.count` Int16 weights each), laid out
/// so that finding and reading most rows touches one 64-byte cache line.
///
/// Rows are taken in groups of 8, and each group has a bucket of one 64-byte line (32 `Int16`s,
/// the first at a line's start): a bitmap of the group's non-zero rows (bit `k` for row
/// `8 × group + k`), where the group's fourth and later non-zero rows are in the overflow
/// area, and the weights of its first three non-zero rows (18 bytes each):
///
/// ```
///  Int16:  0        1     2 ... 3            4 ... 12   13 ... 21   22 ... 30   31
///          bitmap   -     overflow (UInt32)  1st row    2nd row     3rd row     -
/// ```
///
/// After the buckets comes a row of zeros (where a zero row is read) and the overflow area.
/// About one row in four of the bundled model is non-zero, so 89% of the groups have at most
/// three and 93% of the rows are in their bucket. Against a rank directory beside packed rows
/// (the layout before, 256 KB of directory and 2.4 MB of rows for the bundled model), a row
/// costs one line instead of a directory line and one or two weight lines (an 18-byte row at
/// an even offset straddles a line one time in four), for 8 bytes per row of the table
/// (4 MB for the bundled model's 2^19 rows) plus 18 per overflowing row.
///
/// The weights are the same Int16s as the file's, so sums are the same to the bit.
///
/// - Cost: `offset(of:in:bitCounts:)` reads one line of the buckets (and one of the overflow
///   area for 7% of the rows) and one byte of `bitCounts` (O(1)); building is O(rows).
/// - Thread safety: immutable; safe to share.
struct RowBuckets: Sendable {
    /// The buckets, the row of zeros and the overflow area, from `cells[start]` on (the
    /// element at a 64-byte boundary of the array's storage); zeros before `start`.
    private let cells: [Int16]
    /// Where the first bucket is in `cells`.
    private let start: Int
    /// log2 of the number of rows of the table.
    let bits: Int
    /// How many rows are non-zero.
    let count: Int

    /// `Int16`s in a bucket (one 64-byte line).
    static let bucketSize = 32
    /// The rows a bucket holds; a group's later non-zero rows are in the overflow area.
    static let rowsInBucket = 3
    /// Where a bucket's first row is, in `Int16`s from the bucket's start (its bitmap at 0, its
    /// overflow's start as a `UInt32` at 2).
    static let firstRow = 4
    /// The `Int16`s of a row.
    static let rowSize = EntityTag.count
    /// The most non-zero rows a table holds.
    static let capacity = 1 << 24

    /// The number of bits set in each byte (the baseline x86-64 target has no population count).
    static let bitCounts: [UInt8] = (0..<256).map { UInt8($0.nonzeroBitCount) }

    /// The buckets of a table of `1 << bits` rows (`bits` from 3 to 26) whose non-zero rows
    /// are `nonZero` (ascending, each below `1 << bits`, at most `capacity` of them), the
    /// `k`-th of which has the weight `weight(k, tag)` for each tag.
    init(bits: Int, nonZero: [UInt32], weight: (_ row: Int, _ tag: Int) -> Int16) {
        precondition((3...26).contains(bits), "\(bits) bits of rows")
        precondition(nonZero.count <= Self.capacity, "more than \(Self.capacity) non-zero rows")
        let groups = 1 << (bits - 3)
        var bitmaps = [UInt8](repeating: 0, count: groups)
        for row in nonZero { bitmaps[Int(row >> 3)] |= 1 << (row & 7) }
        let zeroRow = groups * Self.bucketSize
        let overflowRows = bitmaps.reduce(0) { $0 + Swift.max(0, $1.nonzeroBitCount - Self.rowsInBucket) }
        let size = zeroRow + Self.rowSize * (1 + overflowRows)
        var cells = [Int16](repeating: 0, count: size + Self.bucketSize)
        let start = cells.withUnsafeBytes { bytes in (64 - Int(bitPattern: bytes.baseAddress!) % 64) % 64 / 2 }
        cells.withUnsafeMutableBufferPointer { all in
            let base = all.baseAddress! + start
            var k = 0
            var overflow = zeroRow + Self.rowSize
            for group in 0..<groups {
                let bucket = base + group * Self.bucketSize
                bucket[0] = Int16(bitmaps[group])
                UnsafeMutableRawPointer(bucket + 2).storeBytes(of: UInt32(overflow), as: UInt32.self)
                for rank in 0..<bitmaps[group].nonzeroBitCount {
                    let row = rank < Self.rowsInBucket ? bucket + Self.firstRow + rank * Self.rowSize : base + overflow
                    if rank >= Self.rowsInBucket { overflow += Self.rowSize }
                    for tag in 0..<Self.rowSize { row[tag] = weight(k, tag) }
                    k += 1
                }
            }
        }
        self.cells = cells
        self.start = start
        self.bits = bits
        self.count = nonZero.count
    }

    /// Where `row`'s weights are, in `Int16`s from `cells` (the first bucket): in its bucket,
    /// in the overflow area, or the row of zeros when the row is not one of the non-zero rows.
    /// `cells` and `bitCounts` are `withPointers`' pointers, read once per batch of rows.
    @inline(__always) static func offset(of row: UInt32, in cells: UnsafePointer<Int16>, zeroRow: Int, bitCounts: UnsafePointer<UInt8>) -> Int {
        let bucket = Int(row >> 3) &* bucketSize
        let bitmap = UInt32(UInt16(bitPattern: cells[bucket]))
        let bit = row & 7
        let rank = Int(bitCounts[Int(bitmap & ((1 &<< bit) &- 1))])
        let overflow = Int(UnsafeRawPointer(cells + bucket + 2).load(as: UInt32.self))
        let placed = rank < rowsInBucket ? bucket &+ firstRow &+ rank &* rowSize : overflow &+ (rank &- rowsInBucket) &* rowSize
        let present = Int((bitmap >> bit) & 1)
        return zeroRow &+ present &* (placed &- zeroRow)
    }

    /// Where `row`'s weights are, in `Int16`s from the first bucket (see `offset(of:in:zeroRow:bitCounts:)`).
    func offset(of row: UInt32) -> Int {
        withPointers { Self.offset(of: row, in: $0, zeroRow: $1, bitCounts: $2) }
    }

    /// Whether `row` is one of the non-zero rows.
    func contains(_ row: UInt32) -> Bool { offset(of: row) != zeroRow }

    /// The weight of tag `tag` in `row` (0 in a row of zeros).
    func weight(row: UInt32, tag: Int) -> Int16 {
        cells[start + offset(of: row) + tag]
    }

    /// Where the row of zeros is, in `Int16`s from the first bucket.
    private var zeroRow: Int { (1 << (bits - 3)) * Self.bucketSize }

    /// Calls `body` with the first bucket, where the row of zeros is, and `bitCounts`' storage,
    /// for `offset(of:in:zeroRow:bitCounts:)`.
    @inline(__always) func withPointers<Result>(
        _ body: (_ cells: UnsafePointer<Int16>, _ zeroRow: Int, _ bitCounts: UnsafePointer<UInt8>) -> Result
    ) -> Result {
        cells.withUnsafeBufferPointer { cells in
            Self.bitCounts.withUnsafeBufferPointer { body(cells.baseAddress! + start, zeroRow, $0.baseAddress!) }
        }
    }
}

extension RowBuckets: Equatable {
    /// The same rows with the same weights (the buckets' place in their arrays aside).
    static func == (a: RowBuckets, b: RowBuckets) -> Bool {
        a.bits == b.bits && a.count == b.count
            && a.cells[a.start..<(a.cells.count - bucketSize + a.start)].elementsEqual(b.cells[b.start..<(b.cells.count - bucketSize + b.start)])
    }
}
