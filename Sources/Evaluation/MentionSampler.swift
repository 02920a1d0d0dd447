import GlossCore
import GlossStages

/// A uniform sample of the mentions of a corpus (reservoir sampling, seeded), each printed
/// with its context and what the stage made of it.
package struct MentionSampler {
    package let size: Int
    private var state: UInt64
    /// Mentions seen so far.
    package private(set) var seen = 0
    /// The sample: each mention in its context, `=>` its kind and normalised value.
    package private(set) var kept: [String] = []

    package init(size: Int, seed: UInt64) {
        self.size = size
        self.state = seed
    }

    /// Offers each number mention of `document` to the sample.
    package mutating func add(_ document: Document) {
        guard let mentions = document[NumberLayer.self]?.mentions, !mentions.isEmpty else { return }
        let text = Array(document.text.utf8)
        for mention in mentions {
            seen += 1
            let slot = seen <= size ? kept.count : Int(next() % UInt64(seen))
            guard slot < size else { continue }
            let line = NumberCoverage.context(text, mention.span) + "  =>  " + mention.kind.rawValue + " " + mention.normalized
            if slot == kept.count { kept.append(line) } else { kept[slot] = line }
        }
    }

    /// SplitMix64.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
