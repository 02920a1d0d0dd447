extension Pipeline {
    /// Runs the `deliver(_:)` step of every `OrderedStage` in the pipeline, in pipeline order, on a
    /// document record; a failure passes unchanged. The runner calls it on each record as it hands
    /// records out; an embedder that calls `process(_:)` itself calls it in its own input order.
    public func deliver(_ record: Record) -> Record {
        guard case .document(var document) = record else { return record }
        var delivered = false
        for stage in stages {
            guard let ordered = stage as? any OrderedStage else { continue }
            ordered.deliver(&document)
            delivered = true
        }
        return delivered ? .document(document) : record
    }
}
