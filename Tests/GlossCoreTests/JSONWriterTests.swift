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

    @Test func integersAtEveryPowerOfTenKeepTheirDigits() {
        var values: [Int] = [0, 1, 2, 7, 8, 15, 16, Int.max, Int.min, Int.min + 1]
        var power = 1
        for _ in 0...18 {
            values += [power - 1, power, power + 1, -power, 2 * power - 1, 2 * power]
            power = power.multipliedReportingOverflow(by: 10).partialValue
        }
        for bits in 0..<63 { values += [1 << bits, (1 << bits) - 1, -(1 << bits)] }
        for value in values {
            var writer = JSONWriter()
            writer.number(value)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(value), "\(value)")
        }
    }

    /// Scores and confidences are rounded to at most four places: the writer prints them
    /// without `description`, so the text must be what `description` gives, for every such value.
    @Test func decimalsOfFourPlacesReadAsDescriptionWrites() {
        func written(_ value: Double) -> String {
            var writer = JSONWriter()
            writer.number(value)
            return String(decoding: writer.bytes, as: UTF8.self)
        }
        var values = (-30_000...30_000).map { Double($0) / 10_000 }
        values += [1, 25, 999, 10_005, 1_234_567_891, 9_999_999_999_999, -7, -10_001].map { Double($0) / 10_000 }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            values.append((Double.random(in: -1e9...1e9, using: &generator) * 10_000).rounded() / 10_000)
        }
        // Whole values are written as integers (no ".0"), a separate path.
        let wrong = values.filter { $0 != $0.rounded() && written($0) != $0.description }
        #expect(wrong.isEmpty, "first: \(wrong.prefix(5))")
    }

    /// Expects `number(value, places:)` to write what `number` writes for the rounded quotient,
    /// for each value and each number of places.
    static func expectRoundedQuotients(_ values: [Double]) {
        for places in 0...4 {
            let scale = [1.0, 10, 100, 1_000, 10_000][places]
            let wrong = values.filter { value in
                var shortcut = JSONWriter()
                shortcut.number(value, places: places)
                var plain = JSONWriter()
                plain.number((value * scale).rounded() / scale)
                return shortcut.bytes != plain.bytes
            }
            #expect(wrong.isEmpty, "places \(places), first: \(wrong.prefix(5))")
        }
    }

    /// `number(_:places:)` is a shortcut for writing `(value * 10^p).rounded() / 10^p`: the
    /// same text for every value, halves, negatives near zero and huge or non-finite ones included.
    @Test func roundingToPlacesWritesWhatTheRoundedQuotientWrites() {
        var values: [Double] = [0, -0.0, 0.5, -0.5, 0.00005, -0.00005, 0.00004, -0.00004, 1.23445, 2.5, -2.5, 0.99995,
            -0.99995, 999_999_999.99996, 1e9, -1e9, 1e12 + 0.3, 1e300, .nan, .infinity, -.infinity, .ulpOfOne]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            values.append(Double.random(in: -1...1, using: &generator))
            values.append(Double.random(in: -1e6...1e6, using: &generator))
            values.append(Double(Int.random(in: -2_000_000...2_000_000, using: &generator)) / 2_000)  // exact halves
        }
        Self.expectRoundedQuotients(values)
    }

    @Test func spanMembersWriteEqualCharactersAsTheirOwnPair() {
        var writer = JSONWriter()
        writer.beginArray()
        writer.spanMembers(Span(start: 12, end: 345), chars: 12..<345, source: nil)
        writer.spanMembers(Span(start: 12, end: 345), chars: 12..<340, source: 0..<7)
        writer.endArray()
        #expect(
            String(decoding: writer.bytes, as: UTF8.self)
                == #"["span":[12,345],"chars":[12,345],"span":[12,345],"chars":[12,340],"source":[0,7]]"#)
    }

    @Test func bytesReadInPlaceWriteAsTheSameString() {
        let text = "tab\t “quoted” \"x\" é"
        var inPlace = JSONWriter()
        var generic = JSONWriter()
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { inPlace.string(utf8: UnsafeBufferPointer($0)) }
        generic.string(utf8: bytes[...])
        #expect(inPlace.bytes == generic.bytes)
    }

    @Test func otherDoublesStillUseTheirDescription() {
        for value in [1.0 / 3, 1e-5, -2.5e-7, 1.5e9 + 0.25, 12_345.678_91, 0.1 + 0.2, 1e300, -1e-300] {
            var writer = JSONWriter()
            writer.number(value)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == value.description)
        }
    }

    @Test func stringsWithEscapesBetweenLongRunsKeepEveryByte() throws {
        let run = String(repeating: "abc é ", count: 50)
        let text = run + "\"" + run + "\\\n\u{1}" + run + "\u{7F}"
        var writer = JSONWriter()
        writer.beginArray()
        writer.string(text)
        writer.string(utf8: Array(text.utf8))
        writer.string(utf8: text.utf8.dropFirst(3))
        writer.endArray()
        let parsed = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String]
        #expect(parsed == [text, text, String(text.dropFirst(3))])
    }

    @Test func aCopiedWriterWritesOnItsOwn() {
        var first = JSONWriter(reservingCapacity: 1)
        first.beginArray()
        first.number(1)
        var second = first
        second.number(2)
        first.number(3)
        first.endArray()
        second.endArray()
        #expect(String(decoding: first.bytes, as: UTF8.self) == "[1,3]")
        #expect(String(decoding: second.bytes, as: UTF8.self) == "[1,2]")
        #expect(first.byteCount == 5)
    }

    @Test func negativeScoresAndLongValuesGrowTheBuffer() {
        var writer = JSONWriter(reservingCapacity: 1)
        writer.beginArray()
        for k in 0..<2_000 { writer.number(-Double(k) / 10_000) }
        writer.endArray()
        let expected = "[" + (0..<2_000).map { k -> String in
            let value = -Double(k) / 10_000
            return value == value.rounded() ? String(Int(value)) : value.description
        }.joined(separator: ",") + "]"
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }

    @Test func pairsOfAnyIntegers() {
        var writer = JSONWriter(reservingCapacity: 1)
        writer.beginArray()
        let values = [0, 7, 10, -1, -10, 123_456, Int.max, Int.min]
        for a in values { for b in values { writer.pair(a, b) } }
        writer.endArray()
        let expected = "[" + values.flatMap { a in values.map { b in "[\(a),\(b)]" } }.joined(separator: ",") + "]"
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }
    @Test func theTextOfASpanWritesAsTheSameString() {
        let text = "Señor \"Bukele\"\n dijo"
        for (start, end) in [(0, 6), (7, 16), (0, text.utf8.count), (3, 3)] {
            let utf8 = text.utf8
            let slice = text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
            var bySlice = JSONWriter()
            var byString = JSONWriter()
            var generic = JSONWriter()
            bySlice.string(utf8: slice.utf8)
            byString.string(String(slice))
            generic.string(utf8: Array(slice.utf8))
            #expect(bySlice.bytes == byString.bytes)
            #expect(generic.bytes == byString.bytes)
        }
    }

    @Test func keysMadeAheadOfAnyLengthWriteTheirBytes() {
        for name in ["", "a", String(repeating: "k", count: 21), String(repeating: "k", count: 22), String(repeating: "é", count: 20)] {
            var ahead = JSONWriter(reservingCapacity: 1)
            var byName = JSONWriter(reservingCapacity: 1)
            for _ in 0..<2 {
                ahead.beginObject(); ahead.key(JSONKey(name)); ahead.number(1); ahead.endObject()
                byName.beginObject(); byName.key(name); byName.number(1); byName.endObject()
            }
            #expect(ahead.bytes == byName.bytes)
        }
    }

    /// A member (`member(_:…)`) writes the bytes of its key followed by its value, after any
    /// member or value and inside objects and arrays, for short keys and keys longer than
    /// `JSONKey`'s words, and for values on each path of their writers (escapes, every size of
    /// integer, doubles without a number, scores past the fast range).
    @Test func membersWriteWhatTheirKeyAndValueWrite() {
        let keys = [JSONKey("k"), JSONKey(""), JSONKey("quoted \"key\""), JSONKey(String(repeating: "long", count: 8))]
        let strings = ["", "plain", "tab\there", String(repeating: "run of text ", count: 9) + "\"", "é🙂"]
        let integers = [0, -1, 42, Int.max, Int.min]
        let doubles = [0, -0.0, 1.5, 2, 1e20, Double.nan, -Double.infinity, 0.1 + 0.2]
        let scores: [(Double, Int)] = [(0.12345, 4), (-0.5, 0), (2.25, 1), (1e9, 2), (-7.000_05, 4), (0.000_5, 3)]
        for key in keys {
            var members = JSONWriter(reservingCapacity: 1)
            var pairs = JSONWriter(reservingCapacity: 1)
            members.beginObject()
            pairs.beginObject()
            for value in strings {
                members.member(key, string: value)
                pairs.key(key)
                pairs.string(value)
                value.utf8.withContiguousStorageIfAvailable { members.member(key, string: $0) }
                pairs.key(key)
                pairs.string(value)
            }
            for value in integers {
                members.member(key, value)
                pairs.key(key)
                pairs.number(value)
                members.member(key, pair: value, value / 2)
                pairs.key(key)
                pairs.pair(value, value / 2)
            }
            for value in doubles {
                members.member(key, value)
                pairs.key(key)
                pairs.number(value)
            }
            for (value, places) in scores {
                members.member(key, value, places: places)
                pairs.key(key)
                pairs.number(value, places: places)
            }
            members.endObject()
            pairs.endObject()
            #expect(String(decoding: members.bytes, as: UTF8.self) == String(decoding: pairs.bytes, as: UTF8.self))
        }
    }

    /// With a spill, members hand out the same slices as their keys and values written one by
    /// one: the spill is offered the bytes before the key and again before the value.
    @Test func membersHandTheSpillTheSameSlices() throws {
        let key = JSONKey("count")
        for threshold in [1, 7, 8, 9, 10, 64] {
            let fused = try spilledSlices(threshold: threshold, objects: 40) { writer, index in
                writer.member(key, index * 37)
                writer.member(key, string: "v\(index)")
            }
            let oneByOne = try spilledSlices(threshold: threshold, objects: 40) { writer, index in
                writer.key(key)
                writer.number(index * 37)
                writer.key(key)
                writer.string("v\(index)")
            }
            #expect(fused == oneByOne, "threshold \(threshold)")
        }
    }

    /// A writer copied in the middle of a record is independent of the one it was copied from,
    /// whichever writes first and whatever it writes first (each value's first write makes the
    /// buffer its own, also on the out-of-line paths: a key longer than `JSONKey`'s words, the
    /// buffer's copy).
    @Test func aWriterCopiedMidRecordStaysIndependent() {
        let long = JSONKey("a key longer than the three words of a JSONKey")
        let short = JSONKey("k")
        let writes: [(inout JSONWriter) -> Void] = [
            { $0.key(long); $0.number(1) }, { $0.key(short); $0.string("s") }, { $0.key("plain"); $0.null() },
            { $0.endObject() }, { $0.key(short); $0.beginArray(); $0.pair(1, 2); $0.endArray() },
            { $0.key(long); $0.number(0.25, places: 2) }, { $0.key(short); $0.beginObject(); $0.key(long); $0.bool(true); $0.endObject() },
            { $0.newline() }, { $0.member(short, string: "s") }, { $0.member(long, -3) },
            { $0.member(long, 0.5, places: 1) }, { $0.member(short, pair: 4, 5) }, { $0.member(long, 2.5) },
        ]
        func prefix() -> JSONWriter {
            var writer = JSONWriter(reservingCapacity: 16)
            writer.beginObject()
            writer.key(long)
            writer.number(7)
            return writer
        }
        func alone(_ write: (inout JSONWriter) -> Void) -> [UInt8] {
            var writer = prefix()
            write(&writer)
            return writer.bytes
        }
        for (a, first) in writes.enumerated() {
            for (b, second) in writes.enumerated() {
                var original = prefix()
                var copy = original
                first(&copy)
                second(&original)
                #expect(copy.bytes == alone(first), "\(a) \(b)")
                #expect(original.bytes == alone(second), "\(a) \(b)")
            }
        }
    }
}

