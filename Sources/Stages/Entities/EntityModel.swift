import CPrefetch
import Foundation
import GlossCore

/// The entity tagger's weights: a table of `1 << bits` hashed feature rows, each holding one
/// weight per `EntityTag`.
///
/// On disk (`entities.model`, little-endian): the magic `GLOSSNER`, a version (UInt32, 6), the
/// number of tags, `bits`, the number of non-zero rows (UInt32 each), the weights' scale and
/// the confidence temperature (Float32 each); then the indices of the non-zero rows (UInt32
/// each, ascending) and their weights, quantised to Int8 multiples of the scale (the largest
/// magnitude / 127), one row after another. Rows that are all zero are left out, so the file
/// holds only the features training saw.
///
/// In memory the table is kept the same way: most hashed rows are all zero (the bundled model
/// fills 114,707 of 2^19), so only the non-zero rows' Int8 weights are kept (9 bytes a row,
/// 1.0 MB for the bundled model), packed, and a `RowIndex` (a bitmap with ranks, 4 bits a row)
/// says where a row's weights are. They are packed group of 8 rows by group, the groups news
/// reads most first (`hotGroups`), the rest in row order: a cache line then holds seven rows
/// that are read often, not one among cold ones. Summing a token's rows is bound by memory
/// latency; with their index the rows fit a second-level cache of 2 MB (the build host's, a
/// core), where version 5's Int16 weights (2.4 MB) did not. The Int8 steps cost the evaluation
/// sets nothing (the bundled model, rounded from Int16: EWT dev 95.0 → 95.1, EWT test
/// 78.0 → 78.1, wikigold 69.9 → 70.0 F1; `docs/performance.md`), and the rows whose weights
/// all round to 0 (an eighth) are left out. A model made from floats (the trainer's) is
/// quantised as its file will be, so it tags as the file it writes does.
///
/// Rows are summed as integers (`TagSums`, Int32) and a sum is scaled to floats once
/// (`Float(sum) * scale`): partial sums are exact and their order does not matter, so the
/// tagger may keep the sum of a word's own rows (`WordScoreCache`) and add the rest later, and
/// get the same scores to the bit.
///
/// - Thread safety: immutable; safe to share.
public struct EntityModel: Sendable, Equatable {
    /// log2 of the number of rows.
    public let bits: Int
    /// Where each row's weights are in `quantised`, in bytes (`RowIndex.slot(of:)`, slots of
    /// `EntityTag.count` bytes); 0 for a row of zeros.
    let index: RowIndex
    /// The weights of a row of zeros, then of each non-zero row in the order of their slots
    /// (`hotGroups` first), `EntityTag.count` each, in steps of `scale` (within ±127): each
    /// weight is `Float(q) * scale`.
    let quantised: [Int8]
    /// The step of `quantised`.
    package let scale: Float
    /// What path scores are divided by before a softmax turns them into confidences; fitted on
    /// dev data by the trainer so that confidences match how often tags are right, or given
    /// (`gloss train entities --temperature`) for a model trained without a dev set.
    public let temperature: Float

    static let magic = Array("GLOSSNER".utf8)
    /// Bumped whenever the features change, so that a model trained for other features is
    /// refused rather than read: 3 since the word lexicon and organisation gazetteer, 4 since the
    /// transition features of the Viterbi lattice, 5 since the neighbours' shape pairs, 6 since
    /// the weights are Int8 (the features of 5).
    static let version: UInt32 = 6
    static let headerSize = 32

    /// A model from a full table: `weights` holds `(1 << bits) * EntityTag.count` weights, row
    /// after row. They are quantised as the file keeps them (to multiples of the largest
    /// magnitude / 127, each within half a step), and a row whose weights all round to 0 is
    /// left out. `groupsFirst` lays out those groups' rows first (nil: `hotGroups(bits:)`).
    ///
    /// - Requires: at most `mostRows` rows left (`checked(bits:weights:)` throws instead).
    package init(bits: Int, weights: [Float], temperature: Float = 1, groupsFirst: [UInt32]? = nil) {
        self.init(bits: bits, rows: Self.quantise(bits: bits, weights: weights), temperature: temperature, groupsFirst: groupsFirst)
    }

