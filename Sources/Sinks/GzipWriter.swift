import CZlib
import Foundation
import GlossCore

/// Compresses bytes into a gzip stream (deflate with the gzip wrapper) written to a file
/// descriptor: what `-o out.jsonl.gz` and the part files of `-o DIR/` hold, readable by
/// `gzip -dc` and by `GzipStream`.
///
/// Level 1 (zlib's fastest) by default: output is written on the thread that hands records
/// out, and on a two-core machine every cycle spent there is taken from the workers; level 1
/// still makes JSON about 5 times smaller. `finish()` ends the stream; the descriptor stays
/// open (its owner closes it). Not thread-safe.
public final class GzipWriter {
    private let descriptor: Int32
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var finished = false
    /// Uncompressed bytes taken so far.
    public private(set) var bytesIn = 0
    /// Compressed bytes written so far.
    public private(set) var bytesOut = 0

    public init(descriptor: Int32, level: Int32 = 1) throws(JSONLinesSink.Error) {
        self.descriptor = descriptor
        stream.initialize(to: z_stream())
        guard gloss_deflateInit2(stream, level, 15 + 16) == Z_OK else {
            stream.deallocate()
            throw JSONLinesSink.Error(description: "cannot start gzip compression")
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
    }

    /// Compresses `bytes` and writes out whatever zlib has ready.
    public func write(_ bytes: [UInt8]) throws(JSONLinesSink.Error) {
        precondition(!finished, "GzipWriter: write after finish")
        guard !bytes.isEmpty else { return }
        bytesIn += bytes.count
        try bytes.withUnsafeBufferPointer { input throws(JSONLinesSink.Error) in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress!)
            stream.pointee.avail_in = UInt32(input.count)
            try pump(flush: Z_NO_FLUSH)
        }
    }

    /// Ends the gzip stream (its trailer holds the CRC and length) and writes it out.
    public func finish() throws(JSONLinesSink.Error) {
        guard !finished else { return }
        finished = true
        stream.pointee.next_in = nil
        stream.pointee.avail_in = 0
        try pump(flush: Z_FINISH)
    }

    private func pump(flush: Int32) throws(JSONLinesSink.Error) {
        while true {
            let (status, produced) = buffer.withUnsafeMutableBufferPointer { out -> (Int32, Int) in
                stream.pointee.next_out = out.baseAddress
                stream.pointee.avail_out = UInt32(out.count)
                let status = deflate(stream, flush)
                return (status, out.count - Int(stream.pointee.avail_out))
            }
            if status == Z_STREAM_ERROR {
                throw JSONLinesSink.Error(description: "gzip compression failed")
            }
            if produced > 0 {
                bytesOut += produced
                try JSONLinesSink.writeAll(Array(buffer[0..<produced]), to: descriptor)
            }
            if flush == Z_FINISH {
                if status == Z_STREAM_END { return }
            } else if stream.pointee.avail_in == 0 && produced < buffer.count {
                return
            }
        }
    }
}
