/// The figures of a run, read from a results database with SQL: what `ReportPage` shows.
///
/// Each query is one aggregate over a table (with the indexes of `ResultsSchema`), so the
/// report's size depends on the number of categories shown, not on the number of documents.
public struct ReportQueries {
    public let database: SQLiteDatabase

    public init(database: SQLiteDatabase) { self.database = database }

    /// Rows of the totals: (label, value).
    public func totals() throws(SQLiteDatabase.Error) -> [(String, Double)] {
        let row = try database.rows("""
            SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM errors), (SELECT coalesce(sum(bytes), 0) FROM documents),
                (SELECT count(*) FROM sentences), (SELECT count(*) FROM entities), (SELECT count(*) FROM mentions),
                (SELECT count(*) FROM numbers), (SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL)
            """)[0]
        let labels = ["documents", "errors", "text bytes", "sentences", "entities", "mentions", "numbers", "duplicates"]
        return zip(labels, row).map { ($0, $1.double ?? 0) }
    }

    /// Documents per month of publication (`YYYY-MM`), on the axis of those months (every
    /// month or year from the first to the last, empty ones as 0), and how many have no date.
    public func documentsOverTime() throws(SQLiteDatabase.Error) -> (axis: TimeAxis?, documents: [SVGChart.Datum], undated: Int) {
        var counts: [String: Double] = [:]
        for row in try database.rows("""
            SELECT substr(published, 1, 7) AS month, count(*) FROM documents
            WHERE published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' GROUP BY month
            """) {
            counts[row[0].string ?? ""] = row[1].double ?? 0
        }
        let undated = try database.rows("""
            SELECT count(*) FROM documents WHERE published IS NULL OR NOT published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'
            """)[0][0].int ?? 0
        guard let axis = TimeAxis(months: Array(counts.keys)) else { return (nil, [], undated) }
        let values = axis.values(counts, combine: { $0.reduce(0, +) }, empty: 0)
        return (axis, zip(axis.labels, values).map { SVGChart.Datum($0, $1) }, undated)
    }

    /// Mean document sentiment per period of `axis`; a period with no scored document has a
    /// NaN value, drawn as an empty column (a mean of nothing is not 0).
    public func sentimentOverTime(_ axis: TimeAxis) throws(SQLiteDatabase.Error) -> [SVGChart.Datum] {
        var sums: [String: Double] = [:]
        var counts: [String: Double] = [:]
        for row in try database.rows("""
            SELECT substr(published, 1, 7) AS month, sum(sentiment), count(*) FROM documents
            WHERE sentiment IS NOT NULL AND published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' GROUP BY month
            """) {
            sums[row[0].string ?? ""] = row[1].double ?? 0
            counts[row[0].string ?? ""] = row[2].double ?? 0
        }
        let total = { (values: [Double]) in values.reduce(0, +) }
        let means = zip(axis.values(sums, combine: total, empty: 0), axis.values(counts, combine: total, empty: 0)).map {
            $1 > 0 ? $0 / $1 : Double.nan
        }
        return zip(axis.labels, means).map { label, mean in
            SVGChart.Datum(label, mean, color: mean.isNaN ? nil : HTML.sentimentColor(mean, alpha: 0.9))
        }
    }

    /// The site of each document: its site name, else the host of its URL, else "(none)".
    static let siteExpression = """
        coalesce(site, CASE WHEN instr(url, '://') > 0 THEN
            substr(substr(url, instr(url, '://') + 3), 1, instr(substr(url, instr(url, '://') + 3) || '/', '/') - 1) END, '(none)')
        """

    /// The `limit` sites with most documents.
    public func documentsBySite(limit: Int = 15) throws(SQLiteDatabase.Error) -> [SVGChart.Datum] {
        try database.rows("""
            SELECT \(Self.siteExpression) AS s, count(*) AS c FROM documents GROUP BY s ORDER BY c DESC, s LIMIT ?
            """, [.integer(limit)]).map { SVGChart.Datum($0[0].string ?? "", $0[1].double ?? 0) }
    }

    /// Documents per language tag ("(none)" where the source gave none).
    public func documentsByLanguage(limit: Int = 12) throws(SQLiteDatabase.Error) -> [SVGChart.Datum] {
        try database.rows("""
            SELECT coalesce(language, '(none)') AS l, count(*) AS c FROM documents GROUP BY l ORDER BY c DESC, l LIMIT ?
            """, [.integer(limit)]).map { SVGChart.Datum($0[0].string ?? "", $0[1].double ?? 0) }
    }

    /// One row of the top entities of a type.
    public struct EntityFigure: Equatable {
        public var name: String
        public var documents: Int
        public var mentions: Int
        /// Mean over the documents that mention it of its sentiment there; nil without sentiment.
        public var sentiment: Double?
    }

    /// The `limit` entities of `type` named in most documents, with their mean sentiment.
    public func topEntities(type: String, limit: Int = 10) throws(SQLiteDatabase.Error) -> [EntityFigure] {
        try database.rows("""
            SELECT e.name, e.documents, e.mentions,
                (SELECT avg(d.sentiment) FROM document_entities d WHERE d.entity = e.entity)
            FROM entities e WHERE e.type = ? ORDER BY e.documents DESC, e.mentions DESC, e.name LIMIT ?
            """, [.text(type), .integer(limit)]).map {
            EntityFigure(name: $0[0].string ?? "", documents: $0[1].int ?? 0, mentions: $0[2].int ?? 0, sentiment: $0[3].double)
        }
    }

