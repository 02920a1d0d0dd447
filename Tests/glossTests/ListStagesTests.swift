import Foundation
import Testing

@testable import gloss

@Suite struct ListStagesTests {
    @Test func listsEveryBuiltInStageWithItsLayers() throws {
        let result = try Subprocess.run("gloss", ["stages"])
        #expect(result.status == 0)
        for name in ["ingest.text", "normalize", "tokenize", "sentences"] { #expect(result.stdout.contains(name + "\n")) }
        #expect(result.stdout.contains("requires: tokens"))
    }

    @Test func jsonListParses() throws {
        let result = try Subprocess.run("gloss", ["stages", "--json"])
        let stages = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let tokenize = try #require(stages.first { $0["name"] as? String == "tokenize" })
        #expect(tokenize["provides"] as? [String] == ["tokens"])
    }

    @Test func listsWhatAStageUsesRewritesAndWhatEachOptionTakes() throws {
        let result = try Subprocess.run("gloss", ["stages"])
        #expect(result.stdout.contains("    uses when present: entities\n"))
        #expect(result.stdout.contains("    rewrites the text: runs before the tokenizer\n"))
        #expect(result.stdout.contains("    option nfkc (true or false, default false): "))
        #expect(result.stdout.contains("    option line-breaks (one of auto, split, join, default auto): "))
        let json = try Subprocess.run("gloss", ["stages", "--json"])
        let stages = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let sentiment = try #require(stages.first { $0["name"] as? String == "sentiment" })
        #expect(sentiment["uses"] as? [String] == ["entities"])
        #expect(stages.first { $0["name"] as? String == "normalize" }?["rewrites_text"] as? Bool == true)
    }
}
