import GlossCore
import Testing

@testable import GlossHTML

@Suite struct AttributeLimitTests {
    func excess(_ html: String, limit: Int = 3) -> Int? {
        Array(html.utf8).withUnsafeBufferPointer { AttributeLimit.firstExcess(in: $0, limit: limit)?.offset }
    }

    func attributes(_ count: Int) -> String {
        (0..<count).map { "a\($0)=\"x\"" }.joined(separator: " ")
    }

    @Test func aTagOverTheLimitIsFoundAtItsStart() {
        #expect(excess("<p a b c>fine</p><div \(attributes(4))>") == 17)
        #expect(excess("<p a b c>fine</p><div \(attributes(3))>") == nil)
    }

    @Test func valuesOfEveryKindCountOnce() {
        #expect(excess(#"<p a="x y z > w" b='q r' c=bare d>"#) == 0)
        #expect(excess(#"<p a="x y z > w" b='q r' c=bare>"#) == nil)
        #expect(excess("<p a = 1 b= 2 c =3/>") == nil)
    }

    @Test func everyASCIISpaceSeparatesAndSlashOrEqualsEndsAName() {
        for space in ["\t", "\n", "\u{0B}", "\u{0C}", "\r", " "] {
            #expect(excess("<p\(space)a\(space)b\(space)c\(space)d>") == 0, "separated by \(Array(space.utf8))")
            #expect(excess("<p\(space)a\(space)b\(space)c>") == nil)
        }
        #expect(excess("<p/a/b/c/d>") == nil, "a slash inside a name is part of it: one attribute")
        #expect(excess("<p/ a b c d>") == 0, "a slash ends the tag's name")
        #expect(excess("<p a=b=c=d>") == nil, "the first `=` ends a name; the rest is its bare value")
        #expect(excess("<p a=1 b=2 c=3 d=>") == 0)
    }

    @Test func commentsScriptsStylesAndEndTagsHoldNoAttributes() {
        #expect(excess("<!-- <p a b c d e> --><p>text</p>") == nil)
        #expect(excess("<script>if (a <b c d e f) {}</script><p a>x</p>") == nil)
        #expect(excess("<STYLE>p <q r s t u v> {}</Style><p a>x</p>") == nil)
        #expect(excess("</p a b c d e><!DOCTYPE a b c d e><?x a b c d e?>") == nil)
        #expect(excess("<script>x</script><b \(attributes(4))>") == 18)
    }

    @Test func aPageWithTooManyAttributesOnOneElementIsAnErrorWithACode() throws {
        let html = "<html><body><p>Before.</p><p \(attributes(AttributeLimit.maxPerElement + 1))>After.</p></body></html>"
        let error = #expect(throws: StageError.self) { try HTMLTest.ingest(html) }
        #expect(error?.code == "html.attribute-limit")
        #expect(error?.byteOffset == 26)
        #expect(error?.message.contains("more than 1024 attributes") == true)
        let fine = "<html><body><p \(attributes(AttributeLimit.maxPerElement))>Within the limit.</p></body></html>"
        #expect(try HTMLTest.ingest(fine, content: .full).text == "Within the limit.")
    }

    /// 200,000 attributes on one tag took libxml2 78 s; the page now fails before it is parsed.
    @Test func twoHundredThousandAttributesFailAtOnce() throws {
        let html = "<html><body><p \(attributes(200_000))>Text.</p></body></html>"
        let error = #expect(throws: StageError.self) { try HTMLTest.ingest(html) }
        #expect(error?.code == "html.attribute-limit")
    }

    @Test func theOffsetOfADecodedPageIsTheInputsOwn() throws {
        // windows-1252: the é before the tag is one byte in the input, two once decoded.
        let head = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>caf".utf8) + [0xE9]
        let bytes = head + Array("</p><p \(attributes(AttributeLimit.maxPerElement + 1))>x</p></body></html>".utf8)
        let error = #expect(throws: StageError.self) { try HTMLTest.ingest(bytes: bytes) }
        #expect(error?.byteOffset == head.count + 4)
    }
}