/// `number(_:places:)` against the rounded quotient on values across the whole fast range.
@Suite struct JSONWriterPlacesRandomTests {
    /// Magnitudes from 1e-6 to just below 1e9 (where the scaled value nears 2^53), values a
    /// hair either side of a half at each place, and signed zeros.
    @Test func everyMagnitudeAndNearHalfWritesAsTheRoundedQuotient() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [-0.0, 0.0, 999_999_999.999_95, -999_999_999.999_95, 999_999_999.5, 0.000_049_999_999_999]
        for _ in 0..<40_000 {
            let magnitude = pow(10, Double.random(in: -6...8.99, using: &generator))
            let value = (Bool.random(using: &generator) ? -1 : 1) * magnitude
            values.append(value)
            let half = (value * 10_000).rounded(.down) / 10_000 + 0.000_05
            values += [half, half.nextUp, half.nextDown]
        }
        JSONWriterTests.expectRoundedQuotients(values)
    }

    /// A line made in its array's storage is the line a writer's `bytes` give, whether the
    /// array is handed over (the line fills enough of the room), copied (most of the room left
    /// unused), or the line outgrows the room.
    @Test func linesMadeInTheirArraysAreTheLinesWritersMake() {
        for (capacity, count) in [(16, 0), (64, 40), (1_024, 40), (40_000, 30_000), (100_000, 30_000), (8, 5_000)] {
            func body(_ writer: inout JSONWriter) {
                writer.beginArray()
                for index in 0..<count / 4 { writer.number(index % 10) }
                writer.endArray()
                writer.newline()
            }
            var plain = JSONWriter()
            body(&plain)
            let line = JSONWriter.line(reservingCapacity: capacity, body)
            #expect(line == plain.bytes, "capacity \(capacity), about \(count) bytes")
        }
    }

    @Test func aLineWithASpillHandsOutTheSameSlices() throws {
        var whole = JSONWriter()
        JSONSpillTests.writeSentences(2_000, to: &whole)
        var slices: [[UInt8]] = []
        let spill = JSONSpill(threshold: 4_096) { slices.append($0) }
        let rest = JSONWriter.line(reservingCapacity: 5_000, spill: spill) { JSONSpillTests.writeSentences(2_000, to: &$0) }
        try spill.rethrow()
        #expect(slices.count > 5)
        #expect(slices.joined() + rest == whole.bytes)
    }
}

