import GlossCore

/// One Reuters-21578 record's fields, read from its bytes (`<REUTERS ...>` to `</REUTERS>`).
///
/// Provides the input for the record: id `path#NEWID` (`path#n`, n counting records from 1,
/// when NEWID is missing), text `TITLE` + blank line + `BODY` (title alone when there is no
/// body; the whole `<TEXT>` when there is neither), decoded by `SGMLText`, the body without
/// the wire's closing "Reuter" (`withoutSignOff`); metadata title,
/// published (`26-FEB-1987 15:01:01.79` as `1987-02-26T15:01:01`; the original kept in
/// `extra["date_raw"]` when it does not parse), `extra` topics, places, people, orgs, exchanges
/// (comma-joined `<D>` values), dateline, lewissplit. Costs: a few scans of the record's bytes.
struct ReutersRecord {
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func input(path: String, number: Int) -> DocumentInput {
        var metadata = Metadata()
        metadata.contentType = "text/plain; charset=utf-8"
        let title = content("TITLE").map { SGMLText.decode($0).trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
        metadata.title = title
        if let raw = content("DATE").map({ SGMLText.decode($0).trimmingSpaces }), !raw.isEmpty {
            if let date = Self.iso8601(raw) { metadata.published = date } else { metadata.extra["date_raw"] = raw }
        }
        for (tag, key) in [("TOPICS", "topics"), ("PLACES", "places"), ("PEOPLE", "people"), ("ORGS", "orgs"),
                           ("EXCHANGES", "exchanges")] {
            if let list = content(tag) {
                let values = contents("D", in: list).map { SGMLText.decode($0).trimmingSpaces }
                if !values.isEmpty { metadata.extra[key] = values.joined(separator: ",") }
            }
        }
        if let dateline = content("DATELINE").map({ SGMLText.decode($0).trimmingSpaces }), !dateline.isEmpty {
            metadata.extra["dateline"] = dateline.hasSuffix("-") ? String(dateline.dropLast()).trimmingSpaces : dateline
        }
        let startTag = bytes[0..<(bytes.firstIndex(of: UInt8(ascii: ">")) ?? bytes.count)]
        if let split = Self.attribute("LEWISSPLIT", in: startTag) { metadata.extra["lewissplit"] = split }
        let newID = Self.attribute("NEWID", in: startTag) ?? String(number)

        let body = content("BODY").map { Self.withoutSignOff(SGMLText.decode($0).trimmingSpaces) } ?? ""
        var text: String
        switch (title, body.isEmpty) {
        case (let title?, false): text = title + "\n\n" + body
        case (let title?, true): text = title
        case (nil, false): text = body
        case (nil, true): text = content("TEXT").map { Self.withoutSignOff(SGMLText.decode($0).trimmingSpaces) } ?? ""
        }
        text += "\n"
        return DocumentInput(id: "\(path)#\(newID)", source: path, payload: .bytes(Array(text.utf8)), metadata: metadata)
    }

    /// `body` without the wire's sign-off: the line "Reuter" (or "REUTER", "Reuters", with "..."
    /// or not) that ends 18,900 of the collection's 19,000 bodies before the end-of-text mark.
    /// It is no part of the story: read as text, a lone capitalised word closing a document is
    /// an e-mail's signature to the entity tagger, and "Reuter" a listed surname, so 762 of the
    /// 1,000 stories of reut2-002 named a person "Reuter".
    static func withoutSignOff(_ body: String) -> String {
        guard let lineBreak = body.lastIndex(of: "\n") else { return body }
        var word = String(body[body.index(after: lineBreak)...]).trimmingSpaces.lowercased()
        while word.hasSuffix(".") { word.removeLast() }
        guard word == "reuter" || word == "reuters" else { return body }
        return String(body[..<lineBreak]).trimmingSpaces
    }

    /// The content of the first `<tag ...>` ... `</tag>` in the record.
    private func content(_ tag: String) -> ArraySlice<UInt8>? {
        contents(tag, in: bytes[...]).first
    }

    /// The contents of every `<tag ...>` ... `</tag>` in `slice`, in order.
    private func contents(_ tag: String, in slice: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        let open = Array("<\(tag)".utf8)
        let close = Array("</\(tag)>".utf8)
        var results: [ArraySlice<UInt8>] = []
        var index = slice.startIndex
        while let start = ReutersRecordScanner.find(open, in: slice, from: index) {
            let after = start + open.count
            guard after < slice.endIndex else { break }
            let next = slice[after]
            guard next == UInt8(ascii: ">") || XMLNode.isSpace(next) else {
                index = after
                continue
            }
            guard let tagEnd = slice[after...].firstIndex(of: UInt8(ascii: ">")),
                  let end = ReutersRecordScanner.find(close, in: slice, from: tagEnd + 1) else { break }
            results.append(slice[(tagEnd + 1)..<end])
            index = end + close.count
        }
        return results
    }

    /// The value of `name="..."` in a start tag.
    private static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> String? {
        let pattern = Array(" \(name)=\"".utf8)
        guard let start = ReutersRecordScanner.find(pattern, in: tag, from: tag.startIndex) else { return nil }
        let valueStart = start + pattern.count
        guard let end = tag[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        return String(decoding: tag[valueStart..<end], as: UTF8.self)
    }

    private static let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

    /// `26-FEB-1987 15:01:01.79` as `1987-02-26T15:01:01`; nil for anything else.
    static func iso8601(_ raw: String) -> String? {
        let parts = raw.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 2 else { return nil }
        let date = parts[0].split(separator: "-")
        let clock = parts[1].split(separator: ".")[0].split(separator: ":")
        guard date.count == 3, let day = Int(date[0]), (1...31).contains(day),
              let month = months.firstIndex(of: date[1].uppercased()),
              date[2].count == 4, let year = Int(date[2]),
              clock.count == 3, let hour = Int(clock[0]), let minute = Int(clock[1]), let second = Int(clock[2]),
              hour < 24, minute < 60, second < 61 else { return nil }
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month + 1))-\(pad(day))T\(pad(hour)):\(pad(minute)):\(pad(second))"
    }
}
