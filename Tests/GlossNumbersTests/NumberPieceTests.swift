import GlossCore
import Testing

@testable import GlossNumbers
import GlossText

@Suite struct NumberPieceTests {
    static func pieces(_ text: String) throws -> [NumberPiece] {
        var document = Document(id: "t", text: text)
        try Tokenizer().process(&document)
        let tokens = document.tokens
        return document.withTextBytes { bytes in
            tokens.withUnsafeBufferPointer { NumberPiece.pieces(bytes.baseAddress!, tokens: $0) }
        }
    }

    @Test func numeralsAndTokensSplitInTwo() throws {
        let pieces = try Self.pieces("about 1,250 of them")
        #expect(pieces[1].numeral?.value.description == "1250")
        #expect(pieces[0].numeral == nil && pieces[2].numeral == nil)
        // a split token adds pieces beyond the capacity reserved for one per token
        #expect(try Self.pieces("the 10-gallon, 22,24,26 twenty-one").count == 9)
    }

    /// A window whose tokens split into more pieces than the room first given (a token and a
    /// piece over, an eighth more and eight) is written again with more room: the same pieces.
    @Test func aWindowOfManySplitTokensGetsMoreRoom() throws {
        let list = (1...40).map(String.init).joined(separator: ",")
        let pieces = try Self.pieces("up \(list) and \(list)")
        #expect(pieces.count == 82)
        let numbers: [String] = (1...40).map { String($0) }
        let values: [String] = pieces.compactMap(\.numeral).map(\.value.description)
        #expect(values == numbers + numbers)
        let ones = [Int](repeating: 1, count: 40)
        let threes = [Int](repeating: 3, count: 40)
        let tokens: [Int] = [0] + ones + [2] + threes
        #expect(pieces.map(\.token) == tokens)
    }

    /// The room a window that splits more is given again holds all its pieces, counted on
    /// separators: a token gives at most three, or one per part its hyphens, commas and points
    /// separate.
    @Test func theRetryRoomHoldsEveryPiece() throws {
        for text in [
            "USD115bn", "SFr2.7bn", "10M.", "17st", "192.168.1.2", "1,2,3,4,5", "twenty-one-year-old",
            "5-million-euro-bond-issue", "one-and-a-half-storey", "90-billion-euro", "7.8 mmol/L.", "x",
        ] {
            var document = Document(id: "t", text: text)
            try Tokenizer().process(&document)
            let tokens = document.tokens
            let room = document.withTextBytes { bytes in
                tokens.withUnsafeBufferPointer { NumberPiece.room(bytes.baseAddress!, tokens: $0) }
            }
            #expect(try Self.pieces(text).count <= room - 8, "\(text)")
        }
    }

    /// A window that splits more than the first room, with a long gap in it (a hostile page's),
    /// is given room for its pieces, not for a piece per byte.
    @Test func theRetryAsksNoRoomForALongGap() throws {
        let lists = String(repeating: "1,2,3 ", count: 20)
        let text = "x" + String(repeating: " ", count: 200_000) + lists
        let pieces = try Self.pieces(text)
        #expect(pieces.count == 61)
        #expect(pieces.capacity < 1_000)
    }

    @Test func hyphenatedNumberWordsSplit() throws {
        let pieces = try Self.pieces("twenty-one")
        #expect(pieces.count == 2)
        #expect(pieces[0].word == .tens(20))
        #expect(pieces[1].word == .unit(1))
        #expect(pieces[1].attached)
    }

    @Test func otherHyphenatedWordsStayWhole() throws {
        let pieces = try Self.pieces("re-election F-Series")
        #expect(pieces.count == 2)
        #expect(pieces.allSatisfy { $0.word == nil && $0.numeral == nil })
    }

    @Test func aListOfNumeralsSplitsAndANumeralLeadsAUnit() throws {
        #expect(try Self.pieces("22,24,26").compactMap(\.numeral).map(\.value.description) == ["22", "24", "26"])
        let unit = try Self.pieces("10-gallon")
        #expect(unit.count == 2)
        #expect(unit[0].numeral?.value.description == "10")
    }

