import Foundation
import GlossCore
import GlossText

/// The words sentiment scoring knows: each with its valence (if rated), its booster value (if
/// a degree adverb) and whether it negates; the emoji with the words that describe them.
///
/// Every word of a rule list gets an id even when it has no valence, so the rules compare
/// small integers, never strings. Words are looked up in an open-addressing table keyed by the
/// FNV-1a hash of their case-folded UTF-8 bytes (`WordHash`, reading U+2019 as an apostrophe): no allocation per lookup.
///
/// Sources, in order (a later one never overrides an earlier one): VADER's lexicon (MIT),
/// the derived news lexicon (`news_lexicon.txt`, built by `scripts/build-sentiment-lexicon.py`
/// from AFINN-en-165, Apache-2.0, inflections, news verbs and words of feeling chosen with
/// WordNet 3.0, Pattern's subjective adjectives, PDDL, and hyphenated words of news rated by their parts,
/// "cease-fire", "debt-ridden"), VADER's rule words, and VADER's emoji descriptions. Licence
/// notices are beside the files in `Resources/`. News compounds (`news_compounds.txt`, same
/// script) give a rated word another valence when a given word follows it: news terms
/// ("interest rates"), WordNet terms whose first word is rated for another sense ("crude oil",
/// "United States") and movement phrases ("ticked up"); and with them a rated security has
/// none before a word that moves it ("Shares plunged").
///
/// - Thread safety: immutable after `init`; safe to share.
public struct SentimentLexicon: Sendable {
    /// A word's id; `unknown` for words in no list.
    typealias WordID = Int32
    static let unknown: WordID = -1

    /// Per id: the valence (-4…+4), NaN when the word is not rated.
    private(set) var valences: [Double] = []
    /// Per id: the booster value (±0.293), 0 for other words.
    private(set) var boosts: [Double] = []
    /// Per id: whether the word negates what follows it.
    private(set) var negates: [Bool] = []

    /// Whether `word` negates the words after it: one of VADER's negations or a word with
    /// "n't"; "despite" only when clauses are not read (`ClauseRules` read it as a concession).
    @inline(__always)
    func negates(_ word: SentimentWord, readingClauses: Bool) -> Bool {
        word.hasNegatedContraction || (word.traits.contains(.negation) && !(readingClauses && word.id == rule.despite))
    }
    /// Per id: what the word does to the clauses around it (`ClauseRules`).
    private(set) var roles: [ClauseWords.Role] = []
    /// Per id: what the word does in a clause of quantity movement (`MovementRule`).
    private(set) var movements: [MovementWords.Role] = []
    /// Folded bytes of every word, back to back; `ends[id]` is where word `id` ends.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// The hash table, a power of two in size and at most a quarter full (`Slot`).
    private var slots: [Slot] = []
    /// Per id: what the rules first ask of a word (`Traits`), also kept in its slot.
    private(set) var traits: [Traits] = []

    /// One slot of the hash table: a word's id, a check of its hash, where its folded bytes
    /// are, and its `Traits`, in 16 bytes. A look-up reads the slot's cache line and, when the
    /// check agrees, the word's bytes; the word's traits come with the slot, so the rules test
    /// most words without reading the per-id arrays. (Ids, hashes and the bytes' bounds in
    /// three arrays made a known word's look-up read four or five lines, each a likely miss
    /// after the entities stage's tables have had the caches: docs/performance.md.)
    struct Slot {
        /// The id + 1; 0 for an empty slot.
        var entry: UInt32 = 0
        /// The top 16 bits of the word's folded hash: a probe compares bytes only when they agree.
        var check: UInt16 = 0
        var traits = Traits(rawValue: 0)
        /// Where the word's folded bytes start in `bytes`, and their count.
        var start: UInt32 = 0
        var count: UInt32 = 0
    }

