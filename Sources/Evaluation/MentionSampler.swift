import GlossCore
import GlossStages

/// A uniform sample of the mentions of a corpus (reservoir sampling, seeded), each printed
/// with its context and what the stage made of it.
package struct MentionSampler {
    package let size: Int
    private var random: SplitMix64
    /// Mentions seen so far.
    package private(set) var seen = 0
    /// The sample: each mention in its context, `=>` its kind and normalised value.
    package private(set) var kept: [String] = []

    package init(size: Int, seed: UInt64) {
        self.size = size
        self.random = SplitMix64(seed: seed)
    }

    /// Offers each number mention of `document` to the sample.
    package mutating func add(_ document: Document) {
        guard let mentions = document[NumberLayer.self]?.mentions, !mentions.isEmpty else { return }
        let text = Array(document.text.utf8)
        for mention in mentions {
            seen += 1
            let slot = seen <= size ? kept.count : Int(random.next() % UInt64(seen))
            guard slot < size else { continue }
            let line = NumberCoverage.context(text, mention.span) + "  =>  " + mention.kind.rawValue + " " + mention.normalized
            if slot == kept.count { kept.append(line) } else { kept[slot] = line }
        }
    }
}
