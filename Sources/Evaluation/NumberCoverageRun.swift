import Foundation
import GlossCore
import GlossSources
import GlossStages

/// `gloss evaluate numbers --coverage`: reads a corpus with the usual readers, runs ingest,
/// tokenise and numbers on each document, and reports the share of numeric tokens accounted
/// for (see `NumberCoverage`), the first unexplained ones, and a seeded sample of mentions for
/// a person to check.
///
/// Cost: the three stages over the whole corpus, one document at a time on the calling thread.
package struct NumberCoverageRun {
    /// The files, directories and archives to read.
    package var paths: [String]
    /// The file extensions a directory walk reads (as `FileSource` takes them).
    package var extensions: Set<String>?
    /// How many unexplained tokens and sampled mentions to keep.
    package var samples: Int
    /// The seed of the sample of mentions.
    package var seed: UInt64

    package init(paths: [String], extensions: Set<String>?, samples: Int, seed: UInt64) {
        (self.paths, self.extensions, self.samples, self.seed) = (paths, extensions, samples, seed)
    }

    /// What the run counted.
    package struct Report {
        package var coverage: NumberCoverage
        package var documents: Int
        package var sampler: MentionSampler
        package var seed: UInt64

        /// The counts, then the unexplained tokens, then the sampled mentions, numbered.
        package var text: String {
            var lines = [Self.summary(coverage, documents: documents)]
            lines.append("\nunexplained numeric tokens (first \(coverage.unexplained.count)):")
            for line in coverage.unexplained { lines.append("  " + line) }
            lines.append("\nsampled mentions (\(sampler.kept.count) of \(sampler.seen), seed \(seed)):")
            for (number, line) in sampler.kept.enumerated() { lines.append(String(format: "%3d ", number + 1) + line) }
            return lines.joined(separator: "\n")
        }

        /// The counts: numeric tokens inside a mention, left out per reason, unexplained.
        package static func summary(_ coverage: NumberCoverage, documents: Int) -> String {
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

    /// Reads every document and counts; a document that cannot be read or processed is skipped.
    package func run() throws -> Report {
        let pipeline = try StageRegistry.standard.makePipeline(["ingest", "tokenize", "numbers"])
        var source = FileSource(paths: paths, extensions: extensions, readers: Readers.standard).makeIterator()
        var report = Report(coverage: NumberCoverage(), documents: 0, sampler: MentionSampler(size: samples, seed: seed), seed: seed)
        while let input = source.next() {
            guard var document = try? input.makeDocument(textIsGiven: false, maxBytes: 1 << 26),
                (try? pipeline.process(&document)) != nil
            else { continue }
            report.documents += 1
            report.coverage.add(document, keep: samples)
            report.sampler.add(document)
        }
        return report
    }
}
