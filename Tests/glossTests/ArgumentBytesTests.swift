import Foundation
import Testing

@testable import gloss

@Suite struct ArgumentBytesTests {
    @Test func pathsThatAreUTF8StayAsTheyAre() {
        #expect(ArgumentBytes.raw(["seeds", "café.txt"]) == [Array("seeds".utf8), Array("café.txt".utf8)])
    }

    /// A file named on the command line in Latin-1 was reported missing; it is now read, under an
    /// escaped id. (Foundation's `Process` takes only strings, so a shell writes the byte.)
    @Test func aFileNamedInLatin1OnTheCommandLineIsRead() throws {
        let directory = NSTemporaryDirectory() + "gloss-latin1-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let gloss = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gloss").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.arguments = ["-c", #"name=$(printf 'caf\351.txt'); printf 'Bonjour.' > "$name"; "$0" analyze "$name""#, gloss]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.hasPrefix(#"{"id":"caf\\xE9.txt","source":"caf\\xE9.txt","text":"Bonjour.""#))
    }
}
