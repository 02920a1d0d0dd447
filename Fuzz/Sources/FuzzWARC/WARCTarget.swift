import FuzzSupport
import GlossCore
import GlossSources
import GlossStages

// The web-archive reader on arbitrary bytes, as one `.warc` file: WARC and ARC record headers,
// HTTP responses (status line, headers, chunked transfer coding, content types) and the
// resynchronisation after a broken record. Each response read goes through ingest, which
// takes its charset from the HTTP header.

let target = FileTarget(extension: "warc", readers: [WARCReader()], pipeline: standardPipeline(["ingest"]))

/// One input: libFuzzer's test function (`FuzzTest`).
func fuzzWARC(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    target.run(start, count)
    return 0
}