    /// The most non-zero rows a model holds: its index counts places in bytes within 24 bits
    /// (`RowIndex.capacity`), `EntityTag.count` bytes a row: 1,864,135. A table of 2^20 rows or
    /// fewer always fits; a trainer's table of 2^21 to 2^24 rows may fill more.
    package static let mostRows = RowIndex.capacity / EntityTag.count

    /// `init(bits:weights:)`, or an error naming the limit when more than `mostRows` rows
    /// are non-zero (what a trainer calls: a table it filled too far is refused, not a crash).
    package static func checked(bits: Int, weights: [Float]) throws -> EntityModel {
        let rows = quantise(bits: bits, weights: weights)
        guard rows.nonZero.count <= mostRows else {
            throw StageError("entities: \(rows.nonZero.count) non-zero rows, more than a model holds (\(mostRows)); train with --bits 20 or fewer")
        }
        return EntityModel(bits: bits, rows: rows, temperature: 1, groupsFirst: nil)
    }

    /// `weights` (a full table of `1 << bits` rows) quantised as the file keeps them: the
    /// scale, the rows that do not round to all zeros (ascending) and their Int8 weights, row
    /// after row. O(rows).
    private static func quantise(bits: Int, weights: [Float]) -> (scale: Float, nonZero: [UInt32], weights: [Int8]) {
        precondition(weights.count == (1 << bits) * EntityTag.count, "weights do not fill \(1 << bits) rows")
        let tags = EntityTag.count
        let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / Float(Self.largestStep) : 1
        var nonZero: [UInt32] = []
        var rowWeights: [Int8] = []
        for row in 0..<(1 << bits) {
            let weightsOfRow = weights[(row * tags)..<(row * tags + tags)].map {
                Int8(max(-Self.largestStep, min(Self.largestStep, ($0 / scale).rounded())))
            }
            guard weightsOfRow.contains(where: { $0 != 0 }) else { continue }
            nonZero.append(UInt32(row))
            rowWeights.append(contentsOf: weightsOfRow)
        }
        return (scale, nonZero, rowWeights)
    }

    /// A model of the quantised `rows` (`quantise(bits:weights:)`), laid out.
    private init(
        bits: Int, rows: (scale: Float, nonZero: [UInt32], weights: [Int8]), temperature: Float, groupsFirst: [UInt32]?
    ) {
        let index = RowIndex(
            bits: bits, nonZero: rows.nonZero, groupsFirst: groupsFirst ?? Self.hotGroups(bits: bits), rowBytes: EntityTag.count)
        let quantised = rows.weights.withUnsafeBufferPointer { rowWeights in
            Self.laidOut(index: index, nonZero: rows.nonZero, weights: UnsafeRawBufferPointer(rowWeights))
        }
        self.init(bits: bits, index: index, quantised: quantised, scale: rows.scale, temperature: temperature)
    }

    /// The groups of 8 rows whose rows a table of `1 << bits` rows lays out first: for the
    /// bundled model's size, the 4,096 that the tagger read most on news (`hotGroupsOf19Bits`,
    /// counted on Reuters and RSS text by `scripts/build-entity-hot-groups.sh`: 85% of its
    /// reads of non-zero rows); for other sizes none. Packed first, the rows read most share
    /// cache lines; each group's slots come from its `RowIndex` entry as before, so finding a
    /// row costs the same. The list names groups, not weights: any list, or one made for
    /// another model of the same size, gives the same scores.
    static func hotGroups(bits: Int) -> [UInt32] {
        bits == 19 ? hotGroupsOf19Bits.map { UInt32($0) } : []
    }