    /// What a word is to the rules, one bit each, so that the word loop tests a word without
    /// reading the per-id arrays: whether it is rated, a booster or dampener, a negation, has
    /// clause roles, moves a quantity up or down, opens a compound, or begins or continues a
    /// special-case phrase. Derived from those arrays once the lexicon is built (`seal`).
    struct Traits: OptionSet, Sendable, Hashable {
        let rawValue: UInt16
        /// `valences[id]` is a number.
        static let rated = Traits(rawValue: 1 << 0)
        /// `boosts[id]` is not 0.
        static let booster = Traits(rawValue: 1 << 1)
        /// `negates[id]`.
        static let negation = Traits(rawValue: 1 << 2)
        /// `roles[id]` is not empty.
        static let clauseRoles = Traits(rawValue: 1 << 3)
        /// `movements[id]` holds `.up` or `.down`.
        static let movement = Traits(rawValue: 1 << 4)
        /// `compoundHeads[id]`.
        static let compoundHead = Traits(rawValue: 1 << 5)
        /// `phraseStarts[id]`.
        static let phraseStart = Traits(rawValue: 1 << 6)
        /// `phraseSeconds[id]`.
        static let phraseSecond = Traits(rawValue: 1 << 7)
        /// `phraseBreaks[id]`: a word that ends a noun phrase before its head ("and", "to").
        static let phraseBreak = Traits(rawValue: 1 << 8)
    }
    /// Emoji (one Unicode scalar each, as VADER reads them) to the ids of their description's words.
    private(set) var emoji: [UInt32: [WordID]] = [:]
    /// Ids of the words the rules name (`no`, `but`, `least`…).
    private(set) var rule = RuleWords()
    /// Phrases: ids and the valence that replaces the lexicon word's.
    private(set) var specialCases: [([WordID], Double)] = []
    private(set) var dampenerPhrases: [[WordID]] = []
    /// Per id: whether the word begins a special case or a two-word dampener, and whether it
    /// is the second word of one, so that the rules look for phrases only where such a pair of
    /// words stands.
    private(set) var phraseStarts: [Bool] = []
    private(set) var phraseSeconds: [Bool] = []
    /// Whether an id is one of `ClauseWords.phraseBreaks` (a word that ends a noun phrase before
    /// its head: "and", "to", "was"); copied into each word's `Traits.phraseBreak`, which
    /// `ValenceRules` reads after a verb of prevention alone.
    private(set) var phraseBreaks: [Bool] = []

    /// Per id: whether the word opens a news compound (`compounds`).
    private(set) var compoundHeads: [Bool] = []
    /// A compound's two ids (`pair(_:_:)`) to the first word's valence inside it.
    private(set) var compounds: [Int64: Double] = [:]
    /// The rated securities that open compounds with the words that move them (`addSecurities`):
    /// the compound heads with the `asset` movement role and a valence. Computed, O(ids): what
    /// scoring reads is `compoundHeads` and `movements`, so this is for inspection and tests.
    var securities: [WordID] {
        movements.indices.filter { compoundHeads[$0] && movements[$0].contains(.asset) && !valences[$0].isNaN }
            .map { WordID($0) }
    }

    /// The number of words with a valence.
    public private(set) var ratedCount = 0

    /// Ids of the words VADER's rules test by name.
    struct RuleWords: Sendable {
        var no = unknown, or = unknown, nor = unknown, kind = unknown, of = unknown, least = unknown
        var at = unknown, very = unknown, never = unknown, so = unknown, this = unknown, without = unknown
        var doubt = unknown, but = unknown
        // read by ClauseRules
        var yet = unknown, and = unknown, to = unknown, have = unknown, `in` = unknown, despite = unknown
        var `while` = unknown, spite = unknown, according = unknown, however = unknown, even = unknown, `as` = unknown
        // read by MovementRule ("prices for bonds")
        var `for` = unknown
        // read by ValenceRules: a passive's agent after a verb of prevention ("threatened by
        // war"), what a noun of doubt puts in question ("doubts over", "concerns about")
        var by = unknown, over = unknown, about = unknown
        // read by ValenceRules: "like" as a preposition, "less" as a reversal ("less restrictive";
        // not in "more or less"), "more" after a denied verb of need (the bad thing is there
        // already: "does not need more bad news")
        var like = unknown, less = unknown, more = unknown
        // read by ValenceRules: modal judgement ("ought to resign", "should be scrapped", "step
        // down"), names in title case ("the", "a", "an" open one), "effectively" ("in effect"
        // unless after "to" or "as")
        var ought = unknown, be = unknown, down = unknown, aside = unknown, step = unknown, a = unknown
        var an = unknown, the = unknown, effectively = unknown
        // read by ValenceRules: excess ("too much", "too high") judged as "excessive" judges, not
        // a judgement put off ("too early to say", "too soon to tell")
        var too = unknown, excessive = unknown, early = unknown, soon = unknown
        // read by ValenceRules: "no longer" as "not", "mature" as the verb ("will mature", "to mature");
        // "can" and "will" end what a denied verb of need governs ("not needed can depress prices")
        var longer = unknown, mature = unknown, will = unknown, they = unknown, can = unknown
        // read by ValenceRules: a denied "afford" reads as "unable" ("cannot afford to pay"), and
        // "not" after it makes it a necessity ("cannot afford not to act", "… to not act"), as a
        // verb of `ClauseWords.forgoings` makes it an urgency ("cannot afford to wait"); "not"
        // after "or" or before "only" denies nothing ("whether or not they can afford it", "not
        // only afford it"); "pass" is a verb of forgoing only before "up" ("cannot afford to pass up
        // the offer", not "… to pass the costs on")
        var unable = unknown, not = unknown, only = unknown, pass = unknown, up = unknown
    }

