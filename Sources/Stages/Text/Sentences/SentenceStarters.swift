/// Capitalised words that commonly open an English sentence: pronouns, articles, conjunctions,
/// prepositions and sentence adverbs.
///
/// After an initialism or another abbreviation that may end a sentence (`U.S.`, `Inc.`, `J.`),
/// the splitter ends the sentence only if one of these follows: `in the U.S. The plan` splits,
/// `the U.S. Supreme Court` and `J. R. R. Tolkien` do not. Names are not on the list, so a
/// sentence that ends in an initialism followed by a name (`in the U.S. Trump said`) is missed
/// rather than every title being cut.
enum SentenceStarters {
    static let words = [
        "A", "An", "The", "This", "That", "These", "Those", "There", "Here", "It", "Its", "I", "We", "You", "He", "She",
        "They", "His", "Her", "Our", "Their", "My", "Your", "But", "And", "Or", "So", "Yet", "Nor", "For", "In", "On",
        "At", "By", "To", "From", "With", "Without", "Of", "As", "If", "When", "While", "Where", "Whether", "After",
        "Before", "Since", "Until", "Although", "Though", "Because", "However", "Meanwhile", "Moreover", "Also",
        "Then", "Now", "Still", "Thus", "Indeed", "Instead", "Finally", "Some", "Many", "Most", "All", "Both", "Each",
        "Every", "Several", "Such", "Other", "Others", "Another", "One", "No", "Not", "What", "Why", "How", "Who",
        "Which", "Last", "Earlier", "Later", "Today", "Yesterday", "According", "Under", "Despite", "During", "Asked",
        "Officials", "Analysts", "Critics",
    ]

    static let table = WordTable(words)

    /// Whether `bytes[start..<end]` is one of the words, as capitalised.
    static func contains(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard let key = WordTable.Key(bytes, from: start, to: end) else { return false }
        return table.contains(key)
    }
}
