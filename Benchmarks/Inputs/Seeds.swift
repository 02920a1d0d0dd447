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
