import AcmeWordCount
import GlossCore
import GlossSinks
import Testing

@Suite struct AcmeWordCountTests {
    @Test func registersAndRunsLikeABuiltInStage() throws {
        let records = try AcmeExample.countWords(in: ["one two three", "extraordinarily long words here"], minLength: 6)
        #expect(records.count == 2)
        #expect(records[0].document?[WordCountLayer.self] == WordCount(words: 3, longWords: 0))
        #expect(records[1].document?[WordCountLayer.self] == WordCount(words: 4, longWords: 1))
    }

    @Test func itsLayerAppearsInJSONOutput() throws {
        let records = try AcmeExample.countWords(in: ["alpha beta"])
        let line = String(decoding: RecordEncoder().encode(records[0]), as: UTF8.self)
        #expect(line.contains(#""layers":{"acme.wordcount":{"words":2,"long_words":0}}"#))
    }

    @Test func registryDescribesTheStageAndRejectsUnknownOptions() throws {
        let registry = AcmeExample.registry
        #expect(registry.descriptor(named: "acme.wordcount")?.provides == [WordCountLayer.id])
        #expect(throws: StageOptions.Error.self) {
            _ = try registry.makeStage(named: "acme.wordcount", options: StageOptions(values: ["min-lenght": .number(3)]))
        }
    }

    @Test func aPipelineThatNeedsItsLayerFailsWithoutIt() throws {
        struct NeedsCount: Stage {
            let name = "acme.report"
            let requires: Set<LayerID> = [WordCountLayer.id]
            let provides: Set<LayerID> = []
            func process(_ document: inout Document) throws {}
        }
        #expect(throws: PipelineError.self) { _ = try Pipeline([NeedsCount()], given: [.raw, .text], registry: AcmeExample.registry) }
        let pipeline = try Pipeline([WordCounter(), NeedsCount()], given: [.raw, .text])
        #expect(pipeline.names == ["acme.wordcount", "acme.report"])
    }

    @Test func itsOptionIsDeclaredOnceAndReadFromTheDeclaration() throws {
        let info = try #require(AcmeExample.registry.descriptor(named: "acme.wordcount")?.options.first)
        #expect(info.name == "min-length" && info.defaultValue == "8" && info.accepts == "a whole number")
        #expect(WordCounter().minLength == WordCounter.Option.minLength.defaultValue)
        let built = try AcmeExample.registry.makeStage(named: "acme.wordcount") as? WordCounter
        #expect(built?.minLength == 8)
        let five = try AcmeExample.registry.makeStage(
            named: "acme.wordcount", options: StageOptions(values: ["min-length": .string("5")])) as? WordCounter
        #expect(five?.minLength == 5)
    }

    @Test func anOutOfRangeOptionIsAnErrorOfTheBuild() {
        #expect(throws: StageOptions.Error.self) {
            _ = try AcmeExample.registry.makeStage(
                named: "acme.wordcount", options: StageOptions(values: ["min-length": .number(0)]))
        }
    }
}
