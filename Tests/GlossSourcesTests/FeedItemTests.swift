@testable import GlossSources
import Testing

@Suite struct FeedItemTests {
    @Test func plainTextDropsInlineTagsAndSpacesBlocks() {
        #expect(FeedItem.plainText(Array("<p>Cut <i>now</i>.</p><p>Then <br/>wait</p>".utf8)) == "Cut now. Then wait")
    }
}