/// Members with hostile string values against the reference escaper, with and without a
/// spill: the bytes handed out and left equal the key and the value escaped byte by byte.
@Suite struct JSONWriterHostileMemberTests {
    @Test func hostileMemberStringsWriteTheReferenceEscapes() {
        var generator = SplitMix64(seed: 7)
        let escaped = JSONBytesStringsReferenceTests.escaped
        let names = ["text", String(repeating: "k\"", count: 20)]
        let keys = names.map { JSONKey($0) }
        for threshold in [nil, 1, 5, 9, 24, 100] {
            var slices: [[UInt8]] = []
            let spill = threshold.map { limit in JSONSpill(threshold: limit) { slice in slices.append(slice) } }
            var writer = JSONWriter(reservingCapacity: 1, spill: spill)
            var expected: [UInt8] = [UInt8(ascii: "{")]
            for index in 0..<400 {
                let count = index < 300 ? index % 18 : Int(generator.next() % 70)
                let bytes = (0..<count).map { _ in
                    generator.next() % 3 == 0 ? escaped[Int(generator.next() % UInt64(escaped.count))] : UInt8(ascii: "x")
                }
                let value = String(decoding: bytes, as: UTF8.self)
                let which = keys[index % 2]
                if index == 0 { writer.beginObject() }
                if index % 3 == 0 {
                    bytes.withUnsafeBufferPointer { writer.member(which, string: $0) }
                } else {
                    writer.member(which, string: value)
                }
                if index > 0 { expected.append(UInt8(ascii: ",")) }
                expected += JSONBytesStringsReferenceTests.reference(names[index % 2].utf8) + [UInt8(ascii: ":")]
                expected += JSONBytesStringsReferenceTests.reference(bytes)
            }
            writer.endObject()
            expected.append(UInt8(ascii: "}"))
            #expect(slices.joined() + writer.bytes == expected, "threshold \(String(describing: threshold))")
        }
    }
}

