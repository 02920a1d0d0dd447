import Foundation
import GlossCore
import Testing

@testable import GlossEntities

@Suite struct EntityModelTests {
    /// A small model whose weights are easy to check: a few non-zero rows.
    static func smallModel() -> EntityModel {
        var weights = [Float](repeating: 0, count: (1 << 10) * EntityTag.count)
        weights[3 * EntityTag.count + 1] = 2.5
        weights[3 * EntityTag.count + 8] = -1.25
        weights[700 * EntityTag.count] = 0.5
        return EntityModel(bits: 10, weights: weights, temperature: 40)
    }

    @Test func roundTripsThroughItsFileFormat() throws {
        let model = Self.smallModel()
        let bytes = model.serialized()
        #expect(Array(bytes.prefix(8)) == Array("GLOSSNER".utf8))
        // header (32 bytes) and two rows of 4 + 9 × 1 bytes
        #expect(bytes.count == 32 + 2 * (4 + EntityTag.count))
        #expect(bytes[8] == 6)
        let read = try EntityModel(bytes: bytes)
        #expect(read == model)
        #expect(read.bits == 10)
        #expect(read.temperature == 40)
        let step = Float(2.5) / 127
        for (a, b) in zip(model.weights, read.weights) { #expect(abs(a - b) <= step / 2 + 1e-7) }
        #expect(read.weights[3 * EntityTag.count + 1] == 2.5)
    }

    @Test func scoresAreTheExactSumOfTheQuantisedWeightsScaledOnce() throws {
        // Rows are summed as integers and scaled once, so a row's place in the list and how the
        // list is split do not change the score by a bit; the score is within half a step per
        // row of the floats the model was made from.
        var random = SplitMix64(seed: 5)
        let bits = 12
        var weights = [Float](repeating: 0, count: (1 << bits) * EntityTag.count)
        for k in weights.indices where random.next() % 3 == 0 { weights[k] = Float(Int(random.next() % 20_001) - 10_000) / 997 }
        let model = EntityModel(bits: bits, weights: weights)
        let read = try EntityModel(bytes: model.serialized())
        #expect(read == model)
        let quantised = read.weights
        for _ in 0..<200 {
            let rows = (0..<Int(random.next() % 60)).map { _ in UInt32(random.next() % UInt64(1 << bits)) }
            var scores = [Float](repeating: .nan, count: EntityTag.count)
            var reversed = [Float](repeating: .nan, count: EntityTag.count)
            rows.withUnsafeBufferPointer { rows in
                scores.withUnsafeMutableBufferPointer { read.score(rows: rows, into: $0) }
            }
            Array(rows.reversed()).withUnsafeBufferPointer { rows in
                let half = rows.count / 2
                let sums = read.sum(rows: UnsafeBufferPointer(rebasing: rows[..<half])) &+ read.sum(rows: UnsafeBufferPointer(rebasing: rows[half...]))
                sums.write(scale: read.scale, into: &reversed)
            }
            #expect(scores.map(\.bitPattern) == reversed.map(\.bitPattern))
            for t in 0..<EntityTag.count {
                let exact = rows.reduce(Int64(0)) { $0 + Int64((quantised[Int($1) * EntityTag.count + t] / read.scale).rounded()) }
                #expect(scores[t] == Float(exact) * read.scale)
                let floats = rows.reduce(Double(0)) { $0 + Double(weights[Int($1) * EntityTag.count + t]) }
                #expect(abs(Double(scores[t]) - floats) <= Double(rows.count) * Double(read.scale) / 2 + 1e-3)
            }
        }
    }

    @Test func weightsAreInt8StepsOfTheLargestMagnitudeOver127() {
        // 1.27 is the largest: 127 steps of 0.01; 0.004 rounds to 0 and -0.005 away from zero
        // to -1 step; a row whose weights all round to 0 is left out.
        var weights = [Float](repeating: 0, count: (1 << 8) * EntityTag.count)
        weights[5 * EntityTag.count] = 1.27
        weights[5 * EntityTag.count + 1] = -0.6349
        weights[9 * EntityTag.count + 2] = -0.005
        weights[200 * EntityTag.count + 3] = 0.004
        let model = EntityModel(bits: 8, weights: weights)
        #expect(model.index.count == 2)
        #expect(model.quantised.count == 3 * EntityTag.count)
        #expect(model.quantised[EntityTag.count..<(EntityTag.count + 2)] == [127, -63])
        #expect(model.quantised[2 * EntityTag.count + 2] == -1)
        #expect(model.serialized().count == 32 + 2 * (4 + EntityTag.count))
    }

    @Test func rejectsBytesThatAreNotAModel() {
        #expect(throws: StageError.self) { try EntityModel(bytes: Array("not a model at all, just words".utf8)) }
        var truncated = Self.smallModel().serialized()
        truncated.removeLast()
        #expect(throws: StageError.self) { try EntityModel(bytes: truncated) }
        var wrongVersion = Self.smallModel().serialized()
        wrongVersion[8] = 9
        #expect(throws: StageError.self) { try EntityModel(bytes: wrongVersion) }
        // Version 5 held Int16 weights: refused, not misread.
        wrongVersion[8] = 5
        #expect(throws: StageError.self) { try EntityModel(bytes: wrongVersion) }
    }

    @Test func namesATruncatedHeaderAsTruncated() {
        // The magic is there but the header is cut: the error says so, not "no GLOSSNER".
        let cut = Array(Self.smallModel().serialized().prefix(20))
        let cutError = #expect(throws: StageError.self) { try EntityModel(bytes: cut) }
        #expect(cutError?.message.contains("truncated") == true)
        let shortError = #expect(throws: StageError.self) { try EntityModel(bytes: Array("GLOSS".utf8)) }
        #expect(shortError?.message.contains("GLOSSNER") == true)
    }

    @Test func sumsAFilesExtremeWeightsExactlyPastTheInt16Widening() throws {
        // A file may hold -128, which the quantiser never writes: 300 rows of it (more than the
        // 256 an Int16 lane holds) still sum exactly, through the model's own path.
        var bytes = Self.smallModel().serialized()
        let weightsAt = 32 + 2 * 4
        for k in weightsAt..<bytes.count { bytes[k] = 0x80 }
        let model = try EntityModel(bytes: bytes)
        for row: UInt32 in [3, 700] {
            let rows = [UInt32](repeating: row, count: 300)
            let sums = rows.withUnsafeBufferPointer { model.sum(rows: $0) }
            #expect(sums.head == SIMD8<Int32>(repeating: -128 * 300))
            #expect(sums.last == -128 * 300)
        }
        let mixed = (0..<600).map { $0 % 2 == 0 ? UInt32(3) : UInt32(5) }  // row 5 is all zero
        #expect(mixed.withUnsafeBufferPointer { model.sum(rows: $0) }.last == -128 * 300)
    }

    @Test func rowsLaidOutInAnyOrderOfGroupsScoreAndSerializeAsInRowOrder() throws {
        // The layout moves where rows are kept, never a weight: the same file bytes back, the
        // same full table, the same sums of any rows; only the packed weights' order differs.
        var random = SplitMix64(seed: 27)
        let bits = 12
        var weights = [Float](repeating: 0, count: (1 << bits) * EntityTag.count)
        for k in weights.indices where random.next() % 4 == 0 { weights[k] = Float(Int(random.next() % 2_001) - 1_000) / 97 }
        let bytes = EntityModel(bits: bits, weights: weights, groupsFirst: []).serialized()
        let inRowOrder = try bytes.withUnsafeBytes { try EntityModel(file: $0, groupsFirst: []) }
        let first = (0..<200).map { _ in UInt32(random.next() % UInt64(1 << (bits - 3))) }
        let laidOut = try bytes.withUnsafeBytes { try EntityModel(file: $0, groupsFirst: first) }
        #expect(laidOut.quantised != inRowOrder.quantised)
        #expect(laidOut.serialized() == bytes)
        #expect(laidOut.weights == inRowOrder.weights)
        #expect(EntityModel(bits: bits, weights: weights, groupsFirst: first) == laidOut)
        for _ in 0..<200 {
            let rows = (0..<Int(random.next() % 60)).map { _ in UInt32(random.next() % UInt64(1 << bits)) }
            rows.withUnsafeBufferPointer { rows in #expect(laidOut.sum(rows: rows) == inRowOrder.sum(rows: rows)) }
        }
    }

    @Test func aStaleListOfGroupsMovesRowsButNoScore() throws {
        // A list made for another model: groups beyond the table (up to UInt32.max), groups
        // listed twice, most groups missing, the last group (whose last row is non-zero) and
        // groups of zeros. The rows move, every weight and sum stays that of row order.
        var random = SplitMix64(seed: 66)
        let bits = 12
        let groupCount = UInt32(1 << (bits - 3))
        var weights = [Float](repeating: 0, count: (1 << bits) * EntityTag.count)
        for row in 0..<(1 << bits) where random.next() % 5 == 0 || row == (1 << bits) - 1 {
            for tag in 0..<EntityTag.count { weights[row * EntityTag.count + tag] = Float(Int(random.next() % 255) - 127) / 31 }
        }
        let bytes = EntityModel(bits: bits, weights: weights, groupsFirst: []).serialized()
        let inRowOrder = try bytes.withUnsafeBytes { try EntityModel(file: $0, groupsFirst: []) }
        var stale: [UInt32] = [groupCount - 1, groupCount, groupCount + 7, 1 << 16, .max, 3, groupCount - 1, 3]
        stale += (0..<40).map { _ in UInt32(random.next() % UInt64(2 * groupCount)) }
        let laidOut = try bytes.withUnsafeBytes { try EntityModel(file: $0, groupsFirst: stale) }
        #expect(laidOut.quantised != inRowOrder.quantised)
        #expect(laidOut.quantised.count == inRowOrder.quantised.count)
        #expect(laidOut.quantised.prefix(EntityTag.count).allSatisfy { $0 == 0 })
        // The last group, listed first, holds the first slots.
        let lastGroup = (UInt32(1 << bits) - 8)..<UInt32(1 << bits)
        let firstOfLastGroup = try #require(lastGroup.first { inRowOrder.index.slot(of: $0) != 0 })
        #expect(laidOut.index.slot(of: firstOfLastGroup) == EntityTag.count)  // in bytes, after the row of zeros
        #expect(laidOut.weights == inRowOrder.weights)
        #expect(laidOut.serialized() == bytes)
        for _ in 0..<300 {
            let rows = (0..<Int(random.next() % 40)).map { _ in UInt32(random.next() % UInt64(1 << bits)) }
            rows.withUnsafeBufferPointer { rows in #expect(laidOut.sum(rows: rows) == inRowOrder.sum(rows: rows)) }
        }
    }

    @Test func theBundledModelTagsTheSameWithTheShippedStaleOrNoList() throws {
        // The tagger's tags and confidences, bit for bit, whatever list lays the bundled model
        // out: the shipped one, a stale one (reversed, with duplicates and groups beyond the
        // table) or none (row order). The listed templates' places (`listedPlaces`) move too.
        let url = try #require(Bundle.module.url(forResource: "entities", withExtension: "model"))
        let file = try [UInt8](Data(contentsOf: url))
        let stale = EntityModel.hotGroupsOf19Bits.reversed().map { UInt32($0) } + [1 << 16, 1 << 20, .max, 7, 7]
        let models = try [nil, stale, []].map { list in try file.withUnsafeBytes { try EntityModel(file: $0, groupsFirst: list) } }
        #expect(models[0].listedPlaces != models[2].listedPlaces)
        let sentences = [
            ["Maria", "Lopez", "joined", "Acme", "Steel", "Corp", "in", "Denver", "last", "May", "."],
            ["The", "Lisbon", "office", "of", "Northwind", "Traders", "said", "profits", "rose", "."],
            ["Shares", "of", "Contoso", "fell", "3", "pct", "on", "the", "Tokyo", "exchange", "."],
        ]
        let tagged = try models.map { try EntityTagger.bundled(model: $0).tags(inDocument: sentences) }
        for other in tagged.dropFirst() {
            #expect(other.map(\.tags) == tagged[0].map(\.tags))
            #expect(other.map { $0.confidence.map(\.bitPattern) } == tagged[0].map { $0.confidence.map(\.bitPattern) })
        }
    }

    @Test func theHotGroupsAreDistinctGroupsOfTheBundledTable() throws {
        let hot = EntityModel.hotGroupsOf19Bits
        #expect(hot.count == Set(hot).count)
        #expect(hot.allSatisfy { Int($0) < (1 << 19) >> 3 })
        #expect(EntityModel.hotGroups(bits: 19) == hot.map { UInt32($0) })
        #expect(EntityModel.hotGroups(bits: 18).isEmpty)
        // The bundled model, laid out with them, writes its file's bytes back.
        let url = try #require(Bundle.module.url(forResource: "entities", withExtension: "model"))
        let file = try [UInt8](Data(contentsOf: url))
        #expect(try EntityModel.bundled().serialized() == file)
    }

    /// A model file of `1 << bits` rows whose first `count` rows are non-zero, row `k`'s
    /// weight for tag `t` being `(k + t) % 199 - 99` (never a row of zeros).
    static func fileOfRows(_ count: Int, bits: Int) -> [UInt8] {
        let tags = EntityTag.count
        var out = EntityModel.magic
        out.reserveCapacity(EntityModel.headerSize + count * (4 + tags))
        func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        for value in [EntityModel.version, UInt32(tags), UInt32(bits), UInt32(count), Float(0.01).bitPattern, Float(1).bitPattern] {
            append(value)
        }
        for row in 0..<count { append(UInt32(row)) }
        for row in 0..<count {
            for tag in 0..<tags { out.append(UInt8(bitPattern: Int8((row + tag) % 199 - 99))) }
        }
        return out
    }

    @Test func theMostRowsTheIndexHoldsLoadAndTheLastReadsBackAtItsPlaceInBytes() throws {
        // The index counts places in bytes within 24 bits: 1,864,135 rows of 9 bytes, the last
        // at byte 16,777,215. A file of that many rows loads, and every row's weights, the
        // last's too, read back where the index places them.
        let count = EntityModel.mostRows
        #expect(count == 1_864_135)
        let bytes = Self.fileOfRows(count, bits: 21)
        let model = try EntityModel(bytes: bytes)
        #expect(model.index.count == count)
        #expect(model.index.slot(of: UInt32(count - 1)) == count * EntityTag.count)
        #expect(model.index.slot(of: UInt32(count)) == 0)
        for row in [0, 1, 8, count / 2, count - 2, count - 1] {
            let sums = [UInt32(row)].withUnsafeBufferPointer { model.sum(rows: $0) }
            var scores = [Float](repeating: 0, count: EntityTag.count)
            sums.write(scale: 1, into: &scores)
            #expect(scores == (0..<EntityTag.count).map { Float((row + $0) % 199 - 99) }, "row \(row)")
        }
        #expect(model.serialized() == bytes)
    }

    @Test func aFileWithMoreRowsThanTheIndexHoldsIsRefused() {
        let error = #expect(throws: StageError.self) { try EntityModel(bytes: Self.fileOfRows(EntityModel.mostRows + 1, bits: 21)) }
        #expect(error?.message.contains("at most 1864135") == true)
    }

    @Test func aTableFilledPastWhatTheIndexHoldsIsRefusedNotACrash() throws {
        // A trainer's table of 2^21 rows, every one non-zero: more than `mostRows`, so
        // `checked` throws where `init(bits:weights:)` would stop the process.
        let error = #expect(throws: StageError.self) {
            try EntityModel.checked(bits: 21, weights: [Float](repeating: 1, count: (1 << 21) * EntityTag.count))
        }
        #expect(error?.message.contains("2097152 non-zero rows") == true)
        // Within the limit it is the model `init(bits:weights:)` makes.
        var weights = [Float](repeating: 0, count: (1 << 10) * EntityTag.count)
        for k in stride(from: 0, to: weights.count, by: 7) { weights[k] = Float(k % 13) - 6 }
        #expect(try EntityModel.checked(bits: 10, weights: weights) == EntityModel(bits: 10, weights: weights))
    }

    @Test func theBundledModelLoadsAndIsSmall() throws {
        let model = try EntityModel.bundled()
        #expect(model.bits == 19)
        #expect(model.temperature > 1)
        #expect(model.weights.contains { $0 != 0 })
        let url = try #require(Bundle.module.url(forResource: "entities", withExtension: "model"))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        #expect(size < 20_000_000)
    }

    @Test func readsAFileItWrote() throws {
        let path = NSTemporaryDirectory() + "gloss-entities-\(UUID().uuidString).model"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let model = Self.smallModel()
        try Data(model.serialized()).write(to: URL(fileURLWithPath: path))
        #expect(try EntityModel(contentsOf: URL(fileURLWithPath: path)) == EntityModel(bytes: model.serialized()))
        #expect(throws: StageError.self) { try EntityModel(contentsOf: URL(fileURLWithPath: path + ".missing")) }
    }
}
