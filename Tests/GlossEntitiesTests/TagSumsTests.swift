import GlossCore
import Testing

@testable import GlossEntities

@Suite struct TagSumsTests {
    @Test func addsNineWeightsPerRowAndScalesOnce() {
        let a: [Int8] = [1, -2, 3, -4, 5, -6, 7, -8, 127]
        let b: [Int8] = [-128, 2, 0, 4, 0, 6, 0, 8, 127]
        var first = TagSums()
        a.withUnsafeBufferPointer { first.add($0.baseAddress!) }
        var second = TagSums()
        b.withUnsafeBufferPointer { second.add($0.baseAddress!) }
        var both = TagSums()
        b.withUnsafeBufferPointer { both.add($0.baseAddress!) }
        a.withUnsafeBufferPointer { both.add($0.baseAddress!) }
        #expect(both == first &+ second)
        var scores = [Float](repeating: .nan, count: EntityTag.count)
        both.write(scale: 0.5, into: &scores)
        #expect(scores == [-63.5, 0, 1.5, 0, 2.5, 0, 3.5, 0, 127])
    }

    @Test func addsRowsByTheirPlacesAsOneByOne() {
        // Rows at places in a table, added in Int16 lanes widened every 256 rows: the same sums
        // as adding each row in Int32, past 256 rows of the extreme weights too.
        let table: [Int8] = [-128, -128, -128, -128, -128, -128, -128, -128, -128]
            + [127, 127, 127, 127, 127, 127, 127, 127, 127]
            + [1, -2, 3, -4, 5, -6, 7, -8, 9]
        var random = SplitMix64(seed: 3)
        for count in [0, 1, 5, 255, 256, 257, 600] {
            for extreme in [0, 9, -1] {
                let places = (0..<count).map { _ in UInt32(extreme >= 0 ? extreme : Int(random.next() % 3) * 9) }
                var byPlaces = TagSums()
                var oneByOne = TagSums()
                table.withUnsafeBufferPointer { table in
                    places.withUnsafeBufferPointer { byPlaces.add(rows: table.baseAddress!, at: $0) }
                    for place in places { oneByOne.add(table.baseAddress! + Int(place)) }
                }
                #expect(byPlaces == oneByOne, "\(count) rows at \(extreme)")
            }
        }
    }
}
