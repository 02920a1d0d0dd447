/// The HTML report of a run (`gloss report`): one self-contained page of inline SVG charts and
/// tables, made from `ReportQueries`.
///
/// Sections: totals; documents over time, by site and by language; top entities per type with
/// their mean sentiment; sentiment distribution and trend; numbers by kind and the largest
/// amounts; extraction figures (text per page, empty pages); errors by code. Rows that name a
/// document link to its document view in `documentsFolder` when the database has its text;
/// `linkedDocuments()` lists the ones to write there.
public struct ReportPage {
    public let queries: ReportQueries
    /// Where document views are linked, relative to the report (nil: no links).
    public let documentsFolder: String?
    public let title: String

    public init(queries: ReportQueries, title: String, documentsFolder: String?) {
        self.queries = queries
        self.title = title
        self.documentsFolder = documentsFolder
    }

    /// The documents the page links to (those with text), to write views of.
    public func linkedDocuments() throws(SQLiteDatabase.Error) -> [Int] {
        let rows = try queries.extremeDocuments(positive: true) + queries.extremeDocuments(positive: false)
            + queries.largestAmounts(currency: queries.mainCurrency())
        var seen: Set<Int> = []
        return rows.filter { $0.hasText && seen.insert($0.doc).inserted }.map(\.doc)
    }

    /// The page's HTML.
    public func render() throws(SQLiteDatabase.Error) -> String {
        var body = "<main><h1>\(HTML.escape(title))</h1><p class=\"muted\">Made by gloss report: every chart below is "
            + "drawn from the results tables (docs/results-database.md). Hover a bar for its value.</p>"
        let time = try queries.documentsOverTime()
        body += try totals()
        body += try timeAndSources(time)
        body += try entities()
        body += try sentiment(time.axis)
        body += try numbers()
        body += try extraction()
        body += "</main>"
        return HTML.page(title: title, style: Self.style, body: body)
    }

    static let style = """
        .bar{display:inline-block;height:10px;vertical-align:middle;border-radius:2px}
        .pill{display:inline-block;padding:0 6px;border-radius:8px;font-size:12px;white-space:nowrap}td.n{white-space:nowrap}
        """

    private func totals() throws(SQLiteDatabase.Error) -> String {
        let cards = try queries.totals().map { "<div class=\"card\"><b>\(SVGChart.count($0.1))</b>\($0.0)</div>" }
        return "<div class=\"cards\">" + cards.joined() + "</div>"
    }