    /// A lexicon from the contents of its files: VADER's lexicon (`word TAB mean …`), extra
    /// words in the same shape (`#` lines are comments), the emoji lexicon (`emoji TAB
    /// description`) and compounds (`word next TAB valence …`, VADER-shaped with two words).
    /// With `editorial`, the degree adverbs of `ClauseWords` that have no valence become
    /// boosters and dampeners too. `movements` are the lines of `movement_words.txt`
    /// (`MovementWords.read`), the bundled file's when nil.
    public init(
        vader: String, extra: String = "", emoji emojiText: String = "", compounds compoundText: String = "",
        editorial: Bool = false, movements: String? = nil
    ) {
        var vader = vader, extra = extra, emojiText = emojiText, compoundText = compoundText
        self = vader.withUTF8 { vader in
            extra.withUTF8 { extra in
                emojiText.withUTF8 { emoji in
                    var lexicon = SentimentLexicon(
                        vader: vader, extra: extra, emoji: emoji, editorial: editorial,
                        movements: MovementWords.roles(from: movements ?? MovementWords.shippedText))
                    compoundText.withUTF8 { lexicon.addCompounds($0) }
                    if !compoundText.isEmpty { lexicon.addSecurities() }
                    lexicon.seal()
                    return lexicon
                }
            }
        }
    }

    /// Adds the two-word entries of a VADER-shaped file as compounds: the first word's valence
    /// when the second follows it. Entries that are not two words split by one space are skipped.
    private mutating func addCompounds(_ text: UnsafeBufferPointer<UInt8>) {
        guard let base = text.baseAddress else { return }
        for (words, value) in LexiconText.ratedWords(text) {
            guard let space = words.firstIndex(where: { text[$0] == UInt8(ascii: " ") }),
                space > words.lowerBound, space + 1 < words.upperBound,
                !words[(space + 1)...].contains(where: { text[$0] == UInt8(ascii: " ") })
            else { continue }
            let head = add(base, from: words.lowerBound, to: space)
            let next = add(base, from: space + 1, to: words.upperBound)
            compounds[Self.pair(head, next)] = value
            compoundHeads[Int(head)] = true
        }
    }

    /// Makes each rated security (`MovementWords.Role.asset`: "share(s)", "securities",
    /// "treasuries", rated by VADER for sharing or safety) open compounds with the words that
    /// move it: before a movement verb that moves its subject ("rose", "plunged") or before
    /// "price(s)" it names the security and carries no valence ("Shares plunged", "share
    /// prices"); `compoundValence` checks the next word's movement roles, so no pair is listed.
    private mutating func addSecurities() {
        for id in movements.indices where movements[id].contains(.asset) && !valences[id].isNaN {
            compoundHeads[id] = true
        }
    }

    /// Whether a word of movement roles `next` after a security names that security's movement
    /// or price: a movement verb that moves its subject ("Shares plunged", "share prices").
    @inline(__always)
    static func movesSecurity(_ next: MovementWords.Role) -> Bool {
        next.contains(.price) || (!next.isDisjoint(with: [.up, .down]) && !next.isDisjoint(with: [.subject, .steep]))
    }

