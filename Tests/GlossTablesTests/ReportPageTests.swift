import Foundation
import GlossCore
import GlossTables
import Testing

/// The report over a small database: every section is there, charts have data, and the
/// documents it lists link to views that exist.
@Suite struct ReportPageTests {
    static func database() throws -> (SQLiteDatabase, String) {
        let path = TableFixtures.temporaryPath(".sqlite")
        let sink = try SQLiteSink(path: path, paths: ["x"])
        var texts = TableFixtures.texts
        texts.append(("c", "Siemens paid $30 million in Tokyo. It was a wonderful, happy, excellent day. Everyone was glad."))
        for record in try TableFixtures.records(texts) + [TableFixtures.failure] { try sink.write(record, origin: "x") }
        try sink.finish(complete: true)
        try sink.database.execute("UPDATE documents SET published = '2025-0' || doc || '-01', url = 'https://news.example/' || id")
        return (sink.database, path)
    }

    @Test func theReportHasEverySectionAndData() throws {
        let (database, path) = try Self.database()
        defer { TableFixtures.cleanUp(path) }
        let page = ReportPage(queries: ReportQueries(database: database), title: "T", documentsFolder: "t-docs")
        let html = try page.render()
        for heading in ["Documents by month published", "By site", "By language", "PER: persons", "Documents by sentiment",
                        "Mean sentiment by month", "Number mentions by kind", "Largest amounts of money", "Text per document",
                        "Errors by code"] {
            #expect(html.contains(heading), "\(heading)")
        }
        #expect(html.contains("2025-01") && html.contains("news.example"))
        #expect(html.contains("<code>read.not-found</code>"))
        #expect(html.contains("1200000000 USD"))
        #expect(html.components(separatedBy: "class=\"datum\"").count > 20)
        #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!html.contains("<script"), "no scripts: nothing to load")
        let linked = try page.linkedDocuments()
        #expect(!linked.isEmpty)
        for doc in linked { #expect(html.contains("href=\"t-docs/doc-\(doc).html\"")) }
    }

    @Test func queriesCountWhatTheTablesHold() throws {
        let (database, path) = try Self.database()
        defer { TableFixtures.cleanUp(path) }
        let queries = ReportQueries(database: database)
        let totals = Dictionary(uniqueKeysWithValues: try queries.totals())
        #expect(totals["documents"] == 3 && totals["errors"] == 1)
        let time = try queries.documentsOverTime()
        #expect(time.documents.map(\.label) == ["2025-01", "2025-02", "2025-03"] && time.undated == 0)
        #expect(try queries.documentsBySite().first?.label == "news.example")
        #expect(try queries.mainCurrency() == "USD")
        #expect(try queries.largestAmounts(currency: "USD").first?.figure == "1200000000 USD")
        #expect(try queries.largestAmounts(currency: "JPY").isEmpty)
        #expect(try queries.sentimentHistogram().reduce(0) { $0 + $1.value } == 3)
        let people = try queries.topEntities(type: "PER")
        #expect(people.first?.name == "Emmanuel Macron" && people.first?.documents == 2 && people.first?.sentiment != nil)
        #expect(try queries.extremeDocuments(positive: true).first?.doc == 3)
    }

    @Test func emptyMonthsAreDrawnAsZeroAndLeftOutOfTheMeans() throws {
        let (database, path) = try Self.database()
        defer { TableFixtures.cleanUp(path) }
        try database.execute("UPDATE documents SET published = '2025-05-02T10:00:00Z' WHERE doc = 3")
        let queries = ReportQueries(database: database)
        let time = try queries.documentsOverTime()
        #expect(time.documents.map(\.label) == ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05"])
        #expect(time.documents.map(\.value) == [1, 1, 0, 0, 1])
        let means = try queries.sentimentOverTime(try #require(time.axis))
        #expect(means.map { $0.value.isNaN } == [false, false, true, true, false])
        let html = try ReportPage(queries: queries, title: "T", documentsFolder: nil).render()
        #expect(html.contains("<title>2025-03: 0</title>"), "an empty month is a column of 0")
    }

    @Test func aDocumentReadBackFromTheDatabaseMatchesItsRecord() throws {
        let (database, path) = try Self.database()
        defer { TableFixtures.cleanUp(path) }
        let record = RecordRows(record: try TableFixtures.records()[0])
        let back = try RecordRows(database: database, doc: 1)
        #expect(back.document?.text == record.document?.text)
        #expect(back.mentions.map(\.text) == record.mentions.map(\.text))
        #expect(back.entities.map(\.name) == record.entities.map(\.name))
        #expect(back.numbers == record.numbers)
        #expect(back.sentences == record.sentences)
        #expect(throws: SQLiteDatabase.Error.self) { try RecordRows(database: database, doc: 99) }
    }
}
