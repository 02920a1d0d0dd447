import Foundation
import GlossCore
@testable import GlossSinks
import Testing

@Suite struct ResumableInputsTests {
    func inputs() -> [DocumentInput] {
        let files: [String] = ["a", "b", "c"]
        return files.flatMap { (file: String) -> [DocumentInput] in
            (1...3).map { (number: Int) in DocumentInput(id: file + "#" + String(number), payload: .text("x"), origin: file) }
        }
    }

    @Test func skipsDoneInputsAndTheCommittedStartOfAPartialOne() {
        let committed = [
            "a": RunManifest.Input(path: "a", records: 3, done: true),
            "b": RunManifest.Input(path: "b", records: 2),
        ]
        let origins = OriginQueue()
        let kept = Array(ResumableInputs(inputs(), committed: committed, origins: origins))
        #expect(kept.map(\.id) == ["b#3", "c#1", "c#2", "c#3"])
        #expect((0..<4).map { _ in origins.pop() } == ["b", "c", "c", "c"])
        #expect(origins.pop() == nil)
    }

    @Test func aNewRunPassesEverythingOn() {
        let origins = OriginQueue()
        #expect(Array(ResumableInputs(inputs(), origins: origins)).count == 9)
        for _ in 0..<9 { #expect(origins.pop() != nil) }
    }

    @Test func theQueueKeepsOrderPastItsCompaction() {
        let origins = OriginQueue()
        for index in 0..<10_000 { origins.push("f\(index)") }
        for index in 0..<9_000 { #expect(origins.pop() == "f\(index)") }
        for index in 10_000..<10_010 { origins.push("f\(index)") }
        for index in 9_000..<10_010 { #expect(origins.pop() == "f\(index)") }
    }
}
