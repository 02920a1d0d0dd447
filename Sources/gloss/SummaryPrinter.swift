import Foundation
import GlossCore

/// Writes records as a readable summary, for a person at a terminal: per document its id,
/// size and counts, what its metadata says (title, authors, date, language, site, URL), then
/// each sentence with its tokens.
final class SummaryPrinter {
    private let descriptor: Int32
    private let showTokens: Bool
    private var buffer = ""
    /// Sentences shown per document before the rest are counted.
    var maxSentences = 60

    init(descriptor: Int32, showTokens: Bool) {
        self.descriptor = descriptor
        self.showTokens = showTokens
    }

    func print(_ record: Record) throws(JSONLinesSink.Error) {
        switch record {
        case .failure(let failure):
            buffer += "✗ \(failure.source ?? failure.id)\n    error in \(failure.stage): \(failure.message)\n\n"
        case .document(let document):
            describe(document)
        }
        if buffer.utf8.count > 1 << 16 { try flush() }
    }

    func flush() throws(JSONLinesSink.Error) {
        let bytes = Array(buffer.utf8)
        buffer = ""
        try JSONLinesSink.writeAll(bytes, to: descriptor)
    }

    private func describe(_ document: Document) {
        var counts = ["\(document.text.utf8.count) bytes"]
        if document.present.contains(.sentences) { counts.append("\(document.sentences.count) sentences") }
        if document.present.contains(.tokens) { counts.append("\(document.tokens.count) tokens") }
        buffer += "● \(document.id)  (\(counts.joined(separator: ", ")))\n"
        let metadata = document.metadata
        if let title = metadata.title { buffer += "  title: \(title)\n" }
        var facts: [String] = []
        if !metadata.authors.isEmpty { facts.append("by " + metadata.authors.joined(separator: ", ")) }
        if let published = metadata.published { facts.append("published " + published) }
        if let language = metadata.language { facts.append("language " + language) }
        if let site = metadata.siteName { facts.append(site) }
        if !facts.isEmpty { buffer += "  " + facts.joined(separator: " · ") + "\n" }
        if let url = metadata.url { buffer += "  url: \(url)\n" }
        for diagnostic in document.diagnostics {
            buffer += "  note (\(diagnostic.stage)): \(diagnostic.message) ×\(diagnostic.count)\n"
        }
        for (number, sentence) in document.sentences.prefix(maxSentences).enumerated() {
            let text = document.text(of: sentence.span).replacingOccurrences(of: "\n", with: " ")
            buffer += String(format: "%4d  ", number + 1) + text + "\n"
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
        buffer += "\n"
    }
}
