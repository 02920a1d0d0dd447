import Testing

@testable import GlossNumbers

/// Each notation rule, with cases generated where a table drives it.
@Suite struct NumberNotationTests {
    static func summary(_ text: String) throws -> [String] { try NumberDetectorTests.summary(text) }
    static func mentions(_ text: String) throws -> [NumberMention] { try NumberDetectorTests.mentions(text) }

    @Test func scientificForms() throws {
        #expect(try Self.summary("a mass of 1.5e-6 units") == ["1.5e-6=0.0000015"])
        #expect(try Self.summary("a mass of 1.2E+10 units") == ["1.2E+10=12000000000"])
        #expect(try Self.summary("a mass of 3e4 units") == ["3e4=30000"])
        #expect(try Self.summary("a mass of 2.5×10^6 units") == ["2.5×10^6=2500000"])
        #expect(try Self.summary("a mass of 3x10^-3 units") == ["3x10^-3=0.003"])
        #expect(try Self.summary("a mass of 4 × 10^5 units") == ["4 × 10^5=400000"])
        #expect(try Self.summary("a mass of 10^6 units") == ["10^6=1000000"])
    }

    /// Every exponent from -12 to 12, in each written form.
    @Test func generatedExponents() throws {
        for power in -12...12 {
            let expected = NumberPhrase.scaled(NumberValue(7), by: power).description
            let sign = power < 0 ? "-" : "+"
            for written in ["7e\(power)", "7E\(sign)\(abs(power))", "7×10^\(power)", "7x10^\(power)"] {
                #expect(try Self.summary("about \(written) of them") == ["about \(written)=~\(expected)"], "\(written)")
            }
        }
    }

    /// Scientific exponents of any two digits, each written form, stay exact: `9.1e-31` is
    /// 91 × 10^-32 in plain digits, `6.02E+23` 602 followed by 21 zeros.
    @Test func twoDigitExponentsStayExact() throws {
        let mantissa = NumberValue(ExactDecimal(91, exponent: -1))
        for power in [-99, -40, -34, -31, 23, 31, 45, 99] {
            let expected = NumberPhrase.scaled(mantissa, by: power).description
            #expect(!expected.contains("e"), "\(expected)")
            let sign = power < 0 ? "-" : "+"
            for written in ["9.1e\(power)", "9.1E\(sign)\(abs(power))", "9.1×10^\(power)", "9.1 x 10^\(power)"] {
                #expect(try Self.summary("a mass of \(written) units") == ["\(written)=\(expected)"], "\(written)")
            }
        }
        #expect(try Self.summary("Write 10^-35 in full.") == ["10^-35=0.\(String(repeating: "0", count: 34))1"])
        #expect(try Self.summary("The charge is 1.6 × 10^-19.") == ["1.6 × 10^-19=0.00000000000000000016"])
        #expect(try Self.summary("VALUES NEAR 3E-40 ARE NOISE") == ["3E-40=0.\(String(repeating: "0", count: 39))3"])
    }

    /// An exponent in superscript digits after the ten, signed or not, up to two digits.
    @Test func superscriptExponents() throws {
        #expect(try Self.summary("The charge is 1.6×10⁻¹⁹ in all.") == ["1.6×10⁻¹⁹=0.00000000000000000016"])
        #expect(try Self.summary("There are 6.02 × 10²³ of them.") == ["6.02 × 10²³=602000000000000000000000"])
        #expect(try Self.summary("A size of 3x10⁻⁹, roughly") == ["3x10⁻⁹=0.000000003"])
        #expect(try Self.summary("a gain of 2×10⁺⁶ here") == ["2×10⁺⁶=2000000"])
        let marks = Array("⁰¹²³⁴⁵⁶⁷⁸⁹")
        for power in 0...99 {
            let written = "7×10⁻" + String(String(power).map { marks[Int(String($0))!] })
            let expected = NumberPhrase.scaled(NumberValue(7), by: -power).description
            #expect(try Self.summary("about \(written) of it") == ["about \(written)=~\(expected)"], "\(written)")
        }
        // three superscript digits are no exponent of this notation
        #expect(try Self.mentions("a mass of 7×10⁻¹⁰⁰ units").allSatisfy { $0.value?.double != 7e-100 })
    }

