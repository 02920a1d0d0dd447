import AcmeWordCount
import GlossCore
import GlossSinks

// Runs the example stage over the command-line arguments and prints JSON Lines.
let texts = CommandLine.arguments.dropFirst().isEmpty
    ? ["A third-party stage counts words.", "Extraordinary documentation helps everybody."]
    : Array(CommandLine.arguments.dropFirst())
let encoder = RecordEncoder(includeText: false)
for record in try AcmeExample.countWords(in: texts) {
    print(String(decoding: encoder.encode(record), as: UTF8.self), terminator: "")
}
