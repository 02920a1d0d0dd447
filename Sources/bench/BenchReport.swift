import Foundation
import GlossCore

/// The figures of a benchmark: per job count, the median run and the spread of runs.
struct BenchReport {
    struct Row {
        var jobs: Int
        var median: RunStatistics
        var minimumMegabytesPerSecond: Double
        var maximumMegabytesPerSecond: Double
        var runs: Int
        /// The process's peak resident memory once this job count's runs are done (a process-wide
        /// maximum, so it covers the rows before it too), in kilobytes (1024 bytes).
        var peakResidentKilobytes: Int = 0
    }

    /// The process's peak resident memory so far, in kilobytes. On Linux, /proc/self/status's
    /// VmHWM: getrusage's ru_maxrss survives execve, so under `swift run` (which execs `bench`)
    /// it would report SwiftPM's own peak (~120 MB) instead; ru_maxrss is the fallback.
    static func peakResidentKilobytes() -> Int {
        #if os(Linux)
            if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
                let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                let kilobytes = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap({ Int($0) })
            {
                return kilobytes
            }
        #endif
        var usage = rusage()
        #if os(Linux)
            guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
            return Int(usage.ru_maxrss)
        #else
            guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
            return Int(usage.ru_maxrss) / 1024  // bytes on Darwin
        #endif
    }

    /// MB of extracted text (after the last stage) per wall-clock second.
    static func textMegabytesPerSecond(_ figures: RunStatistics) -> Double {
        figures.wallSeconds > 0 ? Double(figures.textBytes) / 1e6 / figures.wallSeconds : 0
    }

    var corpus: String
    var documents: Int
    var bytes: Int
    var stages: [String]
    /// Whether each record was encoded as JSON Lines (the default) or encoding left out.
    var encoding: Bool
    var floorMegabytesPerSecond: Double
    /// Bytes of the distinct documents the bench holds in memory for the whole run (`Corpus`):
    /// part of the peak RSS that `gloss analyze`, reading files as it goes, does not hold.
    var heldBytes: Int = 0
    /// libxml2's HTML parse alone over the corpus, one core, timed before each 1-job run, when
    /// HTML ingest is measured; and the ratio of that run's ingest rate to it.
    var htmlParseMegabytesPerSecond: [Double] = []
    var ingestRatios: [Double] = []
    /// The headline: each 1-job run's whole-pipeline rate (wall clock, every stage measured,
    /// encoding included unless --no-encode) over the parse alone timed just before it.
    var pipelineRatios: [Double] = []

    /// Records a reference parse and the run measured right after it.
    mutating func addReference(_ megabytesPerSecond: Double, run: RunStatistics) {
        htmlParseMegabytesPerSecond.append(megabytesPerSecond)
        pipelineRatios.append(run.megabytesPerSecond / megabytesPerSecond)
        let ingest = run.stages.map(\.name).filter { $0.hasPrefix("ingest") }
        ingestRatios.append(Self.perCoreRate(run, stages: ingest) / megabytesPerSecond)
    }

    static func median(_ values: [Double]) -> Double? { values.isEmpty ? nil : values.sorted()[values.count / 2] }
    var rows: [Row] = []

    /// The stages that make up the text layer, whose combined per-core rate is reported.
    static let textLayer = ["normalize", "tokenize", "sentences"]

    mutating func add(jobs: Int, runs: [RunStatistics], peakResidentKilobytes: Int = Self.peakResidentKilobytes()) {
        let sorted = runs.sorted { $0.megabytesPerSecond < $1.megabytesPerSecond }
        rows.append(
            Row(
                jobs: jobs, median: sorted[sorted.count / 2],
                minimumMegabytesPerSecond: sorted.first!.megabytesPerSecond,
                maximumMegabytesPerSecond: sorted.last!.megabytesPerSecond, runs: runs.count,
                peakResidentKilobytes: peakResidentKilobytes))
    }

    /// MB/s of input per core-second spent in `names` (summed over workers).
    static func perCoreRate(_ figures: RunStatistics, stages names: [String]) -> Double {
        let nanoseconds = figures.stages.filter { names.contains($0.name) }.reduce(UInt64(0)) { $0 + $1.nanoseconds }
        guard nanoseconds > 0 else { return 0 }
        return Double(figures.inputBytes) / 1e6 / (Double(nanoseconds) / 1e9)
    }

    /// How much faster `row` is than the 1-job row, if there is one.
    func scaling(_ row: Row) -> Double? {
        guard let single = rows.first(where: { $0.jobs == 1 }), single.median.megabytesPerSecond > 0 else { return nil }
        return row.median.megabytesPerSecond / single.median.megabytesPerSecond
    }

    private func f(_ value: Double, _ digits: Int = 1) -> String { RunStatistics.format(value, digits) }

    /// The headline line: the whole run over the parse alone, as a median percentage and range.
    var headline: String? {
        guard let ratio = Self.median(pipelineRatios) else { return nil }
        let what = stages.count == 1 ? stages[0] : "whole pipeline (\(stages.count) stages\(encoding ? ", encoding included" : ""))"
        return "\(what) / libxml2 parse alone, 1 job, same run: median \(f(ratio * 100, 0))% "
            + "(\(f(pipelineRatios.min()! * 100, 0))–\(f(pipelineRatios.max()! * 100, 0))%)"
    }

