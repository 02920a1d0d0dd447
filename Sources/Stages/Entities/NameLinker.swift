import GlossCore
import GlossText

/// Links the mentions of one document that name the same thing: "Nayib Bukele" … "Bukele" …
/// "BUKELE" become one entity, named by its longest mention.
///
/// Mentions are taken longest first. A mention joins an entity when its words (case-folded as
/// the tagger folds them: ASCII and Latin-1 letters) are the same as one of the entity's
/// mentions, or when they appear in order inside the longest mention of an entity of the same
/// type ("Bukele" in "Nayib Bukele", "Salvador" in "El Salvador"); the entity with the most
/// mentions so far wins a tie. A mention the tagger typed otherwise joins as a short form of a
/// longer name: a place's one word that begins or ends a person's name, or an organisation's
/// name without its legal form ("Chrysler" after "Chrysler Corp"), and votes for that name's
/// type (`Index.shortForm`); so does an organisation's one word, in title case, that ends a
/// person's name written in another sentence, when no organisation's name holds it and no
/// mention of it is said of a company (`Index.surname`: "Bullock" after "Director Avery
/// Bullock", not "shares of Ford" after "Henry Ford"); so does a person's name of two words or
/// more in capitals that begins an organisation's longer name (`Index.inCapitals`: a headline's
/// "MERRILL LYNCH" after "Merrill Lynch and Co"); a mention of the same words
/// as one that joined so votes as it did. Otherwise it starts a new entity. (A longest mention of over
/// `longestIndexed` words is joined only by the same words.) Entities are numbered in the
/// order of their first mention. The document agrees on each name's type: an entity's type is
/// the one most of its mentions vote for, the longest mention's on a tie, and every mention
/// takes it.
///
/// - Cost: O(m × w) in mentions and their words: each entity's longest mention indexes the
///   hashes of its runs of up to `longestRun` words (mentions of up to `longestIndexed`
///   words), and a mention looks up its words and its first `longestRun` words, comparing
///   only the entities found there. A document of 160,000 mentions of 53,000 made-up names
///   went through the entities stage in 1.5 s, against 45 s when each mention was compared
///   with every entity.
public struct NameLinker: Sendable {
    public init() {}

    /// Runs of a longest mention's words longer than this are not indexed; a longer mention
    /// is looked up by its first `longestRun` words and then compared whole.
    static let longestRun = 12

    /// A longest mention of more words than this indexes no runs (only its own words), so
    /// one absurdly long name cannot fill memory: shorter mentions do not join it.
    static let longestIndexed = 64

    /// One mention to link: where it is and what the tagger made of it.
    public struct Mention: Sendable {
        public var span: Span
        public var tokens: Range<Int>
        public var type: EntityType
        public var confidence: Double

        public init(span: Span, tokens: Range<Int>, type: EntityType, confidence: Double) {
            self.span = span
            self.tokens = tokens
            self.type = type
            self.confidence = confidence
        }
    }

    /// Links `mentions` (in text order) of `document`'s text and tokens; each mention takes
    /// its entity's type.
    public func link(_ mentions: [Mention], in document: Document) -> DocumentEntities {
        link(mentions, in: document, words: Self.keys(of: mentions, in: document))
    }

    /// Links `mentions` as `link(_:in:)` does, with their words' hashes given (`keys(of:in:described:)`).
    func link(_ mentions: [Mention], in document: Document, words: [Key]) -> DocumentEntities {
        var scratch = Scratch()
        return link(mentions, in: document, words: words, scratch: &scratch)
    }

    /// What linking one document is done in: the index, the order of the mentions and the
    /// drafts' arrays. A worker keeps one from one document to the next (`TaggerCaches`), so a
    /// document asks for no new array (each fresh one an allocation, a look-up of its type in the
    /// runtime's metadata cache, about 400–750 instructions for `Array(repeating:count:)`, and
    /// a release). Everything in it is set afresh for each document.
    ///
    /// - Cost: the arrays and index of the document with the most mentions so far (a few
    ///   hundred bytes a mention, most of them the index's slots, which are kept at most
    ///   `HashKeyedTable.keptSlack` times larger than a document needs), given back after a
    ///   document of more than `mentionsKept` mentions.
    struct Scratch: Sendable {
        var index = Index(capacity: 0)
        var order: [Int] = []
        var next: [Int] = []
        var owner: [Int] = []
        var types: [EntityType] = []
        var drafts: [Grouping.Draft] = []
        var keyChains: [(mention: Int, next: Int)] = []
        var counts: [Int] = []

