import Foundation
import GlossCore
import Testing

@testable import GlossEvaluation

@Suite struct ExtractionTallyTests {
    @Test func countsShortResultsAndThePassesThatChose() {
        var tally = ExtractionTally()
        let relaxed = Diagnostic(stage: "ingest.html", message: "extraction: relaxed (second opinion ran)")
        let main = Diagnostic(stage: "ingest.html", message: "extraction: main (second opinion not needed)")
        tally.add(text: "", diagnostics: [main])
        tally.add(text: String(repeating: "a", count: 150), diagnostics: [relaxed])
        tally.add(text: String(repeating: "ä", count: 600), diagnostics: [Diagnostic(stage: "x", message: "other")])
        #expect(tally.empty == 1)
        #expect(tally.under100 == 1)
        #expect(tally.under200 == 2)
        #expect(tally.under500 == 2)  // characters, not bytes: 600 "ä" are 1,200 bytes
        #expect(tally.secondOpinionRan == 1)
        #expect(tally.chosen == ["main": 1, "relaxed": 1])
        #expect(tally.text.contains("text chosen by: main 1, relaxed 1"))
    }

    @Test func theExpectedTextOfAReadabilityPageIsItsVisibleText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = "<div id=\"readability-page-1\"><h2>Heading</h2><p>First &amp; only <a href=\"/x\">paragraph</a>.</p></div>"
        try Data(html.utf8).write(to: folder.appendingPathComponent("expected.html"))
        #expect(try ReadabilityEvaluation.expectedText(in: folder.path) == "Heading\n\nFirst & only paragraph.")
        #expect(throws: EvaluationError.self) { try ReadabilityEvaluation.expectedText(in: folder.appendingPathComponent("none").path) }
    }
}
