import GlossCore

/// Packs a JSON Lines document record's rows (`PackedRows(json:)`), reading each member found
/// by `PackedRows.RecordMembers` in the order the packed layout needs it.
///
/// Defaults follow the record format: counts absent read as 0, an entity's type as `MISC`, a
/// number's kind as `number`. Cost: one pass over the members it reads.
struct JSONRecordPacker {
    let scanner: JSONScanner
    let record: PackedRows.RecordMembers

    /// The members of `layers` and of `layers.sentiment` that the rows come from.
    struct Layers {
        var duplicate, sentiment, entities, numbers: Int?
        var compound, positive, neutral, negative, sentences, sentimentEntities: Int?
    }

    func pack(into writer: inout PackedRows.Writer) throws(JSONScanner.Malformed) {
        let layers = try findLayers()
        var metadata: [Int?] = [nil, nil, nil, nil, nil]
        var stats: [Int?] = [nil, nil, nil, nil]
        try find(record.metadata, ["title", "published", "language", "site_name", "url"], into: &metadata)
        try find(record.stats, ["bytes", "characters", "tokens", "sentences"], into: &stats)
        var duplicate: [Int?] = [nil]
        try find(layers.duplicate, ["of"], into: &duplicate)
        writer.kind(.document)
        try string(record.id, into: &writer)
        try string(record.source, into: &writer)
        for member in metadata { try string(member, into: &writer) }
        try integer(stats[0], into: &writer, orZero: true)
        try integer(stats[1], into: &writer, orZero: true)
        try integer(stats[2], into: &writer)
        try integer(stats[3], into: &writer)
        for member in [layers.compound, layers.positive, layers.neutral, layers.negative] { try real(member, into: &writer) }
        try string(duplicate[0], into: &writer)
        try string(record.text, into: &writer)
        let entities = try packEntities(layers, into: &writer)
        try packSentences(layers, into: &writer)
        try packMentions(layers.entities, entities: entities, into: &writer)
        try packNumbers(layers.numbers, into: &writer)
    }

    private func findLayers() throws(JSONScanner.Malformed) -> Layers {
        var found = Layers()
        var members: [Int?] = [nil, nil, nil, nil]
        try find(record.layers, ["duplicate", "sentiment", "entities", "numbers"], into: &members)
        (found.duplicate, found.sentiment, found.entities, found.numbers) = (members[0], members[1], members[2], members[3])
        var sentiment: [Int?] = [nil, nil, nil, nil, nil, nil]
        try find(found.sentiment, ["compound", "pos", "neu", "neg", "sentences", "entities"], into: &sentiment)
        (found.compound, found.positive, found.neutral, found.negative) = (sentiment[0], sentiment[1], sentiment[2], sentiment[3])
        (found.sentences, found.sentimentEntities) = (sentiment[4], sentiment[5])
        return found
    }

    /// Where the members `names` of the object at `object` start (nil: absent, or not an object there).
    func find(_ object: Int?, _ names: [StaticString], into found: inout [Int?]) throws(JSONScanner.Malformed) {
        guard let object else { return }
        var scanner = scanner.at(object)
        guard scanner.peek() == UInt8(ascii: "{") else { return }
        try scanner.members { key, scanner throws(JSONScanner.Malformed) in
            if let index = names.firstIndex(where: { key.is($0) }) { found[index] = scanner.offset }
            try scanner.skipValue()
        }
    }

    /// Packs the string at `member`: `fallback` (NULL when nil) when absent or not a string.
    func string(_ member: Int?, into writer: inout PackedRows.Writer, orDefault fallback: String? = nil) throws(JSONScanner.Malformed) {
        if let member, scanner.at(member).first() == UInt8(ascii: "\"") {
            var reader = scanner.at(member)
            var failure: JSONScanner.Malformed?
            writer.text { bytes in
                do throws(JSONScanner.Malformed) { _ = try reader.string(into: &bytes) } catch { failure = error }
            }
            if let failure { throw failure }
        } else {
            writer.text(fallback)
        }
    }

    func integer(_ member: Int?, into writer: inout PackedRows.Writer, orZero: Bool = false) throws(JSONScanner.Malformed) {
        var reader = member.map { scanner.at($0) }
        let value = try reader?.int()
        writer.integer(value ?? (orZero ? 0 : nil))
    }

    func real(_ member: Int?, into writer: inout PackedRows.Writer, orZero: Bool = false) throws(JSONScanner.Malformed) {
        var reader = member.map { scanner.at($0) }
        let value = try reader?.double()
        writer.real(value ?? (orZero ? 0 : nil))
    }
}
