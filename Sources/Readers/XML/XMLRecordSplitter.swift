/// Cuts a stream of XML events into records: every element that `isRecord` picks becomes one
/// `XMLNode` tree, handed to `onRecord` when its end tag arrives.
///
/// Requires: events in document order (an `XMLPushParser`'s). Provides: each record's tree, or
/// nil for a record over `maxRecordBytes` (its content is counted, not kept), and the text
/// outside records with the path of open elements (`onOutsideText`), for feed-level fields.
/// Records do not nest: a record element inside a record is part of it. Costs: memory for the
/// record being built, at most `maxRecordBytes` plus the tree's overhead.
final class XMLRecordSplitter: XMLEventHandler {
    /// Whether an element starting with these open ancestors is a record.
    typealias Predicate = (_ name: XMLName, _ ancestors: [XMLName]) -> Bool

    private let isRecord: Predicate
    private let maxRecordBytes: Int
    /// Called with each record's tree, or nil when the record was over the limit.
    var onRecord: (XMLNode?) -> Void = { _ in }
    /// Called with text outside any record and the open elements around it.
    var onOutsideText: (_ ancestors: [XMLName], _ text: [UInt8]) -> Void = { _, _ in }
    /// The root element's name, once it has started.
    private(set) var root: XMLName?

    private var ancestors: [XMLName] = []
    private var open: [XMLNode] = []
    private var recordBytes = 0
    private var oversized = false

    init(maxRecordBytes: Int, isRecord: @escaping Predicate) {
        self.maxRecordBytes = maxRecordBytes
        self.isRecord = isRecord
    }

    func startElement(_ name: XMLName, attributes: [String: String]) {
        if root == nil { root = name }
        if open.isEmpty {
            guard isRecord(name, ancestors) else {
                ancestors.append(name)
                return
            }
            recordBytes = 0
            oversized = false
        }
        let node = XMLNode(name: name, attributes: attributes)
        count(name.qualified.utf8.count + attributes.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count })
        if !oversized { open.last?.append(.element(node)) }
        open.append(node)
    }

    func endElement(_ name: XMLName) {
        guard let node = open.popLast() else {
            ancestors.removeLast()
            return
        }
        if open.isEmpty { onRecord(oversized ? nil : node) }
    }

    func text(_ bytes: [UInt8]) {
        guard let node = open.last else {
            onOutsideText(ancestors, bytes)
            return
        }
        count(bytes.count)
        if !oversized { node.append(.text(bytes)) }
    }

    private func count(_ bytes: Int) {
        recordBytes += bytes
        if recordBytes > maxRecordBytes { oversized = true }
    }
}
