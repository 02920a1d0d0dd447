import Foundation
import Testing

@testable import gloss

@Suite struct EvaluateNumbersTests {
    /// Two cases in Recognizers-Text's format, written for this test: one Gloss passes, one
    /// it fails by convention (a bare unit word that is ambiguous). The scoring itself is
    /// tested in GlossEvaluationTests; this checks what the command prints.
    static let spec = """
        [
          {"Input": "She sold it for 40 euros.",
           "Results": [{"Text": "40 euros", "TypeName": "currency", "Resolution": {"value": "40", "unit": "Euro"}, "Start": 16, "End": 23}]},
          {"Input": "They spoke of pounds.", "NotSupported": "javascript",
           "Results": [{"Text": "pounds", "TypeName": "currency", "Resolution": {"value": null, "unit": "Pound"}, "Start": 14, "End": 19}]}
        ]
        """

    @Test func printsPassRatesThroughTheCommand() throws {
        let path = NSTemporaryDirectory() + "CurrencyModel-\(UUID().uuidString).json"
        try Self.spec.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Subprocess.run("gloss", ["evaluate", "numbers", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("1/2 cases passed (50.0%)"))
        #expect(result.stdout.contains("marked NotSupported: 0/1 passed"))
        #expect(result.stdout.contains("failed by Gloss convention: 1 (a unit word that also means something else is no mention without a number)"))
        #expect(result.stdout.contains("overall: 1/2 cases passed (50.0%)"))
    }
}
