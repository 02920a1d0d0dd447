import FuzzSupport
import GlossCore
import GlossSources
import GlossStages

// JSON Lines on arbitrary bytes, as one `.jsonl` file: the line reader, each line's JSON
// object and its fields (`text` or `html`, `id`, `url`, `title`, `published`, `authors`…),
// then ingest (an `html` field through `ingest.html`).

let target = FileTarget(extension: "jsonl", readers: [JSONLinesReader()], pipeline: standardPipeline(["ingest"]))

/// One input: libFuzzer's test function (`FuzzTest`).
func fuzzJSONL(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    target.run(start, count)
    return 0
}
