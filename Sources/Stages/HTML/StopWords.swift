import GlossText

/// A language's stop words (jusText's lists, see `StopWords+Lists.swift`), for measuring how
/// much of a paragraph reads like running text of that language.
///
/// Words are cut at every character that is not a letter or a digit and lowercased, as the
/// lists are. Languages with a list: de, en, fr, es, it, nl, pl, pt, cs, da, sv
/// (`scripts/build-stop-words.py` adds more).
/// Cost: the lists are read once, on first use (about 10,000 words in all), into one table of
/// which lists hold each word; a lookup is one hash per word, whichever lists are asked.
struct StopWords: Sendable {
    /// The ISO 639-1 code of the list.
    let language: String
    /// The list's bit in `membership`.
    private let bit: UInt32

    /// The language codes of the shipped lists, in alphabetical order: list `i` has bit `1 << i`.
    static let codes: [String] = lists.keys.sorted()

    /// Every word of every list, with the lists that hold it as bits.
    /// The generator writes one stripped word a line, so the lines are the words; they are cut
    /// at newline bytes (cutting at `Character`s took 30 million instructions here).
    static let membership: [String: UInt32] = {
        var result: [String: UInt32] = [:]
        result.reserveCapacity(lists.values.reduce(0) { $0 + $1.utf8.count / 6 })
        for (index, code) in codes.enumerated() {
            var text = lists[code]!
            text.withUTF8 { bytes in
                var start = 0
                for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "\n") {
                    defer { start = end + 1 }
                    guard end > start else { continue }
                    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    result[word, default: 0] |= 1 << UInt32(index)
                }
            }
        }
        return result
    }()

    /// Every shipped list, by language code.
    static let all: [String: StopWords] = Dictionary(
        uniqueKeysWithValues: codes.enumerated().map { ($1, StopWords(language: $1, bit: 1 << UInt32($0))) })

    /// The list for a language tag (`de`, `de-AT`, `pt_BR`), or nil when none is shipped.
    static func forLanguage(_ tag: String?) -> StopWords? {
        guard let tag else { return nil }
        let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        return all[primary]
    }

    /// The list that covers the most words of `text`: the page's language when it declares
    /// none (or one without a list). Ties go to the first code in alphabetical order; the
    /// first `limit` words decide.
    static func likeliest(for text: String, limit: Int = 2000) -> StopWords? {
        var counts = [Int](repeating: 0, count: codes.count)
        var seen = 0
        guard limit > 0 else { return nil }
        forLeadingWords(in: text) { word in
            seen += 1
            if var lists = membership[word] {
                while lists != 0 {
                    counts[lists.trailingZeroBitCount] += 1
                    lists &= lists - 1
                }
            }
            return seen < limit
        }
        // The most words; the first code in alphabetical order among equals.
        var best = 0
        for index in counts.indices where counts[index] > counts[best] { best = index }
        return counts[best] > 0 ? all[codes[best]] : nil
    }

    /// The number of words of `text` and how many of them are stop words.
    func count(in text: String) -> (words: Int, stopWords: Int) {
        var total = 0
        var stop = 0
        Self.forEachWord(in: text) { word in
            total += 1
            if contains(word) { stop += 1 }
        }
        return (total, stop)
    }

    func contains(_ word: String) -> Bool { (Self.membership[word] ?? 0) & bit != 0 }

    /// Calls `body` with each lowercased word of `text`: a run of letters and digits.
    @inline(__always)
    static func forEachWord(in text: String, _ body: (String) -> Void) {
        forLeadingWords(in: text) { word in
            body(word)
            return true
        }
    }

    /// Calls `body` with each lowercased word of `text` (as `forEachWord`) until it returns
    /// false: the words after that are neither cut nor lowercased.
    ///
    /// The walk reads UTF-8 bytes: ASCII letters and digits by their byte, other scalars by
    /// `WordScalars`, and lowercases scalar by scalar, as `String.lowercased()` does. A word is
    /// made a `String` only when it is complete.
    static func forLeadingWords(in text: String, _ body: (String) -> Bool) {
        var text = text
        text.withUTF8 { bytes in
            var word: [UInt8] = []
            word.reserveCapacity(32)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    let lower = WordHash.lowerASCII(byte)
                    if lower &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 {
                        word.append(lower)
                        continue
                    }
                } else {
                    let (scalar, length) = WordScalars.decode(bytes, at: index)
                    let traits = WordScalars.traits(scalar)
                    if traits.isWordScalar {
                        if traits.contains(.lowersToItself) {
                            word.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
                        } else {
                            word.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                        }
                        index += length
                        continue
                    }
                    index += length
                }
                if !word.isEmpty {
                    guard body(String(decoding: word, as: UTF8.self)) else { return }
                    word.removeAll(keepingCapacity: true)
                }
            }
            if !word.isEmpty { _ = body(String(decoding: word, as: UTF8.self)) }
        }
    }
}