    func table() -> String {
        var out = headline.map { $0 + "\n\n" } ?? ""
        out += "corpus: \(corpus): \(documents) documents, \(f(Double(bytes) / 1e6)) MB"
        out += " (\(f(Double(heldBytes) / 1e6)) MB held in memory, part of the peak RSS)\n"
        out += "stages: \(stages.joined(separator: " → "))\n"
        out += "encoding: " + (encoding ? "included (JSON Lines, as gloss analyze writes them)" : "left out (--no-encode)") + "\n"
        out += "floor (one pass reading every byte, 1 core): \(f(floorMegabytesPerSecond)) MB/s\n"
        if let reference = Self.median(htmlParseMegabytesPerSecond), let ratio = Self.median(ingestRatios) {
            out += "reference (libxml2 HTML SAX parse alone, 1 core, timed before each 1-job run): median \(f(reference)) MB/s "
            out += "(\(f(htmlParseMegabytesPerSecond.min()!))–\(f(htmlParseMegabytesPerSecond.max()!)))\n"
            out += "ingest per core / parse alone, same run: median \(f(ratio * 100, 0))% "
            out += "(\(f(ingestRatios.min()! * 100, 0))–\(f(ingestRatios.max()! * 100, 0))%)\n"
        }
        out += "\n"
        out += "jobs  documents/s      MB/s  (min–max)         text MB/s     tokens/s  scaling  of floor  p50 µs  p99 µs  peak RSS MB\n"
        for row in rows {
            let m = row.median
            let tokensPerSecond = m.wallSeconds > 0 ? Double(m.tokens) / m.wallSeconds : 0
            out += "\(row.jobs)".pad(4) + "  " + f(m.documentsPerSecond, 0).pad(11) + "  " + f(m.megabytesPerSecond).pad(8)
            out += "  (" + f(row.minimumMegabytesPerSecond) + "–" + f(row.maximumMegabytesPerSecond) + ")"
            out = out.padRight(toColumn: 45)
            out += f(Self.textMegabytesPerSecond(m)).pad(9) + "  " + f(tokensPerSecond, 0).pad(11) + "  " + (scaling(row).map { f($0, 2) + "x" } ?? "-").pad(7)
            out += "  " + (f(m.megabytesPerSecond / floorMegabytesPerSecond * 100, 2) + "%").pad(8)
            out += "  " + f(m.latencyPercentile(0.5), 0).pad(6) + "  " + f(m.latencyPercentile(0.99), 0).pad(6)
            out += "  " + f(Double(row.peakResidentKilobytes) / 1024).pad(11) + "\n"
        }
        if let first = rows.first {
            out += "\nper stage (\(first.jobs) job\(first.jobs == 1 ? "" : "s"), median run): share of time, MB/s of input per core\n"
            for stage in first.median.stages {
                out += "  " + stage.name.padRight(16) + (f(first.median.share(of: stage.name) * 100) + "%").pad(7)
                let rate = Self.perCoreRate(first.median, stages: [stage.name])
                out += "  " + f(rate).pad(10) + " MB/s"

                out += "\n"
            }
            let layer = Self.textLayer.filter(stages.contains)
            if !layer.isEmpty {
                out += "  text layer (\(layer.joined(separator: " + "))): "
                out += "\(f(Self.perCoreRate(first.median, stages: layer))) MB/s per core\n"
            }
        }
        return out
    }

    func json() -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("corpus"); writer.string(corpus)
        writer.key("documents"); writer.number(documents)
        writer.key("bytes"); writer.number(bytes)
        writer.key("held_bytes"); writer.number(heldBytes)
        writer.key("encoding"); writer.bool(encoding)
        writer.key("stages")
        writer.beginArray()
        for stage in stages { writer.string(stage) }
        writer.endArray()
        writer.key("floor_megabytes_per_second"); writer.number(floorMegabytesPerSecond)
        if let reference = Self.median(htmlParseMegabytesPerSecond), let ratio = Self.median(ingestRatios) {
            writer.key("html_parse_megabytes_per_second"); writer.number(reference)
            writer.key("ingest_to_html_parse_ratio"); writer.number(ratio)
            writer.key("pipeline_to_html_parse_ratio"); writer.number(Self.median(pipelineRatios) ?? 0)
        }
        writer.key("text_layer_stages")
        writer.beginArray()
        for stage in Self.textLayer where stages.contains(stage) { writer.string(stage) }
        writer.endArray()
        writer.key("peak_resident_kilobytes"); writer.number(rows.map(\.peakResidentKilobytes).max() ?? 0)
        writer.key("runs")
        writer.beginArray()
        for row in rows {
            writer.beginObject()
            writer.key("jobs"); writer.number(row.jobs)
            writer.key("runs"); writer.number(row.runs)
            writer.key("median")
            row.median.writeJSON(to: &writer, jobs: row.jobs)
            writer.key("min_megabytes_per_second"); writer.number(row.minimumMegabytesPerSecond)
            writer.key("max_megabytes_per_second"); writer.number(row.maximumMegabytesPerSecond)
            writer.key("scaling")
            if let scaling = scaling(row) { writer.number(scaling) } else { writer.null() }
            writer.key("ratio_to_floor"); writer.number(row.median.megabytesPerSecond / floorMegabytesPerSecond)
            writer.key("text_megabytes_per_second"); writer.number(Self.textMegabytesPerSecond(row.median))
            writer.key("peak_resident_kilobytes"); writer.number(row.peakResidentKilobytes)

            writer.key("text_layer_megabytes_per_second_per_core")
            writer.number(Self.perCoreRate(row.median, stages: Self.textLayer))
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.newline()
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

extension String {
    fileprivate func pad(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    fileprivate func padRight(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// Pads the last line of `self` with spaces up to `column`.
    fileprivate func padRight(toColumn column: Int) -> String {
        let lastLine = split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        return lastLine.count >= column ? self : self + String(repeating: " ", count: column - lastLine.count)
    }
}
