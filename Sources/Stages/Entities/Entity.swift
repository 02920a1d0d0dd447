import GlossCore

extension LayerID {
    /// `EntityLayer`: named-entity mentions and the entities they name.
    public static let entities = LayerID("entities")
}

/// The kind of thing a named entity is, in CoNLL conventions.
public enum EntityType: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// A person (`Nayib Bukele`), including fictional characters.
    case person
    /// An organisation: companies, institutions, courts, parties, teams (`the Supreme Court`).
    case organization
    /// A place: countries, cities, regions, geographic features (`El Salvador`).
    case location
    /// Any other name: nationalities, events, laws, works, products (`American`).
    case miscellaneous

    /// The CoNLL label: `PER`, `ORG`, `LOC` or `MISC`.
    public var description: String {
        switch self {
        case .person: "PER"
        case .organization: "ORG"
        case .location: "LOC"
        case .miscellaneous: "MISC"
        }
    }

    /// The type a CoNLL or Universal NER label names (`PER`, `ORG`, `LOC`, `MISC`; `OTH` is
    /// read as MISC), or nil.
    public init?(label: some StringProtocol) {
        switch label {
        case "PER": self = .person
        case "ORG": self = .organization
        case "LOC": self = .location
        case "MISC", "OTH": self = .miscellaneous
        default: return nil
        }
    }
}

/// One mention of a named entity in a document's text.
public struct EntityMention: Hashable, Sendable {
    /// Where the mention stands in the text, from its first token to its last.
    public var span: Span
    /// The indices of its tokens in `Document.tokens`.
    public var tokens: Range<Int>
    /// What the tagger took it for.
    public var type: EntityType
    /// The tagger's mean probability for the mention's tags, 0…1.
    public var confidence: Double
    /// The index of the entity it names in `DocumentEntities.entities`.
    public var entity: Int

    public init(span: Span, tokens: Range<Int>, type: EntityType, confidence: Double, entity: Int) {
        self.span = span
        self.tokens = tokens
        self.type = type
        self.confidence = confidence
        self.entity = entity
    }
}

/// A named entity of one document: the mentions of one name, linked.
public struct Entity: Hashable, Sendable {
    /// Its longest mention's text (`Nayib Bukele` for "Nayib Bukele" … "Bukele").
    public var name: String
    /// The type most of its mentions have (the longest mention's on a tie).
    public var type: EntityType
    /// How many mentions name it.
    public var mentions: Int

    public init(name: String, type: EntityType, mentions: Int) {
        self.name = name
        self.type = type
        self.mentions = mentions
    }
}

/// The named entities of a document: every mention in text order, and the entities they name.
///
/// In JSON: `{"mentions":[{"span":[s,e],"chars":[s,e],"text":"Bukele","type":"PER","confidence":0.97,"entity":0},…],
/// "entities":[{"id":0,"name":"Nayib Bukele","type":"PER","mentions":3},…]}`.
public struct DocumentEntities: Hashable, Sendable, JSONEncodable {
    public var mentions: [EntityMention]
    public var entities: [Entity]

    public init(mentions: [EntityMention], entities: [Entity]) {
        self.mentions = mentions
        self.entities = entities
    }

    /// The mentions of entity `id`, in text order.
    public func mentions(of id: Int) -> [EntityMention] { mentions.filter { $0.entity == id } }

    /// The keys every mention writes, made once.
    private static let mentionKeys = (
        text: JSONKey("text"), type: JSONKey("type"), confidence: JSONKey("confidence"),
        entity: JSONKey("entity"))

    /// The keys of the layer's two lists and of every entity, made once.
    private static let entityKeys = (
        mentions: JSONKey("mentions"), entities: JSONKey("entities"), id: JSONKey("id"), name: JSONKey("name"))

    public func writeJSON(to writer: inout JSONWriter, context: JSONContext) {
        writer.beginObject()
        writer.key(Self.entityKeys.mentions)
        writer.beginArray()
        for mention in mentions {
            context.beginSpanObject(mention.span, to: &writer)
            context.writeText(of: mention.span, as: Self.mentionKeys.text, to: &writer)
            writer.member(Self.mentionKeys.type, string: mention.type.description)
            writer.member(Self.mentionKeys.confidence, mention.confidence, places: 3)
            writer.member(Self.mentionKeys.entity, mention.entity)
            writer.endObject()
        }
        writer.endArray()
        writer.key(Self.entityKeys.entities)
        writer.beginArray()
        for (id, entity) in entities.enumerated() {
            writer.beginObject()
            writer.member(Self.entityKeys.id, id)
            writer.member(Self.entityKeys.name, string: entity.name)
            writer.member(Self.mentionKeys.type, string: entity.type.description)
            writer.member(Self.entityKeys.mentions, entity.mentions)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }
}

/// The layer the entities stage adds: `document[EntityLayer.self]`.
public enum EntityLayer: LayerKey {
    public static let id: LayerID = .entities
    public typealias Value = DocumentEntities
}
