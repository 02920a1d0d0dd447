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

    // MARK: The scan's count, which decides where it reads the page as libxml2 does

    /// The first tag over `limit` by `RawTextElision`'s scan, and whether the scan was exact.
    static func scanned(_ bytes: [UInt8], limit: Int = 3) -> RawTextElision.Tags {
        bytes.withUnsafeBufferPointer { page in
            var found: [RawTextElision.Found] = []
            return RawTextElision.scan(page, valuesFrom: HTMLParser.lastChunkStart(page.count), limit: limit, into: &found)
        }
    }

    /// Pieces both readings read alike: attributes with quoted (`>` inside), bare and no values,
    /// separated by blanks libxml2 knows; comments, scripts and styles holding tags; end tags,
    /// a DOCTYPE, text and a lone `<`.
    static let alikePieces: [String] = {
        var pieces = [
            "<p>", "</p>", "text ", "&amp;", " < ", "<!-- <p a b c d e> -->", "<script>", "</script>", "<style>", "</style>",
            "<br/>", "</div a b c d>", "<!DOCTYPE html>", "<i a0=\"q>r\" a1='s t'>", "\n", "<p a0 a1 a2 a3\n/>",
        ]
        let forms = ["a#=\"x y\"", "b#='z'", "c#=ba/re", "d#", "e# = \"q\"", "F#=\"\""]
        for count in 2...5 {
            for (index, separator) in [" ", "\n", "\t", "\r\n  "].enumerated() {
                let attributes = (0..<count).map { forms[($0 + index) % forms.count].replacingOccurrences(of: "#", with: "\($0)") }
                pieces.append("<div" + separator + attributes.joined(separator: separator) + ">")
                pieces.append("<SCRIPT " + attributes.joined(separator: " ") + ">")
            }
        }
        return pieces
    }()

    /// On pages put together from pieces both readings read alike, and every prefix of some of
    /// them (a tag, value, comment or script the page's end cuts short), the scan's first tag
    /// over the limit is the one `firstExcess`'s own pass finds, at the same offset.
    @Test func theScanFindsTheTagTheOwnPassFinds() {
        var random = SplitMix64(seed: 15)
        var (pages, exact, flagged) = (0, 0, 0)
        for number in 0..<1500 {
            var html = ""
            for _ in 0..<Int.random(in: 1...30, using: &random) { html += Self.alikePieces.randomElement(using: &random)! }
            let bytes = Array(html.utf8)
            let lengths = number % 25 == 0 ? Array(0...bytes.count) : [bytes.count]
            for length in lengths {
                let page = Array(bytes.prefix(length))
                let tags = Self.scanned(page)
                pages += 1
                guard tags.exact else { continue }
                exact += 1
                let own = page.withUnsafeBufferPointer { AttributeLimit.firstExcess(in: $0, limit: 3)?.offset }
                #expect(tags.firstExcess == own, "\(String(decoding: page, as: UTF8.self))")
                if own != nil { flagged += 1 }
            }
        }
        #expect(exact * 10 > pages * 9 && flagged * 3 > exact)
    }

    /// On pages of hostile pieces (those the scan is checked with against the reviewed scan,
    /// with tags of many attributes, bogus ones, form feeds and long names), every start tag
    /// libxml2 itself reports with more than the limit's attributes is flagged by the scan, at
    /// or before it, wherever the scan says it read the page exactly.
    @Test func theScanFlagsEveryTagLibxml2ReadsOverTheLimit() {
        let pieces = RawTextElisionTests.scanPieces + [
            "<p a b c d>", "<p a=1 b='2' c=\"3\" d e>", "<p\u{0C}a\u{0C}b\u{0C}c\u{0C}d>", "<p 1 2 3 4>", "<p a/ b/ c/ d/>",
            "<p a=\"x\"b=\"y\"c=\"z\"d>", "<p a a a a>", "<script/>", "<p \(String(repeating: "n", count: 330))>",
            "<!--x--!>", "<?x <p a b c d>?>", "<p x=\"<q a b c d>\">",
        ]
        var random = SplitMix64(seed: 16)
        var (exact, over) = (0, 0)
        for _ in 0..<1200 {
            var html = ""
            for _ in 0..<Int.random(in: 1...25, using: &random) { html += pieces.randomElement(using: &random)! }
            let page = Array(html.utf8)
            let tags = Self.scanned(page)
            guard tags.exact else { continue }
            exact += 1
            guard let first = StartTagScannerTests.events(page).first(where: { $0.attributes.count > 3 }) else { continue }
            over += 1
            #expect(tags.firstExcess.map { $0 <= first.offset } == true, "\(html)")
        }
        // Fewer pages are exact since review23 (a `<!- x>` piece makes a page inexact): floors
        // lowered from 500 and 100 without a run to set them by.
        #expect(exact > 400 && over > 80)
    }

    /// Where the scan reads the page exactly, its count decides: a tag after a self-closed
    /// `<script/>` (which libxml2 closes at once) counts, and form feeds, which libxml2 does not
    /// take for blanks, leave one attribute whose bare value runs over the rest (`a0="x\u{0C}a1=x…"`,
    /// as libxml2 2.9.14 reads it). Where it does not (a NUL byte after
    /// the first 8 KiB, which ingest otherwise takes as HTML), `firstExcess`'s own pass decides,
    /// as before.
    @Test func theScanDecidesWhereItIsExactAndTheOwnPassElsewhere() throws {
        let count = AttributeLimit.maxPerElement + 1
        let hidden = "<html><body><script/><p \(attributes(count))>x</p></body></html>"
        let error = #expect(throws: StageError.self) { try HTMLTest.ingest(hidden) }
        #expect(error?.code == "html.attribute-limit" && error?.byteOffset == 21)
        let fed = (0..<count).map { "a\($0)=x" }.joined(separator: "\u{0C}")
        let page = "<html><body><p>\(String(repeating: "Words. ", count: 1200))</p><p \(fed)>y</p></body></html>"
        #expect(try HTMLTest.ingest(page, content: .full).text.hasSuffix("y"))
        let withNUL = page.replacingOccurrences(of: "</body>", with: "\u{0}</body>")
        #expect(Self.scanned(Array(withNUL.utf8), limit: AttributeLimit.maxPerElement).exact == false)
        let fallBack = #expect(throws: StageError.self) { try HTMLTest.ingest(withNUL) }
        #expect(fallBack?.code == "html.attribute-limit")
    }

    /// libxml2 2.9.14's push parser reads a `<!` that opens neither a comment nor a DOCTYPE as
    /// text, and the tags after it as tags (`<![CDATA[<p …>]]>` gives a `<p>` with its
    /// attributes): the scan, which skips such markup to its `>`, does not speak for the page,
    /// and the own pass, which reads it as libxml2 does, counts the tag. (final38 parsed these.)
    @Test func aTagInsideATextDeclarationCounts() throws {
        let count = AttributeLimit.maxPerElement + 1
        let page = "<html><body><div><![CDATA[<p \(attributes(count))>]]></div></body></html>"
        #expect(Self.scanned(Array(page.utf8), limit: AttributeLimit.maxPerElement).exact == false)
        let error = #expect(throws: StageError.self) { try HTMLTest.ingest(page) }
        #expect(error?.code == "html.attribute-limit" && error?.byteOffset == 26)
        for opener in ["<!x ", "<![if !IE]", "<!ELEMENT p ", "<!- "] {
            let hidden = "<html><body><div>\(opener)<p \(attributes(count))>y</div></body></html>"
            #expect(Self.scanned(Array(hidden.utf8), limit: AttributeLimit.maxPerElement).exact == false, "\(opener)")
            let error = #expect(throws: StageError.self, "\(opener)") { try HTMLTest.ingest(hidden) }
            #expect(error?.code == "html.attribute-limit", "\(opener)")
        }
        // A DOCTYPE is skipped to its `>` by libxml2 too: the scan still speaks for the page.
        let doctype = "<html><body><div><!DOCTYPE x <p \(attributes(count))>y</div></body></html>"
        #expect(Self.scanned(Array(doctype.utf8), limit: AttributeLimit.maxPerElement) == .init(firstExcess: nil, exact: true))
        #expect(try HTMLTest.ingest(doctype, content: .full).text.hasSuffix("y"))
    }

    /// In a chunk before the last, libxml2 2.9.14's push parser takes `<!-->` (or `<!--!>`,
    /// `<!--->`, `<!---!>`) for a whole comment (its look-ahead searches from the `<!--`),
    /// reads the comment to the chunk's end, and the next chunk as content: a tag there that the
    /// comment's real end (`-->`) would hide is parsed, and counts, in the scan and the own pass.
    /// (final38 and 0637b1a parsed the page, and with 200,000 attributes libxml2 took minutes.)
    @Test func aCommentLibxml2EndsAtAChunksEndHidesNoTag() throws {
        let chunk = HTMLParser.chunkSize
        let count = AttributeLimit.maxPerElement + 1
        func page(_ opener: String) -> [UInt8] {
            let head = "<html><body><p>" + String(repeating: "w", count: chunk - 100 - 19) + "</p>"
            return Array((head + opener + String(repeating: "y", count: 205 - opener.utf8.count)
                + "<p \(attributes(count))>x</p>--><p>z</p></body></html>").utf8)
        }
        let offset = chunk + 105
        for opener in ["<!-->", "<!--!>", "<!--->", "<!---!>"] {
            let bytes = page(opener)
            #expect(Self.scanned(bytes, limit: AttributeLimit.maxPerElement).firstExcess == offset, "\(opener)")
            #expect(bytes.withUnsafeBufferPointer { AttributeLimit.firstExcess(in: $0)?.offset } == offset, "\(opener)")
            let error = #expect(throws: StageError.self, "\(opener)") { try HTMLTest.ingest(bytes: bytes) }
            #expect(error?.code == "html.attribute-limit" && error?.byteOffset == offset, "\(opener)")
        }
        // A comment opened as comments are hides the tag; one whose end is in its chunk ends there.
        let comment = page("<!-- ")
        #expect(Self.scanned(comment, limit: AttributeLimit.maxPerElement) == .init(firstExcess: nil, exact: true))
        #expect(comment.withUnsafeBufferPointer { AttributeLimit.firstExcess(in: $0) } == nil)
        #expect(try HTMLTest.ingest(bytes: comment, content: .full).text.hasSuffix("z"))
        let ended = page("<!-->-->")  // ends in its chunk, before the tag
        #expect(Self.scanned(ended, limit: AttributeLimit.maxPerElement) == .init(firstExcess: offset, exact: true))
        #expect(ended.withUnsafeBufferPointer { RawTextElision.chunkEndOfComment($0, at: chunk - 100) } == nil)
    }

    @Test func theOffsetOfADecodedPageIsTheInputsOwn() throws {
        // windows-1252: the é before the tag is one byte in the input, two once decoded.
        let head = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>caf".utf8) + [0xE9]
        let bytes = head + Array("</p><p \(attributes(AttributeLimit.maxPerElement + 1))>x</p></body></html>".utf8)
        let error = #expect(throws: StageError.self) { try HTMLTest.ingest(bytes: bytes) }
        #expect(error?.byteOffset == head.count + 4)
    }
}
