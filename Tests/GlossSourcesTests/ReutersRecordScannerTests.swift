@testable import GlossSources
import Testing

@Suite struct ReutersRecordScannerTests {
    @Test func findsRecordsWhateverTheChunking() {
        let text = Array("junk<REUTERS A=\"1\">one</REUTERS>\n<LEWIS><REUTERS>two</REUTERS>".utf8)
        for size in [1, 3, 7, 100] {
            var scanner = ReutersRecordScanner(maxRecordBytes: 1000)
            var records: [String] = []
            var start = 0
            while start < text.count {
                for case .record(let bytes) in scanner.feed(Array(text[start..<min(start + size, text.count)])) {
                    records.append(String(decoding: bytes, as: UTF8.self))
                }
                start += size
            }
            #expect(scanner.finish().isEmpty)
            #expect(records == ["<REUTERS A=\"1\">one</REUTERS>", "<REUTERS>two</REUTERS>"], "chunk size \(size)")
        }
    }
}
