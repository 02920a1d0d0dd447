/// A small, fast writer of JSON text into a byte buffer.
///
/// Gloss writes one JSON object per document, often with thousands of spans; this writer
/// appends to a buffer of its own (`JSONBuffer`) without intermediate strings: strings are
/// copied in runs between the bytes that need escaping, integers, rounded scores and span
/// members are formatted straight into the buffer (`JSONBytes`). It does not check structure:
/// callers open and close what they write. Commas are inserted automatically between members.
/// A copy of a writer is independent (the buffer is copied on the first write after the
/// writers part).
///
/// A writer given a `JSONSpill` hands its bytes to it whenever they pass the spill's threshold,
/// at the start of a value, so a sink can write a huge record in slices instead of holding it
/// whole (a document of millions of sentences writes hundreds of megabytes of JSON).
public struct JSONWriter: Sendable {
    private var buffer: JSONBuffer
    private var needsComma = false
    /// Where bytes go once they pass `spillThreshold`.
    private let spill: JSONSpill?
    private let spillThreshold: Int

    public init(reservingCapacity capacity: Int = 1024, spill: JSONSpill? = nil) {
        self.init(buffer: JSONBuffer(capacity: capacity), spill: spill)
    }

    private init(buffer: JSONBuffer, spill: JSONSpill?) {
        self.buffer = buffer
        self.spill = spill
        self.spillThreshold = spill?.threshold ?? Int.max
    }

    /// What `body` writes, made in the returned array's own storage (room for `capacity` bytes
    /// lent to the writer's buffer) so that the finished line is not copied out of a buffer.
    /// The array is handed over when the line leaves at most as many bytes of that room unused
    /// as it takes itself (or 16 KiB), so it holds at most twice its bytes or its bytes and
    /// 16 KiB, whichever is more; otherwise, and
    /// when the line outgrows the room, its bytes are copied as `bytes` copies them.
    ///
    /// `body` must not keep a copy of the writer: the lent storage is the array's.
    package static func line(
        reservingCapacity capacity: Int, spill: JSONSpill? = nil, _ body: (inout JSONWriter) -> Void
    ) -> [UInt8] {
        let room = max(16, capacity)
        var copied: [UInt8]?
        let line = [UInt8](unsafeUninitializedCapacity: room) { storage, initialized in
            var writer = JSONWriter(buffer: JSONBuffer(lending: storage.baseAddress!, capacity: room), spill: spill)
            body(&writer)
            let written = writer.buffer
            if written.isLent && keepsRoom(room, for: written.count) {
                initialized = written.count
            } else {
                copied = written.array
                initialized = 0
            }
        }
        return copied ?? line
    }

    /// Whether an array with `room` bytes of storage may keep a line of `count` bytes (see `line`).
    static func keepsRoom(_ room: Int, for count: Int) -> Bool {
        room - count <= max(count, 1 << 14)
    }

    /// The JSON text written so far, as UTF-8 (after a spill: since the last spill). A copy:
    /// read it once a value is complete.
    public var bytes: [UInt8] { buffer.array }

    /// How many bytes `bytes` holds, without copying them.
    public var byteCount: Int { buffer.count }

    /// The buffer, made this writer's own before it is written to. Writes that start a value
    /// make it so in `separate` and then use `buffer` itself: a local reference would cost a
    /// retain and a release per value.
    private var out: JSONBuffer {
        @inline(__always) mutating get {
            makeBufferUnique()
            return buffer
        }
    }

    @inline(__always) private mutating func makeBufferUnique() {
        if !isKnownUniquelyReferenced(&buffer) { copyBuffer() }
    }

    /// Gives this writer a copy of the buffer another writer shares: out of line, so that the
    /// methods that write a value keep only their common path (fewer registers saved per call).
    @inline(never) private mutating func copyBuffer() { buffer = buffer.copy() }

    /// Whether the writer's spill has failed, so that what is written from now on is dropped:
    /// an encoder of a long value may stop early. False without a spill.
    public var spillHasFailed: Bool { spill?.hasFailed ?? false }

    /// Removes what was written, keeping the capacity.
    public mutating func reset() {
        out.removeAll()
        needsComma = false
    }

