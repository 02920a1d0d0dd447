import Testing

@testable import GlossSentiment
import GlossStages
import GlossText

@Suite struct RidgeRegressionTests {
    @Test func withNoPenaltyItIsLeastSquares() {
        let xs: [[Double]] = [[0, 1], [1, 0], [2, 3], [3, 1], [4, 5]]
        let ys = xs.map { 1 + 2 * $0[0] - 0.5 * $0[1] }
        let fit = RidgeRegression(rows: xs, targets: ys, lambda: 0)
        #expect(abs(fit.coefficients[0] - 2) < 1e-9 && abs(fit.coefficients[1] + 0.5) < 1e-9)
        #expect(abs(fit.intercept - 1) < 1e-9)
        #expect(abs(fit.predict([10, 2]) - 20) < 1e-9)
    }

    @Test func aPenaltyShrinksOnlyThePenalisedFeatures() {
        let xs: [[Double]] = (0..<50).map { i in [Double(i % 7), Double((i * 3) % 5)] }
        let ys = xs.map { 3 * $0[0] + $0[1] }
        let loose = RidgeRegression(rows: xs, targets: ys, lambda: 0)
        let tight = RidgeRegression(rows: xs, targets: ys, lambda: 1e6, free: 1)
        #expect(abs(loose.coefficients[1] - 1) < 1e-9)
        #expect(abs(tight.coefficients[1]) < 0.01)
        #expect(abs(tight.coefficients[0] - 3) < 0.2)
    }

    @Test func weightsDecideWhichRowsCount() {
        let xs: [[Double]] = [[0], [1], [0], [1]]
        let ys: [Double] = [0, 1, 0, 3]
        let first = RidgeRegression(rows: xs, targets: ys, weights: [1, 1, 0, 0], lambda: 0)
        let second = RidgeRegression(rows: xs, targets: ys, weights: [0, 0, 1, 1], lambda: 0)
        #expect(abs(first.coefficients[0] - 1) < 1e-9 && abs(second.coefficients[0] - 3) < 1e-9)
    }

    @Test func aConstantFeatureGetsNoWeight() {
        let fit = RidgeRegression(rows: [[1, 0], [1, 1], [1, 2]], targets: [1, 2, 3], lambda: 0)
        #expect(fit.coefficients[0] == 0 && abs(fit.coefficients[1] - 1) < 1e-9)
    }
}
