import Foundation
import Testing

@Suite struct EvaluateExtractionTests {
    /// A one-page AEB-style directory with a page whose article is known.
    static func makeAEB() throws -> String {
        let directory = NSTemporaryDirectory() + "gloss-aeb-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory + "/html", withIntermediateDirectories: true)
        let article = "Rain fell across the valley for a third straight day on Tuesday, flooding two roads. "
            + "Officials said the river would crest overnight, and crews stacked sandbags along the bank."
        let page = """
            <html><head><title>Valley floods | Daily</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <article><h1>Valley floods</h1><p>\(article)</p></article>
            <footer>Copyright, all rights reserved, contact us, privacy policy, terms of use.</footer>
            </body></html>
            """
        try page.write(toFile: directory + "/html/p1.html", atomically: true, encoding: .utf8)
        let truth = ["p1": ["articleBody": article, "url": "https://example.com/p1"]]
        try JSONSerialization.data(withJSONObject: truth).write(to: URL(fileURLWithPath: directory + "/ground-truth.json"))
        return directory
    }

    @Test func scoresGlossOnAnAEBDirectory() throws {
        let directory = try Self.makeAEB()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try Subprocess.run("gloss", ["evaluate", "extraction", "--aeb", directory, "--json", "-j", "1"])
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let aeb = try #require(report["aeb"] as? [String: Any])
        #expect(aeb["pages"] as? Int == 1)
        #expect(aeb["f1"] as? Double == 1)
    }

    @Test func scoresGivenPredictions() throws {
        let directory = try Self.makeAEB()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let predictions = directory + "/predictions.jsonl"
        try "{\"id\": \"p1\", \"text\": \"Home News Sport\"}\n".write(toFile: predictions, atomically: true, encoding: .utf8)
        let result = try Subprocess.run("gloss", ["evaluate", "extraction", "--aeb", directory, "--predictions", predictions])
        #expect(result.status == 0)
        #expect(result.stdout.contains("precision 0.000  recall 0.000  F1 0.000"))
    }

    @Test func scoresMetadataOnReadabilityPages() throws {
        let directory = NSTemporaryDirectory() + "gloss-readability-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory + "/page-1", withIntermediateDirectories: true)
        let page = """
            <html lang="en"><head><title>Harbour reopens to boats after storm - Coast Times</title>
            <meta property="article:published_time" content="2024-03-02T08:15:00+01:00"></head>
            <body><p class="byline">By Mia Chen</p><p>The harbour reopened on Saturday, a week after the storm.</p></body></html>
            """
        try page.write(toFile: directory + "/page-1/source.html", atomically: true, encoding: .utf8)
        let expected = """
            {"title": "Harbour reopens to boats after storm", "byline": "By Mia Chen", "lang": "en", "publishedTime": "2024-03-02T07:15:00Z"}
            """
        try expected.write(toFile: directory + "/page-1/expected-metadata.json", atomically: true, encoding: .utf8)
        let result = try Subprocess.run("gloss", ["evaluate", "extraction", "--readability", directory])
        #expect(result.status == 0)
        #expect(result.stdout.contains("title 1/1 (100.0%), byline 1/1 (100.0%), language 1/1 (100.0%), published 1/1 (100.0%)"))
    }

    @Test func needsADataSet() throws {
        let result = try Subprocess.run("gloss", ["evaluate", "extraction"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("name a data set"))
    }
}
