import GlossCore

/// Learns a `SentimentCalibration` from rated texts of several domains, choosing the clause
/// factors and the ridge penalty by leave-one-domain-out: each candidate is fitted on all
/// domains but one and scored (Pearson r) on the one left out; its gain on a domain is that r
/// less the r of the first feature alone under the grid's first clause setting (VADER's
/// compound with contrast only), and the candidate whose smallest gain over the domains left
/// out is largest wins, so what is chosen has to help every domain, not the average; among
/// candidates within half a standard error of that gain, the most penalised is kept (`choose`).
/// The winner is then fitted on every domain, each domain weighing the same and, with
/// `sameSpread` (the default), each domain's ratings divided by their standard deviation and
/// multiplied by the mean of the domains' (zero stays zero; the rating scale is kept): the
/// three development sets are rated on one scale but spread differently (tweets 1.51, movie
/// 1.92, Amazon 1.63), and a fit on the raw ratings leans towards the widest. The first feature
/// (VADER's compound by default) is not penalised: the model starts from VADER's score, and the
/// other features must earn their weight across domains.
///
/// `crossDomain` nests this: for each domain, the whole choice and fit is made on the others
/// alone and the result scored on it, the figure to quote for a domain never trained on.
///
/// Deterministic: the same documents and grid give the same calibration.
/// Cost: O(candidates × texts) rule passes plus O(candidates × λs × domains × texts × k²).
public struct CalibrationTrainer: Sendable {
    /// Rated texts of one domain, tokenised and split into sentences.
    public struct Domain: Sendable {
        public var name: String
        public var documents: [Document]
        public var ratings: [Double]

        public init(name: String, documents: [Document], ratings: [Double]) {
            self.name = name
            self.documents = documents
            self.ratings = ratings
        }
    }

    /// What one training run chose, and how each candidate did.
    public struct Outcome: Sendable {
        public var calibration: SentimentCalibration
        public var lambda: Double
        /// The winner's r on each domain when it was left out, by domain name.
        public var heldOut: [(domain: String, r: Double)]
        /// One line per candidate: its factors, λ, least held-out gain and held-out r.
        public var log: [String]
    }

    public var scorer: SentimentScorer
    public var features: [SentimentCalibration.Feature]
    public var clauseGrid: [ClauseRules]
    public var lambdas: [Double]
    /// Whether each domain's ratings are brought to the same spread before a fit (see above).
    public var sameSpread: Bool

    public init(
        scorer: SentimentScorer, features: [SentimentCalibration.Feature] = Self.defaultFeatures,
        clauseGrid: [ClauseRules] = Self.defaultGrid, lambdas: [Double] = [300, 1_000, 3_000, 10_000],
        sameSpread: Bool = true
    ) {
        self.scorer = scorer
        self.features = features
        self.clauseGrid = clauseGrid
        self.lambdas = lambdas
        self.sameSpread = sameSpread
    }

    public static let defaultFeatures: [SentimentCalibration.Feature] = [.compound, .mean, .density, .brevity]

    /// VADER's contrast weights with and without each clause rule at a few strengths.
    public static var defaultGrid: [ClauseRules] {
        var grid: [ClauseRules] = []
        for reported in [1.0, 0.75, 0.5] {
            for hedged in [1.0, 0.75, 0.5] {
                for counterfactual in [1.0, 0.5, -0.5] {
                    grid.append(ClauseRules(reported: reported, hedged: hedged, counterfactual: counterfactual))
                }
            }
        }
        return grid
    }

    /// One point of the grid and how it did on the domains left out.
    struct Candidate {
        var clauses: ClauseRules
        var lambda: Double
        /// The least held-out gain over the domains.
        var score: Double
        var heldOut: [(String, Double)]
    }

    /// Chooses clause factors and λ by leave-one-domain-out over `domains` (at least two), and
    /// fits the calibration on all of them.
    public func train(_ domains: [Domain]) -> Outcome {
        precondition(domains.count >= 2, "leave-one-domain-out needs at least two domains")
        var candidates: [Candidate] = []
        var baseline: [Double] = []
        var log: [String] = []
        // each domain's rating spread, read by every fit
        let spreads = domains.map { Self.deviation($0.ratings) }
        for clauses in clauseGrid {
            let rows = domains.map { domain in domain.documents.map { featureRow(evidence($0, clauses)) } }
            if baseline.isEmpty { baseline = domains.indices.map { Self.pearson(rows[$0].map { $0[0] }, domains[$0].ratings) } }
            for lambda in lambdas {
                let heldOut = domains.indices.map { k in
                    let model = fit(rows, domains, spreads: spreads, excluding: k, lambda: lambda)
                    return (domains[k].name, Self.pearson(rows[k].map(model.predict), domains[k].ratings))
                }
                let score = zip(heldOut, baseline).map { $0.1 - $1 }.min() ?? 0
                log.append("\(describe(clauses)) lambda=\(lambda): least held-out gain \(format(score)) ("
                    + heldOut.map { "\($0.0) \(format($0.1))" }.joined(separator: ", ") + ")")
                candidates.append(Candidate(clauses: clauses, lambda: lambda, score: score, heldOut: heldOut))
            }
        }
        let chosen = Self.choose(candidates, sizes: domains.map(\.documents.count))
        let rows = domains.map { domain in domain.documents.map { featureRow(evidence($0, chosen.clauses)) } }
        let model = fit(rows, domains, spreads: spreads, excluding: nil, lambda: chosen.lambda)
        let calibration = SentimentCalibration(
            clauses: chosen.clauses, weights: Array(zip(features, model.coefficients)).map { ($0.0, $0.1) }, scale: 4)
        return Outcome(calibration: calibration, lambda: chosen.lambda, heldOut: chosen.heldOut, log: log)
    }

