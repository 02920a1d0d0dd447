import CZlib
import Foundation

/// Gzip bytes for the gzip and web-archive tests, made with zlib at test time.
enum GzipFixtures {
    /// `bytes` as one gzip member.
    static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        let started = deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY,
                                    zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        precondition(started == Z_OK)
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 64)
        let code = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        precondition(code == Z_STREAM_END)
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }

    static func gzip(_ text: String) -> [UInt8] { gzip(Array(text.utf8)) }

    /// Each text as its own member, concatenated: a multi-member gzip file.
    static func members(_ texts: [String]) -> [UInt8] { texts.flatMap { gzip($0) } }

    /// Text that does not compress much, so members span several 64 KiB chunks.
    static func noise(_ count: Int, seed: UInt64 = 1) -> String {
        var state = seed
        var scalars = String.UnicodeScalarView()
        for _ in 0..<count {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            scalars.append(Unicode.Scalar(UInt8(97 + (state >> 33) % 26)))
        }
        return String(scalars)
    }
}
