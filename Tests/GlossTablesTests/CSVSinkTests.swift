import Foundation
import GlossTables
import Testing

@Suite struct CSVSinkTests {
    @Test func everyTableGetsAFileWithItsHeaderAndRows() throws {
        let directory = TableFixtures.temporaryPath("/")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let sink = try CSVSink(directory: directory)
        for record in try TableFixtures.records() + [TableFixtures.failure] { try sink.write(record) }
        try sink.finish()
        func lines(_ table: String) throws -> [Substring] {
            try String(contentsOfFile: directory + table + ".csv", encoding: .utf8).split(separator: "\r\n")
        }
        for (table, columns) in ResultsSchema.columns {
            #expect(try lines(table).first == Substring(columns.joined(separator: ",")), "\(table).csv header")
        }
        #expect(try lines("documents").count == 3)
        #expect(try lines("errors").count == 2)
        let entities = try lines("entities")
        #expect(entities.contains { $0.hasSuffix(",Emmanuel Macron,PER,2,2") }, "linked across both documents")
        #expect(try lines("numbers").contains { $0.contains(",money,1200000000,1200000000.0,") })
    }
}
