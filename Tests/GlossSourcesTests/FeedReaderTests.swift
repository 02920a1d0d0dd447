import GlossCore
@testable import GlossSources
import Testing

@Suite struct FeedReaderTests {
    let fixtures = XMLFixtures()
    let reader = FeedReader()

    @Test func rss2PrefersContentEncodedAndKeepsDescription() throws {
        let path = fixtures.write("news.rss", """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment before the root -->
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Harbour Gazette</title><link>https://gazette.example/</link>
            <item>
              <title>Tide tables &amp; ferries</title>
              <link>https://gazette.example/tides?a=1&amp;b=2</link>
              <description>&lt;b&gt;Short&lt;/b&gt; teaser</description>
              <content:encoded><![CDATA[<p>The full <em>story</em> of the tides.</p>]]></content:encoded>
              <pubDate>Tue, 22 Apr 2025 10:15:00 GMT</pubDate>
              <dc:creator>Mara Quell</dc:creator>
              <category>Local</category><category>Weather</category>
              <guid isPermaLink="false">tide-1</guid>
            </item>
            <item>
              <title>Second</title>
              <description>&lt;p&gt;Only a description&lt;/p&gt;</description>
              <pubDate>Wed, 23 Apr 2025 08:00:00 +0100</pubDate>
              <author>desk@gazette.example (Ivo Brant)</author>
            </item>
            </channel></rss>
            """)
        let inputs = try #require(XMLFixtures.inputs(reader, path))
        #expect(inputs.count == 2)
        let first = inputs[0]
        #expect(first.id == path + "#1")
        #expect(first.source == "https://gazette.example/tides?a=1&b=2")
        #expect(first.bodyText == "<p>The full <em>story</em> of the tides.</p>")
        #expect(first.metadata.title == "Tide tables & ferries")
        #expect(first.metadata.url == "https://gazette.example/tides?a=1&b=2")
        #expect(first.metadata.published == "2025-04-22T10:15:00Z")
        #expect(first.metadata.authors == ["Mara Quell"])
        #expect(first.metadata.keywords == ["Local", "Weather"])
        #expect(first.metadata.section == "Local")
        #expect(first.metadata.description == "Short teaser")
        #expect(first.metadata.contentType == "text/html")
        #expect(first.metadata.siteName == "Harbour Gazette")
        #expect(first.metadata.extra["guid"] == "tide-1")
        let second = inputs[1]
        #expect(second.id == path + "#2")
        #expect(second.source == path)
        #expect(second.bodyText == "<p>Only a description</p>")
        #expect(second.metadata.description == nil)
        #expect(second.metadata.published == "2025-04-23T08:00:00+01:00")
        #expect(second.metadata.authors == ["Ivo Brant"])
    }

