import GlossCore
import Testing

@testable import GlossDedupe

@Suite struct DuplicateMarkTests {
    @Test func writesOfKindAndDistance() {
        var writer = JSONWriter()
        DuplicateMark(of: "feeds/a.xml#2", kind: .near, distance: 2)
            .writeJSON(to: &writer, context: JSONContext(characters: ScalarOffsetIndex(text: ""), offsets: .identity))
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"of":"feeds/a.xml#2","kind":"near","distance":2}"#)
    }
}
