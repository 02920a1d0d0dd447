import Foundation
import GlossCore
import Testing

@Suite struct MetadataTests {
    private static func json(_ metadata: Metadata) -> String {
        var writer = JSONWriter()
        let context = JSONContext(characters: ScalarOffsetIndex(text: ""), offsets: .identity)
        metadata.writeJSON(to: &writer, context: context)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The named fields come in their fixed order, lists as arrays, and then the other fields
    /// sorted by key as strings sort (upper case before lower, by scalar), whatever order they
    /// were added in.
    @Test func namedFieldsFirstThenTheOthersSortedByKey() {
        var metadata = Metadata()
        metadata.extra["zone"] = "z"
        metadata.extra["Zulu"] = "Z"
        metadata.extra["alpha"] = "a \"quoted\""
        metadata.extra["été"] = "summer"
        metadata.extra["alp"] = "short"
        metadata.contentType = "text/html"
        metadata.keywords = ["one", "two"]
        metadata.title = "A title"
        metadata.authors = ["Ann Writer"]
        metadata.siteName = "Site"
        #expect(
            Self.json(metadata)
                == #"{"title":"A title","authors":["Ann Writer"],"site_name":"Site","keywords":["one","two"],"#
                + #""content_type":"text/html","Zulu":"Z","alp":"short","alpha":"a \"quoted\"","zone":"z","été":"summer"}"#)
    }

    @Test func everyNamedFieldWritesUnderItsKey() throws {
        var metadata = Metadata()
        metadata.title = "t"
        metadata.authors = ["a", "b"]
        metadata.published = "2026-12-07"
        metadata.modified = "2026-12-08"
        metadata.language = "en"
        metadata.url = "https://example.test/a"
        metadata.siteName = "s"
        metadata.description = "d"
        metadata.keywords = ["k"]
        metadata.section = "news"
        metadata.contentType = "text/plain"
        let text = Self.json(metadata)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object.count == 11)
        #expect(object["site_name"] as? String == "s")
        #expect(object["content_type"] as? String == "text/plain")
        #expect(object["authors"] as? [String] == ["a", "b"])
        #expect(text.hasPrefix(#"{"title":"t","authors":["a","b"],"published":"2026-12-07","modified":"2026-12-08","#))
        #expect(Self.json(Metadata()) == "{}")
    }
}
