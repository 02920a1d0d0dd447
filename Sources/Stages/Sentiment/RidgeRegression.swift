/// Weighted least squares with an L2 penalty (ridge), with an unpenalised intercept, solved
/// by the normal equations on standardised features: the fit `CalibrationTrainer` makes.
///
/// The first `free` features are not penalised: with a large λ the fit tends to least
/// squares on them alone, and the others must earn their weight.
///
/// Cost: O(n·k²) to accumulate, O(k³) to solve, for n rows of k features; k is small.
public struct RidgeRegression: Sendable, Hashable {
    /// One coefficient per feature, in the features' own units.
    public var coefficients: [Double]
    public var intercept: Double

    /// Fits `y ≈ intercept + Σ coefficientsⱼ xⱼ` minimising `Σ wᵢ (yᵢ - ŷᵢ)² + λ Σ bⱼ²`, where
    /// `bⱼ` are the coefficients of the standardised features (mean 0, variance 1 under the
    /// weights) and the weights are scaled to add up to n, leaving the first `free` features
    /// out of the penalty. A constant feature gets 0.
    public init(rows: [[Double]], targets: [Double], weights: [Double]? = nil, lambda: Double, free: Int = 0) {
        let n = rows.count
        let k = rows.first?.count ?? 0
        let w = Self.normalised(weights ?? [Double](repeating: 1, count: n), count: n)
        var mean = [Double](repeating: 0, count: k)
        var meanY = 0.0
        for i in 0..<n {
            for j in 0..<k { mean[j] += w[i] * rows[i][j] }
            meanY += w[i] * targets[i]
        }
        let total = Double(n)
        for j in 0..<k { mean[j] /= total }
        meanY /= total
        var spread = [Double](repeating: 0, count: k)
        for i in 0..<n { for j in 0..<k { spread[j] += w[i] * (rows[i][j] - mean[j]) * (rows[i][j] - mean[j]) } }
        for j in 0..<k { spread[j] = (spread[j] / total).squareRoot() }
        var a = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        var b = [Double](repeating: 0, count: k)
        for i in 0..<n {
            let z = (0..<k).map { spread[$0] > 0 ? (rows[i][$0] - mean[$0]) / spread[$0] : 0 }
            for p in 0..<k {
                b[p] += w[i] * z[p] * (targets[i] - meanY)
                for q in 0..<k { a[p][q] += w[i] * z[p] * z[q] }
            }
        }
        for p in 0..<k { a[p][p] += (p < free ? 0 : lambda) + (spread[p] > 0 ? 0 : 1) }
        let standardised = Self.solve(a, b)
        coefficients = (0..<k).map { spread[$0] > 0 ? standardised[$0] / spread[$0] : 0 }
        intercept = meanY - zip(coefficients, mean).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// The prediction for one row of features.
    public func predict(_ row: [Double]) -> Double {
        zip(coefficients, row).reduce(intercept) { $0 + $1.0 * $1.1 }
    }

    private static func normalised(_ weights: [Double], count: Int) -> [Double] {
        let sum = weights.reduce(0, +)
        return sum > 0 ? weights.map { $0 * Double(count) / sum } : weights
    }

    /// Solves `a x = b` for a symmetric positive definite `a` (Gaussian elimination with
    /// partial pivoting).
    static func solve(_ a: [[Double]], _ b: [Double]) -> [Double] {
        var a = a
        var b = b
        let k = b.count
        for column in 0..<k {
            let pivot = (column..<k).max { abs(a[$0][column]) < abs(a[$1][column]) } ?? column
            a.swapAt(column, pivot)
            b.swapAt(column, pivot)
            guard a[column][column] != 0 else { continue }
            for row in (column + 1)..<max(k, column + 1) {
                let factor = a[row][column] / a[column][column]
                for j in column..<k { a[row][j] -= factor * a[column][j] }
                b[row] -= factor * b[column]
            }
        }
        var x = [Double](repeating: 0, count: k)
        for row in stride(from: k - 1, through: 0, by: -1) {
            var sum = b[row]
            for j in (row + 1)..<k { sum -= a[row][j] * x[j] }
            x[row] = a[row][row] != 0 ? sum / a[row][row] : 0
        }
        return x
    }
}
