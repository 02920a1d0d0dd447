import Foundation
@testable import GlossCore
import Testing

@Suite struct JSONScannerTests {
    /// Runs `body` with a scanner over `json`.
    func scan<R>(_ json: String, _ body: (inout JSONScanner) throws -> R) rethrows -> R {
        let bytes = Array(json.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            return try body(&scanner)
        }
    }

    @Test func stringsAreUnescaped() throws {
        #expect(try scan(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#) { try $0.string() } == "a\"b\\c/d\n\té😀")
        #expect(try scan(#""\ud800x""#) { try $0.string() } == "\u{FFFD}x", "a lone surrogate becomes U+FFFD")
        #expect(try scan(#""plain""#) { try $0.string() } == "plain")
        #expect(try scan("12") { try $0.string() } == nil, "not a string: nil, and skipped")
    }

    @Test func numbersParseToTheDoubleSwiftWouldRead() throws {
        let written = ["0", "-0", "12", "-12", "0.1", "1e3", "1E-3", "-2.5e+2", "0.30000000000000004", "4.9e-324",
                       "1.7976931348623157e308", "123456789012345678", "1234567890123456789012", "0.000000000000000000001",
                       "-0.1234", "2.2250738585072014e-308", "9007199254740993", "1.5e22", "1.5e23"]
        for text in written {
            let parsed = try scan(text) { try $0.double() }
            #expect(parsed == Double(text), "\(text)")
        }
        #expect(try scan("3") { try $0.int() } == 3)
        #expect(try scan("-42") { try $0.int() } == -42)
        #expect(try scan("1e2") { try $0.int() } == 100)
        #expect(try scan("3.5") { try $0.int() } == nil)
        #expect(try scan("\"3\"") { try $0.int() } == nil)
    }

    @Test func membersAndElementsWalkNestedValues() throws {
        var seen: [String] = []
        try scan(#" { "a" : [1, {"b": "]}"}, []], "c":true, "d":null, "e":{} } "#) { scanner in
            try scanner.members { key, value throws(JSONScanner.Malformed) in
                seen.append(String(decoding: key.raw, as: UTF8.self))
                try value.skipValue()
            }
            let atEnd = scanner.isAtEnd()
            #expect(atEnd)
        }
        #expect(seen == ["a", "c", "d", "e"])
        var numbers: [Int?] = []
        try scan("[1, 2.5, 3]") { scanner in try scanner.elements { element throws(JSONScanner.Malformed) in numbers.append(try element.int()) } }
        #expect(numbers == [1, nil, 3])
    }

    @Test func escapedKeysCompareUnescaped() throws {
        try scan(#"{"\u0069d":1}"#) { scanner in
            try scanner.members { key, value throws(JSONScanner.Malformed) in
                #expect(key.is("id") && !key.is("i"))
                try value.skipValue()
            }
        }
    }

    @Test func spansAreTwoOrderedWholeNumbers() throws {
        #expect(try scan("[1, 2]") { try $0.span() }.map { [$0.0, $0.1] } == [1, 2])
        for json in ["[2, 1]", "[1]", "[1, 2, 3]", "[1.5, 2]", "\"x\"", "null"] {
            #expect(try scan(json) { try $0.span() } == nil, "\(json)")
        }
    }

    @Test func malformedTextThrows() {
        for json in [#"{"a":1,}"#, #"{"a" 1}"#, "[1 2]", #""abc"#, #"{"a":tru}"#, "-", "1.", "1e", "{"] {
            #expect(throws: JSONScanner.Malformed.self, "\(json)") { try scan(json) { try $0.skipValue() } }
        }
        for json in [#""\x""#, #""\u12""#] {  // escapes are checked where a string is read, not where it is skipped
            #expect(throws: JSONScanner.Malformed.self, "\(json)") { try scan(json) { try $0.string() } }
        }
    }
}
