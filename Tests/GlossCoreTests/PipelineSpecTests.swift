import GlossCore
import Testing

@Suite struct PipelineSpecTests {
    @Test func readsNamesAndOptions() throws {
        let json = #"{"stages": ["ingest.text", {"name": "normalize", "options": {"nfkc": true, "level": 2, "mode": "x"}}, "tokenize"]}"#
        let spec = try PipelineSpec(json: Array(json.utf8))
        #expect(spec.stages == ["ingest.text", "normalize", "tokenize"])
        #expect(spec.options["normalize"]?["nfkc"] == .bool(true))
        #expect(spec.options["normalize"]?["level"] == .number(2))
        #expect(spec.options["normalize"]?["mode"] == .string("x"))
        #expect(try spec.options["normalize"]!.bool("nfkc", default: false))
    }

    @Test func acceptsABareArray() throws {
        let spec = try PipelineSpec(json: Array(#"["a", "b"]"#.utf8))
        #expect(spec.stages == ["a", "b"])
    }

    @Test func explainsWhatIsWrong() {
        let error = #expect(throws: PipelineError.self) {
            _ = try PipelineSpec(json: Array(#"{"stages": [{"options": {}}]}"#.utf8), path: "p.json")
        }
        #expect(error?.description.hasPrefix("pipeline file 'p.json': expected {\"stages\": [...]}") == true)
        #expect(throws: PipelineError.self) { _ = try PipelineSpec(json: Array("not json".utf8)) }
    }
}
