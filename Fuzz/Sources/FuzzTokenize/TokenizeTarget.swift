import FuzzSupport
import GlossCore
import GlossStages

// The text layer on arbitrary bytes: plain-text ingest (UTF-8 repair, byte-order marks,
// UTF-16), the normaliser, the tokeniser and the sentence splitter.

let pipeline = standardPipeline(["ingest.text", "normalize", "tokenize", "sentences"])

/// One input: libFuzzer's test function (`FuzzTest`).
func fuzzTokenize(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var document = Document(id: "fuzz.txt", raw: fuzzBytes(start, count))
    try? pipeline.process(&document)
    return 0
}