    private func panel(_ heading: String, _ content: String, note: String = "") -> String {
        "<div class=\"panel\"><h3>\(heading)</h3>\(content)\(note.isEmpty ? "" : "<p class=\"muted\">\(note)</p>")</div>"
    }

    private func timeAndSources(
        _ time: (axis: TimeAxis?, documents: [SVGChart.Datum], undated: Int)
    ) throws(SQLiteDatabase.Error) -> String {
        let (axis, periods, undated) = time
        var html = "<h2>Documents</h2>"
        html += panel("Documents by \(axis?.unit.rawValue ?? "month") published",
                      SVGChart.columns(periods, width: 1040, height: 200, labels: Self.yearTicks(axis)),
                      note: "Every \(axis?.unit.rawValue ?? "month") from the first to the last is shown, empty ones too. "
                        + "\(SVGChart.count(Double(undated))) documents have no publication date.")
        html += "<div class=\"grid\">"
        html += panel("By site", SVGChart.bars(try queries.documentsBySite()))
        html += panel("By language", SVGChart.bars(try queries.documentsByLanguage(), color: "#72b7b2"))
        return html + "</div>"
    }

    private func entities() throws(SQLiteDatabase.Error) -> String {
        var html = "<h2>Top entities</h2><div class=\"grid\">"
        for (type, color, name) in HTML.entityColors {
            let rows = try queries.topEntities(type: type)
            var table = "<table><tr><th>\(name)</th><th class=\"n\">documents</th><th class=\"n\">mentions</th>"
                + "<th>mean sentiment</th></tr>"
            let top = Double(rows.first?.documents ?? 1)
            for row in rows {
                let width = Int((Double(row.documents) / top * 80).rounded())
                table += "<tr><td><span class=\"pill\" style=\"background:\(color)\">\(HTML.escape(row.name))</span></td>"
                    + "<td class=\"n\"><span class=\"bar\" style=\"width:\(width)px;background:\(color)\"></span> \(row.documents)</td>"
                    + "<td class=\"n\">\(row.mentions)</td><td>\(sentimentCell(row.sentiment))</td></tr>"
            }
            html += panel("\(type): \(name)s", rows.isEmpty ? SVGChart.empty : table + "</table>")
        }
        return html + "</div>"
    }

    private func sentimentCell(_ score: Double?) -> String {
        guard let score else { return "<span class=\"muted\">–</span>" }
        return "<span class=\"pill\" style=\"background:\(HTML.sentimentColor(score, alpha: 0.6))\">\(SVGChart.score(score))</span>"
    }

    private func sentiment(_ axis: TimeAxis?) throws(SQLiteDatabase.Error) -> String {
        var html = "<h2>Sentiment</h2><div class=\"grid\">"
        html += panel("Documents by sentiment (compound, −1 to 1)", SVGChart.columns(try queries.sentimentHistogram()))
        html += panel("Mean sentiment by \(axis?.unit.rawValue ?? "month")",
                      SVGChart.columns(try axis.map(queries.sentimentOverTime) ?? [], signed: true, format: SVGChart.score,
                                       labels: Self.yearTicks(axis)),
                      note: "An empty column: no scored document that \(axis?.unit.rawValue ?? "month").")
        html += panel("Most positive documents", try documentTable(try queries.extremeDocuments(positive: true), figure: "score"))
        html += panel("Most negative documents", try documentTable(try queries.extremeDocuments(positive: false), figure: "score"))
        return html + "</div>"
    }

    private func numbers() throws(SQLiteDatabase.Error) -> String {
        var html = "<h2>Numbers</h2><div class=\"grid\">"
        html += panel("Number mentions by kind", SVGChart.bars(try queries.numbersByKind(), color: "#f58518"))
        let currency = try queries.mainCurrency()
        html += panel("Largest amounts of money" + (currency.map { " in \($0), the most common currency" } ?? ""),
                      try documentTable(try queries.largestAmounts(currency: currency), figure: "amount"))
        return html + "</div>"
    }

    private func documentTable(_ rows: [ReportQueries.DocumentLink], figure: String) throws(SQLiteDatabase.Error) -> String {
        guard !rows.isEmpty else { return SVGChart.empty }
        var table = "<table><tr><th>\(figure)</th><th>document</th><th></th></tr>"
        for row in rows {
            table += "<tr><td class=\"n\">\(HTML.escape(row.figure))</td><td>\(link(row))</td>"
                + "<td class=\"muted\">\(HTML.escape(row.detail.prefix(60)))</td></tr>"
        }
        return table + "</table>"
    }

    private func link(_ row: ReportQueries.DocumentLink) -> String {
        let title = HTML.escape(row.title.isEmpty ? "document \(row.doc)" : String(row.title.prefix(90)))
        guard row.hasText, let documentsFolder else { return title }
        return "<a href=\"\(HTML.escape(documentsFolder))/\(Self.documentFile(row.doc))\">\(title)</a>"
    }

    /// Which columns of a time chart are labelled: with more than 24 months, only Januaries of
    /// every first, second, fifth or tenth… year, so that labels fall on years and do not crowd.
    static func yearTicks(_ axis: TimeAxis?) -> SVGChart.Labels {
        guard let axis, axis.labels.count > 24 else { return .spaced }
        let years = axis.unit == .month ? axis.labels.count / 12 + 1 : axis.labels.count
        let step = [1, 2, 5, 10, 20, 50, 100].first { years / $0 <= 12 } ?? 100
        return .only { label in
            guard let year = Int(label.prefix(4)), year % step == 0 else { return false }
            return axis.unit == .year || label.hasSuffix("-01")
        }
    }

    /// The file name of document `doc`'s view in the documents folder.
    public static func documentFile(_ doc: Int) -> String { "doc-\(doc).html" }

    private func extraction() throws(SQLiteDatabase.Error) -> String {
        let figures = try queries.textFigures()
        var html = "<h2>Extraction</h2><div class=\"grid\">"
        html += panel("Text per document (UTF-8 bytes)", SVGChart.columns(try queries.textLengths()),
                      note: "median \(SVGChart.count(Double(figures.median))) bytes, mean \(SVGChart.count(figures.mean.rounded())); "
                        + "\(SVGChart.count(Double(figures.empty))) empty pages (no text extracted).")
        let errors = try queries.errorsByCode()
        var table = "<table><tr><th>code</th><th class=\"n\">records</th><th>example message</th></tr>"
        for row in errors {
            table += "<tr><td><code>\(HTML.escape(row.code))</code></td><td class=\"n\">\(row.count)</td>"
                + "<td class=\"muted\">\(HTML.escape(row.example.prefix(120)))</td></tr>"
        }
        html += panel("Errors by code", errors.isEmpty ? "<p>No error records.</p>" : table + "</table>")
        return html + "</div>"
    }
}
