import Foundation
import GlossCore
import Testing

@testable import GlossNumbers

/// A `ByteTable` finds by bytes exactly what the `[String: Value]` it was built from finds by
/// string, and nothing else.
@Suite struct ByteTableTests {
    /// A table built in one go (its slots sized for all its entries, each key hashed once)
    /// finds each of thousands of keys with its first value, and no key it was not given;
    /// the prefix set finds every start of every key and no longer run.
    @Test func aLargeTableFindsEveryKeyAndNoOther() {
        let keys = (0..<5000).map { "key \($0)" }
        let table = ByteTable(keys.enumerated().map { (key: $0.element, value: $0.offset) } + [(key: "key 7", value: -1)])
        #expect(table.count == 5000)
        for (index, key) in keys.enumerated() { #expect(table[key] == index, "\(key)") }
        #expect(table["key 5000"] == nil && table["key"] == nil && table[""] == nil)
        let prefixes = ByteSet(prefixesOf: ["kilometre", "kilogram", "kg"], last: false)
        for start in ["k", "ki", "kil", "kilo", "kilom", "kilometre", "kilog", "kilogram", "kg"] { #expect(prefixes.contains(start), "\(start)") }
        for other in ["kilometres", "g", "kgs", "m"] { #expect(!prefixes.contains(other), "\(other)") }
        #expect(prefixes.count == 14)
        let ends = ByteSet(prefixesOf: ["us$", "c$"], last: true)
        for end in ["$", "s$", "us$", "c$"] { #expect(ends.contains(end), "\(end)") }
        #expect(ends.count == 4)
    }

    /// The reach sets read each key's bytes lowercased without making a string of an ASCII
    /// key; the bytes are those of `composed(key.lowercased())` for every key of the unit and
    /// currency tables, and for non-ASCII keys that change when lowercased or composed.
    @Test func keyBytesAgreeWithTheLowercasedComposedString() {
        var bytes: [UInt8] = []
        let keys = Array(UnitTable.suffixes.keys) + Array(UnitTable.currencyPrefixes.keys) + ["KM", "Ångström", "A\u{030A}ngstro\u{0308}m", "US$"]
        for key in keys {
            ByteSet.keyBytes(key, lowercasing: true, into: &bytes)
            #expect(bytes == Array(ByteSet.composed(key.lowercased()).utf8), "\(key)")
            ByteSet.keyBytes(key, lowercasing: false, into: &bytes)
            #expect(bytes == Array(ByteSet.composed(key).utf8), "\(key)")
        }
        let reach = UnitTable.reach(["Kilometre", "A\u{030A}"], last: false)
        for start in ["k", "kilo", "kilometre", "å"] { #expect(reach.contains(start), "\(start)") }
        #expect(!reach.contains("K") && reach.count == 11)
    }

    @Test func everyEntryOfTheUnitTablesIsFoundByItsBytes() {
        for (key, unit) in UnitTable.suffixes {
            let found = UnitTable.suffixBytes[key]
            #expect(found?.name == unit.name && found?.currency == unit.currency && found?.caseSensitive == unit.caseSensitive, "\(key)")
        }
        for (key, comparator) in UnitTable.modifiers { #expect(UnitTable.modifierBytes[key] == comparator, "\(key)") }
        for (key, comparator) in UnitTable.postModifiers { #expect(UnitTable.postModifierBytes[key] == comparator, "\(key)") }
        for (key, unit) in UnitTable.currencyPrefixes { #expect(UnitTable.currencyPrefixBytes[key]?.name == unit.name, "\(key)") }
        for (key, unit) in CurrencyCatalog.codes { #expect(CurrencyCatalog.codeBytes[key]?.currency == unit.currency, "\(key)") }
        #expect(UnitTable.suffixBytes.count == UnitTable.suffixes.count)
    }

    /// A folding look-up of any A–Z casing of a lowercase key finds what the key finds, on
    /// every key of the unit, modifier and month tables; with no folding, only the key as listed.
    @Test func foldingLookUpsFindEveryKeyInAnyCase() {
        func folded<V>(_ table: ByteTable<V>, _ key: String) -> V? {
            var bytes = Array(ByteTable<V>.composed(key).utf8)
            bytes.append(0)
            return bytes.withUnsafeBufferPointer { table.value($0.baseAddress!, count: $0.count - 1, folding: true) }
        }
        func upper(_ key: String) -> String { String(decoding: key.utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self) }
        for key in UnitTable.suffixes.keys where key == key.lowercased() {
            #expect(folded(UnitTable.suffixBytes, upper(key))?.name == UnitTable.suffixBytes[key]?.name, "\(key)")
            #expect(folded(UnitTable.suffixBytes, key)?.name == UnitTable.suffixBytes[key]?.name, "\(key)")
        }
        for key in UnitTable.modifiers.keys where key == key.lowercased() {
            #expect(folded(UnitTable.modifierBytes, upper(key)) == UnitTable.modifiers[key], "\(key)")
        }
        for month in MentionReader.months {
            #expect(folded(MentionReader.monthBytes, upper(month)) == true, "\(month)")
            #expect(MentionReader.monthBytes[upper(month)] == nil, "\(month)")
        }
        #expect(folded(MentionReader.monthBytes, "JUNK") == nil)
        #expect(folded(MentionReader.timeMarkerBytes, "P.M.") == true)
    }

    @Test func keysAreExactBytes() {
        let table = ByteTable(["km": 1, "km/h": 2, "C": 3, "per cent": 4, "°c": 5])
        #expect(table["km"] == 1)
        #expect(table["km/h"] == 2)
        #expect(table["C"] == 3)
        #expect(table["c"] == nil)  // case as listed
        #expect(table["k"] == nil)  // no prefix
        #expect(table["kmh"] == nil)
        #expect(table["per  cent"] == nil)
        #expect(table["°c"] == 5)
        #expect(table[""] == nil)
        #expect(table.longestKey == 8)
    }

    @Test func aKeyListedTwiceKeepsItsFirstValue() {
        let table = ByteTable<Int>([(key: "yen", value: 1), (key: "yen", value: 2), (key: "won", value: 3)])
        #expect(table["yen"] == 1)
        #expect(table["won"] == 3)
        #expect(table.count == 2)
    }

    /// Keys are stored composed (NFC), as the normalised text is: a decomposed key is found by
    /// its composed bytes, as a `String` look-up found it.
    @Test func keysAreComposed() {
        let table = ByteTable(["bol\u{69}\u{301}var": 1])
        #expect(table["bolívar"] == 1)
        let composed = Array("bolívar".utf8)
        #expect(composed.withUnsafeBufferPointer { table.value($0.baseAddress!, count: $0.count) } == 1)
    }

    /// Random keys over a small alphabet (so that hashes collide and probes run on), against a
    /// Dictionary of the same entries.
    @Test func agreesWithADictionaryOnRandomKeys() {
        var random = SplitMix64(seed: 18)
        let alphabet = Array("ab c.$%é".utf8)
        func word() -> String {
            let length = Int(random.next() % 6)
            return String(decoding: (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }, as: UTF8.self)
        }
        var dictionary: [String: Int] = [:]
        for k in 0..<400 { dictionary[word()] = k }
        let table = ByteTable(dictionary)
        for _ in 0..<2000 {
            let probe = word()
            #expect(table[probe] == dictionary[probe], "\(probe)")
        }
    }

    @Test func theReachOfKeysHoldsEveryByteStartOrEnd() {
        let starts = UnitTable.reach(["Per Cent", "km/h"], last: false)
        for key in ["p", "per", "per ", "per c", "per cent", "k", "km", "km/", "km/h"] { #expect(starts.contains(key), "\(key)") }
        #expect(!starts.contains("cent"))
        let ends = UnitTable.reach(["up to", "€"], last: true)
        for key in ["o", "to", " to", "up to", "€"] { #expect(ends.contains(key), "\(key)") }
        #expect(!ends.contains("up"))
    }

    @Test func mostWordsCountsWordsBetweenSpaces() {
        #expect(UnitTable.mostWords(["km", "degrees celsius", "bosnia-herzegovina convertible marks"]) == 3)
        #expect(UnitTable.mostWords([String]()) == 1)
        for table in [Array(UnitTable.suffixes.keys), Array(UnitTable.modifiers.keys)] {
            #expect(UnitTable.mostWords(table) == table.map { $0.split(separator: " ").count }.max())
        }
    }
}
