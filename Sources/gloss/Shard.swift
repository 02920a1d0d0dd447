import ArgumentParser
import Foundation
import GlossCore
import GlossSources

/// `--shard K/N`: one of N disjoint parts of a run's inputs, so that N processes (on one
/// machine or on a cluster) started with `1/N` … `N/N` together write every record exactly once.
///
/// What is split depends on the paths:
/// - one path that is not a directory (an archive, a feed, a JSON Lines file, `-`): its
///   records, by record id (`crawl.warc.gz#17`, `docs.jsonl:3`);
/// - several paths, or a directory: whole files, by path as the walk meets it
///   (`corpus/a.warc.gz`), so each file is opened by one shard only.
///
/// A key belongs to shard `K` when `fnv1a64(key) % N == K - 1`: a stable hash of the key's
/// UTF-8 bytes, the same on every machine and in every run. Shards are balanced in count of
/// keys, not in bytes.
///
/// Cost: a hash per file or per record. In record mode every shard still reads the whole file
/// to find its records (a gzipped WARC is inflated N times), but analyses only its own.
struct Shard: Equatable, Sendable, CustomStringConvertible {
    /// 1-based: 1 ... count.
    let index: Int
    let count: Int

    /// What a shard is chosen by.
    enum Mode: Equatable {
        /// The records of one file, by record id.
        case records
        /// Files, by path.
        case files
    }

    init(index: Int, count: Int) {
        precondition(count >= 1 && (1...count).contains(index), "a shard is K/N with 1 <= K <= N")
        self.index = index
        self.count = count
    }

    var description: String { "\(index)/\(count)" }

    /// Whether `key` (a record id or a path) falls in this shard.
    func contains(_ key: String) -> Bool {
        Int(Self.fnv1a64(key) % UInt64(count)) == index - 1
    }

    /// The mode for a run over `paths`: records when there is one path and it is not a directory.
    static func mode(paths: [String]) -> Mode {
        guard paths.count == 1 else { return .files }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory)
        return exists && isDirectory.boolValue ? .files : .records
    }

    /// FNV-1a, 64 bits, of the UTF-8 bytes of `key`.
    static func fnv1a64(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}

extension Shard: ExpressibleByArgument {
    /// Parses `K/N`, e.g. `3/8`.
    init?(argument: String) {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]),
            count >= 1, (1...count).contains(index)
        else { return nil }
        self.init(index: index, count: count)
    }
}

/// The inputs of a run, keeping in record mode only the records whose id falls in the shard
/// (in file mode the `FileSource` itself passes over other shards' files).
struct ShardedInputs: Sequence, Sendable {
    let source: FileSource
    /// The shard records are kept for; nil keeps every input.
    let recordShard: Shard?

    func makeIterator() -> AnyIterator<DocumentInput> {
        var inputs = source.makeIterator()
        guard let shard = recordShard else { return AnyIterator(inputs) }
        return AnyIterator {
            while let input = inputs.next() {
                if shard.contains(input.id) { return input }
            }
            return nil
        }
    }
}
