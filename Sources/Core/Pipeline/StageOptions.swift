/// Options for building one stage, as given on the command line (`--option normalize.nfkc=true`)
/// or in a pipeline file (`{"name": "normalize", "options": {"nfkc": true}}`).
///
/// Values arrive as strings or JSON scalars; the typed accessors convert them and throw an
/// error that names the stage, the option and what it accepts. `check(known:)` rejects options
/// the stage does not have, so a typo is an error rather than silently ignored.
public struct StageOptions: Sendable, Equatable {
    /// An option value as written.
    public enum Value: Sendable, Equatable {
        case string(String)
        case number(Double)
        case bool(Bool)
    }

    /// A wrong option: unknown, or of the wrong type.
    public struct Error: Swift.Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The stage these options are for, used in error messages.
    public var stage: String
    public private(set) var values: [String: Value]

    public init(stage: String = "", values: [String: Value] = [:]) {
        self.stage = stage
        self.values = values
    }

    public subscript(name: String) -> Value? {
        get { values[name] }
        set { values[name] = newValue }
    }

    public var isEmpty: Bool { values.isEmpty }

    /// Throws if an option is not among `known`.
    public func check(known: [StageOptionInfo]) throws {
        let names = Set(known.map(\.name))
        for name in values.keys.sorted() where !names.contains(name) {
            let list = known.isEmpty ? "it takes no options" : "its options are " + known.map(\.name).sorted().joined(separator: ", ")
            throw Error(description: "stage '\(stage)' has no option '\(name)'; \(list) (see `gloss stages`)")
        }
    }

    /// A boolean option: `true`/`false`, `yes`/`no`, `1`/`0`.
    public func bool(_ name: String, default defaultValue: Bool) throws -> Bool {
        switch values[name] {
        case nil: return defaultValue
        case .bool(let value): return value
        case .number(let value) where value == 0 || value == 1: return value == 1
        case .string(let text):
            switch text.lowercased() {
            case "true", "yes", "1", "on": return true
            case "false", "no", "0", "off": return false
            default: break
            }
        default: break
        }
        throw wrongType(name, expected: "true or false")
    }

    /// An integer option.
    public func int(_ name: String, default defaultValue: Int) throws -> Int {
        switch values[name] {
        case nil: return defaultValue
        case .number(let value) where value == value.rounded() && abs(value) < 1e15: return Int(value)
        case .string(let text): if let value = Int(text) { return value }
        default: break
        }
        throw wrongType(name, expected: "a whole number")
    }

    /// A string option, optionally limited to `allowed` values.
    public func string(_ name: String, default defaultValue: String, allowed: [String]? = nil) throws -> String {
        let result: String
        switch values[name] {
        case nil: return defaultValue
        case .string(let text): result = text
        case .bool(let value): result = value ? "true" : "false"
        case .number(let value): result = value == value.rounded() ? String(Int(value)) : String(value)
        }
        if let allowed, !allowed.contains(result) {
            throw wrongType(name, expected: "one of " + allowed.joined(separator: ", "))
        }
        return result
    }

    private func wrongType(_ name: String, expected: String) -> Error {
        Error(description: "option '\(name)' of stage '\(stage)' must be \(expected), not \(describe(values[name]))")
    }

    private func describe(_ value: Value?) -> String {
        switch value {
        case nil: "missing"
        case .string(let text): "'\(text)'"
        case .number(let number): "\(number)"
        case .bool(let flag): "\(flag)"
        }
    }
}
