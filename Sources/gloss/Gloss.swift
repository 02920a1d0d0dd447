import ArgumentParser
import Foundation
import GlossCore
import GlossStages

/// The `gloss` command: runs Gloss pipelines over files, directories and standard input.
///
/// Every command names itself (`commandName`): a name derived from the type goes through
/// `String(describing:)`, whose type look-ups cost about 0.6 million instructions a command
/// at every start (the argument parser asks for each subcommand's name as it builds its tree).
@main
struct Gloss: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gloss",
        abstract: "Turn documents into structured annotations: text, sentences, tokens and more.",
        discussion: """
            Gloss reads documents (plain text, HTML pages, feeds, web archives, news archives, \
            JSON Lines; files, directories or '-' for standard input), runs a pipeline of stages \
            over them on several threads, and writes one JSON object per document (JSON Lines), \
            or a readable summary when standard output is a terminal.

            Exit status: 0 when every document was processed, 1 when some inputs became error \
            records (the rest were still written), 64 for a usage error, 74 when output could not \
            be written.
            """,
        version: GlossVersion.current,
        subcommands: [Analyze.self, Report.self, Show.self, ListStages.self, Evaluate.self, Train.self],
        defaultSubcommand: nil)
}

/// Exit codes shared by the subcommands (sysexits.h where one fits).
enum GlossExit {
    /// Some documents became error records.
    static let partialFailure = ExitCode(1)
    /// Output could not be written (EX_IOERR).
    static let outputFailure = ExitCode(74)
    /// A path named on the command line (or in --files-from) does not exist (EX_NOINPUT); its
    /// error record is written and the other inputs are read.
    static let missingInput = ExitCode(66)

    /// Prints a usage problem found after parsing (a bad pipeline, an unknown option) and
    /// returns the usage exit code (EX_USAGE, as for parse errors).
    static func usage(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("gloss: error: \(message)\n".utf8))
        return ExitCode.validationFailure
    }
}