/// The slices a spill of `threshold` bytes is handed, then the bytes left in the writer, when
/// `write` fills each of `objects` objects of an array (it is given the object's index).
func spilledSlices(threshold: Int, objects: Int, _ write: (inout JSONWriter, Int) -> Void) throws -> [[UInt8]] {
    var slices: [[UInt8]] = []
    let spill = JSONSpill(threshold: threshold) { slices.append($0) }
    var writer = JSONWriter(reservingCapacity: 16, spill: spill)
    writer.beginArray()
    for index in 0..<objects {
        writer.beginObject()
        write(&writer, index)
        writer.endObject()
    }
    writer.endArray()
    try spill.rethrow()
    return slices + [writer.bytes]
}

/// `members(_:_:_:_:_:places:)`, the run of four rounded members a score writes, against four
/// `member(_:_:places:)` calls.
@Suite struct JSONWriterFourMembersTests {
    static let names = ("compound", "pos", "neu", "a key of twenty chars")
    static let four = JSONFourKeys(names.0, names.1, names.2, names.3)
    static let keys = [JSONKey(names.0), JSONKey(names.1), JSONKey(names.2), JSONKey(names.3)]

    /// Values in the fast range, whole ones, ones rounding up to the next unit, negative ones,
    /// and ones the run must send the one-by-one way (a billion and more, infinities, NaN).
    static let values: [Double] = [
        0, -0.0, 1, -1, 0.5, 0.12345, -0.99995, 0.99995, 0.00004, -0.00005, 3.14159, 12.5, 999_999_999.5,
        1e9, -2e9, 1e12, .infinity, -.infinity, .nan, 0.1 + 0.2, 1e-12,
    ]

