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
    /// The entities of the current document so far.
    private var seen: Set<Int> = []

    public init() {}

    /// Re-creates the index from the rows of an `entities` table (a resumed run).
    public init(entries: [Entry]) {
        self.entries = entries.sorted { $0.entity < $1.entity }
        for entry in self.entries { numbers[entry.type + "\u{1F}" + entry.name] = entry.entity }
    }

    /// Adds one document's entities; returns their run-wide numbers (1-based) in the same
    /// order.
    public mutating func add(_ entities: [DocumentEntityRow]) -> [Int] {
        beginDocument()
        return entities.map { row in
            var (type, name) = (row.type, row.name)
            return type.withUTF8 { type in
                name.withUTF8 { name in add(type: UnsafeRawBufferPointer(type), name: UnsafeRawBufferPointer(name), mentions: row.mentions) }
            }
        }
    }

    /// Starts a document's entities: one it names twice counts once in `documents`.
    public mutating func beginDocument() { seen.removeAll(keepingCapacity: true) }

    /// Adds an entity of the current document, its type and name as UTF-8; returns its
    /// run-wide number (1-based). Cost: one key string made and looked up.
    public mutating func add(type: UnsafeRawBufferPointer, name: UnsafeRawBufferPointer, mentions: Int) -> Int {
        let key = Self.key(type, name)
        let number: Int
        if let known = numbers[key] {
            number = known
        } else {
            number = entries.count + 1
            numbers[key] = number
            entries.append(Entry(
                entity: number, name: String(decoding: name, as: UTF8.self), type: String(decoding: type, as: UTF8.self),
                mentions: 0, documents: 0))
        }
        entries[number - 1].mentions += mentions
        if seen.insert(number).inserted { entries[number - 1].documents += 1 }
        if changedSet.insert(number).inserted { changed.append(number) }
        return number
    }

    /// The entities changed since the last call (to write their new counts), and forgets them.
    public mutating func takeChanged() -> [Entry] {
        defer {
            changed.removeAll(keepingCapacity: true)
            changedSet.removeAll(keepingCapacity: true)
        }
        return changed.map { entries[$0 - 1] }
    }

    /// `type`, U+001F and `name`: a key no type or name can run into.
    private static func key(_ type: UnsafeRawBufferPointer, _ name: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: type.count + 1 + name.count) { buffer in
            _ = UnsafeMutableRawBufferPointer(buffer).initializeMemory(as: UInt8.self, from: type)
            buffer[type.count] = 0x1F
            _ = UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[(type.count + 1)...])
                .initializeMemory(as: UInt8.self, from: name)
            return buffer.count
        }
    }
}
