import GlossCore

extension JSONRecordPacker {
    /// Calls `body` with where each of `names` starts in each object of the array at `array`
    /// (an element that is not an object gives all nil). Nothing is called when `array` is
    /// absent or not an array.
    private func forEachObject(
        _ array: Int?, _ names: [StaticString], _ body: ([Int?]) throws(JSONScanner.Malformed) -> Void
    ) throws(JSONScanner.Malformed) {
        guard let array else { return }
        var scanner = scanner.at(array)
        guard scanner.peek() == UInt8(ascii: "[") else { return }
        var found = [Int?](repeating: nil, count: names.count)
        try scanner.elements { element throws(JSONScanner.Malformed) in
            for index in found.indices { found[index] = nil }
            if element.peek() == UInt8(ascii: "{") {
                try element.members { key, value throws(JSONScanner.Malformed) in
                    if let index = names.firstIndex(where: { key.is($0) }) { found[index] = value.offset }
                    try value.skipValue()
                }
            } else {
                try element.skipValue()
            }
            try body(found)
        }
    }

    /// Writes a count of rows, then what `body` packs, and the count `body` returns.
    private func counted(
        into writer: inout PackedRows.Writer, _ body: (inout PackedRows.Writer) throws(JSONScanner.Malformed) -> Int
    ) throws(JSONScanner.Malformed) -> Int {
        let position = writer.position
        writer.count(0)
        let count = try body(&writer)
        writer.setCount(count, at: position)
        return count
    }

    private func span(_ member: Int?) throws(JSONScanner.Malformed) -> (Int, Int)? {
        guard let member else { return nil }
        var reader = scanner.at(member)
        return try reader.span()
    }

    private func int(_ member: Int?) throws(JSONScanner.Malformed) -> Int? {
        guard let member else { return nil }
        var reader = scanner.at(member)
        return try reader.int()
    }

    /// The document's entities: type, name, mentions, and the sentiment toward each from
    /// `layers.sentiment.entities`. Returns how many, for the mentions to point into.
    func packEntities(_ layers: Layers, into writer: inout PackedRows.Writer) throws(JSONScanner.Malformed) -> Int {
        var scores: [Int: (sentences: Int?, compound: Int?)] = [:]
        try forEachObject(layers.sentimentEntities, ["entity", "sentences", "compound"]) { found throws(JSONScanner.Malformed) in
            if let entity = try int(found[0]) { scores[entity] = (found[1], found[2]) }
        }
        var listed: [Int?] = [nil]
        try find(layers.entities, ["entities"], into: &listed)
        return try counted(into: &writer) { writer throws(JSONScanner.Malformed) in
            var index = 0
            try forEachObject(listed[0], ["type", "name", "mentions"]) { found throws(JSONScanner.Malformed) in
                try rawString(found[0], into: &writer, default: "MISC")
                try rawString(found[1], into: &writer, default: "")
                writer.rawInteger(try int(found[2]) ?? 0)
                try integer(scores[index]?.sentences, into: &writer)
                try real(scores[index]?.compound, into: &writer)
                index += 1
            }
            return index
        }
    }

    /// A text without a tag: the string at `member`, or `fallback`.
    private func rawString(_ member: Int?, into writer: inout PackedRows.Writer, default fallback: String) throws(JSONScanner.Malformed) {
        guard let member, scanner.at(member).first() == UInt8(ascii: "\"") else { return writer.rawText(fallback) }
        var reader = scanner.at(member)
        var failure: JSONScanner.Malformed?
        writer.rawText { bytes in
            do throws(JSONScanner.Malformed) { _ = try reader.string(into: &bytes) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// The sentences with their scores from `layers.sentiment.sentences`, else the plain ones.
    func packSentences(_ layers: Layers, into writer: inout PackedRows.Writer) throws(JSONScanner.Malformed) {
        let scored = layers.sentences.map { scanner.at($0).first() == UInt8(ascii: "[") } ?? false
        _ = try counted(into: &writer) { writer throws(JSONScanner.Malformed) in
            var n = 0
            try forEachObject(scored ? layers.sentences : record.sentences, ["span", "words", "compound"]) { found throws(JSONScanner.Malformed) in
                guard let (start, end) = try span(found[0]) else { return }
                writer.integer(n)
                writer.integer(start)
                writer.integer(end)
                try integer(scored ? found[1] : nil, into: &writer)
                try real(scored ? found[2] : nil, into: &writer)
                n += 1
            }
            return n
        }
    }

    /// The entity mentions with a span and an entity among the document's `entities`.
    func packMentions(_ entityLayer: Int?, entities: Int, into writer: inout PackedRows.Writer) throws(JSONScanner.Malformed) {
        var listed: [Int?] = [nil]
        try find(entityLayer, ["mentions"], into: &listed)
        _ = try counted(into: &writer) { writer throws(JSONScanner.Malformed) in
            var count = 0
            let names: [StaticString] = ["span", "entity", "text", "type", "confidence"]
            try forEachObject(listed[0], names) { found throws(JSONScanner.Malformed) in
                guard let (start, end) = try span(found[0]), let entity = try int(found[1]), (0..<entities).contains(entity) else {
                    return
                }
                writer.count(entity)
                writer.integer(start)
                writer.integer(end)
                try string(found[2], into: &writer, orDefault: "")
                try string(found[3], into: &writer, orDefault: "MISC")
                try real(found[4], into: &writer, orZero: true)
                count += 1
            }
            return count
        }
    }

    /// The numbers with a span.
    func packNumbers(_ numberLayer: Int?, into writer: inout PackedRows.Writer) throws(JSONScanner.Malformed) {
        let names: [StaticString] = [
            "span", "kind", "value", "number", "high", "unit", "currency", "modifier", "comparator", "normalized",
        ]
        _ = try counted(into: &writer) { writer throws(JSONScanner.Malformed) in
            var count = 0
            try forEachObject(numberLayer, names) { found throws(JSONScanner.Malformed) in
                guard let (start, end) = try span(found[0]) else { return }
                writer.integer(start)
                writer.integer(end)
                try string(found[1], into: &writer, orDefault: "number")
                try string(found[2], into: &writer)
                try real(found[3], into: &writer)
                for member in found[4...8] { try string(member, into: &writer) }
                try string(found[9], into: &writer, orDefault: "")
                count += 1
            }
            return count
        }
    }
}
