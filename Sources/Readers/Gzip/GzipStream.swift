#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CZlib
import GlossCore

/// Decompresses a gzip file (or gzip bytes in memory) as a stream of chunks, member after member.
///
/// Requires: gzip data (RFC 1952); several members one after another (as `.warc.gz` files have,
/// one per record) read as one stream, and zero padding after the last member is ignored. With
/// `windowBits` 15 or -15 it reads one zlib or raw deflate stream instead (HTTP
/// `Content-Encoding: deflate`).
///
/// Provides: `next()` returns decompressed chunks of up to 64 KiB, an empty chunk at the end; a
/// chunk never spans two members, so `memberStart` (the compressed offset of the member the last
/// chunk came from) is exact. A truncated or corrupt stream throws `GzipError` naming the byte
/// offset, after the bytes decoded before the break have been returned; `resync()` then scans for
/// the next member's magic so a caller can go on with later members.
///
/// Costs: one 64 KiB input buffer, zlib's 32 KiB window, and one 64 KiB output chunk per call;
/// never the whole file. Not thread-safe: one stream per reader.
public final class GzipStream {
    public static let chunkSize = 1 << 16

    private enum Input {
        case file(Int32)
        case memory([UInt8])
    }

    private enum State {
        case inMember, betweenMembers, failed, finished
    }

