import CPrefetch
import Foundation
import GlossCore
import GlossText

/// Lists of place names, nationalities, personal names and organisations, looked up as phrases
/// of tokens: which categories the longest listed phrase at each token belongs to. The tagger
/// uses this as a feature, not a verdict ("Georgia" may be a country, a state or a person);
/// it also decides which lower-case words are scored (`EntityTagger.mayBeginName`) and which
/// headline words keep their capitals (`HeadlineCasing`).
///
/// The file (`gazetteer.txt`, built by `scripts/build-gazetteers.py` from GeoNames, CC BY 4.0,
/// the 1990 US Census name lists, public domain, the names of Faker's locales and the companies
/// of pytickersymbols, MIT, a list of international organisations written for Gloss, and the
/// two organisations among CLDR's territory codes, EU and UN, with their names) holds
/// `category<TAB>phrase` lines, phrases lowercased with tokens separated by one space. The
/// categories `company`, `orgword` and `orgcue` are read too: `scripts/build-org-lists.py`
/// writes them (listed companies, words that end organisation names, words next to them) for
/// experiments; the bundled file has none, since they did not help on EWT dev or wikigold
/// (`docs/entities-news.md`).
/// Phrases are kept as keys in an open-addressing table, so a lookup allocates nothing: a
/// word's key is the hash of its case-folded bytes, a longer phrase's its first words' key
/// extended by its last word's hash (`key(_:extendedBy:)`). A process reads the bundled list
/// from those keys, prebuilt from the text by `scripts/build-gazetteer-table.py`
/// (`gazetteer.table`, `init(table:)`), rather than hashing the text's 3 MB each time it starts.
///
/// - Thread safety: immutable after `init`; safe to share.
public struct Gazetteer: Sendable, Equatable {
    /// Category bits.
    static let country: UInt16 = 1
    static let state: UInt16 = 2
    static let city: UInt16 = 4
    static let continent: UInt16 = 8
    static let demonym: UInt16 = 16
    /// Any of the place bits: a listed country, state, city or continent.
    static let place: UInt16 = country | state | city | continent
    /// Set on the tokens of a phrase after its first. In the table it marks instead a phrase
    /// that begins a longer listed phrase, so a lookup stops as soon as no listed phrase goes on.
    static let inside: UInt16 = 32
    static let prefix: UInt16 = 32
    static let givenName: UInt16 = 64
    static let surname: UInt16 = 128
    /// Companies, intergovernmental organisations, central banks and agencies.
    static let organization: UInt16 = 256
    /// Companies with an SEC ticker, with and without their legal endings (`build-org-lists.py`).
    static let company: UInt16 = 512
    /// Words that end or begin organisation names ("Corp", "Ministry", "Party", "University").
    static let organizationWord: UInt16 = 1024
    /// Lower-case words next to organisation names more than places ("officials", "shares").
    static let organizationCue: UInt16 = 2048

    /// The open-addressing table: a phrase's hash and its categories side by side, so a probe
    /// reads one cache line; a slot is empty while its categories are 0.
    private var slots: [Slot] = []

    private struct Slot: Equatable {
        var key: UInt64 = 0
        var value: UInt16 = 0
    }
    /// The most tokens in a listed phrase.
    private(set) var longest = 1
    /// The number of phrases listed.
    public private(set) var count = 0

    /// A gazetteer from `category<TAB>phrase` lines (`#` lines are comments; unknown
    /// categories are skipped).
    public init(text: String) {
        var text = text
        self = text.withUTF8 { Gazetteer(utf8: $0) }
    }