    /// The candidate to keep: the most penalised one (largest λ, then the best least gain)
    /// whose least held-out gain is within `tolerance` standard errors of the best one's.
    ///
    /// The standard error of a held-out r over n texts is about (1 - r²) / √n; the tolerance
    /// uses the smallest over the domains of the best candidate. A gain smaller than that is
    /// noise of the sets left out, and the fit with more penalty keeps nearer VADER's compound,
    /// which is what transfers to a domain never seen: chosen on movie and Amazon alone, λ 300
    /// beat λ 1,000 by .003 of gain and fell to .871 on tweets. The rule is the "one standard
    /// error" rule of model selection, at half a standard error.
    static func choose(_ candidates: [Candidate], sizes: [Int], tolerance: Double = 0.5) -> Candidate {
        var best = candidates[0]
        for candidate in candidates.dropFirst() where candidate.score > best.score + 1e-9 { best = candidate }
        let error = zip(best.heldOut, sizes).map { (1 - $0.1 * $0.1) / Double(max($1, 1)).squareRoot() }.min() ?? 0
        var chosen = best
        for candidate in candidates where candidate.score >= best.score - tolerance * error - 1e-12 {
            if candidate.lambda > chosen.lambda || (candidate.lambda == chosen.lambda && candidate.score > chosen.score + 1e-9) {
                chosen = candidate
            }
        }
        return chosen
    }

    /// For each domain, the r of a calibration trained (choice and fit) on the other domains
    /// alone; needs at least three domains.
    public func crossDomain(_ domains: [Domain]) -> [(domain: String, r: Double, calibration: SentimentCalibration)] {
        precondition(domains.count >= 3, "nested leave-one-domain-out needs at least three domains")
        return domains.indices.map { k in
            var others = domains
            others.remove(at: k)
            let calibration = train(others).calibration
            let scores = domains[k].documents.map { calibration.compound(evidence($0, calibration.clauses)) }
            return (domains[k].name, Self.pearson(scores, domains[k].ratings), calibration)
        }
    }

    /// The evidence of a whole document read with `clauses`.
    public func evidence(of document: Document, _ clauses: ClauseRules) -> SentimentEvidence {
        evidence(document, clauses)
    }

    func evidence(_ document: Document, _ clauses: ClauseRules) -> SentimentEvidence {
        let tokens = document.tokens
        let sentences = document.sentences
        return document.withTextBytes { scorer.evidence($0, tokens: tokens, sentences: sentences, clauses: clauses) }
    }

    private func featureRow(_ evidence: SentimentEvidence) -> [Double] { features.map { $0.value(evidence) } }

    /// A ridge fit on every domain but `excluding`, each domain weighing the same in total,
    /// on ratings brought to one spread when `sameSpread` (`spreads`: each domain's `deviation`).
    private func fit(
        _ rows: [[[Double]]], _ domains: [Domain], spreads allSpreads: [Double], excluding: Int?, lambda: Double
    ) -> RidgeRegression {
        let included = domains.indices.filter { $0 != excluding }
        let spreads = included.map { allSpreads[$0] }
        let common = spreads.reduce(0, +) / Double(max(spreads.count, 1))
        var x: [[Double]] = []
        var y: [Double] = []
        var w: [Double] = []
        for (k, spread) in zip(included, spreads) {
            x += rows[k]
            let factor = sameSpread && spread > 0 ? common / spread : 1
            y += domains[k].ratings.map { $0 * factor }
            w += [Double](repeating: 1 / Double(max(rows[k].count, 1)), count: rows[k].count)
        }
        return RidgeRegression(rows: x, targets: y, weights: w, lambda: lambda, free: 1)
    }

    /// The standard deviation of `values` (over n, not n - 1); 0 for fewer than two.
    static func deviation(_ values: [Double]) -> Double {
        guard values.count > 1 else { return 0 }
        let mean = values.reduce(0, +) / Double(values.count)
        return (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
    }

    private func describe(_ c: ClauseRules) -> String {
        "reported=\(c.reported) hedged=\(c.hedged) counterfactual=\(c.counterfactual)"
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return "\(rounded)"
    }

    /// Pearson's correlation coefficient of two equally long series; 0 when either is constant.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(min(x.count, y.count))
        guard n > 1 else { return 0 }
        let meanX = x.reduce(0, +) / n
        let meanY = y.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - meanX) * (b - meanY)
            sxx += (a - meanX) * (a - meanX)
            syy += (b - meanY) * (b - meanY)
        }
        guard sxx > 0, syy > 0 else { return 0 }
        return sxy / (sxx * syy).squareRoot()
    }
}
