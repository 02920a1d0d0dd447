import Foundation
import Testing

/// Pins one whole record: the text seed through every stage, with its tokens, byte for byte.
///
/// A change to the output shows up here first. When the change is meant, regenerate the file
/// and review its diff:
/// ```sh
/// GLOSS_UPDATE_GOLDEN=1 swift test --filter GoldenRecordTests
/// git diff Tests/glossTests/Golden/
/// ```
@Suite struct GoldenRecordTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/seed-000.jsonl")

    @Test func theTextSeedsRecordIsUnchanged() throws {
        let result = try Subprocess.run(
            "gloss",
            ["analyze", "seeds/000_fb4e75e7260c85f4.txt", "--stages", RecordSchemaTests.allStages, "--tokens", "--format", "jsonl"])
        #expect(result.status == 0)
        if ProcessInfo.processInfo.environment["GLOSS_UPDATE_GOLDEN"] == "1" {
            try Data(result.stdout.utf8).write(to: Self.golden)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(result.stdout == expected, "the seed's record changed; see GoldenRecordTests for how to regenerate it")
    }
}
