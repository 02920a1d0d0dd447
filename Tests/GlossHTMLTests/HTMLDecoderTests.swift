import GlossCore
import Testing

@testable import GlossHTML

@Suite struct HTMLDecoderTests {
    func decode(_ bytes: [UInt8], contentType: String? = nil) -> HTMLDecoder.Decoded {
        bytes.withUnsafeBufferPointer { HTMLDecoder.decode($0, contentType: contentType) }
    }

    @Test func aUTF8ByteOrderMarkIsDroppedAndMappedPast() {
        let decoded = decode([0xEF, 0xBB, 0xBF] + Array("<p>hé</p>".utf8), contentType: "text/html; charset=windows-1252")
        #expect(decoded.origin == "bom")
        #expect(decoded.result.text == "<p>hé</p>")
        #expect(decoded.result.map.sourceRange(of: 0..<3) == 3..<6)
    }

    @Test func aUTF16LittleEndianByteOrderMarkWins() {
        let text = "<meta charset=\"utf-8\"><p>Zoë</p>"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = decode(bytes)
        #expect(decoded.origin == "bom")
        #expect(decoded.result.text == text)
        // "ë" is the 28th UTF-16 unit: bytes 2 + 27 * 2 of the input
        let offset = text.utf8.count - "ë</p>".utf8.count
        #expect(decoded.result.map.sourceRange(of: offset..<offset + 2) == 56..<58)
    }

    @Test func theTransportCharsetComesBeforeTheMetaTag() {
        let bytes = Array("<meta charset=\"utf-8\"><p>caf".utf8) + [0xE9] + Array("</p>".utf8)
        let decoded = decode(bytes, contentType: "text/html; charset=\"Windows-1252\"")
        #expect(decoded.origin == "transport")
        #expect(decoded.result.text.hasSuffix("<p>café</p>"))
        #expect(decoded.result.replacements == 0)
    }

    @Test func latin1InAMetaTagMeansWindows1252() {
        // 0x93 and 0x94 are curly quotes in windows-1252, C1 controls in ISO-8859-1
        let bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><p>".utf8) + [0x93, 0x41, 0x94, 0x20, 0xE9]
        let decoded = decode(bytes)
        #expect(decoded.origin == "meta")
        #expect(decoded.result.text.hasSuffix("<p>“A” é"))
        #expect(decoded.result.encoding == "windows-1252")
    }

    @Test func shiftJISFromAnHTTPEquivMetaTag() throws {
        let japanese = HTMLTest.encode("日本語", as: "SHIFT_JIS")
        #expect(japanese == [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA])
        let head = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=shift_jis\"></head><p>".utf8)
        let decoded = decode(head + japanese + Array("</p>".utf8))
        #expect(decoded.origin == "meta")
        #expect(decoded.result.text.hasSuffix("<p>日本語</p>"))
        // 本 is two bytes of the page, three of the text
        let offset = head.count + 3
        #expect(decoded.result.map.sourceRange(of: offset..<offset + 3) == head.count + 2..<head.count + 4)
    }

    @Test func anXMLDeclarationNamesTheEncoding() {
        let bytes = Array("<?xml version=\"1.0\" encoding='ISO-8859-15'?><html><p>".utf8) + [0xA4] + Array("</p>".utf8)
        let decoded = decode(bytes)
        #expect(decoded.origin == "meta")
        #expect(decoded.result.text.contains("<p>€</p>"))
    }

    @Test func invalidUTF8IsReplacedAndCounted() {
        let decoded = decode(Array("<p>a".utf8) + [0xC3, 0x28, 0xFF] + Array("b</p>".utf8))
        #expect(decoded.origin == "default")
        #expect(decoded.result.text == "<p>a\u{FFFD}(\u{FFFD}b</p>")
        #expect(decoded.result.replacements == 2)
    }

    @Test func anUnknownLabelIsReportedAndReadAsUTF8() {
        // The label matters only for bytes that are not UTF-8: here a stray 0xE9.
        let decoded = decode(Array("<meta charset=\"klingon-7\"><p>caf".utf8) + [0xE9] + Array("</p>".utf8))
        #expect(decoded.unknown == "klingon-7")
        #expect(decoded.result.text == "<meta charset=\"klingon-7\"><p>caf\u{FFFD}</p>")
    }

    @Test func validUTF8IsReadAsUTF8WhateverIsDeclared() {
        let decoded = decode(Array("<meta charset=\"windows-1252\"><p>café</p>".utf8))
        #expect(decoded.result.text == "<meta charset=\"windows-1252\"><p>café</p>")
        #expect(decoded.unknown == nil && decoded.result.replacements == 0)
    }

    @Test func aUTF16LabelWithoutAByteOrderMarkMeansUTF8() {
        let decoded = decode(Array("<meta charset=\"utf-16\"><p>ñ</p>".utf8))
        #expect(decoded.result.text == "<meta charset=\"utf-16\"><p>ñ</p>")
        #expect(decoded.unknown == nil)
    }

    @Test func readsTheCharsetOfAMediaType() {
        #expect(HTMLDecoder.charset(inContentType: "text/html; charset=UTF-8") == "utf-8")
        #expect(HTMLDecoder.charset(inContentType: "text/html;charset=\"koi8-r\"; foo=bar") == "koi8-r")
        #expect(HTMLDecoder.charset(inContentType: "text/html; Charset='euc-kr'") == "euc-kr")
        #expect(HTMLDecoder.charset(inContentType: "text/html") == nil)
        #expect(HTMLDecoder.charset(inContentType: "text/html; charset=") == nil)
    }

    @Test func canonicalNamesFollowWHATWG() {
        #expect(HTMLDecoder.canonicalName("ISO-8859-1") == "WINDOWS-1252")
        #expect(HTMLDecoder.canonicalName(" us-ascii ") == "WINDOWS-1252")
        #expect(HTMLDecoder.canonicalName("utf8") == "UTF-8")
        #expect(HTMLDecoder.canonicalName("Shift_JIS") == "CP932")
        #expect(HTMLDecoder.canonicalName("gb2312") == "GBK")
        #expect(HTMLDecoder.canonicalName("koi8-r") == "KOI8-R")
        #expect(HTMLDecoder.canonicalName("") == nil)
    }

    @Test func thePrescanReadsMetaTagsInTheFirst4KiB() {
        func prescan(_ text: String) -> String? { Array(text.utf8).withUnsafeBufferPointer(HTMLDecoder.prescan) }
        #expect(prescan("<HTML><HEAD><META CHARSET=Windows-1251></HEAD>") == "windows-1251")
        #expect(prescan("<meta name=\"viewport\" content=\"width=device-width\"><meta charset = 'koi8-r'>") == "koi8-r")
        #expect(prescan("<meta http-equiv=content-type content=\"text/html; charset=euc-jp\">") == "euc-jp")
        #expect(prescan("<meta content=\"charset=big5\" name=\"description\">") == nil)
        #expect(prescan(String(repeating: " ", count: 5000) + "<meta charset=\"koi8-r\">") == nil)
        #expect(prescan("<p>no declaration</p>") == nil)
    }
}
