import GlossCore
import GlossTestSupport
import Synchronization
import Testing

/// Writes into each document the number of documents delivered before it.
private final class DeliveryCounter: Sendable {
    let delivered = Mutex<[String]>([])
}

private struct DeliveryOrder: OrderedStage {
    let name = "test.delivery"
    let provides: Set<LayerID> = []
    let counter: DeliveryCounter

    func process(_ document: inout Document) throws {}

    func deliver(_ document: inout Document) {
        let id = document.id
        let position = counter.delivered.withLock { delivered in
            delivered.append(id)
            return delivered.count - 1
        }
        document.metadata.title = String(position)
    }
}

@Suite struct PipelineDeliveryTests {
    @Test func orderedStagesSeeDocumentsInInputOrderWhateverTheWorkers() throws {
        let counter = DeliveryCounter()
        let pipeline = try Pipeline([Uneven(), DeliveryOrder(counter: counter)], given: [.raw, .text])
        let inputs = (0..<60).map { DocumentInput.text(String(($0 * 37) % 11 * 2000), id: "d\($0)") }
        let records = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 4, batchSize: 1)).run(inputs)
        #expect(counter.delivered.withLock { $0 } == (0..<60).map { "d\($0)" })
        #expect(records.enumerated().allSatisfy { $0.element.document?.metadata.title == String($0.offset) })
    }

    @Test func failuresPassUnchanged() throws {
        let counter = DeliveryCounter()
        let pipeline = try Pipeline([Picky(), DeliveryOrder(counter: counter)], given: [.raw, .text])
        let records = PipelineRunner(pipeline: pipeline).run([DocumentInput.text("bad", id: "x"), .text("good", id: "y")])
        #expect(records[0].failure != nil)
        #expect(counter.delivered.withLock { $0 } == ["y"])
    }
}
