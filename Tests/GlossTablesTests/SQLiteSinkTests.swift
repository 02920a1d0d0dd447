import Foundation
import GlossCore
import GlossTables
import Testing

@Suite struct SQLiteSinkTests {
    @Test func recordsBecomeRowsOfEveryTable() throws {
        let path = TableFixtures.temporaryPath(".sqlite")
        defer { TableFixtures.cleanUp(path) }
        let sink = try SQLiteSink(path: path, paths: ["x"])
        for record in try TableFixtures.records() + [TableFixtures.failure] { try sink.write(record, origin: "x") }
        try sink.finish(complete: true)
        let database = sink.database
        func count(_ table: String) throws -> Int? { try database.rows("SELECT count(*) FROM \(table)")[0][0].int }
        #expect(try count("documents") == 2 && count("errors") == 1)
        #expect(try count("sentences") == 5)
        let macron = try database.rows("SELECT mentions, documents FROM entities WHERE name = 'Emmanuel Macron'")
        #expect(macron == [[.integer(2), .integer(2)]])
        let amounts = try database.rows("SELECT d.id, n.value FROM numbers n JOIN documents d USING (doc) WHERE n.kind = 'money' AND n.number > 1e9")
        #expect(amounts == [[.text("a"), .text("1200000000")]])
        let found = try database.rows("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'Reuters'")
        #expect(found == [[.integer(2)]])
        let state = try #require(try SQLiteSink.state(path: path))
        #expect(state.complete && state.paths == ["x"] && state.inputs["x"]?.records == 3 && state.inputs["x"]?.done == true)
        #expect(try database.rows("PRAGMA integrity_check") == [[.text("ok")]])
    }

    @Test func whatWasNotCommittedIsGoneAndAResumeGoesOn() throws {
        let path = TableFixtures.temporaryPath(".sqlite")
        defer { TableFixtures.cleanUp(path) }
        let records = try TableFixtures.records()
        do {
            let sink = try SQLiteSink(path: path, paths: ["p"], options: SQLiteSink.Options(batchSize: 1))
            try sink.write(records[0], origin: "in1")  // committed: a batch of 1
            try sink.write(records[1], origin: "in2")  // committed too, but in2 is not known done
            try sink.database.execute("INSERT INTO errors(id, stage, code, message) VALUES ('x', 's', 'c.d', 'm')")
            // dropped without finish(): the open transaction (the stray error) rolls back, as after a kill
        }
        let state = try #require(try SQLiteSink.state(path: path))
        #expect(!state.complete)
        #expect(state.inputs["in1"]?.done == true && state.inputs["in2"]?.done == false && state.inputs["in2"]?.records == 1)
        let resumed = try SQLiteSink(path: path, paths: ["p"], resuming: state)
        #expect(resumed.count == 2)
        try resumed.write(TableFixtures.failure, origin: "in3")
        try resumed.finish(complete: true)
        #expect(try resumed.database.rows("SELECT count(*) FROM errors")[0][0].int == 1)
        #expect(try resumed.database.rows("SELECT mentions FROM entities WHERE name = 'Emmanuel Macron'")[0][0].int == 2)
        #expect(try SQLiteSink.state(path: path)?.complete == true)
    }

    @Test func aNewRunReplacesTheDatabase() throws {
        let path = TableFixtures.temporaryPath(".sqlite")
        defer { TableFixtures.cleanUp(path) }
        for _ in 0..<2 {
            let sink = try SQLiteSink(path: path, paths: ["p"])
            try sink.write(TableFixtures.failure, origin: "p")
            try sink.finish(complete: true)
        }
        #expect(try SQLiteDatabase(path: path).rows("SELECT count(*) FROM errors")[0][0].int == 1)
    }
}
