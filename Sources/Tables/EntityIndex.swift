/// Links the entities of every document of a run by type and name, giving each a run-wide
/// number and counting its mentions and the documents that name it (the `entities` table).
///
/// Cost: one dictionary look-up per entity of a document; memory grows with the distinct
/// names of the run (tens of bytes each). Not thread-safe.
public struct EntityIndex {
    public struct Entry: Equatable, Sendable {
        public var entity: Int
        public var name: String
        public var type: String
        public var mentions: Int
        public var documents: Int

        public init(entity: Int, name: String, type: String, mentions: Int, documents: Int) {
            (self.entity, self.name, self.type, self.mentions, self.documents) = (entity, name, type, mentions, documents)
        }
    }

    private var numbers: [String: Int] = [:]
    /// Every entity so far, by number - 1.
    public private(set) var entries: [Entry] = []
    /// Numbers of the entities changed since `takeChanged()` last ran, in the order first changed.
    private var changed: [Int] = []
    private var changedSet: Set<Int> = []

    public init() {}

    /// Re-creates the index from the rows of an `entities` table (a resumed run).
    public init(entries: [Entry]) {
        self.entries = entries.sorted { $0.entity < $1.entity }
        for entry in self.entries { numbers[Self.key(entry.type, entry.name)] = entry.entity }
    }

    /// Adds one document's entities; returns their run-wide numbers (1-based) in the same
    /// order.
    public mutating func add(_ entities: [DocumentEntityRow]) -> [Int] {
        var seen: Set<Int> = []
        return entities.map { row in
            let key = Self.key(row.type, row.name)
            let number: Int
            if let known = numbers[key] {
                number = known
            } else {
                number = entries.count + 1
                numbers[key] = number
                entries.append(Entry(entity: number, name: row.name, type: row.type, mentions: 0, documents: 0))
            }
            entries[number - 1].mentions += row.mentions
            if seen.insert(number).inserted { entries[number - 1].documents += 1 }
            if changedSet.insert(number).inserted { changed.append(number) }
            return number
        }
    }

    /// The entities changed since the last call (to write their new counts), and forgets them.
    public mutating func takeChanged() -> [Entry] {
        defer {
            changed.removeAll(keepingCapacity: true)
            changedSet.removeAll(keepingCapacity: true)
        }
        return changed.map { entries[$0 - 1] }
    }

    private static func key(_ type: String, _ name: String) -> String { type + "\u{1F}" + name }
}
