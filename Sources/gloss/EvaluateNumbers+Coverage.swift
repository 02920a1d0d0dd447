import Foundation
import GlossCore
import GlossSources
import GlossStages

extension Gloss.Evaluate.Numbers {
    /// `gloss evaluate numbers --coverage CORPUS…`: reads the corpus with the usual readers,
    /// runs ingest, tokenise and numbers on each document, and prints the share of numeric
    /// tokens accounted for (see `NumberCoverage`), a sample of the unexplained ones, and a
    /// seeded sample of mentions for a person to check.
    func runCoverage() throws {
        let pipeline = try StageRegistry.standard.makePipeline(["ingest", "tokenize", "numbers"])
        var source = FileSource(paths: files, extensions: SourceOptions.documentExtensions, readers: Readers.standard)
            .makeIterator()
        var coverage = NumberCoverage()
        var sampler = MentionSampler(size: samples, seed: seed)
        var documents = 0
        while let input = source.next() {
            guard var document = try? input.makeDocument(textIsGiven: false, maxBytes: 1 << 26),
                (try? pipeline.process(&document)) != nil
            else { continue }
            documents += 1
            coverage.add(document, keep: samples)
            sampler.add(document)
        }
        print(Self.report(coverage, documents: documents))
        print("\nunexplained numeric tokens (first \(coverage.unexplained.count)):")
        for line in coverage.unexplained { print("  " + line) }
        print("\nsampled mentions (\(sampler.kept.count) of \(sampler.seen), seed \(seed)):")
        for (number, line) in sampler.kept.enumerated() { print(String(format: "%3d ", number + 1) + line) }
    }

    static func report(_ coverage: NumberCoverage, documents: Int) -> String {
        func share(_ count: Int) -> String { String(format: "%.2f%%", 100 * Double(count) / Double(max(1, coverage.tokens))) }
        var text = "documents: \(documents); numeric tokens: \(coverage.tokens)\n"
        text += "  inside a mention: \(coverage.covered) (\(share(coverage.covered)))\n"
        for reason in NumberCoverage.Reason.allCases {
            let count = coverage.excluded[reason] ?? 0
            text += "  left out, \(reason.rawValue): \(count) (\(share(count)))\n"
        }
        text += "  unexplained: \(coverage.unexplainedCount) (\(share(coverage.unexplainedCount)))\n"
        text += String(format: "accounted for: %.2f%%", 100 * coverage.accountedShare)
        return text
    }
}

/// A uniform sample of the mentions of a corpus (reservoir sampling, seeded), each printed
/// with its context and what the stage made of it.
struct MentionSampler {
    let size: Int
    var state: UInt64
    var seen = 0
    var kept: [String] = []

    init(size: Int, seed: UInt64) {
        self.size = size
        self.state = seed
    }

    mutating func add(_ document: Document) {
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
