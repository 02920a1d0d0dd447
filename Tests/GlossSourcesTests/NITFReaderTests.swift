import GlossCore
@testable import GlossSources
import Testing

@Suite struct NITFReaderTests {
    let fixtures = XMLFixtures()

    @Test func articleBecomesHeadlineAndParagraphs() throws {
        let path = fixtures.write("story.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <nitf version="-//IPTC//DTD NITF 3.6//EN">
              <head>
                <title>Page title</title>
                <docdata>
                  <doc-id id-string="harbour-2025-0421-17"/>
                  <date.issue norm="20250421T093000Z"/>
                </docdata>
                <pubdata type="web" position.section="Coast"/>
              </head>
              <body>
                <body.head>
                  <hedline><hl1>Ferry service resumes &amp; expands</hl1></hedline>
                  <byline>By <person>Noor Adair</person></byline>
                </body.head>
                <body.content>
                  <p>The ferry ran again on Monday.</p>
                  <block><p>Two new routes <em>open</em> in May.</p></block>
                  <p>  </p>
                </body.content>
              </body>
            </nitf>
            """)
        let inputs = try #require(XMLFixtures.inputs(NITFReader(), path))
        #expect(inputs.count == 1)
        let input = inputs[0]
        #expect(input.id == "harbour-2025-0421-17")
        #expect(input.source == path)
        #expect(input.bodyText == "Ferry service resumes & expands\n\nThe ferry ran again on Monday.\n\nTwo new routes open in May.\n")
        #expect(input.metadata.title == "Ferry service resumes & expands")
        #expect(input.metadata.published == "2025-04-21T09:30:00Z")
        #expect(input.metadata.authors == ["Noor Adair"])
        #expect(input.metadata.section == "Coast")
    }

    @Test func bylineWithoutPersonAndNoDocIDFallBack() throws {
        let path = fixtures.write("plain.xml", """
            <nitf><head><docdata><date.issue norm="20250102"/></docdata></head>
            <body><body.head><byline>By Sam Reyes</byline></body.head><body.content><p>Text.</p></body.content></body></nitf>
            """)
        let input = try #require(XMLFixtures.inputs(NITFReader(), path)?.first)
        #expect(input.id == path)
        #expect(input.metadata.authors == ["Sam Reyes"])
        #expect(input.metadata.published == "2025-01-02")
        #expect(input.bodyText == "Text.\n")
    }

    @Test func brokenArticleIsAnErrorNamingTheLine() throws {
        let path = fixtures.write("broken.xml", "<nitf><body>\n<body.content><p>x</body.content></body></nitf>")
        let inputs = try #require(XMLFixtures.inputs(NITFReader(), path))
        #expect(inputs.count == 1)
        #expect(inputs[0].unreadableMessage?.contains("line 2") == true)
    }

    @Test func basicDatesConvert() {
        #expect(NITFReader.iso8601("20250421T093000-0500") == "2025-04-21T09:30:00-05:00")
        #expect(NITFReader.iso8601("20250421T0930") == nil)
        #expect(NITFReader.iso8601("April") == nil)
    }

    @Test func isAStandardReader() {
        #expect(Readers.standard.contains { $0.name == "nitf" })
    }
}
