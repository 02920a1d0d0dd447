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

    @Test func aStageThatRewritesTheTextAfterTokensIsRefusedAtBuildTime() throws {
        let error = #expect(throws: PipelineError.self) {
            _ = try Pipeline([SpaceTokenizer(), Rewriter()], given: [.raw, .text])
        }
        #expect(
            error == .rewriteAfterSpans(
                stage: "test.rewriter", position: 1, spansStage: "test.tokens", spansPosition: 0, layer: .tokens))
        #expect(
            error?.description
                == "stage 'test.rewriter' (position 2) rewrites the text, but 'test.tokens' (position 1) already added "
                + "'tokens', which point into the text: move 'test.rewriter' before 'test.tokens' (text-rewriting "
                + "stages, such as ingest and normalize, run before the tokenizer)")
    }

    @Test func aStageThatRewritesTheTextMayFollowStagesThatOnlyMadeText() throws {
        let pipeline = try Pipeline([Marker(level: 1), Rewriter(), Rewriter(), SpaceTokenizer()], given: [.raw])
        var document = Document(id: "d", raw: Array("x".utf8))
        try pipeline.process(&document)
        #expect(document.tokens.count == 1)
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
    init(level: Int) { self.level = level }
    init(options: StageOptions) throws { level = try options.int("level", default: 1) }
    func process(_ document: inout Document) throws {
        try document.replaceText(String(repeating: "m ", count: level), map: .identity)
    }
}

/// Rewrites the text (declares it), keeping it as it is.
struct Rewriter: Stage {
    let name = "test.rewriter"
    let provides: Set<LayerID> = [.normalizedText]
    let rewritesText = true
    func process(_ document: inout Document) throws {
        try document.replaceText(document.text, map: .identity, provides: .normalizedText)
    }
}
