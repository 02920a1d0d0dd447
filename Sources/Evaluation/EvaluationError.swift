import Foundation

/// A data set that cannot be read: the message names the file and what is wrong with it.
package struct EvaluationError: Error, CustomStringConvertible {
    package var description: String
    package init(_ description: String) { self.description = description }

    /// The bytes of the gold file at `path`, or an error naming the file and what to check
    /// (missing, a folder, unreadable) instead of Foundation's error domain and code.
    package static func contents(of path: String) throws -> Data {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw EvaluationError("cannot read \(path): no such file (give the path of a gold file)")
        }
        guard !isFolder.boolValue else { throw EvaluationError("cannot read \(path): a folder, not a gold file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvaluationError("cannot read \(path): permission denied or unreadable")
        }
        return data
    }

    /// The UTF-8 text of the gold file at `path`; invalid UTF-8 is an error, not replaced.
    package static func text(of path: String) throws -> String {
        guard let text = String(data: try contents(of: path), encoding: .utf8) else {
            throw EvaluationError("cannot read \(path): not UTF-8 text")
        }
        return text
    }
}
