import Foundation
import GlossCore
import GlossSinks
@testable import GlossTables
import Testing

@Suite struct PackedRowsTests {
    @Test func everyKindOfValueReadsBackAsWritten() {
        var writer = PackedRows.Writer()
        writer.kind(.failure)
        writer.integer(-7)
        writer.integer(nil)
        writer.real(0.25)
        writer.real(.infinity)
        writer.text("é\"x")
        writer.text("")
        writer.count(3)
        writer.rawText("ORG")
        writer.rawInteger(1 << 40)
        writer.text { $0.append(contentsOf: "appended".utf8) }
        writer.rows.withReader { reader in
            #expect(reader.kind() == .failure)
            #expect(reader.value().int == -7)
            #expect(reader.value().int == nil)
            #expect(reader.value().double == 0.25)
            #expect(reader.value().double == nil, "a real that is not finite is NULL")
            #expect(reader.value().string == "é\"x")
            #expect(reader.value().string == "")
            #expect(reader.count() == 3)
            #expect(String(decoding: reader.rawText(), as: UTF8.self) == "ORG")
            #expect(reader.rawInteger() == 1 << 40)
            #expect(reader.value().string == "appended")
            #expect(reader.isAtEnd)
        }
    }

    @Test func aRecordUnpacksToItsLayers() throws {
        let record = try TableFixtures.records()[0]
        guard case .document(let document) = record else { throw CancellationError() }
        let rows = RecordRows(packed: PackedRows(record: record))
        #expect(rows.document?.id == "a" && rows.document?.text == document.text)
        #expect(rows.document?.characters == document.text.unicodeScalars.count)
        #expect(rows.document?.bytes == document.text.utf8.count)
        #expect(rows.document?.sentenceCount == document.sentences.count && rows.sentences.count == document.sentences.count)
        #expect(rows.mentions.allSatisfy { rows.entities.indices.contains($0.entity) })
        #expect(rows.mentions.map(\.text).contains("Emmanuel Macron"))
    }

    @Test func scalarsAreCountedOnTheBytes() throws {
        let text = "naïve café – 東京 😀"
        let record = Record.document(Document(id: "u", text: text))
        #expect(RecordRows(record: record).document?.characters == text.unicodeScalars.count)
    }

    @Test func theWorkerPacksWhatTheSinkWouldAndLeavesGiantTextsToIt() throws {
        for record in try TableFixtures.records() + [TableFixtures.failure] {
            #expect(TableRowEncoder().encodeOnWorker(record) == PackedRows(record: record).bytes)
        }
        #expect(TableRowEncoder(includeText: false).encodeOnWorker(try TableFixtures.records()[0])
            == PackedRows(record: try TableFixtures.records()[0], includeText: false).bytes)
        let giant = Record.document(Document(id: "g", text: String(repeating: "a", count: TableRowEncoder.workerLimit + 1)))
        #expect(TableRowEncoder().encodeOnWorker(giant) == nil)
    }
}
