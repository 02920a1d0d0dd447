import Foundation
import GlossCore
import GlossSinks
import GlossStages

/// Writes records as a readable summary, for a person at a terminal: per document its id,
/// size and counts, what its metadata says (title, authors, date, language, site, URL), its
/// sentiment, its entities grouped by linked entity (type, mentions, sentiment toward it), its
/// numbers with their normalised values, then each sentence with its sentiment, and its tokens
/// when asked. Each part shows only when its stage ran.
final class SummaryPrinter {
    private let descriptor: Int32
    private let showTokens: Bool
    private var buffer = ""
    /// Sentences shown per document before the rest are counted.
    var maxSentences = 60
    /// Entities and numbers shown per document before the rest are counted.
    var maxListed = 25

    init(descriptor: Int32, showTokens: Bool) {
        self.descriptor = descriptor
        self.showTokens = showTokens
    }

    func print(_ record: Record) throws(JSONLinesSink.Error) {
        switch record {
        case .failure(let failure):
            buffer += "✗ \(failure.source ?? failure.id)\n    error in \(failure.stage) [\(failure.code)]: \(failure.message)\n\n"
        case .document(let document):
            describe(document)
        }
        try flush()  // a person watching sees each document as it is done
    }

    func flush() throws(JSONLinesSink.Error) {
        guard !buffer.isEmpty else { return }
        let bytes = Array(buffer.utf8)
        buffer = ""
        try JSONLinesSink.writeAll(bytes, to: descriptor)
    }

    private func describe(_ document: Document) {
        var counts = ["\(document.text.utf8.count) bytes"]
        if document.present.contains(.sentences) { counts.append("\(document.sentences.count) sentences") }
        if document.present.contains(.tokens) { counts.append("\(document.tokens.count) tokens") }
        buffer += "● \(document.id)  (\(counts.joined(separator: ", ")))\n"
        describeMetadata(document.metadata)
        for diagnostic in document.diagnostics {
            buffer += "  note (\(diagnostic.stage)): \(diagnostic.message) ×\(diagnostic.count)\n"
        }
        let sentiment = document[SentimentLayer.self]
        if let sentiment {
            buffer += "  sentiment: \(Self.signed(sentiment.score.compound)) (\(Self.tone(sentiment.score.compound)))"
                + " over \(sentiment.sentences.count) sentences\n"
        }
        if let entities = document[EntityLayer.self] { describe(entities, sentiment: sentiment) }
        if let numbers = document[NumberLayer.self] { describe(numbers.mentions, in: document) }
        describeSentences(document, sentiment: sentiment)
        buffer += "\n"
    }

    private func describeMetadata(_ metadata: Metadata) {
        if let title = metadata.title { buffer += "  title: \(title)\n" }
        var facts: [String] = []
        if !metadata.authors.isEmpty { facts.append("by " + metadata.authors.joined(separator: ", ")) }
        if let published = metadata.published { facts.append("published " + published) }
        if let language = metadata.language { facts.append("language " + language) }
        if let site = metadata.siteName { facts.append(site) }
        if !facts.isEmpty { buffer += "  " + facts.joined(separator: " · ") + "\n" }
        if let url = metadata.url { buffer += "  url: \(url)\n" }
    }

    /// Entities by mentions, most first: type, name, mentions, and the sentiment toward it.
    private func describe(_ entities: DocumentEntities, sentiment: DocumentSentiment?) {
        guard !entities.entities.isEmpty else { return }
        buffer += "  entities (\(entities.entities.count), \(entities.mentions.count) mentions):\n"
        var toward: [Int: Double] = [:]
        for item in sentiment?.entities ?? [] { toward[item.entity] = item.score.compound }
        let order = entities.entities.indices.sorted {
            (entities.entities[$0].mentions, entities.entities[$1].name) > (entities.entities[$1].mentions, entities.entities[$0].name)
        }
        for index in order.prefix(maxListed) {
            let entity = entities.entities[index]
            let type = String(describing: entity.type).padding(toLength: 4, withPad: " ", startingAt: 0)
            let tone = toward[index].map { "  sentiment \(Self.signed($0))" } ?? ""
            buffer += "    \(type) \(entity.name) ×\(entity.mentions)\(tone)\n"
        }
        if order.count > maxListed { buffer += "    … \(order.count - maxListed) more\n" }
    }

    /// Numbers in text order: what the text says, and the normalised value with its kind.
    private func describe(_ numbers: [NumberMention], in document: Document) {
        guard !numbers.isEmpty else { return }
        buffer += "  numbers (\(numbers.count)):\n"
        for mention in numbers.prefix(maxListed) {
            let said = document.text(of: mention.span).replacingOccurrences(of: "\n", with: " ")
            buffer += "    \(said) → \(mention.normalized)  (\(mention.kind.rawValue))\n"
        }
        if numbers.count > maxListed { buffer += "    … \(numbers.count - maxListed) more\n" }
    }

    private func describeSentences(_ document: Document, sentiment: DocumentSentiment?) {
        var scores: [UInt32: Double] = [:]
        for sentence in sentiment?.sentences ?? [] { scores[sentence.span.start] = sentence.score.compound }
        if !document.sentences.isEmpty, !scores.isEmpty { buffer += "  sentences (sentiment):\n" }
        for (number, sentence) in document.sentences.prefix(maxSentences).enumerated() {
            let text = document.text(of: sentence.span).replacingOccurrences(of: "\n", with: " ")
            let score = scores[sentence.span.start].map { Self.signed($0) + "  " } ?? ""
            buffer += String(format: "%4d  ", number + 1) + score + text + "\n"
            if showTokens {
                let tokens = document.tokens[sentence.tokens].map { String(document.text(of: $0.span)) }
                buffer += "      ⟨" + tokens.joined(separator: "⟩ ⟨") + "⟩\n"
            }
        }
        if document.sentences.count > maxSentences {
            buffer += "      … \(document.sentences.count - maxSentences) more sentences\n"
        }
        if !document.present.contains(.sentences) && !document.text.isEmpty {
            buffer += "  " + String(document.text.prefix(400)).replacingOccurrences(of: "\n", with: " ") + "\n"
        }
    }

    /// A compound score with its sign: `+0.42`, `-0.10`, `+0.00`.
    static func signed(_ value: Double) -> String {
        (value < 0 ? "-" : "+") + String(format: "%.2f", abs(value))
    }

    /// VADER's reading of a compound score.
    static func tone(_ compound: Double) -> String {
        compound >= 0.05 ? "positive" : compound <= -0.05 ? "negative" : "neutral"
    }
}