    /// A positive exponent flattened into the line (`6.022 × 1023`): after a decimal mantissa
    /// from 1 to 10 and the times sign only; products stay two numbers.
    @Test func flattenedPositiveExponents() throws {
        for (written, value) in [("6.022 × 1023", 6.022e23), ("1.99 × 1030", 1.99e30), ("2.5 × 1012", 2.5e12), ("9.1 × 10307", 9.1e307)] {
            #expect(try Self.mentions("It is \(written) in all.").map(\.value?.double) == [value], "\(written)")
        }
        for written in ["12 × 1023", "4.5 × 1000", "3 × 108", "6.02 x 1023", "0.5 × 1023", "2.5 × 1012-inch"] {
            #expect(try Self.mentions("It is \(written) in all.").count >= 2, "\(written)")
        }
    }

    /// A factor from 101 to 109 after `×` is a size, not a flattened power below ten (`1.5 ×
    /// 105 cm`); the superscript is still read (`1.5 × 10⁵`), and so are two-digit exponents.
    @Test func aFlattenedPowerOfOneDigitIsAProduct() throws {
        for digit in 1...9 {
            #expect(try Self.mentions("a sheet of 1.5 × 10\(digit) cm").count == 2, "\(digit)")
        }
        #expect(try Self.mentions("It is 1.5 × 10⁵ cm.").map(\.value?.double) == [1.5e5])
        #expect(try Self.mentions("It is 1.5 × 1015 in all.").map(\.value?.double) == [1.5e15])
    }

    /// A negative exponent flattened into the line when HTML loses its `<sup>` (`1.6 × 10-19`),
    /// after `× 10` only; a hyphen after a bare ten stays a range, and `× 10-15 cm`-like sizes
    /// with a word fused after keep their pieces.
    @Test func flattenedNegativeExponents() throws {
        for (mantissa, times) in [("1.6", " × "), ("2.5", " x "), ("6.63", "×"), ("3", " * "), ("9.1", "x")] {
            for power in [1, 7, 19, 34, 120] {
                let written = "\(mantissa)\(times)10-\(power)"
                let expected = NumberPhrase.scaled(NumberValue(ExactDecimal(digits: Array(mantissa.utf8))!), by: -power).description
                #expect(try Self.summary("The charge is \(written) in all.") == ["\(written)=\(expected)"], "\(written)")
                #expect(try Self.summary("It is \(written).") == ["\(written)=\(expected)"], "\(written)")
            }
        }
        #expect(try Self.summary("A charge of 1.6 × 10−19 coulombs").first?.hasPrefix("1.6 × 10−19") == true)
        // no times sign: a range
        #expect(try Self.mentions("from 10-19 units").contains { $0.high?.double == 19 })
        // a word fused after the exponent: no exponent
        #expect(try Self.mentions("a 3 x 10-19-inch gap").allSatisfy { $0.value?.double != 3e-19 })
    }

