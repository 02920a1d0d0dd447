/// A stage with a second step that runs where records are handed out, one document at a time,
/// in the order the runner delivers them: input order by default (completion order with
/// `RunOptions.ordered == false`).
///
/// `process(_:)` still runs on the workers, in parallel, and does the expensive work; `deliver(_:)`
/// makes the decisions that depend on which documents came before (the `dedupe` stage computes
/// fingerprints in `process` and looks them up in `deliver`, so "the first document seen" is the
/// earliest in input order whatever the number of workers). `deliver` runs on the runner's
/// delivering thread before the handler sees the record, after every stage's `process`; it must
/// be cheap, since it is not parallel.
public protocol OrderedStage: Stage {
    /// Finishes one document, in delivery order. Called only for documents that every stage
    /// processed without error.
    func deliver(_ document: inout Document)
}
