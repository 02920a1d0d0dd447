import Foundation
import Testing

@testable import gloss

@Suite struct AnalyzeTests {
    @Test func analyzesTheSeedIntoParsableJSONLines() throws {
        let result = try Subprocess.run("gloss", ["analyze", "seeds", "--format", "jsonl", "--tokens"])
        #expect(result.status == 0)
        let records = try #require(result.jsonLines)
        let seed = try #require(records.first { ($0["id"] as? String)?.hasSuffix("000_fb4e75e7260c85f4.txt") == true })
        let sentences = try #require(seed["sentences"] as? [[String: Any]])
        let tokens = try #require(seed["tokens"] as? [[String: Any]])
        #expect(sentences.count > 10)
        #expect(tokens.count > 300)
        #expect(seed["text"] as? String != nil)
    }

    @Test func pipedOutputIsJSONLinesByDefault() throws {
        let result = try Subprocess.run("gloss", ["analyze", "seeds"])
        #expect(result.status == 0)
        // The text seed, its HTML rendition and the one item of its RSS rendition.
        let records = try #require(result.jsonLines)
        #expect(records.count == 3)
        #expect(records.allSatisfy { $0["error"] == nil })
        #expect(!result.stderr.contains("skipped"))
    }

    @Test func summaryShowsAPagesMetadata() throws {
        let result = try Subprocess.run("gloss", ["analyze", "seeds/000_fb4e75e7260c85f4.html", "--format", "summary"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("  by Ana Torres · published 2025-04-21T09:30:00Z · language en · Example News"))
        #expect(result.stdout.contains("  url: https://news.example.com/world/2025/04/21/bukele-offers-prisoner-swap"))
    }

    @Test func summaryShowsSentencesAndTokens() throws {
        let result = try Subprocess.run("gloss", ["analyze", "seeds/000_fb4e75e7260c85f4.txt", "--format", "summary"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("● seeds/000_fb4e75e7260c85f4.txt"))
        #expect(result.stdout.contains("   1  The president of El Salvador"))
        #expect(result.stdout.contains("⟨The⟩ ⟨president⟩ ⟨of⟩"))
    }

    @Test func everyInputYieldsOneRecordEvenWhenBroken() throws {
        let directory = NSTemporaryDirectory() + "gloss-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = FileManager.default.createFile(atPath: directory + "/a-invalid.txt", contents: Data([0x48, 0x69, 0xFF, 0x21]))
        _ = FileManager.default.createFile(atPath: directory + "/b-empty.txt", contents: Data())
        _ = FileManager.default.createFile(atPath: directory + "/c-binary.bin", contents: Data([0, 1, 2, 3, 0, 0]))
        _ = FileManager.default.createFile(atPath: directory + "/d-good.txt", contents: Data("Fine text. Two sentences.".utf8))
        let result = try Subprocess.run("gloss", ["analyze", "--all-files", directory, directory + "/missing.txt"])
        #expect(result.status == 1)  // partial failure
        let records = try #require(result.jsonLines)
        try #require(records.count == 5)
        #expect((records[0]["diagnostics"] as? [[String: Any]])?.first?["count"] as? Int == 1)
        #expect((records[1]["stats"] as? [String: Int])?["tokens"] == 0)
        #expect((records[2]["error"] as? [String: String])?["stage"] == "ingest")
        #expect((records[3]["stats"] as? [String: Int])?["sentences"] == 2)
        #expect((records[4]["error"] as? [String: String])?["message"] == "no such file or directory")
        #expect(result.stderr.contains("missing.txt: read: no such file or directory"))
    }

    @Test func readsJSONLinesFromStandardInput() throws {
        let input = "{\"id\": \"one\", \"text\": \"First. Second.\"}\n{\"id\": \"two\", \"text\": \"Third.\"}\n"
        let result = try Subprocess.run("gloss", ["analyze", "-", "--jsonl"], input: input)
        #expect(result.status == 0)
        let records = try #require(result.jsonLines)
        #expect(records.map { $0["id"] as? String } == ["one", "two"])
    }

    @Test func anUnknownOrMisplacedStageIsAUsageError() throws {
        let unknown = try Subprocess.run("gloss", ["analyze", "seeds", "--stages", "ingest.text,tokenise"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no stage named 'tokenise' is registered. Did you mean 'tokenize'?"))
        let misplaced = try Subprocess.run("gloss", ["analyze", "seeds", "--stages", "tokenize"])
        #expect(misplaced.status == 64)
        #expect(misplaced.stderr.contains("add 'ingest' or 'ingest.text' or 'ingest.html' (which provide 'text') before it"))
        let badOption = try Subprocess.run("gloss", ["analyze", "seeds", "-O", "ingest.allow-binry=true"])
        #expect(badOption.status == 64)
        #expect(badOption.stderr.contains("stage 'ingest' has no option 'allow-binry'"))
    }

    @Test func statsCanBeJSON() throws {
        let result = try Subprocess.run("gloss", ["analyze", "seeds/000_fb4e75e7260c85f4.txt", "--stats", "--json", "-o", "/dev/null"])
        #expect(result.status == 0)
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: Any])
        #expect(figures["records"] as? Int == 1)
    }

    @Test func helpDescribesInputsOptionsAndExitCodes() throws {
        let help = Gloss.Analyze.helpMessage()
        for option in ["--stages", "--pipeline", "--jobs", "--unordered", "--format", "--tokens", "--output"] {
            #expect(help.contains(option))
        }
        #expect(Gloss.helpMessage().contains("Exit status: 0 when every document was processed"))
    }

    @Test func stageOptionsSplitAtTheLastDot() throws {
        let parsed = try PipelineOptions.parse(option: "ingest.text.allow-binary=true")
        #expect(parsed.stage == "ingest.text" && parsed.key == "allow-binary" && parsed.value == "true")
        #expect(throws: (any Error).self) { _ = try PipelineOptions.parse(option: "novalue") }
    }
}
