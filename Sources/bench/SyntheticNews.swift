/// Generates news-like plain-text articles, deterministically from a seed: headlines,
/// paragraphs of sentences with names, places, quantities, quotes, abbreviations and opinions,
/// so every stage has realistic work. Not a language model: a template grammar.
struct SyntheticNews {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    /// The next pseudo-random number (xorshift64*).
    private mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    mutating func number(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    static let people = [
        "Maria Gonzalez", "John O'Neill", "Dr. Amara Okafor", "Mr. Chen Wei", "Sen. Laura Whitfield",
        "Pierre-Louis Martin", "Ana Sofía Pérez", "Gen. Viktor Petrov", "Prof. Hannah Schmidt", "Raj Patel",
    ]
    static let places = [
        "the U.S.", "Brazil", "São Paulo", "the European Union", "Nairobi", "New South Wales", "Québec",
        "the Gulf of Mexico", "Jakarta", "St. Petersburg",
    ]
    static let organisations = [
        "the World Bank", "Acme Corp.", "the United Nations", "Reuters", "the Central Bank", "Globex Inc.",
        "the Ministry of Health", "Northwind Traders", "the Supreme Court",
    ]
    private static let verbs = [
        "said", "announced", "warned", "denied", "confirmed", "criticized", "praised", "condemned", "welcomed",
    ]
    static let opinions = [
        "a remarkable success", "a disastrous mistake", "deeply disappointing", "very encouraging",
        "not good enough", "an outrageous decision", "a fair compromise", "absolutely terrible",
        "surprisingly strong", "a welcome relief",
    ]
    static let topics = [
        "the budget", "the new trade agreement", "inflation", "the election results", "the merger",
        "the drought", "the vaccine rollout", "the strike", "interest rates", "the peace talks",
    ]

    private mutating func quantity() -> String {
        switch next() % 8 {
        case 0: "$\(number(1...999)).\(number(1...9)) million"
        case 1: "\(number(2...98))%"
        case 2: "\(number(1...9)),\(number(100...999)) people"
        case 3: "nearly \(number(10...500)) workers"
        case 4: "€\(number(1...90))bn"
        case 5: "more than \(number(2...40)) countries"
        case 6: "\(number(1...12)).\(number(0...9)) per cent"
        default: "between \(number(10...50)) and \(number(51...99)) km"
        }
    }

    mutating func sentence() -> String {
        switch next() % 7 {
        case 0:
            return "\(pick(Self.people)) \(pick(Self.verbs)) on \(pick(["Monday", "Tuesday", "Dec. 3", "Jan. 15"])) that \(pick(Self.topics)) would affect \(quantity()) in \(pick(Self.places))."
        case 1:
            return "“This is \(pick(Self.opinions)),” \(pick(Self.people)) told reporters in \(pick(Self.places))."
        case 2:
            return "According to \(pick(Self.organisations)), \(pick(Self.topics)) has cost \(quantity()) since \(number(1990...2024))."
        case 3:
            return "Critics called it \(pick(Self.opinions)), but \(pick(Self.organisations)) said it wasn't responsible for \(pick(Self.topics))!"
        case 4:
            return "Is \(pick(Self.topics)) \(pick(Self.opinions))? Analysts at \(pick(Self.organisations)) don't think so."
        case 5:
            return "The plan, backed by \(pick(Self.organisations)) and \(pick(Self.people)), covers \(quantity()) … and more."
        default:
            return "In \(pick(Self.places)), \(quantity()) marched against \(pick(Self.topics)); see https://example.org/news/\(number(1000...9999)) or write to press@example.org."
        }
    }

    /// A headline: who did what over which topic.
    mutating func headline() -> String {
        "\(pick(Self.organisations).capitalizedFirst) \(pick(Self.verbs)) over \(pick(Self.topics))"
    }

    /// One article: a headline, then paragraphs separated by blank lines.
    mutating func article() -> String {
        var text = headline() + "\n\n"
        for _ in 0..<number(3...9) {
            var paragraph: [String] = []
            for _ in 0..<number(2...5) { paragraph.append(sentence()) }
            text += paragraph.joined(separator: " ") + "\n\n"
        }
        return text
    }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
