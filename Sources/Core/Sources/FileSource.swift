import Foundation

/// The inputs named by paths: files, directories (walked lazily, in sorted order), `-` for
/// standard input, and JSON Lines files (`.jsonl`, one input per line, read in a stream).
///
/// A path that cannot be opened still yields one input, which fails with the reason, so that
/// every path given yields a record. Inside directories, hidden files and folders (names
/// starting with `.`) are skipped, and so are files whose extension is not in `extensions`
/// (when it is set): `onSkip` hears of each, so a caller can say what it left out. Paths named
/// explicitly are never skipped.
///
/// Files that a `ContainerReader` claims (web archives, feeds, gzip files, news archives) yield
/// the inputs the reader finds in them instead of one input each; directory walks also read
/// files with the readers' extensions.
///
/// Cost: the walk holds one directory listing per level; a JSON Lines file is read in 64 KiB
/// chunks, never whole.
public struct FileSource: Sequence, Sendable {
    public let paths: [String]
    /// Whether `-` means standard input as JSON Lines rather than one document.
    public let standardInputIsJSONLines: Bool
    /// The lowercased extensions (without the dot; `""` for none) of files to read inside
    /// directories; nil reads every file.
    public let extensions: Set<String>?
    /// Called with the path of each file a directory walk skips for its extension.
    public let onSkip: (@Sendable (String) -> Void)?
    /// The readers asked, in order, about every file: the first to claim a file splits it.
    public let readers: [any ContainerReader]
    /// The bounds readers keep to.
    public let limits: ContainerLimits
    /// Asked about every path that is not a directory (named, met in a walk, or `-`) before it
    /// is opened: a path for which it returns false yields nothing, not even an error input.
    /// `gloss analyze --shard` reads its share of the files this way; nil selects every path.
    public let select: (@Sendable (String) -> Bool)?

    public init(
        paths: [String], standardInputIsJSONLines: Bool = false, extensions: Set<String>? = nil,
        readers: [any ContainerReader] = [], limits: ContainerLimits = ContainerLimits(),
        onSkip: (@Sendable (String) -> Void)? = nil, select: (@Sendable (String) -> Bool)? = nil
    ) {
        self.paths = paths
        self.select = select
        self.standardInputIsJSONLines = standardInputIsJSONLines
        self.extensions = extensions.map { readers.reduce($0) { $0.union($1.extensions) } }
        self.readers = readers
        self.limits = limits
        self.onSkip = onSkip
    }

    /// The extensions of plain-text files: what `ingest.text` reads.
    public static let textExtensions: Set<String> = ["txt", "text", "jsonl", "ndjson", ""]

    public func makeIterator() -> Iterator { Iterator(source: self) }

    public struct Iterator: IteratorProtocol {
        private var pending: [String]
        /// Directory walks in progress: each level's remaining entries.
        private var stack: [(directory: String, entries: [String], next: Int)] = []
        private var lines: LineReader?
        private var linesPath = ""
        private var lineNumber = 0
        private let standardInputIsJSONLines: Bool
        private let extensions: Set<String>?
        private let onSkip: (@Sendable (String) -> Void)?
        private let readers: [any ContainerReader]
        private let limits: ContainerLimits
        private let select: (@Sendable (String) -> Bool)?
        /// The inputs of the container file being read, if any.
        private var container: AnyIterator<DocumentInput>?

        init(source: FileSource) {
            readers = source.readers
            limits = source.limits
            select = source.select
            pending = source.paths.reversed()
            standardInputIsJSONLines = source.standardInputIsJSONLines
            extensions = source.extensions
            onSkip = source.onSkip
        }

        public mutating func next() -> DocumentInput? {
            while true {
                if let input = nextLine() { return input }
                if let input = container?.next() { return input }
                container = nil
                if let path = nextFromWalk() {
                    if let input = open(path, insideWalk: true) { return input }
                    continue
                }
                guard let path = pending.popLast() else { return nil }
                if let input = open(path, insideWalk: false) { return input }
            }
        }

        private mutating func nextLine() -> DocumentInput? {
            guard var reader = lines else { return nil }
            defer { lines = reader.isFinished ? nil : reader }
            while true {
                do {
                    guard let line = try reader.nextLine() else {
                        reader.isFinished = true
                        return nil
                    }
                    lineNumber += 1
                    if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                    let id = "\(linesPath):\(lineNumber)"
                    return DocumentInput(id: id, source: linesPath, payload: .jsonRecord(line))
                } catch {
                    reader.isFinished = true
                    let id = "\(linesPath):\(lineNumber + 1)"
                    return DocumentInput(id: id, source: linesPath, payload: .unreadable(error.description))
                }
            }
        }

        private mutating func nextFromWalk() -> String? {
            while var top = stack.popLast() {
                if top.next < top.entries.count {
                    let name = top.entries[top.next]
                    top.next += 1
                    stack.append(top)
                    return (top.directory as NSString).appendingPathComponent(name)
                }
            }
            return nil
        }

        /// Opens one path: pushes a directory onto the walk, starts a JSON Lines file, or
        /// returns the input for a file (or for a path that cannot be opened).
        private mutating func open(_ path: String, insideWalk: Bool) -> DocumentInput? {
            var info = stat()
            let found = path != "-" && stat(path, &info) == 0
            let statError = errno
            if !(found && info.st_mode & S_IFMT == S_IFDIR), let select, !select(path) { return nil }
            if path == "-" {
                if standardInputIsJSONLines {
                    startLines(LineReader(descriptor: STDIN_FILENO), path: "-")
                    return nil
                }
                return DocumentInput(id: "-", source: "-", payload: .file(path: "-"))
            }
            guard found else {
                return DocumentInput(id: path, source: path, payload: .unreadable(FileReader.systemMessage(statError)))
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                do {
                    let entries = try FileManager.default.contentsOfDirectory(atPath: path)
                        .filter { !$0.hasPrefix(".") }.sorted()
                    stack.append((path, entries, 0))
                    return nil
                } catch {
                    if let select, !select(path) { return nil }  // the error record belongs to one shard
                    return DocumentInput(id: path, source: path, payload: .unreadable(
                        "cannot list directory: \(error.localizedDescription)"))
                }
            case S_IFREG:
                if insideWalk, let extensions,
                    !extensions.contains((path as NSString).pathExtension.lowercased())
                {
                    onSkip?(path)
                    return nil
                }
                if path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") {
                    let descriptor = FileReader.openReadOnly(path)
                    guard descriptor >= 0 else {
                        return DocumentInput(id: path, source: path, payload: .unreadable(FileReader.systemMessage(errno)))
                    }
                    startLines(LineReader(descriptor: descriptor, closeWhenDone: true), path: path)
                    return nil
                }
                if !readers.isEmpty {
                    let head = FileReader.head(path: path, count: ContainerLimits.headBytes)
                    for reader in readers {
                        if let inputs = reader.inputs(path: path, head: head, limits: limits) {
                            container = inputs
                            return nil
                        }
                    }
                }
                return DocumentInput(id: path, source: path, payload: .file(path: path))
            default:
                if insideWalk { return nil }  // sockets, FIFOs and devices met in a walk are skipped
                return DocumentInput(id: path, source: path, payload: .file(path: path))
            }
        }

        private mutating func startLines(_ reader: LineReader, path: String) {
            lines = reader
            linesPath = path
            lineNumber = 0
        }
    }
}
