import Foundation
import GlossCore

/// One line of a JSON Lines input: an object with `text` or `html`, and optionally `id`,
/// `url`, `title`, `published`, `language` and `authors`.
struct JSONLinesRecord {
    /// A line that is not a record; its code is `jsonl.invalid`.
    struct Error: Swift.Error, CustomStringConvertible, CodedError {
        var description: String
        var code: ErrorCode { .jsonlInvalid }
    }

    var id: String?
    var text: String?
    var html: String?
    var url: String?
    var title: String?
    var published: String?
    var language: String?
    var authors: [String] = []

    init(parsing line: [UInt8]) throws(JSONLinesRecord.Error) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [])
        } catch {
            throw Error(description: "line is not valid JSON: \(error.localizedDescription)")
        }
        guard let fields = object as? [String: Any] else {
            throw Error(description: "line is JSON but not an object: give {\"text\": ...} or {\"html\": ...}")
        }
        if let id = fields["id"] { self.id = id as? String ?? "\(id)" }
        text = fields["text"] as? String
        html = fields["html"] as? String
        guard text != nil || html != nil else {
            throw Error(description: "record has no \"text\" or \"html\" string field")
        }
        url = fields["url"] as? String
        title = fields["title"] as? String
        published = fields["published"] as? String ?? fields["date"] as? String
        language = fields["language"] as? String ?? fields["lang"] as? String
        if let authors = fields["authors"] as? [String] {
            self.authors = authors
        } else if let author = fields["author"] as? String {
            authors = [author]
        }
    }

    /// The record's text (its `text`, else its `html`), with its fields added to `metadata`
    /// (and `text/html` as its content type when it holds only `html`): what
    /// `DocumentInput.Payload.record` gives.
    func read(into metadata: inout Metadata) -> (text: String, id: String?) {
        apply(to: &metadata)
        if html != nil, text == nil { metadata.contentType = "text/html" }
        return (text ?? html ?? "", id)
    }

    func apply(to metadata: inout Metadata) {
        if let url { metadata.url = url }
        if let title { metadata.title = title }
        if let published { metadata.published = published }
        if let language { metadata.language = language }
        if !authors.isEmpty { metadata.authors = authors }
    }
}
