import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Runs `gloss analyze` with every stage over `HostileCorpus`: every input yields its records,
/// no process dies, each bound names its code, and memory stays under a ceiling.
@Suite struct HostileInputTests {
    /// Peak resident memory any child process of the test run has reached, in bytes.
    static var childPeakBytes: Int {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    @Test func everyHostileInputYieldsItsRecordsAndTheRunSurvives() throws {
        let corpus = try HostileCorpus()
        defer { corpus.remove() }
        let result = try Subprocess.run("gloss", [
            "analyze", corpus.directory, "--all-files", "--format", "jsonl", "--no-text", "-j", "2",
            "--max-document-bytes", String(HostileCorpus.maxDocumentBytes),
            "--stages", "ingest,normalize,tokenize,sentences,numbers,entities,sentiment",
        ])
        #expect(result.status == 1, "some inputs are errors, none kills the run: \(result.stderr.suffix(400))")
        let records = try #require(result.jsonLines)
        #expect(records.count == corpus.expectedRecords)
        let ids = records.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == ids.count, "no id twice")
        let errors = records.compactMap { $0["error"] as? [String: Any] }
        #expect(errors.allSatisfy { ($0["code"] as? String)?.contains(".") == true }, "every error has a code")
        for item in corpus.cases {
            let mine = records.filter { ($0["id"] as? String)?.contains("/" + item.name) == true }
            #expect(mine.count == item.records, "\(item.name): \(mine.count) records")
            let codes = Set(mine.compactMap { ($0["error"] as? [String: Any])?["code"] as? String })
            #expect(Set(item.codes).isSubset(of: codes), "\(item.name): codes \(codes.sorted())")
        }
        #expect(!result.stdout.contains("root:x:0"), "no external entity is ever read")
        let schemaErrors = try RecordSchemaTests.schemaErrors(inJSONLines: result.stdout)
        #expect(schemaErrors.isEmpty, "docs/record.schema.json: \(schemaErrors.prefix(5))")
        #expect(Self.childPeakBytes < 1 << 30, "peak memory \(Self.childPeakBytes >> 20) MB")
    }
}