    /// Starts a value: makes the buffer this writer's own, writes the comma before the value if
    /// one is due, and hands the bytes to the spill once they pass its threshold.
    @inline(__always) private mutating func separate() {
        makeBufferUnique()
        if needsComma { buffer.append(UInt8(ascii: ",")) }
        needsComma = true
        if buffer.count >= spillThreshold { spillBytes(of: buffer) }
    }

    /// Starts a value of at most `room` bytes as `separate` does, with one capacity check for
    /// the comma and the value, and returns where the value goes: store it there, then
    /// `buffer.commit` its length.
    @inline(__always) private mutating func start(reserving room: Int) -> UnsafeMutablePointer<UInt8> {
        makeBufferUnique()
        var target = buffer.reserve(room &+ 1)
        if needsComma {
            target.pointee = UInt8(ascii: ",")
            buffer.commit(1)
            target += 1
        }
        needsComma = true
        if buffer.count >= spillThreshold {
            spillBytes(of: buffer)
            target = buffer.reserve(room)
        }
        return target
    }

    /// Hands the bytes written so far to the spill and starts over, keeping the capacity.
    @inline(never) private func spillBytes(of out: JSONBuffer) {
        spill?.take(out.array)
        out.removeAll()
    }

    /// Frees the buffer if a huge value grew it past `capacity` bytes: a sink calls it after a
    /// record so that one giant document does not keep its memory for the rest of the run.
    public mutating func trimCapacity(to capacity: Int) {
        out.shrink(to: capacity)
    }

    public mutating func beginObject() { begin(UInt8(ascii: "{")) }
    public mutating func endObject() { makeBufferUnique(); buffer.append(UInt8(ascii: "}")); needsComma = true }
    public mutating func beginArray() { begin(UInt8(ascii: "[")) }
    public mutating func endArray() { makeBufferUnique(); buffer.append(UInt8(ascii: "]")); needsComma = true }

    @inline(__always) private mutating func begin(_ bracket: UInt8) {
        start(reserving: 1).pointee = bracket
        buffer.commit(1)
        needsComma = false
    }

    /// Writes an object key; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        JSONBytes.appendQuoted(name, to: buffer)
        buffer.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a key made ahead of time; the next value written is its value.
    public mutating func key(_ key: JSONKey) {
        if key.fitsWords {
            self.key(words: key.words, count: key.count)
        } else {
            keyCopying(key)
            needsComma = false
        }
    }

    /// Writes `key` as `key(_:)` does and starts its value as `start(reserving:)` does, with one
    /// uniqueness and capacity check for the two, and returns where the value goes (room for
    /// `room` bytes): store it there, then `buffer.commit` its length. The spill is offered the
    /// bytes before the key and again before the value, as the two calls would.
    @inline(__always) private mutating func start(_ key: JSONKey, reserving room: Int) -> UnsafeMutablePointer<UInt8> {
        guard key.fitsWords else {
            keyCopying(key)
            needsComma = false
            return start(reserving: room)
        }
        let keyAt = start(reserving: 24 &+ room)
        Self.store(keyWords: key.words, at: keyAt)
        buffer.commit(key.count)
        // the value follows without a comma; `needsComma` is already true for what comes after it
        var valueAt = keyAt + key.count
        offerSpill(at: &valueAt, room: room)
        return valueAt
    }

    /// Writes a member, `key` and a string: the same bytes as `key(key)` then `string(value)`,
    /// for one call and one start.
    public mutating func member(_ key: JSONKey, string value: String) {
        _ = start(key, reserving: 0)
        JSONBytes.appendQuoted(value, to: buffer)
    }

    /// Writes a member, `key` and a string read in place from UTF-8 bytes (valid UTF-8): the
    /// same bytes as `key(key)` then `string(utf8: value)`.
    public mutating func member(_ key: JSONKey, string value: UnsafeBufferPointer<UInt8>) {
        _ = start(key, reserving: 0)
        JSONBytes.appendQuoted(value, to: buffer)
    }

    /// Writes a member, `key` and an integer: the same bytes as `key(key)` then `number(value)`.
    public mutating func member(_ key: JSONKey, _ value: Int) {
        let target = start(key, reserving: JSONBytes.maxDecimalBytes)
        buffer.commit(JSONBytes.writeDecimal(value, at: target))
    }

    /// Writes a member, `key` and a floating-point number: the same bytes as `key(key)` then
    /// `number(value)`.
    public mutating func member(_ key: JSONKey, _ value: Double) {
        _ = start(key, reserving: 0)
        appendDouble(value)
    }

