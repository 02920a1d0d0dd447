import GlossCore

/// A BIO tag: outside any name, or the beginning or inside of a name of one `EntityType`.
///
/// Stored as one byte: 0 is O, then B and I of each type in `EntityType` order, so tags index
/// the tagger's weight rows directly.
package struct EntityTag: Hashable, Sendable, CustomStringConvertible {
    package let rawValue: UInt8

    /// The number of tags: O and B/I for each of the four types.
    package static let count = 1 + 2 * EntityType.allCases.count
    package static let outside = EntityTag(rawValue: 0)

    package init(rawValue: UInt8) { self.rawValue = rawValue }

    package static func begin(_ type: EntityType) -> EntityTag { EntityTag(rawValue: 1 + 2 * type.rawValue) }
    package static func inside(_ type: EntityType) -> EntityTag { EntityTag(rawValue: 2 + 2 * type.rawValue) }

    /// The type of the name the tag is part of; nil for O.
    package var type: EntityType? { rawValue == 0 ? nil : EntityType(rawValue: (rawValue - 1) / 2) }
    package var isInside: Bool { rawValue != 0 && rawValue % 2 == 0 }

    /// Whether the tag may follow `previous` in a BIO sequence: I-X only after B-X or I-X.
    @inline(__always) package func canFollow(_ previous: EntityTag) -> Bool {
        !isInside || previous.rawValue == rawValue || previous.rawValue == rawValue - 1
    }

    /// A tag read from a file: `O`, `B-X`, `I-X` (X a CoNLL or Universal NER type; `OTH` is
    /// MISC and a stray `B-O` is O). An I- tag that cannot follow `previous` (IO files such as
    /// wikigold, or a broken IOB2 sequence) becomes a B- tag. Nil for anything else.
    package init?(label: Substring, previous: EntityTag) {
        if label == "O" {
            self = .outside
            return
        }
        guard label.count > 2, let dash = label.firstIndex(of: "-"), label.distance(from: label.startIndex, to: dash) == 1
        else { return nil }
        let kind = label[label.startIndex]
        let name = label[label.index(after: dash)...]
        if name == "O" {
            self = .outside
            return
        }
        guard let type = EntityType(label: name) else { return nil }
        switch kind {
        case "B": self = .begin(type)
        case "I":
            let inside = EntityTag.inside(type)
            self = inside.canFollow(previous) ? inside : .begin(type)
        default: return nil
        }
    }

    /// The names a valid BIO sequence marks: token ranges (from 0) and types, in order.
    package static func names(in tags: [EntityTag]) -> [(tokens: Range<Int>, type: EntityType)] {
        var names: [(Range<Int>, EntityType)] = []
        forEachName(in: tags) { names.append(($0, $1)) }
        return names
    }

    /// Calls `body` with the range (indices of `tags`) and type of each name a valid BIO
    /// sequence marks, in order; what `body` does to the tags of a name it was given does not
    /// change where the next name begins.
    @inline(__always)
    package static func forEachName<Tags: RandomAccessCollection<EntityTag>>(in tags: Tags, _ body: (Range<Int>, EntityType) -> Void)
    where Tags.Index == Int {
        var i = tags.startIndex
        while i < tags.endIndex {
            guard let type = tags[i].type else {
                i += 1
                continue
            }
            var end = i + 1
            while end < tags.endIndex, tags[end] == .inside(type) { end += 1 }
            body(i..<end, type)
            i = end
        }
    }

    package var description: String {
        guard let type else { return "O" }
        return (isInside ? "I-" : "B-") + type.description
    }
}
