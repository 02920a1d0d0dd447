import Foundation
import GlossCore
@testable import GlossSources
import Testing

@Suite struct GzipContainerReaderTests {
    static let feed = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
        <item><title>First</title><link>http://example.com/1</link><description>&lt;p&gt;One.&lt;/p&gt;</description></item>
        <item><title>Second</title><link>http://example.com/2</link><description>&lt;p&gt;Two.&lt;/p&gt;</description></item>
        </channel></rss>
        """

    @Test func aGzippedFeedIsSplitIntoItems() throws {
        let fixtures = XMLFixtures()
        let path = fixtures.write("wire.xml.gz", bytes: GzipFixtures.gzip(Self.feed))
        let inputs = try #require(XMLFixtures.inputs(GzipContainerReader(inner: [FeedReader()]), path))
        #expect(inputs.map(\.id) == [path + "#1", path + "#2"])
        #expect(inputs.map(\.metadata.title) == ["First", "Second"])
        // The temporary file is gone once the inputs are used up.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
        #expect(!leftovers.contains { $0.hasPrefix("gloss-wire.xml.gz-") })
    }

    @Test func theSizeLimitAppliesToEachItemOfAGzippedFeedNotToTheWholeFile() throws {
        let fixtures = XMLFixtures()
        let items = (1...400).map { "<item><title>Item \($0)</title><description>\(GzipFixtures.noise(200, seed: UInt64($0)))</description></item>" }
        let feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>\(items.joined())</channel></rss>"
        let path = fixtures.write("big.xml.gz", bytes: GzipFixtures.gzip(feed))
        let limits = ContainerLimits(maxRecordBytes: 10_000)  // the feed is about 100 KB
        let inputs = try #require(XMLFixtures.inputs(GzipContainerReader(inner: [FeedReader()]), path, limits: limits))
        #expect(inputs.count == 400)
        #expect(inputs.allSatisfy { $0.unreadableMessage == nil })
        #expect(inputs.last?.metadata.title == "Item 400")
    }

    /// A run stopped by a signal while reading a gzipped feed used to leave the decompressed
    /// copy behind, readable by all (mode 0644): now it has no name from the start.
    @Test func theDecompressedCopyHasNoNameWhileItIsRead() throws {
        let fixtures = XMLFixtures()
        let path = fixtures.write("signal.xml.gz", bytes: GzipFixtures.gzip(Self.feed))
        let head = Array(FileManager.default.contents(atPath: path)!.prefix(ContainerLimits.headBytes))
        let inputs = try #require(GzipContainerReader(inner: [FeedReader()]).inputs(path: path, head: head, limits: ContainerLimits()))
        #expect(inputs.next()?.id == path + "#1")  // reading has begun
        let names = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
        #expect(!names.contains { $0.hasPrefix("gloss-signal.xml.gz-") })
        #expect(inputs.next()?.id == path + "#2")
        #expect(inputs.next() == nil)
    }

    @Test func otherGzipFilesAreLeftToGzipReader() {
        let fixtures = XMLFixtures()
        let page = fixtures.write("page.html.gz", bytes: GzipFixtures.gzip("<p>hi</p>"))
        let plainXML = fixtures.write("data.xml.gz", bytes: GzipFixtures.gzip("<?xml version=\"1.0\"?><table><row/></table>"))
        #expect(XMLFixtures.inputs(GzipContainerReader(inner: [FeedReader()]), page) == nil)
        #expect(XMLFixtures.inputs(GzipContainerReader(inner: [FeedReader()]), plainXML) == nil)
        #expect(Readers.standard.map(\.name).prefix(4) == ["jsonl", "warc", "gzip-archive", "gzip"])
    }

    @Test func aTruncatedGzippedFeedKeepsTheItemsBeforeTheBreakAndSaysWhere() throws {
        let fixtures = XMLFixtures()
        let compressed = GzipFixtures.gzip(Self.feed)
        let path = fixtures.write("cut.xml.gz", bytes: Array(compressed.prefix(compressed.count - 12)))
        let inputs = try #require(XMLFixtures.inputs(GzipContainerReader(inner: [FeedReader()]), path))
        let errors = inputs.compactMap { input -> String? in
            if case .unreadable(let message, _) = input.payload { return message }
            return nil
        }
        #expect(!errors.isEmpty)
        #expect(errors.last?.contains("truncated gzip stream") == true)
        #expect(inputs.allSatisfy { $0.id.hasPrefix(path) })
    }
}
