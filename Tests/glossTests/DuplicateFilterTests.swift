import Foundation
import GlossCore
import GlossStages
import Testing

@testable import gloss

@Suite struct DuplicateFilterTests {
    func record(_ id: String, _ kind: DuplicateMark.Kind?) -> Record {
        var document = Document(id: id, text: "x")
        if let kind { document[DuplicateLayer.self] = DuplicateMark(of: "a", kind: kind, distance: 0) }
        return .document(document)
    }

    @Test func dropsMarkedDocumentsAndCountsThem() {
        var filter = DuplicateFilter(dropping: true)
        let records = [
            record("a", nil), record("b", .exact), record("c", .near), record("d", .exact),
            .failure(DocumentFailure(id: "e", source: nil, stage: "read", message: "m")),
        ]
        let kept = records.filter { filter.keeps($0) }.map(\.id)
        #expect(kept == ["a", "e"])
        #expect(filter.summary == "left out 3 duplicate documents (2 exact, 1 near; --drop-duplicates)")
    }

    @Test func keepsEverythingWhenNotDropping() {
        var filter = DuplicateFilter(dropping: false)
        let kept = filter.keeps(record("b", .exact))
        #expect(kept)
        #expect(filter.summary == nil)
    }

    @Test func theSeedsRenditionsAreOneDocument() throws {
        let stages = ["--stages", "ingest,normalize,tokenize,dedupe", "--format", "jsonl"]
        let marked = try Subprocess.run("gloss", ["analyze", "seeds", "-j", "2"] + stages)
        #expect(marked.status == 0)
        let records = try #require(marked.jsonLines)
        #expect(records.count == 3)
        let first = records[0]["id"] as? String
        let marks = records.dropFirst().compactMap { ($0["layers"] as? [String: Any])?["duplicate"] as? [String: Any] }
        #expect(marks.count == 2 && marks.allSatisfy { $0["of"] as? String == first && $0["kind"] as? String == "exact" })

        let dropped = try Subprocess.run("gloss", ["analyze", "seeds", "--drop-duplicates"] + stages)
        #expect(dropped.status == 0)
        #expect(dropped.jsonLines?.count == 1)
        #expect(dropped.stderr.contains("left out 2 duplicate documents (2 exact, 0 near; --drop-duplicates)"))
    }

    @Test func dropDuplicatesNeedsTheStage() throws {
        let result = try Subprocess.run("gloss", ["analyze", "seeds", "--drop-duplicates"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--drop-duplicates needs the dedupe stage"))
    }
}
