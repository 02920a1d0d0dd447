/// Market quotes that write a range's high end by its last digits only: `5.63-65` is 5.63 to
/// 5.65, `1.2340-60` is 1.2340 to 1.2360 (bill auctions, rates and prices on the wire).
extension MentionReader {
    /// The high end of `first-second` when `second` gives only the last decimals of `first`:
    /// both plain numerals joined by a hyphen with no space, `first` with a decimal point and
    /// at least two decimals, `second` a whole number with as many digits as `first` has
    /// decimals, and the result above `first`. Nil otherwise (`1.5-2`, `2.5-7` are ranges).
    func abbreviatedHigh(_ first: Quantity, _ second: Quantity) -> NumberValue? {
        guard first.unit == nil, first.phrase.end == first.phrase.first + 1, second.phrase.end == second.phrase.first + 1,
            let low = pieces[first.phrase.first].numeral, low.form == .plain, low.hasPoint, !low.hasSeparators, !low.isSigned,
            let high = pieces[second.phrase.first].numeral, high.form == .plain, !high.hasPoint, !high.hasSeparators,
            !high.isSigned, pieces[second.phrase.first].attached, first.phrase.end < pieces.count,
            pieces[first.phrase.end].attached
        else { return nil }
        let lowPiece = pieces[first.phrase.first]
        let highPiece = pieces[second.phrase.first]
        var point = lowPiece.end - 1
        while point > lowPiece.start && text[point] != UInt8(ascii: ".") { point -= 1 }
        let decimals = lowPiece.end - point - 1
        let digits = highPiece.end - highPiece.start
        guard text[point] == UInt8(ascii: "."), decimals >= 2, digits == decimals else { return nil }
        let bytes = Array(UnsafeBufferPointer(start: text + lowPiece.start, count: point + 1 - lowPiece.start))
            + Array(UnsafeBufferPointer(start: text + highPiece.start, count: digits))
        guard let exact = ExactDecimal(digits: bytes) else { return nil }
        let value = NumberValue(exact)
        return value.double > low.value.double ? value : nil
    }

    /// Whether `first-second` is a model number (`757-200`, `737-400`): two whole numerals of
    /// three or more digits each, no unit, the second below the first, the first no year.
    func isModelNumber(_ first: Quantity, _ second: Quantity) -> Bool {
        guard first.unit == nil, second.unit == nil, first.phrase.end == first.phrase.first + 1,
            second.phrase.end == second.phrase.first + 1,
            let a = pieces[first.phrase.first].numeral, let b = pieces[second.phrase.first].numeral,
            a.form == .plain, b.form == .plain, !a.hasPoint, !b.hasPoint, !a.hasSeparators, !b.hasSeparators,
            a.leadingDigits >= 3, b.leadingDigits >= 3, b.value.double < a.value.double
        else { return false }
        return !(a.leadingDigits == 4 && (1000...2100).contains(a.value.double))  // 1986-87 spans stay as they are
    }

    /// Whether piece `index` is an `A` fused to a price after a price fused to `B`
    /// (`12450B 12500A`): the asked price of a quote table, not amperes.
    func isAskAfterBid(_ index: Int) -> Bool {
        guard index >= 3, pieces[index].attached, pieces[index].end - pieces[index].start == 1,
            text[pieces[index].start] == UInt8(ascii: "A"), pieces[index - 1].numeral != nil, !pieces[index - 1].attached,
            pieces[index - 2].attached, pieces[index - 2].end - pieces[index - 2].start == 1
        else { return false }
        return text[pieces[index - 2].start] == UInt8(ascii: "B") && pieces[index - 3].numeral != nil
    }
}
