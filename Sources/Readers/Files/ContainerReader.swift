import GlossCore

/// Splits one file into the documents it holds: a web archive, a feed, a gzip file, a
/// multi-record news archive.
///
/// `FileSource` asks its readers, in order, about every regular file it meets; the first reader
/// that claims a file yields that file's inputs, and a file no reader claims is one input. The
/// built-in readers live in this module too (`Readers.standard`); a third party's reader
/// conforms to this protocol and is passed to `FileSource` the same way.
///
/// Readers stream: the iterator reads the file as it is advanced, never whole. A broken part
/// (a truncated gzip member, a WARC record cut short, a record over the size limit) becomes one
/// `.unreadable` input naming the part and the problem, and the iterator goes on with the rest
/// when it can, so nothing is lost silently.
public protocol ContainerReader: Sendable {
    /// A short name for messages and help: `warc`, `gzip`, `rss`.
    var name: String { get }
    /// The lowercased extensions (without the dot) of files this reader may claim; a directory
    /// walk reads files with these extensions.
    var extensions: Set<String> { get }
    /// The inputs of the file at `path`, or nil if this reader does not take the file.
    ///
    /// - Parameters:
    ///   - path: the file's path.
    ///   - head: the file's first bytes (up to `ContainerLimits.headBytes`), for sniffing.
    ///   - limits: the largest record to hold in memory, and the like.
    func inputs(path: String, head: [UInt8], limits: ContainerLimits) -> AnyIterator<DocumentInput>?
}

/// The bounds a container reader keeps to.
public struct ContainerLimits: Sendable {
    /// How many bytes of a file's head readers see when they decide whether to take it.
    public static let headBytes = 4096
    /// A record larger than this becomes an error input instead of being held in memory.
    public var maxRecordBytes: Int
    /// Hears what a reader has to say about a file that is not a failure (a web archive with
    /// no article in it); nil where no one listens, and the reader then yields an error input.
    public var onNote: (@Sendable (String) -> Void)?

    public init(maxRecordBytes: Int = 64 << 20, onNote: (@Sendable (String) -> Void)? = nil) {
        self.maxRecordBytes = maxRecordBytes
        self.onNote = onNote
    }
}
