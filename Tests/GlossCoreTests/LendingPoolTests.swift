import Foundation
@testable import GlossCore
import GlossTestSupport
import Testing

@Suite struct LendingPoolTests {
    @Test func aValueComesBackToTheNextCallerAndNestedCallersGetTheirOwn() {
        let pool = LendingPool { [Int]() }
        pool.withValue { $0.append(1) }
        #expect(pool.keptNow == 1)
        pool.withValue { outer in
            #expect(outer == [1])
            pool.withValue { inner in #expect(inner.isEmpty) }
        }
        #expect(pool.keptNow == 2)
    }

    /// Twelve callers at once, twice: the twelve values made the first time are all kept and
    /// lent again (a pool that dropped values over a bound made them again each time).
    @Test func everyValueGivenBackIsKeptAndNoneIsMadeAgain() {
        let pool = LendingPool { 0 }
        func nest(_ depth: Int) {
            guard depth > 0 else { return }
            pool.withValue { value in
                value += 1
                nest(depth - 1)
            }
        }
        nest(12)
        #expect(pool.keptNow == 12 && pool.madeCount == 12)
        nest(12)
        #expect(pool.keptNow == 12 && pool.madeCount == 12)
        // Each value was lent twice.
        pool.withValue { #expect($0 == 2) }
    }

    /// A runner of 12 jobs whose documents each hold a value while all 12 workers hold one
    /// (`Rendezvous`), round after round: the stage's pool makes 12 values, one per worker,
    /// however many rounds (a pool that kept 8 made 4 more each round).
    @Test func aRunnersWorkersMakeNoMoreValuesThanThereAreWorkers() throws {
        let jobs = 12
        let stage = Lending(rendezvous: Rendezvous(parties: jobs))
        let pipeline = try Pipeline([stage], given: [.raw, .text])
        let runner = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: jobs, batchSize: 1))
        let records = runner.run(textInputs(jobs * 6))
        #expect(records.count == jobs * 6 && records.allSatisfy { $0.failure == nil })
        #expect(stage.rendezvous.missed == 0)
        #expect(stage.pool.madeCount == jobs && stage.pool.keptNow == jobs)
    }
}

/// A stage that holds a value of its pool while it meets the other workers (`Rendezvous`).
private struct Lending: Stage {
    let name = "test.lending"
    let provides: Set<LayerID> = []
    let pool = LendingPool { 0 }
    let rendezvous: Rendezvous

    func process(_ document: inout Document) throws {
        pool.withValue { _ in rendezvous.meet() }
    }
}

/// Lets callers through in groups of `parties`: each waits until as many have come. A caller
/// left waiting 60 s goes on and counts as `missed` (a guard against a hang, not a timing).
private final class Rendezvous: @unchecked Sendable {
    private let condition = NSCondition()
    private let parties: Int
    private var waiting = 0
    private var round = 0
    private var missedCount = 0

    init(parties: Int) { self.parties = parties }

    var missed: Int { condition.withLock { missedCount } }

    func meet() {
        condition.withLock {
            let mine = round
            waiting += 1
            if waiting == parties {
                waiting = 0
                round += 1
                condition.broadcast()
                return
            }
            while round == mine {
                if !condition.wait(until: Date(timeIntervalSinceNow: 60)) {
                    missedCount += 1
                    return
                }
            }
        }
    }
}
