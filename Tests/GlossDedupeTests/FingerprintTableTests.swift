import Testing

@testable import GlossDedupe
import GlossCore
import GlossTestSupport

@Suite struct FingerprintTableTests {
    @Test func anExactDuplicateNamesTheFirst() {
        var table = FingerprintTable(maxDistance: 3)
        #expect(table.check(Fingerprint(exact: 1, simhash: 0xff), id: "a") == nil)
        #expect(table.check(Fingerprint(exact: 2, simhash: 0xffff_0000_0000_0000), id: "b") == nil)
        #expect(table.check(Fingerprint(exact: 1, simhash: 0xff), id: "c") == DuplicateMark(of: "a", kind: .exact, distance: 0))
        #expect(table.count == 2)
    }

    @Test func aNearDuplicateWithinTheDistanceNamesTheEarliest() {
        var table = FingerprintTable(maxDistance: 3)
        let base: UInt64 = 0x1234_5678_9abc_def0
        #expect(table.check(Fingerprint(exact: 1, simhash: base), id: "first") == nil)
        // Three bits off, one in each of three bands: the fourth band still agrees.
        let second = base ^ 0x0001_0001_0001_0000
        #expect(table.check(Fingerprint(exact: 2, simhash: second ^ 0xf), id: "far") == nil)
        #expect(table.check(Fingerprint(exact: 3, simhash: second), id: "near") == DuplicateMark(of: "first", kind: .near, distance: 3))
    }

    @Test func theEarliestWinsOverTheNearest() {
        var table = FingerprintTable(maxDistance: 3)
        let base: UInt64 = 0xdead_beef_0bad_f00d
        #expect(table.check(Fingerprint(exact: 1, simhash: base ^ 0b111), id: "older") == nil)
        // 4 bits from "older": a distinct document.
        #expect(table.check(Fingerprint(exact: 2, simhash: base ^ 0b1_0000), id: "newer") == nil)
        // 3 bits from "older", 1 from "newer".
        #expect(table.check(Fingerprint(exact: 3, simhash: base), id: "probe")?.of == "older")
    }

    @Test func fourBitsApartIsNotNearAtTheDefault() {
        var table = FingerprintTable(maxDistance: 3)
        #expect(table.check(Fingerprint(exact: 1, simhash: 0), id: "a") == nil)
        #expect(table.check(Fingerprint(exact: 2, simhash: 0xf), id: "b") == nil)
    }

    @Test func documentsWithoutSimHashAreComparedOnlyExactly() {
        var table = FingerprintTable(maxDistance: 3)
        #expect(table.check(Fingerprint(exact: 1, simhash: nil), id: "a") == nil)
        #expect(table.check(Fingerprint(exact: 2, simhash: 0), id: "b") == nil)
        #expect(table.check(Fingerprint(exact: 3, simhash: nil), id: "c") == nil)
        #expect(table.check(Fingerprint(exact: 1, simhash: nil), id: "d") == DuplicateMark(of: "a", kind: .exact, distance: 0))
    }

    @Test func duplicatesAreNotStored() {
        var table = FingerprintTable(maxDistance: 3)
        _ = table.check(Fingerprint(exact: 1, simhash: 0), id: "a")
        _ = table.check(Fingerprint(exact: 2, simhash: 0b111), id: "b")  // near a
        // 6 bits from a, 3 from b: b is not stored, so this is distinct.
        #expect(table.check(Fingerprint(exact: 3, simhash: 0b11_1111), id: "c") == nil)
        #expect(table.count == 2)
    }

    @Test func idsComeBackWhole() {
        var table = FingerprintTable(maxDistance: 0)
        let ids = ["", "é/ü.txt", "feed.xml#3", String(repeating: "x", count: 1000)]
        for (index, id) in ids.enumerated() { _ = table.check(Fingerprint(exact: UInt128(index), simhash: nil), id: id) }
        for (index, id) in ids.enumerated() {
            #expect(table.check(Fingerprint(exact: UInt128(index), simhash: nil), id: "again")?.of == id)
        }
    }

    @Test func everyPairWithinThreeBitsIsFoundThroughTheBands() {
        var generator = SplitMix64(seed: 16)
        var table = FingerprintTable(maxDistance: 3)
        for trial in 0..<2000 {
            let base = generator.next()
            var flipped = base
            let bits = trial % 4
            while Fingerprint.distance(base, flipped) < bits { flipped ^= 1 << (generator.next() % 64) }
            _ = table.check(Fingerprint(exact: UInt128(2 * trial), simhash: base), id: "a\(trial)")
            let mark = table.check(Fingerprint(exact: UInt128(2 * trial + 1), simhash: flipped), id: "b\(trial)")
            #expect(mark == DuplicateMark(of: "a\(trial)", kind: .near, distance: bits))
        }
    }
}
