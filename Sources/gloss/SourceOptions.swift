import ArgumentParser
import Foundation
import GlossCore
import GlossSources

/// The options that say what the inputs are: which files a directory walk reads, how standard
/// input is read, and how a generic XML archive splits into documents.
struct SourceOptions: ParsableArguments {
    @Flag(name: .long, help: "In directories, read every file, not only the kinds Gloss reads (see the discussion).")
    var allFiles = false

    @Flag(name: .long, help: "Read standard input ('-') as JSON Lines, one document per line.")
    var jsonl = false

    @Option(name: .long, help: ArgumentHelp("Read input paths from this file, one per line ('-' for standard input), besides those given.", valueName: "file"))
    var filesFrom: String?

    @Option(name: .long, help: ArgumentHelp("In directories, read only files whose path or name matches this glob (repeatable).", valueName: "glob"))
    var include: [String] = []

    @Option(name: .long, help: ArgumentHelp("In directories, leave out files whose path or name matches this glob (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Flag(name: .long, help: "In directories, follow symbolic links (each real file is read once; link cycles end). By default links met in a walk are skipped.")
    var followSymlinks = false

    @Option(
        name: .long,
        help: ArgumentHelp("Split XML files into one document per element of this name (a generic XML archive).", valueName: "element"))
    var xmlRecord: String?

    @Option(
        name: .long,
        help: ArgumentHelp("With --xml-record: comma-separated elements whose text makes the document.", valueName: "elements"))
    var xmlText: String?

    @Option(name: .long, help: ArgumentHelp("With --xml-record: the element that holds the title.", valueName: "element"))
    var xmlTitle: String?

    @Option(name: .long, help: ArgumentHelp("With --xml-record: the element that holds the date.", valueName: "element"))
    var xmlDate: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Read only part K of N (1 <= K <= N): runs 1/N ... N/N together write every record once. "
                + "One file is split by record id; several paths or a directory, by file path (FNV-1a hash).",
            valueName: "K/N"))
    var shard: Shard?

    /// The extensions a directory walk reads besides the readers' own: text and HTML.
    static let documentExtensions: Set<String> = FileSource.textExtensions.union(["html", "htm", "xhtml", "shtml"])

    func validate() throws {
        if xmlRecord == nil && (xmlText != nil || xmlTitle != nil || xmlDate != nil) {
            throw ValidationError("--xml-text, --xml-title and --xml-date need --xml-record")
        }
        if xmlRecord != nil && xmlText == nil {
            throw ValidationError("--xml-record needs --xml-text: name the elements whose text makes each document")
        }
    }

    /// The container readers, in the order they are asked: a generic XML reader first when
    /// asked for, then the built-ins.
    var readers: [any ContainerReader] {
        var result: [any ContainerReader] = []
        if let xmlRecord, let xmlText {
            let elements = xmlText.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let records = XMLRecordReader(
                recordElement: xmlRecord, textElements: elements, titleElement: xmlTitle, dateElement: xmlDate)
            result += [records, GzipContainerReader(inner: [records])]
        }
        return result + Readers.standard
    }

    /// The source for `paths`; directory walks never read the files in `excluding` (the run's
    /// output), keep to `--include`, `--exclude` and `--follow-symlinks`, and tell `onOpen` of
    /// each file they open; with `--shard` over several paths or a directory, it opens only the
    /// shard's files.
    func source(
        paths: [String], maxDocumentBytes: Int, excluding: [String] = [], onSkip: @escaping @Sendable (String) -> Void,
        onOpen: (@Sendable (String, Int) -> Void)? = nil, onNote: (@Sendable (String) -> Void)? = nil
    ) -> FileSource {
        var source = FileSource(
            paths: paths, standardInputIsJSONLines: jsonl, extensions: allFiles ? nil : Self.documentExtensions,
            readers: readers, limits: ContainerLimits(maxRecordBytes: maxDocumentBytes, onNote: onNote), excluding: excluding,
            rawPaths: ArgumentBytes.raw(paths), onSkip: onSkip)
        source.walk = WalkRules(include: include, exclude: exclude, followSymlinks: followSymlinks)
        source.onOpen = onOpen
        if let shard, Shard.mode(paths: paths) == .files {
            source.select = { path in shard.contains(path) }
        }
        return source
    }

    /// The inputs of a run over `paths`: the source's, and with `--shard` over one file, only
    /// the shard's records.
    func inputs(
        paths: [String], maxDocumentBytes: Int, excluding: [String] = [], onSkip: @escaping @Sendable (String) -> Void,
        onOpen: (@Sendable (String, Int) -> Void)? = nil, onNote: (@Sendable (String) -> Void)? = nil
    ) -> ShardedInputs {
        ShardedInputs(
            source: source(
                paths: paths, maxDocumentBytes: maxDocumentBytes, excluding: excluding, onSkip: onSkip, onOpen: onOpen,
                onNote: onNote),
            recordShard: Shard.mode(paths: paths) == .records ? shard : nil)
    }

    /// Whether a directory walk reads the file at `path`: its extension is one Gloss reads (or
    /// `--all-files`), and `--include`/`--exclude` take it.
    var walkReads: @Sendable (String) -> Bool {
        let extensions = FileSource(paths: [], extensions: allFiles ? nil : Self.documentExtensions, readers: readers).extensions
        let rules = WalkRules(include: include, exclude: exclude, followSymlinks: followSymlinks)
        return { path in
            (extensions?.contains((path as NSString).pathExtension.lowercased()) ?? true) && rules.admits(path)
        }
    }

    /// `paths`, then the paths listed in `--files-from` (blank lines skipped).
    func allPaths(_ paths: [String]) throws -> [String] {
        guard let filesFrom else { return paths }
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path: filesFrom, maxBytes: 1 << 30)
        } catch {
            throw GlossExit.usage("cannot read the list of inputs '\(filesFrom)': \(error)")
        }
        let listed = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return paths + listed
    }
}
