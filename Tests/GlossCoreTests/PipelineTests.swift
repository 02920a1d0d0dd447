import GlossCore
import GlossTestSupport
import Testing

@Suite struct PipelineTests {
    @Test func aMissingRequirementNamesTheStageTheLayerAndTheFix() throws {
        var registry = StageRegistry()
        registry.register(Marker.self)
        let error = #expect(throws: PipelineError.self) {
            _ = try Pipeline([SpaceTokenizer()], given: [.raw], registry: registry)
        }
        #expect(error == .missingRequirement(stage: "test.tokens", layer: .text, providers: ["test.marker"], position: 0))
        #expect(
            error?.description
                == "stage 'test.tokens' (position 1) requires layer 'text', which no earlier stage provides: "
                + "add 'test.marker' (which provides 'text') before it")
    }

    @Test func requirementsMustComeFromEarlierStages() throws {
        // tokens come too late for the second stage
        #expect(throws: PipelineError.self) {
            _ = try Pipeline([NeedsTokens(), SpaceTokenizer()], given: [.raw, .text])
        }
        let pipeline = try Pipeline([SpaceTokenizer(), NeedsTokens()], given: [.raw, .text])
        #expect(pipeline.layers == [.raw, .text, .tokens])
    }

    @Test func anEmptyPipelineIsRefused() {
        #expect(throws: PipelineError.empty) { _ = try Pipeline([]) }
    }

    @Test func processRunsStagesInOrderAndNamesTheFailingOne() throws {
        let pipeline = try Pipeline([SpaceTokenizer(), Picky()], given: [.raw, .text])
        var good = Document(id: "g", text: "all fine")
        try pipeline.process(&good)
        #expect(good.tokens.count == 2)
        var bad = Document(id: "b", text: "bad news")
        #expect(throws: DocumentFailure.self) { try pipeline.process(&bad) }
        do {
            try pipeline.process(&bad)
        } catch {
            #expect(error.stage == "test.picky" && error.id == "b")
        }
    }
}

struct NeedsTokens: Stage {
    let name = "test.needs-tokens"
    let requires: Set<LayerID> = [.tokens]
    let provides: Set<LayerID> = []
    func process(_ document: inout Document) throws {}
}

/// A registrable stage that claims to provide text, for registry and validation tests.
struct Marker: RegistrableStage {
    static let descriptor = StageDescriptor(
        name: "test.marker", summary: "marks", requires: [.raw], provides: [.text],
        options: [StageOptionInfo("level", "how much", default: "1")])
    var level: Int
    init(options: StageOptions) throws { level = try options.int("level", default: 1) }
    func process(_ document: inout Document) throws {
        try document.replaceText(String(repeating: "m ", count: level), map: .identity)
    }
}