    /// Three-digit scientific exponents a `Double` holds stay exact (`1e100`, `9.1e-100`,
    /// `2.5 × 10^-150`); four digits or beyond 307 are no notation, and a power of another base
    /// than ten stays small: `2^31` is not read as one number.
    @Test func exponentsOfThreeDigitsUpTo307() throws {
        for power in [100, 101, 150, 299, 307, -100, -150, -307] {
            let expected = NumberPhrase.scaled(NumberValue(ExactDecimal(91, exponent: -1)), by: power).description
            for written in ["9.1e\(power)", "9.1E\(power < 0 ? "-" : "+")\(abs(power))", "9.1 × 10^\(power)"] {
                #expect(try Self.summary("a mass of \(written) units") == ["\(written)=\(expected)"], "\(written)")
            }
        }
        #expect(try Self.summary("A googol is 1e100.") == ["1e100=1" + String(repeating: "0", count: 100)])
        #expect(try Self.mentions("a mass of 1e308 units").allSatisfy { $0.value?.double != 1e308 })
        // a mantissa of ten or more takes a Double past its range at 10^307: no notation, no infinite number
        for written in ["250e307", "99e307", "12.5E+307", "20 × 10^307", "1000000x10^305", "99999999999^30"] {
            #expect(try Self.mentions("a mass of \(written) units").allSatisfy { $0.value?.double.isFinite ?? true }, "\(written)")
        }
        // (normalized is plain decimal, never "1e1000": the exponent must not be read at all)
        #expect(try Self.mentions("a mass of 1e1000 units").allSatisfy { ($0.value?.description.count ?? 0) < 10 })
        #expect(try Self.mentions("a power of 2^31 here").allSatisfy { $0.value?.double != 2_147_483_648 })
        #expect(try Self.summary("a power of 2^30 here") == ["2^30=1073741824"])
    }

    @Test func scaleAbbreviationsGluedOrSpacedInAnyCase() throws {
        let scales: [(String, String)] = [
            ("k", "000"), ("K", "000"), ("mn", "000000"), ("MN", "000000"), ("mln", "000000"), ("bn", "000000000"),
            ("BN", "000000000"), ("bln", "000000000"), ("tn", "000000000000"), ("tln", "000000000000"),
            ("TRN", "000000000000"),
        ]
        for (scale, zeros) in scales {
            #expect(try Self.summary("we saw 4\(scale) of them") == ["4\(scale)=4\(zeros)"], "\(scale)")
            #expect(try Self.summary("we saw 4 \(scale) of them") == ["4 \(scale)=4\(zeros)"], "\(scale)")
        }
        #expect(try Self.summary("we saw 5B of them") == ["5B=5000000000"])
        #expect(try Self.summary("we saw 5b of them") == ["5b=5000000000"])
        #expect(try Self.summary("we saw 1.2G of them") == ["1.2G=1200000000"])
        #expect(try Self.summary("we saw 1.5T of them") == ["1.5T=1500000000000"])
        #expect(try Self.summary("a 4G network").isEmpty)  // a generation, not four billion
    }

    @Test func groupsBySpacesAndApostrophes() throws {
        #expect(try Self.summary("a total of 1 234 567 people") == ["1 234 567=1234567"])
        #expect(try Self.summary("a total of 1 234.5 tons") == ["1 234.5 tons=1234.5 ton"])
        #expect(try Self.summary("a total of 1'234'567 people") == ["1'234'567=1234567"])
        #expect(try Self.summary("a total of 12’345 people") == ["12’345=12345"])
        #expect(try Self.summary("a total of 1.234.567,89 people") == ["1.234.567,89=1234567.89"])
    }

    @Test func preTokenisedText() throws {
        #expect(try Self.summary("rose 32 . 99 % on") == ["32 . 99 %=32.99%"])
        #expect(try Self.summary("paid $ 254 million for") == ["$ 254 million=254000000 USD"])
        #expect(try Self.summary("it fell 1 . 5 pct") == ["1 . 5 pct=1.5%"])
    }

    @Test func mixedFractionsStay() throws {
        #expect(try Self.summary("wait 2 1/4 hours") == ["2 1/4=2.25"])
        #expect(try Self.summary("Add 2½ cups and 1 ¾ spoons.") == ["2½ cups=2.5 cup", "1 ¾=1.75"])
    }