        /// The most mentions whose arrays are kept for the next document: a larger document's
        /// are given back after it (`release`).
        static let mentionsKept = 1 << 14

        /// Gives the arrays back to the allocator after a document of more than `mentionsKept` mentions.
        mutating func release() {
            if owner.capacity > Self.mentionsKept { self = Scratch() }
        }
    }

    /// Links `mentions` as `link(_:in:words:)` does, in `scratch` (what it holds before does not
    /// count).
    func link(_ mentions: [Mention], in document: Document, words: [Key], scratch: inout Scratch) -> DocumentEntities {
        var grouping = Grouping(mentions: mentions, words: words, reusing: &scratch)
        defer {
            grouping.giveBack(to: &scratch)
            scratch.release()
        }
        scratch.index.removeAll(keepingRoomFor: mentions.count)
        Self.longestFirst(mentions, into: &scratch.order, counting: &scratch.next)
        var order: [Int] = []
        swap(&order, &scratch.order)
        defer { swap(&order, &scratch.order) }
        for m in order {
            let key = words[m]
            if let d = scratch.index.sameWords(key, grouping) {
                // It votes as the first mention of the same words did: for the name's type
                // when that one joined as a short form ("Bullock" after "Avery Bullock").
                grouping.types[m] = grouping.vote(ofWords: key, in: d, type: mentions[m].type)
                grouping.join(m, to: d, key: key, index: &scratch.index)
            } else if let d = scratch.index.containing(key, type: mentions[m].type, grouping, words) {
                grouping.join(m, to: d, key: key, index: &scratch.index)
            } else if let d = scratch.index.shortForm(key, type: mentions[m].type, grouping, words)
                ?? scratch.index.surname(m, key, grouping, words, in: document)
                ?? scratch.index.inCapitals(m, key, grouping, words, in: document)
            {
                grouping.types[m] = grouping.type(of: d)
                grouping.join(m, to: d, key: key, index: &scratch.index)
            } else {
                grouping.start(m, key: key, index: &scratch.index)
            }
        }
        return grouping.numbered(in: document, counts: &scratch.counts)
    }

    /// A mention's words as hashes of their case-folded bytes: a slice of one buffer shared by
    /// the document's mentions (its indices are the buffer's, not from 0).
    typealias Key = ArraySlice<UInt64>

    /// Each mention's words (`Key`), all in one buffer: no array per mention. With `described`,
    /// the tagger's attributes of the document's tokens (`WordAttributes`, indexed as the
    /// tokens), a word's hash is its attribute `word`, the same hash of the same folded bytes,
    /// unless the tagger read the word's typographic quotes as ASCII ones
    /// (`readsTypographic`): then, and without `described`, it is hashed from the text.
    static func keys(of mentions: [Mention], in document: Document, described: [WordAttributes]? = nil) -> [Key] {
        var all: [UInt64] = []
        all.reserveCapacity(mentions.reduce(0) { $0 + $1.tokens.count })
        let tokens = document.tokens
        document.withTextBytes { text in
            @inline(__always) func folded(_ t: Int) -> UInt64 {
                WordHash.folded(text.baseAddress! + Int(tokens[t].span.start), count: tokens[t].span.count)
            }
            if let described {
                described.withUnsafeBufferPointer { described in
                    for mention in mentions {
                        for t in mention.tokens { all.append(described[t].readsTypographic ? folded(t) : described[t].word) }
                    }
                }
            } else {
                for mention in mentions {
                    for t in mention.tokens { all.append(folded(t)) }
                }
            }
        }
        var start = 0
        return mentions.map { mention in
            defer { start += mention.tokens.count }
            return all[start..<(start + mention.tokens.count)]
        }
    }

    /// Every entity type, made once (`EntityType.allCases` makes an array each time).
    static let allTypes = EntityType.allCases