    @Test func theRunWritesWhatFourMembersWrite() {
        var generator = SystemRandomNumberGenerator()
        var quadruples: [[Double]] = []
        for value in Self.values { quadruples.append([value, 0.25, -value, value / 3]) }
        for _ in 0..<2_000 {
            quadruples.append((0..<4).map { _ in Double.random(in: -1...1, using: &generator) })
        }
        for places in 0...4 {
            for (leading, values) in quadruples.enumerated() {
                // the run first in its object or after a member: its comma comes from the writer
                var run = JSONWriter(reservingCapacity: 16)
                run.beginObject()
                if leading % 2 == 0 { run.member(Self.keys[1], 7) }
                var single = run
                run.members(Self.four, values[0], values[1], values[2], values[3], places: places)
                for index in 0..<4 { single.member(Self.keys[index], values[index], places: places) }
                run.endObject()
                single.endObject()
                #expect(
                    String(decoding: run.bytes, as: UTF8.self) == String(decoding: single.bytes, as: UTF8.self),
                    "places \(places), values \(values)")
            }
        }
    }

    /// With a spill, the run hands out the same slices as the four members one by one, at every
    /// threshold around the run's bytes.
    @Test func theRunHandsTheSpillTheSameSlices() throws {
        for threshold in [1, 2, 5, 9, 10, 11, 17, 23, 40, 64, 200] {
            for values in [[0.5, -0.25, 0.125, 1], [2e9, 0.5, 0.25, -1], [0, 0, 0, 0]] {
                func scaled(_ index: Int) -> [Double] { values.map { $0 * Double(index + 1) / 7 } }
                let run = try spilledSlices(threshold: threshold, objects: 30) { writer, index in
                    let values = scaled(index)
                    writer.members(Self.four, values[0], values[1], values[2], values[3], places: 4)
                }
                let oneByOne = try spilledSlices(threshold: threshold, objects: 30) { writer, index in
                    for (key, value) in zip(Self.keys, scaled(index)) { writer.member(key, value, places: 4) }
                }
                #expect(run == oneByOne, "threshold \(threshold), values \(values)")
            }
        }
    }

    /// A writer copied before the run stays independent of the one it was copied from.
    @Test func aCopiedWriterWritesItsRunOnItsOwn() {
        var original = JSONWriter(reservingCapacity: 16)
        original.beginObject()
        var copy = original
        copy.members(Self.four, 0.5, 0.25, 0.125, 0.0625, places: 4)
        original.members(Self.four, -1, 0, 1, 2, places: 0)
        #expect(String(decoding: copy.bytes, as: UTF8.self) == #"{"compound":0.5,"pos":0.25,"neu":0.125,"a key of twenty chars":0.0625"#)
        #expect(String(decoding: original.bytes, as: UTF8.self) == #"{"compound":-1,"pos":0,"neu":1,"a key of twenty chars":2"#)
    }
}

