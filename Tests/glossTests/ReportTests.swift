import Foundation
import Testing

/// `gloss report` and `gloss show` from the command line, over SQLite and JSON Lines results.
@Suite struct ReportTests {
    @Test func aReportAndItsDocumentViewsFromEitherKindOfResults() throws {
        let dir = NSTemporaryDirectory() + "gloss-report-" + UUID().uuidString + "/"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        #expect(try Subprocess.run("gloss", ["analyze", "seeds", "-o", dir + "r.sqlite", "--quiet"]).status == 0)
        #expect(try Subprocess.run("gloss", ["analyze", "seeds", "-o", dir + "r.jsonl.gz", "--quiet"]).status == 0)
        for input in ["r.sqlite", "r.jsonl.gz"] {
            let result = try Subprocess.run("gloss", ["report", dir + input, "-o", dir + input + ".html"])
            #expect(result.status == 0, "\(result.stderr)")
            let html = try String(contentsOfFile: dir + input + ".html", encoding: .utf8)
            #expect(html.contains("<svg") && html.contains("Top entities") && html.contains(">3</b>documents"))
        }
        let show = try Subprocess.run("gloss", ["show", dir + "r.sqlite", "--id", "seeds/000_fb4e75e7260c85f4.html", "-o", dir + "d.html"])
        #expect(show.status == 0, "\(show.stderr)")
        let page = try String(contentsOfFile: dir + "d.html", encoding: .utf8)
        #expect(page.contains("class=\"ent\"") && page.contains("Bukele"))
        let missing = try Subprocess.run("gloss", ["show", dir + "r.sqlite", "--id", "nope", "-o", dir + "n.html"])
        #expect(missing.status == 1 && missing.stderr.contains("no document with the id 'nope'"))
    }

    @Test func showAnalysesADocumentThatIsNoResults() throws {
        let output = NSTemporaryDirectory() + "gloss-show-" + UUID().uuidString + ".html"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try Subprocess.run("gloss", ["show", "seeds/000_fb4e75e7260c85f4.txt", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("<article class=\"doc\">"))
    }
}
