import GlossCore
import Testing

@Suite struct JSONContextTests {
    @Test func theContextGivesTheTextOfASpan() {
        let text = "Señor Bukele"
        let context = JSONContext(characters: ScalarOffsetIndex(text: text), offsets: .identity, text: text)
        #expect(context.text(of: Span(start: 7, end: 13)) == "Bukele")
        #expect(context.text(of: Span(start: 0, end: 6)) == "Señor")
        #expect(context.text(of: Span(start: 7, end: 99)) == "")
        #expect(JSONContext(characters: ScalarOffsetIndex(text: text), offsets: .identity).text(of: Span(start: 0, end: 3)) == "")
    }

    /// `writeText(of:to:)` reads the bytes in place; it writes what the string of `text(of:)`
    /// writes for every span, those that cut a scalar or leave the text included.
    @Test func writtenTextIsTheStringOfTheSpansText() {
        let text = "Año “cañón” \"q\" 🙂 naïve\nBukele"
        let count = text.utf8.count
        let context = JSONContext(characters: ScalarOffsetIndex(text: text), offsets: .identity, text: text)
        var wrong: [Span] = []
        for start in 0...(count + 2) {
            for end in start...(count + 3) {
                let span = Span(start: start, end: end)
                var direct = JSONWriter()
                context.writeText(of: span, to: &direct)
                var viaString = JSONWriter()
                viaString.string(utf8: context.text(of: span).utf8)
                if direct.bytes != viaString.bytes { wrong.append(span) }
            }
        }
        #expect(wrong.isEmpty, "first: \(wrong.prefix(3))")
    }

    /// `writeText(of:as:to:)` writes the key and then what `writeText(of:to:)` writes, for
    /// every span, those that cut a scalar or leave the text included, after other members.
    @Test func aTextMemberIsItsKeyAndTheSpansText() {
        let text = "Año “cañón” \"q\" 🙂\nBukele"
        let count = text.utf8.count
        let context = JSONContext(characters: ScalarOffsetIndex(text: text), offsets: .identity, text: text)
        let key = JSONKey("text")
        var wrong: [Span] = []
        for start in 0...(count + 1) {
            for end in start...(count + 2) {
                let span = Span(start: start, end: end)
                var member = JSONWriter()
                member.beginObject()
                member.key(key)
                member.number(1)
                context.writeText(of: span, as: key, to: &member)
                member.endObject()
                var separate = JSONWriter()
                separate.beginObject()
                separate.key(key)
                separate.number(1)
                separate.key(key)
                context.writeText(of: span, to: &separate)
                separate.endObject()
                if member.bytes != separate.bytes { wrong.append(span) }
            }
        }
        #expect(wrong.isEmpty, "first: \(wrong.prefix(3))")
    }

    /// A map of `text` whose bytes 5..<8 came from 9 source bytes (the rest copied).
    private static func replacingMap(for text: String) -> OffsetMap {
        var builder = OffsetMap.Builder()
        builder.copy(5)
        builder.replace(source: 9, target: 3)
        builder.copy(text.utf8.count - 8)
        return builder.build()
    }

    @Test func spanMembersGiveEachOffsetAsItsOwnLookupDoes() {
        let text = "Año “cañón” 🙂 naïve Bukele"
        let offsets = Self.replacingMap(for: text)
        let characters = ScalarOffsetIndex(text: text)
        let span = Span(start: 4, end: 17)
        for map in [offsets, OffsetMap.identity] {
            var writer = JSONWriter()
            writer.beginObject()
            JSONContext(characters: characters, offsets: map, text: text).writeSpanMembers(span, to: &writer)
            writer.endObject()
            let chars = "[\(characters.scalarOffset(ofByte: 4)),\(characters.scalarOffset(ofByte: 17))]"
            let source = map.sourceRange(of: 4..<17)
            let sourceMember = map.isIdentity ? "" : ",\"source\":[\(source.lowerBound),\(source.upperBound)]"
            #expect(String(decoding: writer.bytes, as: UTF8.self) == "{\"span\":[4,17],\"chars\":\(chars)\(sourceMember)}")
        }
    }

