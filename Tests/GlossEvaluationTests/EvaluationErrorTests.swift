import Foundation
import GlossEvaluation
import Testing

/// Gold files that cannot be read give a message naming the file and the problem.
@Suite struct EvaluationErrorTests {
    private func message(_ body: () throws -> Void) -> String? {
        do { try body() } catch { return String(describing: error) }
        return nil
    }

    @Test func aMissingFileIsNamed() {
        let path = "/nonexistent/gold-\(UUID().uuidString).txt"
        #expect(message { _ = try EvaluationError.contents(of: path) } == "cannot read \(path): no such file (give the path of a gold file)")
        #expect(message { _ = try SentimentEvaluation.read(path: path) }?.hasPrefix("cannot read \(path)") == true)
        #expect(message { _ = try NumberEvaluation.read(path: path) }?.hasPrefix("cannot read \(path)") == true)
    }

    @Test func aFolderIsNotAGoldFile() {
        let path = FileManager.default.temporaryDirectory.path
        #expect(message { _ = try EvaluationError.contents(of: path) } == "cannot read \(path): a folder, not a gold file")
    }

    @Test func invalidUTF8IsAnErrorNotReplaced() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID().uuidString).txt")
        try Data([0x31, 0x09, 0x32, 0x09, 0xFF, 0xFE, 0x0A]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(message { _ = try EvaluationError.text(of: url.path) } == "cannot read \(url.path): not UTF-8 text")
        #expect(try EvaluationError.contents(of: url.path).count == 7)
    }
}
