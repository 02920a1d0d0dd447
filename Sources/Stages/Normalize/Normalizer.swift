import GlossCore

/// STAND-IN, being replaced: passes text through unchanged.
public struct Normalizer: RegistrableStage {
    public static let descriptor = StageDescriptor(
        name: "normalize", summary: "normalises text", requires: [.text], provides: [.normalizedText])
    public init() {}
    public init(options: StageOptions) throws {}
    public func process(_ document: inout Document) throws {}
}
