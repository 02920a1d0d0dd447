import Foundation
@testable import GlossCore
@testable import GlossSources
import GlossTestSupport
import Synchronization
import Testing

@Suite struct WalkRulesTests {
    @Test func includeAndExcludeGlobsMatchThePathOrTheName() {
        let rules = WalkRules(include: ["*.txt", "news/*"], exclude: ["*draft*"])
        #expect(rules.admits("a/b/story.txt"))
        #expect(rules.admits("news/page.html"))
        #expect(!rules.admits("a/page.html"))
        #expect(!rules.admits("a/draft-story.txt"))
        #expect(WalkRules().admits("anything.bin"))
    }

    @Test func linksInWalksAreLeftOutUnlessFollowedAndEachRealFileIsReadOnce() throws {
        let directory = TemporaryDirectory()
        _ = directory.write("a.txt", "A.")
        try FileManager.default.createDirectory(atPath: directory.path + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/sub/loop", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/sub/same.txt", withDestinationPath: "../a.txt")
        let skipped = Mutex<[String]>([])
        let plain = FileSource(paths: [directory.path], onSkip: { path in skipped.withLock { $0.append(path) } })
        #expect(Array(plain).map(\.id) == [directory.path + "/a.txt"])
        #expect(skipped.withLock { $0.count } == 2)
        var following = FileSource(paths: [directory.path])
        following.walk = WalkRules(followSymlinks: true)
        #expect(Array(following).map(\.id) == [directory.path + "/a.txt"], "the loop ends and a.txt is read once")
    }

    @Test func aNamedLinkIsAlwaysFollowed() throws {
        let directory = TemporaryDirectory()
        let target = directory.write("a.txt", "A.")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/named.txt", withDestinationPath: target)
        #expect(Array(FileSource(paths: [directory.path + "/named.txt"])).count == 1)
    }
}
