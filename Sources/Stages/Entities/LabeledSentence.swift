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
package struct LabeledSentence: Hashable, Sendable {
    package var words: [String]
    package var tags: [EntityTag]
    /// Whether a new document begins with this sentence (`# newdoc` in IOB2, `-DOCSTART-` in
    /// CoNLL; the first sentence of a file always does).
    package var startsDocument: Bool
    /// Per word, whether the next word followed it with no space in the original text (from
    /// IOB2's `# text` comment); empty when the file does not say.
    package var attached: [Bool]

    init(words: [String], tags: [EntityTag], startsDocument: Bool = false, attached: [Bool] = []) {
        self.words = words
        self.tags = tags
        self.startsDocument = startsDocument
        self.attached = attached.count == words.count ? attached : []
    }

    /// A sentence from words and their labels (`O`, `B-PER`, `I-LOC`…), read as in a file.
    package init?(words: [String], labels: [String]) {
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
    package var names: [(tokens: Range<Int>, type: EntityType)] { EntityTag.names(in: tags) }

    /// The words joined by single spaces, with each word's span in that text.
    package var text: (text: String, tokens: [Token]) {
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

    /// The text of a document of `sentences`: each sentence's `text`, one after another with a
    /// line break between, its tokens' spans in the whole, and each sentence's token range.
    package static func documentText(
        _ sentences: some Collection<LabeledSentence>
    ) -> (text: [UInt8], tokens: [Token], sentences: [Range<Int>]) {
        var bytes: [UInt8] = []
        var tokens: [Token] = []
        var ranges: [Range<Int>] = []
        for sentence in sentences {
            if !bytes.isEmpty { bytes.append(UInt8(ascii: "\n")) }
            let (text, sentenceTokens) = sentence.text
            let offset = bytes.count
            bytes += text.utf8
            ranges.append(tokens.count..<(tokens.count + sentenceTokens.count))
            for token in sentenceTokens {
                tokens.append(
                    Token(span: Span(start: offset + Int(token.span.start), end: offset + Int(token.span.end)), kind: token.kind))
            }
        }
        return (bytes, tokens, ranges)
    }

    /// The sentence with each hyphenated word that the file splits ("al - Qaeda", "Coca -
    /// Cola", written without spaces in the original text) joined into one word, as Gloss's
    /// tokenizer keeps it; nil when there is none. A joined word takes the tag of its first part
    /// with a type (B- when that part is not the first); a following I- tag of another type
    /// becomes B-.
    package func joiningHyphens() -> LabeledSentence? {
        guard !attached.isEmpty else { return nil }
        func isWord(_ word: String) -> Bool { word.unicodeScalars.contains { CharacterSet.alphanumerics.contains($0) } }
        var words: [String] = []
        var tags: [EntityTag] = []
        var attachedOut: [Bool] = []
        var joined = false
        var i = 0
        while i < self.words.count {
            var end = i + 1
            // Extend over "-" word pairs written without spaces.
            while end + 1 < self.words.count, self.words[end] == "-", attached[end - 1], attached[end], isWord(self.words[end - 1]),
                isWord(self.words[end + 1])
            {
                end += 2
            }
            if end - i > 1 {
                joined = true
                words.append(self.words[i..<end].joined())
                let parts = self.tags[i..<end]
                if let typed = parts.firstIndex(where: { $0.type != nil }) {
                    tags.append(typed == i ? parts[typed] : .begin(parts[typed].type!))
                } else {
                    tags.append(.outside)
                }
            } else {
                words.append(self.words[i])
                tags.append(self.tags[i])
            }
            attachedOut.append(attached[end - 1])
            i = end
        }
        guard joined else { return nil }
        var previous = EntityTag.outside
        for k in tags.indices {
            if let type = tags[k].type, tags[k].isInside, !tags[k].canFollow(previous) { tags[k] = .begin(type) }
            previous = tags[k]
        }
        return LabeledSentence(words: words, tags: tags, attached: attachedOut)
    }

    /// Which words of `words` the next follows with no space in `text`; empty when the words
    /// cannot be found in order in the text.
    static func attachment(of words: [String], in text: Substring) -> [Bool] {
        var ends: [String.Index] = []
        var starts: [String.Index] = []
        var cursor = text.startIndex
        for word in words {
            guard let found = text.range(of: word, range: cursor..<text.endIndex) else { return [] }
            starts.append(found.lowerBound)
            ends.append(found.upperBound)
            cursor = found.upperBound
        }
        return words.indices.map { $0 + 1 < words.count && starts[$0 + 1] == ends[$0] }
    }

    /// What went wrong reading a file.
    package struct ReadError: Error, CustomStringConvertible {
        package var path: String
        package var line: Int
        package var message: String
        package var description: String { "\(path):\(line): \(message)" }
    }

    /// `sentences` grouped into documents by `startsDocument`.
    package static func documents(_ sentences: [LabeledSentence]) -> [ArraySlice<LabeledSentence>] {
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
    package static func read(path: String) throws -> [LabeledSentence] {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ReadError(path: path, line: 0, message: "cannot read: \(error.localizedDescription)")
        }
        return try parse(text, path: path)
    }

    /// The sentences of CoNLL or IOB2 text.
    package static func parse(_ text: String, path: String = "<text>") throws -> [LabeledSentence] {
        var sentences: [LabeledSentence] = []
        var words: [String] = []
        var tags: [EntityTag] = []
        var newDocument = true
        var original: Substring?
        func finish() {
            if !words.isEmpty {
                let attached = original.map { attachment(of: words, in: $0) } ?? []
                sentences.append(LabeledSentence(words: words, tags: tags, startsDocument: newDocument, attached: attached))
                newDocument = false
            }
            words.removeAll()
            tags.removeAll()
            original = nil
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
            if line.hasPrefix("# text = ") {
                original = line.dropFirst(9)
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
