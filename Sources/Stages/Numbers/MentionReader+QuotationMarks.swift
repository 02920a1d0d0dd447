/// A straight double quote after a number is an inch mark (`a 12" pipe`) unless it closes a
/// quotation the number stands in (`["8778461"]`, `"the act of 1987"`): quotation marks pair,
/// so an odd number of them before the number, within its sentence, leaves one open.
extension MentionReader {
    /// Whether the `"` after the number that begins at `first` closes a quotation: an odd
    /// count of `"` pieces before it, back to the sentence's start (at most 60 pieces). An
    /// inch mark (a `"` fused to a number) is no quotation mark, and a `"` right after a full
    /// stop closes the sentence before.
    func closesQuotation(before first: Int) -> Bool {
        var marks = 0
        var k = first - 1
        while k >= max(0, first - 60), !isSentenceStop(k) {
            if pieces[k].end - pieces[k].start == 1, text[pieces[k].start] == UInt8(ascii: "\"") {
                if k > 0 && isSentenceStop(k - 1) { break }
                if !(pieces[k].attached && k > 0 && pieces[k - 1].numeral != nil) { marks += 1 }
            }
            k -= 1
        }
        return marks % 2 == 1
    }

    /// Whether piece `index` is a full stop, `!` or `?`.
    func isSentenceStop(_ index: Int) -> Bool {
        guard pieces[index].end - pieces[index].start == 1 else { return false }
        let byte = text[pieces[index].start]
        return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }
}
