import Foundation

extension RecordRows {
    /// Why a line of JSON Lines could not be read as a record.
    public struct FormatError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The rows of one JSON Lines record as `gloss analyze` writes it (docs/record.schema.json).
    ///
    /// Cost: a Foundation JSON parse of the line, so some tens of MB/s; used to read results
    /// back (`gloss report`, `gloss show`), never on the analysis path.
    public init(json line: Data) throws(FormatError) {
        guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else {
            throw FormatError(description: "a line is not a JSON object: is this gloss analyze's JSON Lines output?")
        }
        guard let id = object["id"] as? String else {
            throw FormatError(description: "a record has no \"id\": is this gloss analyze's JSON Lines output?")
        }
        self.init()
        if let failure = object["error"] as? [String: Any] {
            error = ErrorRow(
                id: id, source: object["source"] as? String, stage: failure["stage"] as? String ?? "",
                code: failure["code"] as? String ?? "", message: failure["message"] as? String ?? "",
                byteOffset: failure["byte_offset"] as? Int)
            return
        }
        fillDocument(id: id, object)
    }

    private mutating func fillDocument(id: String, _ object: [String: Any]) {
        let stats = object["stats"] as? [String: Any] ?? [:]
        let metadata = object["metadata"] as? [String: Any] ?? [:]
        let layers = object["layers"] as? [String: Any] ?? [:]
        var row = DocumentRow(id: id, bytes: stats["bytes"] as? Int ?? 0, characters: stats["characters"] as? Int ?? 0)
        row.source = object["source"] as? String
        row.text = object["text"] as? String
        row.title = metadata["title"] as? String
        row.published = metadata["published"] as? String
        row.language = metadata["language"] as? String
        row.site = metadata["site_name"] as? String
        row.url = metadata["url"] as? String
        row.tokens = stats["tokens"] as? Int
        row.sentenceCount = stats["sentences"] as? Int
        row.duplicateOf = (layers["duplicate"] as? [String: Any])?["of"] as? String
        let sentiment = layers["sentiment"] as? [String: Any]
        if let sentiment {
            row.sentiment = Self.double(sentiment["compound"])
            row.positive = Self.double(sentiment["pos"])
            row.neutral = Self.double(sentiment["neu"])
            row.negative = Self.double(sentiment["neg"])
        }
        document = row
        sentences = Self.sentences(object["sentences"], sentiment: sentiment?["sentences"])
        if let found = layers["entities"] as? [String: Any] {
            addEntities(found, sentiment: sentiment?["entities"] as? [[String: Any]] ?? [])
        }
        numbers = (layers["numbers"] as? [[String: Any]] ?? []).compactMap(Self.numberRow)
    }

    private static func sentences(_ plain: Any?, sentiment: Any?) -> [SentenceRow] {
        if let scored = sentiment as? [[String: Any]] {
            return scored.compactMap { item in
                span(item["span"]).map {
                    SentenceRow(start: $0.0, end: $0.1, words: item["words"] as? Int, sentiment: double(item["compound"]))
                }
            }
        }
        return (plain as? [[String: Any]] ?? []).compactMap { item in span(item["span"]).map { SentenceRow(start: $0.0, end: $0.1) } }
    }

    private mutating func addEntities(_ found: [String: Any], sentiment: [[String: Any]]) {
        var scores: [Int: [String: Any]] = [:]
        for score in sentiment { if let entity = score["entity"] as? Int { scores[entity] = score } }
        let listed = found["entities"] as? [[String: Any]] ?? []
        entities = listed.enumerated().map { index, entity in
            DocumentEntityRow(
                name: entity["name"] as? String ?? "", type: entity["type"] as? String ?? "MISC",
                mentions: entity["mentions"] as? Int ?? 0, sentiment: Self.double(scores[index]?["compound"]),
                sentences: scores[index]?["sentences"] as? Int)
        }
        mentions = (found["mentions"] as? [[String: Any]] ?? []).compactMap { item in
            guard let (start, end) = Self.span(item["span"]), let entity = item["entity"] as? Int, entity < listed.count else {
                return nil
            }
            return MentionRow(
                start: start, end: end, text: item["text"] as? String ?? "", type: item["type"] as? String ?? "MISC",
                confidence: Self.double(item["confidence"]) ?? 0, entity: entity)
        }
    }

    private static func numberRow(_ item: [String: Any]) -> NumberRow? {
        guard let (start, end) = span(item["span"]) else { return nil }
        var row = NumberRow(
            start: start, end: end, kind: item["kind"] as? String ?? "number",
            normalized: item["normalized"] as? String ?? "")
        row.value = item["value"] as? String
        row.number = double(item["number"])
        row.high = item["high"] as? String
        row.unit = item["unit"] as? String
        row.currency = item["currency"] as? String
        row.modifier = item["modifier"] as? String
        row.comparator = item["comparator"] as? String
        return row
    }

    private static func span(_ value: Any?) -> (Int, Int)? {
        guard let pair = value as? [Int], pair.count == 2, pair[0] <= pair[1] else { return nil }
        return (pair[0], pair[1])
    }

    /// A JSON number as a double (Foundation hands integers and doubles back as NSNumber).
    private static func double(_ value: Any?) -> Double? {
        (value as? NSNumber)?.doubleValue
    }
}
