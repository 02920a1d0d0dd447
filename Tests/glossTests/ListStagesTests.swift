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
}
