import Dispatch

/// One batch of inputs on its way through a pipeline, stage by stage: every document of the
/// batch goes through a stage before any goes through the next, so the stage's code and tables
/// stay in the processor's caches (document by document, the later stages evict them).
///
/// `PipelineRunner`'s workers `open` a batch, `run` each stage over it and `close` it. The pass
/// times each document's laps into the run's figures; a document whose reading or stage throws
/// becomes its failure record and skips the later stages. Records come out in batch order.
///
/// Costs: three arrays of the batch's length; a clock read per document and stage.
struct BatchPass {
    private var records: [Record?]
    private var documents: [Document?]
    private var elapsed: [UInt64]
    private var clock = DispatchTime.now().uptimeNanoseconds

    /// Reads every input of `batch` into a document (stage 0 of the figures); an input that
    /// cannot be read becomes its failure record.
    init(_ batch: [DocumentInput], textIsGiven: Bool, maxBytes: Int, figures: inout RunStatistics) {
        records = Array(repeating: nil, count: batch.count)
        documents = Array(repeating: nil, count: batch.count)
        elapsed = Array(repeating: 0, count: batch.count)
        for (index, input) in batch.enumerated() {
            figures.records += 1
            do {
                let document = try input.makeDocument(textIsGiven: textIsGiven, maxBytes: maxBytes)
                figures.inputBytes += textIsGiven ? document.text.utf8.count : document.raw.count
                documents[index] = document
                lap(0, index, figures: &figures)
            } catch {
                lap(0, index, failed: true, figures: &figures)
                records[index] = .failure(error)
            }
        }
    }

    /// Runs `stage`, the pipeline's `stageIndex`-th, over every document still going.
    ///
    /// The stage changes each document where it stands in the batch (`&documents[index]!`, an
    /// access in place): the document stays held once, so its arrays are changed in place, and
    /// it is not copied out and back, which cost about 1,300 instructions a document and stage
    /// in retains, releases and copies of its fields.
    mutating func run(_ stage: any Stage, at stageIndex: Int, figures: inout RunStatistics) {
        for index in documents.indices where documents[index] != nil {
            do {
                try stage.process(&documents[index]!)
                lap(stageIndex + 1, index, figures: &figures)
            } catch {
                lap(stageIndex + 1, index, failed: true, figures: &figures)
                records[index] = .failure(DocumentFailure(document: documents[index]!, stage: stage.name, error: error))
                documents[index] = nil
            }
        }
    }

    /// The batch's records in input order: the documents that came through every stage, and
    /// the failures. Adds each document's latency and counts to `figures`.
    consuming func close(figures: inout RunStatistics) -> [Record] {
        var closed: [Record] = []
        closed.reserveCapacity(documents.count)
        for index in documents.indices {
            figures.recordLatency(nanoseconds: elapsed[index])
            // taken, not copied: the record holds the document's only copy
            guard let document = documents[index].take() else {
                closed.append(records[index]!)
                continue
            }
            figures.textBytes += document.text.utf8.count
            figures.tokens += document.tokens.count
            figures.sentences += document.sentences.count
            closed.append(.document(document))
        }
        return closed
    }

    /// Charges the time since the last lap to stage `stage` and document `document`.
    private mutating func lap(_ stage: Int, _ document: Int, failed: Bool = false, figures: inout RunStatistics) {
        let now = DispatchTime.now().uptimeNanoseconds
        figures.stages[stage].nanoseconds += now - clock
        figures.stages[stage].documents += 1
        elapsed[document] += now - clock
        if failed {
            figures.stages[stage].failures += 1
            figures.failures += 1
        }
        clock = now
    }
}
