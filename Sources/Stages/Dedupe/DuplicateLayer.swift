import GlossCore

/// The typed key of the `duplicate` layer: `document[DuplicateLayer.self]`.
public enum DuplicateLayer: LayerKey {
    public static let id: LayerID = "duplicate"
    public typealias Value = DuplicateMark
}
