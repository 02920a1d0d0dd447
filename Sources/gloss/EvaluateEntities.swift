import ArgumentParser
import Foundation
import GlossCore
import GlossEvaluation
import GlossStages

extension Gloss.Evaluate {
    /// `gloss evaluate entities`: scores the entities stage against CoNLL or IOB2 gold files.
    struct Entities: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "entities",
            abstract: "Score named entities against CoNLL or IOB2 gold files.",
            discussion: """
                Each FILE is CoNLL ('token tag' lines, IO or BIO tags, as in wikigold) or IOB2 \
                ('# text' comments, then index<TAB>token<TAB>tag, as in Universal NER); OTH is read as \
                MISC and a stray B-O as O. The entities stage runs on the gold tokens and sentences \
                (the file's documents, or runs of --sentences sentences, their text the tokens joined by spaces), so \
                tokenisation differences do not count; --join-hyphens first joins the hyphenated words the file \
                splits, as Gloss's tokenizer does. A name is right when its span and type both \
                match. Reported per file: micro precision, recall and F1 per type, over PER/ORG/LOC and \
                over all types, and the stage's tokens per second on one thread.
                """)

        @Argument(help: ArgumentHelp("Gold files.", valueName: "file"))
        var files: [String]

        @Option(name: .long, help: ArgumentHelp("A model from 'gloss train entities' instead of the bundled one.", valueName: "file"))
        var model: String?

        @Option(name: .long, help: "Gold sentences per document when the file marks no documents (the tagger reads a whole document).")
        var sentences: Int = 20

        @Flag(name: .long, help: "Also print each sentence with a wrong name: gold names missed (-) and names found that are not gold (+).")
        var showErrors = false

        @Flag(
            name: .long,
            help: "Join the hyphenated words an IOB2 file splits ('al - Qaeda' written 'al-Qaeda') into one token, as Gloss's tokenizer keeps them, before scoring.")
        var joinHyphens = false

        func validate() throws {
            guard sentences >= 1 else { throw ValidationError("--sentences must be at least 1") }
        }

        func run() throws {
            let stage = try EntityRecognizer(
                options: StageOptions(stage: "entities", values: model.map { ["model": .string($0)] } ?? [:]))
            for file in files {
                let gold = try EntityEvaluation.read(path: file, joinHyphens: joinHyphens)
                let result = try EntityEvaluation.run(stage, on: gold, sentencesPerDocument: sentences)
                print(result.text(file: file))
                if showErrors { for line in result.errors { print(line) } }
            }
        }
    }
}
