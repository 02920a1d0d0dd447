/// The fingerprints of the distinct documents seen so far, and the lookup that marks a new one
/// as an exact or near duplicate of the earliest matching one. Not thread-safe: `FingerprintIndex`
/// wraps it in a mutex.
///
/// Near duplicates are found through a banded index: the 64-bit SimHash is cut into four 16-bit
/// bands, and each band value heads a chain of the documents that have it. Two SimHashes that
/// differ in at most 3 bits agree exactly in at least one band (pigeonhole), so with
/// `maxDistance` up to 3 every near duplicate is found; above 3, only those that share a band.
///
/// Memory: a fixed 1 MiB of chain heads (4 × 65,536 × 4 bytes), then per *distinct* document
/// (duplicates are not stored) 8 bytes of SimHash, 16 of chain links, 4 for where its id ends,
/// about 27 in the exact-hash dictionary (16-byte key, 4-byte value, three-quarters full), so
/// about 56 bytes, up to about 130 as arrays and the dictionary double (a peak holds the old
/// and the new copy), plus the UTF-8 bytes of its id (needed to name it in `of`). Measured:
/// 100,000 distinct documents with 10-byte ids, 14 MB of peak resident memory.
///
/// Cost: one dictionary lookup, and four chain walks whose length is the number of earlier
/// distinct documents that share a 16-bit band (about n / 65,536 for unrelated texts).
struct FingerprintTable {
    static let bands = 4
    static let bandValues = 1 << 16
    static let empty = UInt32.max

    let maxDistance: Int
    private var exact: [UInt128: UInt32] = [:]
    private var simhashes: [UInt64] = []
    /// Per document and band, the next earlier document in the same band chain.
    private var links: [UInt32] = []
    private var heads: [UInt32] = []
    private var idEnds: [UInt32] = []
    private var idBytes: [UInt8] = []

    init(maxDistance: Int) { self.maxDistance = maxDistance }

    /// The number of distinct documents stored.
    var count: Int { idEnds.count }

    /// Marks `fingerprint` as a duplicate of the earliest stored document it matches, or stores it
    /// under `id` and returns nil. An exact match wins over a near one; among near matches, the
    /// earliest stored document wins.
    mutating func check(_ fingerprint: Fingerprint, id: String) -> DuplicateMark? {
        if let first = exact[fingerprint.exact] {
            let distance = fingerprint.simhash.map { Fingerprint.distance($0, simhashes[Int(first)]) } ?? 0
            return DuplicateMark(of: identifier(first), kind: .exact, distance: distance)
        }
        if let simhash = fingerprint.simhash, !heads.isEmpty {
            var best: (index: UInt32, distance: Int)?
            for band in 0..<Self.bands {
                var next = heads[Self.slot(simhash, band: band)]
                while next != Self.empty {
                    if best.map({ next < $0.index }) ?? true {
                        let distance = Fingerprint.distance(simhash, simhashes[Int(next)])
                        if distance <= maxDistance { best = (next, distance) }
                    }
                    next = links[Int(next) * Self.bands + band]
                }
            }
            if let best { return DuplicateMark(of: identifier(best.index), kind: .near, distance: best.distance) }
        }
        store(fingerprint, id: id)
        return nil
    }

    private mutating func store(_ fingerprint: Fingerprint, id: String) {
        let index = UInt32(truncatingIfNeeded: count)
        exact[fingerprint.exact] = index
        idBytes.append(contentsOf: id.utf8)
        idEnds.append(UInt32(truncatingIfNeeded: idBytes.count))
        // A document without a SimHash is stored with all-ones links so no chain reaches it.
        simhashes.append(fingerprint.simhash ?? 0)
        guard let simhash = fingerprint.simhash else {
            links.append(contentsOf: repeatElement(Self.empty, count: Self.bands))
            return
        }
        if heads.isEmpty { heads = [UInt32](repeating: Self.empty, count: Self.bands * Self.bandValues) }
        for band in 0..<Self.bands {
            let slot = Self.slot(simhash, band: band)
            links.append(heads[slot])
            heads[slot] = index
        }
    }

    private func identifier(_ index: UInt32) -> String {
        let end = Int(idEnds[Int(index)])
        let start = index == 0 ? 0 : Int(idEnds[Int(index) - 1])
        return String(decoding: idBytes[start..<end], as: UTF8.self)
    }

    private static func slot(_ simhash: UInt64, band: Int) -> Int {
        band * bandValues + Int((simhash >> UInt64(band * 16)) & 0xffff)
    }
}