    @Test func atomEntriesUseAlternateLinkAndAuthorName() throws {
        let path = fixtures.write("feed.atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Orchard Notes</title>
              <entry>
                <title>Pruning in spring</title>
                <link rel="self" href="https://orchard.example/self/1"/>
                <link rel="alternate" type="text/html" href="https://orchard.example/pruning?x=1&amp;y=2"/>
                <id>urn:uuid:1234</id>
                <published>2025-03-01T09:30:00+02:00</published>
                <updated>2025-03-02T10:00:00Z</updated>
                <author><name>Lia Fenn</name><email>lia@orchard.example</email></author>
                <category term="gardening"/>
                <summary>Cut back &lt;i&gt;now&lt;/i&gt;.</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Cut 1 &lt; 2 branches.</p></div></content>
              </entry>
              <entry>
                <title>Plain</title>
                <content type="text">a &lt; b</content>
              </entry>
            </feed>
            """)
        let inputs = try #require(XMLFixtures.inputs(reader, path))
        #expect(inputs.count == 2)
        #expect(inputs[0].metadata.url == "https://orchard.example/pruning?x=1&y=2")
        #expect(inputs[0].metadata.authors == ["Lia Fenn"])
        #expect(inputs[0].metadata.published == "2025-03-01T09:30:00+02:00")
        #expect(inputs[0].metadata.modified == "2025-03-02T10:00:00Z")
        #expect(inputs[0].metadata.keywords == ["gardening"])
        #expect(inputs[0].metadata.siteName == "Orchard Notes")
        #expect(inputs[0].metadata.description == "Cut back now.")
        #expect(inputs[0].bodyText == "<div><p>Cut 1 &lt; 2 branches.</p></div>")
        #expect(inputs[1].bodyText == "a &lt; b")
    }

    @Test func rdfItemsAreRead() throws {
        let path = fixtures.write("feed.rdf", """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://mill.example/"><title>Mill Weekly</title></channel>
              <item rdf:about="https://mill.example/a">
                <title>Grain prices</title>
                <description>Prices rose.</description>
                <dc:date>2025-01-05T12:00:00Z</dc:date>
                <dc:subject>Markets</dc:subject>
              </item>
            </rdf:RDF>
            """)
        let inputs = try #require(XMLFixtures.inputs(reader, path))
        #expect(inputs.count == 1)
        #expect(inputs[0].metadata.url == "https://mill.example/a")
        #expect(inputs[0].metadata.published == "2025-01-05T12:00:00Z")
        #expect(inputs[0].metadata.section == "Markets")
        #expect(inputs[0].bodyText == "Prices rose.")
    }

    @Test func malformedFeedKeepsEarlierItemsAndEndsWithAnError() throws {
        let path = fixtures.write("broken.xml", """
            <rss version="2.0"><channel>
            <item><title>One</title><description>first</description></item>
            <item><title>Two</title><description>second</description></item>
            <item><title>Three</title><description>third</descr></item>
            <item><title>Four</title></item>
            </channel></rss>
            """)
        let inputs = try #require(XMLFixtures.inputs(reader, path))
        #expect(inputs.map(\.metadata.title) == ["One", "Two", nil])
        let message = try #require(inputs.last?.unreadableMessage)
        #expect(message.contains(path))
        #expect(message.contains("line 4"))
        #expect(message.contains("mismatch"))
        #expect(inputs.last?.id == path + "#3")
    }

    @Test func undeclaredHTMLEntitiesLoseNoItems() throws {
        let path = fixtures.write("entities.rss", """
            <rss version="2.0"><channel>
            <item><title>Caf&eacute;&nbsp;prices</title><description>up &mdash; again</description></item>
            <item><title>Two</title><description>second</description></item>
            </channel></rss>
            """)
        let inputs = try #require(XMLFixtures.inputs(reader, path))
        #expect(inputs.map(\.metadata.title) == ["Café\u{00A0}prices", "Two"])
        #expect(inputs.allSatisfy { $0.unreadableMessage == nil })
    }

    @Test func feedWithoutItemsYieldsOneError() throws {
        let path = fixtures.write("empty.rss", "<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>")
        let inputs = try #require(XMLFixtures.inputs(reader, path))
        #expect(inputs.count == 1)
        #expect(inputs[0].unreadableMessage?.contains("no items") == true)
    }

    @Test func itemOverTheLimitBecomesAnError() throws {
        let big = String(repeating: "x", count: 5000)
        let path = fixtures.write("big.rss", "<rss><channel><item><description>\(big)</description></item><item><title>ok</title></item></channel></rss>")
        let inputs = try #require(XMLFixtures.inputs(reader, path, limits: ContainerLimits(maxRecordBytes: 1000)))
        #expect(inputs.count == 2)
        #expect(inputs[0].unreadableMessage?.contains("over the limit") == true)
        #expect(inputs[1].metadata.title == "ok")
    }

    @Test func entityBombFeedEndsAsAnErrorInput() throws {
        var declarations = #"<!ENTITY a0 "hahahahahahahahahahahaha">"#
        for level in 1...15 {
            declarations += "\n<!ENTITY a\(level) \"\(String(repeating: "&a\(level - 1);", count: 10))\">"
        }
        let path = fixtures.write("bomb.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [\(declarations)]>
            <rss><channel><item><title>&a15;</title></item></channel></rss>
            """)
        let inputs = try #require(XMLFixtures.inputs(reader, path))
        #expect(inputs.count == 1)
        #expect(inputs[0].unreadableMessage?.contains("billion laughs") == true)
    }

    @Test func xxeFeedNeverYieldsTheSecret() throws {
        let secret = fixtures.write("secret.txt", "SECRET-PASSPHRASE")
        let path = fixtures.write("xxe.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY x SYSTEM "file://\(secret)">]>
            <rss><channel><item><title>t &x;</title><description>d &x;</description></item></channel></rss>
            """)
        let inputs = try #require(XMLFixtures.inputs(reader, path))
        for input in inputs {
            #expect(!(input.bodyText ?? "").contains("SECRET"))
            #expect(!(input.metadata.title ?? "").contains("SECRET"))
            #expect(!(input.unreadableMessage ?? "").contains("SECRET"))
        }
    }

    @Test func otherXMLIsNotClaimed() {
        let path = fixtures.write("other.xml", "<?xml version=\"1.0\"?><catalog><book/></catalog>")
        #expect(XMLFixtures.inputs(reader, path) == nil)
    }

    @Test func isAStandardReader() {
        #expect(Readers.standard.contains { $0.name == "feed" })
    }

    @Test func aUTF16FeedWithAByteOrderMarkIsSplitIntoItems() throws {
        let fixtures = XMLFixtures()
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel>"
            + "<item><title>Première</title></item><item><title>Second</title></item></channel></rss>"
        let bytes: [UInt8] = [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let inputs = try #require(XMLFixtures.inputs(FeedReader(), fixtures.write("wide.xml", bytes: bytes)))
        #expect(inputs.map(\.metadata.title) == ["Première", "Second"])
    }
}
