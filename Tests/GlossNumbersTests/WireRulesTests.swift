import Testing

@testable import GlossNumbers

/// numbers11's rules, one test per phenomenon of issue 18 that the Fresh and Wire probe sets
/// and the last review found short: tables (IEC prefixes, CLDR units and plurals), notation of
/// pre-tokenised wire, fractions and dozens in words, and what is no quantity (house numbers,
/// versions, brands, `MAY` the modal).
@Suite struct WireRulesTests {
    typealias D = NumberDetectorTests

    // MARK: - Tables

    @Test func everyBinaryPrefixOnBytesAndBitsByNameAndSymbol() throws {
        for (name, symbol) in UnitTable.binaryPrefixes {
            for (base, baseSymbol) in [("byte", "B"), ("bit", "bit")] {
                let unit = name + base
                for written in [unit + "s", unit.capitalized + "s", symbol + baseSymbol] {
                    #expect(try D.summary("the drive holds 16 \(written) of data") == ["16 \(written)=16 \(unit)"], "\(written)")
                }
                #expect(try D.summary("a 4\(symbol + baseSymbol) buffer") == ["4\(symbol + baseSymbol)=4 \(unit)"])
            }
        }
        // the symbols as written only: MIB and GIB in capitals are names, not mebibytes
        #expect(try D.summary("agents of 5 MIB offices") != ["5 MIB=5 mebibyte"])
        #expect(try D.summary("the 3 GIB banks") != ["3 GIB=3 gibibyte"])
    }

    @Test func atmospheresNauticalMilesAndAcreFeet() throws {
        for (written, unit) in [
            ("12 atmospheres", "atmosphere"), ("1 atmosphere", "atmosphere"), ("3 atm", "atmosphere"), ("40 ATMOSPHERES", "atmosphere"),
            ("640 nmi", "nautical mile"), ("200 nautical miles", "nautical mile"), ("3.5 ACRE-FEET", "acre foot"),
            ("1 acre-foot", "acre foot"), ("90,000 acre feet", "acre foot"),
        ] {
            let value = written.split(separator: " ")[0].replacingOccurrences(of: ",", with: "")
            #expect(try D.summary("the gauge showed \(written) on Monday") == ["\(written)=\(value) \(unit)"], "\(written)")
        }
        // ATM in capitals is a cash machine
        #expect(try D.summary("the bank installed 500 ATM machines") == ["500=500"])
    }

    @Test func flowsAndFuelEconomyOverEveryVolumeAndTime() throws {
        for volume in CompoundUnits.volumes {
            for time in ["second", "minute", "hour", "day"] {
                for word in volume.words {
                    let text = "the pump moves 60 \(word) per \(time) now"
                    #expect(try D.summary(text) == ["60 \(word) per \(time)=60 \(volume.name) per \(time)"], "\(text)")
                }
            }
        }
        for written in ["52 miles per gallon", "52 mpg", "52 MPG"] {
            #expect(try D.summary("the car averages \(written) .") == ["\(written)=52 mile per gallon"], "\(written)")
        }
        for written in ["18 kilometres per litre", "18 km/l"] {
            #expect(try D.summary("it does \(written) in town") == ["\(written)=18 kilometer per liter"], "\(written)")
        }
        // barrels a day stay barrels
        #expect(try D.summary("500,000 barrels per day") == ["500,000 barrels=500000 barrel"])
    }

    @Test func cldrPluralsThatAreNoSForm() throws {
        for (written, code) in [
            ("800 million Macedonian denari", "MKD"), ("5 denari", "MKD"), ("48,000 Lithuanian talonases", "LTT"),
            ("900 Ukrainian karbovantsiv", "UAK"), ("300 Malagasy ariaries", "MGA"),
        ] {
            let found = try D.mentions("they paid \(written) for it")
            #expect(found.count == 1 && found.first?.currency == code, "\(written): \(found.map(\.normalized))")
        }
    }

    @Test func aCodeNamesItsOwnCurrency() throws {
        let found = try D.mentions("Customs held VES 17.5 in undeclared cash.")
        #expect(found.map(\.normalized) == ["17.5 VES"])
        #expect(found.first?.unit == "venezuelan bolívar")
    }

