import GlossCore
import GlossTestSupport
import Testing

@Suite struct PipelineWarningTests {
    /// Reads tokens when present, requires nothing beyond the text.
    struct UsesTokens: Stage {
        let name = "test.uses-tokens"
        let uses: Set<LayerID> = [.tokens]
        let provides: Set<LayerID> = ["test.used"]
        func process(_ document: inout Document) throws {}
    }

    @Test func anOptionalInputProvidedLaterIsAWarningThatNamesBothStages() throws {
        let pipeline = try Pipeline([UsesTokens(), SpaceTokenizer()], given: [.raw, .text])
        #expect(
            pipeline.warnings == [
                PipelineWarning(
                    stage: "test.uses-tokens", position: 1, layer: .tokens, provider: "test.tokens", providerPosition: 2)
            ])
        #expect(
            pipeline.warnings.first?.description
                == "stage 'test.uses-tokens' (position 1) uses layer 'tokens' when it is present, but 'test.tokens' "
                + "provides it later (position 2), so 'test.uses-tokens' runs without it: put 'test.tokens' before "
                + "'test.uses-tokens'")
    }

    @Test func anOptionalInputProvidedEarlierOrNotAtAllIsNoWarning() throws {
        #expect(try Pipeline([SpaceTokenizer(), UsesTokens()], given: [.raw, .text]).warnings.isEmpty)
        #expect(try Pipeline([UsesTokens()], given: [.raw, .text]).warnings.isEmpty)
    }
}
