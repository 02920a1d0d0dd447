import GlossCore
@testable import GlossSources
import Testing

@Suite struct ReutersReaderTests {
    let fixtures = XMLFixtures()
    let reader = ReutersReader()

    static let sgml = """
        <!DOCTYPE lewis SYSTEM "lewis.dtd">
        <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="10" NEWID="7">
        <DATE> 3-MAR-1987 09:14:22.05</DATE>
        <TOPICS><D>grain</D><D>wheat</D></TOPICS>
        <PLACES><D>canada</D></PLACES>
        <UNKNOWN>&#5;&#5;&#5;G
        &#22;&#22;&#1;f1234&#31;reute</UNKNOWN>
        <TEXT>&#2;
        <TITLE>MILLERS SEE WHEAT &lt;AB&gt; DEMAND</TITLE>
        <DATELINE>    WINNIPEG, March 3 - </DATELINE><BODY>Flour millers said demand was
        firm &amp; rising, with 3 &lt; 4.
         Reuter
        &#3;</BODY></TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="11" NEWID="8">
        <DATE> 3-MAR-1987 09:15:00.00</DATE>
        <TOPICS></TOPICS>
        <TEXT TYPE="BRIEF">&#2;
        <TITLE>BRIEF HEADLINE ONLY</TITLE>
        &#3;</TEXT>
        </REUTERS>
        """

    @Test func sgmlRecordsBecomePlainTextWithMetadata() throws {
        let path = fixtures.write("reut2-900.sgm", Self.sgml)
        let inputs = try #require(XMLFixtures.inputs(reader, path))
        #expect(inputs.count == 2)
        let first = inputs[0]
        #expect(first.id == path + "#7")
        #expect(first.bodyText == "MILLERS SEE WHEAT <AB> DEMAND\n\nFlour millers said demand was\nfirm & rising, with 3 < 4.\n")
        #expect(first.metadata.title == "MILLERS SEE WHEAT <AB> DEMAND")
        #expect(first.metadata.published == "1987-03-03T09:14:22")
        #expect(first.metadata.extra["topics"] == "grain,wheat")
        #expect(first.metadata.extra["places"] == "canada")
        #expect(first.metadata.extra["dateline"] == "WINNIPEG, March 3")
        #expect(first.metadata.contentType == "text/plain; charset=utf-8")
        #expect(inputs[1].id == path + "#8")
        #expect(inputs[1].bodyText == "BRIEF HEADLINE ONLY\n")
        #expect(inputs[1].metadata.extra["topics"] == nil)
    }

    @Test func theWiresSignOffIsNoPartOfTheText() {
        // "Reuter" closing a body was tagged a person in 762 of reut2-002's 1,000 stories
        #expect(ReutersRecord.withoutSignOff("Prices rose.\n Reuter") == "Prices rose.")
        #expect(ReutersRecord.withoutSignOff("Prices rose.\n REUTER...\r") == "Prices rose.")
        #expect(ReutersRecord.withoutSignOff("Prices rose.\nReuters") == "Prices rose.")
        // a body of one line, or one whose last line says more, is kept whole
        #expect(ReutersRecord.withoutSignOff("Reuter") == "Reuter")
        #expect(ReutersRecord.withoutSignOff("Prices rose.\nReuter said so.") == "Prices rose.\nReuter said so.")
        #expect(ReutersRecord.withoutSignOff("Prices rose, Reuter") == "Prices rose, Reuter")
    }

    @Test func anUnprocessedTextLosesItsSignOffToo() throws {
        let record = "<REUTERS NEWID=\"3\"><TEXT TYPE=\"UNPROC\">&#2;\nPrices rose.\n Reuter\n&#3;</TEXT></REUTERS>\n"
        let path = fixtures.write("unproc.sgm", record)
        let inputs = try #require(XMLFixtures.inputs(reader, path))
        #expect(inputs.first?.bodyText == "Prices rose.\n")
    }

    @Test func recordsSplitAcrossChunksAreFound() throws {
        let filler = String(repeating: "grain news ", count: 9000)
        let record = "<REUTERS NEWID=\"1\"><TEXT><TITLE>T</TITLE><BODY>\(filler)</BODY></TEXT></REUTERS>\n"
        let path = fixtures.write("long.sgm", String(repeating: record, count: 3))
        let inputs = try #require(XMLFixtures.inputs(reader, path))
        #expect(inputs.count == 3)
        #expect(inputs.allSatisfy { $0.bodyText?.hasSuffix("grain news\n") == true })
    }

    @Test func xmlVersionWithLatin1ByteIsReadWithReplacement() throws {
        var bytes = Array("""
            <?xml version="1.0"?>
            <LEWIS>
            <REUTERS NEWID="42"><DATE>1-APR-1987 00:00:00.00</DATE><TEXT><TITLE>M
            """.utf8)
        bytes.append(0xFC)  // Latin-1 "ü", not UTF-8
        bytes += Array("NCHEN BANK</TITLE><BODY>Body text.</BODY></TEXT></REUTERS>\n</LEWIS>\n".utf8)
        let path = fixtures.write("reut2-901.xml", bytes: bytes)
        let inputs = try #require(XMLFixtures.inputs(reader, path))
        #expect(inputs.count == 1)
        #expect(inputs[0].id == path + "#42")
        #expect(inputs[0].bodyText == "M\u{FFFD}NCHEN BANK\n\nBody text.\n")
        #expect(inputs[0].metadata.published == "1987-04-01T00:00:00")
    }

    @Test func oversizedAndTruncatedRecordsBecomeErrors() throws {
        let big = String(repeating: "x", count: 3000)
        let path = fixtures.write("odd.sgm", """
            <REUTERS NEWID="1"><TEXT><BODY>\(big)</BODY></TEXT></REUTERS>
            <REUTERS NEWID="2"><TEXT><TITLE>fits</TITLE></TEXT></REUTERS>
            <REUTERS NEWID="3"><TEXT><TITLE>cut
            """)
        let inputs = try #require(XMLFixtures.inputs(reader, path, limits: ContainerLimits(maxRecordBytes: 1000)))
        #expect(inputs.count == 3)
        #expect(inputs[0].unreadableMessage?.contains("over the limit") == true)
        #expect(inputs[1].bodyText == "fits\n")
        #expect(inputs[2].unreadableMessage?.contains("cut short") == true)
    }

    @Test func otherFilesAreNotClaimed() {
        let path = fixtures.write("feed.xml", "<rss><channel/></rss>")
        #expect(XMLFixtures.inputs(reader, path) == nil)
    }

    @Test func datesParseOrAreRefused() {
        #expect(ReutersRecord.iso8601("26-FEB-1987 15:01:01.79") == "1987-02-26T15:01:01")
        #expect(ReutersRecord.iso8601("31-MAR-1987 605:12:19.12") == nil)
    }

    @Test func isAStandardReader() {
        #expect(Readers.standard.contains { $0.name == "reuters" })
    }
}
