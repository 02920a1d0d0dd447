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
        // header (32 bytes) and two rows of 4 + 9 × 2 bytes
        #expect(bytes.count == 32 + 2 * (4 + 2 * EntityTag.count))
        let read = try EntityModel(bytes: bytes)
        #expect(read.bits == 10)
        #expect(read.temperature == 40)
        let step = Float(2.5) / 32767
        for (a, b) in zip(model.weights, read.weights) { #expect(abs(a - b) <= step / 2 + 1e-7) }
        #expect(read.weights[3 * EntityTag.count + 1] == 2.5)
    }

    @Test func aModelReadFromItsFileScoresAsTheFloatsItHolds() throws {
        // The read model keeps the file's Int16 weights and sums them eight tags at a time; a
        // model made from the floats they stand for sums those one by one. The scores must
        // be the same to the bit, or tagging would change with the storage.
        var random = SplitMix64(seed: 5)
        let bits = 12
        var weights = [Float](repeating: 0, count: (1 << bits) * EntityTag.count)
        for k in weights.indices where random.next() % 3 == 0 { weights[k] = Float(Int(random.next() % 20_001) - 10_000) / 997 }
        let read = try EntityModel(bytes: EntityModel(bits: bits, weights: weights).serialized())
        let floats = EntityModel(bits: bits, weights: read.weights)
        for _ in 0..<200 {
            let rows = (0..<Int(random.next() % 60)).map { _ in UInt32(random.next() % UInt64(1 << bits)) }
            var a = [Float](repeating: .nan, count: EntityTag.count)
            var b = [Float](repeating: .nan, count: EntityTag.count)
            rows.withUnsafeBufferPointer { rows in
                a.withUnsafeMutableBufferPointer { read.score(rows: rows, into: $0) }
                b.withUnsafeMutableBufferPointer { floats.score(rows: rows, into: $0) }
            }
            #expect(a.map(\.bitPattern) == b.map(\.bitPattern))
        }
    }

    @Test func rejectsBytesThatAreNotAModel() {
        #expect(throws: StageError.self) { try EntityModel(bytes: Array("not a model at all, just words".utf8)) }
        var truncated = Self.smallModel().serialized()
        truncated.removeLast()
        #expect(throws: StageError.self) { try EntityModel(bytes: truncated) }
        var wrongVersion = Self.smallModel().serialized()
        wrongVersion[8] = 9
        #expect(throws: StageError.self) { try EntityModel(bytes: wrongVersion) }
    }

    @Test func theBundledModelLoadsAndIsSmall() throws {
        let model = try EntityModel.bundled()
        #expect(model.bits == 19)
        #expect(model.temperature > 1)
        #expect(model.weights.contains { $0 != 0 })
        let url = try #require(Bundle.module.url(forResource: "entities", withExtension: "model", subdirectory: "Model"))
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
