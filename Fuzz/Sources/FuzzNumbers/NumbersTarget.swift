import FuzzSupport
import GlossCore
import GlossStages

// The numbers stage on arbitrary bytes read as text: digits, separators, exponents, number
// words, fractions, ordinals, ranges, currencies, units and their modifiers.

let pipeline = standardPipeline(["ingest.text", "tokenize", "numbers"])

/// One input: libFuzzer's test function (`FuzzTest`).
func fuzzNumbers(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var document = Document(id: "fuzz.txt", raw: fuzzBytes(start, count))
    try? pipeline.process(&document)
    return 0
}
