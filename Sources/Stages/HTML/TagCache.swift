/// The tags (`HTMLTag`) of the element names one libxml2 parse hands its start-element events,
/// kept by the names' addresses: libxml2 gives each name it reads from its dictionary (one
/// address per name for the parser's life) and each element it implies (`html`, `body`, `p`) as
/// a constant, so a name met before is told by its address, without reading its bytes again
/// (`HTMLTag.lookup`, about 60 instructions a name).
///
/// Requires that the memory at each address keep its bytes while the cache lives: true of a
/// parser's dictionary, which lives as long as its context, and of libxml2's constants; a cache
/// serves one parse (`HTMLParser`'s sink holds it).
///
/// Cost: 64 direct-mapped slots of 16 bytes, made once a parse; a look-up is a multiply, a load
/// and a compare, and on a miss `HTMLTag.lookup` and a store. Not thread-safe (a parse's own).
struct TagCache {
    private struct Entry {
        var address: UInt = 0
        var tag: HTMLTag = .other
    }

    private var entries = [Entry](repeating: Entry(), count: 64)

    /// The tag of the NUL-terminated element name at `name`, as `HTMLTag.lookup(name)` gives it.
    @inline(__always)
    mutating func tag(_ name: UnsafePointer<UInt8>) -> HTMLTag {
        let address = UInt(bitPattern: name)
        // Fibonacci hashing: dictionary names sit a few bytes apart, so the high bits of the
        // product, not the address's low bits, pick the slot.
        let slot = Int(truncatingIfNeeded: (UInt64(address) &* 0x9E37_79B9_7F4A_7C15) >> 58)
        let entry = entries[slot]
        if entry.address == address { return entry.tag }
        let tag = HTMLTag.lookup(name)
        entries[slot] = Entry(address: address, tag: tag)
        return tag
    }
}
