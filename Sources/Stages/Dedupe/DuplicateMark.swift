import GlossCore

/// A document found to repeat an earlier one: the `duplicate` layer, present only on duplicates.
///
/// JSON: `{"of":"<id of the first document>","kind":"exact"|"near","distance":n}`, where
/// `distance` is the number of differing bits (0 to 64) between the two documents' 64-bit
/// SimHashes (0 for an exact duplicate).
public struct DuplicateMark: Sendable, Equatable, JSONEncodable {
    /// How the duplicate was found.
    public enum Kind: String, Sendable, Equatable {
        /// The same normalised text.
        case exact
        /// SimHashes within the stage's `max-distance` bits.
        case near
    }

    /// The id of the first document seen with this content (earliest in input order).
    public var of: String
    public var kind: Kind
    /// Differing SimHash bits.
    public var distance: Int

    public init(of: String, kind: Kind, distance: Int) {
        self.of = of
        self.kind = kind
        self.distance = distance
    }

    public func writeJSON(to writer: inout JSONWriter, context: JSONContext) {
        writer.beginObject()
        writer.key("of")
        writer.string(of)
        writer.key("kind")
        writer.string(kind.rawValue)
        writer.key("distance")
        writer.number(distance)
        writer.endObject()
    }
}
