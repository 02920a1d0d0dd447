import GlossCore
import Testing

@Suite struct StageOptionTests {
    enum Mode: String, CaseIterable, StageOptionValue {
        case fast, careful
    }

    static let level = StageOption("level", "how much", default: 3)
    static let loud = StageOption("loud", "shout", default: false)
    static let name = StageOption("name", "what to call it", default: "plain")
    static let mode = StageOption("mode", "how", default: Mode.careful)

    @Test func anAbsentOptionReadsAsItsDeclaredDefault() throws {
        let options = StageOptions(stage: "test")
        #expect(try options[Self.level] == 3)
        #expect(try options[Self.loud] == false)
        #expect(try options[Self.name] == "plain")
        #expect(try options[Self.mode] == .careful)
    }

    @Test func givenValuesAreConvertedToTheDeclaredType() throws {
        let options = StageOptions(
            stage: "test",
            values: ["level": .string("7"), "loud": .string("yes"), "name": .number(2), "mode": .string("fast")])
        #expect(try options[Self.level] == 7)
        #expect(try options[Self.loud] == true)
        #expect(try options[Self.name] == "2")
        #expect(try options[Self.mode] == .fast)
    }

    @Test func aWrongValueNamesTheStageTheOptionAndWhatItTakes() {
        let options = StageOptions(stage: "test", values: ["level": .string("many"), "mode": .string("slow")])
        let level = #expect(throws: StageOptions.Error.self) { _ = try options[Self.level] }
        #expect(level?.description == "option 'level' of stage 'test' must be a whole number, not 'many'")
        let mode = #expect(throws: StageOptions.Error.self) { _ = try options[Self.mode] }
        #expect(mode?.description == "option 'mode' of stage 'test' must be one of fast, careful, not 'slow'")
    }

    @Test func theListedInfoComesFromTheDeclaration() {
        let descriptor = StageDescriptor(
            name: "test", summary: "s", provides: [], options: [Self.level, Self.loud, Self.mode])
        #expect(descriptor.options.map(\.name) == ["level", "loud", "mode"])
        #expect(descriptor.options.map(\.defaultValue) == ["3", "false", "careful"])
        #expect(descriptor.options.map(\.accepts) == ["a whole number", "true or false", "one of fast, careful"])
    }
}
