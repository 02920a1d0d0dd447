import Foundation
import GlossCore
import Testing

/// A writer with a spill hands its bytes out in slices near the threshold, and the slices put
/// together are exactly what a writer without one builds.
@Suite struct JSONSpillTests {
    /// A sentence list of `count` entries, written to `writer`.
    static func writeSentences(_ count: Int, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("sentences")
        writer.beginArray()
        for index in 0..<count {
            writer.beginObject()
            writer.key("span"); writer.pair(index * 4, index * 4 + 3)
            writer.key("tokens"); writer.pair(index * 2, index * 2 + 2)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.newline()
    }

    @Test func theSlicesPutTogetherAreTheWholeRecord() throws {
        var whole = JSONWriter()
        Self.writeSentences(20_000, to: &whole)
        var slices: [[UInt8]] = []
        let spill = JSONSpill(threshold: 4_096) { slices.append($0) }
        var writer = JSONWriter(spill: spill)
        Self.writeSentences(20_000, to: &writer)
        try spill.rethrow()
        #expect(slices.count > 50, "a record of \(whole.bytes.count) bytes is spilled, not held")
        #expect(slices.allSatisfy { $0.count < 4_096 + 64 }, "no slice is much over the threshold")
        #expect(slices.joined() + writer.bytes == whole.bytes)
    }

    @Test func aFailedSpillIsRethrownOnceAndLaterSlicesAreDropped() {
        struct Full: Error {}
        var calls = 0
        let spill = JSONSpill(threshold: 16) { _ in
            calls += 1
            throw Full()
        }
        var writer = JSONWriter(spill: spill)
        Self.writeSentences(100, to: &writer)
        #expect(calls == 1)
        #expect(throws: Full.self) { try spill.rethrow() }
        #expect(throws: Never.self) { try spill.rethrow() }
    }

    @Test func trimmingFreesWhatAGiantValueGrew() {
        var writer = JSONWriter(reservingCapacity: 1_024)
        writer.string(String(repeating: "x", count: 1 << 20))
        writer.reset()
        writer.trimCapacity(to: 4_096)
        writer.string("after")
        #expect(writer.bytes == Array("\"after\"".utf8))
    }
}
