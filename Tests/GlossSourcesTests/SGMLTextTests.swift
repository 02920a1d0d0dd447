@testable import GlossSources
import Testing

@Suite struct SGMLTextTests {
    private func decode(_ text: String) -> String { SGMLText.decode(Array(text.utf8)[...]) }

    @Test func referencesAreDecodedAndControlsDropped() {
        #expect(decode("a &lt;b&gt; &amp; &#233;&#xE9; &#3;&#5;end") == "a <b> & éé end")
        #expect(decode("keep &unknown; and & alone") == "keep &unknown; and & alone")
    }

    @Test func tagsAndRawControlBytesAreDropped() {
        #expect(decode("x<BODY>y\u{02}z\r\n") == "xyz\n")
    }
}