    /// Writes a member, `key` and `value` rounded to `places` decimal places (0 to 4): the same
    /// bytes as `key(key)` then `number(value, places: places)`.
    public mutating func member(_ key: JSONKey, _ value: Double, places: Int) {
        precondition((0...4).contains(places), "JSONWriter.member(_:_:places:) rounds to 0 to 4 places")
        guard abs(value) < 1e9 else {
            self.key(key)
            number(value, places: places)
            return
        }
        let target = start(key, reserving: JSONBytes.maxDecimalBytes + 6)
        buffer.commit(JSONBytes.writeScaled(value * JSONBytes.scale(places: places), places: places, at: target))
    }

    /// Writes four members, each a key of `keys` and its value rounded to `places` decimal
    /// places (0 to 4): the same bytes as `member(_:_:places:)` for each in turn, and the spill
    /// is offered the same slices (before each comma's key and before each value), but the
    /// buffer is made unique and its room reserved once for the four. A value of a billion or
    /// more in magnitude (or not finite) sends the four the one-by-one way.
    public mutating func members(_ keys: JSONFourKeys, _ a: Double, _ b: Double, _ c: Double, _ d: Double, places: Int) {
        precondition((0...4).contains(places), "JSONWriter.members(_:_:_:_:_:places:) rounds to 0 to 4 places")
        guard abs(a) < 1e9 && abs(b) < 1e9 && abs(c) < 1e9 && abs(d) < 1e9 else {
            membersOneByOne(keys, a, b, c, d, places: places)
            return
        }
        let scale = JSONBytes.scale(places: places)
        // each member: a comma, a key's three words, a number
        let room = 4 &* (1 &+ 24 &+ JSONBytes.maxDecimalBytes &+ 6)
        var target = start(reserving: room)
        roundedMember(keys.words.0, keys.counts.0, a * scale, places: places, at: &target, room: room)
        nextMember(at: &target, room: room)
        roundedMember(keys.words.1, keys.counts.1, b * scale, places: places, at: &target, room: room)
        nextMember(at: &target, room: room)
        roundedMember(keys.words.2, keys.counts.2, c * scale, places: places, at: &target, room: room)
        nextMember(at: &target, room: room)
        roundedMember(keys.words.3, keys.counts.3, d * scale, places: places, at: &target, room: room)
    }

    /// One member of `members(_:_:_:_:_:places:)` at `target`, inside the room reserved: the
    /// key's words, the spill offered, the scaled value rounded.
    @inline(__always) private mutating func roundedMember(
        _ words: (UInt64, UInt64, UInt64), _ count: Int, _ scaled: Double, places: Int,
        at target: inout UnsafeMutablePointer<UInt8>, room: Int
    ) {
        Self.store(keyWords: words, at: target)
        buffer.commit(count)
        target += count
        offerSpill(at: &target, room: room)
        let written = JSONBytes.writeScaled(scaled, places: places, at: target)
        buffer.commit(written)
        target += written
    }

    /// The comma between two members of `members(_:_:_:_:_:places:)`, then the spill offered.
    @inline(__always) private mutating func nextMember(at target: inout UnsafeMutablePointer<UInt8>, room: Int) {
        target.pointee = UInt8(ascii: ",")
        buffer.commit(1)
        target += 1
        offerSpill(at: &target, room: room)
    }

    /// Hands the bytes to the spill once they pass its threshold, as the start of a value does,
    /// and then points `target` at the emptied buffer (with `room` bytes reserved).
    @inline(__always) private mutating func offerSpill(at target: inout UnsafeMutablePointer<UInt8>, room: Int) {
        if buffer.count >= spillThreshold {
            spillBytes(of: buffer)
            target = buffer.reserve(room)
        }
    }

    /// `members(_:_:_:_:_:places:)` one member at a time, for values outside its fast range.
    @inline(never) private mutating func membersOneByOne(
        _ keys: JSONFourKeys, _ a: Double, _ b: Double, _ c: Double, _ d: Double, places: Int
    ) {
        key(words: keys.words.0, count: keys.counts.0)
        number(a, places: places)
        key(words: keys.words.1, count: keys.counts.1)
        number(b, places: places)
        key(words: keys.words.2, count: keys.counts.2)
        number(c, places: places)
        key(words: keys.words.3, count: keys.counts.3)
        number(d, places: places)
    }