    /// The mentions' indices, the longest first, in text order among equals.
    ///
    /// - Cost: O(m + w) for m mentions of at most w tokens: a counting sort by length, stable
    ///   (a comparison sort of the indices cost about 90 instructions a mention).
    static func longestFirst(_ mentions: [Mention]) -> [Int] {
        var order: [Int] = []
        var next: [Int] = []
        longestFirst(mentions, into: &order, counting: &next)
        return order
    }

    /// `longestFirst(_:)` written into `order`, with `next` for the counts (both in the storage
    /// they have, what they hold before does not count).
    static func longestFirst(_ mentions: [Mention], into order: inout [Int], counting next: inout [Int]) {
        var longest = 0
        for mention in mentions { longest = max(longest, mention.tokens.count) }
        // Where each length's mentions begin in the order: bucket `longest - count`, counted
        // one bucket ahead, then summed.
        next.refill(with: 0, count: longest + 2)
        for mention in mentions { next[longest - mention.tokens.count + 1] += 1 }
        for bucket in 1..<next.count { next[bucket] += next[bucket - 1] }
        order.refill(with: 0, count: mentions.count)
        for (m, mention) in mentions.enumerated() {
            let bucket = longest - mention.tokens.count
            order[next[bucket]] = m
            next[bucket] += 1
        }
    }

    /// The entities drafted so far: per entity its longest mention, how many mentions it has
    /// and the distinct words of its mentions; per mention its entity and the type it votes
    /// for. A draft holds no array of its own (a document has thousands): its distinct words
    /// are a chain through `keyChains` of mentions that have them, so drafting allocates and
    /// frees only the grouping's few buffers.
    struct Grouping {
        struct Draft {
            var longest: Int
            /// Its first mention in text order (mentions are indexed in text order).
            var first: Int
            var mentionCount: Int
            /// The newest entry of `keyChains` for the draft's distinct words.
            var keys: Int
        }
        let mentions: [Mention]
        let words: [Key]
        var drafts: [Draft] = []
        /// Per distinct words of a draft: a mention that has them and the entry before (-1: none).
        var keyChains: [(mention: Int, next: Int)] = []
        var owner: [Int]
        /// The type each mention votes for: its own, or its entity's when it joined as a short
        /// form of a name of another type (`Index.shortForm`).
        var types: [EntityType]

        /// A grouping in the arrays of `scratch`, which are left empty until `giveBack(to:)`.
        init(mentions: [Mention], words: [Key], reusing scratch: inout Scratch) {
            self.mentions = mentions
            self.words = words
            owner = []
            types = []
            swap(&owner, &scratch.owner)
            swap(&types, &scratch.types)
            swap(&drafts, &scratch.drafts)
            swap(&keyChains, &scratch.keyChains)
            owner.refill(with: -1, count: mentions.count)
            types.removeAll(keepingCapacity: true)
            types.reserveCapacity(mentions.count)
            for mention in mentions { types.append(mention.type) }
            drafts.removeAll(keepingCapacity: true)
            drafts.reserveCapacity(mentions.count)
            keyChains.removeAll(keepingCapacity: true)
            keyChains.reserveCapacity(mentions.count)
        }

        /// Puts the grouping's arrays back in `scratch` for the next document.
        mutating func giveBack(to scratch: inout Scratch) {
            swap(&owner, &scratch.owner)
            swap(&types, &scratch.types)
            swap(&drafts, &scratch.drafts)
            swap(&keyChains, &scratch.keyChains)
        }

        /// The type of entity `d`'s longest mention.
        func type(of d: Int) -> EntityType { types[drafts[d].longest] }

        /// Whether one of entity `d`'s mentions has the words `key`.
        func has(_ d: Int, _ key: Key) -> Bool {
            var entry = drafts[d].keys
            while entry >= 0 {
                if words[keyChains[entry].mention] == key { return true }
                entry = keyChains[entry].next
            }
            return false
        }