    /// `quantised` for `index`: a row of zeros, then each non-zero row's weights at its slot.
    /// `weights` holds the rows of `nonZero` (ascending) one after another, `EntityTag.count`
    /// each, as the file does. O(rows), a copy of 9 bytes each.
    private static func laidOut<Rows: Sequence<UInt32>>(index: RowIndex, nonZero: Rows, weights: UnsafeRawBufferPointer) -> [Int8] {
        let tags = EntityTag.count
        return [Int8](unsafeUninitializedCapacity: (index.count + 1) * tags) { quantised, initialized in
            let base = UnsafeMutableRawPointer(quantised.baseAddress!)
            base.initializeMemory(as: Int8.self, repeating: 0, count: tags)
            index.withPointers { groups, places in
                var k = 0
                for row in nonZero {
                    let place = RowIndex.slot(of: row, in: groups, places: places)
                    (base + place).copyMemory(from: weights.baseAddress! + k * tags, byteCount: tags)
                    k += 1
                }
            }
            initialized = (index.count + 1) * tags
        }
    }

    /// The largest magnitude of a quantised weight (in steps of `scale`).
    static let largestStep: Float = 127

    private init(bits: Int, index: RowIndex, quantised: [Int8], scale: Float, temperature: Float) {
        precondition(bits <= FeatureTemplates.largestBits, "\(bits) bits of rows, at most \(FeatureTemplates.largestBits)")
        self.bits = bits
        self.index = index
        self.quantised = quantised
        self.scale = scale
        self.temperature = temperature
        listedPlaces = Self.listedPlaces(bits: bits, index: index)
    }

    /// The place in `quantised` of the row of every value of the listed templates
    /// (`FeatureTemplates.Listed`), at the template's offset plus the value's index: what
    /// `RowPlaces` gives for its row, read without hashing it or reading the index.
    /// 1,322 entries (5 KB), made when the model is (about 50,000 instructions).
    let listedPlaces: [UInt32]

    /// `listedPlaces` for a model of `1 << bits` rows whose non-zero rows `index` lists.
    private static func listedPlaces(bits: Int, index: RowIndex) -> [UInt32] {
        var places = [UInt32](repeating: 0, count: FeatureTemplates.Listed.total)
        index.withPointers { groups, placesInGroup in
            let rowPlaces = RowPlaces(groups: groups, places: placesInGroup, listed: nil, weights: nil)
            for listed in FeatureTemplates.Listed.allCases {
                for value in 0..<listed.count {
                    places[listed.offset + value] = rowPlaces(FeatureTemplates.row(listed.template, listed.value(value), bits: bits))
                }
            }
        }
        return places
    }

    /// The weight of tag `tag` in the row at `place` (0: the row of zeros).
    private func weight(place: Int, tag: Int) -> Float {
        Float(quantised[place + tag]) * scale
    }

    /// The full table, `(1 << bits) * EntityTag.count` weights row after row (for tests and
    /// tools; the tagger reads the compact form).
    package var weights: [Float] {
        let tags = EntityTag.count
        var weights = [Float](repeating: 0, count: (1 << bits) * tags)
        for row in 0..<(1 << bits) {
            let place = index.slot(of: UInt32(row))
            guard place != 0 else { continue }
            for tag in 0..<tags { weights[row * tags + tag] = weight(place: place, tag: tag) }
        }
        return weights
    }

    /// Sums the weights of `rows` into `scores` (`EntityTag.count` of them): their integer sum
    /// (`sum(rows:)`), scaled once.
    @inline(__always)
    package func score(rows: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutableBufferPointer<Float>) {
        sum(rows: rows).write(scale: scale, into: scores.baseAddress!)
    }

