import GlossCore
import GlossEntities
import GlossText

/// Trains the entity tagger's weights: a structured averaged perceptron (Collins 2002) over the
/// tagger's own features, decoding each sentence with Viterbi as the tagger does
/// (`TagLattice`, its rules included).
///
/// Each epoch visits the documents in an order shuffled from the seed (sentences in order
/// within a document, whose memory of earlier tags the features read). Where the best path
/// differs from the gold one, the weights of the gold path's features at each differing token
/// move towards its tags and those of the predicted path away from them; a gold tag the rules
/// forbid (a name beginning with a lower-case word that may not begin one) is not learnt. The
/// weights averaged over every sentence are kept, and of all epochs the one scoring best on the
/// dev set (F1 on PER, ORG and LOC) is returned, its confidence temperature fitted on the dev
/// set. The same data, options and seed give the same model.
///
/// - Cost: O(epochs × t) in training tokens, about 48 word rows and up to 27 transition rows per
///   token; memory 24 bytes per weight (`9 << bits` of them: the perceptron's 12, and 4 each
///   for an epoch's averaged weights, the best epoch's and the models' sum) plus about 250 bytes
///   per training token.
package struct EntityTrainer: Sendable {
    package struct Options: Sendable, Hashable {
        package var epochs: Int
        package var seed: UInt64
        /// log2 of the number of hashed feature rows.
        package var bits: Int
        /// The share of a token's word features (all but the bias) left out of each training
        /// step, so that shape, affix and context features learn what the words alone would.
        package var dropout: Double
        /// Whether to train also on each sentence's `joiningHyphens()` form, so that the model
        /// knows hyphenated names as Gloss's tokenizer keeps them ("al-Qaeda", "Coca-Cola"),
        /// though the training files split them.
        package var joinHyphens: Bool
        /// How many models to train, from seeds `seed`, `seed + 1`, …, and average
        /// (`EntityTrainer.average`); each keeps its own best epoch on the dev set.
        package var models: Int
        /// The confidence temperature of a model trained without a dev set (with one, it is
        /// fitted there): a model trained on train and dev together takes the temperature
        /// fitted when the same recipe was trained on train alone.
        package var temperature: Float

        package init(
            epochs: Int = 10, seed: UInt64 = 1, bits: Int = 19, dropout: Double = 0, joinHyphens: Bool = false,
            temperature: Float = 30, models: Int = 1
        ) {
            self.epochs = epochs
            self.seed = seed
            self.bits = bits
            self.dropout = dropout
            self.joinHyphens = joinHyphens
            self.temperature = temperature
            self.models = models
        }
    }

    /// What one epoch scored.
    package struct Epoch: Sendable, Hashable {
        /// The seed of the model the epoch belongs to (`Options.models`).
        package var seed: UInt64
        package var number: Int
        /// Tokens whose predicted tag was wrong, in training.
        package var errors: Int
        /// Dev F1 on PER, ORG and LOC (0…1); 0 without a dev set.
        package var devF1: Double
    }

    package let gazetteer: Gazetteer
    package let lexicon: WordLexicon
    package let options: Options

    /// A trainer whose models read `gazetteer` and `lexicon`; a tagger must be given the same.
    package init(gazetteer: Gazetteer, lexicon: WordLexicon = .empty, options: Options = Options()) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.options = options
    }

    /// Trains `options.models` models on `sentences`, each choosing its epoch by `dev` (the last
    /// epoch when `dev` is empty), averages them when there are several, and fits the
    /// confidence temperature on `dev` (`options.temperature` when `dev` is empty). `progress`
    /// hears about each epoch as it ends.
    /// - Throws: when a model fills more rows than a model holds (`EntityModel.mostRows`, a
    ///   table of 2^21 rows or more), at the first epoch that does.
    package func train(
        _ sentences: [LabeledSentence], dev: [LabeledSentence] = [], progress: (Epoch) -> Void = { _ in }
    ) throws -> (model: EntityModel, epochs: [Epoch]) {
        var models: [EntityModel] = []
        var summed: [Float] = []
        var epochs: [Epoch] = []
        let prepared = prepare(sentences)
        for k in 0..<max(1, options.models) {
            let (model, weights, history) = try train(prepared, dev: dev, seed: options.seed &+ UInt64(k), progress: progress)
            models.append(model)
            if summed.isEmpty { summed = weights } else { for i in summed.indices where weights[i] != 0 { summed[i] += weights[i] } }
            epochs += history
        }
        // Several models are averaged (the perceptron's averaging carried across models trained
        // in different orders; one tagging pass scores the mean as it would one model, and it
        // holds the rows any of them filled) from their unquantised weights, quantised once.
        let share = 1 / Float(models.count)
        let model = models.count == 1 ? models[0] : try EntityModel.checked(bits: options.bits, weights: summed.map { $0 * share })
        guard !dev.isEmpty else { return (model.with(temperature: options.temperature), epochs) }
        return (calibrated(model, dev: dev), epochs)
    }

    /// The training data as every model reads it: the documents' words, their gold tags as the
    /// lattice can write them, and the features that depend on the words alone (and on how
    /// the document writes them), computed once however many models are trained.
    private struct Prepared {
        var documents: [ArraySlice<LabeledSentence>]
        /// Where each sentence's words begin in `words`, and the end of the last.
        var starts: [Int]
        var words: [WordAttributes]
        var gold: [EntityTag]
        /// `FeatureTemplates.staticCapacity` slots per word, the first `staticCounts[i]` used.
        var staticRows: [UInt32]
        var staticCounts: [Int]
    }

    private func prepare(_ sentences: [LabeledSentence]) -> Prepared {
        let bits = options.bits
        let capacity = FeatureTemplates.staticCapacity
        var sentences = sentences
        if options.joinHyphens {
            // Each document's joined sentences make a document of their own after it.
            sentences = LabeledSentence.documents(sentences).flatMap { document -> [LabeledSentence] in
                var joined = document.compactMap { $0.joiningHyphens() }
                guard !joined.isEmpty else { return Array(document) }
                joined[0].startsDocument = true
                return Array(document) + joined
            }
        }
        let documents = LabeledSentence.documents(sentences)
        var starts: [Int] = [0]
        var words: [WordAttributes] = []
        var gold: [EntityTag] = []
        for document in documents {
            let text = LabeledSentence.documentText(document)
            var attributes = [WordAttributes](repeating: .start, count: text.tokens.count)
            text.text.withUnsafeBufferPointer { bytes in
                text.tokens.withUnsafeBufferPointer { tokens in
                    attributes.withUnsafeMutableBufferPointer { attributes in
                        guard let base = bytes.baseAddress else { return }
                        _ = EntityTagger.describe(
                            document: base, tokens: tokens, sentences: text.sentences, gazetteer: gazetteer, lexicon: lexicon,
                            into: attributes)
                    }
                }
            }
            for (sentence, range) in zip(document, text.sentences) {
                gold += sentence.tags
                starts.append(words.count + range.upperBound)
            }
            words += attributes
        }
        // The gold tags as the lattice can write them: a word its rules make O is O, and a name
        // whose first word that was begins at its next word ("the/B-ORG Beatles/I-ORG" is
        // learnt as "the/O Beatles/B-ORG"), so no step pushes towards a path the tagger cannot
        // take.
        for s in 0..<sentences.count {
            var previousRule: TagLattice.Rule?
            var previous = EntityTag.outside
            for token in starts[s]..<starts[s + 1] {
                let rule = TagLattice.rule(words[token], after: previousRule)
                var tag = gold[token]
                if !TagLattice.isScored(rule, after: previous) {
                    tag = .outside
                } else if let type = tag.type, !tag.canFollow(previous) {
                    tag = .begin(type)
                }
                gold[token] = tag
                previous = tag
                previousRule = rule
            }
        }
        var staticRows = [UInt32](repeating: 0, count: words.count * capacity)
        var staticCounts = [Int](repeating: 0, count: words.count)
        words.withUnsafeBufferPointer { all in
            staticRows.withUnsafeMutableBufferPointer { rows in
                for s in 0..<sentences.count {
                    let sentence = UnsafeBufferPointer(rebasing: all[starts[s]..<starts[s + 1]])
                    for i in 0..<sentence.count {
                        let token = starts[s] + i
                        staticCounts[token] = FeatureTemplates.staticFeatures(
                            sentence, i, bits: bits, into: rows.baseAddress! + token * capacity)
                    }
                }
            }
        }
        return Prepared(
            documents: documents, starts: starts, words: words, gold: gold, staticRows: staticRows, staticCounts: staticCounts)
    }

    /// One model, trained from `seed`: the epoch best on `dev` (the last without it), at
    /// temperature 1, and its weights before they were quantised.
    private func train(
        _ prepared: Prepared, dev: [LabeledSentence], seed: UInt64, progress: (Epoch) -> Void
    ) throws -> (model: EntityModel, weights: [Float], epochs: [Epoch]) {
        var perceptron = Perceptron(bits: options.bits)
        var order = Array(prepared.documents.indices)
        var random = SplitMix64(seed: seed)
        var epochs: [Epoch] = []
        var best: (model: EntityModel, weights: [Float], f1: Double)?
        for epoch in 1...max(1, options.epochs) {
            Self.shuffle(&order, with: &random)
            let errors = trainEpoch(prepared, order: order, perceptron: &perceptron, random: &random)
            let weights = perceptron.averagedWeights()
            let model = try EntityModel.checked(bits: options.bits, weights: weights)
            let f1 = dev.isEmpty ? 0 : Self.evaluate(tagger(model), on: dev).scores(EntityCounts.coreTypes).f1
            let report = Epoch(seed: seed, number: epoch, errors: errors, devF1: f1)
            epochs.append(report)
            progress(report)
            if best == nil || dev.isEmpty || f1 > best!.f1 { best = (model, weights, f1) }
        }
        return (best!.model, best!.weights, epochs)
    }

    /// Shuffles `order` in place (Fisher-Yates) with `random`.
    static func shuffle(_ order: inout [Int], with random: inout SplitMix64) {
        for i in stride(from: order.count - 1, to: 0, by: -1) {
            order.swapAt(i, Int(random.next() % UInt64(i + 1)))
        }
    }

    /// One pass over the documents in `order`, sentences in order within each, each with a
    /// fresh document memory; returns the tokens tagged wrong.
    private func trainEpoch(_ prepared: Prepared, order: [Int], perceptron: inout Perceptron, random: inout SplitMix64) -> Int {
        var errors = 0
        var buffers = TagLattice.Scratch()
        for d in order {
            var memory = DocumentMemory()
            for s in prepared.documents[d].indices {
                errors += trainSentence(s, prepared, memory: &memory, buffers: &buffers, perceptron: &perceptron, random: &random)
            }
        }
        return errors
    }

    /// One step on sentence `s`: its rows (`rows(of:)`), its best path under the current
    /// weights, the weights moved where that path differs from the gold one (`learn`), and its
    /// predicted tags remembered for the document's next sentences. Returns the tokens tagged
    /// wrong.
    private func trainSentence(
        _ s: Int, _ prepared: Prepared, memory: inout DocumentMemory, buffers: inout TagLattice.Scratch,
        perceptron: inout Perceptron, random: inout SplitMix64
    ) -> Int {
        let range = prepared.starts[s]..<prepared.starts[s + 1]
        let n = range.count
        guard n > 0 else { return 0 }
        let capacity = FeatureTemplates.wordCapacity
        buffers.reserve(n, capacity: capacity)
        return prepared.words.withUnsafeBufferPointer { all in
            let sentence = UnsafeBufferPointer(rebasing: all[range])
            return buffers.withPointers { rules, rows, counts, scratch in
                withUnsafeTemporaryAllocation(of: EntityTag.self, capacity: n) { predicted in
                    rowsOf(sentence, at: range.lowerBound, prepared, memory: memory, rules: rules, rows: rows, counts: counts, random: &random)
                    perceptron.withScorer { scorer in
                        TagLattice.decode(
                            sentence, rules: rules, rows: rows, counts: counts, capacity: capacity, scorer: scorer, bits: options.bits,
                            scratch: scratch, tags: predicted.baseAddress!)
                    }
                    let errors = Self.learn(
                        sentence, gold: prepared.gold[range], predicted: predicted.baseAddress!, rules: rules, rows: rows, counts: counts,
                        perceptron: &perceptron)
                    perceptron.advance()
                    for i in 0..<n {
                        if let type = predicted[i].type { memory.remember(sentence[i].word, as: type) }
                    }
                    return errors
                }
            }
        }
    }

    /// Writes the rules and word rows of the `sentence` that begins at token `first`: its
    /// static rows (the bias always, the others each left out with probability
    /// `options.dropout`) and its history row.
    private func rowsOf(
        _ sentence: UnsafeBufferPointer<WordAttributes>, at first: Int, _ prepared: Prepared, memory: DocumentMemory,
        rules: UnsafeMutablePointer<TagLattice.Rule>, rows: UnsafeMutablePointer<UInt32>, counts: UnsafeMutablePointer<Int>,
        random: inout SplitMix64
    ) {
        let capacity = FeatureTemplates.staticCapacity
        let keepBelow = UInt64(min(max(options.dropout, 0), 0.9) * Double(UInt64.max))
        for i in 0..<sentence.count {
            let token = first + i
            rules[i] = TagLattice.rule(sentence[i], after: i > 0 ? rules[i - 1] : nil)
            let at = rows + i * FeatureTemplates.wordCapacity
            var k = 1
            at[0] = prepared.staticRows[token * capacity]
            for r in 1..<prepared.staticCounts[token] where random.next() >= keepBelow {
                at[k] = prepared.staticRows[token * capacity + r]
                k += 1
            }
            at[k] = FeatureTemplates.historyFeature(sentence[i], history: memory.history(sentence[i].word), bits: options.bits)
            counts[i] = k + 1
        }
    }

    /// The perceptron's update for one sentence: at each token where the predicted tag, or
    /// the one before it, differs from the gold one, the gold tag's rows move up (where the
    /// rules let the gold tags be) and the predicted tag's down. Returns the tokens tagged
    /// wrong.
    private static func learn(
        _ sentence: UnsafeBufferPointer<WordAttributes>, gold: ArraySlice<EntityTag>, predicted: UnsafePointer<EntityTag>,
        rules: UnsafePointer<TagLattice.Rule>, rows: UnsafePointer<UInt32>, counts: UnsafePointer<Int>, perceptron: inout Perceptron
    ) -> Int {
        var errors = 0
        let first = gold.startIndex
        for i in 0..<sentence.count {
            let truth = gold[first + i]
            let guess = predicted[i]
            let truthBefore = i > 0 ? gold[first + i - 1] : .outside
            let guessBefore = i > 0 ? predicted[i - 1] : .outside
            if truth != guess { errors += 1 }
            guard truth != guess || truthBefore != guessBefore else { continue }
            let at = rows + i * FeatureTemplates.wordCapacity
            if TagLattice.isScored(rules[i], after: truthBefore), truth.canFollow(truthBefore) {
                perceptron.move(rows: at, count: counts[i], word: sentence[i], tag: truth, after: truthBefore, by: 1)
            }
            if TagLattice.isScored(rules[i], after: guessBefore) {
                perceptron.move(rows: at, count: counts[i], word: sentence[i], tag: guess, after: guessBefore, by: -1)
            }
        }
        return errors
    }

    /// A tagger with `model` and the trainer's gazetteer and lexicon.
    func tagger(_ model: EntityModel) -> EntityTagger {
        EntityTagger(model: model, gazetteer: gazetteer, lexicon: lexicon)
    }

    /// The model with the temperature (from a grid) whose mean confidence in the tokens it tags
    /// as names comes closest to how many of those tags are right on `dev` (at
    /// `options.temperature` when it tags none).
    func calibrated(_ model: EntityModel, dev: [LabeledSentence]) -> EntityModel {
        var best = (model: model.with(temperature: options.temperature), gap: Double.infinity)
        for temperature: Float in [1, 2, 5, 10, 20, 30, 50, 75, 100, 150, 200, 300, 500, 1000] {
            let candidate = model.with(temperature: temperature)
            let tagger = tagger(candidate)
            var confidence = 0.0
            var right = 0
            var tagged = 0
            for document in LabeledSentence.documents(dev) {
                for (sentence, result) in zip(document, tagger.tags(inDocument: document.map(\.words))) {
                    for (i, tag) in result.tags.enumerated() where tag != .outside {
                        tagged += 1
                        confidence += Double(result.confidence[i])
                        if tag == sentence.tags[i] { right += 1 }
                    }
                }
            }
            guard tagged > 0 else { break }
            let gap = abs(confidence / Double(tagged) - Double(right) / Double(tagged))
            if gap < best.gap { best = (candidate, gap) }
        }
        return best.model
    }

    /// The counts of `tagger`'s names against the gold names of `sentences`.
    package static func evaluate(_ tagger: EntityTagger, on sentences: [LabeledSentence]) -> EntityCounts {
        var counts = EntityCounts()
        for document in LabeledSentence.documents(sentences) {
            let predicted = tagger.names(inDocument: document.map(\.words))
            for (sentence, names) in zip(document, predicted) { counts.add(gold: sentence.names, predicted: names) }
        }
        return counts
    }
}