        /// The type a mention of `type` whose words are `key` votes for in entity `d`, which has
        /// a mention of the same words: a person's when that mention was an organisation too and
        /// joined a person's name as its surname (`Index.surname`); an organisation's when that
        /// mention was a person too and joined an organisation's name without its legal form
        /// (`Index.shortForm`: "Mannesmann AG" … "Mannesmann" … "Mannesmann", read as a person
        /// each time, is the company: the legal form beats the count of votes); so does a place's
        /// or MISC's name of two words or more that joined an organisation's name less its legal
        /// form ("Japan Line Ltd" … "Japan Line" read as a place each time); else `type`. (A
        /// place's one-word short forms vote each as the tagger typed it: "Zandvoort" many times
        /// a place and once in a person's name stays a place.)
        func vote(ofWords key: Key, in d: Int, type: EntityType) -> EntityType {
            guard type == .organization || type == .person || key.count >= 2 else { return type }
            var entry = drafts[d].keys
            while entry >= 0 {
                let first = keyChains[entry].mention
                if words[first] == key { return mentions[first].type == type ? types[first] : type }
                entry = keyChains[entry].next
            }
            return type
        }

        /// Adds mention `m`, whose words are `key`, to entity `d`.
        mutating func join(_ m: Int, to d: Int, key: Key, index: inout Index) {
            if !has(d, key) {
                keyChains.append((m, drafts[d].keys))
                drafts[d].keys = keyChains.count - 1
                index.add(d, exact: key)
            }
            drafts[d].mentionCount += 1
            drafts[d].first = min(drafts[d].first, m)
            owner[m] = d
        }

        /// Starts an entity with mention `m`, whose words are `key`.
        mutating func start(_ m: Int, key: Key, index: inout Index) {
            let d = drafts.count
            owner[m] = d
            keyChains.append((m, -1))
            drafts.append(Draft(longest: m, first: m, mentionCount: 1, keys: keyChains.count - 1))
            index.add(d, exact: key)
            index.add(d, runsOf: key, type: mentions[m].type)
        }

        /// The type most of each entity's mentions vote for, its longest mention's on a tie:
        /// the votes counted in one pass over the mentions.
        /// The votes are counted in `votes` (in its storage; what it holds before does not count).
        func votedTypes(counting votes: inout [Int]) -> [EntityType] {
            let typeCount = NameLinker.allTypes.count
            votes.refill(with: 0, count: drafts.count * typeCount)
            for m in mentions.indices { votes[owner[m] * typeCount + Int(types[m].rawValue)] += 1 }
            return drafts.indices.map { d in
                var type = type(of: d)
                for candidate in NameLinker.allTypes
                where votes[d * typeCount + Int(candidate.rawValue)] > votes[d * typeCount + Int(type.rawValue)] {
                    type = candidate
                }
                return type
            }
        }

        /// The entities numbered by first mention, and the mentions in text order, each of its
        /// entity's type.
        /// `counts` holds the votes, then the entities' numbers (in its storage; what it holds
        /// before does not count).
        func numbered(in document: Document, counts: inout [Int]) -> DocumentEntities {
            let voted = votedTypes(counting: &counts)
            var number: [Int] = []
            swap(&number, &counts)
            defer { swap(&number, &counts) }
            number.refill(with: -1, count: drafts.count)
            var entities: [Entity] = []
            var linked: [EntityMention] = []
            linked.reserveCapacity(mentions.count)
            document.withTextBytes { text in
                for (m, mention) in mentions.enumerated() {
                    let d = owner[m]
                    if number[d] < 0 {
                        number[d] = entities.count
                        // The name's bytes, between token boundaries of the text: the string
                        // `document.text(of:)` gives, without walking the text's indices.
                        let span = mentions[drafts[d].longest].span
                        let name = String(decoding: UnsafeBufferPointer(rebasing: text[Int(span.start)..<Int(span.end)]), as: UTF8.self)
                        entities.append(Entity(name: name, type: voted[d], mentions: drafts[d].mentionCount))
                    }
                    let entity = number[d]
                    linked.append(
                        EntityMention(
                            span: mention.span, tokens: mention.tokens, type: entities[entity].type, confidence: mention.confidence,
                            entity: entity))
                }
            }
            return DocumentEntities(mentions: linked, entities: entities)
        }
    }

    /// Candidate entities, by hash: of a mention's whole words (`exact`), and of the type and
    /// each run of up to `longestRun` words of an entity's longest mention (`runs`). Each
    /// table holds the newest entry of a chain through `chains` (entity, next entry), so the
    /// index allocates a few buffers, not an array per hash. The tables are keyed by the
    /// hashes themselves (`HashKeyedTable`): no hasher runs per lookup.
    struct Index {
        private var exact: HashKeyedTable<Int>
        private var runs: HashKeyedTable<Int>
        private var chains: [(entity: Int, next: Int)] = []