    /// Documents by sentiment, in `bins` equal bins from -1 to 1.
    public func sentimentHistogram(bins: Int = 20) throws(SQLiteDatabase.Error) -> [SVGChart.Datum] {
        var counts = [Double](repeating: 0, count: bins)
        for row in try database.rows("""
            SELECT min(?1 - 1, CAST((sentiment + 1) / 2 * ?1 AS INTEGER)), count(*) FROM documents
            WHERE sentiment IS NOT NULL GROUP BY 1
            """, [.integer(bins)]) {
            if let bin = row[0].int, (0..<bins).contains(bin) { counts[bin] = row[1].double ?? 0 }
        }
        return counts.enumerated().map { index, count in
            let low = -1 + 2 * Double(index) / Double(bins)
            return SVGChart.Datum(String(format2: low), count, color: HTML.sentimentColor(low + 1 / Double(bins), alpha: 0.9))
        }
    }

    /// Number mentions per kind.
    public func numbersByKind() throws(SQLiteDatabase.Error) -> [SVGChart.Datum] {
        try database.rows("SELECT kind, count(*) AS c FROM numbers GROUP BY kind ORDER BY c DESC, kind")
            .map { SVGChart.Datum($0[0].string ?? "", $0[1].double ?? 0) }
    }

    /// A row of a table that links to a document.
    public struct DocumentLink: Equatable {
        public var doc: Int
        public var title: String
        public var hasText: Bool
        /// What the row shows besides the title (an amount, a score).
        public var figure: String
        public var detail: String
    }

    /// The currency most amounts of money are in (nil when none names one).
    public func mainCurrency() throws(SQLiteDatabase.Error) -> String? {
        try database.rows("""
            SELECT currency FROM numbers WHERE kind = 'money' AND currency IS NOT NULL GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1
            """).first?[0].string
    }

    /// The largest amounts of money in `currency`, with their documents (one row per amount and
    /// title, as feeds repeat stories). Amounts in different currencies are not compared.
    public func largestAmounts(currency: String?, limit: Int = 15) throws(SQLiteDatabase.Error) -> [DocumentLink] {
        try database.rows("""
            SELECT n.doc, coalesce(d.title, d.id) AS t, d.text IS NOT NULL, n.normalized,
                substr(d.text, n.start + 1, n."end" - n.start), max(n.number) AS amount
            FROM numbers n JOIN documents d ON d.doc = n.doc
            WHERE n.kind = 'money' AND n.number IS NOT NULL AND n.currency IS ?
            GROUP BY t, n.normalized ORDER BY amount DESC LIMIT ?
            """, [currency.map { .text($0) } ?? .null, .integer(limit)]).map(Self.link)
    }

    /// The most positive (or negative) documents with at least `minSentences` sentences, one
    /// per title.
    public func extremeDocuments(positive: Bool, limit: Int = 8, minSentences: Int = 3) throws(SQLiteDatabase.Error) -> [DocumentLink] {
        let pick = positive ? "max" : "min"
        return try database.rows("""
            SELECT doc, coalesce(title, id) AS t, text IS NOT NULL, printf('%+.2f', \(pick)(sentiment)) AS score, coalesce(site, ''),
                \(pick)(sentiment) AS s
            FROM documents WHERE sentiment IS NOT NULL AND sentences >= ? GROUP BY t ORDER BY s \(positive ? "DESC" : "ASC") LIMIT ?
            """, [.integer(minSentences), .integer(limit)]).map(Self.link)
    }

    private static func link(_ row: [SQLiteValue]) -> DocumentLink {
        DocumentLink(
            doc: row[0].int ?? 0, title: row[1].string ?? "", hasText: row[2].int == 1, figure: row[3].string ?? "",
            detail: row[4].string ?? "")
    }

    /// Documents by length of extracted text (UTF-8 bytes), in bins that grow tenfold-ish.
    public func textLengths() throws(SQLiteDatabase.Error) -> [SVGChart.Datum] {
        let edges = [0, 1, 200, 500, 1000, 2000, 5000, 10000, 50000]
        let labels = ["empty", "<200", "<500", "<1k", "<2k", "<5k", "<10k", "<50k", "≥50k"]
        let cases = (1..<edges.count).map { "WHEN bytes < \(edges[$0]) THEN \($0 - 1)" }.joined(separator: " ")
        var counts = [Double](repeating: 0, count: labels.count)
        for row in try database.rows("SELECT CASE \(cases) ELSE \(labels.count - 1) END AS bin, count(*) FROM documents GROUP BY bin") {
            if let bin = row[0].int, counts.indices.contains(bin) { counts[bin] = row[1].double ?? 0 }
        }
        return zip(labels, counts).map { SVGChart.Datum($0, $1, color: $0 == "empty" ? "#cf222e" : nil) }
    }

    /// Median and mean text length in bytes, and the count of empty documents.
    public func textFigures() throws(SQLiteDatabase.Error) -> (median: Int, mean: Double, empty: Int) {
        let count = try database.rows("SELECT count(*) FROM documents")[0][0].int ?? 0
        let median = count == 0 ? 0 : try database.rows(
            "SELECT bytes FROM documents ORDER BY bytes LIMIT 1 OFFSET ?", [.integer(count / 2)])[0][0].int ?? 0
        let row = try database.rows("SELECT coalesce(avg(bytes), 0), count(*) FILTER (WHERE bytes = 0) FROM documents")[0]
        return (median, row[0].double ?? 0, row[1].int ?? 0)
    }

    /// Error records per code, with one message for each.
    public func errorsByCode() throws(SQLiteDatabase.Error) -> [(code: String, count: Int, example: String)] {
        try database.rows("SELECT code, count(*) AS c, min(message) FROM errors GROUP BY code ORDER BY c DESC, code").map {
            ($0[0].string ?? "", $0[1].int ?? 0, $0[2].string ?? "")
        }
    }
}
