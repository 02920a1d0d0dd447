import ArgumentParser
import Foundation
import GlossCore
import GlossStages

extension Gloss.Evaluate {
    /// `gloss evaluate entities`: scores the entities stage against CoNLL or IOB2 gold files.
    struct Entities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score named entities against CoNLL or IOB2 gold files.",
            discussion: """
                Each FILE is CoNLL ('token tag' lines, IO or BIO tags, as in wikigold) or IOB2 \
                ('# text' comments, then index<TAB>token<TAB>tag, as in Universal NER); OTH is read as \
                MISC and a stray B-O as O. The entities stage runs on the gold tokens and sentences \
                (the file's documents, or runs of --sentences sentences, their text the tokens joined by spaces), so \
                tokenisation differences do not count; --join-hyphens first joins the hyphenated words the file \
                splits, as Gloss's tokenizer does. A name is right when its span and type both \
                match. Reported per file: micro precision, recall and F1 per type, over PER/ORG/LOC and \
                over all types, and the stage's tokens per second on one thread.
                """)

        @Argument(help: ArgumentHelp("Gold files.", valueName: "file"))
        var files: [String]

        @Option(name: .long, help: ArgumentHelp("A model from 'gloss train entities' instead of the bundled one.", valueName: "file"))
        var model: String?

        @Option(name: .long, help: "Gold sentences per document when the file marks no documents (the tagger reads a whole document).")
        var sentences: Int = 20

        @Flag(name: .long, help: "Also print each sentence with a wrong name: gold names missed (-) and names found that are not gold (+).")
        var showErrors = false

        @Flag(
            name: .long,
            help: "Join the hyphenated words an IOB2 file splits ('al - Qaeda' written 'al-Qaeda') into one token, as Gloss's tokenizer keeps them, before scoring.")
        var joinHyphens = false

        func validate() throws {
            guard sentences >= 1 else { throw ValidationError("--sentences must be at least 1") }
        }

        func run() throws {
            let stage = try EntityRecognizer(
                options: StageOptions(stage: "entities", values: model.map { ["model": .string($0)] } ?? [:]))
            for file in files {
                var gold = try LabeledSentence.read(path: file)
                if joinHyphens {
                    gold = gold.map { sentence in
                        guard var joined = sentence.joiningHyphens() else { return sentence }
                        joined.startsDocument = sentence.startsDocument
                        return joined
                    }
                }
                let result = try EntityEvaluation.run(stage, on: gold, sentencesPerDocument: sentences)
                print(result.text(file: file))
                if showErrors { for line in result.errors { print(line) } }
            }
        }
    }
}

/// Running the entities stage on gold sentences and counting its names against theirs.
enum EntityEvaluation {
    struct Result {
        var counts: EntityCounts
        var sentences: Int
        var tokens: Int
        var seconds: Double
        /// Per sentence with a wrong name: the sentence, then `- TYPE words` for each gold name
        /// missed and `+ TYPE words` for each name found that is not gold.
        var errors: [String] = []

        var tokensPerSecond: Double { seconds > 0 ? Double(tokens) / seconds : 0 }

        func text(file: String) -> String {
            func line(_ label: String, _ types: [EntityType]) -> String {
                let s = counts.scores(types)
                let padded = label.padding(toLength: 12, withPad: " ", startingAt: 0)
                return "  " + padded
                    + String(
                        format: "P %5.1f  R %5.1f  F1 %5.1f  (gold %d, predicted %d)", s.precision * 100, s.recall * 100,
                        s.f1 * 100, counts.gold(types), counts.predicted(types))
            }
            var lines = ["\(file): \(sentences) sentences, \(tokens) tokens, "
                + String(format: "%.0fk tokens/s (entities stage, one thread)", tokensPerSecond / 1000)]
            lines.append(line("PER/ORG/LOC", EntityCounts.coreTypes))
            lines.append(line("all", EntityType.allCases))
            for type in EntityType.allCases { lines.append(line(type.description, [type])) }
            return lines.joined(separator: "\n")
        }
    }

    /// A document of gold sentences: their tokens joined by spaces, with the gold tokens and
    /// sentences set.
    static func document(_ sentences: ArraySlice<LabeledSentence>, id: String) throws -> Document {
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

    /// Counts `stage`'s names in `gold` against the gold names, sentence by sentence.
    static func run(_ stage: EntityRecognizer, on gold: [LabeledSentence], sentencesPerDocument: Int) throws -> Result {
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

    /// The names of each sentence, gold and predicted, with token ranges relative to the sentence.
    static func sentenceNames(_ groups: [ArraySlice<LabeledSentence>], _ documents: [Document]) -> [(
        sentence: LabeledSentence, gold: [(tokens: Range<Int>, type: EntityType)], predicted: [(tokens: Range<Int>, type: EntityType)]
    )] {
        var result: [(LabeledSentence, [(tokens: Range<Int>, type: EntityType)], [(tokens: Range<Int>, type: EntityType)])] = []
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
    static func errors(_ groups: [ArraySlice<LabeledSentence>], _ documents: [Document]) -> [String] {
        var lines: [String] = []
        for (sentence, gold, predicted) in sentenceNames(groups, documents) {
            func same(_ a: (tokens: Range<Int>, type: EntityType), _ b: (tokens: Range<Int>, type: EntityType)) -> Bool {
                a.tokens == b.tokens && a.type == b.type
            }
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
    static func count(_ groups: [ArraySlice<LabeledSentence>], _ documents: [Document]) -> EntityCounts {
        var counts = EntityCounts()
        for (_, gold, predicted) in sentenceNames(groups, documents) { counts.add(gold: gold, predicted: predicted) }
        return counts
    }
}