        init(capacity: Int) {
            exact = HashKeyedTable(capacity: capacity)
            runs = HashKeyedTable(capacity: capacity * 4)
            chains.reserveCapacity(capacity * 5)
        }

        /// Forgets every entity, leaving room as `init(capacity:)` does, in the storage the
        /// index has (`HashKeyedTable.removeAll(keepingRoomFor:)`). The chains are given back
        /// when more than `HashKeyedTable.keptSlack` times longer than the room asked for and
        /// than `chainsKept`: a document's names of many words each list a chain entry per run,
        /// so a few thousand mentions may leave millions of them.
        mutating func removeAll(keepingRoomFor capacity: Int) {
            exact.removeAll(keepingRoomFor: capacity)
            runs.removeAll(keepingRoomFor: capacity * 4)
            if chains.capacity > max(HashKeyedTable<Int>.keptSlack * capacity * 5, Self.chainsKept) {
                chains = []
            } else {
                chains.removeAll(keepingCapacity: true)
            }
            chains.reserveCapacity(capacity * 5)
        }

        /// The most chain entries kept whatever the next document's size (1 MB): fewer cost
        /// less to keep than to ask for again.
        static let chainsKept = 1 << 16

        /// The chain entries the index has room for (what `removeAll(keepingRoomFor:)` keeps).
        var chainCapacity: Int { chains.capacity }

        /// Adds `entity` to the chain at `hash` of `runs` (or of `exact`).
        private mutating func add(_ entity: Int, toRuns: Bool, at hash: UInt64) {
            if toRuns { Self.add(entity, to: &runs, at: hash, chains: &chains) } else { Self.add(entity, to: &exact, at: hash, chains: &chains) }
        }

        /// Adds `entity` to the chain at `hash` of `table`, finding the hash's slot once.
        @inline(__always)
        private static func add(_ entity: Int, to table: inout HashKeyedTable<Int>, at hash: UInt64, chains: inout [(entity: Int, next: Int)]) {
            table.update(hash, default: -1) { head in
                // A run found twice in one name is listed once.
                if head >= 0, chains[head].entity == entity { return }
                chains.append((entity, head))
                head = chains.count - 1
            }
        }

        /// Lists entity `d` under a mention's words.
        mutating func add(_ d: Int, exact key: Key) { add(d, toRuns: false, at: NameLinker.hash(key)) }

        /// Lists entity `d` under each run of its longest mention's words, `key`, of `type`
        /// (none when the mention is longer than `longestIndexed` words).
        mutating func add(_ d: Int, runsOf key: Key, type: EntityType) {
            guard key.count <= NameLinker.longestIndexed else { return }
            // The hash of each run from `start` extends that of the run one word shorter.
            for start in key.indices {
                var hash = NameLinker.seed(type)
                for word in key[start..<min(key.endIndex, start + NameLinker.longestRun)] {
                    hash = WordHash.extend(hash, with: word)
                    add(d, toRuns: true, at: hash)
                }
            }
        }

        /// Calls `body` with each entity of the chain that begins at `head`, newest first.
        private func forEach(from head: Int?, _ body: (Int) -> Void) {
            var entry = head ?? -1
            while entry >= 0 {
                body(chains[entry].entity)
                entry = chains[entry].next
            }
        }

        /// The first entity that has the words `key` as a mention.
        func sameWords(_ key: Key, _ grouping: Grouping) -> Int? {
            var chosen: Int? = nil
            forEach(from: exact[NameLinker.hash(key)]) { d in
                if chosen.map({ d < $0 }) ?? true, grouping.has(d, key) { chosen = d }
            }
            return chosen
        }

        /// The entity of `type` whose longest mention holds the words `key` and that has the
        /// most mentions so far; the first on a tie (the chain runs newest first).
        func containing(_ key: Key, type: EntityType, _ grouping: Grouping, _ words: [Key]) -> Int? {
            var chosen: Int? = nil
            forEach(from: runs[NameLinker.hash(key.prefix(NameLinker.longestRun), type: type)]) { d in
                let longest = grouping.drafts[d].longest
                if grouping.mentions[longest].type == type, NameLinker.contains(words[longest], key),
                    chosen == nil || grouping.drafts[d].mentionCount >= grouping.drafts[chosen!].mentionCount
                {
                    chosen = d
                }
            }
            return chosen
        }

