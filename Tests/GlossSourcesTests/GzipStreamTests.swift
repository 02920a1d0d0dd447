import Foundation
import GlossCore
@testable import GlossSources
import Testing

@Suite struct GzipStreamTests {
    /// Everything `stream` yields until the end or the first error.
    private func drain(_ stream: GzipStream) -> (bytes: [UInt8], error: GzipError?) {
        var bytes: [UInt8] = []
        do {
            while true {
                let chunk = try stream.next()
                if chunk.isEmpty { return (bytes, nil) }
                bytes.append(contentsOf: chunk)
            }
        } catch {
            return (bytes, error)
        }
    }

    @Test func decompressesOneMember() {
        let (bytes, error) = drain(GzipStream(bytes: GzipFixtures.gzip("hello, gzip")))
        #expect(error == nil)
        #expect(String(decoding: bytes, as: UTF8.self) == "hello, gzip")
    }

    @Test func readsEveryMemberAndTracksWhereEachStarts() throws {
        let first = GzipFixtures.gzip("first ")
        let data = first + GzipFixtures.gzip("second ") + GzipFixtures.gzip("third")
        let stream = GzipStream(bytes: data)
        #expect(String(decoding: try stream.next(), as: UTF8.self) == "first ")
        #expect(stream.memberStart == 0)
        #expect(String(decoding: try stream.next(), as: UTF8.self) == "second ")
        #expect(stream.memberStart == first.count)
        #expect(String(decoding: try stream.next(), as: UTF8.self) == "third")
        #expect(try stream.next().isEmpty)
        #expect(stream.memberCount == 3)
    }

    @Test func largeMembersComeInChunksOfAtMost64KiB() throws {
        let text = GzipFixtures.noise(200_000)
        let stream = GzipStream(bytes: GzipFixtures.members([text, text]))
        var total = 0
        while true {
            let chunk = try stream.next()
            if chunk.isEmpty { break }
            #expect(chunk.count <= GzipStream.chunkSize)
            total += chunk.count
        }
        #expect(total == 400_000)
    }

    @Test func ignoresZeroPaddingAfterTheLastMember() {
        let (bytes, error) = drain(GzipStream(bytes: GzipFixtures.gzip("padded") + [0, 0, 0, 0]))
        #expect(error == nil)
        #expect(String(decoding: bytes, as: UTF8.self) == "padded")
    }

    @Test func truncatedStreamThrowsWithTheOffsetAfterTheBytesBeforeIt() {
        let whole = GzipFixtures.gzip(GzipFixtures.noise(10_000))
        let cut = Array(whole.prefix(whole.count / 2))
        let (bytes, error) = drain(GzipStream(bytes: cut))
        #expect(error?.kind == .truncated)
        #expect(error?.offset == cut.count)
        #expect(error?.description.contains("truncated gzip stream at byte \(cut.count)") == true)
        #expect(!bytes.isEmpty && bytes.count < 10_000)
    }

    @Test func corruptMemberIsReportedAndResyncFindsTheNextOne() throws {
        let first = GzipFixtures.gzip(GzipFixtures.noise(5_000))
        var broken = GzipFixtures.gzip(GzipFixtures.noise(5_000, seed: 2))
        for index in 20..<60 { broken[index] ^= 0x5a }
        let data = first + broken + GzipFixtures.gzip("after the damage")
        let stream = GzipStream(bytes: data)
        #expect(try stream.next().count == 5_000)
        var error: GzipError?
        do {
            while try !stream.next().isEmpty {}
        } catch let caught {
            error = caught
        }
        #expect(error?.kind == .corrupt)
        #expect(error?.memberStart == first.count)
        #expect(error?.description.contains("corrupt gzip data at byte") == true)
        #expect(stream.resync())
        #expect(stream.memberStart == first.count + broken.count)
        #expect(String(decoding: try stream.next(), as: UTF8.self) == "after the damage")
        #expect(try stream.next().isEmpty)
    }

    @Test func resyncAtTheEndReportsNoFurtherMember() {
        let whole = GzipFixtures.gzip("short")
        let stream = GzipStream(bytes: Array(whole.dropLast(4)))
        _ = drain(stream)
        #expect(!stream.resync())
    }

    @Test func readsAFileAndNamesAMissingOne() throws {
        let fixtures = XMLFixtures()
        let path = fixtures.write("a.txt.gz", bytes: GzipFixtures.members(["one ", "two"]))
        #expect(String(decoding: try GzipStream(path: path).readAll(maxBytes: 100), as: UTF8.self) == "one two")
        let missing = drain(GzipStream(path: fixtures.directory + "/missing.gz")).error
        #expect(missing?.kind == .unreadable)
        #expect(missing?.description.contains("no such file") == true)
    }

    @Test func readAllStopsPastTheLimit() {
        #expect(throws: GzipError.self) { try GzipStream(bytes: GzipFixtures.gzip(GzipFixtures.noise(1_000))).readAll(maxBytes: 100) }
    }

    @Test func decompressedPrefixSniffsAHead() {
        let data = GzipFixtures.gzip("WARC/1.0\r\n" + GzipFixtures.noise(100_000))
        #expect(GzipStream.decompressedPrefix(of: Array(data.prefix(4096))).starts(with: Array("WARC/1.0".utf8)))
        #expect(GzipStream.decompressedPrefix(of: Array("WARC/1.0".utf8)).isEmpty)
    }
}