    @Test func gigaAndTeraLettersGenerated() throws {
        for (letter, power) in [("G", 1e9), ("T", 1e12)] {
            // attached to any number but a single digit, or spaced after a decimal
            for (number, value) in [("10", 10.0), ("25", 25.0), ("100", 100.0), ("1.5", 1.5), ("2.25", 2.25)] {
                let found = try NumberDetectorTests.mentions("it holds \(number)\(letter) now")
                #expect(found.count == 1 && found[0].value?.double == value * power, "\(number)\(letter)")
            }
            for number in ["1.5", "2.25"] {
                let found = try NumberDetectorTests.mentions("it holds \(number) \(letter) now")
                #expect(found.first?.value?.double == Double(number)! * power, "\(number) \(letter)")
            }
            // a single digit is a network or a size (4G, 3T); spaced whole numbers keep the letter apart
            for digit in 2...6 {
                let found = try NumberDetectorTests.mentions("a \(digit)\(letter) phone")
                #expect(found.allSatisfy { $0.value?.double != Double(digit) * power }, "\(digit)\(letter)")
            }
            #expect(try NumberDetectorTests.mentions("grade 10 \(letter) now").first?.value?.double == 10)
        }
    }
}

/// Groups after a comma and a space, as pre-tokenised text writes them.
@Suite struct NumberNotationCommaSpacedTests {
    @Test func twoGroupsOrMoreMakeOneNumber() throws {
        for lead in [1, 12, 999] {
            for groups in [["234", "567"], ["000", "000", "001"]] {
                let written = ([String(lead)] + groups).joined(separator: ", ")
                let value = Int(([String(lead)] + groups).joined())!
                #expect(try NumberDetectorTests.mentions("a total of \(written) .").map { $0.value?.double } == [Double(value)], "\(written)")
            }
        }
    }

    @Test func aSpacedGroupBeforeAHyphenIsARangesLowEnd() throws {
        for (lead, low, high) in [(2, 550, 800), (1, 200, 210), (12, 500, 600)] {
            let found = try NumberDetectorTests.summary("grade \(lead) \(low)-\(high) each")
            #expect(found == ["\(lead)=\(lead)", "\(low)-\(high)=[\(low),\(high)]"], "\(lead) \(low)-\(high)")
        }
        #expect(try NumberDetectorTests.summary("a town of 1 234 people") == ["1 234=1234"])
    }

    @Test func listsStayApart() throws {
        #expect(try NumberDetectorTests.mentions("in 3, 250 came").count == 2)
        #expect(try NumberDetectorTests.mentions("items 1, 234, 567, 2 here").count == 4)
        #expect(try NumberDetectorTests.mentions("rows 22, 24, 26 here").count == 3)
    }

    /// A money-market quote writes the offer without the bid's whole part: `3-7/8 3/4` is
    /// 3 7/8 then 3 3/4, for every whole part and fraction.
    @Test func aBareFractionAfterAHyphenatedMixedNumberTakesItsWholePart() throws {
        for whole in [1, 3, 6, 12] {
            for (bid, offer, value) in [("7/8", "3/4", "0.75"), ("1/4", "1/8", "0.125"), ("15/16", "13/16", "0.8125")] {
                let found = try NumberDetectorTests.mentions("DMK \(whole)-\(bid) \(offer) today").map(\.normalized)
                let expected = (NumberValue(whole) + NumberValue(Double(value)!)).description
                #expect(found.count == 2 && found[1] == expected, "\(whole)-\(bid) \(offer): \(found)")
            }
        }
        // a fraction alone, or after a mixed number written with a space, keeps its value
        #expect(try NumberDetectorTests.summary("it rose 3/4 today") == ["3/4=0.75"])
        #expect(try NumberDetectorTests.summary("UP 2 3/4 SEP7 497 3/4").first == "2 3/4=2.75")
    }
}

/// Groups split by an ASCII space hold only where a row of figures cannot be read; thin and
/// no-break spaces group always.
@Suite struct NumberNotationSpacedGroupsTests {
    static func summary(_ text: String) throws -> [String] { try NumberDetectorTests.summary(text) }
    static func mentions(_ text: String) throws -> [NumberMention] { try NumberDetectorTests.mentions(text) }

