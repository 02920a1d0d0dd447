import Foundation
import GlossCore
import GlossSinks
import GlossTables
import Testing

/// Rows from a record in memory and from its JSON Lines form must agree: the SQLite sink reads
/// the first, the report reads the second.
@Suite struct RecordRowsTests {
    @Test func typedAndJSONRowsAgree() throws {
        for record in try TableFixtures.records() {
            let typed = RecordRows(record: record)
            let json = try RecordRows(json: Data(RecordEncoder().encode(record)))
            let document = try #require(typed.document)
            #expect(json.document?.id == document.id)
            #expect(json.document?.text == document.text)
            #expect(json.document?.bytes == document.bytes && json.document?.characters == document.characters)
            #expect(json.sentences.map { [$0.start, $0.end] } == typed.sentences.map { [$0.start, $0.end] })
            #expect(json.mentions.map(\.text) == typed.mentions.map(\.text))
            #expect(json.entities.map(\.name) == typed.entities.map(\.name))
            #expect(json.numbers.map(\.normalized) == typed.numbers.map(\.normalized))
            #expect(json.numbers.map(\.value) == typed.numbers.map(\.value))
            let sentiment = try #require(document.sentiment)
            #expect(abs((json.document?.sentiment ?? 9) - sentiment) < 1e-3)
        }
    }

    @Test func theFirstDocumentHasItsEntitiesNumbersAndSentiment() throws {
        let rows = RecordRows(record: try TableFixtures.records()[0])
        #expect(rows.entities.contains { $0.name == "Emmanuel Macron" && $0.type == "PER" })
        let money = try #require(rows.numbers.first { $0.kind == "money" })
        #expect(money.value == "1200000000" && money.currency == "USD" && money.number == 1.2e9)
        #expect(rows.numbers.contains { $0.kind == "percent" && $0.value == "12" })
        #expect(rows.sentences.count == 3)
        #expect(rows.sentences.allSatisfy { $0.sentiment != nil })
        #expect((rows.sentences.last?.sentiment ?? 0) < 0, "'the outlook is terrible' is negative")
    }

    @Test func aFailureIsAnErrorRow() throws {
        let rows = RecordRows(record: TableFixtures.failure)
        #expect(rows.document == nil)
        #expect(rows.error?.code == "read.not-found" && rows.error?.stage == "read")
        let json = try RecordRows(json: Data(RecordEncoder().encode(TableFixtures.failure)))
        #expect(json == rows)
    }

    @Test func aLineThatIsNoRecordSaysWhatItExpected() {
        #expect(throws: RecordRows.FormatError.self) { try RecordRows(json: Data("[1,2]".utf8)) }
        #expect(throws: RecordRows.FormatError.self) { try RecordRows(json: Data("{\"text\":\"x\"}".utf8)) }
    }

    @Test func withoutTextTheRowHasNone() throws {
        let rows = RecordRows(record: try TableFixtures.records()[1], includeText: false)
        #expect(rows.document?.text == nil && rows.document?.bytes ?? 0 > 0)
    }
}
