import Foundation
import GlossCore

/// Lists of place names, nationalities, personal names and organisations, looked up as phrases
/// of tokens: which categories the longest listed phrase at each token belongs to. The tagger
/// uses this as a feature, not a verdict ("Georgia" may be a country, a state or a person);
/// it also decides which lower-case words are scored (`EntityTagger.mayBeginName`) and which
/// headline words keep their capitals (`HeadlineCasing`).
///
/// The file (`gazetteer.txt`, built by `scripts/build-gazetteers.py` from GeoNames, CC BY 4.0,
/// the 1990 US Census name lists, public domain, the names of Faker's locales and the companies
/// of pytickersymbols, MIT, and a list of international organisations written for Gloss) holds
/// `category<TAB>phrase` lines, phrases lowercased with tokens separated by one space. The
/// categories `company`, `orgword` and `orgcue` are read too: `scripts/build-org-lists.py`
/// writes them (listed companies, words that end organisation names, words next to them) for
/// experiments; the bundled file has none, since they did not help on EWT dev or wikigold
/// (`docs/entities-news.md`).
/// Phrases are kept as hashes of their case-folded bytes in an open-addressing table, so a
/// lookup allocates nothing.
///
/// - Thread safety: immutable after `init`; safe to share.
public struct Gazetteer: Sendable {
    /// Category bits.
    static let country: UInt16 = 1
    static let state: UInt16 = 2
    static let city: UInt16 = 4
    static let continent: UInt16 = 8
    static let demonym: UInt16 = 16
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

    private var keys: [UInt64] = []
    private var values: [UInt16] = []
    /// The most tokens in a listed phrase.
    private(set) var longest = 1
    /// The number of phrases listed.
    public private(set) var count = 0

    /// A gazetteer from `category<TAB>phrase` lines (`#` lines are comments; unknown
    /// categories are skipped).
    public init(text: String) {
        var entries: [(UInt64, UInt16)] = []
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let category = Self.category(fields[0]) else { continue }
            var words = 0
            var hash = WordHash.basis
            for word in fields[1].split(separator: " ") {
                if words > 0 {
                    entries.append((hash, Self.prefix))
                    hash = WordHash.fold(hash, 0x20)
                }
                hash = Array(word.utf8).withUnsafeBufferPointer {
                    WordHash.folded($0.baseAddress!, count: $0.count, from: hash)
                }
                words += 1
            }
            guard words > 0 else { continue }
            longest = max(longest, min(words, 8))
            entries.append((hash, category))
        }
        var size = 16
        while size < entries.count * 2 { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        values = [UInt16](repeating: 0, count: size)
        for (hash, category) in entries {
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while values[slot] != 0, keys[slot] != hash { slot = (slot + 1) & (size - 1) }
            if values[slot] & ~Self.prefix == 0, category != Self.prefix { count += 1 }
            keys[slot] = hash
            values[slot] |= category
        }
    }

    /// The gazetteer shipped with GlossEntities.
    public static func bundled() throws -> Gazetteer {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "txt", subdirectory: "Model"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            throw StageError("entities: gazetteer.txt is missing from GlossEntities' resources; rebuild the package")
        }
        return Gazetteer(text: text)
    }

    private static func category(_ name: Substring) -> UInt16? {
        switch name {
        case "country": country
        case "state": state
        case "city": city
        case "continent": continent
        case "demonym": demonym
        case "given": givenName
        case "surname": surname
        case "organization": organization
        case "company": company
        case "orgword": organizationWord
        case "orgcue": organizationCue
        default: nil
        }
    }

    /// The categories of the phrase with hash `hash`, with `prefix` when a longer listed phrase
    /// begins with it; 0 when neither.
    @inline(__always) func categories(_ hash: UInt64) -> UInt16 {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let value = values[slot]
            if value == 0 || keys[slot] == hash { return value }
            slot = (slot + 1) & mask
        }
    }

    /// Sets the `gazetteer` attribute of the sentence's `words` (whose tokens are `tokens` of
    /// the text at `base`): longest match first, left to right.
    func mark(_ base: UnsafePointer<UInt8>, tokens: UnsafeBufferPointer<Token>, words: UnsafeMutableBufferPointer<WordAttributes>) {
        var i = 0
        while i < tokens.count {
            guard words[i].flags & WordAttributes.Flags.letter != 0 else {
                i += 1
                continue
            }
            var hash = WordHash.basis
            var found: UInt16 = 0
            var length = 0
            for j in i..<min(tokens.count, i + longest) {
                let span = tokens[j].span
                if j > i { hash = WordHash.fold(hash, 0x20) }
                hash = WordHash.folded(base + Int(span.start), count: span.count, from: hash)
                let categories = categories(hash)
                if categories & ~Self.prefix != 0 {
                    found = categories & ~Self.prefix
                    length = j - i + 1
                }
                if categories & Self.prefix == 0 { break }
            }
            guard length > 0 else {
                i += 1
                continue
            }
            words[i].gazetteer = found
            for j in i + 1..<i + length { words[j].gazetteer = found | Self.inside }
            i += length
        }
    }
}
