import Foundation
import Testing

/// `docs/record.schema.json` is the output's contract: every record `gloss analyze` writes for
/// the seeds, with every stage and every token, must satisfy it, and it must reject what it
/// does not describe.
@Suite struct RecordSchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let allStages = "ingest,normalize,tokenize,sentences,numbers,entities,sentiment,dedupe"

    static func validator() throws -> JSONSchemaValidator {
        let data = try Data(contentsOf: root.appendingPathComponent("docs/record.schema.json"))
        return JSONSchemaValidator(root: try JSONDecoder().decode(JSONValue.self, from: data))
    }

    static func records(_ stdout: String) throws -> [JSONValue] {
        try stdout.split(separator: "\n").map { try JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }
    }

    /// The schema's complaints about JSON Lines output, each prefixed with its record's id (for
    /// other suites' runs, such as the hostile corpus's).
    static func schemaErrors(inJSONLines stdout: String) throws -> [String] {
        let validator = try validator()
        return try records(stdout).flatMap { record in
            validator.errors(in: record).map { "\(record["id"] ?? .null)\($0)" }
        }
    }

    func validator() throws -> JSONSchemaValidator { try Self.validator() }
    func records(_ stdout: String) throws -> [JSONValue] { try Self.records(stdout) }

    @Test func theSeedsRecordsWithEveryStageAndTokenSatisfyTheSchema() throws {
        let result = try Subprocess.run(
            "gloss", ["analyze", "seeds", "missing.txt", "--stages", Self.allStages, "--tokens", "--format", "jsonl"])
        #expect(result.status == 66)  // missing.txt is an error record, and a named input that does not exist
        let records = try records(result.stdout)
        #expect(records.count == 4)
        let validator = try validator()
        for record in records {
            let errors = validator.errors(in: record)
            #expect(errors.isEmpty, "\(record["id"] ?? .null): \(errors.prefix(5))")
        }
        // Every layer and both kinds of record were there to check.
        let layers = Set(records.compactMap { record -> [String]? in
            if case .object(let members) = record["layers"] { return Array(members.keys) }
            return nil
        }.joined())
        #expect(layers == ["numbers", "entities", "sentiment", "duplicate"])
        #expect(records.contains { $0["error"] != nil })
        #expect(records.contains { $0["tokens"] != nil && $0["metadata"] != nil })
    }

    @Test func anUnknownFieldFails() throws {
        let validator = try validator()
        let good = try records(#"{"id":"a","stats":{"bytes":1,"characters":1},"layers":{"duplicate":{"of":"b","kind":"near","distance":2}}}"#)[0]
        #expect(validator.errors(in: good).isEmpty)
        for bad in [
            #"{"id":"a","stats":{"bytes":1,"characters":1},"colour":"red"}"#,
            #"{"id":"a","stats":{"bytes":1,"characters":1,"words":3}}"#,
            #"{"id":"a","stats":{"bytes":1,"characters":1},"layers":{"duplicate":{"of":"b","kind":"similar","distance":2}}}"#,
            #"{"id":"a","stats":{"bytes":1,"characters":1},"layers":{"topics":[]}}"#,
            #"{"id":"a","error":{"stage":"read","code":"Not Found","message":"m"}}"#,
            #"{"id":"a","stats":{"bytes":-1,"characters":1}}"#,
            #"{"id":"a","stats":{"bytes":1.5,"characters":1}}"#,
            #"{"id":"a"}"#,
        ] {
            #expect(!validator.errors(in: try records(bad)[0]).isEmpty, "\(bad)")
        }
    }

    @Test func namespacedThirdPartyLayersAreAllowed() throws {
        let record = try records(#"{"id":"a","stats":{"bytes":1,"characters":1},"layers":{"acme.wordcount":{"words":1}}}"#)[0]
        #expect(try validator().errors(in: record).isEmpty)
    }

    @Test func theValidatorRejectsKeywordsItDoesNotKnow() {
        let schema = JSONValue.object(["type": .string("string"), "format": .string("date-time")])
        #expect(JSONSchemaValidator(root: schema).errors(in: .string("x")).count == 1)
    }
}