    @Test func aCapitalScaleKeepsTheFullStopApart() throws {
        let pieces = try Self.pieces("They raised 40M.")
        #expect(pieces.count == 5)
        #expect(pieces[3].end - pieces[3].start == 1 && pieces[3].attached)
        #expect(pieces[4].end - pieces[4].start == 1)
        // a word abbreviation after a number stays whole
        #expect(try Self.pieces("at 5 p.m.").count == 3)
    }

    /// Cardinal words before any hyphenated noun are read as digits before one are
    /// (`10-year`): the number words, then the noun as words.
    @Test func cardinalWordsBeforeAHyphenatedNounSplit() throws {
        let words = ["one": 1, "three": 3, "seven": 7, "twelve": 12, "twenty-five": 25, "ninety": 90]
        for (word, value) in words {
            for noun in ["day", "branch", "member", "party", "nation"] {
                let pieces = try Self.pieces("\(word)-\(noun)")
                let number = pieces.filter { $0.word != nil }
                #expect(!number.isEmpty, "\(word)-\(noun)")
                #expect(pieces.last?.word == nil && pieces.last?.numeral == nil, "\(word)-\(noun)")
                #expect(try NumberDetectorTests.summary("a \(word)-\(noun) plan") == ["\(word)=\(value)"], "\(word)-\(noun)")
            }
        }
    }

    @Test func idiomsOfOneAndNonCardinalsStayWhole() throws {
        for idiom in ["one-off", "one-time", "one-sided", "one-way"] {
            #expect(try NumberDetectorTests.mentions("a \(idiom) deal").isEmpty, "\(idiom)")
        }
        // a fraction before a noun is no cardinal: the word stays whole; an ordinal before one
        // ranks it, so it stays the ordinal and the noun a word apart (numbers21: `first-ever`)
        #expect(try Self.pieces("half-hearted").count == 1)
        #expect(try Self.pieces("first-ever").count == 2)
        #expect(try NumberDetectorTests.summary("the first-ever win") == ["first=1"])
    }

    /// A scale word after digits and a hyphen is the number's (`90-billion-euro`), for every
    /// scale of a thousand or more.
    @Test func aScaleWordInAHyphenatedMeasureJoinsTheNumber() throws {
        for (scale, power) in [("thousand", 3), ("million", 6), ("Billion", 9), ("trillion", 12)] {
            let text = "a 90-\(scale)-euro lifeline"
            let found = try NumberDetectorTests.mentions(text)
            #expect(found.map(\.kind) == [.money], "\(text)")
            #expect(found.first?.normalized == "90" + String(repeating: "0", count: power) + " EUR", "\(text)")
        }
    }
}

/// A temperature's scale letter with the sentence's full stop, which the tokenizer joins into
/// an abbreviation (`F.`): the letter is the unit, the stop ends the sentence.
@Suite struct NumberPieceScaleStopTests {
    @Test func scaleLetterAndStopAfterANumberOrADegreeWord() throws {
        for (text, expected) in [
            ("Water boils at 212°F.", ["212°F=212 fahrenheit"]), ("It was 41C.", ["41C=41 celsius"]),
            ("Bake at 30 degrees C.", ["30 degrees C=30 celsius"]), ("Heat it to 90 deg F.", ["90 deg F=90 fahrenheit"]),
            ("It was 31 ° C.", ["31 ° C=31 celsius"]),
        ] {
            #expect(try NumberDetectorTests.summary(text) == expected, "\(text)")
        }
    }

    /// `K.` fused to an amount before the sentence's full stop is its scale, as `M.` is; `B.`
    /// there ends a name more often (`Insat 1B.`, `Series 82A and 82B.`) and is left alone.
    @Test func kiloLetterBeforeAStop() throws {
        for (letter, zeros) in [("K", "000"), ("M", "000000")] {
            for amount in ["$300", "$12", "€5"] {
                let found = try NumberDetectorTests.mentions("Revenue hit \(amount)\(letter).")
                #expect(found.count == 1 && found[0].value?.description == amount.dropFirst() + zeros, "\(amount)\(letter).")
            }
        }
        #expect(try NumberDetectorTests.mentions("a backup satellite for Insat 1B.").allSatisfy { $0.value?.double != 1e9 })
    }

    @Test func anInitialIsNoScale() throws {
        #expect(try NumberDetectorTests.summary("He met John F. Kennedy in 1960.") == ["1960=1960"])
    }
}
