import Foundation
import GlossCore

/// Which files a directory walk reads: `include` and `exclude` globs, and whether symbolic
/// links are followed.
///
/// The rules apply inside directory walks only; a path named explicitly is always read. A
/// glob (`fnmatch(3)`, where `*` also matches `/`) matches a file when it matches its whole
/// path or its name. A file is read when it matches an `include` glob (or there are none) and
/// no `exclude` glob. Links are not followed by default; with `followSymlinks` they are, and
/// each real directory and file is read once however many links lead to it (a link cycle
/// ends there).
public struct WalkRules: Sendable {
    public var include: [String]
    public var exclude: [String]
    public var followSymlinks: Bool

    public init(include: [String] = [], exclude: [String] = [], followSymlinks: Bool = false) {
        self.include = include
        self.exclude = exclude
        self.followSymlinks = followSymlinks
    }

    /// Whether a walk reads the file at `path`.
    public func admits(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        func matches(_ glob: String) -> Bool { fnmatch(glob, path, 0) == 0 || fnmatch(glob, name, 0) == 0 }
        return (include.isEmpty || include.contains(where: matches)) && !exclude.contains(where: matches)
    }

    /// Added to a path handed to `FileSource.onSkip` for a link a walk did not follow.
    public static let symlinkSuffix = " (symbolic link)"

    /// A file's identity: its device and inode.
    struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }
}