/// `members(_:_:_:_:_:places:)` against four `member(_:_:places:)` calls at the edges of the
/// scaled-integer path (review95): ties at every place, values rounding to ±1, the largest
/// magnitude the fast path takes, signed zeros and non-finite values in every position, a sweep
/// of doubles of every bit pattern and magnitude, every spill threshold and buffer capacity
/// around a run, and keys that need escaping.
@Suite struct JSONWriterFourMembersEdgeTests {
    static let names = ("compound", "pos", "neu", "neg")
    static let four = JSONFourKeys(names.0, names.1, names.2, names.3)
    static let keys = [JSONKey(names.0), JSONKey(names.1), JSONKey(names.2), JSONKey(names.3)]

    /// The edges: for each place, the halves at that place (which round away from zero) and
    /// just inside them, 1 less half a unit (which rounds to 1) with its negative, and the
    /// magnitudes at and around a billion, where the run leaves its fast path.
    static let edges: [Double] = {
        var values: [Double] = [
            0, -0.0, 1, -1, 0.99995, -0.99995, 0.999949, -0.999949, 0.99996, -0.99996, 0.00005, -0.00005,
            1e-12, -1e-12, 0.1 + 0.2, 1.0000000000000002, 0.9999999999999999,
            999_999_999.99994, -999_999_999.99994, 999_999_999.99995, 1e9.nextDown, -(1e9.nextDown), 1e9, -1e9,
            4_503_599_627_370_495.5, 9_007_199_254_740_992, 9_007_199_254_740_994, 1e15, 1e16, 9.3e18, -9.3e18, 1e300,
            .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
            .leastNormalMagnitude, .infinity, -.infinity, .nan, -.nan, .signalingNaN,
        ]
        for places in 0...4 {
            let unit = 1 / Double([1, 10, 100, 1000, 10000][places])
            for half in [unit / 2, 1 - unit / 2, 7 + unit / 2] {
                values += [half, -half, half.nextUp, half.nextDown, -half.nextUp, -half.nextDown]
            }
        }
        return values
    }()

    /// What `members` writes after `prefix` members, and what four `member` calls write, as text.
    static func both(_ values: [Double], places: Int, leading: Int = 0) -> (run: String, single: String) {
        var run = JSONWriter(reservingCapacity: 16)
        run.beginObject()
        for index in 0..<leading { run.member(keys[1], index) }
        var single = run
        run.members(four, values[0], values[1], values[2], values[3], places: places)
        for index in 0..<4 { single.member(keys[index], values[index], places: places) }
        run.endObject()
        single.endObject()
        return (String(decoding: run.bytes, as: UTF8.self), String(decoding: single.bytes, as: UTF8.self))
    }

    @Test func everyEdgeInEveryPositionWritesWhatFourMembersWrite() {
        var generator = SystemRandomNumberGenerator()
        var differ: [String] = []
        for places in 0...4 {
            for value in Self.edges {
                for position in 0..<4 {
                    var values = (0..<4).map { _ in Self.edges.randomElement(using: &generator)! }
                    values[position] = value
                    let (run, single) = Self.both(values, places: places, leading: position % 2)
                    if run != single { differ.append("places \(places), \(values): \(run) against \(single)") }
                }
                let (run, single) = Self.both([value, value, value, value], places: places)
                if run != single { differ.append("places \(places), \(value) four times: \(run) against \(single)") }
            }
        }
        #expect(differ.isEmpty, "\(differ.count) differ, first \(differ.prefix(3))")
    }

