import GlossCore
@testable import GlossSources
import Testing

@Suite struct XMLRecordReaderTests {
    let fixtures = XMLFixtures()
    let reader = XMLRecordReader(recordElement: "doc", textElements: ["headline", "para"],
                                 titleElement: "headline", dateElement: "when")

    @Test func recordsBecomeTextFromTheChosenElements() throws {
        let path = fixtures.write("archive.xml", """
            <?xml version="1.0"?>
            <archive xmlns:x="urn:x">
              <doc><when>Tue, 22 Apr 2025 10:15:00 GMT</when><headline>Dam opens</headline>
                <note>skip me</note><para>Water &lt;flows&gt;.</para><x:para>Second.</x:para></doc>
              <doc><headline>Undated</headline><when>someday</when></doc>
            </archive>
            """)
        let inputs = try #require(XMLFixtures.inputs(reader, path))
        #expect(inputs.count == 2)
        #expect(inputs[0].id == path + "#1")
        #expect(inputs[0].bodyText == "Dam opens\n\nWater <flows>.\n\nSecond.\n")
        #expect(inputs[0].metadata.title == "Dam opens")
        #expect(inputs[0].metadata.published == "2025-04-22T10:15:00Z")
        #expect(inputs[1].id == path + "#2")
        #expect(inputs[1].metadata.published == nil)
        #expect(inputs[1].metadata.extra["date_raw"] == "someday")
    }

    @Test func onlyConfiguredExtensionsAreClaimed() {
        let path = fixtures.write("archive.txt", "<archive><doc/></archive>")
        #expect(XMLFixtures.inputs(reader, path) == nil)
        #expect(reader.extensions == ["xml"])
    }

    @Test func fileWithoutRecordsYieldsOneError() throws {
        let path = fixtures.write("none.xml", "<archive><other/></archive>")
        let inputs = try #require(XMLFixtures.inputs(reader, path))
        #expect(inputs.count == 1)
        #expect(inputs[0].unreadableMessage?.contains("no docs") == true)
    }
}