    /// The key of the compound of words `head` and `next`.
    @inline(__always)
    static func pair(_ head: WordID, _ next: WordID) -> Int64 { Int64(head) << 32 | Int64(UInt32(bitPattern: next)) }

    /// The valence of word `head` when `next` follows it, if the two make a compound.
    @inline(__always)
    func compoundValence(_ head: WordID, _ next: WordID) -> Double? {
        guard head >= 0, next >= 0, compoundHeads[Int(head)] else { return nil }
        if movements[Int(head)].contains(.asset) && Self.movesSecurity(movements[Int(next)]) { return 0 }
        return compounds[Self.pair(head, next)]
    }

    /// A lexicon from the UTF-8 bytes of its files but compounds, read as
    /// `init(vader:extra:emoji:compounds:editorial:)` reads them (`LexiconText` says how lines, fields and words are split).
    ///
    /// - Cost: one pass over the bytes and one hash insertion per word, no `String` per word.
    init(
        vader: UnsafeBufferPointer<UInt8>, extra: UnsafeBufferPointer<UInt8>, emoji emojiText: UnsafeBufferPointer<UInt8>,
        editorial: Bool, movements movementRoles: [(String, MovementWords.Role)]
    ) {
        let rated = [vader, extra].map { (text: $0, words: LexiconText.ratedWords($0)) }
        slots = [Slot](repeating: Slot(), count: Self.tableSize(for: rated.reduce(200) { $0 + $1.words.count }))
        for (text, words) in rated {
            for (word, value) in words where id(text.baseAddress!, from: word.lowerBound, to: word.upperBound) == Self.unknown {
                let id = add(text.baseAddress!, from: word.lowerBound, to: word.upperBound)
                valences[Int(id)] = value
                ratedCount += 1
            }
        }
        for word in VaderRules.negations { negates[Int(add(word))] = true }
        for word in VaderRules.boosters { boosts[Int(add(word))] = VaderRules.boost }
        for word in VaderRules.dampeners { boosts[Int(add(word))] = -VaderRules.boost }
        if editorial {
            for (words, boost) in [
                (ClauseWords.intensifiers, VaderRules.boost), (ClauseWords.degreeAdjectives, VaderRules.boost),
                (ClauseWords.moderators, -VaderRules.boost),
            ] {
                for word in words where valence(of: word) == nil {
                    let id = Int(add(word))
                    if boosts[id] == 0 { boosts[id] = boost }
                }
            }
        }
        for (word, role) in ClauseWords.roles { roles[Int(add(word))].insert(role) }
        for (word, role) in movementRoles { movements[Int(add(word))].formUnion(role) }
        specialCases = VaderRules.specialCases.map { phrase, value in (phrase.map { add($0) }, value) }
        dampenerPhrases = VaderRules.dampenerPhrases.map { $0.map { add($0) } }
        rule = RuleWords(
            no: add("no"), or: add("or"), nor: add("nor"), kind: add("kind"), of: add("of"), least: add("least"),
            at: add("at"), very: add("very"), never: add("never"), so: add("so"), this: add("this"),
            without: add("without"), doubt: add("doubt"), but: add("but"), yet: add("yet"), and: add("and"),
            to: add("to"), have: add("have"), in: add("in"), despite: add("despite"), while: add("while"),
            spite: add("spite"), according: add("according"), however: add("however"), even: add("even"),
            as: add("as"), for: add("for"), by: add("by"),
            over: add("over"), about: add("about"), like: add("like"), less: add("less"),
            more: add("more"), ought: add("ought"), be: add("be"), down: add("down"), aside: add("aside"),
            step: add("step"), a: add("a"), an: add("an"), the: add("the"), effectively: add("effectively"),
            too: add("too"), excessive: add("excessive"), early: add("early"), soon: add("soon"), longer: add("longer"),
            mature: add("mature"), will: add("will"), they: add("they"), can: add("can"), unable: add("unable"), not: add("not"),
            only: add("only"), pass: add("pass"), up: add("up"))
        for (scalar, words) in LexiconText.emoji(emojiText) {
            emoji[scalar] = words.map { add(emojiText.baseAddress!, from: $0.lowerBound, to: $0.upperBound) }
        }
        let breakIDs = ClauseWords.phraseBreaks.map { add($0) }
        phraseStarts = [Bool](repeating: false, count: ends.count)
        phraseSeconds = phraseStarts
        phraseBreaks = phraseStarts
        for id in breakIDs { phraseBreaks[Int(id)] = true }
        for phrase in specialCases.map(\.0) + dampenerPhrases where phrase.count >= 2 {
            phraseStarts[Int(phrase[0])] = true
            phraseSeconds[Int(phrase[1])] = true
        }
    }