    private var input: Input
    private let windowBits: Int32
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: GzipStream.chunkSize)
    /// The compressed offset of `buffer[0]`.
    private var bufferOffset = 0
    /// Where the next `read` of a file input reads.
    private var filePosition = 0
    private var inputEnded = false
    private var state = State.inMember
    /// The error the next call throws, after the bytes decoded before it were returned.
    private var failure: GzipError?

    /// The compressed offset of the member the last chunk came from.
    public private(set) var memberStart = 0
    /// How many members have been started, counting the first.
    public private(set) var memberCount = 1

    /// Opens the gzip file at `path`; if it cannot be opened, the first `next()` throws why.
    public convenience init(path: String) {
        let descriptor = FileReader.openReadOnly(path)
        self.init(input: .file(descriptor), windowBits: 31)
        if descriptor < 0 {
            fail(.unreadable, "cannot open \(path): \(FileReader.systemMessage(errno))", at: 0)
        }
    }

    /// Reads compressed `bytes` in memory: gzip with `windowBits` 31 (the default), a zlib stream
    /// with 15, raw deflate with -15.
    public convenience init(bytes: [UInt8], windowBits: Int32 = 31) {
        self.init(input: .memory(bytes), windowBits: windowBits)
    }

    private init(input: Input, windowBits: Int32) {
        self.input = input
        self.windowBits = windowBits
        stream.initialize(to: z_stream())
        if gloss_inflateInit2(stream, windowBits) != Z_OK {
            fail(.unreadable, "zlib could not start (out of memory?)", at: 0)
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        buffer.deallocate()
        if case .file(let descriptor) = input, descriptor >= 0 { _ = systemClose(descriptor) }
    }

    /// The compressed offset of the next byte zlib will read.
    public var compressedOffset: Int {
        guard let next = stream.pointee.next_in else { return bufferOffset }
        return bufferOffset + (next - buffer)
    }

    /// The next decompressed chunk (at most `chunkSize` bytes, all from one member); empty at the
    /// end of the stream.
    ///
    /// - Throws: `GzipError` for a truncated or corrupt stream or a read error; call `resync()`
    ///   to go on with the next member.
    public func next() throws(GzipError) -> [UInt8] {
        if let failure { throw failure }
        if state == .finished { return [] }
        var output = [UInt8](repeating: 0, count: Self.chunkSize)
        let produced = output.withUnsafeMutableBufferPointer { inflateChunk(into: $0) }
        if produced == 0, let failure { throw failure }
        output.removeSubrange(produced...)
        return output
    }

    /// Inflates into `output` until it is full, the member ends, or the input breaks; returns how
    /// many bytes it wrote.
    private func inflateChunk(into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        stream.pointee.next_out = output.baseAddress
        stream.pointee.avail_out = UInt32(output.count)
        func produced() -> Int { output.count - Int(stream.pointee.avail_out) }
        while stream.pointee.avail_out > 0 {
            if stream.pointee.avail_in == 0 && !inputEnded {
                _ = refill(from: compressedOffset)
                if failure != nil { return produced() }
            }
            if state == .betweenMembers {
                guard startNextMember() else { return produced() }
                continue
            }
            let code = inflate(stream, Z_NO_FLUSH)
            switch code {
            case Z_OK:
                continue
            case Z_BUF_ERROR:
                guard stream.pointee.avail_in == 0 && inputEnded else { continue }
                fail(.truncated, "truncated gzip stream at byte \(compressedOffset): the member that starts at byte "
                     + "\(memberStart) is cut short; the file is incomplete (re-fetch or re-compress it)",
                     at: compressedOffset)
                return produced()
            case Z_STREAM_END:
                state = windowBits == 31 ? .betweenMembers : .finished
                return produced()
            default:
                let reason = stream.pointee.msg.map { String(cString: $0) } ?? "zlib error \(code)"
                fail(.corrupt, "corrupt gzip data at byte \(compressedOffset) in the member that starts at byte "
                     + "\(memberStart): \(reason); the file is damaged (re-fetch it)", at: compressedOffset)
                return produced()
            }
        }
        return produced()
    }

    /// After a member's end: skips zero padding, then starts the next member, or finishes at the
    /// end of the input. Returns false when there is nothing more to decode.
    private func startNextMember() -> Bool {
        while true {
            if stream.pointee.avail_in == 0 {
                if inputEnded || !refill(from: compressedOffset) {
                    if failure == nil { state = .finished }
                    return false
                }
            }
            guard stream.pointee.next_in[0] == 0 else { break }
            stream.pointee.next_in += 1
            stream.pointee.avail_in -= 1
        }
        memberStart = compressedOffset
        memberCount += 1
        inflateReset(stream)
        state = .inMember
        return true
    }

    /// Skips past the member that failed to the next place gzip's magic bytes (1f 8b 08) appear,
    /// and goes on decoding from there. Returns false when there is no further member.
    ///
    /// Cost: reads the rest of the failed member again, in 64 KiB chunks.
    public func resync() -> Bool {
        guard windowBits == 31, failure?.kind != .unreadable else { return false }
        var position = memberStart + 1
        while true {
            guard refill(from: position) else { break }
            let count = Int(stream.pointee.avail_in)
            if count < 4 { break }
            for index in 0..<(count - 3)
            where buffer[index] == 0x1f && buffer[index + 1] == 0x8b && buffer[index + 2] == 8 && buffer[index + 3] & 0xe0 == 0 {
                stream.pointee.next_in = buffer + index
                stream.pointee.avail_in = UInt32(count - index)
                memberStart = bufferOffset + index
                memberCount += 1
                inflateReset(stream)
                failure = nil
                state = .inMember
                return true
            }
            if inputEnded { break }
            position += count - 3
        }
        state = .finished
        return false
    }

    /// Fills the input buffer from compressed offset `offset`; false at the end of the input or
    /// on a read error (which sets `failure`).
    private func refill(from offset: Int) -> Bool {
        var count = 0
        switch input {
        case .file(let descriptor):
            guard descriptor >= 0 else { return false }
            if offset != filePosition { _ = lseek(descriptor, off_t(offset), SEEK_SET) }
            while count < Self.chunkSize {
                let got = read(descriptor, buffer + count, Self.chunkSize - count)
                if got < 0, errno == EINTR { continue }
                if got < 0 {
                    fail(.unreadable, "cannot read the gzip file at byte \(offset + count): "
                         + FileReader.systemMessage(errno), at: offset + count)
                    return false
                }
                if got == 0 { break }
                count += got
            }
            filePosition = offset + count
        case .memory(let bytes):
            let start = min(offset, bytes.count)
            count = min(Self.chunkSize, bytes.count - start)
            bytes.withUnsafeBufferPointer { source in
                if count > 0 { buffer.update(from: source.baseAddress! + start, count: count) }
            }
        }
        bufferOffset = offset
        inputEnded = count < Self.chunkSize
        stream.pointee.next_in = buffer
        stream.pointee.avail_in = UInt32(count)
        return count > 0
    }

    private func fail(_ kind: GzipError.Kind, _ message: String, at offset: Int) {
        failure = GzipError(kind: kind, offset: offset, memberStart: memberStart, description: message)
        state = .failed
    }
}

#if canImport(Glibc)
private let systemClose = Glibc.close
#elseif canImport(Darwin)
private let systemClose = Darwin.close
#endif
