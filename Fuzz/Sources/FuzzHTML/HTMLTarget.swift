import FuzzSupport
import GlossCore
import GlossStages

// HTML ingest on arbitrary bytes: the decoder (BOM, <meta charset>, legacy encodings), the SAX
// parser, the page builder, the content extractor and the metadata reader. An input of even
// length is read for its article (the default), one of odd length with `content=full`, so both
// paths see every kind of page.

let articlePipeline = standardPipeline(["ingest.html"])
let fullPipeline = standardPipeline(
    ["ingest.html"], options: ["ingest.html": StageOptions(values: ["content": .string("full")])])

/// One input: libFuzzer's test function (`FuzzTest`).
func fuzzHTML(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var document = Document(id: "fuzz.html", raw: fuzzBytes(start, count))
    try? (count % 2 == 0 ? articlePipeline : fullPipeline).process(&document)
    return 0
}
