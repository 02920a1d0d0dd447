import GlossTables
import Testing

@Suite struct SVGChartTests {
    @Test func everyDatumIsAnElementWithItsValue() {
        let data = [SVGChart.Datum("a<b", 3), SVGChart.Datum("c", 1), SVGChart.Datum("d", 0)]
        for svg in [SVGChart.bars(data), SVGChart.columns(data)] {
            #expect(svg.components(separatedBy: "class=\"datum\"").count == 4)
            #expect(svg.contains("data-value=\"3.0\""))
            #expect(svg.contains("a&lt;b") && !svg.contains("a<b"))
            #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>"))
        }
    }

    @Test func signedColumnsGoBelowTheZeroLine() {
        let svg = SVGChart.columns([SVGChart.Datum("x", -0.5), SVGChart.Datum("y", 0.5)], height: 100, signed: true)
        #expect(svg.contains("<text x=\"40\" y=\"") && svg.contains(">-0.50</text>"))
    }

    @Test func noDataSaysSo() {
        #expect(SVGChart.bars([]).contains("No data"))
    }

    @Test func countsAreGroupedByThousands() {
        #expect(SVGChart.count(1_234_567) == "1,234,567")
        #expect(SVGChart.count(-1000) == "-1,000")
        #expect(SVGChart.count(0.256) == "0.26")
        #expect(SVGChart.score(-0.005) == "-0.01" || SVGChart.score(-0.005) == "0.00")
    }
}
