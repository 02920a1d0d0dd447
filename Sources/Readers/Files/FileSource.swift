import Foundation
import GlossCore

/// The inputs named by paths: files, directories (walked lazily, in sorted order), and `-` for
/// standard input (one document, or JSON Lines with `standardInputIsJSONLines`).
///
/// A path that cannot be opened still yields one input, which fails with the reason, so that
/// every path given yields a record. Inside directories, hidden files and folders (names
/// starting with `.`) are skipped, and so are files whose extension is not in `extensions`
/// (when it is set): `onSkip` hears of each, so a caller can say what it left out. Paths named
/// explicitly are never skipped.
///
/// Files that a `ContainerReader` claims (JSON Lines, web archives, feeds, gzip files, news
/// archives) yield the inputs the reader finds in them instead of one input each; directory
/// walks also read files with the readers' extensions. Without `readers`, JSON Lines files
/// alone are split (`JSONLinesReader`).
///
/// File names in directories are read as bytes: a name that is not valid UTF-8 is still read,
/// as a plain document or, when a `JSONLinesReader` is among the readers, as a JSON Lines file,
/// under an id that escapes its invalid bytes (`caf\xE9.txt`; see `RawPath.display`). The
/// other container readers are not asked about such files. Files and folders listed in
/// `excluding` (the run's own output) are never
/// read by directory walks. Each input's `origin` names the top-level file it came from.
///
/// Cost: the walk holds one directory listing per level; readers stream their files.
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
    /// Files that directory walks leave out, such as the file the run writes its records to;
    /// compared by device and inode when the walk starts.
    public let excluding: [String]
    /// `paths` byte for byte as the command line gave them, where they are not valid UTF-8.
    let rawPaths: [RawPath]
    /// Which files directory walks read, and whether they follow symbolic links.
    public var walk = WalkRules()
    /// Called with the path and size of each regular file as it is opened, for progress.
    public var onOpen: (@Sendable (String, Int) -> Void)?
    /// Asked about every path that is not a directory (named, met in a walk, or `-`) before it
    /// is opened: a path for which it returns false yields nothing, not even an error input.
    /// `gloss analyze --shard` reads its share of the files this way; nil selects every path.
    public var select: (@Sendable (String) -> Bool)?

    public init(
        paths: [String], standardInputIsJSONLines: Bool = false, extensions: Set<String>? = nil,
        readers: [any ContainerReader] = [JSONLinesReader()], limits: ContainerLimits = ContainerLimits(),
        excluding: [String] = [], rawPaths: [[UInt8]]? = nil, onSkip: (@Sendable (String) -> Void)? = nil,
        select: (@Sendable (String) -> Bool)? = nil
    ) {
        self.select = select
        self.excluding = excluding
        // `rawPaths`: the same paths as bytes (a command line's arguments need not be UTF-8).
        self.rawPaths = rawPaths.map { $0.map(RawPath.init) } ?? paths.map(RawPath.init)
        precondition(self.rawPaths.count == paths.count, "rawPaths must match paths one for one")
        self.paths = paths
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
        private var pending: [RawPath]
        /// Directory walks in progress: each level's remaining entries, as bytes.
        private var stack: [(directory: RawPath, entries: [[UInt8]], next: Int)] = []
        /// The device and inode of each existing file in `excluding`.
        private let excluded: Set<WalkRules.FileID>
        private let standardInputIsJSONLines: Bool
        private let extensions: Set<String>?
        private let onSkip: (@Sendable (String) -> Void)?
        private let readers: [any ContainerReader]
        private let limits: ContainerLimits
        /// The inputs of the container file being read, if any.
        private var container: AnyIterator<DocumentInput>?
        private let walk: WalkRules
        private let onOpen: (@Sendable (String, Int) -> Void)?
        private let select: (@Sendable (String) -> Bool)?
        /// Directories entered, and with `followSymlinks` files read, by device and inode: a
        /// link cycle or a second way to the same file is not followed again.
        private var seen: Set<WalkRules.FileID> = []
        /// The path of the container file being read.
        private var containerPath = ""

        init(source: FileSource) {
            walk = source.walk
            onOpen = source.onOpen
            select = source.select
            readers = source.readers
            limits = source.limits
            pending = source.rawPaths.reversed()
            standardInputIsJSONLines = source.standardInputIsJSONLines
            extensions = source.extensions
            onSkip = source.onSkip
            excluded = Set(source.excluding.compactMap { path in
                var info = stat()
                return stat(path, &info) == 0 ? WalkRules.FileID(info) : nil
            })
        }

        /// Yields the next input, with `origin` set to the top-level file it came from.
        public mutating func next() -> DocumentInput? {
            guard var input = nextInput() else { return nil }
            if input.origin == nil { input.origin = container != nil ? containerPath : input.source }
            return input
        }

        private mutating func nextInput() -> DocumentInput? {
            while true {
                if let input = nextSelected() { return input }
                if container == nil, stack.isEmpty, pending.isEmpty { return nil }
            }
        }

        /// The next input, or nil when the path it reached was not selected (see `select`).
        private mutating func nextSelected() -> DocumentInput? {
            while true {
                if let input = container?.next() { return input }
                container = nil
                if let path = nextFromWalk() {
                    if !isSelected(path) { return nil }
                    if let input = open(path, insideWalk: true) { return input }
                    continue
                }
                guard let raw = pending.popLast() else { return nil }
                if !isSelected(raw) { return nil }
                if let input = open(raw, insideWalk: false) { return input }
            }
        }

        private mutating func nextFromWalk() -> RawPath? {
            while var top = stack.popLast() {
                if top.next < top.entries.count {
                    let name = top.entries[top.next]
                    top.next += 1
                    stack.append(top)
                    return top.directory.appending(name)
                }
            }
            return nil
        }

        /// Lists the directory at `path` onto the walk: entries not hidden, in sorted order of
        /// their display names; nil when it cannot be listed.
        private mutating func pushDirectory(_ path: RawPath) -> Bool {
            guard let names = path.directoryEntries() else { return false }
            let entries = names.filter { $0.first != 0x2E }
                .map { (name: $0, key: RawPath($0).display) }
                .sorted { $0.key < $1.key }
                .map(\.name)
            stack.append((path, entries, 0))
            return true
        }

        private enum Status {
            case found(stat)
            /// Left out without a record: a link a walk does not follow, or a place already seen.
            case leftOut
            case failed(FileReader.Error)
        }

        /// The status of `path`: a named path's link is followed; inside a walk a link is
        /// followed only with `followSymlinks`; a directory (or, when following, a file) seen
        /// before is left out.
        private mutating func status(_ path: RawPath, display: String, insideWalk: Bool) -> Status {
            var info = stat()
            if insideWalk {
                guard path.withCString({ lstat($0, &info) }) == 0 else { return .failed(.system(errno)) }
                if info.st_mode & S_IFMT == S_IFLNK {
                    guard walk.followSymlinks else {
                        onSkip?(display + WalkRules.symlinkSuffix)
                        return .leftOut
                    }
                    guard path.withCString({ stat($0, &info) }) == 0 else { return .failed(.system(errno)) }
                }
            } else if path.withCString({ stat($0, &info) }) != 0 {
                return .failed(.system(errno))
            }
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR || (walk.followSymlinks && kind == S_IFREG) {
                guard seen.insert(WalkRules.FileID(info)).inserted else { return .leftOut }
            }
            return .found(info)
        }

        /// Whether `select` takes the path; directories are always taken (their files are asked).
        private func isSelected(_ path: RawPath) -> Bool {
            guard let select else { return true }
            var info = stat()
            if path.withCString({ stat($0, &info) }) == 0, info.st_mode & S_IFMT == S_IFDIR { return true }
            return select(path.display)
        }

        private func isExcluded(_ info: stat) -> Bool {
            excluded.contains(WalkRules.FileID(info))
        }

        /// Opens one path: pushes a directory onto the walk, hands a file to the container reader
        /// that claims it, or returns the input for a file (or for a path that cannot be
        /// opened). A path that is not UTF-8 is read by its bytes as one document or as JSON
        /// Lines; the other container readers are not asked about it.
        private mutating func open(_ path: RawPath, insideWalk: Bool) -> DocumentInput? {
            let display = path.display
            if path.string == "-" {
                if standardInputIsJSONLines {
                    container = JSONLinesReader().inputs(descriptor: STDIN_FILENO, path: "-")
                    containerPath = "-"
                    return nil
                }
                return DocumentInput(id: "-", source: "-", payload: .file(path: "-"))
            }
            let info: stat
            switch status(path, display: display, insideWalk: insideWalk) {
            case .found(let found): info = found
            case .leftOut: return nil
            case .failed(let error): return Self.failed(display, error.description, error.code)
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if insideWalk && isExcluded(info) { return nil }
                if pushDirectory(path) { return nil }
                return Self.failed(display, "cannot list directory: \(FileReader.systemMessage(errno))", .readDirectory)
            case S_IFREG:
                let pathExtension = (display as NSString).pathExtension.lowercased()
                if insideWalk, let extensions, !extensions.contains(pathExtension) {
                    onSkip?(display)
                    return nil
                }
                if insideWalk && (isExcluded(info) || !walk.admits(display)) { return nil }
                onOpen?(display, Int(info.st_size))
                let inputs = if let string = path.string { containerInputs(string) } else { jsonLines(path, display, pathExtension) }
                if let inputs {
                    container = inputs
                    containerPath = path.string ?? display
                    return nil
                }
                return Self.fileInput(path, size: Int(info.st_size))
            default:
                if insideWalk { return nil }  // sockets, FIFOs and devices met in a walk are skipped
                return Self.fileInput(path)
            }
        }

        /// The inputs of the first reader that claims the file, if one does.
        private func containerInputs(_ path: String) -> AnyIterator<DocumentInput>? {
            guard !readers.isEmpty else { return nil }
            let head = FileReader.head(path: path, count: ContainerLimits.headBytes)
            for reader in readers {
                if let inputs = reader.inputs(path: path, head: head, limits: limits) { return inputs }
            }
            return nil
        }

        /// The lines of a JSON Lines file whose path is not UTF-8, when a `JSONLinesReader` is
        /// among the readers (the others are not asked about such files).
        private func jsonLines(_ path: RawPath, _ display: String, _ pathExtension: String) -> AnyIterator<DocumentInput>? {
            guard let reader = readers.lazy.compactMap({ $0 as? JSONLinesReader }).first,
                reader.extensions.contains(pathExtension)
            else { return nil }
            return reader.inputs(opening: path, display: display)
        }

        /// One document read when it is processed: by its path, or by its bytes when it is not
        /// UTF-8. `size`, the file's size when it was listed, lets the runner batch by bytes.
        private static func fileInput(_ path: RawPath, size: Int? = nil) -> DocumentInput {
            guard let string = path.string else {
                return DocumentInput(id: path.display, source: path.display, payload: .deferred { maxBytes in
                    try FileReader.read(path: path, maxBytes: maxBytes)
                })
            }
            return DocumentInput(id: string, source: string, payload: .file(path: string), fileSize: size)
        }

        /// The input of a path that cannot be opened: its record says why.
        private static func failed(_ display: String, _ message: String, _ code: ErrorCode) -> DocumentInput {
            DocumentInput(id: display, source: display, payload: .unreadable(message, code: code))
        }
    }
}
