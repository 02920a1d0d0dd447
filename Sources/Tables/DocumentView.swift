/// One document as a page to read (`gloss show`), in the manner of spaCy's displaCy: the text
/// with entity mentions boxed and labelled by type, numbers underlined with their normalised
/// value, and each sentence tinted by its sentiment (red negative, green positive); a legend,
/// and the metadata above.
///
/// Requires the document's text (`--no-text` output has none). Marks that overlap an earlier
/// one, or cross a sentence boundary, are left out of the text (they stay in the lists below
/// it). Cost: linear in the text and the marks.
public struct DocumentView {
    public let rows: RecordRows

    public init(rows: RecordRows) { self.rows = rows }

    /// A mark drawn in the text.
    struct Mark: Equatable {
        var start: Int
        var end: Int
        var open: String
        var close: String
    }

    public func render() -> String {
        guard let document = rows.document else {
            let message = rows.error.map { "\($0.code): \($0.message)" } ?? "no document"
            return HTML.page(title: "gloss: error", body: "<main><h1>Error record</h1><p>\(HTML.escape(message))</p></main>")
        }
        let title = document.title ?? document.id
        var body = "<main><h1>\(HTML.escape(title))</h1>"
        body += metadata(document)
        body += legend()
        if let text = document.text {
            body += "<article class=\"doc\">" + marked(Array(text.utf8)) + "</article>"
        } else {
            body += "<p class=\"muted\">This record has no text (written with --no-text), so only its figures are shown.</p>"
        }
        body += "</main>"
        return HTML.page(title: title, style: Self.style, body: body)
    }

    static let style = """
        .doc{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:16px 20px;white-space:pre-wrap;line-height:2.4}
        .ent{padding:2px 4px;margin:0 1px;border-radius:4px;line-height:1}
        .ent .label{font-size:10px;font-weight:700;text-transform:uppercase;margin-left:4px;vertical-align:middle;opacity:.8}
        .num{border-bottom:2px solid #f58518;padding:0 1px}
        .num .label{font-size:10px;font-weight:700;color:#b35806;margin-left:3px;vertical-align:super}
        .sent{border-radius:3px}.legend span{margin-right:10px;white-space:nowrap}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;font-size:13px}dt{color:#656d76}dd{margin:0}
        """

    private func metadata(_ document: DocumentRow) -> String {
        var items: [(String, String)] = [("id", document.id)]
        let optional: [(String, String?)] = [
            ("source", document.source), ("published", document.published), ("site", document.site),
            ("language", document.language), ("url", document.url), ("duplicate of", document.duplicateOf),
        ]
        items += optional.compactMap { key, value in value.map { (key, $0) } }
        items.append(("size", "\(document.bytes) bytes, \(document.sentenceCount ?? rows.sentences.count) sentences, "
            + "\(rows.mentions.count) entity mentions, \(rows.numbers.count) numbers"))
        if let score = document.sentiment {
            items.append(("sentiment", "\(SVGChart.score(score)) (pos \(SVGChart.score(document.positive ?? 0)), "
                + "neu \(SVGChart.score(document.neutral ?? 0)), neg \(SVGChart.score(document.negative ?? 0)))"))
        }
        return "<dl>" + items.map { "<dt>\(HTML.escape($0.0))</dt><dd>\(HTML.escape($0.1))</dd>" }.joined() + "</dl>"
    }

    private func legend() -> String {
        var html = "<p class=\"legend\">"
        for (type, color, name) in HTML.entityColors {
            html += "<span><mark class=\"ent\" style=\"background:\(color)\">\(name)<span class=\"label\">\(type)</span></mark></span>"
        }
        html += "<span><span class=\"num\">number<span class=\"label\">value</span></span></span>"
        html += "<span><span class=\"sent\" style=\"background:\(HTML.sentimentColor(-0.8))\">negative sentence</span></span>"
        html += "<span><span class=\"sent\" style=\"background:\(HTML.sentimentColor(0.8))\">positive sentence</span></span>"
        return html + "</p>"
    }

    /// The marks of mentions and numbers, sorted, with overlapping ones left out (mentions first).
    func marks(textCount: Int) -> [Mark] {
        var candidates: [Mark] = []
        for mention in rows.mentions where mention.end <= textCount {
            let color = HTML.entityColors.first { $0.type == mention.type }?.color ?? "#ddd"
            let name = rows.entities.indices.contains(mention.entity) ? rows.entities[mention.entity].name : mention.text
            candidates.append(Mark(
                start: mention.start, end: mention.end,
                open: "<mark class=\"ent\" style=\"background:\(color)\" title=\"\(HTML.escape(name))\">",
                close: "<span class=\"label\">\(mention.type)</span></mark>"))
        }
        for number in rows.numbers where number.end <= textCount {
            candidates.append(Mark(
                start: number.start, end: number.end,
                open: "<span class=\"num\" title=\"\(HTML.escape(number.kind))\">",
                close: "<span class=\"label\">\(HTML.escape(number.normalized))</span></span>"))
        }
        candidates.sort { $0.start < $1.start }
        var kept: [Mark] = []
        for mark in candidates where mark.start < mark.end {
            if let last = kept.last, mark.start < last.end { continue }
            kept.append(mark)
        }
        return kept
    }

    /// The text as HTML: sentences tinted, marks inside them.
    func marked(_ bytes: [UInt8]) -> String {
        var html = ""
        var position = 0
        var marks = marks(textCount: bytes.count)[...]
        func text(_ range: Range<Int>) {
            guard range.lowerBound < range.upperBound else { return }
            html += HTML.escape(String(decoding: bytes[range], as: UTF8.self))
        }
        let sentences = rows.sentences.isEmpty ? [SentenceRow(start: 0, end: bytes.count)] : rows.sentences
        for sentence in sentences where sentence.start >= position && sentence.end <= bytes.count {
            text(position..<sentence.start)
            let tint = sentence.sentiment.map { " style=\"background:\(HTML.sentimentColor($0))\" title=\"sentiment \(SVGChart.score($0))\"" } ?? ""
            html += "<span class=\"sent\"\(tint)>"
            position = sentence.start
            while let mark = marks.first, mark.start < sentence.end {
                marks.removeFirst()
                guard mark.start >= position, mark.end <= sentence.end else { continue }
                text(position..<mark.start)
                html += mark.open
                text(mark.start..<mark.end)
                html += mark.close
                position = mark.end
            }
            text(position..<sentence.end)
            html += "</span>"
            position = sentence.end
        }
        text(position..<bytes.count)
        return html
    }
}
