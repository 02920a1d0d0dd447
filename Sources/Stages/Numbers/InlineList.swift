/// A short list of integers held in a SIMD vector, spilling to an array only past the vector's
/// width: what `NumeralLayout` keeps its runs of digits and its marks in, so that reading a
/// numeral such as `1,234.5` allocates nothing (two arrays a numeral cost a malloc, a free and
/// a growth each).
///
/// - Cost: append and subscript O(1) while `count <= Storage.scalarCount`; the first append
///   past it copies the vector into an array once.
struct InlineList<Storage: SIMD>: RandomAccessCollection where Storage.Scalar: FixedWidthInteger {
    private var inline = Storage()
    /// Every element, once there are more than `inline` holds; empty until then.
    private var spilled: [Storage.Scalar] = []
    private(set) var count = 0

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Storage.Scalar {
        precondition(position >= 0 && position < count, "InlineList index out of range")
        return spilled.isEmpty ? inline[position] : spilled[position]
    }

    mutating func append(_ element: Storage.Scalar) {
        if spilled.isEmpty && count < Storage.scalarCount {
            inline[count] = element
        } else {
            if spilled.isEmpty { spilled = (0..<count).map { inline[$0] } }
            spilled.append(element)
        }
        count += 1
    }
}
