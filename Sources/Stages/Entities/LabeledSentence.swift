import Foundation
import GlossCore

/// A sentence with gold entity tags, as read from a CoNLL or IOB2 file for training and
/// evaluation.
///
/// Two layouts are read, told apart line by line:
/// - CoNLL: `token tag` (space-separated, the tag last), `-DOCSTART-` lines skipped; IO tags as
///   in wikigold become BIO (an I- tag that cannot continue a name begins one);
/// - IOB2 as in Universal NER: `# …` comment lines, then `index<TAB>token<TAB>tag[<TAB>…]`.
///
/// A blank line ends a sentence. `OTH` is read as MISC and a stray `B-O` as O.
public struct LabeledSentence: Hashable, Sendable {
    public var words: [String]
    var tags: [EntityTag]
    /// Whether a new document begins with this sentence (`# newdoc` in IOB2, `-DOCSTART-` in
    /// CoNLL; the first sentence of a file always does).
    public var startsDocument: Bool

    init(words: [String], tags: [EntityTag], startsDocument: Bool = false) {
        self.words = words
        self.tags = tags
        self.startsDocument = startsDocument
    }

    /// A sentence from words and their labels (`O`, `B-PER`, `I-LOC`…), read as in a file.
    public init?(words: [String], labels: [String]) {
        guard words.count == labels.count else { return nil }
        var tags: [EntityTag] = []
        var previous = EntityTag.outside
        for label in labels {
            guard let tag = EntityTag(label: Substring(label), previous: previous) else { return nil }
            tags.append(tag)
            previous = tag
        }
        self.init(words: words, tags: tags)
    }

    /// The gold names: token ranges and types.
    public var names: [(tokens: Range<Int>, type: EntityType)] { EntityTag.names(in: tags) }

    /// The words joined by single spaces, with each word's span in that text.
    public var text: (text: String, tokens: [Token]) {
        var text = ""
        var tokens: [Token] = []
        tokens.reserveCapacity(words.count)
        for word in words {
            if !text.isEmpty { text += " " }
            let start = text.utf8.count
            text += word
            tokens.append(Token(span: Span(start: start, end: text.utf8.count), kind: .word))
        }
        return (text, tokens)
    }

    /// What went wrong reading a file.
    public struct ReadError: Error, CustomStringConvertible {
        public var path: String
        public var line: Int
        public var message: String
        public var description: String { "\(path):\(line): \(message)" }
    }

    /// `sentences` grouped into documents by `startsDocument`.
    public static func documents(_ sentences: [LabeledSentence]) -> [ArraySlice<LabeledSentence>] {
        var documents: [ArraySlice<LabeledSentence>] = []
        var start = 0
        for i in sentences.indices where i > start && sentences[i].startsDocument {
            documents.append(sentences[start..<i])
            start = i
        }
        if start < sentences.count { documents.append(sentences[start...]) }
        return documents
    }

    /// The sentences of a CoNLL or IOB2 file.
    public static func read(path: String) throws -> [LabeledSentence] {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ReadError(path: path, line: 0, message: "cannot read: \(error.localizedDescription)")
        }
        return try parse(text, path: path)
    }

    /// The sentences of CoNLL or IOB2 text.
    public static func parse(_ text: String, path: String = "<text>") throws -> [LabeledSentence] {
        var sentences: [LabeledSentence] = []
        var words: [String] = []
        var tags: [EntityTag] = []
        var newDocument = true
        func finish() {
            if !words.isEmpty {
                sentences.append(LabeledSentence(words: words, tags: tags, startsDocument: newDocument))
                newDocument = false
            }
            words.removeAll()
            tags.removeAll()
        }
        var number = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.allSatisfy(\.isWhitespace) {
                finish()
                continue
            }
            let word: Substring
            let label: Substring
            if line.hasPrefix("# newdoc") {
                finish()
                newDocument = true
                continue
            }
            if line.contains("\t") {
                if line.hasPrefix("#") { continue }
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count >= 3 else {
                    throw ReadError(path: path, line: number, message: "expected index, token and tag separated by tabs")
                }
                word = fields[1]
                label = fields[2]
            } else {
                let fields = line.split(separator: " ")
                if fields.first == "-DOCSTART-" {
                    finish()
                    newDocument = true
                    continue
                }
                if line.hasPrefix("#"), fields.count != 2 { continue }
                guard fields.count >= 2 else {
                    throw ReadError(path: path, line: number, message: "expected a token and a tag")
                }
                word = fields[0]
                label = fields[fields.count - 1]
            }
            guard let tag = EntityTag(label: label, previous: tags.last ?? .outside) else {
                throw ReadError(path: path, line: number, message: "unknown tag '\(label)' (expected O, B-X or I-X)")
            }
            words.append(String(word))
            tags.append(tag)
        }
        finish()
        return sentences
    }
}
