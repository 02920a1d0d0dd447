import ArgumentParser
import Foundation
import GlossCore
import GlossEntityTraining
import GlossStages

extension Gloss.Train {
    /// `gloss train entities`: trains the entity tagger's structured averaged perceptron.
    struct Entities: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "entities",
            abstract: "Train the entities stage's tagger on CoNLL or IOB2 files.",
            discussion: """
                Reads CoNLL ('token tag' lines, IO or BIO tags, as in wikigold) and IOB2 files \
                ('# text' comments, then index<TAB>token<TAB>tag, as in Universal NER); OTH is read as \
                MISC and a stray B-O as O. Trains a structured averaged perceptron (Viterbi) over the tagger's features \
                with the bundled gazetteer and word lexicon for --epochs passes in an order shuffled from --seed, \
                keeps the epoch with the best PER/ORG/LOC F1 on --dev (without --dev, the last epoch); with \
                --models N, trains N models from seeds --seed to --seed + N - 1 and averages their weights; \
                fits the confidence temperature on --dev (without it, takes --temperature), and writes the \
                model to --output. \
                The same files, options and seed give the same model. Use the model with \
                -O entities.model=FILE, or copy it to Sources/Stages/Entities/Model/entities.model.
                """)

        @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Training files.", valueName: "file"))
        var train: [String]

        @Option(name: .long, help: ArgumentHelp("Development file that chooses the epoch and fits the confidence temperature.", valueName: "file"))
        var dev: String?

        @Option(name: .long, help: ArgumentHelp("Where to write the model.", valueName: "file"))
        var output: String

        @Option(name: .long, help: "Passes over the training data.")
        var epochs: Int = 10

        @Option(name: .long, help: "Seed of the order sentences are visited in.")
        var seed: UInt64 = 1

        @Option(name: .long, help: "log2 of the number of hashed feature rows (training holds 216 << bits bytes; the model keeps half a byte a row and 9 a row that training filled, at most 1,864,135 such rows: above 20 bits training stops with an error if it fills more).")
        var bits: Int = 19

        @Option(name: .long, help: "Share of word features left out of each training step (0 to 0.9).")
        var dropout: Double = 0

        @Option(name: .long, help: "Models to train, from seeds --seed, --seed + 1, …, whose weights are averaged into the one written.")
        var models: Int = 1

        @Option(name: .long, help: "Confidence temperature of a model trained without --dev (with --dev it is fitted there).")
        var temperature: Float = 30

        @Flag(
            name: .long,
            help: "Also train on each IOB2 sentence with its split hyphenated words ('al - Qaeda') joined, as Gloss's tokenizer keeps them.")
        var joinHyphens = false

        func validate() throws {
            guard !train.isEmpty else { throw ValidationError("give at least one --train file") }
            guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1") }
            guard (0...0.9).contains(dropout) else { throw ValidationError("--dropout must be between 0 and 0.9") }
            guard (10...24).contains(bits) else { throw ValidationError("--bits must be between 10 and 24") }
            guard (1...64).contains(models) else { throw ValidationError("--models must be between 1 and 64") }
            guard temperature > 0, temperature.isFinite else { throw ValidationError("--temperature must be above 0") }
        }

        func run() throws {
            let started = Date()
            var sentences: [LabeledSentence] = []
            for file in train { sentences += try LabeledSentence.read(path: file) }
            let devSentences = try dev.map { try LabeledSentence.read(path: $0) } ?? []
            let tokens = sentences.reduce(0) { $0 + $1.words.count }
            log("read \(sentences.count) sentences (\(tokens) tokens) to train on, \(devSentences.count) to choose by")
            let trainer = EntityTrainer(
                gazetteer: try Gazetteer.bundled(), lexicon: try WordLexicon.bundled(), options: EntityTrainer.Options(
                    epochs: epochs, seed: seed, bits: bits, dropout: dropout, joinHyphens: joinHyphens, temperature: temperature,
                    models: models))
            let (model, history) = try trainer.train(sentences, dev: devSentences) { epoch in
                let f1 = devSentences.isEmpty ? "" : String(format: ", dev PER/ORG/LOC F1 %.2f", epoch.devF1 * 100)
                log(
                    String(
                        format: "seed %llu, epoch %d: %d training errors%@ (%.1f s)", epoch.seed, epoch.number, epoch.errors, f1,
                        Date().timeIntervalSince(started)))
            }
            let bytes = model.serialized()
            try Data(bytes).write(to: URL(fileURLWithPath: output))
            // Per seed, the epoch kept: the last one, or the first with the best dev F1.
            let chosen = Dictionary(grouping: history, by: \.seed).sorted { $0.key < $1.key }.map { _, epochs in
                devSentences.isEmpty ? epochs.last! : epochs.max { $0.devF1 < $1.devF1 || ($0.devF1 == $1.devF1 && $0.number > $1.number) }!
            }
            let from = chosen.count == 1 ? "epoch \(chosen[0].number)" : "the average of \(chosen.count) models (epochs \(chosen.map { String($0.number) }.joined(separator: ", ")))"
            log(
                String(
                    format: "wrote %@ (%.1f MB) from %@, confidence temperature %g, in %.1f s", output,
                    Double(bytes.count) / 1e6, from, Double(model.temperature), Date().timeIntervalSince(started)))
        }

        private func log(_ message: String) {
            FileHandle.standardError.write(Data("gloss train entities: \(message)\n".utf8))
        }
    }
}
