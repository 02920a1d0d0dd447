import GlossCore
import GlossText

/// Chooses the ingest for each document: HTML pages go to `ingest.html`, everything else to
/// `ingest.text`.
///
/// A document is HTML when its declared content type says so (`text/html`,
/// `application/xhtml+xml`, from a web archive, a feed or a JSON Lines `html` field), else when
/// its source ends in an HTML extension (`.html`, `.htm`, `.shtml`, `.xhtml`, `.xht`), else when
/// its first kilobyte opens like HTML, a page or a fragment (`<!DOCTYPE html`, `<html`, `<p>`,
/// `<div class=…>`: see `MediaType`).
///
/// - Requires: `raw`. Provides: `text`.
/// - Cost: a look at the content type and at most 1 KiB, then the chosen ingest's cost.
public struct AutoIngester: RegistrableStage {
    public static let descriptor = StageDescriptor(
        name: "ingest",
        summary: "ingests HTML pages with ingest.html and everything else with ingest.text, by content type, extension or sniffing",
        requires: [.raw], provides: [.text], rewritesText: true, options: [Option.content, Option.allowBinary],
        cost: "that of the chosen ingest")

    /// The options: those of `ingest.html` and `ingest.text`, with their defaults.
    public enum Option {
        public static let content = StageOption(
            "content", "for HTML: article (the main content) or full (all visible text)",
            default: HTMLIngester.Option.content.defaultValue)
        public static let allowBinary = StageOption(
            "allow-binary", "for text: keep input that looks binary instead of failing",
            default: PlainTextIngester.Option.allowBinary.defaultValue)
    }

    public var html: HTMLIngester
    public var text: PlainTextIngester

    public init(html: HTMLIngester = HTMLIngester(), text: PlainTextIngester = PlainTextIngester()) {
        self.html = html
        self.text = text
    }

    public init(options: StageOptions) throws {
        self.init(
            html: HTMLIngester(content: try options[Option.content]),
            text: PlainTextIngester(allowBinary: try options[Option.allowBinary]))
    }

    public func process(_ document: inout Document) throws {
        if Self.isHTML(document) {
            try html.process(&document)
        } else {
            try text.process(&document)
        }
    }

    /// Whether the document should be read as HTML: by its declared content type, else by the
    /// extension of its source, else by `MediaType.looksLikeHTML` on its first kilobyte.
    public static func isHTML(_ document: Document) -> Bool {
        if let type = document.metadata.contentType {
            if MediaType.isHTML(contentType: type) { return true }
            if type.lowercased().hasPrefix("text/plain") { return false }
        }
        if let source = document.source, MediaType.pathIsHTML(source) { return true }
        return document.raw.withUnsafeBufferPointer(MediaType.looksLikeHTML)
    }
}
