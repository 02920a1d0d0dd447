import GlossCore

/// Links the mentions of one document that name the same thing: "Nayib Bukele" … "Bukele" …
/// "BUKELE" become one entity, named by its longest mention.
///
/// Mentions are taken longest first. A mention joins an entity when its words (case-folded as
/// the tagger folds them: ASCII and Latin-1 letters) are the same as one of the entity's mentions, or when they appear in order inside the longest
/// mention of an entity of the same type ("Bukele" in "Nayib Bukele", "Salvador" in "El
/// Salvador"); the entity with the most mentions so far wins a tie. Otherwise it starts a
/// new entity. Entities are numbered in the order of their first mention. An entity's type is
/// the one most of its mentions have, the longest mention's on a tie.
///
/// - Cost: O(m × e) in mentions and entities, comparing hashes of the mentions' words.
public struct NameLinker: Sendable {
    public init() {}

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

    /// Links `mentions` (in text order) of `document`'s text and tokens.
    public func link(_ mentions: [Mention], in document: Document) -> DocumentEntities {
        // Each mention's words as hashes of their case-folded bytes.
        let words: [[UInt64]] = document.withTextBytes { text in
            mentions.map { mention in
                document.tokens[mention.tokens].map { token in
                    WordHash.folded(text.baseAddress! + Int(token.span.start), count: token.span.count)
                }
            }
        }
        struct Draft {
            var longest: Int
            var keys: [[UInt64]]
            var mentions: [Int]
        }
        var drafts: [Draft] = []
        var owner = [Int](repeating: -1, count: mentions.count)
        let order = mentions.indices.sorted {
            let a = mentions[$0].tokens.count
            let b = mentions[$1].tokens.count
            return a != b ? a > b : $0 < $1
        }
        for m in order {
            let key = words[m]
            var chosen = drafts.firstIndex { $0.keys.contains(key) }
            if chosen == nil {
                for (d, draft) in drafts.enumerated()
                where mentions[draft.longest].type == mentions[m].type && Self.contains(words[draft.longest], key) {
                    if chosen == nil || draft.mentions.count > drafts[chosen!].mentions.count { chosen = d }
                }
            }
            if let chosen {
                if !drafts[chosen].keys.contains(key) { drafts[chosen].keys.append(key) }
                drafts[chosen].mentions.append(m)
                owner[m] = chosen
            } else {
                owner[m] = drafts.count
                drafts.append(Draft(longest: m, keys: [key], mentions: [m]))
            }
        }
        // Number entities by first mention.
        var number = [Int](repeating: -1, count: drafts.count)
        var entities: [Entity] = []
        var linked: [EntityMention] = []
        linked.reserveCapacity(mentions.count)
        for (m, mention) in mentions.enumerated() {
            let d = owner[m]
            if number[d] < 0 {
                number[d] = entities.count
                let draft = drafts[d]
                var votes = [Int](repeating: 0, count: EntityType.allCases.count)
                for i in draft.mentions { votes[Int(mentions[i].type.rawValue)] += 1 }
                var type = mentions[draft.longest].type
                for candidate in EntityType.allCases where votes[Int(candidate.rawValue)] > votes[Int(type.rawValue)] {
                    type = candidate
                }
                entities.append(Entity(name: String(document.text(of: mentions[draft.longest].span)), type: type, mentions: draft.mentions.count))
            }
            linked.append(
                EntityMention(span: mention.span, tokens: mention.tokens, type: mention.type, confidence: mention.confidence, entity: number[d]))
        }
        return DocumentEntities(mentions: linked, entities: entities)
    }

    /// Whether `part` appears as a contiguous run of `whole`.
    static func contains<Word: Equatable>(_ whole: [Word], _ part: [Word]) -> Bool {
        guard !part.isEmpty, part.count <= whole.count else { return false }
        for start in 0...(whole.count - part.count) where whole[start..<start + part.count].elementsEqual(part) {
            return true
        }
        return false
    }
}
