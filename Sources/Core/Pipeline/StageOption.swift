/// One option of a registered stage, declared once: its name, what it does, its type and its
/// default. The descriptor lists it (for `gloss stages` and the unknown-option check) and the
/// stage's `init(options:)` reads it with `options[declaration]`, so the default is written
/// in one place.
///
/// ```swift
/// public enum Option {
///     public static let minLength = StageOption("min-length", "bytes a word needs to count as long", default: 8)
/// }
/// // descriptor: options: [Option.minLength];  init(options:): try options[Option.minLength]
/// ```
public struct StageOption<Value: StageOptionValue>: StageOptionDeclaration {
    public let name: String
    public let summary: String
    /// The value used when the option is not given.
    public let defaultValue: Value

    public init(_ name: String, _ summary: String, default defaultValue: Value) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
    }

    public var info: StageOptionInfo {
        StageOptionInfo(name, summary, default: defaultValue.optionText, accepts: Value.accepted)
    }
}

/// Anything a descriptor can list as an option: a typed `StageOption`, or a bare
/// `StageOptionInfo` (a name, a summary and a default as text).
public protocol StageOptionDeclaration: Sendable {
    var info: StageOptionInfo { get }
}

extension StageOptionInfo: StageOptionDeclaration {
    public var info: StageOptionInfo { self }
}

/// A type an option can have: `Bool`, `Int`, `String`, or a `String`-backed
/// `CaseIterable` enum (its raw values are the allowed values).
public protocol StageOptionValue: Sendable {
    /// Reads the option `name` from `options`, or nil when it is not given; throws
    /// `StageOptions.Error` for a value of the wrong type.
    static func read(_ name: String, from options: StageOptions) throws -> Self?
    /// What values are accepted, for listings and errors ("true or false").
    static var accepted: String { get }
    /// The value as written on the command line.
    var optionText: String { get }
}

extension StageOptions {
    /// The value of a declared option, or its default when it is not given.
    ///
    /// - Throws: `StageOptions.Error` naming the stage, the option and what it accepts.
    public subscript<Value>(_ option: StageOption<Value>) -> Value {
        get throws { try Value.read(option.name, from: self) ?? option.defaultValue }
    }
}

extension Bool: StageOptionValue {
    public static func read(_ name: String, from options: StageOptions) throws -> Bool? {
        options[name] == nil ? nil : try options.bool(name, default: false)
    }
    public static var accepted: String { "true or false" }
    public var optionText: String { self ? "true" : "false" }
}

extension Int: StageOptionValue {
    public static func read(_ name: String, from options: StageOptions) throws -> Int? {
        options[name] == nil ? nil : try options.int(name, default: 0)
    }
    public static var accepted: String { "a whole number" }
    public var optionText: String { String(self) }
}

extension String: StageOptionValue {
    public static func read(_ name: String, from options: StageOptions) throws -> String? {
        options[name] == nil ? nil : try options.string(name, default: "")
    }
    public static var accepted: String { "text" }
    public var optionText: String { self }
}

extension StageOptionValue where Self: RawRepresentable & CaseIterable, RawValue == String {
    public static func read(_ name: String, from options: StageOptions) throws -> Self? {
        guard options[name] != nil else { return nil }
        let text = try options.string(name, default: "", allowed: allCases.map(\.rawValue))
        return Self(rawValue: text)
    }
    public static var accepted: String { "one of " + allCases.map(\.rawValue).joined(separator: ", ") }
    public var optionText: String { rawValue }
}
