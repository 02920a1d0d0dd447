import Foundation
import GlossCore
import GlossStages

/// Running the entities stage on gold sentences (CoNLL or IOB2, read by `LabeledSentence`)
/// and counting its names against theirs: what `gloss evaluate entities` reports.
///
/// The stage runs on the gold tokens and sentences, so tokenisation differences do not count;
/// a name is right when its token span and its type both match.
package enum EntityEvaluation {
    /// The gold sentences of a file; with `joinHyphens`, the hyphenated words the file splits
    /// (`al - Qaeda`) joined into one token, as Gloss's tokenizer keeps them.
    package static func read(path: String, joinHyphens: Bool) throws -> [LabeledSentence] {
        let gold = try LabeledSentence.read(path: path)
        guard joinHyphens else { return gold }
        return gold.map { sentence in
            guard var joined = sentence.joiningHyphens() else { return sentence }
            joined.startsDocument = sentence.startsDocument
            return joined
        }
    }

    /// A document of gold sentences: their tokens joined by spaces, with the gold tokens and
    /// sentences set.
    package static func document(_ sentences: ArraySlice<LabeledSentence>, id: String) throws -> Document {
        var text = ""
        var tokens: [Token] = []
        var spans: [Sentence] = []
        for sentence in sentences {
            if !text.isEmpty { text += " " }
            let first = tokens.count
            let start = text.utf8.count
            for (i, word) in sentence.words.enumerated() {
                if i > 0 { text += " " }
                let wordStart = text.utf8.count
                text += word
                tokens.append(Token(span: Span(start: wordStart, end: text.utf8.count), kind: .word))
            }
            spans.append(Sentence(span: Span(start: start, end: text.utf8.count), tokens: first..<tokens.count))
        }
        var document = Document(id: id, text: text)
        try document.setTokens(tokens)
        try document.setSentences(spans)
        return document
    }

    /// Counts `stage`'s names in `gold` against the gold names, sentence by sentence. The
    /// file's documents are read whole; a file that marks none is cut into runs of
    /// `sentencesPerDocument` sentences. Times the stage alone, on the calling thread.
    package static func run(_ stage: EntityRecognizer, on gold: [LabeledSentence], sentencesPerDocument: Int) throws -> Result {
        var groups = LabeledSentence.documents(gold)
        if groups.count == 1 {
            groups = stride(from: 0, to: gold.count, by: sentencesPerDocument).map {
                gold[$0..<min(gold.count, $0 + sentencesPerDocument)]
            }
        }
        var documents = try groups.map { try document($0, id: String($0.startIndex)) }
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for index in documents.indices { try stage.process(&documents[index]) }
        }
        let counts = count(groups, documents)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Result(
            counts: counts, sentences: gold.count, tokens: gold.reduce(0) { $0 + $1.words.count }, seconds: seconds,
            errors: errors(groups, documents))
    }

    /// A name of one sentence: its tokens, relative to the sentence, and its type.
    package typealias Name = (tokens: Range<Int>, type: EntityType)

    /// The names of each sentence, gold and predicted, with token ranges relative to the sentence.
    package static func sentenceNames(_ groups: [ArraySlice<LabeledSentence>], _ documents: [Document]) -> [(
        sentence: LabeledSentence, gold: [Name], predicted: [Name]
    )] {
        var result: [(LabeledSentence, [Name], [Name])] = []
        for (group, document) in zip(groups, documents) {
            let mentions = document[EntityLayer.self]?.mentions ?? []
            for (s, sentence) in document.sentences.enumerated() {
                let first = sentence.tokens.lowerBound
                let predicted = mentions.filter { sentence.tokens.contains($0.tokens.lowerBound) }
                    .map { (tokens: ($0.tokens.lowerBound - first)..<($0.tokens.upperBound - first), type: $0.type) }
                let labeled = group[group.startIndex + s]
                result.append((labeled, labeled.names, predicted))
            }
        }
        return result
    }

    /// The sentences with a wrong name, as `Result.errors` gives them.
    package static func errors(_ groups: [ArraySlice<LabeledSentence>], _ documents: [Document]) -> [String] {
        var lines: [String] = []
        for (sentence, gold, predicted) in sentenceNames(groups, documents) {
            func same(_ a: Name, _ b: Name) -> Bool { a.tokens == b.tokens && a.type == b.type }
            let missed = gold.filter { g in !predicted.contains { same($0, g) } }
            let extra = predicted.filter { p in !gold.contains { same($0, p) } }
            guard !missed.isEmpty || !extra.isEmpty else { continue }
            lines.append("  | " + sentence.words.joined(separator: " "))
            for name in missed { lines.append("  - \(name.type) " + sentence.words[name.tokens].joined(separator: " ")) }
            for name in extra { lines.append("  + \(name.type) " + sentence.words[name.tokens].joined(separator: " ")) }
        }
        return lines
    }

    /// Counts the names in each document's entities layer against the gold names of the
    /// sentences it was built from (`groups[i]` for `documents[i]`).
    package static func count(_ groups: [ArraySlice<LabeledSentence>], _ documents: [Document]) -> EntityCounts {
        var counts = EntityCounts()
        for (_, gold, predicted) in sentenceNames(groups, documents) { counts.add(gold: gold, predicted: predicted) }
        return counts
    }
}
