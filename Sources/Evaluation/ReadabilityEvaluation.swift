import Foundation
import GlossCore
import GlossStages

/// Content and metadata scored on Mozilla Readability's test pages: the extracted text against
/// the visible text of each page's `expected.html` (`ShingleMetric`, as for AEB), and title,
/// byline, language and published time against its `expected-metadata.json`.
package struct ReadabilityEvaluation {
    package let directory: String
    package let content: String
    package let jobs: Int

    package init(directory: String, content: String, jobs: Int) {
        (self.directory, self.content, self.jobs) = (directory, content, jobs)
    }

    /// Right answers out of the pages where the expected value is given.
    package struct Tally {
        package var right = 0
        package var given = 0
        /// Pages where nothing is expected but something was found.
        package var spurious = 0

        package var rate: Double { given == 0 ? 0 : Double(right) / Double(given) }
        package var json: [String: Any] { ["right": right, "given": given, "rate": rate, "spurious": spurious] }
        package var text: String { String(format: "%d/%d (%.1f%%)", right, given, rate * 100) }
    }

    package struct Result {
        package var pages = 0
        package var title = Tally()
        package var byline = Tally()
        package var language = Tally()
        package var published = Tally()
        package var misses: [String] = []
        package var content = ShingleMetric.Summary(precision: 0, recall: 0, pages: 0)
        package var contentPages: [(id: String, score: ShingleMetric.Score)] = []
        package var tally = ExtractionTally()
        package var source = ""

        package func text(worst: Int) -> String {
            var lines = [
                String(
                    format: "Readability content (%d pages, %@): precision %.3f  recall %.3f  F1 %.3f",
                    content.pages, source, content.precision, content.recall, content.f1),
                tally.text,
            ]
            for page in contentPages.sorted(by: { min($0.score.precision, $0.score.recall) < min($1.score.precision, $1.score.recall) })
                .prefix(worst)
            {
                lines.append(String(format: "  P %.2f R %.2f  %@", page.score.precision, page.score.recall, page.id))
            }
            lines += [
                "Readability metadata (\(pages) pages): title \(title.text), byline \(byline.text), language \(language.text), "
                    + "published \(published.text) of pages that state one (\(published.spurious) pages given a date where none is expected)"
            ]
            lines += misses.prefix(worst).map { "  " + $0 }
            return lines.joined(separator: "\n")
        }

        package var json: [String: Any] {
            [
                "pages": pages, "title": title.json, "byline": byline.json, "language": language.json, "published": published.json,
                "content": ["precision": content.precision, "recall": content.recall, "f1": content.f1, "pages": content.pages],
                "results": tally.json,
            ]
        }
    }

    /// Scores Gloss's extraction, or with `predictions` (texts by folder name) another
    /// extractor's content (metadata is still Gloss's).
    package func run(predictions: [String: String]? = nil) throws -> Result {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            throw EvaluationError("cannot list \(directory): \(error.localizedDescription)")
        }
        var expected: [String: [String: Any]] = [:]
        var inputs: [DocumentInput] = []
        for name in names {
            let folder = (directory as NSString).appendingPathComponent(name)
            let metadataPath = (folder as NSString).appendingPathComponent("expected-metadata.json")
            let sourcePath = (folder as NSString).appendingPathComponent("source.html")
            guard let data = FileManager.default.contents(atPath: metadataPath),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                FileManager.default.fileExists(atPath: sourcePath)
            else { continue }
            expected[name] = object
            inputs.append(DocumentInput(id: name, source: sourcePath, payload: .file(path: sourcePath)))
        }
        var result = Result()
        var misses: [String] = []
        var scores: [ShingleMetric.Score] = []
        result.source = predictions == nil ? "content=\(content)" : "predictions"
        _ = try ExtractionRun.run(inputs, content: content, jobs: jobs) { record in
            result.pages += 1
            if let want = try? Self.expectedText(in: (directory as NSString).appendingPathComponent(record.id)) {
                let text = predictions.map { $0[record.id] ?? "" } ?? record.document?.text ?? ""
                let score = ShingleMetric.score(expected: want, extracted: text)
                scores.append(score)
                result.contentPages.append((record.id, score))
                result.tally.add(text: text, diagnostics: predictions == nil ? record.document?.diagnostics ?? [] : [])
            }
            let metadata = record.document?.metadata ?? Metadata()
            let want = expected[record.id] ?? [:]
            func tally(_ tally: inout Tally, _ field: String, expected: String?, found: String?, same: (String, String) -> Bool) {
                guard let expected, !expected.isEmpty else {
                    if found != nil { tally.spurious += 1 }
                    return
                }
                tally.given += 1
                if let found, same(expected, found) {
                    tally.right += 1
                } else {
                    misses.append("\(record.id) \(field): expected \"\(expected)\", found \(found.map { "\"\($0)\"" } ?? "nothing")")
                }
            }
            tally(&result.title, "title", expected: want["title"] as? String, found: metadata.title) {
                Self.collapse($0) == Self.collapse($1)
            }
            tally(
                &result.byline, "byline", expected: want["byline"] as? String,
                found: metadata.authors.isEmpty ? nil : metadata.authors.joined(separator: ", ")
            ) { expected, found in
                let (e, f) = (Self.collapse(expected).lowercased(), Self.collapse(found).lowercased())
                return e == f || e.contains(f) || f.contains(e)
            }
            tally(&result.language, "language", expected: want["lang"] as? String, found: metadata.language) {
                $0.lowercased().replacingOccurrences(of: "_", with: "-") == $1.lowercased()
            }
            tally(&result.published, "published", expected: want["publishedTime"] as? String, found: metadata.published) {
                Self.sameTime($0, $1)
            }
        }
        result.misses = misses
        result.content = ShingleMetric.summarize(scores)
        return result
    }

    /// The visible text of a page folder's `expected.html` (all of it: it holds only the article).
    package static func expectedText(in folder: String) throws -> String {
        let path = (folder as NSString).appendingPathComponent("expected.html")
        let data = try EvaluationError.contents(of: path)
        var document = Document(id: path, raw: Array(data))
        try HTMLIngester(content: .full).process(&document)
        return document.text
    }

    package static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether two dates name the same instant; the same day when either has no time, the same
    /// local minute when either has no zone.
    package static func sameTime(_ expected: String, _ found: String) -> Bool {
        guard let a = DateNormalizer.normalize(expected), let b = DateNormalizer.normalize(found) else { return false }
        if a.count == 10 || b.count == 10 { return a.prefix(10) == b.prefix(10) }
        guard let x = instant(a), let y = instant(b) else { return a.prefix(16) == b.prefix(16) }
        return x == y
    }

    /// Seconds since 1970 of an ISO 8601 time with a zone; nil without one.
    package static func instant(_ iso: String) -> Int? {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: iso).map { Int($0.timeIntervalSince1970) }
    }
}
