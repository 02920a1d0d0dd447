import GlossCore
import Testing

@Suite struct LayerTests {
    enum OtherLayer: LayerKey {
        static let id: LayerID = "test.other"
        typealias Value = Count
    }

    @Test func storeKeepsInsertionOrderAndReplacesInPlace() {
        var store = LayerStore()
        store[CountLayer.self] = Count(value: 1)
        store[OtherLayer.self] = Count(value: 2)
        store[CountLayer.self] = Count(value: 3)
        #expect(store.ids == ["test.count", "test.other"])
        #expect(store[CountLayer.self]?.value == 3)
        store[CountLayer.self] = nil
        #expect(store.ids == ["test.other"])
    }

    @Test func layerIDsCompareByName() {
        #expect(LayerID("a") < LayerID("b"))
        #expect(LayerID.tokens == "tokens")
        #expect(LayerID.normalizedText.description == "normalized-text")
    }
}
