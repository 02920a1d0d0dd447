/// The name of an annotation layer: what a stage requires and provides.
///
/// Built-in layers are static members; a third party names its own, namespaced like its
/// stages (`"acme.wordcount"`).
public struct LayerID: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let name: String

    public init(_ name: String) { self.name = name }
    public init(stringLiteral value: String) { self.name = value }

    /// The raw input bytes of a document, before ingest. Every document starts with it.
    public static let raw = LayerID("raw")
    /// The document's text (decoded and, where ingest found markup, extracted).
    public static let text = LayerID("text")
    /// The text after normalisation (NFC, whitespace, hyphenation repairs).
    public static let normalizedText = LayerID("normalized-text")
    /// The layers that are the text itself rather than spans into it: a stage that rewrites
    /// the text (`Stage.rewritesText`) may follow stages that provide only these.
    public static let textItself: Set<LayerID> = [.raw, .text, .normalizedText]
    /// `Document.tokens`.
    public static let tokens = LayerID("tokens")
    /// `Document.sentences`.
    public static let sentences = LayerID("sentences")

    public var description: String { name }
    public static func < (lhs: LayerID, rhs: LayerID) -> Bool { lhs.name < rhs.name }
}

/// A typed key for a layer that a stage adds to documents, in the manner of CoreNLP's typed
/// annotation keys.
///
/// ```swift
/// enum WordCountLayer: LayerKey {
///     static let id: LayerID = "acme.wordcount"
///     typealias Value = WordCount      // Sendable & JSONEncodable
/// }
/// document[WordCountLayer.self] = WordCount(words: 42)
/// ```
public protocol LayerKey {
    associatedtype Value: Sendable & JSONEncodable
    /// The layer's name, used in pipelines' requirements and as its key in JSON output.
    static var id: LayerID { get }
}

/// The typed layers of a document, keyed by layer name, kept in the order they were added so
/// that output is deterministic.
public struct LayerStore: Sendable {
    private var entries: [(id: LayerID, value: any Sendable & JSONEncodable)] = []

    public init() {}

    public subscript<K: LayerKey>(key: K.Type) -> K.Value? {
        get {
            for entry in entries where entry.id == K.id { return entry.value as? K.Value }
            return nil
        }
        set {
            if let index = entries.firstIndex(where: { $0.id == K.id }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((K.id, newValue))
            }
        }
    }

    /// The names of the layers present, in the order they were added.
    public var ids: [LayerID] { entries.map(\.id) }

    /// Calls `body` with each layer's name and value, in the order they were added.
    public func forEach(_ body: (LayerID, any Sendable & JSONEncodable) throws -> Void) rethrows {
        for entry in entries { try body(entry.id, entry.value) }
    }

    public var isEmpty: Bool { entries.isEmpty }
}
