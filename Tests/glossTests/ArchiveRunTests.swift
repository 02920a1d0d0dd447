import Foundation
import Testing

@testable import gloss
import GlossCore
import GlossStages

/// `gloss analyze` as a bulk run: the full analysis by default, presets, inputs from a list,
/// exit 66 for a named input that does not exist, and quiet, complete output when piped.
@Suite struct ArchiveRunTests {
    @Test func theDefaultIsTheFullAnalysisAndPresetsNameStageSets() throws {
        let full = try #require(try Subprocess.run("gloss", ["analyze", "seeds/000_fb4e75e7260c85f4.txt"]).jsonLines?.first)
        let layers = try #require(full["layers"] as? [String: Any])
        #expect(Set(layers.keys) == ["numbers", "entities", "sentiment"])
        let text = try #require(try Subprocess.run("gloss", ["analyze", "seeds/000_fb4e75e7260c85f4.txt", "--stages", "text"]).jsonLines?.first)
        #expect(text["layers"] == nil && text["sentences"] != nil)
        let mixed = try #require(try Subprocess.run(
            "gloss", ["analyze", "seeds/000_fb4e75e7260c85f4.txt", "--stages", "text,numbers"]).jsonLines?.first)
        #expect((mixed["layers"] as? [String: Any]).map { Array($0.keys) } == ["numbers"])
    }

    @Test func inputsFromAListAndAMissingNamedInputExitWith66() throws {
        let list = NSTemporaryDirectory() + "gloss-list-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: list) }
        try "seeds/000_fb4e75e7260c85f4.txt\n\nseeds/missing.txt\n".write(toFile: list, atomically: true, encoding: .utf8)
        let result = try Subprocess.run("gloss", ["analyze", "--files-from", list, "--stages", "text", "--quiet"])
        #expect(result.status == 66)
        let records = try #require(result.jsonLines)
        #expect(records.count == 2)
        #expect((records[1]["error"] as? [String: Any])?["code"] as? String == "read.not-found")
        #expect(!result.stderr.contains("read.not-found"), "--quiet prints no line per error")
    }

    @Test func noProgressWhenStandardErrorIsNotATerminalUnlessAsked() throws {
        let quiet = try Subprocess.run("gloss", ["analyze", "seeds", "--stages", "text"])
        #expect(!quiet.stderr.contains("docs/s"))
        let asked = try Subprocess.run("gloss", ["analyze", "seeds", "--stages", "text", "--progress"])
        #expect(asked.stderr.contains("3 docs · 3 of 3 inputs"))
    }

    @Test func presetsExpandInPlace() {
        #expect(StageRegistry.stageNames("text, numbers") == ["ingest", "normalize", "tokenize", "sentences", "numbers"])
        #expect(StageRegistry.stageNames("all") == StageRegistry.fullStageNames)
    }
}
