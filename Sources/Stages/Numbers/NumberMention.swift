import GlossCore

/// One numeric expression found in the text: what it is, its value, and what qualifies it.
///
/// ```
///   "nearly 50 prisoners"   kind number   value 50     modifier "nearly", comparator <
///   "$1.2bn"                kind money    value 1200000000  unit "dollar", currency USD
///   "between 10 and 15"     kind number   value 10, high 15 (a range; both ends included)
///   "the 1990s"             kind decade   value 1990
/// ```
public struct NumberMention: Hashable, Sendable {
    /// What the quantity is.
    public enum Kind: String, Sendable, CaseIterable {
        /// A count or amount: `252`, `three`, `1/2`, `3.5 million`.
        case number
        /// A position: `third`, `21st`, `second to last`, `penultimate`.
        case ordinal
        /// A percentage or percentage points: `100%`, `50 per cent`.
        case percent
        /// Money; `currency` holds the ISO 4217 code when the text names one.
        case money
        /// A length, mass, area, volume, speed or data size, with `unit`.
        case dimension
        /// A temperature (`unit` celsius, fahrenheit or degree).
        case temperature
        /// An age (`five years old`, `age 87`), with `unit` year, month, week or day.
        case age
        /// A year (`1798`, `fiscal 2021`, unit "fiscal year" for the latter).
        case year
        /// A decade (`the 1990s`), valued by its first year.
        case decade
        /// A score (`2-1`): two counts, not a range.
        case score
    }

    /// How a comparison word bounds the value.
    public enum Comparator: String, Sendable {
        case approximately = "~"
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        case equal = "="
    }

    /// Where the mention is, modifier included.
    public var span: Span
    public var kind: Kind
    /// The value (the low end of a range); `nil` for a bare unit (`percent`, `dollars`).
    public var value: NumberValue?
    /// The high end of a range; `nil` otherwise.
    public var high: NumberValue?
    /// The unit's canonical name: `%`, `percentage point`, `kilometer`, `celsius`, `year`,
    /// `dollar`, `georgian lari`, `cent`… (see `unitSymbol` and `currency` for the symbol and code).
    public var unit: String?
    /// The ISO 4217 code of money, when known.
    public var currency: String?
    /// The words that qualify the value (`nearly`, `more than`, `at least`, `only`), lowercased.
    public var modifier: String?
    public var comparator: Comparator?
    /// For ordinals relative to something other than the start: `end` (`last`, `second to
    /// last`) or `current` (`next`, `previous`); the value is then the offset from it.
    public var relativeTo: String?
    /// The numerals the mention is made of, with their spans and values (two for a range).
    public var parts: [Part]
    /// Whether a range leaves out its low end (`more than 10 and less than 20`); ranges
    /// written `10-20`, `between 10 and 20` include both ends.
    public var lowOpen = false
    /// Whether a range leaves out its high end.
    public var highOpen = false
    /// The span without the modifiers: `50 prisoners` of `nearly 50 prisoners`… `50`.
    public var quantitySpan: Span

    /// One numeral inside a mention.
    public struct Part: Hashable, Sendable {
        public var span: Span
        public var value: NumberValue
        public var ordinal: Bool

        public init(span: Span, value: NumberValue, ordinal: Bool = false) {
            self.span = span
            self.value = value
            self.ordinal = ordinal
        }
    }

    public init(
        span: Span, kind: Kind, value: NumberValue?, high: NumberValue? = nil, unit: String? = nil,
        currency: String? = nil, modifier: String? = nil, comparator: Comparator? = nil, relativeTo: String? = nil,
        parts: [Part] = []
    ) {
        self.span = span
        self.kind = kind
        self.value = value
        self.high = high
        self.unit = unit
        self.currency = currency
        self.modifier = modifier
        self.comparator = comparator
        self.relativeTo = relativeTo
        self.parts = parts
        self.quantitySpan = span
    }

    /// The unit's SI or usual symbol (`km`, `MWh`, `µg`, `mi`, `°C`), when it has one; money
    /// has its ISO 4217 code in `currency` instead.
    public var unitSymbol: String? {
        guard let unit, kind != .money else { return nil }
        return UnitTable.symbols[unit]
    }

    /// Whether the mention is a range (`10-20`, `between 5 and 10`).
    public var isRange: Bool { high != nil && kind != .score }

