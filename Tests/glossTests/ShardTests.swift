import ArgumentParser
import Foundation
import GlossCore
import Testing

@testable import gloss

@Suite struct ShardTests {
    @Test func parsesKOfNAndRejectsTheRest() {
        #expect(Shard(argument: "3/8") == Shard(index: 3, count: 8))
        #expect(Shard(argument: "1/1") == Shard(index: 1, count: 1))
        for bad in ["0/3", "4/3", "3", "a/b", "1/0", "/2", "1/2/3", "-1/2"] {
            #expect(Shard(argument: bad) == nil, "\(bad) should be rejected")
        }
    }

    @Test func theHashIsFNV1a64() {
        // Reference values of the 64-bit FNV-1a hash.
        #expect(Shard.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(Shard.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(Shard.fnv1a64("foobar") == 0x8594_4171_f739_67e8)
    }

    @Test func everyKeyFallsInExactlyOneShard() {
        let keys = (0..<500).map { "crawl.warc.gz#\($0)" }
        for count in [1, 2, 3, 7] {
            let shards = (1...count).map { Shard(index: $0, count: count) }
            for key in keys {
                #expect(shards.filter { $0.contains(key) }.count == 1)
            }
        }
        // Balanced in count of keys: each of 4 shards holds about a quarter of 500.
        for index in 1...4 {
            let share = keys.filter { Shard(index: index, count: 4).contains($0) }.count
            #expect((90...160).contains(share), "shard \(index)/4 holds \(share) of 500 keys")
        }
    }

    @Test func oneFileIsSplitByRecordAndADirectoryOrSeveralPathsByFile() {
        let directory = NSTemporaryDirectory() + "gloss-shard-mode-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/a.txt"
        _ = FileManager.default.createFile(atPath: file, contents: Data("a".utf8))
        #expect(Shard.mode(paths: [file]) == .records)
        #expect(Shard.mode(paths: ["-"]) == .records)
        #expect(Shard.mode(paths: [directory]) == .files)
        #expect(Shard.mode(paths: [file, file]) == .files)
    }

    @Test func shardsOfADirectoryAndOfOneFileAreDisjointAndComplete() throws {
        let directory = NSTemporaryDirectory() + "gloss-shard-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory + "/sub", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for name in ["a.txt", "b.html", "sub/c.txt", "sub/d.txt", "e.txt", "f.txt", "skip.pdf"] {
            _ = FileManager.default.createFile(atPath: directory + "/" + name, contents: Data("<p>\(name)</p>".utf8))
        }
        let lines = (1...40).map { "{\"text\": \"line \($0)\"}" }.joined(separator: "\n")
        _ = FileManager.default.createFile(atPath: directory + "/g.jsonl", contents: Data(lines.utf8))

        for paths in [[directory], [directory + "/g.jsonl"], [directory + "/a.txt", directory + "/g.jsonl", directory + "/nope"]] {
            let all = try ids(paths: paths, shard: nil)
            var union: [String] = []
            for index in 1...3 {
                union += try ids(paths: paths, shard: "\(index)/3")
            }
            #expect(union.sorted() == all.sorted(), "shards of \(paths) should hold every input once")
        }
        // A directory is split by file: a JSON Lines file's records stay together.
        let perShard = try (1...3).map { try ids(paths: [directory], shard: "\($0)/3") }
        #expect(perShard.filter { $0.contains { $0.hasSuffix("g.jsonl:1") } }.first?.filter { $0.contains("g.jsonl:") }.count == 40)
    }

    private func ids(paths: [String], shard: String?) throws -> [String] {
        let options = try SourceOptions.parse(shard.map { ["--shard", $0] } ?? [])
        return options.inputs(paths: paths, maxDocumentBytes: 1 << 20, onSkip: { _ in }).map(\.id)
    }
}