    @Test func aChangedMapIsFollowed() {
        var builder = OffsetMap.Builder()
        builder.replace(source: 4, target: 2)
        var context = JSONContext(characters: ScalarOffsetIndex(text: "ab"), offsets: .identity, text: "ab")
        context.offsets = builder.build()
        var writer = JSONWriter()
        writer.beginObject()
        context.writeSpanMembers(Span(start: 0, end: 2), to: &writer)
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"span":[0,2],"chars":[0,2],"source":[0,4]}"#)
    }

    /// Shared members are copies of what `writeSpanMembers` writes: spans written twice in
    /// order (sentences), out of order, overlapping, and after the map changed.
    @Test func sharedSpanMembersAreTheSpansOwnMembers() {
        let text = "Año “cañón” 🙂 naïve Bukele y más"
        let spans = [Span(start: 0, end: 4), Span(start: 4, end: 17), Span(start: 17, end: 30), Span(start: 30, end: 38)]
        let writes = spans + spans + spans.reversed() + [Span(start: 2, end: 20), Span(start: 4, end: 9), spans[1]]
        for map in [Self.replacingMap(for: text), OffsetMap.identity] {
            var context = JSONContext(characters: ScalarOffsetIndex(text: text), offsets: map, text: text, sharingSpans: true)
            let plain = JSONContext(characters: ScalarOffsetIndex(text: text), offsets: map, text: text)
            var shared = JSONWriter()
            var direct = JSONWriter()
            for span in writes {
                context.writeSharedSpanMembers(span, to: &shared)
                plain.writeSpanMembers(span, to: &direct)
            }
            #expect(String(decoding: shared.bytes, as: UTF8.self) == String(decoding: direct.bytes, as: UTF8.self))
            context.offsets = .identity
            var afterChange = JSONWriter()
            context.writeSharedSpanMembers(spans[1], to: &afterChange)
            var identity = JSONWriter()
            JSONContext(characters: ScalarOffsetIndex(text: text), offsets: .identity).writeSpanMembers(spans[1], to: &identity)
            #expect(afterChange.bytes == identity.bytes)
        }
    }

    /// A context made over a kept scratch (`init(…reusing:)`) writes what a new sharing context
    /// writes, whatever the records before it kept: the scratch's spans are forgotten and its
    /// hint starts over for each record (texts of other lengths, maps with and without source
    /// ranges, and a record whose spans' members outgrow the memo's first room).
    @Test func aReusedScratchWritesWhatANewContextWrites() {
        let scratch = JSONContext.Scratch()
        let texts = ["Zürich – 12 km. Next: ok.", "A plain text of some length, then more of it.", String(repeating: "naïve words ", count: 400)]
        for round in 0..<3 {
            for (index, text) in texts.enumerated() {
                let count = text.utf8.count
                let step = max(1, count / (index == 2 ? 300 : 5))
                var spans: [Span] = []
                var start = 0
                while start + step <= count {
                    spans.append(Span(start: start, end: start + step))
                    start += step
                }
                let map = round == 1 ? OffsetMap.identity : Self.replacingMap(for: text)
                let reused = JSONContext(characters: ScalarOffsetIndex(text: text), offsets: map, text: text, reusing: scratch)
                let fresh = JSONContext(characters: ScalarOffsetIndex(text: text), offsets: map, text: text, sharingSpans: true)
                var a = JSONWriter()
                var b = JSONWriter()
                for span in spans + spans.reversed() + spans {
                    reused.writeSharedSpanMembers(span, to: &a)
                    fresh.writeSharedSpanMembers(span, to: &b)
                }
                #expect(a.bytes == b.bytes, "round \(round), text \(index)")
            }
        }
    }

    /// An object begun with a span's members (`beginSpanObject`, `beginSharedSpanObject`) is
    /// `beginObject()` followed by the members, after other values (a comma first) and with a
    /// spill whose threshold falls anywhere (the same slices).
    @Test func objectsBegunWithASpanAreTheObjectAndItsMembers() throws {
        let text = "Año “cañón” 🙂 naïve Bukele y más"
        let spans = [Span(start: 0, end: 4), Span(start: 4, end: 17), Span(start: 17, end: 30), Span(start: 0, end: 4)]
        for map in [Self.replacingMap(for: text), OffsetMap.identity] {
            for threshold in [1, 5, 20, 33, 1 << 20] {
                var made: [[[UInt8]]] = []
                for fused in [true, false] {
                    let context = JSONContext(characters: ScalarOffsetIndex(text: text), offsets: map, text: text, sharingSpans: true)
                    var slices: [[UInt8]] = []
                    let spill = JSONSpill(threshold: threshold) { slices.append($0) }
                    var writer = JSONWriter(reservingCapacity: 1, spill: spill)
                    writer.beginArray()
                    for (index, span) in spans.enumerated() {
                        let shared = index % 2 == 1
                        if fused {
                            if shared { context.beginSharedSpanObject(span, to: &writer) } else { context.beginSpanObject(span, to: &writer) }
                        } else {
                            writer.beginObject()
                            if shared { context.writeSharedSpanMembers(span, to: &writer) } else { context.writeSpanMembers(span, to: &writer) }
                        }
                        writer.endObject()
                        // the same span again, shared: its kept members copied into a new object
                        if fused { context.beginSharedSpanObject(span, to: &writer) } else {
                            writer.beginObject()
                            context.writeSharedSpanMembers(span, to: &writer)
                        }
                        writer.endObject()
                    }
                    writer.endArray()
                    try spill.rethrow()
                    made.append(slices + [writer.bytes])
                }
                #expect(made[0] == made[1], "threshold \(threshold)")
            }
        }
    }
}
