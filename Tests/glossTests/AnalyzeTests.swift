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
        let result = try Subprocess.run(
            "gloss", ["analyze", "seeds/000_fb4e75e7260c85f4.txt", "--format", "summary", "--stages", "text", "--tokens"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("● seeds/000_fb4e75e7260c85f4.txt"))
        #expect(result.stdout.contains("   1  The president of El Salvador"))
        #expect(result.stdout.contains("⟨The⟩ ⟨president⟩ ⟨of⟩"))
    }

    @Test func theDefaultSummaryShowsEntitiesNumbersAndSentiment() throws {
        let result = try Subprocess.run("gloss", ["analyze", "seeds/000_fb4e75e7260c85f4.txt", "--format", "summary"])
        #expect(result.status == 0)
        let out = result.stdout
        #expect(out.contains("  sentiment: ") && out.contains(" over 18 sentences"))
        #expect(out.contains("  entities (") && out.contains("    LOC  El Salvador ×"))
        #expect(out.contains("  numbers (") && out.contains(" → "))
        #expect(out.contains("  sentences (sentiment):"))
        #expect(!out.contains("⟨The⟩"), "tokens only with --tokens")
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
        #expect(result.status == 66)  // partial failure, with a named input that does not exist
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

    /// Expects `gloss analyze seeds` with `arguments` to be a usage error (64) that says `message`.
    func expectUsageError(_ arguments: [String], saying message: String) throws {
        let result = try Subprocess.run("gloss", ["analyze", "seeds"] + arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message))
    }

    @Test func anUnknownOrMisplacedStageIsAUsageError() throws {
        try expectUsageError(["--stages", "ingest.text,tokenise"], saying: "no stage named 'tokenise' is registered. Did you mean 'tokenize'?")
        try expectUsageError(
            ["--stages", "tokenize"], saying: "add 'ingest' or 'ingest.text' or 'ingest.html' (which provide 'text') before it")
        try expectUsageError(["-O", "ingest.allow-binry=true"], saying: "stage 'ingest' has no option 'allow-binry'")
    }

    @Test func aRewriteAfterTokensIsAUsageErrorThatSaysWhatToMove() throws {
        try expectUsageError(
            ["--stages", "ingest,tokenize,normalize"],
            saying: "stage 'normalize' (position 3) rewrites the text, but 'tokenize' (position 2) already added "
                + "'tokens', which point into the text: move 'normalize' before 'tokenize'")
    }

    @Test func aModelThatCannotBeReadIsAUsageError() throws {
        try expectUsageError(
            ["-O", "entities.model=/nonexistent/entities.model"],
            saying: "stage 'entities' could not be set up: ")
    }

    @Test func anOptionalInputThatComesLateIsAWarning() throws {
        let result = try Subprocess.run(
            "gloss", ["analyze", "seeds/000_fb4e75e7260c85f4.txt", "--stages", "ingest,tokenize,sentences,sentiment,entities",
                      "-o", "/dev/null"])
        #expect(result.status == 0)
        #expect(result.stderr.contains(
            "gloss: warning: stage 'sentiment' (position 4) uses layer 'entities' when it is present, but 'entities' "
                + "provides it later (position 5)"))
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

    /// Huge values crashed (an overflowing product, a batch reserved up front); now they are usage errors.
    @Test func hugeJobsAndBatchSizesAreUsageErrors() throws {
        try expectUsageError(["-j", "100000000"], saying: "--jobs must be between 1 and 1024")
        try expectUsageError(["--batch-size", "9223372036854775807"], saying: "--batch-size must be between 1 and 1000000")
        let fine = try Subprocess.run("gloss", ["analyze", "seeds", "-j", "1024", "--batch-size", "1000000"])
        #expect(fine.status == 0)
    }

    /// An empty JSON Lines file yielded no record at all; now it yields one error record.
    @Test func anEmptyJSONLinesFileYieldsOneErrorRecord() throws {
        let path = NSTemporaryDirectory() + "gloss-empty-" + UUID().uuidString + ".jsonl"
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Subprocess.run("gloss", ["analyze", path])
        #expect(result.status == 1)
        let records = try #require(result.jsonLines)
        #expect(records.count == 1)
        #expect(records.first?["id"] as? String == path)
        #expect((records.first?["error"] as? [String: Any])?["message"] as? String == "no JSON Lines records: the file is "
            + "empty or holds only blank lines; write one JSON object per line, or leave the file out")
    }

    @Test func stageOptionsSplitAtTheLastDot() throws {
        let parsed = try PipelineOptions.parse(option: "ingest.text.allow-binary=true")
        #expect(parsed.stage == "ingest.text" && parsed.key == "allow-binary" && parsed.value == "true")
        #expect(throws: (any Error).self) { _ = try PipelineOptions.parse(option: "novalue") }
    }
}
