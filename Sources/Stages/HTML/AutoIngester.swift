import GlossCore
import GlossText

/// Chooses the ingest for each document: HTML pages go to `ingest.html`, everything else to
/// `ingest.text`.
///
/// A document is HTML when its declared content type says so (`text/html`,
/// `application/xhtml+xml`, from a web archive, a feed or a JSON Lines `html` field), else when
/// its source ends in `.html`, `.htm`, `.xhtml` or `.shtml`, else when its first kilobyte opens
/// like a page (`<!DOCTYPE html`, `<html`, `<head`, `<body`, or a comment followed by one).
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

    /// Whether the document should be read as HTML.
    public static func isHTML(_ document: Document) -> Bool {
        if let type = document.metadata.contentType?.lowercased() {
            if type.contains("html") { return true }
            if type.hasPrefix("text/plain") { return false }
        }
        if let source = document.source?.lowercased() {
            let path = source.split(separator: "?").first.map(String.init) ?? source
            for suffix in [".html", ".htm", ".xhtml", ".shtml"] where path.hasSuffix(suffix) { return true }
        }
        return document.raw.withUnsafeBufferPointer(looksLikeHTML)
    }

    /// Whether the bytes open like an HTML page.
    static func looksLikeHTML(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = min(bytes.count, 1024)
        var head = [UInt8](UnsafeBufferPointer(rebasing: bytes[0..<count]))
        for index in head.indices where head[index] >= 0x41 && head[index] <= 0x5A { head[index] |= 0x20 }
        var start = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < head.count && (head[start] == 0x20 || head[start] == 0x0A || head[start] == 0x0D || head[start] == 0x09) {
            start += 1
        }
        let rest = head[start...]
        for opening in ["<!doctype html", "<html", "<head", "<body"] where rest.starts(with: opening.utf8) { return true }
        if rest.starts(with: "<!--".utf8) || rest.starts(with: "<?xml".utf8) {
            let text = String(decoding: rest, as: UTF8.self)
            return text.contains("<html") || text.contains("<!doctype html")
        }
        return false
    }
}
