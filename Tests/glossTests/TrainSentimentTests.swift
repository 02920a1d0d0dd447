import Foundation
import Testing

@testable import gloss

@Suite struct TrainSentimentTests {
    /// Two tiny rated "domains" in VADER's format, written for this test.
    static let domains = [
        [
            "r1\t3.0\tA wonderful film, great acting.", "r2\t-3.0\tThe plot was bad and the ending awful.",
            "r3\t0.5\tIt was fine.", "r4\t-2.5\tBoring, dull and far too long.", "r5\t3.2\tI loved it, a joy.",
            "r6\t-1.5\tNot good at all.",
        ],
        [
            "p1\t2.8\tso happy today!!", "p2\t-3.0\tworst day ever", "p3\t2.5\tlove this :)",
            "p4\t-2.2\tugh, hate mondays", "p5\t2.6\tgreat news!", "p6\t-2.0\tsad and tired",
        ],
    ]

    @Test func writesACalibrationTheStageReads() throws {
        let folder = NSTemporaryDirectory() + "gloss-train-sentiment-\(UUID().uuidString)/"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let paths = try Self.domains.enumerated().map { index, lines in
            let path = folder + "domain\(index).txt"
            try (lines.joined(separator: "\r\n") + "\r\n").write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let output = folder + "calibration.txt"
        let result = try Subprocess.run("gloss", ["train", "sentiment"] + paths + ["--output", output, "--quick"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("held-out r of the choice: domain0.txt"))
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("\nweight compound "))
        // the file says which fit made it: the same-spread default, or --raw-ratings
        #expect(text.contains("# Fitted on each file's ratings brought to the files' mean spread"))
        let raw = try Subprocess.run("gloss", ["train", "sentiment"] + paths + ["--output", output, "--quick", "--raw-ratings"])
        #expect(raw.status == 0, "\(raw.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("# Fitted on the ratings as rated (--raw-ratings)."))
        let scored = try Subprocess.run(
            "gloss", ["analyze", "-", "--format", "jsonl", "-O", "sentiment.calibration=\(output)"], input: "A wonderful day.")
        #expect(scored.status == 0, "\(scored.stderr)")
        #expect(scored.stdout.contains("\"sentiment\""))
    }

    /// `--evidence-grid` writes a row per clause setting and text, held-out files included,
    /// and each held-out file's r is printed.
    @Test func writesTheEvidenceOfEveryClauseSettingAndScoresHeldOutFiles() throws {
        let folder = NSTemporaryDirectory() + "gloss-train-sentiment-\(UUID().uuidString)/"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let paths = try (Self.domains + [Self.domains[0]]).enumerated().map { index, lines in
            let path = folder + "domain\(index).txt"
            try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let evidence = folder + "evidence.tsv"
        let result = try Subprocess.run(
            "gloss",
            ["train", "sentiment", paths[0], paths[1], "--held-out", paths[2], "--output", folder + "c.txt", "--quick",
             "--evidence", evidence, "--evidence-grid"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("held out: domain2.txt r "))
        let lines = try String(contentsOfFile: evidence, encoding: .utf8).split(separator: "\n")
        #expect(lines.first?.hasPrefix("reported\thedged\tcounterfactual\tdomain\trating\tvalence\t") == true)
        #expect(lines.first?.hasSuffix("\treported\thedged") == true)
        // --quick has one clause setting: 18 texts, each once
        #expect(lines.count == 1 + 18)
        #expect(lines.filter { $0.contains("\tdomain2.txt\t") }.count == 6)
    }

    @Test func theEvidenceGridNeedsAnEvidenceFile() throws {
        let result = try Subprocess.run("gloss", ["train", "sentiment", "a.txt", "b.txt", "--output", "x.txt", "--evidence-grid"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--evidence-grid needs --evidence"))
    }

    @Test func needsTwoDomains() throws {
        let result = try Subprocess.run("gloss", ["train", "sentiment", "only.txt", "--output", "x.txt"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("at least two"))
    }
}
