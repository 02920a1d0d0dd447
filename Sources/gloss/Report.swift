import ArgumentParser
import Foundation
import GlossTables

extension Gloss {
    /// `gloss report`: one self-contained HTML page of a run's figures and charts.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write an HTML report of a run's results (charts and tables, no network needed).",
            discussion: """
                INPUT is what gloss analyze wrote: a SQLite database (-o results.sqlite), a JSON Lines \
                file (plain or .gz), or a folder of parts (-o DIR/). The report shows documents over \
                time, by site and by language; the top entities of each type with their mean \
                sentiment; the sentiment distribution and its trend; numbers by kind and the largest \
                amounts; text per page, empty pages and errors by code. Documents it lists link to \
                their document views (see gloss show), written into a folder beside the report \
                (report-docs/ for report.html) when the results hold the text.
                """)

        @Argument(help: ArgumentHelp("A results database, JSON Lines file (.jsonl, .jsonl.gz) or folder of parts.", valueName: "input"))
        var input: String

        @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write.", valueName: "file"))
        var output: String = "report.html"

        @Option(name: .long, help: "The report's heading (default: the input's name).")
        var title: String?

        @Flag(name: .long, help: "Write no document views and link none.")
        var noDocuments = false

        func run() throws {
            let scratch = NSTemporaryDirectory() + "gloss-report-\(getpid()).sqlite"
            defer { for suffix in ["", "-wal", "-shm"] { unlink(scratch + suffix) } }
            do {
                let database = try ResultsInput.open(input, scratch: scratch)
                let folderName = ((output as NSString).lastPathComponent as NSString).deletingPathExtension + "-docs"
                let page = ReportPage(
                    queries: ReportQueries(database: database),
                    title: title ?? "Gloss report: \((input as NSString).lastPathComponent)",
                    documentsFolder: noDocuments ? nil : folderName)
                try Data(page.render().utf8).write(to: URL(fileURLWithPath: output))
                guard !noDocuments else { return }
                let folder = ((output as NSString).deletingLastPathComponent as NSString).appendingPathComponent(folderName)
                let linked = try page.linkedDocuments()
                if !linked.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                for doc in linked {
                    let view = DocumentView(rows: try RecordRows(database: database, doc: doc))
                    let path = (folder as NSString).appendingPathComponent(ReportPage.documentFile(doc))
                    try Data(view.render().utf8).write(to: URL(fileURLWithPath: path))
                }
            } catch {
                FileHandle.standardError.write(Data("gloss: \(error)\n".utf8))
                throw GlossExit.outputFailure
            }
        }
    }
}
