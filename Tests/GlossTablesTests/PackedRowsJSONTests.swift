import Foundation
import GlossCore
import GlossSinks
import GlossStages
import GlossTables
import Testing

/// `PackedRows(json:)` reads what `gloss analyze` writes to the same rows as the record in
/// memory gives, less the rounding of scores in JSON.
@Suite struct PackedRowsJSONTests {
    func rows(_ json: String) throws -> RecordRows { try RecordRows(json: Data(json.utf8)) }

    @Test func everyColumnButRoundedScoresAgreeWithTheRecord() throws {
        for record in try TableFixtures.records() {
            let typed = RecordRows(record: record)
            var json = try RecordRows(json: Data(RecordEncoder().encode(record)))
            #expect(json.numbers == typed.numbers)
            #expect(json.sentences.map { [$0.start, $0.end, $0.words ?? -1] } == typed.sentences.map { [$0.start, $0.end, $0.words ?? -1] })
            for (a, b) in zip(json.sentences, typed.sentences) { #expect(abs((a.sentiment ?? 9) - (b.sentiment ?? 0)) < 1e-4) }
            #expect(json.mentions.map { [$0.start, $0.end, $0.entity] } == typed.mentions.map { [$0.start, $0.end, $0.entity] })
            #expect(json.mentions.map { $0.text + $0.type } == typed.mentions.map { $0.text + $0.type })
            #expect(json.entities.map { "\($0.name) \($0.type) \($0.mentions) \($0.sentences ?? -1)" }
                == typed.entities.map { "\($0.name) \($0.type) \($0.mentions) \($0.sentences ?? -1)" })
            // The document row is equal once its scores are rounded as JSON has them.
            json.document?.sentiment = typed.document?.sentiment
            json.document?.positive = typed.document?.positive
            json.document?.neutral = typed.document?.neutral
            json.document?.negative = typed.document?.negative
            #expect(json.document == typed.document)
        }
    }

    @Test func withoutSentimentTheSentencesArePlain() throws {
        let pipeline = try StageRegistry.standard.makePipeline(["ingest", "normalize", "tokenize", "sentences"])
        let record = PipelineRunner(pipeline: pipeline, options: RunOptions(jobs: 1)).run([.text("One. Two.", id: "p")])[0]
        let rows = try RecordRows(json: Data(RecordEncoder().encode(record)))
        #expect(rows.sentences == [SentenceRow(start: 0, end: 4), SentenceRow(start: 5, end: 9)])
        #expect(rows.document?.sentiment == nil && rows.document?.sentenceCount == 2)
        #expect(rows == RecordRows(record: record))
    }

    @Test func itemsWithoutASpanOrAListedEntityAreLeftOut() throws {
        let found = try rows("""
            {"id":"x","text":"Ann and Bob","layers":{"entities":{"entities":[{"id":0,"name":"Ann","type":"PER","mentions":1}],
             "mentions":[{"span":[0,3],"text":"Ann","type":"PER","entity":0},{"span":[8,11],"text":"Bob","entity":1},
                         {"text":"no span","entity":0},{"span":[4,7],"text":"and","entity":-1}]},
             "numbers":[{"span":[3,1],"kind":"number"},{"span":[0,1],"value":"5","number":5}]}}
            """)
        #expect(found.mentions == [MentionRow(start: 0, end: 3, text: "Ann", type: "PER", confidence: 0, entity: 0)])
        #expect(found.entities == [DocumentEntityRow(name: "Ann", type: "PER", mentions: 1)])
        #expect(found.numbers.count == 1 && found.numbers[0].kind == "number" && found.numbers[0].number == 5)
    }

    @Test func membersOfTheWrongTypeReadAsAbsent() throws {
        let found = try rows(#"{"id":"x","source":7,"stats":{"bytes":"12","characters":3},"metadata":{"title":5,"url":"u"},"text":null}"#)
        #expect(found.document?.source == nil && found.document?.bytes == 0 && found.document?.characters == 3)
        #expect(found.document?.title == nil && found.document?.url == "u" && found.document?.text == nil)
    }

    @Test func escapesAndUnknownMembersAreHandled() throws {
        let found = try rows(#"{"tokens":[{"span":[0,1]}],"id":"a\"b","text":"caf\u00e9 \ud83d\ude00","diagnostics":[{"x":[{}]}]}"#)
        #expect(found.document?.id == "a\"b" && found.document?.text == "café 😀")
        #expect(throws: RecordRows.FormatError.self) { try rows(#"{"id":"x"} trailing"#) }
        #expect(throws: RecordRows.FormatError.self) { try rows(#"{"id":5}"#) }
    }
}
