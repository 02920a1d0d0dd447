/// A language's stop words (jusText's lists, see `StopWords+Lists.swift`), for measuring how
/// much of a paragraph reads like running text of that language.
///
/// Words are cut at every character that is not a letter or a digit and lowercased, as the
/// lists are. Languages with a list: de, en, fr, es, it, nl, pl, pt, cs, da, sv
/// (`scripts/build-stop-words.py` adds more).
/// Cost: the sets are built once, on first use (about 10,000 words in all); a lookup is one hash
/// per word.
struct StopWords: Sendable {
    /// The ISO 639-1 code of the list.
    let language: String
    private let words: Set<String>

    init(language: String, words: Set<String>) {
        self.language = language
        self.words = words
    }

    /// Every shipped list, by language code. The generator writes one stripped word a line, so
    /// the lines are the words (Foundation's trimming took 100 million instructions here).
    static let all: [String: StopWords] = lists.reduce(into: [:]) { result, entry in
        let words = entry.value.split(separator: "\n").map(String.init)
        result[entry.key] = StopWords(language: entry.key, words: Set(words))
    }

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
        var counts: [String: Int] = [:]
        var seen = 0
        guard limit > 0 else { return nil }
        forLeadingWords(in: text) { word in
            seen += 1
            for (code, list) in all where list.words.contains(word) { counts[code, default: 0] += 1 }
            return seen < limit
        }
        guard let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else {
            return nil
        }
        return all[best.key]
    }

    /// The number of words of `text` and how many of them are stop words.
    func count(in text: String) -> (words: Int, stopWords: Int) {
        var total = 0
        var stop = 0
        Self.forEachWord(in: text) { word in
            total += 1
            if words.contains(word) { stop += 1 }
        }
        return (total, stop)
    }

    func contains(_ word: String) -> Bool { words.contains(word) }

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
    static func forLeadingWords(in text: String, _ body: (String) -> Bool) {
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.append(scalar)
            } else if !word.isEmpty {
                guard body(String(word).lowercased()) else { return }
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { _ = body(String(word).lowercased()) }
    }
}
