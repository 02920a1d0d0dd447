/// Maps stage names to the stage types that build them, so the CLI and pipeline files build
/// pipelines by name.
///
/// The registry is a value: an application starts from `StageRegistry()` (empty) or from the
/// built-in one that `GlossStages` offers, registers its own stages, and passes it on. Built-in
/// and third-party stages register the same way, through `RegistrableStage`.
public struct StageRegistry: Sendable {
    /// A registered stage: its descriptor and how to build it.
    public struct Entry: Sendable {
        public var descriptor: StageDescriptor
        fileprivate var make: @Sendable (StageOptions) throws -> any Stage
    }

    private var entries: [String: Entry] = [:]
    private var order: [String] = []

    public init() {}

    /// Registers a stage type under its descriptor's name, replacing any earlier one.
    public mutating func register<S: RegistrableStage>(_ type: S.Type) {
        let descriptor = S.descriptor
        if entries[descriptor.name] == nil { order.append(descriptor.name) }
        entries[descriptor.name] = Entry(descriptor: descriptor) { options in
            try options.check(known: descriptor.options)
            return try S(options: options)
        }
    }

    /// The registered stages, in registration order.
    public var descriptors: [StageDescriptor] { order.compactMap { entries[$0]?.descriptor } }

    /// The descriptor registered under `name`.
    public func descriptor(named name: String) -> StageDescriptor? { entries[name]?.descriptor }

    /// Builds the stage registered under `name`, running its setup (`init(options:)`: model
    /// loading) now.
    ///
    /// - Throws: `PipelineError.unknownStage`; `StageOptions.Error` for an unknown option or a
    ///   wrong value; `PipelineError.setupFailed` for any other error of the stage's setup.
    public func makeStage(named name: String, options: StageOptions = StageOptions()) throws -> any Stage {
        guard let entry = entries[name] else {
            let known = order.joined(separator: ", ")
            throw PipelineError.unknownStage(name: name, known: known, suggestion: closest(to: name))
        }
        var options = options
        options.stage = name
        do {
            return try entry.make(options)
        } catch let error as StageOptions.Error {
            throw error
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError.setupFailed(stage: name, message: Self.setupMessage(error, stage: name))
        }
    }

    /// What a failed setup says, without a leading "stage: " or a final full stop (the error
    /// message goes on after it).
    static func setupMessage(_ error: any Error, stage: String) -> String {
        var text = (error as? StageError)?.description ?? String(describing: error)
        if text.hasPrefix(stage + ": ") { text.removeFirst(stage.count + 2) }
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// Builds a pipeline from stage names, each with its options.
    public func makePipeline(
        _ names: [String], options: [String: StageOptions] = [:], given: Set<LayerID> = [.raw]
    ) throws -> Pipeline {
        for name in options.keys where !names.contains(name) {
            throw PipelineError.optionsForAbsentStage(name: name)
        }
        let stages = try names.map { try makeStage(named: $0, options: options[$0] ?? StageOptions()) }
        return try Pipeline(stages, given: given, registry: self)
    }

    /// The names of registered stages that provide `layer`.
    public func providers(of layer: LayerID) -> [String] {
        order.filter { entries[$0]?.descriptor.provides.contains(layer) == true }
    }

    private func closest(to name: String) -> String? {
        order.min { editDistance($0, name) < editDistance($1, name) }
            .flatMap { editDistance($0, name) <= max(2, name.count / 3) ? $0 : nil }
    }

    private func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8)
        let b = Array(b.utf8)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
