import Foundation
import Synchronization

/// Shows how a run is going on standard error: documents done, inputs opened of the total,
/// megabytes read, documents and megabytes per second, errors, and an estimate of the time
/// left once the total size is known.
///
/// On a terminal the line is redrawn in place twice a second; elsewhere (with `--progress`)
/// a line is written every five seconds. The inputs are sized on a background thread as the
/// run starts (files and folders; standard input has no size), so the estimate appears when
/// the sizing is done. Thread-safe: the source's thread reports opened files, the delivering
/// thread reports records.
/// (`@unchecked`: the one non-Sendable member is the Dispatch timer, which is thread-safe.)
final class ProgressReporter: @unchecked Sendable {
    private struct Counts {
        var documents = 0
        var errors = 0
        var filesOpened = 0
        var bytesOpened = 0
        var totalFiles: Int?
        var totalBytes: Int?
    }

    private let counts = Mutex(Counts())
    private let started = DispatchTime.now()
    private let inPlace: Bool
    private let timer: DispatchSourceTimer

    /// Starts reporting; `inPlace` redraws one line (a terminal), else lines are appended;
    /// `walkReads` says which files met in a folder the run reads, so the total counts only those.
    init(paths: [String], inPlace: Bool, walkReads: @escaping @Sendable (String) -> Bool = { _ in true }) {
        self.inPlace = inPlace
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        let interval: DispatchTimeInterval = inPlace ? .milliseconds(500) : .seconds(5)
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler { [weak self] in self?.draw(final: false) }
        timer.resume()
        DispatchQueue.global(qos: .utility).async { [weak self] in
            let (files, bytes) = InputSizer.size(paths, walkReads: walkReads)
            self?.counts.withLock { $0.totalFiles = files; $0.totalBytes = bytes }
        }
    }

    /// A file the source opened, with its size.
    func opened(_ path: String, bytes: Int) {
        counts.withLock { $0.filesOpened += 1; $0.bytesOpened += bytes }
    }

    /// A record handed out.
    func delivered(failed: Bool) {
        counts.withLock { $0.documents += 1; if failed { $0.errors += 1 } }
    }

    /// Stops the timer and writes the last line (on a terminal, ends it).
    func finish() {
        timer.cancel()
        draw(final: true)
    }

    private func draw(final: Bool) {
        let line = Self.line(counts.withLock { $0 }, seconds: seconds)
        let text = inPlace ? "\r\u{1B}[K" + line + (final ? "\n" : "") : line + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    private var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 }

    /// `1,234 docs · 12 of 300 inputs · 45.2 MB · 410 docs/s · 15.0 MB/s · 2 errors · ETA 0:20`.
    private static func line(_ counts: Counts, seconds: Double) -> String {
        let elapsed = max(seconds, 0.001)
        let megabytes = Double(counts.bytesOpened) / 1e6
        var parts = ["\(counts.documents) docs"]
        if let total = counts.totalFiles { parts.append("\(counts.filesOpened) of \(total) inputs") }
        parts.append(String(format: "%.1f MB", megabytes))
        parts.append(String(format: "%.0f docs/s", Double(counts.documents) / elapsed))
        parts.append(String(format: "%.1f MB/s", megabytes / elapsed))
        parts.append("\(counts.errors) error\(counts.errors == 1 ? "" : "s")")
        if let total = counts.totalBytes, counts.bytesOpened > 0, total >= counts.bytesOpened {
            let left = Double(total - counts.bytesOpened) / (Double(counts.bytesOpened) / elapsed)
            parts.append("ETA " + Self.clock(left))
        }
        return "gloss: " + parts.joined(separator: " · ")
    }

    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 3600
            ? String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
            : String(format: "%d:%02d", whole / 60, whole % 60)
    }
}

/// Sizes a run's inputs before it reads them: how many files, how many bytes.
enum InputSizer {
    /// Regular files under `paths` that `walkReads` takes (hidden entries skipped, links not
    /// followed inside folders) and their total size; standard input counts as one file of no size.
    static func size(_ paths: [String], walkReads: (String) -> Bool = { _ in true }) -> (files: Int, bytes: Int) {
        var files = 0
        var bytes = 0
        for path in paths {
            var info = stat()
            guard path != "-", stat(path, &info) == 0 else { files += 1; continue }
            if info.st_mode & S_IFMT != S_IFDIR {
                files += 1
                bytes += Int(info.st_size)
                continue
            }
            let walk = FileManager.default.enumerator(
                at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey],
                options: [.skipsHiddenFiles])
            while let url = walk?.nextObject() as? URL {
                guard let values = try? url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey]),
                    values.isRegularFile == true, walkReads(url.path)
                else { continue }
                files += 1
                bytes += values.fileSize ?? 0
            }
        }
        return (files, bytes)
    }
}