    /// Random bit patterns (every exponent, NaNs and infinities among them), magnitudes spread
    /// evenly in their logarithm from 1e-6 to 1e11, and scores' own range; a failure names the
    /// values' bit patterns, so that it can be written again as an edge.
    @Test func aSweepOfDoublesWritesWhatFourMembersWrite() {
        var generator = SystemRandomNumberGenerator()
        var differ: [String] = []
        for round in 0..<30_000 {
            let values: [Double] = (0..<4).map { _ in
                switch round % 3 {
                case 0: return Double(bitPattern: generator.next())
                case 1:
                    let magnitude = pow(10, Double.random(in: -6...11, using: &generator))
                    return Bool.random(using: &generator) ? magnitude : -magnitude
                default: return Double.random(in: -1...1, using: &generator)
                }
            }
            let places = round % 5
            let (run, single) = Self.both(values, places: places, leading: round % 2)
            if run != single { differ.append("places \(places), \(values.map(\.bitPattern)): \(run) against \(single)") }
        }
        #expect(differ.isEmpty, "\(differ.count) differ, first \(differ.prefix(3))")
    }

    /// Every spill threshold from one byte to past three objects, so that each byte of a run
    /// (inside a key, a number, at a comma) is where the threshold is crossed once, with values
    /// of the fast path and of the one-by-one way.
    @Test func everySpillThresholdHandsOutTheSameSlices() throws {
        let quadruples: [[Double]] = [[-0.99995, 0.00005, 0.5, 1], [0.1234, 1e9, -0.0, .nan], [999_999_999.99994, -1, 0, 0.25]]
        for values in quadruples {
            for threshold in 1...260 {
                let run = try spilledSlices(threshold: threshold, objects: 6) { writer, index in
                    writer.member(Self.keys[1], index)
                    writer.members(Self.four, values[0], values[1], values[2], values[3], places: 4)
                }
                let oneByOne = try spilledSlices(threshold: threshold, objects: 6) { writer, index in
                    writer.member(Self.keys[1], index)
                    for (key, value) in zip(Self.keys, values) { writer.member(key, value, places: 4) }
                }
                #expect(run == oneByOne, "threshold \(threshold), values \(values)")
            }
        }
    }

    /// A run that finds its buffer full at any byte before it (the buffer grows, or a line's lent
    /// storage is left for memory of the buffer's own) writes the same bytes.
    @Test func everyCapacityAroundTheRunWritesTheSameBytes() {
        let values = [-0.99995, 0.00005, 999_999_999.5, 0.3333]
        for filler in 0..<40 {
            func write(_ writer: inout JSONWriter, fused: Bool) {
                writer.beginObject()
                writer.member(Self.keys[1], string: String(repeating: "x", count: filler))
                if fused {
                    writer.members(Self.four, values[0], values[1], values[2], values[3], places: 4)
                } else {
                    for (key, value) in zip(Self.keys, values) { writer.member(key, value, places: 4) }
                }
                writer.endObject()
            }
            for capacity in stride(from: 16, through: 200, by: 1) {
                var run = JSONWriter(reservingCapacity: capacity), single = JSONWriter(reservingCapacity: capacity)
                write(&run, fused: true)
                write(&single, fused: false)
                #expect(run.bytes == single.bytes, "filler \(filler), capacity \(capacity)")
                let line = JSONWriter.line(reservingCapacity: capacity) { write(&$0, fused: true) }
                #expect(line == single.bytes, "line: filler \(filler), capacity \(capacity)")
            }
        }
    }

    /// Keys that need escaping (a quote, a backslash, a control character, a scalar beyond
    /// ASCII) are written as `JSONKey` writes them, and the object parses back.
    @Test func keysThatNeedEscapingAreWrittenAsJSONKeyWritesThem() throws {
        let names = ["q\"", "b\\s", "t\u{9}\u{1}", "\u{E9}\u{1F642}"]
        let four = JSONFourKeys(names[0], names[1], names[2], names[3])
        var run = JSONWriter(), single = JSONWriter()
        run.beginObject()
        single.beginObject()
        run.members(four, 0.5, -0.25, 1e9, 0.00005, places: 4)
        for (name, value) in zip(names, [0.5, -0.25, 1e9, 0.00005]) { single.member(JSONKey(name), value, places: 4) }
        run.endObject()
        single.endObject()
        #expect(run.bytes == single.bytes)
        let parsed = try JSONSerialization.jsonObject(with: Data(run.bytes)) as? [String: Double]
        #expect(parsed == [names[0]: 0.5, names[1]: -0.25, names[2]: 1e9, names[3]: 0.0001])
    }
}