    /// The quantised weights of `rows` summed, per tag: exact, whatever the order of the rows.
    ///
    /// In two loops: first every row's place in `quantised` (`RowIndex`), then the weights
    /// read and added. The weights are most often a cache miss each; the second loop is a
    /// few instructions a row with no dependency between rows but the sum, so the processor
    /// waits on many rows' misses at once rather than on the few that fit its window beside
    /// the index arithmetic.
    /// - Cost: one `RowIndex` lookup and one read of 9 bytes (most often a first-level cache
    ///   miss) per row.
    @inline(__always)
    package func sum(rows: UnsafeBufferPointer<UInt32>) -> TagSums {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: rows.count) { offsets in
            let offsets = offsets.baseAddress!
            withRowPlaces { place in
                for k in 0..<rows.count { offsets[k] = place(rows[k]) }
            }
            return sum(places: UnsafeBufferPointer(start: offsets, count: rows.count))
        }
    }

    /// Where rows' weights are in the model's packed weights (`RowPlaces`), for
    /// `sum(places:)`: a caller that makes rows one at a time (`WordScoreCache.wordSums`)
    /// turns each into its place as it is made, with no array of rows between.
    @inline(__always) package func withRowPlaces<Result>(_ body: (RowPlaces) -> Result) -> Result {
        index.withPointers { groups, places in
            listedPlaces.withUnsafeBufferPointer { listed in
                quantised.withUnsafeBufferPointer {
                    body(RowPlaces(groups: groups, places: places, listed: listed.baseAddress, weights: $0.baseAddress))
                }
            }
        }
    }

    /// The quantised weights at `places` (from `withRowPlaces`) summed, per tag (as `sum(rows:)`).
    @inline(__always) package func sum(places: UnsafeBufferPointer<UInt32>) -> TagSums {
        quantised.withUnsafeBufferPointer { quantised in
            var sums = TagSums()
            sums.add(rows: quantised.baseAddress!, at: places)
            return sums
        }
    }

    /// A row's place in the packed weights: its `RowIndex` slot, counted in bytes (0, the row
    /// of zeros, for a row not kept). Valid only inside `withRowPlaces`.
    package struct RowPlaces {
        let groups: UnsafePointer<UInt32>
        let places: UnsafePointer<UInt8>
        /// `EntityModel.listedPlaces`' storage (nil while they are being made).
        let listed: UnsafePointer<UInt32>?
        /// `EntityModel.quantised`' storage (nil while the listed places are being made), for
        /// `prefetchWeights`.
        let weights: UnsafePointer<Int8>?

        /// Asks the processor for the line of the index that `callAsFunction(row)` reads, so
        /// that a lookup made a few dozen instructions later finds it in the first-level
        /// cache. A hint: nothing is read.
        @inline(__always) package func prefetchIndex(_ row: UInt32) {
            gloss_prefetch(groups + Int(row >> 3))
        }

        /// Asks for the line where the weights at `place` (from `callAsFunction`) begin, for
        /// `sum(places:)`. A hint: nothing is read.
        @inline(__always) package func prefetchWeights(_ place: UInt32) {
            gloss_prefetch(weights.unsafelyUnwrapped + Int(place))
        }

        @inline(__always) package func callAsFunction(_ row: UInt32) -> UInt32 {
            #if GLOSS_ROW_TRACE
                RowTrace.note(row)
            #endif
            return UInt32(truncatingIfNeeded: RowIndex.slot(of: row, in: groups, places: places))
        }

        /// The place of the row of listed template `template`'s value at `index` (below its
        /// `count`): the same as of `FeatureTemplates.row(template.template, template.value(index))`,
        /// read from the model's table (`listedPlaces`).
        @inline(__always) package func callAsFunction(_ template: FeatureTemplates.Listed, _ index: Int) -> UInt32 {
            #if GLOSS_ROW_TRACE
                RowTrace.note(0x8000_0000 | UInt32(template.offset &+ index))
            #endif
            return listed.unsafelyUnwrapped[template.offset &+ index]
        }
    }

    /// The model in its file format: reading the bytes back gives the same model.
    public func serialized() -> [UInt8] {
        let tags = EntityTag.count
        let rows = (0..<(1 << bits)).filter { index.slot(of: UInt32($0)) != 0 }
        var out = Self.magic
        func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        append(Self.version)
        append(UInt32(tags))
        append(UInt32(bits))
        append(UInt32(rows.count))
        append(scale.bitPattern)
        append(temperature.bitPattern)
        out.reserveCapacity(out.count + rows.count * (4 + tags))
        for row in rows { append(UInt32(row)) }
        // The weights in row order, wherever `index` lays them out.
        for row in rows {
            let place = index.slot(of: UInt32(row))
            out.append(contentsOf: quantised[place..<(place + tags)].map { UInt8(bitPattern: $0) })
        }
        return out
    }

    /// Reads a model from its file format.
    public init(bytes: [UInt8]) throws {
        try self = bytes.withUnsafeBytes { try EntityModel(file: $0) }
    }

    /// Reads a model from the bytes of its file format (a mapped file's, say), in one pass;
    /// `groupsFirst` lays out those groups' rows first (nil: `hotGroups(bits:)`). The layout
    /// changes where rows are kept, never a weight or a score.
    package init(file bytes: UnsafeRawBufferPointer, groupsFirst: [UInt32]? = nil) throws {
        func fail(_ why: String) -> StageError { StageError("entities: the model is not usable: \(why)") }
        let header = Self.headerSize
        guard bytes.prefix(8).elementsEqual(Self.magic) else { throw fail("it does not start with GLOSSNER") }
        guard bytes.count >= header else { throw fail("truncated (\(bytes.count) bytes, its header alone is \(header))") }
        func u32(_ at: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
        guard u32(8) == Self.version else { throw fail("version \(u32(8)), expected \(Self.version)") }
        let tags = Int(u32(12))
        guard tags == EntityTag.count else { throw fail("\(tags) tags, expected \(EntityTag.count)") }
        let bits = Int(u32(16))
        guard (8...26).contains(bits) else { throw fail("\(bits) bits of rows, expected 8 to 26") }
        let count = Int(u32(20))
        let scale = Float(bitPattern: u32(24))
        let temperature = Float(bitPattern: u32(28))
        guard temperature > 0, temperature.isFinite else { throw fail("temperature \(temperature)") }
        guard scale > 0, scale.isFinite else { throw fail("weight scale \(scale)") }
        guard bytes.count == header + count * (4 + tags) else { throw fail("truncated (\(bytes.count) bytes)") }
        guard count * tags <= RowIndex.capacity else { throw fail("\(count) non-zero rows, at most \(RowIndex.capacity / tags)") }
        let rowLimit = UInt32(1 << bits)
        var previous: UInt32?
        for k in 0..<count {
            let row = u32(header + k * 4)
            guard row < rowLimit else { throw fail("row \(row) outside the table") }
            guard previous.map({ row > $0 }) ?? true else { throw fail("row \(row) out of order") }
            previous = row
        }
        let nonZero = (0..<count).lazy.map { u32(header + $0 * 4) }
        let index = RowIndex(bits: bits, nonZero: nonZero, groupsFirst: groupsFirst ?? Self.hotGroups(bits: bits), rowBytes: tags)
        let weightsAt = header + count * 4
        let quantised = Self.laidOut(
            index: index, nonZero: nonZero, weights: UnsafeRawBufferPointer(rebasing: bytes[weightsAt..<(weightsAt + count * tags)]))
        self.init(bits: bits, index: index, quantised: quantised, scale: scale, temperature: temperature)
    }

    /// The same weights with another temperature.
    package func with(temperature: Float) -> EntityModel {
        EntityModel(bits: bits, index: index, quantised: quantised, scale: scale, temperature: temperature)
    }

    /// Reads a model file.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url, options: .mappedIfSafe) } catch {
            throw StageError("entities: cannot read the model \(url.path): \(error.localizedDescription)")
        }
        try self = data.withUnsafeBytes { try EntityModel(file: $0) }
    }

    /// The model shipped with GlossEntities (see `Model/NOTICE.entities.txt` for its data).
    public static func bundled() throws -> EntityModel {
        guard let url = Bundle.module.url(forResource: "entities", withExtension: "model")
        else { throw StageError("entities: entities.model is missing from GlossEntities' resources; rebuild the package") }
        return try EntityModel(contentsOf: url)
    }
}