        /// The entity of which the words `key`, tagged as `type`, are a short form, so that
        /// they take its type: one word tagged as a place or MISC that begins or ends a
        /// person's name of two or more words ("Bukele" after "Nayib Bukele"; a company named
        /// after its founder stays one), or the first words of an organisation's name whose
        /// other words are legal forms ("Chrysler" after "Chrysler Corp"; not "Washington"
        /// after "Washington Post"), "and Co" too ("Merrill Lynch" after "Merrill Lynch and Co
        /// Inc": `isLegalTail`).
        func shortForm(_ key: Key, type: EntityType, _ grouping: Grouping, _ words: [Key]) -> Int? {
            if key.count == 1, type == .location || type == .miscellaneous, let d = containing(key, type: .person, grouping, words) {
                let name = words[grouping.drafts[d].longest]
                if name.count >= 2, name.first == key.first || name.last == key.first { return d }
            }
            guard let d = containing(key, type: .organization, grouping, words) else { return nil }
            let name = words[grouping.drafts[d].longest]
            guard name.count > key.count, name.starts(with: key), NameLinker.isLegalTail(name.dropFirst(key.count)) else { return nil }
            return d
        }

        /// The person of whom mention `m`, one word in title case tagged as an organisation, is
        /// the surname: a person's name of two or more words that ends with the word, in another
        /// sentence, named before it ("Director Avery Bullock" … "Bullock says that he"; the
        /// tagger reads a lone surname before "said" as a company's name as often as a
        /// person's). Called only when no organisation's name holds the word ("Taft" beside
        /// "Taft Broadcasting Co" and "Dudley Taft" stays the company); a company named in the
        /// sentence that names its founder stays one ("Michael Dell founded Dell"), and so does
        /// one named before the person ("Dell said its profit rose" … "Michael Dell said": a
        /// text names a person in full before it calls them by their surname); a word in
        /// capitals is an acronym ("IHE", "DNS"); and a word that one of its mentions uses as a
        /// company's name stays one (`isSaidOfACompany`: "Henry Ford" … "shares of Ford"), but
        /// not by "said its" alone: a person named in full before may report on something
        /// else's findings ("John Smith left early. Smith said its findings were wrong").
        func surname(_ m: Int, _ key: Key, _ grouping: Grouping, _ words: [Key], in document: Document) -> Int? {
            let mention = grouping.mentions[m]
            guard key.count == 1, mention.type == .organization, let d = containing(key, type: .person, grouping, words) else {
                return nil
            }
            let longest = grouping.mentions[grouping.drafts[d].longest]
            guard grouping.drafts[d].first < m, words[grouping.drafts[d].longest].count >= 2,
                words[grouping.drafts[d].longest].last == key.first,
                NameLinker.hasLowercase(mention.span, in: document),
                NameLinker.sentence(of: mention.tokens.lowerBound, in: document)
                    != NameLinker.sentence(of: longest.tokens.lowerBound, in: document),
                !grouping.mentions.indices.contains(where: {
                    words[$0] == key && NameLinker.isSaidOfACompany(grouping.mentions[$0].tokens, in: document, reports: false)
                })
            else { return nil }
            return d
        }
    }

    /// Whether the bytes of `span` of `document`'s text hold a lower-case ASCII letter or any
    /// byte beyond ASCII: a word in title case ("Bullock"), not in capitals ("IHE", "DNS").
    static func hasLowercase(_ span: Span, in document: Document) -> Bool {
        document.withTextBytes { text in
            text[Int(span.start)..<Int(span.end)].contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") || $0 >= 0x80 }
        }
    }

