import GlossCore

/// The report as a small SVG chart, for people who would rather look than read: one bar of
/// MB/s of input per job count (median, with the min–max spread as a whisker), and one bar
/// split into each stage's share of time (the first job count's median run).
extension BenchReport {
    private static let colours = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"]

    func svg() -> String {
        let width = 640.0
        let left = 60.0
        let plotWidth = width - left - 20
        let barTop = 80.0
        let barHeight = 200.0
        let shareTop = barTop + barHeight + 70
        let stageCount = rows.first?.median.stages.count ?? 0
        let height = shareTop + 50 + 20 * Double((stageCount + 1) / 2)
        let f = { (value: Double, digits: Int) in RunStatistics.format(value, digits) }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width, 0))\" height=\"\(f(height, 0))\" "
        out += "font-family=\"sans-serif\" font-size=\"12\">\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        out += "<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">\(escape(corpus))</text>\n"
        out += "<text x=\"10\" y=\"38\">stages: \(escape(stages.joined(separator: " → ")))</text>\n"
        out += "<text x=\"10\" y=\"60\">MB/s of input per job count (median; whisker: min–max)</text>\n"

        // Throughput against jobs.
        let top = max(rows.map(\.maximumMegabytesPerSecond).max() ?? 1, 1) * 1.1
        let y = { (value: Double) in barTop + barHeight - value / top * barHeight }
        for tick in 0...4 {
            let value = top * Double(tick) / 4
            out += "<text x=\"\(f(left - 6, 1))\" y=\"\(f(y(value) + 4, 1))\" text-anchor=\"end\">\(f(value, 0))</text>\n"
            out += "<line x1=\"\(f(left, 1))\" y1=\"\(f(y(value), 1))\" x2=\"\(f(left + plotWidth, 1))\" "
            out += "y2=\"\(f(y(value), 1))\" stroke=\"#ddd\"/>\n"
        }
        out += "<line x1=\"\(f(left, 1))\" y1=\"\(f(barTop + barHeight, 1))\" x2=\"\(f(left + plotWidth, 1))\" "
        out += "y2=\"\(f(barTop + barHeight, 1))\" stroke=\"black\"/>\n"
        let slot = plotWidth / Double(max(rows.count, 1))
        for (index, row) in rows.enumerated() {
            let x = left + slot * Double(index) + slot * 0.2
            let barWidth = slot * 0.6
            let value = row.median.megabytesPerSecond
            out += "<rect x=\"\(f(x, 1))\" y=\"\(f(y(value), 1))\" width=\"\(f(barWidth, 1))\" "
            out += "height=\"\(f(barTop + barHeight - y(value), 1))\" fill=\"\(Self.colours[0])\"/>\n"
            let middle = x + barWidth / 2
            out += "<line x1=\"\(f(middle, 1))\" y1=\"\(f(y(row.minimumMegabytesPerSecond), 1))\" x2=\"\(f(middle, 1))\" "
            out += "y2=\"\(f(y(row.maximumMegabytesPerSecond), 1))\" stroke=\"black\"/>\n"
            var label = f(value, 1)
            if let scaling = scaling(row), row.jobs != 1 { label += " (\(f(scaling, 2))x)" }
            out += "<text x=\"\(f(middle, 1))\" y=\"\(f(y(row.maximumMegabytesPerSecond) - 6, 1))\" "
            out += "text-anchor=\"middle\">\(label)</text>\n"
            out += "<text x=\"\(f(middle, 1))\" y=\"\(f(barTop + barHeight + 16, 1))\" text-anchor=\"middle\">"
            out += "\(row.jobs) job\(row.jobs == 1 ? "" : "s")</text>\n"
        }

        // Share of time per stage.
        if let first = rows.first {
            out += "<text x=\"10\" y=\"\(f(shareTop - 10, 1))\">Share of time per stage (\(first.jobs) job"
            out += "\(first.jobs == 1 ? "" : "s"), median run)</text>\n"
            var x = left
            for (index, stage) in first.median.stages.enumerated() {
                let share = first.median.share(of: stage.name)
                let colour = Self.colours[index % Self.colours.count]
                out += "<rect x=\"\(f(x, 1))\" y=\"\(f(shareTop, 1))\" width=\"\(f(share * plotWidth, 1))\" "
                out += "height=\"24\" fill=\"\(colour)\"><title>\(escape(stage.name)) \(f(share * 100, 1))%</title></rect>\n"
                x += share * plotWidth
                let legendX = left + Double(index % 2) * plotWidth / 2
                let legendY = shareTop + 44 + 20 * Double(index / 2)
                out += "<rect x=\"\(f(legendX, 1))\" y=\"\(f(legendY - 10, 1))\" width=\"12\" height=\"12\" fill=\"\(colour)\"/>\n"
                out += "<text x=\"\(f(legendX + 18, 1))\" y=\"\(f(legendY, 1))\">\(escape(stage.name)) "
                out += "\(f(share * 100, 1))%</text>\n"
            }
        }
        out += "</svg>\n"
        return out
    }

    private func escape(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
    }
}