    @Test func aMinorUnitOfAThousandthJoinsItsMajorUnit() throws {
        for (written, value) in [("3 dinars 500 fils", "3.5"), ("4 Dinars 250 Fils", "4.25"), ("1 dinar 999 fils", "1.999")] {
            let found = try D.mentions("a kilo costs \(written) now")
            #expect(found.count == 1 && found.first?.value?.description == value, "\(written): \(found.map(\.normalized))")
        }
        // a thousand fils is no part of one dinar: two amounts
        #expect(try D.mentions("a kilo costs 3 dinars 1000 fils now").count == 2)
        // a hundredth's minor unit still takes under a hundred
        #expect(try D.mentions("it cost 3 pounds 20 pence then").map { $0.value?.description } == ["3.2"])
    }

    // MARK: - Notation of pre-tokenised wire

    @Test func commaGroupsWithSpacesOnBothSides() throws {
        for (written, value) in [
            ("4 , 600 , 000", "4600000"), ("3 , 415 , 200", "3415200"), ("1 , 072 , 940", "1072940"),
            ("12 , 000 , 000 , 000", "12000000000"), ("2 , 318 . 45", "2318.45"), ("6 , 804 . 17", "6804.17"),
            ("1 , 250 , 000 . 5", "1250000.5"),
        ] {
            #expect(try D.summary("it shipped \(written) units , the firm said .") == ["\(written)=\(value)"], "\(written)")
        }
        // one spaced group alone groups where no list goes on (numbers15: the tenth probe set's
        // `5 , 000 people`); with `and` and a number after it, it stays two numbers
        #expect(try D.summary("rooms 1 , 250 were let .") == ["1 , 250=1250"])
        #expect(try D.summary("rooms 1 , 250 and 3 were let .") == ["1=1", "250=250", "3=3"])
        // a group of other than three digits ends the run
        #expect(try D.summary("scores of 4 , 60 , 000 .") == ["4=4", "60=60", "000=0"])
        // money in pre-tokenised wire
        #expect(try D.summary("sales hit € 1 , 250 , 000 in may .") == ["€ 1 , 250 , 000=1250000 EUR"])
    }

    // MARK: - Words

    @Test func outOfEveryIsAFraction() throws {
        for (written, value) in [
            ("seven out of every ten", "0.7"), ("Three out of every four", "0.75"), ("one out of every 5", "0.2"),
            ("9 out of every 10", "0.9"), ("TWO OUT OF EVERY FIVE", "0.4"),
        ] {
            let found = try D.mentions("\(written) bids failed .")
            #expect(found.count == 1, "\(written): \(found.map(\.normalized))")
            #expect(found.first.map { abs($0.value!.double - Double(value)!) < 1e-9 } == true, "\(written)")
        }
    }

    @Test func aMixedNumberBeforeDozen() throws {
        for (written, value) in [
            ("two and a half dozen", "30"), ("three and a half dozen", "42"), ("one and a half dozen", "18"),
            ("Four And A Half Dozen", "54"), ("twenty and a half dozen", "246"),
        ] {
            #expect(try D.summary("\(written) eggs broke .") == ["\(written)=\(value)"], "\(written)")
        }
        // the dozen after and before a half stays as it was
        #expect(try D.summary("a dozen and a half eggs") == ["a dozen and a half=18"])
        #expect(try D.summary("two and a half eggs") == ["two and a half=2.5"])
    }

    @Test func aFractionOfAUnitAfterOfAndAnArticle() throws {
        for (written, value, unit) in [
            ("a quarter of a percentage point", "0.25", " percentage point"), ("a fifth of a percent", "0.2", "%"),
            ("three quarters of a percentage point", "0.75", " percentage point"), ("half of a percent", "0.5", "%"),
            ("a quarter of a mile", "0.25", " mile"), ("two fifths of a percent", "0.4", "%"),
        ] {
            let found = try D.mentions("rates rose \(written) on friday")
            #expect(found.count == 1 && found.first?.normalized.hasSuffix(unit) == true, "\(written): \(found.map(\.normalized))")
            #expect(found.first.map { abs($0.value!.double - Double(value)!) < 1e-9 } == true, "\(written)")
        }
        // a scale after the article stays a scale
        #expect(try D.summary("a quarter of a billion dlrs") == ["a quarter of a billion dlrs=250000000 USD"])
    }