    /// Whether the words around the name over `tokens` of `document`, within its sentence, are
    /// said of a company and not of a person: "shares of", "stake in" … before it
    /// (`OrganisationContexts.before`, "the" may come between), or after it "'s" and a part
    /// only a company has ("'s directors", "'s chief executive"), a company's stock or plant
    /// ("Ford shares", "AMC's Renault cars": `companyNouns`), or, with `reports`, "said its"
    /// ("Dell said its profit rose"). A person has a stake, a board and a spokesman too; these
    /// words are left out.
    static func isSaidOfACompany(_ tokens: Range<Int>, in document: Document, reports: Bool = true) -> Bool {
        guard let s = sentence(of: tokens.lowerBound, in: document) else { return false }
        let sentence = document.sentences[s].tokens
        let all = document.tokens
        return document.withTextBytes { text in
            func word(_ i: Int) -> UInt64 {
                guard sentence.contains(i) else { return 0 }
                return WordHash.folded(text.baseAddress! + Int(all[i].span.start), count: all[i].span.count)
            }
            let next = tokens.upperBound
            let after = word(next)
            if after == possessive {
                return OrganisationContexts.companyOnlyParts.contains(word(next + 1))
                    || (word(next + 1) == chief && OrganisationContexts.officers.contains(word(next + 2)))
            }
            if companyNouns.contains(after) { return true }
            if reports, OrganisationContexts.reportingVerbs.contains(after), word(next + 1) == its { return true }
            var before = tokens.lowerBound - 1
            if word(before) == NameHeads.the { before -= 1 }
            return OrganisationContexts.before.contains(OrganisationContexts.Pair(first: word(before - 1), second: word(before)))
        }
    }

    /// Nouns after a one-word name that make it a company's ("Ford shares", "Renault cars").
    static let companyNouns = NameHeads.hashes("shares stock stockholders shareholders plant plants cars vehicles stores")
    private static let possessive = NameHeads.hashes("'s").first!
    private static let chief = NameHeads.hashes("chief").first!
    private static let its = NameHeads.hashes("its").first!

    /// The index of the sentence of `document` holding token `token` (a binary search over the
    /// sentences' token ranges); nil when no sentence holds it.
    static func sentence(of token: Int, in document: Document) -> Int? {
        let sentences = document.sentences
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].tokens.upperBound <= token { low = mid + 1 } else { high = mid }
        }
        return low < sentences.count && sentences[low].tokens.contains(token) ? low : nil
    }

    /// The words that may follow an organisation's short name in its full name: legal forms
    /// ("Corp", "Inc", "Co", "Group").
    static let legalForms = WordHashSet(
        NameHeads.legalForms.words + NameHeads.hashes("co co. cos group holding holdings bancorp sa ag nv").words)

    /// Whether `tail`, the words of an organisation's name after a shorter mention's, are
    /// legal forms only (`legalForms`: "Corp", "Co Inc"), or "and" or "&" before "Co",
    /// "Cos" or "Company" and legal forms ("Lister and Co Plc", "Pesch and Co": a firm named
    /// after its founder, whose short form is the founder's name; not "and Sons", "and
    /// Telegraph Co", "and Co-operative").
    ///
    /// - Cost: a hash comparison per word of `tail`.
    static func isLegalTail(_ tail: Key) -> Bool {
        var rest = tail
        if let first = rest.first, andWords.contains(first) {
            rest = rest.dropFirst()
            guard let next = rest.first, companyWords.contains(next) else { return false }
        }
        return !rest.isEmpty && rest.allSatisfy { legalForms.contains($0) }
    }
    /// The words that join a firm's founder to "Co" ("and", "&").
    private static let andWords = NameHeads.hashes("and &")
    /// The words for "company" that follow "and" in a firm's name.
    private static let companyWords = NameHeads.hashes("co co. cos company")

    /// A hash of `words` and, when given, a type: each word extends `seed(type)`.
    @inline(__always) static func hash(_ words: ArraySlice<UInt64>, type: EntityType? = nil) -> UInt64 {
        var hash = seed(type)
        for word in words { hash = WordHash.extend(hash, with: word) }
        return hash
    }

    /// The hash of no words, of `type` when given.
    @inline(__always) static func seed(_ type: EntityType?) -> UInt64 {
        0x2545_f491_4f6c_dd1d &+ UInt64(type.map { $0.rawValue + 1 } ?? 0)
    }

    /// Whether `part` appears as a contiguous run of `whole` (any collections, slices too:
    /// no index is assumed to start at 0).
    static func contains<Words: Collection>(_ whole: Words, _ part: Words) -> Bool where Words.Element: Equatable {
        guard !part.isEmpty, part.count <= whole.count else { return false }
        var rest = whole[...]
        while rest.count >= part.count {
            if rest.starts(with: part) { return true }
            rest = rest.dropFirst()
        }
        return false
    }
}