    @Test func aShortLeadGroupsWithAnAsciiSpace() throws {
        for lead in [1, 2, 9, 12, 40, 99] {
            for group in ["000", "250", "999"] {
                let value = lead * 1000 + Int(group)!
                #expect(try Self.summary("a crowd of \(lead) \(group) people came") == ["\(lead) \(group)=\(value)"], "\(lead) \(group)")
            }
        }
        #expect(try Self.summary("a population of 1 414 021 100 people") == ["1 414 021 100=1414021100"])
        #expect(try Self.summary("a total of 123 456 789 people") == ["123 456 789=123456789"])
    }

    @Test func aThreeDigitLeadAndOneGroupAreTwoFigures() throws {
        for (bid, offer) in [(455, 457), (108, 109), (806, 808), (424, 426), (100, 250)] {
            #expect(try Self.summary("COPPER \(bid) \(offer) LEAD") == ["\(bid)=\(bid)", "\(offer)=\(offer)"], "\(bid) \(offer)")
            #expect(try Self.summary("quoted at \(bid) \(offer) pct today") == ["\(bid)=\(bid)", "\(offer) pct=\(offer)%"], "\(bid) \(offer)")
        }
    }

    @Test func aRowOfFiguresIsNoGroupedNumber() throws {
        // a bare number right after the run, or right before it
        #expect(try Self.summary("apl 746 747 750 87 may") == ["746=746", "747=747", "750=750", "87=87"])
        #expect(try Self.summary("stocks 22 8 109 were") == ["22=22", "8=8", "109=109"])
        // three numbers or more close by
        #expect(try Self.summary("rows 10 and 5 then 24 332 and 10") == ["10=10", "5=5", "24=24", "332=332", "10=10"])
        // a lead of zero
        #expect(try Self.summary("the MCH 0 119 contract") == ["0=0", "119=119"])
        // a number grouped with commas close by: the text groups with commas
        #expect(try Self.summary("Total 1,049 then 12 345 more") == ["1,049=1049", "12=12", "345=345"])
    }

    @Test func aLongRunThatDoesNotHoldIsReadNumberByNumberInLinearTime() throws {
        // each number of the run but the first stops at its first group: a walk down the rest
        // of the run from each of them would take many seconds here
        let count = 20_000
        let summary = try Self.summary("Total 1,049 then 12 " + String(repeating: "345 ", count: count) + "more")
        #expect(summary.count == count + 2)
        #expect(summary.prefix(3) == ["1,049=1049", "12=12", "345=345"])
        #expect(summary.dropFirst(2).allSatisfy { $0 == "345=345" })
    }

    @Test func aLongCommaSpacedRunEndingInACommaIsReadInLinearTime() throws {
        // `1, 234, 234, …, 234, more`: the comma after the last group makes the run a list,
        // so each number stands alone; walking the rest of the run again from each of its
        // numbers, as a group lead, took 334 s here. No time limit, like the test above: in
        // CI's parallel debug run on two cores the linear reading was timed at 60 s and at
        // 154 s (the clock runs while other tests hold the cores), so a limit would fail at
        // random; the quadratic walk shows as a suite minutes longer
        let count = 20_000
        let summary = try Self.summary("items 1, " + String(repeating: "234, ", count: count) + "more")
        #expect(summary.count == count + 1)
        #expect(summary.first == "1=1")
        #expect(summary.dropFirst().allSatisfy { $0 == "234=234" })
    }

    @Test func aDayAfterAMonthIsNoLeadGroup() throws {
        for month in ["January", "Feb", "March", "July", "Dec"] {
            #expect(try Self.summary("a backlog at \(month) 31 747 mln dlrs") == ["747 mln dlrs=747000000 USD"], "\(month)")
        }
    }

    @Test func thinAndNoBreakSpacesGroupWhateverTheLead() throws {
        for space in ["\u{2009}", "\u{00A0}", "\u{202F}"] {
            #expect(try Self.summary("COPPER 455\(space)457 LEAD") == ["455\(space)457=455457"])
            #expect(try Self.summary("worth 40\(space)000 now") == ["40\(space)000=40000"])
        }
    }
}
