import Testing

@testable import GlossText

@Suite struct EmoticonsTests {
    /// The emoticon at the start of `text`, if one stands there alone.
    func emoticon(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard let end = bytes.withUnsafeBufferPointer({ Emoticons.end($0.baseAddress!, count: $0.count, at: 0) })
        else { return nil }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    @Test func recognisesEmoticonsFollowedByWhitespaceOrTheEnd() {
        #expect(emoticon(":)") == ":)")
        #expect(emoticon(":-( sad") == ":-(")
        #expect(emoticon("<3\n") == "<3")
        #expect(emoticon(";)\u{A0}x") == ";)")
        #expect(emoticon("XD") == "XD")
        #expect(emoticon(">:( no") == ">:(")
    }

    @Test func rejectsWhatIsNotAloneOrNotListed() {
        #expect(emoticon(":)x") == nil)
        #expect(emoticon(":") == nil)
        #expect(emoticon(": )") == nil)
        #expect(emoticon("8)") == nil)
        #expect(emoticon("Xbox") == nil)
        #expect(emoticon("The") == nil)
        #expect(emoticon("://x") == nil)
    }

    @Test func everyListedEmoticonIsRecognised() {
        for item in Emoticons.list { #expect(emoticon(item + " ") == item, "\(item)") }
    }
}
