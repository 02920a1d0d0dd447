import Foundation

/// The repository's sample documents (`seeds/`), which the stage benchmarks run on.
///
/// The folder is found from this source file's path, so the benchmarks run from a checkout of
/// the repository (as `swift package benchmark` does), wherever it lies.
public enum Seeds {
    /// The repository's `seeds/` folder.
    public static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Inputs
        .deletingLastPathComponent()  // Benchmarks
        .deletingLastPathComponent()  // the repository
        .appendingPathComponent("seeds")

    /// A news page (5.8 KB): head with Open Graph and JSON-LD metadata, cookie banner,
    /// navigation, the article, related links, comments and footer.
    public static func page() throws -> [UInt8] { try firstFile(withExtension: "html") }

    /// The seed page with its article's paragraphs `copies` times over (20 by default: 58.5 KB,
    /// about 9,000 tokens): a page whose article, not its fixed costs, sets the time, as on
    /// real news sites.
    public static func largePage(copies: Int = 20) throws -> [UInt8] {
        let page = String(decoding: try page(), as: UTF8.self)
        guard let open = page.range(of: "<article>"),
            let close = page.range(of: "</article>", range: open.upperBound..<page.endIndex)
        else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: directory.appendingPathComponent("*.html").path])
        }
        let paragraphs = page[open.upperBound..<close.lowerBound].split(separator: "\n").filter { $0.contains("<p>") }
        let more = String(repeating: paragraphs.joined(separator: "\n") + "\n", count: max(0, copies - 1))
        return Array((page[..<close.lowerBound] + more + page[close.lowerBound...]).utf8)
    }

    /// The same article as plain text (2.6 KB, 17 lines): names, numbers, quotes, opinions.
    public static func article() throws -> String {
        String(decoding: try firstFile(withExtension: "txt"), as: UTF8.self)
    }

    /// The bytes of the first seed, in name order, with extension `ext`.
    ///
    /// - Throws: `CocoaError` when the folder cannot be read or has no such file.
    static func firstFile(withExtension ext: String) throws -> [UInt8] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        guard let name = names.first(where: { $0.hasSuffix("." + ext) }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: directory.appendingPathComponent("*.\(ext)").path])
        }
        return Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }
}
