import GlossCore
import Testing

@Suite struct StageRegistryTests {
    var registry: StageRegistry {
        var registry = StageRegistry()
        registry.register(Marker.self)
        return registry
    }

    @Test func buildsStagesByNameWithOptions() throws {
        let stage = try registry.makeStage(named: "test.marker", options: StageOptions(values: ["level": .string("3")]))
        #expect((stage as? Marker)?.level == 3)
        #expect(registry.descriptors.map(\.name) == ["test.marker"])
        #expect(registry.providers(of: .text) == ["test.marker"])
    }

    @Test func anUnknownStageSuggestsTheClosestName() {
        let error = #expect(throws: PipelineError.self) { _ = try registry.makeStage(named: "test.markr") }
        #expect(error?.description.contains("Did you mean 'test.marker'?") == true)
    }

    @Test func unknownOrMistypedOptionsAreErrors() {
        let unknown = #expect(throws: StageOptions.Error.self) {
            _ = try registry.makeStage(named: "test.marker", options: StageOptions(values: ["levle": .number(2)]))
        }
        #expect(unknown?.description == "stage 'test.marker' has no option 'levle'; its options are level (see `gloss stages`)")
        let mistyped = #expect(throws: StageOptions.Error.self) {
            _ = try registry.makeStage(named: "test.marker", options: StageOptions(values: ["level": .string("lots")]))
        }
        #expect(mistyped?.description == "option 'level' of stage 'test.marker' must be a whole number, not 'lots'")
    }

    /// A stage whose setup (loading a model) fails.
    struct NeedsModel: RegistrableStage {
        struct MissingModel: Error, CustomStringConvertible {
            var description: String { "test.model: cannot read the model /nowhere: no such file." }
        }
        static let descriptor = StageDescriptor(name: "test.model", summary: "loads a model", provides: [])
        init(options: StageOptions) throws { throw MissingModel() }
        func process(_ document: inout Document) throws {}
    }

    @Test func aFailedSetupIsAPipelineErrorNamingTheStage() {
        var registry = StageRegistry()
        registry.register(NeedsModel.self)
        let error = #expect(throws: PipelineError.self) { _ = try registry.makePipeline(["test.model"]) }
        #expect(error == .setupFailed(stage: "test.model", message: "cannot read the model /nowhere: no such file"))
        #expect(
            error?.description
                == "stage 'test.model' could not be set up: cannot read the model /nowhere: no such file; check its "
                + "options (see `gloss stages`)")
    }

    @Test func makesAValidatedPipelineFromNames() throws {
        var registry = self.registry
        registry.register(Marker.self)  // registering again replaces, not duplicates
        #expect(registry.descriptors.count == 1)
        let pipeline = try registry.makePipeline(["test.marker"], options: ["test.marker": StageOptions(values: ["level": .number(2)])])
        var document = Document(id: "d", raw: [])
        try pipeline.process(&document)
        #expect(document.text == "m m ")
        #expect(throws: PipelineError.optionsForAbsentStage(name: "other")) {
            _ = try registry.makePipeline(["test.marker"], options: ["other": StageOptions()])
        }
    }
}
