/// Charts drawn as inline SVG, so a report needs no script and no network.
///
/// Each data element carries `class="datum"` and `data-value`, with a `<title>` that shows its
/// label and value on hover (the browser check counts them). Sizes are in CSS pixels; the
/// charts scale with their container (`viewBox`).
public enum SVGChart {
    /// One bar or point: its label and value; `color` overrides the chart's colour.
    public struct Datum: Sendable, Equatable {
        public var label: String
        public var value: Double
        public var color: String?

        public init(_ label: String, _ value: Double, color: String? = nil) {
            self.label = label
            self.value = value
            self.color = color
        }
    }

    /// Horizontal bars, one row per datum, labels on the left: for categories (sites, languages).
    public static func bars(_ data: [Datum], width: Int = 520, color: String = "#4c78a8", format: (Double) -> String = count) -> String {
        guard !data.isEmpty else { return empty }
        let row = 18, labelWidth = 170, valueWidth = 60
        let height = data.count * row + 4
        let top = max(data.map(\.value).max() ?? 1, 1e-9)
        let span = Double(width - labelWidth - valueWidth)
        var svg = open(width: width, height: height)
        for (index, datum) in data.enumerated() {
            let y = index * row + 2
            let length = max(1, Int((max(0, datum.value) / top * span).rounded()))
            let label = HTML.escape(clip(datum.label, 28))
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 13)\" text-anchor=\"end\">\(label)</text>"
            svg += "<rect class=\"datum\" data-value=\"\(datum.value)\" x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(length)\" "
                + "height=\"\(row - 5)\" fill=\"\(datum.color ?? color)\"><title>\(HTML.escape(datum.label)): \(format(datum.value))</title></rect>"
            svg += "<text x=\"\(labelWidth + length + 4)\" y=\"\(y + 13)\">\(format(datum.value))</text>"
        }
        return svg + "</svg>"
    }

    /// Which columns get their label drawn below them.
    public enum Labels {
        /// Every few columns, as many as fit.
        case spaced
        /// The columns whose label passes the test (the years of a long time axis).
        case only((String) -> Bool)
    }

    /// Vertical columns in order (months, histogram bins), labelled below as `labels` says;
    /// `signed` draws bars from a zero line (for signed values such as mean sentiment). A datum
    /// whose value is NaN keeps its place with no bar (a month with nothing to average).
    public static func columns(
        _ data: [Datum], width: Int = 520, height: Int = 180, color: String = "#4c78a8", signed: Bool = false,
        format: (Double) -> String = count, labels: Labels = .spaced
    ) -> String {
        guard !data.isEmpty else { return empty }
        let left = 44, bottom = 34, top = 8
        let plot = Double(height - bottom - top)
        let high = max(data.filter { !$0.value.isNaN }.map { signed ? abs($0.value) : $0.value }.max() ?? 1, 1e-9)
        let zero = signed ? Double(top) + plot / 2 : Double(top) + plot
        let scale = signed ? plot / 2 / high : plot / high
        let step = Double(width - left - 4) / Double(data.count)
        var svg = open(width: width, height: height)
        svg += axis(left: left, width: width, zero: zero, top: top, high: high, signed: signed, plot: plot, format: format)
        let every = max(1, Int((Double(data.count) / (Double(width - left) / 64)).rounded(.up)))
        for (index, datum) in data.enumerated() {
            let x = Double(left) + Double(index) * step
            if !datum.value.isNaN {
                let length = max(0.5, abs(datum.value) * scale)
                svg += column(datum, x: x + step * 0.1, y: datum.value >= 0 ? zero - length : zero, width: max(1, step * 0.8),
                              height: length, color: datum.color ?? color, format: format)
            }
            let labelled: Bool
            switch labels {
            case .spaced: labelled = index % every == 0
            case .only(let test): labelled = test(datum.label)
            }
            if labelled {
                svg += "<text x=\"\(fixed(x + step / 2))\" y=\"\(height - bottom + 14)\" text-anchor=\"middle\">"
                    + "\(HTML.escape(clip(datum.label, 10)))</text>"
            }
        }
        return svg + "</svg>"
    }

    private static func column(
        _ datum: Datum, x: Double, y: Double, width: Double, height: Double, color: String, format: (Double) -> String
    ) -> String {
        "<rect class=\"datum\" data-value=\"\(datum.value)\" x=\"\(fixed(x))\" y=\"\(fixed(y))\" width=\"\(fixed(width))\" "
            + "height=\"\(fixed(height))\" fill=\"\(color)\"><title>\(HTML.escape(datum.label)): \(format(datum.value))</title></rect>"
    }

    /// The value axis: the zero line and the top (and, signed, bottom) value.
    private static func axis(
        left: Int, width: Int, zero: Double, top: Int, high: Double, signed: Bool, plot: Double, format: (Double) -> String
    ) -> String {
        var svg = "<line x1=\"\(left)\" x2=\"\(width - 4)\" y1=\"\(fixed(zero))\" y2=\"\(fixed(zero))\" stroke=\"#8c959f\"/>"
        svg += "<text x=\"\(left - 4)\" y=\"\(top + 9)\" text-anchor=\"end\">\(format(high))</text>"
        svg += "<text x=\"\(left - 4)\" y=\"\(fixed(zero + 4))\" text-anchor=\"end\">0</text>"
        if signed {
            svg += "<text x=\"\(left - 4)\" y=\"\(fixed(Double(top) + plot))\" text-anchor=\"end\">\(format(-high))</text>"
        }
        return svg
    }

    private static func open(width: Int, height: Int) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" "
            + "style=\"max-width:\(width)px\" role=\"img\">"
    }

    static let empty = "<p class=\"muted\">No data.</p>"

    /// A count: 1234 → "1,234"; fractions with two decimals.
    public static func count(_ value: Double) -> String {
        guard value.rounded() == value, abs(value) < 1e15 else { return String(format2: value) }
        let digits = String(Int(abs(value)))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(character)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// A signed score with two decimals.
    public static func score(_ value: Double) -> String { String(format2: value) }

    private static func fixed(_ value: Double) -> String { String(format2: value) }

    private static func clip(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
