import Foundation

/// A fresh temporary directory, removed when the test's value goes away.
package final class TemporaryDirectory {
    package let path: String

    package init() {
        path = NSTemporaryDirectory() + "gloss-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    package func write(_ name: String, _ contents: [UInt8]) -> String {
        let file = (path as NSString).appendingPathComponent(name)
        try! FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file, contents: Data(contents))
        return file
    }

    @discardableResult
    package func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }
}
