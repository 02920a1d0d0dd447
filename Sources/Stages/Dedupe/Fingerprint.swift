import GlossCore

/// What the `dedupe` stage remembers of a document: a 128-bit hash of its normalised text and a
/// 64-bit SimHash of its word 3-shingles.
///
/// - The normalised text is the token sequence, each token's bytes with ASCII letters
///   lowercased, tokens joined by one space: whitespace, line breaks and ASCII case do not
///   change it. Hashed with 128-bit FNV-1a (`exact`).
/// - Word shingles are runs of three consecutive tokens that are not punctuation or symbols,
///   each token hashed as above with 64-bit FNV-1a; SimHash adds +1 or -1 per bit of each
///   shingle's hash and keeps the sign (`simhash`). Documents whose SimHashes differ in few bits
///   share most of their shingles. A document of fewer than three such tokens has no SimHash.
///
/// Cost: one pass over the tokens' bytes, plus 64 additions per shingle.
public struct Fingerprint: Sendable, Hashable, JSONEncodable {
    /// 128-bit FNV-1a of the normalised text.
    public var exact: UInt128
    /// The SimHash of the word 3-shingles, or nil when the document has fewer than three words.
    public var simhash: UInt64?

    public init(exact: UInt128, simhash: UInt64?) {
        self.exact = exact
        self.simhash = simhash
    }

    /// The fingerprint of a tokenised document.
    public init(of document: Document) {
        var exact: UInt128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d
        let prime: UInt128 = (1 << 88) | 0x13b
        var counts = [Int32](repeating: 0, count: 64)
        var window: (UInt64, UInt64) = (0, 0)
        var words = 0
        document.withTextBytes { bytes in
            for (index, token) in document.tokens.enumerated() {
                if index > 0 { exact = (exact ^ 0x20) &* prime }
                var tokenHash: UInt64 = 0xcbf2_9ce4_8422_2325
                for offset in Int(token.span.start)..<Int(token.span.end) {
                    var byte = bytes[offset]
                    if byte >= 0x41 && byte <= 0x5a { byte |= 0x20 }
                    exact = (exact ^ UInt128(byte)) &* prime
                    tokenHash = (tokenHash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                }
                guard token.kind != .punctuation && token.kind != .symbol else { continue }
                words += 1
                if words >= 3 {
                    let shingle = Self.mix(window.0 &+ Self.mix(window.1 &+ Self.mix(tokenHash)))
                    for bit in 0..<64 { counts[bit] += (shingle >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
                }
                window = (window.1, tokenHash)
            }
        }
        var simhash: UInt64 = 0
        for bit in 0..<64 where counts[bit] > 0 { simhash |= 1 << UInt64(bit) }
        self.init(exact: exact, simhash: words >= 3 ? simhash : nil)
    }

    /// The number of bits in which two SimHashes differ.
    public static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }

    /// SplitMix64's finaliser: spreads every input bit over the output.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// `{"exact":"<32 hex digits>","simhash":"<16 hex digits>"}`; seen only when the stage's
    /// delivery step did not run (the runner removes the layer before handing records out).
    public func writeJSON(to writer: inout JSONWriter, context: JSONContext) {
        writer.beginObject()
        writer.key("exact")
        writer.string(Self.hex(exact, digits: 32))
        if let simhash {
            writer.key("simhash")
            writer.string(Self.hex(UInt128(simhash), digits: 16))
        }
        writer.endObject()
    }

    private static func hex(_ value: UInt128, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
