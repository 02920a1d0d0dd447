import Foundation
import Testing

@testable import gloss

@Suite struct ProgressReporterTests {
    @Test func theSizerCountsOnlyWhatAWalkReads() throws {
        let directory = NSTemporaryDirectory() + "gloss-sizer-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory + "/sub", withIntermediateDirectories: true)
        for (name, text) in [("a.txt", "12345"), ("sub/b.txt", "123"), ("c.pdf", "1234567"), (".hidden.txt", "1")] {
            _ = FileManager.default.createFile(atPath: directory + "/" + name, contents: Data(text.utf8))
        }
        let all = InputSizer.size([directory])
        #expect(all.files == 3 && all.bytes == 15)
        let text = InputSizer.size([directory], walkReads: { $0.hasSuffix(".txt") })
        #expect(text.files == 2 && text.bytes == 8)
        #expect(InputSizer.size(["-", directory + "/c.pdf"]) == (2, 7))
    }

    @Test func timeLeftReadsAsAClock() {
        #expect(ProgressReporter.clock(0) == "0:00")
        #expect(ProgressReporter.clock(75) == "1:15")
        #expect(ProgressReporter.clock(3_725) == "1:02:05")
    }
}
