@testable import GlossTables
import Testing

@Suite struct DocumentViewTests {
    static func rows() -> RecordRows {
        var rows = RecordRows()
        var document = DocumentRow(id: "d", bytes: 38, characters: 38)
        document.text = "Ann <b> paid $5. Bob & Co lost badly."
        document.title = "A <title>"
        rows.document = document
        rows.sentences = [SentenceRow(start: 0, end: 16, sentiment: 0.5), SentenceRow(start: 17, end: 37, sentiment: -0.6)]
        rows.entities = [DocumentEntityRow(name: "Ann", type: "PER", mentions: 1), DocumentEntityRow(name: "Bob & Co", type: "ORG", mentions: 1)]
        rows.mentions = [
            MentionRow(start: 0, end: 3, text: "Ann", type: "PER", confidence: 0.9, entity: 0),
            MentionRow(start: 17, end: 25, text: "Bob & Co", type: "ORG", confidence: 0.9, entity: 1),
        ]
        rows.numbers = [NumberRow(start: 13, end: 15, kind: "money", normalized: "5 USD"), NumberRow(start: 17, end: 20, kind: "number", normalized: "overlap")]
        return rows
    }

    @Test func marksAreEscapedAndInsideTheirSentences() {
        let html = DocumentView(rows: Self.rows()).render()
        #expect(html.contains("<title>A &lt;title&gt;</title>"))
        #expect(html.contains(">Ann<span class=\"label\">PER</span></mark> &lt;b&gt; paid "))
        #expect(html.contains(">$5<span class=\"label\">5 USD</span></span>"))
        #expect(html.contains(">Bob &amp; Co<span class=\"label\">ORG</span></mark>"))
        #expect(html.contains("rgba(22,163,74,") && html.contains("rgba(220,38,38,"), "positive and negative sentences tinted")
        #expect(!html.contains("overlap<"), "a number overlapping a mention is left out of the text")
        #expect(html.contains("class=\"legend\""))
    }

    @Test func overlappingMarksKeepTheFirst() {
        let marks = DocumentView(rows: Self.rows()).marks(textCount: 38)
        #expect(marks.map(\.start) == [0, 13, 17])
    }

    @Test func noTextSaysSo() {
        var rows = Self.rows()
        rows.document?.text = nil
        #expect(DocumentView(rows: rows).render().contains("--no-text"))
    }
}
