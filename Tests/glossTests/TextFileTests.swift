import Foundation
import Testing

@testable import gloss

@Suite struct TextFileTests {
    /// An output that is not a regular file is written in place, never replaced by a renamed
    /// temporary file (as `--output /dev/null` once replaced the device); a symbolic link
    /// stands in for the device here, and a longer file behind it keeps no tail.
    @Test func anOutputThatIsNotARegularFileIsWrittenInPlace() throws {
        let folder = NSTemporaryDirectory() + "gloss-text-file-\(UUID().uuidString)/"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "target.txt"
        let link = folder + "link.txt"
        try "an older and longer calibration\n".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        try TextFile.write("scale 4.0\n", to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "scale 4.0\n")
    }

    @Test func aNewPathIsWrittenWhole() throws {
        let fresh = NSTemporaryDirectory() + "gloss-text-file-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: fresh) }
        try TextFile.write("weight compound 1\n", to: fresh)
        #expect(try String(contentsOfFile: fresh, encoding: .utf8) == "weight compound 1\n")
    }

    /// The device stays a device: writing to /dev/null neither fails nor replaces it.
    @Test func devNullStaysADevice() throws {
        try TextFile.write("discarded\n", to: "/dev/null")
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }
}