    // MARK: - Temperatures in lower-cased wire

    @Test func aSmallCOrFInLowerCasedWire() throws {
        for (written, value, scale) in [
            ("-30 c", "-30", "celsius"), ("-12 c", "-12", "celsius"), ("40 c", "40", "celsius"), ("98 f", "98", "fahrenheit"),
        ] {
            for frame in ["temperatures plunged to \(written) in the north .", "lows of \(written) hit the valley ."] {
                #expect(try D.summary(frame) == ["\(written)=\(value) \(scale)"], "\(frame)")
            }
        }
        // in a capitalised sentence, or with no word of temperature, the small letter is no scale
        #expect(try D.summary("Temperatures plunged to -30 c in the north.") == ["-30=-30"])
        #expect(try D.summary("the stock fell 30 c on friday .") != ["30 c=30 celsius"])
    }

    // MARK: - What is no quantity

    @Test func aHouseNumberWithALetterIsNoBillion() throws {
        for (number, street) in [
            ("221B", "Baker Street"), ("17B", "Harbour Road"), ("4B", "Privet Drive"),
            ("10T", "Downing Lane"), ("99K", "Abbey Road"), ("5M", "Canal Walk"),
        ] {
            #expect(try D.mentions("He lives at \(number) \(street) now.").isEmpty, "\(number) \(street)")
        }
        // a scale still holds before anything else
        #expect(try D.summary("a $221B Budget Plan") == ["$221B=221000000000 USD"])
        #expect(try D.summary("It had 5B Shares Outstanding") == ["5B=5000000000"])
    }

    @Test func aDottedVersionAfterSoftwareIsNoNumber() throws {
        for label in ["iOS", "iPadOS", "macOS", "watchOS", "Android", "Windows", "Ubuntu", "Bluetooth", "USB", "Python", "HTTP"] {
            #expect(try D.mentions("The update ships as \(label) 17.2 next week.").isEmpty, "\(label)")
        }
        // an amount with a scale stays
        #expect(try D.summary("Android 2.5 million users") == ["2.5 million=2500000"])
        // a lowercase word before a decimal stays a number (a build of 2.5, a pH of 7.4)
        #expect(try D.summary("to build 2.5 homes") == ["2.5=2.5"])
        #expect(try D.summary("a pH 7.4 solution") == ["7.4=7.4"])
        // a hyphenated word is no product's name (a price table: `ex-Miami 103.00N`)
        #expect(try D.mentions("extra prime ex-Miami 103.00 UGANDAN").map { $0.value?.description } == ["103"])
    }

    @Test func brandsNamedLikeUnitsBeforeANoun() throws {
        for text in ["3 Kobo readers were sold .", "The shop sold 5 Lux bars on Monday.", "He bought 2 Kobo tablets."] {
            #expect(try D.mentions(text).allSatisfy { $0.unit == nil && $0.currency == nil }, "\(text)")
        }
        // the units as units: lower case, capitals, a title-case headline, the end of a clause
        for text in ["bus fares went up 50 kobo .", "FARES UP 50 KOBO", "Fares Up 50 Kobo A Ride", "a light of 300 lux in the room",
                     "it cost 50 Kobo."] {
            #expect(try D.mentions(text).contains { $0.unit != nil || $0.currency != nil }, "\(text)")
        }
    }

    @Test func mayDayAndTheModalMayAreNoMonth() throws {
        let rallies = try D.mentions("Some 30-40 May Day rallies were held.")
        #expect(rallies.count == 1 && rallies.first?.high?.description == "40")
        #expect(try D.summary("VOLUMES SEEN UP 10-15 MAY EASE LATER") == ["10-15=[10,15]"])
        #expect(try D.summary("SHARES SEEN UP 2-3 MAY RISE") == ["2-3=[2,3]"])
        // the month: days before it, in any case, with what a date is followed by
        for text in ["Talks ran on 4-5 May.", "TALKS ON 4-5 MAY IN GENEVA", "TALKS SET FOR 4-5 MAY", "held on 12 to 14 March in Rome",
                     "TALKS ON 4-5 MAY 1987", "ACME INC 2ND QTR MARCH ONE NET", "CULP INC 4TH QTR MAY TWO NET"] {
            #expect(try D.mentions(text).allSatisfy { $0.kind != .number || $0.high == nil }, "\(text)")
        }
        // a day in words after a month in capitals stays the date's
        #expect(try !D.summary("ACME INC 2ND QTR MARCH ONE NET").contains("ONE=1"))
        #expect(try !D.summary("CULP INC 4TH QTR MAY TWO NET").contains("TWO=2"))
    }

