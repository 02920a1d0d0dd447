/// Readable and JSON renderings of a run's figures, for `gloss analyze --stats` and `bench`.
extension RunStatistics: CustomStringConvertible {
    /// The run's figures as `table(jobs:)` prints them, without the number of jobs.
    public var description: String { table(jobs: nil) }

    /// Seconds of wall-clock time.
    public var wallSeconds: Double { Double(wallNanoseconds) / 1e9 }

    /// Input megabytes (10^6 bytes) per wall-clock second.
    public var megabytesPerSecond: Double { wallSeconds > 0 ? Double(inputBytes) / 1e6 / wallSeconds : 0 }

    /// Records per wall-clock second.
    public var documentsPerSecond: Double { wallSeconds > 0 ? Double(records) / wallSeconds : 0 }

    /// A table of the run's figures and the share of time per stage; `jobs`, when given, is
    /// named on the first line.
    public func table(jobs: Int?) -> String {
        var out = "documents \(records) (failed \(failures)), input \(Self.format(Double(inputBytes) / 1e6, 2)) MB, "
        out += "\(tokens) tokens, \(sentences) sentences"
        if let jobs { out += ", \(jobs) job\(jobs == 1 ? "" : "s")" }
        out += "\n"
        out += "wall \(Self.format(wallSeconds, 3)) s: \(Self.format(documentsPerSecond, 0)) documents/s, "
        out += "\(Self.format(megabytesPerSecond, 1)) MB/s\n"
        out += "latency per document: p50 ≤ \(Self.format(latencyPercentile(0.5), 0)) µs, p99 ≤ "
        out += "\(Self.format(latencyPercentile(0.99), 0)) µs\n"
        out += "stage              share     MB/s per core\n"
        for stage in stages {
            let seconds = Double(stage.nanoseconds) / 1e9
            let rate = seconds > 0 ? Double(inputBytes) / 1e6 / seconds : 0
            out += stage.name.rightPadded(18)
            out += " " + (Self.format(share(of: stage.name) * 100, 1) + "%").leftPadded(6)
            out += "  " + Self.format(rate, 1).leftPadded(12) + "\n"
        }
        return out
    }

    /// The run's figures as one JSON object and a newline.
    public func json(jobs: Int) -> String {
        var writer = JSONWriter()
        writeJSON(to: &writer, jobs: jobs)
        writer.newline()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Writes the run's figures as one JSON object.
    public func writeJSON(to writer: inout JSONWriter, jobs: Int) {
        writer.beginObject()
        writer.key("jobs"); writer.number(jobs)
        writer.key("records"); writer.number(records)
        writer.key("failures"); writer.number(failures)
        writer.key("input_bytes"); writer.number(inputBytes)
        writer.key("text_bytes"); writer.number(textBytes)
        writer.key("tokens"); writer.number(tokens)
        writer.key("sentences"); writer.number(sentences)
        writer.key("wall_seconds"); writer.number(wallSeconds)
        writer.key("documents_per_second"); writer.number(documentsPerSecond)
        writer.key("megabytes_per_second"); writer.number(megabytesPerSecond)
        writer.key("latency_p50_us"); writer.number(latencyPercentile(0.5))
        writer.key("latency_p99_us"); writer.number(latencyPercentile(0.99))
        writer.key("stages")
        writer.beginArray()
        for stage in stages {
            writer.beginObject()
            writer.key("name"); writer.string(stage.name)
            writer.key("documents"); writer.number(stage.documents)
            writer.key("failures"); writer.number(stage.failures)
            writer.key("seconds"); writer.number(Double(stage.nanoseconds) / 1e9)
            writer.key("share"); writer.number(share(of: stage.name))
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    /// `value` with `digits` decimals.
    public static func format(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if digits == 0 { return String(Int(rounded)) }
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
        }
        return text
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    fileprivate func rightPadded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
