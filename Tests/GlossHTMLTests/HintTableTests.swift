import Testing

@testable import GlossHTML

/// The packed hint words: prefixes for strong and content hints, whole words (and plurals) for
/// whole hints, all lists in one pass.
@Suite struct HintTableTests {
    let table = HintTable(
        strong: ["share", "newsletter"].map { Array($0.utf8) }, whole: ["nav", "ad", "seitenleistexyz"].map { Array($0.utf8) },
        content: ["story", "sharebox"].map { Array($0.utf8) })

    /// The kinds of `word`, from a 32-byte buffer as `ClassHints` hands words over.
    func kinds(_ word: String) -> UInt8 {
        var buffer = [UInt8](repeating: 0x7A, count: 32)  // bytes past the word are not zero
        let bytes = Array(word.utf8)
        buffer.replaceSubrange(0..<bytes.count, with: bytes)
        return buffer.withUnsafeBufferPointer { buffer in
            table.withReader { $0.kinds(of: UnsafeBufferPointer(rebasing: buffer[0..<bytes.count])) }
        }
    }

    @Test func prefixesMatchStrongAndContentHints() {
        #expect(kinds("share") == HintTable.strong)
        #expect(kinds("sharing") == 0)
        #expect(kinds("shareboxes") == HintTable.strong | HintTable.content)
        #expect(kinds("newsletters") == HintTable.strong)
        #expect(kinds("newslette") == 0)
        #expect(kinds("storyline") == HintTable.content)
    }

    @Test func wholeHintsMatchWholeOrPlural() {
        #expect(kinds("nav") == HintTable.whole)
        #expect(kinds("navs") == HintTable.whole)
        #expect(kinds("navy") == 0)
        #expect(kinds("ads") == HintTable.whole)
        #expect(kinds("adss") == 0)
        #expect(kinds("a") == 0)
        #expect(kinds("seitenleistexyz") == HintTable.whole)  // past the first eight bytes
        #expect(kinds("seitenleistexy") == 0)
        #expect(kinds("seitenleistexyzs") == HintTable.whole)
    }

    @Test func otherLettersMatchNothing() {
        #expect(kinds("x") == 0)
        #expect(kinds("zzzzzzzzzzzzzzzzzzzz") == 0)
    }

    /// Words are turned away by their first two letters when no hint starts with them.
    @Test func twoLettersTurnWordsAway() {
        #expect(kinds("ad") == HintTable.whole)
        #expect(kinds("ax") == 0)
        #expect(kinds("sh") == 0)
        #expect(kinds("nx") == 0)
        #expect(kinds("st") == 0)
    }
}