    /// Writes a key laid in three words (`JSONKey.words`): what `key(_:)` writes for a key
    /// that fits them.
    @inline(__always) private mutating func key(words: (UInt64, UInt64, UInt64), count: Int) {
        Self.store(keyWords: words, at: start(reserving: 24))
        buffer.commit(count)
        needsComma = false
    }

    /// Stores a key's three words (`JSONKey.words`: its `"name":` and padding) at `target`,
    /// which has 24 bytes of room; the caller commits the key's length.
    @inline(__always) private static func store(keyWords words: (UInt64, UInt64, UInt64), at target: UnsafeMutablePointer<UInt8>) {
        let raw = UnsafeMutableRawPointer(target)
        raw.storeBytes(of: words.0, as: UInt64.self)
        raw.storeBytes(of: words.1, toByteOffset: 8, as: UInt64.self)
        raw.storeBytes(of: words.2, toByteOffset: 16, as: UInt64.self)
    }

    /// Writes a member, `key` and `[a,b]`: the same bytes as `key(key)` then `pair(a, b)`.
    public mutating func member(_ key: JSONKey, pair a: Int, _ b: Int) {
        let target = start(key, reserving: JSONBytes.maxPairBytes)
        buffer.commit(JSONBytes.writePair(a, b, at: target))
    }

    /// A key longer than `JSONKey`'s words, copied from its array (out of line: rare).
    @inline(never) private mutating func keyCopying(_ key: JSONKey) {
        separate()
        key.quoted.withUnsafeBufferPointer { buffer.append($0) }
    }

    public mutating func string(_ value: String) {
        separate()
        JSONBytes.appendQuoted(value, to: buffer)
    }

    /// Writes a string from UTF-8 bytes, escaping as JSON requires. Invalid UTF-8 must not be
    /// passed; document text is always valid.
    public mutating func string<C: Collection>(utf8 value: C) where C.Element == UInt8 {
        separate()
        let done: Void? = value.withContiguousStorageIfAvailable { JSONBytes.appendQuoted($0, to: buffer) }
        if done != nil { return }
        buffer.append(UInt8(ascii: "\""))
        for byte in value { JSONBytes.appendEscaped(byte, to: buffer) }
        buffer.append(UInt8(ascii: "\""))
    }

    /// Writes a string from UTF-8 bytes read in place (valid UTF-8), escaping as JSON requires:
    /// the same as the generic `string(utf8:)`, without its generic calls.
    public mutating func string(utf8 value: UnsafeBufferPointer<UInt8>) {
        separate()
        JSONBytes.appendQuoted(value, to: buffer)
    }

    /// Writes the text of a span (`JSONContext.text(of:)`), read in place: the same as the
    /// generic `string(utf8:)`, without its generic calls.
    public mutating func string(utf8 value: Substring.UTF8View) {
        separate()
        let done: Void? = value.withContiguousStorageIfAvailable { JSONBytes.appendQuoted($0, to: buffer) }
        if done == nil { Array(value).withUnsafeBufferPointer { JSONBytes.appendQuoted($0, to: buffer) } }
    }

    public mutating func number(_ value: Int) {
        // the target first: `start` may replace `buffer` (a copy for a writer that shares it)
        let target = start(reserving: JSONBytes.maxDecimalBytes)
        buffer.commit(JSONBytes.writeDecimal(value, at: target))
    }
    public mutating func number(_ value: UInt32) {
        number(Int(value))
    }

    /// Writes a floating-point number, or `null` where JSON has no number for it.
    public mutating func number(_ value: Double) {
        separate()
        appendDouble(value)
    }

    /// Appends `value` as `number(_:)` writes it, once the value is started.
    @inline(__always) private mutating func appendDouble(_ value: Double) {
        if value.isFinite {
            // below 10^15 the truncation is exact, so it equals the value just when that is whole
            if abs(value) < 1e15, case let whole = Int(value), Double(whole) == value {
                Self.appendInteger(whole, to: buffer)
            } else if !JSONBytes.appendFewDecimals(value, to: buffer) {
                buffer.append(contentsOf: value.description.utf8)
            }
        } else {
            buffer.append(contentsOf: "null".utf8)
        }
    }

