import FuzzSupport
import GlossCore
import GlossSources
import GlossStages

// The XML readers on arbitrary bytes, as one `.xml` file: the feed reader (RSS 2.0, RSS 1.0,
// Atom), Reuters-21578, NITF, and the generic record reader for any other root, which takes
// `doc` elements as records. All of them sit on the shared libxml2 push parser
// (`XMLPushParser`), its record splitter and node tree. Each input read goes through ingest,
// as in a run (a feed item's HTML through `ingest.html`).

let readers: [any ContainerReader] = [
    FeedReader(), ReutersReader(), NITFReader(),
    XMLRecordReader(recordElement: "doc", textElements: ["title", "text", "body"], titleElement: "title", dateElement: "date"),
]
let target = FileTarget(extension: "xml", readers: readers, pipeline: standardPipeline(["ingest"]))

/// One input: libFuzzer's test function (`FuzzTest`).
func fuzzXML(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    target.run(start, count)
    return 0
}
