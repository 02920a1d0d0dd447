import Foundation
import GlossTables
import Testing

@Suite struct CSVWriterTests {
    @Test func fieldsAreQuotedAsRFC4180Says() throws {
        let path = TableFixtures.temporaryPath(".csv")
        defer { TableFixtures.cleanUp(path) }
        let writer = try CSVWriter(path: path, header: ["a", "b", "c", "d"])
        writer.field("plain")
        writer.field("with, comma")
        writer.field("say \"hi\"\nnext line")
        writer.field(nil as String?)
        try writer.endRow()
        writer.field(12)
        writer.field(-0.5)
        writer.field(Double.nan)
        writer.field("é")
        try writer.endRow()
        try writer.flush()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == "a,b,c,d\r\nplain,\"with, comma\",\"say \"\"hi\"\"\nnext line\",\r\n12,-0.5,,é\r\n")
    }
}