    /// A canonical rendering: comparator, value (or range), unit or currency; a bare unit alone.
    /// `~50`, `>200`, `[10,20]%`, `1200000000 USD`, `41 celsius`, `end-1`, `USD`.
    public var normalized: String {
        // memory from `allocate`, as `writeJSON`'s (a closure over `self` would copy the mention)
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: textsCapacity)
        defer { scratch.deallocate() }
        return String(decoding: writeTexts(at: scratch).normalized, as: UTF8.self)
    }

    /// Room enough for `writeTexts(at:)`: the value's and high end's texts, then `normalized`,
    /// which holds both again, a comparator (2 bytes), brackets, a comma and a space (4) and
    /// the words around them.
    var textsCapacity: Int {
        2 * ((value?.textCapacity ?? 0) + (high?.textCapacity ?? 0)) + 8 + (relativeTo?.utf8.count ?? 0)
            + (currency?.utf8.count ?? 0) + (unit?.utf8.count ?? 0)
    }

    /// Writes the UTF-8 bytes of `value.description`, `high.description` (nil when there is no
    /// such value) and `normalized` one after the other at `target` (room for `textsCapacity`)
    /// and returns them: each text made once, and no `String`. The JSON encoding writes them
    /// from there, and `normalized` reads its text from the same code.
    func writeTexts(at target: UnsafeMutablePointer<UInt8>) -> (
        value: UnsafeBufferPointer<UInt8>?, high: UnsafeBufferPointer<UInt8>?, normalized: UnsafeBufferPointer<UInt8>
    ) {
        let valueCount = value?.writeText(at: target) ?? 0
        let highStart = target + valueCount
        let highCount = high?.writeText(at: highStart) ?? 0
        let valueText = value == nil ? nil : UnsafeBufferPointer(start: target, count: valueCount)
        let highText = high == nil ? nil : UnsafeBufferPointer(start: highStart, count: highCount)
        let normalizedStart = highStart + highCount
        let normalizedCount = writeNormalized(valueText: valueText, highText: highText, at: normalizedStart)
        return (valueText, highText, UnsafeBufferPointer(start: normalizedStart, count: normalizedCount))
    }

    /// Writes `normalized`'s bytes at `target`, given the bytes of `value.description` and
    /// `high.description` (nil when there is no such value), and returns how many.
    private func writeNormalized(
        valueText: UnsafeBufferPointer<UInt8>?, highText: UnsafeBufferPointer<UInt8>?, at target: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var count = 0
        func put(_ byte: UInt8) {
            target[count] = byte
            count += 1
        }
        func put(_ bytes: UnsafeBufferPointer<UInt8>) {
            for byte in bytes { put(byte) }
        }
        func put(_ text: String) {
            // one copy of the bytes (the view's `_copyContents`), not a loop over its iterator
            let room = UnsafeMutableBufferPointer(start: target + count, count: text.utf8.count)
            count += room.initialize(from: text.utf8).1
        }
        if let relativeTo {
            put(relativeTo)
            if !((value?.double ?? 0) < 0) { put(UInt8(ascii: "+")) }
            if let valueText { put(valueText) } else { put(UInt8(ascii: "0")) }
            return count
        }
        guard let valueText else {
            put(currency ?? unit ?? "?")
            return count
        }
        if highText != nil, kind != .score {
            put(lowOpen ? UInt8(ascii: "(") : UInt8(ascii: "["))
        }
        if let comparator { put(comparator.rawValue) }
        put(valueText)
        if let highText {
            if kind == .score {
                put(UInt8(ascii: "-"))
                put(highText)
            } else {
                put(UInt8(ascii: ","))
                put(highText)
                put(highOpen ? UInt8(ascii: ")") : UInt8(ascii: "]"))
            }
        }
        if let currency {
            put(UInt8(ascii: " "))
            put(currency)
        } else if let unit {
            if unit != "%" { put(UInt8(ascii: " ")) }
            put(unit)
        }
        return count
    }
}

extension NumberMention: JSONEncodable {
    /// The keys a mention writes, made once (`JSONKey`).
    private static let keys = (
        kind: JSONKey("kind"), value: JSONKey("value"), number: JSONKey("number"), high: JSONKey("high"),
        bounds: JSONKey("bounds"), unit: JSONKey("unit"), symbol: JSONKey("symbol"), currency: JSONKey("currency"),
        modifier: JSONKey("modifier"), comparator: JSONKey("comparator"), relativeTo: JSONKey("relative_to"),
        normalized: JSONKey("normalized"))

    public func writeJSON(to writer: inout JSONWriter, context: JSONContext) {
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: textsCapacity)
        writeJSON(to: &writer, context: context, scratch: scratch)
        scratch.deallocate()
    }

    /// `writeJSON(to:context:)` with the texts made at `scratch` (room for `textsCapacity`),
    /// which `NumberMentions` allocates once for a document's mentions. A pointer, not
    /// `withUnsafeTemporaryAllocation`: its closure took copies of the mention and the context
    /// (their strings, arrays and class references retained and released), which cost more
    /// than the texts' `String`s saved (docs/performance.md).
    func writeJSON(to writer: inout JSONWriter, context: JSONContext, scratch: UnsafeMutablePointer<UInt8>) {
        let (valueText, highText, normalized) = writeTexts(at: scratch)
        // `Self.keys.x` each time rather than a local copy of the tuple: copying it retained and
        // released the twelve keys' arrays for every mention
        context.beginSpanObject(span, to: &writer)
        writer.member(Self.keys.kind, string: kind.rawValue)
        if let value, let valueText {
            writer.member(Self.keys.value, string: valueText)
            writer.member(Self.keys.number, value.double)
        }
        if let highText {
            writer.member(Self.keys.high, string: highText)
            if kind != .score {
                writer.member(Self.keys.bounds, string: lowOpen ? (highOpen ? "()" : "(]") : (highOpen ? "[)" : "[]"))
            }
        }
        if let unit {
            writer.member(Self.keys.unit, string: unit)
            if let symbol = unitSymbol {
                writer.member(Self.keys.symbol, string: symbol)
            }
        }
        if let currency {
            writer.member(Self.keys.currency, string: currency)
        }
        if let modifier {
            writer.member(Self.keys.modifier, string: modifier)
        }
        if let comparator {
            writer.member(Self.keys.comparator, string: comparator.rawValue)
        }
        if let relativeTo {
            writer.member(Self.keys.relativeTo, string: relativeTo)
        }
        writer.member(Self.keys.normalized, string: normalized)
        writer.endObject()
    }
}
