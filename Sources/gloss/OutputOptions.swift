import ArgumentParser
import Foundation
import GlossCore
import GlossSinks

/// The options that say how `gloss analyze` treats its output: `-o FILE` (compressed when it
/// ends in `.gz`) or `-o DIR/` (part files, a manifest and `_SUCCESS`), whether an existing
/// output may be replaced or continued, and where error records go.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Replace an existing non-empty -o file or folder (and --errors file).")
    var overwrite = false

    @Flag(name: .long, help: "With -o DIR/ or a SQLite database: continue the run it holds (killed or cancelled), skipping what it committed.")
    var resume = false

    @Option(name: .long, help: ArgumentHelp("Write error records to this file instead of the output (JSON Lines).", valueName: "file"))
    var errors: String?

    @Option(name: .long, help: ArgumentHelp("With -o DIR/: uncompressed bytes per part file (268435456 is 256 MiB).", valueName: "bytes"))
    var partSize: Int = 256 << 20

    @Option(name: .long, help: ArgumentHelp("With -o DIR/ or a SQLite database: commit at least this often, so a kill loses at most this much work.", valueName: "seconds"))
    var commitInterval: Double = 10

    @Option(name: .long, help: ArgumentHelp("With a SQLite database: records per transaction (a kill loses at most these).", valueName: "records"))
    var commitRecords: Int = 2000

    @Flag(name: .long, help: "With -o DIR/: write plain part-NNNNN.jsonl files instead of gzip-compressed ones.")
    var plainParts = false

    /// Where records go.
    enum Target: Equatable {
        case standardOutput
        /// A file, gzip-compressed when its name ends in `.gz`.
        case file(String)
        /// A folder of parts: named with a trailing `/`, or an existing directory.
        case directory(String)
    }

    static func target(_ output: String?) -> Target {
        guard let output, output != "-" else { return .standardOutput }
        var info = stat()
        if output.hasSuffix("/") || (stat(output, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR) {
            return .directory(output)
        }
        return .file(output)
    }

    /// The output's own files, which directory walks must not read.
    func excluded(output: String?) -> [String] {
        [output, errors].compactMap { $0 }
    }

    /// Usage problems, found before anything is opened for writing.
    func check(output: String?, paths: [String], ordered: Bool, summary: Bool) throws {
        let target = Self.target(output)
        guard partSize >= 1 else { throw ValidationError("--part-size must be at least 1 byte, not \(partSize)") }
        guard commitInterval > 0 else { throw ValidationError("--commit-interval must be more than 0 seconds") }
        guard commitRecords >= 1 else { throw ValidationError("--commit-records must be at least 1, not \(commitRecords)") }
        if resume && overwrite {
            throw ValidationError("--resume continues the run in the -o folder and --overwrite replaces it: pass one of them")
        }
        switch target {
        case .standardOutput:
            if resume { throw ValidationError("--resume needs -o DIR/ (a folder that holds an interrupted run)") }
        case .file(let path):
            if resume { throw ValidationError("--resume needs -o DIR/ (a folder, named with a trailing '/'), not the file '\(path)'") }
            if !overwrite && Self.isNonEmptyFile(path) {
                throw ValidationError("the output file '\(path)' exists and is not empty: pass --overwrite to replace it, "
                    + "or name another file with -o")
            }
        case .directory(let path):
            if !ordered {
                throw ValidationError("-o DIR/ writes records in input order, which --resume relies on: leave out --unordered")
            }
            if summary { throw ValidationError("-o DIR/ writes JSON Lines parts: leave out --format summary") }
            if let errors, errors.hasSuffix(".gz") {
                throw ValidationError("with -o DIR/, --errors writes plain JSON Lines (cut back to its last commit on --resume): "
                    + "name a file that does not end in .gz")
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            if resume {
                try checkResume(directory: path, paths: paths)
            } else if !overwrite && !entries.isEmpty {
                throw ValidationError("the output folder '\(path)' is not empty: pass --resume to continue the run it holds, "
                    + "--overwrite to replace it, or name another folder with -o")
            }
        }
        if let errors, let input = OutputClash.input(among: paths, sameFileAs: errors) {
            throw ValidationError("the errors file '\(errors)' is the input '\(input)': writing would erase it "
                + "before it is read; name another file with --errors")
        }
        if let errors, !overwrite, !(resume && target != .standardOutput), Self.isNonEmptyFile(errors) {
            throw ValidationError("the errors file '\(errors)' exists and is not empty: pass --overwrite to replace it, "
                + "or name another file with --errors")
        }
    }

    /// A resumed run needs the folder's manifest, the same paths, and inputs that did not change.
    private func checkResume(directory: String, paths: [String]) throws {
        let state: RunManifest.State?
        do {
            state = try RunManifest.read(directory: directory)
        } catch {
            throw ValidationError(error.description)
        }
        guard let state else {
            throw ValidationError("there is no run to resume in '\(directory)' (no \(RunManifest.fileName)): "
                + "leave out --resume to start one")
        }
        try Self.checkSameRun(at: directory, paths: state.paths, inputs: state.inputs, resumingWith: paths)
    }

    /// A run at `location` (over `paths`, with `inputs` committed) can go on with `resumingWith`
    /// only if they are the same paths, not standard input, and its inputs did not change.
    static func checkSameRun(
        at location: String, paths recorded: [String], inputs: [String: RunManifest.Input], resumingWith paths: [String]
    ) throws {
        if paths.contains("-") {
            throw ValidationError("--resume cannot continue reading standard input ('-'): name files or folders")
        }
        if recorded != paths {
            throw ValidationError("the run in '\(location)' was over \(recorded.joined(separator: " ")), "
                + "not \(paths.joined(separator: " ")): resume it with the same paths, or pass --overwrite to start again")
        }
        for input in inputs.values.sorted(by: { $0.path < $1.path }) where input.size != nil {
            let now = RunManifest.Input.statting(input.path)
            if now.size != input.size || now.mtimeNanoseconds != input.mtimeNanoseconds {
                throw ValidationError("'\(input.path)' changed since the run in '\(location)' was interrupted "
                    + "(size or modification time), so what was committed from it may not match: pass --overwrite to start again")
            }
        }
    }

    private static func isNonEmptyFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && info.st_size > 0
    }
}