    /// A gazetteer from the UTF-8 bytes of `category<TAB>phrase` lines, read as `init(text:)`
    /// reads them: lines end at a line feed, a carriage return or both (`isNewline`'s other
    /// separators do not occur in the lists), empty fields and words are skipped, and a line
    /// needs exactly two fields.
    ///
    /// - Cost: one pass over the bytes (no `String` per line or word), then one insertion per
    ///   phrase and per phrase prefix into the table: for the bundled 3 MB list about 0.09
    ///   billion instructions, where reading it as `String` lines took 4 billion.
    package init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        let (entries, longest) = Self.entries(utf8: bytes)
        self.init(slotCount: Self.slotCount(entries: entries.count), longest: longest)
        for (hash, category) in entries { insert(hash, category) }
    }

    /// An empty table of `slotCount` slots (a power of two) for phrases of at most `longest` words.
    private init(slotCount: Int, longest: Int) {
        slots = [Slot](repeating: Slot(), count: slotCount)
        self.longest = longest
    }

    /// The slots a table of `entries` entries (repeats included) has: the power of two, at least
    /// 16, that they fill at most half.
    static func slotCount(entries: Int) -> Int {
        var size = 16
        while size < entries * 2 { size *= 2 }
        return size
    }

    /// Adds `category` to the phrase with key `hash`, counting the phrase when it is its first
    /// category other than `prefix`.
    @inline(__always) private mutating func insert(_ hash: UInt64, _ category: UInt16) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].value != 0, slots[slot].key != hash { slot = (slot + 1) & mask }
        if slots[slot].value & ~Self.prefix == 0, category != Self.prefix { count += 1 }
        slots[slot].key = hash
        slots[slot].value |= category
    }

    /// A gazetteer from its prebuilt table (`gazetteer.table`, which
    /// `scripts/build-gazetteer-table.py` writes from `gazetteer.txt`): `GLOSSGAZ`, then
    /// little-endian a version (`tableVersion`), the most words in a phrase, the table's slots
    /// and the number of entries, then per entry a key (UInt64) and its categories (UInt16),
    /// each distinct key once with all its categories, in the order the text first lists it.
    /// Inserted in that order into that many slots, they give the table `init(utf8:)` gives for
    /// the text: the same lookups, and the same slots.
    ///
    /// - Cost: one insertion per entry: for the bundled list (190,080 keys, 1.9 MB) about a
    ///   tenth of the instructions of reading the 3 MB text.
    /// - Requires: at most `maxSlotsPerEntry` slots an entry, so a damaged header cannot ask for
    ///   gigabytes before the file's size is checked against it.
    /// - Throws: when the bytes are not such a table; the message names `file` when given.
    package init(table bytes: UnsafeRawBufferPointer, file: String? = nil) throws {
        func fail(_ why: String) -> StageError {
            StageError("entities: the gazetteer table\(file.map { " " + $0 } ?? "") is not usable: \(why)")
        }
        let header = 8 + 4 * 4
        guard bytes.count >= header, bytes.prefix(8).elementsEqual(Self.tableMagic) else { throw fail("it does not start with GLOSSGAZ") }
        func u32(_ at: Int) -> Int { Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self))) }
        guard u32(8) == Self.tableVersion else { throw fail("version \(u32(8)), expected \(Self.tableVersion)") }
        let (longest, slotCount, entryCount) = (u32(12), u32(16), u32(20))
        guard (1...8).contains(longest), slotCount >= 16, slotCount.nonzeroBitCount == 1, entryCount * 2 <= slotCount,
            slotCount <= Self.slotCount(entries: max(entryCount, 1) * Self.maxSlotsPerEntry / 2)
        else {
            throw fail("a header of \(longest) words, \(slotCount) slots and \(entryCount) entries")
        }
        guard bytes.count == header + entryCount * Self.tableEntrySize else { throw fail("\(bytes.count) bytes for \(entryCount) entries") }
        self.init(slotCount: slotCount, longest: longest)
        for at in stride(from: header, to: bytes.count, by: Self.tableEntrySize) {
            let category = UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: at + 8, as: UInt16.self))
            guard category != 0 else { throw fail("an entry without a category") }
            insert(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)), category)
        }
    }

    static let tableMagic = Array("GLOSSGAZ".utf8)
    static let tableVersion = 1
    /// Bytes per entry of a table: a key and its categories.
    static let tableEntrySize = 10
    /// The most slots a table may have per entry (rounded up to the power of two): the text's
    /// entries, repeats and prefixes included, are 1.15 a key in the bundled list, so 32 allows
    /// sixteen a key, and a header of 24 bytes cannot make a process allocate 32 GB and abort.
    static let maxSlotsPerEntry = 32

    /// The table's entries for the lines in `bytes`, in order (see `init(utf8:)`), and the
    /// most tokens in a listed phrase (at most 8).
    ///
    /// - Cost: one pass over the bytes: each line's category is read as the scan reaches it,
    ///   and each word of its phrase is hashed as soon as its end is found.
    package static func entries(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (entries: [(UInt64, UInt16)], longest: Int) {
        var entries: [(UInt64, UInt16)] = []
        entries.reserveCapacity(bytes.count / 12)
        var longest = 1
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "#") {
                index = lineEnd(bytes, from: index)
            } else {
                index = read(bytes, from: index, into: &entries, longest: &longest)
            }
            index += 1  // past the line's end (or the end of the bytes)
        }
        return (entries, longest)
    }

    /// Where the line at `start` ends: its line feed or carriage return, or the end of the bytes.
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
        return index
    }

    /// Adds the entries of the `category<TAB>phrase` line at `start` (fields are the runs of
    /// bytes between tabs, a line needs exactly two, words are the runs between spaces): each
    /// prefix of the phrase that ends before a word, then the phrase with its category. Returns
    /// where the line ends.
    private static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into entries: inout [(UInt64, UInt16)], longest: inout Int
    ) -> Int {
        let tab = UInt8(ascii: "\t")
        var index = start
        while index < bytes.count, bytes[index] == tab { index += 1 }
        let nameStart = index
        while index < bytes.count, bytes[index] > 0x20 || !isFieldEnd(bytes[index]) { index += 1 }
        guard index > nameStart, let category = category(UnsafeBufferPointer(rebasing: bytes[nameStart..<index])) else {
            return lineEnd(bytes, from: index)
        }
        while index < bytes.count, bytes[index] == tab { index += 1 }
        let firstEntry = entries.count
        var words = 0
        var hash = WordHash.basis
        // The phrase's words, each hashed as it is scanned (`WordHash.folded` of its bytes),
        // the phrase's key extended by each (`key(_:extendedBy:)`).
        while index < bytes.count, bytes[index] > 0x20 || !isFieldEnd(bytes[index]) {
            guard bytes[index] != 0x20 else {
                index += 1
                continue
            }
            if words > 0 { entries.append((hash, Self.prefix)) }
            let word: UInt64
            (word, index) = foldWord(bytes, from: index, into: WordHash.basis)
            hash = words == 0 ? word : Self.key(hash, extendedBy: word)
            words += 1
        }
        while index < bytes.count, bytes[index] == tab { index += 1 }
        guard words > 0, index == bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D else {
            // No phrase, or a third field: the line adds nothing.
            entries.removeSubrange(firstEntry...)
            return lineEnd(bytes, from: index)
        }
        longest = max(longest, min(words, 8))
        entries.append((hash, category))
        return index
    }

    /// The key of a phrase whose words so far have the key `phrase`, extended by a word whose
    /// case-folded bytes hash to `word` (`WordHash.folded`): a one-word phrase's key is its
    /// word's hash, so marking a sentence extends a phrase by each token's hash, which the
    /// word cache keeps (`Start`), rather than hashing the token's bytes again.
    @inline(__always) static func key(_ phrase: UInt64, extendedBy word: UInt64) -> UInt64 { WordHash.extend(phrase, with: word) }

    /// `hash` extended by the case-folded bytes of the word at `start` (`WordHash.folded`), and
    /// where the word ends: at a space, a field's end or the end of the bytes. One pass: the
    /// word's end is found as its bytes are folded.
    @inline(__always)
    private static func foldWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into hash: UInt64) -> (hash: UInt64, end: Int) {
        var hash = hash
        var index = start
        var previous: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte <= 0x20, byte == 0x20 || isFieldEnd(byte) { break }
            hash = WordHash.fold(hash, WordHash.lower(byte, after: previous))
            previous = byte
            index += 1
        }
        return (hash, index)
    }

    /// Whether `byte` ends a field: a tab or a line's end.
    @inline(__always) private static func isFieldEnd(_ byte: UInt8) -> Bool { byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// The gazetteer shipped with GlossEntities, read from its prebuilt table
    /// (`gazetteer.table`, `init(table:)`): the gazetteer `gazetteer.txt` gives.
    public static func bundled() throws -> Gazetteer {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "table") else {
            throw StageError("entities: gazetteer.table is missing from GlossEntities' resources; rebuild the package")
        }
        return try Gazetteer(tableAt: url)
    }

    /// The gazetteer in the table file at `url` (`init(table:)`); errors name the file.
    package init(tableAt url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url, options: .mappedIfSafe) } catch {
            throw StageError("entities: cannot read the gazetteer table \(url.path): \(error.localizedDescription)")
        }
        try self = data.withUnsafeBytes { try Gazetteer(table: $0, file: url.path) }
    }

    /// The category named by `name`'s bytes: its length and bytes (at most 16, laid in two
    /// words) compared with each name's, the most common (`surname`, `city`, `given`) first.
    private static func category(_ name: UnsafeBufferPointer<UInt8>) -> UInt16? {
        guard name.count <= 16 else { return nil }
        let packed = packedName(UnsafeRawBufferPointer(name))
        for (known, category) in categoryNames where known == packed { return category }
        return nil
    }

    /// Up to 16 bytes laid in two little-endian words, zeros after them, and their count.
    @inline(__always) private static func packedName(_ bytes: UnsafeRawBufferPointer) -> PackedName {
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: bytes) }
        return PackedName(low: words.0, high: words.1, count: bytes.count)
    }

    /// A short name's bytes and length, compared as one key.
    private struct PackedName: Equatable {
        var low: UInt64
        var high: UInt64
        var count: Int
    }

    private static let categoryNames: [(PackedName, UInt16)] = ([
        ("surname", surname), ("city", city), ("given", givenName), ("organization", organization), ("state", state),
        ("demonym", demonym), ("country", country), ("continent", continent), ("company", company),
        ("orgword", organizationWord), ("orgcue", organizationCue),
    ] as [(StaticString, UInt16)]).map { name, category in
        (packedName(UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)), category)
    }

    /// The categories of the phrase with hash `hash`, with `prefix` when a longer listed phrase
    /// begins with it; 0 when neither.
    @inline(__always) func categories(_ hash: UInt64) -> UInt16 {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry.value == 0 || entry.key == hash { return entry.value }
            slot = (slot + 1) & mask
        }
    }

    /// Asks the processor for the slot where `categories(hash)` begins its search. A hint:
    /// nothing is read.
    @inline(__always) func prefetch(_ hash: UInt64) {
        slots.withUnsafeBufferPointer { gloss_prefetch($0.baseAddress! + (Int(truncatingIfNeeded: hash) & ($0.count - 1))) }
    }

    /// Calls `body` with what asks the processor for the slot where `categories(hash)` begins
    /// its search (`WordAttributeCache.SlotPrefetcher`), valid only inside `body`.
    @inline(__always) func withPrefetcher<Result>(_ body: (WordAttributeCache.SlotPrefetcher) -> Result) -> Result {
        slots.withUnsafeBufferPointer {
            body(
                WordAttributeCache.SlotPrefetcher(
                    base: UnsafeRawPointer($0.baseAddress!), mask: $0.count - 1, stride: MemoryLayout<Slot>.stride, keyShift: 0))
        }
    }

    /// What a phrase's first token reads in the table: the hash of its case-folded bytes and
    /// the categories listed under it (with `prefix`).
    package struct Start: Sendable, Equatable {
        var hash: UInt64
        var categories: UInt16
    }

    /// The start of a phrase at the `count` bytes at `bytes`.
    @inline(__always) package func start(_ bytes: UnsafePointer<UInt8>, count: Int) -> Start {
        let hash = WordHash.folded(bytes, count: count)
        return Start(hash: hash, categories: categories(hash))
    }

    /// Sets the `gazetteer` attribute of the sentence's `words` (whose tokens are `tokens` of
    /// the text at `base`): longest match first, left to right. With `starts` (each token's
    /// `start`, from `WordAttributeCache`), no token is hashed again: a phrase's first token
    /// reads its categories there, and each next token extends the phrase by its hash.
    ///
    /// With `starts`, the tokens that may begin a phrase (with letters, and a start that lists
    /// something) are found 64 at a time as bits, without a branch per token, then visited in
    /// order: which tokens they are changes from token to token, and the test that skipped the
    /// others was mispredicted at more than one token in two of news (callgrind's branch simulation).
    func mark(
        _ base: UnsafePointer<UInt8>, tokens: UnsafeBufferPointer<Token>, words: UnsafeMutableBufferPointer<WordAttributes>,
        starts: UnsafePointer<Start>? = nil
    ) {
        guard let starts else {
            var i = 0
            while i < tokens.count {
                // A token without letters is no phrase's first.
                guard words[i].flags & WordAttributes.Flags.letter != 0 else {
                    i += 1
                    continue
                }
                i += mark(at: i, base, tokens: tokens, words: words, starts: nil)
            }
            return
        }
        // The first token not inside a phrase found already.
        var next = 0
        var chunk = 0
        while chunk < tokens.count {
            let end = min(tokens.count, chunk + 64)
            var candidates: UInt64 = 0
            for j in chunk..<end {
                // 1 or 0 each, by shifts: with letters, and with a start that lists something.
                let letter = WordAttributes.Flags.letter
                let letters = UInt64(truncatingIfNeeded: words[j].flags & letter) &>> UInt64(letter.trailingZeroBitCount)
                let listed = UInt64(truncatingIfNeeded: Int(starts[j].categories) &+ 0xFFFF) &>> 16
                candidates |= (letters & listed) &<< UInt64(j - chunk)
            }
            // Each candidate's two-word phrase asked for first (whether its start is a longer
            // phrase's prefix or not, without a branch on it): the slots are most often misses
            // of the first two levels, which `mark(at:)` waited on one after another.
            var ahead = candidates
            while ahead != 0 {
                let i = chunk + ahead.trailingZeroBitCount
                ahead &= ahead &- 1
                if i &+ 1 < tokens.count { prefetch(Self.key(starts[i].hash, extendedBy: starts[i &+ 1].hash)) }
            }
            while candidates != 0 {
                let i = chunk + candidates.trailingZeroBitCount
                candidates &= candidates &- 1
                if i >= next { next = i + mark(at: i, base, tokens: tokens, words: words, starts: starts) }
            }
            chunk = end
        }
    }

    /// Marks the longest listed phrase that begins at token `i` (with letters), if any; returns
    /// how many tokens it has, or 1 when none begins there.
    @inline(__always) private func mark(
        at i: Int, _ base: UnsafePointer<UInt8>, tokens: UnsafeBufferPointer<Token>, words: UnsafeMutableBufferPointer<WordAttributes>,
        starts: UnsafePointer<Start>?
    ) -> Int {
        var hash = WordHash.basis
        var found: UInt16 = 0
        var length = 0
        for j in i..<min(tokens.count, i + longest) {
            let categories: UInt16
            if j == i {
                let start = starts?[i] ?? self.start(base + Int(tokens[i].span.start), count: tokens[i].span.count)
                hash = start.hash
                categories = start.categories
            } else {
                let span = tokens[j].span
                let word = starts?[j].hash ?? WordHash.folded(base + Int(span.start), count: span.count)
                hash = Self.key(hash, extendedBy: word)
                categories = self.categories(hash)
            }
            if categories & ~Self.prefix != 0 {
                found = categories & ~Self.prefix
                length = j - i + 1
            }
            if categories & Self.prefix == 0 { break }
        }
        guard length > 0 else { return 1 }
        words[i].gazetteer = found
        for j in i + 1..<i + length { words[j].gazetteer = found | Self.inside }
        return length
    }
}
