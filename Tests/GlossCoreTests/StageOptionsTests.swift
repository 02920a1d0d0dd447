import GlossCore
import Testing

@Suite struct StageOptionsTests {
    let options = StageOptions(
        stage: "s", values: ["on": .string("yes"), "off": .bool(false), "n": .number(4), "t": .string("abc")])

    @Test func convertsValues() throws {
        #expect(try options.bool("on", default: false))
        #expect(try !options.bool("off", default: true))
        #expect(try options.bool("missing", default: true))
        #expect(try options.int("n", default: 0) == 4)
        #expect(try options.string("t", default: "") == "abc")
        #expect(try options.string("n", default: "") == "4")
    }

    @Test func rejectsWrongTypesWithAClearMessage() {
        let error = #expect(throws: StageOptions.Error.self) { _ = try options.bool("t", default: false) }
        #expect(error?.description == "option 't' of stage 's' must be true or false, not 'abc'")
        #expect(throws: StageOptions.Error.self) { _ = try options.string("t", default: "", allowed: ["x", "y"]) }
        #expect(throws: StageOptions.Error.self) { _ = try options.int("t", default: 0) }
    }
}
