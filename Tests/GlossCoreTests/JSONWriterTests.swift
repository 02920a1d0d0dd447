import Foundation
import GlossCore
import Testing

@Suite struct JSONWriterTests {
    @Test func writesNestedValuesWithCommas() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("a"); writer.number(-12)
        writer.key("b"); writer.beginArray(); writer.number(1.5); writer.bool(true); writer.null(); writer.pair(3, 4); writer.endArray()
        writer.key("c"); writer.string("x")
        writer.key("d"); writer.number(Double.nan)
        writer.key("e"); writer.number(2.0)
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"a":-12,"b":[1.5,true,null,[3,4]],"c":"x","d":null,"e":2}"#)
    }

    @Test func escapesStringsSoTheyParseBack() throws {
        let tricky = "quote \" backslash \\ newline \n tab \t nul \u{0} bell \u{7} del \u{7F} é “ok” 🙂"
        var writer = JSONWriter()
        writer.beginArray(); writer.string(tricky); writer.endArray()
        let parsed = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String]
        #expect(parsed == [tricky])
    }

    @Test func integersOfEverySize() throws {
        var writer = JSONWriter()
        writer.beginArray()
        for value in [0, 9, 10, 99, 1234567890, Int.max, Int.min] { writer.number(value) }
        writer.endArray()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "[0,9,10,99,1234567890,\(Int.max),\(Int.min)]")
    }

    @Test func theContextGivesTheTextOfASpan() {
        let text = "Señor Bukele"
        let context = JSONContext(characters: ScalarOffsetIndex(text: text), offsets: .identity, text: text)
        #expect(context.text(of: Span(start: 7, end: 13)) == "Bukele")
        #expect(context.text(of: Span(start: 0, end: 6)) == "Señor")
        #expect(context.text(of: Span(start: 7, end: 99)) == "")
        #expect(JSONContext(characters: ScalarOffsetIndex(text: text), offsets: .identity).text(of: Span(start: 0, end: 3)) == "")
    }
}
