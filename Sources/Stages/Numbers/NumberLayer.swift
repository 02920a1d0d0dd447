import GlossCore

extension LayerID {
    /// `NumberLayer`: the numeric expressions of the text.
    public static let numbers = LayerID("numbers")
}

/// The layer `NumberDetector` adds: `document[NumberLayer.self]`, the mentions in text order.
///
/// In JSON: `[{"span":[s,e],"chars":[s,e],"kind":"money","value":"1200000000","number":1.2e9,
/// "unit":"dollar","currency":"USD","modifier":"about","comparator":"~","normalized":"~1200000000 USD"},…]`.
public enum NumberLayer: LayerKey {
    public static let id: LayerID = .numbers
    public typealias Value = NumberMentions
}

/// The mentions of one document, in text order.
public struct NumberMentions: Sendable, Hashable, JSONEncodable {
    public var mentions: [NumberMention]

    public init(_ mentions: [NumberMention]) { self.mentions = mentions }

    public func writeJSON(to writer: inout JSONWriter, context: JSONContext) {
        writer.beginArray()
        // one scratch for the mentions' texts, grown when a mention needs more (a value far
        // from the point), rather than an allocation per mention
        var capacity = 256
        var scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        // each mention read in place: `for mention in mentions` copied it (its strings and
        // parts retained, then released) for every mention written
        for index in mentions.indices {
            let needed = mentions[index].textsCapacity
            if needed > capacity {
                scratch.deallocate()
                capacity = needed
                scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            }
            mentions[index].writeJSON(to: &writer, context: context, scratch: scratch)
        }
        scratch.deallocate()
        writer.endArray()
    }
}
