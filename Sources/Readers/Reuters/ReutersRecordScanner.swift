/// Finds `<REUTERS ...>` ... `</REUTERS>` records in a stream of bytes, SGML or XML alike.
///
/// Requires: the file's chunks in order. Provides: each record's bytes (start tag to end tag),
/// or `.oversized` for a record longer than the limit (its bytes are skipped, not held), and
/// `.truncated` when the file ends inside a record. Anything between records (the doctype,
/// `<LEWIS>`) is ignored. Costs: one pass over the bytes; memory for one record and one chunk.
struct ReutersRecordScanner {
    enum Event: Equatable {
        case record([UInt8])
        case oversized
        case truncated
    }

    private static let open = Array("<REUTERS".utf8)
    private static let close = Array("</REUTERS>".utf8)

    private let maxRecordBytes: Int
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts (a record's start while in a record).
    private var base = 0
    /// Where the search resumes in `buffer`.
    private var position = 0
    private var inRecord = false
    private var skipping = false

    init(maxRecordBytes: Int) {
        self.maxRecordBytes = maxRecordBytes
    }

    /// Adds a chunk and returns the events it completes.
    mutating func feed(_ chunk: [UInt8]) -> [Event] {
        if base > 0 {
            buffer.removeSubrange(0..<base)
            position -= base
            base = 0
        }
        buffer.append(contentsOf: chunk)
        var events: [Event] = []
        while true {
            if !inRecord {
                guard let start = Self.find(Self.open, in: buffer[...], from: position) else {
                    // Keep a tail that could hold the start of `<REUTERS`.
                    discard(upTo: max(position, buffer.count - Self.open.count))
                    break
                }
                discard(upTo: start)
                inRecord = true
                skipping = false
                position = base + Self.open.count
            }
            guard let end = Self.find(Self.close, in: buffer[...], from: position) else {
                if buffer.count - base > maxRecordBytes, !skipping {
                    skipping = true
                    events.append(.oversized)
                }
                if skipping {
                    let keep = max(0, buffer.count - Self.close.count)
                    discard(upTo: keep)
                } else {
                    position = max(position, buffer.count - Self.close.count)
                }
                break
            }
            let recordEnd = end + Self.close.count
            if !skipping {
                if recordEnd - base > maxRecordBytes {
                    events.append(.oversized)
                } else {
                    events.append(.record(Array(buffer[base..<recordEnd])))
                }
            }
            inRecord = false
            discard(upTo: recordEnd)
        }
        return events
    }

    /// Ends the stream: a record still open is truncated.
    mutating func finish() -> [Event] {
        defer { buffer = [] }
        return inRecord && !skipping ? [.truncated] : []
    }

    /// Forgets the bytes before `index`; they are removed at the next `feed`.
    private mutating func discard(upTo index: Int) {
        base = max(base, min(index, buffer.count))
        position = max(position, base)
    }

    /// The first index of `pattern` in `bytes` at or after `start`.
    static func find(_ pattern: [UInt8], in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard let first = pattern.first else { return nil }
        var index = start
        let last = bytes.endIndex - pattern.count
        while index <= last {
            if bytes[index] == first {
                var matched = 1
                while matched < pattern.count, bytes[index + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }
}
