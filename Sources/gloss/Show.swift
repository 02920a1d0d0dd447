import ArgumentParser
import Foundation
import GlossCore
import GlossTables

extension Gloss {
    /// `gloss show`: one document as a readable HTML page with its annotations highlighted.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Write one document as an HTML page: entities, numbers and sentence sentiment highlighted.",
            discussion: """
                FILE is either results of gloss analyze (a SQLite database, a JSON Lines file, plain \
                or .gz, or a folder of parts), from which --id or --doc picks the document (the first \
                one by default), or a document itself (text, HTML, ...), which is analysed with the \
                default pipeline first (--stages to change it).
                """)

        @Argument(help: ArgumentHelp("Results (database, JSON Lines) or a document to analyse.", valueName: "file"))
        var file: String

        @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write.", valueName: "file"))
        var output: String = "doc.html"

        @Option(name: .long, help: "The id of the document to show (as in the record's \"id\").")
        var id: String?

        @Option(name: .long, help: "The document's number in a results database (documents.doc).")
        var doc: Int?

        @OptionGroup var pipelineOptions: PipelineOptions

        func run() throws {
            let rows: RecordRows
            do {
                rows = try findRows()
            } catch let exit as ExitCode {
                throw exit
            } catch {
                FileHandle.standardError.write(Data("gloss: \(error)\n".utf8))
                throw ExitCode(1)
            }
            do {
                try Data(DocumentView(rows: rows).render().utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                FileHandle.standardError.write(Data("gloss: cannot write '\(output)': \(error.localizedDescription)\n".utf8))
                throw GlossExit.outputFailure
            }
        }

        private func findRows() throws -> RecordRows {
            if ResultsInput.isSQLite(file) {
                let database = try SQLiteDatabase(path: file, readOnly: true, create: false)
                if let doc { return try RecordRows(database: database, doc: doc) }
                let found = try database.rows(
                    id == nil ? "SELECT min(doc) FROM documents" : "SELECT doc FROM documents WHERE id = ?",
                    id.map { [.text($0)] } ?? [])
                guard let number = found.first?[0].int else { throw notFound() }
                return try RecordRows(database: database, doc: number)
            }
            if Self.looksLikeResults(file) {
                var result: RecordRows?
                for path in try ResultsInput.jsonLinesFiles(file) where result == nil {
                    try? ResultsInput.forEachLine(path) { line in
                        guard result == nil else { throw CancellationError() }
                        let rows = try RecordRows(json: line)
                        if id == nil ? rows.document != nil : (rows.document?.id ?? rows.error?.id) == id { result = rows }
                    }
                }
                guard let result else { throw notFound() }
                return result
            }
            return try analyze()
        }

        private func notFound() -> SQLiteDatabase.Error {
            SQLiteDatabase.Error(description: "no document \(id.map { "with the id '\($0)'" } ?? "") in '\(file)'")
        }

        /// Whether `path` is a folder or a file whose first line is a record of gloss analyze.
        static func looksLikeResults(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return false }
            if isDirectory.boolValue { return true }
            var first: Data?
            try? ResultsInput.forEachLine(path) { line in
                first = Data(line)
                throw CancellationError()
            }
            guard let first, let object = try? JSONSerialization.jsonObject(with: first) as? [String: Any] else { return false }
            return object["id"] is String && (object["stats"] != nil || object["error"] != nil)
        }

        /// Runs the pipeline over the document and takes its record (the one with --id, if given).
        private func analyze() throws -> RecordRows {
            let pipeline = try pipelineOptions.makePipeline()
            let sources = try SourceOptions.parse([])
            let inputs = sources.inputs(paths: [file], maxDocumentBytes: 64 << 20, onSkip: { _ in })
            let records = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 1)).run(inputs)
            guard let record = records.first(where: { id == nil || $0.id == id }) else { throw notFound() }
            return RecordRows(record: record)
        }
    }
}