    /// Derives every id's `Traits` from the per-id arrays and copies them into the slots; run
    /// once the lexicon is built (the public `init` calls it last). Option-set literals are made
    /// once here, not once an id (each is an array).
    private mutating func seal() {
        let moving: MovementWords.Role = [.up, .down]
        let none = Traits(rawValue: 0)
        traits = (0..<ends.count).map { id in
            var traits = none
            if !valences[id].isNaN { traits.formUnion(.rated) }
            if boosts[id] != 0 { traits.formUnion(.booster) }
            if negates[id] { traits.formUnion(.negation) }
            if !roles[id].isEmpty { traits.formUnion(.clauseRoles) }
            if !movements[id].isDisjoint(with: moving) { traits.formUnion(.movement) }
            if compoundHeads[id] { traits.formUnion(.compoundHead) }
            if phraseStarts[id] { traits.formUnion(.phraseStart) }
            if phraseSeconds[id] { traits.formUnion(.phraseSecond) }
            if phraseBreaks[id] { traits.formUnion(.phraseBreak) }
            return traits
        }
        for slot in slots.indices where slots[slot].entry != 0 {
            slots[slot].traits = traits[Int(slots[slot].entry - 1)]
        }
    }

    /// The lexicon shipped with Gloss: VADER's words and emoji, plus the news words, the news
    /// compounds and the editorial degree adverbs unless `news` is false.
    ///
    /// - Throws: `StageError` when a resource file is missing from the bundle.
    public static func bundled(news: Bool = true) throws -> SentimentLexicon {
        func read(_ name: String) throws -> String {
            guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources"),
                let text = try? String(contentsOf: url, encoding: .utf8)
            else {
                throw StageError("sentiment: the lexicon \(name).txt is missing from GlossSentiment's resources; rebuild the package")
            }
            return text
        }
        return SentimentLexicon(
            vader: try read("vader_lexicon"), extra: news ? try read("news_lexicon") : "",
            emoji: try read("emoji_utf8_lexicon"), compounds: news ? try read("news_compounds") : "", editorial: news,
            movements: try read("movement_words"))
    }