    @Test func aMonthAbbreviationInLowerCasedWire() throws {
        for month in ["jan", "feb", "apr", "aug", "sept", "oct", "nov", "dec"] {
            #expect(try D.mentions("the meeting is on \(month). 3 , officials said .").isEmpty, "\(month)")
        }
        // a full name with a full stop ends a sentence
        #expect(try D.summary("They met in June. 3 people died.") == ["3=3"])
        #expect(try D.summary("they met in june. 3 people died .") == ["3=3"])
    }

    // MARK: - review16: where the rules above must not fire

    @Test func aVersionRuleKeepsSharesMeasuresAndPrices() throws {
        // a unit after the number: a share or a measure of the product
        #expect(try D.summary("Android 71.7% of phones") == ["71.7%=71.7%"])
        #expect(try D.summary("Android 71.7 percent, iOS 27.6 percent") == ["71.7 percent=71.7%", "27.6 percent=27.6%"])
        #expect(try D.summary("the iPhone 6.1-inch model") == ["6.1-inch=6.1 inch"])
        // a firm in camel case before its price in a table is no operating system
        #expect(try D.summary("eBay 45.23 up 1.2 on the day") == ["45.23=45.23", "1.2=1.2"])
        #expect(try D.summary("Stocks: iRobot 35.20, PayPal 61.40.") == ["35.20=35.2", "61.40=61.4"])
        // the versions stay no number
        #expect(try D.mentions("Users of iOS 17.2 reported the bug.").isEmpty)
        #expect(try D.mentions("The update ships as macOS 14.1 next week.").isEmpty)
    }

    @Test func aBrandIsATitleCaseUnitBeforeAPluralNounOnly() throws {
        for (text, unit) in [
            ("Petrol prices rose by 25 Fils per litre in Kuwait.", "fils"), ("A litre now costs 250 Fils more.", "fils"),
            ("Fuel now costs 50 Kobo per litre in Lagos.", "kobo"), ("Doctors advise a 10,000 Lux light box.", "lux"),
        ] {
            let found = try D.mentions(text)
            #expect(found.contains { $0.unit == unit || $0.normalized.hasSuffix(unit) }, "\(text): \(found.map(\.normalized))")
        }
    }

    @Test func marchAndMarInCapitalsStayMonths() throws {
        #expect(try D.mentions("LOADING 15 MAR ROTTERDAM").isEmpty)
        #expect(try D.summary("SHARES SEEN UP 2-3 MAY RISE") == ["2-3=[2,3]"])
    }

    /// A denominator is read with no ratio of its own: a chain of ratios (`one in two in three
    /// …`) recursed as deep as it went and overflowed the stack (release: past ~5,000 links).
    @Test func chainsOfRatiosAreReadOneRatioAtATime() throws {
        for link in ["one out of every two out of every ", "one in two in ", "one over two over ", "1 out of 2 out of "] {
            let found = try D.mentions(String(repeating: link, count: 6000))
            #expect(found.count == 6000 && found.allSatisfy { $0.normalized == "0.5" }, "\(link): \(found.count)")
        }
    }

    /// A spaced comma run of more groups than a `Double` holds ends where the number would
    /// no longer be finite, and no mention is infinite.
    @Test func aSpacedCommaRunPastDoubleIsNoInfiniteNumber() throws {
        let found = try D.mentions("1" + String(repeating: " , 234", count: 400) + " items")
        #expect(!found.isEmpty && found.allSatisfy { $0.value.map { $0.double.isFinite } ?? true }, "\(found.map(\.normalized).prefix(3))")
    }
}
