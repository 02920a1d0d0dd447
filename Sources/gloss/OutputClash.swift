import Foundation

/// Finds an input that is the output file itself, so that `gloss analyze` refuses to run
/// rather than truncate an input before reading it.
///
/// Files are compared by device and inode, so another spelling of the same path, a symbolic
/// link or a hard link is caught too. An output that does not exist yet is no input.
enum OutputClash {
    /// The first of `paths` that names the same file as `output`, or nil.
    static func input(among paths: [String], sameFileAs output: String) -> String? {
        var target = stat()
        guard output != "-", stat(output, &target) == 0, (target.st_mode & S_IFMT) == S_IFREG else { return nil }
        return paths.first { path in
            var info = stat()
            return path != "-" && stat(path, &info) == 0 && info.st_dev == target.st_dev && info.st_ino == target.st_ino
        }
    }
}