    /// The id of the word in `text[start..<end]`, or `unknown`.
    ///
    /// Words of ASCII bytes alone (nearly all in English news) take a fast path: each byte
    /// folds on its own (A–Z to a–z), so the hash and the check against a stored word read
    /// every byte once, and the check stops at the first difference. Other words hash and
    /// compare through `WordHash`'s fold, which reads Latin-1 capitals and U+2019.
    @inline(__always)
    func id(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> WordID {
        let (hash, isASCII) = WordHash.hashNotingASCII(text, from: start, to: end, readingApostrophes: true)
        return entry(text, from: start, to: end, hash: hash, isASCII: isASCII).id
    }

    /// The id and `Traits` of the word in `text[start..<end]` (`unknown` and none for a word in
    /// no list), as `id(_:from:to:)` finds it.
    @inline(__always)
    func entry(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> (id: WordID, traits: Traits) {
        let (hash, isASCII) = WordHash.hashNotingASCII(text, from: start, to: end, readingApostrophes: true)
        return entry(text, from: start, to: end, hash: hash, isASCII: isASCII)
    }

    /// `entry(_:from:to:)` of ASCII bytes whose folded hash (`WordHash.hashNotingASCII`'s) the
    /// caller made as it read them.
    @inline(__always)
    func entry(ascii text: UnsafePointer<UInt8>, from start: Int, to end: Int, hash: UInt64) -> (id: WordID, traits: Traits) {
        entry(text, from: start, to: end, hash: hash, isASCII: true)
    }

    /// The id and traits of the word in `text[start..<end]` with folded hash `hash`, or
    /// `unknown` and none.
    @inline(__always)
    private func entry(
        _ text: UnsafePointer<UInt8>, from start: Int, to end: Int, hash: UInt64, isASCII: Bool
    ) -> (id: WordID, traits: Traits) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let check = Self.check(hash)
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { stored in
                while true {
                    let found = slots[slot]
                    // no array literal: `[]` for an option set is an array made and released
                    if found.entry == 0 { return (Self.unknown, Traits(rawValue: 0)) }
                    // equal folded bytes hash alike: a different hash is a different word
                    if found.check == check {
                        // the slot's bounds lie in `bytes` (`insert` took them from `ends`)
                        let word = UnsafeBufferPointer(start: stored.baseAddress! + Int(found.start), count: Int(found.count))
                        let same =
                            isASCII
                            ? WordHash.equalsASCII(text, from: start, to: end, word)
                            : WordHash.equals(text, from: start, to: end, readingApostrophes: true, word)
                        if same { return (WordID(found.entry - 1), found.traits) }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The bits of a word's hash its slot keeps: the top 16, which the slot's index (the low
    /// bits) does not use.
    @inline(__always)
    private static func check(_ hash: UInt64) -> UInt16 { UInt16(truncatingIfNeeded: hash >> 48) }

    /// The id of `word`, or `unknown`.
    func id(_ word: String) -> WordID {
        var word = word
        return word.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return Self.unknown }
            return id(base, from: 0, to: buffer.count)
        }
    }

    /// The stored (case-folded) bytes of word `id`.
    func spelling(of id: WordID) -> [UInt8] {
        let from = id == 0 ? 0 : ends[Int(id) - 1]
        return Array(bytes[from..<ends[Int(id)]])
    }

    /// The valence of `word` (case-insensitive), or nil when it is not rated.
    public func valence(of word: String) -> Double? {
        let id = id(word)
        guard id >= 0, !valences[Int(id)].isNaN else { return nil }
        return valences[Int(id)]
    }

    /// Adds `word` with no valence if it is new; its id either way.
    private mutating func add(_ word: String) -> WordID {
        var word = word
        return word.withUTF8 { add($0.baseAddress!, from: 0, to: $0.count) }
    }

    /// Adds the word in `text[start..<end]` (folded) with no valence if it is new; its id either way.
    private mutating func add(_ text: UnsafePointer<UInt8>, from start: Int, to end: Int) -> WordID {
        let existing = id(text, from: start, to: end)
        if existing != Self.unknown { return existing }
        if (ends.count + 1) * 4 > slots.count { rehash(size: slots.count * 2) }
        let id = ends.count
        WordHash.forEachFolded(text, from: start, to: end, readingApostrophes: true) { bytes.append($0) }
        ends.append(bytes.count)
        valences.append(.nan)
        boosts.append(0)
        negates.append(false)
        roles.append([])
        movements.append([])
        compoundHeads.append(false)
        phraseStarts.append(false)
        phraseSeconds.append(false)
        phraseBreaks.append(false)
        insert(id: id)
        return WordID(id)
    }

    private mutating func insert(id: Int) {
        let from = id == 0 ? 0 : ends[id - 1]
        let mask = slots.count - 1
        let hash = bytes.withUnsafeBufferPointer { stored in
            WordHash.hash(stored.baseAddress!, from: from, to: ends[id], readingApostrophes: true)
        }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].entry != 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(
            entry: UInt32(id + 1), check: Self.check(hash), traits: id < traits.count ? traits[id] : Traits(rawValue: 0),
            start: UInt32(from), count: UInt32(ends[id] - from))
    }

    private mutating func rehash(size: Int) {
        slots = [Slot](repeating: Slot(), count: size)
        for id in 0..<ends.count { insert(id: id) }
    }

    /// The table's size for `count` words: a power of two at least four times the count (a
    /// word in no list, most of a text's, then probes one or two slots of one cache line).
    private static func tableSize(for count: Int) -> Int {
        var size = 64
        while size < count * 4 { size *= 2 }
        return size
    }
}
