/// The fraction after `and` in a mixed number: `a half`, `one half`, `three quarters`,
/// `a third`, `two thirds`, `fifty-four hundredths`.
struct FractionTail {
    var value: NumberValue
    /// The piece after it.
    var end: Int
    /// Whether tens start it (`fifty-four hundredths`).
    var tens: Bool
    var numerator: NumberValue
    var denominator: Int

    init?(_ pieces: [NumberPiece], at index: Int) {
        guard index + 1 < pieces.count, let first = pieces[index].word else { return nil }
        var next = index + 1
        switch first {
        case .article: numerator = NumberValue(1)
        case .unit(let value) where value > 0: numerator = NumberValue(value)
        case .tens(let value):
            numerator = NumberValue(value)
            if case .unit(let unit)? = pieces[next].word, (1...9).contains(unit), next + 1 < pieces.count {
                numerator = numerator + NumberValue(unit)
                next += 1
            }
        default: return nil
        }
        guard let second = pieces[next].word else { return nil }
        switch second {
        case .half: denominator = 2
        case .quarter: denominator = 4
        case .ordinal(let d) where d >= 3 && numerator.double == 1: denominator = d
        case .ordinalPlural(let d): denominator = d
        default: return nil
        }
        if case .tens = first { tens = true } else { tens = false }
        value = numerator / NumberValue(denominator)
        end = next + 1
    }
}