    /// Writes `value` rounded to `places` decimal places (0 to 4), half away from zero: the same
    /// text as `number((value * 10^places).rounded() / 10^places)`, without the division, the
    /// `rounded()` call and the check that the quotient has few decimals.
    public mutating func number(_ value: Double, places: Int) {
        precondition((0...4).contains(places), "JSONWriter.number(_:places:) rounds to 0 to 4 places")
        let scale = JSONBytes.scale(places: places)
        // below a billion the scaled value is under 2^53: its truncation and remainder are exact
        guard abs(value) < 1e9 else {
            number((value * scale).rounded() / scale)
            return
        }
        let target = start(reserving: JSONBytes.maxDecimalBytes + 6)
        buffer.commit(JSONBytes.writeScaled(value * scale, places: places, at: target))
    }

    public mutating func bool(_ value: Bool) { separate(); buffer.append(contentsOf: (value ? "true" : "false").utf8) }
    public mutating func null() { separate(); buffer.append(contentsOf: "null".utf8) }

    /// Appends JSON text that is already valid (for example from `JSONEncoder`) as one value.
    public mutating func raw<C: Collection>(json: C) where C.Element == UInt8 {
        separate(); buffer.append(contentsOf: json)
    }

    /// Writes `[a, b]`: the compact form Gloss uses for ranges.
    public mutating func pair(_ a: Int, _ b: Int) {
        let target = start(reserving: JSONBytes.maxPairBytes)
        buffer.commit(JSONBytes.writePair(a, b, at: target))
    }

    /// Writes the members every span writes, `"span":[s,e],"chars":[s,e]` and, when `source`
    /// is given, `"source":[s,e]`, with one capacity check (`JSONContext.writeSpanMembers` works
    /// the offsets out).
    public mutating func spanMembers(_ span: Span, chars: Range<Int>, source: Range<Int>?) {
        spanMembers(span, chars: chars, source: source, opening: false)
    }

    /// `spanMembers(_:chars:source:)`, after `{` when `opening`: the same bytes as
    /// `beginObject()` and then the members, with one start.
    @inline(__always)
    mutating func spanMembers(_ span: Span, chars: Range<Int>, source: Range<Int>?, opening: Bool) {
        let target = opening ? startObject(reserving: JSONBytes.maxSpanMembersBytes) : start(reserving: JSONBytes.maxSpanMembersBytes)
        buffer.commit(JSONBytes.writeSpanMembers(span, chars: chars, source: source, at: target))
    }

    /// Writes members formatted ahead by `JSONBytes.writeSpanMembers` (a `JSONSpanMemo`'s), as
    /// `spanMembers` would have written them, after `{` when `opening`.
    @inline(__always)
    mutating func spanMembers(copying members: UnsafeBufferPointer<UInt8>, opening: Bool) {
        let target = opening ? startObject(reserving: members.count) : start(reserving: members.count)
        if let source = members.baseAddress { JSONBytes.copy(source, to: target, count: members.count) }
        buffer.commit(members.count)
    }

    /// Writes `{` as `beginObject()` does and starts the object's first value as
    /// `start(reserving:)` does, with one uniqueness and capacity check for the two, and returns
    /// where the value goes (room for `room` bytes). The spill is offered the bytes before the
    /// `{` and again before the value, as the two calls would.
    @inline(__always) private mutating func startObject(reserving room: Int) -> UnsafeMutablePointer<UInt8> {
        let target = start(reserving: 1 &+ room)
        target.pointee = UInt8(ascii: "{")
        buffer.commit(1)
        // the first value follows without a comma; `needsComma` is already true for the next
        if buffer.count >= spillThreshold {
            spillBytes(of: buffer)
            return buffer.reserve(room)
        }
        return target + 1
    }

    /// Ends the current line: JSON Lines puts one object per line.
    public mutating func newline() {
        makeBufferUnique()
        buffer.append(UInt8(ascii: "\n"))
        needsComma = false
    }

    /// Appends the decimal digits of `value`, made in place.
    @inline(__always) private static func appendInteger(_ value: Int, to out: JSONBuffer) {
        out.commit(JSONBytes.writeDecimal(value, at: out.reserve(JSONBytes.maxDecimalBytes)))
    }
}

/// A value that can write itself as one JSON value. Layer values added by stages conform, so
/// the JSON sink can write every layer without knowing its type.
public protocol JSONEncodable {
    /// Writes exactly one JSON value (an object, array, string, number, bool or null).
    func writeJSON(to writer: inout JSONWriter, context: JSONContext)
}

